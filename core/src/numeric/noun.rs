//! The counted thing right after a count (`196家知名企业` → `知名企业`):
//! a run of ideographs up to punctuation or a verb-like stop, left out when
//! unsure (an enumeration, a quotation mark, another figure in the run).
//!
//! Measure words agree with their nouns: 名 位 人 count people, 户 counts
//! households, 家 organisations (单位, 机构, 公司). After such a measure
//! word the noun ends with its head, the last head morpheme of the run
//! (`86名社区工作者充实基层力量` → `社区工作者`, `260户脱贫户稳定增收` →
//! `脱贫户`, `三家副主任单位协同` → `副主任单位`), whatever verb follows,
//! listed or not. A head with a single character after it ends no noun
//! (`博士后`, `低保家庭`).

use super::table::{StopPlace, NOUN_STOPS, PREFIX_BOUNDS, VERB_BOUNDS};
use super::text::{char_at, is_han};
use crate::chars::ENUM_COMMA;
use crate::entity::Span;
use crate::lexicon::{has_char, has_keyed_char, keyed, prefix_in, List};
use std::sync::LazyLock;

const MAX_CHARS: usize = 16;

/// The noun after a count with measure word `unit` ending at byte `end`.
pub(crate) fn after_count(text: &str, end: usize, unit: Option<&str>) -> Option<Span> {
    if let Some(span) = modifier_clause(text, end) {
        return Some(span);
    }
    // 四行业增速: a rate of change right after a measure word that is a
    // noun itself (two characters or more: 行业, 部门) is the rate of the
    // things it names, no thing counted (两项增速指标 keeps its noun).
    if unit.is_some_and(|u| u.chars().nth(1).is_some())
        && prefix_in(List::RateNoun, &text[end..]).is_some()
    {
        return None;
    }
    // 不少于1万张的优惠消费券, 50个以上的成员: the thing after the count's 的.
    let end = match char_at(text, end) {
        Some(c) if has_char(List::ClauseMark, c) => end + c.len_utf8(),
        _ => end,
    };
    let span = frame_trimmed(text, end, after(text, end)?)?;
    // 3名以上单数承办人员: a word of parity opening the run says how many,
    // no part of the thing counted.
    let span = match prefix_in(List::NounParityLead, &text[span.start..span.end]) {
        Some(w) if span.end - span.start > w.len() => Span::new(span.start + w.len(), span.end),
        _ => span,
    };
    // Measure words for people, households and organisations, with the
    // morphemes that end their nouns (`List::NounHead`, a closed class: 者 员 人 工 师 生 …,
    // and a few words of two characters whose last alone is no head: 企业).
    let Some((unit, words)) = unit.and_then(head_words) else {
        return Some(span);
    };
    let run = &text[span.start..span.end];
    // The last head of the run; a verb phrase after it has two characters
    // at least, and one left means the head was inside the word (博士后,
    // 低保家庭): then the run stands.
    let head_end = run
        .char_indices()
        .filter(|&(k, c)| {
            // A head opening the run ends no noun (`农村…`: 农 is no noun).
            k > 0
                && (has_keyed_char(List::NounHead, unit, c)
                    || words.iter().any(|w| run[..k + c.len_utf8()].ends_with(w)))
                && !run[k + c.len_utf8()..].starts_with(|n| {
                    has_keyed_char(List::NounRenWord, c.encode_utf8(&mut [0; 4]), n)
                })
        })
        .map(|(k, c)| k + c.len_utf8())
        .next_back()
        .filter(|&e| run[e..].chars().count() >= 2);
    Some(Span::new(
        span.start,
        head_end.map_or(span.end, |e| span.start + e),
    ))
}

/// The measure words of `List::NounHead`, each with its head words of two
/// characters or more (`企业` after 家), in file order: grouped once, so that
/// a count looks its measure word up among a dozen keys and each character
/// of its noun tests only that word's own long heads.
static HEAD_WORDS: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    let mut by_unit: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    for &(w, u) in keyed(List::NounHead) {
        let i = match by_unit.iter().position(|(k, _)| *k == u) {
            Some(i) => i,
            None => {
                by_unit.push((u, Vec::new()));
                by_unit.len() - 1
            }
        };
        if w.chars().nth(1).is_some() {
            by_unit[i].1.push(w);
        }
    }
    by_unit
});

