//! Effective dates: `自今年7月1日起施行`, `将于2026年5月1日起施行`,
//! `自印发之日起施行` (no date), `自2024年1月1日起实施。`, `起执行`, and a
//! bare date before 起施行 as headlines and laws write it
//! (`6月1日起施行!《…条例》全文来了`, `2019年1月1日起全面施行`, span from the
//! date), with the document they belong to and the end of validity
//! (`有效期至2027年12月31日`, `有效期5年`) when the text states it.
//!
//! 施行 always ends a phrase; 实施 and 执行, which are also ordinary verbs
//! (`自2024年起实施…工程`), only when the clause ends right after them.
//!
//! The date is the first date entity of the core extractor in the phrase
//! (resolved with the reference date when one is configured). The document
//! is the title mentioned last before the phrase in the same sentence (an
//! alias use such as 《决定》 names its full title), else the first title
//! after it on the same line (`…起施行的《条例》`, the headline above);
//! `None` when the phrase speaks of the document itself (本通知, 本意见) or
//! no title is near.

use super::text::{
    is_close, is_decimal, is_open, Back, LineBreaks, ENUM_COMMA, FULL_STOP, TITLE_CLOSE, TITLE_OPEN,
};
use super::title::{Mention, Title};
use crate::chars::{DAY, MONTH, YEAR};
use crate::entity::{Entity, Kind, Span};
use crate::lexicon::{has_char, List, RoleWords};
use crate::value::Value;
use std::sync::LazyLock;

/// A 起施行 phrase.
///
/// ```
/// let text = "表决通过了《某某条例》，自2025年7月1日起施行。本通知自印发之日起施行。";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let e = &p.effective;
/// assert_eq!(&text[e[0].span.range()], "自2025年7月1日起施行");
/// assert_eq!(e[0].document.as_deref(), Some("某某条例"));
/// assert_eq!(&text[e[1].span.range()], "自印发之日起施行");
/// assert_eq!(e[1].document, None);
/// assert!(e[1].date.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Effective {
    /// From 自/将于 to 施行, or to the end of a validity written right
    /// after it (`…起施行，有效期至2027年12月31日`).
    pub span: Span,
    /// The date, an entity of the core extractor; `None` for 自印发之日.
    pub date: Option<Entity>,
    /// The full name of the title it belongs to; `None` for the document itself.
    pub document: Option<String>,
    /// The end of validity: a date entity (`有效期至2027年12月31日`) or a
    /// duration entity (`有效期5年`); `None` when not stated.
    pub until: Option<Entity>,
}

string_enum! {
    /// The role of a row of `policy_effective_words.tsv` (its header explains each).
    enum Role {
        /// 施行.
        Verb => "verb",
        /// 实施, 执行.
        ClauseVerb => "clause_verb",
        /// 正式, 全面.
        Adverb => "adverb",
        /// 起.
        From => "from",
        /// 自, 将于.
        Lead => "lead",
        /// 于, a lead only right after the text naming itself (本意见于…起实施).
        SelfLead => "self_lead",
        /// 之日.
        EventDay => "event_day",
        /// 后 after a delay.
        Delay => "delay",
        /// 有效期.
        Validity => "validity",
        /// 至 after 有效期.
        ToDate => "to_date",
        /// 为 after 有效期.
        Link => "link",
        /// 止 after the end date in a phrase (起至…止).
        UntilEnd => "until_end",
        /// 废止, 失效 after a date that ends the validity.
        Expiry => "expiry",
        /// 其余, 其他 opening the clause of a validity of the remaining parts.
        Rest => "rest",
    }
    error: crate::ErrorKind::InvalidData, "effective word role"
}

/// `data/policy_effective_words.tsv`: word, role.
fn table() -> crate::lexicon::Table<(&'static str, Role)> {
    crate::lexicon::word_roles(
        "policy_effective_words.tsv",
        include_str!("../data/policy_effective_words.tsv"),
    )
}

/// The rows of the table, longest word first.
static WORDS: LazyLock<RoleWords<Role>> = LazyLock::new(|| RoleWords::new(table().items, true));

fn words(role: Role) -> impl Iterator<Item = &'static str> {
    WORDS.of(role)
}

/// Eats one word of `role` backwards; true when one was eaten.
fn eat_word(b: &mut Back, role: Role) -> bool {
    words(role).any(|w| b.eat_str(w))
}

/// The longest end date between 至 and 止 (`2025年12月31日`).
const MAX_UNTIL_CHARS: usize = 16;

/// The longest delay between 起 and 后 (`30日`, `六个月`).
const MAX_DELAY_CHARS: usize = 6;

