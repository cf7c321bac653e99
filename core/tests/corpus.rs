//! Scores the extractor's entities against the hand-annotated real
//! documents of `corpus/` (format: `corpus/FORMAT.md`).
//!
//! - [`corpus_dev`] scores `corpus/dev/`: precision, recall and F1 per kind,
//!   micro over the numeric kinds and over all, and the accuracy of the
//!   counts' `noun`; it fails on any difference that is not a row of
//!   `tests/data/known_misses.tsv` (set `corpus/dev`, keyed by document id,
//!   kind, byte span and side) and on a row no longer seen.
//! - [`corpus_report`] (ignored) scores the directory named by
//!   `SHUZI_CORPUS_DIR` and only prints the table, for a slice measured once
//!   (`SHUZI_CORPUS_DIR=corpus/blind cargo test -p shuzi --test corpus -- --ignored --nocapture`).
//!
//! An entity is right when its span and kind are the golden one's and so
//! are `value`, `high`, `bound`, `unit`, `currency`, the change's direction
//! and basis, and for dates and periods `value`, `from`, `to` and `point`.
//! Only what starts before the document's `entity_scope` (manifest, code
//! points) is scored, on both sides.

mod common;

use common::known::{Key, KnownMisses, Side};
use common::{objects, print_scores, NounTally, Tally};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")
}

/// `entity_scope` of every document in `manifest.tsv`: `None` for `all`.
/// A malformed row is an error naming the line.
fn scopes(errors: &mut Vec<String>) -> BTreeMap<String, Option<usize>> {
    let path = corpus_root().join("manifest.tsv");
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = raw.lines().enumerate();
    let header: Vec<&str> = lines
        .next()
        .map(|(_, h)| h.split('\t').collect())
        .unwrap_or_default();
    let col = |name: &str| header.iter().position(|h| *h == name);
    let (Some(id), Some(scope)) = (col("id"), col("entity_scope")) else {
        errors.push("manifest.tsv: no id or entity_scope column".into());
        return BTreeMap::new();
    };
    let mut out = BTreeMap::new();
    for (n, line) in lines.filter(|(_, l)| !l.trim().is_empty()) {
        let cells: Vec<&str> = line.split('\t').collect();
        let (Some(i), Some(s)) = (cells.get(id), cells.get(scope)) else {
            errors.push(format!("manifest.tsv:{}: too few columns", n + 1));
            continue;
        };
        let s = match *s {
            "all" => None,
            v => match v.parse() {
                Ok(k) => Some(k),
                Err(_) => {
                    errors.push(format!(
                        "manifest.tsv:{}: entity_scope {v:?} is neither `all` nor a number",
                        n + 1
                    ));
                    continue;
                }
            },
        };
        out.insert(i.to_string(), s);
    }
    out
}

/// The fields compared, by kind.
fn fields(kind: &str) -> &'static [&'static str] {
    match kind {
        "date" => &["value", "point"],
        "period" => &["from", "to", "point"],
        _ => &["value", "high", "bound", "unit", "currency"],
    }
}

fn number_eq(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y || (x - y).abs() <= 1e-9 * x.abs().max(y.abs()),
        _ => a == b,
    }
}

/// What differs between a golden entity and the found one at its span.
fn differences(want: &Map<String, Value>, got: &Map<String, Value>) -> Vec<String> {
    let mut out = Vec::new();
    if want["kind"] != got["kind"] {
        out.push(format!("kind: want {}, got {}", want["kind"], got["kind"]));
        return out;
    }
    let null = Value::Null;
    for f in fields(want["kind"].as_str().unwrap_or("")) {
        let (w, g) = (want.get(*f).unwrap_or(&null), got.get(*f).unwrap_or(&null));
        if !number_eq(w, g) {
            out.push(format!("{f}: want {w}, got {g}"));
        }
    }
    let change = |m: &Map<String, Value>| {
        m.get("change")
            .filter(|c| !c.is_null())
            .map(|c| (c["direction"].clone(), c["basis"].clone()))
    };
    if change(want) != change(got) {
        out.push(format!(
            "change: want {}, got {}",
            want.get("change").unwrap_or(&null),
            got.get("change").unwrap_or(&null)
        ));
    }
    out
}

const NUMERIC: &[&str] = &[
    "number", "money", "percent", "count", "quantity", "duration", "ordinal",
];

struct Scored {
    tallies: BTreeMap<String, Tally>,
    nouns: NounTally,
    /// Every difference with its known-miss key and a line for people.
    differences: Vec<(Key, String)>,
    documents: usize,
    errors: Vec<String>,
}

