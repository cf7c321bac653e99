//! Rule-by-rule test set for SPEC 1.1–1.6: `data/spec_cases.jsonl`, one short
//! sentence per line, written by hand against the format reference, SPEC (and the
//! decisions of `seeds/expected/README.md` where SPEC is silent), never by
//! running the extractor. It stands in for the team's held-out set.
//!
//! Each line: `{"id", "rule", "input", "ref_date"?, "expected": [...]}`. An
//! expected entity has `kind`, `text` (located in `input`; `occurrence` n
//! picks the n-th match) and the fields to check:
//!
//! - always compared when given: `value` and `high` (numerically, through the
//!   canonical decimal; `"exact": false` allows a rounded value), `bound`,
//!   `exact`, `year`, `month`, `day`, `value` (ISO for dates), `from`, `to`;
//!   `noun` only when given (`null` means "no noun");
//! - compared for presence too (absent in the expectation means absent in
//!   the output): `high`, `unit`, `unit_text`, `currency`, `plus_minus`,
//!   `change`, `point`, `resolved`, `relative_years`.
//!
//! Every entity the extractor finds that is not expected is spurious. The
//! test prints precision/recall/F1 per kind, the accuracy of the expected
//! nouns, and every difference with a one-line diff
//! (`cargo test -p shuzi --test spec_cases -- --nocapture`). It fails on a
//! difference that is not a row of `tests/data/known_misses.tsv` (set
//! `spec_cases`, keyed by case id, kind, byte span and side), and on a row
//! that is no longer seen (remove it).
//!
//! Cases carry `"written": "before-fix"` when they were written from SPEC
//! before the extractor was run on them (issue #11's `i11-*` cases).

mod common;

use common::known::{Key, KnownMisses, Side};
use common::{objects, print_scores, NounTally, Tally};
use serde_json::{Map, Value};
use shuzi::{Config, Decimal, Entity, Extractor, RefDate};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Fields whose absence in the expectation means absence in the output.
const PRESENCE: &[&str] = &[
    "unit",
    "unit_text",
    "currency",
    "plus_minus",
    "change",
    "point",
    "resolved",
    "relative_years",
];

/// Fields compared only when the expectation gives them.
const GIVEN: &[&str] = &["bound", "year", "month", "day", "from", "to"];

struct Case {
    id: String,
    rule: String,
    input: String,
    ref_date: Option<RefDate>,
    expected: Vec<Map<String, Value>>,
}

fn load() -> Vec<Case> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/spec_cases.jsonl");
    let raw = std::fs::read_to_string(&path).unwrap();
    let mut ids = BTreeSet::new();
    raw.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, line)| {
            let v: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("spec_cases.jsonl:{}: {e}", n + 1));
            let s = |k: &str| {
                v[k].as_str()
                    .unwrap_or_else(|| panic!("line {}: no {k}", n + 1))
            };
            let id = s("id").to_string();
            assert!(ids.insert(id.clone()), "duplicate case id {id}");
            Case {
                rule: s("rule").to_string(),
                input: s("input").to_string(),
                ref_date: v
                    .get("ref_date")
                    .and_then(Value::as_str)
                    .map(|d| RefDate::parse(d).unwrap()),
                expected: v["expected"]
                    .as_array()
                    .unwrap_or_else(|| panic!("{id}: no expected array"))
                    .iter()
                    .map(|e| e.as_object().unwrap().clone())
                    .collect(),
                id,
            }
        })
        .collect()
}

/// The byte span of the `occurrence`-th match of the expected `text`.
fn locate(case: &Case, e: &Map<String, Value>) -> (usize, usize) {
    let text = e["text"].as_str().unwrap();
    let n = e.get("occurrence").and_then(Value::as_u64).unwrap_or(1) as usize;
    let start = case
        .input
        .match_indices(text)
        .nth(n - 1)
        .unwrap_or_else(|| panic!("{}: {text:?} (occurrence {n}) not in the input", case.id))
        .0;
    (start, start + text.len())
}

/// A decimal written in the expectation (JSON string or number), canonical.
fn decimal(v: &Value) -> Option<Decimal> {
    match v {
        Value::String(s) => Some(s.parse().unwrap_or_else(|_| panic!("bad decimal {s:?}"))),
        Value::Number(n) => Some(n.to_string().parse().unwrap()),
        _ => None,
    }
}

fn same_decimal(want: Decimal, got: Decimal, rounded: bool) -> bool {
    if rounded {
        let (w, g) = (want.to_f64(), got.to_f64());
        (w - g).abs() <= 1e-9 * w.abs().max(1.0)
    } else {
        want.to_string() == got.to_string()
    }
}

fn show(d: Option<Decimal>) -> String {
    d.map_or("none".to_string(), |d| d.to_string())
}

/// Absent, `null` and `false` are the same "not there".
fn present(v: Option<&Value>) -> Option<&Value> {
    v.filter(|v| !v.is_null() && **v != Value::Bool(false))
}

