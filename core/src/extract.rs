//! [`Extractor`]: runs every recogniser over the text and keeps one
//! non-overlapping reading per stretch of text, the longest.

use crate::config::Config;
use crate::entity::{Entity, Kind};
use crate::{numeric, time};
use std::collections::BTreeMap;

/// A reusable extractor. Building it is cheap; the data tables are shared
/// and built once per process.
///
/// ```
/// use shuzi::{Config, Extractor, Kind, KindSet};
/// let ex = Extractor::new(Config::default().with_kinds(KindSet::parse_list("money").unwrap()));
/// let text = "营收2.96亿元，增长13.1%";
/// let found = ex.extract(text);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].kind, Kind::Money);
/// assert_eq!(found[0].value.unwrap().to_string(), "296000000");
/// ```
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    config: Config,
}

impl Extractor {
    /// An extractor with this configuration.
    ///
    /// ```
    /// let ex = shuzi::Extractor::new(shuzi::Config::default());
    /// assert!(ex.extract("").is_empty());
    /// ```
    pub fn new(config: Config) -> Extractor {
        Extractor { config }
    }

    /// The configuration.
    ///
    /// ```
    /// assert!(shuzi::Extractor::default().config().ref_date().is_none());
    /// ```
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Every entity in `text`, in text order, non-overlapping.
    ///
    /// ```
    /// let found = shuzi::Extractor::default().extract("到2027年达到37家");
    /// assert!(found.iter().any(|e| e.kind == shuzi::Kind::Count));
    /// ```
    pub fn extract(&self, text: &str) -> Vec<Entity> {
        let mut candidates = Vec::new();
        numeric::scan(text, &mut candidates);
        time::scan(text, self.config.ref_date(), &mut candidates);
        let mut chosen = resolve(candidates);
        let kinds = self.config.kinds();
        chosen.retain(|e| kinds.contains(e.kind));
        chosen
    }
}

/// Extracts every entity with the default configuration.
///
/// ```
/// let text = "4250万美元";
/// let e = &shuzi::extract(text)[0];
/// assert_eq!(e.currency, Some("USD"));
/// assert_eq!(e.value.unwrap().to_string(), "42500000");
/// ```
pub fn extract(text: &str) -> Vec<Entity> {
    Extractor::default().extract(text)
}

/// Tie-break between readings of the same length: calendar readings first.
fn priority(kind: Kind) -> u8 {
    match kind {
        Kind::Period => 0,
        Kind::Date => 1,
        Kind::Money => 2,
        Kind::Percent => 3,
        Kind::Quantity => 4,
        Kind::Count => 5,
        Kind::Duration => 6,
        Kind::Ordinal => 7,
        Kind::Number => 8,
    }
}

/// Keeps the longest candidates that do not overlap a longer (or, at equal
/// length, earlier or higher-priority) one, and returns them in text order.
pub(crate) fn resolve(candidates: Vec<Entity>) -> Vec<Entity> {
    // Sort small keys, not the entities: an Entity is a few hundred bytes,
    // and moving them through an O(n log n) sort dominated large inputs.
    // The index breaks ties, so the order is that of a stable sort.
    let mut order: Vec<(std::cmp::Reverse<usize>, usize, u8, usize)> = candidates
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.span.is_empty())
        .map(|(i, e)| {
            let key = std::cmp::Reverse(e.span.len());
            (key, e.span.start, priority(e.kind), i)
        })
        .collect();
    order.sort_unstable();
    // `taken` maps start → (end, candidate) of the spans kept so far; they
    // never overlap, so the nearest span starting before and the nearest
    // starting at or after a candidate are the only ones that could clash.
    let mut taken: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for &(_, start, _, i) in &order {
        let end = candidates[i].span.end;
        let clash_before = taken
            .range(..start)
            .next_back()
            .is_some_and(|(_, &(e, _))| e > start);
        let clash_after = taken.range(start..).next().is_some_and(|(&s, _)| s < end);
        if !clash_before && !clash_after {
            taken.insert(start, (end, i));
        }
    }
    // Keep the chosen entities in place (the collect reuses the candidates'
    // buffer), then put them in text order with O(n) swaps.
    let mut rank = vec![usize::MAX; candidates.len()];
    for (r, (_, &(_, i))) in taken.iter().enumerate() {
        rank[i] = r;
    }
    let mut ranks: Vec<usize> = rank.iter().copied().filter(|&r| r != usize::MAX).collect();
    let mut kept: Vec<Entity> = candidates
        .into_iter()
        .zip(rank)
        .filter_map(|(e, r)| (r != usize::MAX).then_some(e))
        .collect();
    for p in 0..kept.len() {
        while ranks[p] != p {
            let r = ranks[p];
            kept.swap(p, r);
            ranks.swap(p, r);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::Span;

    #[test]
    fn longest_wins_and_order_is_text_order() {
        let c = vec![
            Entity::new(Kind::Number, Span::new(0, 3)),
            Entity::new(Kind::Count, Span::new(0, 9)),
            Entity::new(Kind::Number, Span::new(9, 12)),
            Entity::new(Kind::Date, Span::new(20, 26)),
            Entity::new(Kind::Duration, Span::new(20, 26)),
        ];
        let r = resolve(c);
        let got: Vec<_> = r
            .iter()
            .map(|e| (e.kind, e.span.start, e.span.end))
            .collect();
        assert_eq!(
            got,
            [
                (Kind::Count, 0, 9),
                (Kind::Number, 9, 12),
                (Kind::Date, 20, 26)
            ]
        );
    }
}
