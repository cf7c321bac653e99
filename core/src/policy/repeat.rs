//! Repeated content: web pages saved with part of the page twice (seed 004
//! holds its whole 实施意见 two times).
//!
//! Rule: a line whose trimmed text is identical to an earlier line is a
//! *repeat*. A run of at least three repeated lines (blank lines ignored;
//! one short non-repeated line of page furniture such as a date/来源 line
//! may sit between two repeated ones) holding at least 60 characters is a
//! repeated block and is skipped: the policy finders see it as blank. A
//! lone repeated line (a heading such as `保障措施` written twice, a
//! responsibility bracket reused) is kept.
//!
//! Skipping masks the block in a copy of the text, character for
//! character, with a whitespace or inert character of the same UTF-8
//! length, so every byte offset, char boundary, code-point and UTF-16
//! offset of the copy is the one of the input.

use super::text::{is_space, lines, trim, FULL_STOP};
use crate::entity::Span;
use std::borrow::Cow;
use std::collections::HashSet;

/// The longest line of page furniture allowed between repeated lines.
const MAX_GAP_CHARS: usize = 40;
/// Minimum repeated lines in a skipped block.
const MIN_LINES: usize = 3;
/// Minimum characters in a skipped block.
const MIN_CHARS: usize = 60;

/// The text with repeated blocks masked, and the masked byte ranges.
pub(crate) fn mask(text: &str) -> (Cow<'_, str>, Vec<Span>) {
    let blocks = repeated_blocks(text);
    if blocks.is_empty() {
        return (Cow::Borrowed(text), blocks);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for b in &blocks {
        out.push_str(&text[at..b.start]);
        for c in text[b.start..b.end].chars() {
            out.push(match c {
                '\n' | '\r' => c,
                _ => match c.len_utf8() {
                    1 => ' ',
                    2 => '\u{A0}',
                    3 => '\u{3000}',
                    _ => '\u{E0020}',
                },
            });
        }
        at = b.end;
    }
    out.push_str(&text[at..]);
    (Cow::Owned(out), blocks)
}

/// Byte ranges (whole lines, first to last repeated line) of the blocks to skip.
fn repeated_blocks(text: &str) -> Vec<Span> {
    struct Run {
        first: usize,
        last: usize,
        lines: usize,
        chars: usize,
    }
    let all = lines(text);
    // Sized once: every line may be new (no rehashing as the set grows).
    let mut seen: HashSet<&str> = HashSet::with_capacity(all.len());
    let mut blocks = Vec::new();
    let mut run: Option<Run> = None;
    let mut gap = false;
    let finish = |run: Option<Run>, blocks: &mut Vec<Span>| {
        if let Some(r) = run {
            if r.lines >= MIN_LINES && r.chars >= MIN_CHARS {
                blocks.push(Span::new(r.first, r.last));
            }
        }
    };
    for line in all {
        let (s, e) = trim(text, line.start, line.end);
        if s == e {
            continue;
        }
        let content = &text[s..e];
        let repeated = !seen.insert(content);
        if repeated {
            let chars = content.chars().filter(|c| !is_space(*c)).count();
            match &mut run {
                Some(r) => {
                    r.last = e;
                    r.lines += 1;
                    r.chars += chars;
                }
                None => {
                    run = Some(Run {
                        first: s,
                        last: e,
                        lines: 1,
                        chars,
                    })
                }
            }
            gap = false;
        } else if run.is_some()
            && !gap
            && content.chars().count() <= MAX_GAP_CHARS
            && !content.contains(FULL_STOP)
        {
            gap = true;
        } else {
            finish(run.take(), &mut blocks);
            gap = false;
        }
    }
    finish(run.take(), &mut blocks);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "关于加快发展先进制造业集群的实施意见\n\n一、总体要求\n（一）指导思想。坚持走新型工业化道路，加快发展。\n（二）发展目标。到2027年，企业达到37家。\n";

    #[test]
    fn a_repeated_block_is_masked_with_offsets_kept() {
        let text =
            format!("首页 > 新闻\n{DOC}(此件公开发布)\n主页 > 新闻\n2024-06-06 来源:网\n{DOC}");
        let (masked, blocks) = mask(&text);
        assert_eq!(blocks.len(), 1);
        let b = blocks[0];
        assert_eq!(&text[b.range()], &DOC[..DOC.len() - 1]);
        assert_eq!(masked.len(), text.len());
        assert_eq!(masked.chars().count(), text.chars().count());
        assert!(masked[b.range()].chars().all(is_space));
        // The first copy is untouched.
        assert_eq!(&masked[..b.start], &text[..b.start]);
    }

    #[test]
    fn lone_repeats_are_kept() {
        let text = "一、保障措施\n正文。\n一、保障措施\n别的正文。\n";
        let (masked, blocks) = mask(text);
        assert!(blocks.is_empty());
        assert_eq!(masked, text);
    }

    #[test]
    fn astral_characters_keep_their_width() {
        let block = "𠀀𠀀第一行内容很长很长很长很长很长很长很长很长\n𠀀第二行内容很长很长很长很长很长很长很长很长\n𠀀第三行内容很长很长很长很长很长很长很长很长\n";
        let text = format!("{block}中间\n{block}");
        let (masked, blocks) = mask(&text);
        assert_eq!(blocks.len(), 1);
        assert_eq!(masked.encode_utf16().count(), text.encode_utf16().count());
        for (a, b) in masked.char_indices().zip(text.char_indices()) {
            assert_eq!(a.0, b.0);
        }
    }
}
