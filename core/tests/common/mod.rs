//! The golden harness shared by the test crates: every
//! `seeds/expected/<seed>.<suffix>.json` against the extractor's JSON
//! (code-point offsets), field by field.
//!
//! A difference fails the test unless it is a row of
//! `tests/data/known_misses.tsv` (set `seeds/<suffix>`, see [`known`]); a
//! row no longer seen fails it too. Precision and recall per kind are
//! printed (`-- --nocapture`), and the accuracy of the counts' `noun`.
//! [`check`] takes the file suffix, the kinds and one reference date;
//! [`check_with`] a reference date per seed. [`objects`] and [`Tally`]/[`print_scores`] serve other harnesses
//! (`spec_cases.rs`).

#![allow(dead_code)] // each test crate uses part of the harness

pub mod known;

use serde_json::{Map, Value};
use shuzi::json::{records, OffsetUnit};
use shuzi::{Config, Entity, Extractor, KindSet, RefDate};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")
}

fn num_eq(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y || ((x - y).abs() <= 1e-9 * x.abs().max(y.abs())),
        _ => a == b,
    }
}

fn same(a: &Map<String, Value>, b: &Map<String, Value>) -> Vec<String> {
    let mut diffs = Vec::new();
    let ka: Vec<_> = a.keys().collect();
    let kb: Vec<_> = b.keys().collect();
    let mut all: Vec<&String> = ka.iter().chain(kb.iter()).copied().collect();
    all.sort();
    all.dedup();
    for k in all {
        match (a.get(k), b.get(k)) {
            (Some(x), Some(y)) => {
                let eq = match (x, y) {
                    (Value::Number(_), Value::Number(_)) => num_eq(x, y),
                    (Value::Object(m), Value::Object(n)) => same(m, n).is_empty(),
                    _ => x == y,
                };
                if !eq {
                    diffs.push(format!("{k}: expected {x}, got {y}"));
                }
            }
            (Some(x), None) => diffs.push(format!("{k}: expected {x}, missing")),
            (None, Some(y)) => diffs.push(format!("{k}: unexpected {y}")),
            (None, None) => {}
        }
    }
    diffs
}

/// Runs the extractor with `kinds` (and `ref_date`) over every seed that
/// has a `<seed>.<suffix>.json` and compares. Panics on a difference that
/// is not a known miss.
pub fn check(suffix: &str, kinds: &str, ref_date: Option<&str>) {
    let ref_date = ref_date.map(|d| RefDate::parse(d).unwrap());
    check_with(suffix, kinds, |_| ref_date);
}

/// [`check`] with a reference date per seed: `ref_for` gets the seed's
/// three-digit prefix (`"003"`).
pub fn check_with(suffix: &str, kinds: &str, ref_for: impl Fn(&str) -> Option<RefDate>) {
    let dir = seeds_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("expected"))
        .expect("seeds/expected")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(&format!(".{suffix}.json")))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no *.{suffix}.json golden files");
    let config = Config::default().with_kinds(KindSet::parse_list(kinds).unwrap());
    let mut known = known::KnownMisses::load(&format!("seeds/{suffix}"));
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut nouns = NounTally::default();
    let mut failures = Vec::new();
    for file in &files {
        let name = file.file_name().unwrap().to_str().unwrap();
        let stem = name.trim_end_matches(&format!(".{suffix}.json"));
        let seed = &stem[..3];
        let ex = Extractor::new(config.clone().with_ref_date(ref_for(seed)));
        let text = std::fs::read_to_string(dir.join(format!("{stem}.txt"))).unwrap();
        let text = shuzi::decode(text.as_bytes()).unwrap();
        let expected: Vec<Map<String, Value>> =
            serde_json::from_str::<Vec<Value>>(&std::fs::read_to_string(file).unwrap())
                .unwrap()
                .into_iter()
                .map(|v| v.as_object().unwrap().clone())
                .collect();
        let got = objects(text, &ex.extract(text));
        for d in score(&expected, &got, &mut tallies, &mut nouns) {
            let key = d.key(seed);
            if known.allow(&key).is_none() {
                failures.push(format!("{key}\t{}", d.what));
            }
        }
    }
    print_scores(&format!("seeds, suffix {suffix}"), &tallies);
    nouns.print();
    known.finish(&failures);
}

/// One difference between a golden file and the extractor.
pub struct Difference {
    pub kind: String,
    pub start: usize,
    pub end: usize,
    pub side: known::Side,
    /// What differs, for people.
    pub what: String,
}

impl Difference {
    /// The known-miss key of this difference in document `doc`.
    pub fn key(&self, doc: &str) -> known::Key {
        known::Key {
            doc: doc.to_string(),
            kind: self.kind.clone(),
            start: self.start,
            end: self.end,
            side: self.side,
        }
    }
}

/// Counts of golden counts with a `noun`, and of those the extractor got.
#[derive(Default, Debug, Clone, Copy)]
pub struct NounTally {
    pub golden: usize,
    pub right: usize,
}

impl NounTally {
    pub fn print(&self) {
        println!(
            "noun accuracy {:.3} ({} of {} golden nouns)",
            self.right as f64 / self.golden.max(1) as f64,
            self.right,
            self.golden
        );
    }
}

