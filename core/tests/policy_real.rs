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
            // A 各 unit naming its body ends at 和 (docs/policy.md, `units`:
            // `济源示范区、航空港区管委会` is a unit of its own).
            row(
                "（省商务厅、财政厅，各市政府和某某示范区、某某港区管委会按职责分工负责。以下均需各市政府落实，不再列出）",
                &["省商务厅", "财政厅", "各市政府", "某某示范区、某某港区管委会"],
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
                // The note's units are this bracket's too (not leading).
                &["省农业农村厅", "省乡村振兴局", "各市、县（市、区）人民政府"],
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

/// A target row: span, deadline, metric, and the amount's text, start,
/// value, bound and unit.
type TargetRow<'a> = (
    i64,
    i64,
    i64,
    &'a str,
    &'a str,
    i64,
    String,
    &'a str,
    &'a str,
);

fn target_rows(r: &Value) -> Vec<TargetRow<'_>> {
    r["targets"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|t| {
            let a = &t["amount"];
            (
                t["start"].as_i64().unwrap(),
                t["end"].as_i64().unwrap(),
                t["deadline"].as_i64().unwrap(),
                t["metric"].as_str().unwrap(),
                a["text"].as_str().unwrap(),
                a["start"].as_i64().unwrap(),
                a["value"].to_string().trim_matches('"').to_string(),
                a["bound"].as_str().unwrap(),
                a["unit"].as_str().unwrap(),
            )
        })
        .collect()
}

fn target_row<'a>(
    span: (i64, i64),
    deadline: i64,
    metric: &'a str,
    amount: (&'a str, i64),
    value: &str,
    bound: &'a str,
    unit: &'a str,
) -> TargetRow<'a> {
    (
        span.0,
        span.1,
        deadline,
        metric,
        amount.0,
        amount.1,
        value.to_string(),
        bound,
        unit,
    )
}

/// A plan's goals paragraph written in the style of a 行动方案 (not a crawled
/// document): the deadline reaches every figure after it across sentences;
/// 分别 pairs the listed metrics with the figures even where a joiner
/// character stands inside a word (普及率); a past year's results, a
/// 截至 status, a budget under 每年 and a frequency (每季度…1次) are no targets.
#[test]
fn targets_of_a_written_action_plan() {
    let text = T3;
    let r = written(text);
    assert_eq!(
        r["heading"],
        "某市人民政府办公室关于印发某市推进制造业数字化转型行动方案（2024—2026年）的通知"
    );
    assert_eq!(r["form"], "通知");
    assert_eq!(r["attachment_form"], "行动方案");
    assert_eq!(
        target_rows(&r),
        [
            target_row(
                (179, 211),
                2025,
                "全市规模以上工业企业数字化改造覆盖率",
                ("80%以上", 206),
                "80",
                "at_least",
                "%"
            ),
            target_row(
                (179, 223),
                2025,
                "省级智能工厂",
                ("20家", 220),
                "20",
                "exact",
                "家"
            ),
            target_row(
                (179, 232),
                2025,
                "数字化车间",
                ("50个", 229),
                "50",
                "exact",
                "个"
            ),
            target_row(
                (179, 246),
                2025,
                "5G基站",
                ("1.2万个", 241),
                "12000",
                "exact",
                "个"
            ),
            target_row(
                (179, 262),
                2025,
                "工业互联网标识解析二级节点",
                ("3个", 260),
                "3",
                "exact",
                "个"
            ),
            target_row(
                (263, 305),
                2026,
                "规上工业企业关键工序数控化率",
                ("65%", 302),
                "65",
                "exact",
                "%"
            ),
            target_row(
                (263, 309),
                2026,
                "数字化研发设计工具普及率",
                ("85%", 306),
                "85",
                "exact",
                "%"
            ),
            target_row(
                (263, 326),
                2026,
                "单位工业增加值能耗",
                ("15%以内", 321),
                "15",
                "at_most",
                "%"
            ),
        ]
    );
    // 自印发之日起施行，有效期3年 in the attachment: that 方案's, until 3 years.
    let e = at(&r, "effective", 504, 518);
    assert_eq!(e["text"], "自印发之日起施行，有效期3年");
    assert!(e["date"].is_null());
    assert_eq!(
        e["document"],
        "某市推进制造业数字化转型行动方案（2024—2026年）"
    );
    assert_eq!(e["until"]["kind"], "duration");
    assert_eq!(e["until"]["text"], "3年");
    assert_eq!(e["until"]["start"], 516);
    assert_eq!(r["effective"].as_array().unwrap().len(), 1);
}

