//! Vague quantities written as fixed words (SPEC 1.3): `一半` is 0.5,
//! `过半` 0.5 more than, `数以万计` 10000 more than (and 数以百计, 数以千计,
//! 数以亿计). A suffix bound after 一半 applies (`一半以上`).

use super::table::SUFFIX_BOUNDS;
use super::text::{char_at, char_before, is_han};
use crate::chars::{HALF, ONE};
use crate::decimal::Decimal;
use crate::entity::{Bound, Entity, Span};
use crate::lexicon::{has_char, keyed, List};
use crate::value::{DurationUnit, Figure, Value};

fn number(start: usize, end: usize, value: Decimal, bound: Bound) -> Entity {
    let mut e = Entity::new(Span::new(start, end), Value::Number(Figure::new(value)));
    e.bound = bound;
    e
}

/// Half a unit of time (`半年内`, `半个月`): a duration of 0.5, unless a
/// word before makes it a part of the year (上半年, 下半年) or a period
/// (近半年, 前半年), or it ends a length (一年半).
fn half_duration(text: &str, at: usize) -> Option<Entity> {
    let end = at + HALF.len_utf8();
    let (w, unit) = keyed(List::HalfUnit)
        .iter()
        .find(|(w, _)| text[end..].starts_with(w))?;
    let unit: DurationUnit = unit.parse().ok()?;
    if char_before(text, at).is_some_and(|c| has_char(List::HalfLead, c) || c.is_numeric()) {
        return None;
    }
    // 半年累计完成…: the half-year of a running total, a period (time).
    if crate::time::half_year_total(text, at).is_some() {
        return None;
    }
    // 半年报, 半年度: a half-year report or period, no length of time;
    // after 每 the length of a cycle (每半年报送一次).
    let every = char_before(text, at).is_some_and(|c| has_char(List::EveryWord, c));
    if !every && char_at(text, end + w.len()).is_some_and(|c| has_char(List::HalfUnitWord, c)) {
        return None;
    }
    // 半年、年度工作报告: 半年 shares the 度 of the next listed word (半年度
    // and 年度 reports), a kind of report as 半年度, no length of time.
    let next = end + w.len();
    if let Some(sep) = char_at(text, next).filter(|&c| has_char(List::EnumerationMark, c)) {
        let item = next + sep.len_utf8();
        if text[item..].starts_with(w)
            && char_at(text, item + w.len()).is_some_and(|c| has_char(List::HalfUnitWord, c))
        {
            return None;
        }
    }
    let figure = Figure::new(Decimal::new(5, 1)?);
    // 半年多: more than half a year; 半年及以上: a suffix bound after it.
    let mut stop = end + w.len();
    let mut bound = Bound::Exact;
    if let Some(w) = crate::lexicon::prefix_in(List::HalfMore, &text[stop..]) {
        stop += w.len();
        bound = Bound::MoreThan;
    } else if let Some((b, bd)) = SUFFIX_BOUNDS.longest_at(text, stop) {
        stop += b.len();
        bound = bd;
    }
    let mut e = Entity::new(
        Span::new(at, stop),
        Value::Duration {
            figure,
            unit,
            unit_text: None,
        },
    );
    e.bound = bound;
    Some(e)
}

