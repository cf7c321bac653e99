//! Span and fields together for every form the module finds.

use super::scan;
use crate::config::RefDate;
use crate::entity::{DateValue, Entity, Kind, Point};

/// Every entity in `text` as `kind|text|value(s)|flags`, flags being `end`,
/// `resolved` and `rel=N`.
fn found(text: &str, ref_date: Option<&str>) -> Vec<String> {
    let r = ref_date.map(|d| RefDate::parse(d).unwrap());
    let mut out = Vec::new();
    scan(text, r, &mut out);
    out.iter().map(|e| describe(text, e)).collect()
}

fn iso(d: Option<DateValue>) -> String {
    d.and_then(|d| d.iso()).unwrap_or_else(|| "null".into())
}

fn describe(text: &str, e: &Entity) -> String {
    let value = match e.kind {
        Kind::Date => iso(e.date()),
        Kind::Period => format!(
            "{}…{}",
            iso(e.period().map(|p| p.0)),
            iso(e.period().map(|p| p.1))
        ),
        k => panic!("unexpected kind {k}"),
    };
    let mut s = format!("{}|{}|{}", e.kind, &text[e.range()], value);
    if e.point() == Some(Point::End) {
        s.push_str("|end");
    }
    if e.resolved() {
        s.push_str("|resolved");
    }
    if let Some(r) = e.relative_years() {
        s.push_str(&format!("|rel={r}"));
    }
    s
}

fn check(text: &str, ref_date: Option<&str>, want: &[&str]) {
    assert_eq!(
        found(text, ref_date),
        want,
        "in {text:?} (ref {ref_date:?})"
    );
}

#[test]
fn full_and_partial_dates() {
    check("2024年5月31日", None, &["date|2024年5月31日|2024-05-31"]);
    check("在2026年推进", None, &["date|2026年|2026"]);
    check("2024年3月，", None, &["date|2024年3月|2024-03"]);
    check("5月28日，河北", None, &["date|5月28日|--05-28"]);
    check("10月份，", None, &["date|10月份|--10"]);
    check("10月份以来", None, &["date|10月份以来|--10"]);
    check("自3月起", None, &["date|3月|--03"]);
    check("5月1号", None, &["date|5月1号|--05-01"]);
}

#[test]
fn date_fields() {
    let mut out = Vec::new();
    scan("2024年5月31日", None, &mut out);
    assert_eq!(
        out[0].date(),
        Some(DateValue {
            year: Some(2024),
            month: Some(5),
            day: Some(31)
        })
    );
    assert!(!out[0].resolved() && out[0].relative_years().is_none() && out[0].point().is_none());
}

#[test]
fn chinese_numeral_dates() {
    check(
        "二〇二五年三月十五日",
        None,
        &["date|二〇二五年三月十五日|2025-03-15"],
    );
    check("二〇二四年", None, &["date|二〇二四年|2024"]);
    check(
        "二○二四年十二月三十一日",
        None,
        &["date|二○二四年十二月三十一日|2024-12-31"],
    );
    check("十月份", None, &["date|十月份|--10"]);
    // a bare Chinese month is a slogan more often than a date
    check("“一月一链”对接", None, &[]);
}

#[test]
fn iso_dates() {
    check("日期:2024-06-06", None, &["date|2024-06-06|2024-06-06"]);
    check("2024/6/6", None, &["date|2024/6/6|2024-06-06"]);
    check("2024.06.06", None, &["date|2024.06.06|2024-06-06"]);
    check("版本2024.06.06.1", None, &[]);
    check("2024-13-01", None, &[]);
}

#[test]
fn year_and_month_in_a_table_caption_row() {
    // The caption row above a `|` header: the table's month.
    check(
        "工业生产销售总量指标 | 全县 | 2010.6 |\n| 单位:个、万元 | 指标名称 | 本月 | 同比% |\n",
        None,
        &["date|2010.6|2010-06"],
    );
    // A value row (the line below holds figures), a figure in a sentence,
    // a month out of range: no date.
    check("| 合计 | 2010.6 |\n| 其中 | 1200.5 |\n", None, &[]);
    check("产值达2010.6亿元\n| 指标 | 本月 | 累计 |\n", None, &[]);
    check(
        "总量 | 全县 | 2010.13 |\n| 指标 | 本月 | 累计 |\n",
        None,
        &[],
    );
}

#[test]
fn since_and_end_points() {
    check("2023年以来", None, &["date|2023年以来|2023"]);
    check("2013\n\n年以来，随着", None, &["date|2013\n\n年以来|2013"]);
    check("截至2025年末", None, &["date|2025年末|2025|end"]);
    check("2025年年底", None, &["date|2025年年底|2025|end"]);
    check("截至11月底", None, &["date|11月底|--11|end"]);
    // A bare 年底/年末 is no date (which year's end is not written).
    check("到年底前", None, &[]);
    check("年末全区常住人口 70.8 万人", None, &[]);
    check("每年年底", None, &[]);
    check("2022年初，面对", None, &["date|2022年初|2022"]);
    check("今年年底", None, &["date|今年年底|null|end|rel=0"]);
    check(
        "去年末",
        Some("2026-01-10"),
        &["date|去年末|2025|end|resolved"],
    );
}

