//! Five-year plans (`“十四五”` 2021–2025, `“十五五”` 2026–2030, back to 一五
//! 1953–1957), from `data/time_plans.tsv`, and the plans after its last row
//! up to 十九五, five years each (`“十六五”` 2031–2035).
//!
//! A plan name counts when it is quoted (the quotation marks are in the span,
//! and a following 以来 too: `“十四五”以来`, as for `2023年以来`) or, unquoted, when 时期, 规划 or 期间 follows it (the span is the name),
//! or, a name of three characters, before any other word (`数说十四五这些…`):
//! before a measure word or a unit a bare `十四五` is the numbers 14 or 15
//! (`十四五个`, `十四五岁`). The long form
//! `第十四个五年规划` is a name with a length in it, no period: the corpus
//! goldens read the length `五年` and leave `第十四个` to the name.

use super::lex::{self, eat, eat_any, eat_char};
use super::{Found, Hit, Parts, Year};
use crate::chars::{FIVE, ORDINAL_PREFIX, TEN, YEAR};
use std::sync::LazyLock;

/// A plan: short name, first and last year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Plan {
    name: &'static str,
    from: i32,
    to: i32,
}

/// The last plan a name of the form 十X五 can give (十九五): 二十五 is the
/// number 25.
const LAST_PLAN: usize = 19;

/// The plans, longest names first (`十五五` before `十五`): the table's,
/// then the plans after its last one up to the nineteenth, five years each,
/// named 十 and the short name of the plan ten before (`十六五` from `六五`,
/// 2031–2035), as the table's own names from 十一五 on are.
static PLANS: LazyLock<Vec<Plan>> = LazyLock::new(|| {
    let mut plans = parse_table(include_str!("../data/time_plans.tsv")).items;
    plans.sort_by_key(|p| p.from);
    while (10..LAST_PLAN).contains(&plans.len()) {
        let (Some(last), Some(ten_before)) = (plans.last(), plans.get(plans.len() - 10)) else {
            break;
        };
        let name: &'static str = format!("{TEN}{}", ten_before.name).leak();
        let from = last.to + 1;
        plans.push(Plan {
            name,
            from,
            to: from + 4,
        });
    }
    plans.sort_by_key(|p| std::cmp::Reverse(p.name.len()));
    plans
});

/// True when `label` is the short name of a five-year plan (`九五`, `十四五`).
pub(crate) fn is_plan_name(label: &str) -> bool {
    PLANS.iter().any(|p| p.name == label)
}

/// Parses `name<TAB>from<TAB>to` rows; `#` starts a comment line.
fn parse_table(table: &'static str) -> crate::lexicon::Table<Plan> {
    crate::lexicon::Table::load("time_plans.tsv", table, |r| {
        Ok(Plan {
            name: r.word(0)?,
            from: r.get(1)?,
            to: r.get(2)?,
        })
    })
}

/// True when 五 stands after the first or the second character at `i`, as
/// it ends every name of two or three characters (of three bytes each: a
/// test checks): where it does not, no name starts at `i`.
fn five_after(s: &str, i: usize) -> bool {
    let five = |n: usize| eat_char(s, i + n * FIVE.len_utf8(), FIVE).is_some();
    five(1) || five(2)
}

/// The plan named at `i`, if any.
pub(super) fn at(s: &str, i: usize) -> Option<Hit> {
    for (open, close) in crate::lexicon::keyed(crate::lexicon::List::QuotePair) {
        if let Some(q) = eat(s, i, open) {
            let (plan, p) = name_at(s, q)?;
            let end = eat(s, p, close)?;
            let end = eat_any(s, end, &super::words::WORDS.sinces).unwrap_or(end);
            return Some(hit(end, plan));
        }
    }
    // Without a name at `i` (no 五 where a name ends) there is no plan.
    if !five_after(s, i) {
        return None;
    }
    // Names are two or three characters: look for the follower first.
    let follows = |n: usize| {
        eat_any(
            s,
            i + n * FIVE.len_utf8(),
            &super::words::WORDS.plan_followers,
        )
        .is_some()
    };
    if lex::prev_char(s, i)
        .is_some_and(|c| lex::is_chinese_numeral(c) || crate::chars::is_decimal(c))
    {
        return None;
    }
    if !follows(2) && !follows(3) {
        // 数说十四五这些指标: a name of three characters (十一五 … 十五五)
        // before a word that is no measure word, unit or numeral is the
        // plan; `十四五个`, `十四五岁` are 14 or 15 of something.
        let (plan, p) = name_at(s, i)?;
        // The word after it opens no numeral either: in `9…十五五点5` the
        // name is part of a run of figures (a decimal point, then digits).
        let mut next = s[p..].chars();
        let bare = plan.name.chars().count() == 3
            && next.next().is_some_and(|c| {
                crate::chars::is_han(c)
                    && !lex::is_chinese_numeral(c)
                    && crate::numeric::table::UNITS.longest_at(s, p).is_none()
            })
            && !next
                .next()
                .is_some_and(|c| lex::is_chinese_numeral(c) || crate::chars::is_decimal(c));
        return bare.then(|| hit(p, plan));
    }
    let (plan, p) = name_at(s, i)?;
    eat_any(s, p, &super::words::WORDS.plan_followers)?;
    Some(hit(p, plan))
}

