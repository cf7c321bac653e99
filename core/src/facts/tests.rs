//! Facts of sentences written for these tests (SPEC 4's examples and
//! realistic variants), through the real extractor.

use super::*;

/// (figure, metric, subject, time, measure, status) of each fact.
fn rows(text: &str) -> Vec<(String, String, String, String, &'static str, &'static str)> {
    Extractor::default()
        .facts(text)
        .iter()
        .map(|f| {
            (
                f.figure.text(text).to_string(),
                f.metric
                    .as_ref()
                    .map_or("-".into(), |m| m.text(text).to_string()),
                f.subject
                    .map_or("-".into(), |s| text[s.range()].to_string()),
                f.time
                    .as_ref()
                    .map_or("-".into(), |t| t.text(text).to_string()),
                f.measure.as_str(),
                f.status.as_str(),
            )
        })
        .collect()
}

fn show(text: &str) -> String {
    rows(text)
        .iter()
        .map(|(a, b, c, d, e, f)| format!("{a}|{b}|{c}|{d}|{e}|{f}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn spec_example_release() {
    assert_eq!(
        show("1月~10月，全市规模以上工业增加值同比增长13.1%。"),
        "13.1%|规模以上工业增加值|全市|1月~10月|change|actual"
    );
}

/// Each case: a text and its facts, one `figure|metric|subject|time|measure|status` line each.
const CASES: &[(&str, &str)] = &[
    // 可比价, the method word written short, names no indicator: the clause
    // takes the one before (round 49).
    (
        "上半年,全区实现地区生产总值91.4亿元,可比价同比增长5.1%。",
        "91.4亿元|地区生产总值|全区|上半年|level|actual
5.1%|地区生产总值|全区|上半年|change|actual",
    ),
    // 其中, a month and 当月 with no comma name no indicator either: the
    // fact before gives metric and subject (round 49).
    (
        "1-6月,全区规模以上工业增加值同比下降1.8%。其中6月当月同比下降17.6%。",
        "1.8%|规模以上工业增加值|全区|1-6月|change|actual
17.6%|规模以上工业增加值|全区|6月|change|actual",
    ),
    // A share word after its whole framed by 在…中: the whole, and the
    // share is of the indicator before.
    (
        "2030年甲市光伏发电量120亿千瓦时,在全市发电量中占比达到15.2%,较上年提高1.3个百分点。",
        "120亿千瓦时|光伏发电量|甲市|2030年|level|actual
15.2%|光伏发电量|甲市|2030年|share|actual
1.3个百分点|全市发电量中占比|甲市|2030年|change|actual",
    ),
    // A part in tenths after its whole and 的: a share of that whole, the
    // metric cut before the verb.
    (
        "2030年甲省风电装机容量超过全省总装机容量的三成。",
        "三成|风电装机容量|甲省|2030年|share|actual",
    ),
    // 增长为 gives the rate of growth, as 增长率为 would; 下降为 the level
    // reached.
    (
        "2030年甲商场客流量增长为3.4%，失业率下降为3.8%。",
        "3.4%|甲商场客流量|-|2030年|change|actual
3.8%|失业率|-|2030年|level|actual",
    ),
    // A goal's value between a comparison and a verb of exceeding: a
    // target level with no time; the figure after the verb the difference.
    (
        "全县粮食产量达到2030年的52万吨，比规划目标45万吨超出7万吨。",
        "52万吨|粮食产量|全县|2030年|level|actual
45万吨|粮食产量|全县|-|level|target
7万吨|粮食产量|全县|2030年|change|actual",
    ),
    // A structure adjusted to a ratio dated by 到 and a year: the ratio's
    // items keep the indicator before 由.
    (
        "产业结构由上年的10.5∶40.2∶49.3调整到2030年的8.1∶38.6∶53.3。",
        "10.5|产业结构|-|-|level|actual
40.2|产业结构|-|-|level|actual
49.3|产业结构|-|-|level|actual
8.1|产业结构|-|2030年|level|actual
38.6|产业结构|-|2030年|level|actual
53.3|产业结构|-|2030年|level|actual",
    ),
    // A sign word of a result after the period of the result names the
    // forecast range and its change.
    (
        "某电子公司发布业绩预告，预计2030年亏损2.5亿元至3.1亿元，同比扩大12%至20%。",
        "2.5亿元至3.1亿元|亏损|某电子公司|2030年|level|forecast
12%至20%|亏损|某电子公司|2030年|change|forecast",
    ),
    // A count summing up a list before 分别: the rates listed after it are
    // all rates of change, not the first one alone.
    (
        "1—6月，全县甲、乙、丙三类企业增速分别为-5.2%、3.4%、8.8%。",
        "三类|企业|全县|1—6月|level|actual
-5.2%|企业|全县|1—6月|change|actual
3.4%|企业|全县|1—6月|change|actual
8.8%|企业|全县|1—6月|change|actual",
    ),
    // A statistics release's farming section: each level and its change.
    (
        "全年粮食总产量52.3万吨，比上年增长2.1%。其中，夏粮产量18.6万吨，增长1.5%。年末生猪存栏45.6万头，比上年末增长3.2%。",
        "52.3万吨|粮食总产量|-|-|level|actual
2.1%|粮食总产量|-|-|change|actual
18.6万吨|夏粮产量|-|-|level|actual
1.5%|夏粮产量|-|-|change|actual
45.6万头|生猪存栏|-|-|level|actual
3.2%|生猪存栏|-|-|change|actual",
    ),
    // A company's results: the per-share base of a proposed dividend is
    // counted for the dividend, without the verb 派发.
    (
        "公司2023年实现营业收入56.78亿元，同比增长12.35%；扣除非经常性损益后的净利润5.98亿元；基本每股收益0.85元。公司拟向全体股东每10股派发现金红利3.00元（含税）。",
        "56.78亿元|营业收入|公司|2023年|level|actual
12.35%|营业收入|公司|2023年|change|actual
5.98亿元|扣除非经常性损益后的净利润|公司|2023年|level|actual
0.85元|基本每股收益|公司|2023年|level|actual
10股|现金红利|公司|2023年|level|target
3.00元|现金红利|公司|2023年|level|target",
    ),
    // A project's forecast: modal words (可达, 将) and a time lead (投产后)
    // are out of the metric; 就业 keeps its 就.
    (
        "预计投产后年产值可达300亿元，将带动就业5000人。",
        "300亿元|年产值|-|-|level|forecast
5000人|就业|-|-|level|forecast",
    ),
    (
        "预计2024年全年，公司营业收入将达到80亿元至90亿元，净利润同比增长20%至30%。",
        "80亿元至90亿元|营业收入|公司|2024年|level|forecast
20%至30%|净利润|公司|2024年|change|forecast",
    ),
    // A reporting verb inside a listed metric before 分别 is out of its
    // name, as for a single metric.
    (
        "全市规模以上工业企业实现营业收入、利润总额分别为1234.5亿元、67.8亿元，分别增长5.6%和11.2%。",
        "1234.5亿元|规模以上工业企业营业收入|全市|-|level|actual
67.8亿元|利润总额|全市|-|level|actual
5.6%|规模以上工业企业营业收入|全市|-|change|actual
11.2%|利润总额|全市|-|change|actual",
    ),
    // A work report's list of goals: every figure a target of the year.
    (
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%以上；城镇新增就业4.5万人以上，城镇调查失业率控制在5.5%以内；居民消费价格涨幅3%左右。",
        "6%左右|地区生产总值|-|今年|change|target
5%以上|一般公共预算收入|-|今年|change|target
4.5万人以上|城镇新增就业|-|今年|level|target
5.5%以内|城镇调查失业率|-|今年|level|target
3%左右|居民消费价格|-|今年|change|target",
    ),
    // The review before the goal: actual, then 力争 a target.
    (
        "2023年，全市地区生产总值增长6.1%，规上工业增加值增长8.2%。2024年，全市地区生产总值力争增长6%以上。",
        "6.1%|地区生产总值|全市|2023年|change|actual
8.2%|规上工业增加值|全市|2023年|change|actual
6%以上|地区生产总值|全市|2024年|change|target",
    ),
    // Two levels, then 分别 with three rates: the last three facts pair.
    (
        "全年完成进出口总额345.6亿元，其中出口额234.5亿元，进口额111.1亿元，分别增长12.3%、8.7%和-3.2%。",
        "345.6亿元|进出口总额|-|-|level|actual
234.5亿元|出口额|-|-|level|actual
111.1亿元|进口额|-|-|level|actual
12.3%|进出口总额|-|-|change|actual
8.7%|出口额|-|-|change|actual
-3.2%|进口额|-|-|change|actual",
    ),
    // 我们将力争 opens a work report's goal: the subject is 全市.
    (
        "今后五年，我们将力争全市地区生产总值年均增长6%以上，到2030年突破5000亿元。",
        "6%以上|地区生产总值|全市|-|change|target
5000亿元|地区生产总值|全市|2030年|level|target",
    ),
    // 共 opens a metric as a filler (not in 共享).
    (
        "全年共引进项目56个，共享单车投放量1.2万辆。",
        "56个|引进项目|-|-|level|actual
1.2万辆|共享单车投放量|-|-|level|actual",
    ),
    // 相当于 a whole: a ratio of the clause's metric, a level, with no
    // whole and no subject across it.
    (
        "全年研究与试验发展（R&D）经费支出123.4亿元，增长10.2%，相当于地区生产总值的2.8%。",
        "123.4亿元|研究与试验发展（R&D）经费支出|-|-|level|actual
10.2%|研究与试验发展（R&D）经费支出|-|-|change|actual
2.8%|研究与试验发展（R&D）经费支出|-|-|level|actual",
    ),
    (
        "全社会研发经费支出相当于全市生产总值的比例达到4.5%左右。",
        "4.5%左右|全社会研发经费支出|-|-|level|actual",
    ),
    // A bank's own words (该行) are its subject; a dividend per share
    // (末期股息每股) names the dividend.
    (
        "该行各项存款余额5678亿元，比年初增加456亿元。董事会建议派发末期股息每股0.35港元。",
        "5678亿元|各项存款余额|该行|-|level|actual
456亿元|各项存款余额|该行|-|change|actual
0.35港元|末期股息|-|-|level|target",
    ),
    // Places listed before a metric written once at the last item: each
    // place a subject, with that metric (金华市区 is a place: 市区 opens at
    // the suffix of 金华市).
    (
        "全年金华市区、义乌市、永康市地区生产总值分别增长5.6%、7.8%和6.1%。",
        "5.6%|地区生产总值|金华市区|-|change|actual
7.8%|地区生产总值|义乌市|-|change|actual
6.1%|地区生产总值|永康市|-|change|actual",
    ),
    // 共有 joins no subject: 全市, then the counted 卫生机构.
    (
        "年末全市共有卫生机构1234个，其中医院89个。",
        "1234个|卫生机构|全市|-|level|actual
89个|医院|全市|-|level|actual",
    ),
    // A goal a reported figure is measured against (低于…预期目标, 超出
    // 预期目标) makes no target, nor the figures after it.
    (
        "2024年全市地区生产总值增长5.8%，低于年初预期目标0.7个百分点；一般公共预算收入增长7.1%，超出预期目标1.1个百分点。",
        "5.8%|地区生产总值|全市|2024年|change|actual
0.7个百分点|地区生产总值|全市|2024年|change|actual
7.1%|一般公共预算收入|全市|2024年|change|actual
1.1个百分点|一般公共预算收入|全市|2024年|change|actual",
    ),
    // The compared period's value (上年同期为…, 由上年的…) is a level of the
    // metric before it; after a clause without figures that names the
    // indicator, of that indicator.
    (
        "公司全年实现净利润-3.2亿元，上年同期为1.5亿元。",
        "-3.2亿元|净利润|公司|-|level|actual
1.5亿元|净利润|公司|-|level|actual",
    ),
    (
        "城乡收入比持续缩小,由上年同期的2.05:1下降为2.02:1。",
        "2.05|城乡收入比|-|-|level|actual
1|城乡收入比|-|-|level|actual
2.02|城乡收入比|-|-|level|actual
1|城乡收入比|-|-|level|actual",
    ),
    // A work report's review section dates its figures and keeps them
    // actual; its plan section (工作安排) dates them and makes them targets.
    (
        "一、2024年工作回顾\n全市地区生产总值增长5.6%，一般公共预算收入增长4.8%。\n二、2025年工作安排\n全市地区生产总值增长5.5%左右，一般公共预算收入增长4%。",
        "5.6%|地区生产总值|全市|2024年|change|actual
4.8%|一般公共预算收入|全市|2024年|change|actual
5.5%左右|地区生产总值|全市|2025年|change|target
4%|一般公共预算收入|全市|2025年|change|target",
    ),
    // Parallel items of one length and ending before 分别: the last
    // item's words after that length are a head copied to the others.
    (
        "东部地区、中部地区、西部地区投资分别增长4.4%、0.3%和0.1%。国有企业、民营企业、外资企业利润分别增长2.1%、5.6%和-1.2%。",
        "4.4%|东部地区投资|-|-|change|actual
0.3%|中部地区投资|-|-|change|actual
0.1%|西部地区投资|-|-|change|actual
2.1%|国有企业利润|-|-|change|actual
5.6%|民营企业利润|-|-|change|actual
-1.2%|外资企业利润|-|-|change|actual",
    ),
    // A money threshold before the noun it qualifies (亿元以上项目) is a rule
    // parameter, actual in a plan; the planned figures are targets. The
    // count of the qualified noun names it with its threshold (亿元以上项目),
    // as the goldens do (shaoguan 超亿元项目, 亿元以上企业).
    (
        "年内计划完成投资300亿元，力争引进亿元以上项目50个。",
        "300亿元|投资|-|-|level|target
亿元以上|项目|-|-|level|actual
50个|亿元以上项目|-|-|level|target",
    ),
    // 两者相差 names no metric: the clause takes the previous fact's.
    (
        "全市常住人口城镇化率达到72.5%，户籍人口城镇化率为56.8%，两者相差15.7个百分点。",
        "72.5%|常住人口城镇化率|全市|-|level|actual
56.8%|户籍人口城镇化率|全市|-|level|actual
15.7个百分点|户籍人口城镇化率|全市|-|change|actual",
    ),
    // A stock at a date: its time, a 金融机构 subject after 全市.
    (
        "截至12月末，全市金融机构本外币各项贷款余额8765亿元，比年初增加876亿元，同比增长11.2%。",
        "8765亿元|本外币各项贷款余额|全市金融机构|12月末|level|actual
876亿元|本外币各项贷款余额|全市金融机构|12月末|change|actual
11.2%|本外币各项贷款余额|全市金融机构|12月末|change|actual",
    ),
    (
        "今年前10个月，漯河市固定资产投资同比增长13.1%，工业投资同比增长21.5%，全市财政一般公共预算收入同比增长16.6%，税收收入占一般公共预算收入的比重为74.5。",
        "13.1%|固定资产投资|漯河市|今年前10个月|change|actual
21.5%|工业投资|漯河市|今年前10个月|change|actual
16.6%|财政一般公共预算收入|全市|今年前10个月|change|actual
74.5|税收收入|全市|今年前10个月|share|actual",
    ),
    (
        "2021年漯河市企业满意度排名全省第二。",
        "全省第二|企业满意度|漯河市|2021年|rank|actual",
    ),
    // A clause with no metric takes the previous fact's.
    (
        "社会消费品零售总额42691亿元，同比增长1.0%。",
        "42691亿元|社会消费品零售总额|-|-|level|actual
1.0%|社会消费品零售总额|-|-|change|actual",
    ),
    // 分别 with a head written once.
    (
        "第一、二、三产业增加值分别增长3.1%、7.5%和5.3%。",
        "3.1%|第一产业增加值|-|-|change|actual
7.5%|第二产业增加值|-|-|change|actual
5.3%|第三产业增加值|-|-|change|actual",
    ),
    // 分别 with listed subjects; the metric carries over.
    (
        "全国居民人均可支配收入增长5.1%，江苏、浙江分别增长5.3%、5.5%。",
        "5.1%|居民人均可支配收入|全国|-|change|actual
5.3%|居民人均可支配收入|江苏|-|change|actual
5.5%|居民人均可支配收入|浙江|-|change|actual",
    ),
    // 亏损 before a figure is its sign, not part of the metric (a company's
    // half-year results news).
    (
        "报告期内,公司实现营业收入12.88亿元,同比下降8.53%;归属于上市公司股东的净利润亏损2358.97万元。",
        "12.88亿元|营业收入|公司|-|level|actual
8.53%|营业收入|公司|-|change|actual
2358.97万元|归属于上市公司股东的净利润|公司|-|level|actual",
    ),
    // A statement of method (按…计算) before the metric is no part of it;
    // with nothing after it the metric carries over (a city's 2017 统计公报).
    (
        "按常住人口计算人均地区生产总值39102元,按平均汇率计算为5791美元,增长0.2%。",
        "39102元|人均地区生产总值|-|-|level|actual
5791美元|人均地区生产总值|-|-|level|actual
0.2%|人均地区生产总值|-|-|change|actual",
    ),
    // 平均 after a duration (两年平均增长) is a filler: the clause has no
    // metric of its own and carries the previous one (a county's 1-10月
    // release).
    (
        "1-10月,全县规模以上工业增加值同比增长10.2%,两年平均增长6.1%。",
        "10.2%|规模以上工业增加值|全县|1-10月|change|actual
6.1%|规模以上工业增加值|全县|1-10月|change|actual",
    ),
    // An alias in brackets between the metric and its figure (a city's
    // 2017 统计公报): the metric ends before the bracket.
    (
        "初步核算,全市完成地区生产总值(GDP)1222.62亿元,按可比价格计算,比上年增长0.3%。",
        "1222.62亿元|地区生产总值|全市|-|level|actual
0.3%|地区生产总值|全市|-|change|actual",
    ),
    // 分别 after a list whose items hold their own 和: as many items as
    // figures when cut at the enumeration commas only (a provincial
    // release, 1至10月); the head 增加值 written at the last is shared.
    (
        "1至10月，有色金属冶炼和压延加工业、黑色金属矿采选业、电力热力生产和供应业增加值同比分别增长24.5%、18.2%、13.4%。",
        "24.5%|有色金属冶炼和压延加工业增加值|-|1至10月|change|actual
18.2%|黑色金属矿采选业增加值|-|1至10月|change|actual
13.4%|电力热力生产和供应业增加值|-|1至10月|change|actual",
    ),
    // A deadline makes targets; its year is their time.
    (
        "到2027年，集群内省级以上科技创新载体数量达到37家，省级以上工程研究中心、企业技术中心达到50家。",
        "37家|集群内省级以上科技创新载体数量|-|2027年|level|target
50家|省级以上工程研究中心、企业技术中心|-|2027年|level|target",
    ),
    (
        "到2025年，力争全市规上工业企业达到5000家，数字经济核心产业增加值占GDP比重达到10%。",
        "5000家|规上工业企业|全市|2025年|level|target
10%|数字经济核心产业增加值|全市|2025年|share|target",
    ),
    // A forecast of a period: the period is the time, not the 截至 date.
    (
        "截至7月28日，已有上市公司发布预告，其中比亚迪上半年净利润预计增长200%。",
        "200%|净利润|比亚迪|上半年|change|forecast",
    ),
    // A stock at its 截至 date; a difference from a comparison has no metric of its own.
    (
        "截至6月末，全省银行业金融机构绿色贷款余额1.2万亿元，比年初增加2000亿元，增速比同期各项贷款增速高0.8个百分点。",
        "1.2万亿元|绿色贷款余额|全省银行业金融机构|6月末|level|actual
2000亿元|绿色贷款余额|全省银行业金融机构|6月末|change|actual
0.8个百分点|绿色贷款余额|全省银行业金融机构|6月末|change|actual",
    ),
    // A 其中 sentence under a 截至 date: its stocks keep the date; a flow of
    // it has none.
    (
        "（三）信贷运行平稳。截至9月末，甲县各项存款余额512.3亿元。其中企业存款余额96.4亿元，比年初增长3.2%；新增贷款7亿元。",
        "512.3亿元|各项存款余额|甲县|9月末|level|actual
96.4亿元|企业存款余额|-|9月末|level|actual
3.2%|企业存款余额|-|9月末|change|actual
7亿元|新增贷款|-|-|level|actual",
    ),
    // 所占比重 after a list: the phrase is the metric, the list the subjects.
    (
        "一季度，甲省进出口总额中，东、中、西部地区所占比重分别为60.5%、25.1%和14.4%。",
        "60.5%|所占比重|东|一季度|share|actual
25.1%|所占比重|中|一季度|share|actual
14.4%|所占比重|西部地区|一季度|share|actual",
    ),
    // 较截至…止年度: the compared financial period's date is its basis, no
    // time and no metric; its value is a level with no time.
    (
        "截至2020年12月31日止年度,本公司的营业额约为52.3百万港元,较截至2019年12月31日止年度约48.1百万港元增加约4.2百万港元或8.7%。",
        "52.3百万港元|营业额|本公司|2020年12月31日|level|actual
约48.1百万港元|营业额|本公司|-|level|actual
约4.2百万港元|营业额|本公司|2020年12月31日|change|actual
8.7%|营业额|本公司|2020年12月31日|change|actual",
    ),
    // A subject and its link before a figureless clause's indicator (the
    // company named before the metric is the subject, docs/facts.md
    // `subject`); a figure whose words are only 截至 and a date takes that
    // indicator.
    (
        "截至2020年12月31日止年度,本公司的毛利率维持稳定,约为31.4%,而截至2019年12月31日止年度约为30.2%。",
        "31.4%|毛利率|本公司|2020年12月31日|level|actual
30.2%|毛利率|本公司|2019年12月31日|level|actual",
    ),
    // A share after a clause naming a part by a copula: the share of that part.
    (
        "乙公司的核心业务为软件服务,占比达到55.3%。",
        "55.3%|软件服务|乙公司|-|share|actual",
    ),
    // A category takes the head of the sentence's last metric with one, past
    // a contribution between; built in simplified form from traditional text.
    (
        "甲省裝備制造業增加值增長16.7%，對工業增長的貢獻率為80.7%；高技術制造業增長23.6%。",
        "16.7%|裝備制造業增加值|甲省|-|change|actual
80.7%|對工業增長的貢獻率|甲省|-|level|actual
23.6%|高技术制造业增加值|甲省|-|change|actual",
    ),
    // A rank verb followed by a place and a level word names the scope only.
    (
        "丙县城市空气质量排名全省县级第二。",
        "第二|城市空气质量|丙县|-|rank|actual",
    ),
    // A change of a share in points names the share written whole, as the
    // goldens do (quanzhou m10, hongheiku 2022, danzhai, statslist 2494).
    (
        "全省高新技术产业增加值占规模以上工业增加值比重达28.5%，占比比上年提高1.5个百分点。",
        "28.5%|高新技术产业增加值|全省|-|share|actual
1.5个百分点|高新技术产业增加值占规模以上工业增加值比重|全省|-|change|actual",
    ),
    // A work report's expected targets: growth nouns are stripped.
    (
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业11万人以上；居民消费价格涨幅3%左右。",
        "6%左右|地区生产总值|-|今年|change|target
11万人以上|城镇新增就业|-|今年|level|target
3%左右|居民消费价格|-|今年|change|target",
    ),
    (
        "公司实现营业收入3.2亿元，同比增长12%，净利润5000万元。",
        "3.2亿元|营业收入|公司|-|level|actual
12%|营业收入|公司|-|change|actual
5000万元|净利润|公司|-|level|actual",
    ),
    // The metric crosses sentences within a paragraph (其次为江苏，高出…).
    (
        "上半年，全市地区生产总值3000亿元，同比增长6.5%，比全国平均水平高1.5个百分点。其次为江苏，高出0.5个百分点。",
        "3000亿元|地区生产总值|全市|上半年|level|actual
6.5%|地区生产总值|全市|上半年|change|actual
1.5个百分点|地区生产总值|全市|上半年|change|actual
0.5个百分点|地区生产总值|江苏|上半年|change|actual",
    ),
    // An infographic caption continues the line before it.
    (
        "1—8月，全社会货运量2.1亿吨\n同比增长21.7%\n",
        "2.1亿吨|全社会货运量|-|1—8月|level|actual
21.7%|全社会货运量|-|1—8月|change|actual",
    ),
    // A bare 经济增速 keeps 增速.
    (
        "预计全年经济增速5.5%左右，有望完成目标。",
        "5.5%左右|经济增速|-|-|change|forecast",
    ),
    // 是去年的1.9倍: a multiple is a change, 去年 its basis and not its time.
    (
        "2023年，全市出口额是去年的1.9倍。",
        "1.9倍|出口额|全市|2023年|change|actual",
    ),
    // A currency word after an amount names no counted thing; with no
    // fact before it, a figure of a later clause takes the indicator the
    // sentence's figureless clause names (after its time).
    (
        "据海关统计，今年5月，乙市外贸进出口值120亿元人民币。\n今年以来，乙市纺织品出口额连续4个月保持增长，其中5月份突破30亿元。",
        "120亿元|外贸进出口值|乙市|今年5月|level|actual
30亿元|纺织品出口额|乙市|5月份|level|actual",
    ),
    (
        "全县规上企业一季度用电量持续回升，增速居全市首位。",
        "全市首位|用电量|全县|一季度|rank|actual",
    ),
    // Partners referred to before 分别 leave the indicator after it; a
    // trade head written at the last partner is copied to the others.
    (
        "1-6月，丙市对上述国家分别进出口120亿元和80亿元。同期，对东盟、欧盟和美国进出口值分别增长5%、6%和7%。",
        "120亿元|进出口|丙市|1-6月|level|actual
80亿元|进出口|丙市|1-6月|level|actual
5%|东盟进出口值|-|1-6月|change|actual
6%|欧盟进出口值|-|1-6月|change|actual
7%|美国进出口值|-|1-6月|change|actual",
    ),
    // A multiple a copula gives (`市净率约为1.8倍`) is the indicator's own
    // level; against a basis written with 的 it is a change.
    (
        "以4月30日收盘价计算，光明股份目前市净率约为1.8倍。2023年，全市进口额为上年的2.5倍。",
        "1.8倍|市净率|光明股份|4月30日|level|actual
2.5倍|进口额|全市|2023年|change|actual",
    ),
    // A verb of work done opens the metric's object; a subject may come
    // before it; a lead word inside a name (其他, 在库) stays; the subject
    // carries to the next clause.
    (
        "2023年，集群内累计培育智能工厂36家，全县在库固定资产投资项目141个，其他用品及服务上涨0.4%。",
        "36家|智能工厂|-|2023年|level|actual
141个|在库固定资产投资项目|全县|2023年|level|actual
0.4%|其他用品及服务|全县|2023年|change|actual",
    ),
    // A time of the year inside the words: the label before it goes.
    (
        "人口年末常住人口94.9万人。国民经济全年实现地区生产总值439.19亿元。",
        "94.9万人|常住人口|-|-|level|actual
439.19亿元|地区生产总值|-|-|level|actual",
    ),
    // A comparison before 分别 ends the list; the shared head is copied.
    (
        "1-7月，采矿业、制造业增加值比上年同期分别增长7.1%、1.9%。",
        "7.1%|采矿业增加值|-|1-7月|change|actual
1.9%|制造业增加值|-|1-7月|change|actual",
    ),
    // A share verb before 分别 ends the list: its rest is the whole; an
    // ordinal mark written at each item is no head.
    (
        "到2025年，制造业增加值、服务业增加值占地区生产总值的比重分别达到30%、50%。\n2015年，第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点。",
        "30%|制造业增加值|-|2025年|share|target
50%|服务业增加值|-|2025年|share|target
2.16|第二产业|-|2015年|change|actual
1.66个百分点|第三产业|-|2015年|change|actual",
    ),
    // The deadline opening a goal section's first paragraph dates its later
    // paragraphs; a section without a goal heading does not carry it.
    (
        "（三）发展目标。\n到2020年，信息化发展水平大幅跃升。\n信息经济全面发展。信息消费规模达到6万亿元。\n（四）主要任务。\n信息消费规模达到5万亿元。",
        "6万亿元|信息消费规模|-|2020年|level|target
5万亿元|信息消费规模|-|-|level|actual",
    ),
    // A postposition at the clause end is no part of the counted thing.
    (
        "分三大门类看，采矿业增长7.1%。",
        "三大|门类|-|-|level|actual
7.1%|采矿业|-|-|change|actual",
    ),
    // Lead words off a metric's start (从, 现有, 更…了), a name in quotes
    // kept whole before and after a figure.
    (
        "2023年，质检人员从70人减少至41人，现有规模以上工业企业86家，“零增地”技改投资15.6亿元，推出了410项“跨市通办”事项。",
        "70人|质检人员|-|2023年|level|actual
41人|质检人员|-|2023年|level|actual
86家|规模以上工业企业|-|2023年|level|actual
15.6亿元|“零增地”技改投资|-|2023年|level|actual
410项|“跨市通办”事项|-|2023年|level|actual",
    ),
    // A category written without its indicator after a rate of the same
    // sentence takes the shared head; not in the next sentence, not a count.
    (
        "1-10月，国有控股企业增加值增长4.2%，股份制企业增长7.1%。其中，制造业增长7.4%，新增高新技术企业45家。",
        "4.2%|国有控股企业增加值|-|1-10月|change|actual
7.1%|股份制企业增加值|-|1-10月|change|actual
7.4%|制造业|-|1-10月|change|actual
45家|新增高新技术企业|-|1-10月|level|actual",
    ),
    // A new paragraph forgets the metric, the time and the deadline.
    (
        "到2025年，全市企业达到300家。\n引进项目12个。",
        "300家|企业|全市|2025年|level|target
12个|引进项目|-|-|level|actual",
    ),
    // A count's metric is the counted noun after it.
    (
        "全市共有196家规上企业，其中高新技术企业80家。",
        "196家|规上企业|全市|-|level|actual
80家|高新技术企业|全市|-|level|actual",
    ),
    // A marked heading dates its section; a goal word in it makes targets.
    (
        "■ 2024年成绩单\n●全省地区生产总值增长5.8%\n■ 2025年主要预期目标\n●经济增长6%左右",
        "5.8%|地区生产总值|全省|2024年|change|actual
6%左右|经济|-|2025年|change|target",
    ),
    // An outline heading closes the sections of its level; a sentence time wins.
    (
        "一、2025年工作回顾\n全市生产总值增长5.4%。\n二、主要任务\n新建公园120座。\n三、2026年目标\n今年以来全市出口额增长3%。",
        "5.4%|生产总值|全市|2025年|change|actual
120座|新建公园|-|-|level|actual
3%|出口额|全市|今年以来|change|target",
    ),
    // A plain title names the document's year, no section's.
    (
        "玉环市2019年国民经济和社会发展统计公报\n全市实现生产总值617.50亿元。",
        "617.50亿元|生产总值|全市|-|level|actual",
    ),
    // A line that is only a time dates the captions under it, up to a sentence.
    (
        "2023年前三季度\n地区生产总值增速 6.5%\n郑煤机集团10米液压支架完成交付。",
        "6.5%|地区生产总值|-|2023年前三季度|change|actual
10米|液压支架|郑煤机集团|-|level|actual",
    ),
    // A heading inside a joined line (`。 一、…`) opens a section.
    (
        "请予审议。 一、2025年工作回顾 过去一年，全市生产总值增长5.4%。",
        "5.4%|生产总值|全市|过去一年|change|actual",
    ),
    // The paragraph's time: the day of an event is none; a time opening a
    // clause of a sentence without figures is.
    (
        "会议1月23日在世博中心开幕。龚正说,去年上海民生福祉稳步改善。居民人均可支配收入达到8.5万元。",
        "8.5万元|居民人均可支配收入|-|去年|level|actual",
    ),
    // The basis's value between a comparison and the verb of change is a
    // level with no time; 的 after the subject is no part of the metric.
    (
        "截至2023年12月31日止年度,本集团的收入为人民币2138百万元,较上年人民币1900百万元增加12.5%。",
        "人民币2138百万元|收入|本集团|2023年12月31日|level|actual
人民币1900百万元|收入|本集团|-|level|actual
12.5%|收入|本集团|2023年12月31日|change|actual",
    ),
    // A scope word counts for a rank only right before the ordinal; 上市公司
    // names no subject; 报告期内 is no part of one.
    (
        "报告期内公司在辐射功能材料行业继续保持中国第一,归属于上市公司股东的净利润9.28亿元。",
        "第一|辐射功能材料行业|公司|-|rank|actual
9.28亿元|归属于上市公司股东的净利润|公司|-|level|actual",
    ),
    // The traditional 佔 is a share verb too.
    (
        "循环型业务收入为人民币26,664.8百万元,佔收入比例为80.4%。",
        "人民币26,664.8百万元|循环型业务收入|-|-|level|actual
80.4%|循环型业务收入|-|-|share|actual",
    ),
    // An indicator table one cell per line: metric from the row, time from
    // the column; a column whose year was a deadline holds targets.
    (
        "到2027年，全面完成任务。\n主要指标表\n序号\n\n主要指标\n\n2022年\n\n2027年\n\n1\n\n全省常住人口城镇化率(%)\n\n73.4\n\n76\n\n2\n\n职业技能培训人次1(万人次/年)\n\n20\n\n-\n\n1.指全省统计口径。",
        "73.4|常住人口城镇化率|全省|2022年|level|actual
76|常住人口城镇化率|全省|2027年|level|target
20|职业技能培训人次|-|2022年|level|actual",
    ),
    (
        "会议1月23日开幕。全市生产总值达到4.72万亿元。",
        "4.72万亿元|生产总值|全市|-|level|actual",
    ),
    // A goal word before a colon makes the paragraph's figures targets.
    (
        "今年主要预期目标是: 地区生产总值增长7.5%左右。研发经费支出占地区生产总值比重达到2.7%,地方一般公共预算收入可比增长7.5%。",
        "7.5%左右|地区生产总值|-|今年|change|target
2.7%|研发经费支出|-|今年|share|target
7.5%|地方一般公共预算收入|-|今年|change|target",
    ),
    // A time opening the second sentence of a paragraph, one with figures,
    // dates that sentence only, after a title sentence with or without a
    // figure: the 其中 sentence after it has no time.
    (
        "农业生产形势良好。1—9月份,全县粮食产量增长4.2%。其中,稻谷产量增长6.1%。",
        "4.2%|粮食产量|全县|1—9月份|change|actual
6.1%|稻谷产量|-|-|change|actual",
    ),
    (
        "二、外贸进出口总额突破3千亿元。1—6月,全省出口额增长8.3%。其中,机电产品出口增长9.4%。",
        "3千亿元|外贸进出口总额|-|-|level|actual
8.3%|出口额|全省|1—6月|change|actual
9.4%|机电产品出口|-|-|change|actual",
    ),
    // 计划 before a total of investment names the planned total of the
    // projects, an attribute of theirs: no goal. 计划 as a verb is one.
    (
        "第三季度,全区新签约项目12个,计划总投资30.5亿元。明年计划投资8亿元。",
        "12个|新签约项目|全区|第三季度|level|actual
30.5亿元|总投资|全区|第三季度|level|actual
8亿元|投资|-|明年|level|target",
    ),
    // A run-in goal title opening the line is a heading: the deadline
    // opening the text after it dates that paragraph.
    (
        "（三）发展目标。到2025年，产业总规模达到2万亿元。推出100项精品赛事。",
        "2万亿元|产业总规模|-|2025年|level|target
100项|精品赛事|-|2025年|level|target",
    ),
    // Another run-in outline title is the paragraph's first sentence.
    (
        "一、综合实力增强。据初步核算,2013年全区生产总值增长9.0%。人均生产总值80229元。",
        "9.0%|生产总值|全区|2013年|change|actual
80229元|人均生产总值|-|-|level|actual",
    ),
    // A rank verb opening the clause ranks its list; a verb inside a metric goes.
    (
        "位居全国投资潜力第3、新型城镇化质量第4。其中医药工业主营业务贡献利润11.04亿元。",
        "第3|全国投资潜力|-|-|rank|actual
第4|新型城镇化质量|-|-|rank|actual
11.04亿元|医药工业主营业务利润|-|-|level|actual",
    ),
    // A goal noun after a growth word goes alone; a cap of a price rise is a change.
    (
        "今年经济增长目标确定为9.5%左右。确定全市新建商品住房销售价格涨幅控制目标为7%。",
        "9.5%左右|经济增长|-|今年|change|target
7%|新建商品住房销售价格|全市|今年|change|target",
    ),
    // 名义 and 实际 qualify the change, 扣除价格因素 states its method:
    // neither is a metric.
    (
        "1—5月份，全县规模以上工业增加值同比实际增长7.2%。3月份，全县社会消费品零售总额120亿元，同比名义增长6.1%（扣除价格因素实际增长4.0%）。",
        "7.2%|规模以上工业增加值|全县|1—5月份|change|actual
120亿元|社会消费品零售总额|全县|3月份|level|actual
6.1%|社会消费品零售总额|全县|3月份|change|actual
4.0%|社会消费品零售总额|全县|3月份|change|actual",
    ),
    // A growth noun compared with a period (降幅比1-7月份收窄) has no metric
    // of its own and no subject; 少增 is a verb of change.
    (
        "1-8月份，全县固定资产投资同比下降2.3%，降幅比1-7月份收窄0.4个百分点。6月末，全县金融机构各项贷款余额820.5亿元，比年初增加31.2亿元，同比少增4.6亿元。",
        "2.3%|固定资产投资|全县|1-8月份|change|actual
0.4个百分点|固定资产投资|全县|1-8月份|change|actual
820.5亿元|各项贷款余额|全县金融机构|6月末|level|actual
31.2亿元|各项贷款余额|全县金融机构|6月末|change|actual
4.6亿元|各项贷款余额|全县金融机构|6月末|change|actual",
    ),
    // A bare 比 right before the figure ends a ratio's name.
    (
        "全年城乡居民收入比1.71，较上年下降0.05。",
        "1.71|城乡居民收入比|-|-|level|actual
0.05|城乡居民收入比|-|-|change|actual",
    ),
    // A lone 至 names the level reached: the metric is the clause's before.
    (
        "上半年，公司毛利率大幅改善2.1个百分点至18.5%。",
        "2.1个百分点|毛利率|公司|上半年|change|actual
18.5%|毛利率|公司|上半年|level|actual",
    ),
    // A basis word right before a signed figure: a rate of change.
    (
        "甲公司上半年营业收入120.5亿元(同比+12.3%),净利润8.2亿元(同比-4.5%)。",
        "120.5亿元|营业收入|甲公司|上半年|level|actual
12.3%|营业收入|甲公司|上半年|change|actual
8.2亿元|净利润|甲公司|上半年|level|actual
-4.5%|净利润|甲公司|上半年|change|actual",
    ),
    // 分居 ranks like 分别居; a body ending in 部门 is a subject; 增收 alone is
    // a growth amount of the metric before.
    (
        "全年全县税收收入52.3亿元，增长6.2%，分居全市第2、第5位。1-9月份全县一般公共预算收入完成3.2亿元，增收2100万元。其中商务部门完成8600万元。",
        "52.3亿元|税收收入|全县|-|level|actual
6.2%|税收收入|全县|-|change|actual
全市第2|税收收入|全县|-|rank|actual
第5位|税收收入|全县|-|rank|actual
3.2亿元|一般公共预算收入|全县|1-9月份|level|actual
2100万元|一般公共预算收入|全县|1-9月份|change|actual
8600万元|一般公共预算收入|商务部门|-|level|actual",
    ),
    // What a verb of cause drives is the metric.
    (
        "上半年，乙公司海外业务快速增长带动营业收入增长18%。",
        "18%|营业收入|乙公司|上半年|change|actual",
    ),
    // A reporting verb between a part and its indicator is cut out (b5-d).
    (
        "2021年甲县第二产业完成增加值60.5亿元，增长3.2%。",
        "60.5亿元|第二产业增加值|甲县|2021年|level|actual
3.2%|第二产业增加值|甲县|2021年|change|actual",
    ),
    // 由<year>的A调整为B: A of that year, B of the paragraph's (b5-d 4).
    (
        "2021年甲县生产总值100.5亿元。产业结构由2020年的3.0:40.0:57.0调整为2.8:39.5:57.7。",
        "100.5亿元|生产总值|甲县|2021年|level|actual
3.0|产业结构|-|2020年|level|actual
40.0|产业结构|-|2020年|level|actual
57.0|产业结构|-|2020年|level|actual
2.8|产业结构|-|2021年|level|actual
39.5|产业结构|-|2021年|level|actual
57.7|产业结构|-|2021年|level|actual",
    ),
    // Words after a figure that run into a rank are the rank's (b5-d 2).
    (
        "2013年甲区地区生产总值达624.98亿元,增长9.0%,增幅高出全市平均0.5个百分点居全市第二位。",
        "624.98亿元|地区生产总值|甲区|2013年|level|actual
9.0%|地区生产总值|甲区|2013年|change|actual
0.5个百分点|地区生产总值|甲区|2013年|change|actual
全市第二位|地区生产总值|甲区|2013年|rank|actual",
    ),
    // 分别 with no list before it: the metrics of the last facts, in order.
    (
        "2012年城镇居民可支配收入26500元,农民人均纯收入10800元,分别增长12.5%和19%,年均分别增长8.7%和16.2%。",
        "26500元|城镇居民可支配收入|-|2012年|level|actual
10800元|农民人均纯收入|-|2012年|level|actual
12.5%|城镇居民可支配收入|-|2012年|change|actual
19%|农民人均纯收入|-|2012年|change|actual
8.7%|城镇居民可支配收入|-|2012年|change|actual
16.2%|农民人均纯收入|-|2012年|change|actual",
    ),
    // A reporting verb of a relative clause stays in the metric.
    (
        "1-11月，通过公共网络实现的商品销售额4539.4万元。",
        "4539.4万元|通过公共网络实现的商品销售额|-|1-11月|level|actual",
    ),
    // A population section: rates in ‰, a ratio whose bare 比 runs into an
    // aside (`性别比（以女性为100）`), no comparison; the aside's 100 is a
    // value of the ratio.
    (
        "年末全市常住人口312.5万人，比上年末增加1.2万人。全年出生人口2.31万人，出生率为7.42‰；死亡人口2.05万人，死亡率为6.58‰；自然增长率为0.84‰。常住人口城镇化率为63.25%，比上年末提高0.86个百分点。总人口性别比（以女性为100）为104.32。",
        "312.5万人|常住人口|全市|-|level|actual
1.2万人|常住人口|全市|-|change|actual
2.31万人|出生人口|-|-|level|actual
7.42‰|出生率|-|-|level|actual
2.05万人|死亡人口|-|-|level|actual
6.58‰|死亡率|-|-|level|actual
0.84‰|自然增长率|-|-|level|actual
63.25%|常住人口城镇化率|-|-|level|actual
0.86个百分点|常住人口城镇化率|-|-|change|actual
100|总人口性别比|-|-|level|actual
104.32|总人口性别比|-|-|level|actual",
    ),
    // An aside that closes before the figure (`…,男性对女性的比例)为`) gives
    // it no words; the value inside 与…相比 is the ratio's, dated by its
    // own year, and the change after it has no time of the basis.
    (
        "总人口性别比(以女性为100,男性对女性的比例)为107.50,与2020年第七次全国人口普查的106.36相比增长了1.14。",
        "100|总人口性别比|-|-|level|actual
107.50|总人口性别比|-|-|level|actual
106.36|总人口性别比|-|2020年|level|actual
1.14|总人口性别比|-|-|change|actual",
    ),
    (
        "城镇居民人均可支配收入52340元，增长4.6%；农村居民人均可支配收入28760元，增长6.1%；城乡居民收入比为1.82，与上年的1.86相比缩小0.04。",
        "52340元|城镇居民人均可支配收入|-|-|level|actual
4.6%|城镇居民人均可支配收入|-|-|change|actual
28760元|农村居民人均可支配收入|-|-|level|actual
6.1%|农村居民人均可支配收入|-|-|change|actual
1.82|城乡居民收入比|-|-|level|actual
1.86|城乡居民收入比|-|-|level|actual
0.04|城乡居民收入比|-|-|change|actual",
    ),
    // Names written as clauses of their own before 分别, each figure with
    // its own verb: one name per figure, the last whole with its 、.
    (
        "5月份,全市规模以上工业增加值39.1亿元,同比增长5.7%,分门类看,采矿业,制造业,电力、热力、燃气及水生产和供应业分别下降29.8%、增长6.5%和增长4.1%。",
        "39.1亿元|规模以上工业增加值|全市|5月份|level|actual
5.7%|规模以上工业增加值|全市|5月份|change|actual
29.8%|采矿业|全市|5月份|change|actual
6.5%|制造业|全市|5月份|change|actual
4.1%|电力、热力、燃气及水生产和供应业|全市|5月份|change|actual",
    ),
    (
        "分行业看，批发业，零售业，住宿业分别增长4.5%、下降1.3%和增长8.0%。",
        "4.5%|批发业|-|-|change|actual
1.3%|零售业|-|-|change|actual
8.0%|住宿业|-|-|change|actual",
    ),
    // 分别 with no list after five rates: the five last metrics pair.
    (
        "重点领域投资持续发力,工业投资增长40.3%,制造业投资增长35.8%,高新技术产业投资增长42.2%,生态环保交通能源和水利投资增长38.2%,基础设施投资增长27.9%,分别比1-4月加快9.1个、11.0个、7.8个、8.0个和7.2个百分点。",
        "40.3%|工业投资|-|-|change|actual
35.8%|制造业投资|-|-|change|actual
42.2%|高新技术产业投资|-|-|change|actual
38.2%|生态环保交通能源和水利投资|-|-|change|actual
27.9%|基础设施投资|-|-|change|actual
9.1个|工业投资|-|-|change|actual
11.0个|制造业投资|-|-|change|actual
7.8个|高新技术产业投资|-|-|change|actual
8.0个|生态环保交通能源和水利投资|-|-|change|actual
7.2个百分点|基础设施投资|-|-|change|actual",
    ),
    // 拉动 opening a figure's words: the contribution of the indicator
    // before, with its subject; the driven total is no metric.
    (
        "1-5月份,全省基础设施投资同比增长13.0%,拉动全省投资增长2.4个百分点;民间投资增长7.1%,拉动投资增长3.4个百分点。",
        "13.0%|基础设施投资|全省|1-5月份|change|actual
2.4个百分点|基础设施投资|全省|1-5月份|change|actual
7.1%|民间投资|全省|1-5月份|change|actual
3.4个百分点|民间投资|全省|1-5月份|change|actual",
    ),
    (
        "1-6月，全市固定资产投资增长5.2%，其中工业投资增长12.1%，拉动全部投资增长3.6个百分点。",
        "5.2%|固定资产投资|全市|1-6月|change|actual
12.1%|工业投资|全市|1-6月|change|actual
3.6个百分点|工业投资|全市|1-6月|change|actual",
    ),
    // A goal word inside quotation marks is part of a quoted motto, no
    // cue: the figures after it are results.
    (
        "去年,集团围绕“稳住目标客户,做强主业”的思路,实现销售额12.5亿元,同比增长6.1%。",
        "12.5亿元|销售额|集团|去年|level|actual
6.1%|销售额|集团|去年|change|actual",
    ),
    // A sentence opening with 其中 keeps the time of the sentence it
    // details, not the paragraph's (without a paragraph time it has none,
    // below).
    (
        "今年前8个月,全县社会消费品零售总额120亿元,增长4.5%。单8月,全县社会消费品零售总额16亿元,增长5.2%。其中,乡村消费品零售额4.1亿元,增长6.3%。",
        "120亿元|社会消费品零售总额|全县|今年前8个月|level|actual
4.5%|社会消费品零售总额|全县|今年前8个月|change|actual
16亿元|社会消费品零售总额|全县|8月|level|actual
5.2%|社会消费品零售总额|全县|8月|change|actual
4.1亿元|乡村消费品零售额|-|8月|level|actual
6.3%|乡村消费品零售额|-|8月|change|actual",
    ),
    // Words that are only a comparison with a base period (an aside after
    // it) name no indicator: the figure keeps the indicator before.
    (
        "今年前三季度,全县出口总额85亿元,较上年同期(下同)增长7%,增速快于全市2.1个百分点。",
        "85亿元|出口总额|全县|今年前三季度|level|actual
7%|出口总额|全县|今年前三季度|change|actual
2.1个百分点|出口总额|全县|今年前三季度|change|actual",
    ),
    // 增产 and 涨, verbs of change outside the reference's list: the figure
    // after them is a change of the indicator before.
    (
        "去年全省油料产量420万吨,增产12万吨。",
        "420万吨|油料产量|全省|去年|level|actual
12万吨|油料产量|全省|去年|change|actual",
    ),
    // 下跌 right before a price's change: the indicator before, a change.
    (
        "10月8日,收盘价12.5元,下跌1.2%。",
        "12.5元|收盘价|-|10月8日|level|actual
1.2%|收盘价|-|10月8日|change|actual",
    ),
    // 总产值 written once at the last item of a list before 分别 is the
    // head of every item, whole.
    (
        "上半年,全区纺织服装、电子信息总产值分别增长12.0%、8.5%。",
        "12.0%|纺织服装总产值|全区|上半年|change|actual
8.5%|电子信息总产值|全区|上半年|change|actual",
    ),
    // A line broken after a comma goes on with its sentence: the figure
    // whose words name no indicator keeps the one before.
    (
        "全市财政收入增加到85亿元,\n五年增加近30亿元。",
        "85亿元|财政收入|全市|-|level|actual
近30亿元|财政收入|全市|-|change|actual",
    ),
    // 下拉, the mirror of 拉动: a negative contribution of the indicator
    // before.
    (
        "1-9月份,全县建筑业产值下降3.2%,下拉全县经济增长0.4个百分点。",
        "3.2%|建筑业产值|全县|1-9月份|change|actual
0.4个百分点|建筑业产值|全县|1-9月份|change|actual",
    ),
    // 增长面 is a noun (the share of items that grew), no verb of change.
    (
        "5月份,全省规模以上工业41个行业大类增长面66.7%,比上月扩大4.8个百分点。",
        "41个|行业大类|全省|5月份|level|actual
66.7%|行业大类增长面|全省|5月份|level|actual
4.8个百分点|行业大类增长面|全省|5月份|change|actual",
    ),
    // Names as clauses of their own, one holding its own 、, with a known
    // head written once at the last: the head is copied to the others.
    (
        "1-8月，全市规模以上服务业企业营业收入增长8.3%。其中，信息传输、软件和信息技术服务业，租赁和商务服务业，科学研究和技术服务业营业收入分别增长12.5%、9.8%和6.1%。",
        "8.3%|规模以上服务业企业营业收入|全市|1-8月|change|actual
12.5%|信息传输、软件和信息技术服务业营业收入|-|1-8月|change|actual
9.8%|租赁和商务服务业营业收入|-|1-8月|change|actual
6.1%|科学研究和技术服务业营业收入|-|1-8月|change|actual",
    ),
    // A price release: 价格 written once at the last of the listed
    // categories is their head.
    (
        "8月份，全市居民消费价格同比上涨0.5%，环比上涨0.3%。其中教育文化娱乐类、医疗保健类价格分别上涨2.1%和1.3%，交通通信类、食品烟酒类价格分别下降3.2%和0.6%。",
        "0.5%|居民消费价格|全市|8月份|change|actual
0.3%|居民消费价格|全市|8月份|change|actual
2.1%|教育文化娱乐类价格|-|8月份|change|actual
1.3%|医疗保健类价格|-|8月份|change|actual
3.2%|交通通信类价格|-|8月份|change|actual
0.6%|食品烟酒类价格|-|8月份|change|actual",
    ),
    // Two rates, then 分别 with two differences (the first without its unit).
    (
        "全年常住人口城镇化率为58.4%，户籍人口城镇化率为42.7%，分别比上年末提高0.9和1.1个百分点。",
        "58.4%|常住人口城镇化率|-|-|level|actual
42.7%|户籍人口城镇化率|-|-|level|actual
0.9|常住人口城镇化率|-|-|change|actual
1.1个百分点|户籍人口城镇化率|-|-|change|actual",
    ),
    // A clause before 分别 that is no category name (a lead, a scope
    // closed by 中) is no listed item: the 分别 clause's own list pairs.
    (
        "全年居民消费价格上涨0.6%，其中，城市、农村分别上涨0.7%和0.4%。",
        "0.6%|居民消费价格|-|-|change|actual
0.7%|城市|-|-|change|actual
0.4%|农村|-|-|change|actual",
    ),
    (
        "1-5月，全市商品零售额中，粮油食品类、饮料类零售额分别增长8.2%和5.1%。",
        "8.2%|粮油食品类零售额|全市|1-5月|change|actual
5.1%|饮料类零售额|全市|1-5月|change|actual",
    ),
    // The base of a ratio in an aside right after it: a value of the
    // ratio, no metric of the aside's words.
    (
        "年末常住人口中，男性人口52.3万人，女性人口50.1万人，人口性别比为104.39（以女性为100）。",
        "52.3万人|男性人口|-|-|level|actual
50.1万人|女性人口|-|-|level|actual
104.39|人口性别比|-|-|level|actual
100|人口性别比|-|-|level|actual",
    ),
    (
        "全年全市人口出生率为9.12‰，比上年下降0.85个千分点；人口死亡率为6.35‰；人口自然增长率为2.77‰。",
        "9.12‰|人口出生率|全市|-|level|actual
0.85个千分点|人口出生率|全市|-|change|actual
6.35‰|人口死亡率|全市|-|level|actual
2.77‰|人口自然增长率|全市|-|level|actual",
    ),
    // A sentence opening with a time clause (`1-7月，全市…`): the next
    // clause's subject opens it; category names as clauses with 、 inside.
    (
        "1-7月，全市规模以上工业中，计算机、通信和其他电子设备制造业，电气机械和器材制造业，汽车制造业增加值分别增长15.2%、9.6%和-2.4%。",
        "15.2%|计算机、通信和其他电子设备制造业增加值|全市|1-7月|change|actual
9.6%|电气机械和器材制造业增加值|全市|1-7月|change|actual
-2.4%|汽车制造业增加值|全市|1-7月|change|actual",
    ),
    (
        "上半年，全市一般公共预算收入56.8亿元，同比增长3.2%，其中税收收入41.2亿元，增长2.1%，占一般公共预算收入的比重为72.5%。",
        "56.8亿元|一般公共预算收入|全市|上半年|level|actual
3.2%|一般公共预算收入|全市|上半年|change|actual
41.2亿元|税收收入|全市|上半年|level|actual
2.1%|税收收入|全市|上半年|change|actual
72.5%|税收收入|全市|上半年|share|actual",
    ),
    // A period compared with (`与1-5月持平`) is a basis, not the time; a
    // rank listed after a ranked scope (`居全省第8位、江南第2位`) ranks
    // the same indicator in the next scope.
    (
        "1-6月，全县工业投资同比增长7.4%，增速与1-5月持平，比全省高1.2个百分点，居全省第8位、江南第2位。",
        "7.4%|工业投资|全县|1-6月|change|actual
1.2个百分点|工业投资|全县|1-6月|change|actual
全省第8位|工业投资|全县|1-6月|rank|actual
第2位|工业投资|全县|1-6月|rank|actual",
    ),
];

/// The verbs of change entities.md lists beyond 增长 and 下降 carry a direction.
#[test]
fn listed_change_verbs() {
    for (text, up) in [
        ("存款同比多增12亿元。", true),
        ("贷款同比少增4.6亿元。", false),
        ("投资下滑3.1%。", false),
        ("利率下调0.1个百分点。", false),
        ("预算调减1.5亿元。", false),
    ] {
        let facts = Extractor::default().facts(text);
        let c = facts[0].figure.change.expect(text);
        assert_eq!(c.direction == crate::entity::Direction::Up, up, "{text}");
    }
}

/// A date opening a bracketed price basis (`(2010年不变价)`) dates no figure (b5-d).
#[test]
fn price_basis_year_is_no_time() {
    let text =
        "甲县脱贫攻坚成效显著。贫困标准为每人每年2300元(2010年不变价),农村贫困人口1200人全部脱贫。";
    let got: Vec<_> = rows(text).into_iter().map(|r| (r.0, r.3)).collect();
    assert_eq!(
        got,
        [
            ("2300元".to_string(), "-".to_string()),
            ("1200人".to_string(), "-".to_string())
        ]
    );
}

#[test]
fn cases() {
    for (text, expected) in CASES {
        assert_eq!(show(text), *expected, "\n{text}");
    }
}

#[test]
fn whole_and_constructed_spans() {
    let text = "高新技术产业增加值占全省的比重为28.5%。";
    let f = &Extractor::default().facts(text)[0];
    assert_eq!(&text[f.whole.unwrap().range()], "全省");
    let text = "第一、二、三产业增加值分别增长3.1%、7.5%和5.3%。";
    let facts = Extractor::default().facts(text);
    let written: Vec<_> = facts
        .iter()
        .map(|f| {
            let m = f.metric.as_ref().unwrap();
            (&text[m.span.range()], m.constructed())
        })
        .collect();
    assert_eq!(
        written,
        [("第一", true), ("二", true), ("三产业增加值", true)]
    );
}

#[test]
fn no_figures_no_facts() {
    assert!(Extractor::default().facts("").is_empty());
    assert!(Extractor::default()
        .facts("2024年5月31日，会议召开。持续5年。")
        .is_empty());
    // An ordinal that is no rank (an edition) gives no fact.
    assert!(Extractor::default()
        .facts("受到国务院第九次大督查通报表扬。")
        .is_empty());
}

#[test]
fn figures_are_the_extractors_entities() {
    let text = "营收3.2亿元，增长12%，第3名，用时5年，2024年。";
    let entities = crate::extract(text);
    let facts = find(text, &entities);
    for f in &facts {
        assert!(entities.contains(&f.figure));
    }
    let figures: Vec<_> = facts.iter().map(|f| f.figure.text(text)).collect();
    assert_eq!(figures, ["3.2亿元", "12%", "第3名"]);
}

#[test]
fn boundary_search_stops_at_every_boundary_byte() {
    let text = "全市规模以上工业增加值同比增长，引进项目。1月\n统计局（数据）“目标”：a,b;c!?";
    let bytes = text.as_bytes();
    let starts = |b: u8| b"\n,;:!?\xE3\xEF".contains(&b);
    for from in 0..bytes.len() {
        for to in from..=bytes.len() {
            let mut bounds = Boundaries::new(bytes);
            let mut found = Vec::new();
            let mut i = from;
            while let Some(at) = bounds.next(i, to) {
                found.push(at);
                i = at + 1;
            }
            let want: Vec<usize> = (from..to).filter(|&k| starts(bytes[k])).collect();
            assert_eq!(found, want, "{from}..{to}");
        }
    }
    // One searcher over successive gaps, as the pass uses it.
    let mut bounds = Boundaries::new(bytes);
    let mut found = Vec::new();
    for (from, to) in [(0, 10), (14, 40), (40, 41), (45, bytes.len())] {
        let mut i = from;
        while let Some(at) = bounds.next(i, to) {
            found.push(at);
            i = at + 1;
        }
    }
    let want: Vec<usize> = [(0, 10), (14, 40), (40, 41), (45, bytes.len())]
        .iter()
        .flat_map(|&(f, t)| f..t)
        .filter(|&k| starts(bytes[k]))
        .collect();
    assert_eq!(found, want);
}

#[test]
fn floor_count_in_a_plan_is_a_target() {
    let r = rows("年内举办科技成果转化对接会2场以上，推动1000家以上企业进行数字化转型。");
    let got: Vec<_> = r.iter().map(|x| (x.0.as_str(), x.5)).collect();
    assert_eq!(got, [("2场以上", "target"), ("1000家以上", "target")]);
    // Work already done or a level reached stays actual.
    let r = rows("全市已建成研发平台5个以上，证照达120类以上。");
    let got: Vec<_> = r.iter().map(|x| (x.0.as_str(), x.5)).collect();
    assert_eq!(got, [("5个以上", "actual"), ("120类以上", "actual")]);
    // A count without a floor is not a plan's figure by itself.
    assert_eq!(rows("举办对接会2场。")[0].5, "actual");
}

#[test]
fn yuan_month_range_dates_the_figures() {
    assert_eq!(
        show("元至九月，全市规模以上工业增加值同比增长5.1%。"),
        "5.1%|规模以上工业增加值|全市|元至九月|change|actual"
    );
}

#[test]
fn year_end_word_is_no_part_of_the_subject() {
    assert_eq!(
        show("年末全市常住人口1234万人，比上年末增加12万人。"),
        "1234万人|常住人口|全市|-|level|actual\n12万人|常住人口|全市|-|change|actual"
    );
}

#[test]
fn compared_period_alone_gives_the_basis_value() {
    assert_eq!(
        show("公司实现净利润1200万元，上年同期盈利1464.66万元。"),
        "1200万元|净利润|公司|-|level|actual\n1464.66万元|净利润|公司|-|level|actual"
    );
    // A value of the compared period written with 的 is left to the clause.
    let r = rows("城乡收入比由上年同期的2.05:1下降为2.02:1。");
    assert_ne!(r[0].1, "上年同期");
}

#[test]
fn known_head_is_copied_to_long_items() {
    assert_eq!(
        show("全市铁矿石、钢材产量分别为120万吨和80万吨。"),
        "120万吨|铁矿石产量|全市|-|level|actual\n80万吨|钢材产量|全市|-|level|actual"
    );
    let f = Extractor::default().facts("工业机器人、集成电路产量分别增长12.5%、8.1%。");
    let m = f[0].metric.as_ref().unwrap();
    assert_eq!(
        (m.built.as_deref(), m.span.start, m.span.end),
        (Some("工业机器人产量"), 0, 15)
    );
    assert_eq!(f[1].metric.as_ref().unwrap().built, None);
}

#[test]
fn outline_title_closed_by_a_stop_heads_a_goal_section() {
    let text = "（二）主要目标。\n\n——内需规模稳步跃升。社会消费品零售总额突破3万亿元、年均增长9%以上。\n\n（三）工作成效。\n\n全年社会消费品零售总额2.6万亿元。";
    assert_eq!(
        show(text),
        "3万亿元|社会消费品零售总额|-|-|level|target\n\
         9%以上|社会消费品零售总额|-|-|change|target\n\
         2.6万亿元|社会消费品零售总额|-|-|level|actual"
    );
    // Closed like a sentence, a title that names no goal dates nothing
    // (round 53, blind slice 29); one that names goals keeps its time.
    assert_eq!(
        show("一、1-3月份主要经济指标完成情况。\n全县地区生产总值总量为52.22亿元。"),
        "52.22亿元|地区生产总值总量|全县|-|level|actual"
    );
    assert_eq!(
        show("一、2025年主要目标。\n全县地区生产总值总量为52.22亿元。"),
        "52.22亿元|地区生产总值总量|全县|2025年|level|target"
    );
    // A sentence with a clause is no title.
    let r = rows("（二）全年增长，成效明显。\n\n全市营业收入3.2亿元。");
    assert_eq!(r[0].5, "actual");
}

#[test]
fn goal_title_reaches_the_short_line_under_it() {
    let text = "政府工作报告提出全市经济社会发展主要预期目标\n今年地区生产总值增长5.5%左右\n20日，报告提出，去年全市地区生产总值增长5.2%。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.5)).collect();
    assert_eq!(
        got,
        [
            ("5.5%左右".to_string(), "target"),
            ("5.2%".to_string(), "actual")
        ]
    );
}

#[test]
fn noun_linked_to_a_figure_gives_goal_and_growth() {
    let r = rows("年末城镇登记失业率1.89%，低于2.5%的控制目标。");
    let got: Vec<_> = r.iter().map(|x| (x.0.as_str(), x.5)).collect();
    assert_eq!(got, [("1.89%", "actual"), ("低于2.5%", "target")]);
    let r = rows("今年实现9.5%左右的增长。");
    assert_eq!((r[0].0.as_str(), r[0].4), ("9.5%左右", "change"));
    // Another noun after 的 changes nothing.
    let r = rows("全市完成投资3.2亿元的项目。");
    assert_eq!((r[0].4, r[0].5), ("level", "actual"));
}

#[test]
fn times_listed_after_a_basis_are_bases() {
    let text = "1-8月，全市固定资产投资增长20.1%，增速分别较1-2月、1-3月和1-7月回落3.4、0.6和0.1个百分点。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.3)).collect();
    let want = [
        ("20.1%", "1-8月"),
        ("3.4", "1-8月"),
        ("0.6", "1-8月"),
        ("0.1个百分点", "1-8月"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
    // A time after a basis and a comma opens a clause of its own.
    let text = "比上年增长5%，1-8月全市营业收入3.2亿元。";
    assert_eq!(rows(text)[1].3, "1-8月");
}

#[test]
fn a_method_aside_is_no_metric() {
    let text = "按户籍人口计算，人均GDP为63525元（按年平均汇率折算为9847美元），同比增长8.7%。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1, x.4)).collect();
    let want: Vec<_> = [
        ("63525元", "人均GDP", "level"),
        ("9847美元", "人均GDP", "level"),
        ("8.7%", "人均GDP", "change"),
    ]
    .iter()
    .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
    .collect();
    assert_eq!(got, want);
}

#[test]
fn bases_listed_before_fenbie_are_no_metrics() {
    let text = "1-8月，全市固定资产投资增长20.1%，较去年同期和全年分别回落3.1、2.9个百分点。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1, x.4)).collect();
    let want: Vec<_> = [
        ("20.1%", "固定资产投资", "change"),
        ("3.1", "固定资产投资", "change"),
        ("2.9个百分点", "固定资产投资", "change"),
    ]
    .iter()
    .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
    .collect();
    assert_eq!(got, want);
}

/// A listed item that is only filler words (`…期和全年分别回落`) keeps its
/// words: no listed metric is empty (found by the facts fuzz target).
#[test]
fn no_listed_metric_is_empty() {
    let text = "背景期和全年分别回落3.1、2.9个百分点。";
    let facts = crate::Extractor::default().facts(text);
    assert_eq!(facts.len(), 2);
    for f in &facts {
        let m = f.metric.as_ref().expect("a metric");
        assert!(m.span.start < m.span.end, "empty metric span in {f:?}");
        assert!(!m.text(text).is_empty());
    }
    assert_eq!(facts[1].metric.as_ref().map(|m| m.text(text)), Some("全年"));
}

/// Four short texts written for issue #12 (generalisation to unseen text), their
/// facts written down before the extractor was run on them: a county
/// statistics communiqué, a work report's goals for this year and the plan
/// after them, a company's half-year results and a monthly release.
const OWN_TEXTS: &[(&str, &str)] = &[
    (
        "2023年，全县实现地区生产总值156.8亿元，按不变价格计算，比上年增长5.9%，增速居全市第3。分产业看，第一产业增加值24.6亿元，增长4.1%；第二产业增加值58.3亿元，增长7.2%；第三产业增加值73.9亿元，增长5.4%。全县人均地区生产总值达到49820元，比上年增长6.3%。",
        "156.8亿元|地区生产总值|全县|2023年|level|actual
5.9%|地区生产总值|全县|2023年|change|actual
全市第3|地区生产总值|全县|2023年|rank|actual
24.6亿元|第一产业增加值|-|2023年|level|actual
4.1%|第一产业增加值|-|2023年|change|actual
58.3亿元|第二产业增加值|-|2023年|level|actual
7.2%|第二产业增加值|-|2023年|change|actual
73.9亿元|第三产业增加值|-|2023年|level|actual
5.4%|第三产业增加值|-|2023年|change|actual
49820元|人均地区生产总值|全县|2023年|level|actual
6.3%|人均地区生产总值|全县|2023年|change|actual",
    ),
    (
        "今年全县经济社会发展的预期目标是：地区生产总值增长6.5%左右，规模以上工业增加值增长8%，固定资产投资增长10%，社会消费品零售总额增长7%，一般公共预算收入增长6%，城镇和农村居民人均可支配收入分别增长6%和7.5%。",
        "6.5%左右|地区生产总值|全县|今年|change|target
8%|规模以上工业增加值|全县|今年|change|target
10%|固定资产投资|全县|今年|change|target
7%|社会消费品零售总额|全县|今年|change|target
6%|一般公共预算收入|全县|今年|change|target
6%|城镇居民人均可支配收入|全县|今年|change|target
7.5%|农村居民人均可支配收入|全县|今年|change|target",
    ),
    (
        "2024年上半年，公司实现营业收入18.62亿元，同比下降4.35%；实现归属于上市公司股东的净利润2.17亿元，同比增长11.8%。其中，储能业务贡献营业收入6.4亿元，占公司营业收入的34.4%。报告期末，公司总资产95.3亿元，较上年末增长2.6%。",
        "18.62亿元|营业收入|公司|2024年上半年|level|actual
4.35%|营业收入|公司|2024年上半年|change|actual
2.17亿元|归属于上市公司股东的净利润|公司|2024年上半年|level|actual
11.8%|归属于上市公司股东的净利润|公司|2024年上半年|change|actual
6.4亿元|储能业务营业收入|-|2024年上半年|level|actual
34.4%|储能业务营业收入|-|2024年上半年|share|actual
95.3亿元|总资产|公司|2024年上半年|level|actual
2.6%|总资产|公司|2024年上半年|change|actual",
    ),
    (
        "1—8月，全市规模以上工业增加值同比增长6.1%，增速比1—7月回落0.2个百分点。\n分经济类型看，国有控股企业增加值增长3.5%，股份制企业增长6.8%。\n全市固定资产投资同比增长4.2%。其中，工业投资增长11.6%，民间投资下降2.3%。\n全市社会消费品零售总额412.5亿元，同比增长5.3%，增速居全省第2位。",
        "6.1%|规模以上工业增加值|全市|1—8月|change|actual
0.2个百分点|规模以上工业增加值|全市|1—8月|change|actual
3.5%|国有控股企业增加值|-|-|change|actual
6.8%|股份制企业增加值|-|-|change|actual
4.2%|固定资产投资|全市|-|change|actual
11.6%|工业投资|-|-|change|actual
2.3%|民间投资|-|-|change|actual
412.5亿元|社会消费品零售总额|全市|-|level|actual
5.3%|社会消费品零售总额|全市|-|change|actual
全省第2位|社会消费品零售总额|全市|-|rank|actual",
    ),
    // A percent of a population written before it with 的 is a share of
    // it; a quantity reported with 达到 keeps its metric before the verb,
    // the words after it a complement.
    (
        "到2025年，90%以上的行政村实现5G网络覆盖，城市家庭用户带宽达到1000Mbps以上灵活选择。",
        "90%以上|行政村|-|2025年|share|target
1000Mbps以上|城市家庭用户带宽|-|2025年|level|target",
    ),
    // A verb of report inside a metric (实现, 贡献) is cut out, as at its start.
    (
        "全县规模以上工业企业实现利润总额15.6亿元，增长8.2%；其中，骨干企业贡献利润9.1亿元。",
        "15.6亿元|规模以上工业企业利润总额|全县|-|level|actual
8.2%|规模以上工业企业利润总额|全县|-|change|actual
9.1亿元|骨干企业利润|全县|-|level|actual",
    ),
    // A price cap: the per-unit base (每平方米) is no part of the metric,
    // the cap a target, the cap on its rise a change.
    (
        "2024年全市新建商品住房均价控制在每平方米1.2万元以内，涨幅不超过5%。",
        "1.2万元以内|新建商品住房均价|全市|2024年|level|target
不超过5%|新建商品住房均价|全市|2024年|change|target",
    ),
    // A verb of work done opening the words (接待) is out of the metric; a
    // goal a figure is measured against (完成年度目标的115%) names no metric:
    // the figure is the completion rate of the indicator before.
    (
        "全年接待国内外游客1256.8万人次，增长15.6%。全市城镇新增就业2.3万人，完成年度目标的115%；城镇登记失业率为2.8%。",
        "1256.8万人次|国内外游客|-|-|level|actual
15.6%|国内外游客|-|-|change|actual
2.3万人|城镇新增就业|全市|-|level|actual
115%|城镇新增就业|全市|-|level|actual
2.8%|城镇登记失业率|全市|-|level|actual",
    ),
    // A Hong Kong filing: the rest of a financial period after its end date
    // (止年度之) is no part of the metric; the compared year's value in
    // brackets after a proposed dividend, on its own line too, is an
    // actual value of that dividend, dated by its year.
    (
        "本集團截至2023年12月31日止年度之收益約為人民幣58.6億元，較去年增長12.4%。\n董事會建議派發末期股息每股0.25港元\n（2022年：每股0.20港元）。",
        "人民幣58.6億元|收益|本集團|2023年12月31日|level|actual
12.4%|收益|本集團|2023年12月31日|change|actual
0.25港元|末期股息|-|-|level|target
0.20港元|末期股息|-|2022年|level|actual",
    ),
    // 将 right after a subject or a word of a time to come marks a plan:
    // targets; 将 as the object marker (通过…，将产品合格率提高到) marks none
    // (in a sentence naming a subject of its own: one without goes on with
    // the plan that opens its paragraph).
    (
        "今年，我们将新增城镇就业1.5万人。下一步，全市将新建5G基站2000个。该公司通过技术改造，将产品合格率提高到99.5%。",
        "1.5万人|新增城镇就业|-|今年|level|target
2000个|新建5G基站|全市|今年|level|target
99.5%|产品合格率|该公司|今年|level|actual",
    ),
    // Wholes listed before 分别 after a share verb: shares of the one
    // indicator before in each whole; a list of metrics before, with one
    // whole, pairs the figures with those metrics.
    (
        "到2025年，全市数字经济核心产业增加值力争达到1000亿元，占地区生产总值和工业增加值比重分别达到12%和30%。\n全市制造业增加值500亿元，服务业增加值800亿元，分别占地区生产总值的30%和50%。",
        "1000亿元|数字经济核心产业增加值|全市|2025年|level|target
12%|数字经济核心产业增加值|全市|2025年|share|target
30%|数字经济核心产业增加值|全市|2025年|share|target
500亿元|制造业增加值|全市|-|level|actual
800亿元|服务业增加值|全市|-|level|actual
30%|制造业增加值|全市|-|share|actual
50%|服务业增加值|全市|-|share|actual",
    ),
    // A plan a figure is measured against after a share verb (占年度计划的)
    // makes no target; a milestone noun (台阶) is no counted thing and a
    // verb of reaching it (迈上) no part of the metric; a verb of benefit
    // (惠及) opens its object; a name that runs from one subject over a
    // clause into another (我市连续三年获评全省) is none.
    (
        "全县共实施重点项目86个，完成投资125.6亿元，占年度计划的108.5%。全市生产总值迈上3000亿元台阶，达到3125.6亿元。全年新增减税降费超过12亿元，惠及市场主体5.6万户次。我市连续三年获评全省营商环境评价优秀等次，政务服务事项网上可办率达98%。",
        "86个|重点项目|全县|-|level|actual
125.6亿元|投资|全县|-|level|actual
108.5%|投资|全县|-|share|actual
3000亿元|生产总值|全市|-|level|actual
3125.6亿元|生产总值|全市|-|level|actual
超过12亿元|新增减税降费|-|-|level|actual
5.6万户次|市场主体|-|-|level|actual
98%|政务服务事项网上可办率|我市|-|level|actual",
    ),
    // A stock's date word (截至) is no subject: the company after the date
    // is; a note number ([1]) closes no metric; a copula (是) opens none; a
    // currency word closes no counted thing.
    (
        "截至2023年12月31日公司在手合同25.16亿元，同比增长42.19%。\n全区居民消费价格指数[1]上涨2.5%。\n今年的预期目标是生产总值增长7%。\n拟向全体股东每10股派发现金股利人民币13.50元（含税）。",
        "25.16亿元|在手合同|公司|2023年12月31日|level|actual
42.19%|在手合同|公司|2023年12月31日|change|actual
2.5%|居民消费价格指数|全区|-|change|actual
7%|生产总值|-|今年|change|target
10股|现金股利|-|-|level|target
人民币13.50元|现金股利|-|-|level|target",
    ),
    // A basis before an aside (同比(下同)), per-unit bases opening the
    // words (每人每年), a cause (主要是由于) and a filler (原则上) are no part
    // of the metric.
    (
        "全年地区生产总值同比(下同)增长4.5%。\n每户每年补贴标准为1200元。\n营业外收入下降6.56%,主要是由于报告期政府补贴减少2667万元。\n职业院校实践性教学课时原则上占总课时一半以上。",
        "4.5%|地区生产总值|-|-|change|actual
1200元|补贴标准|-|-|level|actual
6.56%|营业外收入|-|-|change|actual
2667万元|政府补贴|-|-|change|actual
一半以上|职业院校实践性教学课时|-|-|share|actual",
    ),
    // Traditional script: goal and plan words (力爭, 擬), a share (佔) and
    // a rank read as in simplified text.
    (
        "今年全縣力爭地區生產總值增長6%左右，一般公共預算收入增長5%。\n全縣服務業增加值佔地區生產總值的比重為52.3%，增速居全市第2位。\n公司擬向全體股東每10股派發現金紅利3元（含稅）。",
        "6%左右|地區生產總值|全縣|今年|change|target
5%|一般公共預算收入|全縣|今年|change|target
52.3%|服務業增加值|全縣|-|share|actual
全市第2位|服務業增加值|全縣|-|rank|actual
10股|現金紅利|公司|-|level|target
3元|現金紅利|公司|-|level|target",
    ),
    // A goal lead closed by a colon at a line's end: the list lines under
    // it are targets of its time, their outline numbers no part of a
    // metric, up to the first body line.
    (
        "今年全市经济社会发展的主要预期目标是：\n1.地区生产总值增长6%左右；\n2.城镇新增就业1.2万人。\n全市上下坚持稳中求进工作总基调，统筹发展和安全，扎实推进高质量发展，去年全市地区生产总值增长5.2%，一般公共预算收入增长3.1%。",
        "6%左右|地区生产总值|-|今年|change|target
1.2万人|城镇新增就业|-|今年|level|target
5.2%|地区生产总值|全市|去年|change|actual
3.1%|一般公共预算收入|全市|去年|change|actual",
    ),
    // 投入 is a verb of work done before its object; 计划 in the sentence
    // makes the figures after it targets.
    (
        "该县今年计划投入财政资金2.3亿元，实施民生实事项目15项。",
        "2.3亿元|财政资金|该县|今年|level|target
15项|民生实事项目|该县|今年|level|target",
    ),
];

#[test]
fn own_texts() {
    let mut bad = Vec::new();
    for (text, expected) in OWN_TEXTS {
        let got = show(text);
        if got != *expected {
            let exp: Vec<_> = expected.lines().collect();
            for line in got.lines() {
                if !exp.contains(&line) {
                    bad.push(format!("got  {line}"));
                }
            }
            for line in &exp {
                if !got.lines().any(|l| l == *line) {
                    bad.push(format!("want {line}"));
                }
            }
        }
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
}

/// The plan written after a work report's goals, in a paragraph of its own
/// with no goal word, no 将 and no heading (the second paragraph of the
/// second own text as first written): its figures are the plan's, targets.
/// Its opening sentence (围绕上述目标…) has no figure and refers back to the
/// goals: the rest of the paragraph plans them (issue #12).
#[test]
fn plan_paragraph_after_the_goals() {
    let text = "今年全县经济社会发展的预期目标是：地区生产总值增长6.5%左右。\n围绕上述目标，重点抓好以下工作。全年实施重点项目120个，完成投资300亿元以上；新增规模以上工业企业30家。";
    assert_eq!(
        show(text),
        "6.5%左右|地区生产总值|全县|今年|change|target
120个|重点项目|-|-|level|target
300亿元以上|投资|-|-|level|target
30家|新增规模以上工业企业|-|-|level|target"
    );
}

/// (figure, metric, subject, time, measure, status, whole) of each fact.
fn show_whole(text: &str) -> String {
    let facts = Extractor::default().facts(text);
    rows(text)
        .iter()
        .zip(&facts)
        .map(|((a, b, c, d, e, f), fact)| {
            let whole = fact
                .whole
                .map_or("-".into(), |w| text[w.range()].to_string());
            format!("{a}|{b}|{c}|{d}|{e}|{f}|{whole}")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Passages written for issue #12 in genres the dev set has few of, each
/// with its facts written before the extractor ran on it:
/// figure|metric|subject|time|measure|status|whole.
const UNSEEN_TEXTS: &[(&str, &str)] = &[
    // A provincial statistics bulletin: farming and energy.
    (
        "全年粮食播种面积6632.5万亩，比上年增加12.3万亩；粮食总产量2856.7万吨，增长1.8%。其中，夏粮产量1123.4万吨，增长2.6%；秋粮产量1733.3万吨，增长1.3%。全年油料产量168.2万吨，下降0.7%。年末生猪存栏2315.6万头，比上年末下降2.4%；全年生猪出栏3678.9万头，增长3.5%。\n全年规模以上工业发电量2876.4亿千瓦时，比上年增长6.2%。其中，火电1895.3亿千瓦时，增长2.1%；风电、光伏发电分别为412.6亿千瓦时和298.7亿千瓦时，分别增长18.4%和35.2%。全省全社会用电量3312.8亿千瓦时，增长7.9%。年末新能源装机容量达到6850万千瓦。新能源装机占全省电力总装机的比重为46.3%，比上年末提高5.1个百分点。",
        "6632.5万亩|粮食播种面积|-|-|level|actual|-
12.3万亩|粮食播种面积|-|-|change|actual|-
2856.7万吨|粮食总产量|-|-|level|actual|-
1.8%|粮食总产量|-|-|change|actual|-
1123.4万吨|夏粮产量|-|-|level|actual|-
2.6%|夏粮产量|-|-|change|actual|-
1733.3万吨|秋粮产量|-|-|level|actual|-
1.3%|秋粮产量|-|-|change|actual|-
168.2万吨|油料产量|-|-|level|actual|-
0.7%|油料产量|-|-|change|actual|-
2315.6万头|生猪存栏|-|-|level|actual|-
2.4%|生猪存栏|-|-|change|actual|-
3678.9万头|生猪出栏|-|-|level|actual|-
3.5%|生猪出栏|-|-|change|actual|-
2876.4亿千瓦时|规模以上工业发电量|-|-|level|actual|-
6.2%|规模以上工业发电量|-|-|change|actual|-
1895.3亿千瓦时|火电|-|-|level|actual|-
2.1%|火电|-|-|change|actual|-
412.6亿千瓦时|风电|-|-|level|actual|-
298.7亿千瓦时|光伏发电|-|-|level|actual|-
18.4%|风电|-|-|change|actual|-
35.2%|光伏发电|-|-|change|actual|-
3312.8亿千瓦时|全社会用电量|全省|-|level|actual|-
7.9%|全社会用电量|全省|-|change|actual|-
6850万千瓦|新能源装机容量|-|-|level|actual|-
46.3%|新能源装机|-|-|share|actual|全省电力总装机
5.1个百分点|新能源装机占全省电力总装机的比重|-|-|change|actual|-",
    ),
    // A city's release for the first three quarters, with 分别 lists.
    (
        "前三季度，全市地区生产总值2865.4亿元，按不变价格计算，同比增长5.6%。分产业看，第一产业增加值142.3亿元，增长3.4%；第二产业增加值1198.7亿元，增长6.3%；第三产业增加值1524.4亿元，增长5.2%。\n1—9月，全市规模以上工业增加值同比增长7.1%，比上半年加快0.4个百分点。分门类看，采矿业、制造业、电力热力燃气及水生产和供应业增加值分别增长2.3%、7.8%和4.6%。\n1—9月，全市固定资产投资同比增长4.8%。其中，工业投资、基础设施投资分别增长12.5%和6.1%，房地产开发投资下降9.7%。\n1—9月，全市社会消费品零售总额1236.8亿元，同比增长6.4%。按消费类型分，商品零售1089.2亿元，增长5.9%；餐饮收入147.6亿元，增长10.2%。",
        "2865.4亿元|地区生产总值|全市|前三季度|level|actual|-
5.6%|地区生产总值|全市|前三季度|change|actual|-
142.3亿元|第一产业增加值|-|前三季度|level|actual|-
3.4%|第一产业增加值|-|前三季度|change|actual|-
1198.7亿元|第二产业增加值|-|前三季度|level|actual|-
6.3%|第二产业增加值|-|前三季度|change|actual|-
1524.4亿元|第三产业增加值|-|前三季度|level|actual|-
5.2%|第三产业增加值|-|前三季度|change|actual|-
7.1%|规模以上工业增加值|全市|1—9月|change|actual|-
0.4个百分点|规模以上工业增加值|全市|1—9月|change|actual|-
2.3%|采矿业增加值|-|1—9月|change|actual|-
7.8%|制造业增加值|-|1—9月|change|actual|-
4.6%|电力热力燃气及水生产和供应业增加值|-|1—9月|change|actual|-
4.8%|固定资产投资|全市|1—9月|change|actual|-
12.5%|工业投资|-|1—9月|change|actual|-
6.1%|基础设施投资|-|1—9月|change|actual|-
9.7%|房地产开发投资|-|1—9月|change|actual|-
1236.8亿元|社会消费品零售总额|全市|1—9月|level|actual|-
6.4%|社会消费品零售总额|全市|1—9月|change|actual|-
1089.2亿元|商品零售|-|1—9月|level|actual|-
5.9%|商品零售|-|1—9月|change|actual|-
147.6亿元|餐饮收入|-|1—9月|level|actual|-
10.2%|餐饮收入|-|1—9月|change|actual|-",
    ),
    // A customs foreign-trade news item.
    (
        "据海关统计，今年前10个月，我省货物贸易进出口总值5623.8亿元，同比增长8.7%，增速高于全国3.5个百分点。其中，出口3841.2亿元，增长11.3%；进口1782.6亿元，增长3.4%。同期，我省对共建“一带一路”国家进出口2687.5亿元，增长13.6%，占全省外贸总值的47.8%。民营企业进出口4215.3亿元，增长10.2%，占比达75%。机电产品出口2106.4亿元，增长9.8%，占全省出口总值的54.8%。",
        "5623.8亿元|货物贸易进出口总值|我省|今年前10个月|level|actual|-
8.7%|货物贸易进出口总值|我省|今年前10个月|change|actual|-
3.5个百分点|货物贸易进出口总值|我省|今年前10个月|change|actual|-
3841.2亿元|出口|-|今年前10个月|level|actual|-
11.3%|出口|-|今年前10个月|change|actual|-
1782.6亿元|进口|-|今年前10个月|level|actual|-
3.4%|进口|-|今年前10个月|change|actual|-
2687.5亿元|对共建“一带一路”国家进出口|我省|今年前10个月|level|actual|-
13.6%|对共建“一带一路”国家进出口|我省|今年前10个月|change|actual|-
47.8%|对共建“一带一路”国家进出口|我省|今年前10个月|share|actual|全省外贸总值
4215.3亿元|民营企业进出口|-|今年前10个月|level|actual|-
10.2%|民营企业进出口|-|今年前10个月|change|actual|-
75%|民营企业进出口|-|今年前10个月|share|actual|-
2106.4亿元|机电产品出口|-|今年前10个月|level|actual|-
9.8%|机电产品出口|-|今年前10个月|change|actual|-
54.8%|机电产品出口|-|今年前10个月|share|actual|全省出口总值",
    ),
    // A listed company's third-quarter report in the news.
    (
        "华川科技10月25日晚间披露三季报。公司前三季度实现营业收入86.35亿元，同比增长23.17%；归属于上市公司股东的净利润7.42亿元，同比增长31.05%；基本每股收益0.98元。其中，第三季度实现营业收入31.28亿元，同比增长27.6%，环比增长9.4%；归母净利润2.86亿元，同比增长35.2%。截至9月30日，公司总资产215.7亿元，较上年末增长8.3%；经营活动产生的现金流量净额12.6亿元。公司预计2024年度归母净利润为9.5亿元至10.5亿元，同比增长25%至38%。",
        "86.35亿元|营业收入|公司|前三季度|level|actual|-
23.17%|营业收入|公司|前三季度|change|actual|-
7.42亿元|归属于上市公司股东的净利润|公司|前三季度|level|actual|-
31.05%|归属于上市公司股东的净利润|公司|前三季度|change|actual|-
0.98元|基本每股收益|公司|前三季度|level|actual|-
31.28亿元|营业收入|-|第三季度|level|actual|-
27.6%|营业收入|-|第三季度|change|actual|-
9.4%|营业收入|-|第三季度|change|actual|-
2.86亿元|归母净利润|-|第三季度|level|actual|-
35.2%|归母净利润|-|第三季度|change|actual|-
215.7亿元|总资产|公司|9月30日|level|actual|-
8.3%|总资产|公司|9月30日|change|actual|-
12.6亿元|经营活动产生的现金流量净额|公司|9月30日|level|actual|-
9.5亿元至10.5亿元|归母净利润|公司|2024年度|level|forecast|-
25%至38%|归母净利润|公司|2024年度|change|forecast|-",
    ),
    // A work report: the review of the past five years, this year's
    // goals, and the plan paragraph after them.
    (
        "过去五年，全市地区生产总值从2856亿元增加到4012亿元，年均增长6.8%；一般公共预算收入年均增长7.2%，达到318.5亿元。城镇居民人均可支配收入达到5.6万元，年均增长6.5%。累计新增城镇就业42.3万人，完成棚户区改造3.2万户。\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；城镇调查失业率控制在5.5%以内；单位地区生产总值能耗下降3%左右。\n实现上述目标，要重点抓好以下工作。全年实施省市重点项目260个，完成投资1200亿元以上；新增规模以上工业企业150家。",
        "2856亿元|地区生产总值|全市|过去五年|level|actual|-
4012亿元|地区生产总值|全市|过去五年|level|actual|-
6.8%|地区生产总值|全市|过去五年|change|actual|-
7.2%|一般公共预算收入|全市|过去五年|change|actual|-
318.5亿元|一般公共预算收入|全市|过去五年|level|actual|-
5.6万元|城镇居民人均可支配收入|-|过去五年|level|actual|-
6.5%|城镇居民人均可支配收入|-|过去五年|change|actual|-
42.3万人|新增城镇就业|-|过去五年|level|actual|-
3.2万户|棚户区改造|-|过去五年|level|actual|-
6%左右|地区生产总值|-|今年|change|target|-
5%|一般公共预算收入|-|今年|change|target|-
5.5%以内|城镇调查失业率|-|今年|level|target|-
3%左右|单位地区生产总值能耗|-|今年|change|target|-
260个|省市重点项目|-|-|level|target|-
1200亿元以上|投资|-|-|level|target|-
150家|新增规模以上工业企业|-|-|level|target|-",
    ),
    // A commerce bureau's holiday consumption news, with forecasts.
    (
        "记者从市商务局获悉，国庆假期全市重点监测商贸企业实现销售额28.6亿元，同比增长9.3%。其中，餐饮企业营业额4.2亿元，增长15.1%；汽车类销售额6.8亿元，增长4.7%。据测算，假期全市接待游客预计达到356万人次，实现旅游收入预计28.9亿元。市商务局预计，今年全市社会消费品零售总额有望突破1500亿元，同比增长6%左右。",
        "28.6亿元|重点监测商贸企业销售额|全市|-|level|actual|-
9.3%|重点监测商贸企业销售额|全市|-|change|actual|-
4.2亿元|餐饮企业营业额|-|-|level|actual|-
15.1%|餐饮企业营业额|-|-|change|actual|-
6.8亿元|汽车类销售额|-|-|level|actual|-
4.7%|汽车类销售额|-|-|change|actual|-
356万人次|游客|全市|-|level|forecast|-
28.9亿元|旅游收入|全市|-|level|forecast|-
1500亿元|社会消费品零售总额|全市|今年|level|forecast|-
6%左右|社会消费品零售总额|全市|今年|change|forecast|-",
    ),
    // A plan's main goals under a heading without a time.
    (
        "（二）主要目标\n到2027年，全市数字经济核心产业增加值达到1200亿元，占地区生产总值比重达到15%左右；规模以上工业企业数字化改造覆盖率达到90%以上；累计建成5G基站3.5万个，力争培育国家级专精特新“小巨人”企业50家。\n到2030年，数字经济核心产业增加值力争突破2000亿元，建成全国重要的数字经济创新高地。",
        "1200亿元|数字经济核心产业增加值|全市|2027年|level|target|-
15%左右|数字经济核心产业增加值|全市|2027年|share|target|地区生产总值
90%以上|规模以上工业企业数字化改造覆盖率|全市|2027年|level|target|-
3.5万个|5G基站|全市|2027年|level|target|-
50家|国家级专精特新“小巨人”企业|全市|2027年|level|target|-
2000亿元|数字经济核心产业增加值|-|2030年|level|target|-",
    ),
    // The open bugs of issue #12: a verb after an amount is no counted
    // thing; a noun does not run into a one-character verb.
    (
        "对符合条件的困难群众按每人1200元发放一次性生活补贴。\n到2025年，全省95%的行政村通5G，农村自来水普及率达到90%。",
        "1200元|一次性生活补贴|-|-|level|actual|-
95%|行政村|全省|2025年|share|target|-
90%|农村自来水普及率|全省|2025年|level|target|-",
    ),
    // Second batch. A statistics bulletin on energy use and farmland.
    (
        "全年单位地区生产总值能耗比上年下降3.1%。全年规模以上工业综合能源消费量6235.8万吨标准煤，增长2.4%。清洁能源消费量占能源消费总量的比重为28.6%，比上年提高1.9个百分点。年末全省高标准农田面积累计达到4680万亩，农作物耕种收综合机械化率达到86.2%。全年新增有效灌溉面积35.6万亩。",
        "3.1%|单位地区生产总值能耗|-|-|change|actual|-
6235.8万吨标准煤|规模以上工业综合能源消费量|-|-|level|actual|-
2.4%|规模以上工业综合能源消费量|-|-|change|actual|-
28.6%|清洁能源消费量|-|-|share|actual|能源消费总量
1.9个百分点|清洁能源消费量占能源消费总量的比重|-|-|change|actual|-
4680万亩|高标准农田面积|全省|-|level|actual|-
86.2%|农作物耕种收综合机械化率|全省|-|level|actual|-
35.6万亩|新增有效灌溉面积|-|-|level|actual|-",
    ),
    // A listed company's results for three quarters, as a news item.
    (
        "财报显示，前三季度该公司实现营业总收入152.6亿元，同比增长18.4%；实现归母净利润12.35亿元，同比增长26.7%；扣非净利润11.08亿元，同比增长24.1%。报告期内，公司综合毛利率为32.5%，同比提升1.8个百分点；研发投入8.9亿元，占营业收入的5.8%。",
        "152.6亿元|营业总收入|该公司|前三季度|level|actual|-
18.4%|营业总收入|该公司|前三季度|change|actual|-
12.35亿元|归母净利润|该公司|前三季度|level|actual|-
26.7%|归母净利润|该公司|前三季度|change|actual|-
11.08亿元|扣非净利润|该公司|前三季度|level|actual|-
24.1%|扣非净利润|该公司|前三季度|change|actual|-
32.5%|综合毛利率|公司|前三季度|level|actual|-
1.8个百分点|综合毛利率|公司|前三季度|change|actual|-
8.9亿元|研发投入|公司|前三季度|level|actual|-
5.8%|研发投入|公司|前三季度|share|actual|营业收入",
    ),
    // Online retail around a shopping festival, with forecasts.
    (
        "据市商务局监测，“双十一”期间全市网络零售额达到86.4亿元，同比增长12.3%，其中实物商品网络零售额71.2亿元，增长10.8%。市商务局相关负责人表示，预计全年全市网络零售额将突破900亿元，增速有望保持在10%以上。",
        "86.4亿元|网络零售额|全市|-|level|actual|-
12.3%|网络零售额|全市|-|change|actual|-
71.2亿元|实物商品网络零售额|全市|-|level|actual|-
10.8%|实物商品网络零售额|全市|-|change|actual|-
900亿元|网络零售额|全市|-|level|forecast|-
10%以上|网络零售额|全市|-|change|forecast|-",
    ),
    // A work report's goal list under a colon, then the plan: a goal
    // reference opens it, the sections after it are its targets. (The
    // plan lines are dated 2025年: written first as undated, but the goal
    // list runs to the first line longer than 60 characters, docs/facts.md;
    // and 新开工亿元以上项目 was written, but the metric opens at a threshold
    // before its noun, as in 力争引进亿元以上项目50个 of CASES.)
    (
        "2025年全市经济社会发展主要预期目标是：\n地区生产总值增长5.5%左右，力争更好结果；\n规模以上工业增加值增长7%；\n居民消费价格涨幅2%左右；\n城镇新增就业4.5万人以上。\n为实现上述目标，今年将重点抓好以下工作。\n（一）坚定不移推进产业强市。全年新开工亿元以上项目200个，新培育国家级专精特新“小巨人”企业10家。",
        "5.5%左右|地区生产总值|-|2025年|change|target|-
7%|规模以上工业增加值|-|2025年|change|target|-
2%左右|居民消费价格|-|2025年|change|target|-
4.5万人以上|城镇新增就业|-|2025年|level|target|-
亿元以上|项目|-|2025年|level|actual|-
200个|亿元以上项目|-|2025年|level|target|-
10家|国家级专精特新“小巨人”企业|-|2025年|level|target|-",
    ),
    // A province's industry for 1—9月, places listed before 分别.
    (
        "1—9月，全省规模以上工业企业实现营业收入2.86万亿元，同比增长4.3%；实现利润总额1562.4亿元，增长6.8%；营业收入利润率为5.46%，比上年同期提高0.12个百分点。分地区看，南昌市、赣州市、九江市规模以上工业增加值分别增长8.2%、7.6%和6.9%。",
        "2.86万亿元|规模以上工业企业营业收入|全省|1—9月|level|actual|-
4.3%|规模以上工业企业营业收入|全省|1—9月|change|actual|-
1562.4亿元|利润总额|全省|1—9月|level|actual|-
6.8%|利润总额|全省|1—9月|change|actual|-
5.46%|营业收入利润率|全省|1—9月|level|actual|-
0.12个百分点|营业收入利润率|全省|1—9月|change|actual|-
8.2%|规模以上工业增加值|南昌市|1—9月|change|actual|-
7.6%|规模以上工业增加值|赣州市|1—9月|change|actual|-
6.9%|规模以上工业增加值|九江市|1—9月|change|actual|-",
    ),
    // A plan's main goals: a goal heading, a deadline opening its first
    // paragraph, goal lines opened by dashes.
    (
        "二、主要目标\n到2027年，全省现代化产业体系建设取得重要进展，主要目标是：\n——产业规模持续壮大。制造业增加值占地区生产总值比重稳定在30%左右，战略性新兴产业增加值年均增长10%以上。\n——创新能力明显提升。全社会研发经费投入强度达到2.8%，力争高新技术企业数量突破1.5万家。\n——绿色转型成效显著。单位工业增加值能耗比2022年下降13.5%。",
        "30%左右|制造业增加值|-|2027年|share|target|地区生产总值
10%以上|战略性新兴产业增加值|-|2027年|change|target|-
2.8%|全社会研发经费投入强度|-|2027年|level|target|-
1.5万家|高新技术企业数量|-|2027年|level|target|-
13.5%|单位工业增加值能耗|-|2027年|change|target|-",
    ),
    // Third batch. Customs: the balance of trade and trade modes.
    (
        "今年1—11月，我市外贸进出口总值达1865.3亿元，较去年同期增长6.2%，规模创历史同期新高。其中，出口1203.7亿元，增长9.5%，进口661.6亿元，增长0.7%，贸易顺差542.1亿元，扩大21.6%。从贸易方式看，一般贸易进出口1322.8亿元，增长8.1%，占全市外贸总值的70.9%；加工贸易进出口361.5亿元，下降3.4%。",
        "1865.3亿元|外贸进出口总值|我市|今年1—11月|level|actual|-
6.2%|外贸进出口总值|我市|今年1—11月|change|actual|-
1203.7亿元|出口|-|今年1—11月|level|actual|-
9.5%|出口|-|今年1—11月|change|actual|-
661.6亿元|进口|-|今年1—11月|level|actual|-
0.7%|进口|-|今年1—11月|change|actual|-
542.1亿元|贸易顺差|-|今年1—11月|level|actual|-
21.6%|贸易顺差|-|今年1—11月|change|actual|-
1322.8亿元|一般贸易进出口|-|今年1—11月|level|actual|-
8.1%|一般贸易进出口|-|今年1—11月|change|actual|-
70.9%|一般贸易进出口|-|今年1—11月|share|actual|全市外贸总值
361.5亿元|加工贸易进出口|-|今年1—11月|level|actual|-
3.4%|加工贸易进出口|-|今年1—11月|change|actual|-",
    ),
    // A company's loss against a profit the year before, a margin, a
    // stock at the period's end.
    (
        "受行业需求下滑影响，公司前三季度实现营业收入43.2亿元，同比下降12.6%；归属于上市公司股东的净利润亏损2.35亿元，上年同期盈利1.08亿元。公司第三季度毛利率为8.7%，较二季度回升2.1个百分点。截至报告期末，公司货币资金余额为15.6亿元，资产负债率为58.3%。",
        "43.2亿元|营业收入|公司|前三季度|level|actual|-
12.6%|营业收入|公司|前三季度|change|actual|-
2.35亿元|归属于上市公司股东的净利润|公司|前三季度|level|actual|-
1.08亿元|归属于上市公司股东的净利润|公司|-|level|actual|-
8.7%|毛利率|公司|第三季度|level|actual|-
2.1个百分点|毛利率|公司|第三季度|change|actual|-
15.6亿元|货币资金余额|公司|前三季度|level|actual|-
58.3%|资产负债率|公司|前三季度|level|actual|-",
    ),
    // A work report's review of five years: from one level to another,
    // a multiple of a base year, 分别 after 年均.
    (
        "过去五年，全县地区生产总值由186亿元提高到265亿元，年均增长7.3%；一般公共预算收入突破20亿元，是2019年的1.6倍。城镇化率由52.1%提高到58.4%。五年累计完成固定资产投资1150亿元，新增市场主体4.2万户，城镇和农村居民人均可支配收入年均分别增长6.1%和8.2%。",
        "186亿元|地区生产总值|全县|过去五年|level|actual|-
265亿元|地区生产总值|全县|过去五年|level|actual|-
7.3%|地区生产总值|全县|过去五年|change|actual|-
20亿元|一般公共预算收入|全县|过去五年|level|actual|-
1.6倍|一般公共预算收入|全县|过去五年|change|actual|-
52.1%|城镇化率|-|过去五年|level|actual|-
58.4%|城镇化率|-|过去五年|level|actual|-
1150亿元|固定资产投资|-|过去五年|level|actual|-
4.2万户|新增市场主体|-|过去五年|level|actual|-
6.1%|城镇居民人均可支配收入|-|过去五年|change|actual|-
8.2%|农村居民人均可支配收入|-|过去五年|change|actual|-",
    ),
    // Holiday consumption across the country, a forecast for a quarter.
    (
        "商务部数据显示，国庆节假日期间，全国重点零售和餐饮企业日均销售额比去年同期增长4.5%。据商务大数据监测，重点监测商圈客流量同比增长8.1%，营业额增长5.2%。业内预计，第四季度社会消费品零售总额增速将在5%左右。",
        "4.5%|重点零售和餐饮企业日均销售额|全国|-|change|actual|-
8.1%|重点监测商圈客流量|-|-|change|actual|-
5.2%|营业额|-|-|change|actual|-
5%左右|社会消费品零售总额|-|第四季度|change|forecast|-",
    ),
    // A plan's goals for two deadlines in one paragraph.
    (
        "到2027年，全市新能源汽车产量力争达到50万辆，产业链产值突破3000亿元；建成充电桩8万个以上，公共领域车辆电动化率达到80%。到2030年，新能源汽车产量达到100万辆。",
        "50万辆|新能源汽车产量|全市|2027年|level|target|-
3000亿元|产业链产值|全市|2027年|level|target|-
8万个以上|充电桩|全市|2027年|level|target|-
80%|公共领域车辆电动化率|全市|2027年|level|target|-
100万辆|新能源汽车产量|-|2030年|level|target|-",
    ),
    // A bulletin's livestock section: parallel items before 分别, then
    // 分别 pairing with the facts before it.
    (
        "全年猪牛羊禽肉产量186.4万吨，比上年增长2.7%。其中，猪肉、牛肉、羊肉、禽肉产量分别为112.3万吨、18.6万吨、9.8万吨和45.7万吨。禽蛋产量62.1万吨，牛奶产量35.4万吨，分别增长3.3%和5.9%。全年水产品产量28.9万吨，下降1.2%。",
        "186.4万吨|猪牛羊禽肉产量|-|-|level|actual|-
2.7%|猪牛羊禽肉产量|-|-|change|actual|-
112.3万吨|猪肉产量|-|-|level|actual|-
18.6万吨|牛肉产量|-|-|level|actual|-
9.8万吨|羊肉产量|-|-|level|actual|-
45.7万吨|禽肉产量|-|-|level|actual|-
62.1万吨|禽蛋产量|-|-|level|actual|-
35.4万吨|牛奶产量|-|-|level|actual|-
3.3%|禽蛋产量|-|-|change|actual|-
5.9%|牛奶产量|-|-|change|actual|-
28.9万吨|水产品产量|-|-|level|actual|-
1.2%|水产品产量|-|-|change|actual|-",
    ),
    // Fourth batch. A city's industry for 1—9月: counts of industries, a
    // list with 和 inside its items before 分别, a joint contribution.
    (
        "1—9月，全市规模以上工业增加值同比增长6.8%，高于全省1.2个百分点，增速居全省第3位。分行业看，全市35个行业大类中有26个行业增加值实现增长，增长面达74.3%。其中，汽车制造业、电气机械和器材制造业、计算机通信和其他电子设备制造业增加值分别增长15.2%、11.6%和9.3%，合计拉动全市规上工业增长4.1个百分点。",
        "6.8%|规模以上工业增加值|全市|1—9月|change|actual|-
1.2个百分点|规模以上工业增加值|全市|1—9月|change|actual|-
全省第3位|规模以上工业增加值|全市|1—9月|rank|actual|-
35个|行业大类|全市|1—9月|level|actual|-
26个|行业|全市|1—9月|level|actual|-
74.3%|增长面|全市|1—9月|level|actual|-
15.2%|汽车制造业增加值|-|1—9月|change|actual|-
11.6%|电气机械和器材制造业增加值|-|1—9月|change|actual|-
9.3%|计算机通信和其他电子设备制造业增加值|-|1—9月|change|actual|-
4.1个百分点|计算机通信和其他电子设备制造业增加值|-|1—9月|change|actual|-",
    ),
    // Customs by partner, then a count of traders and its change.
    (
        "据海关统计，前三季度我省对东盟进出口856.2亿元，增长18.6%；对欧盟进出口612.4亿元，下降2.1%；对美国进出口498.7亿元，增长3.9%。同期，全省有进出口实绩的外贸企业达1.86万家，同比增加1236家。",
        "856.2亿元|对东盟进出口|我省|前三季度|level|actual|-
18.6%|对东盟进出口|我省|前三季度|change|actual|-
612.4亿元|对欧盟进出口|我省|前三季度|level|actual|-
2.1%|对欧盟进出口|我省|前三季度|change|actual|-
498.7亿元|对美国进出口|我省|前三季度|level|actual|-
3.9%|对美国进出口|我省|前三季度|change|actual|-
1.86万家|有进出口实绩的外贸企业|全省|前三季度|level|actual|-
1236家|有进出口实绩的外贸企业|全省|前三季度|change|actual|-",
    ),
    // A review sentence, then the year's goals inline after a colon.
    (
        "去年全市地区生产总值增长5.1%。今年政府工作的主要预期目标是：全市地区生产总值增长6%左右，在实际工作中力争更好结果；一般公共预算收入增长4%；固定资产投资增长8%以上；城镇登记失业率控制在3.5%以内；居民人均可支配收入增长与经济增长基本同步。",
        "5.1%|地区生产总值|全市|去年|change|actual|-
6%左右|地区生产总值|全市|今年|change|target|-
4%|一般公共预算收入|全市|今年|change|target|-
8%以上|固定资产投资|全市|今年|change|target|-
3.5%以内|城镇登记失业率|全市|今年|level|target|-",
    ),
    // A Hong Kong filing for nine months: approximate figures, a margin,
    // the compared period in brackets.
    (
        "截至2024年9月30日止九个月，本集团收入约为人民币86.3亿元，较去年同期增加约9.8%；毛利约为人民币21.4亿元，毛利率为24.8%。股东应占溢利约为人民币5.6亿元（2023年同期：人民币4.9亿元）。",
        "人民币86.3亿元|收入|本集团|2024年9月30日|level|actual|-
约9.8%|收入|本集团|2024年9月30日|change|actual|-
人民币21.4亿元|毛利|本集团|2024年9月30日|level|actual|-
24.8%|毛利率|本集团|2024年9月30日|level|actual|-
人民币5.6亿元|股东应占溢利|-|2024年9月30日|level|actual|-
人民币4.9亿元|股东应占溢利|-|2023年|level|actual|-",
    ),
    // Online retail so far this year with its share; a forecast on a line
    // of its own.
    (
        "今年以来，全市限额以上单位通过公共网络实现的商品零售额达到215.6亿元，增长16.2%，占全市限额以上单位商品零售额的比重为23.4%。\n预计全年全市跨境电商进出口额将超过120亿元，同比增长25%以上。",
        "215.6亿元|限额以上单位通过公共网络实现的商品零售额|全市|今年以来|level|actual|-
16.2%|限额以上单位通过公共网络实现的商品零售额|全市|今年以来|change|actual|-
23.4%|限额以上单位通过公共网络实现的商品零售额|全市|今年以来|share|actual|全市限额以上单位商品零售额
超过120亿元|跨境电商进出口额|全市|-|level|forecast|-
25%以上|跨境电商进出口额|全市|-|change|forecast|-",
    ),
    // A bulletin's farming: a yield per unit of land, new farmland, the
    // power of farm machinery.
    (
        "全年粮食作物播种面积1280.6千公顷，比上年增长0.3%；粮食单产每公顷6215公斤，增长1.9%。全年新建高标准农田42.5万亩，新增高效节水灌溉面积8.3万亩。年末农业机械总动力3560.2万千瓦，增长2.2%。",
        "1280.6千公顷|粮食作物播种面积|-|-|level|actual|-
0.3%|粮食作物播种面积|-|-|change|actual|-
6215公斤|粮食单产|-|-|level|actual|-
1.9%|粮食单产|-|-|change|actual|-
42.5万亩|新建高标准农田|-|-|level|actual|-
8.3万亩|新增高效节水灌溉面积|-|-|level|actual|-
3560.2万千瓦|农业机械总动力|-|-|level|actual|-
2.2%|农业机械总动力|-|-|change|actual|-",
    ),
    // Fifth batch. Shares of GDP and their change; places listed before
    // 分别 with a count word (三地).
    (
        "前三季度，全市第三产业增加值占地区生产总值的比重为56.6%，比上年同期提高0.9个百分点。全市民营经济增加值1612.3亿元，增长6.1%，占地区生产总值的比重为56.3%。县域经济方面，东阳、义乌、永康三地地区生产总值分别增长7.2%、6.5%和5.8%。",
        "56.6%|第三产业增加值|全市|前三季度|share|actual|地区生产总值
0.9个百分点|第三产业增加值占地区生产总值的比重|全市|前三季度|change|actual|-
1612.3亿元|民营经济增加值|全市|前三季度|level|actual|-
6.1%|民营经济增加值|全市|前三季度|change|actual|-
56.3%|民营经济增加值|全市|前三季度|share|actual|地区生产总值
7.2%|地区生产总值|东阳|前三季度|change|actual|-
6.5%|地区生产总值|义乌|前三季度|change|actual|-
5.8%|地区生产总值|永康|前三季度|change|actual|-",
    ),
    // Customs for one month, then in dollars for ten months.
    (
        "10月份，全省货物贸易进出口总值完成512.6亿元，同比增长7.9%，环比下降3.2%。以美元计价，前10个月全省进出口总值1021.4亿美元，增长4.6%。",
        "512.6亿元|货物贸易进出口总值|全省|10月份|level|actual|-
7.9%|货物贸易进出口总值|全省|10月份|change|actual|-
3.2%|货物贸易进出口总值|全省|10月份|change|actual|-
1021.4亿美元|进出口总值|全省|前10个月|level|actual|-
4.6%|进出口总值|全省|前10个月|change|actual|-",
    ),
    // A company's segments before 分别, the verb and its noun after it.
    (
        "分业务看，前三季度公司动力电池业务、储能业务分别实现收入52.3亿元和18.7亿元，分别同比增长21.4%和63.2%；境外收入占营业收入的比重提升至27.5%。",
        "52.3亿元|动力电池业务收入|公司|前三季度|level|actual|-
18.7亿元|储能业务收入|公司|前三季度|level|actual|-
21.4%|动力电池业务收入|公司|前三季度|change|actual|-
63.2%|储能业务收入|公司|前三季度|change|actual|-
27.5%|境外收入|公司|前三季度|share|actual|营业收入",
    ),
    // Goal lines numbered (1)…(4) under a colon.
    (
        "今年主要预期目标：\n（1）全区地区生产总值增长6.5%左右；\n（2）规模以上工业增加值增长8%左右；\n（3）一般公共预算收入增长5%，其中税收收入占比保持在75%以上；\n（4）城镇新增就业8000人以上。",
        "6.5%左右|地区生产总值|全区|今年|change|target|-
8%左右|规模以上工业增加值|-|今年|change|target|-
5%|一般公共预算收入|-|今年|change|target|-
75%以上|税收收入|-|今年|share|target|-
8000人以上|城镇新增就业|-|今年|level|target|-",
    ),
    // A forecast with 有望 and a share with 将占到; sales driven by a
    // campaign (written undated at first: the paragraph's first sentence
    // dates it, 今年, docs/facts.md `time`).
    (
        "随着促消费政策持续发力，预计今年全市汽车销量有望达到28万辆，其中新能源汽车销量将占到45%左右。全市家电以旧换新活动已带动销售额12.6亿元。",
        "28万辆|汽车销量|全市|今年|level|forecast|-
45%左右|新能源汽车销量|全市|今年|share|forecast|-
12.6亿元|销售额|全市|今年|level|actual|-",
    ),
    // A plan's goals: two rates before 分别, a count of clusters whose
    // size is a figure of its own.
    (
        "到2027年，全省规模以上工业企业数字化改造实现全覆盖，重点行业关键工序数控化率、数字化研发设计工具普及率分别达到70%和90%；力争打造10个以上千亿级先进制造业集群。",
        "70%|重点行业关键工序数控化率|全省|2027年|level|target|-
90%|数字化研发设计工具普及率|全省|2027年|level|target|-
10个以上|千亿级先进制造业集群|全省|2027年|level|target|-
千亿级|先进制造业集群|全省|2027年|level|target|-",
    ),
    // Sixth batch. Generating capacity: short items ending alike before a
    // longer last item that holds the head after the same ending.
    (
        "全年全省发电装机容量达到1.52亿千瓦，其中，水电、火电、风电、太阳能发电装机容量分别为3680万千瓦、6120万千瓦、2450万千瓦和2950万千瓦。",
        "1.52亿千瓦|发电装机容量|全省|-|level|actual|-
3680万千瓦|水电装机容量|全省|-|level|actual|-
6120万千瓦|火电装机容量|全省|-|level|actual|-
2450万千瓦|风电装机容量|全省|-|level|actual|-
2950万千瓦|太阳能发电装机容量|全省|-|level|actual|-",
    ),
    // Trade by kind of firm: the verb-noun after 分别 heads the items, then
    // shares of one whole after the second 分别.
    (
        "前三季度，我省民营企业、国有企业、外商投资企业分别进出口2856.3亿元、412.7亿元和1035.6亿元，分别占全省外贸总值的66.4%、9.6%和24.0%。",
        "2856.3亿元|民营企业进出口|我省|前三季度|level|actual|-
412.7亿元|国有企业进出口|我省|前三季度|level|actual|-
1035.6亿元|外商投资企业进出口|我省|前三季度|level|actual|-
66.4%|民营企业进出口|我省|前三季度|share|actual|全省外贸总值
9.6%|国有企业进出口|我省|前三季度|share|actual|全省外贸总值
24.0%|外商投资企业进出口|我省|前三季度|share|actual|全省外贸总值",
    ),
    // A green-industry plan: a count built, a cut against a base year, a
    // floor on a rate.
    (
        "到2027年，全市累计建成省级以上绿色工厂150家，单位规模以上工业增加值能耗较2022年下降15%，工业固体废物综合利用率达到95%以上。",
        "150家|省级以上绿色工厂|全市|2027年|level|target|-
15%|单位规模以上工业增加值能耗|全市|2027年|change|target|-
95%以上|工业固体废物综合利用率|全市|2027年|level|target|-",
    ),
    // Two forecasts paired by 分别.
    (
        "据预测，今年我市社会消费品零售总额和限额以上单位消费品零售额将分别增长6%和7%左右。",
        "6%|社会消费品零售总额|我市|今年|change|forecast|-
7%左右|限额以上单位消费品零售额|我市|今年|change|forecast|-",
    ),
    // A plan after a goal reference closed by a colon, in long lines
    // opened by 一是, 二是: the plan's figures, targets.
    (
        "为实现上述目标，重点抓好以下几个方面工作：\n一是加快产业转型升级。全年实施技改项目300个以上，完成工业技改投资450亿元，新增规模以上工业企业120家，培育省级专精特新中小企业80家以上。\n二是扩大有效投资。全年安排市重点项目400个，年度计划投资1100亿元。",
        "300个以上|技改项目|-|-|level|target|-
450亿元|工业技改投资|-|-|level|target|-
120家|新增规模以上工业企业|-|-|level|target|-
80家以上|省级专精特新中小企业|-|-|level|target|-
400个|市重点项目|-|-|level|target|-
1100亿元|年度计划投资|-|-|level|target|-",
    ),
];

#[test]
fn unseen_texts() {
    let mut bad = Vec::new();
    for (text, expected) in UNSEEN_TEXTS {
        let got = show_whole(text);
        if got != *expected {
            let exp: Vec<_> = expected.lines().collect();
            for line in got.lines() {
                if !exp.contains(&line) {
                    bad.push(format!("got  {line}"));
                }
            }
            for line in &exp {
                if !got.lines().any(|l| l == *line) {
                    bad.push(format!("want {line}"));
                }
            }
        }
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
}

#[test]
fn goal_references_are_found_by_their_shared_ending() {
    let text = "围绕上述目标，实现以上目标，落实这些目标和年度目标。";
    let found: Vec<&str> = goal_references(text)
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect();
    assert_eq!(found, ["上述目标", "以上目标", "这些目标"]);
    assert_eq!(common_suffix(&["上述目标", "这些目标"]), "目标");
    assert_eq!(common_suffix(&["上述目标", "上述任务"]), "");
    assert_eq!(common_suffix(&[]), "");
}

#[test]
fn future_marker_gate_keeps_the_plan_status() {
    // 将 after a subject: the figures after it are a plan's (target).
    let text = "全市将新增就业岗位2万个。";
    let rows = rows(text);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, "2万个");
    assert_eq!(rows[0].5, "target");
    // 将 as the object marker: no plan.
    let text = "工厂将钢水轧制成钢材120万吨。";
    assert!(rows_status(text).iter().all(|s| *s == "actual"));
}

fn rows_status(text: &str) -> Vec<&'static str> {
    rows(text).into_iter().map(|r| r.5).collect()
}

#[test]
fn label_and_value_line_closes_no_goal_section() {
    let text = "一、2030年全县主要预期目标\n\n1.农业产值增长7%左右。\n\n牵头单位:县农业局\n\n2.旅游收入增长9%以上。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.3, x.5)).collect();
    assert_eq!(
        got,
        [
            ("7%左右".to_string(), "2030年".to_string(), "target"),
            ("9%以上".to_string(), "2030年".to_string(), "target")
        ]
    );
}

#[test]
fn list_closed_by_a_goal_word_gives_targets() {
    let text = "二、做好农业产值增长7%以上、旅游收入9亿元左右等全县年度预期目标的督促工作。\n\n三、全县已实现农业产值增长6%、旅游收入8亿元等成绩。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.5)).collect();
    assert_eq!(
        got,
        [
            ("7%以上".to_string(), "target"),
            ("9亿元左右".to_string(), "target"),
            ("6%".to_string(), "actual"),
            ("8亿元".to_string(), "actual")
        ]
    );
}

#[test]
fn long_item_under_a_goal_title_is_a_goal() {
    let long = "、外贸进出口总额保持稳定、单位产值能耗进一步下降".repeat(6);
    let text = format!(
        "县长报告明年目标\n■全县农业产值增长7%左右,旅游收入增长9%{long}\n全县去年农业产值增长5%。"
    );
    let got: Vec<_> = rows(&text).into_iter().map(|x| (x.0, x.5)).collect();
    assert_eq!(
        got,
        [
            ("7%左右".to_string(), "target"),
            ("9%".to_string(), "target"),
            ("5%".to_string(), "actual")
        ]
    );
    // Body text under such a title ends its reach.
    let text = format!("县长报告明年目标\n全县农业产值增长7%左右,旅游收入增长9%{long}");
    assert_eq!(rows(&text)[0].5, "actual");
}

#[test]
fn target_firms_set_no_goal() {
    let text = "全年走访目标企业80家，签约项目12个、总投资45亿元。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.5)).collect();
    assert_eq!(
        got,
        [
            ("80家".to_string(), "actual"),
            ("12个".to_string(), "actual"),
            ("45亿元".to_string(), "actual")
        ]
    );
}

#[test]
fn base_clause_keeps_its_date_and_status() {
    let text = "2030年度利润分配预案为：以2031年4月30日总股本5,000,000股为基数，每10股派发现金红利2.50元。";
    assert_eq!(
        show(text),
        "5,000,000股|总股本|-|2031年4月30日|level|actual\n\
         10股|现金红利|-|2030年度|level|target\n\
         2.50元|现金红利|-|2030年度|level|target"
    );
}

#[test]
fn earnings_per_share_keep_their_sign_word() {
    // 盈利 closing the name is no sign word of a result here.
    let r = rows("期内新华百货实现每股基本盈利0.85元。");
    assert!(r[0].1.ends_with("每股基本盈利"), "{r:?}");
    assert_eq!(r[0].4, "level");
}

#[test]
fn points_after_a_verb_of_cause_are_the_causes_contribution() {
    let got: Vec<_> = rows("园区招商带动工业产值增长3.5个百分点，服务升级带动零售额增长12%。")
        .into_iter()
        .map(|x| (x.0, x.1, x.4))
        .collect();
    assert_eq!(
        got,
        [
            ("3.5个百分点".to_string(), "园区招商".to_string(), "change"),
            ("12%".to_string(), "零售额".to_string(), "change")
        ]
    );
}

#[test]
fn plan_inside_a_compound_is_no_cue() {
    // 计划生育 names a field of spending, no plan: the figures are actual.
    let r = rows("全年全县人口和计划生育支出12.5亿元，增长8.1%。");
    let got: Vec<_> = r
        .iter()
        .map(|x| (x.0.as_str(), x.1.as_str(), x.5))
        .collect();
    assert_eq!(
        got,
        [
            ("12.5亿元", "人口和计划生育支出", "actual"),
            ("8.1%", "人口和计划生育支出", "actual")
        ]
    );
    // The plain word still plans.
    assert_eq!(rows("明年计划新建学校3所。")[0].5, "target");
}

#[test]
fn first_months_after_a_year_are_no_deadline() {
    // 今年前5月: 前 opens the period of the first months, no deadline
    // (`2025年前完成`), whatever the time's span.
    let r = rows("今年前5月，全市规模以上工业增加值同比增长6.2%。");
    assert_eq!((r[0].0.as_str(), r[0].5), ("6.2%", "actual"));
    let r = rows("2026年前，全市新建充电桩500个。");
    assert_eq!((r[0].0.as_str(), r[0].5), ("500个", "target"));
}

#[test]
fn plan_that_changed_sets_no_goal() {
    // 扩产计划放缓: what became of a plan, reported; the figure is actual.
    let r = rows("受需求影响，下游企业扩产计划放缓，甲产品营业收入增长3.2%。");
    assert_eq!(
        (r[0].0.as_str(), r[0].4, r[0].5),
        ("3.2%", "change", "actual")
    );
}

#[test]
fn next_value_of_a_share_is_a_share() {
    // The level reached by 下降至 and the items of a ratio keep the share
    // and its whole; 至 of the verb is no deadline.
    let text = "甲产品占销售额的比重由2020年的12.5%下降至2021年的9.8%。";
    let f = Extractor::default().facts(text);
    let got: Vec<_> = f
        .iter()
        .map(|x| {
            (
                x.figure.text(text),
                x.measure.as_str(),
                x.status.as_str(),
                x.whole.map(|w| &text[w.range()]),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("12.5%", "share", "actual", Some("销售额")),
            ("9.8%", "share", "actual", Some("销售额"))
        ]
    );
    assert_eq!(
        show("各产业增加值占全县生产总值的比重分别为10.2:40.5:49.3。"),
        "10.2|各产业增加值|-|-|share|actual\n\
         40.5|各产业增加值|-|-|share|actual\n\
         49.3|各产业增加值|-|-|share|actual"
    );
}

#[test]
fn share_word_alone_makes_the_linked_noun_the_part() {
    assert_eq!(
        show("其中，占比42.0%的汽车制造业同比增长9.1%。"),
        "42.0%|汽车制造业|-|-|share|actual\n9.1%|汽车制造业|-|-|change|actual"
    );
}

#[test]
fn figureless_clause_names_the_next_figures_indicator() {
    assert_eq!(
        show("在各产业中，农业保持平稳增长，增长4.1%；工业投资保持回升态势，同比增长8.8%。"),
        "4.1%|农业|-|-|change|actual\n8.8%|工业投资|-|-|change|actual"
    );
}

#[test]
fn time_opening_a_clause_replaces_one_inside_words() {
    // The year of the report's title gives way to the year opening the
    // clause of the figures, which dates the paragraph's later sentences.
    let r = rows("根据甲公司2024年年度报告，2024年度，公司实现营业收入12.5亿元。净利润1.2亿元。");
    let got: Vec<_> = r.iter().map(|x| (x.0.as_str(), x.3.as_str())).collect();
    assert_eq!(got, [("12.5亿元", "2024年度"), ("1.2亿元", "2024年度")]);
}

#[test]
fn detail_sentence_keeps_the_paragraphs_statement_of_the_same_period() {
    let r =
        rows("今年前两季度，全省外贸形势好转。前两季度，全省出口520亿元。其中，汽车出口85亿元。");
    let got: Vec<_> = r.iter().map(|x| (x.0.as_str(), x.3.as_str())).collect();
    assert_eq!(got, [("520亿元", "前两季度"), ("85亿元", "今年前两季度")]);
    // Another period named before 其中 stays that sentence's (`单5月`).
    let r = rows("今年前5个月，全省出口520亿元。单5月，出口110亿元。其中，汽车出口20亿元。");
    assert_eq!(r.last().map(|x| x.3.as_str()), Some("5月"), "{r:?}");
}

#[test]
fn net_increase_is_a_change_of_the_indicator_before() {
    assert_eq!(
        show("全区税收收入120.5亿元，净增15亿元。"),
        "120.5亿元|税收收入|全区|-|level|actual\n15亿元|税收收入|全区|-|change|actual"
    );
}

#[test]
fn values_of_the_compared_period_after_from_have_no_time() {
    // 由上年的A:B:C调整为…: the compared year's ratio, no time of the text's;
    // the indicator is the words before 由.
    assert_eq!(
        show("2025年，全县三次产业结构由上年的12.0:45.0:43.0调整为11.5:44.2:44.3。"),
        "12.0|三次产业结构|全县|-|level|actual\n\
         45.0|三次产业结构|全县|-|level|actual\n\
         43.0|三次产业结构|全县|-|level|actual\n\
         11.5|三次产业结构|全县|2025年|level|actual\n\
         44.2|三次产业结构|全县|2025年|level|actual\n\
         44.3|三次产业结构|全县|2025年|level|actual"
    );
}

/// An adverb (亦, 相应) or a verb of change ending in 至 (跌至) between the
/// indicator and its figure is no part of the metric.
#[test]
fn adverb_and_verb_of_change_end_the_metric() {
    assert_eq!(
        show("集團營業溢利亦下降6%至12.5億港元。淨資產相應跌至41億港元。"),
        "6%|營業溢利|集團|-|change|actual
12.5億港元|營業溢利|集團|-|level|actual
41億港元|淨資產|-|-|level|actual"
    );
}

/// 或 before a figure joins another writing of the same change (`减少3亿元或
/// 20%`): the figure keeps the indicator before.
#[test]
fn alternative_writing_of_a_change_keeps_the_metric() {
    assert_eq!(
        show("公司净利润为12亿元，较上年减少3亿元或20%。"),
        "12亿元|净利润|公司|-|level|actual
3亿元|净利润|公司|-|change|actual
20%|净利润|公司|-|change|actual"
    );
}

/// 影响 opening a figure's words is a contribution, as 拉动 is: the metric is
/// the item before.
#[test]
fn effect_on_a_total_is_a_contribution() {
    assert_eq!(
        show("蔬菜价格同比上涨8.1%，影响居民消费价格总水平上涨约0.25个百分点。"),
        "8.1%|蔬菜价格|-|-|change|actual
约0.25个百分点|蔬菜价格|-|-|change|actual"
    );
}

/// 登上 a milestone, as 迈上: the metric is the clause's indicator.
#[test]
fn milestone_reached_with_deng_shang() {
    assert_eq!(
        show("全市人均生产总值折算为5200美元，登上了5000美元的新台阶。"),
        "5200美元|人均生产总值|全市|-|level|actual
5000美元|人均生产总值|全市|-|level|actual"
    );
}

/// 上年度 is a compared period: the value after 由上年度之 has no time of
/// the text's.
#[test]
fn previous_fiscal_year_value_has_no_time() {
    assert_eq!(
        show("於2022財年，平均融資成本由上年度之4.2%降低至3.1%。"),
        "4.2%|平均融資成本|-|-|level|actual
3.1%|平均融資成本|-|2022財年|level|actual"
    );
}

/// 录得 takes the indicator as its object: the metric starts after it.
#[test]
fn recorded_item_after_lu_de() {
    assert_eq!(
        show("期内，公司物业经重估后录得公允价值亏损3.5亿元。"),
        "3.5亿元|公允价值|公司|-|level|actual"
    );
}

/// The values after 较上年度之 (and the next one listed with 及) are the
/// compared period's: levels with no time of the text's.
#[test]
fn values_after_a_compared_period_have_no_time() {
    let t = "於2022財年，集團之收入及純利分別為900百萬港元及120百萬港元，較上年度之1,000百萬港元及150百萬港元分別減少10%及20%。";
    let r = rows(t);
    let of = |f: &str| r.iter().find(|x| x.0 == f).cloned().unwrap();
    assert_eq!(
        (of("900百萬港元").3, of("900百萬港元").4),
        ("2022財年".into(), "level")
    );
    assert_eq!(
        (of("1,000百萬港元").3, of("1,000百萬港元").4),
        ("-".into(), "level")
    );
    assert_eq!(
        (of("150百萬港元").3, of("150百萬港元").4),
        ("-".into(), "level")
    );
    assert_eq!(
        show("公司净利润较去年同期之8亿元减少2亿元。"),
        "8亿元|净利润|公司|-|level|actual\n2亿元|净利润|公司|-|change|actual"
    );
}

/// A verb of the metric list after a one-character linking word (而带来): the
/// words before it are a cause, the metric is the verb's object.
#[test]
fn verb_after_a_link_word_starts_the_metric() {
    assert_eq!(
        show("上年出售商场而带来应占收益合共约5亿元。"),
        "约5亿元|应占收益|-|上年|level|actual"
    );
}

/// A comparison opened by 与 before a period and closed after an adverb
/// (`与1-2月基本持平`): the period is a basis, the next clause keeps the
/// sentence's time.
#[test]
fn period_compared_before_an_adverb_is_a_basis() {
    let t =
        "1-3月,限上批发业销售额3.1亿元,增速与1-2月基本持平;限上零售业销售额2.4亿元,同比增长6.5%。";
    let r = rows(t);
    let of = |f: &str| r.iter().find(|x| x.0 == f).cloned().unwrap();
    assert_eq!(of("2.4亿元").3, "1-3月");
    assert_eq!(of("6.5%").3, "1-3月");
}

/// A metric never runs over a headline's `|`, a stock code in brackets or
/// the time phrase of a report (截止发稿).
#[test]
fn metric_stops_at_separator_code_and_report_time() {
    let r =
        rows("个股速递 | 某某科技(01234)早盘涨超5%\n某某科技(01234)早盘涨超5%,截至发稿涨4.56%。");
    assert!(
        r.iter()
            .all(|x| !x.1.contains('|') && !x.1.contains("01234") && !x.1.contains("发稿")),
        "{r:?}"
    );
}

/// 分别 opening a sentence's words with a noun after it: the noun is every
/// figure's metric, not the metric of the sentence before.
#[test]
fn respectively_opening_the_words_names_the_metric() {
    let r = rows("三次产业结构比为10.1:40.2:49.7。分别对GDP贡献率9.5%、41.0%、49.5%。");
    let of = |f: &str| r.iter().find(|x| x.0 == f).cloned().unwrap();
    assert_eq!(of("9.5%").1, "对GDP贡献率");
    assert_eq!(of("49.5%").1, "对GDP贡献率");
}

#[test]
fn year_after_a_verb_of_reaching_is_no_deadline() {
    // 达到 a dated level: the year is the basis of the multiple, no goal.
    assert_eq!(
        show("去年全市汽车产量达到2015年水平的三倍，单车能耗比2015年下降了20%以上。今年全市新建工厂5家。"),
        "三倍|汽车产量|全市|去年|change|actual
20%以上|单车能耗|全市|去年|change|actual
5家|新建工厂|全市|今年|level|actual"
    );
    // 跃升到 a date's level: the level at that date, no deadline.
    assert_eq!(
        show("全县旅游收入从2010年的1.2亿元跃升到2020年的8.6亿元。"),
        "1.2亿元|旅游收入|全县|2010年|level|actual
8.6亿元|旅游收入|全县|2020年|level|actual"
    );
}

#[test]
fn start_at_the_end_of_a_period_has_no_time() {
    // 由“十三五”末的: the words before 由 name the indicator; the period
    // dates neither the start value nor the level reached.
    assert_eq!(
        show("全市工业产值由“十三五”末的500亿元增加到800亿元，年均增长9.8%。"),
        "500亿元|工业产值|全市|-|level|actual
800亿元|工业产值|全市|-|level|actual
9.8%|工业产值|全市|-|change|actual"
    );
}

#[test]
fn adverb_before_a_comparison_names_no_metric() {
    assert_eq!(
        show("全市公路货运量增长2.1%，仍高于全国1.5个百分点。"),
        "2.1%|公路货运量|全市|-|change|actual
1.5个百分点|公路货运量|全市|-|change|actual"
    );
}

#[test]
fn amount_done_measures_the_noun_closing_its_clause() {
    assert_eq!(
        show("三年来，省里共投入了120亿元的专项资金，修建了3000公里的乡村道路。"),
        "120亿元|专项资金|-|-|level|actual
3000公里|乡村道路|-|-|level|actual"
    );
    // A milestone after 的 is no counted thing.
    assert_eq!(
        rows("人均生产总值登上了3000美元的新台阶。")[0].1,
        "人均生产总值"
    );
}

#[test]
fn date_of_the_compared_year_is_a_basis() {
    // 较去年6月底: the stock keeps its 截至 date.
    assert_eq!(
        show("截至9月底，全市出租车保有量8200辆，较去年9月底增长2.5%，较2020年年底减少120辆。"),
        "8200辆|出租车保有量|全市|9月底|level|actual
2.5%|出租车保有量|全市|9月底|change|actual
120辆|出租车保有量|全市|9月底|change|actual"
    );
}

#[test]
fn list_with_a_longer_first_name_shares_a_known_head() {
    // 奶牛 is a name, not an ordinal's front: each item takes 存栏.
    assert_eq!(
        show("年末奶牛、猪、羊和家禽存栏分别为20万头、30万头、40万只和50万只，比上年分别增长1.1%、2.2%、3.3%和4.4%。"),
        "20万头|奶牛存栏|-|-|level|actual
30万头|猪存栏|-|-|level|actual
40万只|羊存栏|-|-|level|actual
50万只|家禽存栏|-|-|level|actual
1.1%|奶牛存栏|-|-|change|actual
2.2%|猪存栏|-|-|change|actual
3.3%|羊存栏|-|-|change|actual
4.4%|家禽存栏|-|-|change|actual"
    );
}

#[test]
fn per_unit_class_label_and_method_figure() {
    // 每股A股: the class of the unit is part of the base, the label before
    // the colon names the figure; a figure inside 按…计算 is named by the
    // words after 按, the thing after it is the method's verb.
    assert_eq!(
        show("发行价: 每股A股3.20元\n面值: 每股A股人民币1.00元\n按发行价每股A股3.20元计算，募集资金净额约为5.6亿元。"),
        "3.20元|发行价|-|-|level|actual
人民币1.00元|面值|-|-|level|actual
3.20元|发行价|-|-|level|actual
5.6亿元|募集资金净额|-|-|level|actual"
    );
}

/// Each case: a text and its facts, one `figure|metric|subject|time|measure|status` line each.
const CASES_BLIND12: &[(&str, &str)] = &[
    // 按年 is a basis word (year-on-year) in Hong Kong reports.
    (
        "营业额12.5亿元,按年增长8.3%。",
        "12.5亿元|营业额|-|-|level|actual
8.3%|营业额|-|-|change|actual",
    ),
    // 按…计价 is a statement of method, as 按…计算: the amount in another
    // currency is of the metric before.
    (
        "今年一季度,全省外贸进出口500亿美元(按人民币计价3100亿元),同比增长6.1%。",
        "500亿美元|外贸进出口|全省|今年一季度|level|actual
3100亿元|外贸进出口|全省|今年一季度|level|actual
6.1%|外贸进出口|全省|今年一季度|change|actual",
    ),
    // 派 alone before a dividend per share names no metric.
    (
        "公司拟每10股派2元。",
        "10股|-|公司|-|level|target
2元|-|公司|-|level|target",
    ),
    // The goal range an actual figure lies in sets no target.
    (
        "上半年,全省工业增加值增长5.8%,处于全年预期目标区间;其中高技术制造业增加值增长9.1%。",
        "5.8%|工业增加值|全省|上半年|change|actual
9.1%|高技术制造业增加值|全省|上半年|change|actual",
    ),
    // 从 opens a starting state as 由: its year dates the starting value
    // only, the words before it name the indicator.
    (
        "过去五年,全县经济稳步发展。全县农业总产值从2019年的120亿元增加到156亿元,年均增长5.4%。",
        "120亿元|农业总产值|全县|2019年|level|actual
156亿元|农业总产值|全县|过去五年|level|actual
5.4%|农业总产值|全县|过去五年|change|actual",
    ),
    // The new state after 进一步优化为 in the next clause keeps the metric
    // of the starting one.
    (
        "三次产业结构由上年的8.1:40.2:51.7,进一步优化为7.5:39.8:52.7。",
        "8.1|三次产业结构|-|-|level|actual
40.2|三次产业结构|-|-|level|actual
51.7|三次产业结构|-|-|level|actual
7.5|三次产业结构|-|-|level|actual
39.8|三次产业结构|-|-|level|actual
52.7|三次产业结构|-|-|level|actual",
    ),
    // 成为 reports a rank: the metric is the clause's before.
    (
        "全县地区生产总值增加到260亿元,成为全省第5个地区生产总值突破200亿元的县。",
        "260亿元|地区生产总值|全县|-|level|actual
全省第5个|地区生产总值|全县|-|rank|actual
200亿元|地区生产总值|全县|-|level|actual",
    ),
];

#[test]
fn basis_method_dividend_range_and_start_values() {
    for (text, want) in CASES_BLIND12 {
        assert_eq!(show(text), *want, "{text}");
    }
}

/// Rules of issue 12 (g22-fx), on sentences written for these tests.
const CASES_G22: &[(&str, &str)] = &[
    // A sign word of a result alone before a figure names it; the change
    // after it keeps it.
    (
        "乙集团公布全年业绩,盈利8.6亿元,按年跌3.2%。",
        "8.6亿元|盈利|乙集团|-|level|actual
3.2%|盈利|乙集团|-|change|actual",
    ),
    // Two listed items of unequal length share the head opened by 行业.
    (
        "上半年,化工和建材行业产能利用率分别达到75.1%和70.4%。",
        "75.1%|化工行业产能利用率|-|上半年|level|actual
70.4%|建材行业产能利用率|-|上半年|level|actual",
    ),
    // A reference to goals set after a verb of work done is no basis: the
    // count of the work after it and the plan below are targets; a quoted
    // name after a short verb is the counted thing, quotes kept.
    (
        "为完成上述目标,全区重点抓好以下六方面工作:
（一）夯实基层。新增“网格员”120个,培训农民3000人。",
        "六方面|工作|全区|-|level|target
120个|“网格员”|-|-|level|target
3000人|农民|-|-|level|target",
    ),
    // A filler before a verb cut out of a metric goes with the verb.
    (
        "1-6月,全县规模以上工业企业累计完成产值45.6亿元,同比增长5.1%。",
        "45.6亿元|规模以上工业企业产值|全县|1-6月|level|actual
5.1%|规模以上工业企业产值|全县|1-6月|change|actual",
    ),
    // A rank verb after a subject and fillers, or after a business, names
    // the ranking after it; a rank listed after it names the next one.
    (
        "该省已经连续五年位居全国光伏组件出口第一。",
        "第一|全国光伏组件出口|该省|-|rank|actual",
    ),
    (
        "公司储能业务稳居国内工商业储能第一、户用储能第三。",
        "第一|国内工商业储能|公司|-|rank|actual
第三|户用储能|公司|-|rank|actual",
    ),
    // A subject joined by 与 to the partners listed: one item more than
    // the figures, the subject no item; 对 opening the first partner goes.
    (
        "1-9月,全县与日本、韩国和东盟的进口额分别达1.2亿元、0.8亿元和0.5亿元。",
        "1.2亿元|日本的进口额|全县|1-9月|level|actual
0.8亿元|韩国的进口额|全县|1-9月|level|actual
0.5亿元|东盟的进口额|全县|1-9月|level|actual",
    ),
    (
        "前三季度,我市对东盟和欧盟分别增长8.1%和3.4%。",
        "8.1%|东盟|我市|前三季度|change|actual
3.4%|欧盟|我市|前三季度|change|actual",
    ),
    // A head after 等 closing a list is every item's; the longest known
    // head wins (消费品零售额 over 零售额).
    (
        "其中,农林水、交通运输和住房保障等支出分别增长6.5%、4.2%和3.1%。",
        "6.5%|农林水支出|-|-|change|actual
4.2%|交通运输支出|-|-|change|actual
3.1%|住房保障支出|-|-|change|actual",
    ),
    (
        "全县限额以上城镇、乡村消费品零售额各为8.1亿元和2.3亿元。",
        "8.1亿元|限额以上城镇消费品零售额|全县|-|level|actual
2.3亿元|乡村消费品零售额|全县|-|level|actual",
    ),
    // The period reported inside the words is a time, no part of the
    // metric; 同期 right after a date is that date's period, no basis.
    (
        "公司于报告期内营业收入为5.2亿元,2022年同期占比为41.3%。",
        "5.2亿元|营业收入|公司|-|level|actual
41.3%|营业收入|公司|2022年|share|actual",
    ),
    // 接近 reports a figure; 已经 before the verb is no part of the metric.
    (
        "去年产量接近15万吨,库存总量已经达到2万吨。",
        "15万吨|产量|-|去年|level|actual
2万吨|库存总量|-|去年|level|actual",
    ),
    // A share word alone before a change in points is the share of the
    // indicator before; the level it reaches after 至 is a share too.
    (
        "全省民营企业出口2.1万亿元,增长6.5%,占比较上年提高0.8个百分点至45.2%。",
        "2.1万亿元|民营企业出口|全省|-|level|actual
6.5%|民营企业出口|全省|-|change|actual
0.8个百分点|民营企业出口占比|全省|-|change|actual
45.2%|民营企业出口占比|全省|-|share|actual",
    ),
    // A clause opened by a comparison names no indicator for the figure
    // after it: the fact before gives it.
    (
        "10月份,全市规模以上工业增加值同比增长4.6%,虽比上月有所回落,但比二季度快0.5个百分点。",
        "4.6%|规模以上工业增加值|全市|10月份|change|actual
0.5个百分点|规模以上工业增加值|全市|10月份|change|actual",
    ),
    // A qualifier closed by 的 before a list qualifies every item.
    (
        "其中,附加值较高的化工和医药行业分别增长9.1%和7.4%。",
        "9.1%|化工行业|-|-|change|actual
7.4%|医药行业|-|-|change|actual",
    ),
    // 绩后 (after the results) is a time: a share price's move names no
    // indicator.
    (
        "港股异动 | 某某控股(01234)绩后涨超6%
某某控股(01234)绩后涨超6%,截止发稿涨5.91%。",
        "超6%|-|-|-|change|actual
超6%|-|-|-|change|actual
5.91%|-|-|-|change|actual",
    ),
    // A verb of growth with a modal and a verb after it is still a rate of
    // change; one followed by 为 reaches a level.
    (
        "今后五年,全县地区生产总值年均增长要保持在7%左右,城镇登记失业率由4.1%下降为3.8%。",
        "7%左右|地区生产总值|全县|-|change|actual
4.1%|城镇登记失业率|全县|-|level|actual
3.8%|城镇登记失业率|全县|-|level|actual",
    ),
    // A rank verb and a place right before an ordinal make a rank; a
    // place alone before the verb is the subject, the ranked indicator the
    // one before. 成为 right before an ordinal (首批) ranks nothing.
    (
        "社会消费品零售总额达3200亿元、增长6.1%,苏州成为江苏第二个三千亿元消费城市。开发区成为首批国家级示范园区。",
        "3200亿元|社会消费品零售总额|-|-|level|actual
6.1%|社会消费品零售总额|-|-|change|actual
第二个|社会消费品零售总额|苏州|-|rank|actual
三千亿元|消费城市|苏州|-|level|actual",
    ),
    // An infographic: a label alone on its line names the figure on the
    // line below; a caption line under the figure continues it; the time
    // line above dates the captions.
    (
        "2024年前三季度\n地区生产总值\n2856.3亿元\n同比增长5.2%\n规模以上工业增加值\n同比增长6.8%\n居民消费价格指数(CPI)\n同比上涨0.3%\n",
        "2856.3亿元|地区生产总值|-|2024年前三季度|level|actual
5.2%|地区生产总值|-|2024年前三季度|change|actual
6.8%|规模以上工业增加值|-|2024年前三季度|change|actual
0.3%|居民消费价格指数|-|2024年前三季度|change|actual",
    ),
    // The figure above its label: a figure alone on its line takes the
    // label below; the caption under the label continues it.
    (
        "2024年前三季度\n2856.3亿元\n地区生产总值\n同比增长5.2%\n6.8%\n规模以上工业增加值增速\n1234亿元\n社会消费品零售总额\n",
        "2856.3亿元|地区生产总值|-|2024年前三季度|level|actual
5.2%|地区生产总值|-|2024年前三季度|change|actual
6.8%|规模以上工业增加值|-|2024年前三季度|change|actual
1234亿元|社会消费品零售总额|-|2024年前三季度|level|actual",
    ),
    // 之 after the subject and 至 before the level reached are no part of
    // a metric; a per-unit figure takes the indicator of the clause before
    // it; the compared year in brackets dates its figure only; a date
    // after a figure ends the thing counted.
    (
        "本公司之营业额下降12.3%至人民币45.6亿元。董事会建议派发截至二零二三年十二月三十一日止年度末期股息,每股人民币0.12元(二零二二年:每股人民币0.10元)合共人民币3.6亿元予二零二四年六月五日名列股东名册之股东。",
        "12.3%|营业额|本公司|-|change|actual
人民币45.6亿元|营业额|本公司|-|level|actual
人民币0.12元|末期股息|-|二零二三年十二月三十一日|level|target
人民币0.10元|末期股息|-|二零二二年|level|actual
人民币3.6亿元|末期股息|-|二零二三年十二月三十一日|level|target",
    ),
    // A part in tenths or halves right before a noun is a share of that
    // population; one qualifying a change (逾3成的增长) is that change.
    // 只 and 仅 are no part of a metric.
    (
        "调查显示,超六成企业实现盈利,半数以上行业产量增长。今年1月份,全市营业收入上升18.6%,去年逾3成的增长。2月份营业收入仅为12.6亿元,按年只上升3.2%。",
        "超六成|企业|-|-|share|actual
半数以上|行业产量|-|-|share|actual
18.6%|营业收入|全市|今年1月份|change|actual
逾3成|营业收入|全市|去年|change|actual
12.6亿元|营业收入|-|2月份|level|actual
3.2%|营业收入|-|2月份|change|actual",
    ),
    // A scope opened by 在 before a rank verb names no indicator; 幅度 is
    // a noun of growth.
    (
        "一季度,全区居民消费价格同比上涨2.1%,比全国平均水平低0.3个百分点,在东部地区排名第5位;环比上涨0.2%,幅度高于全国0.1个百分点。其中,衣着类价格影响位居第二,上涨幅度为3.6%。",
        "2.1%|居民消费价格|全区|一季度|change|actual
0.3个百分点|居民消费价格|全区|一季度|change|actual
第5位|居民消费价格|全区|一季度|rank|actual
0.2%|居民消费价格|全区|一季度|change|actual
0.1个百分点|居民消费价格|全区|一季度|change|actual
第二|衣着类价格影响|-|一季度|rank|actual
3.6%|衣着类价格影响|-|一季度|change|actual",
    ),
    // 更是 before the verb is an adverb: the growth noun before it is
    // reached and makes the multiple a change.
    (
        "其中,新能源汽车增速更是高达3倍以上。",
        "3倍以上|新能源汽车|-|-|change|actual",
    ),
    // Words of Hong Kong and Macao releases: a provisional estimate is a
    // figure reported; 首季/第一季, 实质, 则为 and 宣派 are no part of a
    // metric; the compared period's value after 则为 is the indicator's.
    (
        "2024年首季零售业总销货价值临时估计为1060亿元,较2023年同期上升1.7%。集团股东应占溢利为港币21.3亿元,而去年同期则为港币25.6亿元。董事会宣派中期股息每股港币0.30元。第一季本地生产总值按年实质上升5.2%。",
        "1060亿元|零售业总销货价值|-|2024年|level|actual
1.7%|零售业总销货价值|-|2024年|change|actual
港币21.3亿元|股东应占溢利|集团|2024年|level|actual
港币25.6亿元|股东应占溢利|集团|-|level|actual
港币0.30元|中期股息|-|2024年|level|actual
5.2%|本地生产总值|-|2024年|change|actual",
    ),
    // The year's task a reported figure is measured against names no
    // metric and sets no status, written 年度任务 or 年度目标任务.
    (
        "今年以来,全市累计完成造林面积12.6万亩,完成年度任务的105%。全省城镇新增就业38.6万人,完成年度目标任务的85.8%。",
        "12.6万亩|造林面积|全市|今年以来|level|actual
105%|造林面积|全市|今年以来|level|actual
38.6万人|城镇新增就业|全省|今年以来|level|actual
85.8%|城镇新增就业|全省|今年以来|level|actual",
    ),
    // A postposition closing the clause after a count's noun is no part
    // of it.
    (
        "全市38个工业行业大类中,有26个行业增加值实现增长。",
        "38个|工业行业大类|全市|-|level|actual
26个|行业|全市|-|level|actual",
    ),
    // 结构比 is a ratio's name, no comparison; 定格 reports a figure and 首次
    // is a filler, so the growth noun before them makes a change.
    (
        "全省三次产业结构比调整为8.6:38.2:53.2。今年全省经济增速预期首次定格6%左右。",
        "8.6|三次产业结构比|全省|-|level|actual
38.2|三次产业结构比|全省|-|level|actual
53.2|三次产业结构比|全省|-|level|actual
6%左右|经济|全省|今年|change|target",
    ),
    // 要 right after a word of a time to come is a goal cue, as 将, and
    // no part of a metric; not in a word it opens (要求, 要素).
    (
        "区长在报告中指出,今年要重点抓好六个方面的工作。",
        "六个|方面|-|今年|level|target",
    ),
    (
        "今年要新增就业5万人。\n企业要求补贴500万元。\n全市要素市场交易额100亿元。",
        "5万人|新增就业|-|今年|level|target
500万元|企业要求补贴|-|-|level|actual
100亿元|要素市场交易额|全市|-|level|actual",
    ),
    // A count right before another count with its noun counts the same
    // things, in classes.
    (
        "全年办好8大类36项民生实事。",
        "8大类|民生实事|-|-|level|actual
36项|民生实事|-|-|level|actual",
    ),
    // A number right after a verb of work done, qualifying with 的 the
    // noun closing its clause, measures that noun.
    (
        "到2025年,全省培育数以千计的专精特新中小企业,打造一批产业集群。",
        "数以千计|专精特新中小企业|全省|2025年|level|target",
    ),
    // A percent of a whole put to a use closing its clause is a share of
    // that use.
    (
        "全县财政新增财力的75%用于民生,民生支出增长8.2%。",
        "75%|民生|全县|-|share|actual
8.2%|民生支出|全县|-|change|actual",
    ),
    // The year after a verb of recovery is the basis of the ratio, no
    // time; the ratio keeps the indicator before.
    (
        "全年实现旅游总收入825.6亿元,恢复到2019年的92.3%。",
        "825.6亿元|旅游总收入|-|-|level|actual
92.3%|旅游总收入|-|-|level|actual",
    ),
    // A rank verb followed by a scope word alone ranks the indicator
    // before; 今日 and 大涨 are no part of a metric.
    (
        "公司产品市场占有率提升至18.5%,稳居行业第二。公司股价今日大涨8.6%。",
        "18.5%|产品市场占有率|公司|-|level|actual
第二|产品市场占有率|公司|-|rank|actual
8.6%|股价|公司|-|change|actual",
    ),
    // A short line above a line whose figure has words of its own is no
    // infographic label.
    (
        "工作要求\n50%以上的县实现全覆盖。\n",
        "50%以上|-|-|-|level|actual",
    ),
    // 按季 and 按月 are bases as 按年.
    (
        "第三季本地生产总值按季上升0.4%,按年上升2.9%。访港旅客人次按月增加12%。",
        "0.4%|本地生产总值|-|-|change|actual
2.9%|本地生产总值|-|-|change|actual
12%|访港旅客人次|-|-|change|actual",
    ),
    // A budget a reported figure is measured against names no metric.
    (
        "1-6月,全市一般公共预算收入完成185.6亿元,完成预算的52.3%。",
        "185.6亿元|一般公共预算收入|全市|1-6月|level|actual
52.3%|一般公共预算收入|全市|1-6月|level|actual",
    ),
    // A name found by its suffix that leaves nothing before a count is
    // what is counted; a verb of creation alone names nothing; 月均 is a
    // filler as 年均.
    (
        "全市省级开发区增加到9个,形成省级特色小镇6个。销售收入超亿元企业85户,其中新增12户。今年以来,全省外贸出口增长较快,前4个月月均增速达到12.5%。",
        "9个|省级开发区|全市|-|level|actual
6个|形成省级特色小镇|全市|-|level|actual
超亿元|企业|-|-|level|actual
85户|超亿元企业|-|-|level|actual
12户|超亿元企业|-|-|level|actual
12.5%|全省外贸出口|全省|前4个月|change|actual",
    ),
    // 升 in a headline is a verb of change: the rate is a change of the
    // figure before.
    (
        "公司纯利5亿升12%",
        "5亿|纯利|公司|-|level|actual
12%|纯利|公司|-|change|actual",
    ),
    // Slight and sharp changes (微降, 大跌至) and 则由 are no part of a
    // metric.
    (
        "期内营业额减少5.1%至6.2亿元,毛利亦微降0.3%至1.8亿元。已变现收益由去年的2.1亿元,大跌至300万元,未变现收益则由1.2亿元,升至2.5亿元。",
        "5.1%|营业额|-|-|change|actual
6.2亿元|营业额|-|-|level|actual
0.3%|毛利|-|-|change|actual
1.8亿元|毛利|-|-|level|actual
2.1亿元|变现收益|-|-|level|actual
300万元|变现收益|-|-|level|actual
1.2亿元|未变现收益|-|-|level|actual
2.5亿元|未变现收益|-|-|level|actual",
    ),
    // A copula, a place and an ordinal of size make a rank of the
    // indicator before.
    (
        "出口茶叶2.1万吨,创汇1.5亿美元,为浙江省第二大出口农产品。",
        "2.1万吨|出口茶叶|-|-|level|actual
1.5亿美元|创汇|-|-|level|actual
第二|创汇|浙江省|-|rank|actual",
    ),
    // A cap before a figure (最高) is no part of a metric; 给予 is a verb
    // of work done before its object.
    (
        "对新认定的企业给予奖励最高50万元。",
        "50万元|奖励|-|-|level|actual",
    ),
];

#[test]
fn result_sign_unequal_list_goal_reference_and_rankings() {
    for (text, want) in CASES_G22 {
        assert_eq!(show(text), *want, "{text}");
    }
}

#[test]
fn lines_give_the_breaks_around_a_place_in_any_order() {
    // Breaks at 3, 10 and 11 (a Han character is three bytes).
    let text = "甲\n乙丙\n\n丁";
    let lines = Lines::new(text.as_bytes());
    assert_eq!(lines.next(0), Some(3));
    assert_eq!(lines.next(3), Some(3));
    assert_eq!(lines.next(4), Some(10));
    assert_eq!(lines.next(11), Some(11));
    assert_eq!(lines.next(12), None);
    assert_eq!(lines.before(3), None);
    assert_eq!(lines.before(4), Some(3));
    assert_eq!(lines.before(15), Some(11));
    // A look-up behind the last one.
    assert_eq!(lines.next(1), Some(3));
    assert_eq!(Lines::new(b"").next(0), None);
}

#[test]
fn clause_stop_is_the_first_separator_byte() {
    let text = "增长5%、8%等目标，其余";
    let b = text.as_bytes();
    let comma = text.find('，').unwrap();
    assert_eq!(clause_stop(b, 0, b.len()), comma);
    assert_eq!(clause_stop(b, 0, comma), comma);
    assert_eq!(clause_stop("甲乙;丙".as_bytes(), 0, 10), 6);
    assert_eq!(clause_stop("甲乙。丙".as_bytes(), 3, 12), 6);
    assert_eq!(clause_stop("甲乙丙".as_bytes(), 0, 9), 9);
}

#[test]
fn a_listed_goal_needs_its_closing_word_before_the_clause_ends() {
    // 等 and the goal word in the figure's clause: targets.
    let listed = rows("全县生产总值增长6%、居民收入增长7%等主要预期目标有望完成。");
    assert!(listed.iter().all(|r| r.5 == "target"), "{listed:?}");
    // 等 only after the clause ends: the figures stay actual.
    let apart = rows("全县生产总值增长6%、居民收入增长7%，农业等主要预期目标有望完成。");
    assert!(apart.iter().all(|r| r.5 == "actual"), "{apart:?}");
}

#[test]
fn tasks_assigned_to_units_are_targets() {
    // A line closed by a responsibility bracket is a task: its figures are
    // targets, but for a rule's rate (按…标准) and a bounded threshold
    // qualifying a noun (低于…的); the sentence announcing such tasks
    // (…如下。) states the plan. A line without a bracket reports.
    let text = "经区政府同意,2030年全区实施20项民生实事,具体安排如下。\n\
                一、促进就业(2项)\n\
                1.新增城镇就业1.2万人,对符合条件的毕业生按800元/人的标准发放补贴。(牵头单位:区人社局)\n\
                2.培训技能人员3000人次,推广厚度低于0.02毫米的地膜。(区农业局负责)\n\
                3.新建公园5个。\n";
    // The rate's metric is what the rule grants, after 标准 and its verb
    // (the threshold's metric is not this test's business).
    let got: Vec<_> = rows(text)
        .into_iter()
        .map(|x| {
            let m = if x.0.starts_with('低') {
                "?".into()
            } else {
                x.1
            };
            (x.0, m, x.3, x.5)
        })
        .collect();
    let want = [
        ("20项", "民生实事", "2030年", "target"),
        // The heading's bracketed count of its items (a count since the
        // table-label rule leaves brackets that open with a figure alone)
        // states how many there are, as the corpus reads `一、促进就业(3项)`.
        ("2项", "促进就业", "-", "actual"),
        ("1.2万人", "新增城镇就业", "-", "target"),
        ("800元", "补贴", "-", "actual"),
        ("3000人次", "技能人员", "-", "target"),
        ("低于0.02毫米", "?", "-", "actual"),
        ("5个", "新建公园", "-", "actual"),
    ];
    assert_eq!(
        got,
        want.map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d))
    );
}

#[test]
fn goal_word_after_a_closing_quote_names_a_scheme() {
    // "稳岗"计划 is the name of a scheme: the grant received from it is
    // reported, no goal; the same 计划 as a verb still plans.
    let got: Vec<_> = rows("公司自政府\"稳岗\"计划获得约300万港元补贴。公司计划投资8亿元。")
        .into_iter()
        .map(|x| (x.0, x.5))
        .collect();
    assert_eq!(
        got,
        [
            ("约300万港元".to_string(), "actual"),
            ("8亿元".to_string(), "target")
        ]
    );
    let got: Vec<_> = rows("全市通过“春风”计划培训农民工2万人次。")
        .into_iter()
        .map(|x| (x.0, x.5))
        .collect();
    assert_eq!(got, [("2万人次".to_string(), "actual")]);
}

#[test]
fn deadline_colon_opens_a_goal_list() {
    // A colon closing a sentence dated by a deadline (到2030年) opens a
    // goal list: its lines are targets of that year.
    let text = "二、主要指标\n到2030年,全县经济社会发展主要指标如下:\n\
                1.地区生产总值力争突破500亿元,年均增长6%以上。\n\
                2.常住人口城镇化率达到60%。\n";
    assert_eq!(
        show(text),
        "500亿元|地区生产总值|-|2030年|level|target\n\
         6%以上|地区生产总值|-|2030年|change|target\n\
         60%|常住人口城镇化率|-|2030年|level|target"
    );
}

#[test]
fn contrast_connective_is_no_part_of_the_metric() {
    // 则 before the verb of a contrasted figure (而…则约为) is a connective.
    let got: Vec<_> = rows("甲控股公告,2030年度营业收入约为6亿元,而2029年度营业收入则约为5亿元。")
        .into_iter()
        .map(|x| (x.0, x.1, x.3))
        .collect();
    let want = [
        ("6亿元", "营业收入", "2030年度"),
        ("5亿元", "营业收入", "2029年度"),
    ];
    assert_eq!(
        got,
        want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    );
}

#[test]
fn detail_sentence_keeps_the_goal_before_it() {
    // 其中 details the plan of the sentence before: targets; after a
    // report it stays actual.
    let text = "明年,甲县将新建学校6所。其中,新建幼儿园3所,改扩建小学2所。\n\
                去年,甲县建成学校5所。其中,幼儿园2所。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.5)).collect();
    let want = [
        ("6所", "target"),
        ("3所", "target"),
        ("2所", "target"),
        ("5所", "actual"),
        ("2所", "actual"),
    ];
    assert_eq!(got, want.map(|(a, b)| (a.to_string(), b)));
}

#[test]
fn paragraph_opened_by_a_plan_goes_on_with_it() {
    // A paragraph whose first sentence plans a time to come (今年…将)
    // plans in its later sentences too; one opened by a report does not.
    let text = "今年,乙区将新增停车位900个。城区方面,改造老旧小区12个。\n\
                去年,乙区新增停车位800个。城区方面,改造老旧小区10个。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.5)).collect();
    let want = [
        ("900个", "target"),
        ("12个", "target"),
        ("800个", "actual"),
        ("10个", "actual"),
    ];
    assert_eq!(got, want.map(|(a, b)| (a.to_string(), b)));
}

#[test]
fn cap_after_a_reported_change_is_held() {
    // 控制在 after a change with a basis in its sentence reports the cap
    // held; in a goal list it is a target.
    let text = "2024年,丙市实现地区生产总值80亿元,同比增长5.1%;城镇登记失业率控制在3.5%以内。\n\
                丙市今年发展预期目标:地区生产总值增长5%;城镇登记失业率控制在4%以内。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.5)).collect();
    let want = [
        ("80亿元", "actual"),
        ("5.1%", "actual"),
        ("3.5%以内", "actual"),
        ("5%", "target"),
        ("4%以内", "target"),
    ];
    assert_eq!(got, want.map(|(a, b)| (a.to_string(), b)));
}

#[test]
fn sentence_quoted_whole_states_its_goals() {
    // A sentence quoted whole is a speech reported: its goal words set the
    // status; a goal word inside a quoted motto does not.
    let text = "“2025年全县经济社会发展的主要预期目标是:生产总值增长6%以上,财政总收入增长5%……”\n\
                按照“聚焦发展目标”的要求,全县实现生产总值100亿元。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.5)).collect();
    let want = [
        ("6%以上", "target"),
        ("5%", "target"),
        ("100亿元", "actual"),
    ];
    assert_eq!(got, want.map(|(a, b)| (a.to_string(), b)));
}

#[test]
fn line_closed_by_a_labelled_unit_clause_is_a_task() {
    // `…,责任单位为区发改委;` closes the line as a bracket would: its
    // figures are targets; a line without it reports. A label closed by a
    // colon names the figure whole (人均…, 增加值 kept).
    let text = "人均地区生产总值:增长6%左右,责任单位为区发改委;\n\
                服务业增加值:增长8%(依据区人代会目标设置),责任单位为区商务局;\n\
                服务业增加值:增长7.2%。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1, x.5)).collect();
    let want = [
        ("6%左右", "人均地区生产总值", "target"),
        ("8%", "服务业增加值", "target"),
        ("7.2%", "服务业增加值", "actual"),
    ];
    assert_eq!(got, want.map(|(a, b, c)| (a.to_string(), b.to_string(), c)));
}

#[test]
fn count_of_a_schemes_indicators_is_no_goal() {
    // Counts of the indicators or tasks a scheme holds describe it, even
    // in a sentence that sets goals; the goals' own figures are targets.
    let text =
        "结合市下达目标,对20项考核指标进行了目标设定,其中5项指标由市统一下达,力争生产总值增长7%。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.5)).collect();
    let want = [("20项", "actual"), ("5项", "actual"), ("7%", "target")];
    assert_eq!(got, want.map(|(a, b)| (a.to_string(), b)));
}

#[test]
fn future_marker_before_a_verb_is_a_figure_to_come() {
    // 将 right before a verb of report or change marks a figure to come,
    // after a plain noun phrase too; 将近 (nearly) and 将 as the object
    // marker mark none.
    let text = "全社会研发经费投入的年均增长将超过7%。\n\
                有将近一半的人基本存不下钱。\n\
                该公司通过技术改造,将产品合格率提高到99.5%。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.5)).collect();
    let want = [
        ("超过7%", "target"),
        ("一半", "actual"),
        ("99.5%", "actual"),
    ];
    assert_eq!(got, want.map(|(a, b)| (a.to_string(), b)));
}

#[test]
fn average_compared_with_is_of_the_indicator_before() {
    // A figure right before 平均水平 after a comparison is the average of
    // the indicator before, no counted thing; with 的 it reads the same.
    let text =
        "全市服务业增加值增长8%,高于全省7%平均水平。全市工业投资增长9%,高于全省6%的平均水平。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1)).collect();
    let want = [
        ("8%", "服务业增加值"),
        ("7%", "服务业增加值"),
        ("9%", "工业投资"),
        ("6%", "工业投资"),
    ];
    assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
}

#[test]
fn galloping_back_finds_what_a_binary_search_finds() {
    let text =
        "1月~10月，全市规模以上工业增加值同比增长13.1%，其中轻工业增长5.2%、重工业增长15.0%；\
                社会消费品零售总额42691亿元，同比增长1.0%，占全省的23.4%，居第2位。";
    let entities = crate::extract(text);
    assert!(entities.len() >= 8, "{}", entities.len());
    for i in 0..=entities.len() {
        for at in 0..=text.len() + 1 {
            assert_eq!(
                super::partition_near(&entities[..i], i, |x| x.span.start < at),
                entities[..i].partition_point(|x| x.span.start < at),
                "i {i}, at {at}"
            );
        }
    }
}

#[test]
fn galloping_either_way_finds_what_a_binary_search_finds() {
    let text =
        "1月~10月，全市规模以上工业增加值同比增长13.1%，其中轻工业增长5.2%、重工业增长15.0%；\
                社会消费品零售总额42691亿元，同比增长1.0%，占全省的23.4%，居第2位。";
    let entities = crate::extract(text);
    assert!(entities.len() >= 8, "{}", entities.len());
    // From every start, before, inside and past the entities.
    for i in 0..=entities.len() + 2 {
        for at in 0..=text.len() + 1 {
            assert_eq!(
                super::partition_near(&entities, i, |x| x.span.start < at),
                entities.partition_point(|x| x.span.start < at),
                "i {i}, at {at}"
            );
        }
    }
    // Line breaks, with repeated values at the edges of the prefix.
    let breaks = [3usize, 3, 7, 7, 7, 20, 41, 41, 90];
    for i in 0..=breaks.len() + 1 {
        for at in 0..=100 {
            assert_eq!(
                super::partition_near(&breaks, i, |&x| x < at),
                breaks.partition_point(|&x| x < at),
                "i {i}, at {at}"
            );
        }
    }
}

#[test]
fn release_day_gives_way_to_period() {
    // The day opening the first sentence is the day of the release: the
    // period opening a later clause before any figure dates the paragraph.
    assert_eq!(
        show("5月20日,市统计局发布数据显示,今年1-4月,全市规模以上工业增加值156亿元。工业用电量同比增长3.2%。"),
        "156亿元|规模以上工业增加值|全市|今年1-4月|level|actual
3.2%|工业用电量|-|今年1-4月|change|actual"
    );
    // A day with no later time keeps dating the paragraph.
    assert_eq!(
        show("6月30日,全市各项存款余额5200亿元。贷款余额同比增长8.1%。"),
        "5200亿元|各项存款余额|全市|6月30日|level|actual
8.1%|贷款余额|-|6月30日|change|actual"
    );
}

#[test]
fn respectively_after_figureless_clause() {
    // 分别 with no list after a clause of the sentence without figures that
    // names the indicator: the figures are of it, not of the facts of the
    // sentences before.
    assert_eq!(
        show("上半年,全市出口85亿元,进口40亿元。全市居民人均可支配收入名义增速位居全省前列,比全省、全国平均水平分别高1.5和2.1个百分点。"),
        "85亿元|出口|全市|上半年|level|actual
40亿元|进口|全市|上半年|level|actual
1.5|居民人均可支配收入|全市|上半年|change|actual
2.1个百分点|居民人均可支配收入|全市|上半年|change|actual"
    );
}

#[test]
fn bracketed_compared_items() {
    // Compared rates in brackets after their places, listed with 、: each
    // is its place's value of the indicator before, of the same kind.
    assert_eq!(
        show("一季度,全市地区生产总值同比增长7.3%,分别高于全省(4.9%)、嘉兴(5.5%)2.4个百分点和1.8个百分点。"),
        "7.3%|地区生产总值|全市|一季度|change|actual
4.9%|地区生产总值|全市|一季度|change|actual
5.5%|地区生产总值|嘉兴|一季度|change|actual
2.4个百分点|地区生产总值|全市|一季度|change|actual
1.8个百分点|地区生产总值|全市|一季度|change|actual"
    );
}

#[test]
fn taiwan_rate_nouns() {
    // 年增率 and 負成長 name rates of growth: the figures are changes of the
    // indicator before; 呈 before them is no part of a metric.
    assert_eq!(
        show("10月零售業營業額為4,186億元，年增率1.9%。今年前10月零售業營業額達3兆9,603億元，但呈負成長0.5%。"),
        "4,186億元|零售業營業額|-|10月|level|actual
1.9%|零售業營業額|-|10月|change|actual
3兆9,603億元|零售業營業額|-|今年前10月|level|actual
0.5%|零售業營業額|-|今年前10月|change|actual"
    );
    // The effect of the things counted is no part of their noun.
    assert_eq!(
        show("10月有三個連假效益帶動消費。"),
        "三個|連假|-|10月|level|actual"
    );
}

#[test]
fn revised_estimate_is_reported() {
    // A statistics office's revised estimate is a figure reported.
    assert_eq!(
        show("今年4月的零售業總銷貨價值的修訂估計較去年同月上升11.7%。"),
        "11.7%|零售業總銷貨價值|-|今年4月|change|actual"
    );
}

#[test]
fn one_character_rank_verb_before_a_scope() {
    // 居 right before the scope of the ranking (全省十七强县市区) ranks the
    // ordinal closing the clause.
    assert_eq!(
        show("一季度,全市地区生产总值同比增长7.3%,居全省十七强县市区第一。"),
        "7.3%|地区生产总值|全市|一季度|change|actual
第一|地区生产总值|全市|一季度|rank|actual"
    );
}

#[test]
fn shared_head_with_its_industry_noun() {
    // Items naming no category of their own take the industry noun that
    // opens the head at the last item; one ending in 业 takes the head only.
    assert_eq!(
        show("规模以上工业中,数字经济核心产业制造业、装备制造、高新技术产业增加值分别增长14.5%、17.7%和10.4%。"),
        "14.5%|数字经济核心产业制造业增加值|-|-|change|actual
17.7%|装备制造产业增加值|-|-|change|actual
10.4%|高新技术产业增加值|-|-|change|actual"
    );
}

#[test]
fn respectively_after_levels_and_rates() {
    // 分别 with no list after indicators each named with a level and a
    // rate pairs with the indicators, past a part named in a 其中 clause.
    assert_eq!(
        show("全市进出口总额1184.4亿元,同比增长11.4%。其中,出口1070.9亿元,同比增长11.0%,其中通过市场采购方式出口812.1亿元,增长9.5%;进口113.5亿元,同比增长15.6%。增速分别高于全省6.6、4.9和14.5个百分点。")
            .lines()
            .skip(8)
            .collect::<Vec<_>>()
            .join("\n"),
        "6.6|进出口总额|-|-|change|actual
4.9|出口|-|-|change|actual
14.5个百分点|进口|-|-|change|actual"
    );
    // Two levels under one metric are a list of their own: not paired so.
    assert_eq!(
        show("城乡常住居民人均可支配收入33618元和16503元,分别增长8.8%和10.1%。")
            .lines()
            .skip(2)
            .collect::<Vec<_>>()
            .join("\n"),
        "8.8%|城乡常住居民人均可支配收入|-|-|change|actual
10.1%|城乡常住居民人均可支配收入|-|-|change|actual"
    );
}

/// (figure, status) of each fact.
fn statuses(text: &str) -> Vec<(String, &'static str)> {
    rows(text).into_iter().map(|x| (x.0, x.5)).collect()
}

fn pairs(want: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
    want.iter().map(|&(a, b)| (a.to_string(), b)).collect()
}

#[test]
fn goal_name_reaches_the_long_paragraph_under_it() {
    // A plain title that only names goals, above one long line of goals:
    // that line is in its reach; the next long line is body text again.
    let goals = "地区生产总值增长7%左右,一般公共预算收入增长6%,规模以上工业增加值增长8%左右,\
                 社会消费品零售总额增长9%左右,城乡居民人均可支配收入分别增长7%和8%左右,\
                 城镇登记失业率控制在4%以内。";
    let results = "全区上下攻坚克难,地区生产总值完成120亿元,一般公共预算收入完成9亿元,\
                   规模以上工业增加值完成40亿元,社会消费品零售总额完成55亿元,\
                   城乡居民收入稳步增长,民生实事全面完成,各项工作取得新成效。";
    assert!(goals.len() > heading::MAX_BYTES && results.len() > heading::MAX_BYTES);
    for title in ["工作目标", "主要预期目标", "2025年年度任务"] {
        let got = statuses(&format!("{title}\n{goals}\n{results}"));
        let want = [
            ("7%左右", "target"),
            ("6%", "target"),
            ("8%左右", "target"),
            ("9%左右", "target"),
            ("7%", "target"),
            ("8%左右", "target"),
            ("4%以内", "target"),
            ("120亿元", "actual"),
            ("9亿元", "actual"),
            ("40亿元", "actual"),
            ("55亿元", "actual"),
        ];
        assert_eq!(got, pairs(&want), "{title}");
    }
    // A short full sentence right under it is its first paragraph too.
    let got = statuses("主要目标\n生产总值增长6%左右。\n上年生产总值增长5.1%。");
    assert_eq!(got, pairs(&[("6%左右", "target"), ("5.1%", "actual")]));
    // A title of results reaches nothing.
    for title in ["主要成绩", "工作回顾"] {
        let got = statuses(&format!("{title}\n{results}"));
        assert!(got.iter().all(|x| x.1 == "actual"), "{title}: {got:?}");
    }
    // A headline with a goal word is no name of goals: the news below it,
    // long or a full sentence, is no goal.
    let headline = "政府工作报告提出全市经济社会发展主要预期目标";
    let got = statuses(&format!("{headline}\n{results}"));
    assert!(got.iter().all(|x| x.1 == "actual"), "{got:?}");
    let got = statuses(&format!(
        "{headline}\n20日,报告提出,去年全市地区生产总值增长5.2%。"
    ));
    assert_eq!(got, pairs(&[("5.2%", "actual")]));
}

#[test]
fn plan_sentence_above_numbered_lines_makes_them_targets() {
    let items = "1.新建城市公园12个。其中,建成口袋公园8个。\n2.改造老旧小区3000户。\n（不含已列入计划的项目）\n全区道路总里程达到800公里。";
    let want = [
        ("12个", "target"),
        ("8个", "target"),
        ("3000户", "target"),
        ("800公里", "actual"),
    ];
    for lead in [
        "今年,我区将办好事关群众切身利益的“十件实事”",
        "明年计划实施一批民生项目：",
        "今年要重点抓好以下民生工程。",
    ] {
        let got = statuses(&format!("{lead}\n{items}"));
        assert_eq!(got, pairs(&want), "{lead}");
    }
    // Numbered lines under a report of work done are results.
    for lead in [
        "过去一年,我们办好了“十件实事”",
        "今年以来,全区完成了以下民生项目：",
    ] {
        let got = statuses(&format!("{lead}\n{items}"));
        assert!(got.iter().all(|x| x.1 == "actual"), "{lead}: {got:?}");
    }
    // Work already done in an item stays actual.
    let got = statuses("今年,我区将办好十件实事\n1.已建成城市公园12个。");
    assert_eq!(got, pairs(&[("十件", "target"), ("12个", "actual")]));
}

#[test]
fn teaser_before_an_ellipsis_takes_the_status_of_the_news() {
    let text =
        "新增公共停车位1600个、改造棚户区4000户……3月1日,记者从甲区获悉,该区明确民生项目任务单。\n\
                今年,甲区将新增公共停车位1600个,改造棚户区4000户。\n\
                去年全区改造棚户区3500户。";
    let got = statuses(text);
    let want = [
        ("1600个", "target"),
        ("4000户", "target"),
        ("1600个", "target"),
        ("4000户", "target"),
        ("3500户", "actual"),
    ];
    assert_eq!(got, pairs(&want));
    // Figures repeating results stay actual; a figure the news does not
    // repeat keeps its own status.
    let text = "新建公园12个、改造小区30个……\n去年,甲区新建公园12个。";
    assert_eq!(
        statuses(text),
        pairs(&[("12个", "actual"), ("30个", "actual"), ("12个", "actual")])
    );
    // A list after a sentence end is no teaser.
    let text = "甲区发布消息。新建公园12个……\n今年,甲区将新建公园12个。";
    assert_eq!(
        statuses(text),
        pairs(&[("12个", "actual"), ("12个", "target")])
    );
}

#[test]
fn goal_word_before_a_verb_is_no_basis() {
    // 力争 before 超过 sets the goal of the verb, after 完成 all the same.
    let r = rows("全年完成投资力争超过145亿元。");
    assert_eq!(
        (r[0].0.as_str(), r[0].1.as_str(), r[0].5),
        ("超过145亿元", "投资", "target")
    );
    let r = rows("全年完成投资确保达到80亿元。");
    assert_eq!((r[0].1.as_str(), r[0].5), ("投资", "target"));
    // A goal noun a result is measured against stays a basis.
    let r = rows("全年完成年度目标的103%。");
    assert_eq!((r[0].1.as_str(), r[0].5), ("-", "actual"));
}

#[test]
fn figureless_clause_indicator_ends_at_a_verb_of_report() {
    // 保持 ends the indicator of the clause before the figures (the
    // quoted label after it is no part of it); a copula does not
    // (`公司的主要业务为化工业务,占比62.40%` names a part).
    assert_eq!(
        show("今年上半年,我市外贸出口保持“阶梯式”增长势头,前4个月增长11.6%,上半年增长16%。"),
        "11.6%|外贸出口|我市|前4个月|change|actual\n16%|外贸出口|我市|上半年|change|actual"
    );
    // A share word holds no comparison: 占比 is not cut at its 比.
    assert_eq!(
        show("全省新能源汽车占比稳步提高,一季度提高2.1个百分点。"),
        "2.1个百分点|新能源汽车占比|全省|一季度|change|actual"
    );
}

#[test]
fn share_word_alone_replaces_the_share_word_of_the_indicator_before() {
    // 占比 after a share whose indicator ends in 比重: the share of the
    // part, built with the word written here, not both share words.
    let r = rows("加工贸易出口比重提高,占全市出口比重的65.8%,占比提高2.5个百分点。");
    let got: Vec<_> = r.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert_eq!(
        got.last(),
        Some(&("2.5个百分点", "加工贸易出口占比")),
        "{r:?}"
    );
}

#[test]
fn label_lines_inside_a_goal_list_keep_it_open() {
    // Category lines (`经济◢`) and items without figures are lines of the
    // list: every figure under the colon is a target of its 今年.
    let text = "今年,甲区在经济增长、城市建设方面,定下这些具体目标:\n\
                经济◢\n\
                全年完成固定资产投资超900亿元\n\
                城市建设◢\n\
                推动9号线通车运营\n\
                建成道路25条\n";
    let got = rows(text);
    let want = [("超900亿元", "今年"), ("25条", "今年")];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for (r, (figure, time)) in got.iter().zip(want) {
        assert_eq!((r.0.as_str(), r.3.as_str(), r.5), (figure, time, "target"));
    }
    // A line with an outline marker still closes the list.
    let got = statuses(&format!("{text}二、工作回顾\n建成道路30条\n"));
    assert_eq!(got.last(), Some(&("30条".to_string(), "actual")), "{got:?}");
}

#[test]
fn a_list_of_shishi_is_a_plan() {
    // The lead closes with the list's name, with no other cue before it;
    // each item's marker stands alone on its line.
    let text = "报告明确,全州扎实办好“十件民生实事”。\n(一)\n\
                开展职业技能培训3万人次,新建公办幼儿园20所。\n(二)\n\
                完成超200个50户以上木质房屋连片村寨给水管网建设。\n";
    let got = statuses(text);
    assert_eq!(
        got,
        pairs(&[
            ("3万人次", "target"),
            ("20所", "target"),
            ("超200个", "target"),
            // A threshold qualifying the villages counted: a rule
            // parameter.
            ("50户以上", "actual"),
        ])
    );
    // A list of 实事 done reports results.
    let got = statuses(&text.replace("扎实办好", "办好了"));
    assert!(got.iter().all(|x| x.1 == "actual"), "{got:?}");
}

#[test]
fn a_tail_without_the_words_covers_the_later_tails_of_its_clause() {
    let tail = Unfound { from: 10, stop: 40 };
    // A later figure of the clause, same end: nothing to search.
    assert!(tail.covers(10, 40));
    assert!(tail.covers(25, 40));
    // An earlier start, or another end (the next clause, or a reach cut
    // short), is searched again.
    assert!(!tail.covers(9, 40));
    assert!(!tail.covers(25, 41));
    assert!(!tail.covers(25, 39));
}

#[test]
fn figures_of_one_clause_share_its_read_tail() {
    // Two figures of a clause without 标准: both the plan's targets (the
    // second reads no tail again); the rule's rate in the next clause is a
    // rule parameter, actual.
    let r = rows("今年将新增城镇就业1万人、培训2000人次，按1500元/人的标准发放补贴。");
    let got: Vec<_> = r.iter().map(|x| (x.0.as_str(), x.5)).collect();
    assert_eq!(
        got,
        [
            ("1万人", "target"),
            ("2000人次", "target"),
            ("1500元", "actual")
        ]
    );
    // Two rates of one rule clause: both parameters.
    let r = rows("今年将按1500元/人、3000元/户的标准发放补贴。");
    let got: Vec<_> = r.iter().map(|x| (x.0.as_str(), x.5)).collect();
    assert_eq!(got, [("1500元", "actual"), ("3000元", "actual")]);
}

#[test]
fn a_word_of_difference_after_the_compared_value_is_no_metric() {
    // 快 (高, 多 …) alone between the compared value and the difference:
    // the metric is the clause's, as after 比全省快.
    assert_eq!(
        show("前三季度,池州全市生产总值同比增长7.5%,比全省的6.1%快1.4个百分点。"),
        "7.5%|生产总值|池州全市|前三季度|change|actual\n\
         6.1%|生产总值|池州全市|前三季度|change|actual\n\
         1.4个百分点|生产总值|池州全市|前三季度|change|actual"
    );
    assert_eq!(
        show("上半年全市工业增加值增长8.1%,比全省的7.4%高0.7个百分点。"),
        "8.1%|工业增加值|全市|上半年|change|actual\n\
         7.4%|工业增加值|全市|上半年|change|actual\n\
         0.7个百分点|工业增加值|全市|上半年|change|actual"
    );
}

#[test]
fn a_line_with_a_scoped_rank_is_no_heading() {
    // `工业增幅全省第四` holds a figure (a rank within 全省): its rank is a
    // fact, and the line opens no section.
    assert_eq!(
        show("工业增幅全省第四\n全市规模以上工业增加值97.89亿元,同比增长9.1%。"),
        "全省第四|工业|-|-|rank|actual\n\
         97.89亿元|规模以上工业增加值|全市|-|level|actual\n\
         9.1%|规模以上工业增加值|全市|-|change|actual"
    );
    // An ordinal without a scope keeps the line a heading.
    assert_eq!(
        show("第一部分 工业\n全市规模以上工业增加值97.89亿元。"),
        "97.89亿元|规模以上工业增加值|全市|-|level|actual"
    );
}

#[test]
fn a_rank_of_size_after_a_subject_ranks_the_noun_after_it() {
    // X为我国第N大Y: a rank within the subject word's scope, of the thing Y.
    assert_eq!(
        show("前5个月,美国为我国第三大贸易伙伴,中美贸易总值为1.42万亿元。"),
        "第三|贸易伙伴|-|前5个月|rank|actual\n\
         1.42万亿元|中美贸易总值|-|前5个月|level|actual"
    );
    assert_eq!(
        show("虽然日本仍是我市第一大出口市场,但对日出口下降。"),
        "第一|出口市场|-|-|rank|actual"
    );
    // After a copula alone the indicator before is ranked.
    assert_eq!(
        show("烟草出口额增长15%,为云南省第三大出口商品。"),
        "15%|烟草出口额|-|-|change|actual\n\
         第三|烟草出口额|云南省|-|rank|actual"
    );
}

#[test]
fn a_list_before_the_growth_word_of_the_clause_before_fenbie_is_listed() {
    assert_eq!(
        show("矿产加工业和电子信息 增幅最大,分别为22.5%和21.6%。"),
        "22.5%|矿产加工业|-|-|change|actual\n\
         21.6%|电子信息|-|-|change|actual"
    );
    // As many items as figures only: one name is no list of two.
    let text = "全市工业增加值增长9.0%。电子信息增幅最大,分别为22.5%和21.6%。";
    assert!(
        rows(text).iter().all(|r| r.1 != "电子信息"),
        "{}",
        show(text)
    );
}

#[test]
fn a_percent_linked_to_a_growth_is_its_rate() {
    // 的 and a manner word before a verb of growth: the rate of that
    // growth, a change of the clause's indicator, no share of a thing.
    assert_eq!(
        show("我市固定资产投资每月均保持30%以上的快速增长势头。"),
        "30%以上|固定资产投资|我市|-|change|actual"
    );
    assert_eq!(
        show("前三季度,全市生产总值同比增长7.5%,并保持在7%以上的较快增长区间。"),
        "7.5%|生产总值|全市|前三季度|change|actual\n\
         7%以上|生产总值|全市|前三季度|change|actual"
    );
    // A goal noun after the link is no growth: the level compared with.
    assert_eq!(
        show("年末城镇登记失业率1.89%,低于2.5%的控制目标。"),
        "1.89%|城镇登记失业率|-|-|level|actual\n\
         低于2.5%|城镇登记失业率|-|-|level|target"
    );
}

#[test]
fn items_numbered_with_yishi_under_a_shishi_list_are_its_plan_undated() {
    // The announcing line closes with the list's name and a colon; each
    // item stands on its own line opened by 一是, 二是 (the second longer
    // than a list item): all targets, none dated by the lead's year.
    let text = "2031年,县委、县政府为民兴办8件实事:\n\
                一是新建和改扩建中小学12所,新增学位8000个。\n\
                二是实施农村供水保障项目,新建集中供水工程35处、改造供水管网120公里,\
                配套建设水质检测中心3个,惠及沿线农村群众5万户。\n\
                三是新建社区食堂16个。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.3, x.5)).collect();
    let want = [
        ("8件", "2031年", "actual"),
        ("12所", "-", "target"),
        ("8000个", "-", "target"),
        ("35处", "-", "target"),
        ("120公里", "-", "target"),
        ("3个", "-", "target"),
        ("5万户", "-", "target"),
        ("16个", "-", "target"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, b, c)| (a.to_string(), b.to_string(), c))
        .collect();
    assert_eq!(got, want);
    // A list of 实事 done reports results.
    let got = statuses(&text.replace("兴办8件", "办好了8件"));
    assert!(got.iter().all(|x| x.1 == "actual"), "{got:?}");
    // 是 after no numeral opens no item.
    let got = statuses(&text.replace("三是新建", "就是新建"));
    assert_eq!(got[7], ("16个".to_string(), "actual"), "{got:?}");
}

#[test]
fn a_later_year_opening_a_sentence_without_figures_dates_the_goals_after_it() {
    // The paragraph opens with the year done (no figure), turns to the
    // year planned, then sets goals: they are of the later year.
    let text = "2030年,某县获评全国文明城市等称号。2031年,该县将坚持工业强县。\
                力争实现地区生产总值增长8%以上,固定资产投资增长10%。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.3, x.5)).collect();
    assert_eq!(
        got,
        [
            ("8%以上".to_string(), "2031年".to_string(), "target"),
            ("10%".to_string(), "2031年".to_string(), "target"),
        ]
    );
    // An earlier year, or a time that is no whole year, changes nothing:
    // the paragraph keeps the time opening it.
    let times = |t: &str| -> Vec<String> { rows(t).into_iter().map(|x| x.3).collect() };
    assert_eq!(
        times(&text.replace("2031年,该县", "2029年,该县")),
        ["2030年", "2030年"]
    );
    assert_eq!(
        times(&text.replace("2031年,该县", "过去一年,该县")),
        ["2030年", "2030年"]
    );
    // A figure before the later year keeps the paragraph's time.
    let got = times(&text.replace("等称号", "等称号12个"));
    assert_eq!(got, ["2030年", "2030年", "2030年"]);
}

#[test]
fn a_paragraph_opened_by_a_subject_and_jiang_goes_on_with_the_plan() {
    // The first sentence plans (subject, then 将); the later sentences
    // name no subject of their own: they go on with the plan.
    let text = "该区将重点做好三项工作。一是壮大主导产业,实现装备制造产值80亿元以上。\
                全年新增规上工业企业12家,培育省级创新平台3个。";
    let got = statuses(text);
    assert_eq!(
        got,
        pairs(&[
            ("三项", "target"),
            ("80亿元以上", "target"),
            ("12家", "target"),
            ("3个", "target"),
        ])
    );
    // A first sentence reporting work done sets no plan.
    let got = statuses(&text.replace("该区将重点做好三项工作", "该区重点做好了三项工作"));
    assert_eq!(got[2], ("12家".to_string(), "actual"), "{got:?}");
    // 将近 is no marker of the future.
    let got = statuses(&text.replace("该区将重点做好三项工作", "该区将近完成三项工作"));
    assert_eq!(got[2], ("12家".to_string(), "actual"), "{got:?}");
}

#[test]
fn a_deadline_before_a_spaced_year_is_a_deadline() {
    // A text that sets Arabic figures off with spaces: 到 and the year
    // still make a deadline, its figures targets.
    for text in [
        "到 2030 年,全市新能源汽车产业营业收入达到 3000 亿元。",
        "到\u{3000}2030年,全市新能源汽车产业营业收入达到3000亿元。",
    ] {
        let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.3, x.5)).collect();
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, "target", "{got:?}");
        assert!(got[0].1.starts_with("2030"), "{got:?}");
    }
    // Without the deadline word the year reports.
    let got = statuses("2030 年,全市新能源汽车产业营业收入达到 3000 亿元。");
    assert_eq!(got, pairs(&[("3000 亿元", "actual")]));
}

#[test]
fn a_colon_after_the_name_of_a_shishi_list_opens_its_plan() {
    // The items follow the list's name in the same sentence.
    let text = "2023年为民办实事项目主要包括:建设30家智慧养老院,新增500张养护床位。\n\
                去年全市新建养老院12家。";
    let got = statuses(text);
    assert_eq!(
        got,
        pairs(&[("30家", "target"), ("500张", "target"), ("12家", "actual")])
    );
    // A list of 实事 done reports results.
    let got = statuses(&text.replace("主要包括", "已完成"));
    assert!(got.iter().all(|x| x.1 == "actual"), "{got:?}");
    let got = statuses(&text.replace("主要包括", "办好了"));
    assert!(got.iter().all(|x| x.1 == "actual"), "{got:?}");
}

#[test]
fn the_day_of_a_release_dates_no_figure() {
    let time = |text: &str| rows(text)[0].3.clone();
    assert_eq!(
        time("众信旅游8月21日晚间披露了半年报,报告期公司实现营业收入31.36亿元。"),
        "-"
    );
    assert_eq!(
        time("2023年上海市为民办实事项目7日发布,共安排32项。"),
        "2023年"
    );
    // A day that dates the figures stays their time.
    assert_eq!(time("8月21日,全市接待游客31.36万人次。"), "8月21日");
}

#[test]
fn natural_growth_is_a_basis_no_metric() {
    let metrics: Vec<_> =
        rows("地方一般公共预算收入3.5亿元,自然增幅2%,同口径完成3.67亿元,增幅6.1%。")
            .into_iter()
            .map(|r| r.1)
            .collect();
    assert_eq!(metrics, ["地方一般公共预算收入"; 4]);
    // The rate of natural growth of a population stays whole.
    assert_eq!(rows("全年人口自然增长率为4.00‰。")[0].1, "人口自然增长率");
}

/// 业绩预告 names the announcements in a sentence (a tally of them is
/// actual) and is a forecast word in an outline heading (its section's
/// figures are the forecast).
#[test]
fn forecast_announcement_name() {
    assert_eq!(
        show(
            "截至3月1日,共有120家上市公司披露2025年度业绩预告,其中80家预增。\n\
             (一)业绩预告情况\n\
             归属于上市公司股东的净利润5000万元-6000万元。\n"
        ),
        "120家|上市公司|-|3月1日|level|actual
80家|预增|-|2025年度|level|actual
5000万元-6000万元|归属于上市公司股东的净利润|-|-|level|forecast"
    );
}

/// A bound figure before 的有 and a count qualifies the things counted: a
/// threshold, actual under 预计, the count a forecast; 下限 (a forecast
/// range's lower end) is no part of the metric, 增幅 before it a change.
#[test]
fn threshold_of_a_tally() {
    assert_eq!(
        show("预计2025年全年营业收入下限超过5亿元的有120家,净利润增幅下限超过20%的有86家。"),
        "超过5亿元|营业收入|-|2025年|level|actual
120家|营业收入|-|2025年|level|forecast
超过20%|净利润|-|2025年|change|actual
86家|净利润|-|2025年|level|forecast"
    );
}

/// Under a forecast heading, 将 before a verb of change is the forecast's
/// expectation, no goal; a goal word (力争) still sets a target.
#[test]
fn future_marker_under_a_forecast_heading() {
    assert_eq!(
        show(
            "(二)业绩预告情况\n\
             1.归属于上市公司股东的净利润800万元-900万元,与上年同期(法定披露数据)相比,将增加300万元-400万元。\n\
             2.净利润力争达到1000万元。\n"
        ),
        "800万元-900万元|归属于上市公司股东的净利润|-|-|level|forecast
300万元-400万元|归属于上市公司股东的净利润|-|-|change|forecast
1000万元|净利润|-|-|level|target"
    );
}

/// A figure at the very start of the text has nothing before it: the test
/// for a share written after its whole and 的 must not reach before byte 0
/// (found by the `facts` fuzz target: `近二成人月薪低于 1000 元`, a subtraction
/// below zero in debug builds).
#[test]
fn figure_at_the_start_of_the_text() {
    assert_eq!(
        show("近二成人月薪低于 1000 元"),
        "近二成|人月薪|-|-|share|actual
低于 1000 元|人月薪|-|-|level|actual"
    );
}

/// A place alone inside a 其中 aside after a figure is the part's subject
/// and the indicator is the one before; so is the indicator of a plan's
/// task before a percent done (`完成全年任务的27%`).
#[test]
fn aside_places_and_task_rates() {
    assert_eq!(
        show("截至5月10日,全省新建充电桩1200个(其中甲市300个、乙县150个)。"),
        "1200个|新建充电桩|全省|5月10日|level|actual
300个|新建充电桩|甲市|5月10日|level|actual
150个|新建充电桩|乙县|5月10日|level|actual"
    );
    assert_eq!(
        show("1-4月,全区建成农村公路86公里,完成全年任务的43%。"),
        "86公里|农村公路|全区|1-4月|level|actual
43%|农村公路|全区|1-4月|level|actual"
    );
}

/// Verbs of a level reached (跨越, 冲刺, 提至) and of work done before
/// their object (引育, 培养, 筹建) are no part of a metric; 历史性 before a
/// verb is a filler.
#[test]
fn reach_and_work_verbs_left_out() {
    assert_eq!(
        show("全年完成投资1800亿元,历史性跨越1500亿元大关。"),
        "1800亿元|投资|-|-|level|actual
1500亿元|投资|-|-|level|actual"
    );
    assert_eq!(
        show("甲县引育高层次人才500名,培养乡村工匠300名,筹建人才公寓2000套。"),
        "500名|高层次人才|甲县|-|level|actual
300名|乡村工匠|甲县|-|level|actual
2000套|人才公寓|甲县|-|level|actual"
    );
}

#[test]
fn items_numbered_with_two_digits_under_a_plan_list_are_targets() {
    // A heading naming the year's 实事项目, then items `01 `…`10 `: the
    // plan's items (the item number is no part of the metric). The item
    // number `10` itself is left to the entity layer: only the figures
    // with units are read here.
    let t = "2024年某县民生实事项目\n01 新建社区食堂8个;改造老旧小区12个。\n02 新增托育托位200个。\n10 新增公共停车位300个。\n";
    let got: Vec<String> = show(t)
        .lines()
        .filter(|l| !l.starts_with("10|"))
        .map(String::from)
        .collect();
    assert_eq!(
        got,
        [
            "8个|新建社区食堂|-|-|level|target",
            "12个|改造老旧小区|-|-|level|target",
            "200个|新增托育托位|-|-|level|target",
            "300个|新增公共停车位|-|-|level|target",
        ]
    );
    // The same items under a heading of work reviewed stay actual.
    assert_eq!(
        show("2023年某县民生工作回顾\n01 新建社区食堂8个。\n02 新增托育托位200个。\n"),
        "8个|新建社区食堂|-|-|level|actual\n200个|新增托育托位|-|-|level|actual"
    );
}

#[test]
fn label_whose_value_names_goals_is_a_goal_title() {
    // `关键词:主要预期目标`: a digest's subhead, the goal title after the
    // label; the paragraph under it gives targets.
    let text = "关键词:主要预期目标\n全市生产总值增长6%左右,城镇新增就业3万人。\n关键词:民生\n去年全市居民人均可支配收入增长5.1%。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.5)).collect();
    assert_eq!(
        got,
        [
            ("6%左右".to_string(), "target"),
            ("3万人".to_string(), "target"),
            ("5.1%".to_string(), "actual"),
        ]
    );
    // A label and any other value (`关键词:民生`) is no goal title.
    let r = rows("关键词:民生\n全市城镇新增就业3万人。");
    assert_eq!(r[0].5, "actual");
}

#[test]
fn year_plan_named_is_no_goal() {
    // 年度计划 names the year's plan of the projects listed: its figures
    // and the completion reported against it are actual, and 完成 after
    // the plan's name stays in the metric.
    let text =
        "2024年全县确定重点项目80个,年度计划完成投资120.5亿元,截至6月底已完成年度计划的55.2%。";
    let got: Vec<_> = rows(text)
        .into_iter()
        .map(|x| (x.0, x.1, x.4, x.5))
        .collect();
    let want = [
        ("80个", "重点项目", "level", "actual"),
        ("120.5亿元", "年度计划完成投资", "level", "actual"),
        ("55.2%", "年度计划完成投资", "level", "actual"),
    ];
    assert_eq!(
        got,
        want.map(|(a, b, c, d)| (a.to_string(), b.to_string(), c, d))
    );
    // 计划 as a verb of the year is still a goal.
    let r = rows("今年全县计划完成投资130亿元。");
    assert_eq!((r[0].1.as_str(), r[0].5), ("投资", "target"));
}

#[test]
fn sentence_opened_by_the_compared_period_gives_its_values() {
    // 上年同期 opening the metric's words: the compared period's values, to
    // the sentence's end, levels with no time (not the paragraph's 2024年);
    // the metric the words after it.
    let text = "公司预计2024年实现净利润为2.75亿元。\n业绩增长主要由于2024年产品价格上涨。上年同期归属于股东的净利润为7,388.72万元,扣除非经常性损益的净利润为7,259.07万元。";
    let got: Vec<_> = rows(text)
        .into_iter()
        .map(|x| (x.0, x.1, x.3, x.4, x.5))
        .collect();
    let want = [
        ("2.75亿元", "净利润", "2024年", "level", "forecast"),
        ("7,388.72万元", "归属于股东的净利润", "-", "level", "actual"),
        (
            "7,259.07万元",
            "扣除非经常性损益的净利润",
            "-",
            "level",
            "actual",
        ),
    ];
    assert_eq!(
        got,
        want.map(|(a, b, c, d, e)| (a.to_string(), b.to_string(), c.to_string(), d, e))
    );
}

#[test]
fn a_detail_sentence_keeps_the_forecast_and_its_time() {
    assert_eq!(
        show("上半年,新签约项目12个。据市统计局预测,今年上半年全市主要指标均增长10%以上。其中,工业产值320.5亿元,同比增长12.1%。"),
        "12个|新签约项目|-|上半年|level|actual\n\
         10%以上|主要指标|全市|今年上半年|change|forecast\n\
         320.5亿元|工业产值|-|今年上半年|level|forecast\n\
         12.1%|工业产值|-|今年上半年|change|forecast"
    );
}

#[test]
fn the_compared_periods_value_in_a_bracket_is_actual_and_undated() {
    assert_eq!(
        show("公司预计2024年实现净利润为5000万元,与上年同期(法定披露数据:约1.2亿元)相比,将减少约7000万元。"),
        "5000万元|净利润|公司|2024年|level|forecast\n\
         约1.2亿元|净利润|公司|-|level|actual\n\
         约7000万元|净利润|公司|2024年|change|forecast"
    );
}

#[test]
fn a_yearly_indicator_takes_no_part_of_the_year() {
    assert_eq!(
        show("前三季度,全区新开工项目20个,向年度工业产值超500亿元的目标迈进。"),
        "20个|新开工项目|全区|前三季度|level|actual\n超500亿元|年度工业产值|全区|-|level|target"
    );
    assert_eq!(
        show("第四季度,新工厂投产,年产值预计超过80亿元。"),
        "超过80亿元|年产值|-|-|level|forecast"
    );
    // A yearly average (年均) is no such indicator.
    assert_eq!(
        show("1-9月,年均工资为8.5万元。"),
        "8.5万元|年均工资|-|1-9月|level|actual"
    );
}

#[test]
fn cited_title_gives_no_cue_and_no_time() {
    // 目标 inside 《…目标纲要》 is part of the title's name, and the plan
    // period inside 《“十四五”…规划》 the title's: the count is actual, of
    // the day the sentence opens with.
    let text = "为贯彻《国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,6月8日,某部发布了《“十四五”数字经济发展规划》等两个产业规划。";
    let r = rows(text);
    assert_eq!(r.len(), 1);
    assert_eq!(
        (r[0].0.as_str(), r[0].3.as_str(), r[0].5),
        ("两个", "6月8日", "actual")
    );
    // Outside a title the goal word is still a cue.
    let r = rows("为贯彻国民经济和社会发展远景目标纲要,6月8日,某部发布了两个产业规划。");
    assert_eq!(r[0].5, "target");
    // With no other time, the title's period dates nothing.
    let r = rows("某部发布了《“十四五”数字经济发展规划》等两个产业规划。");
    assert_eq!((r[0].3.as_str(), r[0].5), ("-", "actual"));
}

#[test]
fn compound_growth_rate_is_a_change_of_the_indicator_before() {
    // 复合 (compound) is a filler of a growth noun as 年均: 复合增长率 alone
    // names no indicator, the rate is a change of the one before; a clause
    // of nouns linked by 的 before the figure's clause is that indicator
    // whole.
    let text = "据预测,全国数据市场的IT投资规模,有望在2025年超过3500亿元,2021-2025年的复合增长率约为12.8%。软件市场支出将逐年提升,五年复合增长率达到26.7%。";
    let got: Vec<_> = rows(text)
        .into_iter()
        .map(|x| (x.0, x.1, x.3, x.4))
        .collect();
    let want = [
        ("超过3500亿元", "数据市场的IT投资规模", "2025年", "level"),
        ("12.8%", "数据市场的IT投资规模", "2021-2025年", "change"),
        ("26.7%", "软件市场支出", "2025年", "change"),
    ];
    assert_eq!(
        got,
        want.map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d))
    );
}

#[test]
fn an_outline_marker_is_no_part_of_a_label_before_a_colon() {
    assert_eq!(
        show("二、上年同期经营业绩\n(一)营业收入:5231.20万元。\n(二)每股收益:0.08元。"),
        "5231.20万元|营业收入|-|-|level|actual\n0.08元|每股收益|-|-|level|actual"
    );
    let r = rows("3.原油单位换算关系:1吨约等于7.3桶。");
    assert_eq!(
        (r[0].0.as_str(), r[0].1.as_str()),
        ("1吨", "原油单位换算关系")
    );
}

#[test]
fn thresholds_of_a_bare_number_and_of_a_quantity_are_actual_in_a_plan() {
    let r = rows("力争今年引进一批50亿以上重大项目,每个园区建成至少2个300亩以上标准化厂房片区。");
    let got: Vec<_> = r.iter().map(|x| (x.0.as_str(), x.5)).collect();
    assert_eq!(
        got,
        [
            ("50亿以上", "actual"),
            ("至少2个", "target"),
            ("300亩以上", "actual")
        ]
    );
    // A part written in words is no threshold.
    let r = rows("力争到2025年半数以上农村家庭用户带宽达到100Mbps。");
    assert_eq!((r[0].0.as_str(), r[0].5), ("半数以上", "target"));
}

#[test]
fn a_number_of_major_actions_describes_the_plan() {
    let r = rows("力争今年实施八大行动,建成五大产业基地。");
    let got: Vec<_> = r
        .iter()
        .map(|x| (x.0.as_str(), x.1.as_str(), x.5))
        .collect();
    assert_eq!(
        got,
        [("八大", "行动", "actual"), ("五大", "产业基地", "target")]
    );
    // A number naming the size of an action is no count of its parts.
    let r = rows("力争今年开展十万人才培育行动。");
    assert_eq!((r[0].0.as_str(), r[0].5), ("十万", "target"));
}

#[test]
fn a_verb_of_work_done_is_not_cut_to_the_rank_word_at_its_end() {
    // 排 is a rank word, but here the tail of 安排: no 安 is left as the
    // indicator.
    assert_eq!(show("全年共安排35项。"), "35项|-|-|-|level|actual");
    assert_eq!(
        show("全省共安排重点项目35项。"),
        "35项|重点项目|全省|-|level|actual"
    );
}

#[test]
fn the_years_plan_completed_is_dated_by_the_period() {
    // 年度计划 names the plan whose completion is reported: the progress is
    // the half year's; 年产值 is a whole year's indicator, undated by a part.
    assert_eq!(
        show(
            "上半年,全市年度计划完成投资410.1亿元,完成年度计划的50.4%。前三季度,全市年产值超过200亿元。"
        ),
        "410.1亿元|年度计划完成投资|全市|上半年|level|actual
50.4%|年度计划完成投资|全市|上半年|level|actual
超过200亿元|年产值|全市|-|level|actual"
    );
}

#[test]
fn a_figure_over_the_plan_is_a_reported_change() {
    assert_eq!(
        show("今年新开工项目30个,超过目标5个。\n■ 建成20项,超计划4项\n"),
        "30个|新开工项目|-|今年|level|actual\n\
         5个|新开工项目|-|今年|change|actual\n\
         20项|建成|-|-|level|actual\n\
         4项|建成|-|-|change|actual"
    );
    // A plan's own figure is no difference from it.
    assert_eq!(rows("计划新开工项目30个。")[0].5, "target");
}

#[test]
fn a_task_of_a_task_list_announced_by_a_colon_sets_targets() {
    let r = rows("清单中第15项工作任务为:推进城市更新。新建公租房2万套,改造老旧小区300个。");
    let got: Vec<_> = r.iter().map(|x| (x.0.as_str(), x.5)).collect();
    assert_eq!(got, [("2万套", "target"), ("300个", "target")]);
    // Work reported done under such a colon stays actual.
    let r = rows("第15项工作任务已完成:新建公租房2万套。");
    assert_eq!((r[0].0.as_str(), r[0].5), ("2万套", "actual"));
}

#[test]
fn a_paragraph_opened_by_tongshi_under_goals_adds_goals() {
    let text = "到2025年,全县地区生产总值突破200亿元。\n\n同时,城区常住人口达到15万人,城镇化率达到50%以上。";
    let r = rows(text);
    let got: Vec<_> = r
        .iter()
        .map(|x| (x.0.as_str(), x.3.as_str(), x.5))
        .collect();
    assert_eq!(
        got,
        [
            ("200亿元", "2025年", "target"),
            ("15万人", "-", "target"),
            ("50%以上", "-", "target")
        ]
    );
    // Under reported figures it reports too.
    let r = rows("2022年,全县地区生产总值150亿元。\n\n同时,城区常住人口达到12万人。");
    assert_eq!((r[1].0.as_str(), r[1].5), ("12万人", "actual"));
}

/// Words that name only work done or begun (新开工, 重点养护, 完成改造) are
/// no metric: the figure is of the object of the verb before it in the
/// sentence, a verb of creation opening that left out, else of the project
/// named by the clause opening the sentence or list item.
#[test]
fn work_words_alone_name_no_metric() {
    assert_eq!(
        show("二是实施绿道工程,新建绿道120公里,重点养护80公里。五是实施老旧小区改造工程,完成改造56个。"),
        "120公里|新建绿道|-|-|level|actual
80公里|绿道|-|-|level|actual
56个|老旧小区改造工程|-|-|level|actual"
    );
    // A list item numbered with two digits; the second figure takes the
    // first one's project.
    assert_eq!(
        show("07 推进城市道路照明建设,新开工12条,完工9条。"),
        "12条|城市道路照明建设|-|-|level|actual
9条|城市道路照明建设|-|-|level|actual"
    );
    // The object of the work before, in the same unit only (not the rank
    // between them).
    assert_eq!(
        rows("全市新开工充电桩420台(其中海淀区80台、朝阳区60台),开工数量居全省第二;新完工310台。")
            .iter()
            .map(|r| (r.0.as_str(), r.1.as_str()))
            .collect::<Vec<_>>(),
        [
            ("420台", "新开工充电桩"),
            ("80台", "新开工充电桩"),
            ("60台", "新开工充电桩"),
            ("全省第二", "开工数量"),
            ("310台", "充电桩")
        ]
    );
    // A metric with no verb before its object is a parallel item of its
    // own, no object to carry; the noun a count counts is one.
    assert_eq!(
        show("今年安排的60个项目中,已备案52个,已开工48个。"),
        "60个|项目|-|今年|level|actual
52个|备案|-|今年|level|actual
48个|开工|-|今年|level|actual"
    );
    assert_eq!(
        show("3.计划实施80个老旧小区改造项目,开工建设70个。"),
        "80个|老旧小区改造项目|-|-|level|target
70个|老旧小区改造项目|-|-|level|target"
    );
    // With nothing named before, the words stay.
    assert_eq!(
        show("■ 新开工45项,超计划10项"),
        "45项|新开工|-|-|level|actual
10项|新开工|-|-|change|actual"
    );
}

/// A conjunction of concession opening the words (虽) is no metric; a
/// body's own level alone (县本级) is the subject of the indicator before,
/// and part of the name before a noun (市本级收入).
#[test]
fn conjunction_and_level_words_name_no_metric() {
    assert_eq!(
        show("乙市生产总值为1200.5亿元,虽同比下降2.1%。"),
        "1200.5亿元|生产总值|乙市|-|level|actual
2.1%|生产总值|乙市|-|change|actual"
    );
    assert_eq!(
        show("全年实现地区生产总值520.3亿元,比上年增长6.1%,其中县本级310.2亿元,比上年增长7.4%。"),
        "520.3亿元|地区生产总值|-|-|level|actual
6.1%|地区生产总值|-|-|change|actual
310.2亿元|地区生产总值|县本级|-|level|actual
7.4%|地区生产总值|县本级|-|change|actual"
    );
    assert_eq!(
        rows("全市一般公共预算收入300.1亿元,增长2.5%。其中:市本级收入120.4亿元,增长1.2%。")[2].1,
        "市本级收入"
    );
}

/// A level word of a ranking after a figure (方阵) is a milestone, no
/// counted thing; a count right before a threshold of size counts the noun
/// the threshold qualifies, a quoted name in it kept whole.
#[test]
fn milestone_rank_word_and_threshold_noun() {
    assert_eq!(
        show("乙区冲刺制造业千亿级方阵"),
        "千亿级|制造业|乙区|-|level|actual"
    );
    let r = rows("每个乡镇至少建设1个200亩以上“稻渔综合种养”基地");
    assert_eq!(
        r.iter()
            .map(|r| (r.0.as_str(), r.1.as_str()))
            .collect::<Vec<_>>(),
        [
            ("1个", "“稻渔综合种养”基地"),
            ("200亩以上", "“稻渔综合种养”基地")
        ]
    );
}

#[test]
fn a_colon_naming_a_later_years_indicators_leads_their_goals() {
    // The text reviews 2031; the lead names 2032's indicators and a colon:
    // the list after it, on the line and on its own lines, holds goals.
    let text = "2031年,全县经济运行稳中有进。\n\
                县长在报告中提出了2032年全县主要指标安排,具体为:地区生产总值增长6%左右;\
                一般公共预算收入增长5%;新增城镇就业1.2万人。";
    let r = rows(text);
    let got: Vec<_> = r
        .iter()
        .map(|x| (x.0.as_str(), x.1.as_str(), x.3.as_str(), x.5))
        .collect();
    assert_eq!(
        got,
        [
            ("6%左右", "地区生产总值", "2032年", "target"),
            ("5%", "一般公共预算收入", "2032年", "target"),
            ("1.2万人", "新增城镇就业", "2032年", "target"),
        ]
    );
    let listed = text.replace("具体为:", "具体为:\n").replace(';', "。\n");
    let got = statuses(&listed);
    assert!(got.iter().all(|x| x.1 == "target"), "{got:?}");
    // The year the text reviewed is no year to come.
    let got = statuses(&text.replace("2032年", "2031年"));
    assert!(got.iter().all(|x| x.1 == "actual"), "{got:?}");
    // Nor is a later year's review (完成情况).
    let got = statuses(&text.replace("指标安排", "指标完成情况"));
    assert!(got.iter().all(|x| x.1 == "actual"), "{got:?}");
    // A year of a cited title is none the text reviewed.
    let titled = "2031年全县经济平稳。县长作了《2031年计划执行情况与2032年计划草案的报告》。\n\
                  2032年全县主要指标如下:地区生产总值增长6%。";
    assert_eq!(statuses(titled), [("6%".to_string(), "target")]);
}

#[test]
fn a_word_of_reaching_before_a_plan_items_figure_reports_nothing_done() {
    // 达 right before each figure sets the level planned (the items of a
    // list of 实事); 已 or a 累计 not right before the figure reports
    // work done.
    let text = "报告明确,全县扎实办好“八件民生实事”。\n(一)\n\
                开展技能培训1万人次,乡镇服务站覆盖率达100%,村级覆盖率达80%左右。\n";
    assert_eq!(
        statuses(text),
        pairs(&[
            ("1万人次", "target"),
            ("100%", "target"),
            ("80%左右", "target")
        ])
    );
    let got = statuses(&text.replace("覆盖率达100%", "覆盖率已达100%"));
    assert_eq!(got[1], ("100%".to_string(), "actual"), "{got:?}");
    let got = statuses(&text.replace("开展技能培训", "累计开展技能培训"));
    assert_eq!(got[0], ("1万人次".to_string(), "actual"), "{got:?}");
}

#[test]
fn a_caption_line_of_figures_takes_the_status_of_the_paragraph_under_it() {
    // Short lines of bare figures above the paragraphs that give them:
    // each takes the status of the same value below (a goal here).
    let text = "某市发布规划纲要。\n\
                7%、400万人\n\
                到2030年,全市常住人口达到400万人,地区生产总值年均增长7%以上。\n\
                3000亿\n\
                到2030年,全市装备制造产业营业收入达到3000亿元。\n";
    let got = statuses(text);
    assert_eq!(
        got,
        pairs(&[
            ("7%", "target"),
            ("400万人", "target"),
            ("400万人", "target"),
            ("7%以上", "target"),
            ("3000亿", "target"),
            ("3000亿元", "target"),
        ])
    );
    // Above a paragraph of results the captions stay actual; a value the
    // paragraph does not give keeps its own status.
    let got = statuses(
        &text
            .replace("到2030年", "2029年")
            .replace("400万人,", "390万人,"),
    );
    assert!(got.iter().all(|x| x.1 == "actual"), "{got:?}");
    let got = statuses(&text.replace("7%、400万人", "9%、400万人"));
    assert_eq!(got[0], ("9%".to_string(), "actual"), "{got:?}");
    assert_eq!(got[1], ("400万人".to_string(), "target"), "{got:?}");
}

#[test]
fn a_goal_colon_closing_a_line_reaches_the_long_line_under_it() {
    // The goals written in one long paragraph right under the lead.
    let text = "规划提出“十五五”时期的主要目标:\n\
                经济发展迈上新台阶,地区生产总值年均增长5.5%左右,研发经费投入强度达到3%,\
                城乡居民收入稳步增长,生态环境持续改善,民生福祉不断增进,治理能力明显提升。\n\
                全市上年地区生产总值增长5.1%。\n";
    let got = statuses(text);
    assert_eq!(
        got,
        pairs(&[("5.5%左右", "target"), ("3%", "target"), ("5.1%", "actual")])
    );
    // A lead reporting (情况) reaches no long line.
    let got = statuses(&text.replace("规划提出“十五五”时期的主要目标", "现将有关目标情况报告如下"));
    assert!(got.iter().all(|x| x.1 == "actual"), "{got:?}");
}

#[test]
fn a_goal_noun_closing_a_figures_clause_makes_it_the_goals_value() {
    // 目标 right after the figure and its indicator: the goal's value,
    // over 预计 before it and in a sentence of results.
    let got = statuses("明年某省预计实现全省生产总值增长6%左右目标。");
    assert_eq!(got, pairs(&[("6%左右", "target")]));
    let got = statuses("全市聚焦五百亿级工业产值目标,做强制造业。前三季度,实现工业产值320亿元。");
    assert_eq!(got, pairs(&[("五百亿级", "target"), ("320亿元", "actual")]));
    // A clause going on past the goal noun does not close with it.
    let got = statuses("全市围绕五百亿级工业产值目标发力。");
    assert_eq!(got, pairs(&[("五百亿级", "actual")]));
    // A goal word that sets no status (目标任务) or stands past the
    // clause's end names no goal of the figure.
    let got = statuses("全市工业产值增长6%,超额完成目标。");
    assert_eq!(got, pairs(&[("6%", "actual")]));
    let got = statuses("全年新建学校12所目标任务全部完成。");
    assert_eq!(got, pairs(&[("12所", "actual")]));
}

#[test]
fn a_short_first_line_takes_the_status_of_the_same_figure_below() {
    // The headline repeats the forecast of the text: a forecast.
    let text = "某某科技:2031年净利预增40%到60%\n\
                某某科技公布业绩预告,预计2031年归属于上市公司股东的净利润同比增长40%到60%。";
    let got = statuses(text);
    assert_eq!(
        got,
        pairs(&[("40%到60%", "forecast"), ("40%到60%", "forecast")])
    );
    // A headline figure the text does not give again keeps its own
    // status; so does a long first line (no headline).
    let got = statuses(&text.replace("净利预增40%到60%", "净利预增30%到60%"));
    assert_eq!(got[0], ("30%到60%".to_string(), "actual"), "{got:?}");
    let long = text.replace(
        "某某科技:",
        "某某科技股份有限公司今日在上海证券交易所网站发布公告称,",
    );
    let got = statuses(&long);
    assert_eq!(got[0], ("40%到60%".to_string(), "actual"), "{got:?}");
}

/// Texts of cue words, quotation marks, separators and basis words, the
/// same each run (a linear congruential generator).
fn cue_texts(n: usize, pieces: usize) -> Vec<String> {
    const PIECES: &[&str] = &[
        "目标",
        "预期目标",
        "将",
        "“",
        "”",
        "\"",
        "，",
        "。",
        "\n",
        "低于",
        "同比",
        "控制在",
        "完成",
        "占",
        "《",
        "》",
        "增长",
        "的",
        "年度",
        "计划",
        "2023年",
        "5%",
        " ",
    ];
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    (0..n)
        .map(|_| {
            (0..pieces)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    PIECES[(seed >> 33) as usize % PIECES.len()]
                })
                .collect()
        })
        .collect()
}

