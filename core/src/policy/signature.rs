//! The signature block at the end of a government document: the signing
//! body or bodies, then the date.
//!
//! The date line is a line holding only a full date (`2024年5月31日`,
//! `二〇二四年五月三十一日`); the bodies are the one to eight short lines
//! right above it (blank lines allowed), without sentence punctuation.
//! The bodies and the date may share a line, apart by spaces, under a
//! closing sentence (`某市教育局　　某市财政局　　2024年4月15日`).
//! Several bodies on one line are separated by two or more spaces, by one
//! space after a name that ends as a body does (`…委员会 …局`), or
//! written together when each is a central body of the table
//! (`自然资源部中国银行保险监督管理委员会`: two names), or written together
//! when the place opening the first name opens each other one
//! (`某某市发展和改革委员会某某市财政局`: two names), or written together
//! when a local body's name is followed by a central body's office
//! (`某某市住房公积金管理中心国家金融监督管理总局某某监管分局`). The date
//! is the date entity the core extractor found on that line (`None` when it
//! found none). The last such block of the text is the issuer; for a
//! 印发/转发 notice, the notice's own block, the first one (before the
//! attachment). Lines of the 版记 (`抄送：…`, `…印发`) are not bodies.

use super::text::{is_decimal, is_space, lines, trim, Line, ENUM_COMMA};
use crate::chars::{DAY, MONTH, YEAR};
use crate::entity::{Entity, Kind, Span};
use crate::lexicon::{has_char, List};
use std::sync::LazyLock;

/// The signing body or bodies and the date of a government document.
///
/// ```
/// let text = "……特此通知。\n\n  滨州市人民政府办公室\n\n2024年5月31日\n";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let i = p.issuer.unwrap();
/// assert_eq!(&text[i.names[0].range()], "滨州市人民政府办公室");
/// assert_eq!(&text[i.span.range()], "滨州市人民政府办公室\n\n2024年5月31日");
/// assert_eq!(i.date.unwrap().date().unwrap().iso().unwrap(), "2024-05-31");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Issuer {
    /// From the first body's line to the end of the date line.
    pub span: Span,
    /// One entry per signing body.
    pub names: Vec<Span>,
    /// The date, an entity of the core extractor.
    pub date: Option<Entity>,
}

/// The characters of `s` from the start that `f` accepts: how many, and
/// the rest.
fn run(s: &str, f: impl Fn(char) -> bool) -> (usize, &str) {
    let rest = s.trim_start_matches(&f);
    (s[..s.len() - rest.len()].chars().count(), rest)
}

fn is_small_numeral(c: char) -> bool {
    crate::lexicon::has_char(crate::lexicon::List::SignatureNumeral, c)
}

fn is_year_numeral(c: char) -> bool {
    crate::lexicon::has_char(crate::lexicon::List::YearNumeral, c)
}

/// A month or day followed by `unit`: one or two digits, or one to three of
/// 一…十; returns the rest after `unit`.
fn month_or_day(s: &str, unit: char) -> Option<&str> {
    let (n, rest) = run(s, is_decimal);
    let (n, rest, max) = if n > 0 {
        (n, rest, 2)
    } else {
        let (n, rest) = run(s, is_small_numeral);
        (n, rest, 3)
    };
    (1..=max).contains(&n).then_some(rest)?.strip_prefix(unit)
}

/// A line that is only a full date: a year of four digits or four of 〇…九,
/// then 年, a month and 月, a day and 日 (`2024年5月31日`,
/// `二〇二四年五月三十一日`); spaces between its parts are skipped
/// (`2025年 11 月25日`, a date typed with blanks for the figures).
pub(crate) fn is_date_line(line: &str) -> bool {
    let compact: String;
    let line = if line.contains(is_space) {
        compact = line.chars().filter(|&c| !is_space(c)).collect();
        compact.as_str()
    } else {
        line
    };
    let (n, rest) = run(line, is_decimal);
    let rest = if n > 0 {
        (n == 4).then_some(rest)
    } else {
        let (n, rest) = run(line, is_year_numeral);
        (n == 4).then_some(rest)
    };
    rest.and_then(|r| r.strip_prefix(YEAR))
        .and_then(|r| month_or_day(r, MONTH))
        .and_then(|r| month_or_day(r, DAY))
        .is_some_and(str::is_empty)
}

const MAX_BODY_CHARS: usize = 40;
/// The most lines of a closing paragraph read for a verb of issuing.
const MAX_CLOSING_LINES: usize = 4;
const MAX_BODY_LINES: usize = 8;
/// The most lines of a list of attachments (`附件：1.…`, its items and
/// their wrapped lines) between a closing sentence and a date line alone.
const MAX_ATTACHMENT_LIST_LINES: usize = 8;

string_enum! {
    /// Where a word of `policy_foot_words.tsv` stands on a line of the 版记.
    enum Place {
        /// Opening the line (抄送：…).
        Start => "start",
        /// Ending it (…2024年5月1日印发).
        End => "end",
    }
    error: crate::ErrorKind::InvalidData, "foot word place"
}

