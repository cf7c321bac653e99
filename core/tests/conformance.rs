//! Conformance against a peer system's Chinese test specs (Microsoft
//! Recognizers-Text, converted in `shared/conformance/`; see its README).
//! Ignored by default and never part of the repository: the data is read
//! at run time and the test is skipped when it is absent.
//!
//! ```text
//! cargo test -p shuzi --test conformance -- --ignored --nocapture
//! SHUZI_CONFORMANCE=/path/to/recognizers-zh.jsonl cargo test ...
//! ```
//!
//! The peer's meaning is not always SPEC's, so the test compares facts, not
//! whole outputs, and reports pass rates per suite instead of failing:
//! an expected result passes when a shuzi entity of the matching kind
//! contains its span and has its value (and, for ranges, its ends; for
//! money, its ISO code). A negative case passes when no entity of the
//! suite's kinds is found. Cases the peer itself never passes
//! (`unsupported_everywhere`) are out of scope.

use serde_json::Value;
use shuzi::{extract, Entity, Kind};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn data_file() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("SHUZI_CONFORMANCE") {
        return Some(PathBuf::from(p));
    }
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.ancestors()
        .map(|a| a.join("shared/conformance/recognizers-zh.jsonl"))
        .find(|p| p.exists())
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
        "AgeModel" => &[Kind::Count, Kind::Duration, Kind::Number],
        "TemperatureModel" => &[Kind::Quantity, Kind::Number],
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

#[test]
#[ignore]
fn recognizers_text_chinese() {
    let Some(path) = data_file() else {
        println!("conformance data not found (set SHUZI_CONFORMANCE); skipped");
        return;
    };
    let mut raw = std::fs::read_to_string(&path).unwrap();
    // The extra suites (age, temperature, experimental ranges) when present.
    if let Ok(extra) = std::fs::read_to_string(path.with_file_name("recognizers-zh-extra.jsonl")) {
        raw.push('\n');
        raw.push_str(&extra);
    }
    let mut per_suite: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut failures: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap();
        let suite = case["suite"].as_str().unwrap().to_string();
        let kinds = kinds_of(&suite);
        if kinds.is_empty() || case["unsupported_everywhere"] == Value::Bool(true) {
            continue;
        }
        let input = case["input"].as_str().unwrap();
        let found: Vec<Entity> = extract(input)
            .into_iter()
            .filter(|e| kinds.contains(&e.kind))
            .collect();
        // Code-point spans of what was found.
        let cp = |b: usize| input[..b].chars().count();
        let expected = case["expected"].as_array().unwrap();
        let ok = if expected.is_empty() {
            found.is_empty()
        } else {
            expected.iter().all(|x| {
                let (s, t) = (
                    x["start"].as_u64().unwrap() as usize,
                    x["end"].as_u64().unwrap() as usize + 1,
                );
                found.iter().any(|e| {
                    let (es, ee) = (cp(e.span.start), cp(e.span.end));
                    es <= s && t <= ee && satisfies(&suite, x, e)
                })
            })
        };
        let entry = per_suite.entry(suite.clone()).or_default();
        entry.1 += 1;
        if ok {
            entry.0 += 1;
        } else {
            let want: Vec<String> = expected
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
            failures.entry(suite).or_default().push(format!(
                "{input}  want [{}]  got [{}]",
                want.join(", "),
                got.join(", ")
            ));
        }
    }
    for (suite, fails) in &failures {
        println!("--- {suite}: failing cases");
        for f in fails {
            println!("  {f}");
        }
    }
    println!("{:<18} {:>6} {:>6} {:>7}", "suite", "pass", "cases", "rate");
    for (suite, (pass, all)) in &per_suite {
        println!(
            "{suite:<18} {pass:>6} {all:>6} {:>6.1}%",
            100.0 * *pass as f64 / *all as f64
        );
    }
}
