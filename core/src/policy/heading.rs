//! The heading (the document's own title line, or a news headline) and the
//! recipients (主送) line(s) under it.
//!
//! Heading, in order of preference:
//! 1. the title next to the first document number (`滨州市人民政府办公室
//!    关于…的实施意见` above `滨政办字〔2024〕18号`, or below it), or the
//!    title the number is glued to in brackets (`…的通知(珠府〔2023〕14号)`:
//!    the number is no part of it);
//! 2. else a title among the first ten lines: no sentence punctuation,
//!    with 关于, ending in a document type word;
//! 3. else the first line that is not page furniture (`Network`,
//!    breadcrumbs with `>`, `当前位置`, `来源:` lines), with a leading
//!    Markdown `#` and a `原标题：` prefix (or a metadata table's `标　　题：`) removed.
//!
//! A title may be wrapped over two or three lines (`国务院关于加快推进农业机械化和`
//! / `农机装备产业转型升级的指导意见`): the lines above its last one that read
//! as parts of a title belong to it. For a 印发 notice this is the notice's
//! own title, which stands next to its document number or comes first.
//! A line ending inside a 《 it opened is never a whole title (`…实施《某某
//! 管理法` / `实施条例》…的决定`), and under a line with 关于 the last line
//! may end with any form of the form table (`…的批复`, `…的函`).
//!
//! A copy that opens with its recipients (`各县（市、区）人民政府，` /
//! `市政府各部门：`) may print the title right under them: a title there
//! with 关于 or a verb of issuing is the heading, and the lines above it
//! are the recipients; a covering note there (a sentence) leaves the copy
//! without a heading.
//! A first line of bodies parted by commas, stored without its colon, over
//! a sentence is the recipients too (no heading).
//!
//! Recipients: the lines right under the heading (and its document number,
//! and any page furniture such as `来源:…`)
//! up to and including the first one ending in ：or :, at most four lines,
//! none with 。; each line is one item, without the final colon (and a line
//! continued on the next without its trailing ， or 、).

use super::doc_number::DocNumber;
use super::text::{at_most_chars, is_clause_sep, is_space, lines, trim, ENUM_COMMA, FULL_STOP};
use super::title::doc_type;
use crate::chars::{NUMBER_MARK, ORDINAL_PREFIX, TITLE_CLOSE, TITLE_OPEN};
use crate::entity::Span;
use crate::lexicon::{has_char, List, RoleWords};
use std::borrow::Cow;
use std::sync::LazyLock;

const MAX_HEADING_CHARS: usize = 80;

string_enum! {
    /// The role of a row of `policy_heading_words.tsv` (its header explains each).
    enum Role {
        /// 关于.
        About => "about",
        /// The end of a 版头 line.
        Masthead => "masthead",
        /// A label before a reprinted headline.
        OriginalTitle => "original_title",
        /// A verb of a notice issuing another document.
        Issue => "issue",
        /// A verb of an order publishing the document after its signature.
        Publish => "publish",
        /// The particle before the noun closing a title's last line.
        KindLink => "kind_link",
        /// A character ending the name of a body.
        AddresseeEnd => "addressee_end",
        /// A word closing an opening statement before its colon.
        StatementEnd => "statement_end",
        /// A word in the last clause of an opening statement that announces
        /// what follows (特制定以下若干措施：).
        StatementAhead => "statement_ahead",
    }
    error: crate::ErrorKind::InvalidData, "heading word role"
}

/// `data/policy_heading_words.tsv`: word, role.
fn words_table() -> crate::lexicon::Table<(&'static str, Role)> {
    crate::lexicon::word_roles(
        "policy_heading_words.tsv",
        include_str!("../data/policy_heading_words.tsv"),
    )
}

static WORDS: LazyLock<RoleWords<Role>> =
    LazyLock::new(|| RoleWords::new(words_table().items, false));

fn words(role: Role) -> impl Iterator<Item = &'static str> {
    WORDS.of(role)
}

fn has(line: &str, role: Role) -> bool {
    words(role).any(|w| line.contains(w))
}

/// `line` without a leading `原标题：` label, nor a `标题：` label of a
/// page's table of metadata, whose letters may be spaced out (`标　　题：`).
fn without_original_label(line: &str) -> &str {
    let Some((colon, c)) = line
        .char_indices()
        .take(MAX_LABEL_CHARS + 1)
        .find(|&(_, c)| super::text::is_colon(c))
    else {
        return line;
    };
    let label: String = line[..colon].chars().filter(|&c| !is_space(c)).collect();
    if words(Role::OriginalTitle).any(|w| w == label) {
        line[colon + c.len_utf8()..].trim_start_matches(is_space)
    } else {
        line
    }
}

/// The most characters of a label before a title, spaces included (`标　　题`).
const MAX_LABEL_CHARS: usize = 8;

/// True when `s` holds a verb of a notice that issues another document
/// (印发, 转发): a heading that does is a 印发 notice's.
pub(crate) fn issues(s: &str) -> bool {
    has(s, Role::Issue)
}

/// True when the signed text `s` issues or publishes a document that
/// follows its signature (现将《方案》印发给你们, 《办法》…现予公布).
pub(crate) fn issues_or_publishes(s: &str) -> bool {
    has(s, Role::Issue) || has(s, Role::Publish)
}

/// Where a furniture word stands in its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Start,
    Inside,
    /// The line starts with the word, a label over links to other
    /// documents (`相关链接:` / `《…》政策解释`): the lines under it that
    /// name a document are furniture too.
    Links,
}

impl std::str::FromStr for Place {
    type Err = String;
    fn from_str(s: &str) -> Result<Place, String> {
        match s {
            "start" => Ok(Place::Start),
            "inside" => Ok(Place::Inside),
            "links" => Ok(Place::Links),
            other => Err(format!("unknown place {other:?}")),
        }
    }
}

/// `data/policy_page_furniture.tsv`: word, place.
fn furniture() -> crate::lexicon::Table<(&'static str, Place)> {
    crate::lexicon::Table::load(
        "policy_page_furniture.tsv",
        include_str!("../data/policy_page_furniture.tsv"),
        |r| Ok((r.word(0)?, r.get(1)?)),
    )
}