#[test]
fn before_cue_reads_as_the_words_back_to_their_start() {
    let lex = lexicon::get();
    let (mut asked, mut held) = (0, [0; 4]);
    for text in cue_texts(150, 30) {
        let starts: Vec<usize> = text.char_indices().map(|(k, _)| k).step_by(7).collect();
        // Kept over the calls, as the pass keeps it (a call that starts
        // back reads again).
        let mut kept = HeldBasis::default();
        for from in starts {
            let mut before = BeforeCue::new(&text, from);
            for at in text[from..].char_indices().map(|(k, _)| from + k) {
                let speech = speech_open(&text, from).min(at);
                assert_eq!(
                    before.quoted(&text, at),
                    quoted(&text[speech..at]),
                    "quoted {text:?} {from}..{at}"
                );
                assert_eq!(
                    before.named(&text, at),
                    named(&text[from..at]),
                    "named {text:?} {from}..{at}"
                );
                assert_eq!(
                    before.basis(lex, &text, at, text.len()),
                    basis_in_clause(lex, &text, from, at),
                    "basis {text:?} {from}..{at}"
                );
                let cap = held_cap(lex, &text, at, "控制在");
                assert_eq!(
                    before.held_cap(lex, &text, at, "控制在", &mut kept),
                    cap,
                    "held_cap {text:?} {from}..{at}"
                );
                let answers = [
                    quoted(&text[speech..at]),
                    named(&text[from..at]),
                    basis_in_clause(lex, &text, from, at),
                    cap,
                ];
                for (n, yes) in answers.into_iter().enumerate() {
                    held[n] += usize::from(yes);
                }
                asked += 1;
            }
        }
    }
    // Each test both holds and fails many times.
    assert!(asked > 10_000, "{asked}");
    assert!(
        held.iter().all(|&n| n > 500 && n < asked - 500),
        "{held:?} of {asked}"
    );
}

