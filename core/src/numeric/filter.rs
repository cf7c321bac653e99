//! What is not a numeric entity (SPEC 1.6), and the calendar expressions
//! left to the date recogniser (`2024年`, `5月28日`, `10月份`, `一季度`).

use super::text::{char_at, char_before, is_han, one_of};
use super::unit::{Reading, Unit};
use crate::chars::{is_close_paren, is_open_paren};
use crate::chars::{
    DAY, ENUM_COMMA, FIVE, FRACTION_MARK, LIANG, MONTH, NUMBER_MARK, ONE, TEN, TITLE_CLOSE,
    TITLE_OPEN, YEAR,
};
use crate::decimal::Decimal;
use crate::lexicon::{chars, has_char, list, prefix_in, suffix_in, List};
use crate::numeral::{chinese, Form, Numeral};

/// True when the byte `at` is inside a URL (`http://…`, `https://…`): its
/// digits are no figures (`%28`, `id=305`).
pub(crate) fn inside_url(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let mut j = at;
    let mut k = 0;
    while j > 0 && k < 256 {
        let b = bytes[j - 1];
        if b.is_ascii_whitespace() || !b.is_ascii() {
            return false;
        }
        if b == b'/' && j >= 3 && &bytes[j - 3..j] == b"://" {
            return true;
        }
        j -= 1;
        k += 1;
    }
    false
}

/// True when the ASCII run around `at` (letters, digits, `.` `_` `-` `+`
/// `%` `@`) is an e-mail address (`xxqjsjtj@163.com`, `12345@qq.com`):
/// one `@` with a local part before it and a domain after it holding a dot
/// followed by a letter. Its digits are no figures.
pub(crate) fn inside_email(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let part =
        |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+' | b'%' | b'@');
    let mut i = at;
    while i > 0 && at - i < 128 && part(bytes[i - 1]) {
        i -= 1;
    }
    let mut j = at;
    while j < bytes.len() && j - at < 128 && part(bytes[j]) {
        j += 1;
    }
    let run = &bytes[i..j];
    let Some(a) = run.iter().position(|&b| b == b'@') else {
        return false;
    };
    let domain = &run[a + 1..];
    a > 0
        && run[a - 1].is_ascii_alphanumeric()
        && !domain.contains(&b'@')
        && domain
            .windows(2)
            .any(|w| w[0] == b'.' && w[1].is_ascii_alphabetic())
}

/// A numeral of a slogan at `at`: the distributive 一X一Y (`一企一策`,
/// `一县一策`, `一企一技术`: one per each, no figure) or N位一体 (`五位一体`).
/// A rule for the pattern, instead of a word list that grows per slogan.
pub(crate) fn slogan(text: &str, at: usize) -> bool {
    // Only a Chinese numeral starts one (most candidates are digits).
    if text.as_bytes().get(at).is_none_or(u8::is_ascii) {
        return false;
    }
    let plain = |c: Option<char>| c.is_some_and(|c| is_han(c) && !chinese::is_numeral_char(c));
    let c = char_at(text, at);
    if c == Some(ONE) {
        let next = at + ONE.len_utf8();
        let n1 = char_at(text, next);
        let ahead = plain(n1) && char_at(text, next + n1.map_or(0, char::len_utf8)) == Some(ONE);
        let p1 = char_before(text, at);
        let behind = plain(p1) && char_before(text, at - p1.map_or(0, char::len_utf8)) == Some(ONE);
        if ahead || behind {
            return true;
        }
    }
    // 五位一体: the numeral before a slogan tail, and the 一 inside it (一体).
    let after = at + c.map_or(0, char::len_utf8);
    list(List::SloganTail).iter().any(|w| {
        c.is_some_and(chinese::is_numeral_char) && text[after..].starts_with(w)
            || c == Some(ONE)
                && w.char_indices()
                    .skip(1)
                    .any(|(k, _)| text[..at].ends_with(&w[..k]) && text[at..].starts_with(&w[k..]))
    })
}

/// `十四五`, `十三五`, `十五五` at `at`: a plan period, the date recogniser's.
pub(crate) fn plan_period(text: &str, at: usize) -> bool {
    let mut cs = text[at..].chars();
    matches!(
        (cs.next(), cs.next(), cs.next()),
        (Some(TEN), Some(d), Some(FIVE)) if chinese::digit(d).is_some() && d != LIANG
    )
}

fn code_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'{' | b'}' | b'^' | b'.' | b'#')
}

/// True when the digit at `at` is glued to Latin letters before it
/// (`G20`, `C919`, `PM2.5`, `PM_{2.5}`, `v1.2`), is the exponent of
/// scientific notation (`1E+309`) or a terminal escape's parameter
/// (`ESC[31m`).
pub(crate) fn inside_code(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    // The exponent of scientific notation (`1E+309`, `2.5e-3`).
    if at >= 3
        && matches!(bytes[at - 1], b'+' | b'-')
        && matches!(bytes[at - 2], b'e' | b'E')
        && bytes[at - 3].is_ascii_digit()
    {
        return true;
    }
    // The parameters of a terminal escape left in crawled text
    // (`ESC[31m`, `ESC[1;32m`): no figure.
    let mut j = at;
    while j > 0 && at - j < 32 && (bytes[j - 1].is_ascii_digit() || bytes[j - 1] == b';') {
        j -= 1;
    }
    if j >= 2 && bytes[j - 1] == b'[' && bytes[j - 2] == 0x1b {
        return true;
    }
    // COVID-19, H-6K: a dash between letters and digits.
    if at >= 2 && bytes[at - 1] == b'-' && bytes[at - 2].is_ascii_alphabetic() {
        return true;
    }
    // A currency code before the amount (`RMB100`, `USD100`) is no code.
    if let Some((w, _)) =
        super::table::CURRENCY_PREFIXES.longest_before(text, at, at.saturating_sub(3))
    {
        let before = at - w.len();
        if w.bytes().all(|b| b.is_ascii_uppercase())
            && !(before > 0 && bytes[before - 1].is_ascii_alphanumeric())
        {
            return false;
        }
    }
    let mut j = at;
    while j > 0 && code_char(bytes[j - 1]) {
        j -= 1;
        if bytes[j].is_ascii_alphabetic() || matches!(bytes[j], b'_' | b'{' | b'^' | b'#') {
            return true;
        }
        if at - j > 32 {
            break;
        }
    }
    false
}

/// True when the digit at `at` follows an indicator's acronym: two or more
/// capital letters (`GDP5.5%`, `CPI2.1%`), not themselves after a letter
/// or digit. Such a number is a figure when a percent or money unit
/// follows (the caller checks), else part of a code (`PM2.5`, `TOP10`).
///
/// An operator between the acronym and the figure leaves it one: a spread
/// on a base rate (`LPR-30BP`, `LPR+20BP`) is 30 and 20 `bp` (as `LPR减30BP`).
pub(crate) fn after_acronym(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let at = if at >= 3 && matches!(bytes[at - 1], b'-' | b'+') {
        at - 1
    } else {
        at
    };
    let caps = bytes[..at]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let before = at - caps;
    (2..=6).contains(&caps)
        && !(before > 0 && (bytes[before - 1].is_ascii_alphanumeric() || bytes[before - 1] == b'-'))
}

/// The end of the run of code characters starting at `at`.
pub(crate) fn code_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut j = at;
    while j < bytes.len() && (code_char(bytes[j]) || bytes[j] == b'-') {
        j += 1;
    }
    // Never stop inside a character (the run is ASCII, so j is a boundary).
    j
}

fn year_like(n: &Numeral) -> bool {
    match n.form {
        Form::Arabic => !n.decimal && !n.grouped && n.mag_exp == 0 && n.int_digits == 4,
        Form::DigitString => true,
        Form::Chinese => false,
    }
}

/// True when the numeral `n` at `at`, before 日, counts days whatever
/// follows: no month has that day (`60日`), a bound word comes before
/// it (`不得超过60日`, `超过15日`), or a word of a length of time does,
/// maybe with a particle between (`为期10日`, `期限为十五日`, `连续7日`).
pub(crate) fn day_count(text: &str, at: usize, n: &Numeral) -> bool {
    if n.value > Decimal::from(31) || bound_word_before(text, at) {
        return true;
    }
    day_span_lead_before(text, at)
        || reckoned_day(text, at, n)
        || converted_day(text, at)
        || days_before_event(text, at, n)
}

/// True when N日 at `at` counts the days back from an event named right
/// before it, 前 after it (`口头审理３日前`, `例会召开的10日前`): an ideograph
/// before the figure that is no month or day (`每月10日前`), no numeral,
/// no 第 and no word that places a day (`于10日前`: `day_lead`).
fn days_before_event(text: &str, at: usize, n: &Numeral) -> bool {
    let Some(after) = text[n.end..].strip_prefix(DAY) else {
        return false;
    };
    prefix_in(List::DayBeforeTail, after).is_some()
        && prefix_in(List::DayBeforeNot, after).is_none()
        && char_before(text, at).is_some_and(|c| {
            is_han(c)
                && !has_char(List::CalendarWord, c)
                && !chinese::is_numeral_char(c)
                && c != crate::chars::ORDINAL_PREFIX
        })
        && !crate::time::day_lead_before(&text[..at])
}

/// True when N日 at `at` is a unit a rule counts in: 以 or 按 right before
/// it and 计 right after (`不足24小时的，以1日计`: counted as one day).
fn reckoned_day(text: &str, at: usize, n: &Numeral) -> bool {
    let Some(after) = text[n.end..].strip_prefix(DAY) else {
        return false;
    };
    suffix_in(List::DayReckonLead, &text[..at]).is_some()
        && prefix_in(List::DayReckonTail, after).is_some()
}