/// A 实施意见's goals: a target that leaves its metric out takes the
/// previous one's (`到2027年不低于3.5人`); 力争 without 到, 到“十四五”末,
/// YYYY年前; 稳定在/提高至 are linking verbs; money spent and a past share are
/// no targets; 有效期至 gives the end date.
#[test]
fn targets_of_a_written_implementing_opinion() {
    let text = T4;
    let r = written(text);
    assert_eq!(
        r["heading"],
        "某省卫生健康委员会关于加强基层医疗卫生服务能力建设的实施意见"
    );
    assert_eq!(
        target_rows(&r),
        [
            target_row(
                (38, 64),
                2025,
                "每千人口执业（助理）医师数",
                ("3.2人", 60),
                "3.2",
                "exact",
                "人"
            ),
            target_row(
                (65, 78),
                2027,
                "每千人口执业（助理）医师数",
                ("不低于3.5人", 71),
                "3.5",
                "at_least",
                "人"
            ),
            target_row(
                (79, 104),
                2026,
                "乡镇卫生院服务能力达标率",
                ("90%", 101),
                "90",
                "exact",
                "%"
            ),
            target_row(
                (105, 127),
                2025,
                "县域内就诊率",
                ("90%左右", 122),
                "90",
                "approx",
                "%"
            ),
            target_row(
                (105, 145),
                2025,
                "家庭医生签约服务覆盖率",
                ("75%", 142),
                "75",
                "exact",
                "%"
            ),
            target_row(
                (147, 171),
                2025,
                "县域医疗次中心",
                ("100个左右", 165),
                "100",
                "approx",
                "个"
            ),
        ]
    );
    let e = at(&r, "effective", 220, 249);
    assert_eq!(e["text"], "自2024年5月1日起施行，有效期至2028年12月31日");
    assert_eq!(e["date"]["text"], "2024年5月1日");
    assert_eq!(e["date"]["value"], "2024-05-01");
    assert!(e["document"].is_null());
    assert_eq!(e["until"]["kind"], "date");
    assert_eq!(e["until"]["text"], "2028年12月31日");
    assert_eq!(e["until"]["start"], 238);
    assert_eq!(e["until"]["value"], "2028-12-31");
}

const T3: &str = "某市人民政府办公室关于印发某市推进制造业数字化转型行动方案（2024—2026年）的通知\n\
某政办发〔2024〕9号\n\
各县（区）人民政府，市政府各部门：\n\
现将《某市推进制造业数字化转型行动方案（2024—2026年）》印发给你们，请认真贯彻执行。\n\
某市人民政府办公室\n\
2024年3月1日\n\
某市推进制造业数字化转型行动方案（2024—2026年）\n\
一、发展目标\n\
到2025年，全市规模以上工业企业数字化改造覆盖率达到80%以上，培育省级智能工厂20家、数字化车间50个。力争建成5G基站1.2万个，工业互联网标识解析二级节点3个。到2026年底，规上工业企业关键工序数控化率、数字化研发设计工具普及率分别达到65%和85%，单位工业增加值能耗下降15%以内。\n\
2023年，全市已建成智能工厂8家，数字经济核心产业增加值突破500亿元。截至2023年底，累计培育专精特新企业120家。\n\
二、重点任务\n\
（一）加大资金支持。2025年前，市财政每年安排专项资金5000万元，对获评省级智能工厂的企业给予一次性奖励100万元。市工业和信息化局每季度通报1次进展。（责任单位：市财政局、市工业和信息化局）\n\
三、附则\n\
本方案自印发之日起施行，有效期3年。原《某市推进企业上云行动计划》（某政办发〔2019〕12号）同时废止。\n\
";

const T4: &str = "某省卫生健康委员会关于加强基层医疗卫生服务能力建设的实施意见\n\
一、主要目标\n\
到2025年，每千人口执业（助理）医师数达到3.2人，到2027年不低于3.5人。力争2026年，乡镇卫生院服务能力达标率达到90%。到“十四五”末，县域内就诊率稳定在90%左右，家庭医生签约服务覆盖率提高至75%。\n\
2025年前，全省建成县域医疗次中心100个左右。\n\
二、保障措施\n\
省级财政累计投入资金12亿元。2022年全省基层诊疗量占比为52.3%。\n\
本意见自2024年5月1日起施行，有效期至2028年12月31日。\n\
";