#[test]
fn long_runs_of_cues_before_a_figure_read_once() {
    // Each goal word, marker of the future or cap used to read the words
    // back to its sentence's start: 240 KB of 目标 took 7 s. A long run
    // gives the figure of a short one, with the same status.
    let short = [("目标", "target"), ("将", "target"), ("控制在", "target")];
    for (unit, status) in short {
        let text = format!("{}增长5%。", unit.repeat(3));
        assert_eq!(
            rows(&text),
            [(
                "5%".into(),
                "-".into(),
                "-".into(),
                "-".into(),
                "change",
                status
            )],
            "{text}"
        );
        let long = format!("{}增长5%。", unit.repeat(20_000));
        let facts = Extractor::default().facts(&long);
        assert_eq!(facts.len(), 1, "{unit}");
        assert_eq!(facts[0].figure.text(&long), "5%");
        assert_eq!(facts[0].figure.span.start, long.len() - "5%。".len());
        assert_eq!(facts[0].status.as_str(), status, "{unit}");
    }
    // A sentence of dates: one fact per figure, none for the dates.
    let dates = format!("{}增长5%。", "2023年".repeat(20_000));
    let facts = Extractor::default().facts(&dates);
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0].figure.text(&dates), "5%");
}

/// A date inside what a figure continues (延续…态势) is compared with, no
/// time of the figure: the figures keep the time opening the paragraph, and
/// the indicator before the verb is theirs (增加值 ends no indicator).
#[test]
fn a_date_of_a_continued_trend_is_no_time() {
    assert_eq!(
        show("上半年,全省工业增加值延续3月份回升态势,同比增长6.2%,比全国高0.5个百分点。其中,轻工业增长6.5%。"),
        "6.2%|工业增加值|全省|上半年|change|actual
0.5个百分点|工业增加值|全省|上半年|change|actual
6.5%|轻工业|-|上半年|change|actual"
    );
}

