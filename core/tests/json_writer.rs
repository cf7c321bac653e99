//! `EntityRecord::write_json` writes the very bytes `serde_json` makes of a
//! record (and `write_json_sorted` those of its `serde_json::Value`), for every entity of the seeds, the policy seeds and the spec
//! cases, with both offset units and key styles, with and without a
//! reference date; and for texts with quotes, backslashes and control
//! characters inside spans.

use shuzi::json::{records_styled, KeyStyle, OffsetUnit};
use shuzi::{Config, Extractor, RefDate};
use std::path::Path;

fn texts() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out = Vec::new();
    for dir in ["seeds", "seeds/policy"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        out.extend(paths.iter().map(|p| std::fs::read_to_string(p).unwrap()));
    }
    let cases = std::fs::read_to_string(root.join("core/tests/data/spec_cases.jsonl")).unwrap();
    for l in cases.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        out.push(v["input"].as_str().unwrap().to_string());
    }
    out.push("共有7家\"企业\\，约\u{1}8000万元，三分之一，±0.5%，1万亿亿元，-3.5%\u{7f}".into());
    out.push("引进196家\t知名\"企业，同比增长13.1%，去年12月，今年前三季度".into());
    out
}

#[test]
fn write_json_is_serde_json() {
    let mut checked = 0;
    for ref_date in [None, Some(RefDate::parse("2026-01-10").unwrap())] {
        let ex = Extractor::new(Config::default().with_ref_date(ref_date));
        for text in texts() {
            let found = ex.extract(&text);
            for unit in [OffsetUnit::CodePoints, OffsetUnit::Utf16] {
                for keys in [KeyStyle::Snake, KeyStyle::Camel] {
                    for r in records_styled(&text, &found, unit, keys) {
                        let mut mine = Vec::new();
                        r.write_json(&mut mine);
                        let want = serde_json::to_vec(&r).unwrap();
                        assert_eq!(
                            String::from_utf8(mine).unwrap(),
                            String::from_utf8(want).unwrap()
                        );
                        let mut sorted = Vec::new();
                        r.write_json_sorted(&mut sorted);
                        assert_eq!(
                            String::from_utf8(sorted).unwrap(),
                            serde_json::to_value(&r).unwrap().to_string()
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 4000, "{checked}");
}
