//! Dates and periods (SPEC 1.4): kinds `date` and `period`.
//!
//! One forward pass over the text. Only characters that can open a time
//! expression (digits, Chinese numerals, 今 去 明 前 上 本 下 第 过 近 年 and
//! opening quotation marks) start a parse; each parse reads a bounded stretch
//! and, when it finds an expression, the scan resumes after it.
//!
//! # What is found
//!
//! | written | kind | fields |
//! |---|---|---|
//! | `2024年5月31日`, `二〇二五年三月十五日`, `2024-06-06`, `2024/6/6`, `2024.06.06` | date | `2024-05-31` … |
//! | `2026年`, `2024年3月`, `5月28日`, `10月份` | date | `2026`, `2024-03`, `--05-28`, `--10` |
//! | `2023年以来`, `2013⏎⏎年以来` | date | `2023` (以来 and line breaks in the span) |
//! | `2025年末`, `年底`, `11月底` | date | `point: end` |
//! | `2022年初` | date | `2022` (初 in the span, no point: SPEC defines only `end`) |
//! | `今年`, `去年12月`, `今年以来` | date | `relative_years` 0, -1 … unless resolved |
//! | `1月~10月`, `1至11月`, `2025年1—5月`, `今年3月15日至5月31日` | period | from/to |
//! | `2021—2025年`, `2021年至2025年` | period | `2021` … `2025` |
//! | `1990年代` | period | `1990` … `1999` (a decade, not the year 1990) |
//! | `一季度`, `第二季度`, `前三季度`, `一至三季度` | period | months of the quarters |
//! | `上半年`, `下半年`, `前11个月` | period | `--01`…`--06`, `--07`…`--12`, `--01`…`--11` |
//! | `“十四五”`, `‘十五五’`, `十四五时期`, `“十四五”以来`, `第十四个五年规划` | period | plan years (table `data/time_plans.tsv`) |
//! | `过去五年`, `近两年` | period | from/to null, `relative_years` -5, -2 |
//!
//! # Decisions
//!
//! - **Resolution.** With a reference date, a relative year (今年 去年 明年 前年
//!   上年 本年) becomes ref year + offset, and a date or period written
//!   without a year takes the ref year; both get `resolved`. Without one,
//!   the `--` form stays and `relative_years` carries the offset. `近N年`
//!   resolves to the N years up to and including the ref year (近 is "up to
//!   now": `近两年` with ref 2022-12-13 → `2021`…`2022`); `过去N年` to the N
//!   completed years before it (`过去五年` with ref 2026-01-28 →
//!   `2021`…`2025`, as a government work report means it). A date without
//!   a year takes the ref year as it is (`12月27日` with ref 2026-01-10 →
//!   `2026-12-27`), not the nearest such day: the text does not say which;
//!   relative years cross year boundaries by arithmetic (`去年12月` with ref
//!   2026-01-10 → `2025-12`).
//! - **Invalid dates are not entities.** `2月30日`, `13月`, `5月32日`,
//!   `2025年2月29日` are read to their end and dropped as a whole (no date is
//!   made from their valid part). A yearless `2月29日` is valid; with a
//!   reference date in a common year it stays unresolved (`--02-29`).
//! - **Plans** need quotation marks (`“十四五”`, `‘十五五’`, `"十四五"`, kept in
//!   the span) or a following 时期, 规划 or 期间 (`十四五规划` → `十四五`):
//!   bare `十四五` may be the numbers 14 or 15 (`十四五个`).
//! - **Chinese-numeral months** (`三月`) need a year, a day, 份, 底/末/初,
//!   以来 or a range around them: a bare `一月` is too often a slogan
//!   (`一月一链`).
//! - **Bare 年底/年末** are no dates, as 全年 and 年内 (`年末全区常住人口…` in
//!   a statistics bulletin, `到年底前`): the end of which year is not written.
//!   With a year word they are (`今年年底`, `去年末`, `2025年末`).
//! - **Word boundaries.** A relative year word is not one when the
//!   character before makes another word with its first character (`说明年度`,
//!   `以上年产值`, `目前年均`, `比上年` — the table's third column) or 年
//!   starts a word with the next (`如今年轻人`, `年龄`, `年代`). 后年 is left
//!   out (`此后年均`). `前N个月` after 提 之 此 … (`提前3个月`) is not a period.
//! - A day without a month is a date (`---19`) only as news writes it: at
//!   the start of a line or clause or after 记者/于/在/截至 …, and not before
//!   内/后/以内 (`30日内` is a length of time); with a reference date it
//!   takes that date's month (`19日` with ref 2021-11-20 → `2021-11-19`).
//! - Years are 1800–2199 (four digits, Arabic or Chinese); `5年`, `8个月` are
//!   durations and left to the numeric kinds; 全年 年内 近年来 每年 年均 年初
//!   (bare) are not entities.
//! - A range keeps its end not before its start; the right side inherits the
//!   year (and month) of the left and may carry its own absolute year
//!   (`2024年1月至2025年3月`), but not a relative one.

