//! Policy structure (SPEC 2) scored against the real-document corpus:
//! `corpus/dev/<id>.txt` with the hand-annotated `<id>.policy.json`
//! (format in `corpus/FORMAT.md`).
//!
//! Per field, items are matched by span (`start`, `end`); a matched item is
//! right when every compared key equals the golden one (nested dates and
//! amounts by span, value and unit). Precision is right / found, recall
//! right / annotated; the table prints per field and micro over all fields
//! (`cargo test -p shuzi --test corpus_policy -- --nocapture`).
//!
//! Only SPEC 2's keys are scored here; SPEC 2.1's (form, level, references,
//! clauses) are another test's.
//!
//! Every miss (a golden item not found right, or a found item with no
//! golden item at its span) must be listed in `data/corpus_policy_misses.tsv`
//! (document, field, the item's code-point span `start-end`, why); a listed miss
//! that no longer happens fails too, so the list stays true.
//!
//! The blind slice is scored by the `#[ignore]`d report test only, from the
//! directory in `SHUZI_POLICY_CORPUS`:
//! `SHUZI_POLICY_CORPUS=corpus/blind cargo test -p shuzi --test corpus_policy -- --ignored --nocapture`.

use serde_json::{Map, Value};
use shuzi::json::OffsetUnit;
use shuzi::policy::{parse, PolicyRecord};
use shuzi::Config;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// SPEC 2's keys, and the keys compared within each field's items.
const FIELDS: [(&str, &[&str]); 11] = [
    ("heading", &[]),
    ("titles", &["name", "doc_type", "trial", "alias"]),
    ("doc_numbers", &["prefix", "year", "serial"]),
    ("effective", &["date", "document", "until"]),
    ("outline", &["level", "marker", "number", "title", "parent"]),
    ("responsible", &["units", "lead", "path"]),
    ("targets", &["deadline", "metric", "amount"]),
    ("frameworks", &["label", "count", "members"]),
    (
        "bylines",
        &["outlet", "reporters", "correspondents", "photographers"],
    ),
    ("issuer", &["name", "date"]),
    ("recipients", &[]),
];

/// Keys of a nested entity (a date, an amount, a validity period) compared.
const ENTITY_KEYS: [&str; 7] = ["kind", "start", "end", "value", "high", "unit", "bound"];

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")
}

fn actual(text: &str) -> Value {
    let p = parse(text, &Config::default());
    serde_json::to_value(PolicyRecord::new(&p, text, OffsetUnit::CodePoints)).expect("serializes")
}