static FURNITURE: LazyLock<Vec<(&'static str, Place)>> = LazyLock::new(|| furniture().items);

/// True for a label over links to other documents (`相关链接：`).
fn is_links_label(line: &str) -> bool {
    FURNITURE
        .iter()
        .any(|&(w, place)| place == Place::Links && line.starts_with(w))
}

fn is_furniture(line: &str) -> bool {
    line.contains(|c| crate::chars::halfwidth(c) == '>')
        || FURNITURE.iter().any(|&(w, place)| match place {
            Place::Start | Place::Links => line.starts_with(w),
            Place::Inside => line.contains(w),
        })
        || line.is_ascii()
        || super::text::is_page_number(line)
        // A rule under a masthead (`━━━━`, `————`): no letter or digit.
        || !line.chars().any(char::is_alphanumeric)
        || is_metadata_row(line)
        || is_metadata_strip(line)
}

/// The fewest colons of a page's strip of metadata.
const MIN_STRIP_COLONS: usize = 3;

/// A page's strip of metadata copied on one line, label after label
/// (`日期：2023-05-06 来源：某某厅 浏览次数：12 字号：`): three colons or
/// more and no full stop. A heading or a line of recipients has at most
/// the one colon closing it, so the strip's last colon makes no
/// recipients of it.
fn is_metadata_strip(line: &str) -> bool {
    !line.contains(FULL_STOP)
        && line
            .chars()
            .filter(|&c| super::text::is_label_colon(c))
            .count()
            >= MIN_STRIP_COLONS
}

/// A row of a page's table of metadata, its label's letters spaced out
/// before its colon (`文 号: 某府办发〔2022〕10号 是否有效:`): no part of
/// the document, nor its recipients.
fn is_metadata_row(line: &str) -> bool {
    let Some(colon) = line
        .char_indices()
        .take(MAX_LABEL_CHARS + 1)
        .find(|&(_, c)| super::text::is_colon(c))
        .map(|(i, _)| i)
    else {
        return false;
    };
    let label = line[..colon].trim_end_matches(is_space);
    let letters = label.chars().filter(|c| !is_space(*c)).count();
    (2..=4).contains(&letters)
        && label.chars().any(is_space)
        && label.chars().all(|c| is_space(c) || c.is_alphabetic())
}

/// The number of a government order standing alone (`第223号`).
fn is_order_number(line: &str) -> bool {
    line.strip_prefix(ORDINAL_PREFIX)
        .and_then(|r| r.strip_suffix(NUMBER_MARK))
        .is_some_and(|n| {
            !n.is_empty()
                && n.chars()
                    .all(|c| c.is_ascii_digit() || super::text::is_numeral(c))
        })
}

fn is_title_line(line: &str) -> bool {
    let line = &*unspaced(line);
    at_most_chars(line, MAX_HEADING_CHARS)
        && !line.contains(|c| has_char(List::TitleStop, c))
        && doc_type(line).0.is_some()
        && !opens_a_name(line)
}

/// True when `line` ends inside a 《》 name it opened (`…实施《某某法` /
/// `实施条例》…的决定`): the title goes on on the next line, whatever the
/// line ends with.
fn opens_a_name(line: &str) -> bool {
    line.matches(TITLE_OPEN).count() > line.matches(TITLE_CLOSE).count()
}

/// True for the last line of a title wrapped under a line with 关于, by
/// the forms of the form table as well (`国务院关于某某新区` /
/// `总体规划（2018—2035年）的批复`).
fn ends_a_wrapped_title(line: &str) -> bool {
    let line = &*unspaced(line);
    is_title_line(line)
        || (at_most_chars(line, MAX_HEADING_CHARS)
            && !line.contains(|c| has_char(List::TitleStop, c))
            && !opens_a_name(line)
            && (super::form::form_of(line).is_some() || ends_with_a_named_kind(line)))
}

/// The most characters of the noun a title's last line closes with after
/// its last 的 (`…运行的若干政策举措`).
const MAX_KIND_CHARS: usize = 6;

/// True when `line` ends with 的 and a short noun of Han characters (`…运行
/// 的若干政策举措`): the way a title names its kind, also with a word outside
/// the form table. Only read under a line with 关于.
fn ends_with_a_named_kind(line: &str) -> bool {
    words(Role::KindLink).any(|w| {
        line.rsplit_once(w).is_some_and(|(_, kind)| {
            let n = kind.chars().count();
            (2..=MAX_KIND_CHARS).contains(&n) && kind.chars().all(crate::chars::is_han)
        })
    })
}

/// A line printed letter-spaced (`几 个 问 题 的 通 知`, a layout of old
/// documents) without its spaces; any other line as it is.
fn unspaced(line: &str) -> Cow<'_, str> {
    let chars: Vec<char> = line.chars().collect();
    let spaced = chars.len() >= 5
        && chars.len() % 2 == 1
        && chars.iter().enumerate().all(|(i, &c)| {
            if i % 2 == 0 {
                crate::chars::is_han(c)
            } else {
                c == ' ' || c == '\u{3000}'
            }
        });
    if spaced {
        Cow::Owned(chars.iter().step_by(2).collect())
    } else {
        Cow::Borrowed(line)
    }
}

/// True for a line that may be the first or a middle part of a title
/// wrapped over several lines: short, no sentence punctuation, not a
/// document number, a date or a 版头 (`国务院文件`; a line with 关于 ending
/// in 文件 is a title's first part, `…关于全面推行行政规范性文件`), not a remark in
/// brackets (`（此件公开发布）`), and not a whole title itself. Digits
/// only in the part naming the issuers (`住房城乡建设部等5部门关于`) or in
/// brackets (the years of a plan).
fn is_title_part(line: &str) -> bool {
    let line = &*unspaced(line);
    // A line ending inside a 《》 name may be as long as a title, and may
    // end with a type word of that name (`…实施《某某管理法`).
    let open = opens_a_name(line);
    let most = if open {
        MAX_HEADING_CHARS
    } else {
        MAX_HEADING_CHARS / 2
    };
    at_most_chars(line, most)
        && !line.contains(|c| has_char(List::HeadingStop, c))
        && !line.starts_with(super::text::is_open)
        && (has(line, Role::About) || !words(Role::Masthead).any(|w| line.ends_with(w)))
        && (has(line, Role::About)
            || !outside_brackets(line).any(|c| c.is_ascii_digit())
            || line.chars().filter(|&c| crate::chars::is_han(c)).count() >= MIN_WORDED_HAN)
        && (open || doc_type(line).0.is_none())
        && !is_furniture(line)
}

/// The fewest Han characters of a title part with digits outside brackets
/// (`某市2024年稳增长`); a date line (`2024年3月5日`) or an issue line
/// (`2024年第1期`) has fewer.
const MIN_WORDED_HAN: usize = 5;

/// The characters of `line` outside round brackets: the years of a plan in
/// brackets (`…行动方案（2024—2027年）的`) are no date line's digits.
fn outside_brackets(line: &str) -> impl Iterator<Item = char> + '_ {
    let mut depth = 0usize;
    line.chars().filter(move |&c| {
        if super::text::is_open(c) {
            depth += 1;
            false
        } else if super::text::is_close(c) {
            depth = depth.saturating_sub(1);
            false
        } else {
            depth == 0
        }
    })
}

/// The most lines a title is wrapped over.
const MAX_TITLE_LINES: usize = 3;

/// The first line of the title whose last line is `ls[k]`: lines right
/// above it that read as parts of the same title (at most two).
/// A last line that opens with the particle before its kind (`的通知`)
/// cannot stand alone: the line above it belongs to the title even when it
/// ends with the type word of the document it issues (`关于印发某某实施方案`
/// / `的通知`).
fn title_top(text: &str, ls: &[(usize, usize)], k: usize, floor: usize) -> usize {
    let (s, e) = ls[k];
    let tail = words(Role::KindLink).any(|w| text[s..e].starts_with(w));
    let mut top = k;
    while top > floor && k - top + 1 < MAX_TITLE_LINES && !labelled(text, ls[top].0) {
        // A line naming its issuer before 关于 is the title's first (the
        // masthead `某厅` above it is no part of it), unless its issuer is
        // the tail of a name the line above opens (`景德镇市人民政府办` /
        // `公室关于…`): neither the line above said again nor a name that
        // opens with a place or the Party.
        let own = &text[ls[top].0..ls[top].1];
        let (s, e) = ls[top - 1];
        let line = &text[s..e];
        let tail_of_name = !own.starts_with(line)
            && !super::level::opens_a_body_name(own)
            && super::level::opens_a_body_name(line);
        if has(own, Role::About) && !words(Role::About).any(|w| own.starts_with(w)) && !tail_of_name
        {
            break;
        }
        // The same line right above is the title stored twice, not a part
        // of one title wrapped (`关于印发《某方案》的通知` on two lines).
        if line == own {
            break;
        }
        if !(is_title_part(line) || (top == k && tail && is_title_line(line))) {
            break;
        }
        top -= 1;
    }
    below_masthead(text, ls, top, k)
}

/// The first line of a title read over `ls[top..=k]` without a joint
/// masthead above it (`某委员会 某局` / `某分行` / `关于…的通知`): when a
/// line holds bodies set apart by spaces, the title starts at the 关于 line.
fn below_masthead(text: &str, ls: &[(usize, usize)], top: usize, k: usize) -> usize {
    if (top..k).any(|j| spaced_bodies(&text[ls[j].0..ls[j].1])) {
        if let Some(j) = (top + 1..=k).find(|&j| {
            let line = &text[ls[j].0..ls[j].1];
            words(Role::About).any(|w| line.starts_with(w))
        }) {
            return j;
        }
    }
    top
}

/// True when `line` is two or more names of bodies set apart by spaces
/// (`某市商务委员会 国家税务总局某市税务局`): a joint document's masthead.
fn spaced_bodies(line: &str) -> bool {
    let parts: Vec<&str> = line.split(is_space).filter(|p| !p.is_empty()).collect();
    parts.len() >= 2 && parts.iter().all(|p| ends_a_body(p))
}

/// True when the line read from `start` had a label before it on its line
/// (`原标题：`), dropped by `without_original_label`.
fn labelled(text: &str, start: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    !text[line_start..start].trim_matches(is_space).is_empty()
}

/// A title starting at `ls[i]` and ending within three lines: the index of
/// its last line.
fn title_bottom(text: &str, ls: &[(usize, usize)], i: usize) -> Option<usize> {
    // `i` may be one past the last line (a number alone on the last line).
    let &(s, e) = ls.get(i)?;
    let about = has(&text[s..e], Role::About);
    for (j, &(s, e)) in ls.iter().enumerate().skip(i).take(MAX_TITLE_LINES) {
        // A line under a label (`原标题：…`) starts a title of its own.
        if j > i && labelled(text, s) {
            return None;
        }
        let line = &text[s..e];
        if is_title_line(line) || (j > i && about && ends_a_wrapped_title(line)) {
            // Its kind on the next line (`关于印发某某实施方案` / `的通知`).
            let tail = ls.get(j + 1).filter(|&&(s, e)| {
                let next = &text[s..e];
                j + 1 < i + MAX_TITLE_LINES
                    && words(Role::KindLink).any(|w| next.starts_with(w))
                    && is_title_line(next)
            });
            return Some(if tail.is_some() { j + 1 } else { j });
        }
        if !is_title_part(line) {
            return None;
        }
    }
    None
}