#[test]
fn month_and_day_ranges() {
    check("1月~10月，全市", None, &["period|1月~10月|--01…--10"]);
    check("1至11月", None, &["period|1至11月|--01…--11"]);
    // 元 writes the first month.
    check("元至九月，全市", None, &["period|元至九月|--01…--09"]);
    check(
        "2024年元至九月",
        None,
        &["period|2024年元至九月|2024-01…2024-09"],
    );
    check("元月份", None, &["date|元月份|--01"]);
    check("2025年1—5月", None, &["period|2025年1—5月|2025-01…2025-05"]);
    check("1-5月份", None, &["period|1-5月份|--01…--05"]);
    check(
        "2025年1至11月,",
        None,
        &["period|2025年1至11月|2025-01…2025-11"],
    );
    check(
        "2022年1月~9月",
        None,
        &["period|2022年1月~9月|2022-01…2022-09"],
    );
    check(
        "今年3月15日至5月31日",
        None,
        &["period|今年3月15日至5月31日|--03-15…--05-31|rel=0"],
    );
    check("5月1—10日", None, &["period|5月1—10日|--05-01…--05-10"]);
    check(
        "于2024年10月15日至17日在北京",
        None,
        &["period|2024年10月15日至17日|2024-10-15…2024-10-17"],
    );
    check("截至2024年6月末", None, &["date|2024年6月末|2024-06|end"]);
    check("5月下旬", None, &["date|5月|--05"]);
    check(
        "2024年1月至2025年3月",
        None,
        &["period|2024年1月至2025年3月|2024-01…2025-03"],
    );
    // an end before the start is no range
    check("10月至3月", None, &["date|10月|--10", "date|3月|--03"]);
}

#[test]
fn quarters_halves_and_first_months() {
    check("一季度", None, &["period|一季度|--01…--03"]);
    check("第二季度", None, &["period|第二季度|--04…--06"]);
    check("第4季度", None, &["period|第4季度|--10…--12"]);
    check("前三季度", None, &["period|前三季度|--01…--09"]);
    check(
        "2023年前三季度",
        None,
        &["period|2023年前三季度|2023-01…2023-09"],
    );
    check("一至三季度", None, &["period|一至三季度|--01…--09"]);
    check("上半年", None, &["period|上半年|--01…--06"]);
    check("下半年，", None, &["period|下半年|--07…--12"]);
    check(
        "2022年上半年",
        None,
        &["period|2022年上半年|2022-01…2022-06"],
    );
    check(
        "2024年第三季度",
        None,
        &["period|2024年第三季度|2024-07…2024-09"],
    );
    check(
        "2023年四季度",
        None,
        &["period|2023年四季度|2023-10…2023-12"],
    );
    check(
        "2025年一至三季度",
        None,
        &["period|2025年一至三季度|2025-01…2025-09"],
    );
    check("前两个季度", None, &["period|前两个季度|--01…--06"]);
    check("明年上半年", None, &["period|明年上半年|--01…--06|rel=1"]);
    check("前11个月", None, &["period|前11个月|--01…--11"]);
    // Bare years of a list whose last year has 年: each a date.
    check(
        "于2028、2029、2030年分三期拨付",
        None,
        &["date|2028|2028", "date|2029|2029", "date|2030年|2030"],
    );
    check("产量2000、2100吨", None, &[]);
    // 个 left out (statistics), a year word before.
    check("前5月全市出口", None, &["period|前5月|--01…--05"]);
    check("今年前7月", None, &["period|今年前7月|--01…--07|rel=0"]);
    // 前12个月 without a year is no period (the whole year is 全年).
    check("按离职前12个月的平均收入", None, &[]);
    check(
        "今年前10个月",
        None,
        &["period|今年前10个月|--01…--10|rel=0"],
    );
    check("前两个月", None, &["period|前两个月|--01…--02"]);
    check("前13个月", None, &[]);
    check("第五季度", None, &[]);
}

#[test]
fn first_months_written_with_shou() {
    // 首N个月 (Hong Kong and Macao news) is 前N个月: after a year word, or
    // opening a clause; glued to an event (上市首3个月) it counts from it.
    check(
        "今年首7个月，某市出口回升",
        None,
        &["period|今年首7个月|--01…--07|rel=0"],
    );
    check(
        "据测算，首9月全区用电增长",
        None,
        &["period|首9月|--01…--09"],
    );
    check(
        "2019年首4个月,客运量上升",
        None,
        &["period|2019年首4个月|2019-01…2019-04"],
    );
    check("新店开业首3个月客流平稳", None, &[]);
    check("首12个月", None, &[]);
}

