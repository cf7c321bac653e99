//! SPEC 2's structure rules on short SYNTHETIC documents in the layouts of
//! real ones (an order that publishes a 办法 after its signature, a notice
//! that opens at its recipients): the bodies and names are invented.

use serde_json::Value;
use shuzi::json::OffsetUnit;
use shuzi::policy::{parse, PolicyRecord};
use shuzi::Config;

fn record(text: &str) -> Value {
    let p = parse(text, &Config::default());
    serde_json::to_value(PolicyRecord::new(&p, text, OffsetUnit::CodePoints)).expect("serializes")
}

/// Text, date text, document, until text.
type Phrase = (String, Option<String>, Option<String>, Option<String>);

/// Each effective phrase.
fn effective(r: &Value) -> Vec<Phrase> {
    let s = |v: &Value| v.as_str().map(str::to_string);
    r["effective"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["text"].as_str().unwrap().to_string(),
                s(&e["date"]["text"]),
                s(&e["document"]),
                s(&e["until"]["text"]),
            )
        })
        .collect()
}

#[test]
fn an_order_publishes_the_measure_after_its_signature() {
    let text = "某省人民政府令\n第100号\n《某省某某管理实施办法》已经省政府常务会议审议通过，现予公布，自2030年5月1日起施行。\n省长 某某\n2030年3月1日\n某省某某管理实施办法\n第一条 为了规范管理，制定本办法。\n第二条 本办法自2030年5月1日起施行。\n";
    let got = effective(&record(text));
    let name = Some("某省某某管理实施办法".to_string());
    let date = Some("2030年5月1日".to_string());
    assert_eq!(
        got,
        [
            (
                "自2030年5月1日起施行".to_string(),
                date.clone(),
                name.clone(),
                None
            ),
            ("自2030年5月1日起施行".to_string(), date, name, None),
        ]
    );
}

#[test]
fn a_notice_that_opens_at_its_recipients() {
    let text = "各区人民政府：\n现将《某市促进某某若干措施》印发给你们，请认真贯彻执行。\n某市人民政府办公厅\n2030年3月1日\n（此件公开发布）\n某市促进某某若干措施\n一、加大补贴。\n本措施自发布之日起30日后施行，实施期限至2031年12月31日。\n";
    let r = record(text);
    assert!(r["heading"].is_null());
    assert_eq!(r["recipients"][0]["text"], "各区人民政府");
    assert_eq!(
        effective(&r),
        [(
            "自发布之日起30日后施行，实施期限至2031年12月31日".to_string(),
            None,
            Some("某市促进某某若干措施".to_string()),
            Some("2031年12月31日".to_string())
        )]
    );
}

#[test]
fn an_attached_measure_named_with_a_trailing_note() {
    // The attachment's title ends in a note after its type word (`(暂行)`):
    // still the document that 本办法 of its articles names.
    let text = "各县人民政府：\n《某市某某实施办法(暂行)》已经市政府研究同意，现印发给你们。\n某市人民政府办公室\n2030年5月7日\n某市某某实施办法(暂行)\n第一条 为了规范管理，制定本办法。\n第二条 本办法自印发之日起施行，有效期为3年。\n";
    let got = effective(&record(text));
    assert_eq!(
        got,
        [(
            "自印发之日起施行，有效期为3年".to_string(),
            None,
            Some("某市某某实施办法(暂行)".to_string()),
            Some("3年".to_string())
        )]
    );
}

#[test]
fn a_year_before_the_signature_is_a_result_not_a_target() {
    let text = "某省人民政府关于印发某某规划的通知\n各市人民政府：\n现将《某某规划》印发给你们。\n某省人民政府\n2030年12月15日\n某某规划\n一、发展基础\n至2029年底，全省网民数达到6.88亿。\n二、发展目标\n到2035年，全省网民数达到8亿。\n";
    let r = record(text);
    let targets: Vec<(i64, &str)> = r["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["deadline"].as_i64().unwrap(),
                t["amount"]["text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(targets, [(2035, "8亿")]);
}
