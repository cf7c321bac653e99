//! Documents a document cites (SPEC 2.1 `references`): by 《》 title, by
//! 发文字号, or both (`《国务院关于…的意见》（国发〔2018〕42号）` is one
//! reference), one per distinct document at its first mention, with the
//! relation the words around its mentions give (`data/policy_reference_words.tsv`):
//! `basis` (根据, 依据, 按照, 贯彻落实 … before it), `issues` (印发, 转发),
//! A 发文字号 in a bracket right after the title, or written right before it
//! (`漯房稳办〔2022〕24号《某方案》`), belongs to that reference.
//! `replaces` (同时废止, 不再执行), else `cites`.
//!
//! The document's own 发文字号 (one standing alone on its line) is not a
//! reference, nor is a 《》 name of a newspaper or journal (《人民日报》).
//! The relation is read at the first mention: an after-word in the rest of
//! the sentence (up to the next 《》 name) wins over the nearest before-word
//! in the sentence before it; words inside other 《》 names do not count.

use super::doc_number::DocNumber;
use super::text::{
    is_clause_sep, is_close, is_colon, is_conjunction, is_open, is_space, lines, trim, ENUM_COMMA,
    FULL_STOP, TITLE_OPEN,
};
use super::title::{Mention, Title};
use crate::entity::Span;
use crate::lexicon::{has_char, List};
use std::fmt;
use std::sync::LazyLock;

/// How a document relates to a document it cites.
///
/// ```
/// assert_eq!(shuzi::policy::Relation::Basis.as_str(), "basis");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Relation {
    /// The citing document rests on it (根据, 依据, 按照, 贯彻落实).
    Basis,
    /// The citing notice issues or forwards it (印发, 转发).
    Issues,
    /// The citing document repeals it (同时废止, 不再执行).
    Replaces,
    /// Any other citation.
    Cites,
}

impl Relation {
    /// The name used in JSON.
    ///
    /// ```
    /// assert_eq!(shuzi::policy::Relation::Replaces.as_str(), "replaces");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            Relation::Basis => "basis",
            Relation::Issues => "issues",
            Relation::Replaces => "replaces",
            Relation::Cites => "cites",
        }
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A document cited by 《》 title, 发文字号, or both.
///
/// ```
/// use shuzi::policy::Relation;
/// let text = "根据《国务院关于推动发展的意见》（国发〔2018〕42号），结合实际，制定本方案。《某某办法》同时废止。";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let r = &p.references[0];
/// assert_eq!(&text[r.span.range()], "《国务院关于推动发展的意见》（国发〔2018〕42号）");
/// assert_eq!(r.title.as_deref(), Some("国务院关于推动发展的意见"));
/// assert_eq!(&text[r.doc_number.unwrap().range()], "国发〔2018〕42号");
/// assert_eq!(r.relation, Relation::Basis);
/// assert_eq!(p.references[1].relation, Relation::Replaces);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Reference {
    /// The first mention: the 《》 title (with a 发文字号 bracket right after
    /// it), or the 发文字号 alone.
    pub span: Span,
    /// The title's name without 《》, when cited by title.
    pub title: Option<String>,
    /// The 发文字号, when given.
    pub doc_number: Option<Span>,
    /// How the citing document relates to it.
    pub relation: Relation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Place {
    Before,
    /// Before the title, and only in a signed document (制定了《措施》).
    BeforeSigned,
    /// Before the title; in a signed document only as its own act
    /// (`现公布《…》`, not `某厅公布《…》`).
    BeforeOwn,
    After,
    End,
    Own,
    /// An adverb of the document's own coming act before its issue word,
    /// with no subject before it (加快印发《…》).
    OwnAdverb,
    Number,
    /// A word after a 发文字号 in the bracket after a title that names the
    /// document (`（银发〔2020〕29号文）`): the number is still the bracket's.
    NumberTail,
    /// An issue word followed by 的 before a title (`某部门印发的《…》`):
    /// it names who printed the document, no relation; the words further
    /// before decide (`根据某部门印发的《…》` is basis).
    Attributive,
    /// A verb of adoption right before the title in a law's adoption note
    /// (`…次会议通过《某某管理条例》`): the name is the document's own
    /// earlier title, no reference (meaning unused).
    Former,
    /// A word of a model text ending a 《》 name (`示范文本`): the name
    /// before it says what it is (`《房屋租赁合同示范文本》` is a contract's
    /// form, no document).
    Model,
}

impl std::str::FromStr for Place {
    type Err = String;
    fn from_str(s: &str) -> Result<Place, String> {
        match s {
            "before" => Ok(Place::Before),
            "before_signed" => Ok(Place::BeforeSigned),
            "after" => Ok(Place::After),
            "end" => Ok(Place::End),
            "own" => Ok(Place::Own),
            "own_adverb" => Ok(Place::OwnAdverb),
            "number" => Ok(Place::Number),
            "number_tail" => Ok(Place::NumberTail),
            "attributive" => Ok(Place::Attributive),
            "before_own" => Ok(Place::BeforeOwn),
            "former" => Ok(Place::Former),
            "model" => Ok(Place::Model),
            other => Err(format!("unknown place {other:?}")),
        }
    }
}

/// The meaning column: a relation, or `not_document` (`None`).
struct Meaning(Option<Relation>);

impl std::str::FromStr for Meaning {
    type Err = String;
    fn from_str(s: &str) -> Result<Meaning, String> {
        match s {
            "basis" => Ok(Meaning(Some(Relation::Basis))),
            "issues" => Ok(Meaning(Some(Relation::Issues))),
            "replaces" => Ok(Meaning(Some(Relation::Replaces))),
            "cites" => Ok(Meaning(Some(Relation::Cites))),
            "not_document" => Ok(Meaning(None)),
            other => Err(format!("unknown meaning {other:?}")),
        }
    }
}

/// (word, relation, place); relation None for not_document.
type WordRow = (&'static str, Option<Relation>, Place);

/// `data/policy_reference_words.tsv`: word, meaning, place.
fn word_table() -> crate::lexicon::Table<WordRow> {
    crate::lexicon::Table::load(
        "policy_reference_words.tsv",
        include_str!("../data/policy_reference_words.tsv"),
        |r| {
            let Meaning(relation) = r.get(1)?;
            Ok((r.word(0)?, relation, r.get(2)?))
        },
    )
}

struct Words {
    rows: Vec<WordRow>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut rows = word_table().items;
    // Longest first, so 同时废止 is taken before 废止.
    rows.sort_by_key(|r| std::cmp::Reverse(r.0.len()));
    Words { rows }
});

/// True when a 《》 name is a publication, a certificate or a contract, not
/// a document: the longest `end` word it ends with says (`协议` is a
/// contract form, `框架协议` a document).
fn is_publication(name: &str) -> bool {
    // `《房屋租赁合同示范文本》`: the model of a contract, read as the contract.
    let name = WORDS
        .rows
        .iter()
        .filter(|(_, _, p)| *p == Place::Model)
        .find_map(|(w, _, _)| name.strip_suffix(w).filter(|n| !n.is_empty()))
        .unwrap_or(name);
    super::form::form_of(name).is_none()
        && WORDS
            .rows
            .iter()
            .find(|(w, _, p)| *p == Place::End && name.ends_with(w))
            .is_some_and(|(_, r, _)| r.is_none())
}

/// True when `at` lies inside one of `spans` (sorted, disjoint).
fn inside(spans: &[Span], at: usize) -> bool {
    let i = spans.partition_point(|s| s.end <= at);
    spans.get(i).is_some_and(|s| s.start <= at)
}

/// How far around a mention relation words are looked for (bytes, about
/// 200 Han characters): the look is bounded, so a text of one endless
/// sentence with many titles stays linear.
const WINDOW_BYTES: usize = 600;