/// Field-by-field differences between an expected entity and the found one.
fn diffs(want: &Map<String, Value>, got: &Map<String, Value>, entity: &Entity) -> Vec<String> {
    let mut out = Vec::new();
    if want["kind"] != got["kind"] {
        out.push(format!("kind: want {}, got {}", want["kind"], got["kind"]));
        return out;
    }
    let numeric = !matches!(want["kind"].as_str(), Some("date" | "period"));
    let rounded = want.get("exact") == Some(&Value::Bool(false));
    if numeric {
        if let Some(w) = want.get("value").and_then(decimal) {
            if !entity.value().is_some_and(|g| same_decimal(w, g, rounded)) {
                out.push(format!("value: want {w}, got {}", show(entity.value())));
            }
        }
        let wh = want.get("high").and_then(decimal);
        let same_high = match (wh, entity.high()) {
            (Some(w), Some(g)) => same_decimal(w, g, rounded),
            (None, None) => true,
            _ => false,
        };
        if !same_high {
            out.push(format!(
                "high: want {}, got {}",
                show(wh),
                show(entity.high())
            ));
        }
        if let Some(w) = want.get("exact") {
            if Some(w) != got.get("exact").or(Some(&Value::Bool(true))) {
                out.push(format!("exact: want {w}, got {}", entity.exact()));
            }
        }
    } else if let Some(w) = want.get("value") {
        let g = got.get("value").unwrap_or(&Value::Null);
        if w != g {
            out.push(format!("value: want {w}, got {g}"));
        }
    }
    for k in GIVEN {
        if let Some(w) = want.get(*k) {
            let g = got.get(*k).unwrap_or(&Value::Null);
            if w != g {
                out.push(format!("{k}: want {w}, got {g}"));
            }
        }
    }
    for k in PRESENCE {
        let (w, g) = (present(want.get(*k)), present(got.get(*k)));
        if w != g {
            let show = |v: Option<&Value>| v.map_or("none".to_string(), Value::to_string);
            out.push(format!("{k}: want {}, got {}", show(w), show(g)));
        }
    }
    out
}

/// Runs one case: per-kind tallies, noun tally, and every difference with
/// its known-miss key.
fn run(
    case: &Case,
    tallies: &mut BTreeMap<String, Tally>,
    nouns: &mut NounTally,
) -> Vec<(Key, String)> {
    let config = Config::default().with_ref_date(case.ref_date);
    let entities = Extractor::new(config).extract(&case.input);
    let found = objects(&case.input, &entities);
    let by_span: BTreeMap<(usize, usize), usize> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| ((e.span.start, e.span.end), i))
        .collect();
    let mut matched = BTreeSet::new();
    let mut problems = Vec::new();
    let key = |kind: &str, (start, end): (usize, usize), side| Key {
        doc: case.id.clone(),
        kind: kind.to_string(),
        start,
        end,
        side,
    };
    for want in &case.expected {
        let kind = want["kind"].as_str().unwrap().to_string();
        let t = want["text"].as_str().unwrap();
        tallies.entry(kind.clone()).or_default().expected += 1;
        let span = locate(case, want);
        match by_span.get(&span) {
            Some(&i) => {
                matched.insert(i);
                let d = diffs(want, &found[i], &entities[i]);
                if !d.is_empty() {
                    problems.push((
                        key(&kind, span, Side::Wrong),
                        format!("{t:?} {}", d.join("; ")),
                    ));
                    continue;
                }
                tallies.entry(kind.clone()).or_default().correct += 1;
                if let Some(w) = want.get("noun") {
                    let g = found[i].get("noun").unwrap_or(&Value::Null);
                    if !w.is_null() {
                        nouns.golden += 1;
                        nouns.right += usize::from(w == g);
                    }
                    if w != g {
                        problems.push((
                            key(&kind, span, Side::Noun),
                            format!("{t:?} noun: want {w}, got {g}"),
                        ));
                    }
                }
            }
            None => problems.push((
                key(&kind, span, Side::Missed),
                format!("missed {kind} {t:?}"),
            )),
        }
    }
    for (i, g) in found.iter().enumerate() {
        let kind = g["kind"].as_str().unwrap().to_string();
        tallies.entry(kind.clone()).or_default().found += 1;
        if !matched.contains(&i) {
            let value = g
                .get("normalized")
                .or(g.get("value"))
                .or(g.get("from"))
                .unwrap_or(&Value::Null);
            let span = (entities[i].span.start, entities[i].span.end);
            problems.push((
                key(&kind, span, Side::Spurious),
                format!("spurious {kind} {:?} ({value})", g["text"]),
            ));
        }
    }
    problems
}

#[test]
fn spec_cases() {
    let cases = load();
    assert!(cases.len() >= 300, "only {} cases", cases.len());
    let mut known = KnownMisses::load("spec_cases");
    let ids: BTreeSet<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    for doc in known.docs() {
        assert!(
            ids.contains(doc),
            "known miss names {doc}, which is not a case id"
        );
    }
    let mut tallies = BTreeMap::new();
    let mut nouns = NounTally::default();
    let mut unexpected = Vec::new();
    let mut failing = 0;
    println!("differences:");
    for case in &cases {
        let problems = run(case, &mut tallies, &mut nouns);
        failing += usize::from(!problems.is_empty());
        for (key, what) in problems {
            let line = format!("{} [{}] {:?}: {what}", case.id, case.rule, case.input);
            match known.allow(&key) {
                Some(reason) => println!("  known  {line}\n         ({reason})"),
                None => {
                    println!("  NEW    {line}");
                    unexpected.push(format!("{key}\t{line}"));
                }
            }
        }
    }
    println!();
    print_scores(&format!("{} cases", cases.len()), &tallies);
    nouns.print();
    println!("{failing} of {} cases have differences", cases.len());
    known.finish(&unexpected);
}
