//! Periods that are parts of a year (`一季度`, `前三季度`, `上半年`,
//! `前11个月`) and ranges of years (`2021—2025年`, `2021年至2025年`).

use super::lex::{self, eat_any, eat_char};
use super::{date, Hit, Parts, Year};
use crate::chars::ORDINAL_PREFIX;

/// Months `from..=to` of `year`.
fn months(end: usize, year: Option<Year>, from: u32, to: u32) -> Option<Hit> {
    let at = |m: u32| Parts {
        year,
        month: Some(m as u8),
        day: None,
    };
    Hit::period(end, at(from), at(to))
}

/// A part of a year after an optional year: `上半年`, `下半年`, `前三季度`,
/// `前11个月`, `一季度`, `第二季度`, `一至三季度`; a following 以来 is in the
/// span (`二季度以来`, as `3月以来`).
pub(super) fn part_of_year(s: &str, p: usize, year: Option<Year>) -> Option<Hit> {
    let mut hit = part(s, p, year)?;
    if let Some(end) = eat_any(s, hit.end, &super::words::WORDS.part_suffixes) {
        hit.end = end;
    }
    Some(hit)
}

/// A bare four-digit year glued before a part of the year, as headlines
/// write it (`2015下半年`, `2024一季度`): that part of that year, the year in
/// the span.
pub(super) fn bare_year_part(s: &str, i: usize) -> Option<Hit> {
    let d = lex::arabic(s, i)?;
    if d.count != 4 || !(1800..=2199).contains(&d.value) {
        return None;
    }
    part_of_year(s, d.end, Some(Year::Abs(d.value as i32)))
}

/// [`part_of_year`] without its suffix.
fn part(s: &str, p: usize, year: Option<Year>) -> Option<Hit> {
    let words = &*super::words::WORDS;
    if let Some(end) = eat_any(s, p, &words.first_halves) {
        return months(end, year, 1, 6);
    }
    if let Some(end) = eat_any(s, p, &words.second_halves) {
        return months(end, year, 7, 12);
    }
    if let Some(q) = eat_any(s, p, &words.months_leads).or_else(|| first_months_lead(s, p, year)) {
        // 提前3个月 (in advance), 此前/之前3个月 (the months before).
        if year.is_none()
            && lex::prev_char(s, p).is_some_and(|c| super::words::WORDS.qian_compound.contains(&c))
        {
            return None;
        }
        let n = lex::small(s, q, true)?;
        if let Some(end) = eat_any(s, n.end, &words.quarter_counts) {
            return (1..=4)
                .contains(&n.value)
                .then(|| months(end, year, 1, 3 * n.value))?;
        }
        // 前11个月, and in statistics 前4月 (个 left out).
        let end = eat_any(s, n.end, &words.month_counts)?;
        // 申请前12个月内: the months before an event, a length of time.
        if year.is_none() && (super::within_tail(&s[end..]) || !super::first_months(n.value)) {
            return None;
        }
        return (1..=12)
            .contains(&n.value)
            .then(|| months(end, year, 1, n.value))?;
    }
    if let Some((n, end)) = quarter(s, p) {
        let at = |year, m: u32| Parts {
            year,
            month: Some(m as u8),
            day: None,
        };
        if let Some((to_year, to, end)) = quarter_right(s, end, year) {
            return Hit::period(end, at(year, 3 * n - 2), at(to_year, 3 * to));
        }
        // 2022年第二季度起至2023年6月底: a quarter to a month, from the
        // quarter's first month.
        let from = at(year, 3 * n - 2);
        if let Some(h) =
            date::right_side(s, end, from).and_then(|(to, end)| Hit::period(end, from, to))
        {
            return Some(h);
        }
        return months(end, year, 3 * n - 2, 3 * n);
    }
    // 一至三季度: two quarters sharing 季度.
    let n = lex::small(s, p, false)?;
    if !(1..=4).contains(&n.value) {
        return None;
    }
    let r = lex::separator(s, n.end)?;
    let (m, end) = quarter(s, r)?;
    if m <= n.value {
        return None;
    }
    months(end, year, 3 * n.value - 2, 3 * m)
}

