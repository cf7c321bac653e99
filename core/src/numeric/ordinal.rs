//! Ranks and sequences: `第九次`, `全省第二`, `全省第一方阵`, `首批`,
//! `首台(套)`, `全省首个`. Editions without 第 (`十三届四次会议`, `二期`)
//! are read with the units (see `unit.rs`). `第一季度` is a period and
//! `第二产业`, `第一时间` are fixed words: not ordinals.

use super::table::{UnitKind, FIXED, SCOPES, SCOPE_ROWS, SUFFIX_BOUNDS, UNITS};
use super::text::char_at;
use super::Step;
use crate::chars::{ENUM_COMMA, FIRST_PREFIX, ORDINAL_PREFIX};
use crate::decimal::Decimal;
use crate::entity::{Bound, Entity, Span};
use crate::lexicon::{has_char, list, prefix_in, suffix_in, List};
use crate::numeral::{self, Form};
use crate::value::{Figure, Value};

/// The start of a rank starting at `start` with the 全X scope before it
/// (`全省第二`); a scope after a preposition of place (`在全国首次使用`,
/// `List::ScopePlaceLead`) says where something is done and stays out.
fn scoped(text: &str, start: usize, floor: usize) -> usize {
    match SCOPES.longest_before(text, start, floor) {
        Some((w, ())) => {
            let s = start - w.len();
            let place = super::text::char_before(text, s)
                .is_some_and(|c| has_char(List::ScopePlaceLead, c));
            if place {
                start
            } else {
                s
            }
        }
        None => start,
    }
}

/// True when a rank with its 全X scope opens at `p` (`全省前2位`,
/// `全国第一`): the predicate of what comes before it, so the noun of a
/// count ends there (`连续七个季度居全省前2位` counts 季度).
pub(crate) fn scoped_rank_at(text: &str, p: usize) -> bool {
    let rest = &text[p..];
    let Some(scope) = SCOPE_ROWS
        .items
        .iter()
        .filter(|w| rest.starts_with(**w))
        .max_by_key(|w| w.len())
    else {
        return false;
    };
    let q = p + scope.len();
    let lead = prefix_in(List::TopRankLead, &text[q..]).is_some_and(|l| {
        char_at(text, q + l.len())
            .is_some_and(|c| c.is_ascii_digit() || numeral::chinese::is_numeral_char(c))
    });
    lead || rank_at(text, q)
}

/// A measure word (with a bracketed second one: `台(套)`) at `at`.
fn measure_word(text: &str, at: usize) -> Option<(&'static str, usize)> {
    let (w, row) = UNITS.longest_at(text, at)?;
    if row.kind != UnitKind::Count || list(List::DiNotMeasure).contains(&w) {
        return None;
    }
    let mut end = at + w.len();
    if let Some(open) = char_at(text, end).filter(|&c| crate::chars::is_open_paren(c)) {
        let inner = end + open.len_utf8();
        if let Some((w2, row2)) = UNITS.longest_at(text, inner) {
            let close = inner + w2.len();
            if row2.kind == UnitKind::Count {
                if let Some(c) = char_at(text, close).filter(|&c| crate::chars::is_close_paren(c)) {
                    end = close + c.len_utf8();
                }
            }
        }
    }
    Some((row.unit, end))
}

/// The start of a top-N rank (`全国前10位`, `前三名`) whose figure starts
/// at `start` with the measure word `measure`: a lead word (前) right
/// before it, a place's measure word, and a 全X scope kept before the lead.
pub(crate) fn top_rank_start(
    text: &str,
    start: usize,
    floor: usize,
    measure: &str,
) -> Option<usize> {
    let lead = suffix_in(List::TopRankLead, text.get(floor..start)?)?;
    let at = start - lead.len();
    // 目前3名, 提前10名: 前 ends another word.
    if super::text::char_before(text, at).is_some_and(crate::time::qian_compound) {
        return None;
    }
    // 全县排前七行业中: after a verb of rank right before 前, any measure
    // word counts the places ranked (行业, 个).
    if !list(List::TopRankMeasure).contains(&measure)
        && suffix_in(List::RankVerb, text.get(floor..at)?).is_none()
    {
        return None;
    }
    Some(scoped(text, at, floor))
}

