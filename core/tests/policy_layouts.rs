//! Classes of layout the held-out slices keep showing (issue #11), each in
//! a short SYNTHETIC document (made-up text, not crawled): page numbers a
//! PDF conversion left in the text (alone on a line, glued to a line's end,
//! `— 3 —` between a signature and its date), titles wrapped over two or
//! three lines with an issuer line above them, signatures of several bodies
//! on one line without spaces or on lines of their own without a date,
//! recipients lines stored without their colon or closed by the ratio sign,
//! frameworks of several quoted labels or of dash-joined members, and
//! effective phrases with 起实行 or an end date after the comma. The
//! expected values were written from docs/policy.md before the run.

use serde_json::Value;
use shuzi::json::OffsetUnit;
use shuzi::policy::{parse, PolicyRecord};
use shuzi::Config;

fn record(text: &str) -> Value {
    let p = parse(text, &Config::default());
    serde_json::to_value(PolicyRecord::new(&p, text, OffsetUnit::CodePoints)).expect("serializes")
}

fn list<'a>(r: &'a Value, key: &str) -> &'a [Value] {
    r[key].as_array().map_or(&[], Vec::as_slice)
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// The issuer as (names, date value).
fn issuer(r: &Value) -> Option<(Vec<&str>, Option<&str>)> {
    (!r["issuer"].is_null()).then(|| {
        (
            strs(&r["issuer"]["name"]),
            r["issuer"]["date"]["value"].as_str(),
        )
    })
}

fn recipients(r: &Value) -> Vec<&str> {
    list(r, "recipients")
        .iter()
        .filter_map(|x| x["text"].as_str())
        .collect()
}

/// (marker, title) of each heading of the outline, depth first.
fn outline(r: &Value) -> Vec<(&str, &str)> {
    fn walk<'a>(v: &'a [Value], out: &mut Vec<(&'a str, &'a str)>) {
        for h in v {
            out.push((
                h["marker"].as_str().unwrap_or(""),
                h["title"].as_str().unwrap_or(""),
            ));
            walk(list(h, "children"), out);
        }
    }
    let mut out = Vec::new();
    walk(list(r, "outline"), &mut out);
    out
}

type FrameRow<'a> = (&'a str, Option<u64>, Option<Vec<&'a str>>);

/// (label, count, members) of each framework.
fn frameworks(r: &Value) -> Vec<FrameRow<'_>> {
    list(r, "frameworks")
        .iter()
        .map(|x| {
            (
                x["label"].as_str().unwrap(),
                x["count"].as_u64(),
                x["members"]
                    .as_array()
                    .map(|m| m.iter().filter_map(Value::as_str).collect()),
            )
        })
        .collect()
}

/// (text, date value, document, until text) of an effective phrase.
type EffectiveRow<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);

fn effective(r: &Value) -> Vec<EffectiveRow<'_>> {
    list(r, "effective")
        .iter()
        .map(|x| {
            (
                x["text"].as_str().unwrap(),
                x["date"]["value"].as_str(),
                x["document"].as_str(),
                x["until"]["text"].as_str(),
            )
        })
        .collect()
}

/// Page numbers of a PDF conversion: alone on a line (`-1-`), glued to a
/// heading line's end (`-2-`), and `— 3 —` between the signing body and
/// its date. None is part of a title, and the signature still reads.
#[test]
fn page_numbers_left_by_a_pdf_conversion() {
    let t = "某县人民政府办公室关于进一步加强城乡供水安全保障工作的通知\n\n\
             各乡镇人民政府，县政府各部门：\n\n\
             为保障城乡供水安全，现将有关事项通知如下。\n\n\
             一、压实管理责任\n\n各乡镇要落实供水安全属地责任。\n\n-1-\n\n\
             二、加强水质监测-2-\n\n县水利局要加密水质检测频次。\n\n\
             三、做好应急准备\n\n各单位要备足应急物资。\n\n\
             某县人民政府办公室\n\n— 3 —\n\n2031年3月5日\n";
    let r = record(t);
    assert_eq!(
        r["heading"],
        "某县人民政府办公室关于进一步加强城乡供水安全保障工作的通知"
    );
    assert_eq!(recipients(&r), ["各乡镇人民政府，县政府各部门"]);
    assert_eq!(
        outline(&r),
        [
            ("一、", "压实管理责任"),
            ("二、", "加强水质监测"),
            ("三、", "做好应急准备")
        ]
    );
    assert_eq!(
        issuer(&r),
        Some((vec!["某县人民政府办公室"], Some("2031-03-05")))
    );
    assert_eq!(r["level"], "county");

    // A page number between the closing sentence and the signature, and
    // one glued to the date line's end.
    let t = "关于做好某县防汛工作的通知\n\n一、压实防汛责任。\n\n二、做好应急值守。\n\n\
             特此通知。\n\n-4-\n\n某县防汛抗旱指挥部办公室\n\n2031年6月2日-5-\n";
    let r = record(t);
    assert_eq!(
        issuer(&r),
        Some((vec!["某县防汛抗旱指挥部办公室"], Some("2031-06-02")))
    );
}