/// 一半 or 过半 ending with the 半 at byte `at` (with a bound word before
/// 一半: `超过一半`), or half a unit of time; not reaching back past `floor`.
pub(crate) fn half(text: &str, at: usize, floor: usize) -> Option<Entity> {
    if let Some(e) = half_duration(text, at) {
        return Some(e);
    }
    // 半数以上: half of a group (`List::HalfOf`) with a bound after it, read
    // as 一半以上 (过半数 stays 过半, below).
    let after = at + char_at(text, at).map_or(0, char::len_utf8);
    if let Some(w) = crate::lexicon::prefix_in(List::HalfOf, &text[after..]) {
        if let Some((b, bound)) = SUFFIX_BOUNDS.longest_at(text, after + w.len()) {
            let end = after + w.len() + b.len();
            return Some(number(at, end, Decimal::new(5, 1)?, bound));
        }
        // 超过半数, 不到半数: a bound word of two characters or more
        // before it, in the span (过半数 stays 过半, below).
        let pre = super::prefix::read(text, at, floor);
        let long = text[pre.start..at].chars().count() >= 2;
        if let Some(bound) = pre.bound.filter(|_| long) {
            return Some(number(
                pre.start,
                after + w.len(),
                Decimal::new(5, 1)?,
                bound,
            ));
        }
        // 其中,半数工业行业增速超过20%: 半数 with no bound word on either
        // side, right before the noun of the group halved, is half of it.
        let end = after + w.len();
        if pre.bound.is_none()
            && char_at(text, end)
                .is_some_and(|c| is_han(c) && !crate::numeral::chinese::is_numeral_char(c))
        {
            return Some(number(at, end, Decimal::new(5, 1)?, Bound::Exact));
        }
    }
    if let Some(e) = half_tenth(text, at, floor) {
        return Some(e);
    }
    let before = char_before(text, at)?;
    let start = at.checked_sub(before.len_utf8())?;
    if start < floor {
        return None;
    }
    let end = at + HALF.len_utf8();
    // 半导体, 半岛, 半径: 半 opens a word.
    if char_at(text, end).is_some_and(|c| has_char(List::BanWord, c)) {
        return None;
    }
    let half = Decimal::new(5, 1)?;
    match before {
        // 一半, but not 一年半 or 十一半 (the 一 belongs to a numeral).
        ONE if !char_before(text, start).is_some_and(crate::numeral::chinese::is_numeral_char) => {
            let (end, bound) = match SUFFIX_BOUNDS.longest_at(text, end) {
                Some((w, b)) => (end + w.len(), b),
                None => (end, Bound::Exact),
            };
            let pre = super::prefix::read(text, start, floor);
            // 将近一半, 接近一半: a verb of bound before it, out of the span;
            // so is a bound word earlier in the clause, as for other figures
            // (`不足全省总量的一半`, `突破全省总额的一半`).
            let verb = (pre.start == start && bound == Bound::Exact)
                .then(|| {
                    super::prefix::verb_bound(text, start, floor).or_else(|| {
                        super::prefix::clause_bound(text, start, start, floor, false, false, None)
                    })
                })
                .flatten();
            let bound = pre.bound.or(verb).unwrap_or(bound);
            Some(number(pre.start, end, half, bound))
        }
        // 过半 (not 通过半年: 过 closing a word, or 半 opening one).
        // 双过半, a mid-year slogan (not_entities.tsv), no half.
        c if has_char(List::OverHalf, c)
            && !char_before(text, start).is_some_and(|c| has_char(List::GuoGlue, c))
            && !super::table::FIXED.covers(text, start)
            && !char_at(text, end).is_some_and(|c| has_char(List::GuoBanTime, c)) =>
        {
            Some(number(start, end, half, Bound::MoreThan))
        }
        _ => None,
    }
}

/// 半成 at byte `at` (the 半): half a tenth, a percent of 5 (`不足半成` less
/// than 5%), with a bound word before or after it; not where 成 opens a word
/// (`半成品`, `List::ChengWord`) or 半 closes 一半 or 过半.
fn half_tenth(text: &str, at: usize, floor: usize) -> Option<Entity> {
    let tenth = at + char_at(text, at)?.len_utf8();
    let w = crate::lexicon::prefix_in(List::HalfTenth, &text[tenth..])?;
    let end = tenth + w.len();
    if char_at(text, end).is_some_and(|c| has_char(List::ChengWord, c))
        || char_before(text, at).is_some_and(|c| has_char(List::HalfTenthNotAfter, c))
    {
        return None;
    }
    let (end, suffix) = match SUFFIX_BOUNDS.longest_at(text, end) {
        Some((w, b)) => (end + w.len(), Some(b)),
        None => (end, None),
    };
    let pre = super::prefix::read(text, at, floor);
    let figure = Figure::new(Decimal::from(5));
    let mut e = Entity::new(
        Span::new(pre.start, end),
        Value::Percent {
            figure,
            unit: crate::value::PercentUnit::Percent,
        },
    );
    e.bound = pre.bound.or(suffix).unwrap_or(Bound::Exact);
    Some(e)
}

/// 数以万计 and its kin at byte `at` (the 数).
pub(crate) fn countless(text: &str, at: usize) -> Option<Entity> {
    let open = crate::lexicon::prefix_in(List::CountlessOpen, text.get(at..)?)?;
    let rest = &text[at + open.len()..];
    let mut cs = rest.chars();
    // 百 千 万 亿 (萬 億): a magnitude from 百 up, no financial capital.
    let m = cs.next()?;
    let exp = crate::numeral::magnitude::any_unit(m)
        .filter(|&p| p >= 2 && !has_char(List::FinancialCapital, m))?;
    let close = crate::lexicon::prefix_in(List::CountlessClose, cs.as_str())?;
    let end = at + open.len() + m.len_utf8() + close.len();
    let value = Decimal::ONE.checked_mul_pow10(exp)?;
    Some(number(at, end, value, Bound::MoreThan))
}

