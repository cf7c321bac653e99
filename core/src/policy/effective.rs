//! Effective dates: `自今年7月1日起施行`, `将于2026年5月1日起施行`,
//! `自印发之日起施行` (no date), and a bare date before 起施行 as headlines
//! write it (`6月1日起施行!《…条例》全文来了`, span from the date), with the
//! document they belong to.
//!
//! The date is the first date entity of the core extractor in the phrase
//! (resolved with the reference date when one is configured). The document
//! is the title mentioned last before the phrase in the same sentence (an
//! alias use such as 《决定》 names its full title), else the first title
//! after it on the same line (`…起施行的《条例》`, the headline above);
//! `None` when the phrase speaks of the document itself (本通知, 本意见) or
//! no title is near.

use super::text::{is_decimal, Back};
use super::title::{Mention, Title};
use crate::entity::{Entity, Kind, Span};

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
    /// From 自/将于 to 施行.
    pub span: Span,
    /// The date, an entity of the core extractor; `None` for 自印发之日.
    pub date: Option<Entity>,
    /// The full name of the title it belongs to; `None` for the document itself.
    pub document: Option<String>,
}

fn is_tab_space(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// The start of the phrase that ends `text[from..end]` (which ends with
/// 施行), the earliest that fits, read backwards:
/// `自|将于|将自` + 1 to 24 characters of one clause (no 自) + `起 正式? 施行`,
/// or `(dddd年)? d{1,2}月 d{1,2}日 起 正式? 施行` (spaces and tabs allowed
/// around 起).
fn phrase_start(text: &str, from: usize, end: usize) -> Option<usize> {
    let mut b = Back::new(text, from, end);
    if !b.eat_str("施行") {
        return None;
    }
    b.eat_str("正式");
    b.eat_while(is_tab_space, usize::MAX);
    if !b.eat_str("起") {
        return None;
    }
    let mut best: Option<usize> = None;
    // 自 … 起: each length of the clause, with the lead just before it.
    let mut m = b;
    for _ in 0..24 {
        if !m.eat(|c| {
            !matches!(
                c,
                '。' | '！' | '？' | '；' | ';' | '，' | ',' | '\n' | '自'
            )
        }) {
            break;
        }
        let lead = if m.ends_with("将于") || m.ends_with("将自") {
            6
        } else if m.ends_with("自") {
            3
        } else {
            continue;
        };
        best = Some(best.map_or(m.at - lead, |x| x.min(m.at - lead)));
    }
    // A bare date: 5月1日起 or 2026年5月1日起.
    let mut d = b;
    d.eat_while(is_tab_space, usize::MAX);
    if d.eat_str("日")
        && (1..=2).contains(&d.eat_while(is_decimal, 3))
        && d.eat_str("月")
        && d.eat_while(is_decimal, 2) > 0
    {
        let mut start = d.at;
        if d.eat_str("年") && d.eat_while(is_decimal, 4) == 4 {
            start = d.at;
        }
        best = Some(best.map_or(start, |x| x.min(start)));
    }
    best
}

/// Characters looked back from a 施行: 自/将于, up to 24 characters, 起.
const WINDOW_CHARS: usize = 40;

/// Every phrase, tried only in a window ending at each 施行 (a fast search).
fn phrases(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut last_end = 0;
    for (at, w) in text.match_indices("施行") {
        let end = at + w.len();
        let from = text[..at]
            .char_indices()
            .rev()
            .nth(WINDOW_CHARS)
            .map_or(0, |(i, _)| i)
            .max(last_end);
        if let Some(start) = phrase_start(text, from, end) {
            out.push((start, end));
            last_end = end;
        }
    }
    out
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | '\n')
}

/// Every effective phrase, in text order.
pub(crate) fn find(
    text: &str,
    entities: &[Entity],
    titles: &[Title],
    mentions: &[Mention],
) -> Vec<Effective> {
    let mut out = Vec::new();
    let mut m = 0; // mentions before the phrase
    for (start, end) in phrases(text) {
        let inner = &text[start..end];
        let qi = entities.partition_point(|x| x.span.start < start);
        let date = if inner.contains("之日") {
            None
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
        // The sentence start, looked for at most 200 characters back.
        let mut sentence_start = start;
        for (i, c) in text[..start].char_indices().rev().take(200) {
            if is_sentence_end(c) {
                sentence_start = i + c.len_utf8();
                break;
            }
            sentence_start = i;
        }
        let before = &text[sentence_start..start];
        let own = [
            "本通知",
            "本意见",
            "本办法",
            "本方案",
            "本决定",
            "本条例",
            "本规定",
            "本细则",
            "本法",
            "本计划",
            "本措施",
        ]
        .iter()
        .any(|w| before.contains(w));
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
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
        out.push(Effective {
            span: Span::new(start, end),
            date,
            document,
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