fn is_tab_space(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// The start of the phrase that ends `text[from..end]` (which ends with
/// 施行), the earliest that fits, read backwards:
/// `自|将于|将自` + 1 to 24 characters of one clause (no 自) + `起 正式? 全面? 施行`,
/// or `(dddd年)? d{1,2}月 d{1,2}日 起 正式? 全面? 施行` (spaces and tabs allowed
/// around 起).
fn phrase_start(text: &str, from: usize, end: usize, verb: &str) -> Option<usize> {
    let mut b = Back::new(text, from, end);
    if !b.eat_str(verb) {
        return None;
    }
    while eat_word(&mut b, Role::Adverb) {}
    b.eat_while(is_tab_space, usize::MAX);
    // A line wrapped by a conversion between 起 and the verb (`起` / `施行`).
    b.eat_wrap();
    // An end after 起 (`自2024年1月1日起至2025年12月31日止施行`), its 止
    // left out as well (`自发布之日起至2024年12月31日执行`).
    let mut bounded = b;
    // A delay after 起 (`自公布之日起30日后施行`): a short figure of days or
    // months, then 后.
    let mut delayed = b;
    eat_word(&mut bounded, Role::UntilEnd);
    if bounded.eat_while(
        |c| {
            !is_sentence_end(c)
                && !super::text::is_clause_sep(c)
                && !words(Role::ToDate).any(|w| w.ends_with(c))
        },
        MAX_UNTIL_CHARS,
    ) > 0
        && eat_word(&mut bounded, Role::ToDate)
        && eat_word(&mut bounded, Role::From)
    {
        b = bounded;
    } else if eat_word(&mut delayed, Role::Delay)
        && delayed.eat_while(
            |c| {
                !is_sentence_end(c)
                    && !super::text::is_clause_sep(c)
                    && !words(Role::From).any(|w| w.starts_with(c))
            },
            MAX_DELAY_CHARS,
        ) > 0
        && eat_word(&mut delayed, Role::From)
    {
        b = delayed;
    } else if !eat_word(&mut b, Role::From) {
        return None;
    }
    let mut best: Option<usize> = None;
    let mut self_led: Option<usize> = None;
    // 自 … 起: each length of the clause, with the lead just before it.
    let mut m = b;
    for _ in 0..24 {
        // A line wrapped inside the clause (`自印发之日` / `起实施`) is
        // stepped over.
        if !m.eat(|c| !(c == '\n' || has_char(List::EffectiveLeadStop, c))) && !m.eat_wrap() {
            break;
        }
        if let Some(lead) = words(Role::Lead).find(|w| m.ends_with(w)).map(str::len) {
            best = Some(best.map_or(m.at - lead, |x| x.min(m.at - lead)));
        } else if let Some(lead) = words(Role::SelfLead).find(|w| m.ends_with(w)).map(str::len) {
            let before = &text[..m.at - lead];
            if SELF_REFERENCES.iter().any(|w| before.ends_with(w)) {
                self_led.get_or_insert(m.at - lead);
            }
        }
    }
    // 于 right after the text's own name (`本意见于印发之日起实施`) opens the
    // phrase when no other lead does.
    if best.is_none() {
        best = self_led;
    }
    // A bare date: 5月1日起 or 2026年5月1日起.
    let mut d = b;
    d.eat_while(is_tab_space, usize::MAX);
    if d.eat(|c| c == DAY)
        && (1..=2).contains(&d.eat_while(is_decimal, 3))
        && d.eat(|c| c == MONTH)
        && d.eat_while(is_decimal, 2) > 0
    {
        let mut start = d.at;
        if d.eat(|c| c == YEAR) && d.eat_while(is_decimal, 4) == 4 {
            start = d.at;
        }
        best = Some(best.map_or(start, |x| x.min(start)));
    }
    best
}

/// Characters looked back from a verb: 自/将于, up to 24 characters, 起.
const WINDOW_CHARS: usize = 40;

/// True when `rest` (the text after 实施 or 执行) ends the clause.
fn ends_clause(rest: &str) -> bool {
    rest.trim_start_matches(is_tab_space)
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '\n' | '\r') || has_char(List::EffectiveClauseEnd, c))
}

/// True when `rest` (the text after 实施 or 执行) opens with a word of
/// validity, no comma between (`起执行有效期3年`): the clause of coming into
/// force ends there.
fn opens_validity(rest: &str) -> bool {
    words(Role::Validity).any(|w| rest.starts_with(w))
}

/// The length of a word of `ToDate` that `rest` (the text after a verb)
/// opens with, a date following it (`执行至2026年12月31日`).
fn ends_at(rest: &str) -> Option<usize> {
    words(Role::ToDate)
        .find(|w| {
            rest.strip_prefix(w)
                .is_some_and(|r| r.starts_with(|c: char| is_decimal(c)))
        })
        .map(str::len)
}