/// Most characters of the unit of a length of time a conversion reads back.
const CONVERTED_UNIT: usize = 4;

/// True when N日 at `at` follows, a particle maybe between (为), a comma
/// closing a length of time in figures (`每满24小时，为1日`): the length it
/// converts to, no day of a month.
fn converted_day(text: &str, at: usize) -> bool {
    let head = &text[..at];
    let head = suffix_in(List::VerbParticle, head).map_or(head, |p| &head[..head.len() - p.len()]);
    let Some(comma) = head
        .chars()
        .next_back()
        .filter(|&c| has_char(List::Comma, c))
    else {
        return false;
    };
    let head = &head[..head.len() - comma.len_utf8()];
    let mut p = head.len();
    for _ in 0..CONVERTED_UNIT {
        let Some(c) = char_before(head, p) else {
            return false;
        };
        p -= c.len_utf8();
        let unit = super::table::UNITS.longest_at(head, p).filter(|(w, row)| {
            row.kind == super::table::UnitKind::Duration && p + w.len() == head.len()
        });
        if unit.is_some() {
            return char_before(head, p)
                .is_some_and(|d| d.is_ascii_digit() || chinese::is_numeral_char(d));
        }
    }
    false
}

/// True when a bound word ends right before `at` (`不得超过60日`,
/// `不得少于30日`): N日 there counts days, and is no day of a month.
pub(crate) fn bound_word_before(text: &str, at: usize) -> bool {
    super::table::PREFIX_BOUNDS
        .longest_before(text, at, 0)
        .is_some()
}

/// True when a word of a length of time ends right before `at`, maybe
/// with a particle between (`为期10日`, `期限为十五日`, `连续7日`): N日 there
/// counts days.
pub(crate) fn day_span_lead_before(text: &str, at: usize) -> bool {
    let head = &text[..at];
    let head = suffix_in(List::VerbParticle, head).map_or(head, |p| &head[..head.len() - p.len()]);
    suffix_in(List::DaySpanLead, head).is_some()
}

/// True when the numeral `n` at `at` is a day in numerals in words right
/// after a month's name (`正月十八`, `腊月二十三`, `农历八月十五`): a date as
/// the lunar calendar writes it, no figure (`List::LunarMonth`).
fn lunar_day(text: &str, at: usize, n: &Numeral) -> bool {
    if n.form != Form::Chinese
        || n.high.is_some()
        || n.decimal
        || n.value < Decimal::ONE
        || n.value > Decimal::from(30)
    {
        return false;
    }
    let head = &text[..at];
    crate::lexicon::keyed(List::LunarMonth)
        .iter()
        .any(|&(w, key)| {
            crate::lexicon::ends_with(head, w)
                && (key.is_empty()
                    || char_before(text, at - w.len()).is_some_and(chinese::is_numeral_char))
        })
}

/// True when the four digits at `at` open a range of two bare years the
/// date recogniser reads as a period (`2024—2026`), or close one: the
/// first year is looked for back over a separator of up to three
/// characters.
fn bare_year_range_end(text: &str, at: usize) -> bool {
    if crate::time::bare_year_range(text, at) {
        return true;
    }
    let head = &text[..at];
    let mut start = at;
    for (i, c) in head.char_indices().rev().take(3) {
        if c.is_ascii_digit() {
            break;
        }
        start = i;
    }
    if start == at || start < 4 {
        return false;
    }
    let first = start - 4;
    text.is_char_boundary(first)
        && text[first..start].bytes().all(|b| b.is_ascii_digit())
        && !text[..first].ends_with(|c: char| c.is_ascii_digit())
        && crate::time::bare_year_range(text, first)
}

/// `下午4点`, `9点至12点`: true when the whole number `n` at `at`, before
/// 点 (`after` is the text after 点), is an hour of the clock: a part of the
/// day (`List::DayPart`: 上午 下午 晚上 …) right before it, or either end of
/// a range of such hours joined by a range connector. Elsewhere N点 counts
/// points (`提出3点意见`) or is a decimal.
fn clock_hour(text: &str, at: usize, n: &Numeral, after: &str) -> bool {
    let hour = !n.decimal && n.value <= Decimal::from(24);
    // 点 as written, between the figure and `after`.
    let point = &text[n.end..text.len() - after.len()];
    let before = &text[..at];
    let hour_before = |s: &str| {
        s.strip_suffix(point).is_some_and(|s| {
            s.ends_with(|c: char| c.is_ascii_digit() || chinese::is_numeral_char(c))
        })
    };
    let range_after = prefix_in(List::RangeConnector, after).is_some_and(|w| {
        let p = text.len() - after.len() + w.len();
        crate::numeral::read_plain(text, p)
            .is_some_and(|m| !m.decimal && text[m.end..].starts_with(point))
    });
    let range_before = suffix_in(List::RangeConnector, before)
        .is_some_and(|w| hour_before(&before[..before.len() - w.len()]));
    hour && (suffix_in(List::DayPart, before).is_some() || range_after || range_before)
}

/// True when the numeral `n` at `at` is part of a calendar expression:
/// a year (`2024年`, `二〇二五年`), a month (`5月`, `10月份`), a day
/// (`28日`, `1号`), a quarter (`一季度`), a clock time (`9时`), or a date
/// written with separators (`2024-06-06`, `2024.5.28`).
pub(crate) fn calendar(text: &str, at: usize, n: &Numeral) -> bool {
    let rest = &text[n.end..];
    // 2024—2026: a range of two bare years, a period of the date
    // recogniser (whatever kinds are asked for, the figure is not one).
    if n.form == Form::Arabic && n.int_digits == 4 && bare_year_range_end(text, at) {
        return true;
    }
    if n.more || n.approx || n.high.is_some() {
        return false;
    }
    // 250天÷12月, 250天÷4季: a divisor is an amount, never a date or a quarter.
    if char_before(text, at) == Some(crate::chars::DIVIDE) {
        return false;
    }
    if lunar_day(text, at, n) {
        return true;
    }
    // 与上一年同期相比, 下一年: the year before or after, as 上年 and
    // 下年, no length of time (上一年度 is one word already).
    if rest.starts_with(YEAR)
        && n.form == Form::Chinese
        && n.value == crate::decimal::Decimal::ONE
        && text[at..n.end].chars().count() == 1
        && char_before(text, at).is_some_and(|c| {
            has_char(List::AdjacentYearLead, c)
                && !char_before(text, at - c.len_utf8())
                    .is_some_and(|b| has_char(List::AdjacentYearNotAfter, b))
        })
        // 原则上一年内不得调整: a word of within after 年 makes it a length
        // (the 上 closes 原则上), no adjacent year.
        && prefix_in(List::AdjacentYearNotBefore, &rest[YEAR.len_utf8()..]).is_none()
    {
        return true;
    }
    if rest.starts_with(YEAR)
        || rest.starts_with(char::is_whitespace) && rest.trim_start().starts_with(YEAR)
    {
        // A paragraph break may split a year from 年 (`2013⏎⏎年以来`).
        return year_like(n) && (rest.starts_with(YEAR) || n.form == Form::Arabic);
    }
    // 2025、2026、2027年度: the bare years of a list; `| 2010.6 |`, the
    // month of a `|` table's caption row.
    if n.form == Form::Arabic
        && (crate::time::listed_year_or_month(text, at) || crate::time::caption_month(text, at))
    {
        return true;
    }
    // A layout space before 月, 日 or 号 (`1 月 30 日`, `〔2023〕 26 号`,
    // `春雨路 188 号`), as the date recogniser reads it.
    let rest = match rest.strip_prefix(' ') {
        Some(r)
            if n.form == Form::Arabic
                && (prefix_in(List::CalendarWord, r).is_some() || crate::time::day_word(r)) =>
        {
            r
        }
        _ => rest,
    };
    if rest.starts_with(MONTH) || rest.starts_with(NUMBER_MARK) {
        return true;
    }
    // 1997年4―6月: the first month of a range of months (or days).
    if let Some(k) = crate::time::separator_len(rest) {
        let after = &rest[k..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&digits)
            && prefix_in(List::CalendarWord, &after[digits..]).is_some()
            && n.form == Form::Arabic
        {
            return true;
        }
    }
    if let Some(after) = rest.strip_prefix(DAY) {
        // 日元 is money; 30日内 a length of time (unit.rs).
        let money = super::table::UNITS
            .longest_at(rest, 0)
            .is_some_and(|(_, row)| row.kind == super::table::UnitKind::Money);
        return !(money || day_count(text, at, n) || crate::time::day_span_tail(after));
    }
    if prefix_in(List::QuarterWord, rest).is_some() {
        // 两季 counts two seasons: 两 never names a quarter.
        let cardinal = char_at(text, at).is_some_and(|c| has_char(List::CardinalOnly, c));
        return !cardinal;
    }
    if rest
        .chars()
        .next()
        .is_some_and(|c| has_char(List::ClockWord, c))
    {
        return true;
    }
    if let Some(r) = prefix_in(List::ClockPoint, rest).map(|w| &rest[w.len()..]) {
        // 9点半, 8点10分; 上午9点 (a part of the day before it); 7点至9点
        // (the end of a range of hours); a clock hour by its context.
        return r.starts_with(|c: char| c.is_ascii_digit() || has_char(List::ClockPointTail, c))
            || !n.decimal && suffix_in(List::ClockPointLead, &text[..at]).is_some()
            || !n.decimal && clock_range_end(text, at, &rest[..rest.len() - r.len()])
            || clock_hour(text, at, n, r);
    }
    if prefix_in(List::ClockMinute, rest).is_some() {
        // 按3:7分担: the second term of a ratio, no minute.
        let ratio = matches!(
            char_before(text, at).map(crate::chars::halfwidth),
            Some(':' | '\u{2236}')
        );
        // 分钟, 分贝: a unit that opens with 分.
        let unit = super::table::UNITS
            .longest_at(rest, 0)
            .is_some_and(|(w, _)| w.chars().nth(1).is_some());
        // 积30分: points of a score (unit.rs), no minute.
        let points = super::unit::points_at(text, at) || super::unit::rubric_points(text, at, n);
        // 尾数满5分: a hundredth of a yuan in a sentence about money
        // (unit.rs), no minute.
        let money = super::unit::lone_yuan_part(text, at, n.end, n).is_some();
        // 三分之一: a fraction.
        return !ratio && !unit && !points && !money && !rest.starts_with(FRACTION_MARK);
    }
    if n.form == Form::Arabic {
        let b = rest.as_bytes();
        // 2024-06-06, 2024/6/6, 2024.5.28 (the reader took `2024.5`): a
        // month of one or two digits after the separator (`2000-5000元` is
        // a range of amounts).
        let month_digits = b.iter().skip(1).take_while(|d| d.is_ascii_digit()).count();
        // 2011-2015: a range of years, the date recogniser's too.
        let year = |v: u32| (1800..=2199).contains(&v);
        let next_year = month_digits == 4
            && year(
                b[1..5]
                    .iter()
                    .fold(0u32, |v, d| v * 10 + u32::from(d - b'0')),
            )
            && n.value >= Decimal::from(1800)
            && n.value <= Decimal::from(2199);
        if b.len() >= 2
            && matches!(b[0], b'-' | b'/')
            && ((1..=2).contains(&month_digits) || next_year)
            && n.int_digits == 4
        {
            return true;
        }
        if n.decimal && b.len() >= 2 && b[0] == b'.' && b[1].is_ascii_digit() {
            return true;
        }
        // The month or day of 2024-06-06: four digits before the separator.
        if matches!(char_before(text, at), Some('-' | '/')) && n.int_digits <= 2 {
            let before = &text.as_bytes()[..at - 1];
            let digits = before
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_digit())
                .count();
            let two_seps = before.len() > digits
                && matches!(before[before.len() - digits - 1], b'-' | b'/')
                && digits <= 2;
            if digits == 4 || two_seps {
                return true;
            }
        }
    }
    false
}

