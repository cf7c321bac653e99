//! The outline of a document as a tree: 一、 / （一） (一) / 1. 1． / （1） (1),
//! and for laws 第X章 / 第X节 / 第X条 (a line opening with 第X款 speaks of a
//! paragraph of an article, as amendments do: `第二款修改为：…`; it is text).
//!
//! Inside a law's article the general markers are the article's text, and
//! an attachment list (`附件：1.…`) is not an outline (see [`headings`]).
//! Headings are found at the start of a line, and also right after a closing
//! bracket on the same line (`…市科技局)(二)提升先进制造水平`) when the
//! number continues the list at that level (so a stray `(3)` mid-line is not
//! taken; a bare `1.` after a full stop opens none: the item's text runs on
//! in numbered sentences). A bracketed heading of a deeper level glued to a title's end
//! (`一、支持住房消费(一)2024年…`) ends the title and is a heading when it
//! opens its list or numbers on from the last of its kind. News enumerations (`一是`, `二是`) are not headings. A heading's
//! title runs to the first 。 or the line end.
//!
//! Levels: 一、=1, （一）=2, 1.=3, （1）=4 (SPEC 2). Laws: 第X章=1, 第X节=2,
//! 第X条=2 (3 in a law with 节, 1 without 章); inside an article the general markers are
//! its text.
//! Each line is looked at once, and the tree is built with a stack whose
//! depth is bounded by the seven marker kinds: linear time.

use super::text::{
    digit, is_colon, is_decimal, is_line_space, is_space, lines, magnitude, parse_int, trim,
    ENUM_COMMA, FULL_STOP,
};
use crate::chars::{ARTICLE_MARK, ORDINAL_PREFIX, PAIR, YEAR};
use crate::entity::Span;
use std::sync::LazyLock;

/// One heading of the outline, with the headings under it.
///
/// ```
/// let text = "一、总体要求\n（一）指导思想。坚持发展。\n（二）发展目标\n二、重点任务\n";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// assert_eq!(p.outline.len(), 2);
/// let first = &p.outline[0];
/// assert_eq!((first.level, first.number), (1, Some(1)));
/// assert_eq!(&text[first.marker.range()], "一、");
/// assert_eq!(&text[first.title.range()], "总体要求");
/// let child = &first.children[0];
/// assert_eq!(&text[child.span.range()], "（一）指导思想");
/// assert_eq!(child.level, 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct OutlineItem {
    /// From the marker to the end of the title.
    pub span: Span,
    /// Depth in the document's scheme (一、=1, （一）=2, 1.=3, （1）=4; 第X章=1, 第X条=2).
    pub level: u8,
    /// The marker as written (`一、`, `(一)`, `1.`, `第三条`).
    pub marker: Span,
    /// The marker's numeral (`（三）` → 3); `None` for a marker whose number
    /// was lost (`()优化审批`, a crawl's damage).
    pub number: Option<u32>,
    /// The title, up to the first 。 or the line end.
    pub title: Span,
    /// The headings one level down.
    pub children: Vec<OutlineItem>,
}

/// The kinds of marker, in rank order (a lower rank contains a higher one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum MarkerKind {
    Chapter,
    Section,
    Article,
    Cn,
    ParenCn,
    Arabic,
    ParenArabic,
}

impl MarkerKind {
    fn is_law(self) -> bool {
        self <= MarkerKind::Article
    }
    fn rank(self) -> usize {
        self as usize
    }
    const COUNT: usize = 7;
}

/// A heading in text order, before nesting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Heading {
    pub span: Span,
    pub marker: Span,
    pub number: u32,
    pub title: Span,
    pub kind: MarkerKind,
    /// The first heading after an attachment line: a new tree starts.
    pub fresh: bool,
}

fn is_cn_numeral(c: char) -> bool {
    (digit(c).is_some() && !is_decimal(c) && c != PAIR) || magnitude(c).is_some_and(|m| m < 10_000)
}

/// The longest prefix of `s` made of chars satisfying `f`, at most `max` chars.
fn run(s: &str, f: impl Fn(char) -> bool, max: usize) -> &str {
    let mut end = 0;
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n >= max || !f(c) {
            return &s[..i];
        }
        end = i + c.len_utf8();
    }
    &s[..end]
}

/// The most spaces between a numeral and its 、 (`一 、`).
const MAX_MARKER_PAD: usize = 2;

