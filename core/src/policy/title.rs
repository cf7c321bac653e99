//! Titles of documents cited in 《》: one per distinct document at its first
//! mention, with its type word, 试行 and alias (`（以下简称《决定》）`).
//!
//! One forward pass with a small stack of open 《 (nested 《》 and 〈〉 stay
//! inside the name; an unbalanced 《《《 is dropped after 100 characters, at
//! a sentence end, or when more than eight are open), so the cost is linear
//! and no input panics.

use super::text::{is_space, next_char, TITLE_CLOSE, TITLE_OPEN};
use crate::entity::Span;
use crate::lexicon::{has_char, List};
use std::collections::HashMap;
use std::sync::LazyLock;

/// A document cited in 《》 at its first mention.
///
/// ```
/// let text = "印发《关于加快发展的实施意见（试行）》。";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let t = &p.titles[0];
/// assert_eq!(&text[t.span.range()], "《关于加快发展的实施意见（试行）》");
/// assert_eq!(t.name, "关于加快发展的实施意见（试行）");
/// assert_eq!(t.doc_type, Some("实施意见"));
/// assert!(t.trial);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Title {
    /// The title with its 《》.
    pub span: Span,
    /// The name without brackets and without line breaks.
    pub name: String,
    /// The longest document type word the name ends with.
    pub doc_type: Option<&'static str>,
    /// The document is a trial version (试行).
    pub trial: bool,
    /// The short name given by `（以下简称《决定》）`, as a span of the input.
    pub alias: Option<Span>,
}

/// One 《》 occurrence that names a known title (first mention, repeat or
/// alias use).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    pub span: Span,
    pub title: usize,
}

static DOC_TYPES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v = crate::lexicon::words(
        "policy_doc_types.tsv",
        include_str!("../data/policy_doc_types.tsv"),
    )
    .items;
    // Longest first, so the first match is the longest.
    v.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    v
});

/// Words that open an alias bracket (`data/policy_alias_leads.tsv`),
/// longest first.
pub(crate) static ALIAS_LEADS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v = alias_leads().items;
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
});

fn alias_leads() -> crate::lexicon::Table<&'static str> {
    crate::lexicon::words(
        "policy_alias_leads.tsv",
        include_str!("../data/policy_alias_leads.tsv"),
    )
}

const MAX_OPEN: usize = 8;
const MAX_CHARS: usize = 100;

/// Every outermost 《…》 pair, in text order, as (open, close-end) bytes.
/// Pairs closed inside a 《 that never closes become outermost when that
/// 《 is dropped.
fn pairs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut stack: Vec<(usize, usize)> = Vec::new(); // (byte, char index)
    let mut inner: Vec<(usize, usize)> = Vec::new(); // pairs closed inside an open 《
                                                     // Pairs of `inner` that start before `limit` are no longer nested in
                                                     // anything open: emit the outermost of them.
    fn release(inner: &mut Vec<(usize, usize)>, limit: usize, out: &mut Vec<(usize, usize)>) {
        let (mut freed, kept): (Vec<_>, Vec<_>) = inner.drain(..).partition(|p| p.0 < limit);
        *inner = kept;
        freed.sort_unstable();
        let mut last_end = 0;
        for p in freed {
            if p.0 >= last_end {
                out.push(p);
                last_end = p.1;
            }
        }
    }
    for (ci, (i, c)) in text.char_indices().enumerate() {
        if let Some(&(_, first)) = stack.first() {
            if ci - first > MAX_CHARS {
                stack.remove(0);
                let limit = stack.first().map_or(usize::MAX, |s| s.0);
                release(&mut inner, limit, &mut out);
            }
        }
        match c {
            TITLE_OPEN => {
                if stack.len() >= MAX_OPEN {
                    stack.clear();
                    release(&mut inner, usize::MAX, &mut out);
                }
                stack.push((i, ci));
            }
            TITLE_CLOSE => {
                if let Some((open, _)) = stack.pop() {
                    if stack.is_empty() {
                        inner.clear();
                        out.push((open, i + c.len_utf8()));
                    } else {
                        inner.push((open, i + c.len_utf8()));
                    }
                }
            }
            c if has_char(List::TitleSpanStop, c) => {
                stack.clear();
                release(&mut inner, usize::MAX, &mut out);
            }
            _ => {}
        }
    }
    release(&mut inner, usize::MAX, &mut out);
    out.sort_unstable();
    out
}