/// Opening and closing marks of a short quoted label.
fn inside_pair(
    text: &str,
    start: usize,
    end: usize,
    open: &[char],
    close: &[char],
    reach: usize,
    allow_clause: bool,
) -> bool {
    // Walks bytes, not decoded characters: every mark looked for (the
    // pairs, the line break, the clause marks) is ASCII or a 3-byte
    // character outside the CJK ideographs (lead bytes E4–E9), so an
    // ideograph is only counted, never decoded.
    debug_assert!(open
        .iter()
        .chain(close)
        .all(|&c| !(0x4000..0xA000).contains(&u32::from(c))));
    let bytes = text.as_bytes();
    let clause = |c: char| !allow_clause && has_char(List::WideClauseStop, c);
    // Back to an opening mark with no closing mark in between.
    let mut found_open = false;
    let mut p = start;
    let mut k = 0;
    while p > 0 && k < reach {
        // The start of the character before `p`: ASCII or (mostly) three
        // bytes back, else walk back over continuation bytes.
        let mut q = p - 1;
        if bytes[q] >= 0x80 {
            if p >= 3 && bytes[p - 3] & 0xF0 == 0xE0 {
                q = p - 3;
            } else {
                while q > 0 && bytes[q] & 0xC0 == 0x80 {
                    q -= 1;
                }
            }
        }
        if !(0xE4..=0xE9).contains(&bytes[q]) {
            let c = char_at(text, q).unwrap_or(' ');
            // A mark that both opens and closes (`"`) opens here.
            if open.contains(&c) {
                found_open = true;
                break;
            }
            if c == '\n' || close.contains(&c) || clause(c) {
                break;
            }
        }
        k += 1;
        p = q;
    }
    if !found_open {
        return false;
    }
    let mut p = end;
    let mut k = 0;
    while p < bytes.len() && k < reach {
        let lead = bytes[p];
        if !(0xE4..=0xE9).contains(&lead) {
            let c = char_at(text, p).unwrap_or(' ');
            if close.contains(&c) {
                return true;
            }
            if c == '\n' || open.contains(&c) || clause(c) {
                return false;
            }
        }
        k += 1;
        p += match lead {
            0..=0x7F => 1,
            0x80..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
    }
    false
}

/// True inside a quoted label (`“1+N”`, `“六个一”`, `“九条标准”`) or a title
/// (`《…十六条政策措施》`).
pub(crate) fn quoted(text: &str, start: usize, end: usize) -> bool {
    quoted_label(text, start, end) || inside_title(text, start, end)
}

/// Characters a quoted label reaches back from a figure.
const LABEL_REACH: usize = 16;

/// True inside a quoted label (`“1+N”`, `“百日攻坚”`).
fn quoted_label(text: &str, start: usize, end: usize) -> bool {
    // The walk back reaches `LABEL_REACH` characters, four bytes at most
    // each: with no first byte of an opening quote among those bytes (one
    // vectorised search; figures far from any quote are most), none opens.
    let lo = start.saturating_sub(4 * LABEL_REACH);
    let window = &text.as_bytes()[lo..start];
    let may_open = match OPEN_QUOTE_LEADS.as_slice() {
        [] => false,
        &[a] => memchr::memrchr(a, window).is_some(),
        &[a, b] => memchr::memrchr2(a, b, window).is_some(),
        &[a, b, c] => memchr::memrchr3(a, b, c, window).is_some(),
        _ => true,
    };
    may_open
        && inside_pair(
            text,
            start,
            end,
            chars(List::OpenQuote),
            chars(List::CloseQuote),
            LABEL_REACH,
            false,
        )
}

/// The distinct first bytes of the opening quotes (`List::OpenQuote`) in
/// UTF-8.
static OPEN_QUOTE_LEADS: std::sync::LazyLock<Vec<u8>> = std::sync::LazyLock::new(|| {
    let mut leads: Vec<u8> = chars(List::OpenQuote)
        .iter()
        .map(|c| c.encode_utf8(&mut [0; 4]).as_bytes()[0])
        .collect();
    leads.sort_unstable();
    leads.dedup();
    leads
});

/// `inside_pair(text, start, end, &['《'], &['》'], 40, true)`, with the
/// look back done by a vectorised search for the bytes that can end it
/// (a line break, or the lead byte E3 of 《 or 》) instead of a walk over
/// up to 40 characters: this runs for every candidate figure.
fn inside_title(text: &str, start: usize, end: usize) -> bool {
    const REACH: usize = 40;
    let bytes = text.as_bytes();
    // 40 characters take at most 160 bytes.
    let lo = start.saturating_sub(4 * REACH);
    let mut hi = start;
    // 《 and 》 are E3 80 8A and E3 80 8B: the search is for their lead
    // byte, which only the CJK marks (、 。 《 …) open with, not for their
    // last byte, which ends many ideographs too (one search per ideograph).
    let opened = loop {
        let Some(h) = memchr::memrchr2(b'\n', 0xE3, &bytes[lo..hi]).map(|h| lo + h) else {
            // No mark in the window: too far back, or none at all.
            break false;
        };
        let last = if bytes[h] == b'\n' {
            h
        } else if bytes.get(h + 1) == Some(&0x80) && matches!(bytes.get(h + 2), Some(0x8A | 0x8B)) {
            h + 2
        } else {
            hi = h; // some other mark
            continue;
        };
        // A line break or 》 closes the search: no count of the characters
        // between is needed then.
        break bytes[last] == 0x8A
            && bytes[last + 1..start]
                .iter()
                .filter(|&&b| b & 0xC0 != 0x80)
                .count()
                < REACH;
    };
    opened && inside_pair(text, start, end, &[TITLE_OPEN], &[TITLE_CLOSE], REACH, true)
}

/// The last rules of SPEC 1.6 that need the whole reading.
pub(crate) fn reject(
    text: &str,
    at: usize,
    n: &Numeral,
    u: &Reading,
    end: usize,
    signed: bool,
) -> bool {
    let bare = matches!(u.unit, Unit::None);
    let after = char_at(text, n.end);
    let before = char_before(text, at);
    if n.form == Form::Arabic && bare {
        // -1-, - 2 -, —3—: a page number standing alone on its line.
        if !n.decimal && page_number(text, at, n.end) {
            return true;
        }
        // Codes, hotlines, phone and stock numbers; other bare integers of
        // any length are numbers (`总数为10000`).
        if !n.grouped && !n.decimal && n.mag_exp == 0 && !signed && long_code(text, at, n) {
            return true;
        }
        if n.leading_zero && !n.decimal {
            return true;
        }
        // 债券简称:16 世茂 G1: a number opening a name after its label.
        if after_name_label(text, at) {
            return true;
        }
        // `股票简称 股票代码 …⏎世茂股份 600823 …`: a cell of a row of space-parted
        // cells under a header cell naming a code.
        if !n.decimal && n.int_digits >= 4 && code_column(text, at, n.end) {
            return true;
        }
        if hotline(text, at, n.end) || hotline_elsewhere(text, at, n) {
            return true;
        }
        // 国发〔2021〕27 alone on its line: a document number whose 号 a PDF
        // conversion lost, its serial no figure.
        if !n.decimal && lost_hao_serial(text, at, n.end) {
            return true;
        }
        // 400-800-1234, 0543-3186789: digit groups joined by dashes.
        if dashed_code(text, at, n.end) {
            return true;
        }
        // GB 55038-2025, GB/T 19001-2016: a standard's number and year.
        if standard_number(text, at, n.end) {
            return true;
        }
        // 4·23世界读书日, 5·12: a month and a day joined by a middle dot
        // name a day, no figure.
        if dotted_day(text, at, n.end) {
            return true;
        }
        // 2025江苏省米其林指南: the edition year of a name.
        if edition_year(text, n, end) {
            return true;
        }
    }
    // 石门二路01单元: a serial number with a leading zero before a measure
    // word numbers a part of an address, no count has one.
    if n.form == Form::Arabic && n.leading_zero && !n.decimal && matches!(u.unit, Unit::Count(_)) {
        return true;
    }
    // 三类以上水质, 劣五类水体: the grade of a graded thing (`List::GradedNoun`,
    // keyed by the measure word of its grades) named by its number, as Ⅲ类
    // is, no count; the bound word after it stays the grade's.
    if let Unit::Count(m) = u.unit {
        if crate::lexicon::keyed(List::GradedNoun)
            .iter()
            .any(|&(w, k)| k == m && text[end..].starts_with(w))
        {
            return true;
        }
    }
    // 《…实施细则》(2022版): the edition year of a document, no count.
    if let Unit::Count(m) = u.unit {
        if end == u.end && list(List::EditionMeasure).contains(&m) && edition_year(text, n, n.end) {
            return true;
        }
    }
    // 01:28, 9:30: a clock time; 图1：, 表2 at a line start: a caption label.
    if bare && n.form == Form::Arabic && (clock(text, at, n.end) || day_part_clock(text, at, n.end))
    {
        return true;
    }
    // 图1, 表2, 附件3: the label of a figure, table or attachment.
    if bare && n.form == Form::Arabic && suffix_in(List::CaptionLabel, &text[..at]).is_some() {
        return true;
    }
    // 1+X, 1+N: a scheme's label, not a figure.
    if bare
        && text[n.end..].starts_with('+')
        && text[n.end + 1..].starts_with(|c: char| c.is_ascii_alphanumeric())
    {
        return true;
    }
    // ,1子女为…;2子女为…: run-in item numbers of a list (circled numbers
    // lost in copying), no figures.
    if bare && n.form == Form::Arabic && run_in_marker(text, at, n) {
        return true;
    }
    // ⏎10 创成5家…⏎11 新建…: item numbers opening consecutive lines, each
    // set off from its item by a space.
    if bare && n.form == Form::Arabic && spaced_line_item(text, at, n) {
        return true;
    }
    // 12英寸线 (a size in inches names a plant or a product), 世界500强,
    // 百强县 (a ranking's name).
    if bare && prefix_in(List::NameTail, &text[n.end..]).is_some() {
        return true;
    }
    // 〔2024〕, [2024]: a document number's year.
    if before.is_some_and(|c| has_char(List::YearBracketOpen, c))
        && after.is_some_and(|c| has_char(List::YearBracketClose, c))
    {
        return true;
    }
    // Outline markers: （一）, (1), 一、, 1., 1、 at the start of a line. A
    // decimal in brackets inside a sentence is a figure (`汇率(6.1927)`).
    if let (Some(open), Some(close), true) = (before, after, bare) {
        if is_open_paren(open)
            && is_close_paren(close)
            && (!n.decimal || line_start(text, at - open.len_utf8()))
        {
            return true;
        }
    }
    if bare && matches!(after, Some(ENUM_COMMA)) && n.form != Form::Arabic {
        return true;
    }
    // 太乙、子午、五台3个街道: a count in numerals in words closing a list
    // of names, right before a figure in digits that counts them, is the
    // last name (五台), no count (十方面32项 after no list stays).
    if n.form != Form::Arabic
        && matches!(u.unit, Unit::Count(_))
        && before == Some(ENUM_COMMA)
        && char_at(text, end).is_some_and(|c| c.is_ascii_digit())
    {
        return true;
    }
    let outline_mark = after.is_some_and(|c| has_char(List::OutlineMark, c));
    if bare && n.form == Form::Arabic && outline_mark && line_start(text, at) {
        return true;
    }
    // (…,就高不重复)1.双一流大学: a number of one or two digits and a point
    // before an ideograph, right after a closing bracket, numbers an item
    // whose line break was lost (a decimal has a digit after its point);
    // a bracket of any style (`[责任单位:…市国资委]2.优化…`).
    if bare
        && n.form == Form::Arabic
        && !n.decimal
        && n.int_digits <= 2
        && before.is_some_and(|c| has_char(List::CloseBracket, c))
        && after.is_some_and(|c| has_char(List::Dot, c))
        && char_at(text, n.end + after.map_or(0, char::len_utf8)).is_some_and(super::text::is_han)
    {
        return true;
    }
    // 文三路388号2幢1201室: the parts of an address after a numbered
    // building or door (`List::AddressMark` right after digits).
    if n.form == Form::Arabic
        && (address_part(text, at) || road_number(text, at, n) || estate_part(text, at, n))
    {
        return true;
    }
    // 1.总体要求 2.主要任务: outline markers of a line run together, each
    // after a space and before a heading's first ideograph.
    if let (true, Form::Arabic, true, Some(mark)) = (bare, n.form, outline_mark, after) {
        if before.is_some_and(char::is_whitespace)
            && char_at(text, n.end + mark.len_utf8()).is_some_and(super::text::is_han)
        {
            return true;
        }
    }
    // 价格指数(上年=100), (2015年=100): the base of an index, no figure.
    if bare
        && before.map(crate::chars::halfwidth) == Some('=')
        && after.map(crate::chars::halfwidth) == Some(')')
    {
        return true;
    }
    // 7×24小时: the first factor of a schedule's label, no figure.
    if let (true, Form::Arabic, Some(op @ ('×' | '*'))) = (bare, n.form, after) {
        if text[n.end + op.len_utf8()..].starts_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
    }
    // 工业4.0, 互联网2.0: a one-digit version glued to a name, no figure.
    if bare && n.form == Form::Arabic && version(text, at, n) {
        return true;
    }
    if year_of_a_story(text, at, n, u, end) {
        return true;
    }
    let ordinal = matches!(u.unit, Unit::Ordinal(_));
    // “6%左右”, “15分钟”生活圈: a figure with a unit of measure filling its
    // quote is a figure quoted, no label (`“1+N”`, `“333”` are).
    let measured = matches!(
        u.unit,
        Unit::Percent(_) | Unit::Duration { .. } | Unit::Money { .. } | Unit::Quantity { .. }
    );
    if quoted(text, at, end)
        && !((ordinal || measured) && fills_quote(text, at, end))
        && !(matches!(u.unit, Unit::Duration { .. })
            && (title_length(text, at, end) || opens_quote(text, at, end, n)))
    {
        return true;
    }
    false
}

/// How far [`run_in_marker`] looks for the item number next to one, in bytes.
const RUN_IN_REACH: usize = 600;

/// True when the single digit `n` at `at` numbers an item run into its
/// paragraph (`…购房户,1子女为…;2子女为…`): right after a comma, a
/// semicolon or a sentence's end (。！？), glued to the next ideograph, and
/// the item number before or after it written the same way in the same
/// paragraph. One opening a line and glued to an ideograph numbers an item
/// too when the number before or after it opens a line near it the same
/// way (`⏎1申请表;⏎2身份证`).
fn run_in_marker(text: &str, at: usize, n: &Numeral) -> bool {
    let glued = |end: usize| char_at(text, end).is_some_and(is_han);
    let marked = |p: usize, end: usize| {
        char_before(text, p).is_some_and(|c| {
            has_char(List::CommaOrSemicolon, c) || has_char(List::WideSentenceEnd, c)
        }) && glued(end)
    };
    let opens_line = |p: usize, end: usize| {
        glued(end)
            && text[..p]
                .chars()
                .rev()
                .take_while(|&c| c != '\n')
                .all(char::is_whitespace)
    };
    if n.decimal || n.int_digits != 1 || n.end != at + 1 {
        return false;
    }
    let line = opens_line(at, n.end);
    if !line && !marked(at, n.end) {
        return false;
    }
    let d = text.as_bytes()[at];
    let boundary = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let lo = boundary(at.saturating_sub(RUN_IN_REACH));
    let hi = boundary((at + RUN_IN_REACH).min(text.len()));
    let (from, to) = if line {
        (lo, hi)
    } else {
        (
            text[lo..at].rfind('\n').map_or(lo, |k| lo + k),
            text[at..hi].find('\n').map_or(hi, |k| at + k),
        )
    };
    text.as_bytes()[from..to].iter().enumerate().any(|(k, &b)| {
        let p = from + k;
        p != at
            && (b == d + 1 || b + 1 == d)
            && b.is_ascii_digit()
            && !text.as_bytes().get(p + 1).is_some_and(u8::is_ascii_digit)
            && !(p > 0 && text.as_bytes()[p - 1].is_ascii_digit())
            && if line {
                opens_line(p, p + 1)
            } else {
                marked(p, p + 1)
            }
    })
}

/// The item number of one or two digits opening a line at `p`, set off
/// from a Han item by spaces (`⏎10 创成…`, `⏎01 新增…`): its value and end.
fn spaced_line_number(text: &str, p: usize) -> Option<(u32, usize)> {
    let opens = text[..p]
        .chars()
        .rev()
        .take_while(|&c| c != '\n')
        .all(char::is_whitespace);
    let digits = text[p..].bytes().take_while(u8::is_ascii_digit).count();
    if !opens || !(1..=2).contains(&digits) {
        return None;
    }
    let end = p + digits;
    let rest = &text[end..];
    let gap = rest.len() - rest.trim_start_matches([' ', '\u{3000}']).len();
    if gap == 0 || !char_at(text, end + gap).is_some_and(is_han) {
        return None;
    }
    Some((text[p..end].parse().ok()?, end))
}

/// True when the bare number `n` at `at` opens its line and is set off from
/// a Han item by spaces, and the line before or after it (within
/// [`RUN_IN_REACH`]) opens with the number one less or one more written the
/// same way (`⏎10 创成5家…⏎11 新建…`): item numbers of a list, no figures.
fn spaced_line_item(text: &str, at: usize, n: &Numeral) -> bool {
    if n.decimal {
        return false;
    }
    let Some((v, end)) = spaced_line_number(text, at) else {
        return false;
    };
    if end != n.end {
        return false;
    }
    let line_open = |p: usize| {
        let p = p + text[p..].len() - text[p..].trim_start_matches([' ', '\u{3000}']).len();
        spaced_line_number(text, p).map(|(w, _)| w)
    };
    let nl_before = text[..at].rfind('\n');
    // The line before.
    let before = nl_before.and_then(|nl| {
        let prev = text[..nl].rfind('\n').map_or(0, |k| k + 1);
        (at - prev <= RUN_IN_REACH)
            .then(|| line_open(prev))
            .flatten()
    });
    // The line after.
    let after = text[end..].find('\n').and_then(|k| {
        let next = end + k + 1;
        (next - at <= RUN_IN_REACH)
            .then(|| line_open(next))
            .flatten()
    });
    before.is_some_and(|w| w + 1 == v) || after.is_some_and(|w| w == v + 1)
}

/// True when the length of time from `start` to `end` stands in a 《》 title
/// and in no quoted label: a time expression of the title, an entity as its
/// dates and periods are (`《…建设三年行动方案（2022—2024年）》`).
fn title_length(text: &str, start: usize, end: usize) -> bool {
    inside_title(text, start, end) && !quoted_label(text, start, end)
}

/// True when a length in Arabic digits from `at` to `end` opens a quoted
/// name that goes on after it (`“15分钟生活圈”`, `“24小时不打烊”`): the
/// length the name is measured by, an entity (`“百日攻坚”`, in words, is
/// the label's).
fn opens_quote(text: &str, at: usize, end: usize, n: &Numeral) -> bool {
    n.form == Form::Arabic
        && char_before(text, at).is_some_and(|c| has_char(List::OpenQuote, c))
        && char_at(text, end).is_some_and(is_han)
}

/// True when the Arabic figure at `at` follows a numbered part of an address
/// glued to it: digits, then one or two [`List::AddressMark`] words (`388号2幢`,
/// `2幢1201室`, `3号楼2单元`).
fn address_part(text: &str, at: usize) -> bool {
    // One or two marks (`3号楼2单元`).
    let mut p = at;
    for _ in 0..2 {
        let Some(mark) = suffix_in(List::AddressMark, &text[..p]) else {
            break;
        };
        p -= mark.len();
        if char_before(text, p).is_some_and(|c| c.is_ascii_digit()) {
            return true;
        }
    }
    false
}

/// Most ideographs [`estate_part`] reads back over to a door's number.
const ESTATE_REACH: usize = 12;

/// `清湖路10号某某工业园3栋`, `正街96号某某苑3幢`: true when the Arabic
/// figure `n` at `at`, before an address mark (栋 幢 单元 楼 号), follows the
/// name of an estate or a park (`List::AddressEstate` closing it: 园 苑 大厦 …)
/// that a door's number (digits and 号) opens: a part of the address, no
/// count.
fn estate_part(text: &str, at: usize, n: &Numeral) -> bool {
    if prefix_in(List::AddressMark, &text[n.end..]).is_none()
        || suffix_in(List::AddressEstate, &text[..at]).is_none()
    {
        return false;
    }
    let mut p = at;
    for _ in 0..ESTATE_REACH {
        let Some(c) = char_before(text, p) else {
            return false;
        };
        if !is_han(c) {
            return false;
        }
        p -= c.len_utf8();
        if c == NUMBER_MARK && char_before(text, p).is_some_and(|d| d.is_ascii_digit()) {
            return true;
        }
    }
    false
}

/// True when the Arabic figure `n` at `at` is a house or lane number of a
/// road: a run of digits joined by 、 right after a road word
/// ([`List::AddressRoad`]) and closed by a lane word ([`List::AddressLane`])
/// (`谈家桥路121、155弄`, `愚园路627弄`): each is no figure.
fn road_number(text: &str, at: usize, n: &Numeral) -> bool {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    // Back over the earlier numbers of the list to the road word.
    let mut start = at;
    loop {
        let Some(c) = char_before(text, start) else {
            return false;
        };
        if has_char(List::AddressRoad, c) {
            break;
        }
        if c != ENUM_COMMA {
            return false;
        }
        let head = &text[..start - c.len_utf8()];
        let run = head.bytes().rev().take_while(u8::is_ascii_digit).count();
        if run == 0 {
            return false;
        }
        start = head.len() - run;
    }
    // On over the later numbers to the lane word.
    let mut p = n.end;
    loop {
        let rest = &text[p..];
        if prefix_in(List::AddressLane, rest).is_some() {
            return true;
        }
        let Some(after) = rest.strip_prefix(ENUM_COMMA) else {
            return false;
        };
        let k = digits(after);
        if k == 0 {
            return false;
        }
        p += ENUM_COMMA.len_utf8() + k;
    }
}

/// `工业4.0`, `Web3.0`: one digit, `.0`, right after a letter or a Han
/// character that is no particle, 的 or bound word (`比值为2.0`, `由上年的3.0:40.0`
/// are figures), and no ratio's colon after it.
fn version(text: &str, at: usize, n: &Numeral) -> bool {
    let b = text.as_bytes();
    if !(n.decimal && n.end == at + 3 && b[at + 1] == b'.' && b[at + 2] == b'0') {
        return false;
    }
    // 3.0:40.0:57.0: a term of a ratio.
    if char_at(text, n.end).is_some_and(|c| matches!(crate::chars::halfwidth(c), ':' | '\u{2236}'))
    {
        return false;
    }
    match char_before(text, at) {
        Some(c) if c.is_ascii_alphabetic() => true,
        Some(c) if is_han(c) => {
            !has_char(List::VerbParticle, c)
                && !has_char(List::ClauseMark, c)
                && super::table::PREFIX_BOUNDS
                    .longest_before(text, at, 0)
                    .is_none()
        }
        _ => false,
    }
}

/// `2022年，是极为难忘的一年。`, `是…的关键一年，`: 一年 closing a clause
/// whose copula (是) comes earlier, with a modifier's 的 between, names a
/// year of a story, no length of time (`期限是一年。`, `只是延长一年。` are
/// lengths). So is 一年 right after 新 or 新的 anywhere (`做好新一年工作`,
/// `新的一年里`), unless 新 ends a verb (`重新`).
fn year_of_a_story(text: &str, at: usize, n: &Numeral, u: &Reading, end: usize) -> bool {
    let year = matches!(u.unit, Unit::Duration { unit: "year", .. });
    let lone_yi =
        n.form == Form::Chinese && n.value == Decimal::ONE && n.end - at == ONE.len_utf8();
    if !(year && lone_yi && !n.more) {
        return false;
    }
    // 做好新一年政府工作, 新的一年里: the coming year, wherever it stands.
    if let Some(w) = suffix_in(List::NewYearLead, &text[..at]) {
        let before = char_before(text, at - w.len());
        if !before.is_some_and(|c| has_char(List::NewYearGlue, c)) {
            return true;
        }
    }
    if !char_at(text, end).is_some_and(super::text::ends_clause) {
        return false;
    }
    // Back to the copula, with a modifier's 的 on the way (`是…难忘的一年`,
    // `是…的关键一年`); `只是延长一年` has none.
    let mut p = at;
    let mut modifier = false;
    for _ in 0..40 {
        let Some(c) = char_before(text, p) else {
            return false;
        };
        // Quotes, brackets and the list comma stay inside the clause.
        if c == '\n' || has_char(List::SentenceEnd, c) || has_char(List::ClauseSeparator, c) {
            return false;
        }
        p -= c.len_utf8();
        if has_char(List::StoryCopula, c) {
            return modifier;
        }
        modifier |= has_char(List::StoryModifier, c);
    }
    false
}

/// True when a quoted label holds the figure from `start` to `end` and
/// nothing else (`“二孩”`): a rank named in quotes, no framework's label.
/// A title (`《…》`) is never such a quote.
pub(crate) fn fills_quote(text: &str, start: usize, end: usize) -> bool {
    char_before(text, start).is_some_and(|c| has_char(List::OpenQuote, c))
        && char_at(text, end).is_some_and(|c| has_char(List::CloseQuote, c))
}

/// True when an ordinal from `start` to `end` is part of a quoted label
/// or a title (`“三湘第一镇”`, `《关于降低存量首套住房贷款利率…》`): a
/// name, no rank; an ordinal that fills its quote (`“二孩”`) is one.
pub(crate) fn in_label(text: &str, start: usize, end: usize) -> bool {
    quoted(text, start, end) && (!fills_quote(text, start, end) || inside_title(text, start, end))
}

/// A bare integer that is a code: a mobile number (11 digits from 1), an
/// identity or credit number (15 digits or more), a stock code (six
/// digits in brackets: `贵州茅台（600519）`), or any number after a code label
/// (`编号10086`).
fn long_code(text: &str, at: usize, n: &Numeral) -> bool {
    let digits = n.int_digits;
    if digits >= 15 || (digits == 11 && text.as_bytes()[at] == b'1') {
        return true;
    }
    let before = char_before(text, at);
    let after = char_at(text, n.end);
    if digits == 6
        && before.is_some_and(is_open_paren)
        && after.is_some_and(|c| is_close_paren(c) || c == '.' || has_char(List::Comma, c))
    {
        return true;
    }
    let head = text[..at]
        .trim_end_matches(|c| c == ' ' || has_char(List::Colon, c) || has_char(List::CodeLink, c));
    digits >= 4 && suffix_in(List::CodeWord, head).is_some()
}

/// True when the bare number at `at` follows a label of a name
/// (`List::NameLabel`: 简称, 名称), maybe past a colon and spaces, and is
/// set off by a space from the ideographs after it (`债券简称:16 世茂 G1`):
/// it opens the name, a year written short or a serial.
fn after_name_label(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches(|c| c == ' ' || has_char(List::Colon, c));
    suffix_in(List::NameLabel, head).is_some()
        && text[at..]
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(is_han))
}