/// Frameworks and an end of validity in a written 若干措施 (not a crawled
/// document): a list before the label loses the verb that opens it (完善),
/// the joiner before it (和) and its closing 等; a label defined later over
/// its members (`A和B（统称“两库”）`) takes them there; a label listed
/// after a ban (`严禁…、“二选一”`) and the name of a games (`十五运`) are no
/// schemes; numerals counting different things (`两级三方全链条`) give no
/// count; `，至…止` after the phrase is its end.
#[test]
fn frameworks_and_validity_of_written_measures() {
    let r = written(T7);
    assert_eq!(r["heading"], "某市商务局关于促进消费扩容提质的若干措施");
    let got: Vec<(i64, i64, &str, Value, Vec<&str>)> = r["frameworks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["start"].as_i64().unwrap(),
                f["end"].as_i64().unwrap(),
                f["label"].as_str().unwrap(),
                f["count"].clone(),
                strs(&f["members"]),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                52,
                58,
                "四张清单",
                Value::from(4),
                vec!["消费政策", "促销活动", "惠民补贴", "信用评价"]
            ),
            (
                74,
                80,
                "三项服务",
                Value::from(3),
                vec!["投诉受理", "纠纷调解", "先行赔付"]
            ),
            (
                128,
                132,
                "两库",
                Value::from(2),
                vec!["检查对象名录库", "执法检查人员名录库"]
            ),
            (179, 188, "两级三方全链条", Value::Null, vec![]),
        ]
    );
    assert!(r["frameworks"][3]["members"].is_null());
    let e = at(&r, "effective", 218, 244);
    assert_eq!(e["text"], "自2024年6月1日起施行，至2025年12月31日");
    assert_eq!(e["date"]["value"], "2024-06-01");
    assert!(e["document"].is_null());
    assert_eq!(e["until"]["kind"], "date");
    assert_eq!(e["until"]["text"], "2025年12月31日");
    assert_eq!(e["until"]["start"], 233);
    assert_eq!(e["until"]["value"], "2025-12-31");
}

const T7: &str = "某市商务局关于促进消费扩容提质的若干措施\n\
一、优化消费环境\n\
完善消费政策、促销活动、惠民补贴、信用评价等“四张清单”和投诉受理、纠纷调解、先行赔付等“三项服务”机制。严禁虚假宣传、“二选一”、“大数据杀熟”等行为。\n\
二、加强市场监管\n\
（一）建立健全随机抽查“两库”。各区要建立与抽查事项相对应的检查对象名录库和执法检查人员名录库（统称“两库”）。\n\
（二）推行“两级三方全链条”监管模式，全力办好“十五运”相关保障工作。\n\
三、附则\n\
本措施自2024年6月1日起施行，至2025年12月31日止。\n\
";

/// A shared body (`广州、深圳市政府分别负责`: both cities' governments) is
/// one unit; bodies named in full stay apart. A 试行 of the document a
/// notice issues is not the notice's (`关于印发…办法（试行）的通知`).
#[test]
fn shared_bodies_and_the_trial_of_an_issued_document() {
    let text = "一、推进工作\n（一）做好保障。（广州、深圳市政府分别负责）\n（二）做好衔接。（省发展改革委、广州市政府、深圳市政府负责）\n根据《某市人民政府关于印发某市住房管理办法（试行）的通知》和《某市住房租赁管理办法（试行）》执行。\n";
    let r = written(text);
    let got: Vec<(i64, i64, Vec<&str>)> = r["responsible"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["start"].as_i64().unwrap(),
                x["end"].as_i64().unwrap(),
                strs(&x["units"]),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (15, 29, vec!["广州、深圳市政府"]),
            (38, 60, vec!["省发展改革委", "广州市政府", "深圳市政府"]),
        ]
    );
    let titles: Vec<(&str, &str, bool)> = r["titles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["name"].as_str().unwrap(),
                t["doc_type"].as_str().unwrap(),
                t["trial"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        titles,
        [
            (
                "某市人民政府关于印发某市住房管理办法（试行）的通知",
                "通知",
                false
            ),
            ("某市住房租赁管理办法（试行）", "办法", true),
        ]
    );
}