/// A contribution (上拉, 下拉, 拉动) is of the paragraph's last change, past
/// the share and the contribution rate between; a share whose part is only
/// 总量 is a share of the indicator before.
#[test]
fn a_contribution_takes_the_last_change_and_zongliang_the_indicator() {
    assert_eq!(
        show("前三季度,乙县建筑业增加值增长8.1%,总量占全县生产总值的比重为12.5%,对全县经济增长的贡献率20.3%,上拉全县经济增速1.6个百分点;批发业增加值下降2.0%,对全县经济增长的贡献率-3.1%,下拉全县经济增速0.2个百分点。"),
        "8.1%|建筑业增加值|乙县|前三季度|change|actual
12.5%|建筑业增加值|乙县|前三季度|share|actual
20.3%|对全县经济增长的贡献率|乙县|前三季度|level|actual
1.6个百分点|建筑业增加值|乙县|前三季度|change|actual
2.0%|批发业增加值|乙县|前三季度|change|actual
-3.1%|对全县经济增长的贡献率|乙县|前三季度|level|actual
0.2个百分点|批发业增加值|乙县|前三季度|change|actual"
    );
}

/// A bare year glued before a half of the year, as a headline writes it,
/// dates the figure with that year; 片 counts wafers.
#[test]
fn a_bare_year_before_a_half_and_a_count_of_pian() {
    assert_eq!(
        show("甲省:2016上半年硅片产量有望超20亿片"),
        "超20亿片|硅片产量|甲省|2016上半年|level|forecast"
    );
}