/// The cells of a line parted by single or runs of ASCII spaces, with
/// their byte offsets in `text` (`line_at` the line's first byte).
fn spaced_cells(line: &str, line_at: usize) -> Vec<(usize, &str)> {
    line.split(' ')
        .scan(line_at, |p, cell| {
            let at = *p;
            *p += cell.len() + 1;
            Some((at, cell))
        })
        .filter(|(_, c)| !c.is_empty())
        .collect()
}

/// True when the integer at `at..end` is a whole cell of a line of cells
/// parted by spaces (three at least) right under a header line of as many
/// cells whose cell in the same place ends with a code word
/// (`List::CodeWord`): `股票种类 股票上市交易所 股票简称 股票代码 变更前股票简称`
/// over `A股 上海证券交易所 世茂股份 600823 万象集团` (a PDF table as text).
fn code_column(text: &str, at: usize, end: usize) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |k| k + 1);
    let stop = text[end..]
        .find(['\n', '\r'])
        .map_or(text.len(), |k| end + k);
    if start == 0 {
        return false;
    }
    let head_end = text[..start - 1].trim_end_matches('\r').len();
    let head_start = text[..head_end].rfind('\n').map_or(0, |k| k + 1);
    let row = spaced_cells(&text[start..stop], start);
    let header = spaced_cells(&text[head_start..head_end], head_start);
    if row.len() < 3 || row.len() != header.len() {
        return false;
    }
    row.iter()
        .position(|&(p, cell)| p == at && p + cell.len() == end)
        .is_some_and(|k| suffix_in(List::CodeWord, header[k].1).is_some())
}