/// The char boundary at or before `at` (at most `text.len()`).
fn floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The char boundary at or after `at`.
fn ceil(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// True when the word at `at` (bytes into `s`) lies inside an attributive
/// word of the data there (`印发的`): it then gives no relation.
fn in_attributive(s: &str, at: usize) -> bool {
    WORDS
        .rows
        .iter()
        .filter(|(_, _, p)| *p == Place::Attributive)
        .any(|(w, _, _)| s.match_indices(w).any(|(i, _)| i <= at && at < i + w.len()))
}

/// True when the issue word at `at` (bytes into `before`, the sentence up to
/// the title) follows a basis word of its own clause (`按照某日印发《…》要求`):
/// the verb then prints the document the basis word governs, an attributive
/// with its 的 left out (`按照某日印发的《…》`), and gives nothing; the basis
/// word decides.
fn in_basis_phrase(before: &str, at: usize) -> bool {
    let head = &before[..at];
    let clause = head.rfind(is_clause_sep).map_or(head, |i| {
        &head[i + head[i..].chars().next().map_or(1, char::len_utf8)..]
    });
    WORDS
        .rows
        .iter()
        .filter(|(_, r, p)| *r == Some(Relation::Basis) && *p == Place::Before)
        .any(|(w, _, _)| clause.contains(w))
}

/// True when a basis word of place before opens the clause of the title
/// starting at `start` (`依据《条例》`, `按照某日印发的《方案》`): the title
/// is then what the basis word governs, and an issue word beyond its clause
/// acts on something else (`…的规定，通过…系统向社会公布相关信息`).
fn basis_governs(text: &str, start: usize, names: &[Span]) -> bool {
    let from = ceil(text, start.saturating_sub(WINDOW_BYTES));
    let head = &text[from..start];
    let clause_start = head
        .rfind(|c| c == '\n' || is_clause_sep(c) || has_char(List::WideSentenceEnd, c))
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &head[clause_start..];
    WORDS
        .rows
        .iter()
        .filter(|(_, r, p)| *r == Some(Relation::Basis) && *p == Place::Before)
        .any(|(w, _, _)| {
            clause
                .match_indices(w)
                .any(|(i, _)| !inside(names, from + clause_start + i))
        })
}

/// True when a word of the own rule after `head` (its sentence up to the
/// word: 制定了, 公布) is the signed document's own act: right after an
/// `own` word (关于公布《…》) or with no subject before it in its clause
/// (`现公布《…》`, at most one character), not another body's act
/// (`某厅公布《…》`, `省政府研究制定了《…》`).
fn own_issue(head: &str) -> bool {
    if WORDS
        .rows
        .iter()
        .any(|(w, _, p)| *p == Place::Own && head.ends_with(w))
    {
        return true;
    }
    let clause = head
        .rfind(|c| c == ENUM_COMMA || has_char(List::Comma, c) || is_colon(c))
        .map_or(head, |i| {
            &head[i + head[i..].chars().next().map_or(1, char::len_utf8)..]
        });
    // `加快印发《…》`: an adverb of the document's own coming act.
    let clause = WORDS
        .rows
        .iter()
        .filter(|(_, _, p)| *p == Place::OwnAdverb)
        .find_map(|(w, _, _)| clause.strip_suffix(w))
        .unwrap_or(clause);
    clause.trim().chars().count() <= 1
}

/// The relation the words around `span` give, if any. In a `signed`
/// document (a signature or recipients) a `before_signed` or `before_own`
/// word before the title (制定了, 公布) counts only as the document's own
/// act ([`own_issue`]); the issue verbs (印发) count whoever acts.
fn relation_at(
    text: &str,
    span: Span,
    same: &[usize],
    names: &[Span],
    signed: bool,
) -> Option<Relation> {
    // After: 印发 to the end of the sentence or the next 《》 name other
    // than its own or its alias (`same`, where each such 《 opens:
    // `《方案》（以下简称《方案》）已经国务院同意，现印发给你们`; `《条例》已经…
    // 修订通过，现将修订后的《条例》公布`), the other words to the end of
    // the clause (`《办法》同时废止`, not `…下，不再执行《规定》`).
    let rest = &text[span.end..floor(text, span.end + WINDOW_BYTES)];
    // Names listed right after it share its verb (`现将《A》《B》印发给你们`).
    let listed = names_listed_after(text, span.end, names) - span.end;
    let sentence_end = rest
        .match_indices(|c| c == '\n' || has_char(List::ReferenceSentenceEnd, c))
        .filter(|&(i, _)| i >= listed)
        .find(|&(i, _)| same.binary_search(&(span.end + i)).is_err())
        .map_or(rest.len(), |(i, _)| i);
    let clause_end = rest[..sentence_end]
        .find(|c| has_char(List::Comma, c) || is_colon(c))
        .unwrap_or(sentence_end);
    // A repeal closing a list joined by 、 reaches each name of it, whatever
    // names the printer between (`《A》、2001年…令第15号发布的《B》同时废止`).
    let chain = (listed_with_printers_after(text, span.end, names) - span.end).min(rest.len());
    let chain_end = chain
        + rest[chain..]
            .find(|c| c == '\n' || is_clause_sep(c) || has_char(List::ReferenceSentenceEnd, c))
            .unwrap_or(rest.len() - chain);
    for (w, r, p) in &WORDS.rows {
        if *p != Place::After {
            continue;
        }
        if *r == Some(Relation::Replaces) && chain > 0 && rest[chain..chain_end].contains(w) {
            return *r;
        }
        let end = if *r == Some(Relation::Issues) {
            sentence_end
        } else {
            clause_end
        };
        // An issue word past the title's clause does not reach back over a
        // basis word of that clause (`依据《条例》的规定，…向社会公布…`: basis).
        let end = if *r == Some(Relation::Issues) && basis_governs(text, span.start, names) {
            clause_end
        } else {
            end
        };
        let found = rest[..end]
            .match_indices(w)
            .map(|(i, _)| i)
            .find(|&i| !(*r == Some(Relation::Issues) && in_attributive(&rest[..end], i)));
        if let Some(i) = found {
            if !inside(names, span.end + i) {
                return *r;
            }
        }
    }
    // Before: the nearest word in the sentence.
    let from = ceil(text, span.start.saturating_sub(WINDOW_BYTES));
    let head = &text[from..span.start];
    let sentence_start = from
        + head
            .rfind(|c| {
                c == '\n' || has_char(List::WideSentenceEnd, c) || has_char(List::Semicolon, c)
            })
            .map_or(0, |i| {
                i + head[i..].chars().next().map_or(1, char::len_utf8)
            });
    let before = &text[sentence_start..span.start];
    let mut best: Option<(usize, Relation)> = None;
    for (w, r, p) in &WORDS.rows {
        let before_here =
            matches!(p, Place::Before | Place::BeforeOwn) || (signed && *p == Place::BeforeSigned);
        let (true, Some(r)) = (before_here, r) else {
            continue;
        };
        for (i, _) in before.match_indices(w) {
            let at = sentence_start + i;
            if inside(names, at) {
                continue;
            }
            // The issue verbs are read by the word, whoever acts
            // (`2018年11月，党中央、国务院印发《…》` and `各区要加快印发《…》`
            // issue, as the goldens read them); 制定了 and 公布 in a signed
            // document issue only as its own act. Any issue word printed as
            // `某部门印发的` gives nothing.
            if signed
                && matches!(p, Place::BeforeSigned | Place::BeforeOwn)
                && !own_issue(&before[..i])
            {
                continue;
            }
            if *r == Relation::Issues && (in_attributive(before, i) || in_basis_phrase(before, i)) {
                continue;
            }
            // A number cited alone after a notice's title that holds the
            // issue word (`…关于印发《某细则》的通知（某〔2022〕1号）`): the
            // word prints the 《》 name inside that title, and the number
            // is the notice's own, cited.
            if *r == Relation::Issues
                && !text[span.range()].starts_with(is_open)
                && WORDS
                    .rows
                    .iter()
                    .any(|(o, _, p)| *p == Place::Own && before[..i].ends_with(o))
            {
                continue;
            }
            // `关于印发《某实施方案的通知》（某〔2016〕9号）`: 《》 that close a
            // notice's name after 关于 and the issue word quote that notice
            // whole, its 关于印发 written outside them; the words before
            // 关于 decide (a 转发 heading's `关于转发《…的通知》的通知` goes on
            // with the notice's end and issues).
            if *r == Relation::Issues
                && WORDS
                    .rows
                    .iter()
                    .any(|(o, _, p)| *p == Place::Own && before[..i].ends_with(o))
                && quotes_a_notice(text, span, names)
            {
                continue;
            }
            // The word governs the title only across clauses that go on
            // naming documents (`按照《A》，B《C》` → C), not across other
            // clauses (`为贯彻落实…要求，…，制定了《A》` cites A).
            let from = at + w.len();
            let between = &text[from..span.start];
            let mut clause_start = from;
            let mut crosses_plain = false;
            for (j, c) in between.char_indices().filter(|&(_, c)| is_clause_sep(c)) {
                let clause_end = from + j;
                let k = names.partition_point(|n| n.start < clause_start);
                if names.get(k).is_none_or(|n| n.start >= clause_end) {
                    crosses_plain = true;
                    break;
                }
                clause_start = clause_end + c.len_utf8();
            }
            if crosses_plain {
                continue;
            }
            // The nearest word; at the same place the longer (rows are longest first).
            if best.is_none_or(|(b, _)| at + w.len() > b) {
                best = Some((at + w.len(), *r));
            }
        }
    }
    best.map(|(_, r)| r)
}

/// True when the 《》 name opening `span` closes a notice's name (`…的通知`)
/// and no notice's end follows it (`《…的通知》（某〔2016〕9号）基础上`, not
/// `关于转发《…的通知》的通知`).
fn quotes_a_notice(text: &str, span: Span, names: &[Span]) -> bool {
    let Some(name) = names.iter().find(|n| n.start == span.start) else {
        return false;
    };
    let written = &text[name.range()];
    let mut inner = written.chars();
    inner.next();
    inner.next_back();
    let after = text[name.end..].trim_start_matches(char::is_whitespace);
    super::form::closes_notice(inner.as_str()) && !super::form::opens_notice_end(after)
}

/// True when a line between `from` and `to` is `name` alone: the issued
/// text's own title line, which that text starts under.
fn titled_line_between(text: &str, from: usize, to: usize, name: &str) -> bool {
    text.get(from..to)
        .is_some_and(|s| s.lines().skip(1).any(|l| l.trim_matches(is_space) == name))
}

/// A 发文字号 in a bracket right after `end`: the number and the bracket's end.
fn number_after(text: &str, end: usize, numbers: &[DocNumber]) -> Option<(usize, usize)> {
    let rest = &text[end..];
    let skipped = rest.len() - rest.trim_start_matches(is_space).len();
    let at = end + skipped;
    let open = text[at..]
        .chars()
        .next()
        .filter(|&c| is_open(c) && c != TITLE_OPEN)?;
    let inner = at + open.len_utf8();
    // The numbers are in text order: a binary search, not a scan per title.
    let k = numbers.partition_point(|d| d.span.start < inner);
    numbers.get(k).filter(|d| d.span.start == inner)?;
    let mut after = numbers[k].span.end;
    // `（银发〔2020〕29号文）`: a word naming the document after the number.
    if let Some((w, _, _)) = WORDS
        .rows
        .iter()
        .find(|(w, _, p)| *p == Place::NumberTail && text[after..].starts_with(w))
    {
        let end = after + w.len();
        if text[end..].chars().next().is_some_and(is_close) {
            after = end;
        }
    }
    let next = text[after..].chars().next()?;
    if is_close(next) {
        return Some((k, after + next.len_utf8()));
    }
    // `（某政发〔2023〕5号，以下简称《若干措施》）`: the bracket goes on after
    // a comma with the short name; it ends at its own closing mark.
    if !is_clause_sep(next) || super::text::is_colon(next) {
        return None;
    }
    let mut depth = 0usize;
    for (i, c) in text[after..].char_indices().take(60) {
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            if depth == 0 {
                return Some((k, after + i + c.len_utf8()));
            }
            depth -= 1;
        } else if c == FULL_STOP || c == '\n' {
            return None;
        }
    }
    None
}

