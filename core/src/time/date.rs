//! Dates: years (`2024年`, `二〇二五年`, `今年`), months and days, ISO dates,
//! and the words after them (以来, 底/末, 初, 份); month and day ranges.

use super::lex::{self, eat_any, eat_char};
use super::relative;
use super::words::WORDS;
use super::{Found, Hit, Parts, Year};
use crate::chars::{DAY, MONTH, YEAR};
use crate::config::days_in_month;
use crate::entity::Point;

/// Years a four-digit number may name.
const YEARS: std::ops::RangeInclusive<u32> = 1800..=2199;

/// Most blank bytes allowed between a year's digits and 年 (`2013⏎⏎年以来`).
const MAX_YEAR_GAP: usize = 8;

/// A year at `i` with its 年 (`2024年`, `2013⏎⏎年`, `二〇二五年`) or a
/// relative year word (`今年`): the year and the byte after it.
pub(super) fn year_at(s: &str, i: usize) -> Option<(Year, usize)> {
    if let Some(hit) = relative::year_word_at(s, i) {
        return Some(hit);
    }
    if let Some(d) = lex::arabic(s, i) {
        // 09年净利增34%: two digits opening with 0 right before 年 are a
        // year of this century as headlines write it; no length of time is
        // written with a leading zero.
        if d.count == 2
            && s[i..].starts_with('0')
            && !lex::prev_char(s, i).is_some_and(|c| {
                c.is_numeric()
                    || lex::is_chinese_numeral(c)
                    || matches!(crate::chars::halfwidth(c), '.' | ',')
            })
        {
            let end = eat_char(s, d.end, YEAR)?;
            return Some((Year::Abs(2000 + d.value as i32), end));
        }
        // 15年以来，我市…: two digits and 年以来 opening a sentence are a
        // year of this century as news writes it; a length of years since
        // names the event it counts from before it (建市15年以来, 近10年以来).
        if d.count == 2 && SHORT_SINCE_YEARS.contains(&d.value) && opens_sentence(s, i) {
            let end = eat_char(s, d.end, YEAR)?;
            if eat_any(s, end, &WORDS.sinces).is_some() {
                return Some((Year::Abs(2000 + d.value as i32), end));
            }
        }
        if d.count != 4 || !YEARS.contains(&d.value) {
            return None;
        }
        let p = lex::blanks(s, d.end, MAX_YEAR_GAP);
        let end = eat_char(s, p, YEAR).or_else(|| fiscal(s, p))?;
        return Some((Year::Abs(d.value as i32), end));
    }
    let (value, p) = lex::chinese_year(s, i)?;
    if !YEARS.contains(&value) {
        return None;
    }
    Some((
        Year::Abs(value as i32),
        eat_char(s, p, YEAR).or_else(|| fiscal(s, p))?,
    ))
}

/// The two-digit years read as 20NN before 年以来 opening a sentence
/// (`15年以来`); past them a figure is more likely a length of years.
const SHORT_SINCE_YEARS: std::ops::RangeInclusive<u32> = 10..=39;

/// True when only blanks separate `i` from the start of the text, a line
/// break or a sentence's end (。！？).
fn opens_sentence(s: &str, i: usize) -> bool {
    match s[..i]
        .trim_end_matches([' ', '\t', '\u{3000}'])
        .chars()
        .next_back()
    {
        None => true,
        Some(c) => {
            c == '\n'
                || c == '\r'
                || crate::lexicon::has_char(crate::lexicon::List::WideSentenceEnd, c)
        }
    }
}

/// A word of a fiscal year in place of 年 at `p` (`2021财年`, `2021财政年度`:
/// the year, the word in the span): the byte after it.
fn fiscal(s: &str, p: usize) -> Option<usize> {
    eat_any(s, p, &WORDS.fiscal_years)
}

/// A bare four-digit year at `i` right before a word of the whole year
/// (`2022全年业绩`, `data/time_words.tsv`, `bare_year_tail`): the year alone.
pub(super) fn year_before_whole(s: &str, i: usize) -> Option<Hit> {
    let d = lex::arabic(s, i)?;
    if d.count != 4 || !YEARS.contains(&d.value) {
        return None;
    }
    eat_any(s, d.end, &WORDS.bare_year_tails)?;
    let year = Parts {
        year: Some(Year::Abs(d.value as i32)),
        month: None,
        day: None,
    };
    Some(Hit::new(d.end, Found::Date(year, None)))
}

/// Most years a list of bare years may hold before the last one's 年.
const MAX_LISTED_YEARS: usize = 8;

