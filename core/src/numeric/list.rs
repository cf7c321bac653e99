//! A unit written once for a list (SPEC 1.2): `分别提升1.1、1.6和0.3个百分点`
//! gives three percents in `pp`, `分别为3、5、8家` three counts of 家, and
//! `8000、6000万元` two amounts in 万元. Each figure keeps its own span.

use super::table::{BoundPlace, BOUND_ROWS};
use super::text::char_at;
use crate::chars::{ENUM_COMMA, NOT};
use crate::entity::{Bound, Entity, Kind};
use crate::lexicon::{has_char, list, List};
use crate::numeral::{arabic, magnitude};
use crate::value::{Figure, Value};

/// `last`'s value with `figure` in place of its own (no counted noun).
fn with_figure(last: &Value, figure: Figure) -> Option<Value> {
    Some(match *last {
        Value::Amount { currency, .. } => Value::Amount { figure, currency },
        Value::Percent { unit, .. } => Value::Percent { figure, unit },
        Value::Count { measure, .. } => Value::Count {
            figure,
            measure,
            noun: None,
        },
        Value::Quantity {
            unit, unit_text, ..
        } => Value::Quantity {
            figure,
            unit,
            unit_text,
        },
        Value::Rate {
            unit, unit_text, ..
        } => Value::Rate {
            figure,
            unit,
            unit_text,
        },
        Value::Duration {
            unit, unit_text, ..
        } => Value::Duration {
            figure,
            unit,
            unit_text,
        },
        _ => return None,
    })
}

/// Gives the bare numbers before a figure with a unit, joined to it by
/// 、/和/及/与/或, that figure's kind and unit (and its magnitude, when
/// the bare number is written without one: `8000、6000万元`).
pub(crate) fn share_units(text: &str, found: &mut [Entity]) {
    ordinal_lists(text, found);
    figure_lists(text, found);
    share_bounds(text, found);
    share_closing_bounds(text, found);
    elided_currency(text, found);
}

/// `5万平方米、8万平方米、10万平方米以上`: a bound word written once after
/// the last figure of a list of three or more, of one kind and unit, holds
/// for every figure of it, the bound word in the last span only
/// (ANNOTATION b8-b 6). Two figures are left alone: `年满18周岁、35周岁以下`
/// are the two ends of a span of ages.
fn share_closing_bounds(text: &str, found: &mut [Entity]) {
    for j in (2..found.len()).rev() {
        let last = &found[j];
        if last.bound == Bound::Exact || last.high().is_some() || !bound_word_closes(text, last) {
            continue;
        }
        let mut k = j;
        while k > 0 {
            let (prev, next) = (&found[k - 1], &found[k]);
            if !joined_plain(text, prev, next, prev, last) {
                break;
            }
            k -= 1;
        }
        if j - k >= 2 {
            let b = found[j].bound;
            for e in &mut found[k..j] {
                e.bound = b;
            }
        }
    }
}

/// True when only a list joiner (、 和 及 …) stands between `a` and `b`
/// and `mate`, one of them, is a plain figure of `like`'s kind and unit
/// (exact, no range, no change): one that a bound written once for the
/// list reaches.
fn joined_plain(text: &str, a: &Entity, b: &Entity, mate: &Entity, like: &Entity) -> bool {
    is_joiner(&text[a.span.end..b.span.start])
        && mate.bound == Bound::Exact
        && mate.kind == like.kind
        && mate.unit() == like.unit()
        && mate.high().is_none()
        && mate.change.is_none()
}

/// True when `gap` is a word of `List::Joiner` (、 和 及 …), compared byte
/// by byte (no `memcmp` call per word; most gaps differ in length or first
/// byte).
fn is_joiner(gap: &str) -> bool {
    list(List::Joiner)
        .iter()
        .any(|w| w.len() == gap.len() && crate::lexicon::starts_with(gap, w))
}

/// True when the span of `e` ends with a suffix bound word (`10万平方米以上`).
fn bound_word_closes(text: &str, e: &Entity) -> bool {
    let span = &text[e.span.start..e.span.end];
    BOUND_WORDS
        .suffix
        .iter()
        .any(|w| crate::lexicon::ends_with(span, w))
}

/// The words of `BOUND_ROWS` before and after the number, in file order:
/// picked out once, and compared byte by byte (most compares end on the
/// first byte), not by a `memcmp` call per row at every bounded figure.
struct BoundWords {
    prefix: Vec<&'static str>,
    suffix: Vec<&'static str>,
}