/// Where the end date written right after a phrase's verb starts: right
/// after a `ToDate` word (`起执行至2026年12月31日`), or after a comma when
/// an `UntilEnd` word closes the date (`起施行，至2025年12月31日止`) or an
/// `Expiry` word follows it (`起施行，2026年3月31日废止`).
fn end_date_at(text: &str, end: usize, date: &Entity) -> bool {
    if ends_at(&text[end..]).is_some_and(|n| end + n == date.span.start) {
        return true;
    }
    let rest = &text[end..];
    let after_comma = rest
        .trim_start_matches(|c: char| super::text::is_clause_sep(c) && !super::text::is_colon(c));
    let at = text.len() - after_comma.len();
    let closed_by = |role| words(role).any(|w| text[date.span.end..].starts_with(w));
    after_comma.len() < rest.len()
        && ((ends_at(after_comma).is_some_and(|n| at + n == date.span.start)
            && (closed_by(Role::UntilEnd) || expires(&text[date.span.end..])))
            // `起施行，2026年3月31日废止`.
            || (at == date.span.start && expires(&text[date.span.end..])))
}

/// The most characters between an end date and the word of expiry after
/// it (`2023年6月30日自动废止`).
const MAX_EXPIRY_GAP_CHARS: usize = 3;

/// True when `rest` (the text after an end date) opens with a word of
/// expiry, a short adverb allowed before it in the same clause
/// (`废止`, `自动废止`, `同时失效`).
fn expires(rest: &str) -> bool {
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if words(Role::Expiry).any(|w| rest[i..].starts_with(w)) {
            return true;
        }
        if n == MAX_EXPIRY_GAP_CHARS
            || !crate::chars::is_han(c)
            || is_sentence_end(c)
            || super::text::is_clause_sep(c)
        {
            return false;
        }
    }
    false
}

/// Every phrase, tried only in a window ending at each verb (a fast search).
fn phrases(text: &str) -> Vec<(usize, usize)> {
    let mut hits: Vec<(usize, &str)> = words(Role::Verb)
        .flat_map(|v| text.match_indices(v))
        .chain(
            words(Role::ClauseVerb)
                .flat_map(|v| text.match_indices(v))
                .filter(|&(at, v)| {
                    let rest = &text[at + v.len()..];
                    ends_clause(rest) || ends_at(rest).is_some() || opens_validity(rest)
                }),
        )
        .collect();
    hits.sort_unstable();
    let mut out = Vec::new();
    let mut last_end = 0;
    for (at, w) in hits {
        if at < last_end {
            continue;
        }
        let end = at + w.len();
        let from = text[..at]
            .char_indices()
            .rev()
            .nth(WINDOW_CHARS)
            .map_or(0, |(i, _)| i)
            .max(last_end);
        if let Some(start) = phrase_start(text, from, end, w) {
            out.push((start, end));
            last_end = end;
        }
    }
    out
}

fn is_sentence_end(c: char) -> bool {
    c == '\n' || has_char(List::EffectiveSentenceEnd, c)
}

static SELF_REFERENCES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::words(
        "policy_self_references.tsv",
        include_str!("../data/policy_self_references.tsv"),
    )
    .items
});

/// Characters after 有效期 in which its date or duration must start.
const UNTIL_WINDOW: usize = 8;

/// The end of validity stated in the phrase's sentence or the next one:
/// the first date entity after `有效期至` (`有效期至2027年12月31日`), or the
/// first duration entity after `有效期` (`有效期5年`, `有效期为三年`).
fn until(text: &str, entities: &[Entity], sentence_start: usize, end: usize) -> Option<Entity> {
    // To the end of the sentence after the one holding the phrase.
    let mut stop = text.len();
    let mut ends = 0;
    for (i, c) in text[end..].char_indices() {
        if matches!(c, FULL_STOP | '\n') {
            ends += 1;
            if ends == 2 || c == '\n' {
                stop = end + i;
                break;
            }
        }
    }
    let scope = &text[sentence_start..stop];
    let (at, word) = words(Role::Validity)
        .filter_map(|w| scope.find(w).map(|i| (i, w)))
        .min_by_key(|&(i, w)| (i, std::cmp::Reverse(w.len())))?;
    // A validity whose clause opens by naming a part of the text by its
    // number (`第一至第五项措施有效期至…`) or the parts left after others
    // (`其余条款有效期至…`) is those parts', not the text's.
    let clause = &scope[..at];
    let clause = clause
        .rfind(|c: char| super::text::is_clause_sep(c) || is_sentence_end(c))
        .map_or(clause, |i| {
            let sep = clause[i..].chars().next().map_or(0, char::len_utf8);
            &clause[i + sep..]
        });
    let clause = clause.trim_start_matches(is_tab_space);
    if clause.starts_with(crate::chars::ORDINAL_PREFIX)
        || words(Role::Rest).any(|w| clause.starts_with(w))
    {
        return None;
    }
    let after = sentence_start + at + word.len();
    let to_date = words(Role::ToDate).any(|w| text[after..].starts_with(w));
    let window_end = text[after..stop]
        .char_indices()
        .nth(UNTIL_WINDOW)
        .map_or(stop, |(i, _)| after + i);
    let i = entities.partition_point(|x| x.span.start < after);
    entities[i..]
        .iter()
        .take_while(|x| x.span.start < window_end)
        .find(|x| {
            if to_date {
                x.kind == Kind::Date
            } else {
                x.kind == Kind::Duration
            }
        })
        .cloned()
}