/// `unit` as a measure word of `List::NounHead` (the key as stored) with its
/// head words of two characters or more; `None` when it keys no head.
fn head_words(unit: &str) -> Option<(&'static str, &'static [&'static str])> {
    HEAD_WORDS
        .iter()
        .find(|(k, _)| *k == unit)
        .map(|(k, ws)| (*k, ws.as_slice()))
}

/// How many characters after a comma [`frame_trimmed`] looks for the figure
/// of a part (`1174家上市公司中,略增158家`).
const PARTITIVE_REACH: usize = 4;

/// The noun `span` after a count ending at `count_end` without a localizer
/// that closes a frame opened earlier in its clause (`在工业40个行业大类中，`
/// → `行业大类`); `None` when nothing is left.
fn frame_trimmed(text: &str, count_end: usize, span: Span) -> Option<Span> {
    let run = &text[span.start..span.end];
    let Some(last) = run.chars().next_back() else {
        return Some(span);
    };
    // 40个行业大类中30个行业: a localizer right before another figure is a
    // partitive (of the 40 classes, 30), out of the noun.
    // A comma between them too (`40种主要工业产品中，33种…`).
    let figure_at = |p: usize| {
        char_at(text, p)
            .is_some_and(|c| c.is_ascii_digit() || crate::numeral::chinese::is_numeral_char(c))
    };
    // A comma and a clause that counts a part of them (`1174家上市公司中,
    // 略增158家`): a figure within a few characters of the comma.
    let figure_after_comma = |c: char| {
        matches!(c, ',' | '\u{FF0C}')
            && text[span.end + c.len_utf8()..]
                .char_indices()
                .take(PARTITIVE_REACH)
                .take_while(|&(_, d)| !super::text::ends_clause(d))
                .any(|(k, _)| figure_at(span.end + c.len_utf8() + k))
    };
    let before_figure =
        figure_at(span.end) || char_at(text, span.end).is_some_and(figure_after_comma);
    if before_figure
        && run.chars().count() >= 3
        && keyed(List::FrameClose)
            .iter()
            .any(|(w, _)| w.chars().eq([last]))
    {
        return Some(Span::new(span.start, span.end - last.len_utf8()));
    }
    // The run ends at the clause's end or at a stop word (在300多个城市中排名…).
    let at_clause_end = char_at(text, span.end)
        .is_some_and(|c| super::text::ends_clause(c) || super::text::is_han(c));
    if !at_clause_end || run.chars().count() < 3 {
        return Some(span);
    }
    let opened = keyed(List::FrameClose)
        .iter()
        .filter(|(w, _)| w.chars().eq([last]))
        .any(|&(_, lead)| {
            // Back from the count to the start of its clause.
            let head = &text[..count_end];
            let from = head
                .char_indices()
                .rev()
                .find(|&(_, c)| super::text::ends_clause(c) || c == '\n')
                .map_or(0, |(k, c)| k + c.len_utf8());
            head[from..].contains(lead)
        });
    if opened {
        Some(Span::new(span.start, span.end - last.len_utf8()))
    } else {
        Some(span)
    }
}

/// Most characters a modifier clause before 的 may have.
const MAX_CLAUSE: usize = 40;

/// A counted thing with a modifier clause opened by a verb of having or
/// meeting (`300个具有辐射引领作用的…实训基地`, `一所符合…需要的中等职业学校`):
/// the clause, 的 and the noun run after it. A possessive before 的
/// (`13个重点产业链的规上企业`) opens with no such verb and is left alone.
fn modifier_clause(text: &str, end: usize) -> Option<Span> {
    prefix_in(List::ClauseLead, &text[end..])?;
    let mut p = end;
    for _ in 0..MAX_CLAUSE {
        let c = char_at(text, p)?;
        p += c.len_utf8();
        if has_char(List::ClauseMark, c) {
            let run = after(text, p)?;
            return Some(Span::new(end, run.end));
        }
        if !(is_han(c) || c == ENUM_COMMA) || c.is_ascii_digit() {
            return None;
        }
    }
    None
}

/// The end of a bracketed list of short alternatives right after a noun
/// (`省（区、市）`), or of one alternative of one or two characters after a
/// noun of one character (`省（市）`, `村(社区)`), which belongs to it (`项目（含续建）` is a
/// note and `专业（群）` a suffix left optional: both out).
fn alternatives_end(text: &str, at: usize, one_char_noun: bool) -> Option<usize> {
    let open = char_at(text, at).filter(|&c| crate::chars::is_open_paren(c))?;
    let mut p = at + open.len_utf8();
    let mut commas = 0;
    let mut chars = 0;
    for _ in 0..12 {
        let c = char_at(text, p)?;
        p += c.len_utf8();
        match c {
            c if crate::chars::is_close_paren(c)
                && (commas > 0 || (one_char_noun && (1..=2).contains(&chars))) =>
            {
                return Some(p)
            }
            ENUM_COMMA => commas += 1,
            c if is_han(c) => chars += 1,
            _ => return None,
        }
    }
    None
}

/// Takes `w`, the word closing the run `end..p` of `k` characters, out of
/// it when two characters at least stay before it.
fn drop_last(text: &str, end: usize, p: &mut usize, k: &mut usize, w: &str) {
    if text[end..*p - w.len()].chars().count() >= 2 {
        *k -= w.chars().count();
        *p -= w.len();
    }
}

/// The noun after a count ending at byte `end`, if any.
pub(crate) fn after(text: &str, end: usize) -> Option<Span> {
    // A grade in capitals before the noun (2个以上A级景区).
    let caps = text[end..]
        .bytes()
        .take_while(u8::is_ascii_uppercase)
        .count();
    let mut p = end
        + if caps <= 2 && char_at(text, end + caps).is_some_and(is_han) {
            caps
        } else {
            0
        };
    let mut k = bound_magnitude(text, p).map_or(0, |q| {
        let n = text[p..q].chars().count();
        p = q;
        n
    });
    // 从六个方面总结: a noun that is always the whole thing counted.
    if let Some(w) = prefix_in(List::WholeNoun, &text[p..]) {
        return Some(Span::new(p, p + w.len()));
    }
    let mut stopped = false;
    let mut figure_next = false;
    // 新时代“美丽家园”特色小区: where the run went into a quoted part inside
    // it (the run and its length before the mark), to fall back to when
    // the words after the quote end in no noun.
    let mut quote_back: Option<(usize, usize)> = None;
    while let Some(c) = char_at(text, p) {
        if (1..=QUOTE_LEAD_CHARS).contains(&k) && quote_back.is_none() {
            if let Some(q) = quoted_part(text, p).filter(|&q| {
                char_at(text, q).is_some_and(is_han)
                    && !stop_at(text, q, k + 1)
                    && prefix_in(List::EnumerationClose, &text[q..]).is_none()
            }) {
                quote_back = Some((p, k));
                p = q;
                k += 1;
                continue;
            }
        }
        if !is_han(c) {
            break;
        }
        // 高等, 中等: a character before a one-character stop word that
        // makes a word with it keeps the run going.
        let glued = k > 0
            && super::text::char_before(text, p).is_some_and(|b| {
                let stop = &text[p..p + c.len_utf8()];
                has_keyed_char(List::NounStopGlue, stop, b)
            });
        // 县级以上农业龙头企业: a bound word after a level (县级, 规模)
        // that a noun goes on after is a modifier of the noun, in it
        // (市级及以上 too).
        if k > 0 && !glued {
            if let Some((w, _)) = super::table::SUFFIX_BOUNDS.longest_at(text, p) {
                let level = w.chars().nth(1).is_some()
                    && super::text::char_before(text, p)
                        .is_some_and(|b| has_keyed_char(List::NounStopGlue, w, b))
                    && char_at(text, p + w.len())
                        .is_some_and(|n| is_han(n) && !stop_at(text, p + w.len(), k + 1));
                if level {
                    p += w.len();
                    k += w.chars().count();
                    continue;
                }
            }
        }
        // 规上企业营业收入超亿元: an indicator of the counted things, maybe
        // after the period it is summed over (龙头企业年销售收入).
        let indicator = |at: usize| prefix_in(List::IndicatorWord, &text[at..]).is_some();
        // 32个增加值同比增长: right after the measure word an indicator is
        // the thing counted, even one a stop word opens (增加).
        let counted_indicator = k == 0 && indicator(p);
        if !glued
            && !counted_indicator
            && stop_at(text, p, k)
            && !compound(text, p, k)
            && !stop_compound(text, p, k)
        {
            stopped = true;
            break;
        }
        let lead =
            prefix_in(List::IndicatorLead, &text[p..]).is_some_and(|l| indicator(p + l.len()));
        if k > 0 && (indicator(p) || lead) {
            break;
        }
        // 自然村通硬化路: 通 after a place is the verb "reaching".
        if k > 0
            && super::text::char_before(text, p).is_some_and(|b| {
                has_keyed_char(List::NounStopAfterPlace, &text[p..p + c.len_utf8()], b)
            })
        {
            break;
        }
        // 6大类商品出口过亿: a bound magnitude standing as a figure of its
        // own (a unit or no ideograph after it) ends the run, as a digit.
        if k > 0 && bare_magnitude_figure(text, p) {
            if let Some((p0, k0)) = quote_back.take() {
                (p, k) = (p0, k0);
                break;
            }
            figure_next = true;
            break;
        }
        // 连续七个季度居全省前2位: a rank with its scope is the things'
        // predicate; a verb of rank closing the run before it is too.
        if k > 0 && super::ordinal::scoped_rank_at(text, p) {
            if let Some(w) = crate::lexicon::suffix_in(List::RankVerb, &text[end..p]) {
                drop_last(text, end, &mut p, &mut k, w);
            }
            stopped = true;
            break;
        }
        // 八大类商品四升三降一平: a tally of directions, the things' predicate.
        if k > 0 && direction_tally(text, p) {
            break;
        }
        // Another figure: the thing counted is further on; a magnitude
        // inside a fixed word is none (37家百货店).
        if (magnitude_char(c) && !super::table::FIXED.covers(text, p)) || c.is_ascii_digit() {
            if let Some((p0, k0)) = quote_back.take() {
                (p, k) = (p0, k0);
                break;
            }
            return None;
        }
        p += c.len_utf8();
        k += 1;
        if k > MAX_CHARS {
            if let Some((p0, k0)) = quote_back.take() {
                (p, k) = (p0, k0);
                break;
            }
            return None;
        }
    }
    // 企业“免申即享”惠企资金967.2万元: a figure after the words past the
    // quote, or a long run past it (行业领域“一网通办”重点示范工程创建), and
    // the noun ends at the quote.
    if let Some((p0, k0)) = quote_back {
        if char_at(text, p).is_some_and(|c| c.is_ascii_digit()) || k - k0 - 1 > QUOTE_TAIL_CHARS {
            (p, k) = (p0, k0);
            stopped = false;
            figure_next = false;
        }
    }
    // 劳动密集型产品出口1401.9亿元: an indicator right before a figure is
    // the figure's; the noun is the words before it.
    // 7类劳动密集型产品出口保持稳定: so is one right before a verb that
    // ends the run (the predicate of the indicator, not of the things).
    if stopped || figure_next || char_at(text, p).is_some_and(|c| c.is_ascii_digit()) {
        if let Some(w) = crate::lexicon::suffix_in(List::FigureIndicator, &text[end..p]) {
            drop_last(text, end, &mut p, &mut k, w);
        }
    }
    // 三个环节上把好关, 在三个层次上，: a localizer closing the run right
    // before the verb that stops it, or the clause's end, is no part of
    // the noun.
    if stopped || char_at(text, p).is_some_and(super::text::ends_clause) {
        // 35个工业行业大类中实现增长的行业 too (中), not 集中 or 高中.
        if let Some(w) = crate::lexicon::suffix_in(List::NounLocalizerFinal, &text[end..p])
            .filter(|_| crate::lexicon::suffix_in(List::NounLocalizerWord, &text[end..p]).is_none())
        {
            drop_last(text, end, &mut p, &mut k, w);
        }
        // 5000套房屋装修测算，: a verb of reckoning closing the run is the
        // clause's, not the things'.
        if let Some(w) = crate::lexicon::suffix_in(List::NounReckonFinal, &text[end..p]) {
            drop_last(text, end, &mut p, &mut k, w);
        }
        // 37.86万户城镇老旧小区改造,: the work done on the things, closing
        // the run, is no part of them (老旧小区改造任务 keeps it).
        if let Some(w) = crate::lexicon::suffix_in(List::NounWorkFinal, &text[end..p]) {
            drop_last(text, end, &mut p, &mut k, w);
        }
    }
    // 取得两个以上地块时，: 时 ("when") closing a conditional clause is
    // no part of the noun before it.
    if char_at(text, p).is_some_and(super::text::ends_clause) {
        if let Some(w) = crate::lexicon::suffix_in(List::NounClauseFinal, &text[end..p]) {
            drop_last(text, end, &mut p, &mut k, w);
        }
    }
    // 30多个国家和地区。, 9个部门和单位组成: two short nouns joined by 和
    // (与), the second of three characters at most closing the run, are
    // one thing counted; a figure after the joiner (和150个) starts another.
    // So are two joined by 、 (100名以上省外校长、教师开展…), unless the
    // list is an enumeration closed by 等 (below).
    if (1..=4).contains(&k) {
        let pair = prefix_in(List::NounPairJoiner, &text[p..]).or_else(|| {
            (char_at(text, p) == Some(ENUM_COMMA) && !enumeration_closed(text, p))
                .then(|| &text[p..p + ENUM_COMMA.len_utf8()])
        });
        if let Some(j) = pair {
            let mut q = p + j.len();
            let mut m = 0;
            while let Some(c) = char_at(text, q) {
                if m > 3
                    || !is_han(c)
                    || magnitude_char(c)
                    || crate::numeral::chinese::is_numeral_char(c)
                    || stop_at(text, q, m)
                {
                    break;
                }
                q += c.len_utf8();
                m += 1;
            }
            // 办好两件大事、抓好“六个工程”: a word right before an opening
            // quotation mark takes the quoted thing as its object (a verb),
            // no second noun.
            let closes = char_at(text, q).is_none_or(|c| {
                (super::text::ends_clause(c) && !opens_quote(c)) || stop_at(text, q, m)
            });
            if (1..=3).contains(&m) && closes {
                k += 1 + m;
                p = q;
            }
        }
    }
    // 可供认购总数5000万股发售股份约0.2倍: a bound word right before
    // another figure is that figure's (约, 超过, 接近), not the noun's.
    if char_at(text, p)
        .is_some_and(|c| c.is_ascii_digit() || crate::numeral::chinese::is_numeral_char(c))
    {
        let bound = PREFIX_BOUNDS
            .longest_before(text, p, end)
            .or_else(|| VERB_BOUNDS.longest_before(text, p, end));
        if let Some((w, _)) = bound {
            drop_last(text, end, &mut p, &mut k, w);
        }
    }
    // 提高一个拨付节点拨付: a run that closes with its own first two
    // characters repeats a verb after its object (拨付节点 is the noun).
    let two = text[end..p]
        .char_indices()
        .nth(2)
        .map(|(b, _)| &text[end..end + b]);
    if let Some(w) = two.filter(|w| k >= 5 && text[end + w.len()..p].ends_with(*w)) {
        p -= w.len();
        k -= 2;
    }
    if k < 1 {
        return None;
    }
    if let Some(q) = alternatives_end(text, p, k == 1) {
        p = q;
    }
    // An enumeration: 100余家涉外法律、跨境金融、…等专业机构; a list of
    // conditions with no 等 closing it (2处的主要出入口、每处面积不大于…)
    // leaves the noun.
    if char_at(text, p) == Some(ENUM_COMMA) {
        let next = char_at(text, p + ENUM_COMMA.len_utf8());
        if !next.is_some_and(|c| c.is_ascii_digit() || crate::numeral::chinese::is_numeral_char(c))
            && enumeration_closed(text, p)
        {
            return None;
        }
        // Two kinds before one head (`13家零售、餐饮企业`): a first item of
        // at most two characters, then a longer one closing the list, are
        // one noun.
        if k <= 2 && next.is_some_and(|c| is_han(c) && !crate::numeral::chinese::is_numeral_char(c))
        {
            let q = p + ENUM_COMMA.len_utf8();
            if let Some(second) = after(text, q) {
                if text[second.start..second.end].chars().count() > k
                    && !text[second.start..second.end].contains(ENUM_COMMA)
                    && char_at(text, second.end) != Some(ENUM_COMMA)
                {
                    return Some(Span::new(end, second.end));
                }
            }
        }
    }
    Some(Span::new(end, p))
}

/// True when `c` is an opening quotation mark (`List::QuotePair`) that is
/// not also its closing one (`“`, not the ASCII `"`).
fn opens_quote(c: char) -> bool {
    keyed(List::QuotePair)
        .iter()
        .any(|&(o, close)| o.chars().eq([c]) && o != close)
}

/// Most characters inside a quoted part a noun is read through.
const QUOTED_CHARS: usize = 12;

/// Most characters of the noun before a quoted part it is read through
/// (a modifier: `新时代“美丽家园”特色小区`); after a longer one (a noun of
/// its own, `行业领域“一网通办”…`) the quote ends the noun.
const QUOTE_LEAD_CHARS: usize = 3;

/// Most characters of the noun after a quoted part it is read through.
const QUOTE_TAIL_CHARS: usize = 6;

/// The end of a quoted part opening at `p` (`“美丽家园”` of
/// `新时代“美丽家园”特色小区`): an opening mark of [`List::QuotePair`], one
/// to [`QUOTED_CHARS`] characters with no clause mark or line break, and
/// the closing mark it pairs with.
fn quoted_part(text: &str, p: usize) -> Option<usize> {
    let open = char_at(text, p)?;
    let &(_, close) = keyed(List::QuotePair)
        .iter()
        .find(|(o, _)| o.chars().eq([open]))?;
    let inner = p + open.len_utf8();
    let mut q = inner;
    for _ in 0..=QUOTED_CHARS {
        if q > inner && text[q..].starts_with(close) {
            return Some(q + close.len());
        }
        let c = char_at(text, q)?;
        if super::text::ends_clause(c) {
            return None;
        }
        q += c.len_utf8();
    }
    None
}

/// True when a stop word at `p` ends a noun run of `k` characters: one that
/// stops anywhere, right after the measure word (`k == 0`) or only inside
/// the run; not where the longest word there is part of a noun (`对象`).
fn stop_at(text: &str, p: usize, k: usize) -> bool {
    let longest = NOUN_STOPS.longest_at(text, p);
    if longest.is_some_and(|(_, place)| place == StopPlace::Keep) {
        return false;
    }
    // 确定1名主申请人,: a verb of two characters or more with an agent's
    // suffix (`List::AgentSuffix`: 人, 者) closing the run before a mark is
    // a noun of the one who does it, no stop.
    if let Some((w, _)) = longest.filter(|(w, _)| w.chars().nth(1).is_some()) {
        if let Some(a) = prefix_in(List::AgentSuffix, &text[p + w.len()..]) {
            if char_at(text, p + w.len() + a.len()).is_none_or(|c| !is_han(c)) {
                return false;
            }
        }
    }
    NOUN_STOPS.any_at(text, p, |place| match place {
        StopPlace::Any => true,
        StopPlace::First => k == 0,
        StopPlace::Later => k > 0,
        StopPlace::Keep => false,
    })
}

/// True when a list that goes on at the 、 at byte `p` is closed by a
/// word of "and so on" (`List::EnumerationClose`: 等) before its clause ends:
/// an enumeration of nouns, not of clauses.
fn enumeration_closed(text: &str, p: usize) -> bool {
    let rest = &text[p..];
    let clause = rest
        .find(|c: char| super::text::ends_clause(c) && !has_char(List::Joiner, c))
        .map_or(rest, |e| &rest[..e]);
    crate::lexicon::list(List::EnumerationClose)
        .iter()
        .any(|w| clause.contains(w))
}

/// True when the stop word at `p`, inside a run of `k` characters already,
/// closes a noun with the word before it (`List::NounStopCompound`:
/// 七大类消费价格 counts 消费价格, the price of an activity, while
/// 八大类消费品价格指数 counts 消费品, the things priced).
fn stop_compound(text: &str, p: usize, k: usize) -> bool {
    k > 0
        && keyed(List::NounStopCompound)
            .iter()
            .any(|&(w, stop)| text[p..].starts_with(stop) && text[..p].ends_with(w))
}

/// True when the stop word at `p`, inside a run of `k` characters already,
/// is the first part of a noun compound (`专项实施方案`, `消费建设单位`): a
/// verb of two characters or more, then a [`List::CompoundHead`].
fn compound(text: &str, p: usize, k: usize) -> bool {
    k > 0
        && NOUN_STOPS.longest_at(text, p).is_some_and(|(w, _)| {
            w.chars().nth(1).is_some()
                && prefix_in(List::CompoundHead, &text[p + w.len()..]).is_some()
        })
}

/// The end of a bound magnitude opening the noun at `p` (`过亿项目`,
/// `超百亿企业`): a bound word, then only 十百千万亿; it describes the
/// thing counted and belongs to the noun.
fn bound_magnitude(text: &str, p: usize) -> Option<usize> {
    bound_magnitude_end(text, p).filter(|&q| char_at(text, q).is_some_and(is_han))
}

/// True when a bound magnitude at `p` (`过亿`, `超千万元`) is a figure of
/// its own, not a word of the noun (`过亿项目`): nothing Han after its
/// magnitude, or a unit of the table (`过亿美元`).
fn bare_magnitude_figure(text: &str, p: usize) -> bool {
    bound_magnitude_end(text, p).is_some_and(|q| {
        !char_at(text, q).is_some_and(is_han) || super::table::UNITS.longest_at(text, q).is_some()
    })
}

/// True when a tally of directions starts at `p`: two Chinese numerals or
/// more, each followed by a word of direction (`List::TallyDirection`: 升
/// 降 平), as in `八大类商品四升三降一平` (four up, three down, one flat).
fn direction_tally(text: &str, p: usize) -> bool {
    let mut q = p;
    let mut pairs = 0;
    while let Some(c) = char_at(text, q) {
        if !crate::numeral::chinese::is_numeral_char(c) {
            break;
        }
        let Some(d) =
            char_at(text, q + c.len_utf8()).filter(|&d| has_char(List::TallyDirection, d))
        else {
            break;
        };
        q += c.len_utf8() + d.len_utf8();
        pairs += 1;
    }
    pairs >= 2
}

/// The end of a bound word at `p` and the magnitude characters after it
/// (十百千万亿), the bound word within three characters.
fn bound_magnitude_end(text: &str, p: usize) -> Option<usize> {
    let mut q = p;
    for _ in 0..3 {
        let c = char_at(text, q)?;
        if magnitude_char(c) {
            break;
        }
        q += c.len_utf8();
    }
    let start = q;
    while let Some(c) = char_at(text, q).filter(|&c| magnitude_char(c)) {
        q += c.len_utf8();
    }
    let pre = super::prefix::read(text, start, p);
    (q > start && pre.bound.is_some() && pre.start == p).then_some(q)
}

/// 十百千万亿: a magnitude written in a noun or before another figure
/// (`data/numeric_words.tsv`, `noun_magnitude`).
fn magnitude_char(c: char) -> bool {
    has_char(List::NounMagnitude, c)
}
