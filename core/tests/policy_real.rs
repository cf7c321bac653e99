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

#[test]
fn frameworks_of_pairs_and_labels_of_parts() {
    let r = record("gov_guowuyuan_jiuye_2018");
    let x = at(&r, "frameworks", 2816, 2820);
    assert_eq!(x["label"], "双创");
    assert_eq!(x["count"], 2);
    assert!(x["members"].is_null());
    let r = record("prov_jiangsu_xiaofei_2025");
    let x = at(&r, "frameworks", 1387, 1393);
    assert_eq!(x["label"], "一老一小");
    assert_eq!(x["count"], 2);
    let r = record("notice_zhejiang_shiminhua_2023");
    let x = at(&r, "frameworks", 370, 381);
    assert_eq!(x["label"], "千村示范、万村整治");
    assert!(x["count"].is_null());
    assert!(x["members"].is_null());
}

#[test]
fn an_unquoted_alias() {
    let r = record("notice_guowuyuan_geshui_2018");
    let x = at(&r, "titles", 183, 198);
    assert_eq!(x["text"], "《中华人民共和国个人所得税法》");
    assert_eq!(x["name"], "中华人民共和国个人所得税法");
    assert_eq!(x["doc_type"], "法");
    assert_eq!(x["alias"], "个人所得税法");
}

#[test]
fn notes_under_a_table_are_no_outline() {
    let r = record("notice_zhejiang_shiminhua_2023");
    fn walk<'a>(items: &'a Value, out: &mut Vec<&'a Value>) {
        for i in items.as_array().into_iter().flatten() {
            out.push(i);
            walk(&i["children"], out);
        }
    }
    let mut all = Vec::new();
    walk(&r["outline"], &mut all);
    assert!(all.iter().all(|i| i["start"] != 1008 && i["start"] != 1038));
    // The item the table and its notes belong to has no children.
    let goal = all
        .iter()
        .find(|i| i["title"] == "主要目标")
        .expect("(二)主要目标");
    assert_eq!(goal["level"], 2);
    assert_eq!(goal["children"].as_array().map_or(0, Vec::len), 0);
}

// Documents written for these tests in the forms of provincial and
// municipal 实施意见, 若干措施 and 办法 (no crawled text): every item of the
// fields they exercise is asserted, expected values read from
// docs/policy.md.

/// The policy record of `text`, offsets in code points.
fn written(text: &str) -> Value {
    let p = parse(text, &Config::default());
    serde_json::to_value(PolicyRecord::new(&p, text, OffsetUnit::CodePoints)).expect("serializes")
}

/// The code-point span of the first `needle` in `text` at or after byte `from`.
fn span_of(text: &str, needle: &str, from: usize) -> (i64, i64) {
    let at = from + text[from..].find(needle).expect("needle in text");
    let start = text[..at].chars().count() as i64;
    (start, start + needle.chars().count() as i64)
}

/// A `responsible` item as (text, units, lead, path).
type Row = (String, Vec<String>, Vec<String>, Vec<String>);

/// Every `responsible` item as (text, units, lead, path), checking each
/// item's span against its text.
fn responsible_of(text: &str, r: &Value) -> Vec<Row> {
    let own = |v: &Value| strs(v).into_iter().map(String::from).collect::<Vec<_>>();
    let mut from = 0;
    r["responsible"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|x| {
            let t = x["text"].as_str().expect("text");
            let (s, e) = span_of(text, t, from);
            assert_eq!(
                (x["start"].as_i64(), x["end"].as_i64()),
                (Some(s), Some(e)),
                "{t}"
            );
            from += text[from..].find(t).expect("in text") + t.len();
            (
                t.to_string(),
                own(&x["units"]),
                own(&x["lead"]),
                own(&x["path"]),
            )
        })
        .collect()
}

fn row(text: &str, units: &[&str], lead: &[&str], path: &[&str]) -> Row {
    let own = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    (text.to_string(), own(units), own(lead), own(path))
}

/// The outline flattened as `level:marker:number:title`.
fn outline_of(r: &Value) -> Vec<String> {
    fn walk(items: &Value, out: &mut Vec<String>) {
        for i in items.as_array().into_iter().flatten() {
            out.push(format!(
                "{}:{}:{}:{}",
                i["level"],
                i["marker"].as_str().unwrap_or(""),
                i["number"],
                i["title"].as_str().unwrap_or("")
            ));
            walk(&i["children"], out);
        }
    }
    let mut out = Vec::new();
    walk(&r["outline"], &mut out);
    out
}