/// A clause after a goal that reports the work done so far (已完成, 累计
/// 实现) is the completion, actual; the goal stays a target.
#[test]
fn work_done_after_a_goal_is_actual() {
    assert_eq!(
        show("2031年乙市新增储能装机目标为3.5GW,一季度已完成28%。"),
        "3.5GW|新增储能装机|乙市|2031年|level|target
28%|新增储能装机|乙市|一季度|level|actual"
    );
}

/// A count after 的有 tallies the things its words qualify: a comparison in
/// them qualifies, the count is a level (a plain comparison stays a change).
#[test]
fn a_tally_after_a_comparison_is_a_level() {
    let r = rows("全县在建项目中,产值增速高于全市平均水平的有12家,比上年多3家。");
    assert_eq!((r[0].0.as_str(), r[0].4), ("12家", "level"));
    assert_eq!((r[1].0.as_str(), r[1].4), ("3家", "change"));
}

/// The names listed before a verb of growth pair with the figures after
/// 分别, when a size class of the growth (两位数, 个位数) stands between
/// them and the verb or a growth noun alone before 分别; a sum word (合计)
/// goes with the verb of work done cut out of a metric.
#[test]
fn list_before_growth_verb_pairs_after_respectively() {
    assert_eq!(
        show(
            "重点行业合计完成增加值50.2亿元,增长3.5%。其中,纺织业、化工业保持两位数增长,\
             增速分别为12.3%、15.0%;钢铁业、建材业个位数增长,分别增长2.6%、1.5%。"
        ),
        "50.2亿元|重点行业增加值|-|-|level|actual
3.5%|重点行业增加值|-|-|change|actual
12.3%|纺织业|-|-|change|actual
15.0%|化工业|-|-|change|actual
2.6%|钢铁业|-|-|change|actual
1.5%|建材业|-|-|change|actual"
    );
}