/// The two dates of a period entity written `A至B`, each as a date entity
/// with its own span; `None` when the period is not two written dates.
fn split_period(text: &str, period: &Entity) -> Option<(Entity, Entity)> {
    let (from, to) = period.period()?;
    if from.year.is_none() || to.year.is_none() {
        return None;
    }
    let relative = match &period.value {
        Value::Period { relative, .. } => *relative,
        _ => return None,
    };
    let inner = period.text(text);
    let (at, word) = words(Role::ToDate)
        .filter_map(|w| inner.find(w).map(|i| (i, w)))
        .min_by_key(|&(i, _)| i)?;
    let mid = period.span.start + at;
    // A1起至B (one period): the first date ends before its 起.
    let first_end = words(Role::From)
        .find(|w| text[..mid].ends_with(w))
        .map_or(mid, |w| mid - w.len());
    let date = |span: Span, date| {
        Entity::new(
            span,
            Value::Date {
                date,
                point: None,
                relative,
            },
        )
    };
    Some((
        date(Span::new(period.span.start, first_end), from),
        date(Span::new(mid + word.len(), period.span.end), to),
    ))
}

/// A period whose first date is closed by 起 before its 至 (`A起至B`).
fn from_to_period(text: &str, e: &Entity) -> bool {
    e.kind == Kind::Period && {
        let inner = e.text(text);
        words(Role::From).any(|f| words(Role::ToDate).any(|t| inner.contains(&format!("{f}{t}"))))
    }
}

/// Where the sentence holding the text before `start` begins, looked for
/// at most 200 characters back.
fn sentence_start(text: &str, start: usize) -> usize {
    let mut sentence_start = start;
    for (i, c) in text[..start].char_indices().rev().take(200) {
        if is_sentence_end(c) {
            return i + c.len_utf8();
        }
        sentence_start = i;
    }
    sentence_start
}

/// The word naming the text itself (`本通知`, also written `本《通知》`)
/// in the sentence before a phrase starting at `start`, if any.
pub(crate) fn self_reference(text: &str, start: usize) -> Option<&'static str> {
    let plain: String = text[sentence_start(text, start)..start]
        .chars()
        .filter(|&c| c != TITLE_OPEN && c != TITLE_CLOSE)
        .collect();
    SELF_REFERENCES.iter().copied().find(|w| plain.contains(w))
}