/// The recipients on the lines above a title whose first line is `ls[top]`,
/// when the line right above it ends with a colon and names no document
/// (`各乡镇人民政府，县直各部门：` / `关于做好…的通知`); else none.
fn recipients_above(text: &str, ls: &[(usize, usize)], top: usize) -> Vec<Span> {
    let Some(h) = top.checked_sub(1) else {
        return Vec::new();
    };
    let line = &text[ls[h].0..ls[h].1];
    if !line.ends_with(super::text::is_label_colon) || names_a_document(line) {
        return Vec::new();
    }
    // Lines above it that end with a separator continue the recipients.
    let mut start = h;
    while start > 0 && h - start + 1 < MAX_RECIPIENT_LINES {
        let prev = &text[ls[start - 1].0..ls[start - 1].1];
        let separated =
            prev.ends_with(|c: char| crate::chars::halfwidth(c) == ',' || c == ENUM_COMMA);
        if !separated || prev.contains(FULL_STOP) {
            break;
        }
        start -= 1;
    }
    recipients(text, &ls[start..top])
}

/// The recipients of a title whose first line is `ls[top]`: `below` it
/// when they name bodies; else those above it, when there are
/// (`各乡镇人民政府，县直各部门：` / `关于做好…的通知` / `为…，现通知如下：`: the
/// opening sentence is none); else `below`. A line introducing the title
/// (`文件详情如下：`) is no recipients line when bodies stand under it.
fn above_or_below(text: &str, ls: &[(usize, usize)], top: usize, below: Vec<Span>) -> Vec<Span> {
    let bodies = !below.is_empty()
        && below.iter().all(|r| {
            let line = &text[r.range()];
            lists_bodies(line) || ends_a_body(line)
        });
    if bodies {
        return below;
    }
    let above = recipients_above(text, ls, top);
    if above.is_empty() {
        below
    } else {
        above
    }
}

/// The most lines of a signature under an opening sentence: the bodies
/// or signatories, then the date.
const MAX_SIGNATURE_LINES: usize = 3;

/// The most lines of recipients read.
const MAX_RECIPIENT_LINES: usize = 4;

/// The span of lines `ls[i..=j]`.
fn block(ls: &[(usize, usize)], i: usize, j: usize) -> Span {
    Span::new(ls[i].0, ls[j].1)
}

/// The heading lines and, when they are a government document's title,
/// the lines under them that may hold recipients. A title wrapped over two
/// or three lines is one span from its first line to its last (the JSON
/// joins it without the breaks); a `原标题：` prefix is left out.
pub(crate) fn find(text: &str, doc_numbers: &[DocNumber]) -> (Option<Span>, Vec<Span>) {
    let (heading, recipients) = find_block(text, doc_numbers);
    (
        heading.map(|h| without_leading_number(text, h, doc_numbers)),
        recipients,
    )
}

/// `heading` without a document number glued before its title
/// (`某政办发〔2023〕30号某市人民政府办公室关于…的通知`): the title starts
/// after it, when a title follows on the line.
fn without_leading_number(text: &str, heading: Span, doc_numbers: &[DocNumber]) -> Span {
    let k = doc_numbers.partition_point(|d| d.span.start < heading.start);
    let Some(d) = doc_numbers.get(k).filter(|d| d.span.start == heading.start) else {
        return heading;
    };
    let rest = &text[d.span.end..heading.end];
    let start = heading.end - rest.trim_start_matches(is_space).len();
    let first_line = text[start..heading.end].split('\n').next().unwrap_or("");
    if start < heading.end && is_title_line(first_line) {
        Span::new(start, heading.end)
    } else {
        heading
    }
}

fn find_block(text: &str, doc_numbers: &[DocNumber]) -> (Option<Span>, Vec<Span>) {
    // A `原标题：` prefix is no part of the line's title.
    let ls: Vec<(usize, usize)> = lines(text)
        .iter()
        .map(|l| trim(text, l.start, l.end))
        .map(|(s, e)| (e - without_original_label(&text[s..e]).len(), e))
        .filter(|(s, e)| s < e)
        .collect();
    // 1. Next to the first document number standing on its own line.
    for d in doc_numbers {
        // The lines are sorted and apart: only the last one starting at or
        // before the number can hold it (a binary search, not a scan per number).
        let Some(k) = ls
            .partition_point(|&(s, _)| s <= d.span.start)
            .checked_sub(1)
            .filter(|&k| d.span.end <= ls[k].1)
        else {
            continue;
        };
        // The number alone on its line, maybe in brackets (`（苏政办发〔2025〕2号）`).
        let (s, e) = ls[k];
        let before = &text[s..d.span.start];
        let after = &text[d.span.end..e];
        let alone = (before.is_empty() && after.is_empty())
            || (before.chars().count() == 1
                && before.starts_with(super::text::is_open)
                && after.chars().count() == 1
                && after.starts_with(super::text::is_close));
        if !alone {
            // A title with its number glued at its end, in brackets
            // (`…的通知(珠府〔2023〕14号)`): the title is the line before the
            // bracket.
            // Or glued without a bracket, with or without a space
            // (`…的通知某府〔2023〕14号`).
            let bracketed = after.chars().count() == 1
                && after.starts_with(super::text::is_close)
                && before.ends_with(super::text::is_open);
            let bare = after.is_empty() && !before.ends_with(super::text::is_open);
            if bracketed || bare {
                let open = if bracketed {
                    before.chars().next_back().map_or(0, char::len_utf8)
                } else {
                    0
                };
                let (ts, te) = trim(text, s, d.span.start - open);
                if ts < te && is_title_line(&text[ts..te]) {
                    let top = title_top(text, &ls, k, 0);
                    return (
                        Some(Span::new(ls[top].0.min(ts), te)),
                        recipients(text, &ls[k + 1..]),
                    );
                }
            }
            continue;
        }
        // The title's last line above the number; a line ending with a
        // form of the form table only under a part with 关于.
        let above = k.checked_sub(1).filter(|&j| {
            let line = &text[ls[j].0..ls[j].1];
            is_title_line(line)
                // A one-line title of a form outside the type words, its
                // issuer before 关于 (`某厅关于下达…资金的函`).
                || (ends_a_wrapped_title(line) && has(line, Role::About))
                || (ends_a_wrapped_title(line)
                    && j.checked_sub(1).is_some_and(|i| {
                        let part = &text[ls[i].0..ls[i].1];
                        is_title_part(part) && has(part, Role::About)
                    }))
        });
        if let Some(j) = above {
            let top = title_top(text, &ls, j, 0);
            let below = recipients(text, &ls[k + 1..]);
            return (
                Some(block(&ls, top, j)),
                above_or_below(text, &ls, top, below),
            );
        }
        if let Some(j) = title_bottom(text, &ls, k + 1) {
            return (Some(block(&ls, k + 1, j)), recipients(text, &ls[j + 1..]));
        }
    }
    // A text that opens with a sentence and a signature under it (an
    // order's line publishing a document, `《…的决定》已经…审议通过，现予发布，
    // 自发布之日起施行。`, the signatory and the date) is stored without its
    // heading: the title under them is the published document's.
    let signed_sentence = ls
        .first()
        .is_some_and(|&(s, e)| text[s..e].ends_with(|c| has_char(List::WideSentenceEnd, c)))
        && ls
            .iter()
            .skip(1)
            .take(MAX_SIGNATURE_LINES)
            .any(|&(s, e)| super::signature::is_date_line(&text[s..e]));
    if signed_sentence {
        return (None, Vec::new());
    }
    // 2. A title near the top, with 关于 in it, above the recipients: a text
    // that opens with its recipients (`各分局…：`, then a covering note, the
    // signature and the issued document's title) has no heading (step 3).
    let addressee_line = ls.iter().take(10).position(|&(s, e)| {
        let line = &text[s..e];
        line.ends_with(super::text::is_label_colon) && !names_a_document(line) && lists_bodies(line)
    });
    // Recipients on the first lines (`各县（市、区）人民政府，` / `市政府各部门：`)
    // are read by step 3, with the title that may stand under them.
    let opens_addressed = ls
        .iter()
        .position(|&(s, e)| !is_furniture(&text[s..e]))
        .filter(|&k| addressee_end(text, &ls, k).is_some());
    let limit = addressee_line
        .into_iter()
        .chain(opens_addressed)
        .min()
        .unwrap_or(usize::MAX);
    for i in 0..ls.len().min(10).min(limit) {
        let Some(j) = title_bottom(text, &ls, i) else {
            continue;
        };
        let i = below_masthead(text, &ls, i, j);
        let span = block(&ls, i, j);
        if has(&text[span.range()], Role::About) {
            // The title under its recipients (`各乡镇人民政府，县直各部门：` /
            // `关于做好…的通知`): they are the lines above it, and the
            // opening sentence below is none.
            let below = recipients(text, &ls[j + 1..]);
            return (Some(span), above_or_below(text, &ls, i, below));
        }
    }
    // 3. The first line that is not page furniture; none when the text
    // opens with its recipients (`各市、县（区）人民政府：`) or a sentence.
    for (k, &(s, e)) in ls.iter().enumerate().take(10) {
        let line = &text[s..e];
        if is_furniture(line) {
            continue;
        }
        if is_order_number(line) {
            continue;
        }
        // The text opens with its first item (`一、实行…`): no title.
        if super::outline::opens_with_marker(line) {
            break;
        }
        // The recipients first, over one line or a few continued with ，
        // or 、 (`各县（市、区）人民政府，` / `市政府各部门：`).
        let colon = addressee_end(text, &ls, k);
        if let Some(a) = colon {
            let line = &text[ls[a].0..ls[a].1];
            let addressed = !names_a_document(line)
                && (lists_bodies(line)
                    // A short line; one of clauses none of which ends
                    // with a body's character is an opening sentence
                    // (`为推动…发展,特制定如下措施:`).
                    || (at_most_chars(line, MAX_HEADING_CHARS)
                        && (items_named(line).1 > 0
                            || !line
                                .trim_end_matches(super::text::is_label_colon)
                                .contains(is_clause_sep))));
            let found = if addressed {
                recipients(text, &ls[k..])
            } else {
                Vec::new()
            };
            // A copy that puts the notice's title under its recipients
            // (`各县人民政府：` / `关于…的通知`): the title right under them,
            // with 关于 or a verb of issuing, is the heading. A covering
            // note there is a sentence, no title.
            let title = (addressed && !found.is_empty())
                .then(|| title_bottom(text, &ls, a + 1))
                .flatten()
                .map(|j| block(&ls, a + 1, j))
                .filter(|t| {
                    let t = &text[t.range()];
                    has(t, Role::About) || issues(t)
                });
            return (title, found);
        }
        if line.ends_with(|c| has_char(List::WideSentenceEnd, c)) {
            break;
        }
        // The recipients first, stored without their colon
        // (`各县人民政府，县直各单位` / `为…，特制定本方案。`): a line of
        // bodies parted by commas, each item ending as a body, and a
        // sentence under it.
        if recipients_without_colon(text, &ls, k) {
            return (None, vec![Span::new(s, e)]);
        }
        // A news headline broken after its verb of issuing, the issued
        // document's name in 《》 on the next line (`省政府办公厅印发` /
        // `《关于…的若干措施》`): both lines.
        if let Some(&(ns, ne)) = ls.get(k + 1) {
            if words(Role::Issue).any(|w| line.ends_with(w))
                && at_most_chars(line, MAX_HEADING_CHARS)
                && !line.contains(|c| has_char(List::HeadingStop, c))
                && is_one_name(&text[ns..ne])
            {
                return (Some(Span::new(s, ne)), Vec::new());
            }
        }
        // A title without 关于 wrapped over the first lines (`某市2024年稳增长`
        // / `若干政策措施`): its lines joined.
        if let Some(j) = title_bottom(text, &ls, k).filter(|&j| j > k) {
            return (Some(block(&ls, k, j)), recipients(text, &ls[j + 1..]));
        }
        let body = line.trim_start_matches('#').trim_start_matches(is_space);
        let body = without_original_label(body);
        let start = s + (line.len() - body.len());
        if start < e && at_most_chars(body, MAX_HEADING_CHARS) {
            // A document's title with 关于 ending with a form outside the
            // type words (`…的批复`, `…的函`, `…的公告`): its recipients follow.
            // Only a line of bodies, not an opening sentence ending with a
            // colon (`为贯彻落实《…》，现将有关事项公告如下：`).
            let below = if super::form::form_of(body).is_some() {
                let found = recipients(text, &ls[k + 1..]);
                let addressed = found.iter().all(|r| {
                    let line = &text[r.range()];
                    lists_bodies(line) || (!line.contains(is_clause_sep) && ends_a_body(line))
                });
                if addressed {
                    found
                } else {
                    Vec::new()
                }
            } else {
                Vec::new()
            };
            return (Some(Span::new(start, e - channel_tag(body))), below);
        }
        break;
    }
    (None, Vec::new())
}

