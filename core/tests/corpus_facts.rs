//! Indicator facts (SPEC 4) scored against hand-annotated goldens: the seeds'
//! `seeds/expected/<seed>.facts.json` and `corpus/dev/<id>.facts.json`
//! (format in `corpus/FORMAT.md`; `facts_scope` from `corpus/manifest.tsv`).
//!
//! Facts are matched by the figure's span (code points). A fact is
//! complete when its figure span, metric (the same text, or one containing
//! the other), time span, measure and status equal the golden ones.
//! Precision is complete / found, recall complete / annotated. Over matched
//! figures the table also gives metric exact-match accuracy and subject,
//! time, measure and status accuracy
//! (`cargo test -p shuzi --test corpus_facts -- --nocapture`).
//!
//! Every golden fact that is not complete must be listed in
//! `data/corpus_facts_misses.tsv` (document, figure start and end, figure,
//! what is wrong); a listed miss that is now complete fails too, so the list
//! stays true. `SHUZI_UPDATE_MISSES=1` rewrites the list from the current
//! output (review the diff).
//!
//! The blind slice is scored by the `#[ignore]`d report test only, from the
//! directory in `SHUZI_FACTS_CORPUS`:
//! `SHUZI_FACTS_CORPUS=corpus/blind cargo test -p shuzi --test corpus_facts -- --ignored --nocapture`.

use serde_json::Value;
use shuzi::json::{fact_records, OffsetUnit};
use shuzi::Extractor;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const MISSES: &str = "tests/data/corpus_facts_misses.tsv";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// One annotated document: its id, text, golden facts and the code-point
/// range facts were annotated for.
struct Doc {
    id: String,
    text: String,
    gold: Vec<Value>,
    scope: (usize, usize),
}

/// `facts_scope` of each document of `corpus/manifest.tsv`.
fn scopes(manifest: &Path) -> BTreeMap<String, String> {
    let Ok(src) = std::fs::read_to_string(manifest) else {
        return BTreeMap::new();
    };
    let mut lines = src.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let id = header.iter().position(|h| *h == "id");
    let scope = header.iter().position(|h| *h == "facts_scope");
    let (Some(id), Some(scope)) = (id, scope) else {
        panic!("{}: no id or facts_scope column", manifest.display());
    };
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols[id].to_string(), cols[scope].to_string())
        })
        .collect()
}

fn parse_scope(s: &str) -> Option<(usize, usize)> {
    match s {
        "none" => None,
        "all" | "" => Some((0, usize::MAX)),
        range => {
            let (a, b) = range.split_once('-')?;
            Some((a.parse().ok()?, b.parse().ok()?))
        }
    }
}

/// Every `<id>.facts.json` in `dir` with its `<id>.txt`.
fn docs_in(dir: &Path, prefix: &str, scopes: &BTreeMap<String, String>) -> Vec<Doc> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".facts.json"))
        .collect();
    names.sort();
    names
        .iter()
        .filter_map(|n| {
            let stem = n.trim_end_matches(".facts.json");
            let scope = parse_scope(scopes.get(stem).map_or("all", String::as_str))?;
            let txt = dir.join(format!("{stem}.txt"));
            let txt = if txt.exists() {
                txt
            } else {
                // Seeds: the text is one level up.
                dir.join("..").join(format!("{stem}.txt"))
            };
            let text =
                std::fs::read_to_string(&txt).unwrap_or_else(|e| panic!("{}: {e}", txt.display()));
            let gold: Value = serde_json::from_str(
                &std::fs::read_to_string(dir.join(n)).expect("golden readable"),
            )
            .unwrap_or_else(|e| panic!("{n}: {e}"));
            Some(Doc {
                id: format!("{prefix}{stem}"),
                text,
                gold: gold.as_array().cloned().unwrap_or_default(),
                scope,
            })
        })
        .collect()
}

fn dev_docs() -> Vec<Doc> {
    let root = root();
    let scopes = scopes(&root.join("corpus/manifest.tsv"));
    let mut docs = docs_in(&root.join("seeds/expected"), "seeds/", &BTreeMap::new());
    docs.extend(docs_in(&root.join("corpus/dev"), "dev/", &scopes));
    docs
}

fn span(v: &Value) -> Option<(u64, u64)> {
    Some((v.get("start")?.as_u64()?, v.get("end")?.as_u64()?))
}

fn text_of(v: &Value) -> Option<&str> {
    v.get("text").and_then(Value::as_str)
}