mod date;
mod lex;
mod period;
pub(crate) mod plan;
mod relative;
mod words;

/// True when `rest` starts with a word that makes the `N日` before it a
/// length of time (`30日内`, `15日后`; `data/time_words.tsv`, `day_span_tail`).
pub(crate) fn day_span_tail(rest: &str) -> bool {
    words::WORDS
        .day_span_tails
        .iter()
        .any(|w| rest.starts_with(w))
}

/// True when `head` (the text before a day's number) ends with a word
/// after which a day alone is a date (`于`, `至`, `本月`; `data/time_words.tsv`,
/// `day_lead`), or with a day named relative to the news and an opening
/// bracket (`今天(`, `昨天（`; `news_day`).
pub(crate) fn day_lead_before(head: &str) -> bool {
    let w = &words::WORDS;
    w.day_leads.iter().any(|l| head.ends_with(l))
        || head
            .strip_suffix(crate::chars::is_open_paren)
            .is_some_and(|h| w.news_days.iter().any(|d| h.ends_with(d)))
}

/// True when `rest` opens with a day's word (`日`, `号`; `data/time_words.tsv`,
/// `day_word`): the figure before it may be the day of a date.
pub(crate) fn day_word(rest: &str) -> bool {
    lex::eat_any(rest, 0, &words::WORDS.day_words).is_some()
}

/// Where the length of the long name of a plan opened by the 第 at byte
/// `i` starts (`第十四个五年规划`: at 五年): 第十四个 is part of the name,
/// no rank, and the length `五年` is read as one (no plan period).
pub(crate) fn plan_long_form_length(s: &str, i: usize) -> Option<usize> {
    plan::long_form_at(s, i)
}

/// The end of a bare 半年 at `i` that is the half-year of a running total
/// (`半年累计完成…`): a period, no length of time.
pub(crate) fn half_year_total(s: &str, i: usize) -> Option<usize> {
    relative::half_year_total(s, i)
}

/// True when the digits at byte `i` open a range of two bare years that
/// the date recogniser reads as a period (`2024—2026`, `2011-2015`): the
/// numeric recogniser leaves them to it.
pub(crate) fn bare_year_range(s: &str, i: usize) -> bool {
    period::bare_year_range(s, i).is_some()
}

/// True when the digits at byte `i` are a bare year of a list whose last
/// year has 年 (`2025、2026、2027年度`): a date of the date recogniser.
pub(crate) fn listed_year(s: &str, i: usize) -> bool {
    date::listed_year(s, i).is_some()
}

/// True when a year and month parted by a dot at `i` are a `|` table
/// caption's month (`工业生产销售总量指标 | 全县 | 2010.6 |` above the
/// header): a date of the date recogniser, no figure.
pub(crate) fn caption_month(s: &str, i: usize) -> bool {
    date::caption_month(s, i).is_some()
}

/// True when a bare month number of a list whose last month has 月 starts
/// at `i` (`1、2月份`): the date recogniser's, no figure.
pub(crate) fn listed_month(s: &str, i: usize) -> bool {
    date::listed_month(s, i).is_some()
}

/// [`listed_year`] or [`listed_month`], for a figure: the digits at `i` are
/// read once, and the lists are asked only when a list goes on after them
/// (、, or a joining word after four digits), as both grammars require.
pub(crate) fn listed_year_or_month(s: &str, i: usize) -> bool {
    let Some(first) = lex::arabic(s, i) else {
        return false;
    };
    let next = lex::eat_char(s, first.end, crate::chars::ENUM_COMMA).is_some()
        || first.count == 4
            && lex::eat_any(s, first.end, &words::WORDS.year_list_joiners).is_some();
    next && (listed_year(s, i) || listed_month(s, i))
}