/// The name inside 《》 without line breaks (and the whitespace around them).
fn clean_name(inner: &str) -> String {
    if !inner.contains(['\n', '\r']) {
        return inner.trim_matches(is_space).to_string();
    }
    inner
        .split('\n')
        .map(|piece| piece.trim_matches(is_space))
        .collect::<String>()
}

/// A trailing bracket to set aside before looking for the type word:
/// `（试行）`, `(试行)`, `（2025—2027年）`, `（2025）`. Returns the name
/// without it and whether it said 试行.
fn strip_suffix(name: &str) -> (&str, bool) {
    let Some(last) = name.chars().last() else {
        return (name, false);
    };
    if !crate::chars::is_close_paren(last) {
        return (name, false);
    }
    let body = &name[..name.len() - last.len_utf8()];
    let Some(open) = body.rfind(crate::chars::is_open_paren) else {
        return (name, false);
    };
    let inner = &body[open + body[open..].chars().next().map_or(0, char::len_utf8)..];
    let trial = TRIAL.contains(&inner);
    let years = !inner.is_empty()
        && inner.chars().any(|c| c.is_ascii_digit())
        && inner.chars().all(|c| {
            c.is_ascii_digit() || crate::lexicon::has_char(crate::lexicon::List::TitleYearSpan, c)
        });
    if trial || years {
        (&name[..open], trial)
    } else {
        (name, false)
    }
}

/// `data/policy_trial_words.tsv`.
static TRIAL: LazyLock<Vec<&'static str>> = LazyLock::new(|| trial_words().items);

fn trial_words() -> crate::lexicon::Table<&'static str> {
    crate::lexicon::words(
        "policy_trial_words.tsv",
        include_str!("../data/policy_trial_words.tsv"),
    )
}

/// The longest type word `name` ends with (after a trailing （试行） or
/// year bracket), and whether it is a trial version.
pub(crate) fn doc_type(name: &str) -> (Option<&'static str>, bool) {
    let (core, trial_suffix) = strip_suffix(name);
    let core = core.trim_end_matches(is_space);
    let ty = DOC_TYPES.iter().copied().find(|w| core.ends_with(w));
    // 试行 in a bracket inside the name qualifies another document the
    // name holds (`关于印发某某办法（试行）的通知`), not this one.
    let outside = outside_brackets(core);
    (
        ty,
        trial_suffix || TRIAL.iter().any(|w| outside.contains(w)),
    )
}

/// The angle brackets of a title nested in 《》 (〈〉).
const NESTED_OPEN: char = '\u{3008}';
const NESTED_CLOSE: char = '\u{3009}';

/// True when two names differ only in how a title inside them is marked:
/// 《》 in one, 〈〉 or <> (the marks of a title nested in 《》) in the other.
pub(crate) fn same_but_nested_marks(a: &str, b: &str) -> bool {
    let norm = |c: char| match crate::chars::halfwidth(c) {
        '<' | NESTED_OPEN | TITLE_OPEN => TITLE_OPEN,
        '>' | NESTED_CLOSE | TITLE_CLOSE => TITLE_CLOSE,
        c => c,
    };
    a.chars().map(norm).eq(b.chars().map(norm))
}