/// Ends of validity written after the phrase: `施行期限3年` (a duration),
/// `，2026年3月31日废止` (the date it lapses); a phrase after a title is
/// that document's.
#[test]
fn ends_of_validity_after_the_phrase() {
    let text = "七、本办法自2024年1月1日起施行，施行期限3年。\n本规定自2024年4月1日起施行，2026年3月31日废止。\n《某市物业管理条例》自2024年5月1日起施行。\n";
    let r = written(text);
    /// Span, text, date value and start, document, and the until's kind,
    /// text, start and value.
    type Row<'a> = (
        i64,
        i64,
        &'a str,
        &'a str,
        i64,
        Value,
        Value,
        Value,
        Value,
        Value,
    );
    let got: Vec<Row> = r["effective"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["start"].as_i64().unwrap(),
                e["end"].as_i64().unwrap(),
                e["text"].as_str().unwrap(),
                e["date"]["value"].as_str().unwrap(),
                e["date"]["start"].as_i64().unwrap(),
                e["document"].clone(),
                e["until"]["kind"].clone(),
                e["until"]["text"].clone(),
                e["until"]["start"].clone(),
                e["until"]["value"].clone(),
            )
        })
        .collect();
    let s = |x: &str| Value::from(x);
    assert_eq!(
        got,
        [
            (
                5,
                25,
                "自2024年1月1日起施行，施行期限3年",
                "2024-01-01",
                6,
                Value::Null,
                s("duration"),
                s("3年"),
                Value::from(23),
                Value::from(3)
            ),
            (
                30,
                54,
                "自2024年4月1日起施行，2026年3月31日",
                "2024-04-01",
                31,
                Value::Null,
                s("date"),
                s("2026年3月31日"),
                Value::from(44),
                s("2026-03-31")
            ),
            (
                68,
                81,
                "自2024年5月1日起施行",
                "2024-05-01",
                69,
                s("某市物业管理条例"),
                Value::Null,
                Value::Null,
                Value::Null,
                Value::Null
            ),
        ]
    );
    assert_eq!(r["effective"][0]["until"]["unit"], "year");
}

/// A 主要目标 section in dashes: a growth rate after a level keeps its
/// metric; a change against a base year is a target of its own; 全覆盖 and a
/// figure without a year (力争全年) are none; a count before a bounded
/// kind (`10家以上产值超百亿元的龙头企业`) is the goal and the bound part of
/// its metric; a status (目前…已有) is no goal; a goal after its deadline
/// with no metric takes the subject of the clause before the deadline.
#[test]
fn targets_of_a_written_goals_section() {
    let r = written(T10);
    assert_eq!(
        target_rows(&r),
        [
            target_row(
                (19, 45),
                2025,
                "全市战略性新兴产业产值",
                ("3000亿元", 39),
                "300000000000",
                "more_than",
                "元"
            ),
            target_row(
                (19, 55),
                2025,
                "全市战略性新兴产业产值",
                ("12%以上", 50),
                "12",
                "at_least",
                "%"
            ),
            target_row(
                (68, 92),
                2025,
                "全社会研发经费投入强度",
                ("2.8%", 88),
                "2.8",
                "exact",
                "%"
            ),
            target_row(
                (68, 108),
                2025,
                "全社会研发经费投入强度",
                ("0.6个百分点", 101),
                "0.6",
                "exact",
                "pp"
            ),
            target_row(
                (110, 131),
                2025,
                "全省5G基站数量",
                ("10万个", 127),
                "100000",
                "exact",
                "个"
            ),
            target_row(
                (144, 163),
                2030,
                "5G基站数量",
                ("20万个", 159),
                "200000",
                "exact",
                "个"
            ),
            target_row(
                (184, 200),
                2024,
                "老旧小区改造任务",
                ("120个", 196),
                "120",
                "exact",
                "个"
            ),
            target_row(
                (210, 224),
                2025,
                "产值超百亿元的龙头企业",
                ("10家以上", 219),
                "10",
                "at_least",
                "家"
            ),
            target_row(
                (210, 251),
                2025,
                "规上工业增加值",
                ("7%左右", 247),
                "7",
                "approx",
                "%"
            ),
            target_row(
                (210, 269),
                2025,
                "占地区生产总值比重",
                ("30%以上", 264),
                "30",
                "at_least",
                "%"
            ),
            target_row(
                (291, 314),
                2027,
                "国家级高新技术企业",
                ("1500家", 309),
                "1500",
                "exact",
                "家"
            ),
            target_row(
                (338, 352),
                2025,
                "全市地区生产总值",
                ("6000亿元", 346),
                "600000000000",
                "more_than",
                "元"
            ),
        ]
    );
}