/// The end of a lead at `p` that opens the first N months of a year as 前
/// does (`data/time_words.tsv`, `first_months_lead`: 首5个月); without a
/// year before it only where a clause opens, as a word glued to a name
/// (`上市首3个月`) counts from an event.
fn first_months_lead(s: &str, p: usize, year: Option<Year>) -> Option<usize> {
    let c = lex::char_at(s, p)?;
    if !super::words::WORDS.first_months_leads.contains(&c) {
        return None;
    }
    if year.is_none() && lex::prev_char(s, p).is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(p + c.len_utf8())
}

/// A quarter at `p` (`一季度`, `第二季度`): its number and end.
fn quarter(s: &str, p: usize) -> Option<(u32, usize)> {
    let ordinal = eat_char(s, p, ORDINAL_PREFIX);
    let n = lex::small(s, ordinal.unwrap_or(p), false)?;
    let end = eat_any(s, n.end, &super::words::WORDS.quarters)?;
    (1..=4).contains(&n.value).then_some((n.value, end))
}

/// The right side of a range of quarters at `p` (`2023年四季度至2024年一季度`,
/// `二季度至第四季度`): the separator, an absolute year when the left one is
/// absolute (else the left year), the quarter; its year, quarter and end.
fn quarter_right(s: &str, p: usize, year: Option<Year>) -> Option<(Option<Year>, u32, usize)> {
    let mut q = lex::separator(s, p)?;
    let mut to_year = year;
    if let Some((y, end)) = date::year_at(s, q) {
        if !matches!((y, year), (Year::Abs(_), Some(Year::Abs(_)))) {
            return None;
        }
        to_year = Some(y);
        q = end;
    }
    let (m, end) = quarter(s, q)?;
    Some((to_year, m, end))
}

/// `2021—2025年`: a bare four-digit year, a separator, a year with 年; or
/// two four-digit years without 年 (`图2：2011-2015三次产业`) when they are
/// at most 30 years apart and no digit, letter, percent sign, magnitude or
/// common unit follows.
pub(super) fn bare_year_range(s: &str, i: usize) -> Option<Hit> {
    let d = lex::arabic(s, i)?;
    if d.count != 4 {
        return None;
    }
    let q = lex::separator(s, d.end)?;
    let (to, end) = match date::year_at(s, q) {
        Some((Year::Abs(to), end)) => (to, end),
        Some(_) => return None,
        None => {
            let e = lex::arabic(s, q).filter(|e| e.count == 4)?;
            let to = e.value as i32;
            let gap = to - d.value as i32;
            let next = lex::char_at(s, e.end);
            // Not an amount: no digit, letter, percent sign, magnitude or
            // common unit right after (`2000-2010元` is money).
            let plain_after = next.is_none_or(|c| {
                !c.is_ascii_alphanumeric() && !super::words::WORDS.amount_after.contains(&c)
            });
            if !(1..=30).contains(&gap) || !(1800..=2199).contains(&to) || !plain_after {
                return None;
            }
            (to, e.end)
        }
    };
    let from = d.value as i32;
    if !(1800..=2199).contains(&from) {
        return None;
    }
    let end = eat_any(s, end, &super::words::WORDS.range_year_suffixes).unwrap_or(end);
    let at = |y| Parts {
        year: Some(Year::Abs(y)),
        ..Parts::default()
    };
    Hit::period(end, at(from), at(to))
}

/// `2021年至2025年`: after a year with 年, a separator and another year.
pub(super) fn year_to_year(s: &str, p: usize, year: Year) -> Option<Hit> {
    let Year::Abs(_) = year else { return None };
    let q = lex::separator(s, p)?;
    let (to @ Year::Abs(_), end) = date::year_at(s, q)? else {
        return None;
    };
    let end = eat_any(s, end, &super::words::WORDS.range_year_suffixes).unwrap_or(end);
    let at = |y| Parts {
        year: Some(y),
        ..Parts::default()
    };
    Hit::period(end, at(year), at(to))
}

/// `1990年代`: after a year ending in 0 and its 年, 代 makes it a decade.
pub(super) fn decade(s: &str, p: usize, year: Year) -> Option<Hit> {
    let Year::Abs(y) = year else { return None };
    let end = eat_any(s, p, &super::words::WORDS.decades)?;
    if y % 10 != 0 {
        return Some(Hit::new(end, super::Found::Invalid));
    }
    let at = |y| Parts {
        year: Some(Year::Abs(y)),
        ..Parts::default()
    };
    Hit::period(end, at(y), at(y + 9))
}