fn byte_span(m: &Map<String, Value>) -> (usize, usize) {
    (
        m["byte_start"].as_u64().unwrap() as usize,
        m["byte_end"].as_u64().unwrap() as usize,
    )
}

/// Compares golden entities with found ones (both as CLI JSON objects with
/// byte offsets), adds to the tallies, and returns every difference. An
/// entity is right when every field but `noun` is equal; the `noun` of a
/// golden count that has one is compared on its own.
pub fn score(
    expected: &[Map<String, Value>],
    got: &[Map<String, Value>],
    tallies: &mut BTreeMap<String, Tally>,
    nouns: &mut NounTally,
) -> Vec<Difference> {
    let got_by_span: BTreeMap<_, _> = got.iter().map(|m| (byte_span(m), m)).collect();
    let exp_by_span: BTreeMap<_, _> = expected.iter().map(|m| (byte_span(m), m)).collect();
    let mut out = Vec::new();
    let without_noun = |m: &Map<String, Value>| {
        let mut m = m.clone();
        m.remove("noun");
        m
    };
    for e in expected {
        let kind = e["kind"].as_str().unwrap_or("?").to_string();
        let (start, end) = byte_span(e);
        let t = e["text"].as_str().unwrap_or("");
        tallies.entry(kind.clone()).or_default().expected += 1;
        let Some(g) = got_by_span.get(&(start, end)) else {
            out.push(Difference {
                kind,
                start,
                end,
                side: known::Side::Missed,
                what: format!("{t:?} missed"),
            });
            continue;
        };
        let d = same(&without_noun(e), &without_noun(g));
        if d.is_empty() {
            tallies.entry(kind.clone()).or_default().correct += 1;
            if let Some(want) = e.get("noun").filter(|n| !n.is_null()) {
                nouns.golden += 1;
                if g.get("noun") == Some(want) {
                    nouns.right += 1;
                } else {
                    out.push(Difference {
                        kind,
                        start,
                        end,
                        side: known::Side::Noun,
                        what: format!(
                            "{t:?} noun: want {want}, got {}",
                            g.get("noun").unwrap_or(&Value::Null)
                        ),
                    });
                }
            } else if let Some(n) = g.get("noun").filter(|n| !n.is_null()) {
                out.push(Difference {
                    kind,
                    start,
                    end,
                    side: known::Side::Noun,
                    what: format!("{t:?} noun: want none, got {n}"),
                });
            }
        } else {
            out.push(Difference {
                kind,
                start,
                end,
                side: known::Side::Wrong,
                what: format!("{t:?} {}", d.join("; ")),
            });
        }
    }
    for g in got {
        let kind = g["kind"].as_str().unwrap_or("?").to_string();
        tallies.entry(kind.clone()).or_default().found += 1;
        let (start, end) = byte_span(g);
        if !exp_by_span.contains_key(&(start, end)) {
            out.push(Difference {
                kind,
                start,
                end,
                side: known::Side::Spurious,
                what: format!("spurious {}", Value::Object(g.clone())),
            });
        }
    }
    out
}

/// The entities of `text` as the JSON objects the CLI prints (code-point
/// offsets), in the same order as `entities`.
pub fn objects(text: &str, entities: &[Entity]) -> Vec<Map<String, Value>> {
    records(text, entities, OffsetUnit::CodePoints)
        .iter()
        .map(|r| match serde_json::to_value(r).unwrap() {
            Value::Object(m) => m,
            other => panic!("not an object: {other}"),
        })
        .collect()
}

/// Counts for one kind: annotated, found by the extractor, and found with
/// every field right.
#[derive(Default, Debug, Clone, Copy)]
pub struct Tally {
    /// Entities in the expectation.
    pub expected: usize,
    /// Entities the extractor found.
    pub found: usize,
    /// Found entities whose span, kind and fields all match.
    pub correct: usize,
}

impl Tally {
    /// Precision (1.0 when nothing was found).
    pub fn precision(&self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.correct as f64 / self.found as f64
        }
    }

    /// Recall (1.0 when nothing was expected).
    pub fn recall(&self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.correct as f64 / self.expected as f64
        }
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Prints precision, recall and F1 per kind and over all kinds.
pub fn print_scores(title: &str, tallies: &BTreeMap<String, Tally>) {
    println!(
        "{:<14} {:>9} {:>7} {:>7}   ({title})",
        "kind", "precision", "recall", "F1"
    );
    let mut all = Tally::default();
    for (kind, t) in tallies {
        println!(
            "{kind:<14} {:>9.3} {:>7.3} {:>7.3}   ({} expected, {} found, {} correct)",
            t.precision(),
            t.recall(),
            t.f1(),
            t.expected,
            t.found,
            t.correct
        );
        all.expected += t.expected;
        all.found += t.found;
        all.correct += t.correct;
    }
    println!(
        "{:<14} {:>9.3} {:>7.3} {:>7.3}   ({} expected, {} found, {} correct)",
        "all",
        all.precision(),
        all.recall(),
        all.f1(),
        all.expected,
        all.found,
        all.correct
    );
}