static BOUND_WORDS: std::sync::LazyLock<BoundWords> = std::sync::LazyLock::new(|| {
    let at = |place: BoundPlace| -> Vec<&'static str> {
        BOUND_ROWS
            .items
            .iter()
            .filter(|r| r.1 == place)
            .map(|r| r.0)
            .collect()
    };
    BoundWords {
        prefix: at(BoundPlace::Prefix),
        suffix: at(BoundPlace::Suffix),
    }
});

/// `由60万元提高至70万元，…提高至80万`, `不超过500万元；连续3年获得500万奖励`:
/// an amount in Arabic digits with 万 or 亿 and no unit, after an amount
/// of money with a magnitude in the same sentence, is money in that
/// currency, 元 left out (ANNOTATION b4-b 1). A sentence ends at 。 ！ ？ or a
/// line break; without an amount of money before it in the sentence such a
/// figure stays a number (`净利润26.81亿`).
fn elided_currency(text: &str, found: &mut [Entity]) {
    let sentence_end = crate::policy::text::is_sentence_end;
    for j in 1..found.len() {
        let Value::Number(figure) = found[j].value else {
            continue;
        };
        if figure.high.is_some() {
            continue;
        }
        let written = &text[found[j].span.start..found[j].span.end];
        let digits = written.bytes().any(|b| b.is_ascii_digit());
        let large = written.chars().any(|c| magnitude::large_unit(c).is_some());
        if !(digits && large) {
            continue;
        }
        let money = (0..j).rev().find_map(|k| {
            let e = &found[k];
            if text[e.span.end..found[j].span.start].contains(sentence_end) {
                return Some(None);
            }
            match e.value {
                Value::Amount { currency, .. }
                    if text[e.span.start..e.span.end]
                        .chars()
                        .any(|c| magnitude::large_unit(c).is_some()) =>
                {
                    Some(Some(currency))
                }
                _ => None,
            }
        });
        if let Some(Some(currency)) = money {
            if counts_people(text, found[j].span.start) {
                continue;
            }
            found[j].value = Value::Amount { figure, currency };
            found[j].kind = Kind::Money;
        }
    }
}

/// `总产值31.2万亿元，从业人员超过5200万`: true when the clause before the
/// figure at `at` (back to a clause's end mark) names people
/// (`List::PeopleNoun`: 人员 人口 居民 …): the figure counts them, no
/// money with its 元 left out.
fn counts_people(text: &str, at: usize) -> bool {
    let clause = &text[..at];
    let clause = clause
        .char_indices()
        .rev()
        .find(|&(_, c)| has_char(List::ClauseEnd, c) || c == '\n')
        .map_or(clause, |(k, c)| &clause[k + c.len_utf8()..]);
    list(List::PeopleNoun).iter().any(|w| clause.contains(w))
}

/// True when `found[k]` is a term of a ratio (figures joined by one colon
/// each) whose first term stands in a clause with 分别 before it.
fn ratio_after_respectively(text: &str, found: &[Entity], k: usize) -> bool {
    let mut first = k;
    while first > 0
        && super::change::ratio_term_gap(&text[found[first - 1].span.end..found[first].span.start])
    {
        first -= 1;
    }
    first < k && super::change::respectively_before(text, found[first].span.start)
}