#[test]
fn year_ranges() {
    check("2021—2025年", None, &["period|2021—2025年|2021…2025"]);
    check("2021年至2025年", None, &["period|2021年至2025年|2021…2025"]);
    check("（2025—2027年）", None, &["period|2025—2027年|2025…2027"]);
    check(
        "2025年至2021年",
        None,
        &["date|2025年|2025", "date|2021年|2021"],
    );
    check("2020-2022年", None, &["period|2020-2022年|2020…2022"]);
    check("1990年代", None, &["period|1990年代|1990…1999"]);
    check("1995年代", None, &[]);
}

#[test]
fn plans() {
    check("“十四五”规划", None, &["period|“十四五”|2021…2025"]);
    check("锚定“十五五”抢占", None, &["period|“十五五”|2026…2030"]);
    check("奋进‘十五五’ 科技", None, &["period|‘十五五’|2026…2030"]);
    check(
        "“十五五”形成框架、“十六五”基本建成",
        None,
        &["period|“十五五”|2026…2030", "period|“十六五”|2031…2035"],
    );
    check("十七五时期", None, &["period|十七五|2036…2040"]);
    check("“一五”", None, &["period|“一五”|1953…1957"]);
    check("“十五”", None, &["period|“十五”|2001…2005"]);
    check("十四五时期", None, &["period|十四五|2021…2025"]);
    check("十五规划", None, &["period|十五|2001…2005"]);
    check("十四五个", None, &[]);
    check(
        "第十四个五年规划和二〇三五年远景目标纲要",
        None,
        &["date|二〇三五年|2035"],
    );
    check("“十四五”以来，", None, &["period|“十四五”以来|2021…2025"]);
}

#[test]
fn relative_years_without_reference() {
    check("今年的报告", None, &["date|今年|null|rel=0"]);
    check("去年12月", None, &["date|去年12月|--12|rel=-1"]);
    check("今年7月1日起", None, &["date|今年7月1日|--07-01|rel=0"]);
    // 截至 leaves 今年 standing (no 至今, up to now).
    check("截至今年10月底", None, &["date|今年10月底|--10|end|rel=0"]);
    check("明年", None, &["date|明年|null|rel=1"]);
    check("前年", None, &["date|前年|null|rel=-2"]);
    check("上年的", None, &["date|上年|null|rel=-1"]);
    // 上年同期 names the basis of a comparison (由上年同期的2.05:1下降为…,
    // 低于去年同期, 上年同期为…); outside one 去年 is a date.
    check("由上年同期的", None, &[]);
    check("成本低于去年同期", None, &[]);
    check("上年同期为", None, &[]);
    check("主要因去年同期出售厂房", None, &["date|去年|null|rel=-1"]);
    // After a word opening a change's start and right before the compared
    // period's value: a basis (从去年同期90.1%下降至…); 从去年开始 a date.
    check("占比从去年同期90.1%下降至87.3%", None, &[]);
    check("从去年同期开始", None, &["date|去年|null|rel=-1"]);
    // Opening a clause that gives a value after 为: the compared period's
    // value of the indicator named between (no date); without a value the
    // year is a date.
    check("。上年同期归属于股东的净利润为7,388.72万元", None, &[]);
    check("上年同期营业收入为3.2亿元", None, &[]);
    check("。去年同期公司出售厂房。", None, &["date|去年|null|rel=-1"]);
    check(
        "公司去年同期营业收入为3.2亿元",
        None,
        &["date|去年|null|rel=-1"],
    );
    check("本年", None, &["date|本年|null|rel=0"]);
    check("今年以来", None, &["date|今年以来|null|rel=0"]);
    check("今年上半年", None, &["period|今年上半年|--01…--06|rel=0"]);
}

#[test]
fn relative_years_resolved() {
    let r = Some("2026-06-02");
    check("今年7月1日", r, &["date|今年7月1日|2026-07-01|resolved"]);
    check("今年", r, &["date|今年|2026|resolved"]);
    check("5月28日", r, &["date|5月28日|2026-05-28|resolved"]);
    check("今年以来", r, &["date|今年以来|2026|resolved"]);
    check("1月~10月", r, &["period|1月~10月|2026-01…2026-10|resolved"]);
    check("上半年", r, &["period|上半年|2026-01…2026-06|resolved"]);
    check("2024年3月", r, &["date|2024年3月|2024-03"]);
    check("“十四五”", r, &["period|“十四五”|2021…2025"]);
}

#[test]
fn resolution_across_a_year_boundary() {
    let r = Some("2026-01-10");
    check("去年12月", r, &["date|去年12月|2025-12|resolved"]);
    check(
        "去年12月30日",
        r,
        &["date|去年12月30日|2025-12-30|resolved"],
    );
    check(
        "明年1月",
        Some("2025-12-31"),
        &["date|明年1月|2026-01|resolved"],
    );
    check("12月27日", r, &["date|12月27日|2026-12-27|resolved"]);
    check(
        "去年前三季度",
        r,
        &["period|去年前三季度|2025-01…2025-09|resolved"],
    );
}

