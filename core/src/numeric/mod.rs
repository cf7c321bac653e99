//! Numeric kinds: number, money, percent, count, quantity, duration,
//! ordinal (SPEC 1.1–1.3, 1.5, 1.6).
//!
//! A hand-written forward scanner: it walks the text once, and only at a
//! character that can start a figure (a digit, a Chinese numeral, 第, 首,
//! 几/数/上 before a unit character) runs the numeral reader
//! ([`crate::numeral`]) and then the pieces around it, each looking a
//! bounded distance back or ahead:
//!
//! - [`prefix`]: sign, `±`, currency words and bound words before the number;
//! - [`unit`]: the unit after it (money, percent, quantity, duration,
//!   measure word, 级), 成, fractions (`三分之一`, `百分之十五`);
//! - [`range`]: a second number after 至/到/—/~ (`10亿至20亿元`);
//! - [`ordinal`]: 第N, 首 + measure word, 届/次/期 editions;
//! - [`change`]: the verb of change that governs the number (SPEC 1.5);
//! - [`filter`]: what is not a numeric entity (SPEC 1.6) and the calendar
//!   expressions left to the date recogniser (`2024年`, `5月28日`,
//!   `一季度`, `前8个月`).
//!
//! - [`idiom`]: 一半, 过半, 数以万计;
//! - [`list`]: a unit written once for a list (`1.1、1.6和0.3个百分点`);
//! - [`note`]: a bracketed currency note after an amount (`(澳门元,下同)`);
//! - [`noun`]: the counted thing after a count (`196家知名企业` → `知名企业`);
//! - [`cells`]: tables written one cell a line, whose bare figures take the
//!   unit of their row's label (`73.4` under `城镇化率(%)`);
//! - [`table`]: the data tables of `core/src/data/`.
//!
//! The scanner picks one reading per stretch of text itself, so its output
//! never overlaps. Every lookback and lookahead is bounded (at most a few
//! dozen characters), so the scan is linear in the text; a 3-byte
//! character is tested against a bitset of starters before anything else.

mod cells;
mod change;
mod filter;
mod idiom;
mod list;
mod note;
mod noun;
mod ordinal;
mod prefix;
mod range;
pub(crate) mod table;
pub(crate) use filter::{bound_word_before, day_span_lead_before};
mod text;
mod unit;

use crate::chars::{Skip, FIRST_PREFIX, FRACTION_MARK, HALF, ONE, ORDINAL_PREFIX, YEAR};
use crate::decimal::Decimal;
use crate::entity::{Bound, Entity, Kind, Span};
use crate::lexicon::{has_char, has_keyed_char, keyed, list, List};
use crate::numeral::{self, chinese, magnitude, Form, Numeral};
use crate::value::{Currency, Figure, Value};
use text::char_at;
use unit::Unit;

/// Appends every numeric entity in `text` to `out`, in text order, never
/// overlapping one another. With `nouns` false the counted noun of a count
/// (`196家知名企业` → `知名企业`) is not read: it is part of a count's value
/// only and changes no span, so a caller that keeps no counts skips it.
/// The scan goes from stop to stop as `skip` says (the stops of a shared
/// pass, `chars::stops`, or this scanner's own walk).
pub(crate) fn scan_at(text: &str, nouns: bool, skip: Skip<'_>, out: &mut Vec<Entity>) {
    unit::with_scoring(text, || {
        let first = out.len();
        scan_figures_at(text, nouns, skip, out);
        list::bare_rank_items(text, out, first);
        cells::apply(text, out, first);
        note::apply(text, &mut out[first..]);
    });
}

/// [`scan_at`] with this scanner's own walk.
#[cfg(test)]
pub(crate) fn scan(text: &str, nouns: bool, out: &mut Vec<Entity>) {
    scan_at(text, nouns, Skip::Bits(&STARTERS), out);
}

/// The scan of [`scan_at`] without the table rule (also what a table cell
/// is read with, its label's unit written after it).
fn scan_figures(text: &str, nouns: bool, out: &mut Vec<Entity>) {
    scan_figures_at(text, nouns, Skip::Bits(&STARTERS), out);
}

/// [`scan_figures`] going from stop to stop as `skip` says.
fn scan_figures_at(text: &str, nouns: bool, mut skip: Skip<'_>, out: &mut Vec<Entity>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut floor = 0; // end of the last entity: lookbacks stop here
    let first = out.len();
    // Dereferenced once: a `LazyLock` in the loop costs a check per character.
    let starters: &[u64; 1024] = &STARTERS;
    while i < bytes.len() {
        i = skip.next(bytes, i);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if b < 0x80 {
            if !(b.is_ascii_digit() || b == b'.' && point_first(bytes, i)) {
                i += 1;
                continue;
            }
        } else if (0xE0..=0xEF).contains(&b) && i + 2 < bytes.len() {
            // A 3-byte character: look it up in the starter bitset.
            let cp = (u32::from(b & 0x0F) << 12)
                | (u32::from(bytes[i + 1] & 0x3F) << 6)
                | u32::from(bytes[i + 2] & 0x3F);
            if starters[(cp >> 6) as usize] & (1u64 << (cp & 63)) == 0 {
                i += 3;
                continue;
            }
        } else {
            // Other characters never start a figure (continuation bytes are
            // skipped one at a time; the next lead byte is a boundary).
            i += 1;
            continue;
        }
        let c = match char_at(text, i) {
            Some(c) => c,
            None => {
                i += 1;
                continue;
            }
        };
        let prev_entity = if out.len() > first { out.last() } else { None };
        match at(text, i, floor, prev_entity, nouns) {
            Step::Found(e) => {
                i = e.span.end.max(i + c.len_utf8());
                floor = e.span.end;
                out.push(e);
            }
            Step::Skip(end) => {
                i = end.max(i + c.len_utf8());
            }
        }
    }
    list::share_units(text, &mut out[first..]);
}

/// A point that starts a decimal (`.5`): a digit follows, and no digit,
/// letter or point comes before (`1.5`, `v.5` and `...5` are not).
fn point_first(bytes: &[u8], i: usize) -> bool {
    bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
        && !(i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'.'))
}

/// What happened at a candidate.
pub(crate) enum Step {
    /// An entity.
    Found(Entity),
    /// Nothing here; resume at this byte.
    Skip(usize),
}

/// The 3-byte starters (Chinese numerals, full-width digits, 第 首 几 数 上)
/// as a bitset over the Basic Multilingual Plane.
pub(crate) static STARTERS: std::sync::LazyLock<[u64; 1024]> = std::sync::LazyLock::new(|| {
    let mut bits = [0u64; 1024];
    for cp in 0x800u32..0x10000 {
        if let Some(c) = char::from_u32(cp) {
            if is_starter(c) {
                bits[(cp >> 6) as usize] |= 1u64 << (cp & 63);
            }
        }
    }
    bits
});

/// Characters at which a figure can start.
fn is_starter(c: char) -> bool {
    crate::chars::is_decimal(c) || chinese::is_numeral_char(c) || has_char(List::FigureStarter, c)
}

