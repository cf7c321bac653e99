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

#[test]
fn effective_in_an_attachment_names_it() {
    let r = record("notice_guowuyuan_geshui_2018");
    let x = at(&r, "effective", 3527, 3540);
    assert_eq!(x["text"], "自2019年1月1日起施行");
    assert_eq!(x["date"]["text"], "2019年1月1日");
    assert_eq!(x["document"], "个人所得税专项附加扣除暂行办法");
    assert!(x["until"].is_null());
    // A notice that opens at its recipients: 印发 in the text it signs.
    let r = record("notice_zhejiang_shiminhua_2023");
    let x = at(&r, "effective", 4795, 4816);
    assert_eq!(x["text"], "自2023年7月22日起施行,有效期为5年");
    assert_eq!(
        x["document"],
        "浙江省推动落实常住地提供基本公共服务制度有序推进农业转移人口市民化实施方案(2023—2027年)"
    );
    assert_eq!(x["until"]["kind"], "duration");
    assert_eq!(x["until"]["text"], "5年");
    assert_eq!(x["until"]["start"], 4814);
}

#[test]
fn wrapped_headings_and_recipients() {
    // `…等5部门关于` / `…的指导意见`: digits in the issuers' part.
    let r = record("gov_mohurd_nongfang_2024");
    assert_eq!(
        r["heading"],
        "住房城乡建设部等5部门关于加强农村房屋建设管理的指导意见"
    );
    let x = at(&r, "recipients", 32, 55);
    assert_eq!(x["text"], "各省、自治区、直辖市人民政府,新疆生产建设兵团");
    // A document number in brackets under the title is not a recipient.
    let r = record("prov_jiangsu_shengyu_2025");
    assert_eq!(
        r["heading"],
        "省政府办公厅关于印发江苏省加快完善生育支持政策体系推动建设生育友好型社会若干措施的通知"
    );
    let got: Vec<&str> = r["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x["text"].as_str())
        .collect();
    assert_eq!(got, ["各设区市人民政府,省各委办厅局,省各直属单位"]);
}
