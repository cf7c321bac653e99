//! The document's form (文种, SPEC 2.1): the longest type word its heading
//! ends with, from SPEC 2's type words (`data/policy_doc_types.tsv`) and the
//! forms of `data/policy_forms.tsv` (指导意见, 通报, 批复, 函 …). A
//! 印发/转发 notice is a `通知`, and its `attachment_form` is the form of what
//! it issues: the 《》 title in its heading, else the words between
//! 印发/转发 and 的通知.

use super::text::is_space;
use super::title::Title;
use crate::entity::Span;
use crate::lexicon::RoleWords;
use std::sync::LazyLock;

static FORMS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&'static str> = crate::lexicon::words(
        "policy_doc_types.tsv",
        include_str!("../data/policy_doc_types.tsv"),
    )
    .items
    .into_iter()
    .chain(form_table().items)
    .chain(own_form_table().items)
    .collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    v.dedup();
    v
});

/// `data/policy_forms_own.tsv`: forms a heading may end with that are never
/// the form of a document a notice issues or forwards (请示: SPEC 2.1 does
/// not list them).
static OWN_FORMS: LazyLock<Vec<&'static str>> = LazyLock::new(|| own_form_table().items);

fn own_form_table() -> crate::lexicon::Table<&'static str> {
    crate::lexicon::words(
        "policy_forms_own.tsv",
        include_str!("../data/policy_forms_own.tsv"),
    )
}

/// The form of an issued or forwarded document: [`first_form`], unless it
/// is one of the heading-only forms.
fn issued_form(name: &str) -> Option<&'static str> {
    first_form(name).filter(|f| !OWN_FORMS.contains(f))
}

fn form_table() -> crate::lexicon::Table<&'static str> {
    crate::lexicon::words("policy_forms.tsv", include_str!("../data/policy_forms.tsv"))
}

string_enum! {
    /// The role of a row of `policy_form_words.tsv` (its header explains each).
    enum Role {
        /// 关于.
        About => "about",
        /// 印发, 转发.
        Issue => "issue",
        /// 通知.
        Notice => "notice",
        /// 令 (an order publishing a regulation).
        Order => "order",
        /// 的通知.
        NoticeEnd => "notice_end",
        /// 的 before the form word of the first of two issued documents.
        Of => "of",
        /// 试行, 修订, 暂行.
        Remark => "remark",
    }
    error: crate::ErrorKind::InvalidData, "form word role"
}

/// `data/policy_form_words.tsv`: word, role.
fn words_table() -> crate::lexicon::Table<(&'static str, Role)> {
    crate::lexicon::word_roles(
        "policy_form_words.tsv",
        include_str!("../data/policy_form_words.tsv"),
    )
}

static WORDS: LazyLock<RoleWords<Role>> =
    LazyLock::new(|| RoleWords::new(words_table().items, false));

fn words(role: Role) -> impl Iterator<Item = &'static str> {
    WORDS.of(role)
}

/// `name` without a trailing bracket of years or of a remark
/// (`data/policy_form_words.tsv`: （试行）, （修订）, （征求意见稿） …).
fn strip_bracket(name: &str) -> &str {
    let name = name.trim_end_matches(is_space);
    let Some(body) = name.strip_suffix(crate::chars::is_close_paren) else {
        return name;
    };
    let Some(open) = body.rfind(crate::chars::is_open_paren) else {
        return name;
    };
    let inner = &body[open..];
    let dated = inner.chars().any(|c| c.is_ascii_digit());
    if dated || words(Role::Remark).any(|w| inner.contains(w)) {
        name[..open].trim_end_matches(is_space)
    } else {
        name
    }
}

/// True when `inner`, the text of a bracket, is a remark of a title
/// (`data/policy_form_words.tsv`: 试行, 修订, 征求意见稿 …).
pub(crate) fn is_title_remark(inner: &str) -> bool {
    words(Role::Remark).any(|w| inner == w)
}

