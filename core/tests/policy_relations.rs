//! The `relation` of a reference (docs/policy.md, `references`) on
//! sentences written for this test: basis (根据 依据 依照 按照 遵照 贯彻落实
//! 为贯彻落实), issues (印发 转发 in the document's own act), replaces (废止
//! 同时废止 不再执行 停止执行 替代 代替), else cites. All texts are SYNTHETIC.

use shuzi::policy::{parse, Relation};
use shuzi::Config;

/// (title, document number, relation) of each reference of `body` inside a
/// signed, addressed notice.
fn refs(body: &str) -> Vec<(String, Option<String>, Relation)> {
    let text = format!(
        "某市人民政府关于某某的通知\n某政发〔2024〕1号\n各区县人民政府：\n{body}\n某市人民政府\n2024年1月5日\n"
    );
    let p = parse(&text, &Config::default());
    p.references
        .iter()
        .map(|r| {
            (
                r.title.clone().unwrap_or_default(),
                r.doc_number.map(|d| text[d.range()].to_string()),
                r.relation,
            )
        })
        .collect()
}

fn one(
    title: &str,
    number: Option<&str>,
    relation: Relation,
) -> (String, Option<String>, Relation) {
    (title.to_string(), number.map(str::to_string), relation)
}

#[test]
fn basis_words() {
    use Relation::Basis;
    assert_eq!(
        refs("根据《某某法》和《某某条例》，结合我市实际，制定本办法。"),
        [one("某某法", None, Basis), one("某某条例", None, Basis)]
    );
    assert_eq!(
        refs("按照《某省人民政府关于某某的意见》（某政发〔2022〕3号）要求，现就有关事项通知如下。"),
        [one(
            "某省人民政府关于某某的意见",
            Some("某政发〔2022〕3号"),
            Basis
        )]
    );
    assert_eq!(
        refs("依照《中华人民共和国某某法》第十条规定执行。"),
        [one("中华人民共和国某某法", None, Basis)]
    );
    assert_eq!(
        refs("为贯彻落实《国务院关于某某的意见》精神，制定本方案。"),
        [one("国务院关于某某的意见", None, Basis)]
    );
    // Another body's issuing inside the basis phrase stays basis.
    assert_eq!(
        refs("根据国务院办公厅印发的《某某方案》，结合实际制定本方案。"),
        [one("某某方案", None, Basis)]
    );
    assert_eq!(
        refs("遵照《某某规定》办理。"),
        [one("某某规定", None, Basis)]
    );
    // A number alone is a reference too.
    assert_eq!(
        refs("依据国发〔2020〕5号文件精神，制定本办法。"),
        [one("", Some("国发〔2020〕5号"), Basis)]
    );
}

#[test]
fn issuing_words() {
    use Relation::{Cites, Issues};
    assert_eq!(
        refs("现将《某市某某实施方案》印发给你们，请认真贯彻执行。"),
        [one("某市某某实施方案", None, Issues)]
    );
    assert_eq!(
        refs("经市政府同意，现将《某某办法》转发给你们，请遵照执行。"),
        [one("某某办法", None, Issues)]
    );
    // Another body's act reported is read by the verb too (corpus/ANNOTATION.md,
    // slice 10: `党中央、国务院印发《…》` issues); printed by it (`印发的`), the
    // document takes no relation of its own.
    assert_eq!(
        refs("国务院印发了《某某规划》，对某某作出部署。"),
        [one("某某规划", None, Issues)]
    );
    assert_eq!(
        refs("国务院印发的《某某规划》对某某作出部署。"),
        [one("某某规划", None, Cites)]
    );
}

#[test]
fn replacing_words() {
    use Relation::{Cites, Replaces};
    assert_eq!(
        refs("本办法自2024年1月1日起施行，《某市某某暂行办法》（某政发〔2018〕5号）同时废止。"),
        [one("某市某某暂行办法", Some("某政发〔2018〕5号"), Replaces)]
    );
    assert_eq!(
        refs("原《某某办法》（某政办〔2020〕1号）不再执行。"),
        [one("某某办法", Some("某政办〔2020〕1号"), Replaces)]
    );
    assert_eq!(
        refs("本办法施行后，《某某规定》停止执行。"),
        [one("某某规定", None, Replaces)]
    );
    assert_eq!(
        refs("《某某通知》（某政〔2019〕3号）自本办法施行之日起废止。"),
        [one("某某通知", Some("某政〔2019〕3号"), Replaces)]
    );
    for verb in ["替代", "代替"] {
        assert_eq!(
            refs(&format!("本办法{verb}《某某办法》（某政〔2019〕2号）。")),
            [one("某某办法", Some("某政〔2019〕2号"), Replaces)],
            "{verb}"
        );
    }
    // Without a word of these: cited (参照 is no basis word, docs/policy.md).
    assert_eq!(
        refs("各地要认真执行《某某条例》。"),
        [one("某某条例", None, Cites)]
    );
    assert_eq!(
        refs("参照《某某办法》执行。"),
        [one("某某办法", None, Cites)]
    );
}

#[test]
fn the_rarer_issuing_verbs_of_a_heading() {
    // The heading's own act: 颁布, 下发, 批转 issue the document they name,
    // as 印发 does (the same verbs give `attachment_form`).
    for verb in ["印发", "颁布", "下发", "批转", "颁发", "印送"] {
        let text = format!(
            "某市人民政府关于{verb}《某市某某规定》的通知\n某政发〔2024〕1号\n各区县人民政府：\n《某市某某规定》已经市政府同意，请认真贯彻执行。\n某市人民政府\n2024年1月5日\n"
        );
        let p = parse(&text, &Config::default());
        assert_eq!(
            p.references[0].title.as_deref(),
            Some("某市某某规定"),
            "{verb}"
        );
        assert_eq!(p.references[0].relation, Relation::Issues, "{verb}");
        assert_eq!(
            (p.form, p.attachment_form),
            (Some("通知"), Some("规定")),
            "{verb}"
        );
    }
    // Another body's act is read by the verb as well (corpus/ANNOTATION.md,
    // slice 10).
    assert_eq!(
        refs("国务院颁布《某某条例》以来，各地认真贯彻。"),
        [one("某某条例", None, Relation::Issues)]
    );
}