/// A marker at the start of `s`: its kind, byte length and number.
fn marker(s: &str) -> Option<(MarkerKind, usize, u32)> {
    let first = s.chars().next()?;
    let number = |n: &str| {
        parse_int(n)
            .and_then(|v| u32::try_from(v).ok())
            .filter(|v| *v > 0)
    };
    if first == ORDINAL_PREFIX {
        // Spaces between 第, the numeral and the unit (`第 一 章`) are
        // allowed; the marker is then read without them.
        let rest = &s[first.len_utf8()..];
        let pad = rest.len() - rest.trim_start_matches(is_line_space).len();
        let rest_n = &rest[pad..];
        let n = run(rest_n, |c| is_cn_numeral(c) || is_decimal(c), 8);
        let after = &rest_n[n.len()..];
        let pad2 = after.len() - after.trim_start_matches(is_line_space).len();
        let unit = after[pad2..].chars().next()?;
        let mut buf = [0; 4];
        let unit_word: &str = unit.encode_utf8(&mut buf);
        let kind = if unit == ARTICLE_MARK {
            MarkerKind::Article
        } else if words(Role::Chapter).any(|w| w == unit_word) {
            MarkerKind::Chapter
        } else if words(Role::Section).any(|w| w == unit_word) {
            MarkerKind::Section
        } else {
            return None;
        };
        return Some((
            kind,
            first.len_utf8() + pad + n.len() + pad2 + unit.len_utf8(),
            number(n)?,
        ));
    }
    if crate::chars::is_open_paren(first) {
        let rest = &s[first.len_utf8()..];
        let cn = run(rest, is_cn_numeral, 4);
        let (kind, n) = if !cn.is_empty() {
            (MarkerKind::ParenCn, cn)
        } else {
            (MarkerKind::ParenArabic, run(rest, is_decimal, 3))
        };
        let close = rest[n.len()..].chars().next()?;
        if !crate::chars::is_close_paren(close) {
            return None;
        }
        // `()` with its number lost in a crawl: a （一） heading numbered 0
        // here, `null` in the outline.
        let (kind, n_value) = if n.is_empty() {
            (MarkerKind::ParenCn, 0)
        } else {
            (kind, number(n)?)
        };
        let len = first.len_utf8() + n.len() + close.len_utf8();
        // `(一)、对…`: a 、 written after the bracket is part of the marker.
        let comma = if s[len..].starts_with(ENUM_COMMA) {
            ENUM_COMMA.len_utf8()
        } else {
            0
        };
        return Some((kind, len + comma, n_value));
    }
    // (Most lines open with neither numeral: no run is read.)
    if !is_decimal(first) && !is_cn_numeral(first) {
        return None;
    }
    let cn = run(s, is_cn_numeral, 4);
    if !cn.is_empty() {
        // A space typed before the 、 (`一 、`) is part of the marker.
        let after = &s[cn.len()..];
        let pad = run(after, is_line_space, MAX_MARKER_PAD).len();
        let pad = if after[pad..].starts_with(ENUM_COMMA) {
            pad
        } else {
            0
        };
        return s[cn.len() + pad..]
            .starts_with(ENUM_COMMA)
            .then(|| {
                Some((
                    MarkerKind::Cn,
                    cn.len() + pad + ENUM_COMMA.len_utf8(),
                    number(cn)?,
                ))
            })
            .flatten();
    }
    let ar = run(s, is_decimal, 3);
    if !ar.is_empty() {
        let mut rest = s[ar.len()..].chars();
        let sep = rest.next()?;
        if !(sep == ENUM_COMMA || crate::lexicon::has_char(crate::lexicon::List::Dot, sep)) {
            return None;
        }
        // `1.5万` is a number, not a heading; `16.2025年…` is item 16 that
        // opens with a year.
        let after = &s[ar.len() + sep.len_utf8()..];
        let year = run(after, is_decimal, 5);
        let opens_with_year = year.chars().count() == 4 && after[year.len()..].starts_with(YEAR);
        if rest.next().is_some_and(|c| is_decimal(c) || c == '%') && !opens_with_year {
            return None;
        }
        return Some((MarkerKind::Arabic, ar.len() + sep.len_utf8(), number(ar)?));
    }
    None
}

/// The mark of a Markdown heading opening `line` (`## ` before `第一章 总则`
/// in a text kept as Markdown): its length with the spaces after it, 0
/// when there is none. The `#` run must be followed by a space, so `#1` is
/// kept.
fn markdown_heading_mark(line: &str) -> usize {
    let hashes = line.len() - line.trim_start_matches('#').len();
    if hashes == 0 {
        return 0;
    }
    let rest = &line[hashes..];
    let pad = rest.len() - rest.trim_start_matches(is_line_space).len();
    if pad == 0 {
        0
    } else {
        hashes + pad
    }
}

/// True when `line` opens with an outline marker (`一、`, `（一）`, `1.`, `第一章`).
pub(crate) fn opens_with_marker(line: &str) -> bool {
    marker(line).is_some()
}

/// The outline marker that opens `line`: its level (一、 and 第X章 1,
/// （一） and 第X节 2, 1. and 第X条 3, （1） 4) and its length in bytes.
pub(crate) fn opening_marker(line: &str) -> Option<(u8, usize)> {
    let (kind, len, _) = marker(line)?;
    let level = match kind {
        MarkerKind::Chapter | MarkerKind::Cn => 1,
        MarkerKind::Section | MarkerKind::ParenCn => 2,
        MarkerKind::Article | MarkerKind::Arabic => 3,
        MarkerKind::ParenArabic => 4,
    };
    Some((level, len))
}

/// A heading starting at byte `at` of a line ending at `end`.
fn heading_at(text: &str, at: usize, end: usize) -> Option<Heading> {
    let (kind, len, number) = marker(&text[at..end])?;
    let marker_end = at + len;
    let rest = &text[marker_end..end];
    let title_start = marker_end + (rest.len() - rest.trim_start_matches(is_space).len());
    // A page number glued to the line's end (`二、加强排查-2-`) is no part
    // of a title that runs to it.
    let title_end = text[title_start..end].find(FULL_STOP).map_or_else(
        || end - super::text::page_number_suffix(&text[title_start..end]),
        |i| title_start + i,
    );
    let (ts, te) = trim(text, title_start, title_end);
    // A 章 or 节 may stand alone on its line (its title below or none), and
    // so may a 条 (its text on the lines below: `第一条` ⏎ `为做好…`).
    if ts == te && !kind.is_law() {
        return None;
    }
    let (ts, te) = if ts == te {
        (marker_end, marker_end)
    } else {
        (ts, te)
    };
    Some(Heading {
        span: Span::new(at, te),
        marker: Span::new(at, marker_end),
        number,
        title: Span::new(ts, te),
        kind,
        fresh: false,
    })
}

/// A heading joined into the title of `h` by a crawl that ran the lines
/// together (`一、支持住房消费(一)2024年…`, `二、加大支持(四)推行…`): a
/// bracketed marker of a deeper kind right after a word of the title, that
/// opens the list below `h` (number 1) or numbers on from the last heading
/// of its kind (`ever`). Inside a law's article the markers are text.
fn inner_heading(
    text: &str,
    h: &Heading,
    e: usize,
    ever: &[u32; MarkerKind::COUNT],
) -> Option<Heading> {
    if h.kind.is_law() {
        return None;
    }
    let title = &text[h.title.start..h.title.end];
    let mut prev: Option<char> = None;
    for (i, c) in title.char_indices() {
        let after_word = prev.is_some_and(char::is_alphanumeric);
        prev = Some(c);
        if !after_word || c.is_alphanumeric() {
            continue;
        }
        let Some(inner) = heading_at(text, h.title.start + i, e) else {
            continue;
        };
        let bracketed = matches!(inner.kind, MarkerKind::ParenCn | MarkerKind::ParenArabic);
        let numbered = inner.number == 1 || inner.number == ever[inner.kind.rank()] + 1;
        if bracketed && inner.kind > h.kind && numbered {
            return Some(inner);
        }
    }
    None
}