/// The form of a notice (通知), the kind of a 印发 notice stored without
/// its heading.
pub(crate) fn notice_form() -> Option<&'static str> {
    words(Role::Notice).next()
}

/// The longest form word `name` ends with (after a trailing bracket of
/// years or 试行).
pub(crate) fn form_of(name: &str) -> Option<&'static str> {
    let core = strip_bracket(name);
    FORMS.iter().copied().find(|w| core.ends_with(w))
}

/// The heading read whole: its lines joined, and, when it stops at 关于 (a
/// title broken by a blank line: `某部等5部门关于` / `加强某某的指导意见`),
/// the next non-empty line as well.
pub(crate) fn heading_line(text: &str, heading: Span) -> String {
    let joined = super::heading::joined(&text[heading.range()]);
    let mut line = without_trailer(&unwrapped(&joined)).to_string();
    if words(Role::About).any(|w| line.ends_with(w)) {
        let next = text[heading.end..]
            .split('\n')
            .map(|l| l.trim_matches(is_space))
            .find(|l| !l.is_empty());
        if let Some(next) = next.filter(|l| form_of(l).is_some()) {
            line.push_str(next);
        }
    }
    line
}

/// The name inside a heading that is one 《》 title as a whole (a page that
/// quotes the notice it carries: `《某市人民政府关于印发某某办法的通知》`),
/// else the heading.
fn unwrapped(line: &str) -> String {
    let trimmed = line.trim_matches(is_space);
    let (titles, _) = super::title::find(trimmed);
    match titles.as_slice() {
        [t] if t.span.start == 0 && t.span.end == trimmed.len() => t.name.clone(),
        _ => line.to_string(),
    }
}

/// `line` without what a page glues after a title's form word: a run of
/// ASCII (a date `2023-05-06`, a file's extension `.pdf`, Markdown `**`), a
/// bracket (`【字体：大 中 小】`, `（国发〔2023〕5号）`), or a document number
/// ([`without_glued_number`]). Cut only where the rest then ends with a form.
fn without_trailer(line: &str) -> &str {
    let line = line.trim_end_matches(is_space);
    if form_of(line).is_some() {
        return line;
    }
    let ascii = line.trim_end_matches(|c: char| c.is_ascii() || is_space(c));
    if ascii.len() < line.len() && form_of(ascii).is_some() {
        return ascii;
    }
    if line.ends_with(super::text::is_close) {
        let mut depth = 0usize;
        for (i, c) in line.char_indices().rev() {
            if super::text::is_close(c) {
                depth += 1;
            } else if super::text::is_open(c) {
                depth -= 1;
                if depth == 0 {
                    let head = line[..i].trim_end_matches(is_space);
                    if form_of(head).is_some() {
                        return head;
                    }
                    break;
                }
            }
        }
    }
    without_glued_number(line)
}

/// `line` without a document number glued to its end, with or without a
/// space (`…的通知某政发〔2023〕5号`, `…的通知 某政发〔2023〕5号`, a 公告's
/// `…公告2023年第5号`). Where the number's prefix swallowed the form word
/// (`通知某政发`), the form word is given back: the rightmost one that leaves
/// a prefix of two characters or more (`…的批复国函〔2023〕5号` → `…的批复`),
/// else the whole run (`…的通知〔2023〕5号`). A line that ends with a form
/// after the cut keeps its number otherwise.
fn without_glued_number(line: &str) -> &str {
    let line = line.trim_end_matches(is_space);
    let ends_with_form = |s: &str| form_of(s).is_some();
    // A 公告's number: the form word, then digits in two groups, the first
    // a year, with at most three other characters (`公告2023年第5号`).
    let announcement = line
        .char_indices()
        .map(|(i, _)| i)
        .rev()
        .find(|&i| i > 0 && ends_with_form(&line[..i]) && is_year_serial(&line[i..]));
    if let Some(i) = announcement {
        return line[..i].trim_end_matches(is_space);
    }
    let Some(number) = super::doc_number::find(line)
        .pop()
        .filter(|d| d.span.end == line.len())
    else {
        return line;
    };
    let head = line[..number.span.start].trim_end_matches(is_space);
    if ends_with_form(head) {
        return head;
    }
    let prefix = &line[number.prefix.range()];
    let cut = prefix
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| i > 0 && prefix[i..].chars().count() >= 2)
        .map(|i| number.prefix.start + i)
        .rev()
        .find(|&i| ends_with_form(&line[..i]))
        .or(Some(number.prefix.end).filter(|&i| ends_with_form(&line[..i])));
    cut.map_or(line, |i| &line[..i])
}