/// Same text, or one containing the other; both null counts as right.
fn metric_close(a: &Value, b: &Value) -> bool {
    match (text_of(a), text_of(b)) {
        (None, None) => a.is_null() && b.is_null(),
        (Some(x), Some(y)) => x.contains(y) || y.contains(x),
        _ => false,
    }
}

fn same_text(a: &Value, b: &Value) -> bool {
    text_of(a) == text_of(b)
}

fn same_span(a: &Value, b: &Value) -> bool {
    span(a) == span(b)
}

/// Counts over a set of documents.
#[derive(Default, Clone)]
struct Score {
    gold: usize,
    found: usize,
    matched: usize,
    complete: usize,
    metric_exact: usize,
    subject: usize,
    time: usize,
    measure: usize,
    status: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.gold += o.gold;
        self.found += o.found;
        self.matched += o.matched;
        self.complete += o.complete;
        self.metric_exact += o.metric_exact;
        self.subject += o.subject;
        self.time += o.time;
        self.measure += o.measure;
        self.status += o.status;
    }

    fn prf(&self) -> (f64, f64, f64) {
        let p = ratio(self.complete, self.found);
        let r = ratio(self.complete, self.gold);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }

    fn row(&self, name: &str) -> String {
        let (p, r, f) = self.prf();
        let m = |n| ratio(n, self.matched);
        format!(
            "{name:<40} {:>4} {:>4} {:>4} {:>4}  P {p:.3} R {r:.3} F1 {f:.3}  metric= {:.3} subject {:.3} time {:.3} measure {:.3} status {:.3}",
            self.gold,
            self.found,
            self.matched,
            self.complete,
            m(self.metric_exact),
            m(self.subject),
            m(self.time),
            m(self.measure),
            m(self.status),
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// One golden fact not complete: (doc, start, end) → figure and what is wrong.
type Misses = BTreeMap<(String, u64, u64), String>;

/// Scores one document; records its incomplete golden facts in `misses`.
fn score(doc: &Doc, extractor: &Extractor, misses: &mut Misses) -> Score {
    let facts = extractor.facts(&doc.text);
    let records = fact_records(&doc.text, &facts, OffsetUnit::CodePoints);
    let found: Vec<Value> = records
        .iter()
        .map(|r| serde_json::to_value(r).expect("serializes"))
        .filter(|v| {
            span(&v["figure"])
                .is_some_and(|(s, e)| s as usize >= doc.scope.0 && (e as usize) <= doc.scope.1)
        })
        .collect();
    let by_span: BTreeMap<(u64, u64), &Value> = found
        .iter()
        .filter_map(|v| Some((span(&v["figure"])?, v)))
        .collect();
    let mut s = Score {
        gold: doc.gold.len(),
        found: found.len(),
        ..Score::default()
    };
    for g in &doc.gold {
        let Some(key) = span(&g["figure"]) else {
            panic!("{}: golden fact without a figure span: {g}", doc.id);
        };
        // One TSV row per miss: line breaks inside a figure are escaped.
        let figure = text_of(&g["figure"]).unwrap_or("?").replace('\n', "\\n");
        let Some(f) = by_span.get(&key) else {
            misses.insert(
                (doc.id.clone(), key.0, key.1),
                format!("{figure}\tfigure not found"),
            );
            continue;
        };
        s.matched += 1;
        let metric = metric_close(&f["metric"], &g["metric"]);
        let time = same_span(&f["time"], &g["time"]);
        let measure = f["measure"] == g["measure"];
        let status = f["status"] == g["status"];
        s.metric_exact += usize::from(same_text(&f["metric"], &g["metric"]));
        s.subject += usize::from(
            same_text(&f["subject"], &g["subject"]) && same_span(&f["subject"], &g["subject"]),
        );
        s.time += usize::from(time);
        s.measure += usize::from(measure);
        s.status += usize::from(status);
        if metric && time && measure && status {
            s.complete += 1;
        } else {
            let mut why = Vec::new();
            let show = |v: &Value| text_of(v).unwrap_or("null").replace('\n', "\\n");
            if !metric {
                why.push(format!(
                    "metric {} ≠ {}",
                    show(&f["metric"]),
                    show(&g["metric"])
                ));
            }
            if !time {
                why.push(format!("time {} ≠ {}", show(&f["time"]), show(&g["time"])));
            }
            if !measure {
                why.push(format!("measure {} ≠ {}", f["measure"], g["measure"]));
            }
            if !status {
                why.push(format!("status {} ≠ {}", f["status"], g["status"]));
            }
            misses.insert(
                (doc.id.clone(), key.0, key.1),
                format!("{figure}\t{}", why.join("; ")),
            );
        }
    }
    s
}

/// Scores `docs`, prints the table, returns the total and the misses.
fn report(title: &str, docs: &[Doc]) -> (Score, Misses) {
    let extractor = Extractor::default();
    let mut misses = Misses::new();
    let mut total = Score::default();
    let mut out = format!(
        "\n{title}\n{:<40} {:>4} {:>4} {:>4} {:>4}\n",
        "document", "gold", "found", "match", "complete"
    );
    for doc in docs {
        let s = score(doc, &extractor, &mut misses);
        writeln!(out, "{}", s.row(&doc.id)).unwrap();
        total.add(&s);
    }
    writeln!(out, "{}", total.row("TOTAL")).unwrap();
    eprintln!("{out}");
    (total, misses)
}

fn read_misses() -> BTreeSet<(String, u64, u64)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(MISSES);
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    src.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            assert!(c.len() >= 3, "{MISSES}: malformed row {l:?}");
            (
                c[0].to_string(),
                c[1].parse()
                    .unwrap_or_else(|_| panic!("{MISSES}: bad start in {l:?}")),
                c[2].parse()
                    .unwrap_or_else(|_| panic!("{MISSES}: bad end in {l:?}")),
            )
        })
        .collect()
}