/// True when the line `ls[k]` is a list of recipients stored without its
/// colon: no title's words, items parted by a comma (not only by 、), every
/// item ending as a body's name, and the next line a sentence ending
/// with 。.
fn recipients_without_colon(text: &str, ls: &[(usize, usize)], k: usize) -> bool {
    let (s, e) = ls[k];
    let Some(&(ns, ne)) = ls.get(k + 1) else {
        return false;
    };
    let line = &text[s..e];
    bodies_without_colon(line)
        && line.contains(|c: char| has_char(List::CommaOrSemicolon, c))
        && text[ns..ne].ends_with(FULL_STOP)
}

/// True when `line` lists bodies without a colon: no title's words, two
/// items or more, every item ending as a body's name. At a text's start
/// the items must be parted by a comma (a masthead of bodies parted by 、
/// stands above a title there); right under the heading 、 parts them too.
fn bodies_without_colon(line: &str) -> bool {
    let (items, named) = items_named(line);
    items >= 2
        && named == items
        && !line.contains(|c: char| super::text::is_label_colon(c) || c == FULL_STOP)
        && !is_heading_line(line)
}

/// The index of the line ending with a colon that closes the recipients
/// opening at `ls[k]`: `k` itself, or a line below it when the lines from
/// `k` on are continued with ， or 、 (at most four lines, none a sentence).
fn addressee_end(text: &str, ls: &[(usize, usize)], k: usize) -> Option<usize> {
    for (j, &(s, e)) in ls.iter().enumerate().skip(k).take(4) {
        let line = &text[s..e];
        if line.contains(FULL_STOP) {
            return None;
        }
        if line.ends_with(super::text::is_label_colon) {
            return Some(j);
        }
        // A line continued on the next ends with a separator after a body.
        let item = line
            .strip_suffix(|c: char| {
                (is_clause_sep(c) && !super::text::is_colon(c)) || c == ENUM_COMMA
            })
            .map(|l| l.trim_end_matches(is_space))?;
        if !lists_bodies(item) && !ends_a_body(item) {
            return None;
        }
    }
    None
}

/// U+FF5C, the full-width vertical bar of a channel tag.
const FULLWIDTH_BAR: char = '\u{FF5C}';

/// The most characters of a web page's channel tag after its headline.
const MAX_CHANNEL_CHARS: usize = 6;

/// The byte length of a page's channel tag closing a headline
/// (`…2万亿元左右|消息`): a vertical bar and a few characters without
/// punctuation; 0 when there is none.
fn channel_tag(headline: &str) -> usize {
    headline
        .rfind(['|', FULLWIDTH_BAR])
        .map(|i| &headline[i..])
        .filter(|tag| {
            let name = tag.trim_start_matches(['|', FULLWIDTH_BAR]);
            let n = name.chars().count();
            (1..=MAX_CHANNEL_CHARS).contains(&n)
                && name.chars().all(|c| c.is_alphanumeric() || is_space(c))
                && tag.len() < headline.len()
        })
        .map_or(0, str::len)
}

/// True when `line` opens with a section number of digits joined by dots
/// and then a space (`1 总则`, `1.1 编制目的及依据`, `3.2.1 响应`); a year
/// (`2025年…`) is no section number.
fn opens_with_section_number(line: &str) -> bool {
    let number = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    number.len() < line.len()
        && line.starts_with(|c: char| c.is_ascii_digit())
        && number.starts_with(is_space)
}

/// The title of the document attached to a notice: the first title line
/// (or wrapped title) after `from`, joined.
pub(crate) fn attachment_title(text: &str, from: usize) -> Option<String> {
    let ls: Vec<(usize, usize)> = lines(&text[from..])
        .iter()
        .map(|l| trim(text, from + l.start, from + l.end))
        .filter(|(s, e)| s < e)
        .collect();
    (0..ls.len().min(12)).find_map(|i| {
        // A numbered line is a section of it, not its title (`一、总则`,
        // `1.1 编制目的及依据` under a 预案's contents).
        let line = &text[ls[i].0..ls[i].1];
        if super::outline::opens_with_marker(line)
            || opens_with_section_number(line)
            || super::outline::is_attachment_label(line)
        {
            return None;
        }
        // A title line by the form table too: the attached 办法 may end in
        // a note its type word is read past (`…实施办法(暂行)`).
        let j = title_bottom(text, &ls, i)
            .or_else(|| ends_a_wrapped_title(&text[ls[i].0..ls[i].1]).then_some(i))?;
        Some(joined(&text[block(&ls, i, j).range()]))
    })
}