/// True when `s` (spaces aside) is a year of four ASCII digits and a serial,
/// with at most three other characters, ending with one (`2023年第5号`).
fn is_year_serial(s: &str) -> bool {
    let s = s.trim_start_matches(is_space);
    let groups: Vec<&str> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    let others = s.chars().filter(|c| !c.is_ascii_digit()).count();
    s.starts_with(|c: char| c.is_ascii_digit())
        && s.ends_with(|c: char| !c.is_ascii_digit() && !is_space(c))
        && groups.len() == 2
        && groups[0].len() == 4
        && others <= 3
}

/// The longest form word `s` starts with when `before` ends with the
/// particle of a title's form (`…的` / `通知某政发`): a document number glued
/// to a title has swallowed it.
pub(crate) fn form_after_of(before: &str, s: &str) -> Option<&'static str> {
    if !words(Role::Of).any(|w| before.ends_with(w)) {
        return None;
    }
    FORMS.iter().copied().find(|w| s.starts_with(w))
}

/// The form of the first document a list of issued documents names
/// (`实施意见和行动计划` → `实施意见`: a notice issuing two documents takes
/// the first), else of the whole name.
/// The first's form word must follow 的 (`…的实施意见和…`), so that a
/// subject joined by 和 (`加强规划和建设管理的意见`) is not cut.
/// Or the second name opens as the whole does, each document named in full
/// (`奉节县…交易会工作方案和奉节县…交易会购房补贴方案` → `工作方案`).
fn first_form(name: &str) -> Option<&'static str> {
    name.char_indices()
        .filter(|&(_, c)| super::text::is_conjunction(c) || c == super::text::ENUM_COMMA)
        .find_map(|(i, c)| {
            let head = &name[..i];
            let next = &name[i + c.len_utf8()..];
            form_of(head).filter(|f| {
                strip_bracket(head).strip_suffix(f).is_some_and(|before| {
                    words(Role::Of).any(|w| before.ends_with(w))
                        || (form_of(next).is_some() && opens_alike(name, next))
                })
            })
        })
        .or_else(|| form_of(name))
}

/// The Han characters two names must open with alike to be read as two
/// documents named in full (a place: 奉节县).
const SHARED_OPENING_CHARS: usize = 3;

/// True when `a` and `b` open with the same Han characters.
fn opens_alike(a: &str, b: &str) -> bool {
    let mut a = a.chars();
    let mut b = b.chars();
    (0..SHARED_OPENING_CHARS).all(|_| match (a.next(), b.next()) {
        (Some(x), Some(y)) => x == y && crate::chars::is_han(x),
        _ => false,
    })
}

/// True when `tail`, the heading after a 《》 title its verb of issuing
/// governs, goes on with more of the issued name before the closing 的通知
/// (`印发省《政府工作报告》重点任务分工方案的通知`, `印发2016年《政府工作报告》
/// 量化指标任务分工的通知`): the title is then a word of that name, neither
/// the document issued nor the giver of its form. Not a list going on (和,
/// 、), nor a 的 of the notice's own kind (`《某办法》的补充通知`).
pub(crate) fn name_goes_on(tail: &str) -> bool {
    let tail: String = tail.chars().filter(|c| !c.is_whitespace()).collect();
    // (Without a remark after the notice: `…的通知（2023年修订）`.)
    let tail = strip_bracket(&tail);
    let tail = words(Role::NoticeEnd)
        .find_map(|w| tail.strip_suffix(w))
        .unwrap_or(tail);
    tail.starts_with(super::text::is_han_script)
        && !tail.starts_with(super::text::is_conjunction)
        && !words(Role::Of).any(|w| tail.starts_with(w))
}