/// A title wrapped over three lines, the break inside its 《》 name, under
/// a notice signed by two bodies of one place whose spaces were lost; and
/// an issuer line above a title wrapped over two lines (three in all),
/// joined into the heading.
#[test]
fn wrapped_titles_and_an_issuer_line_above_the_title() {
    let t = "关于印发《某市推进\n城市更新行动\n实施方案》的通知\n\n各区人民政府：\n\n\
             现将《某市推进城市更新行动实施方案》印发给你们，请认真贯彻执行。\n\n\
             中共某市委办公室某市人民政府办公室\n\n2031年2月3日\n";
    let r = record(t);
    assert_eq!(
        r["heading"],
        "关于印发《某市推进城市更新行动实施方案》的通知"
    );
    assert_eq!(recipients(&r), ["各区人民政府"]);
    assert_eq!(
        issuer(&r),
        Some((
            vec!["中共某市委办公室", "某市人民政府办公室"],
            Some("2031-02-03")
        ))
    );
    assert_eq!(r["form"], "通知");
    assert_eq!(r["attachment_form"], "实施方案");

    let t = "某某县人民政府\n关于调整某某县城区公共租赁\n住房租金标准的批复\n\
             某府函〔2031〕12号\n县住房和城乡建设局：\n\
             你局《关于调整公共租赁住房租金标准的请示》收悉。经研究，批复如下。\n\
             一、同意调整。\n某某县人民政府\n2031年5月6日\n";
    let r = record(t);
    assert_eq!(
        r["heading"],
        "某某县人民政府关于调整某某县城区公共租赁住房租金标准的批复"
    );
    assert_eq!(recipients(&r), ["县住房和城乡建设局"]);
    assert_eq!(r["form"], "批复");
    assert_eq!(r["level"], "county");
    assert_eq!(
        issuer(&r),
        Some((vec!["某某县人民政府"], Some("2031-05-06")))
    );
}

/// A masthead (`…文件`), its document number and the rule under it above
/// the title: none is part of the heading.
#[test]
fn a_masthead_and_its_rule_above_the_title() {
    let t = "某县人民政府办公室文件\n\n某府办发〔2031〕3号\n\n━━━━━━━━━━━━━━━━\n\n\
             关于做好某项工作的通知\n\n各乡镇人民政府：\n\n为做好某项工作，现通知如下。\n\n\
             一、加强领导。\n\n某县人民政府办公室\n\n2031年3月5日\n";
    let r = record(t);
    assert_eq!(r["heading"], "关于做好某项工作的通知");
    assert_eq!(recipients(&r), ["各乡镇人民政府"]);
    assert_eq!(
        issuer(&r),
        Some((vec!["某县人民政府办公室"], Some("2031-03-05")))
    );
}

