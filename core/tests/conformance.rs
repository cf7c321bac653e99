//! Conformance against a peer system's Chinese test specs: Microsoft
//! Recognizers-Text (MIT), vendored in `tests/data/conformance/` (see its
//! README for the source, the licence and the format).
//!
//! The peer's meaning is not always SPEC's, so the test compares facts, not
//! whole outputs: an expected result passes when a shuzi entity of the
//! suite's kinds contains its span and has its value (for ranges, both
//! ends; for money, the ISO code). A negative case passes when no entity of
//! the suite's kinds is found.
//!
//! Which cases are in scope is data: `scope.tsv` lists the cases SPEC
//! decides otherwise than the peer, each with the group it belongs to, and
//! `groups.tsv` names the SPEC rule behind every group. Cases the peer
//! itself never passes (`unsupported_everywhere`) are out of scope too.
//! In-scope cases that fail are listed in `expected_failures.tsv` by suite
//! and id; the test fails on an in-scope failure not listed there, on a
//! listed case that now passes, and on a malformed or dangling row. The
//! per-suite table is printed
//! (`cargo test -p shuzi --test conformance -- --nocapture`).

use serde_json::Value;
use shuzi::{extract, Entity, Kind};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/conformance")
}

fn kinds_of(suite: &str) -> &'static [Kind] {
    match suite {
        "NumberModel" => &[
            Kind::Number,
            Kind::Money,
            Kind::Percent,
            Kind::Count,
            Kind::Quantity,
            Kind::Duration,
        ],
        "PercentModel" => &[Kind::Percent],
        "OrdinalModel" => &[Kind::Ordinal],
        "NumberRangeModel" | "NumberRangeModelExperimentalMode" => &[
            Kind::Number,
            Kind::Money,
            Kind::Percent,
            Kind::Count,
            Kind::Quantity,
        ],
        "AgeModel" => &[Kind::Duration],
        "TemperatureModel" => &[Kind::Quantity],
        "CurrencyModel" => &[Kind::Money],
        "DimensionModel" => &[Kind::Quantity],
        _ => &[],
    }
}

fn num(s: &str) -> Option<f64> {
    s.trim().trim_end_matches('%').parse::<f64>().ok()
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

/// Does `e` satisfy the expected result `x` of `suite`?
fn satisfies(suite: &str, x: &Value, e: &Entity) -> bool {
    let v = e.value().map(|d| d.to_f64());
    let want = x["value"].as_str();
    match suite {
        "NumberRangeModel" | "NumberRangeModelExperimentalMode" => {
            let Some(iv) = want else { return false };
            let inner = iv.trim_matches(|c| "[]()".contains(c));
            let (lo, hi) = inner.split_once(',').unwrap_or((inner, ""));
            let (lo, hi) = (num(lo), num(hi));
            let high = e.high().map(|d| d.to_f64());
            match (lo, hi) {
                (Some(l), Some(h)) => {
                    v.is_some_and(|v| close(v, l)) && high.is_some_and(|x| close(x, h))
                }
                (Some(l), None) => v.is_some_and(|v| close(v, l)) && high.is_none(),
                (None, Some(h)) => v.is_some_and(|v| close(v, h)) && high.is_none(),
                _ => false,
            }
        }
        "CurrencyModel" => {
            let iso = x["extra"]["isoCurrency"].as_str();
            let value_ok = match want.and_then(num) {
                Some(w) => v.is_some_and(|v| close(v, w)),
                None => true,
            };
            value_ok && (iso.is_none() || iso == e.currency())
        }
        _ => match want.and_then(num) {
            Some(w) => v.is_some_and(|v| close(v, w)),
            None => true,
        },
    }
}

/// Rows of a TSV data file (comments and blank lines skipped), with their
/// line numbers.
fn rows(name: &str) -> Vec<(usize, Vec<String>)> {
    let path = dir().join(name);
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    raw.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| (n + 1, l.split('\t').map(str::to_string).collect()))
        .collect()
}