/// True when `tail` closes a notice's heading (`…的通知`, a remark bracket
/// after it aside).
pub(crate) fn closes_notice(tail: &str) -> bool {
    let tail: String = tail.chars().filter(|c| !c.is_whitespace()).collect();
    let tail = strip_bracket(&tail);
    words(Role::NoticeEnd).any(|w| tail.ends_with(w))
}

/// A headline naming an issuing body, a verb of issuing and the 《》 title
/// it issues, which closes the line (`省政府办公厅印发《关于…的若干措施》`):
/// the body before the verb (it ends as a body's name does, 厅 局 委 …) and
/// the title's name. The title first (`《某方案》印发：…`) is a news line.
pub(crate) fn headline_issue(line: &str) -> Option<(&str, &str)> {
    use crate::chars::{TITLE_CLOSE, TITLE_OPEN};
    let line = line.trim_matches(is_space);
    let body = line.strip_suffix(TITLE_CLOSE)?;
    let open = body.rfind(TITLE_OPEN)?;
    let name = &body[open + TITLE_OPEN.len_utf8()..];
    if name.contains([TITLE_OPEN, TITLE_CLOSE]) {
        return None;
    }
    let head = body[..open].trim_end_matches(is_space);
    let issuer = words(Role::Issue).find_map(|v| head.strip_suffix(v))?;
    let issuer = issuer.trim_end_matches(is_space);
    (super::level::ends_as_body(issuer) && !issuer.contains(TITLE_OPEN)).then_some((issuer, name))
}

/// True when `s` opens with the end of a notice's heading (`的通知`).
pub(crate) fn opens_notice_end(s: &str) -> bool {
    words(Role::NoticeEnd).any(|w| s.starts_with(w))
}

/// True when `line`, a text's first line, is the heading of a notice that
/// issues or forwards a document (`某县人民政府印发关于…若干政策的通知`): a
/// verb of issuing, and the heading closed by 的通知.
pub(crate) fn issues_document(line: &str) -> bool {
    words(Role::Issue).any(|w| line.contains(w)) && closes_notice(line)
}

