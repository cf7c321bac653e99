//! Whole documents written for this test (SYNTHETIC, not crawled) in the
//! shapes held-out real documents take and the other written tests do not
//! cover: an issuing notice under a red-letter line with a wrapped title and
//! an attachment with its own outline, a regulation with chapters, sections
//! and articles of several paragraphs under a line of revision, an opinion
//! with frameworks and goals among past figures and grants, a reply, and a
//! tax announcement. Every field is read from docs/policy.md.

use serde_json::Value;
use shuzi::json::OffsetUnit;
use shuzi::policy::{parse, PolicyRecord};
use shuzi::Config;

fn written(text: &str) -> Value {
    let p = parse(text, &Config::default());
    serde_json::to_value(PolicyRecord::new(&p, text, OffsetUnit::CodePoints)).expect("serializes")
}

const NOTICE: &str = "宜昌市人民政府文件
宜府发〔2024〕7号
宜昌市人民政府关于印发宜昌市推动大规模设备更新和
消费品以旧换新实施方案的通知
各县市区人民政府，宜昌高新区管委会，市政府各部门：
为贯彻落实《国务院关于印发〈推动大规模设备更新和消费品以旧换新行动方案〉的通知》（国发〔2024〕7号）精神，现将《宜昌市推动大规模设备更新和消费品以旧换新实施方案》印发给你们，请认真抓好落实。
宜昌市人民政府
2024年5月10日
附件
宜昌市推动大规模设备更新和消费品以旧换新实施方案
一、总体要求
到2027年，全市工业、农业、建筑、交通、教育、文旅、医疗等领域设备投资规模较2023年增长25%以上。
二、重点任务
（一）实施设备更新行动
1.推进重点行业设备更新。对符合条件的项目按每台设备补助5000元。（责任单位：市经济和信息化局）
2.加快建筑和市政基础设施领域设备更新。（责任单位：市住房和城乡建设局）
（二）实施消费品以旧换新行动
三、保障措施
本方案自印发之日起施行，有效期至2027年12月31日。《宜昌市促进汽车消费若干措施》（宜府办发〔2022〕3号）同时废止。
";

const LAW: &str = "江西省数据条例
（2022年9月28日江西省第十三届人民代表大会常务委员会第三十五次会议通过　2024年11月27日江西省第十四届人民代表大会常务委员会第十三次会议修订）
第一章　总　则
第一条　为了规范数据处理活动，促进数据依法有序流动，根据《中华人民共和国数据安全法》等法律、行政法规，结合本省实际，制定本条例。
第二条　本省行政区域内的数据处理活动及其安全监督管理，适用本条例。
法律、行政法规另有规定的，从其规定。
第二章　数据资源
第一节　公共数据
第三条　县级以上人民政府应当建立公共数据资源目录，并实行动态管理。
第二节　企业数据
第四条　鼓励企业开展数据资产登记。
第三章　附　则
第五条　本条例自2025年3月1日起施行。2019年1月1日起施行的《江西省公共数据管理办法》同时废止。
";

const OPINION: &str = "宜昌市人民政府关于加快构建“1+N”政策体系推动高质量发展的实施意见
宜府发〔2024〕12号
各县市区人民政府，市政府各部门：
一、总体要求
构建“一核两翼”发展格局，统筹推进“两新一重”建设。围绕“四个方面”重点工作，即稳增长、调结构、促改革、惠民生，加快构建政策体系。
到2027年，全市地区生产总值达到1.2万亿元左右，规模以上工业企业数量、高新技术企业数量分别达到5000家、3000家；力争新增上市公司10家以上。2023年，全市已累计建成5G基站2.1万个。
二、保障措施
（一）加大资金支持。市财政每年安排专项资金2亿元，对新认定的国家级企业技术中心给予一次性奖励100万元。（责任单位：市财政局、市经济和信息化局）
（二）推行“一企一策”。对重点企业实行“一企一策”精准服务。
本意见自2024年5月1日起施行，有效期5年。原《宜昌市人民政府关于促进工业稳增长的若干意见》（宜府发〔2019〕8号）同时废止。
宜昌市人民政府
2024年4月1日
";

const REPLY: &str = "宜昌市人民政府关于同意设立宜昌高新区白洋工业园的批复
宜府函〔2024〕15号
宜昌高新区管委会：
你委《关于申请设立白洋工业园的请示》（宜高新文〔2024〕3号）收悉。经研究，现批复如下：
一、同意设立宜昌高新区白洋工业园。
二、请你委按照《宜昌市开发区管理办法》要求，抓好园区规划建设。
宜昌市人民政府
2024年6月3日
";

const NOTICE_TAX: &str = "国家税务总局湖北省税务局关于延续实施小微企业税费优惠政策的公告
国家税务总局湖北省税务局公告2024年第2号
为贯彻落实《财政部 税务总局关于进一步支持小微企业和个体工商户发展有关税费政策的公告》（财政部 税务总局公告2023年第12号），现将有关事项公告如下：
一、对小型微利企业减按25%计算应纳税所得额，按20%的税率缴纳企业所得税。
二、本公告自2024年1月1日起执行，至2027年12月31日止。
特此公告。
国家税务总局湖北省税务局
2024年2月1日
";

const TWO_ATTACHMENTS: &str = "宜昌市人民政府办公室关于印发《宜昌市促进民营经济发展若干措施》和
《宜昌市民营企业梯度培育行动计划》的通知
宜府办发〔2024〕21号
各县市区人民政府，市政府各部门：
经市人民政府同意，现将《宜昌市促进民营经济发展若干措施》《宜昌市民营企业梯度培育行动计划》印发给你们，请结合实际认真贯彻执行。
宜昌市人民政府办公室
2024年8月2日
附件1
宜昌市促进民营经济发展若干措施
一、降低经营成本
对年度纳税额首次超过1000万元的民营企业，给予一次性奖励20万元。（责任单位：市财政局）
二、附则
本措施自2024年9月1日起实施，有效期3年。
附件2
宜昌市民营企业梯度培育行动计划
一、工作目标
到2026年，全市累计培育专精特新中小企业300家左右、省级以上专精特新“小巨人”企业30家。
";

const EFFECTS: &str = "宜昌市人民政府关于进一步规范行政规范性文件管理的通知
各县市区人民政府：
一、本通知自2024年3月1日起施行，2026年2月28日废止。
二、本办法自发布之日起实施，有效期至2029年6月30日。
三、本规定自2025年1月1日起执行，施行期限3年。
";

type TitleRow = ((i64, i64), String, Option<String>, bool, Option<String>);
type RefRow = ((i64, i64), Option<String>, Option<String>, String);
type EffRow = (
    String,
    Option<String>,
    Option<String>,
    Option<(String, String)>,
);
type TargetRow = (String, i64, String, String, String, String, String);
type RespRow<'a> = (&'a str, Vec<&'a str>, Vec<&'a str>, Vec<&'a str>);
type NodeRow = (usize, i64, String, Option<i64>, String);
type FrameworkRow<'a> = (String, (i64, i64), Option<i64>, Option<Vec<&'a str>>);
type CountRow = (String, (i64, i64), Option<i64>, bool);
type ClauseRow = (String, Vec<String>, Vec<i64>, Vec<i64>);

/// The code-point span of the `nth` (from 0) `needle` in `text`.
fn span(text: &str, needle: &str, nth: usize) -> (i64, i64) {
    let at = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle} #{nth} in the text"))
        .0;
    let start = text[..at].chars().count() as i64;
    (start, start + needle.chars().count() as i64)
}

/// The code-point span of the `nth` (from 0) `《name》` in `text`.
fn named(text: &str, name: &str, nth: usize) -> (i64, i64) {
    span(text, &format!("《{name}》"), nth)
}

fn place(v: &Value) -> (i64, i64) {
    (v["start"].as_i64().unwrap(), v["end"].as_i64().unwrap())
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn list<'a>(r: &'a Value, key: &str) -> &'a Vec<Value> {
    r[key].as_array().expect("a list")
}