/// The length of the range separator (`—`, `至`, `~`) `rest` opens with.
pub(crate) fn separator_len(rest: &str) -> Option<usize> {
    lex::separator(rest, 0)
}

/// True when `rest` (the text after `前N个月`) opens with a word that makes
/// it the N months before an event, a length of time (`申请前12个月内`;
/// `data/time_words.tsv`, `within_tail`).
/// Most characters of the clause after `近N年` read for a negation.
const RECORD_REACH: usize = 8;

/// True when `rest`, the text right after `近N年`, goes on (内 maybe first,
/// 来 never) in its clause with a negation of a record within a few
/// characters (`近3年还应未发生违法事件`, `近三年内无不良记录`): the years
/// are the window the record is checked over, a length of time, no
/// period (`data/time_words.tsv`, `record_negation`).
pub(crate) fn record_window(rest: &str) -> bool {
    if rest.starts_with(|c: char| words::WORDS.record_stops.contains(&c)) {
        return false;
    }
    rest.chars()
        .take(RECORD_REACH)
        .take_while(|&c| c.is_alphanumeric())
        .any(|c| words::WORDS.record_negations.contains(&c))
}

pub(crate) fn within_tail(rest: &str) -> bool {
    words::WORDS
        .within_tails
        .iter()
        .any(|w| rest.starts_with(w))
}

/// True when 前N个月 without a year can be the first N months of a year:
/// N from 2 to 11. The first twelve months are the whole year (全年), and
/// the first month is 1月: 前12个月 and 前一个月 without a year count back
/// from an event (`支付工资前12个月`, `申请前一个月`), a length of time.
pub(crate) fn first_months(n: u32) -> bool {
    (2..12).contains(&n)
}

/// True when `c` before 前 makes another word with it (提前, 目前, 此前):
/// the 前 is no "first N" (`data/time_words.tsv`, `qian_compound`).
pub(crate) fn qian_compound(c: char) -> bool {
    words::WORDS.qian_compound.contains(&c)
}

use crate::chars::ORDINAL_PREFIX;
use crate::config::RefDate;
use crate::entity::{DateValue, Entity, Point, Span};
use crate::lexicon::{self, List};
use crate::value::{Relative, Value};
use std::sync::LazyLock;

/// A year as written: absolute, or relative to the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Year {
    /// `2024年`.
    Abs(i32),
    /// `今年` (0), `去年` (-1), ….
    Rel(i32),
    /// `次年` (1): counted from an event the text names, never resolved
    /// against the reference date.
    After(i32),
}

/// The parts of a date as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Parts {
    pub year: Option<Year>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Parts {
    /// A comparable key when both sides share the same kind of year.
    fn key(&self) -> (i32, u8, u8) {
        let y = match self.year {
            Some(Year::Abs(y)) | Some(Year::Rel(y)) | Some(Year::After(y)) => y,
            None => 0,
        };
        (y, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }
}

/// What a parse found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Found {
    /// A date, maybe an end point.
    Date(Parts, Option<Point>),
    /// A period from … to.
    Period(Parts, Parts),
    /// `近N年` (`completed: false`, up to and including the reference year)
    /// and `过去N年` (`completed: true`, the N years before it).
    Recent { years: i32, completed: bool },
    /// `近半年`, `过去半年`: the last half year; no whole year to count, so
    /// no `relative_years` and no resolution.
    RecentHalf,
    /// Looks like a date but is not a valid one: not an entity.
    Invalid,
}

/// A parse result: what was found and where it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Hit {
    pub end: usize,
    pub found: Found,
}

impl Hit {
    pub(super) fn new(end: usize, found: Found) -> Hit {
        Hit { end, found }
    }

    /// A period, unless its end comes before its start.
    pub(super) fn period(end: usize, from: Parts, to: Parts) -> Option<Hit> {
        (from.key() <= to.key()).then_some(Hit::new(end, Found::Period(from, to)))
    }
}

/// [`scan_at`] with this scanner's own walk.
#[cfg(test)]
pub(crate) fn scan(text: &str, ref_date: Option<RefDate>, out: &mut Vec<Entity>) {
    scan_at(text, ref_date, crate::chars::Skip::Bits(&STARTER_BITS), out);
}

