//! Instrument candidates of three clause-rich texts written for these tests
//! (no real document): a county 若干措施 with amounts, a 指导意见 with its
//! 指导思想 and 基本原则, and a 管理办法 of 应当 and 不得 articles. The
//! expected (clause, category, tool) rows were written before the texts
//! were run, as a coder of corpus/ANNOTATION.md would code them.

use shuzi::policy::parse;
use shuzi::Config;

/// (clause id, category, tool, cue) of every candidate, in clause order.
fn coded(text: &str) -> Vec<(String, &'static str, String, String)> {
    let p = parse(text, &Config::default());
    let mut out = Vec::new();
    for c in &p.clauses {
        for i in &c.instruments {
            out.push((
                c.id(text),
                i.category.as_str(),
                i.tool.to_string(),
                text[i.cue.range()].to_string(),
            ));
        }
    }
    out
}

fn row(
    id: &str,
    category: &'static str,
    tool: &str,
    cue: &str,
) -> (String, &'static str, String, String) {
    (id.to_string(), category, tool.to_string(), cue.to_string())
}

#[test]
fn a_county_list_of_measures_with_amounts() {
    let text = "某县关于支持制造业高质量发展的若干措施\n\n\
一、加大财政支持。县财政每年安排专项资金5000万元，用于支持制造业发展。\n\
二、鼓励技术改造。对年度设备投资额超过500万元的技术改造项目，按设备投资额的10%给予补助，最高不超过200万元。\n\
三、支持企业上规。对首次纳入规模以上统计的工业企业，给予一次性奖励10万元。\n\
四、强化金融服务。对获得银行贷款的企业，按贷款市场报价利率的50%给予贴息。\n";
    assert_eq!(
        coded(text),
        [
            row("一、", "supply", "资金投入", "专项资金"),
            row("二、", "supply", "技术支持", "技术改造"),
            row("二、", "supply", "资金投入", "补助"),
            // The longer cue of the table wins over 奖励 (same tool).
            row("三、", "supply", "资金投入", "一次性奖励"),
            row("四、", "environment", "金融支持", "金融"),
        ]
    );
}

#[test]
fn a_guiding_opinion_with_its_principles() {
    let text = "某省人民政府关于加快发展数字经济的指导意见\n\n\
一、总体要求\n\
（一）指导思想。以习近平新时代中国特色社会主义思想为指导，坚持新发展理念，以数字化转型为主线，推动数字经济和实体经济深度融合。\n\
（二）基本原则。坚持市场主导、政府引导，坚持创新驱动、安全发展。\n\
（三）发展目标。到2027年，全省数字经济核心产业增加值达到5000亿元。\n\
二、重点任务\n\
（一）建设新型基础设施。加快5G基站和数据中心建设，到2027年建成5G基站10万个。\n\
（二）加强人才培养。支持高校开设数字经济相关专业，每年培训数字技能人才1万人次。\n\
三、保障措施\n\
（一）加大资金支持。省财政设立数字经济发展专项资金。\n";
    assert_eq!(
        coded(text),
        [
            row("一、/（三）", "environment", "目标规划", "发展目标"),
            row("二、/（一）", "supply", "基础设施", "基础设施"),
            row("二、/（二）", "supply", "人才培养", "人才培养"),
            // The run-in title's cue comes first (same tool as 专项资金).
            row("三、/（一）", "supply", "资金投入", "资金支持"),
        ]
    );
}

#[test]
fn rules_of_obligation_and_prohibition() {
    let text = "某市公共租赁住房管理办法\n\n\
第一条　为规范公共租赁住房管理，根据有关规定，制定本办法。\n\
第二条　市住房保障部门应当会同市财政部门安排公共租赁住房建设专项资金。\n\
第三条　承租人应当按照合同约定按时缴纳租金。\n\
第四条　承租人不得将公共租赁住房转借、转租。\n\
第五条　对符合条件的承租人，给予每月每平方米10元租赁补贴。\n\
第六条　允许承租人在合同期内申请开展租购并举试点。\n\
第七条　本办法自2025年1月1日起施行。\n";
    assert_eq!(
        coded(text),
        [
            // A purpose article whose aim is to regulate codes the rule
            // (the coders code 为规范…管理 as 法规管制).
            row("第一条", "environment", "法规管制", "规范公共租赁住房管理"),
            row("第二条", "supply", "资金投入", "专项资金"),
            row("第三条", "environment", "法规管制", "应当"),
            row("第四条", "environment", "法规管制", "不得"),
            row("第五条", "supply", "资金投入", "补贴"),
            // 允许 is the mode of the measure it governs, a pilot.
            row("第六条", "demand", "示范推广", "试点"),
        ]
    );
}

#[test]
fn an_article_handled_under_rules_laid_down_elsewhere() {
    // An article whose first sentence ends by handling the matter under
    // rules named elsewhere (…按照国家有关规定办理) deploys no measure; one
    // that only says to handle it by law (依法及时办理) still lays down a rule.
    let text = "某市科技园区管理办法\n\n\
第一条 园区企业合并或者分立，按照国家有关规定办理。\n\n\
第二条 园区企业歇业的，依照本市有关企业登记的规定办理。\n\n\
第三条 园区内需要变更的事项，园区企业应当依法及时办理。\n";
    assert_eq!(
        coded(text),
        vec![row("第三条", "environment", "法规管制", "应当")]
    );
}

#[test]
fn refunds_bonded_warehouses_and_affairs_administered() {
    // 返还 of revenue or fees is funding (supply); a bonded regime named by
    // its warehouse or storage is a trade measure (demand); 进出口 before
    // 事务 names affairs administered, no trade measure; 返还 after 未能 in
    // its stretch names what was not done.
    let text = "某市高新园区条例\n\n\
第一条 园区管委会统一管理园区的进出口事务。\n\n\
第二条 园区的新增税收，三年内全部返还园区，专项用于园区建设。\n\n\
第三条 经海关批准，园区可以设立保税仓库。\n\n\
第四条 有关部门未能及时返还保证金，由该部门承担责任。\n";
    let got = coded(text);
    assert!(
        !got.iter().any(|r| r.1 == "demand" && r.0 == "第一条"),
        "{got:?}"
    );
    assert!(
        got.contains(&row("第二条", "supply", "资金投入", "返还")),
        "{got:?}"
    );
    assert!(
        got.contains(&row("第三条", "demand", "贸易管制", "保税仓库")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|r| r.0 == "第四条" && r.1 == "supply"),
        "{got:?}"
    );
}

#[test]
fn a_land_supply_plan_and_land_named_by_its_use() {
    // 供应计划 is a plan (目标规划); 住宅用地 and 办公用地 name classes of
    // parcels, no infrastructure built.
    let text = "关于促进房地产市场平稳健康发展的若干措施\n\n\
一、优化住房供应。科学编制年度住宅用地供应计划，合理调整商业办公用地规模。\n";
    assert_eq!(
        coded(text),
        vec![row("一、", "environment", "目标规划", "供应计划")]
    );
}

#[test]
fn a_cue_after_a_failure_to_act_names_what_was_not_done() {
    // 未按 (failed to act as required) before a cue in its stretch: the cue
    // names the duty not met, no facility built; the sanction is read.
    let text = "关于开展物业服务专项整治的通知\n\n\
一、整治内容。查处物业企业未按合同约定完善小区配套设施，依法予以处罚。\n";
    let got = coded(text);
    assert!(!got.iter().any(|r| r.1 == "supply"), "{got:?}");
    assert!(got.iter().any(|r| r.2 == "法规管制"), "{got:?}");
}