/// `s` without its round-bracketed parts (`某办法（试行）的通知` →
/// `某办法的通知`).
fn outside_brackets(s: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match crate::chars::halfwidth(c) {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The longest unquoted alias.
const MAX_ALIAS_CHARS: usize = 20;

/// An alias bracket right after a title ending at `end`: `（以下简称《决定》）`,
/// `(以下简称“决定”)`, `（简称“决定”）`, `（以下简称个人所得税法）`. Returns
/// the alias span and the bracket's end.
fn alias_after(text: &str, end: usize) -> Option<(Span, usize)> {
    match aliases_after(text, end)? {
        (a, after) if a.len() == 1 => Some((a[0], after)),
        _ => None,
    }
}

/// The longest short name in brackets without a lead word.
const MAX_BARE_ALIAS_CHARS: usize = 8;

/// A short name in brackets without a lead word or quotes right after a
/// 《》 title (`《关于…的通知》（国家二十条）`, `（新十条）`), the bracket's
/// text from `at`: a few Han characters counting the measures with a numeral.
/// A document number (`（国发〔2015〕43号）`), a version (`（2019年修订）`,
/// `（试行）`) or a remark (`（另行制定）`) is none. Every caller's title is
/// a 《》 pair.
fn bare_alias(text: &str, at: usize) -> Option<(Vec<Span>, usize)> {
    let (rel, c) = text[at..]
        .char_indices()
        .take(MAX_BARE_ALIAS_CHARS + 1)
        .find(|(_, c)| !super::text::is_han_script(*c))?;
    let name = &text[at..at + rel];
    let counts = name.chars().any(super::text::is_numeral);
    if rel == 0 || !super::text::is_close(c) || !counts || TRIAL.contains(&name) {
        return None;
    }
    Some((vec![Span::new(at, at + rel)], at + rel + c.len_utf8()))
}

/// The short names of an alias bracket right after a title ending at
/// `end`: one, or several quoted ones for a list of titles before it
/// (`（以下简称《实施意见》和《行动计划》）`), and the bracket's end.
fn aliases_after(text: &str, end: usize) -> Option<(Vec<Span>, usize)> {
    let rest = &text[end..];
    let skipped = rest.len() - rest.trim_start_matches(is_space).len();
    let mut at = end + skipped;
    let open = text[at..].chars().next()?;
    if !crate::chars::is_open_paren(open) {
        return None;
    }
    at += open.len_utf8();
    // `（某政发〔2023〕5号，以下简称《若干措施》）`: the document's number
    // before the alias, in the same bracket.
    if let Some((rel, c)) = text[at..]
        .char_indices()
        .take(40)
        .find(|(_, c)| super::text::is_clause_sep(*c))
        .filter(|(_, c)| !super::text::is_colon(*c))
    {
        let number = &text[at..at + rel];
        let after = at + rel + c.len_utf8();
        if super::doc_number::find(number)
            .first()
            .is_some_and(|d| d.span.start == 0 && d.span.end == number.len())
            && ALIAS_LEADS.iter().any(|l| text[after..].starts_with(l))
        {
            at = after;
        }
    }
    let mut lead_found = false;
    for lead in ALIAS_LEADS.iter() {
        if text[at..].starts_with(lead) {
            at += lead.len();
            lead_found = true;
            break;
        }
    }
    if !lead_found {
        match lead_after_number(text, at) {
            Some(after) => at = after,
            // `《…》（某政〔2024〕3号）（以下简称“十条”）`: the alias bracket
            // may follow the bracket of the document's number.
            None => {
                return bare_alias(text, at).or_else(|| {
                    let close = number_bracket_end(text, at)?;
                    aliases_after(text, close).filter(|_| text[close..].starts_with(open))
                })
            }
        }
    }
    // `以下简称：《办法》`, `以下简称 《办法》`: a colon or a space after the lead.
    let rest = text[at..].trim_start_matches(is_space);
    let rest = rest.strip_prefix(super::text::is_colon).unwrap_or(rest);
    at = text.len() - rest.trim_start_matches(is_space).len();
    let q = text[at..].chars().next()?;
    let close_q = match crate::lexicon::keyed(List::AliasQuote)
        .iter()
        .find(|(w, _)| w.chars().eq([q]))
        .and_then(|(_, k)| k.chars().next())
    {
        Some(close) => close,
        // Unquoted (`（以下简称个人所得税法）`): to the closing bracket, a
        // short name without punctuation.
        _ => {
            let (rel, c) = text[at..]
                .char_indices()
                .take(MAX_ALIAS_CHARS + 1)
                .find(|(_, c)| !super::text::is_han_script(*c) && !c.is_alphanumeric())?;
            if rel == 0 || !super::text::is_close(c) {
                return None;
            }
            return Some((vec![Span::new(at, at + rel)], at + rel + c.len_utf8()));
        }
    };
    quoted_aliases(text, at, q, close_q)
}

/// The most characters of a document number or version before the alias
/// lead in the same bracket.
const MAX_NUMBER_CHARS: usize = 40;

/// In a bracket from `at` that opens with a document number or a version
/// and gives the short name after a comma (`（某建发〔2021〕3号，以下简称
/// 《办法》）`, `（国务院令第708号；以下简称《条例》）`), the end of the alias
/// lead; `None` for any other bracket.
fn lead_after_number(text: &str, at: usize) -> Option<usize> {
    let mut digits = false;
    for (i, c) in text[at..].char_indices().take(MAX_NUMBER_CHARS) {
        if crate::chars::halfwidth(c) == ')' || super::text::is_sentence_end(c) {
            return None;
        }
        digits |= crate::chars::is_decimal(c);
        if super::text::is_clause_sep(c) && !super::text::is_colon(c) {
            if !digits {
                return None;
            }
            let rest = &text[at + i + c.len_utf8()..];
            let rest_at = text.len() - rest.trim_start_matches(is_space).len();
            return ALIAS_LEADS
                .iter()
                .find(|lead| text[rest_at..].starts_with(*lead))
                .map(|lead| rest_at + lead.len());
        }
    }
    None
}

/// The end of a bracket from `at` (after its opening) that holds a
/// document number or a version (`某政〔2024〕3号）`, `试行）`): a digit or
/// a trial word, and no sentence end before the closing round bracket.
fn number_bracket_end(text: &str, at: usize) -> Option<usize> {
    let mut digits = false;
    for (i, c) in text[at..].char_indices().take(MAX_NUMBER_CHARS) {
        if super::text::is_sentence_end(c) {
            return None;
        }
        digits |= crate::chars::is_decimal(c);
        if crate::chars::halfwidth(c) == ')' {
            let remark = TRIAL.contains(&&text[at..at + i]);
            return (digits || remark).then_some(at + i + c.len_utf8());
        }
    }
    None
}

/// The quoted short names of an alias bracket from `at` (its first opening
/// mark `q`) to the closing bracket: one (`以下简称《决定》）`) or a list for
/// the titles listed before it (`以下简称《实施意见》和《行动计划》）`). Returns
/// them in order and the bracket's end.
fn quoted_aliases(text: &str, mut at: usize, q: char, close_q: char) -> Option<(Vec<Span>, usize)> {
    let mut out = Vec::new();
    loop {
        if !text[at..].starts_with(q) {
            return None;
        }
        let a_start = at + q.len_utf8();
        let window: String = text[a_start..].chars().take(20).collect();
        let rel = window.find(close_q)?;
        if rel == 0 {
            return None;
        }
        let a_end = a_start + rel;
        out.push(Span::new(a_start, a_end));
        at = a_end + close_q.len_utf8();
        let c = text[at..].chars().next()?;
        if crate::chars::is_close_paren(c) {
            return Some((out, at + c.len_utf8()));
        }
        // `《条例》《办法》`: the next short name may follow directly.
        if c == q {
            continue;
        }
        if !(super::text::is_conjunction(c) || c == super::text::ENUM_COMMA) {
            return None;
        }
        at += c.len_utf8();
    }
}

/// The aliases of a list bracket after the last of several titles
/// (`《A》和《B》（以下简称《a》和《b》）`): the short names, in order, and
/// the bracket's end; `None` for a bracket of one alias or none.
fn list_aliases_after(text: &str, end: usize) -> Option<(Vec<Span>, usize)> {
    aliases_after(text, end).filter(|(a, _)| a.len() > 1)
}

/// The titles of the `n` mentions right before the 《 at `open`, in text
/// order, when each follows the one before past a single 和 or 、, or
/// right after it (`《A》和《B》`, `《A》《B》`); `None` otherwise.
fn listed_before(text: &str, open: usize, mentions: &[Mention], n: usize) -> Option<Vec<usize>> {
    let listed: Vec<&Mention> = mentions.iter().rev().take(n).collect();
    let mut next_open = open;
    let joined = listed.len() == n
        && listed.iter().all(|m| {
            // Nested or overlapping names are no list.
            let Some(gap) = text.get(m.span.end..next_open) else {
                return false;
            };
            next_open = m.span.start;
            // `《A》《B》`: no word between them lists them too.
            let mut cs = gap.chars();
            cs.next().is_none_or(|c| {
                (super::text::is_conjunction(c) || c == super::text::ENUM_COMMA)
                    && cs.next().is_none()
            })
        });
    joined.then(|| listed.iter().rev().map(|m| m.title).collect())
}

/// Titles at their first mention, and every mention that names one of them.
pub(crate) fn find(text: &str) -> (Vec<Title>, Vec<Mention>) {
    let mut titles: Vec<Title> = Vec::new();
    let mut mentions = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut skip_until = 0;
    for (open, end) in pairs(text) {
        if open < skip_until {
            continue;
        }
        let inner = &text[next_char(text, open)..end - TITLE_CLOSE.len_utf8()];
        let name = clean_name(inner);
        if name.is_empty() {
            continue;
        }
        let span = Span::new(open, end);
        if let Some(&t) = by_name.get(&name) {
            mentions.push(Mention { span, title: t });
            // An alias may be given at a later mention.
            if let Some((a, bracket_end)) = alias_after(text, end) {
                skip_until = bracket_end;
                if titles[t].alias.is_none() {
                    titles[t].alias = Some(a);
                    by_name.entry(text[a.range()].to_string()).or_insert(t);
                }
            }
            continue;
        }
        let (doc_type, trial) = doc_type(&name);
        let index = titles.len();
        // `《A》和《B》（以下简称《a》和《b》）`: each earlier title of the
        // list, joined to this one by conjunctions, takes its short name;
        // this one takes the last.
        let listed = list_aliases_after(text, end).and_then(|(aliases, bracket_end)| {
            let earlier = listed_before(text, open, &mentions, aliases.len() - 1)?;
            Some((aliases, bracket_end, earlier))
        });
        let alias = match listed {
            Some((aliases, bracket_end, earlier)) => {
                for (&t, &a) in earlier.iter().zip(&aliases) {
                    if titles[t].alias.is_none() {
                        titles[t].alias = Some(a);
                        by_name.entry(text[a.range()].to_string()).or_insert(t);
                    }
                }
                aliases.last().map(|&a| (a, bracket_end))
            }
            None => alias_after(text, end),
        };
        if let Some((a, bracket_end)) = alias {
            skip_until = bracket_end;
            by_name.entry(text[a.range()].to_string()).or_insert(index);
        }
        by_name.insert(name.clone(), index);
        titles.push(Title {
            span,
            name,
            doc_type,
            trial,
            alias: alias.map(|(a, _)| a),
        });
        mentions.push(Mention { span, title: index });
    }
    (titles, mentions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_lead_table_parses_without_duplicates_and_each_lead_gives_an_alias() {
        let t = alias_leads();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        let mut seen = std::collections::HashSet::new();
        for w in t.items {
            assert!(seen.insert(w), "duplicate {w}");
            let text = format!("《某某管理办法》（{w}《办法》）");
            let (a, _) = alias_after(&text, "《某某管理办法》".len()).expect(w);
            assert_eq!(&text[a.range()], "办法", "{w}");
        }
    }

    #[test]
    fn table_parses_without_duplicates() {
        let mut seen = std::collections::HashSet::new();
        assert!(DOC_TYPES.len() >= 23);
        for w in DOC_TYPES.iter() {
            assert!(seen.insert(*w), "duplicate {w}");
            // Every row is recognised as a type word.
            assert_eq!(doc_type(&format!("关于某事的{w}")).0, Some(*w));
        }
    }

    #[test]
    fn longest_type_word_and_suffixes() {
        assert_eq!(
            doc_type("支持稳经济稳增长规划用地十六条政策措施"),
            (Some("政策措施"), false)
        );
        assert_eq!(
            doc_type("工业用地带方案出让实施方案"),
            (Some("实施方案"), false)
        );
        assert_eq!(
            doc_type("关于推进制造强市建设的若干意见"),
            (Some("意见"), false)
        );
        assert_eq!(
            doc_type("漯河市人民政府关于加快先进制造业专业园区建设的实施意见(试行)"),
            (Some("实施意见"), true)
        );
        assert_eq!(
            doc_type("某某行动方案（2025—2027年）"),
            (Some("行动方案"), false)
        );
        assert_eq!(
            doc_type("中国服务消费发展报告（2025）"),
            (Some("报告"), false)
        );
        assert_eq!(doc_type("人民日报"), (None, false));
        assert_eq!(doc_type("中华人民共和国民法"), (Some("法"), false));
    }

    #[test]
    fn aliases_after_numbers_and_trial_inside_brackets() {
        let text = "执行《某某办法（试行）》（某建发〔2021〕3号，以下简称《办法》）和《某某政策》（某政〔2024〕3号）（以下简称“十条”）。《办法》另有规定。";
        let (titles, mentions) = find(text);
        let aliases: Vec<_> = titles
            .iter()
            .map(|t| t.alias.map(|a| &text[a.range()]))
            .collect();
        assert_eq!(aliases, [Some("办法"), Some("十条")]);
        assert_eq!(mentions.len(), 3);
        let text =
            "落实《某某管理办法》（试行）（以下简称《办法》）和《某某新政》（以下统称“新政”）。";
        let aliases: Vec<_> = find(text)
            .0
            .iter()
            .map(|t| t.alias.map(|a| &text[a.range()]))
            .collect();
        assert_eq!(aliases, [Some("办法"), Some("新政")]);
        let text =
            "落实《某某甲办法》（以下简称：《甲办法》）和《某某乙办法》（以下简称 《乙办法》）。";
        let (titles, mentions) = find(text);
        let aliases: Vec<_> = titles
            .iter()
            .map(|t| t.alias.map(|a| &text[a.range()]))
            .collect();
        assert_eq!(aliases, [Some("甲办法"), Some("乙办法")]);
        assert_eq!(mentions.len(), 2);
        // A bracket of a number alone gives no alias.
        assert!(find("《某某办法》（某建发〔2021〕3号）").0[0]
            .alias
            .is_none());
        assert_eq!(
            doc_type("某市人民政府关于印发某市管理办法（试行）的通知"),
            (Some("通知"), false)
        );
        assert_eq!(doc_type("某市人才安居试行办法"), (Some("办法"), true));
        assert_eq!(outside_brackets("甲（乙）丙(丁)"), "甲丙");
    }

    #[test]
    fn split_title_alias_and_repeats() {
        let text = "通过了《河北省人民代表大会常务委\n\n员会关于促进发展决定》（以下简称《决定》），自今年7月1日起施行。《决定》共30条。又见《河北省人民代表大会常务委员会关于促进发展决定》。";
        let (titles, mentions) = find(text);
        assert_eq!(titles.len(), 1);
        let t = &titles[0];
        assert_eq!(t.name, "河北省人民代表大会常务委员会关于促进发展决定");
        assert_eq!(t.doc_type, Some("决定"));
        assert_eq!(&text[t.alias.unwrap().range()], "决定");
        assert_eq!(mentions.len(), 3);
        assert!(mentions.iter().all(|m| m.title == 0));
        assert_eq!(&text[mentions[1].span.range()], "《决定》");
    }

    #[test]
    fn trial_words_parse_and_each_marks_a_trial() {
        let t = trial_words();
        assert!(t.errors.is_empty() && !t.items.is_empty());
        for w in t.items {
            assert_eq!(doc_type(&format!("某某办法（{w}）")), (Some("办法"), true));
        }
        assert_eq!(doc_type("某某工作方案(暂行)"), (None, false));
    }

    #[test]
    fn a_list_of_titles_with_a_list_of_aliases() {
        let text = "研究制定了《关于某某的实施意见》和《关于某某的行动计划》（以下简称《实施意见》和《行动计划》）。现将《实施意见》和《行动计划》印发你们。《甲办法》、《乙办法》（以下简称《甲》和《乙》）";
        let (titles, mentions) = find(text);
        let got: Vec<_> = titles
            .iter()
            .map(|t| (t.name.as_str(), t.alias.map(|a| &text[a.range()])))
            .collect();
        assert_eq!(
            got,
            [
                ("关于某某的实施意见", Some("实施意见")),
                ("关于某某的行动计划", Some("行动计划")),
                ("甲办法", Some("甲")),
                ("乙办法", Some("乙")),
            ]
        );
        assert_eq!(mentions.len(), 6);
        // Nested names never panic and make no list.
        for text in [
            "《甲《乙》》和《丙》（以下简称《甲》和《丙》）",
            "《《甲》和《乙》（以下简称《a》和《b》）》",
        ] {
            let _ = find(text);
        }
        // Two titles apart by more than a conjunction share no list bracket.
        let text = "《甲办法》的规定和《乙办法》（以下简称《甲》和《乙》）";
        let (titles, _) = find(text);
        assert!(titles.iter().all(|t| t.alias.is_none()));
    }

    #[test]
    fn unquoted_alias() {
        let text = "根据《中华人民共和国个人所得税法》（以下简称个人所得税法）规定。又见《某办法》（以下简称本办法，下同）。";
        let (titles, _) = find(text);
        assert_eq!(&text[titles[0].alias.unwrap().range()], "个人所得税法");
        assert!(titles[1].alias.is_none());
    }

    #[test]
    fn a_bare_short_name_in_brackets_after_a_title_is_its_alias() {
        let text = "按照《关于优化某某措施的通知》(省十五条)、《关于某某工作的通知》（新八条）和《某某办法》（另行制定）、《某某规定》(试行)、《某某意见》(某政发〔2030〕3号)、《某某条例》(2019年修订)精神。";
        let (titles, _) = find(text);
        let aliases: Vec<_> = titles
            .iter()
            .map(|t| t.alias.map(|a| &text[a.range()]))
            .collect();
        assert_eq!(
            aliases,
            [Some("省十五条"), Some("新八条"), None, None, None, None]
        );
    }

    #[test]
    fn nested_and_quoted_alias() {
        let text = "转发《关于印发〈某某办法〉的通知》(以下简称“通知”)和《关于《某规划》的说明》。";
        let (titles, _) = find(text);
        assert_eq!(titles.len(), 2);
        assert_eq!(titles[0].name, "关于印发〈某某办法〉的通知");
        assert_eq!(titles[0].doc_type, Some("通知"));
        assert_eq!(&text[titles[0].alias.unwrap().range()], "通知");
        assert_eq!(titles[1].name, "关于《某规划》的说明");
        assert_eq!(titles[1].doc_type, None);
    }

    #[test]
    fn unbalanced_brackets_never_panic() {
        for text in [
            "《《《",
            "》》》《",
            "《a《b》",
            "《",
            "《》",
            "《\n》",
            "《《《《《《《《《《x》",
        ] {
            let (titles, _) = find(text);
            for t in titles {
                assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            }
        }
        let (titles, _) = find("《a《b》");
        assert_eq!(titles[0].name, "b");
        let (titles, _) = find("《《《见《某某办法》和《某某规划》。");
        let names: Vec<_> = titles.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["某某办法", "某某规划"]);
    }
}