/// The start of a top-N place written without a measure word (`全国前三`,
/// `排名前5`, `位列前十`): the lead word (前) right before the figure that
/// starts at `start`, and before it a 全X scope (kept in the span) or a verb
/// of rank (居 排名 位列 …, `List::RankVerb`). `None` elsewhere (`目前3`,
/// `前5` with neither).
pub(crate) fn bare_top_rank_start(text: &str, start: usize, floor: usize) -> Option<usize> {
    let lead = suffix_in(List::TopRankLead, text.get(floor..start)?)?;
    let at = start - lead.len();
    if super::text::char_before(text, at).is_some_and(crate::time::qian_compound) {
        return None;
    }
    let s = scoped(text, at, floor);
    let ranked = s != at
        || suffix_in(List::RankVerb, text.get(floor..s)?).is_some()
        || verb_over_scope(text, at, floor);
    ranked.then_some(s)
}

/// The span of a top-N place closed by a tail word (`前三甲`, `全省前三甲`):
/// 前 right before the figure `start..end` and a [`List::TopRankTail`] word
/// right after it; a 全X scope before 前 is kept.
pub(crate) fn tail_top_rank(
    text: &str,
    start: usize,
    end: usize,
    floor: usize,
) -> Option<(usize, usize)> {
    let tail = prefix_in(List::TopRankTail, text.get(end..)?)?;
    let lead = suffix_in(List::TopRankLead, text.get(floor..start)?)?;
    let at = start - lead.len();
    if super::text::char_before(text, at).is_some_and(crate::time::qian_compound) {
        return None;
    }
    Some((scoped(text, at, floor), end + tail.len()))
}

/// A verb of rank a few ideographs before `at`, a scope that is no 全X
/// between (`位居行业前三`, `排名同类城市前5`): the scope stays out of the span.
fn verb_over_scope(text: &str, at: usize, floor: usize) -> bool {
    let mut p = at;
    for _ in 0..6 {
        let Some(c) = super::text::char_before(text, p) else {
            return false;
        };
        if !super::text::is_han(c) || p - c.len_utf8() < floor {
            return false;
        }
        p -= c.len_utf8();
        if p < at && suffix_in(List::RankVerb, &text[floor..p]).is_some() {
            return true;
        }
    }
    false
}

/// True when a rank, 第 and a numeral, starts at `at` (`第一`, `第3`).
pub(crate) fn rank_at(text: &str, at: usize) -> bool {
    text[at..]
        .strip_prefix(ORDINAL_PREFIX)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_ascii_digit() || numeral::chinese::is_numeral_char(c))
}

/// True when places counted by a numeral end right before `at`
/// (`三区`, `11市`: a measure word of [`List::DigitMeasure`]): the peers a
/// rank at `at` is among (`力争增速三区第一`), which place it as a scope does.
fn peers_before(text: &str, at: usize) -> bool {
    list(List::DigitMeasure).iter().any(|w| {
        text[..at].strip_suffix(w).is_some_and(|head| {
            head.chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit() || numeral::chinese::is_numeral_char(c))
        })
    })
}

/// `坚持质量第一`, `安全第一。`: a motto, no rank. A rank says where (a 全X
/// scope) or is placed by a verb (居, 排名, 保持 … `List::RankVerb`) in its
/// clause; a bare ordinal that ends its clause after a noun and has
/// neither is a motto's.
fn slogan_rank(text: &str, at: usize, end: usize, floor: usize) -> bool {
    if !char_at(text, end).is_none_or(super::text::ends_clause)
        || scoped(text, at, floor) != at
        || peers_before(text, at)
    {
        return false;
    }
    // The clause, across a list's joiner (稳居…保护第一、…系统第二).
    let list_comma = |c: char| has_char(List::Joiner, c);
    // (An earlier rank of the list is part of the clause: the walk may go
    // back past `floor`, at most a few dozen characters.)
    let mut cs = at;
    let mut steps = 0;
    while let Some(c) = super::text::char_before(text, cs) {
        if steps == 40 || (super::text::ends_clause(c) && !list_comma(c)) || c.is_whitespace() {
            break;
        }
        cs -= c.len_utf8();
        steps += 1;
    }
    let head = &text[cs..at];
    !head.is_empty()
        && head
            .chars()
            .all(|c| super::text::is_han(c) || list_comma(c))
        && !list(List::RankVerb).iter().any(|w| head.contains(w))
}