/// True when the bare number at `at` stands after a telephone line's label
/// (`List::PhoneWord`), maybe past a colon or a link (`举报电话：12339`,
/// `电话为…`) and the earlier groups of the same number, parted by spaces
/// or dashes, short or long (`服务热线 400 810 8888`, `联系电话:0951—2078456`).
fn after_phone_label(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches(|c: char| {
        c.is_whitespace()
            || c.is_ascii_digit()
            || matches!(c, '-' | '\u{2013}' | '\u{2014}' | '\u{FF0D}')
            || has_char(List::Colon, c)
            || has_char(List::CodeLink, c)
    });
    suffix_in(List::PhoneWord, head).is_some()
}

/// Two-digit groups joined by `:` (`01:28`, `9:30`): a time of day; not
/// when the minutes have a decimal point (`13:53.8:33.6`, a ratio).
fn clock(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let digits_before = |i: usize| {
        b[..i]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let digits_after = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    // 13:53.8:33.6: minutes take no decimal point; a term of a ratio does.
    let decimal_after = |i: usize| b.get(i) == Some(&b'.') && digits_after(i + 1) > 0;
    let colon_after =
        b.get(end) == Some(&b':') && digits_after(end + 1) == 2 && !decimal_after(end + 3);
    // The hour is 1–2 digits not after a point (2.05:1 is a ratio); the
    // minutes after it are 2 digits (9:30, not 2:1).
    let hour_before = |i: usize| {
        let d = digits_before(i);
        // 2023-05-0409:55: the hour glued to a date's two-digit day.
        let glued_to_day = d == 4 && i > d && matches!(b[i - d - 1], b'-' | b'/');
        glued_to_day || (1..=2).contains(&d) && !(i > d && b[i - d - 1] == b'.')
    };
    let colon_before =
        start > 0 && b[start - 1] == b':' && hour_before(start - 1) && end - start == 2;
    // The hour is at most 24 and the minutes at most 59 (`按30:70的比例` is a
    // ratio).
    if end - start > 2 {
        return false;
    }
    let number = |from: usize, to: usize| {
        b[from..to]
            .iter()
            .take_while(|d| d.is_ascii_digit())
            .fold(0u32, |v, d| v * 10 + u32::from(d - b'0'))
    };
    // A group before a colon is an hour (at most 24), or minutes (at most
    // 59) when a colon comes before it too (13:06:46).
    let leads_ok = |from: usize, to: usize| {
        let most = if from > 0 && b[from - 1] == b':' {
            59
        } else {
            24
        };
        number(from, to) <= most
    };
    let after_ok = colon_after && leads_ok(start, end) && number(end + 1, end + 3) <= 59;
    let before_ok = colon_before && {
        // The hour is the last two digits (glued to a date's day: 0409:55).
        let h = digits_before(start - 1).min(2);
        leads_ok(start - 1 - h, start - 1) && number(start, end) <= 59
    };
    after_ok || before_ok
}

/// True when the N点 at `at` closes a range of hours after a part of the
/// day (`晚上7点至9点`): a range connector right before it, and before that
/// a figure, the same `point` (点) and the part of the day before the figure.
fn clock_range_end(text: &str, at: usize, point: &str) -> bool {
    let Some(w) = suffix_in(List::RangeConnector, &text[..at]) else {
        return false;
    };
    text[..at - w.len()].strip_suffix(point).is_some_and(|h| {
        let hour = h.trim_end_matches(|c: char| c.is_ascii_digit() || chinese::is_numeral_char(c));
        hour.len() < h.len() && suffix_in(List::ClockPointLead, hour).is_some()
    })
}

/// True when `head` (the text before an hour) ends with a part of the day
/// (`上午9:30`), or with a range connector after a time of day written with
/// a colon (`上午9:30至11:00`: the second hour).
fn hour_lead(head: &str) -> bool {
    if suffix_in(List::ClockPointLead, head).is_some() {
        return true;
    }
    let Some(w) = suffix_in(List::RangeConnector, head) else {
        return false;
    };
    let h = &head[..head.len() - w.len()];
    let minutes = h.trim_end_matches(|c: char| c.is_ascii_digit());
    if h.len() - minutes.len() != 2 {
        return false;
    }
    let Some(c) = minutes
        .chars()
        .next_back()
        .filter(|&c| crate::chars::halfwidth(c) == ':')
    else {
        return false;
    };
    let hours = &minutes[..minutes.len() - c.len_utf8()];
    let lead = hours.trim_end_matches(|c: char| c.is_ascii_digit());
    (1..=2).contains(&(hours.len() - lead.len())) && suffix_in(List::ClockPointLead, lead).is_some()
}

/// True when the digits `start..end` are the hour or the minutes of a
/// time of day after a part of the day (`List::ClockPointLead`), written
/// with a colon of either width (`早上8：30`): the hour one or two digits
/// right after the word, the minutes two digits.
fn day_part_clock(text: &str, start: usize, end: usize) -> bool {
    let colon = |c: char| crate::chars::halfwidth(c) == ':';
    let two_digits = |p: usize| {
        let b = text.as_bytes();
        b.get(p..p + 2)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !b.get(p + 2).is_some_and(u8::is_ascii_digit)
    };
    let hour_at =
        |from: usize, to: usize| (1..=2).contains(&(to - from)) && hour_lead(&text[..from]);
    // The hour: a colon and two digits after it.
    if let Some(c) = char_at(text, end).filter(|&c| colon(c)) {
        if hour_at(start, end) && two_digits(end + c.len_utf8()) {
            return true;
        }
    }
    // The minutes: two digits after a colon after the hour.
    let Some(c) = char_before(text, start).filter(|&c| colon(c)) else {
        return false;
    };
    let h_end = start - c.len_utf8();
    let h_start = h_end
        - text[..h_end]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
    end - start == 2 && hour_at(h_start, h_end)
}

/// `16.2025年` at the start of a line or right after a colon (a label's
/// list: `附件:1.2019年银行机构…`): the outline marker `16.` before a year,
/// not a decimal. Returns the byte after the point.
pub(crate) fn outline_before_year(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let digits = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
    let point = at + digits;
    let year = b.get(point + 1..point + 5)?;
    let ok = (1..=2).contains(&digits)
        && b.get(point) == Some(&b'.')
        && year.iter().all(u8::is_ascii_digit)
        && text[point + 5..].starts_with(YEAR)
        && (line_start(text, at)
            || char_before(text, at).is_some_and(|c| has_char(List::Colon, c)));
    ok.then_some(point + 1)
}

/// The most digits of one part of a dotted section number (`1.12`).
const MAX_SECTION_DIGITS: usize = 2;

/// A dotted section number at the very start of a line (`1.1`, `2.3.`,
/// `3.2.1`, points ASCII or full-width), followed by a Han character, right
/// after it or after spaces: the byte after the number and its last point.
/// A decimal inside a sentence (`增长1.1%`, `为1.1`) is none.
pub(crate) fn dotted_outline(text: &str, at: usize) -> Option<usize> {
    let starts_line = text[..at]
        .chars()
        .rev()
        .find(|c| !matches!(c, ' ' | '\t' | '\u{3000}'))
        .is_none_or(|c| c == '\n' || c == '\r');
    if !starts_line {
        return None;
    }
    let mut end = at;
    let mut parts = 0;
    loop {
        let digits = text[end..].chars().take_while(char::is_ascii_digit).count();
        if !(1..=MAX_SECTION_DIGITS).contains(&digits) {
            return None;
        }
        end += digits;
        parts += 1;
        let Some(point) = text[end..]
            .chars()
            .next()
            .filter(|&c| has_char(List::Dot, c))
        else {
            break;
        };
        let after = end + point.len_utf8();
        if !text[after..].starts_with(|c: char| c.is_ascii_digit()) {
            // `2.3.` : a closing point belongs to the number.
            end = after;
            break;
        }
        end = after;
    }
    let rest = text[end..].trim_start_matches([' ', '\t', '\u{3000}']);
    (parts >= 2 && rest.starts_with(crate::chars::is_han)).then_some(end)
}

/// A dash that frames a page number (`-1-`, `—3—`).
fn page_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2015}'
            | '\u{FF0D}'
            | '\u{2212}'
            | '\u{00B7}'
            | '\u{2022}'
    )
}

