//! 发文字号: `滨政办字〔2024〕18号` → prefix `滨政办字`, year 2024, serial 18,
//! with the year in any bracket style: 〔〕 [] （） () ［］ 【】 ﹝﹞.

use super::text::{is_decimal, is_han_script, is_line_space, Back, TITLE_CLOSE, TITLE_OPEN};
use crate::chars::{NUMBER_MARK, ORDINAL_PREFIX};
use crate::entity::Span;
use std::sync::LazyLock;

/// A document number (发文字号).
///
/// ```
/// let text = "滨州市人民政府办公室关于加快发展先进制造业集群的实施意见\n滨政办字〔2024〕18号\n";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let d = &p.doc_numbers[0];
/// assert_eq!(&text[d.span.range()], "滨政办字〔2024〕18号");
/// assert_eq!(&text[d.prefix.range()], "滨政办字");
/// assert_eq!((d.year, d.serial), (2024, 18));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct DocNumber {
    /// The whole number as written.
    pub span: Span,
    /// The issuing office's code (`滨政办字`).
    pub prefix: Span,
    /// The year in the brackets.
    pub year: i32,
    /// The serial number before 号.
    pub serial: u32,
}

/// Characters looked back from a 号: prefix, brackets, year and serial fit.
const WINDOW_CHARS: usize = 40;

/// Words that introduce a document number and are not part of its prefix.
static LEADS: LazyLock<Vec<&'static str>> = LazyLock::new(|| leads().items);

fn leads() -> crate::lexicon::Table<&'static str> {
    crate::lexicon::words(
        "policy_doc_number_leads.tsv",
        include_str!("../data/policy_doc_number_leads.tsv"),
    )
}

fn digits(s: &str) -> Option<u32> {
    let mut v: u32 = 0;
    for c in s.chars() {
        let d = c.to_digit(10).or_else(|| {
            let u = c as u32;
            (0xFF10..=0xFF19).contains(&u).then(|| u - 0xFF10)
        })?;
        v = v.checked_mul(10)?.checked_add(d)?;
    }
    Some(v)
}

fn is_open(c: char) -> bool {
    crate::lexicon::has_char(crate::lexicon::List::DocNumberOpen, c)
}

fn is_close(c: char) -> bool {
    crate::lexicon::has_char(crate::lexicon::List::DocNumberClose, c)
}

/// The byte ranges of prefix, year and serial of the number that ends
/// `text[from..end]` (which ends with 号), read backwards:
/// `汉字{1,10} 〔 dddd 〕 第? d{1,6} 号`, with line spaces around the
/// brackets and before 号. The prefix is the longest that fits (up to ten
/// Han characters, not before `from`).
fn match_before(text: &str, from: usize, end: usize) -> Option<[(usize, usize); 3]> {
    let mut b = Back::new(text, from, end);
    if !b.eat(|c| c == NUMBER_MARK) {
        return None;
    }
    b.eat_while(is_line_space, usize::MAX);
    let serial_end = b.at;
    // Digits run back to 第, a space or the bracket: the whole run counts.
    if !(1..=6).contains(&b.eat_while(is_decimal, 7)) {
        return None;
    }
    let serial = (b.at, serial_end);
    b.eat(|c| c == ORDINAL_PREFIX);
    b.eat_while(is_line_space, usize::MAX);
    if !b.eat(is_close) {
        return None;
    }
    b.eat_while(is_line_space, usize::MAX);
    let year_end = b.at;
    if b.eat_while(is_decimal, 5) != 4 {
        return None;
    }
    let year = (b.at, year_end);
    b.eat_while(is_line_space, usize::MAX);
    if !b.eat(is_open) {
        return None;
    }
    b.eat_while(is_line_space, usize::MAX);
    let prefix_end = b.at;
    if b.eat_while(is_han_script, 10) == 0 {
        // `《关于军队参加营区外义务植树的指示》(〔1982〕3号)`: a number with
        // no prefix filling the bracket after a title is the title's.
        return after_a_title(text, prefix_end).then_some([(prefix_end, prefix_end), year, serial]);
    }
    Some([(b.at, prefix_end), year, serial])
}

/// True when an opening round bracket right after a title's closing 》
/// ends at `at` (`…的指示》(`).
fn after_a_title(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    before
        .next()
        .is_some_and(|c| super::text::is_open(c) && c != TITLE_OPEN)
        && before.next() == Some(TITLE_CLOSE)
}

