//! The golden harness shared by the test crates: every
//! `seeds/expected/<seed>.<suffix>.json` against the extractor's JSON
//! (code-point offsets), field by field.
//!
//! A difference fails the test unless it is listed in a known-miss table
//! with its reason. Precision and recall per kind are printed
//! (`-- --nocapture`). [`check`] takes the file suffix, the kinds, one
//! reference date and the known misses; [`check_with`] a reference date per
//! seed. [`objects`] and [`Tally`]/[`print_scores`] serve other harnesses
//! (`spec_cases.rs`).

#![allow(dead_code)] // each test crate uses part of the harness

use serde_json::{Map, Value};
use shuzi::json::{records, OffsetUnit};
use shuzi::{Config, Entity, Extractor, KindSet, RefDate};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A difference allowed for now: the seed file stem prefix (`"001"`), the
/// entity text as annotated or as found, and why.
pub struct KnownMiss {
    pub seed: &'static str,
    pub text: &'static str,
    pub reason: &'static str,
}

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

#[derive(Default, Debug)]
struct Score {
    expected: usize,
    found: usize,
    matched: usize,
}

/// Runs the extractor with `kinds` (and `ref_date`) over every seed that
/// has a `<seed>.<suffix>.json` and compares. Panics on a difference that
/// is not a known miss.
pub fn check(suffix: &str, kinds: &str, ref_date: Option<&str>, known: &[KnownMiss]) {
    let ref_date = ref_date.map(|d| RefDate::parse(d).unwrap());
    check_with(suffix, kinds, |_| ref_date, known);
}

/// [`check`] with a reference date per seed: `ref_for` gets the seed's
/// three-digit prefix (`"003"`).
pub fn check_with(
    suffix: &str,
    kinds: &str,
    ref_for: impl Fn(&str) -> Option<RefDate>,
    known: &[KnownMiss],
) {
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
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut used = vec![false; known.len()];
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
        let found = ex.extract(text);
        let got = objects(text, &found);
        let key = |m: &Map<String, Value>| {
            (
                m["byte_start"].as_u64().unwrap(),
                m["byte_end"].as_u64().unwrap(),
            )
        };
        let got_by_span: BTreeMap<_, _> = got.iter().map(|m| (key(m), m)).collect();
        let exp_by_span: BTreeMap<_, _> = expected.iter().map(|m| (key(m), m)).collect();
        let mut allowed = |t: &str, what: String, failures: &mut Vec<String>| match known
            .iter()
            .position(|k| k.seed == seed && k.text == t)
        {
            Some(i) => used[i] = true,
            None => failures.push(format!("{seed} {t:?}: {what}")),
        };
        for e in &expected {
            let kind = e["kind"].as_str().unwrap().to_string();
            scores.entry(kind.clone()).or_default().expected += 1;
            let t = e["text"].as_str().unwrap();
            match got_by_span.get(&key(e)) {
                Some(g) => {
                    let d = same(e, g);
                    if d.is_empty() {
                        scores.entry(kind).or_default().matched += 1;
                    } else {
                        allowed(t, d.join("; "), &mut failures);
                    }
                }
                None => allowed(t, format!("missed ({kind})"), &mut failures),
            }
        }
        for g in &got {
            let kind = g["kind"].as_str().unwrap().to_string();
            scores.entry(kind.clone()).or_default().found += 1;
            if !exp_by_span.contains_key(&key(g)) {
                let t = g["text"].as_str().unwrap();
                allowed(
                    t,
                    format!("spurious {kind} {}", Value::Object(g.clone())),
                    &mut failures,
                );
            }
        }
    }
    println!(
        "{:<10} {:>9} {:>7} {:>7}   (suffix {suffix})",
        "kind", "precision", "recall", "F1"
    );
    let mut total = Score::default();
    for (k, s) in &scores {
        let p = if s.found == 0 {
            1.0
        } else {
            s.matched as f64 / s.found as f64
        };
        let r = if s.expected == 0 {
            1.0
        } else {
            s.matched as f64 / s.expected as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        println!(
            "{k:<10} {p:>9.3} {r:>7.3} {f:>7.3}   ({} expected, {} found, {} exact)",
            s.expected, s.found, s.matched
        );
        total.expected += s.expected;
        total.found += s.found;
        total.matched += s.matched;
    }
    println!(
        "{:<10} {:>9.3} {:>7.3}",
        "all",
        total.matched as f64 / total.found.max(1) as f64,
        total.matched as f64 / total.expected.max(1) as f64
    );
    for (i, k) in known.iter().enumerate() {
        if !used[i] {
            println!(
                "known miss no longer seen (remove it): {} {:?} ({})",
                k.seed, k.text, k.reason
            );
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} differences from the golden files:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
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