/// The unit sharing of [`share_units`].
fn figure_lists(text: &str, found: &mut [Entity]) {
    for j in (1..found.len()).rev() {
        let last = found[j].value;
        if !matches!(
            last.kind(),
            Kind::Percent | Kind::Count | Kind::Money | Kind::Quantity | Kind::Duration
        ) || found[j].high().is_some()
        {
            continue;
        }
        // Read only when a bare number is joined to it (most figures
        // stand alone).
        let mut exp = None;
        let mut k = j;
        while k > 0 {
            let (prev, next) = (&found[k - 1], &found[k]);
            // 高1.7 、2.8个百分点: layout blanks around the joiner (text set
            // from a web page or a PDF) leave it one list.
            let gap = text[prev.span.end..next.span.start].trim_matches([' ', '\u{3000}']);
            // 16/14nm: two sizes of one physical unit written with a slash.
            let slash_pair = gap == "/" && k == j && last.kind() == Kind::Quantity;
            // 分别拉动GDP增长-0.1:0.4:4.3个百分点: after 分别 a ratio closed
            // by a unit is a list of figures in that unit (a ratio with no
            // unit stays numbers: 分别是-1.6:8.0:93.6).
            let ratio =
                super::change::ratio_term_gap(gap) && ratio_after_respectively(text, found, k);
            if !is_joiner(gap) && !slash_pair && !ratio {
                break;
            }
            // 2.6个、2.5个百分点: 个 is the start of the unit written later.
            let part_of_pp = prev.kind == Kind::Count
                && prev
                    .unit()
                    .is_some_and(|u| list(List::PointClassifier).contains(&u))
                && last.kind() == Kind::Percent
                && last.unit() == Some("pp");
            let bare = matches!(prev.value, Value::Number(_)) && prev.high().is_none();
            if !(bare || part_of_pp) {
                break;
            }
            let Some(mut figure) = prev.value.figure().copied() else {
                break;
            };
            let exp = *exp.get_or_insert_with(|| magnitude_before_unit(text, &found[j]));
            if bare && exp > 0 && ends_with_digit(text, prev) {
                match figure.value.checked_mul_pow10(exp) {
                    Some(v) => figure.value = v,
                    None => break,
                }
            }
            let Some(v) = with_figure(&last, figure) else {
                break;
            };
            let e = &mut found[k - 1];
            e.value = v;
            e.kind = v.kind();
            k -= 1;
        }
    }
}

/// 第二、三类人才: an ordinal without a measure word, joined by 、 to a
/// count, makes that count an ordinal too, and both take its measure word;
/// 首套、二套及以上: an ordinal with a measure word makes a count of the
/// same measure word after 、 (or 和, 或: `首套或二套`) an ordinal.
fn ordinal_lists(text: &str, found: &mut [Entity]) {
    for e in found.iter_mut() {
        if after_first_word(text, e) {
            if let Value::Count {
                figure, measure, ..
            } = e.value
            {
                rank(e, figure, measure);
                e.change = None;
            }
        }
    }
    for k in 1..found.len() {
        if let (
            Value::Ordinal {
                measure: Some(m), ..
            },
            Value::Count {
                figure, measure, ..
            },
        ) = (found[k - 1].value, found[k].value)
        {
            // 首套或二套新建商品住房: 或, 和 join the two as well.
            let gap = &text[found[k - 1].span.end..found[k].span.start];
            let joined = gap.chars().count() == 1 && gap.chars().all(|c| has_char(List::Joiner, c));
            // 两 only counts (两次, 两套).
            let cardinal =
                char_at(text, found[k].span.start).is_some_and(|c| has_char(List::CardinalOnly, c));
            if m == measure && joined && !cardinal {
                rank(&mut found[k], figure, measure);
                found[k].change = None;
            }
            continue;
        }
        if parallel_rank(text, found, k) {
            if let Value::Count {
                figure, measure, ..
            } = found[k].value
            {
                rank(&mut found[k], figure, measure);
                found[k].change = None;
            }
            continue;
        }
        let (
            Value::Ordinal { measure: None, .. },
            Value::Count {
                figure, measure, ..
            },
        ) = (found[k - 1].value, found[k].value)
        else {
            continue;
        };
        if !enumeration_comma(text, &found[k - 1], &found[k]) {
            continue;
        }
        if let Value::Ordinal { measure: m, .. } = &mut found[k - 1].value {
            *m = Some(measure);
        }
        rank(&mut found[k], figure, measure);
        found[k].bound = crate::entity::Bound::Exact;
    }
}

/// True when the count `e`, two to nine and not 两, follows a joiner
/// right after a word of a first (首 and one ideograph, no measure word:
/// `首贷、二套及以上`, the first loan and the second home or later): the
/// next rank of the list.
fn after_first_word(text: &str, e: &Entity) -> bool {
    let Value::Count { figure, .. } = e.value else {
        return false;
    };
    let low = figure.value >= crate::decimal::Decimal::from(2)
        && figure.value <= crate::decimal::Decimal::from(9)
        && figure.high.is_none();
    let first = char_at(text, e.span.start)
        .is_some_and(|c| crate::numeral::chinese::is_numeral_char(c) || c.is_ascii_digit());
    if !low
        || !first
        || char_at(text, e.span.start).is_some_and(|c| has_char(List::CardinalOnly, c))
    {
        return false;
    }
    let before = |p: usize| super::text::char_before(text, p);
    let Some(joiner) = before(e.span.start).filter(|&c| has_char(List::Joiner, c)) else {
        return false;
    };
    let p = e.span.start - joiner.len_utf8();
    let Some(word) = before(p)
        .filter(|&c| super::text::is_han(c) && !crate::numeral::chinese::is_numeral_char(c))
    else {
        return false;
    };
    let word_at = p - word.len_utf8();
    // 首批、首套: a first with a measure word is a rank of its own (the
    // lists of the same measure word are read below).
    before(word_at) == Some(crate::chars::FIRST_PREFIX)
        && super::table::UNITS.longest_at(text, word_at).is_none()
}