/// A nested entity reduced to the keys scored.
fn entity(v: &Value) -> Value {
    match v {
        Value::Object(o) => Value::Object(
            ENTITY_KEYS
                .iter()
                .filter_map(|k| o.get(*k).map(|x| (k.to_string(), x.clone())))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// One comparable item: its span and its compared keys.
#[derive(Debug, Clone)]
struct Item {
    start: i64,
    end: i64,
    text: String,
    keys: Map<String, Value>,
}

/// The items of one field of a record (the outline flattened, each node
/// with its parent's start).
fn items(field: &str, record: &Value) -> Vec<Item> {
    let keys = FIELDS
        .iter()
        .find(|(f, _)| *f == field)
        .map_or(&[][..], |(_, k)| *k);
    let v = record.get(field).unwrap_or(&Value::Null);
    if field == "heading" {
        return match v.as_str() {
            Some(h) => vec![Item {
                start: -1,
                end: -1,
                text: h.to_string(),
                keys: Map::new(),
            }],
            None => Vec::new(),
        };
    }
    fn one(v: &Value, keys: &[&str], parent: Value) -> Item {
        let mut m = Map::new();
        for k in keys {
            let x = match *k {
                "parent" => parent.clone(),
                "date" | "amount" | "until" => entity(v.get(*k).unwrap_or(&Value::Null)),
                _ => v.get(*k).cloned().unwrap_or(Value::Null),
            };
            m.insert(k.to_string(), x);
        }
        Item {
            start: v["start"].as_i64().unwrap_or(-1),
            end: v["end"].as_i64().unwrap_or(-1),
            text: v["text"].as_str().unwrap_or("").to_string(),
            keys: m,
        }
    }
    fn flatten(nodes: &[Value], keys: &[&str], parent: Value, out: &mut Vec<Item>) {
        for n in nodes {
            out.push(one(n, keys, parent.clone()));
            let children = n["children"].as_array().cloned().unwrap_or_default();
            flatten(&children, keys, n["start"].clone(), out);
        }
    }
    match v {
        Value::Array(a) if field == "outline" => {
            let mut out = Vec::new();
            flatten(a, keys, Value::Null, &mut out);
            out
        }
        Value::Array(a) => a.iter().map(|x| one(x, keys, Value::Null)).collect(),
        Value::Null => Vec::new(),
        other => vec![one(other, keys, Value::Null)],
    }
}

/// Counts of one field: right, found, annotated.
#[derive(Debug, Default, Clone, Copy)]
struct Count {
    right: usize,
    found: usize,
    annotated: usize,
}

impl Count {
    fn add(&mut self, o: Count) {
        self.right += o.right;
        self.found += o.found;
        self.annotated += o.annotated;
    }
    fn prf(&self) -> (f64, f64, f64) {
        let p = if self.found == 0 {
            1.0
        } else {
            self.right as f64 / self.found as f64
        };
        let r = if self.annotated == 0 {
            1.0
        } else {
            self.right as f64 / self.annotated as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

/// One miss: (document, field, span), and what differs.
#[derive(Debug, Clone)]
struct Miss {
    doc: String,
    field: String,
    /// `start-end` in code points; `-` for the heading (a string).
    span: String,
    what: String,
}

fn span_key(field: &str, it: &Item) -> String {
    if field == "heading" {
        "-".into()
    } else {
        format!("{}-{}", it.start, it.end)
    }
}

/// Scores one field of one document; pushes its misses.
fn score(doc: &str, field: &str, golden: &Value, got: &Value, misses: &mut Vec<Miss>) -> Count {
    let exp = items(field, golden);
    let mut left = items(field, got);
    let mut c = Count {
        right: 0,
        found: left.len(),
        annotated: exp.len(),
    };
    for e in &exp {
        let at = left.iter().position(|g| {
            if field == "heading" {
                g.text == e.text
            } else {
                (g.start, g.end) == (e.start, e.end)
            }
        });
        let Some(i) = at else {
            misses.push(Miss {
                doc: doc.into(),
                field: field.into(),
                span: span_key(field, e),
                what: format!("missing {:?} {}", e.text, Value::Object(e.keys.clone())),
            });
            continue;
        };
        let g = left.remove(i);
        let wrong: Vec<String> = e
            .keys
            .iter()
            .filter(|(k, v)| g.keys.get(*k) != Some(v))
            .map(|(k, v)| {
                format!(
                    "{k}: want {v}, got {}",
                    g.keys.get(k).unwrap_or(&Value::Null)
                )
            })
            .collect();
        if wrong.is_empty() {
            c.right += 1;
        } else {
            misses.push(Miss {
                doc: doc.into(),
                field: field.into(),
                span: span_key(field, e),
                what: format!("wrong {:?}: {}", e.text, wrong.join("; ")),
            });
        }
    }
    for g in left {
        misses.push(Miss {
            doc: doc.into(),
            field: field.into(),
            span: span_key(field, &g),
            what: format!("extra {:?}", g.text),
        });
    }
    c
}

/// Scores every `<id>.policy.json` of `dir` with its `<id>.txt`.
fn score_dir(dir: &Path) -> (Vec<(String, [Count; 11])>, Vec<Miss>) {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.to_string_lossy().ends_with(".policy.json"));
    paths.sort();
    let mut docs = Vec::new();
    let mut misses = Vec::new();
    for path in paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let id = name.trim_end_matches(".policy.json").to_string();
        let text = match std::fs::read_to_string(dir.join(format!("{id}.txt"))) {
            Ok(t) => t,
            Err(e) => panic!("{id}: the text of an annotated document: {e}"),
        };
        let golden: Value = match std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
        {
            Ok(v) => v,
            Err(e) => panic!("{}: {e}", path.display()),
        };
        let got = actual(&text);
        let mut counts = [Count::default(); 11];
        for (k, (field, _)) in FIELDS.iter().enumerate() {
            counts[k] = score(&id, field, &golden, &got, &mut misses);
        }
        docs.push((id, counts));
    }
    (docs, misses)
}

/// The table: per field and micro over all fields.
fn table(title: &str, docs: &[(String, [Count; 11])]) -> (Count, [Count; 11]) {
    let mut per = [Count::default(); 11];
    for (_, c) in docs {
        for k in 0..11 {
            per[k].add(c[k]);
        }
    }
    let mut all = Count::default();
    println!("{title}: {} documents", docs.len());
    println!(
        "  {:<12} {:>6} {:>6} {:>6} {:>7} {:>6} {:>9}",
        "field", "P", "R", "F1", "right", "found", "annotated"
    );
    for (k, (field, _)) in FIELDS.iter().enumerate() {
        let (p, r, f) = per[k].prf();
        println!(
            "  {field:<12} {p:>6.3} {r:>6.3} {f:>6.3} {:>7} {:>6} {:>9}",
            per[k].right, per[k].found, per[k].annotated
        );
        all.add(per[k]);
    }
    let (p, r, f) = all.prf();
    println!(
        "  {:<12} {p:>6.3} {r:>6.3} {f:>6.3} {:>7} {:>6} {:>9}",
        "micro", all.right, all.found, all.annotated
    );
    (all, per)
}

/// The listed misses: (document, field, span).
fn known_misses() -> BTreeSet<(String, String, String)> {
    let src = include_str!("data/corpus_policy_misses.tsv");
    let mut out = BTreeSet::new();
    for (n, line) in src.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(doc), Some(field), Some(span), Some(_why)) =
            (cols.first(), cols.get(1), cols.get(2), cols.get(3))
        else {
            panic!(
                "data/corpus_policy_misses.tsv line {}: want doc, field, span, why",
                n + 1
            );
        };
        assert!(
            FIELDS.iter().any(|(f, _)| f == field),
            "data/corpus_policy_misses.tsv line {}: unknown field {field}",
            n + 1
        );
        let well_formed = *span == "-"
            || span
                .split_once('-')
                .is_some_and(|(a, b)| a.parse::<u64>().is_ok() && b.parse::<u64>().is_ok());
        assert!(
            well_formed,
            "data/corpus_policy_misses.tsv line {}: span {span:?} is not start-end or -",
            n + 1
        );
        out.insert((doc.to_string(), field.to_string(), span.to_string()));
    }
    out
}

#[test]
fn dev_slice() {
    let dir = corpus().join("dev");
    let (docs, misses) = score_dir(&dir);
    // Dev documents the manifest lists for policy whose golden has not landed.
    if let Ok(manifest) = std::fs::read_to_string(corpus().join("manifest.tsv")) {
        let mut lines = manifest.lines();
        let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
        let col = |name: &str| header.iter().position(|h| *h == name);
        if let (Some(id), Some(split), Some(policy)) = (col("id"), col("split"), col("policy")) {
            for l in lines {
                let c: Vec<&str> = l.split('\t').collect();
                if c.get(split) == Some(&"dev") && c.get(policy) == Some(&"yes") {
                    let id = c.get(id).copied().unwrap_or("");
                    if !docs.iter().any(|(d, _)| d == id) {
                        println!("{id}: listed as a dev policy document, no policy.json yet");
                    }
                }
            }
        }
    }
    if docs.is_empty() {
        println!("corpus/dev holds no policy annotations yet");
    }
    table("corpus/dev policy", &docs);
    let known = known_misses();
    let mut seen = BTreeSet::new();
    let mut unlisted = Vec::new();
    for m in &misses {
        let key = (m.doc.clone(), m.field.clone(), m.span.clone());
        println!("  {}\t{}\t{}\t{}", m.doc, m.field, m.span, m.what);
        if known.contains(&key) {
            seen.insert(key);
        } else {
            unlisted.push(format!("{}\t{}\t{}\t{}", m.doc, m.field, m.span, m.what));
        }
    }
    let passing: Vec<String> = known
        .difference(&seen)
        .map(|(d, f, s)| format!("{d}\t{f}\t{s}"))
        .collect();
    assert!(
        passing.is_empty(),
        "listed misses that now pass (remove them from data/corpus_policy_misses.tsv):\n{}",
        passing.join("\n")
    );
    assert!(
        unlisted.is_empty(),
        "misses not in data/corpus_policy_misses.tsv:\n{}",
        unlisted.join("\n")
    );
}

/// Scores the directory named by `SHUZI_POLICY_CORPUS` (the blind slice, at
/// the end of a round) and prints the table; only a missing directory fails.
#[test]
#[ignore = "a report over the directory in SHUZI_POLICY_CORPUS"]
fn report() {
    let Ok(dir) = std::env::var("SHUZI_POLICY_CORPUS") else {
        panic!("set SHUZI_POLICY_CORPUS to a directory of <id>.txt and <id>.policy.json");
    };
    let dir = PathBuf::from(dir);
    assert!(dir.is_dir(), "{} is not a directory", dir.display());
    let (docs, misses) = score_dir(&dir);
    assert!(!docs.is_empty(), "no <id>.policy.json in {}", dir.display());
    for m in &misses {
        println!("  {}\t{}\t{}\t{}", m.doc, m.field, m.span, m.what);
    }
    table(&dir.display().to_string(), &docs);
}

#[test]
fn scoring_matches_by_span_and_compares_keys() {
    let golden = serde_json::json!({
        "heading": "甲关于乙的通知",
        "responsible": [
            {"text": "（A负责）", "start": 3, "end": 9, "units": ["A"], "lead": [], "path": []},
            {"text": "（B负责）", "start": 20, "end": 26, "units": ["B"], "lead": [], "path": []}
        ],
        "issuer": null
    });
    let got = serde_json::json!({
        "heading": "甲关于乙的通知",
        "responsible": [
            {"text": "（A负责）", "start": 3, "end": 9, "units": ["A"], "lead": [], "path": []},
            {"text": "（B负责）", "start": 20, "end": 26, "units": ["B"], "lead": ["B"], "path": []},
            {"text": "（C负责）", "start": 30, "end": 36, "units": ["C"], "lead": [], "path": []}
        ],
        "issuer": null
    });
    let mut misses = Vec::new();
    let c = score("d", "responsible", &golden, &got, &mut misses);
    assert_eq!((c.right, c.found, c.annotated), (1, 3, 2));
    let keys: Vec<(&str, bool)> = misses
        .iter()
        .map(|m| (m.span.as_str(), m.what.starts_with("wrong")))
        .collect();
    assert_eq!(keys, [("20-26", true), ("30-36", false)]);
    let h = score("d", "heading", &golden, &got, &mut misses);
    assert_eq!((h.right, h.found, h.annotated), (1, 1, 1));
    let i = score("d", "issuer", &golden, &got, &mut misses);
    assert_eq!((i.right, i.found, i.annotated), (0, 0, 0));
    let (p, r, f) = c.prf();
    assert!((p - 1.0 / 3.0).abs() < 1e-9 && (r - 0.5).abs() < 1e-9 && (f - 0.4).abs() < 1e-9);
}