const T10: &str = "（二）主要目标\n\
——产业规模持续壮大。到2025年，全市战略性新兴产业产值突破3000亿元，年均增长12%以上。\n\
——创新能力显著增强。到2025年，全社会研发经费投入强度达到2.8%，比2020年提高0.6个百分点。\n\
到2025年，全省5G基站数量达到10万个，实现乡镇以上区域全覆盖；到2030年，5G基站数量达到20万个。\n\
力争全年完成固定资产投资500亿元。\n\
2024年底前，全面完成120个老旧小区改造任务。\n\
到2025年，培育10家以上产值超百亿元的龙头企业，规上工业增加值年均增长7%左右，占地区生产总值比重保持在30%以上。\n\
目前全市已有国家级高新技术企业800家。到2027年，国家级高新技术企业达到1500家。\n\
2023年全市地区生产总值达到5000亿元，到2025年突破6000亿元。\n\
";

/// A bracket holding the document's number and then its short name: the
/// alias is read (no title of its own for `若干措施`), and the reference
/// holds title and number over the whole bracket.
#[test]
fn an_alias_after_the_number_in_one_bracket() {
    let text = "参照《某市促进经济发展若干政策措施》（某政发〔2023〕5号，以下简称《若干措施》）执行。《若干措施》未尽事宜另行规定。\n";
    let r = written(text);
    let titles = r["titles"].as_array().unwrap();
    assert_eq!(titles.len(), 1);
    let t = &titles[0];
    assert_eq!(t["name"], "某市促进经济发展若干政策措施");
    assert_eq!(
        (t["start"].as_i64(), t["end"].as_i64()),
        (Some(2), Some(18))
    );
    assert_eq!(t["doc_type"], "政策措施");
    assert_eq!(t["trial"], false);
    assert_eq!(t["alias"], "若干措施");
    let refs = r["references"].as_array().unwrap();
    assert_eq!(refs.len(), 1);
    let x = &refs[0];
    assert_eq!(x["title"], "某市促进经济发展若干政策措施");
    assert_eq!(x["doc_number"], "某政发〔2023〕5号");
    assert_eq!(x["relation"], "cites");
    assert_eq!(
        (x["start"].as_i64(), x["end"].as_i64()),
        (Some(2), Some(42))
    );
}

/// Brackets of responsibility in the forms 实施方案 use: labels with
/// groups, 牵头/配合, 按职责分工负责, a time limit after the units, square
/// brackets, catch-alls dropped beside named units, and `A负责，B落实`.
#[test]
fn responsibility_brackets_of_a_written_plan() {
    let r = written(T11);
    type Row<'a> = (i64, i64, Vec<&'a str>, Vec<&'a str>, Vec<&'a str>);
    let got: Vec<Row> = r["responsible"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["start"].as_i64().unwrap(),
                x["end"].as_i64().unwrap(),
                strs(&x["units"]),
                strs(&x["lead"]),
                strs(&x["path"]),
            )
        })
        .collect();
    let want: Vec<Row> = vec![
        (
            19,
            49,
            vec!["市发展改革委", "市财政局", "各县〈市、区〉人民政府"],
            vec![],
            vec!["一、", "（一）"],
        ),
        (
            62,
            90,
            vec!["市商务局", "市市场监管局", "市税务局"],
            vec!["市商务局"],
            vec!["一、", "（二）"],
        ),
        (
            103,
            129,
            vec!["市教育局", "市人力资源社会保障局", "市财政局"],
            vec!["市教育局"],
            vec!["一、", "（三）"],
        ),
        (
            142,
            170,
            vec!["市住房城乡建设局", "市自然资源和规划局"],
            vec![],
            vec!["一、", "（四）"],
        ),
        (
            183,
            217,
            vec!["市卫生健康委", "市医保局"],
            vec![],
            vec!["一、", "（五）"],
        ),
        (
            230,
            248,
            vec!["市农业农村局", "各县区政府"],
            vec![],
            vec!["一、", "（六）"],
        ),
        (
            261,
            286,
            vec!["各县〈市、区〉人民政府"],
            vec![],
            vec!["一、", "（七）"],
        ),
        (
            299,
            319,
            vec!["市科技局", "市工业和信息化局"],
            vec![],
            vec!["一、", "（八）"],
        ),
        (
            332,
            370,
            vec![
                "省发展改革委",
                "省工业和信息化厅",
                "省财政厅",
                "各市人民政府",
            ],
            vec![],
            vec!["一、", "（九）"],
        ),
        (
            383,
            414,
            vec!["市文化广电旅游局", "各县〈市、区〉政府"],
            vec![],
            vec!["一、", "（十）"],
        ),
    ];
    assert_eq!(got, want);
}