/// A figure in a list after one whose bound a verb before the list set takes
/// the same bound: the verb governs every item (`突破1000万元、5000万元、1亿元`:
/// each `more_than`). Only a verb out of the span carries over, never a bound
/// word inside the first item's span (`1000万元以上、500万元`).
fn list_verb_bound(text: &str, start: usize, prev: Option<&Entity>, kind: Kind) -> Option<Bound> {
    let p = prev.filter(|p| p.kind == kind && p.span.end <= start)?;
    let mut gap = text[p.span.end..start].chars();
    if !(gap.next().is_some_and(|c| has_char(List::Joiner, c)) && gap.next().is_none()) {
        return None;
    }
    if let Some(b) = prefix::verb_bound(text, p.span.start, 0).filter(|&b| b == p.bound) {
        return Some(b);
    }
    // A later item: the one before it is itself an item after 、 with a
    // bound carried, no bound word or 余/多 of its own in its span.
    let own = &text[p.span.start..p.span.end];
    (text[..p.span.start]
        .chars()
        .next_back()
        .is_some_and(|c| has_char(List::Joiner, c))
        && p.bound != Bound::Exact
        && own.starts_with(|c: char| c.is_ascii_digit())
        && own.ends_with(|c: char| !c.is_ascii_digit())
        && !own.char_indices().any(|(k, _)| {
            table::SUFFIX_BOUNDS
                .longest_at(text, p.span.start + k)
                .is_some_and(|(w, _)| p.span.start + k + w.len() == p.span.end)
        })
        && !list(List::HalfMore).iter().any(|w| own.contains(w)))
    .then_some(p.bound)
}

fn at(text: &str, i: usize, floor: usize, prev: Option<&Entity>, nouns: bool) -> Step {
    let c = char_at(text, i).unwrap_or(' ');
    let next = i + c.len_utf8();
    // 第 2 页 共 10 页 on a line of its own: a PDF page's furniture.
    if let Some(end) = filter::page_line(text, i) {
        return Step::Skip(end);
    }
    match c {
        ORDINAL_PREFIX => return ordinal::at_di(text, i, floor),
        FIRST_PREFIX => return ordinal::at_shou(text, i, floor),
        // “…完成一半”节点: 一半 or 过半 inside a quoted label is part of
        // the label's name, no figure (as other figures in a label).
        HALF => {
            return idiom::half(text, i, floor)
                .filter(|e| {
                    !(e.kind == Kind::Number && filter::quoted(text, e.span.start, e.span.end))
                })
                .map_or(Step::Skip(next), Step::Found);
        }
        _ if crate::lexicon::prefix_in(List::CountlessOpen, &text[i..]).is_some() => {
            return idiom::countless(text, i).map_or(Step::Skip(next), Step::Found);
        }
        // 迈上万亿元台阶: 上 closing a verb (bound_glue rows keyed 上) is no
        // vague 上; the figure starts after it.
        c if has_char(List::VagueNumeral, c)
            && (char_at(text, next).is_none_or(|n| magnitude::any_unit(n).is_none())
                || text::char_before(text, i).is_some_and(|p| {
                    crate::lexicon::has_keyed_char(List::BoundGlue, c.encode_utf8(&mut [0; 4]), p)
                })) =>
        {
            return Step::Skip(next);
        }
        _ => {}
    }
    // 第 （二）、 （三）项: an item after the first of a bracketed list.
    if let Some(e) = ordinal::bracket_list_item(text, i, prev) {
        return Step::Found(e);
    }
    // A plan period (十四五).
    if filter::plan_period(text, i) {
        return Step::Skip(i + 9);
    }
    // Slogans: 一企一策, 五位一体.
    if filter::slogan(text, i) {
        return Step::Skip(next);
    }
    // Digits in a URL or an e-mail address are no figures.
    let url_char = |b: u8| {
        b.is_ascii_alphabetic()
            || matches!(b, b'%' | b'=' | b'&' | b'/' | b'?' | b'#' | b'.' | b'_')
    };
    if c.is_ascii_digit()
        && ((i > 0 && url_char(text.as_bytes()[i - 1]) && filter::inside_url(text, i))
            || filter::inside_email(text, i))
    {
        return Step::Skip(filter::code_end(text, i));
    }
    // A digit right after a digit continues a code or a run already given
    // up on (`e99９`, mixed widths): never the start of a figure.
    if numeral::arabic::digit(c).is_some()
        && text::char_before(text, i).is_some_and(|p| numeral::arabic::digit(p).is_some())
    {
        return Step::Skip(numeral_run_end(text, i));
    }
    // 16.2025年改造提升…: an outline marker, then a year.
    if c.is_ascii_digit() {
        if let Some(end) = filter::outline_before_year(text, i) {
            return Step::Skip(end);
        }
    }
    // Digits glued to Latin letters are codes (5G, G20, PM2.5, C919),
    // except a percent or an amount after an indicator's acronym (GDP5.5%).
    let acronym = c.is_ascii_digit() && filter::after_acronym(text, i);
    if c.is_ascii_digit() && !acronym && filter::inside_code(text, i) {
        return Step::Skip(filter::code_end(text, i));
    }
    let Some(n) = numeral::read(text, i) else {
        // Unreadable, mostly too large for an exact value (`9`×39, 60-digit
        // runs cut short): no part of the run is a figure either, so resume
        // after all of it (`9`×39`元` is not 38 nines of yuan).
        return Step::Skip(numeral_run_end(text, i));
    };
    // A numeral stopped by one more 万/亿 (`一万亿亿亿元`) stands for a value
    // it could not hold: neither it nor the rest of the run is a figure.
    if char_at(text, n.end).is_some_and(|m| magnitude::large_unit(m).is_some()) {
        return Step::Skip(numeral_run_end(text, i));
    }
    // `1.1 总体要求`, `3.2.1年度计划` at the start of a line: a dotted
    // section number before a heading, when it reads as a bare number of
    // its digits alone (a figure with a unit or a magnitude stays one:
    // `1.1亿元`, `4.78万亿`).
    let marker = c
        .is_ascii_digit()
        .then(|| filter::dotted_outline(text, i))
        .flatten();
    match expression(text, i, &n, floor, prev, nouns) {
        Some(e)
            if marker.is_some_and(|m| e.span.end <= m)
                && e.kind == Kind::Number
                && e.unit().is_none() =>
        {
            Step::Skip(marker.unwrap_or(next))
        }
        None if marker.is_some() => Step::Skip(marker.unwrap_or(next)),
        Some(e) if acronym && !matches!(e.kind, Kind::Percent | Kind::Money) => {
            Step::Skip(filter::code_end(text, i))
        }
        // A fixed word (统一, 一次性, 万一, 一带一路 …) is no figure; a
        // reading that goes on past it is (十分 of 十分之一, 万分 of 万分之三).
        // 前三甲 is a rank, 三甲 alone a hospital's grade.
        Some(e)
            if table::FIXED.covers_reading(text, i, e.span.end)
                && !(e.kind == Kind::Ordinal
                    && crate::lexicon::suffix_in(List::TopRankLead, &text[e.span.start..i])
                        .is_some()) =>
        {
            Step::Skip(next)
        }
        Some(e) => Step::Found(e),
        None => Step::Skip(skip_end(text, i, &n)),
    }
}