/// A one-character unit of time at `at` (`第四年`, `第30天`): the year or
/// day of a sequence, an ordinal with that word as its unit.
/// A measure word before it is left out of the unit (`第1个月` → 月).
fn time_word(text: &str, at: usize) -> Option<(&'static str, usize)> {
    let (w, row) = UNITS.longest_at(text, at)?;
    if row.kind != UnitKind::Duration || !row.extra.is_empty() {
        return None;
    }
    let mut chars = w.char_indices().skip(1);
    let unit = match (chars.next(), chars.next()) {
        (None, _) => w,
        (Some((i, _)), None) => {
            let (m, r) = UNITS
                .longest_at(&w[..i], 0)
                .filter(|(m, r)| r.kind == UnitKind::Count && m.len() == i)?;
            // 第一个月份: 月 opening a word (月份) is the thing ranked,
            // the measure word before it the rank's.
            let word = char_at(text, at + w.len())
                .is_some_and(|c| crate::lexicon::has_keyed_char(List::UnitWordStart, &w[i..], c));
            if word {
                return Some((r.unit, at + m.len()));
            }
            &w[i..]
        }
        _ => return None,
    };
    Some((unit, at + w.len()))
}

/// Most characters between 第N and the head of an enterprise's name.
const ENTERPRISE_REACH: usize = 8;

/// `rest` (after 第N) names an enterprise numbered in its trade (中国第一
/// 重型机械集团公司, 第二汽车制造厂): a run of ideographs, opened by no
/// measure word, 大 or 的 inside, closed within a few characters by the head
/// of an enterprise's name (`List::DiEnterpriseHead`: 集团 公司 厂).
fn numbered_enterprise(rest: &str) -> bool {
    if rest.starts_with(|c: char| has_char(List::DiEnterpriseNotFirst, c))
        || measure_word(rest, 0).is_some()
    {
        return false;
    }
    for (k, c) in rest.char_indices().take(ENTERPRISE_REACH + 1) {
        if k > 0 && prefix_in(List::DiEnterpriseHead, &rest[k..]).is_some() {
            return true;
        }
        if !super::text::is_han(c) || has_char(List::DiEnterpriseNotFirst, c) {
            return false;
        }
    }
    false
}

/// True when `n` can be a rank: one value, no decimal, no string of digits.
fn plain_rank(n: &numeral::Numeral) -> bool {
    n.high.is_none() && !n.decimal && n.form != Form::DigitString
}

/// The measure word or, failing one, the word of time at `at` that a rank
/// counts in (`项`, `年`), and its end.
fn rank_word(text: &str, at: usize) -> Option<(&'static str, usize)> {
    measure_word(text, at).or_else(|| time_word(text, at))
}

/// The rank read at `p` after a range connector or a joiner (`三项` of
/// `第一至三项`, `第三项` of `第一至第三项`), 第 before it required when
/// `di`, else optional: its value, its measure or time word and the word's
/// end.
fn next_rank(text: &str, p: usize, di: bool) -> Option<(Decimal, &'static str, usize)> {
    let p = match text[p..].strip_prefix(ORDINAL_PREFIX) {
        Some(_) => p + ORDINAL_PREFIX.len_utf8(),
        None if di => return None,
        None => p,
    };
    let m = numeral::read_plain(text, p).filter(plain_rank)?;
    let (u, e) = rank_word(text, m.end)?;
    Some((m.value, u, e))
}

/// Most numerals after a rank in a list (`第二、三、四条`) read for the
/// measure word they share.
const LIST_REACH: usize = 8;

