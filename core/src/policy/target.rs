//! Targets: a figure governed by a deadline in the same sentence — `到2027年`
//! (`到2027年，集群内省级以上科技创新载体数量达到37家`) or `2027年之前`.
//!
//! The figure is an entity of [`crate::Extractor`] (money, percent, count,
//! quantity or number; not a 级 class such as `5500亿级`, which names the
//! kind of thing counted); numbers are never read a second way here. Every
//! figure after the deadline up to the sentence end (or the next deadline)
//! is its own target, its span from the deadline to the figure's end.
//!
//! The metric (as the golden files decide it):
//! - when the counted thing follows the figure (`700名科技领军人才`: the
//!   count's `noun`, else the text up to the next separator), that thing;
//! - else the figure's clause before it (after the deadline, the previous
//!   comma, or the previous figure and its separator), without a leading
//!   goal verb (争创 确保 力争), a linking verb right before the figure
//!   (达到, 突破…; the data table), the change verb of the amount
//!   (`每年到位市外资金增长10%以上` → `每年到位市外资金`) or a basis (较2020年).

use super::text::{is_clause_sep, is_sentence_end, trim};
use crate::entity::{Entity, Kind, Span};
use std::sync::LazyLock;

/// A goal with a deadline year and a figure.
///
/// ```
/// let text = "到2027年，集群内省级以上科技创新载体数量达到37家。";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let t = &p.targets[0];
/// assert_eq!(t.deadline, 2027);
/// assert_eq!(&text[t.metric.range()], "集群内省级以上科技创新载体数量");
/// assert_eq!(t.amount.text(text), "37家");
/// assert_eq!(&text[t.span.range()], text.trim_end_matches('。'));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Target {
    /// From 到 to the end of the figure.
    pub span: Span,
    /// The deadline year.
    pub deadline: i32,
    /// What is measured, as written, without the linking verb.
    pub metric: Span,
    /// The figure, an entity of the core extractor.
    pub amount: Entity,
}

/// A deadline phrase: `到2027年` (also 年底/年末) or `2027年之前` (以前, 前).
#[derive(Debug, Clone, Copy)]
struct Deadline {
    start: usize,
    end: usize,
    year: i32,
}

fn is_pad(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}')
}

/// Every deadline phrase, found from each 年 (a fast search) by looking a
/// few characters around it.
fn deadlines(text: &str) -> Vec<Deadline> {
    let mut out = Vec::new();
    for (at, nian) in text.match_indices('年') {
        let before = text[..at].trim_end_matches(is_pad);
        let b = before.as_bytes();
        if b.len() < 4 {
            continue;
        }
        let digits = &b[b.len() - 4..];
        if !digits.iter().all(u8::is_ascii_digit) || !matches!(digits[0], b'1' | b'2') {
            continue;
        }
        // Four digits exactly, not the tail of a longer number.
        if b.len() > 4 && b[b.len() - 5].is_ascii_digit() {
            continue;
        }
        let year_start = before.len() - 4;
        let Ok(year) = before[year_start..].parse::<i32>() else {
            continue;
        };
        let mut end = at + nian.len();
        if let Some(c) = text[end..]
            .chars()
            .next()
            .filter(|c| matches!(c, '底' | '末'))
        {
            end += c.len_utf8();
        }
        let lead = text[..year_start].trim_end_matches(is_pad);
        if let Some(dao) = lead.strip_suffix('到') {
            out.push(Deadline {
                start: dao.len(),
                end,
                year,
            });
        } else if let Some(w) = ["之前", "以前", "前"]
            .iter()
            .find(|w| text[end..].starts_with(*w))
        {
            out.push(Deadline {
                start: year_start,
                end: end + w.len(),
                year,
            });
        }
    }
    out
}

static LINKING: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&'static str> = include_str!("../data/policy_linking_verbs.tsv")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
});

/// Leading words that are not part of a metric.
const LEADING: &[&str] = &["力争", "确保", "争取", "争创"];

fn is_figure(e: &Entity) -> bool {
    matches!(
        e.kind,
        Kind::Money | Kind::Percent | Kind::Count | Kind::Quantity | Kind::Number
    ) && e.bound != crate::entity::Bound::Level
}

/// Where the text after a figure stops being its counted thing.
fn is_stop(c: char) -> bool {
    is_clause_sep(c) || is_sentence_end(c) || matches!(c, '、' | '；' | '（' | '(')
}