/// Scores every `<id>.entities.json` of `dir` that has its `<id>.txt`.
fn score_dir(dir: &Path) -> Scored {
    let mut s = Scored {
        tallies: BTreeMap::new(),
        nouns: NounTally::default(),
        differences: Vec::new(),
        documents: 0,
        errors: Vec::new(),
    };
    let scope = scopes(&mut s.errors);
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(d) => d.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => panic!("{}: {e}", dir.display()),
    };
    files.retain(|p| p.to_str().is_some_and(|n| n.ends_with(".entities.json")));
    files.sort();
    for file in files {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let id = name.trim_end_matches(".entities.json").to_string();
        let Ok(raw_text) = std::fs::read(dir.join(format!("{id}.txt"))) else {
            s.errors.push(format!("{id}: no {id}.txt"));
            continue;
        };
        let text = match shuzi::decode(&raw_text) {
            Ok(t) => t.to_string(),
            Err(e) => {
                s.errors.push(format!("{id}.txt: {e}"));
                continue;
            }
        };
        let golden: Vec<Map<String, Value>> = match std::fs::read_to_string(&file)
            .map_err(|e| e.to_string())
            .and_then(|r| serde_json::from_str::<Vec<Value>>(&r).map_err(|e| e.to_string()))
        {
            Ok(v) => v
                .into_iter()
                .filter_map(|v| v.as_object().cloned())
                .collect(),
            Err(e) => {
                s.errors.push(format!("{name}: {e}"));
                continue;
            }
        };
        let Some(limit) = scope.get(&id) else {
            s.errors.push(format!("{id}: not in manifest.tsv"));
            continue;
        };
        s.documents += 1;
        let in_scope = |m: &Map<String, Value>| {
            limit.is_none_or(|l| {
                m.get("start")
                    .and_then(Value::as_u64)
                    .is_some_and(|st| (st as usize) < l)
            })
        };
        let golden: Vec<_> = golden.into_iter().filter(in_scope).collect();
        let found: Vec<_> = objects(&text, &shuzi::extract(&text))
            .into_iter()
            .filter(in_scope)
            .collect();
        score_document(&id, &golden, &found, &mut s);
    }
    s
}

fn span(m: &Map<String, Value>) -> (usize, usize) {
    let g = |k: &str| m.get(k).and_then(Value::as_u64).unwrap_or(0) as usize;
    (g("byte_start"), g("byte_end"))
}

fn score_document(
    id: &str,
    golden: &[Map<String, Value>],
    found: &[Map<String, Value>],
    s: &mut Scored,
) {
    let found_at: BTreeMap<_, _> = found.iter().map(|m| (span(m), m)).collect();
    let golden_at: BTreeMap<_, _> = golden.iter().map(|m| (span(m), m)).collect();
    let key = |m: &Map<String, Value>, side| {
        let (start, end) = span(m);
        Key {
            doc: id.to_string(),
            kind: m["kind"].as_str().unwrap_or("?").to_string(),
            start,
            end,
            side,
        }
    };
    for w in golden {
        let kind = w["kind"].as_str().unwrap_or("?").to_string();
        let t = w["text"].as_str().unwrap_or("");
        s.tallies.entry(kind.clone()).or_default().expected += 1;
        let Some(g) = found_at.get(&span(w)) else {
            s.differences
                .push((key(w, Side::Missed), format!("{id} missed {kind} {t:?}")));
            continue;
        };
        let d = differences(w, g);
        if !d.is_empty() {
            s.differences
                .push((key(w, Side::Wrong), format!("{id} {t:?} {}", d.join("; "))));
            continue;
        }
        s.tallies.entry(kind.clone()).or_default().correct += 1;
        if let Some(want) = w.get("noun").filter(|n| !n.is_null()) {
            let got = g.get("noun").unwrap_or(&Value::Null);
            s.nouns.golden += 1;
            if want == got {
                s.nouns.right += 1;
            } else {
                s.differences.push((
                    key(w, Side::Noun),
                    format!("{id} {t:?} noun: want {want}, got {got}"),
                ));
            }
        }
    }
    for g in found {
        let kind = g["kind"].as_str().unwrap_or("?").to_string();
        s.tallies.entry(kind.clone()).or_default().found += 1;
        if !golden_at.contains_key(&span(g)) {
            let value = g
                .get("normalized")
                .or(g.get("value"))
                .or(g.get("from"))
                .unwrap_or(&Value::Null);
            s.differences.push((
                key(g, Side::Spurious),
                format!(
                    "{id} spurious {kind} {:?} ({value})",
                    g["text"].as_str().unwrap_or("")
                ),
            ));
        }
    }
}

fn print(title: &str, s: &Scored) {
    print_scores(&format!("{title}: {} documents", s.documents), &s.tallies);
    let mut numeric = Tally::default();
    for (k, t) in &s.tallies {
        if NUMERIC.contains(&k.as_str()) {
            numeric.expected += t.expected;
            numeric.found += t.found;
            numeric.correct += t.correct;
        }
    }
    println!(
        "{:<14} {:>9.3} {:>7.3} {:>7.3}   ({} expected, {} found, {} correct)",
        "numeric",
        numeric.precision(),
        numeric.recall(),
        numeric.f1(),
        numeric.expected,
        numeric.found,
        numeric.correct
    );
    s.nouns.print();
}

#[test]
fn corpus_dev() {
    let s = score_dir(&corpus_root().join("dev"));
    print("corpus/dev", &s);
    let mut known = KnownMisses::load("corpus/dev");
    let mut new = Vec::new();
    println!("differences:");
    for (key, line) in &s.differences {
        match known.allow(key) {
            Some(reason) => println!("  known  {line}  ({reason})"),
            None => {
                println!("  NEW    {line}");
                new.push(format!("{key}\t{line}"));
            }
        }
    }
    assert!(
        s.errors.is_empty(),
        "corpus errors:\n{}",
        s.errors.join("\n")
    );
    known.finish(&new);
}

/// Prints the table for the directory in `SHUZI_CORPUS_DIR` (relative to
/// the workspace root or absolute); nothing is asserted.
#[test]
#[ignore]
fn corpus_report() {
    let Ok(dir) = std::env::var("SHUZI_CORPUS_DIR") else {
        panic!("set SHUZI_CORPUS_DIR to the directory to score (e.g. corpus/blind)");
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(dir);
    let s = score_dir(&dir);
    print(&dir.display().to_string(), &s);
    for (key, line) in &s.differences {
        println!("  {key}\t{line}");
    }
    for e in &s.errors {
        println!("  error: {e}");
    }
}
