//! News bylines: `本报讯（记者 李杰 通讯员 杨延娜）`, `本报讯(记者烟成群)`,
//! `本报讯 记者苟俊报道`, and byline lines: `新华社记者 林善传 摄`,
//! `□ 本报记者 夏先清 杨子佩`, `本报记者 吴昊 通讯员 吕华`, `□ 郑博`.
//!
//! Also, as the golden files decide: a bare `本报讯` opening a report
//! (outlet only, no names), and a closing credit on its own line
//! `(廖亮 陈娟)` (outlet null, the names as reporters; not a title's remark
//! such as `(试行)`, `policy_form_words.tsv`). A web page's
//! `来源:` line is not a byline, nor are `(作者系…)` notes.

use super::text::{is_space, lines, trim, ENUM_COMMA, FULL_STOP};
use crate::entity::Span;
use std::sync::LazyLock;

/// A news byline.
///
/// ```
/// let text = "本报讯（记者 李杰 通讯员 杨延娜）5月28日，会议表决通过。";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let b = &p.bylines[0];
/// assert_eq!(&text[b.span.range()], "本报讯（记者 李杰 通讯员 杨延娜）");
/// assert_eq!(&text[b.outlet.unwrap().range()], "本报");
/// assert_eq!(&text[b.reporters[0].range()], "李杰");
/// assert_eq!(&text[b.correspondents[0].range()], "杨延娜");
/// assert!(b.photographers.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Byline {
    /// The byline as written.
    pub span: Span,
    /// The outlet (`本报`, `新华社`), when named.
    pub outlet: Option<Span>,
    /// Reporters (记者).
    pub reporters: Vec<Span>,
    /// Correspondents (通讯员).
    pub correspondents: Vec<Span>,
    /// Photographers (摄, 摄影).
    pub photographers: Vec<Span>,
}

string_enum! {
    /// The second column of `policy_byline_roles.tsv`: the list a role word
    /// opens, or the part of a byline a word marks.
    enum Word {
        /// 记者.
        Reporters => "reporters",
        /// 通讯员.
        Correspondents => "correspondents",
        /// 摄影.
        Photographers => "photographers",
        /// 报道, closing the names.
        Closing => "closing",
        /// 摄 alone after names: they are photographers.
        Credit => "credit",
        /// 讯 after the outlet (本报讯).
        Dateline => "dateline",
    }
    error: crate::ErrorKind::InvalidData, "byline list"
}

/// The list a byline role word opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Reporter,
    Correspondent,
    Photographer,
}

impl Word {
    fn role(self) -> Option<Role> {
        match self {
            Word::Reporters => Some(Role::Reporter),
            Word::Correspondents => Some(Role::Correspondent),
            Word::Photographers => Some(Role::Photographer),
            Word::Closing | Word::Credit | Word::Dateline => None,
        }
    }
}

/// `policy_byline_roles.tsv`: word, list or mark.
fn role_table() -> crate::lexicon::Table<(&'static str, Word)> {
    crate::lexicon::Table::load(
        "policy_byline_roles.tsv",
        include_str!("../data/policy_byline_roles.tsv"),
        |r| Ok((r.word(0)?, r.get(1)?)),
    )
}

/// The role words, longest first.
static ROLES: LazyLock<Vec<(&'static str, Role)>> = LazyLock::new(|| {
    let mut v: Vec<_> = role_table()
        .items
        .into_iter()
        .filter_map(|(w, k)| Some((w, k.role()?)))
        .collect();
    v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    v
});

/// The words of a byline mark, in table order.
static MARKS: LazyLock<Vec<(&'static str, Word)>> = LazyLock::new(|| {
    role_table()
        .items
        .into_iter()
        .filter(|(_, k)| k.role().is_none())
        .collect()
});

fn marks(word: Word) -> impl Iterator<Item = &'static str> {
    MARKS
        .iter()
        .filter(move |(_, k)| *k == word)
        .map(|(w, _)| *w)
}

const MAX_LINE_CHARS: usize = 40;

fn is_name_char(c: char) -> bool {
    crate::chars::is_han(c) || c == '·' || c == '•'
}