const T11: &str = "一、重点任务\n\
（一）做好甲。推进工作。（责任单位：市发展改革委、市财政局，各县〈市、区〉人民政府）\n\
（二）做好乙。推进工作。（牵头单位：市商务局；配合单位：市市场监管局、市税务局）\n\
（三）做好丙。推进工作。（市教育局牵头，市人力资源社会保障局、市财政局配合）\n\
（四）做好丁。推进工作。（市住房城乡建设局、市自然资源和规划局等按职责分工负责）\n\
（五）做好戊。推进工作。（责任单位：市卫生健康委、市医保局；完成时限：2024年12月底前）\n\
（六）做好己。推进工作。（市农业农村局负责，各县区政府落实）\n\
（七）做好庚。推进工作。（责任部门：各县〈市、区〉人民政府，市直有关部门）\n\
（八）做好辛。推进工作。[责任单位：市科技局、市工业和信息化局]\n\
（九）做好壬。推进工作。（省发展改革委、省工业和信息化厅、省财政厅按职责分工负责，各市人民政府落实）\n\
（十）做好癸。推进工作。（责任单位：市文化广电旅游局，各县〈市、区〉政府，市有关部门）\n\
";

/// Counts of labels made of kinds of parts: each numeral with one word, the
/// numerals not all the same, sum up (`一核两翼三带` 6, like `两园一河` 3);
/// a measure word keeps the first numeral (`七位一体` 7); members after a
/// colon are read.
#[test]
fn counts_of_labels_of_several_kinds_of_parts() {
    let text = "深入实施“十大工程”，推进“三大行动”：创新行动、开放行动、绿色行动。构建“1+N”政策体系，打造“一核两翼三带”发展格局，建设“两园一河”，推进“七位一体”。\n";
    let r = written(text);
    let got: Vec<(&str, Value, Vec<&str>)> = r["frameworks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["label"].as_str().unwrap(),
                f["count"].clone(),
                strs(&f["members"]),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("十大工程", Value::from(10), vec![]),
            (
                "三大行动",
                Value::from(3),
                vec!["创新行动", "开放行动", "绿色行动"]
            ),
            ("1+N", Value::Null, vec![]),
            ("一核两翼三带", Value::from(6), vec![]),
            ("两园一河", Value::from(3), vec![]),
            ("七位一体", Value::from(7), vec![]),
        ]
    );
    let spans: Vec<(i64, i64)> = r["frameworks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["start"].as_i64().unwrap(), f["end"].as_i64().unwrap()))
        .collect();
    assert_eq!(
        spans,
        [(4, 10), (13, 19), (37, 42), (49, 57), (64, 70), (73, 79)]
    );
}

/// A title wrapped over three lines whose middle line holds the plan's
/// years in brackets, its last line only the type word: one heading.
#[test]
fn a_title_wrapped_around_the_years_of_a_plan() {
    let text = "某省人民政府办公厅关于印发某省促进\n低空经济高质量发展行动方案（2024—2027年）的\n通知\n某政办发〔2024〕15号\n各市人民政府，省政府各部门：\n现将《某省促进低空经济高质量发展行动方案（2024—2027年）》印发给你们。\n";
    let r = written(text);
    assert_eq!(
        r["heading"],
        "某省人民政府办公厅关于印发某省促进低空经济高质量发展行动方案（2024—2027年）的通知"
    );
    assert_eq!(r["form"], "通知");
    assert_eq!(r["attachment_form"], "行动方案");
    let x = at(&r, "recipients", 62, 75);
    assert_eq!(x["text"], "各市人民政府，省政府各部门");
    let d = at(&r, "doc_numbers", 48, 61);
    assert_eq!(d["prefix"], "某政办发");
    assert_eq!(d["year"], 2024);
    assert_eq!(d["serial"], 15);
}

