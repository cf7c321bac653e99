//! Section headings: the time and status a heading gives the figures of
//! its section.
//!
//! A heading is a short line (at most 40 characters) that does not end like
//! a sentence or a clause and holds no figure (a rank within a scope,
//! `工业增幅全省第四`, is one): an outline line
//! (`一、2025年工作回顾`, `（二）…`), a marked line (`■ 2024年成绩单`), a
//! line that is only a time (`2023年前三季度` above infographic captions),
//! or a plain title. A heading after a sentence end and a space on the same
//! line (`…请予审议。 一、2025年工作回顾 2025年是…`, a document whose lines
//! were joined) counts too when it opens with an outline marker.
//!
//! An outline or marked heading that names a year or period dates the
//! figures of its section that have no time of their own (sentence, then
//! paragraph); a goal word in it (`主要预期目标`) makes them targets. A line
//! that is only a time dates the short lines below it, up to the first line
//! holding a full sentence. A plain title names no time (the year of
//! `玉环市2019年国民经济和社会发展统计公报` is the document's, not a section's)
//! and closes every open section; an outline heading closes those of its
//! level and below.

use super::lexicon::{Lexicon, Role};
use super::metric::is_word_char;
use super::{is_clause_sep, is_figure, is_sentence_end, Status};
use crate::chars::{CLOSE_QUOTE, FULL_STOP, OPEN_QUOTE};
use crate::entity::{Entity, Kind};
use crate::lexicon::{self as words, List};

/// The longest heading, in characters.
const MAX_CHARS: usize = 40;
/// The longest line that may be a heading or a table cell, in bytes.
pub(crate) const MAX_BYTES: usize = 240;
/// The longest title of a heading inside a line, in characters.
const MAX_INLINE_CHARS: usize = 20;
/// The longest plain title that only names goals ([`Heading::goal_name`]),
/// in characters: a section's name (`今年经济社会发展主要预期目标`), not a
/// headline.
const MAX_GOAL_NAME_CHARS: usize = 16;

/// A heading and what it gives its section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Heading {
    /// 1–4 for outline markers (一、 （一） 1. （1）), 0 otherwise: a new
    /// heading closes the open ones of its level and below.
    pub level: u8,
    /// The index of the entity that dates the section.
    pub time: Option<usize>,
    /// A goal or forecast word of the heading.
    pub status: Status,
    /// A line that is only a time: it dates caption lines only.
    pub captions: bool,
    /// Where the heading ends (bytes).
    pub end: usize,
    /// A goal lead closed by a colon at a line's end (`今年经济社会发展的主要
    /// 预期目标是：`): its targets are the list lines under it, up to the
    /// first long line.
    pub list: bool,
    /// A plain title that only names goals (`主要目标`, `今年主要预期目标`):
    /// short and closed by its goal word. It reaches the paragraph right
    /// under it however long (`生产总值增长11.5%左右,…` on one line), where
    /// a headline with a goal word (`政府工作报告提出全市…主要预期目标`)
    /// reaches only the short lines under it.
    pub goal_name: bool,
    /// A plain title: no outline marker, no heading mark.
    pub plain: bool,
}

/// The heading that is the line `at..end`, if it is one; `next` is the
/// index of the first entity at or after `at`.
pub(crate) fn line(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    at: usize,
    end: usize,
    next: usize,
) -> Option<Heading> {
    if end - at > MAX_BYTES {
        return None;
    }
    let (s, mut e) = trim_space(text, at, end);
    let mut body = &text[s..e];
    let mut last = body.chars().next_back()?;
    // An outline title closed by a full stop on a line of its own
    // (`（二）主要目标。`): a heading without its stop. Closed like a
    // sentence, it dates nothing unless it names goals: its marker opens
    // a section (`（三）工作成效。` closes the goal section above), but
    // `一、1-3月份主要经济指标完成情况。` gives its section no time.
    let mut stopped = false;
    if is_sentence_end(last) {
        let inner = &body[..body.len() - last.len_utf8()];
        if !inner.contains(|c| is_sentence_end(c) || is_clause_sep(c))
            && inner.chars().count() <= MAX_INLINE_CHARS
            && crate::policy::opening_marker(inner).is_some()
        {
            stopped = true;
            body = inner;
            e -= last.len_utf8();
            last = body.chars().next_back()?;
        }
    }
    // The cheap tests first: most short lines end a sentence (and more
    // than four bytes a character are more characters than a title holds).
    if body.len() > 4 * MAX_CHARS
        || is_sentence_end(last)
        || is_clause_sep(last)
        || body.contains(FULL_STOP)
        || body.chars().count() > MAX_CHARS
        || words::prefix_in(List::BulletMark, body).is_some()
    {
        return None;
    }
    let (level, marked) = match crate::policy::opening_marker(body) {
        Some((level, _)) => (level, true),
        None => (0, words::prefix_in(List::HeadingMark, body).is_some()),
    };
    // A label and its value (`分管领导:张三`, a field under a list item) is
    // no plain title: it closes no section. A value that only names goals
    // (`关键词:主要预期目标`, a digest's subhead) is that goal title.
    if level == 0 && !marked {
        if let Some((k, c)) = body
            .char_indices()
            .find(|&(k, c)| words::has_char(List::Colon, c) && k + c.len_utf8() < body.len())
        {
            let value = s + k + c.len_utf8();
            return analyze(lex, text, entities, (value, e), next, (0, false), None)
                .filter(|h| h.goal_name);
        }
    }
    analyze(lex, text, entities, (s, e), next, (level, marked), None).map(|mut h| {
        if stopped && h.status == Status::Actual {
            h.time = None;
        }
        h
    })
}