/// The most characters a bracketed 公告 number holds.
const MAX_ANNOUNCEMENT_CHARS: usize = 40;

/// A bracket right after `end` holding a number written without 〔〕: a
/// body, a `number` word of `data/policy_reference_words.tsv` (公告), a
/// year of four digits, a serial, and at most three characters around
/// them (`（财政部 税务总局公告2021年第24号）`). Returns the number's span
/// inside the bracket and the bracket's end.
fn announcement_after(text: &str, end: usize) -> Option<(Span, usize)> {
    let rest = &text[end..];
    let skipped = rest.len() - rest.trim_start_matches(is_space).len();
    let at = end + skipped;
    let open = text[at..].chars().next().filter(|&c| is_open(c))?;
    let inner = at + open.len_utf8();
    let (rel, close) = text[inner..]
        .char_indices()
        .take(MAX_ANNOUNCEMENT_CHARS)
        .find(|&(_, c)| is_close(c) || is_open(c))?;
    if !is_close(close) || rel == 0 {
        return None;
    }
    let body = &text[inner..inner + rel];
    let number_words = || {
        WORDS
            .rows
            .iter()
            .filter(|(_, _, p)| *p == Place::Number)
            .map(|(w, _, _)| *w)
    };
    // The number word in the bracket, or ending the title itself
    // (`《…的公告》（2022年第21号）`: the bracket holds year and serial only,
    // maybe after the issuing bodies, `（财政部 税务总局2023年第28号）`).
    let title = text[..end].trim_end_matches(is_close);
    let tail = number_words()
        .find_map(|w| body.find(w).map(|i| &body[i + w.len()..]))
        .or_else(|| {
            let digit = body.find(|c: char| c.is_ascii_digit())?;
            let bodies = body[..digit]
                .chars()
                .all(|c| crate::chars::is_han(c) || is_space(c));
            (number_words().any(|w| title.ends_with(w)) && bodies).then_some(&body[digit..])
        })?;
    let groups: Vec<&str> = tail
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    let others = tail.chars().filter(|c| !c.is_ascii_digit()).count();
    let numbered = groups.len() == 2 && groups[0].len() == 4 && others <= 3;
    let plain = !tail
        .chars()
        .any(|c| c.is_ascii_punctuation() || is_space(c));
    (numbered && plain && tail.ends_with(|c: char| !c.is_ascii_digit())).then(|| {
        (
            Span::new(inner, inner + rel),
            inner + rel + close.len_utf8(),
        )
    })
}

/// A 发文字号 ending right before `start` (`…24号《某方案》`): its index.
fn number_before(text: &str, start: usize, numbers: &[DocNumber]) -> Option<usize> {
    let head = text[..start].trim_end_matches(is_space);
    let k = numbers.partition_point(|d| d.span.end < head.len());
    numbers
        .get(k)
        .filter(|d| d.span.end == head.len())
        .map(|_| k)
}

/// The document's own numbers: those standing alone on their line, bare
/// or in one pair of brackets (`（苏政办发〔2025〕2号）`), or inside a line
/// that is one bracket naming no 《》 title (a note of publication,
/// `（2023年1月30日某市人民政府某府规字〔2023〕1号文发布）`).
pub(crate) fn own_numbers(text: &str, numbers: &[DocNumber]) -> Vec<bool> {
    let ls = lines(text);
    // The heading: the first line with any text.
    let first = ls.iter().position(|l| {
        let (s, e) = trim(text, l.start, l.end);
        s < e
    });
    numbers
        .iter()
        .map(|d| {
            let i = ls.partition_point(|l| l.end < d.span.start);
            ls.get(i).is_some_and(|l| {
                let (s, e) = trim(text, l.start, l.end);
                if (s, e) == (d.span.start, d.span.end) {
                    return true;
                }
                let (before, after) = (&text[s..d.span.start], &text[d.span.end..e]);
                // A field of the page's header: a short label and a colon
                // before it at the start of its line (`文 号: 某府办发〔2022〕10号`).
                if let Some(label) = before.trim_end_matches(is_space).strip_suffix(is_colon) {
                    let label: String = label.chars().filter(|c| !is_space(*c)).collect();
                    if (1..=MAX_LABEL_CHARS).contains(&label.chars().count())
                        && !label.contains(|c| is_open(c) || is_close(c))
                    {
                        return true;
                    }
                }
                // A bracket closing the heading
                // (`某市人民政府关于印发某规定的通知(某府〔2023〕14号)`).
                if first == Some(i)
                    && before.ends_with(is_open)
                    && !before.ends_with(TITLE_OPEN)
                    && after.chars().count() == 1
                    && after.ends_with(is_close)
                {
                    return true;
                }
                let mut b = before.chars();
                let mut a = after.chars();
                // Or inside a line that is one bracket naming no title, the
                // note of publication under the heading
                // (`（2023年1月30日某市人民政府某府规字〔2023〕1号文发布）`).
                let note = before.starts_with(is_open)
                    && after.ends_with(is_close)
                    && !before[before.chars().next().map_or(0, char::len_utf8)..]
                        .contains(|c| is_open(c) || is_close(c));
                note || matches!((b.next(), b.next(), a.next(), a.next()),
                    (Some(o), None, Some(c), None) if is_open(o) && is_close(c))
            })
        })
        .collect()
}

/// The most characters of a header field's label before a number
/// (`发文字号：`).
const MAX_LABEL_CHARS: usize = 6;

/// True for what joins two names of a list (、 or a conjunction).
fn is_list_joint(c: char) -> bool {
    c == ENUM_COMMA || is_conjunction(c)
}

/// `head` without the bracketed names listed at its end (`印发《A》和` →
/// `印发`; a bracket inside a name, `《A（试行）》`, is skipped whole).
fn names_listed_before(head: &str) -> &str {
    let mut head = head.trim_end_matches(is_list_joint);
    while head.ends_with(is_close) {
        let mut depth = 0usize;
        let mut open = None;
        for (i, c) in head.char_indices().rev() {
            if is_close(c) {
                depth += 1;
            } else if is_open(c) {
                depth -= 1;
                if depth == 0 {
                    open = Some(i);
                    break;
                }
            }
        }
        let Some(open) = open else { break };
        head = head[..open].trim_end_matches(is_list_joint);
    }
    head
}