/// 第 + number (+ measure word) at `at`.
pub(crate) fn at_di(text: &str, at: usize, floor: usize) -> Step {
    let next = at + ORDINAL_PREFIX.len_utf8();
    if FIXED.covers(text, at) {
        return Step::Skip(next);
    }
    // 第十四个五年规划: 第十四个 is part of a plan's name, no rank; the
    // length 五年 after it is read on.
    if let Some(length) = crate::time::plan_long_form_length(text, at) {
        return Step::Skip(length);
    }
    // 第(一)项, and spaces as stored before a list (`第 （二）、 （三）项`).
    let open = super::text::skip_space(text, next);
    if char_at(text, open).is_some_and(crate::chars::is_open_paren) {
        return bracketed(text, at, open);
    }
    let Some(n) = numeral::read_plain(text, next) else {
        return Step::Skip(next);
    };
    if !plain_rank(&n) {
        return Step::Skip(n.end);
    }
    let rest = &text[n.end..];
    if prefix_in(List::DiFixed, rest).is_some() || numbered_enterprise(rest) {
        return Step::Skip(n.end);
    }
    // 第二、第三产业, 第二、三产业, 第一、二、三产业: a list sharing the fixed
    // word's head, however many items.
    let mut rest_at = n.end;
    while let Some(after) = text[rest_at..].strip_prefix(ENUM_COMMA) {
        let p = text.len() - after.len();
        let p = if after.starts_with(ORDINAL_PREFIX) {
            p + ORDINAL_PREFIX.len_utf8()
        } else {
            p
        };
        let Some(m) = numeral::read_plain(text, p) else {
            break;
        };
        if prefix_in(List::DiSharedHead, &text[m.end..]).is_some() {
            return Step::Skip(n.end);
        }
        rest_at = m.end;
    }
    // 令第310号: a decree's number.
    if char_at(text, n.end).is_some_and(|c| has_char(List::DiNumberTail, c)) {
        return Step::Skip(n.end);
    }
    let (unit, mut end) = match rank_word(text, n.end).or_else(|| {
        // 第一代表团: 代 opening a word (代表, 代理) is no measure word.
        let w = prefix_in(List::DiMeasure, rest)?;
        let word = char_at(text, n.end + w.len())
            .is_some_and(|c| crate::lexicon::has_keyed_char(List::UnitWordStart, w, c));
        (!word).then_some((w, n.end + w.len()))
    }) {
        Some((u, e)) => (Some(u), e),
        // 全省第一方阵: a tier of a ranking (`List::DiTier`: 方阵, 梯队) is
        // part of the rank's words, in the span, no measure word.
        None => (
            None,
            prefix_in(List::DiTier, rest).map_or(n.end, |w| n.end + w.len()),
        ),
    };
    // 第四至六年, 第一至第三项: a range of ranks sharing the measure word
    // after the second (第 maybe written again before it).
    let mut high = None;
    if unit.is_none() {
        if let Some(w) = prefix_in(List::RangeConnector, rest) {
            if let Some((h, u, e)) = next_rank(text, n.end + w.len(), false) {
                if h > n.value {
                    high = Some((h, u));
                    end = e;
                }
            }
        }
    }
    // 第八条至第十一条: a range of ranks, each with 第 and the same measure word.
    if let Some(u) = unit {
        if let Some(w) = prefix_in(List::RangeConnector, &text[end..]) {
            if let Some((h, u2, e)) = next_rank(text, end + w.len(), true) {
                if u2 == u && h > n.value {
                    high = Some((h, u));
                    end = e;
                }
            }
        }
    }
    // 第二或第三胎, 第一、第二名: a rank before a joiner shares the measure
    // word of the next rank written with 第 (out of its own span), also
    // across more ranks with 第 and no measure word (`第一、第二、第三款`).
    let unit = unit
        .or(high.map(|(_, u)| u))
        .or_else(|| joined_rank_unit(text, n.end));
    // 第一，加强…: a discourse enumerator at the start of a sentence; so is
    // one after a comma that goes on from the enumerator before it
    // (`第一是稳增长，第二是防风险`).
    if unit.is_none()
        && char_at(text, n.end).is_some_and(|c| has_char(List::EnumeratorFollower, c))
        && (sentence_start(text, at) || follows_enumerator(text, at, n.value))
    {
        return Step::Skip(n.end);
    }
    // 第十七条 本办法…: an article, chapter or section heading at the start
    // of a line or sentence is an outline marker (SPEC 1.6), not a rank;
    // one glued to a paragraph's rank (`；第六条第二款关于…的规定`) cites it.
    // So is one after a clause mark inside a line with a word of citing
    // after it (`以…为准;第四条中“…”条款`: in article 4, List::CitedRankTail).
    let cited = !matches!(
        text[..at]
            .trim_end_matches([' ', '\u{3000}'])
            .chars()
            .next_back(),
        Some('\n' | '\r') | None
    ) && prefix_in(List::CitedRankTail, &text[end..]).is_some();
    if char_at(text, n.end).is_some_and(|c| has_char(List::OutlineMarker, c))
        && sentence_start(text, at)
        && next_rank(text, end, true).is_none()
        && !cited
    {
        return Step::Skip(end);
    }
    // 按第一、二批次下达: a rank before 、 and a numeral shares the measure
    // word after the next one (list.rs), no motto; so with more numerals
    // between (`第二、三、四条`).
    let list_next = {
        let mut r = rest;
        let mut shared = false;
        for _ in 0..LIST_REACH {
            let Some(a) = r.strip_prefix(ENUM_COMMA) else {
                break;
            };
            let p = text.len() - a.len();
            let Some(m) = numeral::read_plain(text, p).filter(plain_rank) else {
                break;
            };
            if measure_word(text, m.end).is_some() {
                shared = true;
                break;
            }
            r = &text[m.end..];
        }
        shared
    };
    if unit.is_none() && !list_next && slogan_rank(text, at, end, floor) {
        return Step::Skip(end);
    }
    let start = scoped(text, at, floor);
    if super::filter::in_label(text, start, end) {
        return Step::Skip(end);
    }
    let mut figure = Figure::new(n.value);
    figure.high = high.map(|(h, _)| h);
    // 第三套及以上: the third and later.
    let (end, bound) = match unit.and_then(|_| at_least_after(text, end)) {
        Some(e) => (e, Bound::AtLeast),
        None => (end, Bound::Exact),
    };
    let mut e = Entity::new(
        Span::new(start, end),
        Value::Ordinal {
            figure,
            measure: unit,
        },
    );
    e.bound = bound;
    Step::Found(e)
}