/// The number filling the line `text[start..end]` whose 号 a PDF conversion
/// lost (`国发〔2021〕27` alone on its line under the heading): a prefix whose
/// level the reference knows (a central one, a province's or a prefecture's
/// with its mark: `国发`, `冀政办`), a bracketed year from 1949 to 2099 and one
/// to four digits ending the line. Anything else on the line, or a prefix
/// naming no body, gives none: the year and prefix make it certain.
pub(crate) fn unmarked(text: &str, start: usize, end: usize) -> Option<DocNumber> {
    let line = &text[start..end];
    let lead = line.len() - line.trim_start_matches(is_line_space).len();
    let tail = line.trim_end_matches(|c: char| is_line_space(c) || c == '\r');
    let (start, end) = (start + lead, start + tail.len());
    let mut b = Back::new(text, start, end);
    if !(1..=4).contains(&b.eat_while(is_decimal, 5)) {
        return None;
    }
    let serial = (b.at, end);
    if !b.eat(is_close) {
        return None;
    }
    let year_end = b.at;
    if b.eat_while(is_decimal, 5) != 4 {
        return None;
    }
    let year_start = b.at;
    if !b.eat(is_open) {
        return None;
    }
    let prefix = (start, b.at);
    let p = &text[prefix.0..prefix.1];
    let n = p.chars().count();
    if !(2..=10).contains(&n) || !p.chars().all(is_han_script) {
        return None;
    }
    super::level::of_prefix(p)?;
    let year = digits(&text[year_start..year_end])? as i32;
    if !(1949..=2099).contains(&year) {
        return None;
    }
    Some(DocNumber {
        span: Span::new(start, end),
        prefix: Span::new(prefix.0, prefix.1),
        year,
        serial: digits(&text[serial.0..serial.1])?,
    })
}

/// Every document number in `text`, in text order. The pattern is tried only
/// in a short window ending at each 号 (a fast search), anchored at its end;
/// a line holding only a number whose 号 was lost is one too ([`unmarked`]).
pub(crate) fn find(text: &str) -> Vec<DocNumber> {
    let mut out = marked(text);
    let mut at = 0;
    let mut lost = Vec::new();
    for line in text.split_inclusive('\n') {
        let end = at + line.trim_end_matches('\n').len();
        if line.trim_end().ends_with(|c: char| is_decimal(c)) {
            lost.extend(unmarked(text, at, end));
        }
        at += line.len();
    }
    if !lost.is_empty() {
        out.extend(lost);
        out.sort_by_key(|d| d.span.start);
    }
    out
}