/// True for a line that only labels an attachment (`附件`, `附件2`, `附件一：`):
/// the attached document's title comes on the lines below it.
pub(crate) fn is_attachment_label(line: &str) -> bool {
    is_attachment_line(line)
        && words(Role::Attachment).any(|w| {
            line.strip_prefix(w).is_some_and(|rest| {
                rest.chars()
                    .all(|c| is_decimal(c) || is_cn_numeral(c) || is_colon(c) || is_space(c))
            })
        })
}

/// True for a line that starts an attachment: `附件`, `附件：1.…`, `附件2`.
pub(crate) fn is_attachment_line(line: &str) -> bool {
    words(Role::Attachment).any(|w| {
        line.strip_prefix(w).is_some_and(|rest| {
            rest.is_empty()
                || rest.starts_with(|c| super::text::is_colon(c) || c == ' ' || c == '\u{3000}')
                || rest.starts_with(|c: char| is_decimal(c) || is_cn_numeral(c))
        })
    })
}

/// The numeric cells a table shows above a `1.` that opens its notes.
const MIN_TABLE_CELLS: usize = 3;

/// A line that is one numeric cell of a table copied as text (`73.4`,
/// `[200]`, `≥95`, `-`): short, with a digit or a dash, and no letter of
/// any script (Han characters are letters).
fn is_numeric_cell(line: &str) -> bool {
    line.chars().count() <= 12
        && line.chars().any(|c| c.is_ascii_digit() || c == '-')
        && !line.chars().any(char::is_alphabetic)
}

string_enum! {
    /// The role of a row of `policy_outline_words.tsv`.
    enum Role {
        /// The whole of a line heading a table of contents (目录).
        Contents => "contents",
        /// The word opening a line that starts an attachment (附件).
        Attachment => "attachment",
        /// The unit of a chapter marker after 第 and its numeral (第一章).
        Chapter => "chapter",
        /// The unit of a section marker after 第 and its numeral (第二节);
        /// an article's (条) is `chars::ARTICLE_MARK`.
        Section => "section",
    }
    error: crate::ErrorKind::InvalidData, "outline word role"
}

/// `data/policy_outline_words.tsv`: word, role.
static WORDS: LazyLock<Vec<(&'static str, Role)>> = LazyLock::new(|| outline_words().items);

fn outline_words() -> crate::lexicon::Table<(&'static str, Role)> {
    crate::lexicon::word_roles(
        "policy_outline_words.tsv",
        include_str!("../data/policy_outline_words.tsv"),
    )
}

fn words(role: Role) -> impl Iterator<Item = &'static str> {
    WORDS
        .iter()
        .filter(move |(_, r)| *r == role)
        .map(|(w, _)| *w)
}

/// A line that heads a table of contents (`目录`, `目　　录`).
fn is_contents_line(line: &str) -> bool {
    let bare: String = line.chars().filter(|c| !is_space(*c)).collect();
    words(Role::Contents).any(|w| bare == w)
}