/// A title without 关于 wrapped over the first two lines (a year in its
/// first line) is joined; a one-line news headline stays one line.
#[test]
fn a_title_without_guanyu_wrapped_at_the_top() {
    let r = written("某市2024年稳增长\n若干政策措施\n一、加大投资力度\n（一）扩大有效投资。\n");
    assert_eq!(r["heading"], "某市2024年稳增长若干政策措施");
    assert_eq!(r["form"], "政策措施");
    let r = written("某市2024年一季度经济运行情况\n2024年一季度，全市地区生产总值增长5%。\n");
    assert_eq!(r["heading"], "某市2024年一季度经济运行情况");
}

/// Years that set no goal: `YYYY年前` before a numeral is a period
/// (前三季度), `前后` is about then, and a `YYYY年以前` clause that only
/// describes a thing (建成的小区) dates it; `YYYY年底前` before a figure in
/// its clause is a deadline, the thing a relative clause (建成的项目).
#[test]
fn years_before_that_set_no_goal() {
    let text = "2024年前三季度，全市地区生产总值增长5.2%。\n预计2030年前后，全市人口达到峰值500万人。\n2025年以前建成的小区，改造补助每户1万元。\n2025年底前建成的项目达到100个。\n";
    let r = written(text);
    assert_eq!(
        target_rows(&r),
        [target_row(
            (75, 93),
            2025,
            "建成的项目",
            ("100个", 89),
            "100",
            "exact",
            "个"
        )]
    );
}

/// Money a grant sets (补助, 奖励, 补贴 before it in its clause) is no
/// goal; the counts beside it are.
#[test]
fn grants_are_no_goals() {
    let text = "到2025年，完成农村危房改造1000户，每户补助1万元，对新认定的企业奖励50万元。\n到2025年，全市培训农民工2万人次，人均培训补贴500元。\n到2025年，累计争取中央补助资金10亿元。\n";
    let r = written(text);
    assert_eq!(
        target_rows(&r),
        [
            target_row(
                (0, 20),
                2025,
                "农村危房改造",
                ("1000户", 15),
                "1000",
                "exact",
                "户"
            ),
            target_row(
                (44, 62),
                2025,
                "全市培训农民工",
                ("2万人次", 58),
                "20000",
                "exact",
                "人次"
            ),
            target_row(
                (75, 96),
                2025,
                "累计争取中央补助资金",
                ("10亿元", 92),
                "1000000000",
                "exact",
                "元"
            ),
        ]
    );
}

/// A repost's stamp between the heading and the recipients
/// (`江西省房地产业协会2023-05-0409:55发表于江西`) is no recipient line.
#[test]
fn a_repost_stamp_is_no_recipient() {
    let r = record("muni_jingdezhen_ershoufang_2023");
    let got: Vec<(i64, i64, &str)> = r["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["start"].as_i64().unwrap(),
                x["end"].as_i64().unwrap(),
                x["text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [(66, 92, "各县(市、区)人民政府,市政府有关部门,市直有关单位")]
    );
    assert_eq!(
        r["heading"],
        "景德镇市人民政府办公室关于印发促进中心城区二手住房交易的若干措施的通知"
    );
}

/// Magnitudes in a row make one number before the noun they count
/// (`百万英才汇南粤`: a million), none before a scheme's noun (`千万工程`)
/// or when they are no one number (`百千万`).
#[test]
fn magnitudes_counting_a_noun() {
    let r = written("深入实施“百万英才汇南粤”行动计划，推进“千万工程”，实施“百千万”人才计划。\n");
    let got: Vec<(&str, Value)> = r["frameworks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["label"].as_str().unwrap(), f["count"].clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("百万英才汇南粤", Value::from(1_000_000)),
            ("千万工程", Value::Null),
            ("百千万", Value::Null),
        ]
    );
}

/// Members joined by a conjunction after a label with a count: split there
/// when that gives the count (`“两新”（A和B）`, `即A、B和C`).
#[test]
fn members_joined_by_a_conjunction() {
    let r = written("推进“两新”（大规模设备更新和消费品以旧换新）工作。开展“三大行动”，即创新行动、开放行动和绿色行动。\n");
    let got: Vec<(&str, Value, Vec<&str>)> = r["frameworks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["label"].as_str().unwrap(),
                f["count"].clone(),
                strs(&f["members"]),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "两新",
                Value::from(2),
                vec!["大规模设备更新", "消费品以旧换新"]
            ),
            (
                "三大行动",
                Value::from(3),
                vec!["创新行动", "开放行动", "绿色行动"]
            ),
        ]
    );
}

