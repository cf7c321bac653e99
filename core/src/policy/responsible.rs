//! 责任单位 brackets: `（责任单位：市科技局、市财政局）`, `〔责任单位：…〕`,
//! with the units split on 、 ， , but never inside brackets (`各县(市、区)`
//! is one unit).

use super::text::{is_close, is_open, is_space, trim};
use crate::entity::Span;

/// A 责任单位 bracket and the outline item it closes.
///
/// ```
/// let text = "二、任务\n(一)能力\n1.建设载体。到2027年完成。(责任单位:市科技局、各县(市、区))\n";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let r = &p.responsible[0];
/// assert_eq!(&text[r.span.range()], "(责任单位:市科技局、各县(市、区))");
/// let units: Vec<_> = r.units.iter().map(|u| &text[u.range()]).collect();
/// assert_eq!(units, ["市科技局", "各县(市、区)"]);
/// let path: Vec<_> = r.path.iter().map(|m| &text[m.range()]).collect();
/// assert_eq!(path, ["二、", "(一)", "1."]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Responsible {
    /// The bracket with its brackets.
    pub span: Span,
    /// The responsible units, as written.
    pub units: Vec<Span>,
    /// The markers of the outline item the bracket closes, outermost first.
    pub path: Vec<Span>,
}

const LABEL: &str = "责任单位";
const MAX_CHARS: usize = 400;

/// Every 责任单位 bracket (without paths), in text order.
pub(crate) fn find(text: &str) -> Vec<Responsible> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rel) = text[from..].find(LABEL) {
        let label = from + rel;
        from = label + LABEL.len();
        // The opening bracket right before the label (spaces allowed).
        let before = text[..label].trim_end_matches(is_space);
        let Some(open) = before
            .chars()
            .next_back()
            .filter(|c| matches!(c, '（' | '(' | '〔' | '[' | '［' | '【'))
        else {
            continue;
        };
        let open_at = before.len() - open.len_utf8();
        let after_label = text[from..].trim_start_matches(is_space);
        let Some(colon) = after_label
            .chars()
            .next()
            .filter(|c| matches!(c, '：' | ':'))
        else {
            continue;
        };
        let body_start = text.len() - after_label.len() + colon.len_utf8();
        // Find the closing bracket at depth 0, splitting units on the way.
        let mut depth = 0usize;
        let mut units = Vec::new();
        let mut unit_start = body_start;
        let mut close_end = None;
        for (n, (i, c)) in text[body_start..].char_indices().enumerate() {
            let at = body_start + i;
            if n > MAX_CHARS || c == '\n' || c == '。' {
                break;
            }
            if is_open(c) {
                depth += 1;
            } else if is_close(c) {
                if depth == 0 {
                    push_unit(text, unit_start, at, &mut units);
                    close_end = Some(at + c.len_utf8());
                    break;
                }
                depth -= 1;
            } else if depth == 0 && matches!(c, '、' | '，' | ',' | '；' | ';') {
                push_unit(text, unit_start, at, &mut units);
                unit_start = at + c.len_utf8();
            }
        }
        let Some(end) = close_end else { continue };
        from = end;
        out.push(Responsible {
            span: Span::new(open_at, end),
            units,
            path: Vec::new(),
        });
    }
    out
}

fn push_unit(text: &str, start: usize, end: usize, units: &mut Vec<Span>) {
    let (s, e) = trim(text, start, end);
    if s < e {
        units.push(Span::new(s, e));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<Vec<&str>> {
        find(text)
            .iter()
            .map(|r| r.units.iter().map(|u| &text[u.range()]).collect())
            .collect()
    }

    #[test]
    fn brackets_and_units() {
        assert_eq!(
            units("做好。(责任单位:市工业和信息化局、市科技局,市投资促进中心)"),
            [["市工业和信息化局", "市科技局", "市投资促进中心"]]
        );
        assert_eq!(
            units("〔责任单位：市制造强市建设领导小组办公室，各县（市、区）、各市属开发区〕"),
            [[
                "市制造强市建设领导小组办公室",
                "各县（市、区）",
                "各市属开发区"
            ]]
        );
        assert_eq!(
            units("（责任单位：市科技局）（责任单位：市财政局）").len(),
            2
        );
    }

    #[test]
    fn not_brackets() {
        assert!(find("构建责任单位自主化解机制").is_empty());
        assert!(find("(责任单位:市科技局").is_empty());
        assert!(find("(责任单位:市科技局\n)").is_empty());
        assert!(find("责任单位").is_empty());
    }
}