/// Several bodies signing: on one line without spaces, a central body's
/// office among bodies of one county; and on lines of their own, blank
/// lines between, with no date line under them.
#[test]
fn several_bodies_on_one_line_or_on_lines_without_a_date() {
    let t = "关于进一步促进某县房地产市场平稳健康发展的若干措施\n\n\
             各乡镇人民政府，县直各单位：\n\n为促进房地产市场平稳健康发展，制定本措施。\n\n\
             一、支持刚性住房需求。\n\n\
             某县住房和城乡建设局某县财政局国家税务总局某县税务局\n\n2031年6月20日\n";
    let r = record(t);
    assert_eq!(
        issuer(&r),
        Some((
            vec![
                "某县住房和城乡建设局",
                "某县财政局",
                "国家税务总局某县税务局"
            ],
            Some("2031-06-20")
        ))
    );

    let t = "关于促进某县房地产市场平稳健康发展的通知\n\n各乡镇人民政府：\n\n\
             一、支持合理住房消费。\n\n二、本通知由县住房和城乡建设局负责解释。\n\n\
             某县住房和城乡建设局\n\n某县财政局\n\n某县自然资源和规划局\n\n\
             国家税务总局某县税务局\n\n某市住房公积金中心某县办事处\n";
    let r = record(t);
    assert_eq!(
        issuer(&r),
        Some((
            vec![
                "某县住房和城乡建设局",
                "某县财政局",
                "某县自然资源和规划局",
                "国家税务总局某县税务局",
                "某市住房公积金中心某县办事处"
            ],
            None
        ))
    );
    assert_eq!(r["level"], "county");
    // Bodies listed with 、 on one line.
    let t = "关于某事项的通知\n\n各乡镇人民政府：\n\n一、做好某项工作。\n\n特此通知。\n\n\
             某县财政局、某县教育局、某县商务局\n\n2031年3月1日\n";
    assert_eq!(
        issuer(&record(t)),
        Some((
            vec!["某县财政局", "某县教育局", "某县商务局"],
            Some("2031-03-01")
        ))
    );
    // The date glued to the bodies, the space lost.
    let t = "关于某事项的通知\n\n各乡镇人民政府：\n\n一、做好某项工作。\n\n特此通知。\n\n\
             某县财政局某县教育局2031年3月1日\n";
    assert_eq!(
        issuer(&record(t)),
        Some((vec!["某县财政局", "某县教育局"], Some("2031-03-01")))
    );
    // One body alone with no date stays no issuer.
    let t = "关于某事项的通知\n\n各乡镇人民政府：\n\n一、做好某项工作。\n\n某县财政局\n";
    assert_eq!(issuer(&record(t)), None);
}

/// Recipients stored without their colon under the heading, or closed by
/// the ratio sign a PDF conversion writes for it.
#[test]
fn recipients_without_a_colon_or_with_the_ratio_sign() {
    let t = "关于优化某县住房公积金使用政策的通知\n\
             各乡镇人民政府，县直各单位，各有关单位\n\
             为支持缴存职工住房消费，现通知如下。\n一、提高贷款额度。\n";
    let r = record(t);
    assert_eq!(r["heading"], "关于优化某县住房公积金使用政策的通知");
    assert_eq!(recipients(&r), ["各乡镇人民政府，县直各单位，各有关单位"]);
    // Parted by 、 only.
    let t = "关于优化某县住房公积金使用政策的通知\n\
             各乡镇人民政府、县直各单位\n\
             为支持缴存职工住房消费，现通知如下。\n一、提高贷款额度。\n";
    assert_eq!(recipients(&record(t)), ["各乡镇人民政府、县直各单位"]);
    // Not a sentence's first clause nor a line of words that are no bodies.
    let t = "关于优化某县住房公积金使用政策的通知\n\
             为支持缴存职工住房消费，结合实际\n现通知如下。\n";
    assert!(recipients(&record(t)).is_empty());

    let t = "某市住房公积金管理委员会关于调整住房公积金使用政策的通知\n\
             某市住房公积金中心及各县(市、区)办事处,各有关单位\u{2236}\n\
             为支持住房消费,现将有关事项通知如下。\n\
             一、本通知自2031年10月8日起实行,以前规定与本通知不一致的,以本通知为准。\n";
    let r = record(t);
    assert_eq!(
        recipients(&r),
        ["某市住房公积金中心及各县(市、区)办事处,各有关单位"]
    );
    assert_eq!(
        effective(&r),
        [("自2031年10月8日起实行", Some("2031-10-08"), None, None)]
    );
}