/// `start..end` without a trailing linking verb or basis and without
/// leading 力争/确保; `None` when nothing is left.
fn clean_metric(text: &str, start: usize, end: usize) -> Option<Span> {
    let (mut s, mut e) = trim(text, start, end);
    // Separators left at either edge (`、`).
    loop {
        let t = &text[s..e];
        let before = (s, e);
        if let Some(c) = t
            .chars()
            .next()
            .filter(|c| matches!(c, '、' | '“' | '，' | ','))
        {
            s += c.len_utf8();
        }
        if let Some(c) = text[s..e]
            .chars()
            .next_back()
            .filter(|c| matches!(c, '、' | '，' | ','))
        {
            e -= c.len_utf8();
        }
        for lead in LEADING {
            if text[s..e].starts_with(lead) {
                s += lead.len();
            }
        }
        if let Some(v) = LINKING.iter().find(|v| text[s..e].ends_with(*v)) {
            e -= v.len();
        }
        // A basis: 较2020年, 比上年, 同比, 比2020年 at the end.
        let t = &text[s..e];
        if let Some(i) = t.rfind(['较', '比']) {
            let tail = &t[i..];
            if tail.chars().count() <= 8
                && (tail.contains('年')
                    || tail.contains('月')
                    || tail.contains("同期")
                    || tail == "同比")
            {
                e = s + i;
                if text[s..e].ends_with('同') {
                    e -= '同'.len_utf8();
                }
            }
        }
        (s, e) = trim(text, s, e);
        if (s, e) == before {
            break;
        }
    }
    (s < e).then(|| Span::new(s, e))
}