/// Words that open or end a line of the 版记 at a document's foot
/// (`data/policy_foot_words.tsv`).
static FOOT_WORDS: LazyLock<Vec<(&'static str, Place)>> = LazyLock::new(|| foot_words().items);

fn foot_words() -> crate::lexicon::Table<(&'static str, Place)> {
    crate::lexicon::word_roles(
        "policy_foot_words.tsv",
        include_str!("../data/policy_foot_words.tsv"),
    )
}

fn is_body_line(line: &str) -> bool {
    if FOOT_WORDS.iter().any(|(w, p)| match p {
        Place::Start => line.starts_with(w),
        Place::End => line.ends_with(w),
    }) {
        return false;
    }
    let n = line.chars().count();
    let listed = listed_bodies(line);
    ((2..=MAX_BODY_CHARS).contains(&n) || spaced_bodies(line) || listed)
        && (listed || !line.contains(|c| has_char(List::SignatureStop, c)))
        && !line.starts_with(|c| has_char(List::SignatureOpen, c))
        && line.chars().any(crate::chars::is_han)
        && !line.chars().any(|c| c.is_ascii_digit())
}

/// True when `line` is two or more names set apart by spaces, each short
/// enough for one body and ending as a body does (four bodies signing on
/// one line: `重庆市住房和城乡建设委员会 重庆市规划和自然资源局 …`): such a
/// line may be longer than one name.
fn spaced_bodies(line: &str) -> bool {
    let parts: Vec<&str> = line.split(is_space).filter(|p| !p.is_empty()).collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() <= MAX_BODY_CHARS && super::level::ends_as_body(p))
}

/// True when `line` is two or more bodies' names parted by 、 and nothing
/// else of a sentence (`某县财政局、某县教育局`), each short enough for one
/// body and ending as a body does.
fn listed_bodies(line: &str) -> bool {
    line.contains(ENUM_COMMA)
        && !line.contains(|c| c != ENUM_COMMA && has_char(List::SignatureStop, c))
        && line.split(ENUM_COMMA).all(|p| {
            let p = p.trim_matches(is_space);
            (2..=MAX_BODY_CHARS).contains(&p.chars().count()) && super::level::ends_as_body(p)
        })
}

/// `data/policy_signer_titles.tsv`: titles of an official signing in person.
static SIGNER_TITLES: LazyLock<Vec<&'static str>> = LazyLock::new(|| signer_titles().items);

fn signer_titles() -> crate::lexicon::Table<&'static str> {
    crate::lexicon::words(
        "policy_signer_titles.tsv",
        include_str!("../data/policy_signer_titles.tsv"),
    )
}

/// The names on one body line: split on runs of two or more spaces (or an
/// ideographic space); an official's title before the person's name
/// (`总理　李克强`) is no name.
fn names_on(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let first = out.len();
    if listed_bodies(&text[s..e]) {
        let mut from = s;
        for (i, _) in text[s..e].match_indices(ENUM_COMMA) {
            names_split(text, from, s + i, out);
            from = s + i + ENUM_COMMA.len_utf8();
        }
        names_split(text, from, e, out);
        return;
    }
    names_split(text, s, e, out);
    if out.len() > first + 1 && SIGNER_TITLES.contains(&&text[out[first].range()]) {
        out.remove(first);
    }
}

fn names_split(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let line = &text[s..e];
    let mut from = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_space(c) {
            continue;
        }
        let wide = c == '\u{3000}' || chars.peek().is_some_and(|(_, n)| is_space(*n));
        if wide || single_space_between_bodies(&line[from..i], &line[i + c.len_utf8()..]) {
            push_names(text, s + from, s + i, out);
            while chars.peek().is_some_and(|(_, n)| is_space(*n)) {
                chars.next();
            }
            from = chars.peek().map_or(line.len(), |(j, _)| *j);
        }
    }
    push_names(text, s + from, e, out);
}

/// Shortest name of a body (`国务院`, `体育局`) on either side of a single
/// space that separates two signing bodies.
const MIN_BODY_CHARS: usize = 3;

/// True when a single space between `before` (the line since the last name)
/// and `after` separates two bodies signing on one line (`重庆市发展和改革委员会
/// 重庆市公安局`): the name before ends as a body does and each side holds a
/// name's worth of characters (letter-spaced `国 务 院` stays one name).
fn single_space_between_bodies(before: &str, after: &str) -> bool {
    let before = before.trim_matches(is_space);
    let next = after.split(is_space).next().unwrap_or("");
    before.chars().count() >= MIN_BODY_CHARS
        && next.chars().count() >= MIN_BODY_CHARS
        && super::level::ends_as_body(before)
}