/// A bare four-digit year at `i` in a list of years joined by 、 whose
/// last one is written with 年 (`2025、2026、2027年度`): the year alone,
/// each a date; the years rise from one to the next. A joining word may
/// stand before the last year (`2010与2015年`).
pub(super) fn listed_year(s: &str, i: usize) -> Option<Hit> {
    let first = lex::arabic(s, i)?;
    if first.count != 4 || !YEARS.contains(&first.value) {
        return None;
    }
    let mut last = first;
    for _ in 0..MAX_LISTED_YEARS {
        let joined = eat_any(s, last.end, &WORDS.year_list_joiners);
        let q = eat_char(s, last.end, crate::chars::ENUM_COMMA).or(joined)?;
        let d = lex::arabic(s, q)?;
        if d.count != 4 || !YEARS.contains(&d.value) || d.value <= last.value {
            return None;
        }
        if eat_char(s, d.end, YEAR).is_some() {
            let year = Parts {
                year: Some(Year::Abs(first.value as i32)),
                month: None,
                day: None,
            };
            return Some(Hit::new(first.end, Found::Date(year, None)));
        }
        // The joining word stands before the last year only.
        if joined.is_some() {
            return None;
        }
        last = d;
    }
    None
}

/// A bare month number at `i` in a list of months joined by 、 whose last
/// one is written with 月 (`1、2月份`, `3、4、5月`): the month alone, each
/// a date; the months rise from one to the next, each of one or two digits
/// from 1 to 12.
pub(super) fn listed_month(s: &str, i: usize) -> Option<Hit> {
    let month = |d: &lex::Digits| d.count <= 2 && (1..=12).contains(&d.value);
    let first = lex::arabic(s, i).filter(month)?;
    let mut last = first;
    for _ in 0..MAX_LISTED_YEARS {
        let q = eat_char(s, last.end, crate::chars::ENUM_COMMA)?;
        let d = lex::arabic(s, q).filter(month)?;
        if d.value <= last.value {
            return None;
        }
        if eat_char(s, d.end, MONTH).is_some() {
            let parts = Parts {
                year: None,
                month: Some(first.value as u8),
                day: None,
            };
            return Some(Hit::new(first.end, Found::Date(parts, None)));
        }
        last = d;
    }
    None
}