#[test]
fn recent_years() {
    check("过去五年,河北", None, &["period|过去五年|null…null|rel=-5"]);
    check("近两年，一批", None, &["period|近两年|null…null|rel=-2"]);
    check("近五年来", None, &["period|近五年|null…null|rel=-5"]);
    // 这两年 as 近两年; 这一年 is one year of a story, no period.
    check(
        "从这两年的趋势看",
        None,
        &["period|这两年|null…null|rel=-2"],
    );
    check("这一年，", None, &[]);
    // 本年度报告: this annual report (本 + 年度报告), no date; 本年度 is the
    // year of an account or a rule (as 上年度), no date either; nor is the
    // quarter before (上一季度, as 上一年度).
    check("本年度报告摘要", None, &[]);
    check("按本单位本年度营业额计提", None, &[]);
    check("上一季度未发生违约的企业", None, &[]);
    check("一季度未发生违约", None, &["period|一季度|--01…--03"]);
    // 近1年 is the last twelve months, a length of time (numeric), no
    // period of calendar years; from two years on 近 makes one, unless a
    // negation of a record follows in its clause: then the years are the
    // window the record is checked over, a length of time too (NDRC
    // golden, dev slice 13: 近3年还应未发生重大违法违规事件).
    check("近1年未发生违约", None, &[]);
    check("近3年未发生违约", None, &[]);
    check("申请人近五年内无不良记录", None, &[]);
    check(
        "近两年来未见好转",
        None,
        &["period|近两年|null…null|rel=-2"],
    );
    check(
        "近3年，全县未发生",
        None,
        &["period|近3年|null…null|rel=-3"],
    );
    check(
        "近3年全县投资增长",
        None,
        &["period|近3年|null…null|rel=-3"],
    );
    // 财年, 财政年度 in place of 年: a fiscal year, a date.
    check("于2021财年，收入", None, &["date|2021财年|2021"]);
    check("2019财政年度报告", None, &["date|2019财政年度|2019"]);
    check(
        "近两年",
        Some("2022-12-13"),
        &["period|近两年|2021…2022|resolved"],
    );
    check(
        "过去五年",
        Some("2026-01-28"),
        &["period|过去五年|2021…2025|resolved"],
    );
}

#[test]
fn not_entities() {
    for text in [
        "全年",
        "年内",
        "近年来",
        "目前",
        "近日",
        "每年",
        "年均",
        "较年初",
        "比上年",
        "较上年末",
        "同比",
        "8个月",
        "5年",
        "连续两年",
        "一年来",
        "三年",
        "年产15万吨",
        "季度加压",
        "每月",
        "长期以来",
        "12345热线",
        "5G",
        "PM2.5",
        "1000年",
        "第三次",
        "此后年均增长",
        "说明年度预算",
        "规模以上年营业收入",
        "如今年轻人",
        "目前年产能",
        "降低成本年均",
        "提前3个月完成",
        "此前两个月",
        "同年底",
        "每一季度",
    ] {
        check(text, None, &[]);
        check(text, Some("2026-06-02"), &[]);
    }
}

#[test]
fn invalid_dates_are_not_entities() {
    check("2月30日", None, &[]);
    check("13月", None, &[]);
    check("5月32日", None, &[]);
    check("2025年2月29日", None, &[]);
    check("2024年13月", None, &[]);
    // read to their end: no valid part is made out of them
    check("2024年2月30日，", Some("2026-06-02"), &[]);
    // a yearless 2月29日 is valid; it stays unresolved in a common year
    check("2月29日", None, &["date|2月29日|--02-29"]);
    check("2月29日", Some("2026-06-02"), &["date|2月29日|--02-29"]);
    check(
        "2月29日",
        Some("2024-06-02"),
        &["date|2月29日|2024-02-29|resolved"],
    );
}

#[test]
fn several_in_one_text() {
    check(
        "今年1月至5月，来安县累计…2026年当地进一步迭代，“十五五”开局",
        None,
        &[
            "period|今年1月至5月|--01…--05|rel=0",
            "date|2026年|2026",
            "period|“十五五”|2026…2030",
        ],
    );
}

#[test]
fn odd_text_never_panics() {
    for text in [
        "",
        "年",
        "2",
        "2024",
        "2024年2",
        "“",
        "“十",
        "前",
        "近",
        "过去",
        "１２月",
        "𠀀2024年",
        "2024-",
        "2024-06-",
        "\u{FFFD}5月",
        "年底",
        "第",
        "上半",
        "1至",
        "5月1—",
    ] {
        let mut out = Vec::new();
        scan(text, None, &mut out);
        for e in &out {
            assert!(text.get(e.range()).is_some(), "{text:?}");
        }
    }
    check("１２月", None, &["date|１２月|--12"]);
    check("𠀀2024年", None, &["date|2024年|2024"]);
}

mod properties {
    use super::super::scan;
    use crate::config::RefDate;
    use crate::entity::Kind;
    use proptest::prelude::*;