/// The heading as printed: the lines of a wrapped title joined, without
/// the breaks and the layout spaces around them, and a line printed
/// letter-spaced (`几 个 问 题 的 通 知`) without its spaces.
///
/// ```
/// let text = "国务院关于加快推进农业机械化和\n  农机装备产业转型升级的指导意见\n国发〔2018〕42号\n";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let h = p.heading.unwrap();
/// assert_eq!(shuzi::policy::joined(&text[h.range()]), "国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见");
/// assert_eq!(shuzi::policy::joined("某某关于某某\n几 个 问 题 的 通 知"), "某某关于某某几个问题的通知");
/// ```
pub fn joined(heading: &str) -> String {
    heading
        .split('\n')
        .map(|l| unspaced(l.trim_matches(is_space)))
        .collect()
}

/// The share of a line's items, in quarters, that must name a body for a
/// long line ending with a colon to be the recipients.
const ADDRESSEE_QUARTERS: usize = 3;

/// True when `line` names a document in 《》: a sentence, never addressees.
fn names_a_document(line: &str) -> bool {
    line.contains(TITLE_OPEN)
}

/// True when `line` ends with a character ending the name of a body
/// (`宜昌高新区管委会`).
fn ends_a_body(line: &str) -> bool {
    line.chars().next_back().is_some_and(|c| {
        words(Role::AddresseeEnd).any(|w| w.starts_with(c) && w.len() == c.len_utf8())
    })
}

/// True when nearly all the items of `line` (split at ， 、 ；, without its
/// colon) end with a character ending a body's name (a bracket at an
/// item's end aside: `建设厅(委、管委、局)`): a list of recipients,
/// whatever its length, not the opening sentence of an excerpt.
fn lists_bodies(line: &str) -> bool {
    let (items, named) = items_named(line);
    items >= 2 && named * 4 >= items * ADDRESSEE_QUARTERS
}

/// The items of a line of addressees (split at ， 、 ；, brackets kept
/// whole) and how many of them end with a body's character.
fn items_named(line: &str) -> (usize, usize) {
    let body = line.trim_end_matches(super::text::is_label_colon);
    let mut items = 0;
    let mut named = 0;
    let mut depth = 0usize;
    let mut last: Option<char> = None;
    let close = |last: Option<char>, items: &mut usize, named: &mut usize| {
        if let Some(c) = last {
            *items += 1;
            if words(Role::AddresseeEnd).any(|w| w.starts_with(c) && w.len() == c.len_utf8()) {
                *named += 1;
            }
        }
    };
    for c in body.chars() {
        if super::text::is_open(c) {
            depth += 1;
        } else if super::text::is_close(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            if (super::text::is_clause_sep(c) && !super::text::is_colon(c)) || c == ENUM_COMMA {
                close(last.take(), &mut items, &mut named);
            } else {
                last = Some(c);
            }
        }
    }
    close(last, &mut items, &mut named);
    (items, named)
}

/// True when `line` is one document's name in 《》 and nothing else, the
/// name a title (`《关于…的若干措施》`).
fn is_one_name(line: &str) -> bool {
    line.strip_prefix(TITLE_OPEN)
        .and_then(|l| l.strip_suffix(TITLE_CLOSE))
        .is_some_and(|name| {
            !name.contains(TITLE_OPEN) && !name.contains(TITLE_CLOSE) && is_title_line(name)
        })
}

/// True when `line` is one pair of brackets and what they hold.
fn is_one_bracket(line: &str) -> bool {
    let mut chars = line.chars();
    let (Some(first), Some(last)) = (chars.next(), chars.next_back()) else {
        return false;
    };
    if !super::text::is_open(first) || !super::text::is_close(last) {
        return false;
    }
    let inner = &line[first.len_utf8()..line.len() - last.len_utf8()];
    !inner.contains(|c: char| super::text::is_open(c) || super::text::is_close(c))
}

/// True when `line` is a line of a title, never of recipients: it has
/// 关于, a 《 or 》 of a named document, or it ends with a document's form
/// (`关于印发《某某行动` / `方案》的通知`, `某市某某实施方案`).
fn is_heading_line(line: &str) -> bool {
    has(line, Role::About)
        || line.contains(TITLE_OPEN)
        || line.contains(TITLE_CLOSE)
        || is_title_line(line)
}

/// The most lines read under a heading for its recipients: the recipients
/// lines themselves, and a heading stored again above them (an issuer line
/// and a title of up to three lines) with a document number.
const MAX_LINES_TO_RECIPIENTS: usize = MAX_RECIPIENT_LINES + MAX_TITLE_LINES + 2;