/// The end of the run of numeral characters at `i`: digits (ASCII and
/// full-width), Chinese numerals and magnitudes, and `,` `.` `．` `点`
/// before a digit.
fn numeral_run_end(text: &str, i: usize) -> usize {
    let is_digit = |c: char| numeral::arabic::digit(c).is_some();
    let mut end = i;
    for (k, c) in text[i..].char_indices() {
        let after = i + k + c.len_utf8();
        let part = is_digit(c)
            || chinese::is_numeral_char(c)
            || (has_char(List::NumeralRunLink, c)
                && text[after..]
                    .chars()
                    .next()
                    .is_some_and(|d| is_digit(d) || chinese::is_numeral_char(d)));
        if !part {
            break;
        }
        end = after;
    }
    end
}

/// Where to resume after a rejected numeral: past the whole digit run, so
/// that `12345` is not retried as `2345`.
fn skip_end(text: &str, i: usize, n: &Numeral) -> usize {
    if n.form == Form::Arabic {
        return filter::code_end(text, i).max(n.end);
    }
    n.end.max(i + 1)
}

/// True when a bare 百年 or 千年 (`n` read with the unit `u`, `head` the
/// text before it) is a length of a hundred or a thousand years: after a
/// word of an anniversary (`建党百年`), after 建 and one character (a
/// founding: `建校百年`), or before a word of a centennial goal, a course
/// or a history (`百年奋斗目标`, `千年历史`).
fn centuries(text: &str, head: &str, n: &Numeral, u: &unit::Reading) -> bool {
    if !matches!(u.unit, Unit::Duration { unit: "year", .. })
        || !(n.value == Decimal::from(100) || n.value == Decimal::from(1000))
        || n.high.is_some()
    {
        return false;
    }
    let mut last_two = head.chars().rev();
    let founding = last_two.next().is_some_and(crate::chars::is_han)
        && last_two
            .next()
            .is_some_and(|c| has_char(List::FoundingVerb, c));
    founding
        || crate::lexicon::suffix_in(List::CenturyBefore, head).is_some()
        || crate::lexicon::prefix_in(List::CenturyAfter, &text[u.end..]).is_some()
}