/// A token that starts with a role word: (outlet length, role, role end).
/// `本报记者` → outlet `本报`; `新华社记者` → outlet `新华社`; `记者李杰` → name after.
fn role_in(token: &str) -> Option<(usize, Role, usize)> {
    // The role word may follow an outlet of up to six characters.
    for (off, _) in token.char_indices().take(7) {
        for (w, role) in ROLES.iter() {
            if token[off..].starts_with(w) {
                return Some((off, *role, off + w.len()));
            }
        }
    }
    None
}

struct Parsed {
    outlet: Option<Span>,
    reporters: Vec<Span>,
    correspondents: Vec<Span>,
    photographers: Vec<Span>,
}

/// Parses the tokens of `start..end` (names and role words); `None` when a
/// token is neither or no name is found.
fn parse_names(text: &str, start: usize, end: usize, default: Option<Role>) -> Option<Parsed> {
    let mut p = Parsed {
        outlet: None,
        reporters: Vec::new(),
        correspondents: Vec::new(),
        photographers: Vec::new(),
    };
    let mut role = default;
    let mut group: Vec<Span> = Vec::new();
    let mut groups: Vec<(Option<Role>, Vec<Span>)> = Vec::new();
    let mut photo = false;
    let s = &text[start..end];
    let mut at = 0;
    for token in s.split(|c: char| is_space(c) || c == ENUM_COMMA) {
        let tok_start = start + at;
        at += token.len()
            + s[at + token.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        if token.is_empty() {
            continue;
        }
        let mut name = token;
        let mut name_start = tok_start;
        if let Some((off, r, role_end)) = role_in(token) {
            if off > 0 {
                if p.outlet.is_some() || !token[..off].chars().all(is_name_char) {
                    return None;
                }
                p.outlet = Some(Span::new(tok_start, tok_start + off));
            }
            groups.push((role, std::mem::take(&mut group)));
            role = Some(r);
            name = &token[role_end..];
            name_start = tok_start + role_end;
        }
        if let Some(n) = marks(Word::Closing).find_map(|w| name.strip_suffix(w)) {
            name = n;
        }
        if marks(Word::Credit).any(|w| name == w) {
            photo = true;
            continue;
        }
        if name.is_empty() {
            continue;
        }
        let n = name.chars().count();
        if !(2..=4).contains(&n) || !name.chars().all(is_name_char) {
            return None;
        }
        group.push(Span::new(name_start, name_start + name.len()));
    }
    groups.push((role, group));
    let last = groups.len() - 1;
    for (i, (r, names)) in groups.into_iter().enumerate() {
        let r = if photo && i == last {
            Some(Role::Photographer)
        } else {
            r
        };
        match r {
            Some(Role::Reporter) => p.reporters.extend(names),
            Some(Role::Correspondent) => p.correspondents.extend(names),
            Some(Role::Photographer) => p.photographers.extend(names),
            None if names.is_empty() => {}
            None => return None,
        }
    }
    (!p.reporters.is_empty() || !p.correspondents.is_empty() || !p.photographers.is_empty())
        .then_some(p)
}

fn byline(span: Span, outlet: Option<Span>, p: Parsed) -> Byline {
    Byline {
        span,
        outlet: p.outlet.or(outlet),
        reporters: p.reporters,
        correspondents: p.correspondents,
        photographers: p.photographers,
    }
}

/// `X讯（…）`, `X讯(…)` or `X讯 记者某某报道` at `s..e` (a trimmed line).
fn inline(text: &str, s: usize, e: usize) -> Option<Byline> {
    let line = &text[s..e];
    let (xun, dateline) = line
        .char_indices()
        .take(8)
        .find_map(|(i, _)| Some((i, marks(Word::Dateline).find(|w| line[i..].starts_with(w))?)))?;
    let outlet = &line[..xun];
    if outlet.chars().count() < 2 || !outlet.chars().all(is_name_char) {
        return None;
    }
    let after = xun + dateline.len();
    let rest = &line[after..];
    let trimmed = rest.trim_start_matches(is_space);
    let body_at = after + (rest.len() - trimmed.len());
    let outlet_span = Some(Span::new(s, s + xun));
    if let Some(open) = trimmed
        .chars()
        .next()
        .filter(|&c| crate::chars::is_open_paren(c))
    {
        let inner_start = body_at + open.len_utf8();
        let close = line[inner_start..]
            .char_indices()
            .take(40)
            .find(|&(_, c)| crate::chars::is_close_paren(c))?;
        let inner_end = inner_start + close.0;
        let p = parse_names(text, s + inner_start, s + inner_end, Some(Role::Reporter))?;
        return Some(byline(
            Span::new(s, s + inner_end + close.1.len_utf8()),
            outlet_span,
            p,
        ));
    }
    // 本报讯 记者苟俊报道
    if body_at == after && !trimmed.is_empty() {
        return None; // 本报讯息…: not the dateline word
    }
    let named = marks(Word::Closing)
        .find_map(|w| trimmed.find(w).map(|i| i + w.len()))
        .filter(|&end_rel| trimmed[..end_rel].chars().count() <= 20)
        .and_then(|end_rel| {
            let p = parse_names(text, s + body_at, s + body_at + end_rel, None)?;
            Some(byline(Span::new(s, s + body_at + end_rel), outlet_span, p))
        });
    // A bare 本报讯 opening the report.
    named.or_else(|| {
        Some(Byline {
            span: Span::new(s, s + after),
            outlet: outlet_span,
            reporters: Vec::new(),
            correspondents: Vec::new(),
            photographers: Vec::new(),
        })
    })
}

/// A closing credit alone on its line: `(廖亮 陈娟)`.
fn credit(text: &str, s: usize, e: usize) -> Option<Byline> {
    let line = &text[s..e];
    let open = line
        .chars()
        .next()
        .filter(|&c| crate::chars::is_open_paren(c))?;
    let close = line
        .chars()
        .next_back()
        .filter(|&c| crate::chars::is_close_paren(c))?;
    let (is, ie) = (s + open.len_utf8(), e - close.len_utf8());
    // `(试行)` under a title is the title's remark, no names.
    if is >= ie
        || super::form::is_title_remark(text[is..ie].trim_matches(is_space))
        || text[is..ie]
            .chars()
            .any(|c| digit_like(c) || crate::lexicon::has_char(crate::lexicon::List::BylineStop, c))
    {
        return None;
    }
    // Personal names of two or three characters, not caption words.
    let names = text[is..ie].split(|c: char| is_space(c) || c == ENUM_COMMA);
    if names
        .filter(|n| !n.is_empty())
        .any(|n| !(2..=3).contains(&n.chars().count()) || NOT_NAMES.contains(&n))
    {
        return None;
    }
    let p = parse_names(text, is, ie, Some(Role::Reporter))?;
    Some(byline(Span::new(s, e), None, p))
}

/// Words in brackets on their own line that are captions, not credits
/// (`data/policy_byline_captions.tsv`).
static NOT_NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| captions().items);

