//! Items of `shuzi policy` (SPEC 2) on real documents of `corpus/dev`, one
//! test per rule fixed, each asserting the item's text, code-point span and
//! fields as the annotators wrote them.

use serde_json::Value;
use shuzi::json::OffsetUnit;
use shuzi::policy::{parse, PolicyRecord};
use shuzi::Config;
use std::path::Path;

/// The policy record of `corpus/dev/<id>.txt`, offsets in code points.
fn record(id: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../corpus/dev")
        .join(format!("{id}.txt"));
    let text = std::fs::read_to_string(&path).expect("corpus document");
    let p = parse(&text, &Config::default());
    serde_json::to_value(PolicyRecord::new(&p, &text, OffsetUnit::CodePoints)).expect("serializes")
}

/// The item of `field` whose span is `start..end`.
fn at(r: &Value, field: &str, start: i64, end: i64) -> Value {
    r[field]
        .as_array()
        .expect("a list")
        .iter()
        .find(|i| i["start"] == start && i["end"] == end)
        .unwrap_or_else(|| panic!("no {field} item at {start}-{end}"))
        .clone()
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

#[test]
fn responsible_without_generic_collectives() {
    let r = record("gov_guowuyuan_jiuye_2018");
    let x = at(&r, "responsible", 1224, 1245);
    assert_eq!(x["text"], "（人力资源社会保障部等有关部门和单位负责）");
    assert_eq!(strs(&x["units"]), ["人力资源社会保障部"]);
    assert_eq!(strs(&x["lead"]), ["人力资源社会保障部"]);
    let x = at(&r, "responsible", 2145, 2179);
    assert_eq!(
        strs(&x["units"]),
        ["财政部", "人力资源社会保障部", "民政部"]
    );
    let x = at(&r, "responsible", 2735, 2760);
    assert_eq!(
        x["text"],
        "（各有关部门和单位，各省级人民政府按职责分工负责）"
    );
    assert_eq!(strs(&x["units"]), ["各省级人民政府"]);
    assert_eq!(strs(&x["lead"]), ["各省级人民政府"]);
    // Alone, the collective stays.
    let alone = r["responsible"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["text"] == "（各有关部门和单位按职责分工负责）")
        .expect("the catch-all bracket")
        .clone();
    assert_eq!(strs(&alone["units"]), ["各有关部门和单位"]);
}

#[test]
fn targets_after_a_bounded_subject() {
    let r = record("prov_jiangsu_shengyu_2025");
    // `常住人口超过100万的县…建设1所二级儿童医院或在综合医院设置儿科病区`:
    // 超过100万 bounds the counties, 1所 is the goal, the clause after 或 is
    // not part of the metric.
    let x = at(&r, "targets", 1117, 1246);
    assert_eq!(x["deadline"], 2025);
    assert_eq!(x["metric"], "二级儿童医院");
    assert_eq!(x["amount"]["text"], "1所");
    assert_eq!(x["amount"]["start"], 1244);
    assert!(r["targets"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| t["amount"]["text"] != "超过100万"));
}