/// Most bytes [`page_line`] reads on each side of a figure.
const PAGE_LINE_REACH: usize = 40;

/// The end of the line at `at` when the line is a page's number and count
/// and nothing else (`第 2 页 共 10 页`, `第2页/共10页`, `共3页 第1页`):
/// digits, spaces, `/` `,` and dashes, and the words of `List::PageLineWord`
/// (页 第 共), 页 and 第 among them. Read within [`PAGE_LINE_REACH`] bytes each
/// side: a longer line is no such line.
pub(crate) fn page_line(text: &str, at: usize) -> Option<usize> {
    let mut from = at.saturating_sub(PAGE_LINE_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // Every character of the line must be one of the page line's: the
    // walks out to the line's ends stop at the first that is not (in
    // running text the character right before the figure, mostly).
    let mut start = None;
    for (k, c) in text.get(from..at)?.char_indices().rev() {
        if c == '\n' {
            start = Some(from + k + 1);
            break;
        }
        if !page_line_char(c) {
            return None;
        }
    }
    let start = match start {
        Some(s) => s,
        None if from == 0 => 0,
        None => return None,
    };
    let mut to = (at + PAGE_LINE_REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let mut end = None;
    for (k, c) in text.get(at..to)?.char_indices() {
        if c == '\n' {
            end = Some(at + k);
            break;
        }
        if !page_line_char(c) {
            return None;
        }
    }
    let end = match end {
        Some(e) => e,
        None if to == text.len() => to,
        None => return None,
    };
    let line = &text[start..end];
    // The page word and the ordinal's 第 (the first two rows) must both be
    // there: a count of pages alone (`共7页`) may be a note.
    let words = crate::lexicon::list(List::PageLineWord);
    let page = words.len() >= 2 && words[..2].iter().all(|w| line.contains(w));
    page.then_some(end)
}

/// A character a page line may hold (see [`page_line`]).
fn page_line_char(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(crate::chars::halfwidth(c), '/' | ',')
        || page_dash(c)
        || c.is_whitespace()
        || has_char(List::PageLineWord, c)
}

/// True when the digits `start..end` alone on their line are framed by
/// dashes on both sides (`-1-`, `- 2 -`, `—3—`): a PDF page number.
fn page_number(text: &str, start: usize, end: usize) -> bool {
    let line_from = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_to = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let frame = |s: &str| {
        let s = s.trim();
        !s.is_empty() && s.chars().all(|c| page_dash(c) || c.is_whitespace())
    };
    let (before, after) = (&text[line_from..start], &text[end..line_to]);
    if frame(before) && frame(after) {
        return true;
    }
    // 个人住房-2-⏎: a page number of a PDF glued to the end (or the start)
    // of a line of text: framed by dashes, one side running to the line's
    // edge, the other a lone dash after (before) a word, no digit.
    let digits = end - start <= 3;
    let inner_dash = |s: &str, back: bool| {
        let s = s.trim_matches(|c: char| c == ' ' || c == '\u{3000}');
        let mut cs = s.chars();
        let (dash, next) = if back {
            (cs.next_back(), cs.next_back())
        } else {
            (cs.next(), cs.next())
        };
        dash.is_some_and(page_dash)
            && next.is_some_and(|c| !(c.is_ascii_digit() || page_dash(c) || c.is_whitespace()))
    };
    digits
        && ((frame(after) && inner_dash(before, true))
            || (frame(before) && inner_dash(after, false)))
}

fn line_start(text: &str, at: usize) -> bool {
    if super::ordinal::after_heading_mark(text, at) {
        return true;
    }
    for c in text[..at].chars().rev() {
        match c {
            c if c == '\n' || has_char(List::LineOpener, c) => return true,
            c if c.is_whitespace() => continue,
            _ => return false,
        }
    }
    true
}

/// A bare number in a list of hotlines or classes (`110、120、12345等热线`,
/// `985、211大学`), after 热线/电话, or a hotline named right after it
/// (`12345政务服务热线`: ideographs only between the number and 热线).
fn hotline(text: &str, start: usize, end: usize) -> bool {
    if after_phone_label(text, start) {
        return true;
    }
    let mut k = 0;
    let mut p = end;
    let mut han = 0;
    while let Some(c) = char_at(text, p) {
        if k > 40 {
            return false;
        }
        let rest = &text[p..];
        if prefix_in(List::NameHead, rest).is_some()
            && (han == 0 || prefix_in(List::Hotline, rest).is_some())
        {
            return true;
        }
        let link = has_char(List::NumberListLink, c);
        if is_han(c) && !link {
            han += 1;
            if han > 6 {
                return false;
            }
        } else if han > 0
            || !(c.is_ascii_digit() || link || c == ' ' || has_char(List::NumberListMark, c))
        {
            return false;
        }
        p += c.len_utf8();
        k += 1;
    }
    false
}

/// A bare number of five digits or more that the same text names a hotline
/// at another place (`畅通全国12315平台、12315专用电话`: the second is read by
/// [`hotline`], so the first, the same digits, is the hotline too).
fn hotline_elsewhere(text: &str, at: usize, n: &Numeral) -> bool {
    if n.grouped || n.decimal || n.mag_exp != 0 || n.int_digits < 5 {
        return false;
    }
    let digits = &text[at..n.end];
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    text.match_indices(digits).any(|(i, _)| {
        let e = i + digits.len();
        i != at
            && !text[..i].ends_with(|c: char| c.is_ascii_digit())
            && !text[e..].starts_with(|c: char| c.is_ascii_digit())
            && hotline(text, i, e)
    })
}

/// True when `text[at..end]` is the serial of a document number alone on
/// its line whose 号 was lost (`国发〔2021〕27`; `policy::doc_number::unmarked`).
fn lost_hao_serial(text: &str, at: usize, end: usize) -> bool {
    if !char_before(text, at).is_some_and(|c| has_char(List::YearBracketClose, c)) {
        return false;
    }
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    crate::policy::doc_number::unmarked(text, start, line_end).is_some_and(|d| d.span.end == end)
}

/// The end of the word "major" after a bare whole number from 2 to 99
/// (`四大行动` → 四大, `3大产业` → 3大), read with the figure when a noun
/// follows it; `None` elsewhere (`3大于2`, `四大。`, `二十大`).
pub(crate) fn major_end(text: &str, n: &Numeral) -> Option<usize> {
    if n.decimal || n.high.is_some() || n.value < Decimal::from(2) || n.value > Decimal::from(99) {
        return None;
    }
    let w = prefix_in(List::MajorWord, &text[n.end..])?;
    let after = n.end + w.len();
    let next = char_at(text, after)?;
    // 六大“卓越行动”: the noun may open with a quotation mark.
    let quoted_noun = has_char(List::OpenQuote, next)
        && char_at(text, after + next.len_utf8()).is_some_and(is_han);
    (quoted_noun || is_han(next) && !has_char(List::MajorGlue, next)).then_some(after)
}

/// A bare magnitude naming the size of a campaign or a group before a noun
/// (`三年百万青年见习计划` → 百万, read like `十万技能人才`): a size word of the
/// data alone, a Han character after it, no name head (`千万工程`) and no
/// adverb reading (`千万不要`).
pub(crate) fn size_word(text: &str, at: usize, n: &Numeral) -> bool {
    if n.form != Form::Chinese || n.high.is_some() || n.more || n.approx || n.decimal {
        return false;
    }
    let Some(w) = prefix_in(List::SizeWord, &text[at..]) else {
        return false;
    };
    let rest = &text[n.end..];
    at + w.len() == n.end
        && rest
            .chars()
            .next()
            .is_some_and(|c| is_han(c) && !has_char(List::SizeGlue, c))
        && prefix_in(List::NameHead, rest).is_none()
        && !char_before(text, at).is_some_and(|c| chinese::is_numeral_char(c) || c.is_ascii_digit())
}

/// A year written without 年 right before a name (`2025江苏省米其林指南`):
/// four plain digits from 1900 to 2099, nothing read after them, a Han
/// character next. Part of the name, no figure.
fn edition_year(text: &str, n: &Numeral, end: usize) -> bool {
    n.form == Form::Arabic
        && !n.grouped
        && !n.decimal
        && n.mag_exp == 0
        && n.high.is_none()
        && !n.more
        && !n.approx
        && n.int_digits == 4
        && end == n.end
        && n.value >= Decimal::from(1900)
        && n.value <= Decimal::from(2099)
        && char_at(text, n.end).is_some_and(is_han)
}

/// Whether a Chinese numeral with no unit is a figure: `十万`, `一百二十三`,
/// `四大行动` (四大), `二〇二五`; single numerals elsewhere are not (统一, 之一).
pub(crate) fn bare_number_ok(text: &str, at: usize, n: &Numeral) -> bool {
    match n.form {
        Form::Arabic => true,
        Form::DigitString => n.value >= Decimal::from(1000),
        Form::Chinese => {
            if n.high.is_some() {
                return false;
            }
            let first = char_at(text, at).unwrap_or(' ');
            let after = char_at(text, n.end);
            if prefix_in(List::MajorWord, &text[n.end..]).is_some() {
                // 四大行动, 两大基地 are figures; 二十大 is a congress.
                return n.value <= Decimal::from(10) && n.value >= Decimal::from(2);
            }
            if n.decimal {
                return true;
            }
            let chars = text[at..n.end].chars().count();
            // 确保六十九中竣工: a school numbered in its town, a name.
            if chars >= 2
                && after.is_some_and(|c| has_char(List::SchoolShort, c))
                && char_at(text, n.end + after.map_or(0, char::len_utf8))
                    .is_none_or(|c| !has_char(List::SchoolShortGlue, c))
            {
                return false;
            }
            // 数量为零。: a lone zero after a copula, closing its clause.
            if chars == 1
                && n.value == Decimal::ZERO
                && crate::lexicon::suffix_in(List::ZeroCopula, &text[..at]).is_some()
                && after.is_none_or(super::text::ends_clause)
            {
                return true;
            }
            size_word(text, at, n)
                || n.has_unit
                    && chars >= 2
                    && crate::numeral::magnitude::any_unit(first).is_none_or(|p| p < 2)
                    && !after.is_some_and(|c| is_han(c) && one_of(FRACTION_MARK, c))
        }
    }
}

/// A standard's number (`GB 55038-2025`, `GB/T 19001-2016`, `ISO 9001`):
/// capital letters (with `/`), one space, the digits, then `-` and a
/// four-digit year, or an integer of three or more digits glued to what
/// follows (`ISO 9001质量管理体系`; a figure set off by spaces, `GDP 12000 亿元`,
/// stays one). Glued to the letters (`GB55038`) the number is a code already,
/// and a year after a dash is its year (`GB55038—2025`).
fn standard_number(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let year = bytes
        .get(end + 1..)
        .unwrap_or_default()
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let dated = bytes.get(end) == Some(&b'-') && year == 4;
    let integer = end - start >= 3
        && bytes[start..end].iter().all(u8::is_ascii_digit)
        && bytes
            .get(end)
            .is_some_and(|&b| !b.is_ascii_whitespace() && b != b'.');
    if (dated || integer) && standard_head(bytes, start) {
        return true;
    }
    // GB 50180—2018: the year after a long dash closes the standard's number.
    let dash = char_before(text, start).filter(|&c| matches!(c, '\u{2014}' | '\u{2013}' | '-'));
    let Some(dash) = dash.filter(|_| end - start == 4) else {
        return false;
    };
    let d_end = start - dash.len_utf8();
    let digits = bytes[..d_end]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    // GB55038—2025: glued to the letters, the number is a code and the
    // year after the dash is its year.
    digits >= 3 && (standard_head(bytes, d_end - digits) || code_letters(bytes, d_end - digits))
}

/// Capital letters (two at least, with `/`) glued right before `start`
/// (`GB55038`, `GB/T19001`), not glued to a word before them.
fn code_letters(bytes: &[u8], start: usize) -> bool {
    let head = &bytes[..start];
    let label = head
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_uppercase() || **b == b'/')
        .count();
    let before = head.len() - label;
    let caps = head[before..]
        .iter()
        .filter(|b| b.is_ascii_uppercase())
        .count();
    caps >= 2
        && head[before..].first().is_some_and(u8::is_ascii_uppercase)
        && !(before > 0 && bytes[before - 1].is_ascii_alphanumeric())
}

/// Capital letters (two at least, with `/`) and one space right before
/// `start`, not glued to a word before them.
fn standard_head(bytes: &[u8], start: usize) -> bool {
    if start < 3 || bytes[start - 1] != b' ' {
        return false;
    }
    let head = &bytes[..start - 1];
    let label = head
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_uppercase() || **b == b'/')
        .count();
    let caps = head[head.len() - label..]
        .iter()
        .filter(|b| b.is_ascii_uppercase())
        .count();
    let before = head.len() - label;
    caps >= 2
        && head[before..].first().is_some_and(u8::is_ascii_uppercase)
        && !(before > 0 && bytes[before - 1].is_ascii_alphanumeric())
}