/// `第(一)项` (ANNOTATION b8-a 20): an item numbered `(一)` in the text,
/// cited with 第 and a measure word; the brackets are in the span. A list
/// of such items shares the 第 and the measure word (`第 （二）、 （三）、
/// （四）项`): the first item's span holds 第, the last one's the measure
/// word, and [`bracket_list_item`] reads the items after the first. `open`
/// is the byte of the first opening bracket.
fn bracketed(text: &str, at: usize, open: usize) -> Step {
    if let Some(e) = bracket_range(text, at, open) {
        return Step::Found(e);
    }
    let Some((items, unit, end)) = bracket_items(text, open) else {
        return Step::Skip(open);
    };
    let (_, first_end, value) = items[0];
    let end = if items.len() == 1 { end } else { first_end };
    Step::Found(Entity::new(
        Span::new(at, end),
        Value::Ordinal {
            figure: Figure::new(value),
            measure: Some(unit),
        },
    ))
}

/// `第(一)项至第(四)项`, `第(一)至第(四)项`: a range of bracketed item
/// numbers, each cited with 第, sharing the measure word after the second
/// (the first one's, when written, the same). One ordinal, the first
/// value to the second (`high`), the span from the first 第 to the measure
/// word. `open` is the byte of the first opening bracket.
fn bracket_range(text: &str, at: usize, open: usize) -> Option<Entity> {
    let (low, close) = bracket_item(text, open)?;
    let first_unit = measure_word(text, close);
    let p = first_unit.map_or(close, |(_, e)| e);
    let w = prefix_in(List::RangeConnector, &text[p..])?;
    let di = p + w.len();
    let after_di = di
        + text[di..]
            .strip_prefix(ORDINAL_PREFIX)
            .map(|_| ORDINAL_PREFIX.len_utf8())?;
    let open2 = super::text::skip_space(text, after_di);
    let (items, unit, end) = bracket_items(text, open2)?;
    let [(_, _, high)] = items[..] else {
        return None;
    };
    if first_unit.is_some_and(|(u, _)| u != unit) || high <= low {
        return None;
    }
    let mut figure = Figure::new(low);
    figure.high = Some(high);
    Some(Entity::new(
        Span::new(at, end),
        Value::Ordinal {
            figure,
            measure: Some(unit),
        },
    ))
}

/// The bracketed item number at `open` (`(一)`, `（四）`): its value and
/// the end of its closing bracket.
fn bracket_item(text: &str, open: usize) -> Option<(Decimal, usize)> {
    let o = char_at(text, open).filter(|&c| crate::chars::is_open_paren(c))?;
    let n = numeral::read_plain(text, open + o.len_utf8()).filter(plain_rank)?;
    let c = char_at(text, n.end).filter(|&c| crate::chars::is_close_paren(c))?;
    Some((n.value, n.end + c.len_utf8()))
}