/// The trimmed name at `s..e`, or the central bodies it joins without
/// spaces (`自然资源部中国银行保险监督管理委员会`), or the bodies of one place
/// (`某某市发展和改革委员会某某市财政局`), one span each.
fn push_names(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let (a, b) = trim(text, s, e);
    if a >= b {
        return;
    }
    let cuts = super::level::joint_bodies(&text[a..b]);
    if !cuts.is_empty() {
        return push_cut(a, b, &cuts, out);
    }
    // A central body's office after a local body first, then the bodies
    // of one place in each part.
    let whole = &text[a..b];
    let mut parts = super::level::local_then_central_bodies(whole);
    // Bodies of one place written together (a county the place table does
    // not name) with a central body's office among them
    // (`某县住房和城乡建设局某县财政局国家税务总局某县税务局`): the office's
    // name opens a name too.
    if parts.is_empty() && !super::level::same_place_bodies(whole).is_empty() {
        parts = super::level::central_after_bodies(whole);
    }
    parts.push(b - a);
    let mut from = a;
    for end in parts {
        let end = a + end;
        push_cut(
            from,
            end,
            &super::level::same_place_bodies(&text[from..end]),
            out,
        );
        from = end;
    }
}

/// The names `s..e` holds, cut at the byte offsets `cuts` (from `s`).
fn push_cut(s: usize, e: usize, cuts: &[usize], out: &mut Vec<Span>) {
    let mut from = s;
    for &cut in cuts {
        out.push(Span::new(from, s + cut));
        from = s + cut;
    }
    out.push(Span::new(from, e));
}

/// The issuer block, when the text ends like a government document;
/// `notice` when the heading is a 印发/转发 notice's (its own block, the
/// first, is wanted). (The tests' short form of [`find_addressed`].)
#[cfg(test)]
pub(crate) fn find(text: &str, entities: &[Entity], notice: bool) -> Option<Issuer> {
    find_addressed(text, entities, notice, false, None)
}

/// The issuer block, when the text ends like a government document;
/// `notice` when the heading is a 印发/转发 notice's (its own block, the
/// first, is wanted); `addressed` when the text has a heading and recipients (主送):
/// a document sent to bodies, which its date alone signs under its closing
/// sentence, as a notice's does (`…的意见` whose signing body a repost lost).
/// The lines of `heading` (the document's title) are no signing bodies: a
/// date line right under the title (`…的实施办法` / `1982年2月27日`, as a
/// collection prints it) signs nothing.
pub(crate) fn find_addressed(
    text: &str,
    entities: &[Entity],
    notice: bool,
    addressed: bool,
    heading: Option<Span>,
) -> Option<Issuer> {
    let in_heading = |s: usize, e: usize| heading.is_some_and(|h| h.start < e && s < h.end);
    let all: Vec<Line> = lines(text);
    // A page number a PDF conversion left alone on a line (`— 3 —`) counts
    // as a blank line, one glued to a line's end (`某县财政局-3-`) is cut.
    let trimmed: Vec<(usize, usize)> = all
        .iter()
        .map(|l| {
            let (s, e) = trim(text, l.start, l.end);
            trim(text, s, e - super::text::page_number_suffix(&text[s..e]))
        })
        .collect();
    let order: Box<dyn Iterator<Item = (usize, &(usize, usize))>> = if notice {
        Box::new(trimmed.iter().enumerate())
    } else {
        Box::new(trimmed.iter().enumerate().rev())
    };
    for (k, &(ls, de)) in order {
        // A date line is short and ends with 日 or a digit (checked first:
        // cheap).
        if ls == de || !text[ls..de].ends_with(|c: char| c == DAY || c.is_ascii_digit()) {
            continue;
        }
        // The bodies and the date on one line, apart by spaces
        // (`某市教育局　　某市财政局　　2024年4月15日`).
        if let Some((bs, be, ds)) = bodies_then_date(text, &trimmed, k)
            .or_else(|| bodies_glued_to_date(text, entities, &trimmed, k))
        {
            let mut names = Vec::new();
            names_on(text, bs, be, &mut names);
            return Some(Issuer {
                span: Span::new(bs, de),
                names,
                date: date_in(entities, ds, de),
            });
        }
        let ds = ls;
        if de - ds > 48 || !(is_date_line(&text[ds..de]) || full_date_at(entities, ds, de)) {
            continue;
        }
        // Body lines right above, blank lines allowed.
        let mut bodies: Vec<(usize, usize)> = Vec::new();
        for &(s, e) in trimmed[..k].iter().rev().take(20) {
            if s == e {
                continue;
            }
            if bodies.len() >= MAX_BODY_LINES || !is_body_line(&text[s..e]) || in_heading(s, e) {
                break;
            }
            bodies.push((s, e));
        }
        // A notice whose signing body is lost (only its date stands under
        // the closing sentence): the date still signs it, names empty. A
        // copy stored from its recipients on has no heading to tell it is a
        // notice: a line of its closing paragraph issuing a document does
        // (`…现印发给你们，请认真贯彻落实。`, maybe over `本通知自…起施行。`).
        let above = trimmed[..k].iter().rev().find(|(s, e)| s < e);
        let ends_sentence =
            |&(s, e): &(usize, usize)| text[s..e].ends_with(super::text::is_sentence_end);
        // Or the list of attachments stands between the closing sentence
        // and the date (`附件：1.某某“…”工作要点` and its wrapped lines):
        // the sentence above the list closes the text.
        let closing = above.is_some_and(ends_sentence)
            || trimmed[..k]
                .iter()
                .enumerate()
                .rev()
                .filter(|(_, (s, e))| s < e)
                .take(MAX_ATTACHMENT_LIST_LINES)
                .find(|(_, &(s, e))| super::outline::is_attachment_line(&text[s..e]))
                .and_then(|(j, _)| trimmed[..j].iter().rev().find(|(s, e)| s < e))
                .is_some_and(ends_sentence);
        let issuing = trimmed[..k]
            .iter()
            .rev()
            .skip_while(|(s, e)| s == e)
            .take_while(|(s, e)| s < e)
            .take(MAX_CLOSING_LINES)
            .any(|&(s, e)| super::heading::issues(&text[s..e]));
        if bodies.is_empty() && (notice || addressed || issuing) && closing {
            return Some(Issuer {
                span: Span::new(ds, de),
                names: Vec::new(),
                date: date_in(entities, ds, de),
            });
        }
        if bodies.is_empty() {
            continue;
        }
        bodies.reverse();
        let mut names = Vec::new();
        for &(s, e) in &bodies {
            names_on(text, s, e, &mut names);
        }
        return Some(Issuer {
            span: Span::new(bodies[0].0, de),
            names,
            date: date_in(entities, ds, de),
        });
    }
    undated(text, &trimmed)
}