/// A label closed by a colon names the figure without its copula and
/// after its time; a label naming only a change (变动值, 变动幅度, after a
/// comparison 与…同期相比) is no metric: the figure is a change of the
/// indicator before.
#[test]
fn colon_label_of_a_change_names_no_metric() {
    assert_eq!(
        show(
            "预计2023年1-9月归属于上市公司股东的净利润为:5000万元至6000万元,\
             与上年同期相比变动值为:-300万元至700万元,较上年同期相比变动幅度:-5.66%至13.21%。"
        ),
        "5000万元至6000万元|归属于上市公司股东的净利润|-|2023年1-9月|level|forecast
-300万元至700万元|归属于上市公司股东的净利润|-|2023年1-9月|change|forecast
-5.66%至13.21%|归属于上市公司股东的净利润|-|2023年1-9月|change|forecast"
    );
    // 与…同期相比: the comparison opens at 与, not at the 同 of 同期.
    assert_eq!(
        rows("营业收入为100万元,与上年同期相比增幅为5%。")[1].1,
        "营业收入"
    );
}

/// A count before a milestone noun (台阶) reached by a verb of change is
/// the level reached, of the clause's indicator; nouns linked by 的 in a
/// clause without figures run to the last 的 before a stop (所有者 is no
/// verb of report).
#[test]
fn milestone_after_change_verb_and_linked_nouns() {
    assert_eq!(
        show("甲省快递业务规模连续三年跃升100亿件台阶。"),
        "100亿件|快递业务规模|甲省|-|level|actual"
    );
    assert_eq!(
        rows("本期内,本公司归属于母公司所有者的扣除非经常性损益的净利润的同比增长率较高,同比增长幅度约12.5%到15.2%。")[0].1,
        "归属于母公司所有者的扣除非经常性损益的净利润"
    );
}