/// The reading of one figure starting with the numeral `n` at `i`.
fn expression(
    text: &str,
    i: usize,
    n: &Numeral,
    floor: usize,
    prev: Option<&Entity>,
    nouns: bool,
) -> Option<Entity> {
    // Calendar expressions belong to the date recogniser.
    if filter::calendar(text, i, n) {
        return None;
    }
    // The unit first: most candidates have none and stop here, and the
    // prefix does not depend on it.
    let mut u = unit::read(text, i, n)?;
    let mut pre = prefix::read(text, i, floor);
    // 比…3000亿元超过1070亿元: the amount by which a compared figure is
    // exceeded, exact, 超过 out of the span.
    let exceeded = prefix::exceeded_amount(text, &pre, prev.map(|e| (e.span.start, e.span.end)));
    if let Some(start) = exceeded {
        pre.bound = None;
        pre.start = start;
    }
    // 余额-6期: a count is never below zero; a dash before it after a Han
    // character or a closing bracket is an operator or a link, no sign.
    if pre.negative && matches!(u.unit, Unit::Count(_)) {
        let dash = text::char_before(text, i).map_or(0, char::len_utf8);
        if text::char_before(text, i - dash)
            .is_some_and(|b| crate::chars::is_han(b) || has_char(List::CloseParen, b))
        {
            pre = prefix::Prefix {
                start: i,
                ..Default::default()
            };
        }
    }
    // 近1年: the last twelve months, a length of time with 近 out
    // (ANNOTATION b8-b 8); from two years on 近 makes a period.
    // 近3年未发生…: the years a record is checked over, a length of time
    // with 近 out too (the time recogniser leaves it no period).
    let one_year = matches!(u.unit, Unit::Duration { unit: "year", .. })
        && (n.value == Decimal::ONE || crate::time::record_window(&text[u.end..]))
        && n.high.is_none()
        && crate::lexicon::suffix_in(List::OneYearLength, &text[floor.min(i)..i]).is_some();
    // 近2个月内: 近 is the coming N months, a period word and no bound,
    // when the length closes with 内 (ANNOTATION ents-ann 9); so is 近 of
    // 近1年, and 近 before a length closed by an inclusive mark
    // (`近12个月(含)`: the last twelve months, the mark saying the
    // figure is an exact boundary, no "nearly"), and 近 before a length
    // that a record is kept over (`近6个月连续缴存`: the last six months)
    // or checked over for an absence, in any unit (`近14天无旅居史`: the
    // last fourteen days, as `近3年未发生…`).
    if let (Unit::Duration { .. }, Some(Bound::LessThan)) = (&u.unit, pre.bound) {
        let written = &text[pre.start..i];
        let rest = &text[u.end..];
        let inclusive = crate::lexicon::prefix_in(List::InclusiveMark, rest).is_some()
            || window_after(rest)
            || crate::time::record_window(rest);
        if crate::lexicon::suffix_in(List::PeriodWord, written).is_some_and(|w| w == written)
            && (crate::time::within_tail(rest) || one_year || inclusive)
        {
            pre.bound = None;
            pre.start = i;
        }
    }
    // 不超过一年期贷款基础利率加15个基点: a length before a term mark and a
    // noun (一年期贷款) names the kind of loan; the bound word before it
    // bounds a later figure, not this one (ANNOTATION b6-b 15).
    let term = matches!(u.unit, Unit::Duration { .. })
        && crate::lexicon::prefix_in(List::TermMark, &text[u.end..])
            .is_some_and(|w| char_at(&text[u.end..], w.len()).is_some_and(crate::chars::is_han));
    if term {
        pre.bound = None;
        pre.start = i;
    }
    if u.start < floor {
        u.start = i;
    }
    // 20个以上过亿项目: a bound magnitude right after a count describes the
    // thing counted; it is a number, and the measure word after it opens
    // the noun (项目), no count of its own.
    let describes = n.leading_unit
        && pre.bound.is_some()
        && matches!(u.unit, Unit::Count(_))
        && prev.is_some_and(|e| e.kind == Kind::Count && e.span.end == pre.start);
    if describes {
        u.unit = Unit::None;
        u.end = n.end;
    }
    let mut span_end = u.end;
    let mut high = n.high;
    if u.tenth {
        high = high.and_then(|h| h.checked_mul_pow10(1));
    }

    // 百/千/万/亿 standing for one (`百亿级`, `超亿元`, `千万美元`) only with
    // money, or after a bound word or 上/数/几.
    let first = char_at(text, i).unwrap_or(' ');
    let magnitude_first = crate::numeral::magnitude::any_unit(first).is_some_and(|p| p >= 2);
    // A Chinese magnitude written alone (`百亿`, `千亿`): no digits before it,
    // no unit after it.
    // 8—10个百亿企业: a bare magnitude right after a count, before a noun,
    // sizes the things counted; it is a number of its own (ANNOTATION b8-b 4).
    let lone_magnitude = n.leading_unit
        && magnitude_first
        && n.form == Form::Chinese
        && !n.decimal
        && n.high.is_none();
    let bare_magnitude = lone_magnitude && matches!(u.unit, Unit::None) && u.end == n.end;
    let sizes_counted = bare_magnitude
        && char_at(text, n.end).is_some_and(crate::chars::is_han)
        && prev.is_some_and(|e| e.kind == Kind::Count && e.span.end == i);
    // 产值突破千亿大关: a bare magnitude after a verb of bound (out of the
    // span) stands for one, like one after a bound word; so does one before
    // a measure word or a physical unit (`年产销量突破千万辆`, as
    // `超过万人`).
    let verb_magnitude = (bare_magnitude
        || lone_magnitude && matches!(u.unit, Unit::Count(_) | Unit::Quantity { .. }))
        && pre.start == i
        && prefix::verb_bound(text, i, floor).is_some();
    // 对百万人口以上城市: a bare magnitude before a measure word that a bound
    // word closes (以上, 以下) stands for one, as after a bound word before it.
    let suffix_bounded = lone_magnitude
        && matches!(u.unit, Unit::Count(_))
        && table::SUFFIX_BOUNDS.longest_at(text, u.end).is_some();
    if n.leading_unit && magnitude_first {
        let money = matches!(u.unit, Unit::Money { .. } | Unit::Level) || u.level;
        let fraction = text[n.end..].starts_with(FRACTION_MARK);
        // 每千名儿童: the base of a ratio.
        let base = matches!(u.unit, Unit::Count(_))
            && text::char_before(text, i)
                .is_some_and(|c| crate::lexicon::has_char(crate::lexicon::List::PerBase, c));
        // 百万青年: the size of a campaign (filter::size_word).
        let size = matches!(u.unit, Unit::None) && filter::size_word(text, i, n);
        // 百万吨乙烯: a stacked bare magnitude (百万, 千万) right before a
        // physical unit is the size of a plant or a project, a quantity.
        let stacked_quantity = matches!(u.unit, Unit::Quantity { .. })
            && n.form == Form::Chinese
            && text[i..n.end].chars().nth(1).is_some()
            && text[i..n.end]
                .chars()
                .all(|c| crate::numeral::magnitude::any_unit(c).is_some_and(|p| p >= 2));
        // 建党百年, 建校百年, 千年历史: a hundred or a thousand years.
        let century = centuries(text, &text[floor.min(i)..i], n, &u);
        if !(money
            || century
            || fraction
            || base
            || size
            || sizes_counted
            || stacked_quantity
            || n.more
            || n.approx
            || pre.bound.is_some()
            || verb_magnitude
            || suffix_bounded)
        {
            return None;
        }
        // 0.45吨标准煤/万元: the denominator of a rate, no amount.
        if text::char_before(text, i).is_some_and(|c| crate::chars::halfwidth(c) == '/') {
            return None;
        }
        // 单位：万元, 金额单位：亿元: the unit of a table, no amount; so is
        // one listed after other units (单位:个、万元).
        let head = text[floor.min(i)..i].trim_end_matches([':', '\u{ff1a}', ' ']);
        if crate::lexicon::suffix_in(List::UnitLabel, head).is_some() || listed_unit_label(text, i)
        {
            return None;
        }
        // 金额(亿元), 營業額(港幣千元): a bare magnitude and currency filling
        // a bracket is the unit of the figures after it, no amount.
        if money && bracketed_unit(text, floor, i, u.end) {
            return None;
        }
    }

    // Periods written as durations (前8个月, 近两年, 过去五年) are the date
    // recogniser's.
    if let Unit::Duration { unit: d, .. } = u.unit {
        // 申请前12个月内: the months before an event, a length of time.
        let head = &text[floor.min(i)..i];
        let before = crate::lexicon::suffix_in(List::BeforeWord, head);
        // 之日前二年内: the 前 closes a word the date recogniser reads as no
        // "first N" (日前, 此前), so the years are a length too.
        let glued = before.is_some_and(|w| {
            head[..head.len() - w.len()]
                .chars()
                .next_back()
                .is_some_and(crate::time::qian_compound)
        });
        let before_event = (d == "month" && before.is_some()) || (d == "year" && glued);
        let before_event = before_event && crate::time::within_tail(&text[u.end..]);
        // 支付工资前12个月: no first twelve months of a year (the date
        // recogniser's `first_months`), the months before an event.
        let twelve = d == "month"
            && before.is_some()
            && !n.decimal
            && n.high.is_none()
            && n.value.is_integer()
            && n.value
                .to_i64()
                .and_then(|v| u32::try_from(v).ok())
                .is_some_and(|v| v > 0 && !crate::time::first_months(v));
        // 高于前五年的实际水平: the N years before (two or more; 前一年 is
        // the year before, no length), no first years of a year or plan
        // written before 前 (the date recogniser reads no 前N年).
        let years_before = d == "year"
            && before.is_some_and(|w| {
                head[..head.len() - w.len()]
                    .chars()
                    .next_back()
                    .is_some_and(|c| {
                        text::is_han(c)
                            && c != YEAR
                            && !crate::numeral::chinese::is_numeral_char(c)
                            && !crate::time::qian_compound(c)
                    })
            })
            && !n.decimal
            && n.high.is_none()
            && n.value > Decimal::ONE;
        let before_event = before_event || twelve || years_before;
        if matches!(d, "year" | "month" | "week")
            && !before_event
            && !one_year
            && prefix::period_word_before(text, i, floor, d)
        {
            return None;
        }
    }

    // Suffix bounds (以上, 左右, …); a paragraph break may come between.
    let mut suffix = None;
    let ordinal = matches!(u.unit, Unit::Ordinal(_));
    if !ordinal || ordinal::at_least_after(text, span_end).is_some() {
        let mut s = text::skip_space(text, span_end);
        // 6个月(含)以上: the end included, the mark in the span; so is a
        // mark repeating the figure (`24个月(含24个月)以上`) when a bound
        // word follows it.
        let inclusive = inclusive_mark(
            text,
            s,
            &text[i..span_end],
            &text[i..n.end],
            List::InclusiveMark,
        );
        // 120平方米(不含)以上: an exclusive mark, the bound word strict.
        let exclusive = inclusive
            .is_none()
            .then(|| {
                inclusive_mark(
                    text,
                    s,
                    &text[i..span_end],
                    &text[i..n.end],
                    List::ExclusiveMark,
                )
            })
            .flatten();
        let inclusive = inclusive.or(exclusive);
        if let Some(m) = inclusive {
            s += m;
        }
        // 200个(标准桩)以上: a short note in brackets between the unit and a
        // bound word, naming what is counted, is stepped over (in the span).
        let note = inclusive.is_none().then(|| bracket_note(text, s)).flatten();
        if let Some(m) = note {
            s += m;
        }
        if let Some((w, b)) = table::SUFFIX_BOUNDS.longest_at(text, s) {
            // 上下游: the bound word opens another word.
            let glued = char_at(text, s + w.len())
                .is_some_and(|c| has_keyed_char(List::BoundTailGlue, w, c));
            // 180平方米(含)以内: after an inclusive mark any bound word
            // closes the figure; after a break only those of bound_reach.
            if !glued
                && (s == span_end
                    || inclusive.is_some()
                    || note.is_some()
                    || list(List::BoundReach).contains(&w))
            {
                suffix = Some(b);
                span_end = s + w.len();
                // 35周岁以下(以下不含本数,下同): a document that defines the
                // bound word as exclusive, at it or before, makes it less_than.
                if inclusive.is_none() && exclusive_note(text, w, span_end) {
                    suffix = Some(Bound::LessThan);
                }
                if exclusive.is_some() {
                    suffix = Some(match b {
                        Bound::AtLeast => Bound::MoreThan,
                        Bound::AtMost => Bound::LessThan,
                        other => other,
                    });
                }
                // 2年以上(含): the mark after the bound word, in the span;
                // 1年以上及以上: a bound word written twice, both in it.
                if inclusive.is_none() {
                    let mark = crate::lexicon::prefix_in(
                        crate::lexicon::List::InclusiveMark,
                        &text[span_end..],
                    );
                    span_end += mark.map_or(0, str::len);
                }
                if let Some((w2, b2)) = table::SUFFIX_BOUNDS.longest_at(text, span_end) {
                    if b2 == b {
                        span_end += w2.len();
                    }
                }
            }
        }
    }

    // 35蒸吨/小时及以下: a bound word after the time of a rate binds the
    // quantity, outside its span (ANNOTATION b8-a 11).
    if suffix.is_none() && matches!(u.unit, Unit::Quantity { .. }) {
        if let Some(rest) = text[span_end..].strip_prefix(|c| has_char(List::Slash, c)) {
            if let Some(t) = crate::lexicon::prefix_in(List::PerTime, rest) {
                let at = text.len() - rest.len() + t.len();
                if let Some((_, b)) = table::SUFFIX_BOUNDS.longest_at(text, at) {
                    suffix = Some(b);
                }
            }
        }
    }

    // A range: 10亿至20亿元, 30%—40%, 5至8家, 一万元以上十万元以下.
    let mut value = u.value;
    let mut negate = pre.negative;
    let mut range_bound = None;
    if high.is_none() && !matches!(u.unit, Unit::Ordinal(_) | Unit::Level) && !u.level {
        let lead = range::Lead {
            approx: pre.bound == Some(Bound::Approx),
            from: text[..pre.start.min(u.start)]
                .chars()
                .next_back()
                .is_some_and(|c| has_char(List::RangeFrom, c)),
            negative: pre.negative,
        };
        match range::read(text, n, &u, span_end, suffix, lead) {
            range::Outcome::Range(r) => {
                // The range's ends carry their own signs.
                negate = false;
                value = r.low;
                high = Some(r.high);
                span_end = r.end;
                u = r.unit;
                range_bound = Some(r.bound);
                suffix = None;
            }
            range::Outcome::Calendar => return None,
            range::Outcome::None => {}
        }
    }

    // 超过200平方米(含): an inclusive mark right after a figure that a
    // strict prefix word bounds makes the bound inclusive (at least, at
    // most), the mark in the span (as `6个月(含)以上`); an exclusive mark
    // there (`低于50%(不含)`) keeps it strict, in the span too.
    if suffix.is_none() && high.is_none() && range_bound.is_none() {
        if let Some(b) = pre.bound.and_then(prefix::inclusive) {
            if let Some(m) = crate::lexicon::prefix_in(List::InclusiveMark, &text[span_end..]) {
                span_end += m.len();
                pre.bound = Some(b);
            } else if let Some(m) =
                crate::lexicon::prefix_in(List::ExclusiveMark, &text[span_end..])
            {
                // 低于50%(不含): an exclusive mark there says the strict
                // bound again; it stays in the span, the bound strict.
                span_end += m.len();
            }
        }
    }

    // Not-an-entity rules that need the whole reading.
    if filter::reject(text, i, n, &u, span_end, pre.negative || pre.plus_minus) {
        return None;
    }

    // 项目1-3期: the phases of a project, not a count of 期.
    if u.unit == Unit::Count(unit::PHASE) && unit::after_phase_head(text, pre.start.min(u.start)) {
        u.unit = Unit::Ordinal(Some(unit::PHASE));
    }
    // 修至地面1层: the floor a building reaches, not a number of floors;
    // 设置在室外一层, 楼层不超过地上3层: the floor a thing is placed on.
    let mut floor_rank = false;
    if let Unit::Count(m) = u.unit {
        if high.is_none()
            && (placed_floor(text, floor, pre.start.min(u.start), m)
                || capped_floor(text, span_end, m))
        {
            u.unit = Unit::Ordinal(Some(m));
            floor_rank = true;
        }
    }
    let kind = match u.unit {
        Unit::None | Unit::Multiple(_) => Kind::Number,
        Unit::Money { .. } | Unit::Level => Kind::Money,
        Unit::Percent(_) => Kind::Percent,
        Unit::Quantity { .. } | Unit::Rate { .. } => Kind::Quantity,
        Unit::Duration { .. } => Kind::Duration,
        Unit::Count(_) => Kind::Count,
        Unit::Ordinal(_) => Kind::Ordinal,
    };
    let level = matches!(u.unit, Unit::Level) || u.level;

    // 一 with a measure word is an article (一个部门牵头, 一根网线), not a figure.
    let lone_yi = n.form == Form::Chinese
        && n.value == Decimal::ONE
        && n.end - i == ONE.len_utf8()
        && !n.more;
    // 符合上述条件的其中一项: one of the things named before, an article;
    // a word of only limiting it as it closes its clause makes it a count
    // (只享受其中一种,).
    if lone_yi
        && kind == Kind::Count
        && high.is_none()
        && suffix.is_none()
        && crate::lexicon::suffix_in(List::OneOfLead, &text[floor.min(i)..i]).is_some()
        && !(char_at(text, span_end).is_none_or(text::ends_clause)
            && prefix::only_before(text, i, floor))
    {
        return None;
    }
    // 同一套, 同一人: 同一 is "the same", no count.
    if lone_yi
        && kind == Kind::Count
        && high.is_none()
        && crate::lexicon::suffix_in(List::SameLead, &text[floor.min(i)..i]).is_some()
    {
        return None;
    }
    // 一位及以上 is a count: a bound makes 一 a figure; so does a bound word
    // of at least or at most right before it (`配备不少于一名专管员`, `最多一次`;
    // not 过 of `享受过一次`, an aspect).
    if lone_yi
        && kind == Kind::Count
        && high.is_none()
        && suffix.is_none()
        && !matches!(pre.bound, Some(Bound::AtLeast | Bound::AtMost))
        && !prefix::only_before(text, i, floor)
        && !matches!(u.unit, Unit::Count(m) if prefix::one_counts(text, i, span_end, floor, m))
    {
        return None;
    }

    // A lone financial capital in running text is a word (登陆, 拾起, 队伍).
    let capital = text[i..n.end].chars().count() == 1 && has_char(List::FinancialCapital, first);
    if capital && !matches!(kind, Kind::Money) && !u.fraction {
        return None;
    }

    // 前三甲: a top-N place closed by 甲, a rank at most N.
    if kind == Kind::Number
        && u.unit == Unit::None
        && !u.fraction
        && !n.decimal
        && high.is_none()
        && suffix.is_none()
        && pre.bound.is_none()
        && pre.currency.is_none()
        && span_end == n.end
        && value >= Decimal::ONE
    {
        if let Some((s, end)) = ordinal::tail_top_rank(text, i, span_end, floor) {
            let figure = Figure {
                value,
                high: None,
                exact: u.exact,
                plus_minus: false,
            };
            let mut e = Entity::new(
                Span::new(s, end),
                Value::Ordinal {
                    figure,
                    measure: None,
                },
            );
            e.bound = Bound::AtMost;
            return Some(e);
        }
    }

    // 全国前三, 排名前5: a top-N place without a measure word, a rank at
    // most N (as 全国前10位), when the clause goes on with no word after it.
    if kind == Kind::Number
        && u.unit == Unit::None
        && !u.fraction
        && !n.decimal
        && high.is_none()
        && suffix.is_none()
        && pre.bound.is_none()
        && pre.currency.is_none()
        && span_end == n.end
        && value >= Decimal::ONE
        // 排名前5的企业: a modifier's 的 may follow the place.
        && !char_at(text, span_end)
            .is_some_and(|c| text::is_han(c) && !crate::lexicon::has_char(List::ClauseMark, c))
    {
        if let Some(s) = ordinal::bare_top_rank_start(text, i, floor) {
            let figure = Figure {
                value,
                high: None,
                exact: u.exact,
                plus_minus: false,
            };
            let mut e = Entity::new(
                Span::new(s, span_end),
                Value::Ordinal {
                    figure,
                    measure: None,
                },
            );
            e.bound = Bound::AtMost;
            return Some(e);
        }
    }

    // A bare Chinese numeral is a figure only in a few shapes; with 倍 it
    // is a multiple (`增长两倍`, `提高一倍`). A magnitude standing for one
    // after a bound word is one of them (`产值超百亿企业`: more than 1e10).
    let bound_magnitude = n.leading_unit
        && n.form == Form::Chinese
        && (pre.bound.is_some() || verb_magnitude)
        && magnitude_first;
    if kind == Kind::Number
        && u.unit == Unit::None
        && pre.currency.is_none()
        && !u.fraction
        && !describes
        && !bound_magnitude
        && !sizes_counted
        && !filter::bare_number_ok(text, i, n)
    {
        return None;
    }

    // 四大行动, 3大产业: 大 ("major") before a noun is read with the figure.
    if kind == Kind::Number
        && u.unit == Unit::None
        && !u.fraction
        && span_end == u.end
        && u.end == n.end
        && pre.currency.is_none()
    {
        if let Some(end) = filter::major_end(text, n) {
            span_end = end;
        }
    }

    let start = pre.start.min(u.start);
    let figure = Figure {
        value: if negate { value.neg() } else { value },
        high: if negate { high.map(Decimal::neg) } else { high },
        exact: u.exact,
        plus_minus: pre.plus_minus,
    };
    let mut v = typed(u.unit, figure)?;
    match (v, pre.currency) {
        // ¥100, USD 100: money without a unit after.
        (Value::Number(_), Some((_, code))) => {
            v = Value::Amount {
                figure,
                currency: code.parse().ok()?,
            };
        }
        // 港币30亿元: the currency word before names the currency of the
        // generic 元 after.
        (
            Value::Amount {
                currency: Currency::Cny,
                ..
            },
            Some((_, code)),
        ) => {
            v = Value::Amount {
                figure,
                currency: code.parse().ok()?,
            };
        }
        _ => {}
    }
    // 百亿级: a class of money without 元; 5万吨级 keeps its unit, and a
    // class of things counted (汽车产量…百万级, unit none) is a number.
    if level
        && !matches!(u.unit, Unit::None)
        && !matches!(v, Value::Amount { .. } | Value::Quantity { .. })
    {
        v = Value::Amount {
            figure,
            currency: Currency::Cny,
        };
    }
    let mut e = Entity::new(Span::new(start, span_end), v);
    if kind == Kind::Ordinal {
        // 不超过地上3层: a bound word before the floor's level word.
        e.bound = suffix
            .or_else(|| {
                floor_rank
                    .then(|| {
                        pre.bound.or_else(|| {
                            prefix::clause_bound(text, start, start, floor, false, false, None)
                        })
                    })
                    .flatten()
            })
            .unwrap_or(Bound::Exact);
        return Some(e);
    }
    // 全国前10位: a place among the first ten, a rank at most 10.
    if let (Value::Count { measure, .. }, None) = (e.value, high) {
        if let Some(s) = ordinal::top_rank_start(text, start, floor, measure) {
            e.span.start = s;
            e.value = Value::Ordinal {
                figure,
                measure: Some(measure),
            };
            e.kind = Kind::Ordinal;
            e.bound = Bound::AtMost;
            return Some(e);
        }
    }
    e.bound = if level {
        Bound::Level
    } else if let Some(b) = pre.bound {
        b
    } else if let Some(b) = range_bound {
        // 约为500万股至1000万股: 约 across a particle bounds the whole range.
        if b == Bound::Exact && prefix::verb_bound(text, start, floor) == Some(Bound::Approx) {
            Bound::Approx
        } else {
            b
        }
    } else if let Some(b) = suffix {
        b
    } else if n.more || u.more {
        Bound::MoreThan
    } else if n.approx {
        Bound::Approx
    } else if term || exceeded.is_some() {
        Bound::Exact
    } else if let Some(b) = prefix::verb_bound(text, start, floor) {
        b
    } else if let Some(b) = prefix::clause_bound(
        text,
        start,
        span_end,
        floor,
        // A percent or a multiple is a share of the base before it.
        // So is a length of time counted from a date written before it
        // (`不得超过合同签订日期一年`).
        e.unit() == Some("%")
            || matches!(u.unit, Unit::Multiple(_))
            || matches!(u.unit, Unit::Duration { .. })
                && crate::lexicon::suffix_in(List::DateBase, &text[floor.min(start)..start])
                    .is_some(),
        e.unit() == Some("pp"),
        prev.filter(|p| p.kind == Kind::Ordinal && p.span.end == floor)
            .map(|p| (p.span.start, p.span.end)),
    ) {
        b
    } else if let Some(b) = match &e.value {
        Value::Count { measure, .. } => prefix::frequency_bound(text, start, floor, measure),
        _ => None,
    } {
        b
    } else if let Some(b) = (e.kind == Kind::Percent)
        .then(|| prefix::spread_bound(text, start, floor))
        .flatten()
    {
        b
    } else if let Some(b) = list_verb_bound(text, start, prev, e.kind) {
        b
    } else {
        Bound::Exact
    };
    if let Value::Count { noun, measure, .. } = &mut e.value {
        // 县乡两级安全生产责任制, 7.3级强震: a count of levels or of a
        // magnitude has no counted thing after it (ANNOTATION b8-a 17).
        let counted = (!list(List::NounlessMeasure).contains(measure))
            .then(|| noun::after_count(text, span_end, Some(measure)))
            .flatten();
        // 控制在三个单元以内,: a bound word right after the counted thing,
        // closing the clause, bounds the count; the span stays the count.
        if e.bound == Bound::Exact {
            if let Some(n) = counted {
                if let Some((w, b)) = table::SUFFIX_BOUNDS.longest_at(text, n.end) {
                    if b != Bound::Approx
                        && char_at(text, n.end + w.len()).is_none_or(|c| !text::is_han(c))
                    {
                        e.bound = b;
                    }
                }
            }
        }
        if nouns {
            *noun = counted;
        }
    }
    // A class (百亿级) is no amount of change.
    if e.bound != Bound::Level {
        e.change = change::find(text, e.span.start, floor, prev, e.kind);
        if e.change.is_none() && e.kind == Kind::Percent {
            e.change = change::after_rate(text, e.span.end);
        }
    }
    // 改造提升300个社区助餐点: a verb of upgrading before a count of things
    // raises the things, not their number (增加300个 is a change); so it
    // does before a bare number sizing a noun (提升百万长安人民的幸福指数).
    if let Some(c) = e.change {
        let upgrade = list(List::UpgradeVerb).contains(&&text[c.trigger.start..c.trigger.end]);
        // (提升6.8和11.6个百分点: the first of a list of rates, no noun.)
        let bare_number = e.kind == Kind::Number
            && text[..e.span.end]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit() || crate::numeral::chinese::is_numeral_char(c))
            && char_at(text, e.span.end)
                .is_some_and(|c| text::is_han(c) && !has_char(List::ChangeJoiner, c));
        if upgrade
            && (e.kind == Kind::Count || bare_number)
            && (char_at(text, e.span.end).is_some_and(text::is_han)
                || work_named(text, c.trigger.start))
        {
            e.change = None;
        }
        // 提升建设全民健身步道100公里: upgrading fused with a verb of
        // building takes the things built as its object, whatever the
        // figure measures; no change.
        // So does one written after it (`老旧小区改造提升34个`,
        // `高标准农田改造提升1000亩`).
        if upgrade
            && e.kind != Kind::Percent
            && (crate::lexicon::prefix_in(List::UpgradeWork, &text[c.trigger.end..]).is_some()
                || crate::lexicon::suffix_in(List::UpgradeWork, &text[..c.trigger.start]).is_some())
        {
            e.change = None;
        }
        // 加快6个重点项目建设: speeding up changes a rate only; a figure
        // other than a percent with the things it counts after it is the
        // work sped up (a list's first item, 加快9.1个、11.0个百分点, may
        // be a percent still to be told by its last unit, 8.0个和7.2个百分点).
        let rate_only = list(List::RateOnlyChange).contains(&&text[c.trigger.start..c.trigger.end]);
        if rate_only
            && e.kind != Kind::Percent
            && char_at(text, e.span.end)
                .is_some_and(|c| text::is_han(c) && !has_char(List::ChangeJoiner, c))
        {
            e.change = None;
        }
    }
    Some(e)
}

