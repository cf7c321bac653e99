//! The counted thing right after a count (`196家知名企业` → `知名企业`):
//! a run of ideographs up to punctuation or a verb-like stop, left out when
//! unsure (an enumeration, a quotation mark, another figure in the run).

use super::table::NOUN_STOPS;
use super::text::{char_at, is_han, one_of};
use crate::entity::Span;

const MAX_CHARS: usize = 16;

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