fn captions() -> crate::lexicon::Table<&'static str> {
    crate::lexicon::words(
        "policy_byline_captions.tsv",
        include_str!("../data/policy_byline_captions.tsv"),
    )
}

fn digit_like(c: char) -> bool {
    c.is_ascii_digit() || super::text::digit(c).is_some()
}

/// A whole line that is a byline.
fn whole_line(text: &str, s: usize, e: usize) -> Option<Byline> {
    let line = &text[s..e];
    if line.chars().count() > MAX_LINE_CHARS
        || line.contains(|c| {
            c == FULL_STOP
                || crate::lexicon::has_char(crate::lexicon::List::Comma, c)
                || crate::lexicon::has_char(crate::lexicon::List::Colon, c)
                || crate::chars::is_open_paren(c)
        })
    {
        return None;
    }
    let boxed = line.starts_with(['□', '■']);
    let body = if boxed {
        s + line.chars().next().map_or(0, char::len_utf8)
    } else {
        s
    };
    let first = text[body..e].split(is_space).find(|t| !t.is_empty())?;
    if !boxed && role_in(first).is_none() {
        return None;
    }
    let p = parse_names(text, body, e, boxed.then_some(Role::Reporter))?;
    Some(byline(Span::new(s, e), None, p))
}

/// Every byline, in text order.
pub(crate) fn find(text: &str) -> Vec<Byline> {
    let mut out = Vec::new();
    for line in lines(text) {
        let (s, e) = trim(text, line.start, line.end);
        if s == e {
            continue;
        }
        if let Some(b) = inline(text, s, e)
            .or_else(|| whole_line(text, s, e))
            .or_else(|| credit(text, s, e))
        {
            out.push(b);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caption_table_parses_without_duplicates_and_each_caption_is_no_byline() {
        let t = captions();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        let mut seen = std::collections::HashSet::new();
        for w in t.items {
            assert!(seen.insert(w), "duplicate {w}");
            let text = format!("正文。\n（{w}）\n");
            assert!(find(&text).is_empty(), "{text}");
            let text = format!("正文。\n（廖亮 {w}）\n");
            assert!(find(&text).is_empty(), "{text}");
        }
        assert_eq!(find("正文。\n（廖亮 陈娟）\n").len(), 1);
        // A title's remark under the title is no credit.
        assert!(find("某某管理办法\n（暂行）\n正文。\n").is_empty());
        assert!(find("某某规划\n(征求意见稿)\n").is_empty());
    }

    fn show(text: &str) -> Vec<String> {
        find(text)
            .iter()
            .map(|b| {
                let j = |v: &Vec<Span>| {
                    v.iter()
                        .map(|s| &text[s.range()])
                        .collect::<Vec<_>>()
                        .join("+")
                };
                format!(
                    "{}|{}|{}|{}|{}",
                    &text[b.span.range()],
                    b.outlet.map_or("", |o| &text[o.range()]),
                    j(&b.reporters),
                    j(&b.correspondents),
                    j(&b.photographers)
                )
            })
            .collect()
    }

    #[test]
    fn table_parses_without_duplicates() {
        let mut seen = std::collections::HashSet::new();
        let errors: Vec<String> = role_table().errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors, Vec::<String>::new());
        assert!(ROLES.len() >= 8);
        for word in [Word::Closing, Word::Credit, Word::Dateline] {
            assert!(marks(word).next().is_some(), "{word:?}");
        }
        for (w, role) in ROLES.iter() {
            assert!(seen.insert(*w), "duplicate {w}");
            assert_eq!(
                role_in(&format!("{w}张三")).map(|r| r.1),
                Some(*role),
                "{w}"
            );
        }
    }

    #[test]
    fn forms() {
        let text = "本报讯（记者 李杰 通讯员 杨延娜）5月28日，会议通过。\n本报讯(记者烟成群)近日\n本报讯 记者苟俊报道 今年以来，\n新华社记者 林善传 摄\n□ 本报记者 夏先清 杨子佩\n本报记者 吴昊 通讯员 吕华\n□ 郑博\n";
        assert_eq!(
            show(text),
            [
                "本报讯（记者 李杰 通讯员 杨延娜）|本报|李杰|杨延娜|",
                "本报讯(记者烟成群)|本报|烟成群||",
                "本报讯 记者苟俊报道|本报|苟俊||",
                "新华社记者 林善传 摄|新华社|||林善传",
                "□ 本报记者 夏先清 杨子佩|本报|夏先清+杨子佩||",
                "本报记者 吴昊 通讯员 吕华|本报|吴昊|吕华|",
                "□ 郑博||郑博||",
            ]
        );
        assert_eq!(
            show("本报讯 近日，湖北省通报。\n(廖亮 陈娟)\n"),
            ["本报讯|本报|||", "(廖亮 陈娟)||廖亮+陈娟||"]
        );
    }

    #[test]
    fn not_bylines() {
        let text = "来源:高新院 achie.org 日期:2024-06-06 点击:\n(此件公开发布)\n(资料图片)\n(图片)\n(作者系漯河市工作专班成员)\n(一期)\n通讯员队伍建设加强了\n记者会上，他说。\n";
        assert!(show(text).is_empty(), "{:?}", show(text));
    }
}
