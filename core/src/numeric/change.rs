//! The change a figure measures (SPEC 1.5): a verb of change before it
//! (`同比增长13.1%`, `降低企业…成本70%以上`), its basis (同比 → yoy,
//! 环比 → mom, 较年初 → ytd_start), never across a clause. Levels reached
//! (`提高到3.4%`, `增加至860名`) and nouns (`增长率`, `增加值`) are not changes.

use super::table::CHANGE_VERBS;
use super::text::{char_before, ends_clause, is_han, one_of};
use crate::entity::{Basis, Change, Entity, Kind, Span};

/// How many characters may stand between the verb and the figure (the
/// object: `降低企业数字化改造成本70%`).
const REACH: usize = 12;

/// Basis words, searched back from the verb within its clause.
const BASES: &[(&str, Basis)] = &[
    ("同比", Basis::Yoy),
    ("比上年", Basis::Yoy),
    ("较上年", Basis::Yoy),
    ("环比", Basis::Mom),
    ("比上月", Basis::Mom),
    ("较上月", Basis::Mom),
    ("较年初", Basis::YtdStart),
    ("比年初", Basis::YtdStart),
    // The end of last year is the start of this one.
    ("比上年末", Basis::YtdStart),
    ("较上年末", Basis::YtdStart),
    ("比上年底", Basis::YtdStart),
    ("较上年底", Basis::YtdStart),
    // 去年 is 上年.
    ("比去年", Basis::Yoy),
    ("较去年", Basis::Yoy),
    ("比去年末", Basis::YtdStart),
    ("较去年末", Basis::YtdStart),
];

/// Characters that, right after the verb, make it a noun or a level.
const NOT_AFTER_VERB: &str = "到至为值率速幅额";

/// Characters between the verb and the figure that break the link.
const BREAKS: &str = "的达是为到至有和与及或并在从由将";

/// The change governing the figure whose span starts at `start`.
pub(crate) fn find(
    text: &str,
    start: usize,
    floor: usize,
    prev: Option<&Entity>,
    kind: Kind,
) -> Option<Change> {
    // A list continues the change of its first item: 增长13.1%和8.2%.
    if let Some(p) = prev {
        if let Some(c) = p.change {
            if p.span.end <= start && p.span.end >= floor.min(p.span.end) {
                let gap = &text[p.span.end..start];
                if !gap.is_empty()
                    && gap
                        .chars()
                        .all(|c| matches!(c, '、' | '和' | '与' | '及' | ' '))
                {
                    return Some(c);
                }
            }
        }
    }
    // Walk back over the object to the nearest verb of change.
    let mut p = start;
    let mut steps = 0;
    while p > floor && steps <= REACH {
        while p > floor && char_before(text, p).is_some_and(|c| c == ' ' || c == '了') && steps == 0
        {
            p -= char_before(text, p).map_or(1, char::len_utf8);
        }
        if let Some((w, dir)) = CHANGE_VERBS.longest_before(text, p, floor) {
            let vs = p - w.len();
            let between = &text[p..start];
            let first_after = between.chars().find(|c| *c != ' ' && *c != '了');
            if first_after.is_some_and(|c| one_of(NOT_AFTER_VERB, c))
                || between.chars().any(|c| one_of(BREAKS, c))
            {
                return None;
            }
            // An object between verb and figure only for amounts (降低…成本70%,
            // 增加企业营收113.5亿元); a count after a noun is what the noun
            // has (提升泵站一百二十三座, 稳增长措施35条).
            let object = between.chars().any(|c| c != ' ' && c != '了');
            if object && matches!(kind, Kind::Count | Kind::Ordinal | Kind::Duration) {
                return None;
            }
            // 稳增长, 促增长: a policy noun, not a verb.
            if matches!(char_before(text, vs), Some('稳' | '促' | '保')) {
                return None;
            }
            return Some(with_basis(text, vs, p, dir, floor));
        }
        let Some(c) = char_before(text, p) else { break };
        if !is_han(c) && c != ' ' || ends_clause(c) {
            return None;
        }
        p -= c.len_utf8();
        steps += 1;
    }
    None
}

/// Every basis word starts with 同, 比, 较 or 环, whose UTF-8 lead bytes
/// lie in this range (a table test checks it).
const BASIS_LEADS: std::ops::RangeInclusive<u8> = 0xE5..=0xE8;

/// The basis word that starts last in `clause`, the longest one where
/// several start at the same byte — the same pick as comparing the last
/// occurrence of every word by (position, length), in one backward walk.
fn last_basis(clause: &str) -> Option<Basis> {
    let bytes = clause.as_bytes();
    (0..bytes.len()).rev().find_map(|pos| {
        if !BASIS_LEADS.contains(&bytes[pos]) {
            return None;
        }
        let rest = &bytes[pos..];
        BASES
            .iter()
            .filter(|(w, _)| rest.starts_with(w.as_bytes()))
            .max_by_key(|(w, _)| w.len())
            .map(|(_, b)| *b)
    })
}

fn with_basis(
    text: &str,
    vs: usize,
    ve: usize,
    direction: crate::entity::Direction,
    floor: usize,
) -> Change {
    let head = &text[floor.min(vs)..vs];
    for (w, b) in [("同比", Basis::Yoy), ("环比", Basis::Mom)] {
        if head.ends_with(w) {
            return Change {
                direction,
                basis: Some(b),
                trigger: Span::new(vs - w.len(), ve),
            };
        }
    }
    // The clause before the verb.
    let mut cs = vs;
    let mut k = 0;
    while cs > floor && k < 40 {
        let Some(c) = char_before(text, cs) else {
            break;
        };
        if ends_clause(c) {
            break;
        }
        cs -= c.len_utf8();
        k += 1;
    }
    let clause = &text[cs..vs];
    let basis = last_basis(clause);
    Change {
        direction,
        basis,
        trigger: Span::new(vs, ve),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basis_words_start_with_a_scanned_lead_byte_and_are_distinct() {
        for (i, (w, _)) in BASES.iter().enumerate() {
            assert!(BASIS_LEADS.contains(&w.as_bytes()[0]), "{w}");
            assert!(!BASES[..i].iter().any(|(v, _)| v == w), "duplicate {w}");
        }
    }

    #[test]
    fn last_basis_takes_the_last_word_and_the_longer_at_a_tie() {
        assert_eq!(last_basis("比上年末"), Some(Basis::YtdStart));
        assert_eq!(last_basis("比上年"), Some(Basis::Yoy));
        assert_eq!(last_basis("较年初同比"), Some(Basis::Yoy));
        assert_eq!(last_basis("同比较年初"), Some(Basis::YtdStart));
        assert_eq!(last_basis("环比上月"), Some(Basis::Mom));
        assert_eq!(last_basis("全年营收"), None);
        assert_eq!(last_basis(""), None);
    }
}