/// The end of the names (`names`) listed right after `end` (`《A》和《B》印发`
/// from A's end: B's end), `end` itself when none follows.
fn names_listed_after(text: &str, end: usize, names: &[Span]) -> usize {
    let mut end = end;
    loop {
        let rest = &text[end..];
        let at = end + (rest.len() - rest.trim_start_matches(is_list_joint).len());
        let k = names.partition_point(|n| n.start < at);
        match names.get(k) {
            Some(n) if n.start == at => end = n.end,
            _ => break,
        }
    }
    end
}

/// The most characters between 、 and the next name of a listed repeal
/// (a date and the order that printed it).
const MAX_PRINTER_CHARS: usize = 60;

/// The end of the names listed after `end` each behind a 、 and at most a
/// short phrase naming its printer, with no clause mark between
/// (`《A》、2001年11月7日原某委令第15号发布的《B》`: B's end), `end` itself
/// when none follows.
fn listed_with_printers_after(text: &str, end: usize, names: &[Span]) -> usize {
    let mut end = end;
    while text[end..].starts_with(ENUM_COMMA) {
        let k = names.partition_point(|n| n.start < end);
        let Some(n) = names.get(k) else { break };
        let gap = &text[end..n.start];
        if gap.chars().count() > MAX_PRINTER_CHARS
            || gap.contains(|c| {
                c == '\n' || is_clause_sep(c) || has_char(List::ReferenceSentenceEnd, c)
            })
        {
            break;
        }
        end = n.end;
    }
    end
}

/// `Issues` when the document's own heading, read joined, issues `name`
/// (`关于印发《某规则》的通知`): a heading wrapped right before the 《
/// (`国务院关于印发` / `《国务院工作规则》的通知`) still says so.
fn issued_by_heading(own_title: Option<&str>, name: &str) -> Option<Relation> {
    let heading = own_title?;
    heading.match_indices(name).find_map(|(at, _)| {
        // The name inside its brackets, the issue word right before them.
        let open = heading[..at].chars().next_back().filter(|&c| is_open(c))?;
        heading[at + name.len()..]
            .chars()
            .next()
            .filter(|&c| is_close(c))?;
        // Other names listed before it (`印发《A》和《B》的通知` issues B too).
        let before = names_listed_before(&heading[..at - open.len_utf8()]);
        WORDS
            .rows
            .iter()
            .any(|(w, r, p)| {
                *p == Place::Before && *r == Some(Relation::Issues) && before.ends_with(w)
            })
            .then_some(Relation::Issues)
    })
}

/// True when the mention stands on the heading's first line and that line
/// goes on after it with more of the issued name
/// (`关于印发2016年《政府工作报告》量化指标任务分工的通知`): the title is a
/// word of the name the notice issues, not the document issued, and cites.
fn word_of_issued_name(text: &str, heading_start: usize, mention: Span) -> bool {
    if mention.start < heading_start || text[heading_start..mention.start].contains('\n') {
        return false;
    }
    let line_end = text[mention.end..]
        .find('\n')
        .map_or(text.len(), |i| mention.end + i);
    let tail = &text[mention.end..line_end];
    super::form::closes_notice(tail) && super::form::name_goes_on(tail)
}

/// `data/policy_self_references.tsv`: the words by which a text names
/// itself (本办法, 本措施).
static SELF_REFERENCES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::words(
        "policy_self_references.tsv",
        include_str!("../data/policy_self_references.tsv"),
    )
    .items
});

/// True when the 《》 name opening at `open` is the text naming itself: a
/// self-reference word of the data written with the name quoted
/// (`本《措施》由发文单位负责解释`, as 本措施), or the word's lead (its first
/// character, 本) before a name ending with the word's kind
/// (`特制订本《优化措施》`, as 本措施).
fn names_itself(text: &str, mention: Span) -> bool {
    let written = &text[mention.range()];
    let mut inner = written.chars();
    inner.next();
    inner.next_back();
    let name = inner.as_str();
    let before = &text[..mention.start];
    SELF_REFERENCES.iter().any(|w| {
        let lead = w.chars().next().map_or(0, char::len_utf8);
        let (lead, kind) = w.split_at(lead);
        !lead.is_empty() && !kind.is_empty() && before.ends_with(lead) && name.ends_with(kind)
    })
}

/// True when the 《》 name at `mention` follows a `former` word right
/// before it (`…次会议通过《某某管理条例》`): the law adopted under an earlier
/// name, no document it cites.
fn former_name(text: &str, mention: Span) -> bool {
    let before = &text[..mention.start];
    WORDS
        .rows
        .iter()
        .any(|(w, _, p)| matches!(p, Place::Former) && before.ends_with(w))
}

/// True when the 《》 name at `m` is only a document's form (`《通知》`,
/// `《措施》`) found in a name written in full before it, without 以下简称
/// (a report's `…印发《某市稳定市场若干措施的通知》。《通知》提出…`): the
/// short name of that document. A longer tail of an earlier name is left a
/// reference (`《国家某某应急预案》` / `本地区的《某某应急预案》`).
fn short_name_of_earlier(titles: &[Title], mentions: &[Mention], m: &Mention) -> bool {
    let name = titles[m.title].name.as_str();
    titles[m.title].doc_type == Some(name)
        && mentions
            .iter()
            .filter(|e| e.span.start < m.span.start && e.title != m.title)
            .map(|e| titles[e.title].name.as_str())
            .any(|full| full.len() > name.len() && full.contains(name))
}