fn marked(text: &str) -> Vec<DocNumber> {
    let mut out = Vec::new();
    let mut last_end = 0;
    for (at, hao) in text.match_indices(NUMBER_MARK) {
        let end = at + hao.len();
        let window_start = text[..at]
            .char_indices()
            .rev()
            .nth(WINDOW_CHARS)
            .map_or(0, |(i, _)| i)
            .max(last_end);
        let Some([prefix, year, serial]) = match_before(text, window_start, end) else {
            continue;
        };
        let mut start = prefix.0;
        let mut p = &text[prefix.0..prefix.1];
        // After the last lead word inside the run (`严格按照漯房稳办`).
        if let Some(cut) = LEADS
            .iter()
            .filter_map(|lead| p.rfind(lead).map(|i| i + lead.len()))
            .filter(|&i| p[i..].chars().count() >= 2)
            .max()
        {
            start += cut;
            p = &p[cut..];
        }
        // A number glued to the title it follows (`…的通知某政发〔2023〕5号`,
        // `…的批复国函〔2023〕5号`): the form word after 的 is the title's.
        if let Some(form) =
            super::form::form_after_of(&text[..start], p).filter(|f| f.len() < p.len())
        {
            start += form.len();
            p = &p[form.len()..];
        }
        let (Some(year), Some(serial)) = (
            digits(&text[year.0..year.1]),
            digits(&text[serial.0..serial.1]),
        ) else {
            continue;
        };
        last_end = end;
        out.push(DocNumber {
            span: Span::new(start, last_end),
            prefix: Span::new(start, start + p.len()),
            year: year as i32,
            serial,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_table_parses_without_duplicates_and_each_lead_is_cut() {
        let t = leads();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        let mut seen = std::collections::HashSet::new();
        for w in t.items {
            assert!(seen.insert(w), "duplicate {w}");
            let text = format!("{w}滨政办字〔2024〕18号");
            let found = find(&text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(&text[found[0].prefix.range()], "滨政办字", "{text}");
        }
    }

    #[test]
    fn every_bracket_style() {
        for (text, prefix, year, serial) in [
            ("滨政办字〔2024〕18号", "滨政办字", 2024, 18),
            ("苏政发﹝2024﹞5号", "苏政发", 2024, 5),
            ("国发[2023]5号", "国发", 2023, 5),
            ("鲁政办发（2022）12号", "鲁政办发", 2022, 12),
            ("京政发(2021)3号", "京政发", 2021, 3),
            ("粤府函［２０２５］１０７号", "粤府函", 2025, 107),
            ("根据豫政〔2020〕第7号文件", "豫政", 2020, 7),
            ("品房严格按照漯房稳办〔2022〕24号执行", "漯房稳办", 2022, 24),
            ("见甲乙〔2024〕1号", "甲乙", 2024, 1),
            ("关于某事的通知某政发〔2023〕5号", "某政发", 2023, 5),
            ("关于某事的批复国函〔2023〕5号", "国函", 2023, 5),
            ("关于某事的通知〔2023〕5号", "通知", 2023, 5),
            ("某县人民政府某政规〔2024〕3号", "某政规", 2024, 3),
            ("某省人民政府办公厅某政办发〔2024〕3号", "某政办发", 2024, 3),
        ] {
            let found = find(text);
            assert_eq!(found.len(), 1, "{text}");
            let d = found[0];
            assert_eq!(&text[d.prefix.range()], prefix);
            assert_eq!((d.year, d.serial), (year, serial));
            assert!(
                text[d.span.range()].starts_with(prefix) && text[d.span.range()].ends_with('号')
            );
        }
    }

    #[test]
    fn a_bare_an_after_a_modal_is_no_part_of_the_prefix() {
        let text = "发起人应按甲投资〔2032〕77号文的要求申报";
        let found = find(text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.range()], "甲投资〔2032〕77号");
    }

    #[test]
    fn adjacent_numbers() {
        let text = "甲〔2024〕1号乙〔2024〕2号";
        let found = find(text);
        let prefixes: Vec<_> = found.iter().map(|d| &text[d.prefix.range()]).collect();
        assert_eq!(prefixes, ["甲", "乙"]);
    }

    #[test]
    fn a_number_with_no_prefix_in_the_bracket_after_a_title() {
        // gov_guowuyuan_yiwuzhishu_1982: a joint document's number.
        let text = "按国务院、中央军委《关于军队参加营区外义务植树的指示》(〔1982〕3号)的规定执行";
        let found = find(text);
        assert_eq!(found.len(), 1);
        let d = found[0];
        assert_eq!(&text[d.span.range()], "〔1982〕3号");
        assert!(d.prefix.is_empty());
        assert_eq!(d.prefix.start, d.span.start);
        assert_eq!((d.year, d.serial), (1982, 3));
        let text = "见《某某办法》（〔2024〕12号）";
        assert_eq!(find(text).len(), 1);
        // Not after a title, nor in a bracket after other words.
        assert!(find("见某某办法(〔2024〕12号)").is_empty());
        assert!(find("见《某某办法》〔2024〕12号").is_empty());
    }

    #[test]
    fn a_number_whose_hao_was_lost_alone_on_its_line() {
        // gov_guofa_zonghejiaotong_2021: a PDF text lost the 号.
        let text = "国务院关于印发某规划的通知\n国发〔2021〕27\n各省、自治区:\n";
        let found = find(text);
        assert_eq!(found.len(), 1);
        let d = found[0];
        assert_eq!(&text[d.span.range()], "国发〔2021〕27");
        assert_eq!(&text[d.prefix.range()], "国发");
        assert_eq!((d.year, d.serial), (2021, 27));
        let text = "某省人民政府办公厅\n 冀政办〔2024〕3 \n";
        assert_eq!(find(text).len(), 1);
        // A prefix naming no known body, more on the line, a year out of
        // range or no prefix: none.
        for text in [
            "某某〔2021〕27\n",
            "国发〔2021〕27项\n",
            "见国发〔2021〕27\n",
            "国发〔1821〕27\n",
            "〔2021〕27\n",
            "国发〔2021〕12345\n",
        ] {
            assert!(find(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn not_numbers() {
        assert!(find("2024年18号").is_empty());
        assert!(find("〔2024〕18号").is_empty());
        assert!(find("报告（2025）").is_empty());
    }
}