/// Every effective phrase, in text order.
pub(crate) fn find(
    text: &str,
    entities: &[Entity],
    titles: &[Title],
    mentions: &[Mention],
) -> Vec<Effective> {
    // A period written A起至B (`自2024年1月1日起至2025年12月31日止施行`) is
    // read here as its two dates: the start of the phrase and its end.
    let split: Vec<Entity>;
    let entities = if entities.iter().any(|e| from_to_period(text, e)) {
        split = entities
            .iter()
            .flat_map(
                |e| match split_period(text, e).filter(|_| from_to_period(text, e)) {
                    Some((a, b)) => vec![a, b],
                    None => vec![e.clone()],
                },
            )
            .collect();
        &split[..]
    } else {
        entities
    };
    let mut out = Vec::new();
    let mut m = 0; // mentions before the phrase
                   // A validity stated without a phrase of coming into force
                   // (`执行期限为2019年1月1日至2023年12月31日`) is no item.
    let mut found = phrases(text);
    found.sort_by_key(|x| x.0);
    let breaks = LineBreaks::new(text);
    for (start, end) in found {
        let inner = &text[start..end];
        let qi = entities.partition_point(|x| x.span.start < start);
        let date = if let Some(day) =
            words(Role::EventDay).find_map(|w| inner.find(w).map(|i| start + i + w.len()))
        {
            // The day of an event, unless a bracket right after it gives
            // its date (`自公布之日（2023年12月1日）起施行`).
            let open = text[day..].chars().next().filter(|&c| is_open(c));
            open.and_then(|c| {
                let inside = day + c.len_utf8();
                entities[qi..]
                    .iter()
                    .take_while(|x| x.span.end <= end)
                    .find(|x| x.kind == Kind::Date && x.span.start == inside)
                    .filter(|x| text[x.span.end..].starts_with(is_close))
                    .cloned()
            })
        } else {
            entities[qi..]
                .iter()
                .take_while(|x| x.span.end <= end)
                .find(|x| x.kind == Kind::Date)
                .cloned()
        };
        while m < mentions.len() && mentions[m].span.end <= start {
            m += 1;
        }
        let sentence_start = sentence_start(text, start);
        let own = self_reference(text, start).is_some();
        let line_end = breaks.line_end(end);
        let before_title = (m > 0)
            .then(|| mentions[m - 1])
            .filter(|x| x.span.end > sentence_start);
        let after_title = mentions.get(m).filter(|x| {
            x.span.start >= end
                && x.span.end <= line_end
                && text[end..x.span.start].chars().count() <= 30
        });
        let document = (!own)
            .then_some(before_title.or(after_title.copied()))
            .flatten()
            .and_then(|x| titles.get(x.title))
            .map(|t| t.name.clone());
        // An end written in the phrase (`起至2025年12月31日止施行`) or right
        // after its verb (`起执行至2026年12月31日`).
        let to_date_at = |at: usize| words(Role::ToDate).any(|w| text[..at].ends_with(w));
        let own_end = entities[qi..]
            .iter()
            .take_while(|x| x.span.start <= end + MAX_UNTIL_CHARS * 4)
            .find(|x| {
                x.kind == Kind::Date
                    && ((to_date_at(x.span.start) && x.span.end <= end)
                        || end_date_at(text, end, x))
            })
            .cloned();
        let date = date.filter(|d| own_end.as_ref() != Some(d));
        // A length right after the verb (`自2023年1月1日起试行3年`).
        let own_length = entities[qi..]
            .iter()
            .find(|x| x.span.start >= end)
            .filter(|x| x.kind == Kind::Duration && x.span.start == end)
            .cloned();
        let span_end_length = own_length.as_ref().map(|x| x.span.end);
        let until = own_end
            .or(own_length)
            .or_else(|| until(text, entities, sentence_start, end));
        // `自印发之日起施行，有效期至2023年12月31日`: the validity written
        // right after the phrase, in its sentence, is part of it.
        let span_end = until
            .as_ref()
            .filter(|u| {
                u.span.start >= end && {
                    let mut gap = text[end..u.span.start]
                        .trim_start_matches(|c| {
                            c == ENUM_COMMA
                                || crate::lexicon::has_char(crate::lexicon::List::Comma, c)
                        })
                        .trim_end_matches(is_tab_space);
                    if let Some(w) = words(Role::ToDate)
                        .chain(words(Role::Link))
                        .find(|w| gap.ends_with(w))
                    {
                        gap = gap[..gap.len() - w.len()].trim_end_matches(is_tab_space);
                    }
                    words(Role::Validity).any(|w| w == gap)
                }
            })
            .map_or(end, |u| u.span.end)
            .max(
                until
                    .as_ref()
                    .filter(|u| end_date_at(text, end, u))
                    .map_or(end, |u| u.span.end),
            )
            .max(span_end_length.unwrap_or(end));
        // The word closing an end date written right after the verb is
        // part of the phrase (`起执行至2026年6月30日止`; after a comma it is
        // not: `起施行，至2025年12月31日止`).
        let span_end = until
            .as_ref()
            .filter(|u| {
                u.span.end == span_end
                    && u.span.start > end
                    && words(Role::ToDate).any(|w| &text[end..u.span.start] == w)
            })
            .and_then(|u| {
                words(Role::UntilEnd)
                    .find(|w| text[u.span.end..].starts_with(w))
                    .map(|w| u.span.end + w.len())
            })
            .unwrap_or(span_end);
        out.push(Effective {
            span: Span::new(start, span_end),
            date,
            document,
            until,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_and_documents() {
        let text = "通过了《某决定》（以下简称《决定》），自今年7月1日起施行。\n《决定》将于2026年5月1日起施行。本意见自2025年1月1日起施行。另，自即日起施行新规。\n6月1日起施行!《某条例》全文来了";
        let (titles, mentions) = super::super::title::find(text);
        let es = find(text, &[], &titles, &mentions);
        let got: Vec<_> = es
            .iter()
            .map(|e| (&text[e.span.range()], e.document.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("自今年7月1日起施行", Some("某决定")),
                ("将于2026年5月1日起施行", Some("某决定")),
                ("自2025年1月1日起施行", None),
                ("自即日起施行", None),
                ("6月1日起施行", Some("某条例")),
            ]
        );
    }

    #[test]
    fn cong_opens_the_phrase_like_zi() {
        let text = "本细则从2026年3月1日起施行，有效期3年。从严管理的规定自2026年5月1日起施行。\n";
        let got: Vec<_> = phrases(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(got, ["从2026年3月1日起施行", "自2026年5月1日起施行"]);
    }

    #[test]
    fn other_verbs_and_adverbs() {
        let text = "本法2019年1月1日起全面施行。本办法自2024年3月1日起实施，有效期5年。自2024年起实施产业振兴工程。本通知自印发之日起执行。\n";
        let got: Vec<_> = phrases(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(
            got,
            [
                "2019年1月1日起全面施行",
                "自2024年3月1日起实施",
                "自印发之日起执行"
            ]
        );
    }

    #[test]
    fn yu_opens_the_phrase_right_after_the_texts_own_name() {
        let text = "本措施于发布之日起实施，有效期两年。关于2025年起实施的项目，另行通知。位于园区的企业自2025年6月1日起执行新标准。\n本细则于2026年3月1日起施行。\n";
        let got: Vec<_> = phrases(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(got, ["于发布之日起实施", "于2026年3月1日起施行"]);
        let es = crate::extract(text);
        let first = &find(text, &es, &[], &[])[0];
        assert_eq!(first.date, None);
        assert_eq!(first.until.as_ref().map(|u| u.text(text)), Some("两年"));
    }

    #[test]
    fn end_of_validity_comes_from_entities() {
        let text = "本办法自印发之日起施行，有效期至2027年12月31日。\n本措施自2025年1月1日起实施。有效期5年。";
        let es = crate::extract(text);
        let got = find(text, &es, &[], &[]);
        let until: Vec<_> = got
            .iter()
            .map(|e| e.until.as_ref().map(|u| (u.kind, u.text(text))))
            .collect();
        assert_eq!(
            until,
            [
                Some((Kind::Date, "2027年12月31日")),
                Some((Kind::Duration, "5年"))
            ]
        );
        assert_eq!(
            &text[got[0].span.range()],
            "自印发之日起施行，有效期至2027年12月31日"
        );
        assert_eq!(&text[got[1].span.range()], "自2025年1月1日起实施");
        assert!(find("自2025年1月1日起施行。", &[], &[], &[])[0]
            .until
            .is_none());
    }

    #[test]
    fn the_word_closing_an_end_date_is_in_the_span() {
        let text = "本条措施自公布之日起执行至2031年3月31日止。\n";
        let es = crate::extract(text);
        let got = find(text, &es, &[], &[]);
        assert_eq!(got.len(), 1);
        assert_eq!(
            &text[got[0].span.range()],
            "自公布之日起执行至2031年3月31日止"
        );
        let until = got[0].until.as_ref().expect("until");
        assert_eq!(until.text(text), "2031年3月31日");
        assert!(got[0].date.is_none());
    }

    #[test]
    fn shixing_ends_a_phrase_when_its_clause_ends() {
        // 实行 comes into force like 实施 and 执行 when its clause ends
        // there; before an object it is an ordinary verb.
        let text = "本规定自2031年4月2日起实行，此前规定同时停止。自2031年起实行新的收费标准。\n";
        let got: Vec<_> = phrases(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(got, ["自2031年4月2日起实行"]);
    }

    #[test]
    fn the_texts_own_kind_in_title_marks_is_no_other_document() {
        let text = "本《通知》自2031年7月1日起施行。\n";
        let (titles, mentions) = super::super::title::find(text);
        let got = find(text, &crate::extract(text), &titles, &mentions);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].document, None);
    }

    #[test]
    fn a_line_wrapped_inside_the_phrase_by_a_conversion() {
        let text = "本细则自印发之日\n起实施。本办法自2031年7月1日起\n施行。\n本规定自印发之日。\n起施行新规\n";
        let got: Vec<_> = phrases(text).iter().map(|&(s, e)| &text[s..e]).collect();
        // A break after a full stop ends the sentence: no phrase across it.
        assert_eq!(got, ["自印发之日\n起实施", "自2031年7月1日起\n施行"]);
    }

    #[test]
    fn an_end_date_after_the_comma_with_zhi_and_an_expiry_word() {
        // `，至DATE自动废止`: the end date after 至, an adverb before the
        // word of expiry; the span ends at the date.
        let text = "本细则有效期两年，自2031年3月1日起执行，至2033年2月28日自动废止。\n本办法自2031年5月1日起施行，2034年4月30日同时失效。\n本规定自2031年6月1日起施行，至2032年6月1日前完成清理。\n";
        let es = crate::extract(text);
        let got: Vec<_> = find(text, &es, &[], &[])
            .iter()
            .map(|e| {
                (
                    &text[e.span.range()],
                    e.until.as_ref().map(|u| u.text(text)),
                )
            })
            .collect();
        assert_eq!(
            got[0],
            (
                "自2031年3月1日起执行，至2033年2月28日",
                Some("2033年2月28日")
            )
        );
        assert_eq!(
            got[1],
            ("自2031年5月1日起施行，2034年4月30日", Some("2034年4月30日"))
        );
        assert_eq!(got[2], ("自2031年6月1日起施行", None));
    }

    #[test]
    fn an_end_date_between_qi_and_the_verb_without_zhi() {
        let text = "其余措施自印发之日起至2031年6月30日执行。\n";
        let es = crate::extract(text);
        let got = find(text, &es, &[], &[]);
        assert_eq!(got.len(), 1);
        assert_eq!(
            &text[got[0].span.range()],
            "自印发之日起至2031年6月30日执行"
        );
        let until = got[0].until.as_ref().expect("until");
        assert_eq!(until.text(text), "2031年6月30日");
        assert!(got[0].date.is_none());
        // Two dates: the start is the date, the end the until.
        let text = "本办法自2031年1月1日起至2032年12月31日施行。\n";
        let es = crate::extract(text);
        let got = find(text, &es, &[], &[]);
        assert_eq!(got.len(), 1);
        assert_eq!(
            &text[got[0].span.range()],
            "自2031年1月1日起至2032年12月31日施行"
        );
        assert_eq!(
            got[0].date.as_ref().map(|d| d.text(text)),
            Some("2031年1月1日")
        );
        assert_eq!(
            got[0].until.as_ref().map(|d| d.text(text)),
            Some("2032年12月31日")
        );
    }

    #[test]
    fn a_bracketed_date_after_the_event_day_is_the_date() {
        // `之日（date）`: the bracket dates the event; a date elsewhere in the
        // phrase does not (`自印发之日起施行`, no date).
        let text =
            "本规定自发布之日（2024年3月15日）起实施，有效期2年。\n本细则自印发之日起施行。\n";
        let es = crate::extract(text);
        let got: Vec<_> = find(text, &es, &[], &[])
            .iter()
            .map(|e| {
                (
                    &text[e.span.range()],
                    e.date.as_ref().map(|d| d.text(text)),
                    e.date.as_ref().and_then(|d| d.date()).and_then(|d| d.iso()),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "自发布之日（2024年3月15日）起实施，有效期2年",
                    Some("2024年3月15日"),
                    Some("2024-03-15".to_string())
                ),
                ("自印发之日起施行", None, None),
            ]
        );
    }

    #[test]
    fn delays_and_other_words_of_validity() {
        let text = "本意见自发布之日起30日后施行，有效期五年。\n本方案自印发之日起实施，实施期限至2025年12月31日。\n";
        let es = crate::extract(text);
        let got: Vec<_> = find(text, &es, &[], &[])
            .iter()
            .map(|e| {
                (
                    &text[e.span.range()],
                    e.date.is_none(),
                    e.until.as_ref().map(|u| (u.kind, u.text(text))),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "自发布之日起30日后施行，有效期五年",
                    true,
                    Some((Kind::Duration, "五年"))
                ),
                (
                    "自印发之日起实施，实施期限至2025年12月31日",
                    true,
                    Some((Kind::Date, "2025年12月31日"))
                ),
            ]
        );
        // An end written in the phrase, or right after its verb.
        let text = "本方案自2024年1月1日起至2025年12月31日止施行。\n本通知自2024年3月1日起执行至2026年12月31日。\n";
        let es = crate::extract(text);
        let got: Vec<_> = find(text, &es, &[], &[])
            .iter()
            .map(|e| {
                (
                    &text[e.span.range()],
                    e.date.as_ref().map(|d| d.text(text)),
                    e.until.as_ref().map(|u| u.text(text)),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "自2024年1月1日起至2025年12月31日止施行",
                    Some("2024年1月1日"),
                    Some("2025年12月31日")
                ),
                (
                    "自2024年3月1日起执行至2026年12月31日",
                    Some("2024年3月1日"),
                    Some("2026年12月31日")
                ),
            ]
        );
        // A delay is short and in the clause: not a phrase of its own.
        assert!(phrases("自2024年起各地区完成改造后施行新标准").is_empty());
        // 生效 and 试行 end a phrase; a length right after the verb is the
        // end of validity; 暂定 links a validity word to its length.
        let text = "本通知自印发之日起生效。\n奖补自2023年1月1日起试行3年。\n本措施自2024年1月1日起施行，执行期限暂定1年。\n";
        let es = crate::extract(text);
        let got: Vec<_> = find(text, &es, &[], &[])
            .iter()
            .map(|e| {
                (
                    &text[e.span.range()],
                    e.date.as_ref().map(|d| d.text(text)),
                    e.until.as_ref().map(|u| (u.span.start, u.text(text))),
                )
            })
            .collect();
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(
            got,
            [
                ("自印发之日起生效", None, None),
                (
                    "自2023年1月1日起试行3年",
                    Some("2023年1月1日"),
                    Some((at("起试行3年") + "起试行".len(), "3年"))
                ),
                (
                    "自2024年1月1日起施行，执行期限暂定1年",
                    Some("2024年1月1日"),
                    Some((at("暂定1年") + "暂定".len(), "1年"))
                ),
            ]
        );
    }

    #[test]
    fn a_validity_of_numbered_parts_is_no_until_of_the_text() {
        // county_huaan_fangdichan_2023: the dates bound some measures only.
        let text = "本文件自印发之日起执行,第一至第五项措施有效期至2023年12月31日止,其他措施有效期至2026年12月31日。";
        let got = find(text, &crate::extract(text), &[], &[]);
        assert_eq!(got.len(), 1);
        assert!(got[0].until.is_none());
        let text =
            "本办法自印发之日起施行,涉及补贴的条款以其规定为准,其余条款有效期至2027年6月30日。";
        let got = find(text, &crate::extract(text), &[], &[]);
        assert_eq!(got.len(), 1);
        assert_eq!(&text[got[0].span.range()], "自印发之日起施行");
        assert!(got[0].until.is_none());
        let text = "本办法自印发之日起施行,有效期至2027年6月30日。其余事项另行通知。";
        let got = find(text, &crate::extract(text), &[], &[]);
        assert_eq!(
            got[0].until.as_ref().map(|u| u.text(text)),
            Some("2027年6月30日")
        );
        let text = "本文件自印发之日起执行,有效期至2026年12月31日。";
        let got = find(text, &crate::extract(text), &[], &[]);
        assert_eq!(
            got[0].until.as_ref().map(|u| u.text(text)),
            Some("2026年12月31日")
        );
    }

    #[test]
    fn a_validity_without_coming_into_force_is_no_item() {
        // A gov.cn notice on cultural enterprises (2019): a validity range
        // of some measures, without 起施行/起实施/起执行.
        let text = "除第二十三条、第二十四条所列政策外，上述政策凡未注明具体期限的，执行期限为2019年1月1日至2023年12月31日。\n政策有效期到2024年12月31日。\n";
        let entities = crate::extract(text);
        assert!(find(text, &entities, &[], &[]).is_empty());
    }

    #[test]
    fn word_table_parses_and_each_role_has_a_word() {
        let t = table();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        let mut seen = std::collections::HashSet::new();
        for (w, role) in &t.items {
            assert!(seen.insert((*w, *role as u8)), "duplicate {w}");
        }
        for role in [
            Role::Verb,
            Role::ClauseVerb,
            Role::Adverb,
            Role::From,
            Role::Lead,
            Role::EventDay,
            Role::Delay,
            Role::Validity,
            Role::ToDate,
            Role::Link,
            Role::UntilEnd,
        ] {
            assert!(words(role).next().is_some(), "{role:?}");
        }
    }

    #[test]
    fn self_reference_table_parses() {
        assert!(SELF_REFERENCES.iter().all(|w| w.starts_with('本')));
        let mut seen = std::collections::HashSet::new();
        assert!(SELF_REFERENCES.iter().all(|w| seen.insert(*w)));
    }

    #[test]
    fn date_comes_from_entities() {
        let text = "自2025年7月1日起施行";
        let date = crate::entity::DateValue {
            year: Some(2025),
            month: Some(7),
            day: Some(1),
        };
        let d = Entity::new(
            Span::new(3, 19),
            crate::value::Value::Date {
                date,
                point: None,
                relative: Default::default(),
            },
        );
        let es = find(text, std::slice::from_ref(&d), &[], &[]);
        assert_eq!(es[0].date, Some(d));
        assert!(find("自印发之日起施行", &[], &[], &[])[0].date.is_none());
    }
}