/// The heading's form and, for a 印发/转发 notice, the form of the document
/// it issues. `issued` is the document the signed text itself issues (the
/// 《》 title it 印发s or an order 公布s, or the attachment's title after the
/// signature): without a heading such a text is a 印发 notice whose stored
/// copy starts at its recipients (`form` 通知), and an order (令) takes the
/// form of what it publishes as `attachment_form`.
pub(crate) fn find(
    text: &str,
    heading: Option<Span>,
    titles: &[Title],
    issued: Option<&str>,
) -> (Option<&'static str>, Option<&'static str>) {
    let Some(h) = heading else {
        return match issued {
            Some(name) => (words(Role::Notice).next(), issued_form(name)),
            None => (None, None),
        };
    };
    let raw = &text[h.range()];
    // A title wrapped over lines is read joined.
    let line = heading_line(text, h);
    let form = form_of(&line);
    if words(Role::Order).any(|w| form == Some(w)) {
        return (form, issued.and_then(form_of));
    }
    if form.is_none() {
        // `省政府办公厅印发《…若干措施》`: a headline of the notice that
        // issues the title, as `…办公厅印发关于…的通知`.
        if let Some((_, name)) = headline_issue(&line) {
            if let Some(f) = issued_form(name) {
                return (words(Role::Notice).next(), Some(f));
            }
        }
    }
    if !words(Role::Notice).any(|w| form == Some(w)) {
        return (form, None);
    }
    // The first verb of issuing in the heading, and the text after it.
    let first = |s: &str| {
        words(Role::Issue)
            .filter_map(|v| s.find(v).map(|i| (i, i + v.len())))
            .min()
    };
    let Some((_, verb_end)) = first(&line) else {
        // No verb: a heading cut before its 关于印发 that opens with the
        // title the text issues (`《某某计划》的通知`) issues that title.
        let opens_with_issued = issued.filter(|name| {
            titles.iter().any(|t| {
                t.name == *name
                    && t.span.start >= h.start
                    && t.span.end <= h.end
                    && text[h.start..t.span.start]
                        .trim_matches(is_space)
                        .is_empty()
            })
        });
        return (form, opens_with_issued.and_then(issued_form));
    };
    let after = h.start + first(raw).map_or(0, |(i, _)| i);
    // The first 《》 title after the verb inside the heading, unless the
    // name goes on after it to a form of its own (`印发省《政府工作报告》
    // 重点任务分工方案的通知`: the title is a word of the name, a 方案).
    // A title is listed once, at its first mention: a heading stored twice
    // holds it again, found by its text.
    let issued = titles
        .iter()
        .find_map(|t| {
            if t.span.start >= after && t.span.end <= h.end {
                return Some((t, t.span.end));
            }
            let own = &text[t.span.range()];
            text[after..h.end]
                .find(own)
                .map(|i| (t, after + i + own.len()))
        })
        .filter(|&(_, end)| !name_goes_on(&text[end..h.end]))
        .map(|(t, _)| t.name.as_str());
    let attachment = match issued {
        Some(name) => form_of(name).filter(|f| !OWN_FORMS.contains(f)),
        None => {
            // Without a remark after the notice (`…的通知（征求意见稿）`).
            let rest = strip_bracket(&line[verb_end..]);
            let rest = words(Role::NoticeEnd)
                .find_map(|w| rest.strip_suffix(w))
                .unwrap_or(rest);
            issued_form(rest)
        }
    };
    (form, attachment)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(heading: &str) -> (Option<&'static str>, Option<&'static str>) {
        let (titles, _) = super::super::title::find(heading);
        find(heading, Some(Span::new(0, heading.len())), &titles, None)
    }

    #[test]
    fn a_wrapped_notice_heading_is_read_joined() {
        let text =
            "国务院办公厅关于印发国家组织药品\n集中采购和使用试点方案的通知\n国办发〔2019〕2号\n";
        let p = crate::policy::parse(text, &crate::Config::default());
        assert_eq!((p.form, p.attachment_form), (Some("通知"), Some("方案")));
    }

    #[test]
    fn a_headline_of_a_body_issuing_a_title_is_a_notice() {
        let text = "省政府办公厅印发\n\n《关于做好2025年一季度全省经济工作实现“开门红”的若干措施》\n\n近日,省政府办公厅印发了《关于做好2025年一季度全省经济工作实现“开门红”的若干措施》,文件主要内容如下。\n\n一、支持企业项目生产建设\n";
        let p = crate::policy::parse(text, &crate::Config::default());
        assert_eq!(
            (p.form, p.attachment_form, p.level),
            (
                Some("通知"),
                Some("若干措施"),
                Some(crate::policy::Level::Provincial)
            )
        );
        // The title first is a news line; a verb after no body gives nothing.
        assert_eq!(
            forms("《推动川南渝西地区融合发展总体方案》印发:到2025年地区生产总值达到2万亿元左右"),
            (None, None)
        );
        assert_eq!(forms("近日印发《某市促进消费若干措施》"), (None, None));
        assert_eq!(
            headline_issue("省政府办公厅印发《某若干措施》"),
            Some(("省政府办公厅", "某若干措施"))
        );
    }

    #[test]
    fn two_documents_named_in_full_give_the_first_form() {
        assert_eq!(
            forms("奉节县人民政府办公室关于印发奉节县第八届房地产展示交易会工作方案和奉节县第八届房地产展示交易会购房补贴方案的通知"),
            (Some("通知"), Some("工作方案"))
        );
        // A subject joined by 和 is not cut at a form word inside it.
        assert_eq!(
            forms("某市人民政府关于印发加强城市规划和城市建设管理实施方案的通知"),
            (Some("通知"), Some("实施方案"))
        );
    }

    #[test]
    fn a_title_inside_the_issued_name_gives_no_form() {
        // The quoted 报告 is a word of the name; the name is a 方案.
        assert_eq!(
            forms("某省人民政府关于印发2024年\n\n省《政府工作报告》重点工作\n\n责任分工方案的通知"),
            (Some("通知"), Some("方案"))
        );
        // A name going on to no form word after the title is of no form:
        // what is issued is the 分工, not the 报告.
        assert_eq!(
            forms("国务院办公厅关于印发2016年《政府工作报告》量化指标任务分工的通知"),
            (Some("通知"), None)
        );
        // A title that is the whole name gives its form, two titles the first's.
        assert_eq!(
            forms("某市人民政府关于印发《某市促进消费若干措施》的通知"),
            (Some("通知"), Some("若干措施"))
        );
        assert_eq!(
            forms("某市人民政府关于印发《某市甲行动方案》和《某市乙实施细则》的通知"),
            (Some("通知"), Some("行动方案"))
        );
    }

    #[test]
    fn a_headless_issuing_notice_and_an_order() {
        // A notice stored from its recipients on, issuing a 办法 by 印发.
        let text = "各县人民政府：\n《某市房票安置实施办法（暂行）》已经市政府同意，现印发给你们，请认真贯彻落实。\n某市人民政府办公室\n2024年5月7日\n某市房票安置实施办法（暂行）\n第一条　为规范安置，制定本办法。\n";
        let p = crate::policy::parse(text, &crate::Config::default());
        assert_eq!(p.heading, None);
        assert_eq!((p.form, p.attachment_form), (Some("通知"), Some("办法")));
        // Unsigned, the 印发 line right under the recipients says the same.
        let text = "各镇人民政府：\n\n《某县购房补助实施方案》已经县政府同意，现印发给你们，请遵照执行。\n\n一、补助对象\n在本县购买新建住房的个人。\n";
        let p = crate::policy::parse(text, &crate::Config::default());
        assert_eq!(p.issuer, None);
        assert_eq!(
            (p.form, p.attachment_form),
            (Some("通知"), Some("实施方案"))
        );
        // Without 印发 it stays without a form.
        let text = "各县人民政府：\n根据《某市房票安置实施办法》，现就有关事项通知如下。\n某市人民政府办公室\n2024年5月7日\n";
        let p = crate::policy::parse(text, &crate::Config::default());
        assert_eq!((p.form, p.attachment_form), (None, None));
        // An order publishing a regulation, the title named twice in its sentence.
        let text = "中华人民共和国国务院令\n第706号\n《某某条例》已经国务院常务会议修订通过，现将修订后的《某某条例》公布，自2019年3月1日起施行。\n总理　　某某某\n2018年11月6日\n某某条例\n第一条　为了规范某某，制定本条例。\n";
        let p = crate::policy::parse(text, &crate::Config::default());
        assert_eq!((p.form, p.attachment_form), (Some("令"), Some("条例")));
        assert_eq!(p.references[0].relation, crate::policy::Relation::Issues);
    }

    #[test]
    fn a_heading_cut_before_its_verb_issues_the_title_it_opens_with() {
        let text = "《某市数字经济三年行动计划(2024—2026年)》的通知\n各县(市)、区人民政府,市人民政府有关部门:\n《某市数字经济三年行动计划(2024—2026年)》已经市政府常务会议研究通过,现印发给你们,请认真贯彻落实。\n某市人民政府\n2024年3月5日\n某市数字经济三年行动计划(2024—2026年)\n一、总体要求\n";
        assert_eq!(
            profile(text),
            (
                Some("《某市数字经济三年行动计划(2024—2026年)》的通知".to_string()),
                Some("通知"),
                Some("计划"),
                vec!["各县(市)、区人民政府,市人民政府有关部门"]
            )
        );
    }

    /// The heading, form, attachment form and recipients of `text`.
    fn profile(
        text: &str,
    ) -> (
        Option<String>,
        Option<&'static str>,
        Option<&'static str>,
        Vec<&str>,
    ) {
        let p = crate::policy::parse(text, &crate::Config::default());
        (
            p.heading.map(|h| crate::policy::joined(&text[h.range()])),
            p.form,
            p.attachment_form,
            p.recipients.iter().map(|r| &text[r.range()]).collect(),
        )
    }

    #[test]
    fn a_title_under_its_recipients() {
        // Recipients over two lines, then the notice's title, then its text.
        let text = "各县（市、区）人民政府，\n市政府各部门、各直属机构：\n某市人民政府办公室关于进一步做好稳就业工作的通知\n为贯彻落实省政府稳就业决策部署，经市政府同意，现就有关事项通知如下：\n一、加大资金支持。对吸纳就业困难人员的企业给予每人1000元补助。\n二、强化培训。开展职业技能培训。\n某市人民政府办公室\n2024年3月8日\n";
        assert_eq!(
            profile(text),
            (
                Some("某市人民政府办公室关于进一步做好稳就业工作的通知".to_string()),
                Some("通知"),
                None,
                vec!["各县（市、区）人民政府", "市政府各部门、各直属机构"]
            )
        );
        // An issuing notice's title wrapped over two lines under them.
        let text = "各乡镇人民政府，县直各单位：\n某县人民政府办公室关于印发某县支持\n个体工商户发展若干措施的通知\n现将《某县支持个体工商户发展若干措施》印发给你们，请认真贯彻执行。\n某县人民政府办公室\n2024年6月3日\n某县支持个体工商户发展若干措施\n一、减轻税费负担。落实小规模纳税人增值税减免政策。\n";
        assert_eq!(
            profile(text),
            (
                Some("某县人民政府办公室关于印发某县支持个体工商户发展若干措施的通知".to_string()),
                Some("通知"),
                Some("若干措施"),
                vec!["各乡镇人民政府，县直各单位"]
            )
        );
        // A repost's 原标题 label, then the recipients.
        let text = "原标题：关于做好2024年高校毕业生就业创业工作的通知\n各市（州）人力资源社会保障局：\n为促进高校毕业生就业，现就有关事项通知如下：\n一、拓宽就业渠道。\n";
        assert_eq!(
            profile(text),
            (
                Some("关于做好2024年高校毕业生就业创业工作的通知".to_string()),
                Some("通知"),
                None,
                vec!["各市（州）人力资源社会保障局"]
            )
        );
        // A covering note under the recipients is no title: the copy has
        // no heading and issues the 办法 after its signature.
        let text = "各县人民政府：\n《某市房票安置实施办法（暂行）》已经市政府同意，现印发给你们，请认真贯彻落实。\n某市人民政府办公室\n2024年5月7日\n某市房票安置实施办法（暂行）\n第一条　为规范安置，制定本办法。\n";
        assert_eq!(
            profile(text),
            (None, Some("通知"), Some("办法"), vec!["各县人民政府"])
        );
    }

    #[test]
    fn two_issued_documents_take_the_first_form() {
        assert_eq!(
            forms("某省人民政府办公厅印发关于促进消费的实施意见和行动计划的通知"),
            (Some("通知"), Some("实施意见"))
        );
        // A subject joined by 和 is not cut.
        assert_eq!(
            forms("某市人民政府关于印发加强规划和建设管理的意见的通知"),
            (Some("通知"), Some("意见"))
        );
    }

    #[test]
    fn a_letter_spaced_heading() {
        let text =
            "国务院关于某某挂钩奖售粮\n几 个 问 题 的 通 知\n国发〔1981〕88号\n各省人民政府：\n";
        let p = crate::policy::parse(text, &crate::Config::default());
        let h = p.heading.unwrap();
        assert_eq!(
            crate::policy::joined(&text[h.range()]),
            "国务院关于某某挂钩奖售粮几个问题的通知"
        );
        assert_eq!((p.form, p.attachment_form), (Some("通知"), None));
        // Two names apart stay apart.
        assert_eq!(
            crate::policy::joined("中共中央办公厅 国务院办公厅"),
            "中共中央办公厅 国务院办公厅"
        );
    }

    #[test]
    fn longest_form_word() {
        assert_eq!(form_of("关于加快发展的指导意见"), Some("指导意见"));
        assert_eq!(form_of("关于加快发展的实施意见"), Some("实施意见"));
        assert_eq!(form_of("某市行动方案（2025—2027年）"), Some("行动方案"));
        assert_eq!(form_of("某某办法（试行）"), Some("办法"));
        assert_eq!(form_of("某某条例（草案）"), Some("条例"));
        assert_eq!(
            form_of("关于加快发展的实施意见（征求意见稿）"),
            Some("实施意见")
        );
        assert_eq!(form_of("国务院关于同意设立某区的批复"), Some("批复"));
        assert_eq!(form_of("关于征求意见的函"), Some("函"));
        assert_eq!(form_of("河北立法推动产业集群发展"), None);
    }

    #[test]
    fn a_heading_broken_after_guanyu_reads_the_next_line() {
        let text = "住房城乡建设部等5部门关于\n\n加强农村房屋建设管理的指导意见\n\n各省、自治区、直辖市人民政府:\n";
        let h = Span::new(0, text.find('\n').unwrap());
        assert_eq!(
            heading_line(text, h),
            "住房城乡建设部等5部门关于加强农村房屋建设管理的指导意见"
        );
        assert_eq!(find(text, Some(h), &[], None), (Some("指导意见"), None));
        // The next line is read only when it ends with a form.
        let text = "某部关于\n\n各省人民政府:\n";
        let h = Span::new(0, text.find('\n').unwrap());
        assert_eq!(heading_line(text, h), "某部关于");
    }

    #[test]
    fn notices_and_their_attachments() {
        assert_eq!(
            forms("滨海市人民政府办公室关于印发《滨海市制造业数字化转型行动方案（2025—2027年）》的通知"),
            (Some("通知"), Some("行动方案"))
        );
        assert_eq!(
            forms("国务院办公厅转发国家发展改革委关于促进消费的指导意见的通知"),
            (Some("通知"), Some("指导意见"))
        );
        assert_eq!(forms("关于做好安全生产工作的通知"), (Some("通知"), None));
        assert_eq!(
            forms("滨州市人民政府办公室关于加快发展先进制造业集群的实施意见"),
            (Some("实施意见"), None)
        );
    }

    #[test]
    fn form_words_parse_and_each_role_has_a_word() {
        let t = words_table();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        for role in Role::ALL {
            assert!(words(*role).next().is_some(), "{role}");
        }
        let bad = crate::lexicon::Table::load("f.tsv", "印发\tissuing\n", |r| r.get::<Role>(1));
        let msg = bad.errors[0].to_string();
        assert!(
            msg.contains("f.tsv:1") && msg.contains("\"issuing\""),
            "{msg}"
        );
    }

    #[test]
    fn every_form_row_is_read() {
        let table = form_table();
        assert!(table.errors.is_empty(), "{:?}", table.errors);
        for w in table.items {
            let name = format!("关于某事的{w}");
            // A longer form word may end the same way (若干意见 → 意见 is shorter).
            assert!(
                form_of(&name).is_some_and(|f| f.ends_with(w) || w.ends_with(f)),
                "{w}"
            );
            assert_eq!(form_of(&name), Some(w), "{w}");
        }
        let mut words: Vec<&str> = FORMS.clone();
        let n = words.len();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), n, "a form is listed twice");
    }
}
