//! The heading (the document's own title line, or a news headline) and the
//! recipients (主送) line(s) under it.
//!
//! Heading, in order of preference:
//! 1. the title line next to the first document number (`滨州市人民政府办公室
//!    关于…的实施意见` above `滨政办字〔2024〕18号`, or below it);
//! 2. else a title line among the first ten lines: no sentence punctuation,
//!    with 关于, ending in a document type word;
//! 3. else the first line that is not page furniture (`Network`,
//!    breadcrumbs with `>`, `当前位置`, `来源:` lines), with a leading
//!    Markdown `#` removed.
//!
//! Recipients: the lines right under the heading (and its document number)
//! up to and including the first one ending in ：or :, at most four lines,
//! none with 。; each line is one item, without the final colon (and a line
//! continued on the next without its trailing ， or 、).

use super::doc_number::DocNumber;
use super::text::{is_space, lines, trim};
use super::title::doc_type;
use crate::entity::Span;

const MAX_HEADING_CHARS: usize = 80;

fn is_furniture(line: &str) -> bool {
    line.contains('>')
        || line.contains('＞')
        || line.starts_with("来源")
        || line.starts_with("当前位置")
        || line.contains("点击")
        || line.is_ascii()
}

fn is_title_line(line: &str) -> bool {
    line.chars().count() <= MAX_HEADING_CHARS
        && !line.contains(['。', '，', ',', '；', ';', '：', ':', '！', '!', '？'])
        && doc_type(line).0.is_some()
}

/// The heading line and, when it is a government document's title line,
/// the lines under it that may hold recipients.
pub(crate) fn find(text: &str, doc_numbers: &[DocNumber]) -> (Option<Span>, Vec<Span>) {
    let ls: Vec<(usize, usize)> = lines(text)
        .iter()
        .map(|l| trim(text, l.start, l.end))
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
        let (s, e) = ls[k];
        if (s, e) != (d.span.start, d.span.end) {
            continue;
        }
        let above = k
            .checked_sub(1)
            .map(|j| ls[j])
            .filter(|&(s, e)| is_title_line(&text[s..e]));
        let below = ls
            .get(k + 1)
            .copied()
            .filter(|&(s, e)| is_title_line(&text[s..e]));
        if let Some(h) = above {
            return (Some(Span::new(h.0, h.1)), recipients(text, &ls[k + 1..]));
        }
        if let Some(h) = below {
            return (Some(Span::new(h.0, h.1)), recipients(text, &ls[k + 2..]));
        }
    }
    // 2. A title line near the top.
    for (k, &(s, e)) in ls.iter().enumerate().take(10) {
        let line = &text[s..e];
        if line.contains("关于") && is_title_line(line) {
            return (Some(Span::new(s, e)), recipients(text, &ls[k + 1..]));
        }
    }
    // 3. The first line that is not page furniture.
    for &(s, e) in ls.iter().take(10) {
        let line = &text[s..e];
        if is_furniture(line) {
            continue;
        }
        let body = line.trim_start_matches('#').trim_start_matches(is_space);
        let start = s + (line.len() - body.len());
        if start < e && body.chars().count() <= MAX_HEADING_CHARS {
            return (Some(Span::new(start, e)), Vec::new());
        }
        break;
    }
    (None, Vec::new())
}

fn recipients(text: &str, after: &[(usize, usize)]) -> Vec<Span> {
    let mut out = Vec::new();
    for &(s, e) in after.iter().take(4) {
        let line = &text[s..e];
        if line.contains('。') {
            return Vec::new();
        }
        if let Some(body) = line.strip_suffix(['：', ':']) {
            out.push(Span::new(s, s + body.trim_end_matches(is_space).len()));
            return out;
        }
        // A recipient line continued on the next: without its separator.
        let body = line
            .trim_end_matches(['，', ',', '、'])
            .trim_end_matches(is_space);
        out.push(Span::new(s, s + body.len()));
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Option<&str>, Vec<&str>) {
        let (h, r) = find(text, &super::super::doc_number::find(text));
        (
            h.map(|h| &text[h.range()]),
            r.iter().map(|s| &text[s.range()]).collect(),
        )
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
}