/// Makes the count `e` (its `figure` and `measure`) a rank with the same
/// measure word, its kind following the value.
fn rank(e: &mut Entity, figure: Figure, measure: &'static str) {
    e.value = Value::Ordinal {
        figure,
        measure: Some(measure),
    };
    e.kind = e.value.kind();
}

/// Most entities [`parallel_rank`] looks back over for the ordinal.
const PARALLEL_REACH: usize = 4;

/// True when the count `found[k]` opens a clause after a comma and an
/// earlier ordinal of its sentence with the same measure word is followed
/// by the same character (`首套为5.1%,二套为5.46%`: the second rank in a
/// parallel clause, as `首套或二套` in a list); 两 only counts.
fn parallel_rank(text: &str, found: &[Entity], k: usize) -> bool {
    let Value::Count { measure, .. } = found[k].value else {
        return false;
    };
    let e = &found[k];
    if char_at(text, e.span.start).is_some_and(|c| has_char(List::CardinalOnly, c))
        || !super::text::char_before(text, e.span.start).is_some_and(|c| has_char(List::Comma, c))
    {
        return false;
    }
    let next = char_at(text, e.span.end).filter(|&c| crate::chars::is_han(c));
    let Some(next) = next else {
        return false;
    };
    found[..k]
        .iter()
        .rev()
        .take(PARALLEL_REACH)
        .take_while(|p| {
            !text[p.span.end..e.span.start]
                .chars()
                .any(|c| c == '\n' || has_char(List::SentenceEnd, c))
        })
        .any(|p| {
            matches!(p.value, Value::Ordinal { measure: Some(m), .. } if m == measure)
                && char_at(text, p.span.end) == Some(next)
        })
}

/// A bound word written before the first figure of a list holds for every
/// figure of the same kind and unit joined to it (`不超过50万元、30万元和10万元`:
/// three amounts at most). A later figure with a bound, a range or a
/// change of its own keeps it.
fn share_bounds(text: &str, found: &mut [Entity]) {
    // The bound of the list running through `found[k - 1]`, if any.
    let mut running = None;
    for k in 1..found.len() {
        let (prev, next) = (&found[k - 1], &found[k]);
        if prev.bound != Bound::Exact && bound_word_opens(text, prev) {
            running = Some(prev.bound);
        }
        let joined = joined_plain(text, prev, next, next, prev);
        match running {
            Some(b) if joined => found[k].bound = b,
            Some(b) if alternative(text, prev, next) => {
                found[k].bound = b;
                running = None;
            }
            _ => running = None,
        }
    }
}

/// Most ideographs of the noun between an alternative's joiner and its
/// figure (`或者行驶里程`).
const ALTERNATIVE_NOUN: usize = 6;

/// True when `b`, a plain figure, is the other alternative to `a` after
/// 或者 or 或 and maybe a short noun (`2年或者行驶里程50,000公里`), of
/// another kind or unit (a list of the same unit is [`joined_plain`]'s).
fn alternative(text: &str, a: &Entity, b: &Entity) -> bool {
    let gap = &text[a.span.end..b.span.start];
    let Some(w) = list(List::AlternativeJoiner)
        .iter()
        .find(|w| gap.starts_with(**w))
    else {
        return false;
    };
    let noun = &gap[w.len()..];
    noun.chars().count() <= ALTERNATIVE_NOUN
        && noun.chars().all(crate::chars::is_han)
        && (b.kind != a.kind || b.unit() != a.unit())
        && b.bound == Bound::Exact
        && b.high().is_none()
        && b.change.is_none()
}