#[cfg(test)]
mod tests {
    use crate::entity::{Bound, Kind};

    fn scan(text: &str) -> Vec<(Kind, String, String, Bound)> {
        let mut v = Vec::new();
        super::super::scan(text, true, &mut v);
        v.iter()
            .map(|e| {
                (
                    e.kind,
                    e.text(text).to_string(),
                    e.value().unwrap().to_string(),
                    e.bound,
                )
            })
            .collect()
    }

    #[test]
    fn fixed_vague_words() {
        assert_eq!(
            scan("收入的一半"),
            [(Kind::Number, "一半".into(), "0.5".into(), Bound::Exact)]
        );
        assert_eq!(
            scan("一半以上"),
            [(
                Kind::Number,
                "一半以上".into(),
                "0.5".into(),
                Bound::AtLeast
            )]
        );
        assert_eq!(
            scan("过半数企业"),
            [(Kind::Number, "过半".into(), "0.5".into(), Bound::MoreThan)]
        );
        assert_eq!(
            scan("数以万计的游客"),
            [(
                Kind::Number,
                "数以万计".into(),
                "10000".into(),
                Bound::MoreThan
            )]
        );
        assert!(scan("通过半年努力").iter().all(|e| e.1 != "过半"));
        assert_eq!(scan("一年半")[0].1, "一年半");
        assert_eq!(
            scan("超过一半")[0],
            (
                Kind::Number,
                "超过一半".into(),
                "0.5".into(),
                Bound::MoreThan
            )
        );
        assert_eq!(
            scan("起,半年内到期")[0],
            (Kind::Duration, "半年".into(), "0.5".into(), Bound::Exact)
        );
        assert!(scan("上半年").is_empty());
        // 半年及以上, 半年多: a bound after half a unit of time (ANNOTATION b6-a 5, b6-b 7).
        assert_eq!(
            scan("居住登记半年及以上,")[0],
            (
                Kind::Duration,
                "半年及以上".into(),
                "0.5".into(),
                Bound::AtLeast
            )
        );
        assert_eq!(
            scan("相隔仅半年多的时间")[0],
            (
                Kind::Duration,
                "半年多".into(),
                "0.5".into(),
                Bound::MoreThan
            )
        );
        // 每半年: the cycle's length, 每 out, as 每两年 (ANNOTATION b5-c 2).
        assert_eq!(
            scan("每半年评估")[0],
            (Kind::Duration, "半年".into(), "0.5".into(), Bound::Exact)
        );
    }
}

#[cfg(test)]
mod half_unit_tests {
    use super::*;

    #[test]
    fn every_half_unit_key_is_a_duration_unit() {
        for (w, key) in keyed(List::HalfUnit) {
            assert!(key.parse::<DurationUnit>().is_ok(), "{w}: {key}");
            let text = format!("用半{w}完成");
            let e = half_duration(&text, "用".len()).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(e.value().map(|v| v.to_string()), Some("0.5".into()));
            assert_eq!(e.unit(), Some(*key), "{text}");
        }
        assert!(half_duration("半年报", 0).is_none());
        assert!(half_duration("半年度", 0).is_none());
    }
}

#[cfg(test)]
mod half_shared_tests {
    use super::*;

    #[test]
    fn half_sharing_the_next_words_suffix_is_no_duration() {
        // 半年、年度报告: 半年度 and 年度 reports, no length of time.
        assert!(half_duration("按期报送半年、年度统计报表", "按期报送".len()).is_none());
        assert!(half_duration("半年、年报", 0).is_none());
        // A list of lengths stays a duration (半年、一年).
        let e = half_duration("试用半年、一年不等", "试用".len()).unwrap();
        assert_eq!(e.value().map(|v| v.to_string()), Some("0.5".into()));
        // 半天: half a day (放假半天).
        let e = half_duration("放假半天。", "放假".len()).unwrap();
        assert_eq!((e.span.start, e.span.end), (6, 12));
        assert_eq!(e.value().map(|v| v.to_string()), Some("0.5".into()));
        assert_eq!(e.unit(), Some("day"));
        // 大半天: the larger part of a day, vague, no half.
        assert!(half_duration("要跑大半天", "要跑大".len()).is_none());
    }
}