/// An ISO-like date as written: `2024-06-06`, `2024/6/6`, `2024.06.06`.
pub(super) fn iso_at(s: &str, i: usize) -> Option<Hit> {
    let y = lex::arabic(s, i)?;
    if y.count != 4 || !YEARS.contains(&y.value) {
        return None;
    }
    let sep = *s.as_bytes().get(y.end)?;
    if !matches!(sep, b'-' | b'/' | b'.') {
        return None;
    }
    let m = lex::arabic(s, y.end + 1)?;
    if m.count > 2 || s.as_bytes().get(m.end) != Some(&sep) {
        return None;
    }
    let mut d = lex::arabic(s, m.end + 1)?;
    // 2023-05-0409:55: a time of day glued to the day.
    let b = s.as_bytes();
    let clock = |at: usize| {
        b.get(at) == Some(&b':')
            && b.get(at + 1..at + 3)
                .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    if d.count == 4 && d.end == m.end + 5 && clock(d.end) {
        d = lex::arabic(&s[..m.end + 3], m.end + 1)?;
    }
    if d.count > 2 {
        return None;
    }
    // `2024.06.06.1` or `2024-06-061` are something else.
    if s.as_bytes().get(d.end) == Some(&sep)
        && lex::char_at(s, d.end + 1)
            .and_then(lex::arabic_digit)
            .is_some()
    {
        return None;
    }
    let year = y.value as i32;
    let (month, day) = (m.value, d.value);
    if !(1..=12).contains(&month) || day == 0 || day > u32::from(days_in_month(year, month as u8)) {
        return None;
    }
    let parts = Parts {
        year: Some(Year::Abs(year)),
        month: Some(month as u8),
        day: Some(day as u8),
    };
    Some(Hit::new(d.end, Found::Date(parts, None)))
}

/// A year and month parted by a dot (`2010.6`) that is a whole cell of a
/// `|` table's caption row: the row's other cells hold no digit
/// (`工业生产销售总量指标 | 全县 | 2010.6 |`) and the next line is the
/// table's header, a `|` row of three cells or more, none with a digit
/// (`| 单位:个、万元 | 指标名称 | 本月 | …`). The month the table is of;
/// anywhere else such a figure is an amount (`| 合计 | 2010.6 |`).
pub(super) fn caption_month(s: &str, i: usize) -> Option<Hit> {
    let y = lex::arabic(s, i)?;
    if y.count != 4 || !YEARS.contains(&y.value) || s.as_bytes().get(y.end) != Some(&b'.') {
        return None;
    }
    let m = lex::arabic(s, y.end + 1)?;
    if m.count > 2 || !(1..=12).contains(&m.value) || s.as_bytes().get(m.end) == Some(&b'.') {
        return None;
    }
    let start = s[..i].rfind('\n').map_or(0, |k| k + 1);
    let end = s[m.end..].find('\n').map_or(s.len(), |k| m.end + k);
    let cell_start = s[..i].trim_end_matches([' ', '\t']).ends_with('|');
    let cell_end = s[m.end..end]
        .trim_start_matches([' ', '\t'])
        .starts_with('|')
        || s[m.end..end].trim().is_empty();
    let others = s[start..i]
        .chars()
        .chain(s[m.end..end].chars())
        .all(|c| !c.is_ascii_digit());
    if !(cell_start && cell_end && others) {
        return None;
    }
    let next = s.get(end + 1..)?;
    let header = &next[..next.find('\n').unwrap_or(next.len())];
    let cells: Vec<&str> = header
        .split('|')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    if cells.len() < 3 || header.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let parts = Parts {
        year: Some(Year::Abs(y.value as i32)),
        month: Some(m.value as u8),
        day: None,
    };
    Some(Hit::new(m.end, Found::Date(parts, None)))
}

/// The year alone after its 年, with what may follow: 底/末 (end), 初,
/// 以来, 度 (`2023年度`), or nothing.
pub(super) fn year_suffix(s: &str, p: usize, year: Year) -> Hit {
    let parts = Parts {
        year: Some(year),
        ..Parts::default()
    };
    if let Some(end) = eat_any(s, p, &WORDS.year_end_suffixes) {
        return Hit::new(end, Found::Date(parts, Some(Point::End)));
    }
    // 2023年度 (a fiscal or reporting year) is the year, 度 in the span;
    // 2023年(含)以来: an inclusive mark before the suffix is in it too.
    let mark = crate::lexicon::list(crate::lexicon::List::InclusiveMark)
        .iter()
        .find(|w| s[p..].starts_with(**w))
        .map_or(0, |w| w.len());
    if mark > 0 {
        if let Some(end) = eat_any(s, p + mark, &WORDS.year_suffixes) {
            return Hit::new(end, Found::Date(parts, None));
        }
    }
    let end = suffix(s, p, &WORDS.year_suffixes).unwrap_or(p);
    Hit::new(end, Found::Date(parts, None))
}

/// `p` moved past one of `suffixes`, unless a word that opens with it
/// starts at `p` (`2020年初步建成`: 初步, no 年初).
fn suffix(s: &str, p: usize, suffixes: &[&str]) -> Option<usize> {
    if WORDS
        .suffix_words
        .iter()
        .any(|w| s.get(p..).is_some_and(|t| t.starts_with(w)))
    {
        return None;
    }
    eat_any(s, p, suffixes)
}

/// A month number followed by 月 at `p`: (month, byte after 月, Chinese?).
/// `Err(end)` for a month out of range (`13月`).
fn month_at(s: &str, p: usize) -> Option<Result<(u8, usize, bool), usize>> {
    let n = month_number(s, layout_space(s, p))?;
    let end = eat_char(s, layout_space(s, n.end), MONTH)?;
    if !(1..=12).contains(&n.value) {
        return Some(Err(end));
    }
    Some(Ok((n.value as u8, end, n.chinese)))
}

/// `p` moved past one ASCII space that sets an Arabic figure off, as
/// text set from PDF writes dates (`1 月 30 日`): a space with an ASCII
/// digit right before or right after it.
fn layout_space(s: &str, p: usize) -> usize {
    let b = s.as_bytes();
    let spaced = b.get(p) == Some(&b' ')
        && (b.get(p + 1).is_some_and(u8::is_ascii_digit) || p > 0 && b[p - 1].is_ascii_digit());
    if spaced {
        p + 1
    } else {
        p
    }
}

/// A day number followed by 日 or 号 at `p`: (day, byte after).
fn day_at(s: &str, p: usize) -> Option<(u32, usize)> {
    let n = lex::small(s, layout_space(s, p), false)?;
    let end = eat_any(s, layout_space(s, n.end), &WORDS.day_words)?;
    Some((n.value, end))
}

/// A day alone, as news writes it (`19日，国家统计局发布…`, `记者19日从…`,
/// `会议7日在…开幕`): a day 1–31 with 日 at the start of a line or clause,
/// after a lead word or before a time of day, 在 or a verb of an event,
/// not followed by a word that makes it a length of time (`30日内`; the
/// lead and tail words are lists of `data/time_words.tsv`).
pub(super) fn day_alone(s: &str, p: usize) -> Option<Hit> {
    let (day, end) = day_at(s, p)?;
    if !(1..=31).contains(&day) || !s[p..end].ends_with(DAY) {
        return None;
    }
    // 不得少于30日: after a bound word N日 is a length (the lead 于 closes 少于).
    if WORDS.day_span_tails.iter().any(|w| s[end..].starts_with(w))
        || crate::numeric::bound_word_before(s, p)
    {
        return None;
    }
    let head = s[..p].trim_end_matches([' ', '\u{3000}']);
    let starts = head.chars().next_back().is_none_or(|c| {
        c == '\n' || crate::lexicon::has_char(crate::lexicon::List::DayClauseStart, c)
    });
    // 会议7日在会议中心开幕: after the subject, a day before a time of day,
    // 在 or a verb of an event (not after a word of a length: 连续7日在).
    let tail = WORDS.day_tails.iter().any(|w| s[end..].starts_with(w))
        && !crate::numeric::day_span_lead_before(s, p);
    // (福建日报记者 某某)11日，…: a dateline's closing bracket, the day
    // closed by a comma, opens the news.
    let dateline = head
        .chars()
        .next_back()
        .is_some_and(|c| crate::lexicon::has_char(crate::lexicon::List::CloseParen, c))
        && s[end..]
            .chars()
            .next()
            .is_some_and(|c| crate::chars::halfwidth(c) == ',');
    if !starts && !tail && !dateline && !super::day_lead_before(head) {
        return None;
    }
    let parts = Parts {
        day: Some(day as u8),
        ..Parts::default()
    };
    Some(Hit::new(end, Found::Date(parts, None)))
}

/// True when `day` exists in `month` (of `year` when it is known; 2月29日
/// is allowed without a year).
fn day_fits(year: Option<Year>, month: u8, day: u32) -> bool {
    let max = match year {
        Some(Year::Abs(y)) => days_in_month(y, month),
        _ => days_in_month(2000, month),
    };
    day >= 1 && day <= u32::from(max)
}

/// Months and days, after an optional year: `5月`, `10月份`, `5月28日`,
/// `11月底`, `1月~10月`, `1至11月`, `3月15日至5月31日`, `5月1—10日`.
pub(super) fn month_part(s: &str, p: usize, year: Option<Year>) -> Option<Hit> {
    let (m, after_month, chinese) = match month_at(s, p) {
        Some(Ok(found)) => found,
        Some(Err(end)) => return Some(Hit::new(end, Found::Invalid)),
        None => return bare_month_range(s, p, year),
    };
    let left = Parts {
        year,
        month: Some(m),
        day: None,
    };
    // A day after the month.
    if let Some((d, end)) = day_at(s, after_month) {
        if !day_fits(year, m, d) {
            return Some(Hit::new(end, Found::Invalid));
        }
        let left = Parts {
            day: Some(d as u8),
            ..left
        };
        if let Some(h) = range(s, end, left) {
            return Some(h);
        }
        let end = eat_any(s, end, &WORDS.sinces).unwrap_or(end);
        return Some(Hit::new(end, Found::Date(left, None)));
    }
    // A day range inside the month: `5月1—10日`.
    if let Some(h) = bare_day_range(s, after_month, left) {
        return Some(h);
    }
    let after = eat_any(s, after_month, &WORDS.month_parts).unwrap_or(after_month);
    if let Some(h) = range(s, after, left) {
        return Some(h);
    }
    if let Some(end) = eat_any(s, after, &WORDS.month_end_suffixes) {
        return Some(Hit::new(end, Found::Date(left, Some(Point::End))));
    }
    if let Some(end) = suffix(s, after, &WORDS.month_suffixes) {
        return Some(Hit::new(end, Found::Date(left, None)));
    }
    if chinese && year.is_none() && after == after_month {
        return None;
    }
    Some(Hit::new(after, Found::Date(left, None)))
}

/// A range from `left` when a right side follows at `p` and does not end
/// before `left`. A mark saying whether the first end is included may stand
/// before the separator and stays in the span (`2023年7月18日(含)至2024年7月17日`,
/// as `18个月(不含)—36个月`; `data/numeric_words.tsv`, `range_end_mark`).
fn range(s: &str, p: usize, left: Parts) -> Option<Hit> {
    let p = p + crate::lexicon::prefix_in(crate::lexicon::List::RangeEndMark, &s[p..])
        .map_or(0, str::len);
    let (right, end) = right_side(s, p, left)?;
    Hit::period(end, left, right)
}

/// A month's number at `p`: a small number, or 元 for the first month
/// (`元月`, `元至九月`), which counts as written in Chinese.
fn month_number(s: &str, p: usize) -> Option<lex::Small> {
    lex::small(s, p, false).or_else(|| {
        eat_char(s, p, lex::FIRST_MONTH).map(|end| lex::Small {
            value: 1,
            end,
            chinese: true,
        })
    })
}

/// `1至11月`, `1-5月份`, `元至九月`: a bare month number, a separator, a month.
fn bare_month_range(s: &str, p: usize, year: Option<Year>) -> Option<Hit> {
    let n = month_number(s, p)?;
    if !(1..=12).contains(&n.value) {
        return None;
    }
    let q = lex::separator(s, n.end)?;
    let Ok((m2, end, _)) = month_at(s, q)? else {
        return None;
    };
    let end = eat_any(s, end, &WORDS.month_parts).unwrap_or(end);
    let from = Parts {
        year,
        month: Some(n.value as u8),
        day: None,
    };
    let to = Parts {
        month: Some(m2),
        ..from
    };
    Hit::period(end, from, to)
}

/// `1—10日` after a month: a bare day, a separator, a day.
fn bare_day_range(s: &str, p: usize, left: Parts) -> Option<Hit> {
    let n = lex::small(s, p, false)?;
    let q = lex::separator(s, n.end)?;
    let (d2, end) = day_at(s, q)?;
    let m = left.month?;
    if !day_fits(left.year, m, n.value) || !day_fits(left.year, m, d2) {
        return None;
    }
    let from = Parts {
        day: Some(n.value as u8),
        ..left
    };
    let to = Parts {
        day: Some(d2 as u8),
        ..left
    };
    Hit::period(end, from, to)
}

/// The right side of a range whose left side is `left` (a month, or a day),
/// starting at the separator: it has the same precision, inherits the year
/// (and for days the month), and may carry its own absolute year when the
/// left one is absolute. A month may end in 底/末 (`至6月底`), in the span;
/// so may the month closing a range of days, which then ends at that month.
pub(super) fn right_side(s: &str, p: usize, left: Parts) -> Option<(Parts, usize)> {
    // `至 2024 年 7 月 17 日`: a layout space may set off the right side's
    // first figure, as inside a date.
    let mut q = layout_space(s, lex::separator(s, p)?);
    let mut year = left.year;
    if let Some((y, end)) = year_at(s, q) {
        match (y, left.year) {
            (Year::Abs(_), Some(Year::Abs(_))) => {
                year = Some(y);
                q = end;
            }
            _ => return None,
        }
    }
    let own_year = year != left.year;
    if left.day.is_none() {
        let Ok((m, end, _)) = month_at(s, q)? else {
            return None;
        };
        let end = eat_any(s, end, &WORDS.month_parts).unwrap_or(end);
        // `至2023年6月底`: the end of the last month closes the range, in
        // the span.
        let end = eat_any(s, end, &WORDS.month_end_suffixes).unwrap_or(end);
        return Some((
            Parts {
                year,
                month: Some(m),
                day: None,
            },
            end,
        ));
    }
    let mut month = left.month;
    match month_at(s, q) {
        Some(Ok((m, end, _))) => {
            // `2022年1月1日至2023年6月末`: a day to the end of a month, which
            // names that end (底/末, in the span); the right side a month.
            let after = eat_any(s, end, &WORDS.month_parts).unwrap_or(end);
            if let Some(end) = eat_any(s, after, &WORDS.month_end_suffixes) {
                let right = Parts {
                    year,
                    month: Some(m),
                    day: None,
                };
                return Some((right, end));
            }
            month = Some(m);
            q = end;
        }
        Some(Err(_)) => return None,
        None if own_year => return None,
        None => {}
    }
    let (d, end) = day_at(s, q)?;
    if !day_fits(year, month?, d) {
        return None;
    }
    Some((
        Parts {
            year,
            month,
            day: Some(d as u8),
        },
        end,
    ))
}
