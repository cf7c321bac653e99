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

use super::table::NOUN_STOPS;
use super::text::{char_at, is_han, one_of};
use crate::entity::Span;
use crate::lexicon::{has_char, has_keyed_char, keyed, List};

const MAX_CHARS: usize = 16;

/// The noun after a count with measure word `unit` ending at byte `end`.
pub(crate) fn after_count(text: &str, end: usize, unit: Option<&str>) -> Option<Span> {
    let span = after(text, end)?;
    // Measure words for people, households and organisations, with the
    // morphemes that end their nouns (`List::NounHead`, a closed class: 者 员 人 工 师 生 …).
    let Some(unit) = unit.filter(|u| keyed(List::NounHead).iter().any(|(_, k)| k == u)) else {
        return Some(span);
    };
    let run = &text[span.start..span.end];
    // The last head of the run; a verb phrase after it has two characters
    // at least, and one left means the head was inside the word (博士后,
    // 低保家庭): then the run stands.
    let head_end = run
        .char_indices()
        .filter(|&(k, c)| {
            has_keyed_char(List::NounHead, unit, c)
                && !(c == '人'
                    && run[k + c.len_utf8()..].starts_with(|n| has_char(List::NounRenWord, n)))
        })
        .map(|(k, c)| k + c.len_utf8())
        .next_back()
        .filter(|&e| run[e..].chars().count() >= 2);
    Some(Span::new(
        span.start,
        head_end.map_or(span.end, |e| span.start + e),
    ))
}

/// The end of a bracketed list of short alternatives right after a noun
/// (`省（区、市）`), which belongs to it.
fn alternatives_end(text: &str, at: usize) -> Option<usize> {
    let open = char_at(text, at).filter(|&c| c == '（' || c == '(')?;
    let mut p = at + open.len_utf8();
    let mut commas = 0;
    for _ in 0..12 {
        let c = char_at(text, p)?;
        p += c.len_utf8();
        match c {
            '）' | ')' if commas > 0 => return Some(p),
            '、' => commas += 1,
            c if is_han(c) => {}
            _ => return None,
        }
    }
    None
}

/// The noun after a count ending at byte `end`, if any.
pub(crate) fn after(text: &str, end: usize) -> Option<Span> {
    let mut p = end;
    let mut k = 0;
    while let Some(c) = char_at(text, p) {
        if !is_han(c) {
            break;
        }
        if NOUN_STOPS.any_at(text, p, |first| k == 0 || !first) {
            break;
        }
        if one_of("十百千万亿", c) || c.is_ascii_digit() {
            return None; // another figure: the thing counted is further on
        }
        p += c.len_utf8();
        k += 1;
        if k > MAX_CHARS {
            return None;
        }
    }
    if k < 1 {
        return None;
    }
    if let Some(q) = alternatives_end(text, p) {
        p = q;
    }
    // An enumeration: 100余家涉外法律、跨境金融、…等专业机构.
    if char_at(text, p) == Some('、') {
        let next = char_at(text, p + '、'.len_utf8());
        if !next.is_some_and(|c| c.is_ascii_digit() || crate::numeral::chinese::is_numeral_char(c))
        {
            return None;
        }
    }
    Some(Span::new(end, p))
}
