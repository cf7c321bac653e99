//! Pieces shared by the integration tests in `core/tests/`: the extractor's
//! entities as the CLI's JSON objects, and the per-kind precision/recall
//! table.
//!
//! Each test crate uses only some of these, hence `dead_code` is allowed.
#![allow(dead_code)]

use serde_json::{Map, Value};
use shuzi::json::{records, OffsetUnit};
use shuzi::Entity;
use std::collections::BTreeMap;

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