fn write_misses(misses: &Misses) {
    let mut out = String::from(
        "# Known misses of `shuzi facts` (core/tests/corpus_facts.rs): document, figure\n\
         # start and end (code points), figure, what is wrong (found ≠ golden).\n\
         # A row whose fact is now complete fails the test until it is removed.\n",
    );
    for ((doc, s, e), why) in misses {
        writeln!(out, "{doc}\t{s}\t{e}\t{why}").unwrap();
    }
    std::fs::write(Path::new(env!("CARGO_MANIFEST_DIR")).join(MISSES), out).expect("writes");
}

#[test]
fn dev_goldens() {
    let docs = dev_docs();
    let (total, misses) = report("facts on seeds + corpus/dev", &docs);
    if std::env::var_os("SHUZI_UPDATE_MISSES").is_some() {
        write_misses(&misses);
        return;
    }
    let known = read_misses();
    let now: BTreeSet<_> = misses.keys().cloned().collect();
    let new: Vec<_> = now
        .difference(&known)
        .map(|k| format!("{}\t{}\t{}\t{}", k.0, k.1, k.2, misses[k]))
        .collect();
    let fixed: Vec<_> = known.difference(&now).collect();
    assert!(
        new.is_empty() && fixed.is_empty(),
        "new misses (not in {MISSES}):\n{}\nlisted misses now right (remove them):\n{fixed:?}",
        new.join("\n")
    );
    // Scoring itself: every golden fact is complete or listed.
    assert_eq!(total.complete + misses.len(), total.gold);
}

#[test]
fn scoring_rules() {
    let m = |t: &str| serde_json::json!({"text": t});
    assert!(metric_close(&m("规模以上工业增加值"), &m("工业增加值")));
    assert!(metric_close(&m("增加值"), &m("规模以上工业增加值")));
    assert!(!metric_close(&m("营业收入"), &m("净利润")));
    assert!(metric_close(&Value::Null, &Value::Null));
    assert!(!metric_close(&Value::Null, &m("净利润")));
    assert_eq!(parse_scope("all"), Some((0, usize::MAX)));
    assert_eq!(parse_scope("10-200"), Some((10, 200)));
    assert_eq!(parse_scope("none"), None);
    let s = Score {
        gold: 10,
        found: 8,
        complete: 6,
        ..Score::default()
    };
    let (p, r, f) = s.prf();
    assert_eq!((p, r), (0.75, 0.6));
    assert!((f - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-12);
}

#[test]
#[ignore = "a report over the directory in SHUZI_FACTS_CORPUS"]
fn report_on_directory() {
    let Ok(dir) = std::env::var("SHUZI_FACTS_CORPUS") else {
        panic!("set SHUZI_FACTS_CORPUS to a directory of <id>.txt and <id>.facts.json");
    };
    let dir = PathBuf::from(dir);
    let scopes = scopes(&dir.join("../manifest.tsv"));
    let docs = docs_in(&dir, "", &scopes);
    assert!(!docs.is_empty(), "no .facts.json in {}", dir.display());
    let (total, misses) = report(&format!("facts on {}", dir.display()), &docs);
    for ((doc, s, e), why) in &misses {
        eprintln!("{doc}\t{s}\t{e}\t{why}");
    }
    let (p, r, f) = total.prf();
    eprintln!("complete-fact P {p:.3} R {r:.3} F1 {f:.3}");
}