/// Appends every date and period candidate in `text` to `out`, going from
/// stop to stop as `skip` says (the stops of a shared pass,
/// `chars::stops`, or this scanner's own walk).
pub(crate) fn scan_at(
    text: &str,
    ref_date: Option<RefDate>,
    mut skip: crate::chars::Skip<'_>,
    out: &mut Vec<Entity>,
) {
    let bytes = text.as_bytes();
    let starters: &[u64; 1024] = &STARTER_BITS;
    let not_dates: &[&str] = &words::WORDS.not_dates;
    // The third bytes of the words, one bit each by their low six bits (a
    // word of fewer bytes lets every byte through).
    let not_date_thirds = not_dates.iter().fold(0u64, |m, w| {
        m | w.as_bytes().get(2).map_or(u64::MAX, |&x| 1 << (x & 63))
    });
    let mut i = 0;
    while i < bytes.len() {
        i = skip.next(bytes, i);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if !may_start(bytes, i, starters) {
            i += utf8_len(b);
            continue;
        }
        // 本年度广告收入, 上一季度无拖欠: the year or quarter of a rule (no
        // such word opens with ASCII: a test checks). The words are compared
        // only when the third byte is one of theirs.
        let third = bytes
            .get(i + 2)
            .map_or(0, |&x| not_date_thirds >> (x & 63) & 1);
        if b >= 0x80 && third == 1 {
            if let Some(w) = not_dates
                .iter()
                .find(|w| w.as_bytes().first() == Some(&b) && bytes[i..].starts_with(w.as_bytes()))
            {
                i += w.len();
                continue;
            }
        }
        match parse(text, i) {
            Some(hit) if hit.end > i => {
                if let Some(e) = entity(Span::new(i, hit.end), hit.found, ref_date) {
                    out.push(e);
                }
                i = hit.end;
            }
            // 1234: a digit after a digit never opens a time expression
            // (`parse` answers nothing there), so the rest of the run is
            // stepped over at once; no word of `not_dates` opens with a digit.
            _ if b.is_ascii_digit() => {
                i += 1;
                while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
            }
            _ => i += utf8_len(b),
        }
    }
}