/// A month and a day joined by a middle dot (`4·23`, `5•12`): the name of
/// a day (世界读书日), either side of the dot.
fn dotted_day(text: &str, start: usize, end: usize) -> bool {
    let dot = |c: char| matches!(c, '\u{b7}' | '\u{2022}' | '\u{30fb}' | '\u{2027}');
    let digit_after = |p: usize| char_at(text, p).is_some_and(|c| c.is_ascii_digit());
    let next = char_at(text, end).filter(|&c| dot(c));
    let prev = char_before(text, start).filter(|&c| dot(c));
    next.is_some_and(|c| digit_after(end + c.len_utf8()))
        || prev.is_some_and(|c| {
            char_before(text, start - c.len_utf8()).is_some_and(|d| d.is_ascii_digit())
        })
}

/// Three or more digit groups joined by `-` (`400-800-1234`), or a group
/// of five or more digits, or of two or more with a leading zero, after a
/// dash (`0543-3186789`, `29-02地块`).
fn dashed_code(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let mut groups = 1;
    let mut long = false;
    let mut j = end;
    while groups < 8 && j + 1 < bytes.len() && bytes[j] == b'-' && bytes[j + 1].is_ascii_digit() {
        let mut k = j + 1;
        while k < bytes.len() && bytes[k].is_ascii_digit() && k - j < 64 {
            k += 1;
        }
        // 29-02地块: a group of digits with a leading zero numbers a lot,
        // no end of a range.
        long |= k - j > 5 || (k - j > 2 && bytes[j + 1] == b'0');
        groups += 1;
        j = k;
    }
    let mut i = start;
    while groups < 16 && i >= 2 && bytes[i - 1] == b'-' && bytes[i - 2].is_ascii_digit() {
        let mut k = i - 1;
        while k > 0 && bytes[k - 1].is_ascii_digit() && i - k < 64 {
            k -= 1;
        }
        groups += 1;
        i = k;
    }
    groups >= 3 || (groups == 2 && long)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_line_only_on_a_line_of_page_words() {
        let text = "正文第3条\n第 2 页 共 10 页\n共有5个";
        let line = text.find("第 2").unwrap();
        let two = line + "第 ".len();
        let end = text[line..].find('\n').unwrap() + line;
        assert_eq!(page_line(text, line), Some(end));
        assert_eq!(page_line(text, two), Some(end));
        // A figure of running text: the character before it settles it.
        assert_eq!(page_line(text, text.find('3').unwrap()), None);
        assert_eq!(page_line(text, text.find('5').unwrap()), None);
        assert_eq!(page_line("共7页", 3), None);
    }

    #[test]
    fn title_search_agrees_with_the_walk() {
        let texts = [
            "《关于2024年十六条政策措施》",
            "《十六条》后还有3项",
            "印发《方案》，其中5项",
            "《未闭合的书名号里有12个",
            "《换行\n之后12个》",
            "《前面很远很远很远很远很远很远很远很远很远很远很远很远很远很远很远很远很远很远很远很远12个》",
            "《前面很远很远很远很远很远很远很远很远很远很远很远很远很远很远很远很远很远很远12个》",
            "abc《x》12《y》",
            "《方案、细则。其中12项》",
            "印发。《x》、12项「3」〔4〕",
            "《𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀12》",
            "《𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀12》",
            "《a b c d e f g h i j k l m n o p q r s t u v w x y z 12》",
        ];
        let mut titled = 0;
        for t in texts {
            for (start, _) in t.char_indices() {
                for (end, _) in t[start..].char_indices().skip(1) {
                    let end = start + end;
                    let want = inside_pair(t, start, end, &['《'], &['》'], 40, true);
                    assert_eq!(inside_title(t, start, end), want, "{t} {start}..{end}");
                    titled += usize::from(want);
                }
            }
        }
        assert!(titled > 100);
    }
}
