//! `--kinds` skips the recognisers of the kinds not asked for; the result
//! must be the full extraction filtered to those kinds, on every seed, the
//! policy seeds, every development corpus text and every spec case, with and
//! without a reference date.

use shuzi::{Config, Extractor, Kind, KindSet, RefDate};
use std::path::Path;

fn texts() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out = Vec::new();
    for dir in ["seeds", "seeds/policy", "corpus/dev"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        out.extend(paths.iter().map(|p| std::fs::read_to_string(p).unwrap()));
    }
    let cases = std::fs::read_to_string(root.join("core/tests/data/spec_cases.jsonl")).unwrap();
    let joined: Vec<String> = cases
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["input"].as_str().unwrap().to_string()
        })
        .collect();
    out.push(joined.join("\n"));
    out
}

#[test]
fn skipping_a_recogniser_is_filtering() {
    let texts = texts();
    assert!(texts.len() > 5);
    let sets: Vec<KindSet> = Kind::ALL
        .iter()
        .map(|&k| [k].into_iter().collect())
        .chain(
            [
                "money,percent,count",
                "date,period",
                "date",
                "number,period",
                "money,count",
                "count,ordinal",
                "percent,duration",
                "quantity,date",
            ]
            .iter()
            .map(|l| KindSet::parse_list(l).unwrap()),
        )
        .collect();
    for ref_date in [None, Some(RefDate::parse("2024-02-29").unwrap())] {
        let full = Extractor::new(Config::default().with_ref_date(ref_date));
        for text in &texts {
            let all = full.extract(text);
            for &kinds in &sets {
                let some =
                    Extractor::new(Config::default().with_ref_date(ref_date).with_kinds(kinds));
                let want: Vec<_> = all.iter().filter(|e| kinds.contains(e.kind)).collect();
                let got = some.extract(text);
                let got: Vec<_> = got.iter().collect();
                if got != want {
                    let d = got.iter().zip(&want).position(|(a, b)| a != b);
                    let d = d.unwrap_or(got.len().min(want.len()));
                    panic!(
                        "{kinds:?}: got {:?}, want {:?}",
                        got.get(d).map(|e| (e.kind, e.text(text))),
                        want.get(d).map(|e| (e.kind, e.text(text)))
                    );
                }
            }
        }
    }
}