/// Every heading, in text order.
///
/// Inside a law's article (after a 第X条, until the next 章 节 条 or an
/// attachment), the general markers (（一）, 1.) number the article's text
/// and are not headings. The numbered list of an attachment line
/// (`附件：1.某办法` and the `2.…` lines under it) is not an outline, nor
/// are the notes under a table (`1.指…`), nor a table of contents (the
/// lines after `目录` up to the line that repeats its first entry, where
/// the body starts).
pub(crate) fn headings(text: &str) -> Vec<Heading> {
    let mut out = Vec::new();
    // The last number seen at each rank, reset below a new heading, and
    // the last number seen at each rank anywhere (lists numbered on
    // across their parents: 二、 then （四）).
    let mut last = [0u32; MarkerKind::COUNT];
    let mut ever = [0u32; MarkerKind::COUNT];
    // Records `h` and the headings joined into its title; returns the end
    // of the last one.
    let mut accept = |mut h: Heading,
                      e: usize,
                      last: &mut [u32; MarkerKind::COUNT],
                      ever: &mut [u32; MarkerKind::COUNT]| loop {
        let inner = inner_heading(text, &h, e, ever);
        if let Some(i) = &inner {
            let (ts, te) = trim(text, h.title.start, i.span.start);
            h.title = Span::new(ts, te);
            h.span.end = te;
        }
        let r = h.kind.rank();
        last[r] = h.number;
        ever[r] = h.number;
        for l in last.iter_mut().skip(r + 1) {
            *l = 0;
        }
        let end = h.span.end;
        out.push(h);
        match inner {
            Some(i) => h = i,
            None => break end,
        }
    };
    let mut in_article = false;
    let mut fresh = false;
    // The number of the last 一、 part heading over articles (see
    // [`is_part`]), and whether a real 章 or 节 was seen (then there are none).
    let mut parts = 0u32;
    let mut chapters = false;
    // The number of the last 一、 item inside the current article.
    let mut listed = 0u32;
    // The number of the last item of an attachment list, while in one.
    let mut attachment_list: Option<u32> = None;
    // Whether the line before was a wrapped line of such an item.
    let mut attachment_wrap = false;
    // Lines that are numeric table cells since the last heading, whether
    // the line before was one, and the number of the last note of a
    // table's notes while in them.
    let mut cells = 0usize;
    let mut after_cell = false;
    let mut table_notes: Option<u32> = None;
    // Whether the group rows of a table were seen (see `group_row` below).
    let mut group_rows = false;
    // In a table of contents: its first entry, once seen.
    let mut contents: Option<Option<String>> = None;
    let spans: Vec<(usize, usize)> = lines(text)
        .iter()
        .map(|l| trim(text, l.start, l.end))
        .map(|(s, e)| (s + markdown_heading_mark(&text[s..e]), e))
        .filter(|(s, e)| s < e)
        .collect();
    for (k, &(s, e)) in spans.iter().enumerate() {
        if is_contents_line(&text[s..e]) {
            contents = Some(None);
            continue;
        }
        let found = heading_at(text, s, e);
        // The entries are headings; a line that is not one, or that repeats
        // the first entry (spaces aside), starts the body.
        if let Some(first) = contents.take() {
            let entry: String = text[s..e].chars().filter(|c| !is_space(*c)).collect();
            match first {
                _ if found.is_none() => {}
                None => {
                    contents = Some(Some(entry));
                    continue;
                }
                Some(f) if f != entry => {
                    contents = Some(Some(f));
                    continue;
                }
                Some(_) => {}
            }
        }
        // `1.指…` / `2.[]内为…` right under a table's rows: its notes.
        if let Some(h) = found.filter(|h| h.kind == MarkerKind::Arabic) {
            let opens = h.number == 1 && after_cell && cells >= MIN_TABLE_CELLS;
            if opens || table_notes.is_some_and(|n| n + 1 == h.number) {
                table_notes = Some(h.number);
                after_cell = false;
                continue;
            }
        }
        // `1.信息化发展指数` over a line `>79`: the label of a table's row
        // (the row number glued to it, no sentence mark), not a heading.
        let row_label = found.as_ref().is_some_and(|h| h.kind == MarkerKind::Arabic)
            && !text[s..e]
                .contains(|c| super::text::is_sentence_end(c) || super::text::is_clause_sep(c))
            && spans
                .get(k + 1)
                .is_some_and(|&(s2, e2)| is_numeric_cell(&text[s2..e2]));
        // `一、知识产权保护方面（共5项）` over a line `1`: the group row of a
        // table copied one cell a line, whose rows open with their serial
        // (later group rows over any serial);
        // also a group row left empty over the next one (`四、…（共6项）`
        // over `五、…（共3项）` over `21`).
        let group_row = found.is_some() && {
            let mut j = k;
            loop {
                let (s1, e1) = spans[j];
                if text[s1..e1]
                    .contains(|c| super::text::is_sentence_end(c) || super::text::is_clause_sep(c))
                    || heading_at(text, s1, e1).is_none()
                {
                    break false;
                }
                match spans.get(j + 1) {
                    // The table's first row is numbered 1 (a page number
                    // under a heading is not).
                    Some(&(s2, e2)) if text[s2..e2].chars().all(|c| c.is_ascii_digit()) => {
                        break group_rows || parse_int(&text[s2..e2]) == Some(1)
                    }
                    Some(_) => j += 1,
                    None => break false,
                }
            }
        };
        group_rows |= group_row;
        let found = found.filter(|_| !row_label && !group_row);
        table_notes = None;
        after_cell = is_numeric_cell(&text[s..e]);
        if found.is_some() {
            cells = 0;
        } else if after_cell {
            cells += 1;
        }
        if is_attachment_line(&text[s..e]) {
            in_article = false;
            fresh = true;
            parts = 0;
            // `附件：1.…` opens a list; `附件` alone may head one below.
            attachment_list = Some(
                text[s..e]
                    .find(super::text::is_colon)
                    .and_then(|i| {
                        let rest = text[s + i..e].trim_start_matches(super::text::is_colon);
                        let rest = rest.trim_start_matches(is_space);
                        marker(rest).map(|(_, _, n)| n)
                    })
                    .unwrap_or(0),
            );
            continue;
        }
        let mut from = s;
        if let Some(h) = found {
            let listed = matches!(h.kind, MarkerKind::Arabic | MarkerKind::ParenArabic)
                && attachment_list.is_some_and(|n| n + 1 == h.number);
            if listed {
                attachment_list = Some(h.number);
                attachment_wrap = false;
                continue;
            }
        }
        // One line of an item's title wrapped onto the next (`附件：1.某某
        // 工作` ⏎ `要点` ⏎ `2.…`) keeps the list open.
        let wraps = found.is_none()
            && !attachment_wrap
            && attachment_list.is_some_and(|n| n >= 1)
            && !text[s..e]
                .ends_with(|c| super::text::is_sentence_end(c) || super::text::is_colon(c));
        if wraps {
            attachment_wrap = true;
            continue;
        }
        attachment_wrap = false;
        attachment_list = None;
        if let Some(mut h) = found {
            let next = spans
                .get(k + 1)
                .and_then(|&(s2, e2)| heading_at(text, s2, e2));
            if !chapters
                && is_part(
                    text,
                    &h,
                    next.as_ref(),
                    parts,
                    ever[MarkerKind::Article.rank()],
                    fresh,
                    listed,
                )
            {
                // A part ranks as a chapter over its articles.
                h.kind = MarkerKind::Chapter;
                parts = h.number;
            } else if matches!(h.kind, MarkerKind::Chapter | MarkerKind::Section) {
                chapters = true;
            }
            if h.kind.is_law() {
                in_article = h.kind == MarkerKind::Article;
                listed = 0;
            }
            if !h.kind.is_law() && in_article {
                if h.kind == MarkerKind::Cn {
                    listed = h.number;
                }
                continue;
            }
            h.fresh = std::mem::take(&mut fresh);
            from = accept(h, e, &mut last, &mut ever);
        }
        // Headings later on the same line, whose number continues the list
        // at their level: right after a closing bracket
        // (`…市科技局)(二)提升水平`), or after the full stop that ends a
        // sentence (lines a crawl joined: `…负责解释。第七条 本办法…`,
        // `…。（二）提升水平`). An article or chapter follows only a full
        // stop; inside an article only they do.
        let mut i = from;
        while i < e {
            let Some(c) = text[i..e].chars().next() else {
                break;
            };
            i += c.len_utf8();
            let after_close = crate::lexicon::has_char(crate::lexicon::List::OutlineClose, c);
            let after_stop = c == FULL_STOP;
            if !(after_close || after_stop) {
                continue;
            }
            let at = i + (text[i..e].len() - text[i..e].trim_start_matches(is_space).len());
            let Some(h) = heading_at(text, at, e) else {
                continue;
            };
            let allowed = if h.kind.is_law() {
                after_stop
            } else {
                !in_article
            };
            if !allowed || last[h.kind.rank()] + 1 != h.number {
                continue;
            }
            // A bare `1.` after a full stop opens no list: the item's text
            // runs on in numbered sentences (`(四)实施优化政策。1.…。2.…`);
            // one continuing a list opened at a line's start is a heading.
            if after_stop && h.kind == MarkerKind::Arabic && h.number == 1 {
                continue;
            }
            if h.kind.is_law() {
                in_article = h.kind == MarkerKind::Article;
                listed = 0;
            }
            i = accept(h, e, &mut last, &mut ever);
        }
    }
    out
}