/// Bytes in the UTF-8 sequence a lead byte opens (1 for stray bytes).
fn utf8_len(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// One bit per code point of the Basic Multilingual Plane: can a time
/// expression open at it (`data/numeric_words.tsv`, `time_starter`)?
pub(crate) static STARTER_BITS: LazyLock<[u64; 1024]> = LazyLock::new(|| {
    let mut bits = [0u64; 1024];
    for &c in lexicon::chars(List::TimeStarter) {
        let c = c as usize;
        if c < 0x10000 {
            bits[c / 64] |= 1 << (c % 64);
        }
    }
    bits
});

/// Cheap pre-filter: can a time expression start at byte `i`? (`starters`
/// is [`STARTER_BITS`].)
fn may_start(b: &[u8], i: usize, starters: &[u64; 1024]) -> bool {
    let lead = b[i];
    if lead.is_ascii_digit() || lead == b'"' {
        return true;
    }
    if !(0xE0..=0xEF).contains(&lead) || i + 2 >= b.len() {
        return false;
    }
    let c = (usize::from(lead & 0x0F) << 12)
        | (usize::from(b[i + 1] & 0x3F) << 6)
        | usize::from(b[i + 2] & 0x3F);
    starters[c / 64] & (1 << (c % 64)) != 0
}

/// The time expression starting at `i`, if any.
fn parse(s: &str, i: usize) -> Option<Hit> {
    let c = lex::char_at(s, i)?;
    let prev = lex::prev_char(s, i);
    let year_then_tail = |s, i| match date::year_at(s, i) {
        Some((year, p)) => Some(after_year(s, year, p)),
        None => tail(s, i, None),
    };
    // Digits and numerals are tried first: they are the most frequent
    // starters, and no word or character of the other arms is a digit or a
    // numeral (a test checks).
    match c {
        _ if lex::arabic_digit(c).is_some() => {
            let glued =
                |p: char| lex::arabic_digit(p).is_some() || p == '.' || p.is_ascii_alphabetic();
            if prev.is_some_and(glued) && !after_outline_number(s, i) {
                return None;
            }
            // 250天÷12月: a divisor is an amount (12 months), no date.
            if prev == Some(crate::chars::DIVIDE) {
                return None;
            }
            let digits = lex::arabic(s, i);
            // 3.2亿, 12.3%: after a point only a date written with points
            // (`2024.5.28`) or a table caption's month (`| 2010.6 |`) goes
            // on; no other grammar of this arm reads a point after the first
            // number (a 年 月 日 季度, a range separator or a word of
            // `time_words.tsv`, none of which opens with a point or a digit:
            // a test checks).
            if digits.is_some_and(|d| s.as_bytes().get(d.end) == Some(&b'.')) {
                return date::iso_at(s, i).or_else(|| date::caption_month(s, i));
            }
            if !digits.is_some_and(|d| lex::continues_date(s, d.end)) {
                // 2025、2026、2027年度: the bare years of a list; 2022全年;
                // 1、2月份: the bare months of a list.
                return date::listed_year(s, i)
                    .or_else(|| date::year_before_whole(s, i))
                    .or_else(|| period::bare_year_part(s, i))
                    .or_else(|| date::listed_month(s, i));
            }
            date::iso_at(s, i)
                .or_else(|| date::caption_month(s, i))
                .or_else(|| period::bare_year_range(s, i))
                .or_else(|| year_then_tail(s, i))
                .or_else(|| date::day_alone(s, i))
        }
        _ if lex::is_chinese_numeral(c) => {
            let glued = |p: char| {
                lex::is_chinese_numeral(p)
                    || crate::lexicon::has_char(crate::lexicon::List::TimeNumeralGlue, p)
            };
            if prev.is_some_and(glued) {
                return None;
            }
            if let Some(h) = plan::at(s, i) {
                return Some(h);
            }
            let number_end = lex::small(s, i, false)
                .map(|n| n.end)
                .or_else(|| lex::chinese_year(s, i).map(|(_, end)| end));
            if !number_end.is_some_and(|end| lex::continues_date(s, end)) {
                return None;
            }
            year_then_tail(s, i)
        }
        // 下半年: a half of a year named on its own.
        _ if words::WORDS.second_halves.iter().any(|w| w.starts_with(c)) => {
            period::part_of_year(s, i, None)
        }
        // 元 opens a month (元月份, 元至九月) unless it is the unit of an
        // amount before it (100元).
        lex::FIRST_MONTH
            if !prev.is_some_and(|p| {
                lex::arabic_digit(p).is_some()
                    || lex::is_chinese_numeral(p)
                    || p.is_ascii_alphanumeric()
            }) =>
        {
            date::month_part(s, i, None)
        }
        ORDINAL_PREFIX => period::part_of_year(s, i, None),
        _ if lexicon::has_char(List::QuotePair, c) => plan::at(s, i),
        _ if words::WORDS.first_months_leads.contains(&c) => period::part_of_year(s, i, None),
        _ if lexicon::has_char(List::TimeRecentLead, c) => relative::recent_at(s, i),
        // 半年累计完成…: the half-year of a running total.
        crate::chars::HALF => {
            relative::half_year_total(s, i).map(|end| Hit::new(end, Found::RecentHalf))
        }
        _ if lexicon::has_char(List::TimeYearWordLead, c) => match relative::year_word_at(s, i) {
            Some((year, p)) => Some(after_year(s, year, p)),
            None => period::part_of_year(s, i, None),
        },
        _ => None,
    }
}

/// True when `i` follows an outline number at the start of a line or
/// right after a colon (`16.2025年…`, `附件:1.2019年…`): the point ends the
/// marker, it does not glue the digits.
fn after_outline_number(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    if i < 2 || b[i - 1] != b'.' {
        return false;
    }
    let digits = b[..i - 1]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let before = i - 1 - digits;
    (1..=2).contains(&digits)
        && (b[..before]
            .iter()
            .rev()
            .find(|c| !matches!(c, b' ' | b'\t'))
            .is_none_or(|&c| c == b'\n')
            || lex::prev_char(s, before).is_some_and(|c| lexicon::has_char(List::Colon, c)))
}

/// After a year (`2024年`, `今年`): a month, quarter, half … or the year alone.
fn after_year(s: &str, year: Year, p: usize) -> Hit {
    // 国务院一九八〇年223号文件: a document named by its year and serial
    // number (digits, then 号), a code, no date.
    let digits = s[p..].bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0
        && words::WORDS
            .serial_marks
            .iter()
            .any(|w| s[p + digits..].starts_with(w))
    {
        return Hit::new(p + digits, Found::Invalid);
    }
    // 公告2024年第3号: 第, digits and a bare 号 number a document.
    if let Some(lead) = words::WORDS
        .serial_leads
        .iter()
        .find(|w| s[p..].starts_with(**w))
    {
        let q = p + lead.len();
        let digits = s[q..].bytes().take_while(u8::is_ascii_digit).count();
        // The bare mark: the first character of the serial marks (号文件 → 号).
        let next = s[q + digits..].chars().next();
        let bare_mark = |m: &&str| m.chars().next().is_some_and(|c| Some(c) == next);
        if digits > 0 && words::WORDS.serial_marks.iter().any(bare_mark) {
            return Hit::new(q + digits, Found::Invalid);
        }
    }
    tail(s, p, Some(year))
        .or_else(|| period::year_to_year(s, p, year))
        .or_else(|| period::decade(s, p, year))
        .unwrap_or_else(|| date::year_suffix(s, p, year))
}

/// What can follow a year or stand alone: quarters, halves, 前N个月, months.
fn tail(s: &str, p: usize, year: Option<Year>) -> Option<Hit> {
    period::part_of_year(s, p, year).or_else(|| date::month_part(s, p, year))
}

/// The entity for a finding, resolved against `ref_date`.
fn entity(span: Span, found: Found, ref_date: Option<RefDate>) -> Option<Entity> {
    match found {
        Found::Invalid => None,
        Found::Date(parts, point) => {
            let (date, resolved, relative_years) = resolve(parts, ref_date);
            let relative = Relative {
                resolved,
                relative_years,
            };
            Some(Entity::new(
                span,
                Value::Date {
                    date,
                    point,
                    relative,
                },
            ))
        }
        Found::Period(from, to) => {
            let (from, rf, relf) = resolve(from, ref_date);
            let (to, rt, relt) = resolve(to, ref_date);
            let relative = Relative {
                resolved: rf || rt,
                relative_years: relf.or(relt),
            };
            Some(Entity::new(span, Value::Period { from, to, relative }))
        }
        Found::RecentHalf => Some(Entity::new(
            span,
            Value::Period {
                from: DateValue::default(),
                to: DateValue::default(),
                relative: Relative::default(),
            },
        )),
        Found::Recent {
            years: n,
            completed,
        } => {
            let value = match ref_date {
                Some(r) => {
                    let last = if completed { r.year() - 1 } else { r.year() };
                    Value::Period {
                        from: year_only(last - n + 1),
                        to: year_only(last),
                        relative: Relative {
                            resolved: true,
                            relative_years: None,
                        },
                    }
                }
                None => Value::Period {
                    from: DateValue::default(),
                    to: DateValue::default(),
                    relative: Relative {
                        resolved: false,
                        relative_years: Some(-n),
                    },
                },
            };
            Some(Entity::new(span, value))
        }
    }
}

fn year_only(y: i32) -> DateValue {
    DateValue {
        year: Some(y),
        month: None,
        day: None,
    }
}

/// The date value of `parts`, whether it was resolved, and the unresolved
/// relative year.
fn resolve(parts: Parts, ref_date: Option<RefDate>) -> (DateValue, bool, Option<i32>) {
    let mut d = DateValue {
        year: None,
        month: parts.month,
        day: parts.day,
    };
    match (parts.year, ref_date) {
        (Some(Year::Abs(y)), _) => {
            d.year = Some(y);
            (d, false, None)
        }
        (Some(Year::Rel(k)), Some(r)) => {
            d.year = Some(r.year() + k);
            (d, true, None)
        }
        (Some(Year::Rel(k)), None) | (Some(Year::After(k)), _) => (d, false, Some(k)),
        (None, Some(r)) if parts.month.is_some() => {
            let fits = match (parts.month, parts.day) {
                (Some(m), Some(day)) => day <= crate::config::days_in_month(r.year(), m),
                _ => true,
            };
            if fits {
                d.year = Some(r.year());
            }
            (d, fits, None)
        }
        // A day alone (`19日`) is in the reference date's month.
        (None, Some(r)) if parts.day.is_some() => {
            let fits = parts
                .day
                .is_some_and(|day| day <= crate::config::days_in_month(r.year(), r.month()));
            if fits {
                d.year = Some(r.year());
                d.month = Some(r.month());
            }
            (d, fits, None)
        }
        (None, _) => (d, false, None),
    }
}

#[cfg(test)]
mod tests;