fn recipients(text: &str, after: &[(usize, usize)]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    // Page furniture between the heading and its recipients (`来源:…`) is
    // skipped, and so are the links under a label of links (`相关链接:` /
    // `《…》政策解释`).
    let mut first = 0;
    while let Some(&(s, e)) = after.get(first) {
        let line = &text[s..e];
        if !is_furniture(line) {
            break;
        }
        first += 1;
        if is_links_label(line) {
            while after
                .get(first)
                .is_some_and(|&(s, e)| names_a_document(&text[s..e]))
            {
                first += 1;
            }
        }
    }
    // Lines that may hold recipients, counted up to MAX_RECIPIENT_LINES; a
    // line of a heading stored again with no blank line before the
    // recipients (`某某委、某某局` / `关于印发《某某行动` / `方案》的通知`) is
    // not counted, and it and every line above it are no recipients: an
    // issuer line stands above its title, the recipients below it.
    let mut counted = 0;
    for &(s, e) in after[first..].iter().take(MAX_LINES_TO_RECIPIENTS) {
        let line = &text[s..e];
        if line.contains(FULL_STOP) {
            // One line of bodies stored without its colon right above the
            // first sentence (`各乡镇人民政府，县直各单位` / `为…。`): the
            // recipients.
            if let [r] = out[..] {
                if bodies_without_colon(&text[r.range()]) && line.ends_with(FULL_STOP) {
                    return out;
                }
            }
            return Vec::new();
        }
        if !line.ends_with(super::text::is_label_colon) && is_heading_line(line) {
            out.clear();
            counted = 0;
            continue;
        }
        if counted == MAX_RECIPIENT_LINES {
            break;
        }
        counted += 1;
        if let Some(body) = line.strip_suffix(super::text::is_label_colon) {
            let body = body.trim_end_matches(is_space);
            // An opening sentence citing a document is no addressee line
            // (`…根据《某某法》…，省人民政府决定：`).
            if names_a_document(body) {
                return Vec::new();
            }
            // Nor is one that says what follows (`…第十六次会议决定：`,
            // `现通知如下：`): it closes with a verb of stating.
            if words(Role::StatementEnd).any(|w| body.ends_with(w)) {
                return Vec::new();
            }
            // Nor a sentence of clauses whose last announces what follows
            // (`为…，结合我县实际，特制定以下若干措施：`), unless its items
            // name bodies.
            let last_clause = body
                .rfind(|c: char| has_char(List::Comma, c))
                .map_or(body, |i| &body[i..]);
            if words(Role::StatementAhead).any(|w| last_clause.contains(w)) && !lists_bodies(body) {
                return Vec::new();
            }
            out.push(Span::new(s, s + body.len()));
            return out;
        }
        // A repost's stamp above them (`某协会2023-05-0409:55发表于…`), or
        // a document number under a title stored again: a line with Arabic
        // digits that does not end the recipients is no part of them, nor
        // is any line above it.
        if line.chars().any(|c| c.is_ascii_digit()) {
            out.clear();
            continue;
        }
        // A remark on the heading on a line of its own, one bracket
        // (`(征求意见稿)`, `（试行）`), is no recipient.
        if out.is_empty() && is_one_bracket(line) {
            continue;
        }
        // A recipient line continued on the next: without its separator.
        let body = line
            .trim_end_matches(|c| c == ENUM_COMMA || has_char(List::Comma, c))
            .trim_end_matches(is_space);
        out.push(Span::new(s, s + body.len()));
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_broken_after_its_verb_and_an_order_stored_without_its_heading() {
        // prov_guizhou_kaimenhong_2025: the headline's verb on one line, the
        // issued name in 《》 on the next.
        let text = "省政府办公厅印发\n\n《关于做好2025年一季度全省经济工作的若干措施》\n\n近日，省政府办公厅印发了《关于做好2025年一季度全省经济工作的若干措施》。\n";
        let (h, _) = find(text, &[]);
        assert_eq!(
            h.map(|h| joined(&text[h.range()])).as_deref(),
            Some("省政府办公厅印发《关于做好2025年一季度全省经济工作的若干措施》")
        );
        // A verb of issuing over a sentence is no such headline.
        let text = "省政府办公厅印发\n近日，省政府办公厅印发了若干措施。\n";
        assert_eq!(
            find(text, &[]).0.map(|h| &text[h.range()]),
            Some("省政府办公厅印发")
        );
        // gov_mohurd_zhaobiao_2018: an order line, its signature, then the
        // published 决定's title: the order's heading is not stored.
        let text = "《某部关于修改<某某管理办法>的决定》已经某部常务会议审议通过，现予发布，自发布之日起施行。\n某部部长 某某\n2018年9月28日\n某部关于修改《某某管理办法》的决定\n一、删去第三条。\n";
        assert_eq!(find(text, &[]), (None, Vec::new()));
    }

    #[test]
    fn a_strip_of_page_metadata_ending_with_a_colon_is_no_recipients() {
        let text = "某某中心关于调整某某贷款额度的通知\n日期:2024-02-0310:15 来源:某某厅 浏览次数:87次 字号:[大中小] 护眼色:\n各缴存单位:\n为支持某某需求，现通知如下：\n";
        assert_eq!(
            run(text),
            (
                Some("某某中心关于调整某某贷款额度的通知"),
                vec!["各缴存单位"]
            )
        );
        assert!(is_metadata_strip("时间:2023-04-13 来源:某网 作者:"));
        assert!(!is_metadata_strip("各区人民政府，市各有关单位："));
    }

    #[test]
    fn furniture_table_parses_without_duplicates_and_each_word_is_furniture() {
        let t = furniture();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        let mut seen = std::collections::HashSet::new();
        assert!(!is_furniture("关于加快发展先进制造业集群的实施意见"));
        // A rule under a masthead and a page number are furniture.
        assert!(is_furniture("━━━━━━━━"));
        assert!(is_furniture("— 1 —"));
        for (w, place) in t.items {
            assert!(seen.insert(w), "duplicate {w}");
            assert!(is_furniture(&format!("{w}：市政府办公室")), "{w}");
            let inside = format!("市政府办公室{w}");
            assert_eq!(is_furniture(&inside), place == Place::Inside, "{w}");
        }
    }

    #[test]
    fn a_channel_tag_after_a_headline() {
        let text = "《某某方案》印发：到2025年地区生产总值达到2万亿元左右|消息\n正文。\n";
        assert_eq!(
            run(text).0,
            Some("《某某方案》印发：到2025年地区生产总值达到2万亿元左右")
        );
        assert_eq!(channel_tag("某某|地方新闻频道"), "|地方新闻频道".len());
        assert_eq!(channel_tag("某某|这是一句很长的并非频道的话"), 0);
        assert_eq!(channel_tag("|消息"), 0);
    }

    #[test]
    fn the_ratio_sign_closes_a_recipients_line() {
        // PDF conversions write ∶ (U+2236) for the colon.
        let text = "某市某某委员会关于调整某某政策的通知\n某某管理中心及各县(市、区)办事处,各有关单位\u{2236}\n为规范管理,现通知如下。\n";
        let (h, r) = find(text, &[]);
        assert_eq!(
            &text[h.unwrap().range()],
            "某市某某委员会关于调整某某政策的通知"
        );
        let r: Vec<&str> = r.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(r, ["某某管理中心及各县(市、区)办事处,各有关单位"]);
    }

    #[test]
    fn a_remark_line_and_an_opening_sentence_announcing_what_follows_are_no_recipients() {
        let text = "关于支持住房消费的若干措施\n(讨论稿)\n\n为落实上级部署,稳定住房消费,结合本区实际,特制定以下措施:\n一、发放补贴。\n";
        assert_eq!(run(text), (Some("关于支持住房消费的若干措施"), vec![]));
        // Recipients under the remark line are still read.
        let text =
            "关于支持住房消费的若干措施\n(试行)\n各街道办事处,区直各部门:\n现将措施印发给你们。\n";
        assert_eq!(run(text).1, vec!["各街道办事处,区直各部门"]);
        assert!(is_one_bracket("（试行）"));
        assert!(!is_one_bracket("（一）加快（推进）"));
    }

    #[test]
    fn an_opening_sentence_announcing_its_measures_with_ruxia_is_no_recipients() {
        // 如下 in the last clause before the colon, not closing it.
        let text = "某市关于稳定住房消费\n的若干措施\n\n为落实上级部署,坚持稳中求进,支持合理住房需求,促进市场平稳发展,提出如下工作措施:\n一、发放补贴。\n";
        assert_eq!(run(text).1, Vec::<&str>::new());
    }

    #[test]
    fn a_long_line_of_recipients_at_the_top() {
        let list = "各银保监局,各省、自治区、直辖市住房和城乡建设厅(委、管委、局),中国人民银行上海总部,各分行、营业管理部,各省会(首府)城市中心支行,各副省级城市中心支行,各大型银行、股份制银行、外资银行";
        let text = format!(
            "{list}:\n\n为明确相关要求,支持企业合理使用资金,现将有关事项通知如下:\n\n一、允许。\n"
        );
        assert_eq!(run(&text), (None, vec![list]));
        // The opening sentence of an excerpt, however long, names no one.
        let text = "为深入贯彻落实中央、省、市关于房地产工作的决策部署,适应房地产市场供求关系新变化,全面落实消化存量房和优化增量住房的政策措施,促进房地产市场平稳健康发展,结合我市实际,制定如下措施:\n一、加大。\n";
        assert_eq!(run(text), (None, vec![]));
        assert!(lists_bodies(
            "上海证券交易所,深圳证券交易所,中国证券业协会,某某有限责任公司:"
        ));
        // Recipients first, then a covering note, the signature and the
        // issued document's title: no heading (ANNOTATION b6-c 7).
        let text = "各分局、各县规划局,局机关各处室:

《关于某某规则的通知》已经市政府同意,现印发给你们。

某市规划局

2024年12月12日

关于某某规则的通知

为进一步提升品质,现通知如下:

一、适用范围
";
        assert_eq!(run(text), (None, vec!["各分局、各县规划局,局机关各处室"]));
    }

    #[test]
    fn letter_spaced_lines_and_kinds_outside_the_form_table() {
        // A wrapped title whose last line is letter-spaced, then its number.
        let text = "某院关于某某、某某挂钩奖售粮\n几 个 问 题 的 通 知\n某发〔1981〕88号\n各省人民政府：\n正文。\n";
        assert_eq!(
            run(text),
            (
                Some("某院关于某某、某某挂钩奖售粮\n几 个 问 题 的 通 知"),
                vec!["各省人民政府"]
            )
        );
        // A title under 关于 closing with 的 and a kind the form table lacks.
        let text = "关于进一步提振市场信心\n\n促进经济平稳运行的若干政策举措\n\n为深入贯彻落实会议部署，推动经济平稳运行，制定如下举措。\n";
        assert_eq!(
            run(text).0,
            Some("关于进一步提振市场信心\n\n促进经济平稳运行的若干政策举措")
        );
        assert_eq!(unspaced("第一章 总 则"), "第一章 总 则");
        assert_eq!(unspaced("通 知"), "通 知");
        assert!(!ends_with_a_named_kind("促进经济平稳运行的"));
        assert!(!ends_with_a_named_kind(
            "推动经济高质量发展的若干政策举措2025"
        ));
    }

    fn run(text: &str) -> (Option<&str>, Vec<&str>) {
        let (h, r) = find(text, &super::super::doc_number::find(text));
        (
            h.map(|h| &text[h.range()]),
            r.iter().map(|s| &text[s.range()]).collect(),
        )
    }

    #[test]
    fn layouts_of_a_heading_stored_again_above_its_recipients() {
        // Synthetic layouts: the issuer line above the title is never a
        // recipient, whatever the title's wrapping, a number under it, or
        // the recipients' own lines.
        let cases: [(&str, &[&str]); 7] = [
            (
                "某市某某委、某某海事局\n关于印发《某某实施方案》的通知\n各区某某局、各有关单位：\n现印发给你们。\n",
                &["各区某某局、各有关单位"],
            ),
            (
                "某某委、某某局关于印发《某某方案》的通知\n\n某某委、某某局\n关于印发《某某港提高某某\n使用率实施\n方案》的通知\n\n各区某某局、市某某中心：\n为推进某某，现印发。\n",
                &["各区某某局、市某某中心"],
            ),
            (
                "某某委、某某局关于印发《某某方案》的通知\n某某委、某某局\n关于印发《某某方案》的通知\n某交发〔2030〕5号\n各区某某局：\n现印发。\n",
                &["各区某某局"],
            ),
            (
                "某市人民政府关于印发某某办法的通知\n某府〔2030〕1号\n各区人民政府，市政府各委、办、局，\n各有关单位：\n现印发。\n",
                &["各区人民政府，市政府各委、办、局", "各有关单位"],
            ),
            (
                "某市人民政府关于印发某某办法的通知\n\n某某委、某某局\n关于印发《某某方案》的通知\n\n现将《某某方案》印发给你们，请认真贯彻落实。\n",
                &[],
            ),
            (
                "关于做好某某工作的通知\n各有关单位：\n为做好某某工作，现通知如下。\n",
                &["各有关单位"],
            ),
            (
                "某某市某某实施方案\n某某委、某某局\n某某市某某实施方案\n各区人民政府：\n现印发。\n",
                &["各区人民政府"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(run(text).1, want, "{text}");
        }
    }

    #[test]
    fn a_title_line_stored_twice_is_one_heading_and_issues_its_form() {
        // Synthetic: the heading line written twice above its number.
        let text = "关于印发《某县节水行动方案》的通知\n\n关于印发《某县节水行动方案》的通知\n\n某政发〔2030〕3号\n\n各乡镇：\n\n现将《某县节水行动方案》印发给你们。\n";
        let (h, _) = find(text, &super::super::doc_number::find(text));
        let h = h.unwrap();
        assert_eq!(&text[h.range()], "关于印发《某县节水行动方案》的通知");
        let p = crate::policy::parse(text, &crate::Config::default());
        assert_eq!(
            (p.form, p.attachment_form),
            (Some("通知"), Some("行动方案"))
        );
    }

    #[test]
    fn heading_lines_stored_above_the_recipients_are_none() {
        let text = "某某局、某某委关于印发《某某行动方案》的通知\n\n某某局、某某委\n关于印发《某某行动\n方案》的通知\n\n各区某某局、各有关单位：\n为推进某某工作，现印发。\n";
        assert_eq!(run(text).1, ["各区某某局、各有关单位"]);
        let text = "某某委员会关于印发《某某方案》的通知\n\n某某委员会\n\n关于印发《某某方案》的通知\n\n各有关单位：\n\n现印发。\n";
        assert_eq!(run(text).1, ["各有关单位"]);
    }

    #[test]
    fn government_document() {
        let text = "Network\n当前位置:主页 > 新闻 >\n6月1日起施行!《某条例》全文来了→\n\n滨州市人民政府办公室关于加快发展先进制造业集群的实施意见\n\n滨政办字〔2024〕18号\n\n各县(市、区)人民政府,市政府各部门:\n\n  为深入贯彻……。\n";
        assert_eq!(
            run(text),
            (
                Some("滨州市人民政府办公室关于加快发展先进制造业集群的实施意见"),
                vec!["各县(市、区)人民政府,市政府各部门"]
            )
        );
    }

    #[test]
    fn links_under_a_label_of_links_are_no_recipients() {
        let text = "某市某某局关于调整某某补贴政策的通知\n相关阅读：\n《关于调整某某补贴政策的通知》图文解读\n《某某补贴政策问答》\n\n各镇人民政府，市级有关部门：\n为稳定消费，现通知如下。\n";
        assert_eq!(
            run(text),
            (
                Some("某市某某局关于调整某某补贴政策的通知"),
                vec!["各镇人民政府，市级有关部门"]
            )
        );
    }

    #[test]
    fn a_number_glued_after_the_title_is_no_part_of_it() {
        let text = "某市人民政府关于印发某市停车管理办法的通知(某府〔2030〕7号)\n来源:本网 发布日期:2030-01-02\nABCD-2030-01\n\n各区政府,市政府各部门:\n\n《某市停车管理办法》已经市政府同意,现印发给你们。\n";
        assert_eq!(
            run(text),
            (
                Some("某市人民政府关于印发某市停车管理办法的通知"),
                vec!["各区政府,市政府各部门"]
            )
        );
    }

    #[test]
    fn an_opening_sentence_ending_with_a_colon_is_no_addressee() {
        let text = "为促进某区消费市场回暖,特制定如下措施:\n一、发放消费券\n对在区内消费的个人发放消费券。\n";
        assert_eq!(run(text), (None, vec![]));
        let text = "各街道办事处:\n现将有关事项通知如下。\n";
        assert_eq!(run(text).1, vec!["各街道办事处"]);
        let text = "各镇人民政府,各产业平台:\n现将有关事项通知如下。\n";
        assert_eq!(run(text).1, vec!["各镇人民政府,各产业平台"]);
    }

    #[test]
    fn a_number_glued_before_the_title_is_no_part_of_it() {
        let text = "某政办发〔2031〕9号某市人民政府办公室关于印发《某市重点任务》的通知\n某政办发〔2031〕9号\n各镇人民政府,市政府各部门:\n《某市重点任务》已经市政府同意,现印发给你们。\n";
        assert_eq!(
            run(text),
            (
                Some("某市人民政府办公室关于印发《某市重点任务》的通知"),
                vec!["各镇人民政府,市政府各部门"]
            )
        );
    }

    #[test]
    fn a_number_glued_without_brackets_is_no_part_of_the_title() {
        for text in [
            "某市人民政府关于印发某市停车管理办法的通知某府〔2030〕7号\n各区政府：\n正文。\n",
            "某市人民政府关于印发某市停车管理办法的通知 某府〔2030〕7号\n各区政府：\n正文。\n",
        ] {
            assert_eq!(
                run(text),
                (
                    Some("某市人民政府关于印发某市停车管理办法的通知"),
                    vec!["各区政府"]
                ),
                "{text}"
            );
        }
    }

    #[test]
    fn number_above_title_and_two_recipient_lines() {
        let text = "某政发〔2025〕3号\n某市人民政府关于印发某某办法的通知\n各区人民政府，\n市政府各部门：\n现将办法印发给你们。\n";
        assert_eq!(
            run(text),
            (
                Some("某市人民政府关于印发某某办法的通知"),
                vec!["各区人民政府", "市政府各部门"]
            )
        );
    }

    #[test]
    fn wrapped_titles_are_one_heading() {
        // Synthetic: a national title wrapped above its number, a notice's
        // title wrapped below it, one found by 关于 alone.
        let text = "国务院文件\n国务院关于加快推进某某产业和\n 某某装备转型升级的指导意见\n国发〔2018〕42号\n各省人民政府：\n";
        let (h, r) = run(text);
        assert_eq!(
            h.map(joined),
            Some("国务院关于加快推进某某产业和某某装备转型升级的指导意见".into())
        );
        assert_eq!(r, ["各省人民政府"]);
        let text = "国办发〔2019〕2号\n国务院办公厅关于印发国家组织某某\n集中采购试点方案的通知\n各省人民政府：\n";
        assert_eq!(
            run(text).0.map(joined),
            Some("国务院办公厅关于印发国家组织某某集中采购试点方案的通知".into())
        );
        let text = "首页 > 政策\n某省人民政府关于促进\n某某发展的意见\n为了……。\n";
        assert_eq!(
            run(text).0.map(joined),
            Some("某省人民政府关于促进某某发展的意见".into())
        );
        assert_eq!(run("原标题：某地出台新政\n正文。").0, Some("某地出台新政"));
        // An excerpt that opens with its recipients, or with a sentence.
        assert_eq!(
            run("各市、县（区）人民政府，省政府各部门：\n为促进发展，制定本意见。\n"),
            (None, vec!["各市、县（区）人民政府，省政府各部门"])
        );
        assert_eq!(
            run("《某措施》已经省政府同意，现印发给你们。\n2020年2月9日\n").0,
            None
        );
        assert_eq!(run("一、实行购房补贴\n（一）补贴范围。\n").0, None);
        // A notice's own title under its recipients: the heading, and the
        // recipients are the lines above it, not its opening sentence.
        assert_eq!(
            run("各乡镇人民政府，县直各部门：\n关于做好防汛工作的通知\n为做好防汛工作，现通知如下：\n"),
            (
                Some("关于做好防汛工作的通知"),
                vec!["各乡镇人民政府，县直各部门"]
            )
        );
        assert_eq!(
            run("各乡镇人民政府，县直各部门，\n县属各企业：\n关于做好防汛工作的通知\n为做好防汛工作，现通知如下：\n"),
            (
                Some("关于做好防汛工作的通知"),
                vec!["各乡镇人民政府，县直各部门", "县属各企业"]
            )
        );
        assert_eq!(
            run("各乡镇人民政府：\n某县人民政府办公室关于做好防汛\n工作的通知\n某府办发〔2024〕3号\n为做好防汛工作，现通知如下：\n"),
            (
                Some("某县人民政府办公室关于做好防汛\n工作的通知"),
                vec!["各乡镇人民政府"]
            )
        );
        assert_eq!(
            run("第223号\n省人民政府常务会议决定对《某办法》作如下修改：\n一、将第六条修改为：\n"),
            (None, vec![])
        );
    }

    #[test]
    fn a_first_title_line_ending_in_wen_jian_is_no_masthead() {
        // gov.cn policy library, 国办发〔2018〕115号: the first line of the
        // title ends with 文件 (行政规范性文件) but holds 关于.
        let text = "国务院办公厅关于全面推行行政规范性文件\n合法性审核机制的指导意见\n国办发〔2018〕115号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n";
        let (h, _) = find(text, &super::super::doc_number::find(text));
        let h = h.expect("a heading");
        assert_eq!((h.start, h.end), (0, text.find("\n国办发").unwrap()));
        assert_eq!(
            joined(&text[h.range()]),
            "国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见"
        );
        assert_eq!(
            run(text).1,
            ["各省、自治区、直辖市人民政府，国务院各部委、各直属机构"]
        );
        // A 版头 without 关于 is still left out.
        let (h, _) = run("国务院文件\n国务院关于某某的意见\n国发〔2019〕1号\n");
        assert_eq!(h, Some("国务院关于某某的意见"));
    }

    #[test]
    fn titles_wrapped_inside_a_name_or_before_a_form() {
        // Synthetic. The first line ends inside an open 《: it is no title of
        // its own though it ends with 法.
        let text = "某某部关于在某某试验区暂时调整实施《某某某某某某人民共和国某某某某管理法\n实施条例》有关规定的决定\n某发〔2020〕3号\n各省人民政府：\n正文。\n";
        let (h, r) = run(text);
        assert_eq!(
            h.map(joined),
            Some("某某部关于在某某试验区暂时调整实施《某某某某某某人民共和国某某某某管理法实施条例》有关规定的决定".into())
        );
        assert_eq!(r, ["各省人民政府"]);
        let p = crate::policy::parse(text, &crate::Config::default());
        assert_eq!(p.form, Some("决定"));
        // Wrapped inside the issuer's name (`…办` / `公室关于…`): one title;
        // a masthead said again on the title line is none of it.
        let text = "广州市人民政府办\n公室关于做好防汛工作的通知\n穗府办〔2024〕3号\n各区人民政府：\n正文。\n";
        assert_eq!(
            run(text).0.map(joined),
            Some("广州市人民政府办公室关于做好防汛工作的通知".into())
        );
        let text =
            "广州市财政局\n广州市财政局关于下达资金的函\n穗财〔2024〕3号\n各区财政局：\n正文。\n";
        assert_eq!(run(text).0, Some("广州市财政局关于下达资金的函"));
        // A line with 关于 and no form, then a line ending with a form of
        // the form table (批复), above or below the number, or with none.
        for text in [
            "某省人民政府关于某某新区\n总体规划（2020—2035年）的批复\n某政函〔2020〕9号\n某市人民政府：\n正文。\n",
            "某政函〔2020〕9号\n某省人民政府关于某某新区\n总体规划（2020—2035年）的批复\n某市人民政府：\n正文。\n",
            "首页 > 政策\n某省人民政府关于某某新区\n总体规划（2020—2035年）的批复\n某市人民政府：\n正文。\n",
        ] {
            let (h, r) = run(text);
            assert_eq!(
                h.map(joined),
                Some("某省人民政府关于某某新区总体规划（2020—2035年）的批复".into()),
                "{text}"
            );
            assert_eq!(r, ["某市人民政府"], "{text}");
            let p = crate::policy::parse(text, &crate::Config::default());
            assert_eq!(p.form, Some("批复"), "{text}");
        }
        // A balanced name ending a line is a title of its own.
        assert!(is_title_line("某某部关于修改《某某条例》的决定"));
        assert!(!is_title_line("某某部关于修改《某某条例"));
        assert!(is_title_part("某某部关于修改《某某条例"));
        // A form of the form table ends a title only under a line with 关于.
        assert_eq!(
            run("某某新区\n总体规划的批复\n正文。\n").0,
            Some("某某新区")
        );
    }

    #[test]
    fn news_headline() {
        assert_eq!(
            run("\n\n# 河北立法推动特色产业集群发展\n\n本报讯（记者 李杰）5月28日。"),
            (Some("河北立法推动特色产业集群发展"), vec![])
        );
        assert_eq!(
            run("\n以一流营商环境助推工业经济提质增效\n\n河南漯河持续深化改革\n"),
            (Some("以一流营商环境助推工业经济提质增效"), vec![])
        );
        assert_eq!(run(""), (None, vec![]));
    }

    #[test]
    fn words_table_parses_without_duplicates_and_each_role_has_a_word() {
        let t = words_table();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        let mut seen = std::collections::HashSet::new();
        for (w, role) in &t.items {
            assert!(seen.insert((*w, *role as u8)), "duplicate {w}");
        }
        for role in [
            Role::About,
            Role::Masthead,
            Role::OriginalTitle,
            Role::Issue,
            Role::Publish,
            Role::KindLink,
            Role::AddresseeEnd,
            Role::StatementEnd,
            Role::StatementAhead,
        ] {
            assert!(words(role).next().is_some(), "{role:?}");
        }
        assert!(issues("关于印发某某办法的通知"));
        assert!(!issues("关于某某的意见"));
    }

    #[test]
    fn an_original_title_label_before_a_wrapped_title() {
        assert_eq!(
            run("原标题：国务院办公厅关于进一步优化支付服务\n提升支付便利性的意见\n国办发〔2024〕10号\n各省人民政府：\n正文。"),
            (
                Some("国务院办公厅关于进一步优化支付服务\n提升支付便利性的意见"),
                vec!["各省人民政府"]
            )
        );
        assert_eq!(
            run("来源：某网站\n原标题: 关于推动某某发展的实施意见\n\n各市人民政府：\n为推动发展。\n"),
            (Some("关于推动某某发展的实施意见"), vec!["各市人民政府"])
        );
    }

    #[test]
    fn issuers_with_digits_bracketed_numbers_and_remarks() {
        assert_eq!(
            run("某某部等5部门关于\n\n加强某某管理的指导意见\n\n各省、自治区人民政府:\n正文。"),
            (
                Some("某某部等5部门关于\n\n加强某某管理的指导意见"),
                vec!["各省、自治区人民政府"]
            )
        );
        assert_eq!(
            run("某省政府办公厅关于印发某某\n若干措施的通知\n(某政办发〔2025〕2号)\n各设区市人民政府:\n"),
            (
                Some("某省政府办公厅关于印发某某\n若干措施的通知"),
                vec!["各设区市人民政府"]
            )
        );
        // A numbered section line under a contents list is no title, even
        // when it ends like one (`目的及依据`: 的 and a short noun).
        let text = "某某通知\n某省人民政府\n2025年3月1日\n某省森林火灾应急预案\n目  录\n1 总则\n1.1 编制目的及依据\n1.2 适用范围\n";
        let from = text.find("2025年").unwrap();
        assert_eq!(attachment_title(text, from), None);
        let text = "某某通知\n某省人民政府\n（此件公开发布）\n某某暂行办法\n第一条　为了…\n";
        let from = text.find("（此件").unwrap();
        assert_eq!(
            attachment_title(text, from).as_deref(),
            Some("某某暂行办法")
        );
    }

    #[test]
    fn recipients_at_the_top_stored_without_their_colon() {
        let list = "各乡人民政府,县直各部门,各派出机构";
        let text =
            format!("{list}\n为稳定市场预期,经县人民政府同意,制定本意见。\n一、加大补贴。\n");
        assert_eq!(run(&text), (None, vec![list]));
        // A title of bodies and a document's form is still a title, and a
        // list parted only by 、 is no recipients line without its colon.
        let text = "某县财政局,某县税务局关于契税补贴的通知\n为稳定市场预期,制定本通知。\n";
        assert_eq!(run(text).1, Vec::<&str>::new());
        let text = "县财政局、县税务局\n为稳定市场预期,制定本通知。\n";
        assert_eq!(run(text).1, Vec::<&str>::new());
    }
}