/// True when the verb of change at `vs` closes a noun (`照明提升`) that a
/// verb of carrying out work earlier in its clause takes as its object
/// (`实施市管路灯绿色智能照明提升2万盏`, `List::WorkVerb`): the name of the
/// work, whose figure counts the things it covers.
fn work_named(text: &str, vs: usize) -> bool {
    let head = &text[..vs];
    let cs = head
        .char_indices()
        .rev()
        .find(|&(_, c)| text::ends_clause(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let clause = &head[cs..];
    clause.chars().next_back().is_some_and(text::is_han)
        && list(List::WorkVerb).iter().any(|w| {
            clause
                .find(w)
                .is_some_and(|k| clause[k + w.len()..].chars().count() >= 2)
        })
}

/// The typed value of a figure with unit `unit`; `None` when a unit code of
/// the tables is not one of the enums (the table tests rule that out).
fn typed(unit: Unit, figure: Figure) -> Option<Value> {
    Some(match unit {
        Unit::None => Value::Number(figure),
        Unit::Money { currency, .. } => Value::Amount {
            figure,
            currency: currency.parse().ok()?,
        },
        Unit::Level => Value::Amount {
            figure,
            currency: Currency::Cny,
        },
        Unit::Percent(p) => Value::Percent {
            figure,
            unit: p.parse().ok()?,
        },
        Unit::Quantity { unit, text } => Value::Quantity {
            figure,
            unit: unit.parse().ok()?,
            unit_text: text,
        },
        Unit::Rate { unit, text } => Value::Rate {
            figure,
            unit,
            unit_text: text,
        },
        Unit::Duration { unit, text } => Value::Duration {
            figure,
            unit: unit.parse().ok()?,
            unit_text: text,
        },
        Unit::Multiple(_) => Value::Multiple(figure),
        Unit::Count(measure) => Value::Count {
            figure,
            measure,
            noun: None,
        },
        Unit::Ordinal(measure) => Value::Ordinal { figure, measure },
    })
}

/// True when a count with measure word `m` starting at byte `at` names a
/// floor (an ordinal): a word of reaching right before it (`修至地面1层`,
/// `List::ReachLead`), or a level of the building (`List::FloorLevel`:
/// 地上 室外 …) after a word that places a thing (`List::FloorLead`: 在 于
/// 楼层) or reaches, a bound word maybe between (`楼层不超过地上3层`).
fn placed_floor(text: &str, floor: usize, at: usize, m: &str) -> bool {
    let keyed_end = |list: List, head: &str| {
        keyed(list)
            .iter()
            .filter(|&&(w, k)| k == m && head.ends_with(w))
            .map(|&(w, _)| w.len())
            .max()
    };
    let Some(head) = text.get(floor..at) else {
        return false;
    };
    if keyed_end(List::ReachLead, head).is_some() {
        return true;
    }
    let Some(level) = keyed_end(List::FloorLevel, head) else {
        return false;
    };
    let mut h = &head[..head.len() - level];
    let end = floor + h.len();
    if let Some((w, _)) = table::PREFIX_BOUNDS
        .longest_before(text, end, floor)
        .or_else(|| table::VERB_BOUNDS.longest_before(text, end, floor))
    {
        h = &h[..h.len() - w.len()];
    }
    if keyed_end(List::FloorLead, h).is_some() || keyed_end(List::ReachLead, h).is_some() {
        return true;
    }
    // 在发改委中配楼三层大会议室: the building's name between the word that
    // places and the level (a few ideographs, no numeral, no mark).
    let mut name = h;
    for _ in 0..FLOOR_NAME_CHARS {
        let Some(c) = name.chars().next_back() else {
            break;
        };
        if !text::is_han(c) || crate::numeral::chinese::is_numeral_char(c) {
            break;
        }
        name = &name[..name.len() - c.len_utf8()];
        if keyed_end(List::FloorLead, name).is_some() {
            return true;
        }
    }
    false
}

/// Most characters of a building's name [`placed_floor`] walks over back
/// to the word that places.
const FLOOR_NAME_CHARS: usize = 6;

/// True when a count with measure word `m` ending at byte `end` is the
/// floor a structure is capped at (`List::ReachTail` right after it:
/// `完成主体1层结构封顶`).
fn capped_floor(text: &str, end: usize, m: &str) -> bool {
    text.get(end..).is_some_and(|rest| {
        keyed(List::ReachTail)
            .iter()
            .any(|&(w, k)| k == m && rest.starts_with(w))
    })
}

/// Most units listed before the last one on a table's unit line.
const LISTED_UNITS: usize = 4;

/// `单位:个、万元`: the unit at byte `i` closes a list of units (each a
/// unit word of the unit table, maybe after a magnitude, parted by 、 or
/// a slash) opened by a unit label and a colon (`List::UnitLabel`): the
/// units of a table's columns, no amount.
fn listed_unit_label(text: &str, i: usize) -> bool {
    let line = text[..i].rfind('\n').map_or(0, |p| p + 1);
    let mut head = &text[line..i];
    for _ in 0..LISTED_UNITS {
        let Some(mark) = head
            .chars()
            .next_back()
            .filter(|&c| has_char(List::Joiner, c) || crate::chars::halfwidth(c) == '/')
        else {
            return false;
        };
        head = &head[..head.len() - mark.len_utf8()];
        // The unit before the mark: a magnitude, then a unit word ending there.
        let start = head
            .char_indices()
            .rev()
            .take_while(|&(_, c)| text::is_han(c) || c == '%')
            .take(6)
            .last()
            .map_or(head.len(), |(b, _)| b);
        let item = &head[start..];
        let bare = item.trim_start_matches(|c| magnitude::any_unit(c).is_some());
        let unit = !bare.is_empty()
            && (bare == "%"
                || table::UNITS
                    .longest_at(bare, 0)
                    .is_some_and(|(w, _)| w.len() == bare.len()));
        if !unit {
            return false;
        }
        head = &head[..start];
        let label = head.trim_end_matches([':', '\u{ff1a}', ' ']);
        if label.len() < head.len() && crate::lexicon::suffix_in(List::UnitLabel, label).is_some() {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests;

/// True when a word of a record kept over a window (`List::WindowTail`:
/// 连续, 累计) follows a length of time in its clause: right after it
/// (`近6个月连续缴存`) or after a few words of place or manner
/// (`近6个月在本市连续逐月缴存`), within the run of Han characters after it.
fn window_after(rest: &str) -> bool {
    const REACH: usize = 10;
    let words = list(List::WindowTail);
    rest.char_indices()
        .take(REACH)
        .take_while(|&(_, c)| text::is_han(c))
        .any(|(k, _)| words.iter().any(|w| rest[k..].starts_with(w)))
}

/// The length of an inclusive mark at byte `at` (`marks`, `List::InclusiveMark`:
/// `(含)`, or `List::ExclusiveMark`: `(不含)`), or of one repeating the
/// figure written before it (`figure` with its unit, or `bare` without:
/// `(含24个月)`, `(含24)`) or naming it (`List::InclusiveSelf`: `(含本数)`),
/// the mark's close bracket after.
fn inclusive_mark(text: &str, at: usize, figure: &str, bare: &str, marks: List) -> Option<usize> {
    let rest = text.get(at..)?;
    // Most figures are followed by no mark at all: its first character
    // settles that before any mark is compared (a mark of one character
    // would be its own close bracket and may hold the figure at once).
    let first = rest.chars().next()?;
    if !list(marks)
        .iter()
        .any(|m| m.starts_with(first) || m.chars().nth(1).is_none())
    {
        return None;
    }
    if let Some(m) = crate::lexicon::prefix_in(marks, rest) {
        return Some(m.len());
    }
    list(marks).iter().find_map(|m| {
        let close = m.chars().next_back()?;
        let open = &m[..m.len() - close.len_utf8()];
        let inner = rest.strip_prefix(open)?;
        [figure, bare]
            .iter()
            .chain(list(List::InclusiveSelf))
            .filter(|f| !f.is_empty())
            .find_map(|f| inner.strip_prefix(f)?.strip_prefix(close))
            .map(|tail| rest.len() - tail.len())
    })
}

/// The length of a note in brackets at byte `at` holding one to eight
/// ideographs and nothing else (`(标准桩)`), right before a suffix bound
/// word (`200个(标准桩)以上`): the note names what is counted, and the bound
/// word after it bounds the figure.
fn bracket_note(text: &str, at: usize) -> Option<usize> {
    let open = char_at(text, at).filter(|&c| crate::chars::is_open_paren(c))?;
    let inner = at + open.len_utf8();
    let mut p = inner;
    let mut n = 0;
    while let Some(c) = char_at(text, p).filter(|&c| text::is_han(c)) {
        p += c.len_utf8();
        n += 1;
        if n > 8 {
            return None;
        }
    }
    let close = char_at(text, p).filter(|&c| crate::chars::is_close_paren(c))?;
    let end = p + close.len_utf8();
    (n > 0
        && !text[inner..p]
            .chars()
            .any(crate::numeral::chinese::is_numeral_char)
        && table::SUFFIX_BOUNDS.longest_at(text, end).is_some())
    .then_some(end - at)
}

/// True when the text up to just after byte `end` (the note is written right
/// after the first bound it defines) holds a note defining the bound word
/// `w` as exclusive (`List::ExclusiveNote`, keyed by the bound word:
/// `以下不含本数`).
fn exclusive_note(text: &str, w: &str, end: usize) -> bool {
    let mut to = (end + 48).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    keyed(List::ExclusiveNote)
        .iter()
        .any(|&(note, bound_word)| bound_word == w && text[..to].contains(note))
}

/// Characters a currency word may take between an opening bracket and the
/// bare magnitude of a unit in brackets (`(港幣千元)`, `（人民币万元）`).
const BRACKET_UNIT_LEAD: usize = 3;

/// True when the bare magnitude at `i` and its currency ending at `end`
/// fill a bracket, maybe after a currency word of a few Han characters
/// (`(亿元)`, `(港幣千元)`): a column's unit, no amount.
fn bracketed_unit(text: &str, floor: usize, i: usize, end: usize) -> bool {
    if !text[end..]
        .chars()
        .next()
        .is_some_and(crate::chars::is_close_paren)
    {
        return false;
    }
    let head = &text[floor.min(i)..i];
    let mut lead = 0;
    for c in head.chars().rev() {
        if crate::chars::is_open_paren(c) {
            return true;
        }
        lead += 1;
        if lead > BRACKET_UNIT_LEAD || !text::is_han(c) {
            return false;
        }
    }
    false
}
