//! SPEC 2's rules on three short documents written for this test in the
//! forms real ones use. All three texts are SYNTHETIC: the bodies, units and
//! figures are invented; only the layout follows national, municipal and
//! 印发-notice documents (wrapped titles, responsibility brackets, 发展目标
//! paragraphs, an attached 办法, 版记).

use serde_json::Value;
use shuzi::json::OffsetUnit;
use shuzi::policy::{parse, PolicyRecord};
use shuzi::Config;

fn record(text: &str) -> Value {
    let p = parse(text, &Config::default());
    serde_json::to_value(PolicyRecord::new(&p, text, OffsetUnit::CodePoints)).expect("serializes")
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// SYNTHETIC national 指导意见.
const NATIONAL: &str = "国务院文件
国务院关于加快推进某某装备制造和
  某某服务产业转型升级的指导意见
国发〔2030〕7号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
为加快推进某某装备产业转型升级，现提出以下意见。
一、总体要求
（一）发展目标。
到2035年，某某装备产业创新能力明显增强。全国某某装备总量达到12亿台左右，其中智能装备达到1.5亿台。全国某某综合应用率达到80%，花生种植、收获应用率分别达到70%和60%。目前全国应用率为40%。
二、重点任务
（二）完善创新体系。建设一批创新中心。（工业和信息化部、发展改革委、科技部等负责。列第一位者为牵头单位，下同）
（三）优化服务供给。发展社会化服务。（农业农村部、各地区各有关部门按职责分工负责）
（四）强化保障。落实各项政策。（各地区各有关部门按职责分工负责）

国务院
2030年9月1日
抄送：党中央各部门。
";

#[test]
fn national_guidance() {
    let r = record(NATIONAL);
    assert_eq!(
        r["heading"],
        "国务院关于加快推进某某装备制造和某某服务产业转型升级的指导意见"
    );
    assert_eq!(r["doc_numbers"][0]["text"], "国发〔2030〕7号");
    assert_eq!(
        r["recipients"][0]["text"],
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"
    );
    // Responsibility: verb forms, the first-unit-leads remark, catch-alls.
    let resp = r["responsible"].as_array().unwrap();
    assert_eq!(resp.len(), 3);
    assert_eq!(
        strs(&resp[0]["units"]),
        ["工业和信息化部", "发展改革委", "科技部"]
    );
    assert_eq!(strs(&resp[0]["lead"]), ["工业和信息化部"]);
    assert_eq!(strs(&resp[0]["path"]), ["二、", "（二）"]);
    assert_eq!(strs(&resp[1]["units"]), ["农业农村部"]);
    assert_eq!(strs(&resp[1]["lead"]), ["农业农村部"]);
    assert_eq!(strs(&resp[2]["units"]), ["各地区各有关部门"]);
    // Targets: one deadline over the paragraph, 其中, 分别 over a shared
    // head, stopped by 目前.
    let got: Vec<(i64, &str, &str)> = r["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["deadline"].as_i64().unwrap(),
                t["metric"].as_str().unwrap(),
                t["amount"]["text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (2035, "全国某某装备总量", "12亿台左右"),
            (2035, "智能装备", "1.5亿台"),
            (2035, "全国某某综合应用率", "80%"),
            (2035, "花生种植应用率", "70%"),
            (2035, "花生收获应用率", "60%"),
        ]
    );
    assert!(r["targets"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| t["text"].as_str().unwrap().starts_with("到2035年，")));
    // The signature, not the 抄送 line.
    assert_eq!(strs(&r["issuer"]["name"]), ["国务院"]);
    assert_eq!(r["issuer"]["date"]["value"], "2030-09-01");
}

/// SYNTHETIC municipal 实施意见 with labelled brackets.
const MUNICIPAL: &str = "某某市人民政府办公室关于推进某某产业高质量发展的实施意见
某政办发〔2031〕5号
各区人民政府，市政府各部门：
一、发展目标
到“十四五”末，全市某某企业达到300家，力争达到350家。某某产业营业收入突破800亿元。利用3—5年时间，培育龙头企业10家。
二、主要任务
（一）壮大市场主体。
1.培育龙头企业。支持企业做大做强。（牵头单位：市工业和信息化局，责任单位：市发展改革委、市财政局）
2.扶持中小企业。完善服务体系。（牵头单位：市科技局；配合单位：市市场监管局、各区、县级市）
（二）优化发展环境。落实政策。（牵头单位：市商务局）
本意见自2031年3月1日起实施，有效期5年。
";

#[test]
fn municipal_opinion() {
    let r = record(MUNICIPAL);
    assert_eq!(
        r["heading"],
        "某某市人民政府办公室关于推进某某产业高质量发展的实施意见"
    );
    let resp = r["responsible"].as_array().unwrap();
    let got: Vec<(Vec<&str>, Vec<&str>, Vec<&str>)> = resp
        .iter()
        .map(|x| (strs(&x["units"]), strs(&x["lead"]), strs(&x["path"])))
        .collect();
    assert_eq!(
        got,
        [
            (
                vec!["市工业和信息化局", "市发展改革委", "市财政局"],
                vec!["市工业和信息化局"],
                vec!["二、", "（一）", "1."]
            ),
            (
                vec!["市科技局", "市市场监管局", "各区、县级市"],
                vec!["市科技局"],
                vec!["二、", "（一）", "2."]
            ),
            (vec!["市商务局"], vec!["市商务局"], vec!["二、", "（二）"]),
        ]
    );
    // 到“十四五”末 is 2025; 力争 with the metric left out; a later sentence
    // still reaches; 利用3—5年时间 starts another time frame.
    let got: Vec<(i64, &str, &str)> = r["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["deadline"].as_i64().unwrap(),
                t["metric"].as_str().unwrap(),
                t["amount"]["text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (2025, "全市某某企业", "300家"),
            (2025, "全市某某企业", "350家"),
            (2025, "某某产业营业收入", "800亿元"),
        ]
    );
    // 起实施 with a validity of five years.
    let e = &r["effective"][0];
    assert_eq!(e["text"], "自2031年3月1日起实施，有效期5年");
    assert_eq!(e["date"]["value"], "2031-03-01");
    assert_eq!(e["document"], Value::Null);
    assert_eq!(e["until"]["kind"], "duration");
    assert_eq!(e["until"]["text"], "5年");
}

/// SYNTHETIC 印发 notice with an attached 办法.
const NOTICE: &str = "某某省人民政府办公厅关于印发某某省某某资金
管理办法的通知
某政办发〔2032〕9号
各市人民政府，省政府各部门：
《某某省某某资金管理办法》已经省政府同意，现印发给你们，请认真贯彻执行。

某某省人民政府办公厅
2032年1月10日
附件：1.某某省某某资金管理办法
      2.某某资金申报表
某某省某某资金管理办法
第一章  总  则
第一条为规范某某资金管理，制定本办法。
第二条　资金用于：
（一）支持创新平台；
（二）支持人才引进。
第二章　附　则
第三条　本办法2032年2月1日起全面施行，有效期至2036年12月31日。
抄送：省委各部门。
某某省人民政府办公厅                2032年1月10日印发
";

#[test]
fn notice_with_attached_measure() {
    let r = record(NOTICE);
    assert_eq!(
        r["heading"],
        "某某省人民政府办公厅关于印发某某省某某资金管理办法的通知"
    );
    // The notice's own signature, before the attachment.
    assert_eq!(strs(&r["issuer"]["name"]), ["某某省人民政府办公厅"]);
    assert_eq!(r["issuer"]["date"]["value"], "2032-01-10");
    // The outline: chapters and articles; the attachment list and the （一）
    // items inside 第二条 are not headings.
    fn walk(v: &Value, out: &mut Vec<(i64, String, String)>) {
        for n in v.as_array().unwrap() {
            out.push((
                n["level"].as_i64().unwrap(),
                n["marker"].as_str().unwrap().to_string(),
                n["title"].as_str().unwrap().to_string(),
            ));
            walk(&n["children"], out);
        }
    }
    let mut got = Vec::new();
    walk(&r["outline"], &mut got);
    let want: Vec<(i64, String, String)> = [
        (1, "第一章", "总  则"),
        (2, "第一条", "为规范某某资金管理，制定本办法"),
        (2, "第二条", "资金用于："),
        (1, "第二章", "附　则"),
        (
            2,
            "第三条",
            "本办法2032年2月1日起全面施行，有效期至2036年12月31日",
        ),
    ]
    .iter()
    .map(|(l, m, t)| (*l, m.to_string(), t.to_string()))
    .collect();
    assert_eq!(got, want);
    // 起全面施行 with an end of validity date.
    let e = &r["effective"][0];
    assert_eq!(e["text"], "2032年2月1日起全面施行，有效期至2036年12月31日");
    assert_eq!(e["document"], "某某省某某资金管理办法");
    assert_eq!(e["until"]["value"], "2036-12-31");
}