/// Kinds listed before a 在…的 qualifier share the head after the 的 under
/// 分别 (as the policy targets read them); 比例 closing a metric with no
/// whole written is a ratio, kept in the metric: a level.
#[test]
fn qualified_kinds_share_the_head_and_ratio_is_a_level() {
    assert_eq!(
        show(
            "到2030年底，本地花卉和乡土灌木在新建、改建街头绿地的种植比例分别达到70％、40％以上。"
        ),
        "70％|本地花卉种植比例|-|2030年底|level|target
40％以上|乡土灌木种植比例|-|2030年底|level|target"
    );
    assert_eq!(
        show("新建广场地下空间开发比例不超过40%。"),
        "不超过40%|新建广场地下空间开发比例|-|-|level|actual"
    );
    // With a share verb and its whole it stays a share.
    assert_eq!(
        show("第二产业占地区生产总值的比例为40%。"),
        "40%|第二产业|-|-|share|actual"
    );
}

/// 将 after a subject and a word of a time to come, in either order, is a
/// goal cue as after either alone.
#[test]
fn future_marker_after_subject_and_time_word() {
    assert_eq!(
        show("甲县今年将办好八件民生实事"),
        "八件|民生实事|甲县|今年|level|target"
    );
    assert_eq!(
        show("今年乙区将新增停车位800个。"),
        "800个|新增停车位|乙区|今年|level|target"
    );
}

/// A quoted name whose words a plus joins opens the counted thing after a
/// count with no noun of its own.
#[test]
fn quoted_name_with_plus_is_the_counted_thing() {
    assert_eq!(
        show("到2030年底，联动开展80场以上“景区+文体展”活动。"),
        "80场以上|“景区+文体展”活动|-|2030年底|level|target"
    );
}

#[test]
fn a_goal_word_opening_a_later_list_item_of_results_names_a_class() {
    // 计划 opening an item after `;` in a sentence of reported figures
    // names a class of the list's projects (beside 在建项目), no goal.
    let text = "2031年甲县重点项目共300项,1-6月累计完成投资80亿元,其中:在建项目100项,\
                总投资900亿元;计划新开工项目120项,总投资300亿元;预备项目80项,总投资200亿元。";
    let got = statuses(text);
    assert!(got.iter().all(|(_, s)| *s == "actual"), "{got:?}");
    assert_eq!(got.len(), 8, "{got:?}");
    // 计划 as a verb opening the sentence, or after a plain clause, is a goal.
    let got = statuses("明年计划新开工项目15个,总投资30亿元。");
    assert_eq!(got, pairs(&[("15个", "target"), ("30亿元", "target")]));
}

#[test]
fn a_cue_inside_a_later_list_item_holds_for_that_item_only() {
    // 力争 inside the second item: that item's figures are targets, the
    // next item after `;` is read as the sentence was before it.
    let text = "2030年甲市工业产值增长5%;乙园区力争产值增长9%,税收增长6%;丙园区产值增长3%。";
    let got = statuses(text);
    assert_eq!(
        got,
        pairs(&[
            ("5%", "actual"),
            ("9%", "target"),
            ("6%", "target"),
            ("3%", "actual")
        ])
    );
    // A cue of the first item goes on over the whole list.
    let got = statuses("2031年甲市力争工业产值增长6%;税收增长5%;社会消费品零售总额增长4%。");
    assert!(got.iter().all(|(_, s)| *s == "target"), "{got:?}");
    // A forecast word goes on over the later items.
    let got =
        statuses("2030年甲市工业产值增长5%;居民人均可支配收入预计4.6万元;城镇登记失业率为2.3%。");
    assert_eq!(
        got[1..],
        pairs(&[("4.6万元", "forecast"), ("2.3%", "forecast")])[..]
    );
}

#[test]
fn a_goal_reference_closing_its_sentence_leads_no_work() {
    // `…提出上述目标。` says who set the goals: the previous year's results
    // after it stay actual.
    let text = "甲市:2031年GDP力争突破500亿元\n\
                2031年,甲市要实现GDP增长5%左右。\n\
                1月20日,甲市市长作政府工作报告时提出上述目标。\n\
                据悉,2030年,甲市完成GDP470.5亿元、同比增长2.2%。";
    let got = statuses(text);
    assert_eq!(
        got,
        pairs(&[
            ("500亿元", "target"),
            ("5%左右", "target"),
            ("470.5亿元", "actual"),
            ("2.2%", "actual")
        ])
    );
    // A reference followed by the work it leads still makes a plan.
    let text = "甲市要实现GDP增长5%左右。\n围绕上述目标,重点抓好以下工作。\n新建学校3所。";
    let got = statuses(text);
    assert_eq!(got.last(), Some(&("3所".to_string(), "target")), "{got:?}");
}

#[test]
fn long_sentences_of_figures_read_back_once() {
    // Each figure of a sentence read it back to its start: for a basis
    // word before a cap (控制在5%, 20,000 times took 7 s) and for an
    // aside's bracket before a per-capita metric (人均5元, 1 s). A long run
    // gives one fact per figure, with the answers of a short run.
    let runs = [
        ("控制在5%，", "5%", "target", "level"),
        ("人均5元，", "5元", "actual", "level"),
        ("增长5%，", "5%", "actual", "change"),
        ("占比5%，", "5%", "actual", "share"),
        ("分别为5%、", "5%", "actual", "level"),
    ];
    for (unit, figure, status, measure) in runs {
        let short = format!("{}。", unit.repeat(3));
        let long = format!("{}。", unit.repeat(20_000));
        let short_facts = Extractor::default().facts(&short);
        let long_facts = Extractor::default().facts(&long);
        assert_eq!(short_facts.len(), 3, "{unit}");
        assert_eq!(long_facts.len(), 20_000, "{unit}");
        let metric = |f: &Fact, text: &str| f.metric.as_ref().map(|m| m.text(text).to_string());
        for (k, f) in long_facts.iter().enumerate() {
            assert_eq!(f.figure.text(&long), figure, "{unit} {k}");
            assert_eq!(
                f.figure.span.start,
                k * unit.len() + unit.find(figure).unwrap()
            );
            assert_eq!(f.status.as_str(), status, "{unit} {k}");
            assert_eq!(f.measure.as_str(), measure, "{unit} {k}");
            let s = &short_facts[k.min(2)];
            assert_eq!(metric(f, &long), metric(s, &short), "{unit} {k}");
        }
    }
    // A basis word opening the sentence holds every cap after it (the
    // results reported), however many.
    for n in [3, 20_000] {
        let text = format!("2022年同比增长4.5%；{}。", "控制在3%，".repeat(n));
        let facts = Extractor::default().facts(&text);
        assert_eq!(facts.len(), n + 1);
        assert!(facts.iter().all(|f| f.status.as_str() == "actual"), "{n}");
    }
    // Under a forecast heading, 将 before a verb of change is the
    // forecast's expectation: each figure read its cues back to the
    // sentence's start (20,000 figures took 2 s). Every figure of a long
    // run has the status of a short run's.
    let status = |n: usize| {
        let text = format!("（二）业绩预告情况\n{}。", "将增加5%，".repeat(n));
        let facts = Extractor::default().facts(&text);
        assert_eq!(facts.len(), n, "{n}");
        facts
            .iter()
            .map(|f| f.status.as_str().to_string())
            .collect::<Vec<_>>()
    };
    let short = status(3);
    assert!(short.iter().all(|s| s == "forecast"), "{short:?}");
    assert!(status(20_000).iter().all(|s| *s == short[0]));
}

#[test]
fn outline_headings_right_under_a_plan_colon_group_its_items() {
    // The lead names a plan and closes with a colon; its items come in an
    // outline of their own (`一、` groups, `(一)` items): all targets, of
    // no time of the cited plan's title.
    let text = "《2031年县政府民生实事安排》的主要内容是:\n\
                一、改善群众出行\n\
                (一)新增公交车50辆\n\
                (二)实施道路改造工程\n\
                二、提升农村条件\n\
                (一)建成农村公路30公里\n";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.3, x.5)).collect();
    let want = [("50辆", "-", "target"), ("30公里", "-", "target")];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, b, c)| (a.to_string(), b.to_string(), c))
        .collect();
    assert_eq!(got, want);
    // An outline heading after a line of the list still closes it.
    let got = statuses("今年,甲区定下这些具体目标:\n建成道路25条\n二、工作回顾\n建成道路30条\n");
    assert_eq!(got, pairs(&[("25条", "target"), ("30条", "actual")]));
}

#[test]
fn reporting_clause_names_no_metric_and_a_compared_year_is_no_time() {
    // A reporting clause opens the sentence: the indicator is the object
    // of the verb of work done after the subject; a year inside the
    // comparison opening a clause is its basis, never the time carried on.
    let text = "近日,本报从县统计局了解到,今年1-6月,我县完成社会消费品零售总额创历史新高,\
                达到12.5亿元,同比增长8.1%;比我县历史上最高的2021年增长3.2%。\
                其中:完成网络零售额2.3亿元。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1, x.3)).collect();
    // (The compared figure keeps the metric carried: the words from 比 to
    // the compared year are its comparison.)
    let want = [
        ("12.5亿元", "社会消费品零售总额", "今年1-6月"),
        ("8.1%", "社会消费品零售总额", "今年1-6月"),
        ("3.2%", "社会消费品零售总额", "今年1-6月"),
        ("2.3亿元", "网络零售额", "今年1-6月"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);
    // 据…介绍 opens a reporting clause too.
    let text = "据市统计局介绍,全市完成固定资产投资创历史新高,达到80亿元。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1)).collect();
    assert_eq!(got, [("80亿元".to_string(), "固定资产投资".to_string())]);
}

#[test]
fn count_of_tiers_of_government_is_actual_in_a_plan() {
    // A count of 级 after the levels it totals names the tiers that act:
    // no goal, though the sentence plans (力争, 将); the figures of the
    // plan around it keep their status.
    let text = "今年,省、市、县三级力争实现地区生产总值增长6%以上。\
                下一步,我市将推动市、区两级新建公园12个。";
    assert_eq!(
        statuses(text),
        pairs(&[
            ("三级", "actual"),
            ("6%以上", "target"),
            ("两级", "actual"),
            ("12个", "target"),
        ])
    );
    // It measures no indicator: no metric (not the noun after it).
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1)).collect();
    assert_eq!(got[2], ("两级".to_string(), "-".to_string()));
    assert_eq!(got[1], ("6%以上".to_string(), "地区生产总值".to_string()));
    // A magnitude in digits is no tier: it keeps its noun and the plan.
    let text = "下一步,我市将确保新建学校抗震设防达到8级地震标准。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.5)).collect();
    assert_eq!(got, [("8级".to_string(), "target")]);
}

#[test]
fn change_in_points_after_a_share_opened_by_its_verb_measures_the_share() {
    // The share's part named clauses before (`非税收入…,占…比重达`): a
    // change in points after it has the share's phrase from its verb.
    let text = "非税收入3.2亿元,下降5.1%,占一般公共预算收入比重为21.4%,比上年回落1.3个百分点。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1, x.4)).collect();
    let want = [
        ("3.2亿元", "非税收入", "level"),
        ("5.1%", "非税收入", "change"),
        ("21.4%", "非税收入", "share"),
        ("1.3个百分点", "占一般公共预算收入比重", "change"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, b, c)| (a.to_string(), b.to_string(), c))
        .collect();
    assert_eq!(got, want);
    // A share word of the change's own still builds on the indicator
    // before (`比重较上年提升` → 非税收入比重); a rate in percent after the
    // share is no change of it.
    let text = "非税收入3.2亿元,占一般公共预算收入的比重为21.4%,比重较上年提升1.3个百分点。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1)).collect();
    assert_eq!(
        got[2],
        ("1.3个百分点".to_string(), "非税收入比重".to_string())
    );
    let text = "非税收入3.2亿元,占一般公共预算收入比重为21.4%,同比增长4.0%。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1)).collect();
    assert_eq!(got[2], ("4.0%".to_string(), "非税收入".to_string()));
}

#[test]
fn words_from_bi_to_a_compared_time_are_a_comparison() {
    // `比…最高的2019年增长`: the compared value named with its time is a
    // comparison, however long; the metric is the one carried.
    let text = "1-9月,全县完成社会消费品零售总额46.2亿元,同比增长8.3%,\
                比全县历史上完成零售总额最多的2021年同期增长5.2%,比上年增长6.0%。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1, x.4)).collect();
    let want = [
        ("46.2亿元", "社会消费品零售总额", "level"),
        ("8.3%", "社会消费品零售总额", "change"),
        ("5.2%", "社会消费品零售总额", "change"),
        ("6.0%", "社会消费品零售总额", "change"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, b, c)| (a.to_string(), b.to_string(), c))
        .collect();
    assert_eq!(got, want);
    // A word of difference after the time too (`比…的2020年高`).
    let text = "全县粮食总产量52.1万吨,比产量最高的2020年多1.4万吨。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1)).collect();
    assert_eq!(got[1], ("1.4万吨".to_string(), "粮食总产量".to_string()));
}

#[test]
fn a_reason_right_after_a_figure_is_no_counted_thing() {
    // `上升13.7%主要原因是,…`: the reason names no metric; the figure
    // keeps the indicator written before it.
    for text in [
        "本期公司营业收入同比上升12.60%主要原因是,一方面销量上升。",
        "本期公司营业成本同比下降3.20%原因是原材料价格回落。",
    ] {
        let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1, x.4)).collect();
        let metric = if text.contains("收入") {
            "营业收入"
        } else {
            "营业成本"
        };
        assert_eq!(got.len(), 1, "{text}");
        assert_eq!((got[0].1.as_str(), got[0].2), (metric, "change"), "{text}");
    }
}

#[test]
fn a_rate_of_the_things_just_counted_is_of_the_indicator_changed_before() {
    // `其中86家公司预计增幅超过80%`: the counted noun is the rate's subject,
    // no indicator; the rate is of the last indicator changed.
    let text = "共有210家公司预计全年营业收入同比增幅超过30%,其中86家公司预计增幅超过80%。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1, x.4)).collect();
    let want = [
        ("210家", "公司", "level"),
        ("超过30%", "营业收入", "change"),
        ("86家", "公司", "level"),
        ("超过80%", "营业收入", "change"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, b, c)| (a.to_string(), b.to_string(), c))
        .collect();
    assert_eq!(got, want);
    // A growth of the count itself, in its own clause, keeps the noun.
    let text = "新增高新技术企业560家,增长47%。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1)).collect();
    assert_eq!(got[1], ("47%".to_string(), "新增高新技术企业".to_string()));
}

#[test]
fn the_compared_period_in_a_forecast_is_actual_and_a_per_unit_tail_no_metric() {
    // `上年同期亏损/盈利…` inside a forecast sentence: the value of the
    // period compared, reported (actual), undated, of the item's metric.
    let text = "2025年前三季度,营业收入预计为8.6亿元至9.4亿元,上年同期为7.25亿元;\
                基本每股收益预计亏损0.21元/股至0.35元/股,上年同期亏损0.48元/股。";
    let got: Vec<_> = rows(text)
        .into_iter()
        .map(|x| format!("{}|{}|{}|{}", x.0, x.1, x.3, x.5))
        .collect();
    assert_eq!(
        got,
        [
            "8.6亿元至9.4亿元|营业收入|2025年前三季度|forecast",
            "7.25亿元|营业收入|-|actual",
            "0.21元|基本每股收益|2025年前三季度|forecast",
            "0.35元|基本每股收益|2025年前三季度|forecast",
            "0.48元|基本每股收益|-|actual",
        ]
    );
    // A slash that is no unit's tail still leaves the words after it.
    let text = "2025年,公司营业收入预计为8.6亿元/净利润预计为1.2亿元。";
    let got: Vec<_> = rows(text).into_iter().map(|x| x.1).collect();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0], "营业收入");
    assert!(got[1].ends_with("净利润"), "{got:?}");
}

#[test]
fn items_enumerated_after_a_plan_colon_on_its_line_are_targets() {
    // The colon of a plan's sentence is followed on its line by the first
    // item (`:一是…`); the lines opened by the next items are the plan's
    // too, up to a line opened by no item.
    let text = "2031年,我们将从以下方面开展工作:一是改善出行。新增公交车50辆。\n\
                二是提升教育。建成学校3所。\n\
                三是保障就业。新增城镇就业800人。\n\
                全县去年建成道路12条。\n";
    assert_eq!(
        statuses(text),
        pairs(&[
            ("50辆", "target"),
            ("3所", "target"),
            ("800人", "target"),
            ("12条", "actual"),
        ])
    );
    // A colon that announces work done leads no plan.
    let text = "去年,全县主要做了以下工作:一是改善出行。新增公交车50辆。\n\
                二是提升教育。建成学校3所。\n";
    assert_eq!(
        statuses(text),
        pairs(&[("50辆", "actual"), ("3所", "actual")])
    );
}

#[test]
fn h44_one_character_items_share_the_rest_of_the_last() {
    // Items of one character before the last are a word cut short: they
    // take everything after the last item's first character, not the
    // known head alone (中企业).
    assert_eq!(
        show("中、小型企业分别增长0.2%和1.9%。"),
        "0.2%|中型企业|-|-|change|actual
1.9%|小型企业|-|-|change|actual"
    );
    assert_eq!(
        show("大、中型企业分别增长0.2%和1.9%。"),
        "0.2%|大型企业|-|-|change|actual
1.9%|中型企业|-|-|change|actual"
    );
}

#[test]
fn h44_a_scope_before_the_rank_verb_is_the_ranks() {
    // 全省 before 排名 is the rank's scope, as after it (排名全省第一位):
    // the ranked indicator is the one before, not 增速全省.
    assert_eq!(
        show("邢台市生产总值完成1002.33亿元,同比增长1.5%,增速全省排名第一位。")
            .lines()
            .last(),
        Some("第一位|生产总值|邢台市|-|rank|actual")
    );
}

#[test]
fn h44_a_record_after_a_figure_names_no_counted_thing() {
    // 创近几年新高 after the figure ends with a record's noun (新高): a
    // milestone, the metric is the words before the figure (with its 以
    // still: a filler 以 would cut 以下 elsewhere).
    let out = show("其中冬小麦总产量226.6万吨,单产以451公斤/亩创近几年新高。");
    let last = out.lines().last().unwrap();
    assert!(last.starts_with("451公斤/亩|单产"), "{last}");
    assert!(!last.contains("新高"), "{last}");
}

#[test]
fn opening_stop_finds_the_first_mark_within_its_characters() {
    // A clause separator after six Han characters (18 bytes).
    assert_eq!(super::opening_stop("全市生产总值，增长5%", 0, 24), Some(18));
    // A line break and a sentence end count; ASCII is stepped a byte.
    assert_eq!(super::opening_stop("GDP增长\n下一行", 0, 24), Some(9));
    assert_eq!(super::opening_stop("全年。", 0, 24), Some(6));
    // Read from `at`, the offset is from `at`.
    assert_eq!(super::opening_stop("一，二三，", 6, 24), Some(6));
    // None among the first `n` characters.
    assert_eq!(super::opening_stop("全市生产总值，", 0, 6), None);
    assert_eq!(super::opening_stop("全市生产总值", 0, 24), None);
}