/// An outline heading opening right after a sentence end at `at` on the
/// same line (`。 一、2025年工作回顾 2025年是…`): a space, the marker, a
/// title of word characters, a space.
pub(crate) fn inline(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    at: usize,
    next: usize,
) -> Option<Heading> {
    let rest = &text[at..];
    let s = at + (rest.len() - rest.trim_start_matches(is_line_space).len());
    if s == at {
        return None;
    }
    let (level, len) = crate::policy::opening_marker(&text[s..])?;
    if level > 2 {
        return None;
    }
    let title = s + len;
    let mut e = title;
    for (n, c) in text[title..].chars().enumerate() {
        if is_line_space(c) {
            break;
        }
        if n >= MAX_INLINE_CHARS
            || !(is_word_char(c) || matches!(c, '"' | OPEN_QUOTE | CLOSE_QUOTE))
        {
            return None;
        }
        e += c.len_utf8();
    }
    if e == title || !text[e..].starts_with(is_line_space) {
        return None;
    }
    analyze(lex, text, entities, (s, e), next, (level, true), None)
}

/// A run-in goal title: the first sentence `at..end` of a line, a marker
/// and a short title with a goal or forecast word closed by a full stop
/// (`（三）发展目标。` before `到2025年，…` on the same line), read as that
/// title on a line of its own. Another run-in title (`一、综合实力显著增强。`)
/// is the first sentence of its paragraph. `next` is the index of the
/// first entity at or after `at`.
pub(crate) fn run_in(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    at: usize,
    end: usize,
    next: usize,
) -> Option<Heading> {
    let (s, e) = trim_space(text, at, end);
    let body = &text[s..e];
    let last = body.chars().next_back()?;
    if !is_sentence_end(last) {
        return None;
    }
    let inner = &body[..body.len() - last.len_utf8()];
    // The cheap tests first: most sentences are longer than a title, and
    // more than four bytes a character are more characters than a title
    // holds, before any character is read; most short sentences open with
    // no marker (its test reads the first characters only).
    if inner.len() > 4 * MAX_INLINE_CHARS {
        return None;
    }
    let (level, _) = crate::policy::opening_marker(inner)?;
    // (One reading of the characters: more than a title holds, or a
    // separator.)
    let mut n = 0;
    if inner.chars().any(|c| {
        n += 1;
        n > MAX_INLINE_CHARS || is_sentence_end(c) || is_clause_sep(c)
    }) {
        return None;
    }
    // A title without a cue is no goal title (a marked title's status is
    // its cue's).
    let cue = status(lex, text, s, s + inner.len());
    if cue == Status::Actual {
        return None;
    }
    analyze(
        lex,
        text,
        entities,
        (s, s + inner.len()),
        next,
        (level, true),
        Some(cue),
    )
    .filter(|h| h.status != Status::Actual)
}

/// What the heading `s..e` gives its section.
///
/// `cue`, when given, is [`status`] of `s..e`, read already.
fn analyze(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    (s, e): (usize, usize),
    next: usize,
    (level, marked): (u8, bool),
    cue: Option<Status>,
) -> Option<Heading> {
    let mut time = None;
    for (i, x) in entities.iter().enumerate().skip(next) {
        if x.span.start >= e {
            break;
        }
        // A rank within a scope (`固定资产投资增速全省第一`) is a figure too.
        if is_figure(x.kind) || x.kind == Kind::Ordinal && scoped(lex, text, x) {
            return None;
        }
        if time.is_none() && matches!(x.kind, Kind::Date | Kind::Period) {
            time = Some(i);
        }
    }
    // Only a time, with brackets or punctuation around it.
    let captions = time.is_some_and(|t| {
        let span = entities[t].span;
        // A time running over the line's end (`2025\n\n年`) is no caption.
        span.start >= s
            && span.end <= e
            && !text[s..span.start].chars().any(is_word_char)
            && !text[span.end..e].chars().any(is_word_char)
    });
    let dates = marked || captions;
    let status = cue.unwrap_or_else(|| status(lex, text, s, e));
    // A plain title with a goal word (`…提出全市经济社会发展主要预期目标`)
    // reaches, as a caption title does, the short lines under it (a
    // headline's second line `今年地区生产总值增长5.5%左右`).
    let goal_title = !dates && status != Status::Actual;
    // One that only names goals is short, ends with its goal word and
    // holds no verb of a headline (`县长报告明年目标`).
    let goal_name = goal_title
        && status == Status::Target
        && text[s..e].chars().count() <= MAX_GOAL_NAME_CHARS
        && lex.ending(text, s, e, &[Role::Target]).is_some()
        && !words::list(List::HeadlineVerb)
            .iter()
            .any(|w| super::has_word(&text[s..e], w));
    Some(Heading {
        level,
        time: time.filter(|_| dates),
        status: if dates || goal_title {
            status
        } else {
            Status::Actual
        },
        captions: captions || goal_title,
        end: e,
        list: false,
        goal_name,
        plain: level == 0 && !marked,
    })
}