/// True when the span of `e` starts with a bound word (`不超过50万元`,
/// with a modal: `不得超过60日`).
fn bound_word_opens(text: &str, e: &Entity) -> bool {
    let span = &text[e.span.start..e.span.end];
    let mut cs = span.chars();
    let modal = match (cs.next(), cs.next()) {
        (Some(NOT), Some(m)) if has_char(List::Modal, m) => &span[NOT.len_utf8() + m.len_utf8()..],
        _ => span,
    };
    BOUND_WORDS
        .prefix
        .iter()
        .any(|w| crate::lexicon::starts_with(span, w) || crate::lexicon::starts_with(modal, w))
}

/// True when only the enumeration comma 、 stands between `a` and `b`.
fn enumeration_comma(text: &str, a: &Entity, b: &Entity) -> bool {
    text[a.span.end..b.span.start].chars().eq([ENUM_COMMA])
}

/// True when the entity's text ends with a digit (no magnitude written).
fn ends_with_digit(text: &str, e: &Entity) -> bool {
    text[e.span.start..e.span.end]
        .chars()
        .next_back()
        .is_some_and(|c| arabic::digit(c).is_some())
}

/// The power of ten of the magnitude written between the last Arabic
/// digit of `e` and its unit (`6000万元` → 4), 0 when none.
fn magnitude_before_unit(text: &str, e: &Entity) -> u32 {
    let span = &text[e.span.start..e.span.end];
    let Some((k, c)) = span
        .char_indices()
        .rfind(|(_, c)| arabic::digit(*c).is_some())
    else {
        return 0;
    };
    let at = e.span.start + k + c.len_utf8();
    if char_at(text, at).is_none() {
        return 0;
    }
    magnitude::read_suffix(text, at).map_or(0, |(exp, _)| exp)
}

/// `三、四期工程`: a bare Chinese numeral joined by 、 to a later edition or
/// phase written without 第 (an ordinal starting with its numeral) shares
/// its measure word: an ordinal of its own, the numeral alone in its span
/// (as `第二、三类` shares 第). The numeral must be smaller than the
/// ordinal's, no digit, numeral, 第 or 首 before it, and no entity over it;
/// a longer list is read back item by item (`一、二、三期`).
///
/// `二、三、四条的措施`: a count of articles or chapters (an outline
/// marker, `List::OutlineMarker`) closing such a list of smaller numerals
/// names the articles by number, an ordinal too; so does a count of any
/// measure word closing a list opened by a rank with 第 (`第二、三、四、五项`).
pub(crate) fn bare_rank_items(text: &str, out: &mut Vec<Entity>, first: usize) {
    let mut items = Vec::new();
    for j in first..out.len() {
        let floor = if j > first { out[j - 1].span.end } else { 0 };
        if let Value::Count {
            figure, measure, ..
        } = out[j].value
        {
            let e = &out[j];
            // 两 only counts (两条).
            let article = measure.chars().count() == 1
                && measure
                    .chars()
                    .next()
                    .is_some_and(|c| has_char(List::OutlineMarker, c))
                && !char_at(text, e.span.start).is_some_and(|c| has_char(List::CardinalOnly, c));
            let plain = e.bound == Bound::Exact && e.change.is_none() && figure.high.is_none();
            if plain {
                if let Some(head) = bare_list_start(text, e.span.start, floor, figure.value) {
                    // 第二、三、四、五项: a rank with 第 opening the list makes
                    // the count closing it a rank, whatever its measure word.
                    let ranked = j > first
                        && matches!(out[j - 1].value, Value::Ordinal { measure: None, .. })
                        && text.get(out[j - 1].span.end..head).is_some_and(|g| {
                            g.starts_with(ENUM_COMMA) && g.chars().nth(1).is_none()
                        });
                    if article || ranked {
                        rank(&mut out[j], figure, measure);
                    }
                }
            }
        }
        let e = &out[j];
        let (
            Value::Ordinal {
                figure,
                measure: Some(m),
            },
            Bound::Exact,
        ) = (e.value, e.bound)
        else {
            continue;
        };
        if figure.high.is_some()
            || !char_at(text, e.span.start).is_some_and(crate::numeral::chinese::is_numeral_char)
        {
            continue;
        }
        let mut chain = Vec::new();
        let (mut at, mut below) = (e.span.start, figure.value);
        while let Some((q, value)) = bare_item_before(text, at, floor, below) {
            let comma = at - ENUM_COMMA.len_utf8();
            chain.push(Entity::new(
                crate::entity::Span::new(q, comma),
                Value::Ordinal {
                    figure: Figure::new(value),
                    measure: Some(m),
                },
            ));
            (at, below) = (q, value);
        }
        // 第二、三、四条: the rank with 第 opening the list shares the
        // measure word too.
        if !chain.is_empty() && j > first {
            let head = &mut out[j - 1];
            if let Value::Ordinal {
                figure: f,
                measure: measure @ None,
            } = &mut head.value
            {
                if f.value < below
                    && f.high.is_none()
                    && text.get(head.span.end..at) == Some(ENUM_COMMA.encode_utf8(&mut [0; 4]))
                {
                    *measure = Some(m);
                }
            }
        }
        items.extend(chain.into_iter().rev().map(|item| (j, item)));
    }
    for (j, e) in items.into_iter().rev() {
        out.insert(j, e);
    }
}