/// Every target, in text order. `entities` are the extractor's, sorted.
pub(crate) fn find(text: &str, entities: &[Entity]) -> Vec<Target> {
    let mut out = Vec::new();
    let deadlines = deadlines(text);
    let mut next_entity = 0;
    for (k, d) in deadlines.iter().enumerate() {
        let deadline = d.year;
        // The sentence end, or the next deadline in it.
        let mut end = text[d.end..]
            .char_indices()
            .find(|(_, c)| is_sentence_end(*c))
            .map_or(text.len(), |(i, _)| d.end + i);
        if let Some(next) = deadlines.get(k + 1) {
            end = end.min(next.start);
        }
        while next_entity < entities.len() && entities[next_entity].span.start < d.end {
            next_entity += 1;
        }
        let figures: Vec<&Entity> = entities[next_entity..]
            .iter()
            .take_while(|e| e.span.end <= end)
            .filter(|e| is_figure(e))
            .collect();
        // Clause boundaries between the deadline and the sentence end.
        let clause_start = |pos: usize| -> usize {
            let head = &text[d.end..pos];
            head.char_indices()
                .rev()
                .find(|(_, c)| is_clause_sep(*c))
                .map_or(d.end, |(i, c)| d.end + i + c.len_utf8())
        };
        let clause_end = |pos: usize| -> usize {
            text[pos..end]
                .char_indices()
                .find(|(_, c)| is_clause_sep(*c))
                .map_or(end, |(i, _)| pos + i)
        };
        for (n, fig) in figures.iter().enumerate() {
            // The counted thing after the figure.
            let next_start = figures.get(n + 1).map_or(end, |f| f.span.start);
            let after_end = text[fig.span.end..next_start]
                .char_indices()
                .find(|(_, c)| is_stop(*c))
                .map_or(next_start, |(i, _)| fig.span.end + i);
            let after = fig
                .noun()
                .or_else(|| clean_metric(text, fig.span.end, after_end));
            // Else the clause before it.
            let cs = clause_start(fig.span.start);
            let prev_end = if n > 0 { figures[n - 1].span.end } else { 0 };
            let from = cs.max(prev_end);
            let mut upto = fig.span.start;
            if let Some(c) = &fig.change {
                if c.trigger.start >= from && c.trigger.end <= fig.span.start {
                    upto = c.trigger.start;
                }
            }
            let metric = after
                .or_else(|| clean_metric(text, from, upto))
                .or_else(|| {
                    let ce = clause_end(fig.span.end);
                    clean_metric(text, fig.span.end, next_start.min(ce).max(fig.span.end))
                });
            let Some(metric) = metric else { continue };
            out.push(Target {
                span: Span::new(d.start, fig.span.end),
                deadline,
                metric,
                amount: (*fig).clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::Entity;

    fn count(text: &str, figure: &str) -> Entity {
        let start = text.find(figure).unwrap();
        let figure_value = crate::value::Figure::new(crate::decimal::Decimal::ONE);
        Entity::new(
            Span::new(start, start + figure.len()),
            crate::value::Value::Count {
                figure: figure_value,
                measure: "家",
                noun: None,
            },
        )
    }

    #[test]
    fn table_parses_without_duplicates() {
        let mut seen = std::collections::HashSet::new();
        for v in LINKING.iter() {
            assert!(seen.insert(*v), "duplicate {v}");
            // Every row is stripped from a metric.
            let text = format!("企业数量{v}");
            assert_eq!(
                clean_metric(&text, 0, text.len()).map(|s| &text[s.range()]),
                Some("企业数量"),
                "{v}"
            );
        }
    }

    #[test]
    fn deadline_forms() {
        let text =
            "到2027年，到 2025 年底，2030年之前，2026年前，12027年，2027年，到年底，到1999年末";
        let got: Vec<_> = deadlines(text)
            .iter()
            .map(|d| (&text[d.start..d.end], d.year))
            .collect();
        assert_eq!(
            got,
            [
                ("到2027年", 2027),
                ("到 2025 年底", 2025),
                ("2030年之前", 2030),
                ("2026年前", 2026),
                ("到1999年末", 1999)
            ]
        );
    }

    #[test]
    fn metrics_with_given_entities() {
        let text = "到2027年，集群内省级以上科技创新载体数量达到37家，省级以上工程研究中心、企业技术中心达到50家。";
        let es = [count(text, "37家"), count(text, "50家")];
        let ts = find(text, &es);
        let got: Vec<_> = ts
            .iter()
            .map(|t| {
                (
                    t.deadline,
                    &text[t.metric.range()],
                    t.amount.text(text),
                    &text[t.span.range()],
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (2027, "集群内省级以上科技创新载体数量", "37家", "到2027年，集群内省级以上科技创新载体数量达到37家"),
                (2027, "省级以上工程研究中心、企业技术中心", "50家", "到2027年，集群内省级以上科技创新载体数量达到37家，省级以上工程研究中心、企业技术中心达到50家"),
            ]
        );
    }

    #[test]
    fn basis_verbs_and_figure_first_clauses() {
        let text = "到2025年底，力争全市企业数量比2020年增长到300家，200家专精特新企业。";
        let es = [count(text, "300家"), count(text, "200家")];
        let ts = find(text, &es);
        let got: Vec<_> = ts.iter().map(|t| &text[t.metric.range()]).collect();
        assert_eq!(got, ["全市企业数量", "专精特新企业"]);
    }

    #[test]
    fn figures_outside_the_sentence_are_not_targets() {
        let text = "企业达到20家。到2027年，工作取得进展。另有30家。";
        let es = [count(text, "20家"), count(text, "30家")];
        assert!(find(text, &es).is_empty());
    }

    /// Entities of an annotator's `.numeric.json`, as the extractor will
    /// return them (the noun and the change trigger located in the text).
    fn golden_entities(text: &str, numeric: &str) -> Vec<Entity> {
        let v: serde_json::Value = serde_json::from_str(numeric).unwrap();
        let mut out = Vec::new();
        for e in v.as_array().unwrap() {
            let kind: Kind = e["kind"].as_str().unwrap().parse().unwrap();
            let (s, end) = (
                e["byte_start"].as_u64().unwrap() as usize,
                e["byte_end"].as_u64().unwrap() as usize,
            );
            let mut x = Entity::blank(kind, Span::new(s, end));
            if let Some(b) = e["bound"].as_str() {
                x.bound = b.parse().unwrap();
            }
            if let Some(n) = e["noun"].as_str() {
                assert!(text[end..].starts_with(n));
                if let crate::value::Value::Count { noun, .. } = &mut x.value {
                    *noun = Some(Span::new(end, end + n.len()));
                }
            }
            if let Some(t) = e["change"]["trigger"].as_str() {
                let at = text[..s].rfind(t).unwrap();
                x.change = Some(crate::entity::Change {
                    direction: crate::entity::Direction::Up,
                    basis: None,
                    trigger: Span::new(at, at + t.len()),
                });
            }
            out.push(x);
        }
        out
    }

    /// The metric rules against the golden targets of seeds 000 and 004,
    /// with the annotators' numeric entities standing in for the extractor.
    #[test]
    fn golden_metrics_with_annotated_entities() {
        let seeds = [
            (
                include_str!("../../../seeds/000_4a6d67342417aa92.txt"),
                include_str!("../../../seeds/expected/000_4a6d67342417aa92.numeric.json"),
                include_str!("../../../seeds/expected/000_4a6d67342417aa92.policy.json"),
            ),
            (
                include_str!("../../../seeds/004_ef4a9200a4262919.txt"),
                include_str!("../../../seeds/expected/004_ef4a9200a4262919.numeric.json"),
                include_str!("../../../seeds/expected/004_ef4a9200a4262919.policy.json"),
            ),
        ];
        for (text, numeric, policy) in seeds {
            let (masked, _) = super::super::repeat::mask(text);
            let es = golden_entities(text, numeric);
            let got: Vec<(i32, &str, &str, &str)> = find(&masked, &es)
                .iter()
                .map(|t| {
                    (
                        t.deadline,
                        &text[t.metric.range()],
                        t.amount.text(text),
                        &text[t.span.range()],
                    )
                })
                .collect();
            let p: serde_json::Value = serde_json::from_str(policy).unwrap();
            let expected: Vec<(i32, &str, &str, &str)> = p["targets"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| {
                    (
                        t["deadline"].as_i64().unwrap() as i32,
                        t["metric"].as_str().unwrap(),
                        t["amount"]["text"].as_str().unwrap(),
                        t["text"].as_str().unwrap(),
                    )
                })
                .collect();
            assert_eq!(got, expected);
        }
    }
}