/// The status the cue words of heading `s..e` give it. The name of an
/// announcement of expected results, no cue in a sentence (`披露2023年度
/// 业绩预告`), is a forecast word in a heading (`(二)业绩预告情况`): the
/// section it opens is the forecast.
fn status(lex: &Lexicon, text: &str, s: usize, e: usize) -> Status {
    match super::cue_status(lex, text, s, e, Status::Actual) {
        Status::Actual
            if words::list(List::ForecastName)
                .iter()
                .any(|w| super::has_word(&text[s..e], w)) =>
        {
            Status::Forecast
        }
        // The year's plan of a work report (`三、2026年经济社会发展总体要求
        // 和政策取向`): its figures are the year's expected targets.
        Status::Actual
            if words::list(List::PlanHeading)
                .iter()
                .any(|w| super::has_word(&text[s..e], w)) =>
        {
            Status::Target
        }
        status => status,
    }
}

/// Whether ordinal `x` opens with its scope, a subject word (`全省第四`)
/// or a scope of a rank (`全球第一`).
fn scoped(lex: &Lexicon, text: &str, x: &Entity) -> bool {
    lex.starting(
        text,
        x.span.start,
        x.span.end,
        &[Role::SubjectWord, Role::RankScope],
    )
    .is_some_and(|(w, _)| x.span.start + w.len() < x.span.end)
}

/// A space or tab inside a line.
pub(crate) fn is_line_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}' | '\r')
}

fn trim_space(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &text[s..e];
    let space = |c: char| c == '\n' || is_line_space(c);
    let lead = t.len() - t.trim_start_matches(space).len();
    let body = t.trim_matches(space);
    (s + lead, s + lead + body.len())
}

/// The outline level given to lines numbered with two digits and a space
/// (`01 新增…`, `13 推动…`): a level of their own, below every marker read
/// by the policy outline.
pub(crate) const PADDED_ITEM_LEVEL: u8 = 9;

/// The outline level given to lines opened by a Chinese numeral and an
/// item word (`一是实施…`, `二是…`): a level of their own, below every
/// marker read by the policy outline.
pub(crate) const ENUMERATED_ITEM_LEVEL: u8 = 10;

/// The length of the Chinese numeral and item word opening `line`
/// (`一是`, `十二是`) when words follow: a numbered item of a list. (A
/// numeral of more than three characters numbers no item.)
pub(crate) fn enumerated_item(line: &str) -> Option<usize> {
    let numeral = line
        .char_indices()
        .take_while(|&(_, c)| !c.is_ascii() && crate::numeral::chinese::is_numeral_char(c))
        .take(4)
        .last()
        .map(|(k, c)| k + c.len_utf8())?;
    if line[..numeral].chars().count() > 3 {
        return None;
    }
    let mark = words::prefix_in(List::ItemMark, &line[numeral..])?;
    let len = numeral + mark.len();
    line[len..]
        .chars()
        .next()
        .is_some_and(|c| !is_line_space(c) && c != '\n')
        .then_some(len)
}

/// The length of a two-digit item number and the spaces after it opening
/// `line` (`01 新增共享充电桩…`, a web list's numbering), when a word
/// character follows; with `padded`, only a number written with a leading
/// zero (`01`…`09`), which no count is: the later items (`10 创成…`) are
/// read as such only inside a list opened by one.
pub(crate) fn item_number(line: &str, padded: bool) -> Option<usize> {
    let b = line.as_bytes();
    if b.len() < 3 || !b[0].is_ascii_digit() || !b[1].is_ascii_digit() || (padded && b[0] != b'0') {
        return None;
    }
    let rest = &line[2..];
    let after = rest.trim_start_matches(is_line_space);
    if after.len() == rest.len() {
        return None;
    }
    let next = after.chars().next()?;
    (!next.is_ascii_digit() && !next.is_whitespace() && next.is_alphanumeric())
        .then_some(line.len() - after.len())
}