/// A bound before a thing and its linking verb (`超千亿元企业达到10家`)
/// names the kind counted; bounds of a level (以内, 不低于, 以上) are goals.
#[test]
fn bounds_before_a_linking_verb_and_bounded_goals() {
    let text = "到2027年，全省规上工业企业数量超过2万家，营业收入超千亿元企业达到10家。\n到2025年，空气质量优良天数比率不低于90%，城市生活垃圾回收利用率达到35%以上。\n";
    let r = written(text);
    assert_eq!(
        target_rows(&r),
        [
            target_row(
                (0, 22),
                2027,
                "全省规上工业企业数量",
                ("超过2万家", 17),
                "20000",
                "more_than",
                "家"
            ),
            target_row(
                (0, 38),
                2027,
                "营业收入超千亿元企业",
                ("10家", 35),
                "10",
                "exact",
                "家"
            ),
            target_row(
                (40, 63),
                2025,
                "空气质量优良天数比率",
                ("不低于90%", 57),
                "90",
                "at_least",
                "%"
            ),
            target_row(
                (40, 82),
                2025,
                "城市生活垃圾回收利用率",
                ("35%以上", 77),
                "35",
                "at_least",
                "%"
            ),
        ]
    );
}

/// Goals listed in dashed lines under a deadline's colon: the dash is no
/// part of a metric; a trailing 新增 is the verb, not the metric.
#[test]
fn goals_in_dashed_lines() {
    let r = written(T12);
    assert_eq!(
        target_rows(&r),
        [
            target_row(
                (8, 44),
                2025,
                "养老床位总数",
                ("1.5万张", 39),
                "15000",
                "exact",
                "张"
            ),
            target_row(
                (8, 59),
                2025,
                "护理型床位占比",
                ("60%", 56),
                "60",
                "exact",
                "%"
            ),
            target_row(
                (8, 76),
                2025,
                "区域养老服务中心",
                ("20个", 73),
                "20",
                "exact",
                "个"
            ),
            target_row(
                (78, 101),
                2026,
                "城镇登记失业率",
                ("3.5%以内", 95),
                "3.5",
                "at_most",
                "%"
            ),
            target_row(
                (78, 116),
                2026,
                "农村劳动力转移就业",
                ("1万人", 113),
                "10000",
                "exact",
                "人"
            ),
        ]
    );
}

const T12: &str = "（二）主要目标。到2025年，全市养老服务体系更加健全：\n\
——养老床位总数达到1.5万张，其中护理型床位占比达到60%；\n\
——建成区域养老服务中心20个。\n\
到2026年，城镇登记失业率控制在3.5%以内；农村劳动力转移就业新增1万人。\n\
";

/// A verb before the first member of a list written before its label,
/// found by the shape of the other members: their shared first character
/// (`做好稳就业、稳物价、稳预期`), their one length and last character
/// (`抓好产业链、供应链、资金链`); two members only when the cut leaves the
/// first as long as the second (`数字产业化、产业数字化` stays).
#[test]
fn a_verb_before_listed_members() {
    let r = written("做好稳就业、稳物价、稳预期“三稳”工作。抓好产业链、供应链、资金链“三链”协同。着力破解融资难、融资贵“两难”问题。推动数字产业化、产业数字化“两化融合”。\n");
    let got: Vec<(&str, Value, Vec<&str>)> = r["frameworks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["label"].as_str().unwrap(),
                f["count"].clone(),
                strs(&f["members"]),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("三稳", Value::from(3), vec!["稳就业", "稳物价", "稳预期"]),
            ("三链", Value::from(3), vec!["产业链", "供应链", "资金链"]),
            ("两难", Value::from(2), vec!["融资难", "融资贵"]),
            ("两化融合", Value::from(2), vec!["数字产业化", "产业数字化"]),
        ]
    );
}

/// A list after 即 that goes on over a comma to the label's count
/// (“四送一服”: four 送 and one 服).
#[test]
fn members_over_a_comma_to_the_count() {
    let r = written("开展“四送一服”活动，即送政策、送技术、送资金、送人才，服务企业发展。\n");
    let f = &r["frameworks"][0];
    assert_eq!(f["label"], "四送一服");
    assert_eq!((f["start"].as_i64(), f["end"].as_i64()), (Some(2), Some(8)));
    assert_eq!(f["count"], 5);
    assert_eq!(
        strs(&f["members"]),
        ["送政策", "送技术", "送资金", "送人才", "服务企业发展"]
    );
}