    /// Text made of the pieces dates are made of, so the grammar's corners
    /// get exercised, plus arbitrary characters.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "年",
                "月",
                "日",
                "号",
                "季度",
                "上半年",
                "下半年",
                "前",
                "个月",
                "第",
                "今年",
                "去年",
                "上年",
                "比",
                "以来",
                "底",
                "末",
                "初",
                "份",
                "至",
                "—",
                "-",
                "~",
                "/",
                ".",
                "“",
                "”",
                "‘",
                "’",
                "十四五",
                "十五",
                "时期",
                "过去",
                "近",
                "〇",
                "二",
                "十",
                "三",
                "两",
                "\n",
                "2024",
                "2",
                "13",
                "31",
                "０",
                "𠀀",
            ])
            .prop_map(str::to_string),
            any::<char>().prop_map(|c| c.to_string()),
            (0u32..3000).prop_map(|n| n.to_string()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn spans_are_sound(pieces in prop::collection::vec(piece(), 0..24), with_ref in any::<bool>()) {
            let text: String = pieces.concat();
            let r = with_ref.then(|| RefDate::parse("2026-01-10").unwrap());
            let mut out = Vec::new();
            scan(&text, r, &mut out);
            let mut last_end = 0;
            for e in &out {
                prop_assert!(e.span.start >= last_end && e.span.start < e.span.end);
                prop_assert!(text.get(e.range()).is_some());
                last_end = e.span.end;
                match e.kind {
                    Kind::Date => prop_assert!(e.date().is_some() && e.period().map(|p| p.0).is_none()),
                    Kind::Period => prop_assert!(e.date().is_none()),
                    k => prop_assert!(false, "kind {}", k),
                }
                if r.is_some() {
                    prop_assert!(e.relative_years().is_none());
                }
                for d in [e.date(), e.period().map(|p| p.0), e.period().map(|p| p.1)].into_iter().flatten() {
                    if let Some(m) = d.month {
                        prop_assert!((1..=12).contains(&m));
                        if let Some(day) = d.day {
                            let y = d.year.unwrap_or(2000);
                            prop_assert!(day >= 1 && day <= crate::config::days_in_month(y, m));
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn a_day_alone_as_news_writes_it() {
    check("19日，国家统计局发布", None, &["date|19日|---19"]);
    check("记者19日从市发改委获悉", None, &["date|19日|---19"]);
    check(
        "记者19日从市发改委获悉",
        Some("2021-11-20"),
        &["date|19日|2021-11-19|resolved"],
    );
    // A length of time, or a day inside a word, is no date.
    check("自受理之日起，30日内办结", None, &[]);
    check("，15日后生效", None, &[]);
    check("共计19日", None, &[]);
    // A market's close after a day alone makes it a date.
    check("该指数8日收报3050点", None, &["date|8日|---08"]);
    check("股价12日报收于9元", None, &["date|12日|---12"]);
}

#[test]
fn basis_words_are_not_dates() {
    check("比去年同期增长5%", None, &[]);
    check("较上年下降3%", None, &[]);
    check("与去年相比", None, &[]);
    check("去年全市", None, &["date|去年|null|rel=-1"]);
    // 上年同期 is the compared period in or outside a comparison; 去年同期
    // outside one keeps 去年 a date.
    check("利润减少主要系上年同期处置资产", None, &[]);
    check("由于去年同期因故停产", None, &["date|去年|null|rel=-1"]);
    // Its long form, a column of a quarterly report's table.
    check(
        "| 年初至报告期末 | 上年初至上年报告期末 | 比上年同期增减(%) |",
        None,
        &[],
    );
    check("上年报告期内", None, &[]);
    // 的 after 去年同期 gives the compared period only before a figure;
    // before a noun the year is a date.
    check("，去年同期的6.58亿元", None, &[]);
    check(
        "，去年同期的销售基数偏高，",
        None,
        &["date|去年|null|rel=-1"],
    );
}

#[test]
fn year_ranges_without_nian_and_fiscal_years() {
    check(
        "图2:2011-2015三次产业增加值",
        None,
        &["period|2011-2015|2011…2015"],
    );
    check("2000-2010元", None, &[]);
    check("1900-2000人", None, &[]);
    check("发布2023年度业绩报告", None, &["date|2023年度|2023"]);
    check("与上年相比", None, &[]);
}

#[test]
fn the_year_after_an_event() {
    // 次年 counts from an event the text names: relative_years 1, never
    // resolved against the reference date (ANNOTATION b4-c 8, b5-b 9).
    for r in [None, Some("2026-06-02")] {
        check("自认定次年起", r, &["date|次年|null|rel=1"]);
        check("次年1月1日起执行", r, &["date|次年1月1日|--01-01|rel=1"]);
        check("次年末", r, &["date|次年末|null|end|rel=1"]);
    }
    // 次 closing another word (首次, 层次, 批次) makes no 次年.
    check("首次年检", None, &[]);
    check("分层次年度考核", None, &[]);
}

#[test]
fn blind_slices_three_and_four() {
    check(
        "本措施有效期自2023年5月1日起至2023年12月31日止。",
        None,
        &["period|2023年5月1日起至2023年12月31日|2023-05-01…2023-12-31"],
    );
    check("3.2023年(含)以来,在", None, &["date|2023年(含)以来|2023"]);
    check("按国务院一九八〇年223号文件规定", None, &[]);
    check("1 月 30 日上午", None, &["date|1 月 30 日|--01-30"]);
    check(
        "2023 年 1 月 30 日",
        None,
        &["date|2023 年 1 月 30 日|2023-01-30"],
    );
    check(
        "协会2023-05-0409:55发表",
        None,
        &["date|2023-05-04|2023-05-04"],
    );
    check("在申请前12个月内(含)没有逾期", None, &[]);
    check(
        "今年前10个月，",
        None,
        &["period|今年前10个月|--01…--10|rel=0"],
    );
}

#[test]
fn a_year_before_a_line_number_stays_a_date() {
    check("2024年3号线开通", None, &["date|2024年|2024"]);
}

#[test]
fn blind_slice_5_ranges() {
    // Quarters of two years joined by 至 are one period.
    check(
        "对2023年四季度至2024年一季度引进的",
        None,
        &["period|2023年四季度至2024年一季度|2023-10…2024-03"],
    );
    check(
        "2024年二季度至第四季度",
        None,
        &["period|2024年二季度至第四季度|2024-04…2024-12"],
    );
    // X开始至Y is one period, as X起至Y.
    check(
        "自2023年12月1日开始至2024年2月29日(含)期间",
        None,
        &["period|2023年12月1日开始至2024年2月29日|2023-12-01…2024-02-29"],
    );
}

#[test]
fn blind_slice_5_relative_year_words_inside_other_words() {
    // 税前 is a word (pre-tax): no 前年.
    check("不超过个人税前年收入的5%", None, &[]);
    // 由上年的A调整为B: 上年 is the compared base (b5-d 4), as 比上年.
    check("三次产业结构由上年的6.9:55.9调整为", None, &[]);
    check("前年,", Some("2026-06-02"), &["date|前年|2024|resolved"]);
}

#[test]
fn dev_slice_11_spaced_periods_with_a_mark_on_the_first_end() {
    // A mark on the first end stays in the span, before the separator; the
    // mark after the last end is out.
    check(
        "报名时间为2024年3月1日(含)至2024年4月30日(含)。",
        None,
        &["period|2024年3月1日(含)至2024年4月30日|2024-03-01…2024-04-30"],
    );
    check(
        "自2022年9月5日（不含）至10月8日止",
        None,
        &["period|2022年9月5日（不含）至10月8日|2022-09-05…2022-10-08"],
    );
    // Text set from PDF: a layout space after the separator, as inside a date.
    check(
        "于 2024 年 3 月 1 日(含)至 2024 年 4 月 30 日期间",
        None,
        &["period|2024 年 3 月 1 日(含)至 2024 年 4 月 30 日|2024-03-01…2024-04-30"],
    );
    // A mark with no second end leaves the date alone.
    check(
        "2024年3月1日(含)以后",
        None,
        &["date|2024年3月1日|2024-03-01"],
    );
}

#[test]
fn the_lead_lists_hold_no_digit_or_numeral() {
    // `parse` tries the lead lists after the digit and numeral arms.
    use crate::lexicon::{chars, List};
    for l in [
        List::QuotePair,
        List::TimeRecentLead,
        List::TimeYearWordLead,
    ] {
        for &c in chars(l) {
            assert!(
                super::lex::arabic_digit(c).is_none() && !super::lex::is_chinese_numeral(c),
                "{c} of {l}"
            );
        }
    }
    // `parse` tries the digit and numeral arms before the half-year words,
    // 元 and 第; `scan` steps over a run of digits without reading
    // `not_dates`.
    let words = &super::words::WORDS;
    let firsts = words
        .second_halves
        .iter()
        .chain(&words.not_dates)
        .filter_map(|w| w.chars().next())
        .chain(words.first_months_leads.iter().copied())
        .chain([super::lex::FIRST_MONTH, super::ORDINAL_PREFIX]);
    for c in firsts {
        assert!(
            super::lex::arabic_digit(c).is_none() && !super::lex::is_chinese_numeral(c),
            "{c}"
        );
    }
    // `scan` compares `not_dates` at non-ASCII bytes only.
    for w in &words.not_dates {
        assert!(!w.starts_with(|c: char| c.is_ascii()), "{w}");
    }
}

#[test]
fn dev_slice_11_a_quarter_to_a_month_end() {
    // A quarter opens a range whose right side is a month: from the
    // quarter's first month; the end of the last month is in the span.
    check(
        "自2021年第三季度起至2022年3月底,给予贴息",
        None,
        &["period|2021年第三季度起至2022年3月底|2021-07…2022-03"],
    );
    check("二季度至8月份", None, &["period|二季度至8月份|--04…--08"]);
    check(
        "2024年1月至2024年5月末",
        None,
        &["period|2024年1月至2024年5月末|2024-01…2024-05"],
    );
    // A right side before the quarter's start is no range.
    check(
        "2023年第三季度至2023年2月",
        None,
        &[
            "period|2023年第三季度|2023-07…2023-09",
            "date|2023年2月|2023-02",
        ],
    );
}

#[test]
fn a_day_alone_after_a_dateline_bracket() {
    check(
        "（本报记者 王某）23日，市政府召开常务会议",
        None,
        &["date|23日|---23"],
    );
}

#[test]
fn dev_slice_14_a_range_of_years_closed_by_the_last_years_end() {
    check(
        "2019年至2021年底,累计完成",
        None,
        &["period|2019年至2021年底|2019…2021"],
    );
    check("2018—2020年末", None, &["period|2018—2020年末|2018…2020"]);
    check(
        "2022年至2024年年底",
        None,
        &["period|2022年至2024年年底|2022…2024"],
    );
}

#[test]
fn dev_slice_14_a_day_after_a_relative_month() {
    check("自批准的次月5日起执行", None, &["date|5日|---05"]);
    check("下月10日前报送", None, &["date|10日|---10"]);
}

#[test]
fn a_two_digit_year_with_a_leading_zero() {
    // Headlines write 08年 for 2008: no length of time has a leading zero.
    check("某公司08年营收增长", None, &["date|08年|2008"]);
    check("某公司05年3月上市", None, &["date|05年3月|2005-03"]);
    // Without the zero it stays a length of time, no date.
    check("经营了12年", None, &[]);
}

#[test]
fn a_day_in_brackets_after_today() {
    check("商务部今天(9日)举行发布会", None, &["date|9日|---09"]);
    check("商务部今天（18日）举行发布会", None, &["date|18日|---18"]);
    // Any day named relative to the news (list news_day), traditional too.
    check("國務院昨天(1日)印發了《綱要》", None, &["date|1日|---01"]);
    check("国务院昨日（30日）发布", None, &["date|30日|---30"]);
    // No such word before the bracket: a day alone in it stays none.
    check("会议(1日)", None, &[]);
}

#[test]
fn an_outline_number_after_a_colon_before_a_year() {
    check("附件:1.2019年银行机构工作要点", None, &["date|2019年|2019"]);
    check("16.2025年改造提升", None, &["date|2025年|2025"]);
}

#[test]
fn g24_a_bare_year_before_a_word_of_the_whole_year() {
    // 全年 after four bare digits of a year: the year, 全年 out of the span.
    check("预计2031全年营收持平", None, &["date|2031|2031"]);
    // Digits glued to others or out of the years' range stay no date.
    check("编号52031全年", None, &[]);
    check("共计9999全年", None, &[]);
}

/// A word opening with a year's or a month's suffix is no suffix
/// (2020年初步建成: 初步, preliminary), and two horizontal bars join the
/// ends of a range as one does (g26, mined after the entity scopes of
/// notice_guowuyuan_zhijiao_2019 and notice_guobanfa_shetuan_1997).
#[test]
fn suffix_words_and_double_bars() {
    check("到2030年初步形成体系", None, &["date|2030年|2030"]);
    check("2028年初中毕业生", None, &["date|2028年|2028"]);
    check("2028年初召开", None, &["date|2028年初|2028"]);
    check("9月初步完成", None, &["date|9月|--09"]);
    check(
        "2011年3月――2012年5月，",
        None,
        &["period|2011年3月――2012年5月|2011-03…2012-05"],
    );
}

/// 首 after a year word reads as 前, the first months or quarters of that
/// year (Hong Kong usage, blind slice 14's news_nengyuanju_yongdian_2025m2);
/// after a word it counts from an event and is no period.
#[test]
fn shou_after_a_year_is_the_first_months() {
    check(
        "今年首三个月，",
        None,
        &["period|今年首三个月|--01…--03|rel=0"],
    );
    check(
        "2024年首4个月",
        None,
        &["period|2024年首4个月|2024-01…2024-04"],
    );
    check("上市首两个月", None, &[]);
}

/// 前一个月 without a year is the month before an event (the first month of
/// a year is 1月): no period; with a year it is one.
#[test]
fn the_one_month_before_an_event_is_no_period() {
    check("以登记前一个月的收入为准", None, &[]);
    check("按办理前1个月工资计", None, &[]);
    check("前2个月", None, &["period|前2个月|--01…--02"]);
}

/// Bare months of a list whose last month has 月 are dates each; falling
/// numbers or a thirteenth month are no such list.
#[test]
fn listed_months() {
    check(
        "全市1、2月份完成投资",
        None,
        &["date|1|--01", "date|2月份|--02"],
    );
    check(
        "3、4、5月",
        None,
        &["date|3|--03", "date|4|--04", "date|5月|--05"],
    );
    check("发放了5、3月", None, &["date|3月|--03"]);
    check("共12、13月", None, &[]);
}

/// A bare year before a festival or a holiday season is that year, the
/// word out of the span (g34-ent, news_shangwubu_chunjie_2018's 2017春节).
#[test]
fn g34_a_bare_year_before_a_festival() {
    check("预计2025春节期间客流增长", None, &["date|2025|2025"]);
    check("2024国庆假期消费活跃", None, &["date|2024|2024"]);
    check("2026元旦档期", None, &["date|2026|2026"]);
    // Before a name it stays part of the name.
    check("2025江苏省米其林指南", None, &[]);
}

/// Dev slice 25 (stats_nbs_nengyuan_2023m6): 本年 and 上年 in a sentence on the
/// comparability of figures (可比, 口径) name any year of a method, no date;
/// elsewhere they stay relative years, and 今年/去年 are never method years.
#[test]
fn method_years_in_a_note_on_comparability_are_no_dates() {
    check(
        "为保证本年数据与上年可比,计算各项指标所采用的同期数与本期的企业统计范围相一致,和上年公布的数据存在口径差异。",
        None,
        &[],
    );
    check(
        "上年，全县粮食总产量达到52万吨。本年数据可比。",
        None,
        &["date|上年|null|rel=-1"],
    );
    check("今年数据与去年可比。", None, &["date|今年|null|rel=0"]);
}

/// Blind slice 17 (stats_q_sanmenxia_h1): a quarter's end, 末 or 底 after a
/// quarter, is the quarter's period with the word in the span (as 初 stays
/// in `3月初`); so after a half year.
#[test]
fn blind17_a_quarter_end_is_the_quarter() {
    check(
        "二季度末,生猪存栏71.5万头",
        None,
        &["period|二季度末|--04…--06"],
    );
    check(
        "2023年三季度末",
        None,
        &["period|2023年三季度末|2023-07…2023-09"],
    );
    check("一季度底", None, &["period|一季度底|--01…--03"]);
    check("上半年末", None, &["period|上半年末|--01…--06"]);
}

/// Blind slice 17 (gov_pbc_yiqingjinrong_2022): a range from a day may end
/// at the end of a month (月末, 月底): one period to that month.
#[test]
fn blind17_a_day_to_a_month_end() {
    check(
        "2022年1月1日至2023年6月末,按照余额增量的1%提供激励资金",
        None,
        &["period|2022年1月1日至2023年6月末|2022-01-01…2023-06"],
    );
    check(
        "3月15日至5月底",
        None,
        &["period|3月15日至5月底|--03-15…--05"],
    );
    // A day to a day stays as it was; a month without 末/底 after a day is
    // no range (two dates).
    check(
        "2022年1月1日至2023年6月30日",
        None,
        &["period|2022年1月1日至2023年6月30日|2022-01-01…2023-06-30"],
    );
    check(
        "2022年1月1日至2023年6月",
        None,
        &["date|2022年1月1日|2022-01-01", "date|2023年6月|2023-06"],
    );
}

/// Blind slice 17 (stats_gb_gxscse677781_2015): two bare years joined by
/// 与 (和, 及) before the last one's 年 are two dates, as a list joined by 、.
#[test]
fn blind17_two_years_joined_by_a_word() {
    check(
        "2010与2015年三次产业结构比",
        None,
        &["date|2010|2010", "date|2015年|2015"],
    );
    check(
        "2019、2020和2021年",
        None,
        &["date|2019|2019", "date|2020|2020", "date|2021年|2021"],
    );
    // A joining word only before the last year (the last two join);
    // falling years are no list.
    check(
        "2010与2015与2020年",
        None,
        &["date|2015|2015", "date|2020年|2020"],
    );
    check("2015与2010年", None, &["date|2010年|2010"]);
}

#[test]
fn a_mark_naming_the_day_on_the_first_end_of_a_range_of_dates() {
    // (含当日)/(不含当日) say, as (含)/(不含) do, whether the first day is in
    // the range: one period, the mark in its span, the last one out.
    check(
        "凡在2025年3月1日(含当日)至2025年6月30日(含当日)期间购房的",
        None,
        &["period|2025年3月1日(含当日)至2025年6月30日|2025-03-01…2025-06-30"],
    );
    check(
        "自2024年10月8日（不含当日）至2024年12月31日，",
        None,
        &["period|2024年10月8日（不含当日）至2024年12月31日|2024-10-08…2024-12-31"],
    );
}

/// A bare four-digit year glued before a part of the year, as headlines
/// write it (h39, dev slice 29's news_cpia_guangfu_2015h1): one period of
/// that year, the year in the span.
#[test]
fn h39_a_bare_year_before_a_part_of_the_year() {
    check(
        "2016下半年装机",
        None,
        &["period|2016下半年|2016-07…2016-12"],
    );
    check(
        "2031一季度营收",
        None,
        &["period|2031一季度|2031-01…2031-03"],
    );
    // Digits glued to others or out of the years' range stay no year.
    check("编号52031下半年", None, &["period|下半年|--07…--12"]);
    check("共计9999上半年", None, &["period|上半年|--01…--06"]);
}