/// The fewest bodies of a signature with no date line.
const MIN_UNDATED_BODIES: usize = 2;

/// A signature whose date line is lost or was never written: the text's
/// last lines, each a body line ending as a body's name does (blank lines
/// allowed), right under a closing sentence, naming two bodies or more
/// (seven departments each on its own line under the last point). The
/// date is `None`.
fn undated(text: &str, trimmed: &[(usize, usize)]) -> Option<Issuer> {
    let mut bodies: Vec<(usize, usize)> = Vec::new();
    let mut above = None;
    for &(s, e) in trimmed.iter().rev() {
        if s == e {
            continue;
        }
        let line = &text[s..e];
        if bodies.len() < MAX_BODY_LINES && is_body_line(line) && super::level::ends_as_body(line) {
            bodies.push((s, e));
            continue;
        }
        above = Some(line);
        break;
    }
    if !above?.ends_with(super::text::is_sentence_end) {
        return None;
    }
    bodies.reverse();
    let mut names = Vec::new();
    for &(s, e) in &bodies {
        names_on(text, s, e, &mut names);
    }
    (names.len() >= MIN_UNDATED_BODIES).then(|| Issuer {
        span: Span::new(bodies[0].0, bodies[bodies.len() - 1].1),
        names,
        date: None,
    })
}

/// A line `trimmed[k]` of bodies then a date, apart by spaces, under a
/// closing sentence or a line of bodies: the bodies' start and end and the
/// date's start.
fn bodies_then_date(
    text: &str,
    trimmed: &[(usize, usize)],
    k: usize,
) -> Option<(usize, usize, usize)> {
    let (s, e) = trimmed[k];
    let line = &text[s..e];
    let (gap, c) = line.char_indices().rev().find(|(_, c)| is_space(*c))?;
    let ds = s + gap + c.len_utf8();
    let (bs, be) = trim(text, s, s + gap);
    if bs >= be || e - ds > 48 || !is_date_line(&text[ds..e]) {
        return None;
    }
    let bodies = &text[bs..be];
    if !is_body_line(bodies) || !super::level::ends_as_body(bodies) {
        return None;
    }
    let above = trimmed[..k].iter().rev().find(|(a, b)| a < b)?;
    let above = &text[above.0..above.1];
    (above.ends_with(super::text::is_sentence_end) || is_body_line(above)).then_some((bs, be, ds))
}

/// A line `trimmed[k]` of bodies with a full date glued to the last one, the
/// space between lost (`某县水利局2024年3月5日`), under a closing sentence or
/// a line of bodies: the bodies' start and end and the date's start.
fn bodies_glued_to_date(
    text: &str,
    entities: &[Entity],
    trimmed: &[(usize, usize)],
    k: usize,
) -> Option<(usize, usize, usize)> {
    let (s, e) = trimmed[k];
    let i = entities.partition_point(|x| x.span.start <= s);
    let date = entities[i..]
        .iter()
        .take_while(|x| x.span.start < e)
        .find(|x| x.span.end == e)?;
    let ds = date.span.start;
    if !full_date_at(entities, ds, e) {
        return None;
    }
    let (bs, be) = trim(text, s, ds);
    let bodies = &text[bs..be];
    if bs >= be || !is_body_line(bodies) || !super::level::ends_as_body(bodies) {
        return None;
    }
    let above = trimmed[..k].iter().rev().find(|(a, b)| a < b)?;
    let above = &text[above.0..above.1];
    (above.ends_with(super::text::is_sentence_end) || is_body_line(above)).then_some((bs, be, ds))
}