struct Case {
    suite: String,
    id: u64,
    input: String,
    expected: Vec<Value>,
    unsupported: bool,
}

fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for file in ["recognizers-zh.jsonl", "recognizers-zh-extra.jsonl"] {
        let raw = std::fs::read_to_string(dir().join(file)).unwrap();
        for (n, line) in raw
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let v: Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{file}:{}: {e}", n + 1));
            out.push(Case {
                suite: v["suite"].as_str().unwrap().to_string(),
                id: v["id"].as_u64().unwrap(),
                input: v["input"].as_str().unwrap().to_string(),
                expected: v["expected"].as_array().unwrap().clone(),
                unsupported: v["unsupported_everywhere"] == Value::Bool(true),
            });
        }
    }
    out
}

/// Whether shuzi passes the case, and what it found (for the report).
fn run(case: &Case) -> (bool, String) {
    let kinds = kinds_of(&case.suite);
    let input = &case.input;
    let found: Vec<Entity> = extract(input)
        .into_iter()
        .filter(|e| kinds.contains(&e.kind))
        .collect();
    let cp = |b: usize| input[..b].chars().count();
    let ok = if case.expected.is_empty() {
        found.is_empty()
    } else {
        case.expected.iter().all(|x| {
            let (s, t) = (
                x["start"].as_u64().unwrap() as usize,
                x["end"].as_u64().unwrap() as usize + 1,
            );
            found.iter().any(|e| {
                let (es, ee) = (cp(e.span.start), cp(e.span.end));
                es <= s && t <= ee && satisfies(&case.suite, x, e)
            })
        })
    };
    let want: Vec<String> = case
        .expected
        .iter()
        .map(|x| format!("{}={}", x["span"].as_str().unwrap_or(""), x["value"]))
        .collect();
    let got: Vec<String> = found
        .iter()
        .map(|e| {
            format!(
                "{}:{}={}{}",
                e.kind,
                e.text(input),
                e.value().map(|v| v.to_string()).unwrap_or_default(),
                e.high().map(|h| format!("..{h}")).unwrap_or_default()
            )
        })
        .collect();
    (
        ok,
        format!(
            "{input}  want [{}]  got [{}]",
            want.join(", "),
            got.join(", ")
        ),
    )
}