/// (text, prefix, year, serial) of each document number.
fn numbers(r: &Value) -> Vec<(String, String, i64, i64)> {
    list(r, "doc_numbers")
        .iter()
        .map(|d| {
            (
                d["text"].as_str().unwrap().to_string(),
                d["prefix"].as_str().unwrap().to_string(),
                d["year"].as_i64().unwrap(),
                d["serial"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn number(text: &str, prefix: &str, year: i64, serial: i64) -> (String, String, i64, i64) {
    (text.to_string(), prefix.to_string(), year, serial)
}

/// (span, name, doc_type, trial, alias) of each title.
fn titles(r: &Value) -> Vec<TitleRow> {
    list(r, "titles")
        .iter()
        .map(|t| {
            (
                place(t),
                t["name"].as_str().unwrap().to_string(),
                t["doc_type"].as_str().map(str::to_string),
                t["trial"].as_bool().unwrap(),
                t["alias"].as_str().map(str::to_string),
            )
        })
        .collect()
}

/// (span, title, doc_number, relation) of each reference.
fn references(r: &Value) -> Vec<RefRow> {
    list(r, "references")
        .iter()
        .map(|x| {
            (
                place(x),
                x["title"].as_str().map(str::to_string),
                x["doc_number"].as_str().map(str::to_string),
                x["relation"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// (text, date value, document, until kind and text) of each effective phrase.
fn effective(r: &Value) -> Vec<EffRow> {
    list(r, "effective")
        .iter()
        .map(|e| {
            (
                e["text"].as_str().unwrap().to_string(),
                e["date"]["value"].as_str().map(str::to_string),
                e["document"].as_str().map(str::to_string),
                (!e["until"].is_null()).then(|| {
                    (
                        e["until"]["kind"].as_str().unwrap().to_string(),
                        e["until"]["text"].as_str().unwrap().to_string(),
                    )
                }),
            )
        })
        .collect()
}

/// (text, deadline, metric, amount text, amount value, bound, unit) of each target.
fn targets(r: &Value) -> Vec<TargetRow> {
    list(r, "targets")
        .iter()
        .map(|t| {
            let a = &t["amount"];
            (
                t["text"].as_str().unwrap().to_string(),
                t["deadline"].as_i64().unwrap(),
                t["metric"].as_str().unwrap().to_string(),
                a["text"].as_str().unwrap().to_string(),
                a["normalized"].as_str().unwrap().to_string(),
                a["bound"].as_str().unwrap().to_string(),
                a["unit"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn target(
    text: &str,
    deadline: i64,
    metric: &str,
    amount: &str,
    value: &str,
    bound: &str,
    unit: &str,
) -> TargetRow {
    (
        text.to_string(),
        deadline,
        metric.to_string(),
        amount.to_string(),
        value.to_string(),
        bound.to_string(),
        unit.to_string(),
    )
}

/// (text, units, lead, path) of each responsibility bracket.
fn responsible(r: &Value) -> Vec<RespRow<'_>> {
    list(r, "responsible")
        .iter()
        .map(|x| {
            (
                x["text"].as_str().unwrap(),
                strs(&x["units"]),
                strs(&x["lead"]),
                strs(&x["path"]),
            )
        })
        .collect()
}

/// The outline flattened: (depth, level, marker, number, title).
fn outline(r: &Value) -> Vec<NodeRow> {
    fn walk(v: &Value, depth: usize, out: &mut Vec<NodeRow>) {
        for n in v.as_array().unwrap() {
            out.push((
                depth,
                n["level"].as_i64().unwrap(),
                n["marker"].as_str().unwrap().to_string(),
                n["number"].as_i64(),
                n["title"].as_str().unwrap().to_string(),
            ));
            walk(&n["children"], depth + 1, out);
        }
    }
    let mut out = Vec::new();
    walk(&r["outline"], 0, &mut out);
    out
}

fn node(depth: usize, level: i64, marker: &str, number: i64, title: &str) -> NodeRow {
    (
        depth,
        level,
        marker.to_string(),
        Some(number),
        title.to_string(),
    )
}

/// (id, path, responsible, targets) of each clause.
fn clauses(r: &Value) -> Vec<ClauseRow> {
    list(r, "clauses")
        .iter()
        .map(|c| {
            let ints = |v: &Value| {
                v.as_array()
                    .unwrap()
                    .iter()
                    .map(|i| i.as_i64().unwrap())
                    .collect()
            };
            (
                c["id"].as_str().unwrap().to_string(),
                strs(&c["path"]).into_iter().map(str::to_string).collect(),
                ints(&c["responsible"]),
                ints(&c["targets"]),
            )
        })
        .collect()
}

fn clause(id: &str, path: &[&str], resp: &[i64], tgts: &[i64]) -> ClauseRow {
    (
        id.to_string(),
        path.iter().map(|p| p.to_string()).collect(),
        resp.to_vec(),
        tgts.to_vec(),
    )
}

/// The (category, tool, cue) candidates of clause `i`.
fn instruments(r: &Value, i: usize) -> Vec<(String, String, String)> {
    list(r, "clauses")[i]["instruments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["category"].as_str().unwrap().to_string(),
                x["tool"].as_str().unwrap().to_string(),
                x["cue"]["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn tool(category: &str, tool: &str, cue: &str) -> (String, String, String) {
    (category.to_string(), tool.to_string(), cue.to_string())
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
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

fn recipients(r: &Value) -> Vec<(&str, (i64, i64))> {
    list(r, "recipients")
        .iter()
        .map(|x| (x["text"].as_str().unwrap(), place(x)))
        .collect()
}

/// An issuing notice under a red-letter line, its title wrapped before its
/// last words, signed above an attachment (`附件` on a line of its own)
/// with its own outline, validity and repeal.
#[test]
fn an_issuing_notice_with_its_attachment() {
    let t = NOTICE;
    let r = written(t);
    let attached = "宜昌市推动大规模设备更新和消费品以旧换新实施方案";
    let basis = "国务院关于印发〈推动大规模设备更新和消费品以旧换新行动方案〉的通知";
    assert_eq!(
        r["heading"],
        "宜昌市人民政府关于印发宜昌市推动大规模设备更新和消费品以旧换新实施方案的通知"
    );
    assert_eq!(r["form"], "通知");
    assert_eq!(r["attachment_form"], "实施方案");
    assert_eq!(r["level"], "municipal");
    assert_eq!(
        numbers(&r),
        [
            number("宜府发〔2024〕7号", "宜府发", 2024, 7),
            number("国发〔2024〕7号", "国发", 2024, 7),
            number("宜府办发〔2022〕3号", "宜府办发", 2022, 3),
        ]
    );
    assert_eq!(
        titles(&r),
        [
            (named(t, basis, 0), basis.into(), s("通知"), false, None),
            (
                named(t, attached, 0),
                attached.into(),
                s("实施方案"),
                false,
                None
            ),
            (
                named(t, "宜昌市促进汽车消费若干措施", 0),
                "宜昌市促进汽车消费若干措施".into(),
                s("若干措施"),
                false,
                None
            ),
        ]
    );
    let (b, _) = named(t, basis, 0);
    let (_, be) = span(t, "（国发〔2024〕7号）", 0);
    let (o, _) = named(t, "宜昌市促进汽车消费若干措施", 0);
    let (_, oe) = span(t, "（宜府办发〔2022〕3号）", 0);
    assert_eq!(
        references(&r),
        [
            ((b, be), s(basis), s("国发〔2024〕7号"), "basis".into()),
            (named(t, attached, 0), s(attached), None, "issues".into()),
            (
                (o, oe),
                s("宜昌市促进汽车消费若干措施"),
                s("宜府办发〔2022〕3号"),
                "replaces".into()
            ),
        ]
    );
    // 本方案 after the signature is the attachment, named by its own title
    // line, not by the 附件 label above it.
    assert_eq!(
        effective(&r),
        [(
            "自印发之日起施行，有效期至2027年12月31日".into(),
            None,
            s(attached),
            Some(("date".into(), "2027年12月31日".into()))
        )]
    );
    assert_eq!(
        place(&list(&r, "effective")[0]),
        span(t, "自印发之日起施行，有效期至2027年12月31日", 0)
    );
    // The subsidy has no deadline and is a grant: no target.
    assert_eq!(
        targets(&r),
        [target(
            "到2027年，全市工业、农业、建筑、交通、教育、文旅、医疗等领域设备投资规模较2023年增长25%以上",
            2027,
            "全市工业、农业、建筑、交通、教育、文旅、医疗等领域设备投资规模",
            "25%以上",
            "25",
            "at_least",
            "%"
        )]
    );
    assert!(list(&r, "frameworks").is_empty());
    assert!(list(&r, "bylines").is_empty());
    assert_eq!(
        responsible(&r),
        [
            (
                "（责任单位：市经济和信息化局）",
                vec!["市经济和信息化局"],
                vec![],
                vec!["二、", "（一）", "1."]
            ),
            (
                "（责任单位：市住房和城乡建设局）",
                vec!["市住房和城乡建设局"],
                vec![],
                vec!["二、", "（一）", "2."]
            ),
        ]
    );
    assert_eq!(
        issuer(&r),
        Some((vec!["宜昌市人民政府"], Some("2024-05-10")))
    );
    let line = "各县市区人民政府，宜昌高新区管委会，市政府各部门";
    assert_eq!(recipients(&r), [(line, span(t, line, 0))]);
    assert_eq!(
        outline(&r),
        [
            node(0, 1, "一、", 1, "总体要求"),
            node(0, 1, "二、", 2, "重点任务"),
            node(1, 2, "（一）", 1, "实施设备更新行动"),
            node(2, 3, "1.", 1, "推进重点行业设备更新"),
            node(2, 3, "2.", 2, "加快建筑和市政基础设施领域设备更新"),
            node(1, 2, "（二）", 2, "实施消费品以旧换新行动"),
            node(0, 1, "三、", 3, "保障措施"),
        ]
    );
    assert_eq!(
        clauses(&r),
        [
            clause("一、", &["总体要求"], &[], &[0]),
            clause(
                "二、/（一）/1.",
                &["重点任务", "实施设备更新行动", "推进重点行业设备更新"],
                &[0],
                &[]
            ),
            clause(
                "二、/（一）/2.",
                &[
                    "重点任务",
                    "实施设备更新行动",
                    "加快建筑和市政基础设施领域设备更新"
                ],
                &[1],
                &[]
            ),
            clause(
                "二、/（二）",
                &["重点任务", "实施消费品以旧换新行动"],
                &[],
                &[]
            ),
            clause("三、", &["保障措施"], &[], &[]),
        ]
    );
    assert_eq!(instruments(&r, 1), [tool("supply", "资金投入", "补助")]);
    assert_eq!(instruments(&r, 3), [tool("demand", "消费激励", "以旧换新")]);
    assert_eq!(instruments(&r, 4), []);
}

/// A regulation under a line of adoption and revision: chapters, sections
/// under a chapter, articles of two paragraphs (level 2 right under a 章,
/// 3 in a 节); the repealed regulation's old date of coming into force
/// names it.
#[test]
fn a_regulation_with_chapters_sections_and_articles() {
    let t = LAW;
    let r = written(t);
    assert_eq!(r["heading"], "江西省数据条例");
    assert_eq!(r["form"], "条例");
    assert!(r["attachment_form"].is_null());
    // From the note of adoption by the province's people's congress.
    assert_eq!(r["level"], "provincial");
    assert!(numbers(&r).is_empty());
    assert_eq!(
        titles(&r),
        [
            (
                named(t, "中华人民共和国数据安全法", 0),
                "中华人民共和国数据安全法".into(),
                s("法"),
                false,
                None
            ),
            (
                named(t, "江西省公共数据管理办法", 0),
                "江西省公共数据管理办法".into(),
                s("办法"),
                false,
                None
            ),
        ]
    );
    assert_eq!(
        references(&r),
        [
            (
                named(t, "中华人民共和国数据安全法", 0),
                s("中华人民共和国数据安全法"),
                None,
                "basis".into()
            ),
            (
                named(t, "江西省公共数据管理办法", 0),
                s("江西省公共数据管理办法"),
                None,
                "replaces".into()
            ),
        ]
    );
    assert_eq!(
        effective(&r),
        [
            ("自2025年3月1日起施行".into(), s("2025-03-01"), None, None),
            (
                "2019年1月1日起施行".into(),
                s("2019-01-01"),
                s("江西省公共数据管理办法"),
                None
            ),
        ]
    );
    assert!(targets(&r).is_empty());
    assert!(list(&r, "frameworks").is_empty());
    assert!(responsible(&r).is_empty());
    assert_eq!(issuer(&r), None);
    assert!(recipients(&r).is_empty());
    let first = "为了规范数据处理活动，促进数据依法有序流动，根据《中华人民共和国数据安全法》等法律、行政法规，结合本省实际，制定本条例";
    let second = "本省行政区域内的数据处理活动及其安全监督管理，适用本条例";
    let third = "县级以上人民政府应当建立公共数据资源目录，并实行动态管理";
    assert_eq!(
        outline(&r),
        [
            node(0, 1, "第一章", 1, "总\u{3000}则"),
            node(1, 2, "第一条", 1, first),
            node(1, 2, "第二条", 2, second),
            node(0, 1, "第二章", 2, "数据资源"),
            node(1, 2, "第一节", 1, "公共数据"),
            node(2, 3, "第三条", 3, third),
            node(1, 2, "第二节", 2, "企业数据"),
            node(2, 3, "第四条", 4, "鼓励企业开展数据资产登记"),
            node(0, 1, "第三章", 3, "附\u{3000}则"),
            node(1, 2, "第五条", 5, "本条例自2025年3月1日起施行"),
        ]
    );
    assert_eq!(
        clauses(&r),
        [
            clause("第一章/第一条", &["总\u{3000}则", first], &[], &[]),
            clause("第一章/第二条", &["总\u{3000}则", second], &[], &[]),
            clause(
                "第二章/第一节/第三条",
                &["数据资源", "公共数据", third],
                &[],
                &[]
            ),
            clause(
                "第二章/第二节/第四条",
                &["数据资源", "企业数据", "鼓励企业开展数据资产登记"],
                &[],
                &[]
            ),
            clause(
                "第三章/第五条",
                &["附\u{3000}则", "本条例自2025年3月1日起施行"],
                &[],
                &[]
            ),
        ]
    );
    // The second article's clause holds its second paragraph.
    let c = &list(&r, "clauses")[1];
    assert_eq!(
        place(c),
        (span(t, "第二条", 0).0, span(t, "从其规定。", 0).1)
    );
}

/// An opinion with a quoted sum in its title, frameworks (a sum of kinds
/// of parts, members after 即, a distributive slogan that is none), goals
/// with 分别 and 力争 beside a past achievement and grants, validity in
/// years and a repeal.
#[test]
fn an_opinion_with_frameworks_goals_and_a_repeal() {
    let t = OPINION;
    let r = written(t);
    let old = "宜昌市人民政府关于促进工业稳增长的若干意见";
    assert_eq!(
        r["heading"],
        "宜昌市人民政府关于加快构建“1+N”政策体系推动高质量发展的实施意见"
    );
    assert_eq!(r["form"], "实施意见");
    assert!(r["attachment_form"].is_null());
    assert_eq!(r["level"], "municipal");
    assert_eq!(
        numbers(&r),
        [
            number("宜府发〔2024〕12号", "宜府发", 2024, 12),
            number("宜府发〔2019〕8号", "宜府发", 2019, 8),
        ]
    );
    assert_eq!(
        titles(&r),
        [(named(t, old, 0), old.into(), s("意见"), false, None)]
    );
    let (o, _) = named(t, old, 0);
    let (_, oe) = span(t, "（宜府发〔2019〕8号）", 0);
    assert_eq!(
        references(&r),
        [((o, oe), s(old), s("宜府发〔2019〕8号"), "replaces".into())]
    );
    assert_eq!(
        effective(&r),
        [(
            "自2024年5月1日起施行，有效期5年".into(),
            s("2024-05-01"),
            None,
            Some(("duration".into(), "5年".into()))
        )]
    );
    let goals = "到2027年，全市地区生产总值达到1.2万亿元左右，规模以上工业企业数量、高新技术企业数量分别达到5000家、3000家；力争新增上市公司10家以上";
    let upto = |end: &str| goals[..goals.find(end).unwrap() + end.len()].to_string();
    // The 5G base stations of 2023 are a past achievement, the special
    // fund a yearly budget and the reward a grant: no targets.
    assert_eq!(
        targets(&r),
        [
            target(
                &upto("1.2万亿元左右"),
                2027,
                "全市地区生产总值",
                "1.2万亿元左右",
                "1200000000000",
                "approx",
                "元"
            ),
            target(
                &upto("5000家"),
                2027,
                "规模以上工业企业数量",
                "5000家",
                "5000",
                "exact",
                "家"
            ),
            target(
                &upto("3000家"),
                2027,
                "高新技术企业数量",
                "3000家",
                "3000",
                "exact",
                "家"
            ),
            target(
                goals,
                2027,
                "新增上市公司",
                "10家以上",
                "10",
                "at_least",
                "家"
            ),
        ]
    );
    let fw: Vec<FrameworkRow> = list(&r, "frameworks")
        .iter()
        .map(|f| {
            (
                f["label"].as_str().unwrap().to_string(),
                place(f),
                f["count"].as_i64(),
                (!f["members"].is_null()).then(|| {
                    f["members"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|m| m.as_str().or(m["text"].as_str()).unwrap())
                        .collect()
                }),
            )
        })
        .collect();
    assert_eq!(
        fw,
        [
            ("1+N".into(), span(t, "“1+N”", 0), None, None),
            ("一核两翼".into(), span(t, "“一核两翼”", 0), Some(3), None),
            ("两新一重".into(), span(t, "“两新一重”", 0), Some(3), None),
            (
                "四个方面".into(),
                span(t, "“四个方面”", 0),
                Some(4),
                Some(vec!["稳增长", "调结构", "促改革", "惠民生"])
            ),
        ]
    );
    assert_eq!(
        responsible(&r),
        [(
            "（责任单位：市财政局、市经济和信息化局）",
            vec!["市财政局", "市经济和信息化局"],
            vec![],
            vec!["二、", "（一）"]
        )]
    );
    assert_eq!(
        issuer(&r),
        Some((vec!["宜昌市人民政府"], Some("2024-04-01")))
    );
    let line = "各县市区人民政府，市政府各部门";
    assert_eq!(recipients(&r), [(line, span(t, line, 0))]);
    assert_eq!(
        outline(&r),
        [
            node(0, 1, "一、", 1, "总体要求"),
            node(0, 1, "二、", 2, "保障措施"),
            node(1, 2, "（一）", 1, "加大资金支持"),
            node(1, 2, "（二）", 2, "推行“一企一策”"),
        ]
    );
    assert_eq!(
        clauses(&r),
        [
            clause("一、", &["总体要求"], &[], &[0, 1, 2, 3]),
            clause("二、/（一）", &["保障措施", "加大资金支持"], &[0], &[]),
            clause("二、/（二）", &["保障措施", "推行“一企一策”"], &[], &[]),
        ]
    );
    assert!(instruments(&r, 1).contains(&tool("supply", "资金投入", "资金支持")));
}

/// A reply: one addressee without 各 under a title ending in 批复 (a form
/// outside the titles' type words), the request it answers cited by title
/// and number, a rule followed by 按照.
#[test]
fn a_reply_to_one_body() {
    let t = REPLY;
    let r = written(t);
    let request = "关于申请设立白洋工业园的请示";
    assert_eq!(
        r["heading"],
        "宜昌市人民政府关于同意设立宜昌高新区白洋工业园的批复"
    );
    assert_eq!(r["form"], "批复");
    assert!(r["attachment_form"].is_null());
    assert_eq!(r["level"], "municipal");
    assert_eq!(
        numbers(&r),
        [
            number("宜府函〔2024〕15号", "宜府函", 2024, 15),
            number("宜高新文〔2024〕3号", "宜高新文", 2024, 3),
        ]
    );
    assert_eq!(
        titles(&r),
        [
            (named(t, request, 0), request.into(), None, false, None),
            (
                named(t, "宜昌市开发区管理办法", 0),
                "宜昌市开发区管理办法".into(),
                s("办法"),
                false,
                None
            ),
        ]
    );
    let (q, _) = named(t, request, 0);
    let (_, qe) = span(t, "（宜高新文〔2024〕3号）", 0);
    assert_eq!(
        references(&r),
        [
            (
                (q, qe),
                s(request),
                s("宜高新文〔2024〕3号"),
                "cites".into()
            ),
            (
                named(t, "宜昌市开发区管理办法", 0),
                s("宜昌市开发区管理办法"),
                None,
                "basis".into()
            ),
        ]
    );
    assert!(effective(&r).is_empty());
    assert!(targets(&r).is_empty());
    assert!(list(&r, "frameworks").is_empty());
    assert!(responsible(&r).is_empty());
    assert_eq!(
        issuer(&r),
        Some((vec!["宜昌市人民政府"], Some("2024-06-03")))
    );
    assert_eq!(
        recipients(&r),
        [("宜昌高新区管委会", span(t, "宜昌高新区管委会", 0))]
    );
    let second = "请你委按照《宜昌市开发区管理办法》要求，抓好园区规划建设";
    assert_eq!(
        outline(&r),
        [
            node(0, 1, "一、", 1, "同意设立宜昌高新区白洋工业园"),
            node(0, 1, "二、", 2, second),
        ]
    );
    assert_eq!(
        clauses(&r),
        [
            clause("一、", &["同意设立宜昌高新区白洋工业园"], &[], &[]),
            clause("二、", &[second], &[], &[]),
        ]
    );
}

/// A tax office's announcement: a 公告 number (no 发文字号), the level of
/// a central body's office in a province, a cited 公告 with its number in
/// brackets, 起执行 with its end closed by 止.
#[test]
fn a_tax_announcement() {
    let t = NOTICE_TAX;
    let r = written(t);
    let cited = "财政部 税务总局关于进一步支持小微企业和个体工商户发展有关税费政策的公告";
    assert_eq!(
        r["heading"],
        "国家税务总局湖北省税务局关于延续实施小微企业税费优惠政策的公告"
    );
    assert_eq!(r["form"], "公告");
    assert!(r["attachment_form"].is_null());
    assert_eq!(r["level"], "provincial");
    assert!(numbers(&r).is_empty());
    assert_eq!(
        titles(&r),
        [(named(t, cited, 0), cited.into(), None, false, None)]
    );
    let (c, _) = named(t, cited, 0);
    let (_, ce) = span(t, "（财政部 税务总局公告2023年第12号）", 0);
    assert_eq!(
        references(&r),
        [(
            (c, ce),
            s(cited),
            s("财政部 税务总局公告2023年第12号"),
            "basis".into()
        )]
    );
    let e = effective(&r);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].1, s("2024-01-01"));
    assert_eq!(e[0].2, None);
    assert_eq!(e[0].3, Some(("date".into(), "2027年12月31日".into())));
    assert!(targets(&r).is_empty());
    assert!(list(&r, "frameworks").is_empty());
    assert!(responsible(&r).is_empty());
    assert_eq!(
        issuer(&r),
        Some((vec!["国家税务总局湖北省税务局"], Some("2024-02-01")))
    );
    assert!(recipients(&r).is_empty());
    assert_eq!(
        clauses(&r).iter().map(|c| c.0.as_str()).collect::<Vec<_>>(),
        ["一、", "二、"]
    );
    assert_eq!(
        instruments(&r, 0),
        [tool("environment", "税收优惠", "减按")]
    );
}

/// A notice issuing two documents, each attached under 附件1/附件2 with
/// its own title and outline: both titles of the heading are issued, the
/// first one's form is the attachment's, 本措施 names the first attachment,
/// and a count's metric loses the area and the action before it.
#[test]
fn a_notice_issuing_two_attachments() {
    let t = TWO_ATTACHMENTS;
    let r = written(t);
    let a = "宜昌市促进民营经济发展若干措施";
    let b = "宜昌市民营企业梯度培育行动计划";
    assert_eq!(
        r["heading"],
        "宜昌市人民政府办公室关于印发《宜昌市促进民营经济发展若干措施》和《宜昌市民营企业梯度培育行动计划》的通知"
    );
    assert_eq!(r["form"], "通知");
    assert_eq!(r["attachment_form"], "若干措施");
    assert_eq!(r["level"], "municipal");
    assert_eq!(
        numbers(&r),
        [number("宜府办发〔2024〕21号", "宜府办发", 2024, 21)]
    );
    assert_eq!(
        titles(&r),
        [
            (named(t, a, 0), a.into(), s("若干措施"), false, None),
            (named(t, b, 0), b.into(), s("计划"), false, None),
        ]
    );
    assert_eq!(
        references(&r),
        [
            (named(t, a, 0), s(a), None, "issues".into()),
            (named(t, b, 0), s(b), None, "issues".into()),
        ]
    );
    assert_eq!(
        effective(&r),
        [(
            "自2024年9月1日起实施，有效期3年".into(),
            s("2024-09-01"),
            s(a),
            Some(("duration".into(), "3年".into()))
        )]
    );
    let goals = "到2026年，全市累计培育专精特新中小企业300家左右、省级以上专精特新“小巨人”企业30家";
    assert_eq!(
        targets(&r),
        [
            target(
                &goals[..goals.find("、省级").unwrap()],
                2026,
                "专精特新中小企业",
                "300家左右",
                "300",
                "approx",
                "家"
            ),
            target(
                goals,
                2026,
                "省级以上专精特新“小巨人”企业",
                "30家",
                "30",
                "exact",
                "家"
            ),
        ]
    );
    // 一次性奖励20万元 is a grant's term; 超过1000万元 bounds the firms.
    assert_eq!(
        responsible(&r),
        [(
            "（责任单位：市财政局）",
            vec!["市财政局"],
            vec![],
            vec!["一、"]
        )]
    );
    assert_eq!(
        issuer(&r),
        Some((vec!["宜昌市人民政府办公室"], Some("2024-08-02")))
    );
    let line = "各县市区人民政府，市政府各部门";
    assert_eq!(recipients(&r), [(line, span(t, line, 0))]);
    assert_eq!(
        outline(&r),
        [
            node(0, 1, "一、", 1, "降低经营成本"),
            node(0, 1, "二、", 2, "附则"),
            node(0, 1, "一、", 1, "工作目标"),
        ]
    );
    assert_eq!(
        clauses(&r),
        [
            clause("一、", &["降低经营成本"], &[0], &[]),
            clause("二、", &["附则"], &[], &[]),
            clause("一、", &["工作目标"], &[], &[0, 1]),
        ]
    );
    assert_eq!(
        instruments(&r, 0),
        [tool("supply", "资金投入", "一次性奖励")]
    );
}

/// Phrases of coming into force with each kind of end: a date followed by
/// 废止, 有效期至 a date after 自发布之日, 施行期限 a duration.
#[test]
fn ends_of_validity_in_every_wording() {
    let t = EFFECTS;
    let r = written(t);
    assert_eq!(
        effective(&r),
        [
            (
                "自2024年3月1日起施行，2026年2月28日".into(),
                s("2024-03-01"),
                None,
                Some(("date".into(), "2026年2月28日".into()))
            ),
            (
                "自发布之日起实施，有效期至2029年6月30日".into(),
                None,
                None,
                Some(("date".into(), "2029年6月30日".into()))
            ),
            (
                "自2025年1月1日起执行，施行期限3年".into(),
                s("2025-01-01"),
                None,
                Some(("duration".into(), "3年".into()))
            ),
        ]
    );
    let spans: Vec<(i64, i64)> = list(&r, "effective").iter().map(place).collect();
    assert_eq!(
        spans,
        [
            span(t, "自2024年3月1日起施行，2026年2月28日", 0),
            span(t, "自发布之日起实施，有效期至2029年6月30日", 0),
            span(t, "自2025年1月1日起执行，施行期限3年", 0),
        ]
    );
    assert_eq!(r["form"], "通知");
    assert_eq!(r["level"], "municipal");
    assert_eq!(
        recipients(&r),
        [("各县市区人民政府", span(t, "各县市区人民政府", 0))]
    );
    assert_eq!(issuer(&r), None);
}

const DECISION: &str = "湖北省人民政府
关于修改和废止部分省政府规章的决定
（2024年6月20日省人民政府常务会议审议通过　2024年7月1日湖北省人民政府令第420号公布　自公布之日起施行）
为维护法制统一，根据《中华人民共和国立法法》和《规章制定程序条例》的规定，省人民政府决定：
一、对《湖北省消防条例实施办法》（省人民政府令第300号）作如下修改：
将第三条修改为：“县级以上人民政府负责本行政区域内的消防工作。”
二、废止《湖北省城市节约用水管理办法》（省人民政府令第100号）。
本决定自公布之日起施行。
";

const ANNOUNCE: &str = "襄阳市人民政府
关于2025年春节期间
禁止燃放烟花爆竹的通告
襄政通〔2024〕3号
为加强烟花爆竹安全管理，依据《烟花爆竹安全管理条例》《湖北省烟花爆竹安全管理办法》等规定，结合我市实际，现就有关事项通告如下：
一、2025年1月28日至2025年2月12日，市区范围内禁止燃放烟花爆竹。
二、违反本通告规定的，由公安机关依法予以处罚。
三、本通告自发布之日起施行，试行期1年。
襄阳市人民政府
2024年12月20日
";

const PAGE: &str = "襄阳出台“十条措施”支持民营经济发展
原标题：襄阳市人民政府关于印发《襄阳市支持民营经济高质量发展十条措施》的通知
来源：襄阳日报　　发布时间：2024-09-03 10:20
近日，襄阳市人民政府印发《襄阳市支持民营经济高质量发展十条措施》（以下简称“十条措施”）。
“十条措施”提出，到2026年，全市民营经济增加值占地区生产总值比重达到60%以上，民营企业数量突破30万户。2023年，全市民营经济增加值达到3500亿元。
按照“十条措施”，市财政每年安排2亿元民营经济发展专项资金。
";

const PLAN: &str = "襄阳市人民政府办公室关于印发襄阳市加快发展新质生产力三年行动方案（2024—2026年）的通知
各县（市、区）人民政府，市政府各部门：
《襄阳市加快发展新质生产力三年行动方案（2024—2026年）》已经市人民政府同意，现印发给你们，请认真组织实施。
襄阳市人民政府办公室
2024年3月8日
襄阳市加快发展新质生产力三年行动方案（2024—2026年）
为深入贯彻落实《湖北省加快发展新质生产力行动方案》（鄂政发〔2024〕2号），制定本方案。
一、主要目标
力争到2026年，全市高新技术产业增加值达到1500亿元，年均增长15%左右；培育国家级专精特新“小巨人”企业50家以上。到“十四五”末，全市研发经费投入强度达到3%。
二、重点任务
（一）实施“三大工程”，即创新平台建设工程、企业梯度培育工程、人才引育工程。（牵头单位：市科技局；配合单位：市经信局、市人社局）
（二）开展招商引资。每年举办招商活动20场以上。（市招商服务中心负责）
三、保障措施
各地各部门要按照《襄阳市招商引资考核办法》（襄政办发〔2023〕9号）要求，抓好落实。
";

/// A decision of a provincial government: the issuer on the line above
/// 关于, a note of publication with its own 自公布之日起施行, an opening
/// sentence ending with a colon that names documents (no addressees).
#[test]
fn a_decision_amending_and_repealing_rules() {
    let t = DECISION;
    let r = written(t);
    assert_eq!(
        r["heading"],
        "湖北省人民政府关于修改和废止部分省政府规章的决定"
    );
    assert_eq!(r["form"], "决定");
    assert!(r["attachment_form"].is_null());
    assert_eq!(r["level"], "provincial");
    assert!(numbers(&r).is_empty());
    let names = [
        ("中华人民共和国立法法", "法", "basis"),
        ("规章制定程序条例", "条例", "basis"),
        ("湖北省消防条例实施办法", "办法", "cites"),
        ("湖北省城市节约用水管理办法", "办法", "replaces"),
    ];
    assert_eq!(
        titles(&r),
        names
            .iter()
            .map(|(n, d, _)| (named(t, n, 0), n.to_string(), s(d), false, None))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        references(&r),
        names
            .iter()
            .map(|(n, _, rel)| (named(t, n, 0), s(n), None, rel.to_string()))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        effective(&r),
        [
            ("自公布之日起施行".into(), None, None, None),
            ("自公布之日起施行".into(), None, None, None),
        ]
    );
    assert!(targets(&r).is_empty());
    assert!(list(&r, "frameworks").is_empty());
    assert!(responsible(&r).is_empty());
    assert_eq!(issuer(&r), None);
    assert!(recipients(&r).is_empty());
    let first = "对《湖北省消防条例实施办法》（省人民政府令第300号）作如下修改：";
    let second = "废止《湖北省城市节约用水管理办法》（省人民政府令第100号）";
    assert_eq!(
        outline(&r),
        [node(0, 1, "一、", 1, first), node(0, 1, "二、", 2, second)]
    );
    assert_eq!(
        clauses(&r),
        [
            clause("一、", &[first], &[], &[]),
            clause("二、", &[second], &[], &[])
        ]
    );
}

/// An announcement whose title wraps over three lines under its issuer,
/// with a number under it, an opening sentence citing two rules after
/// 依据 (no addressees), and a trial period after coming into force.
#[test]
fn an_announcement_over_three_lines() {
    let t = ANNOUNCE;
    let r = written(t);
    assert_eq!(
        r["heading"],
        "襄阳市人民政府关于2025年春节期间禁止燃放烟花爆竹的通告"
    );
    assert_eq!(r["form"], "通告");
    assert!(r["attachment_form"].is_null());
    assert_eq!(r["level"], "municipal");
    assert_eq!(
        numbers(&r),
        [number("襄政通〔2024〕3号", "襄政通", 2024, 3)]
    );
    let a = "烟花爆竹安全管理条例";
    let b = "湖北省烟花爆竹安全管理办法";
    assert_eq!(
        titles(&r),
        [
            (named(t, a, 0), a.into(), s("条例"), false, None),
            (named(t, b, 0), b.into(), s("办法"), false, None),
        ]
    );
    assert_eq!(
        references(&r),
        [
            (named(t, a, 0), s(a), None, "basis".into()),
            (named(t, b, 0), s(b), None, "basis".into()),
        ]
    );
    assert_eq!(
        effective(&r),
        [(
            "自发布之日起施行，试行期1年".into(),
            None,
            None,
            Some(("duration".into(), "1年".into()))
        )]
    );
    // A period of dates is no goal.
    assert!(targets(&r).is_empty());
    assert!(list(&r, "frameworks").is_empty());
    assert!(responsible(&r).is_empty());
    assert_eq!(
        issuer(&r),
        Some((vec!["襄阳市人民政府"], Some("2024-12-20")))
    );
    assert!(recipients(&r).is_empty());
    assert_eq!(
        clauses(&r).iter().map(|c| c.0.as_str()).collect::<Vec<_>>(),
        ["一、", "二、", "三、"]
    );
}

/// A news page: headline, a `原标题：` line with the notice it carries,
/// a `来源` line; the original title is the heading (not joined to the
/// headline), the short name in quotes is the title's alias, the goals
/// of the measures are targets, last year's figure and a yearly budget not.
#[test]
fn a_news_page_with_its_original_title() {
    let t = PAGE;
    let r = written(t);
    let measures = "襄阳市支持民营经济高质量发展十条措施";
    assert_eq!(
        r["heading"],
        "襄阳市人民政府关于印发《襄阳市支持民营经济高质量发展十条措施》的通知"
    );
    assert_eq!(r["form"], "通知");
    assert_eq!(r["attachment_form"], "措施");
    assert!(numbers(&r).is_empty());
    assert_eq!(
        titles(&r),
        [(
            named(t, measures, 0),
            measures.into(),
            s("措施"),
            false,
            s("十条措施")
        )]
    );
    assert_eq!(
        references(&r),
        [(named(t, measures, 0), s(measures), None, "issues".into())]
    );
    assert!(effective(&r).is_empty());
    let goals = "到2026年，全市民营经济增加值占地区生产总值比重达到60%以上，民营企业数量突破30万户";
    assert_eq!(
        targets(&r),
        [
            target(
                &goals[..goals.find("，民营").unwrap()],
                2026,
                "全市民营经济增加值占地区生产总值比重",
                "60%以上",
                "60",
                "at_least",
                "%"
            ),
            target(
                goals,
                2026,
                "民营企业数量",
                "30万户",
                "300000",
                "more_than",
                "户"
            ),
        ]
    );
    assert!(responsible(&r).is_empty());
    assert!(list(&r, "bylines").is_empty());
    assert_eq!(issuer(&r), None);
    assert!(recipients(&r).is_empty());
    assert!(outline(&r).is_empty());
}

/// An issuing notice stored with its plan after the signature: the plan's
/// years in its title, 为深入贯彻落实 and 按照 with numbers, 力争到 and
/// 到“十四五”末 goals, members after 即 in a heading, a yearly count that
/// is no goal, 牵头/配合 labels and `（A负责）`.
#[test]
fn an_issuing_notice_of_a_three_year_plan() {
    let t = PLAN;
    let r = written(t);
    let plan = "襄阳市加快发展新质生产力三年行动方案（2024—2026年）";
    let province = "湖北省加快发展新质生产力行动方案";
    let rule = "襄阳市招商引资考核办法";
    assert_eq!(
        r["heading"],
        "襄阳市人民政府办公室关于印发襄阳市加快发展新质生产力三年行动方案（2024—2026年）的通知"
    );
    assert_eq!(r["form"], "通知");
    assert_eq!(r["attachment_form"], "行动方案");
    assert_eq!(r["level"], "municipal");
    assert_eq!(
        numbers(&r),
        [
            number("鄂政发〔2024〕2号", "鄂政发", 2024, 2),
            number("襄政办发〔2023〕9号", "襄政办发", 2023, 9),
        ]
    );
    assert_eq!(
        titles(&r),
        [
            (named(t, plan, 0), plan.into(), s("行动方案"), false, None),
            (
                named(t, province, 0),
                province.into(),
                s("行动方案"),
                false,
                None
            ),
            (named(t, rule, 0), rule.into(), s("办法"), false, None),
        ]
    );
    let (p, _) = named(t, province, 0);
    let (_, pe) = span(t, "（鄂政发〔2024〕2号）", 0);
    let (q, _) = named(t, rule, 0);
    let (_, qe) = span(t, "（襄政办发〔2023〕9号）", 0);
    assert_eq!(
        references(&r),
        [
            (named(t, plan, 0), s(plan), None, "issues".into()),
            ((p, pe), s(province), s("鄂政发〔2024〕2号"), "basis".into()),
            ((q, qe), s(rule), s("襄政办发〔2023〕9号"), "basis".into()),
        ]
    );
    assert!(effective(&r).is_empty());
    let goals = "力争到2026年，全市高新技术产业增加值达到1500亿元，年均增长15%左右；培育国家级专精特新“小巨人”企业50家以上";
    let upto = |end: &str| goals[..goals.find(end).unwrap() + end.len()].to_string();
    assert_eq!(
        targets(&r),
        [
            target(
                &upto("1500亿元"),
                2026,
                "全市高新技术产业增加值",
                "1500亿元",
                "150000000000",
                "exact",
                "元"
            ),
            target(
                &upto("15%左右"),
                2026,
                "全市高新技术产业增加值",
                "15%左右",
                "15",
                "approx",
                "%"
            ),
            target(
                goals,
                2026,
                "国家级专精特新“小巨人”企业",
                "50家以上",
                "50",
                "at_least",
                "家"
            ),
            target(
                "到“十四五”末，全市研发经费投入强度达到3%",
                2025,
                "全市研发经费投入强度",
                "3%",
                "3",
                "exact",
                "%"
            ),
        ]
    );
    let fw = &list(&r, "frameworks");
    assert_eq!(fw.len(), 1);
    assert_eq!(fw[0]["label"], "三大工程");
    assert_eq!(place(&fw[0]), span(t, "“三大工程”", 0));
    assert_eq!(fw[0]["count"], 3);
    let members: Vec<&str> = fw[0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().or(m["text"].as_str()).unwrap())
        .collect();
    assert_eq!(
        members,
        ["创新平台建设工程", "企业梯度培育工程", "人才引育工程"]
    );
    assert_eq!(
        responsible(&r),
        [
            (
                "（牵头单位：市科技局；配合单位：市经信局、市人社局）",
                vec!["市科技局", "市经信局", "市人社局"],
                vec!["市科技局"],
                vec!["二、", "（一）"]
            ),
            (
                "（市招商服务中心负责）",
                vec!["市招商服务中心"],
                vec![],
                vec!["二、", "（二）"]
            ),
        ]
    );
    assert_eq!(
        issuer(&r),
        Some((vec!["襄阳市人民政府办公室"], Some("2024-03-08")))
    );
    let line = "各县（市、区）人民政府，市政府各部门";
    assert_eq!(recipients(&r), [(line, span(t, line, 0))]);
    let first = "实施“三大工程”，即创新平台建设工程、企业梯度培育工程、人才引育工程";
    assert_eq!(
        outline(&r),
        [
            node(0, 1, "一、", 1, "主要目标"),
            node(0, 1, "二、", 2, "重点任务"),
            node(1, 2, "（一）", 1, first),
            node(1, 2, "（二）", 2, "开展招商引资"),
            node(0, 1, "三、", 3, "保障措施"),
        ]
    );
    assert_eq!(
        clauses(&r),
        [
            clause("一、", &["主要目标"], &[], &[0, 1, 2, 3]),
            clause("二、/（一）", &["重点任务", first], &[0], &[]),
            clause("二、/（二）", &["重点任务", "开展招商引资"], &[1], &[]),
            clause("三、", &["保障措施"], &[], &[]),
        ]
    );
    assert_eq!(
        instruments(&r, 0),
        [tool("environment", "目标规划", "主要目标")]
    );
}

const LETTER: &str = "湖北省财政厅
湖北省财政厅关于下达2024年中央财政农业相关转移支付资金的函
鄂财农函〔2024〕15号
2024年5月6日
各市、州、县财政局：
根据《财政部关于下达2024年农业相关转移支付资金预算的通知》（财农〔2024〕21号）和省委、省政府工作部署，现下达你们2024年资金12.5亿元，其中耕地地力保护补贴8亿元。请按照《湖北省农业相关转移支付资金管理办法》（鄂财农规〔2023〕3号，以下简称《管理办法》）规定及时拨付。
资金使用要求：
一、2024年底前，各地资金支出进度要达到90%以上。
二、2023年全省已累计发放补贴70亿元，惠及农户800万户。
湖北省财政厅
2024年5月6日
";

const GOALS: &str = "荆州市人民政府关于加快推进新型工业化的实施意见
荆政发〔2024〕4号
各县（市、区）人民政府，市政府各部门：
一、发展目标
到2027年，全市规上工业总产值、工业增加值分别达到5000亿元和1200亿元，年均分别增长10%和8%左右。2023年，全市规上工业总产值为3500亿元。力争新增规上工业企业500家，其中制造业企业占比不低于80%。
到2030年，全市战略性新兴产业产值占规上工业总产值比重达到40%以上。
二、支持政策
对首次认定的国家级专精特新“小巨人”企业，一次性奖励50万元。
本意见自2024年5月1日起实施，有效期至2027年12月31日。《荆州市人民政府关于促进工业经济稳增长的意见》（荆政发〔2020〕6号）同时废止。
荆州市人民政府
2024年4月10日
";

/// A letter under a masthead line naming its issuer, its title a 函 with
/// the issuer before 关于, number and date lines under it; a basis with its
/// number and a bracket of number and short name; money sent and past
/// grants are no goals, a 年底前 deadline is.
#[test]
fn a_letter_under_a_masthead() {
    let t = LETTER;
    let r = written(t);
    let cited = "财政部关于下达2024年农业相关转移支付资金预算的通知";
    let rule = "湖北省农业相关转移支付资金管理办法";
    assert_eq!(
        r["heading"],
        "湖北省财政厅关于下达2024年中央财政农业相关转移支付资金的函"
    );
    assert_eq!(r["form"], "函");
    assert!(r["attachment_form"].is_null());
    assert_eq!(r["level"], "provincial");
    assert_eq!(
        numbers(&r),
        [
            number("鄂财农函〔2024〕15号", "鄂财农函", 2024, 15),
            number("财农〔2024〕21号", "财农", 2024, 21),
            number("鄂财农规〔2023〕3号", "鄂财农规", 2023, 3),
        ]
    );
    assert_eq!(
        titles(&r),
        [
            (named(t, cited, 0), cited.into(), s("通知"), false, None),
            (
                named(t, rule, 0),
                rule.into(),
                s("办法"),
                false,
                s("管理办法")
            ),
        ]
    );
    let (c, _) = named(t, cited, 0);
    let (_, ce) = span(t, "（财农〔2024〕21号）", 0);
    let (q, _) = named(t, rule, 0);
    let (_, qe) = span(t, "（鄂财农规〔2023〕3号，以下简称《管理办法》）", 0);
    assert_eq!(
        references(&r),
        [
            ((c, ce), s(cited), s("财农〔2024〕21号"), "basis".into()),
            ((q, qe), s(rule), s("鄂财农规〔2023〕3号"), "basis".into()),
        ]
    );
    assert!(effective(&r).is_empty());
    assert_eq!(
        targets(&r),
        [target(
            "2024年底前，各地资金支出进度要达到90%以上",
            2024,
            "各地资金支出进度",
            "90%以上",
            "90",
            "at_least",
            "%"
        )]
    );
    assert!(list(&r, "frameworks").is_empty());
    assert!(responsible(&r).is_empty());
    assert_eq!(issuer(&r), Some((vec!["湖北省财政厅"], Some("2024-05-06"))));
    assert_eq!(
        recipients(&r),
        [("各市、州、县财政局", span(t, "各市、州、县财政局", 0))]
    );
    assert_eq!(
        clauses(&r)
            .iter()
            .map(|c| (c.0.as_str(), c.3.clone()))
            .collect::<Vec<_>>(),
        [("一、", vec![0]), ("二、", vec![])]
    );
}

/// Goals with two 分别 lists in a row (the second without metrics pairs
/// with the first's), a past year that ends the deadline's reach (the
/// 力争 after it has no year), a second deadline, a grant, validity until
/// a date and a repeal.
#[test]
fn goals_with_two_respective_lists() {
    let t = GOALS;
    let r = written(t);
    let old = "荆州市人民政府关于促进工业经济稳增长的意见";
    assert_eq!(
        r["heading"],
        "荆州市人民政府关于加快推进新型工业化的实施意见"
    );
    assert_eq!(r["form"], "实施意见");
    assert_eq!(r["level"], "municipal");
    assert_eq!(
        numbers(&r),
        [
            number("荆政发〔2024〕4号", "荆政发", 2024, 4),
            number("荆政发〔2020〕6号", "荆政发", 2020, 6),
        ]
    );
    assert_eq!(
        titles(&r),
        [(named(t, old, 0), old.into(), s("意见"), false, None)]
    );
    let (o, _) = named(t, old, 0);
    let (_, oe) = span(t, "（荆政发〔2020〕6号）", 0);
    assert_eq!(
        references(&r),
        [((o, oe), s(old), s("荆政发〔2020〕6号"), "replaces".into())]
    );
    assert_eq!(
        effective(&r),
        [(
            "自2024年5月1日起实施，有效期至2027年12月31日".into(),
            s("2024-05-01"),
            None,
            Some(("date".into(), "2027年12月31日".into()))
        )]
    );
    let goals = "到2027年，全市规上工业总产值、工业增加值分别达到5000亿元和1200亿元，年均分别增长10%和8%左右";
    let upto = |end: &str| goals[..goals.find(end).unwrap() + end.len()].to_string();
    assert_eq!(
        targets(&r),
        [
            target(
                &upto("5000亿元"),
                2027,
                "全市规上工业总产值",
                "5000亿元",
                "500000000000",
                "exact",
                "元"
            ),
            target(
                &upto("1200亿元"),
                2027,
                "工业增加值",
                "1200亿元",
                "120000000000",
                "exact",
                "元"
            ),
            target(
                &upto("10%"),
                2027,
                "全市规上工业总产值",
                "10%",
                "10",
                "exact",
                "%"
            ),
            target(goals, 2027, "工业增加值", "8%左右", "8", "approx", "%"),
            target(
                "到2030年，全市战略性新兴产业产值占规上工业总产值比重达到40%以上",
                2030,
                "全市战略性新兴产业产值占规上工业总产值比重",
                "40%以上",
                "40",
                "at_least",
                "%"
            ),
        ]
    );
    assert!(list(&r, "frameworks").is_empty());
    assert!(responsible(&r).is_empty());
    assert_eq!(
        issuer(&r),
        Some((vec!["荆州市人民政府"], Some("2024-04-10")))
    );
    let line = "各县（市、区）人民政府，市政府各部门";
    assert_eq!(recipients(&r), [(line, span(t, line, 0))]);
    assert_eq!(
        clauses(&r),
        [
            clause("一、", &["发展目标"], &[], &[0, 1, 2, 3, 4]),
            clause("二、", &["支持政策"], &[], &[]),
        ]
    );
    assert_eq!(
        instruments(&r, 1),
        [tool("supply", "资金投入", "一次性奖励")]
    );
}

const MEASURES: &str = "宜昌市人民政府办公室关于贯彻落实《湖北省优化营商环境条例》的实施意见
（2024年3月5日）
宜府办发〔2024〕8号
各县市区人民政府，市政府各部门：
为贯彻落实《湖北省优化营商环境条例》，依照《优化营商环境条例》（国务院令第722号），结合我市实际，提出如下意见。
一、持续优化政务环境
（一）深化“一网通办”。到2025年底，政务服务事项网上可办率达到98%以上，“跨省通办”事项达到200项。
（二）推行“双随机、一公开”监管。参照《湖北省市场监管领域部门联合抽查事项清单》执行。
二、保障措施
本意见代替《宜昌市人民政府办公室关于优化营商环境的若干意见》（宜府办发〔2019〕11号）。
";

const RULES: &str = "宜昌市城市停车场管理办法
第一条　为加强城市停车场管理，根据《湖北省城市市容和环境卫生管理条例》，制定本办法。
第二条　停车场分为下列类型：
（一）公共停车场；
（二）专用停车场。
第三条　本办法自2024年10月1日起施行，有效期5年。2019年8月1日印发的《宜昌市停车场管理暂行办法》（宜府规〔2019〕2号）同时废止。
";

/// An opinion implementing a regulation named in its title, with a date
/// line and a number under the title; 贯彻落实 in the title and 依照 are
/// bases, 参照 cites, 代替 replaces; a deadline at 年底; a list label.
#[test]
fn an_opinion_implementing_a_regulation() {
    let t = MEASURES;
    let r = written(t);
    assert_eq!(
        r["heading"],
        "宜昌市人民政府办公室关于贯彻落实《湖北省优化营商环境条例》的实施意见"
    );
    assert_eq!(r["form"], "实施意见");
    assert!(r["attachment_form"].is_null());
    assert_eq!(r["level"], "municipal");
    assert_eq!(
        numbers(&r),
        [
            number("宜府办发〔2024〕8号", "宜府办发", 2024, 8),
            number("宜府办发〔2019〕11号", "宜府办发", 2019, 11),
        ]
    );
    let names = [
        ("湖北省优化营商环境条例", Some("条例"), "basis"),
        ("优化营商环境条例", Some("条例"), "basis"),
        ("湖北省市场监管领域部门联合抽查事项清单", None, "cites"),
        (
            "宜昌市人民政府办公室关于优化营商环境的若干意见",
            Some("意见"),
            "replaces",
        ),
    ];
    assert_eq!(
        titles(&r),
        names
            .iter()
            .map(|(n, d, _)| (
                named(t, n, 0),
                n.to_string(),
                d.map(str::to_string),
                false,
                None
            ))
            .collect::<Vec<_>>()
    );
    let refs = references(&r);
    assert_eq!(
        refs.iter()
            .map(|x| (x.1.clone().unwrap(), x.3.clone()))
            .collect::<Vec<_>>(),
        names
            .iter()
            .map(|(n, _, rel)| (n.to_string(), rel.to_string()))
            .collect::<Vec<_>>()
    );
    let (o, _) = named(t, names[3].0, 0);
    let (_, oe) = span(t, "（宜府办发〔2019〕11号）", 0);
    assert_eq!(refs[3].0, (o, oe));
    assert_eq!(refs[3].2, s("宜府办发〔2019〕11号"));
    assert!(refs[..3].iter().all(|x| x.2.is_none()));
    assert!(effective(&r).is_empty());
    let goals = "到2025年底，政务服务事项网上可办率达到98%以上，“跨省通办”事项达到200项";
    assert_eq!(
        targets(&r),
        [
            target(
                &goals[..goals.find("，“").unwrap()],
                2025,
                "政务服务事项网上可办率",
                "98%以上",
                "98",
                "at_least",
                "%"
            ),
            target(goals, 2025, "“跨省通办”事项", "200项", "200", "exact", "项"),
        ]
    );
    let fw = list(&r, "frameworks");
    assert_eq!(fw.len(), 1);
    assert_eq!(fw[0]["label"], "双随机、一公开");
    assert_eq!(fw[0]["count"], 3);
    assert!(fw[0]["members"].is_null());
    assert_eq!(issuer(&r), None);
    let line = "各县市区人民政府，市政府各部门";
    assert_eq!(recipients(&r), [(line, span(t, line, 0))]);
    assert_eq!(
        clauses(&r),
        [
            clause(
                "一、/（一）",
                &["持续优化政务环境", "深化“一网通办”"],
                &[],
                &[0, 1]
            ),
            clause(
                "一、/（二）",
                &["持续优化政务环境", "推行“双随机、一公开”监管"],
                &[],
                &[]
            ),
            clause("二、", &["保障措施"], &[], &[]),
        ]
    );
}

/// A 办法 of articles without chapters: （一） items inside an article are
/// its text; the repealed interim 办法 with its date of issue and number.
#[test]
fn measures_of_articles_with_items() {
    let t = RULES;
    let r = written(t);
    let basis = "湖北省城市市容和环境卫生管理条例";
    let old = "宜昌市停车场管理暂行办法";
    assert_eq!(r["heading"], "宜昌市城市停车场管理办法");
    assert_eq!(r["form"], "办法");
    assert_eq!(r["level"], "municipal");
    assert_eq!(
        numbers(&r),
        [number("宜府规〔2019〕2号", "宜府规", 2019, 2)]
    );
    assert_eq!(
        titles(&r),
        [
            (named(t, basis, 0), basis.into(), s("条例"), false, None),
            (named(t, old, 0), old.into(), s("办法"), false, None),
        ]
    );
    let (o, _) = named(t, old, 0);
    let (_, oe) = span(t, "（宜府规〔2019〕2号）", 0);
    assert_eq!(
        references(&r),
        [
            (named(t, basis, 0), s(basis), None, "basis".into()),
            ((o, oe), s(old), s("宜府规〔2019〕2号"), "replaces".into()),
        ]
    );
    assert_eq!(
        effective(&r),
        [(
            "自2024年10月1日起施行，有效期5年".into(),
            s("2024-10-01"),
            None,
            Some(("duration".into(), "5年".into()))
        )]
    );
    assert!(targets(&r).is_empty());
    assert_eq!(
        outline(&r)
            .iter()
            .map(|n| (n.0, n.2.as_str()))
            .collect::<Vec<_>>(),
        [(0, "第一条"), (0, "第二条"), (0, "第三条")]
    );
    assert_eq!(
        clauses(&r).iter().map(|c| c.0.as_str()).collect::<Vec<_>>(),
        ["第一条", "第二条", "第三条"]
    );
    // The items stay in their article's clause.
    let c = &list(&r, "clauses")[1];
    assert_eq!(
        place(c),
        (span(t, "第二条", 0).0, span(t, "专用停车场。", 0).1)
    );
    assert_eq!(issuer(&r), None);
    assert!(recipients(&r).is_empty());
}

const SCHEMES: &str = "孝感市人民政府关于推进“两新”工作的实施方案
一、总体思路
构建“1+6+N”政策体系，突出“五个重点”，包括设备更新、消费品以旧换新、回收循环利用、标准提升、要素保障。实施“一县一品”工程。
二、工作目标
到2026年，全市累计建成公共充电桩1.2万个，建设50个县域商业示范中心，汽车报废更新数量不少于6000辆。市级财政每年安排专项资金3亿元。与2023年相比，全市设备投资年均增长10%以上。
";

/// Frameworks of each kind (a quoted count in the title, a sum with N, a
/// count whose members follow 包括 rather than 即, a distributive slogan)
/// and goals in each order (the action and area before the thing, the
/// figure before it, a bound before the figure); a yearly budget starts a
/// time frame of its own, so the growth after it is no goal of 2026.
#[test]
fn schemes_and_goals_of_a_plan() {
    let t = SCHEMES;
    let r = written(t);
    assert_eq!(r["heading"], "孝感市人民政府关于推进“两新”工作的实施方案");
    assert_eq!(r["form"], "实施方案");
    assert_eq!(r["level"], "municipal");
    let fw: Vec<CountRow> = list(&r, "frameworks")
        .iter()
        .map(|f| {
            (
                f["label"].as_str().unwrap().to_string(),
                place(f),
                f["count"].as_i64(),
                f["members"].is_null(),
            )
        })
        .collect();
    assert_eq!(
        fw,
        [
            ("两新".into(), span(t, "“两新”", 0), Some(2), true),
            ("1+6+N".into(), span(t, "“1+6+N”", 0), None, true),
            ("五个重点".into(), span(t, "“五个重点”", 0), Some(5), true),
        ]
    );
    let goals = "到2026年，全市累计建成公共充电桩1.2万个，建设50个县域商业示范中心，汽车报废更新数量不少于6000辆";
    let upto = |end: &str| goals[..goals.find(end).unwrap() + end.len()].to_string();
    assert_eq!(
        targets(&r),
        [
            target(
                &upto("1.2万个"),
                2026,
                "公共充电桩",
                "1.2万个",
                "12000",
                "exact",
                "个"
            ),
            target(
                &upto("50个"),
                2026,
                "县域商业示范中心",
                "50个",
                "50",
                "exact",
                "个"
            ),
            target(
                goals,
                2026,
                "汽车报废更新数量",
                "不少于6000辆",
                "6000",
                "at_least",
                "辆"
            ),
        ]
    );
    assert!(titles(&r).is_empty());
    assert!(references(&r).is_empty());
    assert!(numbers(&r).is_empty());
    assert!(effective(&r).is_empty());
    assert!(responsible(&r).is_empty());
    assert_eq!(issuer(&r), None);
    assert!(recipients(&r).is_empty());
    assert_eq!(
        clauses(&r),
        [
            clause("一、", &["总体思路"], &[], &[]),
            clause("二、", &["工作目标"], &[], &[0, 1, 2]),
        ]
    );
}