/// True when `ds..de` is exactly a full date the core extractor found (a
/// year, a month and a day), however written (`二○二四年五月三十一日` with
/// a circle for the zero, `2024.5.31`, `2024-05-31`).
fn full_date_at(entities: &[Entity], ds: usize, de: usize) -> bool {
    let i = entities.partition_point(|x| x.span.start < ds);
    entities.get(i).is_some_and(|x| {
        x.span.start == ds
            && x.span.end == de
            && x.date()
                .is_some_and(|d| d.year.is_some() && d.month.is_some() && d.day.is_some())
    })
}

/// The first date entity inside `ds..de` (the signature's date line).
fn date_in(entities: &[Entity], ds: usize, de: usize) -> Option<Entity> {
    let i = entities.partition_point(|x| x.span.start < ds);
    entities[i..]
        .iter()
        .take_while(|x| x.span.end <= de)
        .find(|x| x.kind == Kind::Date)
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foot_word_table_parses_without_duplicates_and_each_word_ends_the_body() {
        let t = foot_words();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        let mut seen = std::collections::HashSet::new();
        assert!(is_body_line("市委办公室"));
        for (w, p) in t.items {
            assert!(seen.insert((w, p)), "duplicate {w}");
            let line = match p {
                Place::Start => format!("{w}市委办公室"),
                Place::End => format!("市委办公室{w}"),
            };
            assert!(!is_body_line(&line), "{w}");
        }
    }

    #[test]
    fn a_date_typed_with_blanks_around_its_figures_still_signs() {
        let text = "各有关单位：\n《某某管理办法》已经审议通过，现予以印发，请遵照执行。\n\n某省某某管理局\n\n2031年 3 月7日\n\n某某管理办法\n第一条 为了规范管理，制定本办法。\n";
        let i = find(text, &crate::extract(text), false).unwrap();
        let names: Vec<&str> = i.names.iter().map(|n| &text[n.range()]).collect();
        assert_eq!(names, ["某省某某管理局"]);
        assert!(&text[i.span.range()].ends_with("2031年 3 月7日"));
        assert!(!is_date_line("2031年 3 月"));
    }

    #[test]
    fn bodies_without_a_date_line_under_the_last_point_sign() {
        // Each body on its own line, blank lines between, no date line.
        let text = "八、本通知由某某局负责解释。\n\n某县住房和城乡建设局\n\n某县财政局\n\n国家税务总局某县税务局\n";
        let i = find(text, &crate::extract(text), false).unwrap();
        let names: Vec<&str> = i.names.iter().map(|n| &text[n.range()]).collect();
        assert_eq!(
            names,
            [
                "某县住房和城乡建设局",
                "某县财政局",
                "国家税务总局某县税务局"
            ]
        );
        assert!(i.date.is_none());
        assert!(text[i.span.range()].starts_with("某县住房"));
        assert!(text[i.span.range()].ends_with("税务局"));
        // One body alone, or lines under no closing sentence, sign nothing.
        let text = "八、本通知由某某局负责解释。\n\n某县财政局\n";
        assert!(find(text, &crate::extract(text), false).is_none());
        let text = "某某工作专班\n某县住房和城乡建设局\n某县财政局\n";
        assert!(find(text, &crate::extract(text), false).is_none());
    }

    #[test]
    fn bodies_listed_with_enumeration_commas_sign_together() {
        let text = "特此通知。\n\n某县财政局、某县教育局、某县商务局\n\n2031年3月1日\n";
        let i = find(text, &crate::extract(text), false).unwrap();
        let names: Vec<&str> = i.names.iter().map(|n| &text[n.range()]).collect();
        assert_eq!(names, ["某县财政局", "某县教育局", "某县商务局"]);
        // A list whose items are no bodies' names is no signature.
        assert!(!is_body_line("加强监管、优化服务"));
        // The wrapped end of a quoted or booked title is no body.
        assert!(!is_body_line("某某专项整治”工作要点"));
        assert!(!is_body_line("某某管理办法》"));
        assert!(!is_body_line("某县财政局、某县教育局。"));
    }

    #[test]
    fn a_date_line_written_otherwise_signs_when_the_extractor_reads_a_full_date() {
        for date in ["二○三一年三月五日", "2031.3.5", "2031-03-05"] {
            let text = format!("特此通知。\n某县水利局\n{date}\n");
            let i = find(&text, &crate::extract(&text), false).unwrap();
            let names: Vec<&str> = i.names.iter().map(|n| &text[n.range()]).collect();
            assert_eq!(names, ["某县水利局"], "{date}");
            let d = i.date.and_then(|d| d.date()).and_then(|d| d.iso());
            assert_eq!(d.as_deref(), Some("2031-03-05"), "{date}");
        }
        // A month without its day is no date line.
        let text = "特此通知。\n某县水利局\n2031.3\n";
        assert!(find(text, &crate::extract(text), false).is_none());
    }

    #[test]
    fn a_corps_ends_a_body_name_written_together_with_another() {
        let text = "特此通知。\n某市应急管理局某市消防救援支队\n2031年6月8日\n";
        let i = find(text, &crate::extract(text), false).unwrap();
        let names: Vec<&str> = i.names.iter().map(|n| &text[n.range()]).collect();
        assert_eq!(names, ["某市应急管理局", "某市消防救援支队"]);
        let text = "特此通知。\n某市消防救援总队某市应急管理局\n2031年6月8日\n";
        let i = find(text, &crate::extract(text), false).unwrap();
        let names: Vec<&str> = i.names.iter().map(|n| &text[n.range()]).collect();
        assert_eq!(names, ["某市消防救援总队", "某市应急管理局"]);
    }

    #[test]
    fn bodies_with_the_date_glued_to_them_sign() {
        let text = "特此通知。\n某县财政局某县教育局2031年3月5日\n";
        let i = find(text, &crate::extract(text), false).unwrap();
        let names: Vec<&str> = i.names.iter().map(|n| &text[n.range()]).collect();
        assert_eq!(names, ["某县财政局", "某县教育局"]);
        assert_eq!(&text[i.span.range()], "某县财政局某县教育局2031年3月5日");
        let d = i.date.and_then(|d| d.date()).and_then(|d| d.iso());
        assert_eq!(d.as_deref(), Some("2031-03-05"));
        // A sentence ending with a date is no signature.
        let text = "特此通知。\n会议定于2031年3月5日\n";
        assert!(find(text, &crate::extract(text), false).is_none());
    }

    #[test]
    fn a_notice_signed_by_its_date_alone() {
        let text =
            "现印发给你们，请认真贯彻执行。\n\n2030年1月19日\n\n某某政策措施\n一、加大支持。\n";
        let i = find(text, &crate::extract(text), true).unwrap();
        assert!(i.names.is_empty());
        assert_eq!(&text[i.span.range()], "2030年1月19日");
        assert!(i.date.is_some());
        // Not for a text that is no notice, nor under a line that is no
        // closing sentence.
        let text = "请认真贯彻执行。\n\n2030年1月19日\n\n某某政策措施\n一、加大支持。\n";
        assert!(find(text, &crate::extract(text), false).is_none());
        // A closing sentence that issues a document tells a notice without
        // its heading.
        let text = "各区人民政府：\n《某某政策措施》已经研究通过，现印发给你们，请认真贯彻执行。\n2030年1月19日\n某某政策措施\n";
        let i = find(text, &crate::extract(text), false).unwrap();
        assert!(i.names.is_empty());
        assert_eq!(&text[i.span.range()], "2030年1月19日");
        let text = "现印发给你们，请认真贯彻执行\n2030年1月19日\n";
        assert!(find(text, &crate::extract(text), true).is_none());
        // The issuing line under the recipients, a line on when the notice
        // takes effect between it and the date: the same closing paragraph.
        let text = "某市某某中心：\n《某某管理办法》已经审议通过，现印发给你们，请遵照执行。\n本通知自2031年2月1日起施行。\n\n\n 2031年1月20日\n\n某某管理办法\n第一条 为了规范，制定本办法。\n";
        let i = find(text, &crate::extract(text), false).unwrap();
        assert!(i.names.is_empty());
        assert_eq!(&text[i.span.range()], "2031年1月20日");
        // An issuing line in an earlier paragraph does not count.
        let text = "《某某管理办法》已经审议通过，现印发给你们。\n\n本通知自2031年2月1日起施行。\n\n 2031年1月20日\n";
        assert!(find(text, &crate::extract(text), false).is_none());
    }

    #[test]
    fn an_addressed_document_signed_by_its_date_alone() {
        // A 意见 with a heading and recipients: its date alone signs it.
        let text = "某市人民政府办公室关于促进某某的意见\n各县人民政府：\n一、加大支持。\n十二、抓好落实。\n\n2030年5月21日\n";
        let i = find_addressed(text, &crate::extract(text), false, true, None).unwrap();
        assert!(i.names.is_empty());
        assert_eq!(&text[i.span.range()], "2030年5月21日");
        // Without recipients, nothing tells a signed document.
        assert!(find_addressed(text, &crate::extract(text), false, false, None).is_none());
        // Nor under a line that is no closing sentence.
        let text = "各县人民政府：\n一、加大支持\n2030年5月21日\n";
        assert!(find_addressed(text, &crate::extract(text), false, true, None).is_none());
    }

    #[test]
    fn an_official_signing_in_person_is_named_without_the_title() {
        let t = signer_titles();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        let text = "现予公布，自2030年5月1日起施行。\n总理\u{3000}\u{3000}某某某\n2030年3月1日\n";
        let i = find(text, &crate::extract(text), false).unwrap();
        let names: Vec<_> = i.names.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(names, ["某某某"]);
        // A body named 主任 alone stays (nothing after it).
        let text = "特此通知。\n某某委员会\n2030年3月1日\n";
        let i = find(text, &crate::extract(text), false).unwrap();
        assert_eq!(&text[i.names[0].range()], "某某委员会");
    }

    #[test]
    fn five_bodies_on_lines_apart_by_blank_lines() {
        let text = "本通知自印发之日起施行。\n\n\n甲市财政局\n\n中共甲市委金融委员会办公室\n\n中国人民银行乙省分行\n\n甲市教育局\n\n甲市住房公积金管理中心\n\n2030年4月9日\n";
        let i = find(text, &crate::extract(text), false).unwrap();
        let names: Vec<_> = i.names.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(
            names,
            [
                "甲市财政局",
                "中共甲市委金融委员会办公室",
                "中国人民银行乙省分行",
                "甲市教育局",
                "甲市住房公积金管理中心"
            ]
        );
        assert!(text[i.span.range()].starts_with("甲市财政局"));
    }

    #[test]
    fn a_local_body_and_a_central_bodys_office_written_together() {
        let text = "本通知自印发之日起施行。\n\n滨州市住房公积金管理中心国家金融监督管理总局滨州监管分局\n\n2030年5月24日\n";
        let i = find(text, &crate::extract(text), false).unwrap();
        let names: Vec<_> = i.names.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(
            names,
            [
                "滨州市住房公积金管理中心",
                "国家金融监督管理总局滨州监管分局"
            ]
        );
    }

    #[test]
    fn several_bodies() {
        let text = "本通知自印发之日起施行。\n\n市发展和改革委员会    市财政局\n市工业和信息化局\n二〇二五年三月十五日\n（此件公开发布）\n";
        let i = find(text, &[], false).unwrap();
        let names: Vec<_> = i.names.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(
            names,
            ["市发展和改革委员会", "市财政局", "市工业和信息化局"]
        );
        assert!(text[i.span.range()].ends_with("二〇二五年三月十五日"));
        assert!(i.date.is_none());
    }

    #[test]
    fn bodies_two_to_a_line_after_a_single_space() {
        let text =
            "特此通知。\n\n某某市发展和改革委员会 某某市公安局\n某某市体育局\n2030年5月6日\n";
        let i = find(text, &[], false).unwrap();
        let names: Vec<_> = i.names.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(
            names,
            ["某某市发展和改革委员会", "某某市公安局", "某某市体育局"]
        );
        let text = "特此通知。\n\n中共中央办公厅 国务院办公厅\n2030年5月6日\n";
        let i = find(text, &[], false).unwrap();
        let names: Vec<_> = i.names.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(names, ["中共中央办公厅", "国务院办公厅"]);
        // Letter-spaced, or a space inside a name before its body: one name.
        for one in ["国 务 院", "某某市 人民政府"] {
            let text = format!("特此通知。\n\n{one}\n2030年5月6日\n");
            let i = find(&text, &[], false).unwrap();
            let names: Vec<_> = i.names.iter().map(|s| &text[s.range()]).collect();
            assert_eq!(names, [one]);
        }
    }

    #[test]
    fn bodies_of_one_place_written_together_are_several_names() {
        for (line, want) in [
            (
                "某某市发展和改革委员会某某市财政局",
                vec!["某某市发展和改革委员会", "某某市财政局"],
            ),
            (
                "中共某某县委办公室某某县人民政府办公室",
                vec!["中共某某县委办公室", "某某县人民政府办公室"],
            ),
            (
                "某某县人民政府办公室中共某某县委办公室",
                vec!["某某县人民政府办公室", "中共某某县委办公室"],
            ),
            (
                "某某市教育局某某市财政局某某市人力资源和社会保障局",
                vec!["某某市教育局", "某某市财政局", "某某市人力资源和社会保障局"],
            ),
            // The place said once, or inside the one name: one name.
            ("某某市某某高新区管委会", vec!["某某市某某高新区管委会"]),
            ("某某市人民政府办公室", vec!["某某市人民政府办公室"]),
            ("某某市市场监督管理局", vec!["某某市市场监督管理局"]),
        ] {
            let text = format!("特此通知。\n\n{line}\n2030年5月6日\n");
            let i = find(&text, &[], false).unwrap();
            let names: Vec<_> = i.names.iter().map(|s| &text[s.range()]).collect();
            assert_eq!(names, want, "{line}");
        }
    }

    #[test]
    fn bodies_and_date_on_one_line() {
        let text = "特此通知。\n\n某某市教育局　　某某市财政局　　2030年5月6日\n";
        let i = find(text, &crate::extract(text), false).unwrap();
        let names: Vec<_> = i.names.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(names, ["某某市教育局", "某某市财政局"]);
        assert_eq!(
            &text[i.span.range()],
            "某某市教育局　　某某市财政局　　2030年5月6日"
        );
        assert!(i.date.is_some());
        // Not under a line that is no closing sentence, nor a line that is
        // no body's name.
        let text = "某某市教育局 2030年5月6日\n";
        assert!(find(text, &[], false).is_none());
        let text = "特此通知。\n记者 某某 2030年5月6日\n";
        assert!(find(text, &[], false).is_none());
    }

    #[test]
    fn central_bodies_written_together_are_two_names() {
        let text = "特此通知。\n\n自然资源部中国银行保险监督管理委员会\n2023年3月3日\n";
        let i = find(text, &[], false).unwrap();
        let names: Vec<_> = i.names.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(names, ["自然资源部", "中国银行保险监督管理委员会"]);
        // A people's organisation ending in 联 is a body too (synthetic order).
        let text = "特此通知。\n\n全国工商联国资委证监会\n2030年3月3日\n";
        let i = find(text, &[], false).unwrap();
        let names: Vec<_> = i.names.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(names, ["全国工商联", "国资委", "证监会"]);
    }

    #[test]
    fn a_federation_signs_with_ministries_written_together() {
        let text = "特此通知。\n\n财政部证监会全国工商联\n2021年6月1日\n";
        let i = find(text, &[], false).unwrap();
        let names: Vec<_> = i.names.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(names, ["财政部", "证监会", "全国工商联"]);
    }

    #[test]
    fn a_notice_signs_before_its_attachment_and_the_foot_is_not_a_body() {
        // Synthetic: a 印发 notice, its attachment with a signed annex, and a 版记.
        let text = "现将方案印发给你们。\n\n某市人民政府办公室\n2024年3月1日\n附件\n某某方案\n一、目标\n某市工作领导小组\n2024年2月20日\n抄送：市委办公室\n某市人民政府办公室\n2024年3月1日\n";
        let first = find(text, &[], true).unwrap();
        assert_eq!(&text[first.names[0].range()], "某市人民政府办公室");
        assert!(text[first.span.range()].ends_with("2024年3月1日"));
        assert!(first.span.end < text.find("附件").unwrap());
        // Not a notice: the last block; the 抄送 line is not one of its bodies.
        let last = find(text, &[], false).unwrap();
        let names: Vec<_> = last.names.iter().map(|n| &text[n.range()]).collect();
        assert_eq!(names, ["某市人民政府办公室"]);
        assert!(last.span.start > text.find("抄送").unwrap());
    }

    #[test]
    fn news_without_signature() {
        assert!(find("今天开会。\n2024年5月31日\n", &[], false).is_none());
        assert!(find("2024年5月31日", &[], false).is_none());
        assert!(find("", &[], false).is_none());
    }

    #[test]
    fn a_date_line_under_the_heading_signs_nothing() {
        // gov_guowuyuan_yiwuzhishu_1982: a collection prints the date under
        // the title; the title is no signing body.
        let text = "国务院关于开展全民义务植树运动的实施办法\n\n1982年2月27日 \n\n为了切实贯彻执行决议，特制定如下实施办法。\n\n一、县以上各级人民政府均应成立绿化委员会。\n";
        let p = crate::policy::parse(text, &crate::Config::default());
        let h = p.heading.expect("heading");
        assert_eq!(&text[h.range()], "国务院关于开展全民义务植树运动的实施办法");
        assert!(p.issuer.is_none());
        // Without the heading known, the line above the date would sign.
        let got = find_addressed(text, &crate::extract(text), false, false, None).unwrap();
        assert_eq!(
            &text[got.span.range()],
            "国务院关于开展全民义务植树运动的实施办法\n\n1982年2月27日"
        );
        assert!(find_addressed(text, &crate::extract(text), false, false, Some(h)).is_none());
    }

    #[test]
    fn a_date_alone_under_an_attachment_list_signs_an_addressed_text() {
        let text = "某某工作要点的通知\n\n各有关单位:\n\n一、总体要求\n请认真贯彻执行。\n\n附件:1.2026年某某“提质\n增效”工作要点\n\n2.2026年某某“提质增效”清单\n\n\n2026年3月2日\n\n(此件发至各有关单位)\n";
        let got = find_addressed(text, &crate::extract(text), false, true, None).unwrap();
        assert!(got.names.is_empty());
        assert_eq!(&text[got.span.range()], "2026年3月2日");
        let d = got.date.and_then(|d| d.date()).and_then(|d| d.iso());
        assert_eq!(d.as_deref(), Some("2026-03-02"));
        // Without a closing sentence above the list, no signature.
        let text = text.replace("请认真贯彻执行。", "一、总体要求");
        assert!(find_addressed(&text, &crate::extract(&text), false, true, None).is_none());
    }
}