fn clause_ids(r: &Value) -> Vec<&str> {
    r["clauses"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect()
}

/// Every title as (name, doc_type, trial, alias), checking its span.
fn titles_of(text: &str, r: &Value) -> Vec<(String, Option<String>, bool, Option<String>)> {
    r["titles"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|t| {
            let name = t["name"].as_str().expect("name");
            let shown = t["text"].as_str().expect("text");
            let (s, e) = span_of(text, shown, 0);
            assert_eq!(
                (t["start"].as_i64(), t["end"].as_i64()),
                (Some(s), Some(e)),
                "{shown}"
            );
            (
                name.to_string(),
                t["doc_type"].as_str().map(String::from),
                t["trial"].as_bool().expect("trial"),
                t["alias"].as_str().map(String::from),
            )
        })
        .collect()
}

fn title(
    name: &str,
    doc_type: Option<&str>,
    trial: bool,
    alias: Option<&str>,
) -> (String, Option<String>, bool, Option<String>) {
    (
        name.to_string(),
        doc_type.map(String::from),
        trial,
        alias.map(String::from),
    )
}

#[test]
fn written_municipal_measures_responsibility_brackets() {
    let text = "某某市人民政府办公室关于促进民营经济高质量发展的若干措施
各区县政府(管委会)，市政府各部门：
一、优化营商环境
（一）深化审批改革。全面推行“一网通办”。（责任单位：市政务服务管理局、市发展改革委，各区县政府(管委会)）
（二）规范涉企检查。（牵头单位：市司法局；配合单位：市市场监管局、市生态环境局）
（三）保障公平竞争。（市市场监管局牵头，市发展改革委、市商务局配合）
二、加大金融支持
（四）扩大信贷投放。（人民银行某某市分行、国家金融监督管理总局某某监管分局等按职责分工负责）
（五）落实贷款贴息。贴息资金由市、区县两级财政按比例承担（市财政局、各区县政府（管委会）依据各自职责分别组织实施）。
（六）支持企业上市〔责任单位：市金融工作局，各市〔州〕人民政府〕
三、强化要素保障
（七）保障用地需求。（责任单位：市自然资源和规划局，省有关部门）
（八）加强人才支撑。（责任单位：市发展改革委（牵头）、市财政局，2025年底前完成）
（九）优化能源供给。（市级责任单位：市经信局；县级责任单位：各县市区人民政府）
（十）畅通物流通道。（牵头单位：市交通运输局；完成时限：2025年底；配合单位：市商务局）
（十一）建设口岸平台。(广州、深圳市政府分别负责)
（十二）推进园区共建。（省商务厅、财政厅，各市政府和某某示范区、某某港区管委会按职责分工负责。以下均需各市政府落实，不再列出）
";
    let r = written(text);
    assert_eq!(
        responsible_of(text, &r),
        [
            row(
                "（责任单位：市政务服务管理局、市发展改革委，各区县政府(管委会)）",
                &["市政务服务管理局", "市发展改革委", "各区县政府(管委会)"],
                &[],
                &["一、", "（一）"]
            ),
            row(
                "（牵头单位：市司法局；配合单位：市市场监管局、市生态环境局）",
                &["市司法局", "市市场监管局", "市生态环境局"],
                &["市司法局"],
                &["一、", "（二）"]
            ),
            row(
                "（市市场监管局牵头，市发展改革委、市商务局配合）",
                &["市市场监管局", "市发展改革委", "市商务局"],
                &["市市场监管局"],
                &["一、", "（三）"]
            ),
            row(
                "（人民银行某某市分行、国家金融监督管理总局某某监管分局等按职责分工负责）",
                &["人民银行某某市分行", "国家金融监督管理总局某某监管分局"],
                &[],
                &["二、", "（四）"]
            ),
            // A bracket mid-sentence, closed by 依据各自职责分别组织实施.
            row(
                "（市财政局、各区县政府（管委会）依据各自职责分别组织实施）",
                &["市财政局", "各区县政府（管委会）"],
                &[],
                &["二、", "（五）"]
            ),
            row(
                "〔责任单位：市金融工作局，各市〔州〕人民政府〕",
                &["市金融工作局", "各市〔州〕人民政府"],
                &[],
                &["二、", "（六）"]
            ),
            // 省有关部门 names nobody beside a named unit.
            row(
                "（责任单位：市自然资源和规划局，省有关部门）",
                &["市自然资源和规划局"],
                &[],
                &["三、", "（七）"]
            ),
            // （牵头） marks its unit; a time limit is no unit.
            row(
                "（责任单位：市发展改革委（牵头）、市财政局，2025年底前完成）",
                &["市发展改革委", "市财政局"],
                &["市发展改革委"],
                &["三、", "（八）"]
            ),
            row(
                "（市级责任单位：市经信局；县级责任单位：各县市区人民政府）",
                &["市经信局", "各县市区人民政府"],
                &[],
                &["三、", "（九）"]
            ),
            row(
                "（牵头单位：市交通运输局；完成时限：2025年底；配合单位：市商务局）",
                &["市交通运输局", "市商务局"],
                &["市交通运输局"],
                &["三、", "（十）"]
            ),
            // Places before a place with its body share it.
            row(
                "(广州、深圳市政府分别负责)",
                &["广州、深圳市政府"],
                &[],
                &["三、", "（十一）"]
            ),
            row(
                "（省商务厅、财政厅，各市政府和某某示范区、某某港区管委会按职责分工负责。以下均需各市政府落实，不再列出）",
                &["省商务厅", "财政厅", "各市政府和某某示范区、某某港区管委会"],
                &[],
                &["三、", "（十二）"]
            ),
        ]
    );
    assert_eq!(
        clause_ids(&r),
        [
            "一、/（一）",
            "一、/（二）",
            "一、/（三）",
            "二、/（四）",
            "二、/（五）",
            "二、/（六）",
            "三、/（七）",
            "三、/（八）",
            "三、/（九）",
            "三、/（十）",
            "三、/（十一）",
            "三、/（十二）",
        ]
    );
    // A heading with its bracket and no 。 keeps it in its title.
    assert!(outline_of(&r).contains(
        &"2:（六）:6:支持企业上市〔责任单位：市金融工作局，各市〔州〕人民政府〕".to_string()
    ));
    assert!(r["titles"].as_array().unwrap().is_empty());
}

#[test]
fn written_provincial_opinion_first_unit_leads_and_remarks() {
    let text = "某某省人民政府关于加快建设现代化产业体系的实施意见
一、总体要求
各项任务列第一位的为牵头单位。
二、重点任务
（一）培育先进制造业集群。实施集群培育工程（省工业和信息化厅、省发展改革委负责），打造一批特色产业链。
（二）扩大有效投资。（省发展改革委牵头，省直有关部门按职责分工负责）
（三）加强开放合作。（省商务厅、省外办、某某海关按职责分工负责，各市人民政府负责落实）
（四）深化农业农村改革。（省农业农村厅、省乡村振兴局负责。以下均需各市、县（市、区）人民政府落实，不再列出）
（五）壮大市场主体。（市商务局负责，2025年6月底前完成）
（六）强化科技创新。（牵头单位：省科技厅　配合单位：省教育厅、省财政厅）
（七）推动数字化转型。（责任单位：省工业和信息化厅 完成时限：长期坚持）
三、保障措施
各地各部门要加强组织领导。（各市人民政府，省直各有关单位负责）
";
    let r = written(text);
    assert_eq!(
        responsible_of(text, &r),
        [
            row(
                "（省工业和信息化厅、省发展改革委负责）",
                &["省工业和信息化厅", "省发展改革委"],
                &["省工业和信息化厅"],
                &["二、", "（一）"]
            ),
            row(
                "（省发展改革委牵头，省直有关部门按职责分工负责）",
                &["省发展改革委"],
                &["省发展改革委"],
                &["二、", "（二）"]
            ),
            row(
                "（省商务厅、省外办、某某海关按职责分工负责，各市人民政府负责落实）",
                &["省商务厅", "省外办", "某某海关", "各市人民政府"],
                &["省商务厅"],
                &["二、", "（三）"]
            ),
            row(
                "（省农业农村厅、省乡村振兴局负责。以下均需各市、县（市、区）人民政府落实，不再列出）",
                &["省农业农村厅", "省乡村振兴局"],
                &["省农业农村厅"],
                &["二、", "（四）"]
            ),
            row(
                "（市商务局负责，2025年6月底前完成）",
                &["市商务局"],
                &["市商务局"],
                &["二、", "（五）"]
            ),
            row(
                "（牵头单位：省科技厅　配合单位：省教育厅、省财政厅）",
                &["省科技厅", "省教育厅", "省财政厅"],
                &["省科技厅"],
                &["二、", "（六）"]
            ),
            row(
                "（责任单位：省工业和信息化厅 完成时限：长期坚持）",
                &["省工业和信息化厅"],
                &["省工业和信息化厅"],
                &["二、", "（七）"]
            ),
            row(
                "（各市人民政府，省直各有关单位负责）",
                &["各市人民政府"],
                &["各市人民政府"],
                &["三、"]
            ),
        ]
    );
    assert_eq!(
        outline_of(&r),
        [
            "1:一、:1:总体要求",
            "1:二、:2:重点任务",
            "2:（一）:1:培育先进制造业集群",
            "2:（二）:2:扩大有效投资",
            "2:（三）:3:加强开放合作",
            "2:（四）:4:深化农业农村改革",
            "2:（五）:5:壮大市场主体",
            "2:（六）:6:强化科技创新",
            "2:（七）:7:推动数字化转型",
            "1:三、:3:保障措施",
        ]
    );
    assert_eq!(
        clause_ids(&r),
        [
            "一、",
            "二、/（一）",
            "二、/（二）",
            "二、/（三）",
            "二、/（四）",
            "二、/（五）",
            "二、/（六）",
            "二、/（七）",
            "三、",
        ]
    );
}

#[test]
fn written_notice_titles_aliases_and_numbers() {
    let text = "某某市人民政府关于印发某某市促进消费若干措施的通知
各区县人民政府，市政府各部门：
为贯彻落实《国务院办公厅关于进一步释放消费潜力促进消费持续恢复的意见》（国办发〔2022〕9号）、《某某省人民政府关于印发〈某某省促进消费若干措施〉的通知》（某政发〔2023〕5号）精神，现将《某某市促进消费若干措施》印发给你们，请认真贯彻执行。
根据《中华人民共和国中小企业促进法》《保障中小企业款项支付条例》和《某某市人民政府关于转发《某某省数字政府建设规划》的通知》，制定本措施。
严格执行《某某市商品房预售资金监管办法（试行）》（某建发〔2021〕3号，以下简称《办法》），《办法》未规定的按有关规定执行。
参照《某某市支持先进制造业发展若干政策》（某政〔2024〕3号）（以下简称“制造业十条”）执行。
依据《某某省促进中小企业发展条例》《某某省中小企业发展专项资金管理办法》（以下分别简称《条例》《细则》），《条例》和《细则》另有规定的，从其规定。
按照《某某市人民政府关于印发某某市配售型保障性住房管理办法（试行）的通知》要求，落实《某某市人才安居试行办法》。
";
    let r = written(text);
    assert_eq!(
        titles_of(text, &r),
        [
            title(
                "国务院办公厅关于进一步释放消费潜力促进消费持续恢复的意见",
                Some("意见"),
                false,
                None
            ),
            title(
                "某某省人民政府关于印发〈某某省促进消费若干措施〉的通知",
                Some("通知"),
                false,
                None
            ),
            title("某某市促进消费若干措施", Some("若干措施"), false, None),
            title("中华人民共和国中小企业促进法", Some("法"), false, None),
            title("保障中小企业款项支付条例", Some("条例"), false, None),
            // Nested 《》 stay inside the name: one title.
            title(
                "某某市人民政府关于转发《某某省数字政府建设规划》的通知",
                Some("通知"),
                false,
                None
            ),
            // The alias after the document number in the same bracket.
            title(
                "某某市商品房预售资金监管办法（试行）",
                Some("办法"),
                true,
                Some("办法")
            ),
            // The alias in a bracket after the number's bracket.
            title(
                "某某市支持先进制造业发展若干政策",
                None,
                false,
                Some("制造业十条")
            ),
            // Titles listed without a joiner, their aliases likewise.
            title(
                "某某省促进中小企业发展条例",
                Some("条例"),
                false,
                Some("条例")
            ),
            title(
                "某某省中小企业发展专项资金管理办法",
                Some("办法"),
                false,
                Some("细则")
            ),
            // 试行 in a bracket inside the name is the issued document's.
            title(
                "某某市人民政府关于印发某某市配售型保障性住房管理办法（试行）的通知",
                Some("通知"),
                false,
                None
            ),
            title("某某市人才安居试行办法", Some("办法"), true, None),
        ]
    );
}

#[test]
fn written_measures_of_articles_and_joined_lines() {
    let text = "某某市城市更新专项资金管理办法
第一章 总 则
第一条 （目的依据）为规范城市更新专项资金管理，根据《某某省城市更新条例》，制定本办法。
第二条 (适用范围) 本办法适用于本市行政区域内的城市更新项目。
第三条【资金来源】专项资金由市级财政预算安排。
第二章 支持范围
第四条 专项资金重点支持下列项目：
（一）老旧小区改造；
（二）历史文化街区保护。
第五条 申请专项资金应当具备下列条件：(一)项目已纳入年度计划;(二)项目资金已落实。
第三章 附 则
第六条 本办法由市财政局负责解释。第七条 本办法自2024年1月1日起施行。
";
    let r = written(text);
    assert_eq!(
        outline_of(&r),
        [
            "1:第一章:1:总 则",
            "2:第一条:1:（目的依据）为规范城市更新专项资金管理，根据《某某省城市更新条例》，制定本办法",
            "2:第二条:2:(适用范围) 本办法适用于本市行政区域内的城市更新项目",
            "2:第三条:3:【资金来源】专项资金由市级财政预算安排",
            "1:第二章:2:支持范围",
            "2:第四条:4:专项资金重点支持下列项目：",
            "2:第五条:5:申请专项资金应当具备下列条件：(一)项目已纳入年度计划;(二)项目资金已落实",
            "1:第三章:3:附 则",
            "2:第六条:6:本办法由市财政局负责解释",
            // An article glued after the full stop of the one before.
            "2:第七条:7:本办法自2024年1月1日起施行",
        ]
    );
    assert_eq!(
        clause_ids(&r),
        [
            "第一章/第一条",
            "第一章/第二条",
            "第一章/第三条",
            "第二章/第四条",
            "第二章/第五条",
            "第三章/第六条",
            "第三章/第七条",
        ]
    );
    let sixth = &r["clauses"][5];
    assert_eq!(sixth["text"], "第六条 本办法由市财政局负责解释。");
    assert_eq!(r["responsible"].as_array().unwrap().len(), 0);

    // A notice whose lines a crawl joined: each heading after a 。 or a
    // closing bracket continues its list.
    let text = "某某县人民政府办公室关于印发某某县支持工业企业发展十条措施的通知
一、加大技改支持。对技改项目给予补助。（责任单位：县工信局、县财政局）二、支持企业上规。对首次升规企业给予奖励。（责任单位：县工信局）三、强化要素保障。（一）保障用地。优先安排用地指标。（二）保障用能。（县发改局牵头，县供电公司配合）
四、附则。本措施由县工信局负责解释。
";
    let r = written(text);
    assert_eq!(
        outline_of(&r),
        [
            "1:一、:1:加大技改支持",
            "1:二、:2:支持企业上规",
            "1:三、:3:强化要素保障",
            "2:（一）:1:保障用地",
            "2:（二）:2:保障用能",
            "1:四、:4:附则",
        ]
    );
    assert_eq!(
        clause_ids(&r),
        ["一、", "二、", "三、/（一）", "三、/（二）", "四、"]
    );
    assert_eq!(
        responsible_of(text, &r),
        [
            row(
                "（责任单位：县工信局、县财政局）",
                &["县工信局", "县财政局"],
                &[],
                &["一、"]
            ),
            row("（责任单位：县工信局）", &["县工信局"], &[], &["二、"]),
            row(
                "（县发改局牵头，县供电公司配合）",
                &["县发改局", "县供电公司"],
                &["县发改局"],
                &["三、", "（二）"]
            ),
        ]
    );
}

#[test]
fn written_plan_with_labels_in_square_brackets_and_label_lines() {
    let text = "某某区人民政府关于印发某某区促进就业工作方案的通知
一、重点任务
1.扩大就业岗位。开发公益性岗位。【责任单位】区人社局、区财政局
2.加强技能培训。开展职业技能培训。【牵头单位】区人社局【配合单位】区教育局、区总工会。
3.强化兜底帮扶。
牵头单位：区民政局
责任单位：各街道办事处、区残联
二、保障措施
加强督导考核。（区政府督查室负责）
";
    let r = written(text);
    assert_eq!(
        responsible_of(text, &r),
        [
            row(
                "【责任单位】区人社局、区财政局",
                &["区人社局", "区财政局"],
                &[],
                &["一、", "1."]
            ),
            row(
                "【牵头单位】区人社局【配合单位】区教育局、区总工会",
                &["区人社局", "区教育局", "区总工会"],
                &["区人社局"],
                &["一、", "2."]
            ),
            row(
                "牵头单位：区民政局\n责任单位：各街道办事处、区残联",
                &["区民政局", "各街道办事处", "区残联"],
                &["区民政局"],
                &["一、", "3."]
            ),
            row("（区政府督查室负责）", &["区政府督查室"], &[], &["二、"]),
        ]
    );
    assert_eq!(
        outline_of(&r),
        [
            "1:一、:1:重点任务",
            "3:1.:1:扩大就业岗位",
            "3:2.:2:加强技能培训",
            "3:3.:3:强化兜底帮扶",
            "1:二、:2:保障措施",
        ]
    );
    assert_eq!(clause_ids(&r), ["一、/1.", "一、/2.", "一、/3.", "二、"]);
    let third = &r["clauses"][2];
    assert_eq!(third["responsible"], serde_json::json!([2]));
}