/// Frameworks of several quoted labels side by side and of members joined
/// by dashes before the label.
#[test]
fn frameworks_of_several_labels_and_of_dash_joined_members() {
    let t = "关于做好某县春耕工作的通知\n\n各乡镇人民政府：\n\n\
             一、落实“三保障”“两不愁”要求。\n\n\
             二、推进水—路—电—网“四网融合”建设。\n\n\
             三、实施“五个一”工程，即一个规划、一个团队、一个平台、一套制度、一批项目。\n\n\
             特此通知。\n\n某县农业农村局\u{3000}某县财政局\u{3000}某县水利局\n\n2031年3月1日\n";
    let r = record(t);
    assert_eq!(
        frameworks(&r),
        [
            ("三保障", Some(3), None),
            ("两不愁", Some(2), None),
            ("四网融合", Some(4), Some(vec!["水", "路", "电", "网"])),
            (
                "五个一",
                Some(5),
                Some(vec![
                    "一个规划",
                    "一个团队",
                    "一个平台",
                    "一套制度",
                    "一批项目"
                ])
            ),
        ]
    );
    assert_eq!(
        issuer(&r),
        Some((
            vec!["某县农业农村局", "某县财政局", "某县水利局"],
            Some("2031-03-01")
        ))
    );
    // Spaces a conversion set around the dashes.
    let t = "一、坚持人 — 房 — 钱 — 地“四位一体”联动。\n";
    assert_eq!(
        frameworks(&record(t)),
        [("四位一体", Some(4), Some(vec!["人", "房", "钱", "地"]))]
    );
}

/// Effective phrases: an end date after the comma with 至 and 自动废止, a
/// validity before the phrase, the text naming itself with its kind in 《》.
#[test]
fn effective_phrases_with_an_end_after_the_comma() {
    let t = "关于促进某县房地产市场平稳健康发展的通知\n\n各乡镇人民政府：\n\n\
             一、支持合理住房消费。\n\n\
             二、本《通知》有效期一年,自2031年7月1日起执行,至2032年6月30日自动废止。\n\n\
             某县住房和城乡建设局\n\n某县财政局\n";
    let r = record(t);
    assert_eq!(
        effective(&r),
        [(
            "自2031年7月1日起执行,至2032年6月30日",
            Some("2031-07-01"),
            None,
            Some("2032年6月30日")
        )]
    );
    assert_eq!(
        issuer(&r),
        Some((vec!["某县住房和城乡建设局", "某县财政局"], None))
    );

    // Lines wrapped by a PDF conversion inside the phrase.
    let t = "关于某事项的通知\n各乡镇人民政府：\n一、做好某项工作。本通知自2031年7月1日起\n\
             施行，有效期至2033年6月30日。\n二、本细则自印发之日\n起实施。\n";
    assert_eq!(
        effective(&record(t)),
        [
            (
                "自2031年7月1日起\n施行，有效期至2033年6月30日",
                Some("2031-07-01"),
                None,
                Some("2033年6月30日")
            ),
            ("自印发之日\n起实施", None, None, None),
        ]
    );

    // A copy stored from its recipients on, issuing 措施: 本通知 at the end
    // of the measures names the notice, not the measures.
    let t = "各乡镇人民政府，县直各部门：
             《某县稳定住房消费八条措施》已经县政府同意，现印发给你们，请认真贯彻落实。

             某县人民政府办公室
2031年3月2日

             某县稳定住房消费八条措施
             第一条支持合理住房消费。
             本通知自印发之日起施行，有效期至2031年12月31日。
";
    assert_eq!(
        effective(&record(t)),
        [(
            "自印发之日起施行，有效期至2031年12月31日",
            None,
            None,
            Some("2031年12月31日")
        )]
    );
    // The measures naming themselves take the measures' title.
    let t = t.replace("本通知自", "本措施自");
    assert_eq!(
        effective(&record(&t)),
        [(
            "自印发之日起施行，有效期至2031年12月31日",
            None,
            Some("某县稳定住房消费八条措施"),
            Some("2031年12月31日")
        )]
    );
}
