//! `form` and `attachment_form` (docs/policy.md, 文种) on headings written
//! for this test in the shapes real documents take: issuing verbs other than
//! 印发, opinions and regulations issued directly, decisions, replies,
//! letters and announcements, titles holding 的 or a second 关于, wrapped
//! titles, numbers glued to a title, an issuer line above it and a
//! `原标题：` label. All texts are SYNTHETIC.

use shuzi::policy::parse;
use shuzi::Config;

/// A short document under `top` (the heading and whatever stands around it).
fn doc(top: &str) -> String {
    format!("{top}\n各区县人民政府，市政府各部门：\n为推进某某工作，现就有关事项通知如下。\n一、总体要求\n做好某某工作。\n某市人民政府\n2023年5月6日\n")
}

fn forms(top: &str) -> (Option<String>, Option<String>) {
    let text = doc(top);
    let p = parse(&text, &Config::default());
    (
        p.form.map(str::to_string),
        p.attachment_form.map(str::to_string),
    )
}

const CASES: &[(&str, Option<&str>, Option<&str>)] = &[
    ("某市人民政府关于印发《某市促进就业若干措施》的通知\n某政发〔2023〕5号", Some("通知"), Some("若干措施")),
    ("某省人民政府办公厅关于转发省发展改革委关于促进消费若干意见的通知\n某政办发〔2023〕5号", Some("通知"), Some("若干意见")),
    ("国务院批转发展改革委关于2023年深化经济体制改革重点工作意见的通知\n国发〔2023〕5号", Some("通知"), Some("意见")),
    ("国务院批转国家体改委关于某某改革试点意见的通知\n国发〔1993〕5号", Some("通知"), Some("意见")),
    ("某县人民政府办公室关于下发某县农村公路养护管理办法的通知\n某政办〔2023〕5号", Some("通知"), Some("办法")),
    ("某市人民政府关于颁布《某市城市绿化管理规定》的通知\n某政发〔2023〕5号", Some("通知"), Some("规定")),
    ("某市人民政府关于颁发某市科学技术奖励办法的通知\n某政发〔2023〕5号", Some("通知"), Some("办法")),
    ("某市住房和城乡建设局关于发布《某市建筑节能设计标准》的通知\n某建〔2023〕5号", Some("通知"), Some("标准")),
    ("某市人民政府办公室关于印送某市2023年重点工作任务分解方案的通知\n某政办〔2023〕5号", Some("通知"), Some("方案")),
    ("某市人民政府办公室关于公布第一批某某示范企业名单的通知\n某政办〔2023〕5号", Some("通知"), None),
    ("某市人民政府关于贯彻落实《某某条例》的通知\n某政发〔2023〕5号", Some("通知"), None),
    ("某市人民政府关于做好2023年某某工作的通知\n某政发〔2023〕5号", Some("通知"), None),
    ("某市人民政府关于加快某某产业发展的实施意见\n某政发〔2023〕5号", Some("实施意见"), None),
    ("某部关于加强某某工作的若干意见\n某部发〔2023〕5号", Some("若干意见"), None),
    ("国务院办公厅关于促进某某健康发展的指导意见\n国办发〔2023〕5号", Some("指导意见"), None),
    ("某市城市供水管理办法\n（2023年5月6日某市人民政府令第5号公布）", Some("办法"), None),
    ("某省某某管理条例\n（2023年5月6日某省第十四届人民代表大会常务委员会第五次会议通过）", Some("条例"), None),
    ("某市促进科技成果转化实施细则\n某政办〔2023〕5号", Some("细则"), None),
    ("中华人民共和国某某促进法\n（2023年5月6日第十四届全国人民代表大会常务委员会第五次会议通过）", Some("法"), None),
    ("国务院关于修改《某某条例》的决定\n国令第5号", Some("决定"), None),
    ("国务院关于同意某市设立某某新区的批复\n国函〔2023〕5号", Some("批复"), None),
    ("某部办公厅关于某某试点工作有关事项的函\n某办函〔2023〕5号", Some("函"), None),
    ("国家税务总局 财政部关于某某税收政策的公告\n国家税务总局公告2023年第5号", Some("公告"), None),
    ("某市人民政府关于禁止燃放烟花爆竹的通告\n某政通〔2023〕5号", Some("通告"), None),
    ("某市数字经济发展三年行动方案（2023—2025年）\n某政办〔2023〕5号", Some("行动方案"), None),
    ("某区老旧小区改造工作实施方案\n某区政办〔2023〕5号", Some("实施方案"), None),
    ("某市人民政府关于印发《某市支持“专精特新”企业发展的若干措施》的通知\n某政发〔2023〕5号", Some("通知"), Some("若干措施")),
    ("某市人民政府关于印发某市关于促进民营经济发展的若干措施的通知\n某政发〔2023〕5号", Some("通知"), Some("若干措施")),
    ("某市人民政府关于印发某市加快建设\n现代化产业体系实施方案的通知\n某政发〔2023〕5号", Some("通知"), Some("实施方案")),
    ("某市人民政府关于印发某某办法的通知某政发〔2023〕5号", Some("通知"), Some("办法")),
    ("某市人民政府关于印发某某办法的通知（某政发〔2023〕5号）", Some("通知"), Some("办法")),
    ("某市人民政府关于印发某某办法的通知 某政发〔2023〕5号", Some("通知"), Some("办法")),
    ("某政发〔2023〕5号某市人民政府关于印发某某办法的通知", Some("通知"), Some("办法")),
    ("某市人民政府关于印发某某办法的通知〔2023〕5号", Some("通知"), Some("办法")),
    ("国务院关于某某问题的批复国函〔2023〕5号", Some("批复"), None),
    ("某市发展和改革委员会关于印发某某实施方案的通知某发改规划〔2023〕5号", Some("通知"), Some("实施方案")),
    ("国家税务总局关于某某事项的公告2023年第5号", Some("公告"), None),
    ("某市人民政府关于印发《某某办法》和《某某细则》的通知\n某政发〔2023〕5号", Some("通知"), Some("办法")),
    ("某市人民政府关于印发某某管理办法（试行）的通知\n某政发〔2023〕5号", Some("通知"), Some("办法")),
    ("某市人民政府关于进一步做好某某工作的补充通知\n某政发〔2023〕5号", Some("通知"), None),
    ("某市人民政府关于某某工作的紧急通知\n某政明电〔2023〕5号", Some("通知"), None),
    ("某市人民政府关于印发某某规定的决定\n某政发〔2023〕5号", Some("决定"), None),
    ("某市人民政府关于废止《某某办法》的通知\n某政发〔2023〕5号", Some("通知"), None),
    ("某市人民政府办公室\n关于印发某市优化营商环境若干措施的通知\n某政办发〔2023〕5号", Some("通知"), Some("若干措施")),
    ("某市人民政府文件\n某政发〔2023〕5号\n某市人民政府\n关于印发某某办法的通知", Some("通知"), Some("办法")),
    ("原标题：某市人民政府关于印发某某实施方案的通知", Some("通知"), Some("实施方案")),
    ("某市出台新政支持企业发展\n原标题：某市人民政府关于印发某某实施方案的通知", Some("通知"), Some("实施方案")),
];

#[test]
fn headings_give_form_and_attachment_form() {
    let mut bad = Vec::new();
    for (top, form, att) in CASES {
        let got = forms(top);
        let want = (form.map(str::to_string), att.map(str::to_string));
        if got != want {
            bad.push(format!("{top:?}: want {want:?}, got {got:?}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {}:\n{}",
        bad.len(),
        CASES.len(),
        bad.join("\n")
    );
}