/// True for a 一、 heading that parts a regulation's articles, as a 章
/// would (`一、激励消费方面` over 第一条 … 第三条, `二、…方面` over 第四条 …):
/// a bare title (no mark a title never holds on its line: `，` `；` `。`)
/// right above the article that comes next in the numbering. The first part
/// is 一、 above 第一条 (no article before it, or the first heading of an
/// attachment); each later one numbers on from the last part while the
/// articles number on across the parts. A 一、 list inside an article
/// (`第五条 …：` then `一、…；`) starts after an article, so never opens the
/// parts, and its next item (`listed` + 1, the last item inside the current
/// article being `listed`) is no part; in a law with 章 or 节 the 一、 lines
/// are never parts. The next part may have no article under it (a closing
/// `三、附则` over plain sentences) when the current article lists no 一、.
fn is_part(
    text: &str,
    h: &Heading,
    next: Option<&Heading>,
    parts: u32,
    last_article: u32,
    fresh: bool,
    listed: u32,
) -> bool {
    let next = next.filter(|n| n.kind == MarkerKind::Article);
    let bare = !text[h.span.start..h.span.end]
        .contains(|c| crate::lexicon::has_char(crate::lexicon::List::TitleStop, c))
        && text[h.span.end..]
            .chars()
            .next()
            .is_none_or(|c| c == '\n' || c == '\r' || is_space(c));
    let numbered = match next {
        Some(next) if parts == 0 => {
            h.number == 1 && next.number == 1 && (last_article == 0 || fresh)
        }
        Some(next) => {
            h.number == parts + 1
                && next.number == last_article + 1
                && (listed == 0 || h.number != listed + 1)
        }
        // The last part, with no article under it (`三、附则` over closing
        // sentences): it numbers on from the parts while the current
        // article holds no 一、 list.
        None => parts > 0 && h.number == parts + 1 && listed == 0,
    };
    h.kind == MarkerKind::Cn && bare && numbered
}

struct Open {
    kind: MarkerKind,
    in_law: bool,
    item: OutlineItem,
}

fn attach(stack: &mut [Open], roots: &mut Vec<OutlineItem>, done: Open) {
    match stack.last_mut() {
        Some(parent) => parent.item.children.push(done.item),
        None => roots.push(done.item),
    }
}

/// The headings nested into a tree.
///
/// Law levels follow the marker kinds above each article: 章 1, 节 2; a
/// 条 one below the lowest of them it stands in (3 in a 节, 2 right under a
/// 章 even when other chapters have 节, docs/policy.md), 条 1 in a
/// regulation of articles only. An article under neither in a law that
/// has them takes the document's deepest level.
pub(crate) fn tree(flat: &[Heading]) -> Vec<OutlineItem> {
    let article_level = if flat.iter().any(|h| h.kind == MarkerKind::Section) {
        3
    } else if flat.iter().any(|h| h.kind == MarkerKind::Chapter) {
        2
    } else {
        1
    };
    let mut roots = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    for h in flat {
        while stack.last().is_some_and(|o| h.fresh || o.kind >= h.kind) {
            let done = stack.pop().expect("non-empty");
            attach(&mut stack, &mut roots, done);
        }
        let parent = stack.last();
        let parent_level = parent.map(|p| p.item.level);
        let in_law = h.kind.is_law() || parent.is_some_and(|p| p.in_law);
        let level = match h.kind {
            MarkerKind::Chapter => 1,
            MarkerKind::Section => 2,
            MarkerKind::Article => match parent.map(|p| p.kind) {
                Some(MarkerKind::Chapter) => 2,
                Some(MarkerKind::Section) => 3,
                _ => article_level,
            },
            _ if parent.is_some_and(|p| p.in_law) => parent_level.map_or(1, |l| l + 1),
            MarkerKind::Cn => 1,
            MarkerKind::ParenCn => 2,
            MarkerKind::Arabic => 3,
            MarkerKind::ParenArabic => 4,
        };
        stack.push(Open {
            kind: h.kind,
            in_law,
            item: OutlineItem {
                span: h.span,
                level,
                marker: h.marker,
                number: (h.number > 0).then_some(h.number),
                title: h.title,
                children: Vec::new(),
            },
        });
    }
    while let Some(done) = stack.pop() {
        attach(&mut stack, &mut roots, done);
    }
    roots
}

