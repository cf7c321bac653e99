//! Unit tests of the numeric recognisers: value, unit, bound and span
//! checked together.

use crate::entity::{Bound, Entity, Kind};

fn scan(text: &str) -> Vec<Entity> {
    let mut v = Vec::new();
    super::scan(text, &mut v);
    v
}

/// (kind, text, value, unit, bound) of every entity.
fn facts(text: &str) -> Vec<(Kind, String, String, Option<&'static str>, Bound)> {
    scan(text)
        .into_iter()
        .map(|e| {
            (
                e.kind,
                text[e.span.range()].to_string(),
                e.value.map(|v| v.to_string()).unwrap_or_default(),
                e.unit,
                e.bound,
            )
        })
        .collect()
}

fn one(text: &str) -> (Kind, String, String, Option<&'static str>, Bound) {
    let f = facts(text);
    assert_eq!(f.len(), 1, "{text}: {f:?}");
    f.into_iter().next().unwrap()
}

#[test]
fn smoke() {
    assert_eq!(
        one("营收2.96亿元，"),
        (
            Kind::Money,
            "2.96亿元".into(),
            "296000000".into(),
            Some("元"),
            Bound::Exact
        )
    );
}