/// Every reference, in the order of first mentions. A title that is the
/// document's own (`own_title`, its heading joined) is not a reference: a
/// web page lists the document it shows under 相关稿件.
pub(crate) fn find(
    text: &str,
    titles: &[Title],
    mentions: &[Mention],
    numbers: &[DocNumber],
    own_title: Option<&str>,
    signed: bool,
) -> Vec<Reference> {
    let mut names: Vec<Span> = mentions.iter().map(|m| m.span).collect();
    names.sort_unstable_by_key(|s| s.start);
    let mut used = own_numbers(text, numbers);
    // A number written as one of the own numbers is the own number again
    // (a heading line glued to it, `某政办发〔2023〕30号某市…的通知`).
    let own: std::collections::HashSet<&str> = numbers
        .iter()
        .zip(&used)
        .filter(|(_, u)| **u)
        .map(|(d, _)| &text[d.span.range()])
        .collect();
    for (d, u) in numbers.iter().zip(used.iter_mut()) {
        if own.contains(&text[d.span.range()]) {
            *u = true;
        }
    }
    // Numbers inside a 《》 name are part of it.
    for (d, u) in numbers.iter().zip(used.iter_mut()) {
        if inside(&names, d.span.start) {
            *u = true;
        }
    }
    // Where each title's own 《 stand: its mentions and its alias.
    let mut same: Vec<Vec<usize>> = vec![Vec::new(); titles.len()];
    for m in mentions {
        same[m.title].push(m.span.start);
    }
    for (t, own) in titles.iter().zip(same.iter_mut()) {
        if let Some(a) = t.alias {
            let before = text[..a.start].chars().next_back();
            // The alias's own 《 (a quoted or bare alias has none).
            if let Some(open) = before.filter(|c| is_open(*c)) {
                own.push(a.start - open.len_utf8());
            }
        }
        own.sort_unstable();
    }
    let mut out: Vec<(usize, Reference)> = Vec::new();
    // Where the first line with any text, the heading, starts.
    let heading_start = text.len() - text.trim_start().len();
    // Whether each reference's relation was said by a word (else cites by default).
    let mut worded: Vec<bool> = Vec::new();
    let mut slot: Vec<Option<usize>> = vec![None; titles.len()];
    // The reference of a name the text issues and is based on too.
    let mut slot_of_basis: Vec<Option<usize>> = vec![None; titles.len()];
    for m in mentions {
        let t = &titles[m.title];
        if is_publication(&t.name)
            || names_itself(text, m.span)
            || former_name(text, m.span)
            || short_name_of_earlier(titles, mentions, m)
        {
            continue;
        }
        let mut attached = number_after(text, m.span.end, numbers).filter(|(k, _)| !used[*k]);
        // The document's own title is no reference, unless it names the old
        // version of that name, repealed: with its own number
        // (`原《某区实施办法》（某府规〔2023〕1号）同时废止`) or without
        // (`2010年5月1日公布的《某市某某条例》同时废止` in the new 某市某某条例):
        // no text repeals itself.
        let end = attached.map_or(m.span.end, |(_, e)| e);
        if own_title == Some(&*t.name)
            && relation_at(
                text,
                Span::new(m.span.start, end),
                &same[m.title],
                &names,
                signed,
            ) != Some(Relation::Replaces)
        {
            continue;
        }
        let mut start = m.span.start;
        if attached.is_none() {
            if let Some(k) = number_before(text, m.span.start, numbers).filter(|k| !used[*k]) {
                start = numbers[k].span.start;
                attached = Some((k, m.span.end));
            }
        }
        if let Some((k, _)) = attached {
            used[k] = true;
        }
        // Else a 公告 number in a bracket right after it.
        let announced = attached
            .is_none()
            .then(|| announcement_after(text, m.span.end))
            .flatten();
        let number_span = attached
            .map(|(k, _)| numbers[k].span)
            .or(announced.map(|(n, _)| n));
        let end = attached
            .map(|(_, e)| e)
            .or(announced.map(|(_, e)| e))
            .map_or(m.span.end, |e| e.max(m.span.end));
        let full = Span::new(start, end);
        match slot[m.title] {
            None => {
                slot[m.title] = Some(out.len());
                let found = relation_at(text, full, &same[m.title], &names, signed)
                    .or_else(|| issued_by_heading(own_title, &t.name))
                    .filter(|r| {
                        *r != Relation::Issues || !word_of_issued_name(text, heading_start, m.span)
                    });
                worded.push(found.is_some());
                let relation = found.unwrap_or(Relation::Cites);
                out.push((
                    full.start,
                    Reference {
                        span: full,
                        title: Some(t.name.clone()),
                        doc_number: number_span,
                        relation,
                    },
                ));
            }
            Some(i) => {
                let number = number_span;
                let r = &mut out[i].1;
                // One name for two documents: the version a notice issues,
                // and the old one of the same name repealed with its own
                // number (`原《某办法》（某〔2025〕1号）同时废止`).
                // So do the version it issues and the document of that name
                // the issued text, under its own title line, is based on
                // (`现根据省、市《某若干政策》文件要求` in the county's 某若干政策):
                // no text is its own basis. (The notice's `按照《方案》要求`
                // above that line asks to follow what it issues.)
                let later = relation_at(text, full, &same[m.title], &names, signed);
                let old_version = number.is_some()
                    && r.doc_number.is_none()
                    && r.relation == Relation::Issues
                    && later == Some(Relation::Replaces);
                let basis_of_issued = r.relation == Relation::Issues
                    && later == Some(Relation::Basis)
                    && slot_of_basis[m.title].is_none()
                    && titled_line_between(text, r.span.end, m.span.start, &t.name);
                if old_version || basis_of_issued {
                    if basis_of_issued {
                        slot_of_basis[m.title] = Some(out.len());
                    }
                    worded.push(true);
                    out.push((
                        full.start,
                        Reference {
                            span: full,
                            title: Some(t.name.clone()),
                            doc_number: number,
                            relation: later.unwrap_or(Relation::Cites),
                        },
                    ));
                } else {
                    if r.doc_number.is_none() {
                        r.doc_number = number;
                    }
                    // A first mention opening the text with no word around
                    // it (a heading cut before 关于印发, `《某计划》的通知`)
                    // is issued when a later mention is
                    // (`《某计划》…现印发给你们`).
                    if !worded[i]
                        && r.span.start == heading_start
                        && relation_at(text, full, &same[m.title], &names, signed)
                            == Some(Relation::Issues)
                    {
                        r.relation = Relation::Issues;
                        worded[i] = true;
                    }
                }
            }
        }
    }
    // Numbers cited without a title, once each; a number that a titled
    // reference already carries is a later mention of that document
    // (`《某意见》（中发〔1994〕8号）… 根据中发〔1994〕8号文件`).
    let mut seen: std::collections::HashSet<&str> = out
        .iter()
        .filter_map(|(_, r)| r.doc_number.map(|d| &text[d.range()]))
        .collect();
    for (d, u) in numbers.iter().zip(&used) {
        let written = &text[d.span.range()];
        if *u || !seen.insert(written) {
            continue;
        }
        out.push((
            d.span.start,
            Reference {
                span: d.span,
                title: None,
                doc_number: Some(d.span),
                relation: relation_at(text, d.span, &[], &names, signed).unwrap_or(Relation::Cites),
            },
        ));
    }
    out.sort_by_key(|(start, _)| *start);
    out.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(text: &str) -> Vec<(String, Option<String>, &'static str)> {
        let (titles, mentions) = super::super::title::find(text);
        let numbers = super::super::doc_number::find(text);
        find(text, &titles, &mentions, &numbers, None, false)
            .into_iter()
            .map(|r| {
                (
                    text[r.span.range()].to_string(),
                    r.doc_number.map(|d| text[d.range()].to_string()),
                    r.relation.as_str(),
                )
            })
            .collect()
    }

    /// (span text, relation) of every reference of `text`, whose own title
    /// is `own`.
    fn relations<'t>(text: &'t str, own: Option<&str>) -> Vec<(&'t str, &'static str)> {
        let (titles, mentions) = super::super::title::find(text);
        let numbers = super::super::doc_number::find(text);
        find(text, &titles, &mentions, &numbers, own, false)
            .iter()
            .map(|r| (&text[r.span.range()], r.relation.as_str()))
            .collect()
    }

    #[test]
    fn a_title_inside_the_issued_name_of_the_heading_is_cited() {
        let text = "国务院办公厅关于印发2016年《政府工作报告》量化指标任务分工的通知\n\n国务院有关部门:\n\n现将《2016年量化指标任务分工》印发给你们。\n";
        assert_eq!(
            refs(text),
            [
                ("《政府工作报告》".to_string(), None, "cites"),
                ("《2016年量化指标任务分工》".to_string(), None, "issues"),
            ]
        );
        // The whole name in the heading is still issued.
        let text = "某市人民政府关于印发《某市促进消费若干措施》的通知\n";
        assert_eq!(refs(text)[0].2, "issues");
    }

    #[test]
    fn the_name_issued_and_a_document_of_that_name_it_is_based_on_are_two_references() {
        let text = "某县人民政府印发关于推动经济高质量发展若干政策的通知\n各乡镇人民政府:\n《关于推动经济高质量发展的若干政策》已经县政府常务会议研究同意,现印发给你们。\n关于推动经济高质量发展的若干政策\n现根据省、市《关于推动经济高质量发展的若干政策》文件要求,制定以下政策。\n";
        let name = "《关于推动经济高质量发展的若干政策》";
        assert_eq!(
            refs(text),
            [
                (name.to_string(), None, "issues"),
                (name.to_string(), None, "basis"),
            ]
        );
        let spans: Vec<usize> = {
            let (titles, mentions) = super::super::title::find(text);
            let numbers = super::super::doc_number::find(text);
            find(text, &titles, &mentions, &numbers, None, false)
                .iter()
                .map(|r| r.span.start)
                .collect()
        };
        assert_eq!(spans, [text.find(name).unwrap(), text.rfind(name).unwrap()]);
        // A later mention citing it again is the issued document, also with a
        // basis word above the issued text's title line.
        let text =
            "现将《某某实施方案》印发给你们,请认真贯彻执行。各地要严格执行《某某实施方案》。\n";
        assert_eq!(
            refs(text),
            [("《某某实施方案》".to_string(), None, "issues")]
        );
        let text = "《某某试点方案》（以下简称《方案》）已经国务院同意，现印发给你们。\n各试点城市要按照《方案》要求，制定实施方案。\n";
        assert_eq!(
            refs(text),
            [("《某某试点方案》".to_string(), None, "issues")]
        );
    }

    #[test]
    fn a_model_text_of_a_contract_is_no_document() {
        let text = "房屋租赁双方应当采用《房屋租赁合同示范文本》签订合同。\n";
        assert!(refs(text).is_empty());
        // The model word read through to a document keeps it.
        let text = "参照《某市国土空间规划示范文本》编制。\n";
        assert_eq!(
            refs(text),
            [("《某市国土空间规划示范文本》".to_string(), None, "cites")]
        );
    }

    #[test]
    fn a_notice_quoted_whole_after_its_issue_word_is_cited() {
        // The 《》 close the notice's name: its 关于印发 is part of the name.
        let text = "为确保目标完成,在某县人民政府办公室关于印发《某县优化农业种植结构实施方案的通知》(承县政办〔2016〕9号)基础上,现就有关事宜补充通知如下:\n";
        assert_eq!(
            refs(text),
            [(
                "《某县优化农业种植结构实施方案的通知》(承县政办〔2016〕9号)".to_string(),
                Some("承县政办〔2016〕9号".to_string()),
                "cites"
            )]
        );
        // A 转发 heading going on with the notice's end forwards it.
        let text = "某市人民政府办公室关于转发《省政府办公厅关于推进某项工作的通知》的通知\n";
        assert_eq!(refs(text)[0].2, "issues");
        // A basis word before 关于 still decides.
        let text = "根据某县人民政府关于印发《某县某某实施方案的通知》(某政发〔2016〕9号)要求,制定本细则。\n";
        assert_eq!(refs(text)[0].2, "basis");
    }

    #[test]
    fn a_revised_version_issued_and_the_old_one_repealed_are_two_references() {
        let text = "现将修订后的《某某实施办法（暂行）》予以印发，请遵照执行。\n第十九条　本办法自2026年5月26日起实施。原《某某实施办法（暂行）》（穗公积金中心规字〔2025〕1号）同时废止。";
        assert_eq!(
            refs(text),
            [
                ("《某某实施办法（暂行）》".to_string(), None, "issues"),
                (
                    "《某某实施办法（暂行）》（穗公积金中心规字〔2025〕1号）".to_string(),
                    Some("穗公积金中心规字〔2025〕1号".to_string()),
                    "replaces"
                ),
            ]
        );
    }

    #[test]
    fn an_adverb_of_the_own_coming_act_before_an_issue_word() {
        // In a signed document: `尽快公布《…》` is its own act; with a subject
        // before the adverb it reports another body's. 印发 is read by the
        // word, whoever acts.
        let text = "二是完善停车设施。尽快公布《某区停车设施建设方案》，加大投入。各街道要抓紧公布《某街道停车管理办法》。各街道要抓紧印发《某街道停车收费办法》。";
        let (titles, mentions) = super::super::title::find(text);
        let numbers = super::super::doc_number::find(text);
        let got: Vec<_> = find(text, &titles, &mentions, &numbers, None, true)
            .iter()
            .map(|r| r.relation.as_str())
            .collect();
        assert_eq!(got, ["issues", "cites", "issues"]);
    }

    #[test]
    fn a_bare_form_in_brackets_after_the_full_name_is_its_short_name() {
        let text = "某市政府近日印发《关于稳定某市住房消费若干措施的通知》。《通知》提出，发放购房补贴。《措施》还明确，放宽落户。另据《某省住房保障条例》执行。";
        let r = refs(text);
        let names: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "《关于稳定某市住房消费若干措施的通知》",
                "《某省住房保障条例》"
            ]
        );
        // With nothing named before it, a bare form stays a reference.
        assert_eq!(refs("按照《通知》要求执行。").len(), 1);
    }

    #[test]
    fn an_alias_bracket_does_not_end_the_look_for_an_issue_word() {
        let text = "《国家组织药品集中采购和使用试点方案》（以下简称《方案》）已经国务院同意，现印发给你们，请认真贯彻执行。";
        assert_eq!(refs(text)[0].2, "issues");
    }

    #[test]
    fn an_announcement_number_in_a_bracket_is_the_reference_number() {
        let text = "按照《财政部 税务总局 住房城乡建设部关于完善住房租赁有关税收政策的公告》(财政部 税务总局 住房城乡建设部公告2021年第24号)执行。";
        let r = refs(text);
        assert_eq!(
            r[0].1.as_deref(),
            Some("财政部 税务总局 住房城乡建设部公告2021年第24号")
        );
        assert!(r[0].0.ends_with("第24号)"));
        assert_eq!(r[0].2, "basis");
        // A bracket without a year and a serial is no number.
        let text = "按照《某某公告》(财政部公告)执行。";
        assert_eq!(refs(text)[0].1, None);
        // A title ending in 公告: the bracket holds year and serial only.
        let text = "按《某局关于某某事项的公告》（2031年第7号）办理。";
        let r = refs(text);
        assert_eq!(r[0].1.as_deref(), Some("2031年第7号"));
        assert!(r[0].0.ends_with("（2031年第7号）"));
        // The issuing bodies before year and serial, without the number word.
        let text =
            "依据《某部 某总局关于某项税收政策的公告》（某部 某总局2031年第12号），予以退税。";
        let r = refs(text);
        assert_eq!(r[0].1.as_deref(), Some("某部 某总局2031年第12号"));
        assert!(r[0].0.ends_with("第12号）"));
        // A bracket of other words before a date is no number.
        let text = "按《某局关于某某事项的公告》（自2031年7月1日起施行）办理。";
        assert_eq!(refs(text)[0].1, None);
        // Not after a title of another type.
        let text = "按《某某办法》（2031年第7号）办理。";
        assert_eq!(refs(text)[0].1, None);
    }

    #[test]
    fn a_basis_word_reaches_across_clauses_that_name_documents_only() {
        // 天津 2022: three documents after one 按照, separated by commas.
        let text = "按照《某某税收政策的公告》，人民银行《某某贷款管理的通知》，银保监会、住房城乡建设部《某某发展的指导意见》等相关规定执行。";
        let r = refs(text);
        assert_eq!(r.iter().map(|x| x.2).collect::<Vec<_>>(), ["basis"; 3]);
        // 甘肃 2020: 贯彻落实 governs the 要求, not the plan made later.
        let text = "为深入贯彻落实“六稳”要求，推动经济平稳发展，省政府研究制定了《某某行动计划》。";
        assert_eq!(refs(text)[0].2, "cites");
    }

    #[test]
    fn a_heading_wrapped_before_its_title_still_issues_it() {
        let relations = |text: &str, own: &str| -> Vec<&'static str> {
            let (titles, mentions) = super::super::title::find(text);
            let numbers = super::super::doc_number::find(text);
            find(text, &titles, &mentions, &numbers, Some(own), true)
                .into_iter()
                .map(|r| r.relation.as_str())
                .collect()
        };
        let notice = "某省人民政府关于印发\n《某省政府工作规则》的通知\n各市人民政府：\n《某省政府工作规则》已经省政府常务会议通过，现予公开。\n某省人民政府\n2025年3月1日\n";
        let own = "某省人民政府关于印发《某省政府工作规则》的通知";
        assert_eq!(relations(notice, own), ["issues"]);
        // A title the heading names without issuing it is cited.
        let other = "某省人民政府关于\n《某省政府工作规则》执行情况的通报\n各市人民政府：\n现予通报。\n某省人民政府\n2025年3月1日\n";
        let own = "某省人民政府关于《某省政府工作规则》执行情况的通报";
        assert_eq!(relations(other, own), ["cites"]);
    }

    #[test]
    fn an_order_publishes_with_the_verb_before_the_title() {
        // `现公布修订后的《条例》` as well as `现将《条例》公布`; another body's
        // 公布 in a signed text cites, and 公布之日 is a day, not an issue.
        let text = "某省人民政府令\n第9号\n现公布修订后的《某省河道管理条例》，自2026年1月1日起施行。\n省长  某某\n2025年11月2日\n第一条 省水利厅公布《某省河道名录》。\n第二条 自公布之日《某省湖泊名录》同时停用。\n";
        let (titles, mentions) = super::super::title::find(text);
        let numbers = super::super::doc_number::find(text);
        let got: Vec<_> = find(text, &titles, &mentions, &numbers, None, true)
            .into_iter()
            .map(|r| (r.title.unwrap_or_default(), r.relation.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("某省河道管理条例".to_string(), "issues"),
                ("某省河道名录".to_string(), "cites"),
                ("某省湖泊名录".to_string(), "cites"),
            ]
        );
    }

    #[test]
    fn an_issue_word_reports_issuing_and_makes_it_issues() {
        // A body's 印发 before a title issues it, signed or not; 制定了 in a
        // signed document only as the document's own act.
        let report = "某省人民政府办公厅关于开展某项治理工作的通知\n各市人民政府：\n去年5月，省委、省政府印发《关于某项工作的若干意见》，提出规范治理。\n";
        let own = "某市人民政府办公室关于印发《某某行动方案》的通知\n各区人民政府：\n现印发《某某实施办法》，请认真贯彻执行。\n";
        let made = "某市人民政府办公室关于做好某项工作的通知\n各区人民政府：\n市政府研究制定了《某某工作意见》，现就有关事项通知如下。\n";
        let relations = |text: &str, signed: bool| -> Vec<&'static str> {
            let (titles, mentions) = super::super::title::find(text);
            let numbers = super::super::doc_number::find(text);
            find(text, &titles, &mentions, &numbers, None, signed)
                .into_iter()
                .map(|r| r.relation.as_str())
                .collect()
        };
        assert_eq!(relations(report, true), ["issues"]);
        assert_eq!(relations(report, false), ["issues"]);
        assert_eq!(relations(own, true), ["issues", "issues"]);
        assert_eq!(relations(made, true), ["cites"]);
    }

    #[test]
    fn a_document_printed_by_another_body_takes_the_word_before_its_printer() {
        // `某部门印发的《…》`: the printer named, the basis word before decides;
        // alone it cites; an attributive 印发的 after a title issues nothing.
        let text = "根据省财政厅、省商务厅等5部门印发的《关于某项支持政策的通知》、省发改委印发的《某省若干措施》，制定本措施。\n市农业局印发的《某市种植指南》可供参考。\n";
        let got: Vec<(String, &str)> = refs(text).into_iter().map(|r| (r.0, r.2)).collect();
        assert_eq!(
            got,
            [
                ("《关于某项支持政策的通知》".to_string(), "basis"),
                ("《某省若干措施》".to_string(), "basis"),
                ("《某市种植指南》".to_string(), "cites"),
            ]
        );
    }

    #[test]
    fn an_issue_word_after_a_basis_word_of_its_clause_prints_without_its_de() {
        // Synthetic: `按照某日印发《…》要求`, the 的 left out: basis; the verb
        // after a clause of its own still issues.
        let text = "各单位要按照2030年1月2日印发《某市节水若干措施》要求抓好落实。\n按照工作安排，现印发《某市节水实施细则》，请遵照执行。\n";
        let got: Vec<(String, &str)> = refs(text).into_iter().map(|r| (r.0, r.2)).collect();
        assert_eq!(
            got,
            [
                ("《某市节水若干措施》".to_string(), "basis"),
                ("《某市节水实施细则》".to_string(), "issues"),
            ]
        );
    }

    #[test]
    fn a_heading_opening_with_the_title_issues_it_when_the_text_does() {
        let text = "《某市制造业提升行动计划(2024—2026年)》的通知\n各区人民政府：\n《某市制造业提升行动计划(2024—2026年)》已经市政府同意，现印发给你们。\n";
        let got: Vec<&str> = refs(text).into_iter().map(|r| r.2).collect();
        assert_eq!(got, ["issues"]);
        // A plain first mention inside the text keeps its own relation.
        let later = "某市发布了《某市消费提振方案》。\n现将《某市消费提振方案》印发给你们。\n";
        let got: Vec<&str> = refs(later).into_iter().map(|r| r.2).collect();
        assert_eq!(got, ["cites"]);
    }

    #[test]
    fn the_own_number_glued_to_the_heading_is_no_reference() {
        let text = "某政办发〔2024〕12号某市人民政府办公室关于印发《某某任务》的通知\n某政办发〔2024〕12号\n各镇人民政府：\n现印发给你们。根据某府发〔2023〕3号文件执行。\n";
        let numbers: Vec<Option<String>> = refs(text).into_iter().map(|r| r.1).collect();
        assert!(
            !numbers.contains(&Some("某政办发〔2024〕12号".to_string())),
            "{numbers:?}"
        );
        assert!(
            numbers.contains(&Some("某府发〔2023〕3号".to_string())),
            "{numbers:?}"
        );
    }

    #[test]
    fn word_table_parses_without_duplicates_and_each_row_is_read() {
        let t = word_table();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        let mut seen = std::collections::HashSet::new();
        for (w, relation, place) in t.items {
            assert!(seen.insert((w, place)), "duplicate {w} {place:?}");
            let text = match place {
                Place::Before | Place::BeforeOwn => format!("{w}《某某办法》，制定本意见。"),
                Place::After => format!("《某某办法》{w}。"),
                Place::End => format!("参照《某某{w}》。"),
                Place::Former => {
                    let text = format!("某次{w}《某某办法》。");
                    assert!(refs(&text).is_empty(), "{text}");
                    continue;
                }
                Place::Own | Place::OwnAdverb | Place::Attributive => continue,
                Place::Model => {
                    // A contract's model is none, a document's model one.
                    let text = format!("采用《某某合同{w}》。");
                    assert!(refs(&text).is_empty(), "{text}");
                    let text = format!("参照《某某规划{w}》。");
                    assert_eq!(refs(&text).len(), 1, "{text}");
                    continue;
                }
                Place::BeforeSigned => {
                    // Its relation in a signed document, cites in a report.
                    let text = format!("{w}《某某措施》，请认真抓好贯彻落实。");
                    let (titles, mentions) = super::super::title::find(&text);
                    let numbers = super::super::doc_number::find(&text);
                    let rel = |signed| {
                        find(&text, &titles, &mentions, &numbers, None, signed)
                            .into_iter()
                            .map(|r| r.relation.as_str())
                            .collect::<Vec<_>>()
                    };
                    let want: Vec<&str> = relation.iter().map(|r| r.as_str()).collect();
                    assert_eq!(rel(true), want, "{text}");
                    assert_eq!(rel(false), ["cites"], "{text}");
                    continue;
                }
                Place::Number => {
                    let text = format!("按照《某某的公告》（某部{w}2021年第24号）执行。");
                    let number = refs(&text).into_iter().next().and_then(|r| r.1);
                    assert_eq!(number, Some(format!("某部{w}2021年第24号")), "{text}");
                    continue;
                }
                Place::NumberTail => {
                    // The title and its number are one reference, the word
                    // after the number no part of it.
                    let text = format!("出台了《某某的通知》（某发〔2020〕29号{w}），提出措施。");
                    let got = refs(&text);
                    assert_eq!(
                        got,
                        [(
                            format!("《某某的通知》（某发〔2020〕29号{w}）"),
                            Some("某发〔2020〕29号".to_string()),
                            "cites"
                        )],
                        "{text}"
                    );
                    continue;
                }
            };
            let got: Vec<&str> = refs(&text).into_iter().map(|r| r.2).collect();
            let want: Vec<&str> = relation.iter().map(|r| r.as_str()).collect();
            assert_eq!(got, want, "{text}");
        }
        let bad = crate::lexicon::Table::load("r.tsv", "废止\treplace\tafter\n", |r| {
            let Meaning(m) = r.get(1)?;
            Ok((m, r.get::<Place>(2)?))
        });
        assert!(bad.items.is_empty());
        let msg = bad.errors[0].to_string();
        assert!(
            msg.contains("r.tsv:1") && msg.contains("\"replace\""),
            "{msg}"
        );
    }

    #[test]
    fn contracts_are_not_references_but_framework_agreements_are() {
        let text = "签订《商品房认购协议》。在《海峡两岸经济合作框架协议》下，继续抓好《某市若干措施》及配套细则的贯彻落实，并按《某某办法》办理。";
        let got: Vec<(String, &str)> = refs(text).into_iter().map(|r| (r.0, r.2)).collect();
        assert_eq!(
            got,
            [
                ("《海峡两岸经济合作框架协议》".to_string(), "cites"),
                ("《某市若干措施》".to_string(), "basis"),
                ("《某某办法》".to_string(), "basis"),
            ]
        );
    }

    #[test]
    fn own_number_in_brackets_and_own_title_are_not_references() {
        let text = "某省若干措施\n（苏政办发〔2025〕2号）\n正文按照国办发〔2024〕3号执行。\n相关稿件\n《某省若干措施》政策解读\n";
        let numbers = super::super::doc_number::find(text);
        assert_eq!(own_numbers(text, &numbers), [true, false]);
        // A note of publication under the heading, one bracket naming no
        // title, holds the own number; a bracket citing a title does not.
        let note = "某市若干措施\n（2030年2月3日某市人民政府某府规〔2030〕4号文发布）\n（按《某办法》甲发〔2029〕5号执行）\n";
        let note_numbers = super::super::doc_number::find(note);
        assert_eq!(own_numbers(note, &note_numbers), [true, false]);
        assert_eq!(
            relations(text, Some("某省若干措施")),
            [("国办发〔2024〕3号", "basis")]
        );
    }

    #[test]
    fn a_number_a_titled_reference_carries_is_no_second_reference() {
        let text = "根据《某省关于扶持的意见》（甲发〔2031〕4号），制定本方案。各地要按照甲发〔2031〕4号文件的规定执行，乙发〔2030〕9号同时废止。";
        assert_eq!(
            relations(text, None),
            [
                ("《某省关于扶持的意见》（甲发〔2031〕4号）", "basis"),
                ("乙发〔2030〕9号", "replaces")
            ]
        );
    }

    #[test]
    fn a_later_mention_after_a_bare_an_and_a_modal_is_no_second_reference() {
        // 应按 before the number: the prefix starts after 按, so the number is
        // the one the titled reference carries.
        let text = "依据《某委关于推进试点的通知》（甲投资〔2032〕77号），制定本通知。申报单位应按甲投资〔2032〕77号文要求报送材料。";
        assert_eq!(
            relations(text, None),
            [("《某委关于推进试点的通知》（甲投资〔2032〕77号）", "basis")]
        );
    }

    #[test]
    fn a_basis_word_of_the_title_clause_is_not_overruled_by_a_later_issue_word() {
        // law_gongshang_xiaofeizhe_2015 第十九条: 公布 acts on the penalties,
        // not the regulation 依据 governs; with no basis word 公布 still issues.
        let text =
            "企业应当依据《某某信息公示暂行条例》的规定，通过公示系统及时向社会公布相关处罚信息。";
        assert_eq!(
            relations(text, None),
            [("《某某信息公示暂行条例》", "basis")]
        );
        let text = "《某某管理条例》已经审议通过，现将修订后的《某某管理条例》公布。";
        assert_eq!(relations(text, None), [("《某某管理条例》", "issues")]);
        let text = "按照《某某实施方案》要求，现将《某某工作方案》印发给你们。";
        assert_eq!(
            relations(text, None),
            [
                ("《某某实施方案》", "basis"),
                ("《某某工作方案》", "issues")
            ]
        );
    }

    #[test]
    fn an_order_line_issues_with_xian_yu_fa_bu_and_a_report_upward_is_a_document() {
        // gov_mohurd_zhaobiao_2018's order line; gov_guobanhan_sichuan_2004's 汇报.
        let text = "《某部关于修改<某某管理办法>的决定》已经2018年9月19日第4次部常务会议审议通过,现予发布,自发布之日起施行。";
        assert_eq!(
            relations(text, None),
            [("《某部关于修改<某某管理办法>的决定》", "issues")]
        );
        let text = "某办已向国务院上报了《关于某市水淹区群众生活困难情况的汇报》，请按《某日报》的报道办理。";
        assert_eq!(
            relations(text, None),
            [("《关于某市水淹区群众生活困难情况的汇报》", "cites")]
        );
    }

    #[test]
    fn a_repeal_closing_a_list_reaches_names_behind_their_printers() {
        // law_mingmabiaojia_2022 第二十七条.
        let text = "本规定自2022年7月1日起施行。2000年10月31日原某委令第8号发布的《关于某某实行明码标价的规定》、2001年11月7日原某委令第15号发布的《禁止某某行为的规定》同时废止。";
        assert_eq!(
            relations(text, None),
            [
                ("《关于某某实行明码标价的规定》", "replaces"),
                ("《禁止某某行为的规定》", "replaces")
            ]
        );
        // A comma ends the list: the first name is only cited.
        let text = "参照《某某暂行办法》，原某委发布的《某某规定》同时废止。";
        assert_eq!(
            relations(text, None),
            [("《某某暂行办法》", "cites"), ("《某某规定》", "replaces")]
        );
    }

    #[test]
    fn certificates_and_notice_slips_are_no_references() {
        // A name ending in 证明 or 通知单 is a paper handed over, no document.
        let text = "凭《某县商品房网签备案证明》和《某县缴费通知单》申请补贴，按照《某县购房补贴办法》办理。";
        assert_eq!(relations(text, None), [("《某县购房补贴办法》", "basis")]);
    }

    #[test]
    fn a_former_title_in_the_adoption_note_is_no_reference() {
        let text = "某省某某条例\n\n1990年1月1日某省人大常委会第五次会议通过《某省某某管理条例》根据2000年1月1日某省人大常委会《关于修改〈某省某某管理条例〉的决定》修正\n第一条 依照《某某法》制定本条例。";
        assert_eq!(
            relations(text, Some("某省某某条例")),
            [
                ("《关于修改〈某省某某管理条例〉的决定》", "basis"),
                ("《某某法》", "basis")
            ]
        );
    }

    #[test]
    fn header_fields_a_bracket_closing_the_heading_and_names_of_itself() {
        // A number after a short label and a colon at its line's start, and
        // one in the bracket closing the heading, are the document's own.
        let text = "某市关于印发某规定的通知(某府〔2031〕6号)\n发文字号： 某府办〔2031〕7号 有效性：有效\n依照乙发〔2030〕2号执行。\n";
        let numbers = super::super::doc_number::find(text);
        assert_eq!(own_numbers(text, &numbers), [true, true, false]);
        // The document's own title repealed with another number is its old
        // version; its name quoted after 本 is the text itself.
        let text = "某县旧房置换办法\n本办法自2031年1月1日起施行。原《某县旧房置换办法》(某府规〔2028〕3号)同时废止。本《办法》由县住建局负责解释。\n";
        assert_eq!(
            relations(text, Some("某县旧房置换办法")),
            [("《某县旧房置换办法》(某府规〔2028〕3号)", "replaces")]
        );
        // Without a number too: a law repealing its earlier version dated
        // before it (no text repeals itself).
        let text = "某市河道保护条例\n第四十条 本条例自2031年3月1日起施行。2019年6月2日市人民代表大会常务委员会通过的《某市河道保护条例》同时废止。\n";
        assert_eq!(
            relations(text, Some("某市河道保护条例")),
            [("《某市河道保护条例》", "replaces")]
        );
        // Its own name cited as itself is still no reference.
        let text = "某市河道保护条例\n第一条 《某市河道保护条例》适用于本市河道。\n";
        assert!(relations(text, Some("某市河道保护条例")).is_empty());
        // A longer name of the same kind after 本 is the text itself too.
        let text = "某县购房支持措施\n根据《某市支持购房若干办法》，结合我县实际，特制订本《购房支持措施》。\n";
        assert_eq!(
            relations(text, Some("某县购房支持措施")),
            [("《某市支持购房若干办法》", "basis")]
        );
    }

    #[test]
    fn notice_with_issue_and_repeal() {
        let text = "滨海市人民政府办公室关于印发《滨海市制造业数字化转型行动方案（2025—2027年）》的通知\n\n滨政办发（2025）7号\n\n各区县人民政府：\n　　现将《滨海市制造业数字化转型行动方案（2025—2027年）》（以下简称《方案》）印发给你们，请认真贯彻执行。《滨海市企业技术改造专项资金管理办法（试行）》将于2025年5月1日起施行，《关于印发〈滨海市工业互联网发展规划〉的通知》同时废止。\n";
        assert_eq!(
            refs(text),
            [
                (
                    "《滨海市制造业数字化转型行动方案（2025—2027年）》".into(),
                    None,
                    "issues"
                ),
                (
                    "《滨海市企业技术改造专项资金管理办法（试行）》".into(),
                    None,
                    "cites"
                ),
                (
                    "《关于印发〈滨海市工业互联网发展规划〉的通知》".into(),
                    None,
                    "replaces"
                ),
            ]
        );
    }

    #[test]
    fn basis_lists_numbers_and_publications() {
        let text = "为贯彻落实《国务院关于推动发展的意见》（国发〔2018〕42号）和《某省实施方案》精神，按照国办发〔2019〕12号文件要求，参照《人民日报》报道，制定本意见。另见（冀政字〔2020〕3号）。";
        assert_eq!(
            refs(text),
            [
                (
                    "《国务院关于推动发展的意见》（国发〔2018〕42号）".into(),
                    Some("国发〔2018〕42号".into()),
                    "basis"
                ),
                ("《某省实施方案》".into(), None, "basis"),
                (
                    "国办发〔2019〕12号".into(),
                    Some("国办发〔2019〕12号".into()),
                    "basis"
                ),
                (
                    "冀政字〔2020〕3号".into(),
                    Some("冀政字〔2020〕3号".into()),
                    "cites"
                ),
            ]
        );
    }

    #[test]
    fn words_inside_other_names_do_not_count() {
        let text = "《关于印发〈甲规划〉的通知》和《乙办法》仍然有效。";
        assert_eq!(
            refs(text),
            [
                ("《关于印发〈甲规划〉的通知》".into(), None, "cites"),
                ("《乙办法》".into(), None, "cites"),
            ]
        );
    }

    #[test]
    fn number_before_a_title_and_dates_of_issue() {
        let text = "严格按照（漯房稳办〔2022〕24号《某某方案》）执行。自《某某通知》印发之日起，继续执行。";
        assert_eq!(
            refs(text),
            [
                (
                    "漯房稳办〔2022〕24号《某某方案》".into(),
                    Some("漯房稳办〔2022〕24号".into()),
                    "basis"
                ),
                ("《某某通知》".into(), None, "cites"),
            ]
        );
    }

    #[test]
    fn word_table_parses() {
        assert!(WORDS.rows.len() >= 20);
        assert!(is_publication("人民日报") && !is_publication("某某办法"));
        // Written instruments and forms to fill in are no documents.
        for form in [
            "某市保障性租赁住房项目认定书",
            "授权委托书",
            "契税补贴申请表",
            "奖补资格评审表",
        ] {
            assert!(is_publication(form), "{form}");
        }
        assert!(!is_publication("某某白皮书") && !is_publication("某某报告"));
    }

    #[test]
    fn a_number_after_a_cited_notice_title_that_issues_cites() {
        let text = "本通知自2026年1月1日起实施。某市住房和城乡建设局关于印发《某某补助实施细则》的通知（某住建函〔2025〕12号）按文件规定执行。\n";
        let got: Vec<_> = refs(text).into_iter().map(|(_, _, r)| r).collect();
        assert_eq!(got.last(), Some(&"cites"));
        // A notice reposted by this one is still issued.
        let text = "现将省政府关于印发《某某方案》的通知（某政发〔2025〕3号）转发给你们，请认真贯彻执行。\n";
        assert!(refs(text).iter().all(|(_, _, r)| *r == "issues"));
    }
}