#[test]
fn recognizers_text_chinese() {
    let cases = cases();
    let ids: BTreeSet<(String, u64)> = cases.iter().map(|c| (c.suite.clone(), c.id)).collect();
    let mut errors = Vec::new();
    // The groups and the SPEC rule behind each.
    let mut groups: BTreeMap<String, String> = BTreeMap::new();
    for (n, r) in rows("groups.tsv") {
        if r.len() != 2 || r[1].trim().is_empty() {
            errors.push(format!("groups.tsv:{n}: want group <TAB> SPEC rule"));
        } else if groups.insert(r[0].clone(), r[1].clone()).is_some() {
            errors.push(format!("groups.tsv:{n}: duplicate group {}", r[0]));
        }
    }
    // Cases out of scope, by group.
    let mut scope: BTreeMap<(String, u64), String> = BTreeMap::new();
    for (n, r) in rows("scope.tsv") {
        let key = (
            r[0].clone(),
            r.get(1).and_then(|i| i.parse().ok()).unwrap_or(u64::MAX),
        );
        if r.len() != 3 {
            errors.push(format!("scope.tsv:{n}: want suite <TAB> id <TAB> group"));
        } else if !ids.contains(&key) {
            errors.push(format!("scope.tsv:{n}: no case {} {}", r[0], r[1]));
        } else if !groups.contains_key(&r[2]) {
            errors.push(format!("scope.tsv:{n}: unknown group {:?}", r[2]));
        } else if scope.insert(key, r[2].clone()).is_some() {
            errors.push(format!("scope.tsv:{n}: duplicate case"));
        }
    }
    // In-scope cases that fail today, with why.
    let mut expected_fail: BTreeMap<(String, u64), (usize, String)> = BTreeMap::new();
    for (n, r) in rows("expected_failures.tsv") {
        let key = (
            r[0].clone(),
            r.get(1).and_then(|i| i.parse().ok()).unwrap_or(u64::MAX),
        );
        if r.len() != 3 || r[2].trim().is_empty() {
            errors.push(format!(
                "expected_failures.tsv:{n}: want suite <TAB> id <TAB> reason"
            ));
        } else if !ids.contains(&key) {
            errors.push(format!(
                "expected_failures.tsv:{n}: no case {} {}",
                r[0], r[1]
            ));
        } else if scope.contains_key(&key) {
            errors.push(format!("expected_failures.tsv:{n}: case is out of scope"));
        } else {
            expected_fail.insert(key, (n, r[2].clone()));
        }
    }

    // suite → (in-scope passed, in-scope, all passed, all)
    let mut table: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    let mut by_group: BTreeMap<String, [usize; 2]> = BTreeMap::new();
    let mut new_failures = Vec::new();
    let mut now_passing = Vec::new();
    for case in &cases {
        if kinds_of(&case.suite).is_empty() {
            continue;
        }
        let key = (case.suite.clone(), case.id);
        let (ok, line) = run(case);
        let t = table.entry(case.suite.clone()).or_default();
        t[3] += 1;
        t[2] += usize::from(ok);
        let group = if case.unsupported {
            Some("peer-unsupported".to_string())
        } else {
            scope.get(&key).cloned()
        };
        if let Some(g) = group {
            let b = by_group.entry(g).or_default();
            b[1] += 1;
            b[0] += usize::from(ok);
            continue;
        }
        t[1] += 1;
        t[0] += usize::from(ok);
        match (ok, expected_fail.get(&key)) {
            (false, None) => new_failures.push(format!("{}\t{}\t{line}", case.suite, case.id)),
            (true, Some((n, why))) => now_passing.push(format!(
                "expected_failures.tsv:{n}: {} {} passes now ({why})",
                case.suite, case.id
            )),
            (false, Some((_, why))) => println!(
                "  expected failure {} {}: {line}  ({why})",
                case.suite, case.id
            ),
            (true, None) => {}
        }
    }
    println!(
        "{:<34} {:>9} {:>9} {:>7}   {:>9} {:>7}",
        "suite", "in-scope", "passed", "rate", "all", "rate"
    );
    let mut total = [0usize; 4];
    for (suite, t) in &table {
        println!(
            "{suite:<34} {:>9} {:>9} {:>6.1}%   {:>9} {:>6.1}%",
            t[1],
            t[0],
            100.0 * t[0] as f64 / t[1].max(1) as f64,
            t[3],
            100.0 * t[2] as f64 / t[3].max(1) as f64
        );
        for k in 0..4 {
            total[k] += t[k];
        }
    }
    println!(
        "{:<34} {:>9} {:>9} {:>6.1}%   {:>9} {:>6.1}%",
        "all",
        total[1],
        total[0],
        100.0 * total[0] as f64 / total[1].max(1) as f64,
        total[3],
        100.0 * total[2] as f64 / total[3].max(1) as f64
    );
    println!("\nout of scope, by group (shuzi passes / cases):");
    for (g, b) in &by_group {
        let rule = groups.get(g).map_or(
            "the peer's own specs mark it unsupported on every platform",
            String::as_str,
        );
        println!("  {g:<28} {:>3} / {:<3}  {rule}", b[0], b[1]);
    }
    let mut problems = errors;
    if !new_failures.is_empty() {
        problems.push(format!(
            "{} in-scope cases fail and are not in expected_failures.tsv:\n{}",
            new_failures.len(),
            new_failures.join("\n")
        ));
    }
    problems.extend(now_passing);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
