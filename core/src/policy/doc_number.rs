//! 发文字号: `滨政办字〔2024〕18号` → prefix `滨政办字`, year 2024, serial 18,
//! with the year in any bracket style: 〔〕 [] （） () ［］ 【】.

use crate::entity::Span;
use regex::Regex;
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

static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(\p{Han}{1,10})[ \t\u{3000}]*(?:〔|\[|（|\(|［|【)[ \t\u{3000}]*([0-9０-９]{4})[ \t\u{3000}]*(?:〕|\]|）|\)|］|】)[ \t\u{3000}]*第?([0-9０-９]{1,6})[ \t\u{3000}]*号$",
    )
    .expect("doc number pattern")
});

/// Characters looked back from a 号: prefix, brackets, year and serial fit.
const WINDOW_CHARS: usize = 40;

/// Words that introduce a document number and are not part of its prefix.
const LEADS: &[&str] = &[
    "根据", "依据", "按照", "依照", "参照", "印发", "转发", "落实", "贯彻", "执行", "见", "即",
];

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

/// Every document number in `text`, in text order. The pattern is tried only
/// in a short window ending at each 号 (a fast search), anchored at its end.
pub(crate) fn find(text: &str) -> Vec<DocNumber> {
    let mut out = Vec::new();
    let mut last_end = 0;
    for (at, hao) in text.match_indices('号') {
        let end = at + hao.len();
        let window_start = text[..at]
            .char_indices()
            .rev()
            .nth(WINDOW_CHARS)
            .map_or(0, |(i, _)| i)
            .max(last_end);
        let Some(caps) = PATTERN.captures(&text[window_start..end]) else {
            continue;
        };
        let (Some(all), Some(prefix), Some(year), Some(serial)) =
            (caps.get(0), caps.get(1), caps.get(2), caps.get(3))
        else {
            continue;
        };
        let mut start = window_start + prefix.start();
        let mut p = prefix.as_str();
        for lead in LEADS {
            if let Some(rest) = p.strip_prefix(lead) {
                if rest.chars().count() >= 2 {
                    start += lead.len();
                    p = rest;
                    break;
                }
            }
        }
        let (Some(year), Some(serial)) = (digits(year.as_str()), digits(serial.as_str())) else {
            continue;
        };
        last_end = window_start + all.end();
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
    fn every_bracket_style() {
        for (text, prefix, year, serial) in [
            ("滨政办字〔2024〕18号", "滨政办字", 2024, 18),
            ("国发[2023]5号", "国发", 2023, 5),
            ("鲁政办发（2022）12号", "鲁政办发", 2022, 12),
            ("京政发(2021)3号", "京政发", 2021, 3),
            ("粤府函［２０２５］１０７号", "粤府函", 2025, 107),
            ("根据豫政〔2020〕第7号文件", "豫政", 2020, 7),
            ("见甲乙〔2024〕1号", "甲乙", 2024, 1),
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
    fn adjacent_numbers() {
        let text = "甲〔2024〕1号乙〔2024〕2号";
        let found = find(text);
        let prefixes: Vec<_> = found.iter().map(|d| &text[d.prefix.range()]).collect();
        assert_eq!(prefixes, ["甲", "乙"]);
    }

    #[test]
    fn not_numbers() {
        assert!(find("2024年18号").is_empty());
        assert!(find("〔2024〕18号").is_empty());
        assert!(find("报告（2025）").is_empty());
    }
}