/// The long form `第十四个五年规划` (or 计划) of one of the plans at the 第
/// at byte `i`: where its length `五年` starts (after 第N个, a part of the
/// name and no rank).
pub(super) fn long_form_at(s: &str, i: usize) -> Option<usize> {
    let q = eat_char(s, i, ORDINAL_PREFIX)?;
    let n = lex::small(s, q, false)?;
    let q = eat_any(s, n.end, &super::words::WORDS.plan_counts)?;
    let length = q - FIVE.len_utf8() - YEAR.len_utf8();
    eat_any(s, q, &super::words::WORDS.plan_kinds)?;
    (1..=PLANS.len())
        .contains(&(n.value as usize))
        .then_some(length)
}

fn name_at(s: &str, i: usize) -> Option<(Plan, usize)> {
    if !five_after(s, i) {
        return None;
    }
    PLANS
        .iter()
        .find_map(|p| eat(s, i, p.name).map(|end| (*p, end)))
}

fn hit(end: usize, plan: Plan) -> Hit {
    let at = |y| Parts {
        year: Some(Year::Abs(y)),
        ..Parts::default()
    };
    Hit::new(end, Found::Period(at(plan.from), at(plan.to)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_is_two_or_three_characters_ending_in_five() {
        // `five_after` looks for 五 after the first or second character.
        for plan in PLANS.iter() {
            assert!(plan.name.ends_with(FIVE), "{}", plan.name);
            assert!(
                [2, 3].contains(&plan.name.chars().count())
                    && plan.name.chars().all(|c| c.len_utf8() == FIVE.len_utf8()),
                "{}",
                plan.name
            );
        }
    }

    #[test]
    fn table_parses_without_duplicates_and_every_row_is_found() {
        let raw = include_str!("../data/time_plans.tsv");
        let errors: Vec<String> = parse_table(raw)
            .errors
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(errors, Vec::<String>::new());
        let rows = raw
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        assert_eq!(
            rows.count() + (LAST_PLAN - 15),
            PLANS.len(),
            "a row failed to parse"
        );
        let mut names: Vec<_> = PLANS.iter().map(|p| p.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), PLANS.len(), "duplicate plan");
        for plan in PLANS.iter() {
            assert_eq!(plan.to - plan.from, 4, "{} is not five years", plan.name);
            let text = format!("“{}”", plan.name);
            assert_eq!(at(&text, 0), Some(hit(text.len(), *plan)), "{}", plan.name);
            let mut out = Vec::new();
            crate::time::scan(&format!("在{text}"), None, &mut out);
            assert_eq!(out.len(), 1, "{}", plan.name);
            let text = format!("{}时期", plan.name);
            assert_eq!(
                at(&text, 0),
                Some(hit(plan.name.len(), *plan)),
                "{}",
                plan.name
            );
        }
    }

    #[test]
    fn a_bare_name_of_three_characters_before_a_word_is_the_plan() {
        let text = "数说十四五这些主要指标";
        let i = text.find('十').unwrap();
        let plan = name_at(text, i).unwrap().0;
        assert_eq!(at(text, i), Some(hit(i + plan.name.len(), plan)));
        assert_eq!((plan.from, plan.to), (2021, 2025));
        // 14 or 15 of something; a numeral before; a name of two characters.
        for text in [
            "十四五岁",
            "十四五个人",
            "二十四五天",
            "九五折",
            "十五五点5",
            "十五五点五",
        ] {
            let i = text.find(['十', '九']).unwrap();
            assert_eq!(at(text, i), None, "{text}");
        }
    }

    #[test]
    fn plans_in_order_do_not_overlap() {
        let mut plans = PLANS.clone();
        plans.sort_by_key(|p| p.from);
        assert_eq!(plans.first().map(|p| p.name), Some("一五"));
        assert_eq!(
            plans.last().map(|p| (p.name, p.from)),
            Some(("十九五", 2046))
        );
        for w in plans.windows(2) {
            assert!(w[0].to < w[1].from, "{} overlaps {}", w[0].name, w[1].name);
        }
    }

    #[test]
    fn long_form() {
        let text = "第十四个五年规划和二〇三五年远景目标";
        let at = long_form_at(text, 0).unwrap();
        assert_eq!(&text[at..], "五年规划和二〇三五年远景目标");
        let text = "第一个五年计划";
        assert_eq!(&text[long_form_at(text, 0).unwrap()..], "五年计划");
        let text = "第十六个五年规划";
        assert_eq!(&text[long_form_at(text, 0).unwrap()..], "五年规划");
        assert_eq!(long_form_at("第二十个五年规划", 0), None);
        assert_eq!(long_form_at("第十四个五年", 0), None);
    }

    #[test]
    fn a_plan_after_the_table_is_ten_and_the_plan_ten_before() {
        // 十六五 (2031–2035) after 十五五, the last row of the table, quoted
        // or before a follower or a word; 二十五 is no plan.
        let years = |text: &str, i: usize| {
            let h = at(text, i)?;
            let Found::Period(from, to) = h.found else {
                return None;
            };
            Some((h.end - i, from.year, to.year))
        };
        let y = |n| Some(Year::Abs(n));
        let text = "“十五五”形成框架、“十六五”基本建成";
        let i = text.rfind('“').unwrap();
        assert_eq!(years(text, i), Some(("“十六五”".len(), y(2031), y(2035))));
        assert_eq!(
            years("十七五时期", 0),
            Some(("十七五".len(), y(2036), y(2040)))
        );
        assert_eq!(
            years("十九五这些", 0),
            Some(("十九五".len(), y(2046), y(2050)))
        );
        assert_eq!(years("十六五个", 0), None);
        assert_eq!(years("“二十五”", 0), None);
    }

    #[test]
    fn unquoted_needs_a_follower() {
        assert_eq!(at("十四五个", 0), None);
        assert_eq!(at("“十四五", 0), None);
        assert_eq!(at("二十五规划", 3), None);
    }
}