/// A list of bracketed item numbers: each item's bracket span and value,
/// the measure word after the last one and its end.
type BracketList = (Vec<(usize, usize, Decimal)>, &'static str, usize);

/// Most items of a list of bracketed item numbers.
const MAX_BRACKET_ITEMS: usize = 20;

/// The bracketed item numbers from the opening bracket at `open`, joined
/// by 、 (spaces allowed around it), up to the measure word right after
/// the last closing bracket: each item's bracket span and value, the
/// measure word and its end. `None` when no measure word closes the list.
fn bracket_items(text: &str, open: usize) -> Option<BracketList> {
    let mut items = Vec::new();
    let mut p = open;
    while items.len() < MAX_BRACKET_ITEMS {
        let (value, close) = bracket_item(text, p)?;
        items.push((p, close, value));
        if let Some((unit, end)) = measure_word(text, close) {
            return Some((items, unit, end));
        }
        let q = super::text::skip_space(text, close);
        let q = q + text[q..]
            .strip_prefix(ENUM_COMMA)
            .map(|_| ENUM_COMMA.len_utf8())?;
        p = super::text::skip_space(text, q);
    }
    None
}

/// An item after the first of a list of bracketed item numbers cited with
/// 第 (`（三）` of `第 （二）、 （三）、 （四）项`): the figure starts at `i`
/// right after an opening bracket, and `prev`, the item before, is an
/// ordinal of the same list ending in a closing bracket, 、 between.
pub(crate) fn bracket_list_item(text: &str, i: usize, prev: Option<&Entity>) -> Option<Entity> {
    let o = super::text::char_before(text, i).filter(|&c| crate::chars::is_open_paren(c))?;
    let open = i - o.len_utf8();
    let prev = prev?;
    let Value::Ordinal {
        measure: Some(m), ..
    } = prev.value
    else {
        return None;
    };
    let gap = text.get(prev.span.end..open)?;
    if gap.trim_matches(' ') != ENUM_COMMA.encode_utf8(&mut [0; 4])
        || !super::text::char_before(text, prev.span.end).is_some_and(crate::chars::is_close_paren)
    {
        return None;
    }
    let (items, unit, end) = bracket_items(text, open)?;
    if unit != m {
        return None;
    }
    let (_, first_end, value) = items[0];
    let end = if items.len() == 1 { end } else { first_end };
    Some(Entity::new(
        Span::new(open, end),
        Value::Ordinal {
            figure: Figure::new(value),
            measure: Some(unit),
        },
    ))
}

/// The end of 及以上/以上 at `at` after an ordinal with its measure word
/// (`第三套及以上`, `二孩及以上`).
pub(crate) fn at_least_after(text: &str, at: usize) -> Option<usize> {
    SUFFIX_BOUNDS
        .longest_at(text, at)
        .filter(|(_, b)| *b == Bound::AtLeast)
        .map(|(w, _)| at + w.len())
}

/// 首 + measure word at `at`.
pub(crate) fn at_shou(text: &str, at: usize, floor: usize) -> Step {
    let next = at + FIRST_PREFIX.len_utf8();
    if list(List::ShouTerm)
        .iter()
        .any(|w| text[at..].starts_with(w))
    {
        return Step::Skip(next);
    }
    let rest = &text[next..];
    let Some(w) = list(List::ShouMeasure)
        .iter()
        .find(|w| rest.starts_with(**w))
    else {
        return Step::Skip(next);
    };
    let Some((unit, end)) = rank_word(text, next) else {
        return Step::Skip(next);
    };
    // The table's longest word must be the one 首 takes (首家 but not 首部门).
    if !text[next..end].starts_with(w) {
        return Step::Skip(next);
    }
    // 全市首套和二套住房: a first home is a buyer's, no place in the scope
    // (全国首个, 全省首批 rank a thing among the scope's), so the scope
    // stays out.
    let start = if names_home(text, next, end) {
        at
    } else {
        scoped(text, at, floor)
    };
    if super::filter::in_label(text, start, end) {
        return Step::Skip(end);
    }
    let figure = Figure::new(Decimal::ONE);
    // 首层及以上: the first and later, as 第三套及以上.
    let (end, bound) = match at_least_after(text, end) {
        Some(e) => (e, Bound::AtLeast),
        None => (end, Bound::Exact),
    };
    let mut e = Entity::new(
        Span::new(start, end),
        Value::Ordinal {
            figure,
            measure: Some(unit),
        },
    );
    e.bound = bound;
    Step::Found(e)
}

/// True when the measure word from `at` to `end` after 首 is followed by a
/// home (`List::HomeWord`: `首套住房`, `首套房`), directly or past a list
/// of the next ranks with the same measure word (`首套和二套住房`,
/// `首套、二套及以上住房`): the ordinal of a home.
fn names_home(text: &str, at: usize, end: usize) -> bool {
    let home = |q: usize| {
        text.get(q..)
            .is_some_and(|r| prefix_in(List::HomeWord, r).is_some())
    };
    if home(end) {
        return true;
    }
    let Some(j) = prefix_in(List::Joiner, &text[end..]) else {
        return false;
    };
    let numeral_at = end + j.len();
    let mut q = numeral_at;
    while let Some(c) = char_at(text, q).filter(|&c| numeral::chinese::is_numeral_char(c)) {
        q += c.len_utf8();
    }
    let measure = &text[at..end];
    if q == numeral_at || !text[q..].starts_with(measure) {
        return false;
    }
    q += measure.len();
    home(at_least_after(text, q).unwrap_or(q))
}

/// True when only whitespace separates `at` from the start of the text, a
/// line break or a sentence or clause end (。；：), or from a Markdown
/// heading's marks opening the line ([`after_heading_mark`]).
pub(crate) fn sentence_start(text: &str, at: usize) -> bool {
    if after_heading_mark(text, at) {
        return true;
    }
    for c in text[..at].chars().rev() {
        match c {
            c if c == '\n'
                || has_char(List::LineOpener, c)
                || has_char(List::WideSentenceEnd, c) =>
            {
                return true
            }
            c if c.is_whitespace() => continue,
            _ => return false,
        }
    }
    true
}

/// `## 第一章 总则`: true when the line before `at` holds only the marks of
/// a Markdown heading (one to six of `#` or a `markdown_heading` mark, maybe
/// indented, then a blank), so that what follows opens the line as a heading's text does.
/// Text converted to Markdown (statutes, reports) writes its chapter and
/// section headings so; a mark glued to the text (`#3楼`) is no heading.
pub(crate) fn after_heading_mark(text: &str, at: usize) -> bool {
    let line = &text[..at];
    let line = &line[line.rfind('\n').map_or(0, |i| i + 1)..];
    let body = line.trim_end();
    if body.len() == line.len() {
        return false;
    }
    let marks = body.trim_start();
    !marks.is_empty()
        && marks.chars().count() <= 6
        && marks
            .chars()
            .all(|c| c == '#' || has_char(List::MarkdownHeading, c))
}

/// How far back [`follows_enumerator`] looks for the enumerator before one,
/// in bytes.
const ENUMERATOR_REACH: usize = 300;

/// `第一是稳增长，第二是防风险`: true when 第N at `at` stands right after a
/// comma and the same paragraph holds, within [`ENUMERATOR_REACH`] before
/// it, 第(N−1) followed by an enumerator's follower (是 ，): the next item of
/// a discourse enumeration, no rank.
fn follows_enumerator(text: &str, at: usize, value: Decimal) -> bool {
    if !super::text::char_before(text, at).is_some_and(|c| has_char(List::CommaOrSemicolon, c)) {
        return false;
    }
    let mut lo = at.saturating_sub(ENUMERATOR_REACH);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let window = &text[lo..at];
    let window = &window[window.rfind('\n').map_or(0, |k| k + 1)..];
    let base = at - window.len();
    window.match_indices(ORDINAL_PREFIX).any(|(k, d)| {
        numeral::read_plain(text, base + k + d.len())
            .filter(plain_rank)
            .is_some_and(|m| {
                m.value.checked_add(Decimal::from(1)) == Some(value)
                    && char_at(text, m.end).is_some_and(|c| has_char(List::EnumeratorFollower, c))
            })
    })
}

/// The measure word a rank ending at `p` shares with the ranks joined after
/// it (`第二或第三胎`): that of the first rank written with 第 and a measure
/// word after a joiner, past at most [`LIST_REACH`] ranks with 第 and none
/// (`第一、第二、第三、第四款`: 款).
fn joined_rank_unit(text: &str, mut p: usize) -> Option<&'static str> {
    for _ in 0..LIST_REACH {
        p += prefix_in(List::Joiner, &text[p..])?.len();
        if let Some((_, u, _)) = next_rank(text, p, true) {
            return Some(u);
        }
        let q = p + text[p..]
            .strip_prefix(ORDINAL_PREFIX)
            .map(|_| ORDINAL_PREFIX.len_utf8())?;
        p = numeral::read_plain(text, q).filter(plain_rank)?.end;
    }
    None
}