#[test]
fn h45_goals_announced_for_years_to_come_are_spelled_out_below() {
    // A sentence without figures that names a span to come and closes
    // with its goal noun announces the goals: the sentences and lines
    // after it are targets.
    let out = show(
        "李应兰:我们对今后五年的发展提出了细化量化的具体目标。总体来说,要实现地区生产总值超过1800亿元。\n\
         科技创新基地建设实现新突破,全社会研发经费投入年均增长10%以上。\n\
         宜居城市建设开创新局面,城镇化率达70%,新建公园20个以上。",
    );
    assert_eq!(
        out,
        "超过1800亿元|地区生产总值|-|-|level|target
10%以上|全社会研发经费投入|-|-|change|target
70%|城镇化率|-|-|level|target
20个以上|新建公园|-|-|level|target"
    );
    // A review of goals met (完成) announces nothing.
    let out = show("今后五年,全县较好地完成了县人大确定的各项工作目标。\n城镇化率达70%。");
    assert_eq!(out, "70%|城镇化率|-|-|level|actual");
}

#[test]
fn h45_a_bound_figure_before_the_share_of_its_part_is_a_threshold() {
    // 高于10万元的占80%: 10万元 names the part whose share follows, a
    // threshold (actual) even in a plan; the share is the plan's.
    let got =
        statuses("今后五年,力争村集体经济组织年经营性收入全部达5万元以上,高于10万元的占80%。");
    assert_eq!(
        got,
        pairs(&[
            ("5万元以上", "target"),
            ("高于10万元", "actual"),
            ("80%", "target")
        ])
    );
}

#[test]
fn h45_digest_lines_under_their_heading() {
    // A line with a rank in a scope (全球第一) is a figure's line, no
    // title: the lines below keep the time of the line above (过去5年).
    let out = show(
        "过去5年\n国内生产总值年均增长5.4%\n制造业增加值规模连续16年保持全球第一\n居民人均可支配收入年均增长5.4%",
    );
    assert_eq!(
        out,
        "5.4%|国内生产总值|-|过去5年|change|actual
全球第一|制造业增加值规模|-|过去5年|rank|actual
5.4%|居民人均可支配收入|-|过去5年|change|actual"
    );
    // A plain line without figures (`…保持在合理区间`) closes no outline
    // section, and 预期寿命 is an indicator's name, no forecast word.
    let out = show(
        "二、“十五五”时期主要目标和重大任务\n国内生产总值增长保持在合理区间\n\
         全社会研发经费投入年均增长7%以上\n人均预期寿命提高到80岁\n粮食综合生产能力达到1.45万亿斤左右",
    );
    assert_eq!(
        out,
        "7%以上|全社会研发经费投入|-|“十五五”|change|target
1.45万亿斤左右|粮食综合生产能力|-|“十五五”|level|target"
    );
    // A heading naming the year's plan (总体要求, 政策取向) makes its
    // figures the year's targets.
    let out =
        show("三、2026年经济社会发展总体要求和政策取向\n经济增长4.5%—5%\n粮食产量1.4万亿斤左右");
    assert_eq!(
        out,
        "4.5%—5%|经济|-|2026年|change|target
1.4万亿斤左右|粮食产量|-|2026年|level|target"
    );
}

#[test]
fn h45_a_verb_of_work_or_use_after_an_amount_counts_nothing() {
    // 安排 closing the clause after the rate is the plan's verb: the
    // indicator is the words before; 支持 after an amount opens its use.
    // Under a heading of the year's tasks (工作任务) both are targets.
    let out = show(
        "四、2026年部分工作任务\n赤字率按4%左右安排\n消费:安排超长期特别国债2500亿元支持消费品以旧换新",
    );
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("4%左右|赤字率"), "{out}");
    assert!(lines[0].ends_with("|2026年|level|target"), "{out}");
    assert_eq!(lines[1], "2500亿元|超长期特别国债|-|2026年|level|target");
}

#[test]
fn h45_a_list_counted_before_respectively_pairs_its_items() {
    // A、B、C三个行业增加值…,分别增长…: the count sums up the items, which
    // pair with the figures, the head 增加值 after the count's noun copied
    // to each; after a growth noun (增幅) the items stay as written.
    let out = show(
        "1-3月,全县排前七行业中,汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好,\
         分别增长89.2%、11.4%、159.4%;农副食品加工业、金属制品业两个行业增幅回落,分别下降4.2%、25.8%。",
    );
    let got: Vec<&str> = out.lines().filter(|l| l.contains('%')).collect();
    assert_eq!(
        got,
        [
            "89.2%|汽车制造业增加值|全县|1-3月|change|actual",
            "11.4%|食品制造业增加值|全县|1-3月|change|actual",
            "159.4%|燃气生产和供应业增加值|全县|1-3月|change|actual",
            "4.2%|农副食品加工业|全县|1-3月|change|actual",
            "25.8%|金属制品业|全县|1-3月|change|actual",
        ]
    );
}

#[test]
fn h45_a_compared_dates_value_in_brackets_is_its_level() {
    // 较1-2月(-0.6%)提高…: the bracket holds the compared period's value,
    // a level of the indicator with no time.
    let out = show("1-3月,全县固定资产投资同比增长17.4%,增幅较1-2月(-0.6%)提高18.0个百分点。");
    assert_eq!(
        out,
        "17.4%|固定资产投资|全县|1-3月|change|actual
-0.6%|固定资产投资|全县|-|level|actual
18.0个百分点|固定资产投资|全县|1-3月|change|actual"
    );
}

#[test]
fn h45_projects_that_met_their_goal_under_an_as_of_date() {
    // 其中8个项目完成年度目标: 完成 reports the goal met (no goal value),
    // and the 其中 counts are flows of the paragraph's year, not stocks at
    // the 截至 date of the sentence before.
    let out = show(
        "2020年,我县确定10项民生实事项目,截至2020年12月底,完成投资2.41亿元。\
         其中8个项目完成年度目标,1个项目未完成年度目标。",
    );
    let got: Vec<&str> = out.lines().skip(2).collect();
    assert_eq!(
        got,
        [
            "8个|项目|-|2020年|level|actual",
            "1个|项目|-|2020年|level|actual"
        ],
        "{out}"
    );
}

#[test]
fn rows_parted_by_bars_are_a_table() {
    // Dated by the caption right above; the growth column gives changes;
    // the row label without 其中: and its note mark is the metric.
    assert_eq!(
        show(
            "2016年全区生产总值及增长速度\n指 标 | 总量(亿元) | 增长(%) |\n\
             生产总值 | 684.84 | 10.5 |\n其中:第一产业[3] | 2.27 | -0.6 |\n"
        ),
        "684.84|生产总值|-|2016年|level|actual\n10.5|生产总值|-|2016年|change|actual\n\
         2.27|第一产业|-|2016年|level|actual\n-0.6|第一产业|-|2016年|change|actual"
    );
    // Dated by the section; compared columns (上年同期, 本报告期初) have no
    // time; a footer sentence between rows changes nothing.
    assert_eq!(
        show(
            "一、2023年度主要财务数据和指标\n单位:人民币元\n\
             项目 | 本报告期 | 上年同期 | 增减变动幅度(%) |\n\
             营业总收入 | 842,278,711.44 | 905,375,765.35 | -6.97 |\n\
             本公司及董事会全体成员保证信息披露的内容真实。\n\
             基本每股收益(元) | 0.1712 | 0.3771 | -54.60 |\n\
             项目 | 本报告期末 | 本报告期初 | 增减变动幅度(%) |\n\
             总资产 | 1,584,289,797.12 | 1,493,923,140.23 | 6.05 |\n"
        ),
        "842,278,711.44|营业总收入|-|2023年度|level|actual\n\
         905,375,765.35|营业总收入|-|-|level|actual\n\
         -6.97|营业总收入|-|2023年度|change|actual\n\
         0.1712|基本每股收益|-|2023年度|level|actual\n\
         0.3771|基本每股收益|-|-|level|actual\n\
         -54.60|基本每股收益|-|2023年度|change|actual\n\
         1,584,289,797.12|总资产|-|2023年度|level|actual\n\
         1,493,923,140.23|总资产|-|-|level|actual\n\
         6.05|总资产|-|2023年度|change|actual"
    );
    // A column named 增减 after its basis (比上年同期增减(%)) holds changes
    // (the basis's 上年同期 leaves it undated, as a compared column).
    assert_eq!(
        show(
            "一、2020年第一季度主要财务数据\n\
             主要财务数据 | 年初至报告期末 | 上年初至上年报告期末 | 比上年同期增减(%) |\n\
             营业收入 | 906,084,085 | 1,334,848,876 | -32.12 |\n"
        ),
        "906,084,085|营业收入|-|2020年第一季度|level|actual\n\
         1,334,848,876|营业收入|-|-|level|actual\n\
         -32.12|营业收入|-|-|change|actual"
    );
}

#[test]
fn bar_rows_run_together_are_read_by_the_header() {
    // Several rows on one line, the first row's label at the header's
    // end: each label takes as many values as the header's last columns
    // (a unit note and the label column's name before them give none);
    // `同比%` holds changes; a label with no values names the subject of
    // the rows below.
    assert_eq!(
        show(
            "工业生产销售总量指标 | 全县 | 2010年6月 |\n\
             | 单位:个、万元 | 指标名称 | 本月 | 同比% | 累计 | 同比% | 企业单位数\n\
             | 4326 | 5.5 | 4326 | 5.5 | 其中:规模以上 | 501 | -7.1 | 501 | 7.1 |\n\
             |\n| 其中:开发区 |\n|\n\
             | 工业总产值 | 114339 | -19.1 | 629432 | 7.7 |\n"
        ),
        "4326|企业单位数|-|2010年6月|level|actual\n5.5|企业单位数|-|2010年6月|change|actual\n\
         4326|企业单位数|-|2010年6月|level|actual\n5.5|企业单位数|-|2010年6月|change|actual\n\
         501|规模以上|-|2010年6月|level|actual\n-7.1|规模以上|-|2010年6月|change|actual\n\
         501|规模以上|-|2010年6月|level|actual\n7.1|规模以上|-|2010年6月|change|actual\n\
         114339|工业总产值|开发区|2010年6月|level|actual\n\
         -19.1|工业总产值|开发区|2010年6月|change|actual\n\
         629432|工业总产值|开发区|2010年6月|level|actual\n\
         7.7|工业总产值|开发区|2010年6月|change|actual"
    );
}

#[test]
fn percent_before_a_holding_is_a_share() {
    // 之80%权益, 66%股权: the part of a body held; a percent of 权益
    // elsewhere stays what it was.
    assert_eq!(
        show("部门包括集团于和记港口集团旗下公司之80%权益及于和记港口信托之30.07%权益。"),
        "80%|权益及于和记港口信托|部门包括集团|-|share|actual\n\
         30.07%|权益|部门包括集团|-|share|actual"
    );
    assert_eq!(
        show("公司持有湖北省路桥集团有限公司66%股权。"),
        "66%|股权|公司持有湖北省路桥集团有限公司|-|share|actual"
    );
    assert_eq!(
        show("归属于母公司股东权益增长12%。"),
        "12%|归属于母公司股东权益|-|-|change|actual"
    );
}

#[test]
fn a_method_before_respectively_lists_no_metrics() {
    // 以…计算 names ways of counting: both rates are of the metric before.
    assert_eq!(
        show("呈报收益总额为港币452亿元,以呈报货币及当地货币计算较去年分别上升11%及12%。"),
        "港币452亿元|呈报收益总额|-|-|level|actual\n\
         11%|呈报收益总额|-|-|change|actual\n\
         12%|呈报收益总额|-|-|change|actual"
    );
    // 当中 opens a metric as 其中 does.
    assert_eq!(
        show("吞吐量增加6%,当中本地及转运货物数量分别占65%及35%。"),
        "6%|吞吐量|-|-|change|actual\n\
         65%|本地货物数量|-|-|share|actual\n\
         35%|转运货物数量|-|-|share|actual"
    );
}

#[test]
fn a_goal_in_brackets_after_its_shortfall_word() {
    // 欠…目标任务(X)Y: the goal's words name no metric; X the goal, a
    // target level of the indicator before; Y the shortfall, reported; the
    // goal's words (确保) plan nothing for the rest of the sentence.
    assert_eq!(
        show(
            "地方规模以上工业完成增加值13.8亿元,欠市级考核目标任务及区级确保目标任务(23.9亿元)\
             8.9个百分点,欠区级奋斗目标任务(24.93亿元)11.2个百分点,增速和达目标任务进度在市区县中均排名第一位。"
        ),
        "13.8亿元|地方规模以上工业增加值|-|-|level|actual\n\
         23.9亿元|地方规模以上工业增加值|-|-|level|target\n\
         8.9个百分点|地方规模以上工业增加值|-|-|change|actual\n\
         24.93亿元|地方规模以上工业增加值|-|-|level|target\n\
         11.2个百分点|地方规模以上工业增加值|-|-|change|actual\n\
         第一位|增速和达目标任务进度在市区县中|-|-|rank|actual"
    );
}

#[test]
fn a_bare_rank_ranks_the_figureless_opening() {
    // The rank's own words name nothing: the clause that opens the
    // sentence without a figure names what is ranked (its listed
    // indicators together, 再创 no part of them), not the fact before.
    assert_eq!(
        show(
            "新能源装机规模突破1000万千瓦。\
             外贸进出口总额增速、保税物流中心进出口额再创历史新高,跃居全区首位。"
        ),
        "1000万千瓦|新能源装机规模|-|-|level|actual\n\
         全区首位|外贸进出口总额增速、保税物流中心进出口额|-|-|rank|actual"
    );
}

#[test]
fn counts_listed_with_nouns_of_one_character() {
    // 12个镇、4个乡: each count's own noun, one character long, in a list
    // of counts; a one-character noun alone (`八大类看`) is none.
    assert_eq!(
        show("全县有12个镇、4个乡,288个村委会。"),
        "12个|镇|全县|-|level|actual\n4个|乡|全县|-|level|actual\n\
         288个|村委会|全县|-|level|actual"
    );
    assert_eq!(
        show("本市居民消费价格总水平上升2.1%。从八大类看,食品类价格上升3.9%。"),
        "2.1%|居民消费价格总水平|本市|-|change|actual\n\
         八大类|居民消费价格总水平|本市|-|level|actual\n\
         3.9%|食品类价格|-|-|change|actual"
    );
}

#[test]
fn count_of_kinds_is_actual_in_a_plan() {
    // A count of 类 names the classes a list is parted into: no goal,
    // though the line is a task assigned to units; the task's figure keeps
    // its status.
    let text = "14.明确新建或改建绿道等两类项目细化政策口径,新增绿道30公里。\
                （牵头单位：市发展改革委）";
    assert_eq!(
        statuses(text),
        pairs(&[("两类", "actual"), ("30公里", "target")])
    );
    // Likewise in a plan set by its cue.
    let text = "今年,我市将推动纺织服装等7大类产品出口增长5%以上。";
    assert_eq!(
        statuses(text),
        pairs(&[("7大类", "actual"), ("5%以上", "target")])
    );
}

#[test]
fn task_line_keeps_what_is_already_there_and_thresholds_of_quoted_names() {
    // In a task assigned to units, a count right after 已 and a verb
    // (`已建成14个公园`) is the state the task starts from, and a bounded
    // figure qualifying a quoted name through 的 is a threshold: actual;
    // the task's own figures are targets.
    let text = "1.优化提升外环绿带已建成14个公园的功能,新增城市公园35座以上。\
                （牵头单位：市绿化市容局）\n\
                2.建成一批100公顷以上的“绿心”公园,新增绿地面积300公顷以上。\
                （牵头单位：松江区政府）";
    assert_eq!(
        statuses(text),
        pairs(&[
            ("14个", "actual"),
            ("35座以上", "target"),
            ("100公顷以上", "actual"),
            ("300公顷以上", "target"),
        ])
    );
}

#[test]
fn word_opening_with_a_stop_character_names_the_thing_after_a_figure() {
    // 超 of 超长期 is no verb: the words after the amount name what it
    // measures, not the indicator of the clause before.
    let text = "投资:拟安排中央预算内投资7550亿元,安排8000亿元超长期特别国债资金用于“两重”建设。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1, x.5)).collect();
    let want = [
        ("7550亿元", "中央预算内投资", "target"),
        ("8000亿元", "超长期特别国债资金", "target"),
    ];
    assert_eq!(
        got,
        want.iter()
            .map(|&(a, b, c)| (a.to_string(), b.to_string(), c))
            .collect::<Vec<_>>()
    );
    // A verb of exceeding at the start still ends the words (`超过预期`).
    let text = "今年全市安排资金500亿元超过预期。";
    let got: Vec<_> = rows(text).into_iter().map(|x| (x.0, x.1)).collect();
    assert_eq!(got, [("500亿元".to_string(), "资金".to_string())]);
}

#[test]
fn part_and_whole_framed_before_the_share_verb() {
    // P在W中所占的比例: the part is the metric, the frame's words the whole;
    // a change in points after it names the share's phrase whole.
    let text = "今年上半年,轿车在国产汽车结构中所占的比例达到47%,比去年末提高了两个百分点。";
    let got: Vec<_> = Extractor::default()
        .facts(text)
        .iter()
        .map(|f| {
            (
                f.figure.text(text).to_string(),
                f.metric.as_ref().map(|m| m.text(text).to_string()),
                f.whole.map(|w| text[w.range()].to_string()),
                f.measure,
            )
        })
        .collect();
    let share = (
        "47%".to_string(),
        Some("轿车".to_string()),
        Some("国产汽车结构".to_string()),
        Measure::Share,
    );
    let change = (
        "两个百分点".to_string(),
        Some("轿车在国产汽车结构中所占的比例".to_string()),
        None,
        Measure::Change,
    );
    assert_eq!(got, [share.clone(), change.clone()]);
    // The phrase in a clause of its own before the figure: the same share.
    let text = "今年上半年,轿车在国产汽车结构中所占的比例,也达到47%,比去年末提高了两个百分点。";
    let got: Vec<_> = Extractor::default()
        .facts(text)
        .iter()
        .map(|f| {
            (
                f.figure.text(text).to_string(),
                f.metric.as_ref().map(|m| m.text(text).to_string()),
                f.whole.map(|w| text[w.range()].to_string()),
                f.measure,
            )
        })
        .collect();
    assert_eq!(got, [share, change]);
}

#[test]
fn a_captioned_table_of_tasks_dates_its_rows_and_makes_them_targets() {
    // A header line opening with its row-number column under a caption
    // naming the year's tasks: the caption dates the rows, its 任务 makes
    // them targets; a row's own year dates its own clause.
    let text = "某市人民政府\n\n2016年某市量化指标任务分工\n\n序号 工 作 任 务 牵头负责部门\n1 城镇新增就业10万人以上 人社局\n2 安排专项资金10亿元,2016年安排5亿元 财政局\n";
    let got = show(text);
    assert!(
        got.contains("10万人以上|城镇新增就业|-|2016年|level|target"),
        "{got}"
    );
    assert!(
        got.contains("10亿元|专项资金|-|2016年|level|target"),
        "{got}"
    );
    // A caption naming no task dates the rows, and they stay actual.
    let text = "2016年某市主要经济指标\n序号 指 标 单位\n1 地区生产总值500亿元 统计局\n";
    let got = show(text);
    assert!(
        got.contains("500亿元|地区生产总值|-|2016年|level|actual"),
        "{got}"
    );
    // A line opened by no row number ends the rows.
    let text = "2016年某市量化指标任务分工\n序号 工 作 任 务\n1 城镇新增就业10万人 人社局\n全市财政收入200亿元。\n";
    let got = show(text);
    assert!(
        got.contains("200亿元|财政收入|全市|-|level|actual"),
        "{got}"
    );
}

#[test]
fn a_bar_header_shifted_left_names_every_column() {
    // A second `|` header with no label cell and an empty cell at its end:
    // the rows have one cell more; 期初 names compared values.
    let text = "一、2024年度主要财务数据\n项目 | 本报告期 | 上年同期 | 增减变动幅度 |\n营业收入 | 1,200.50 | 1,000.00 | 20.05% |\n本报告期末 | 本报告期初 | 增减变动幅度 | |\n总资产 | 3,300.00 | 3,000.00 | 10.00% |\n";
    let got = show(text);
    assert!(
        got.contains("3,300.00|总资产|-|2024年度|level|actual"),
        "{got}"
    );
    assert!(got.contains("3,000.00|总资产|-|-|level|actual"), "{got}");
    assert!(
        got.contains("10.00%|总资产|-|2024年度|change|actual"),
        "{got}"
    );
}

#[test]
fn a_detail_amount_after_a_rate_sentence_keeps_the_paragraph_time() {
    // The sentence before states only a rate (环比): the 其中 amount is a
    // part of the paragraph's total, dated by the paragraph.
    let text = "2020年1—8月份,全省工业投资5000亿元,同比增长6.1%。从环比看,8月份工业投资增长0.5%。其中,技改投资2100亿元,同比增长8.2%。";
    let got = show(text);
    assert!(
        got.contains("2100亿元|技改投资|-|2020年1—8月份|level|actual"),
        "{got}"
    );
    assert!(
        got.contains("8.2%|技改投资|-|2020年1—8月份|change|actual"),
        "{got}"
    );
    // A 其中 rate after a single month's rate keeps that month.
    let text = "今年前5个月,全省进出口增长8%。单5月,全省进出口增长10%。其中,出口增长12%。";
    let got = show(text);
    assert!(got.contains("12%|出口|-|5月|change|actual"), "{got}");
}

#[test]
fn an_earlier_periods_change_dates_its_clause_only() {
    // `1—6月份为下降0.3%`: the comparison's period dates its clause; the
    // items after it keep the sentence's (none here).
    let text = "分行业看,水利投资增长0.1%,1—6月份为下降0.3%;道路投资增长6.9%,增速回落1.2个百分点。";
    let got = show(text);
    assert!(
        got.contains("0.3%|水利投资|-|1—6月份|change|actual"),
        "{got}"
    );
    assert!(got.contains("6.9%|道路投资|-|-|change|actual"), "{got}");
    assert!(
        got.contains("1.2个百分点|道路投资|-|-|change|actual"),
        "{got}"
    );
}

#[test]
fn a_source_phrase_and_a_reached_period_give_no_metric() {
    // 根据…结果 between the metric and the figure: the metric ends before it.
    let text = "全县财政收入根据市财政局的核定结果完成30.5亿元,增长5%。";
    let got = show(text);
    assert!(
        got.contains("30.5亿元|财政收入|全县|-|level|actual"),
        "{got}"
    );
    assert!(got.contains("5%|财政收入|全县|-|change|actual"), "{got}");
    // A verb reaching the period reported: the indicator before; a
    // compared period after 从 with 同期 is no time; 百分比 a share noun.
    let text = "公司毛利率从上年同期的40.2%下降到回顾期的35.1%。出口收入占总收入百分比从去年同期60.5%增长至回顾期的66.0%;内销收入增长3.3%。";
    let got = show(text);
    assert!(got.contains("35.1%|毛利率|公司|-|level|actual"), "{got}");
    assert!(got.contains("60.5%|出口收入|-|-|share|actual"), "{got}");
    assert!(got.contains("66.0%|出口收入|-|-|share|actual"), "{got}");
    assert!(got.contains("3.3%|内销收入|-|-|change|actual"), "{got}");
    // 压减 before an amount: a change.
    let text = "全县玉米种植面积压减2.5万亩。";
    let got = show(text);
    assert!(
        got.contains("2.5万亩|玉米种植面积|全县|-|change|actual"),
        "{got}"
    );
}

#[test]
fn the_figures_of_a_document_a_notice_issues_are_its_plan() {
    let body = "关于推动经济高质量发展的若干政策\n\
                一、扩大有效投资政策\n\
                聚焦九大工程,着力推进140个左右支撑性项目,完成投资246.6亿元以上,\
                全年固定资产投资增长12%以上,总量达到271亿元左右。\n\
                1.加大财政支持力度。全县2023年统筹安排资金37.4亿元。\n\
                2.2022年全县完成投资200亿元,已建成14个园区。";
    let heading = "某县人民政府印发关于推动经济高质量发展若干政策的通知\n\
                   某政发〔2023〕22号\n某县人民政府\n2023年10月13日\n";
    let got = rows(&format!("{heading}{body}"));
    let got: Vec<_> = got
        .iter()
        .map(|r| {
            (
                r.0.as_str(),
                r.1.as_str(),
                r.2.as_str(),
                r.3.as_str(),
                r.4,
                r.5,
            )
        })
        .collect();
    // A number of 大 names the plan's parts; a year before the notice's
    // and a word of work done report what was done.
    let want = [
        ("九大", "工程", "-", "-", "level", "actual"),
        ("140个左右", "支撑性项目", "-", "-", "level", "target"),
        ("246.6亿元以上", "投资", "-", "-", "level", "target"),
        ("12%以上", "固定资产投资", "-", "-", "change", "target"),
        ("271亿元左右", "总量", "-", "-", "level", "target"),
        ("37.4亿元", "资金", "全县", "2023年", "level", "target"),
        ("200亿元", "投资", "全县", "2022年", "level", "actual"),
        ("14个", "园区", "全县", "2022年", "level", "actual"),
    ];
    assert_eq!(got, want);
    // The same text without the notice's heading reports what it names.
    let got = statuses(body);
    assert_eq!(got.len(), 8);
    assert!(got.iter().all(|x| x.1 == "actual"), "{got:?}");
    // A bound figure before 的 qualifies the things planned: a threshold.
    let got = statuses(&format!(
        "{heading}建成一批100公顷以上的公园,新建公园35座以上。"
    ));
    assert_eq!(
        got,
        pairs(&[("100公顷以上", "actual"), ("35座以上", "target")])
    );
}

#[test]
fn an_amount_yielded_measures_the_noun_it_qualifies() {
    let text = "预计本次交易对公司2024 年一季度产生约 5,000 万元的投资收益(非经常性损益),\
                另公司收到政府补助约 240 万元。\n项目建成后将带来约500亿元的产值。";
    let got: Vec<_> = rows(text)
        .into_iter()
        .map(|r| (r.0, r.1, r.3, r.4, r.5))
        .collect();
    let want = [
        (
            "约 5,000 万元",
            "投资收益",
            "2024 年一季度",
            "level",
            "forecast",
        ),
        (
            "约 240 万元",
            "政府补助",
            "2024 年一季度",
            "level",
            "forecast",
        ),
        ("约500亿元", "产值", "-", "level", "target"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, b, c, d, e)| (a.to_string(), b.to_string(), c.to_string(), d, e))
        .collect();
    assert_eq!(got, want);
    let f = &Extractor::default().facts(text)[0];
    assert_eq!(f.figure.value().map(|v| v.to_f64()), Some(5.0e7));
    assert_eq!(f.figure.bound, Bound::Approx);
}

#[test]
fn a_later_clause_of_a_respectively_sentence_goes_on_pairing() {
    let text = "上半年,高技术制造业、装备制造业增加值分别增长13.7%、12.7%,\
                占规模以上工业增加值比重为22.8%、34.1%。";
    let got: Vec<_> = rows(text)
        .into_iter()
        .map(|r| (r.0, r.1, r.3, r.4))
        .collect();
    let want = [
        ("13.7%", "高技术制造业增加值", "上半年", "change"),
        ("12.7%", "装备制造业增加值", "上半年", "change"),
        ("22.8%", "高技术制造业增加值", "上半年", "share"),
        ("34.1%", "装备制造业增加值", "上半年", "share"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d))
        .collect();
    assert_eq!(got, want);
    let text = "城、乡居民人均可支配收入分别为22694元、9527元,增长8.5%、11%。";
    let got: Vec<_> = rows(text).into_iter().map(|r| (r.0, r.1, r.4)).collect();
    assert_eq!(
        got,
        [
            ("22694元", "城居民人均可支配收入", "level"),
            ("9527元", "乡居民人均可支配收入", "level"),
            ("8.5%", "城居民人均可支配收入", "change"),
            ("11%", "乡居民人均可支配收入", "change"),
        ]
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c))
    );
}

#[test]
fn a_headline_of_clauses_repeats_a_figure_with_its_metric() {
    let body =
        "\n\n1月9日,区人民代表大会召开。\n\n经济社会发展主要预期目标是:地区生产总值增长5.6%以上,\
                规模以上工业增加值增长7.5%以上。";
    let got = statuses(&format!(
        "地区生产总值增长5.6%以上,历城区描绘2025年发展蓝图{body}"
    ));
    assert_eq!(
        got,
        pairs(&[
            ("5.6%以上", "target"),
            ("5.6%以上", "target"),
            ("7.5%以上", "target")
        ])
    );
    // Another indicator of the same value is no repetition.
    let got = statuses(&format!(
        "工业投资增长5.6%以上,历城区描绘2025年发展蓝图{body}"
    ));
    assert_eq!(got[0], ("5.6%以上".to_string(), "actual"));
}

#[test]
fn a_bullet_list_goes_on_with_the_plan_of_its_item_above() {
    let text = "关键词:消费\n\
                ◆加快推进公共就业服务能力提升示范项目,举办各类就业招聘会300场以上。\n\
                ◆大力开展项目化、订单式培训,完成政府补贴性技能培训2万人,新增技能人才1.5万人。\n\
                ◆去年已建成就业驿站20个。";
    let got: Vec<_> = rows(text)
        .into_iter()
        .map(|r| (r.0, r.1, r.4, r.5))
        .collect();
    let want = [
        ("300场以上", "各类就业招聘会", "level", "target"),
        ("2万人", "政府补贴性技能培训", "level", "target"),
        ("1.5万人", "新增技能人才", "level", "target"),
        ("20个", "就业驿站", "level", "actual"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, b, c, d)| (a.to_string(), b.to_string(), c, d))
        .collect();
    assert_eq!(got, want);
    // Items of results stay results.
    let got =
        statuses("◆举办各类就业招聘会300场。\n◆完成政府补贴性技能培训2万人,新增技能人才1.5万人。");
    assert!(got.iter().all(|x| x.1 == "actual"), "{got:?}");
}

#[test]
fn a_count_after_a_verb_of_upgrading_counts_the_things_upgraded() {
    let text = "六、城市更新行动\n-老旧小区改造提升34个\n-高标准农田改造提升1000亩\n\
                实施市管路灯绿色智能照明提升2万盏。\n城镇居民人均可支配收入提升500元。\n\
                08 新虹桥中心花园桥下空间形象提升(约3000平方米)。";
    let got: Vec<_> = rows(text).into_iter().map(|r| (r.0, r.1, r.4)).collect();
    // (The metric keeps the work, 改造, that the verb of upgrading closes.)
    let want = [
        ("34个", "老旧小区改造", "level"),
        ("1000亩", "高标准农田改造", "level"),
        ("2万盏", "市管路灯绿色智能照明", "level"),
        ("500元", "城镇居民人均可支配收入", "change"),
        ("约3000平方米", "新虹桥中心花园桥下空间形象", "level"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, b, c)| (a.to_string(), b.to_string(), c))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn a_basis_opening_with_a_compared_year_is_one_up_to_twelve_characters() {
    let text = "全国零售和餐饮企业实现销售额约人民币9260亿元,比去年春节黄金周增长10.2%。";
    let got: Vec<_> = rows(text)
        .into_iter()
        .map(|r| (r.0, r.1, r.2, r.4))
        .collect();
    let want = [
        ("约人民币9260亿元", "零售和餐饮企业销售额", "全国", "level"),
        ("10.2%", "零售和餐饮企业销售额", "全国", "change"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d))
        .collect();
    assert_eq!(got, want);
    // A long reason after 较上年同期 is no basis of the figure in it.
    let text = "公司业绩较上年同期增加主要系报告期内公司完成转让持有的原全资子公司66%股权。";
    let got: Vec<_> = rows(text).into_iter().map(|r| (r.0, r.4)).collect();
    assert_eq!(got, [("66%".to_string(), "share")]);
}

#[test]
fn a_quantity_between_a_count_and_its_noun_is_a_specification() {
    let text = "今年将建设香积变等4座110千伏变电站,新建道路20公里。";
    let got: Vec<_> = rows(text)
        .into_iter()
        .map(|r| (r.0, r.1, r.4, r.5))
        .collect();
    let want = [
        ("4座", "变电站", "level", "target"),
        ("110千伏", "变电站", "level", "actual"),
        ("20公里", "新建道路", "level", "target"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, b, c, d)| (a.to_string(), b.to_string(), c, d))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn a_caption_figure_with_its_noun_repeats_one_of_the_same_metric() {
    let text = "1-2 条地铁线路\n对于出行问题,《纲要》提到将加快推进前期工作,争取启动建设 1-2 条地铁线路。\n\
                前三季度主要经济指标增幅均超20%\n据经发局预测,今年前三季度主要经济指标增幅均超过20%。";
    let got: Vec<_> = rows(text).into_iter().map(|r| (r.0, r.1, r.5)).collect();
    let want = [
        ("1-2 条", "地铁线路", "target"),
        ("1-2 条", "地铁线路", "target"),
        ("超20%", "主要经济指标", "actual"),
        ("超过20%", "主要经济指标", "forecast"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, b, c)| (a.to_string(), b.to_string(), c))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn a_count_of_the_subjects_of_a_forecast_is_a_forecast() {
    let text = "沪深已有1132家公司预告上半年业绩。数据显示,目前有多达330家公司预计上半年净利润\
                同比增幅超过50%。";
    let got: Vec<_> = rows(text)
        .into_iter()
        .map(|r| (r.0, r.1, r.3, r.5))
        .collect();
    let want = [
        ("1132家", "公司", "-", "actual"),
        ("330家", "公司", "-", "forecast"),
        ("超过50%", "净利润", "上半年", "forecast"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn a_bar_column_of_a_change_ratio_holds_changes() {
    // company_datangyaoye_2024_kuaibao: `变动比例%` is the ratio of the
    // change, its cells changes; a share column (`占比%`) stays levels.
    let text = "一、2024年年度主要财务数据和指标\n项目 | 本报告期 | 上年同期 | 变动比例% |\n营业收入 | 207,449,553.20 | 188,252,662.38 | 10.20% |\n总资产 | 662,071,331.44 | 740,257,570.88 | -10.56% |\n";
    let got = show(text);
    assert!(
        got.contains("10.20%|营业收入|-|2024年|change|actual"),
        "{got}"
    );
    assert!(
        got.contains("-10.56%|总资产|-|2024年|change|actual"),
        "{got}"
    );
    assert!(
        got.contains("207,449,553.20|营业收入|-|2024年|level|actual"),
        "{got}"
    );
    let text = "一、2024年主要数据\n项目 | 本报告期 | 上年同期 | 占比% |\n营业收入 | 207.20 | 188.25 | 10.20% |\n";
    let got = show(text);
    assert!(
        got.contains("10.20%|营业收入|-|2024年|level|actual"),
        "{got}"
    );
}

#[test]
fn a_session_word_and_yidu_around_a_share_price_change_are_no_metric() {
    // company_meihua_jianmin_2022q1: 早盘 and 一度 leave 涨幅 alone, a
    // change of the figureless clause's 股价.
    let text = "6月24日,某集团股价冲高回落,早盘涨幅一度达6.86%,收盘报51.99元/股,涨幅为1.01%。";
    let got = show(text);
    assert!(
        got.contains("6.86%|股价|某集团|6月24日|change|actual"),
        "{got}"
    );
    assert!(
        got.contains("1.01%|收盘报|某集团|6月24日|change|actual"),
        "{got}"
    );
}

#[test]
fn respectively_opening_its_clause_pairs_the_list_clause_before() {
    // stats_m_liuzhou_2013m5: the list stands alone before the comma.
    let text = "今年1月至5月,小微型企业和非公有工业经济,分别以高出全市规模以上工业总产值12.7个百分点和11.8个百分点的增速,成为最大亮点。";
    let got = show(text);
    assert!(got.contains("12.7个百分点|小微型企业|"), "{got}");
    assert!(got.contains("11.8个百分点|非公有工业经济|"), "{got}");
    // A clause with a verb of its own is a statement, no list.
    let text = "1-8月,全市规模以上工业增加值累计增长11.5%,增速与上月持平,分别较去年同期和全年分别回落4.5、4.2个百分点。";
    let got = show(text);
    assert!(
        !got.contains("|上月|") && !got.contains("4.5|增速|"),
        "{got}"
    );
}