/// The start of the first item of a list of bare Chinese numerals joined
/// by 、 (rising) before the figure at byte `at` of value `below`, when
/// there is one item at least.
fn bare_list_start(
    text: &str,
    at: usize,
    floor: usize,
    below: crate::decimal::Decimal,
) -> Option<usize> {
    let (mut q, mut v) = bare_item_before(text, at, floor, below)?;
    while let Some((q2, v2)) = bare_item_before(text, q, floor, v) {
        (q, v) = (q2, v2);
    }
    Some(q)
}

/// The item of a list of bare Chinese numerals joined by 、 before byte
/// `at` (the start of the next item): its start and value, when it is a
/// whole numeral of at most three characters, from 1 up to below `below`,
/// after `floor`, with no digit, numeral, 第 or 首 before it, and not at the
/// start of a line or sentence (`三、四条措施` there is an outline marker and
/// a count).
fn bare_item_before(
    text: &str,
    at: usize,
    floor: usize,
    below: crate::decimal::Decimal,
) -> Option<(usize, crate::decimal::Decimal)> {
    let comma = at.checked_sub(ENUM_COMMA.len_utf8())?;
    if !text
        .get(comma..at)
        .is_some_and(|g| g.starts_with(ENUM_COMMA))
    {
        return None;
    }
    let mut q = comma;
    for _ in 0..3 {
        match super::text::char_before(text, q) {
            Some(c) if crate::numeral::chinese::is_numeral_char(c) && q > floor => {
                q -= c.len_utf8();
            }
            _ => break,
        }
    }
    if q == comma || q < floor {
        return None;
    }
    if super::text::char_before(text, q).is_some_and(|c| {
        c.is_numeric() || c == crate::chars::ORDINAL_PREFIX || c == crate::chars::FIRST_PREFIX
    }) || super::ordinal::sentence_start(text, q)
    {
        return None;
    }
    let n = crate::numeral::read(text, q)?;
    (n.end == comma
        && n.high.is_none()
        && n.value >= crate::decimal::Decimal::ONE
        && n.value < below)
        .then_some((q, n.value))
}

#[cfg(test)]
mod tests {
    use crate::entity::Kind;

    fn scan(text: &str) -> Vec<(Kind, String, String, Option<&'static str>)> {
        let mut v = Vec::new();
        super::super::scan(text, true, &mut v);
        v.iter()
            .map(|e| {
                (
                    e.kind,
                    e.text(text).to_string(),
                    e.value().unwrap().to_string(),
                    e.unit(),
                )
            })
            .collect()
    }

    #[test]
    fn one_unit_for_a_list() {
        let got = scan("分别提升1.1、1.6和0.3个百分点");
        let want: Vec<_> = [("1.1", "1.1"), ("1.6", "1.6"), ("0.3个百分点", "0.3")]
            .iter()
            .map(|(t, v)| (Kind::Percent, t.to_string(), v.to_string(), Some("pp")))
            .collect();
        assert_eq!(got, want);
        let got = scan("分别下降2.6个、2.5个百分点");
        assert_eq!(
            got[0],
            (Kind::Percent, "2.6个".into(), "2.6".into(), Some("pp"))
        );
        let got = scan("分别为3、5、8家");
        assert!(
            got.iter().all(|g| g.0 == Kind::Count && g.3 == Some("家")),
            "{got:?}"
        );
        let got = scan("分别投资8000、6000万元");
        assert_eq!(
            got[0],
            (Kind::Money, "8000".into(), "80000000".into(), Some("元"))
        );
        // A comma ends the list: 3，5家 keeps the bare 3.
        let got = scan("指数为3，5家企业");
        assert_eq!(got[0].0, Kind::Number);
    }
}