/// For each position (sorted), the markers of the headings it falls under.
pub(crate) fn paths_at(flat: &[Heading], positions: &[usize]) -> Vec<Vec<Span>> {
    let mut out = Vec::with_capacity(positions.len());
    let mut stack: Vec<&Heading> = Vec::new();
    let mut next = 0;
    for &pos in positions {
        while next < flat.len() && flat[next].span.start < pos {
            let h = &flat[next];
            while stack.last().is_some_and(|o| h.fresh || o.kind >= h.kind) {
                stack.pop();
            }
            stack.push(h);
            next += 1;
        }
        out.push(stack.iter().map(|h| h.marker).collect());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(text: &str, items: &[OutlineItem], out: &mut Vec<String>) {
        for i in items {
            out.push(format!(
                "{}:{}:{}:{}",
                i.level,
                &text[i.marker.range()],
                i.number.map_or("null".to_string(), |n| n.to_string()),
                &text[i.title.range()]
            ));
            shape(text, &i.children, out);
        }
    }

    fn outline(text: &str) -> Vec<String> {
        let mut v = Vec::new();
        shape(text, &tree(&headings(text)), &mut v);
        v
    }

    #[test]
    fn a_marker_whose_number_was_lost() {
        let text = "五、优化服务\n()优化房地产领域行政审批。简化流程。\n(二)加强监管。\n";
        assert_eq!(
            outline(text),
            [
                "1:五、:5:优化服务",
                "2:():null:优化房地产领域行政审批",
                "2:(二):2:加强监管"
            ]
        );
        // Not mid-line: the number cannot continue a list.
        let text = "一、总则\n（一）某某。见()条款。\n";
        assert_eq!(outline(text), ["1:一、:1:总则", "2:（一）:1:某某"]);
    }

    #[test]
    fn a_small_full_stop_after_an_arabic_marker() {
        // `1﹒` (U+FE52) marks an item as `1.` and `1．` do.
        assert_eq!(marker("3﹒推进改革"), Some((MarkerKind::Arabic, 4, 3)));
        assert_eq!(marker("3﹒5万元"), None);
        let text = "一、目标\n1﹒产值增长5%。\n2﹒投资增长8%。\n";
        let p = crate::policy::parse(text, &crate::Config::default());
        let kids: Vec<_> = p.outline[0]
            .children
            .iter()
            .map(|c| (&text[c.marker.range()], c.number, c.level))
            .collect();
        assert_eq!(kids, [("1﹒", Some(1), 3), ("2﹒", Some(2), 3)]);
    }

    #[test]
    fn markers() {
        assert_eq!(marker("一、总体"), Some((MarkerKind::Cn, 6, 1)));
        assert_eq!(marker("（十二）"), Some((MarkerKind::ParenCn, 12, 12)));
        assert_eq!(marker("(三)x"), Some((MarkerKind::ParenCn, 5, 3)));
        assert_eq!(marker("12.x"), Some((MarkerKind::Arabic, 3, 12)));
        assert_eq!(marker("３．x"), Some((MarkerKind::Arabic, 6, 3)));
        assert_eq!(marker("（2）x"), Some((MarkerKind::ParenArabic, 7, 2)));
        assert_eq!(
            marker("16.2025年提高标准"),
            Some((MarkerKind::Arabic, 3, 16))
        );
        assert_eq!(marker("第二十一条 x"), Some((MarkerKind::Article, 15, 21)));
        assert_eq!(marker("第三章"), Some((MarkerKind::Chapter, 9, 3)));
        assert_eq!(marker("(二)、x"), Some((MarkerKind::ParenCn, 8, 2)));
        assert_eq!(marker("（3）、x"), Some((MarkerKind::ParenArabic, 10, 3)));
        for s in [
            "一是优化",
            "1.5万元",
            "2024年",
            "(一期)",
            "第一方阵",
            "第0条",
            "(作者)",
            "十四五",
        ] {
            assert_eq!(marker(s), None, "{s}");
        }
    }

    #[test]
    fn a_space_before_the_enum_comma_keeps_the_part() {
        assert_eq!(marker("四 、优化"), Some((MarkerKind::Cn, 7, 4)));
        assert_eq!(marker("十一  、优化"), Some((MarkerKind::Cn, 11, 11)));
        assert_eq!(marker("一 是优化"), None);
        let text = "为稳定市场，制定以下措施。\n一 、加快车位销售。\n（一）调整价格。\n二、促进商铺销售。\n（二）给予补贴。\n";
        assert_eq!(
            outline(text),
            [
                "1:一 、:1:加快车位销售",
                "2:（一）:1:调整价格",
                "1:二、:2:促进商铺销售",
                "2:（二）:2:给予补贴",
            ]
        );
    }

    #[test]
    fn a_table_of_contents_is_not_the_outline() {
        let text = "某条例\n目　　录\n第一章 总则\n第二章 附则\n第一章　总　　则\n第一条　为了发展，制定本条例。\n第二章　附　　则\n第二条　本条例自公布之日起施行。\n";
        assert_eq!(
            outline(text),
            [
                "1:第一章:1:总\u{3000}\u{3000}则",
                "2:第一条:1:为了发展，制定本条例",
                "1:第二章:2:附\u{3000}\u{3000}则",
                "2:第二条:2:本条例自公布之日起施行",
            ]
        );
        let t = outline_words();
        assert!(t.errors.is_empty() && !t.items.is_empty());
        let mut seen = std::collections::HashSet::new();
        assert!(t.items.iter().all(|row| seen.insert(*row)));
        assert!(is_contents_line("目　　录") && is_attachment_line("附件2"));
        assert_eq!(
            (
                words(Role::Chapter).collect::<Vec<_>>(),
                words(Role::Section).collect::<Vec<_>>()
            ),
            (vec!["章"], vec!["节"])
        );
        assert_eq!(
            outline("第一章 总则\n第一节 一般规定\n第一条 目的\n"),
            ["1:第一章:1:总则", "2:第一节:1:一般规定", "3:第一条:1:目的"]
        );
        // A table of contents that never repeats keeps nothing back but itself.
        assert!(outline("目录\n一、总体要求\n").is_empty());
    }

    #[test]
    fn notes_under_a_table_are_not_headings() {
        let text = "(二)主要目标\n\n序号\n\n指标\n\n1\n\n培训人次1(万人次)\n\n20\n\n[100]\n\n2\n\n参保率(%)\n\n91\n\n≥95\n\n1.指统计口径的培训。\n\n2.[]内为累计数值。\n\n二、任务\n\n1.建设载体。\n";
        assert_eq!(
            outline(text),
            ["2:(二):2:主要目标", "1:二、:2:任务", "3:1.:1:建设载体"]
        );
        assert!(is_numeric_cell("[200]") && is_numeric_cell("≥95") && is_numeric_cell("73.4"));
        assert!(!is_numeric_cell("序号") && !is_numeric_cell("1.指统计口径"));
        // Row labels with their number glued on, each over its cells.
        let text = "（一）发展基础。\n指标\n2015年\n1.信息化发展指数\n>79\n—\n2.信息产业收入规模（万亿元）\n16\n17.1\n二、任务\n1.建设载体。\n2024\n";
        assert_eq!(
            outline(text),
            ["2:（一）:1:发展基础", "1:二、:2:任务", "3:1.:1:建设载体"]
        );
    }

    #[test]
    fn group_rows_of_a_table_are_not_headings() {
        // A table copied one cell a line: its group rows, numbered like
        // headings, stand over a row's serial (or over the next group row
        // when left empty); a heading over a sentence is still one.
        let text = "一、推广要求\n请各地抓紧落实。\n附件\n序号\n举措\n一、审批改革方面（共2项）\n1\n并联审批\n二、监管创新方面（共0项）\n三、服务优化方面（共1项）\n2\n一窗受理\n";
        assert_eq!(outline(text), ["1:一、:1:推广要求"]);
        let text = "一、总体要求\n3\n二、重点任务\n（一）建设载体。\n";
        assert_eq!(
            outline(text),
            [
                "1:一、:1:总体要求",
                "1:二、:2:重点任务",
                "2:（一）:1:建设载体"
            ]
        );
    }

    #[test]
    fn nested_outline_with_mid_line_heading() {
        let text = "一、总体要求\n  (一)指导思想。以发展为要。\n二、重点任务\n(一)增强能力\n1.建设载体。强化。\n2．促进突破。(责任单位:市科技局)(二)提升水平\n（1）细项\n(2)细项二\n三、保障措施\n";
        assert_eq!(
            outline(text),
            [
                "1:一、:1:总体要求",
                "2:(一):1:指导思想",
                "1:二、:2:重点任务",
                "2:(一):1:增强能力",
                "3:1.:1:建设载体",
                "3:2．:2:促进突破",
                "2:(二):2:提升水平",
                "4:（1）:1:细项",
                "4:(2):2:细项二",
                "1:三、:3:保障措施",
            ]
        );
    }

    #[test]
    fn headings_glued_after_a_full_stop() {
        let text = "第一条 甲。\n第二条 乙。第三条 丙。（一）丁；第五条 戊。\n";
        assert_eq!(
            outline(text),
            ["1:第一条:1:甲", "1:第二条:2:乙", "1:第三条:3:丙"]
        );
        let text = "一、甲。（责任单位：A）二、乙。（一）丙。（二）丁。（四）戊。\n";
        assert_eq!(
            outline(text),
            [
                "1:一、:1:甲",
                "1:二、:2:乙",
                "2:（一）:1:丙",
                "2:（二）:2:丁"
            ]
        );
    }

    #[test]
    fn numbered_sentences_run_on_in_an_item() {
        let text = "一、稳定市场\n(四)实施优化政策。1.给予补贴。2.退还个税。〔牵头单位:市税务局〕\n(五)优化公积金。\n";
        assert_eq!(
            outline(text),
            [
                "1:一、:1:稳定市场",
                "2:(四):4:实施优化政策",
                "2:(五):5:优化公积金"
            ]
        );
        // A list opened at a line's start goes on after a full stop.
        let text = "一、稳定市场\n1.提供贷款。各银行降低门槛。2.执行较低首付。各银行执行。\n";
        assert_eq!(
            outline(text),
            [
                "1:一、:1:稳定市场",
                "3:1.:1:提供贷款",
                "3:2.:2:执行较低首付"
            ]
        );
    }

    #[test]
    fn a_comma_after_a_bracketed_marker() {
        let text = "二、鼓励人才安家。(一)、对博士给予补贴。(二)、对硕士给予补贴。\n";
        assert_eq!(
            outline(text),
            [
                "1:二、:2:鼓励人才安家",
                "2:(一)、:1:对博士给予补贴",
                "2:(二)、:2:对硕士给予补贴"
            ]
        );
    }

    #[test]
    fn parts_over_articles_numbered_on() {
        let text = "为稳定市场，制定措施如下：\n一、扶持消费方面\n第一条 加大补贴。给予补贴。\n第二条 优化服务。（一）甲；（二）乙。\n二、稳定投资方面\n第三条 保障用地。优先供地。\n三、保障方面\n第四条 提高效率。\n";
        assert_eq!(
            outline(text),
            [
                "1:一、:1:扶持消费方面",
                "2:第一条:1:加大补贴",
                "2:第二条:2:优化服务",
                "1:二、:2:稳定投资方面",
                "2:第三条:3:保障用地",
                "1:三、:3:保障方面",
                "2:第四条:4:提高效率",
            ]
        );
        let flat = headings(text);
        let at = text.find("优先供地").expect("in the text");
        let paths = paths_at(&flat, &[at]);
        let markers: Vec<&str> = paths[0].iter().map(|m| &text[m.range()]).collect();
        assert_eq!(markers, ["二、", "第三条"]);
    }

    #[test]
    fn markdown_heading_marks_before_chapters() {
        let text = "# 某某条例\n\n## 第一章 总则\n\n第一条 为了规范管理，制定本条例。\n\n## 第二章 附则\n\n第二条 本条例自公布之日起施行。\n";
        assert_eq!(
            outline(text),
            [
                "1:第一章:1:总则",
                "2:第一条:1:为了规范管理，制定本条例",
                "1:第二章:2:附则",
                "2:第二条:2:本条例自公布之日起施行",
            ]
        );
        assert_eq!(markdown_heading_mark("#1"), 0);
        assert_eq!(markdown_heading_mark("### 一、总则"), 4);
    }

    #[test]
    fn an_attachment_list_with_a_wrapped_item() {
        let text = "一、总体要求\n（一）目标。\n附件：1.某某区某某领域专项\n工作要点\n2.某某区某某领域工作清单\n某某局\n2026年1月5日\n";
        assert_eq!(outline(text), ["1:一、:1:总体要求", "2:（一）:1:目标"]);
    }

    #[test]
    fn a_closing_part_without_articles() {
        let text = "一、对企业\n第一条 减免租金。\n二、对个人\n第二条 发放补贴。\n三、附则\n本办法自印发之日起施行。\n";
        assert_eq!(
            outline(text),
            [
                "1:一、:1:对企业",
                "2:第一条:1:减免租金",
                "1:二、:2:对个人",
                "2:第二条:2:发放补贴",
                "1:三、:3:附则",
            ]
        );
        // A 一、 list inside the last article stays inside it.
        let text = "一、对企业\n第一条 下列事项：\n一、甲；\n二、乙。\n";
        assert_eq!(outline(text), ["1:一、:1:对企业", "2:第一条:1:下列事项："]);
    }

    #[test]
    fn a_list_inside_an_article_is_no_part() {
        // The 一、 list starts after an article: its items are the text.
        let text = "第一条 为了规范，制定本办法。\n第二条 下列单位应当报告\n一、甲单位\n二、乙单位\n第三条 略。\n";
        assert_eq!(
            outline(text),
            [
                "1:第一条:1:为了规范，制定本办法",
                "1:第二条:2:下列单位应当报告",
                "1:第三条:3:略"
            ]
        );
        // Inside a parted text, an article's own 一、 list: its 二、 right
        // above the next article is the list's next item, no part.
        let text = "一、甲方面\n第一条 下列单位应当报告\n一、甲单位\n二、乙单位\n第二条 略。\n";
        assert_eq!(
            outline(text),
            [
                "1:一、:1:甲方面",
                "2:第一条:1:下列单位应当报告",
                "2:第二条:2:略"
            ]
        );
        // Not numbered on: a 二、 above an article that restarts at 第一条.
        let text = "一、甲方面\n第一条 略。\n二、乙方面\n第一条 略。\n";
        assert_eq!(outline(text)[..2], ["1:一、:1:甲方面", "2:第一条:1:略"]);
        assert_eq!(outline(text).len(), 3);
        // In a law with 章 a 一、 line is never a part (the article stays
        // under the chapter, not under the 一、).
        let text = "第一章 总则\n一、说明\n第一条 略。\n";
        assert_eq!(
            outline(text),
            ["1:第一章:1:总则", "2:一、:1:说明", "2:第一条:1:略"]
        );
        // A sentence, not a bare title.
        let text = "一、为了规范，制定本办法\n第一条 略。\n";
        assert_eq!(
            outline(text),
            ["1:一、:1:为了规范，制定本办法", "1:第一条:1:略"]
        );
    }

    #[test]
    fn stray_mid_line_markers_are_not_headings() {
        let text = "一、总则\n支持首台(套)装备和(3)类项目。\n";
        assert_eq!(outline(text), ["1:一、:1:总则"]);
    }

    #[test]
    fn law_levels() {
        let text = "第一章 总则\n第一条 为了促进发展，制定本条例。\n第二条 本条例适用于本省。\n第二章 发展\n第一节 规划\n第三条 省人民政府应当：\n（一）编制规划；\n（二）组织实施。\n第二节 保障\n第四条 保障。\n";
        assert_eq!(
            outline(text),
            [
                "1:第一章:1:总则",
                "2:第一条:1:为了促进发展，制定本条例",
                "2:第二条:2:本条例适用于本省",
                "1:第二章:2:发展",
                "2:第一节:1:规划",
                "3:第三条:3:省人民政府应当：",
                "2:第二节:2:保障",
                "3:第四条:4:保障",
            ]
        );
        let text = "第一条 总则\n第一款 适用范围。\n第二款 修改为：“例外。”\n第二条 定义\n";
        assert_eq!(outline(text), ["1:第一条:1:总则", "1:第二条:2:定义"]);
    }

    #[test]
    fn spaced_chapters_articles_without_space_and_items_inside_articles() {
        let text = "第一章  总  则\n第一条为了规范发展，制定本办法。\n第二条　本办法适用于：\n（一）甲；\n1.乙。\n第 二 章\n第三条 略。\n";
        assert_eq!(
            outline(text),
            [
                "1:第一章:1:总  则",
                "2:第一条:1:为了规范发展，制定本办法",
                "2:第二条:2:本办法适用于：",
                "1:第 二 章:2:",
                "2:第三条:3:略",
            ]
        );
    }

    #[test]
    fn an_article_marker_alone_on_its_line() {
        // `第一条` ⏎ its text: an article with an empty title, and the 1.
        // items inside it (on a line of their own) are its text.
        let text = "某某管理办法\n第一条\n为做好管理工作，制定本办法。\n第二条\n其他费用：    1.甲费。\n\n6.财务成本，指利息等。    7.管理费。\n第三条\n本办法自印发之日起施行。\n";
        assert_eq!(outline(text), ["1:第一条:1:", "1:第二条:2:", "1:第三条:3:"]);
        let flat = headings(text);
        let at = text.find("第二条").unwrap();
        assert_eq!(flat[1].span, Span::new(at, at + "第二条".len()));
        assert_eq!(
            flat[1].title,
            Span::new(at + "第二条".len(), at + "第二条".len())
        );
        // A bare （一） or 1. still needs a title.
        assert!(outline("一、任务\n（一）\n甲。\n").len() == 1);
    }

    #[test]
    fn a_notice_with_an_attached_measure() {
        let text = "一、总体要求\n（一）目标。\n附件：1.某某管理办法\n      2.某某清单\n某某管理办法\n第一条 为了规范，制定本办法。\n（一）甲；\n（二）乙。\n第二条 略。\n附件2\n一、清单\n";
        assert_eq!(
            outline(text),
            [
                "1:一、:1:总体要求",
                "2:（一）:1:目标",
                "1:第一条:1:为了规范，制定本办法",
                "1:第二条:2:略",
                "1:一、:1:清单",
            ]
        );
    }

    #[test]
    fn paths() {
        let text = "二、任务\n(一)能力\n1.载体。(责任单位:甲)\n(二)水平\n";
        let flat = headings(text);
        let pos = [text.find("(责任").unwrap(), text.len()];
        let paths = paths_at(&flat, &pos);
        let show = |p: &Vec<Span>| p.iter().map(|s| &text[s.range()]).collect::<Vec<_>>();
        assert_eq!(show(&paths[0]), ["二、", "(一)", "1."]);
        assert_eq!(show(&paths[1]), ["二、", "(二)"]);
    }
}
