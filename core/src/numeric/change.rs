//! The change a figure measures (SPEC 1.5): a verb of change before it
//! (`同比增长13.1%`, `降低企业…成本70%以上`), its basis (同比 → yoy,
//! 环比 → mom, 较年初 → ytd_start), never across a clause. Levels reached
//! (`提高到3.4%`, `增加至860名`) and nouns (`增长率`, `增加值`) are not changes.

use super::table::CHANGE_VERBS;
use super::text::{char_before, ends_clause, is_han};
use crate::entity::{Basis, Change, Entity, Kind, Span};
use crate::lexicon::{has_char, keyed, list, prefix_in, List};

/// How many characters may stand between the verb and the figure (the
/// object: `降低企业数字化改造成本70%`).
const REACH: usize = 12;

/// A row of `data/basis_words.tsv`: word, basis (none for a longer word
/// that is a method, not a basis: 按年度 against 按年), and whether it joins
/// the trigger right before the verb.
type BasisRow = (&'static str, Option<Basis>, bool);

/// The rows of `data/basis_words.tsv`.
fn basis_table() -> crate::lexicon::Table<BasisRow> {
    crate::lexicon::Table::load(
        "basis_words.tsv",
        include_str!("../data/basis_words.tsv"),
        |r| {
            let next = match r.text(2) {
                "" => false,
                "next_to_verb" => true,
                x => return Err(r.error(format_args!("column 3: unknown place {x:?}"))),
            };
            let basis = match r.text(1) {
                "none" => None,
                _ => Some(r.get(1)?),
            };
            Ok((r.word(0)?, basis, next))
        },
    )
}

/// Basis words, searched back from the verb within its clause, and the
/// first bytes they start with.
struct Bases {
    rows: Vec<BasisRow>,
    leads: [bool; 256],
    /// Lead bytes of words opening with a character of other than three
    /// bytes: these are tried on the lead byte alone.
    other_leads: [bool; 256],
    /// The low twelve bits of the words' first characters of three bytes
    /// (one bit each, as in the lexicon): most Han characters of a clause
    /// open no basis word and are passed on one bit.
    firsts: [u64; 64],
}

/// The low twelve bits of the three-byte character `b[0..3]`.
fn low12(b: &[u8]) -> usize {
    (usize::from(b[1] & 0x3F) << 6) | usize::from(b[2] & 0x3F)
}

static BASES: std::sync::LazyLock<Bases> = std::sync::LazyLock::new(|| {
    let rows = basis_table().items;
    let mut leads = [false; 256];
    let mut other_leads = [false; 256];
    let mut firsts = [0u64; 64];
    for (w, _, _) in &rows {
        let b = w.as_bytes();
        leads[usize::from(b[0])] = true;
        if (0xE0..=0xEF).contains(&b[0]) && b.len() >= 3 {
            let k = low12(b);
            firsts[k >> 6] |= 1 << (k & 63);
        } else {
            other_leads[usize::from(b[0])] = true;
        }
    }
    Bases {
        rows,
        leads,
        other_leads,
        firsts,
    }
});

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
                let joined = !gap.is_empty()
                    && gap
                        .chars()
                        .all(|c| c == ' ' || has_char(List::ChangeJoiner, c));
                // 分别增长10.3%,10.4%,10.9%: after 分别 a comma parts the
                // figures of one list of the same kind, as 、 does.
                let listed = p.kind == kind
                    && gap.trim().chars().map(crate::chars::halfwidth).eq([','])
                    && respectively_before(text, c.trigger.start);
                // 分别拉动GDP增长-0.1:0.4:4.3个百分点: after 分别 the terms of
                // a ratio are a list too (the unit written once at its end).
                let ratio = p.kind == Kind::Number
                    && ratio_term_gap(gap)
                    && respectively_before(text, c.trigger.start);
                if joined || listed || ratio {
                    // 分别较A和B提高0.1和1.2个百分点: the n-th figure, the n-th basis.
                    let mut c = c;
                    let items = &text[c.trigger.end..start];
                    let place = items
                        .char_indices()
                        .filter(|&(k, j)| {
                            has_char(List::Joiner, j)
                                || (ratio && has_char(List::Colon, j))
                                || (listed
                                    && crate::chars::halfwidth(j) == ','
                                    && !char_before(items, k).is_some_and(|d| d.is_ascii_digit()))
                        })
                        .count();
                    let cs = clause_start(text, c.trigger.start, 0);
                    if let Some(b) = respective_basis(text, c.trigger.start, cs, place) {
                        c.basis = b;
                    }
                    return Some(c);
                }
            }
        }
    }
    // Walk back over the object to the nearest verb of change.
    let mut p = wrapped_line_end(text, start, floor);
    // 同比增长(下同)27.5%: a short aside between the verb and the figure
    // is stepped over (ANNOTATION b8-c 7).
    if let Some(c) = char_before(text, p).filter(|&c| crate::chars::is_close_paren(c)) {
        if let Some(open) = aside_start(text, p - c.len_utf8(), floor) {
            p = open;
        }
    }
    let object_end = p;
    let mut steps = 0;
    // A noun holding a verb of change walked over (`增加值`): only a verb of
    // contribution before it governs the figure.
    let mut past_noun = false;
    while p > floor && steps <= REACH {
        while p > floor
            && char_before(text, p).is_some_and(|c| c == ' ' || has_char(List::ChangeParticle, c))
            && steps == 0
        {
            p -= char_before(text, p).map_or(1, char::len_utf8);
        }
        let verb = CHANGE_VERBS.longest_before(text, p, floor).or_else(|| {
            // 增 4.5%, 再降0.5个百分点: a one-character verb right before a
            // rate, not closing another word (新增, 转增).
            if steps > 0 || kind != Kind::Percent {
                return None;
            }
            let c = char_before(text, p)?;
            let (w, dir) = keyed(List::BareChange)
                .iter()
                .find(|(w, _)| text[..p].ends_with(w))?;
            let before = char_before(text, p - c.len_utf8());
            if p - c.len_utf8() < floor || before.is_some_and(|b| has_char(List::BareChangeGlue, b))
            {
                return None;
            }
            Some((*w, dir.parse().ok()?))
        });
        if let Some((w, dir)) = verb {
            let vs = p - w.len();
            let between = &text[p..object_end];
            // 年均增长将超过7%: a modal of the future right before a bound
            // word of the figure (in its span: 超过; or a verb of bound
            // before it: 接近) stands for nothing between.
            let between = match prefix_in(List::ChangeModal, between) {
                Some(m)
                    if (between.len() == m.len()
                        && super::text::char_at(text, object_end).is_some_and(|c| {
                            is_han(c) && !crate::numeral::chinese::is_numeral_char(c)
                        }))
                        || super::table::VERB_BOUNDS
                            .longest_before(text, object_end, p + m.len())
                            .is_some_and(|(b, _)| b.len() == between.len() - m.len()) =>
                {
                    &between[between.len()..]
                }
                _ => between,
            };
            let first_after = between
                .chars()
                .find(|&c| c != ' ' && !has_char(List::ChangeParticle, c));
            let noun = first_after.is_some_and(|c| has_char(List::NotAfterVerb, c))
                || prefix_in(List::AmountAfterVerb, between.trim_start()).is_some();
            // 拉动全县规上工业增加值增速2.4个百分点: 增加 of 增加值 is part of a
            // noun; a verb of contribution before it may govern the figure.
            if noun && vs > floor && !between.chars().any(|c| has_char(List::ChangeBreak, c)) {
                past_noun = true;
                steps += w.chars().count();
                p = vs;
                continue;
            }
            if past_noun && !list(List::ContributionVerb).contains(&w) {
                return None;
            }
            if noun
                || between.chars().any(|c| has_char(List::ChangeBreak, c))
                || list(List::SavedObject)
                    .iter()
                    .any(|w| between.trim_end().ends_with(w))
                || list(List::ProgrammeHead)
                    .iter()
                    .any(|w| between.trim_end() == *w)
            {
                return None;
            }
            // 经济增长贡献率接近四分之一: a noun after the verb, then a verb
            // of bound right before the figure: the figure is what that noun
            // reaches (the verb of change modifies the noun), no change.
            let reached = super::table::VERB_BOUNDS
                .longest_before(text, object_end, p)
                .is_some_and(|(w, _)| {
                    text[p..object_end - w.len()]
                        .chars()
                        .any(|c| is_han(c) && !has_char(List::ChangeParticle, c))
                });
            if reached {
                return None;
            }
            // An object between verb and figure only for amounts (降低…成本70%,
            // 增加企业营收113.5亿元); a count after a noun is what the noun
            // has (提升泵站一百二十三座, 稳增长措施35条).
            let object = between
                .chars()
                .any(|c| c != ' ' && !has_char(List::ChangeParticle, c));
            if object && matches!(kind, Kind::Count | Kind::Ordinal | Kind::Duration) {
                return None;
            }
            // 存量和增量两个关系: a noun of change joined to another noun is
            // a thing named, no change of the figure after it.
            if list(List::ChangeNoun).contains(&w)
                && char_before(text, vs).is_some_and(|c| has_char(List::Joiner, c))
            {
                return None;
            }
            // 稳增长, 促增长: a policy noun, not a verb; 每增加1岁: the step
            // of a rule, no change.
            if char_before(text, vs)
                .is_some_and(|c| has_char(List::SloganHead, c) || has_char(List::ChangeStepLead, c))
            {
                return None;
            }
            // 较上年度的负增长8.9%: a rate of change after 的 in a clause
            // of comparison (较, 比) is the rate compared with, no change
            // the figure reports.
            if compared_rate(text, vs, floor) {
                return None;
            }
            // 负增长8.9%: negative growth is neither up nor down as written
            // (负 makes the verb a noun of the rate): no change object; 负
            // closing a word (减负, 担负) is no minus.
            let head = &text[floor.min(vs)..vs];
            if let Some(m) = crate::lexicon::suffix_in(List::MinusWord, head) {
                let word = head[..head.len() - m.len()]
                    .chars()
                    .next_back()
                    .is_some_and(|b| has_char(List::FuWordHead, b));
                if !word {
                    return None;
                }
            }
            // 较上年人民币1900百万元增加12.5%: the amount compared with
            // is in the clause of the basis; the walk steps over it.
            let compared = prev
                .filter(|e| e.change.is_none() && e.span.end == floor)
                .map(|e| e.span);
            return Some(with_basis(text, vs, p, dir, floor, compared));
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

/// `基础设施投资同比增长⏎53.4%`: a figure opening a line (maybe after
/// spaces) that goes on a sentence broken inside, the line before ending
/// with an ideograph that closes nothing, looks back from the end of that
/// line as if no break stood there; elsewhere `start` itself.
fn wrapped_line_end(text: &str, start: usize, floor: usize) -> usize {
    let head = text[..start].trim_end_matches(' ');
    let Some(line) = head.strip_suffix('\n') else {
        return start;
    };
    let line = line.trim_end_matches('\r');
    if line.len() > floor
        && char_before(line, line.len()).is_some_and(|c| is_han(c) && !ends_clause(c))
    {
        line.len()
    } else {
        start
    }
}

/// True when the verb of change starting at `vs` follows 的 or 之
/// (`List::ComparedAmountMark`; maybe 负 between: `负增长`) in a clause where a comparator (`List::Comparator`:
/// 较, 比) and a period compared with (`List::ComparedPeriodMark`: 年 月
/// 季 期) come before it: `较上年度的负增长8.9%` names the rate compared
/// with (`占比的提高` has no period after 比).
fn compared_rate(text: &str, vs: usize, floor: usize) -> bool {
    let cs = clause_start(text, vs, floor);
    let mut head = &text[cs..vs];
    if let Some(m) = crate::lexicon::suffix_in(List::MinusWord, head) {
        head = &head[..head.len() - m.len()];
    }
    let Some(mark) = crate::lexicon::suffix_in(List::ComparedAmountMark, head) else {
        return false;
    };
    let head = &head[..head.len() - mark.len()];
    list(List::Comparator).iter().any(|w| {
        head.match_indices(w).any(|(k, _)| {
            let period = &head[k + w.len()..];
            list(List::ComparedPeriodMark)
                .iter()
                .any(|p| period.contains(p))
        })
    })
}

/// The basis word that starts last in `clause`, the longest one where
/// several start at the same byte — the same pick as comparing the last
/// occurrence of every word by (position, length), in one backward walk.
fn last_basis(clause: &str) -> Option<Basis> {
    last_basis_at(clause).and_then(|(_, b)| b)
}

/// [`last_basis`] with the end of its word in `clause`.
fn last_basis_at(clause: &str) -> Option<(usize, Option<Basis>)> {
    let bytes = clause.as_bytes();
    let (end, basis) = (0..bytes.len()).rev().find_map(|pos| {
        let lead = bytes[pos];
        if !BASES.leads[usize::from(lead)] {
            return None;
        }
        let rest = &bytes[pos..];
        if (0xE0..=0xEF).contains(&lead) && !BASES.other_leads[usize::from(lead)] {
            let k = low12(rest.get(..3)?);
            if BASES.firsts[k >> 6] >> (k & 63) & 1 == 0 {
                return None;
            }
        }
        BASES
            .rows
            .iter()
            .filter(|(w, _, _)| rest.starts_with(w.as_bytes()))
            .max_by_key(|(w, _, _)| w.len())
            .map(|(w, b, _)| (pos + w.len(), *b))
    })?;
    // 按年度计算: a method word longer than the basis word it opens with.
    let Some(basis) = basis else {
        return Some((end, None));
    };
    // 较去年6月底增长: a month after the year compared with names a dated
    // point, not a basis of the table (ANNOTATION, dev slice 14).
    // A month after 环比 is the month compared with, still `mom`.
    if basis == Basis::Yoy && clause.is_char_boundary(end) && month_follows(&clause[end..]) {
        return Some((end, None));
    }
    Some((end, Some(basis)))
}

/// True when a comparator and a period compared with follow in `rest`
/// (`同比涨幅较1月回落`: after 同比, `较1月` is what the change is measured
/// against).
fn compared_after(rest: &str) -> bool {
    list(List::Comparator).iter().any(|w| {
        rest.match_indices(w).any(|(k, _)| {
            let period: String = rest[k + w.len()..]
                .chars()
                .take(COMPARED_PERIOD_CHARS)
                .collect();
            list(List::ComparedPeriodMark)
                .iter()
                .any(|p| period.contains(p))
        })
    })
}

/// Most characters of a period compared with after its comparator
/// (`较1-5月`, `较一季度`).
const COMPARED_PERIOD_CHARS: usize = 5;

/// True when `rest` opens with a month's number and 月 (`6月底`, `十二月`).
fn month_follows(rest: &str) -> bool {
    let digits: usize = rest
        .chars()
        .take_while(|&c| {
            crate::numeral::arabic::digit(c).is_some()
                || crate::numeral::chinese::is_numeral_char(c)
        })
        .take(3)
        .map(char::len_utf8)
        .sum();
    digits > 0 && rest[digits..].starts_with(crate::chars::MONTH)
}

/// `按不低于8%增幅提高`, `以年均10%的速度增长`: a rate, maybe 的, a noun of
/// the rate of change (`List::RateNoun`) and a verb of change right after:
/// the figure is that change, basis null, the verb its trigger.
pub(crate) fn after_rate(text: &str, end: usize) -> Option<Change> {
    let mut q = end;
    if let Some(c) = text[q..]
        .chars()
        .next()
        .filter(|&c| has_char(List::ClauseMark, c))
    {
        q += c.len_utf8();
    }
    let noun = crate::lexicon::prefix_in(List::RateNoun, &text[q..])?;
    q += noun.len();
    let (w, direction) = super::table::CHANGE_ROWS
        .items
        .iter()
        .filter(|(w, _)| text[q..].starts_with(w))
        .max_by_key(|(w, _)| w.len())?;
    Some(Change {
        direction: *direction,
        basis: None,
        trigger: Span::new(q, q + w.len()),
    })
}

fn with_basis(
    text: &str,
    vs: usize,
    ve: usize,
    direction: crate::entity::Direction,
    floor: usize,
    compared: Option<Span>,
) -> Change {
    let head = &text[floor.min(vs)..vs];
    for &(w, b, _) in BASES.rows.iter().filter(|r| r.2) {
        if head.ends_with(w) {
            return Change {
                direction,
                basis: b,
                trigger: Span::new(vs - w.len(), ve),
            };
        }
    }
    let cs = clause_start(text, vs, floor);
    // A comparison with a period after 同比 (`同比涨幅较1月回落`) is what the
    // change is measured against: no basis of the table. (After 环比 the
    // month compared with is the month before: `环比比3月增加`, still mom.)
    let mut basis = respective_basis(text, vs, cs, 0).unwrap_or_else(|| {
        let head = &text[cs..vs];
        last_basis_at(head)
            .and_then(|(end, b)| b.filter(|&b| b != Basis::Yoy || !compared_after(&head[end..])))
    });
    if let (None, Some(e)) = (basis, compared) {
        // The verb may open the next clause (`较去年同期之54亿元,减少23亿元`).
        let joined = text
            .get(floor..cs)
            .is_some_and(|gap| gap.chars().all(|c| c == ' ' || has_char(List::Comma, c)));
        if joined && vs - floor <= 6 {
            // Only the verb's own few characters after the compared amount.
            let before = clause_start(text, e.start, 0);
            basis = last_basis(&text[before..e.start]);
        }
    }
    Change {
        direction,
        basis,
        trigger: Span::new(vs, ve),
    }
}

/// The start of the clause that ends at `end` (at most 40 characters
/// back, not below `floor`).
fn clause_start(text: &str, end: usize, floor: usize) -> usize {
    let mut cs = end;
    let mut k = 0;
    while cs > floor && k < 40 {
        let Some(c) = char_before(text, cs) else {
            break;
        };
        // A short aside in brackets stays in the clause (`同比(下同)增长`).
        if crate::chars::is_close_paren(c) {
            if let Some(open) = aside_start(text, cs - c.len_utf8(), floor) {
                cs = open;
                k += 1;
                continue;
            }
        }
        // 4,696.5: a thousands comma between digits ends no clause (the
        // amounts of a compared list, `较上年度之4,696.5百万港元及1,142.1…`).
        let thousands = c == ','
            && char_before(text, cs - 1).is_some_and(|d| d.is_ascii_digit())
            && text[cs..].starts_with(|d: char| d.is_ascii_digit());
        if ends_clause(c) && !thousands {
            break;
        }
        cs -= c.len_utf8();
        k += 1;
    }
    cs
}

/// True when `gap`, between two figures, is one colon of either width
/// (`-0.1:0.4`): the terms of a ratio.
pub(crate) fn ratio_term_gap(gap: &str) -> bool {
    let mut cs = gap.chars();
    cs.next().is_some_and(|c| has_char(List::Colon, c)) && cs.next().is_none()
}

/// 分别 stands in the clause of the verb starting at `vs`, before it.
pub(crate) fn respectively_before(text: &str, vs: usize) -> bool {
    let cs = clause_start(text, vs, 0);
    text.get(cs..vs)
        .is_some_and(|clause| list(List::Respectively).iter().any(|w| clause.contains(w)))
}

/// The basis of the `place`-th figure (from 0) of a list after a verb
/// starting at `vs` whose clause (from `cs`) compares respectively with
/// several bases (`分别较1—9月份和上年同期提高0.1和1.2个百分点` → null,
/// yoy); `None` when the clause has no such list.
fn respective_basis(text: &str, vs: usize, cs: usize, place: usize) -> Option<Option<Basis>> {
    let clause = text.get(cs..vs)?;
    let r = list(List::Respectively)
        .iter()
        .filter_map(|w| clause.find(w).map(|k| k + w.len()))
        .max()?;
    let after = &clause[r..];
    // 分别较A和B提高, or 较A和B分别回落: the bases after 分别, or between
    // the comparator and 分别.
    let (comparator, bases) = match list(List::Comparator)
        .iter()
        .find(|w| after.starts_with(**w))
    {
        Some(c) => (*c, &after[c.len()..]),
        None => {
            let before = list(List::Respectively)
                .iter()
                .filter_map(|w| clause[..r].rfind(w))
                .min()?;
            let (k, c) = list(List::Comparator)
                .iter()
                .filter_map(|w| clause[..before].rfind(w).map(|k| (k, *w)))
                .max()?;
            (c, &clause[k + c.len()..before])
        }
    };
    // 较上年度之A及B分别减少: the amounts compared with, one basis.
    let amounts = bases.char_indices().any(|(k, c)| {
        has_char(List::ComparedAmountMark, c)
            && bases[k + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
    });
    if amounts {
        return None;
    }
    let parts: Vec<&str> = bases.split(|c| has_char(List::Joiner, c)).collect();
    if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    let part = parts.get(place)?;
    Some(last_basis(&format!("{comparator}{part}")))
}

/// The start of the opening bracket of a short aside (at most eight
/// ideographs) whose closing bracket starts at `close`.
fn aside_start(text: &str, close: usize, floor: usize) -> Option<usize> {
    let mut p = close;
    for _ in 0..8 {
        let c = char_before(text, p).filter(|_| p > floor)?;
        p -= c.len_utf8();
        if crate::chars::is_open_paren(c) {
            return Some(p);
        }
        if !is_han(c) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basis_table_loads_and_every_word_is_found() {
        let t = basis_table();
        let errors: Vec<String> = t.errors.iter().map(ToString::to_string).collect();
        assert_eq!(errors, Vec::<String>::new());
        for (i, (w, b, _)) in t.items.iter().enumerate() {
            assert!(
                !t.items[..i].iter().any(|(v, _, _)| v == w),
                "duplicate {w}"
            );
            assert_eq!(last_basis(&format!("营收{w}")), *b, "{w}");
        }
        let next: Vec<&str> = t.items.iter().filter(|r| r.2).map(|r| r.0).collect();
        assert_eq!(next, ["同比", "环比"]);
    }

    #[test]
    fn last_basis_takes_the_last_word_and_the_longer_at_a_tie() {
        assert_eq!(last_basis("比上年末"), Some(Basis::Yoy));
        assert_eq!(last_basis("比上年末较年初"), Some(Basis::YtdStart));
        assert_eq!(last_basis("比上年"), Some(Basis::Yoy));
        assert_eq!(last_basis("较年初同比"), Some(Basis::Yoy));
        assert_eq!(last_basis("同比较年初"), Some(Basis::YtdStart));
        assert_eq!(last_basis("环比上月"), Some(Basis::Mom));
        assert_eq!(last_basis("全年营收"), None);
        assert_eq!(last_basis(""), None);
    }
}
