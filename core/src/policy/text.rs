//! Small text helpers shared by the policy finders: lines with their byte
//! ranges, trimming, sentence ends, brackets, and the integers written in
//! outline markers and framework labels (一, 十六, 二十一, 百, 12).
//!
//! These integers are labels, not figures of the text: the figures a target
//! reports always come from [`crate::Extractor`].

/// One line of the input: `start..end` is its content, without `\r\n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
}

/// Every line of `text` (the content ranges, line ends excluded).
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::with_capacity(text.len() / 64 + 1);
    let mut start = 0;
    // `split` finds the line ends with a fast byte search.
    for piece in text.split('\n') {
        let end = start + piece.strip_suffix('\r').unwrap_or(piece).len();
        out.push(Line { start, end });
        start += piece.len() + 1;
    }
    out
}

/// True for the whitespace the seeds use: ASCII, U+3000, NBSP, and the
/// masking character of repeated blocks.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{E0020}' || c == '\u{FEFF}'
}

/// `start..end` with surrounding whitespace removed.
pub(crate) fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let body = s.trim_matches(is_space);
    (start + lead, start + lead + body.len())
}

/// Sentence-ending punctuation (a new sentence starts after it).
pub(crate) fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '\n')
}

/// Clause separators inside a sentence.
pub(crate) fn is_clause_sep(c: char) -> bool {
    matches!(c, '，' | ',' | '；' | ';' | '：' | ':')
}

/// An opening bracket of any style.
pub(crate) fn is_open(c: char) -> bool {
    matches!(c, '（' | '(' | '〔' | '[' | '［' | '【' | '〈' | '《')
}

/// A closing bracket of any style.
pub(crate) fn is_close(c: char) -> bool {
    matches!(c, '）' | ')' | '〕' | ']' | '］' | '】' | '〉' | '》')
}

/// The value of one numeral character (一 → 1, 两/双 → 2, ４ → 4).
pub(crate) fn digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '0' | '０' => 0,
        '一' | '壹' | '1' | '１' => 1,
        '二' | '两' | '贰' | '双' | '2' | '２' => 2,
        '三' | '叁' | '3' | '３' => 3,
        '四' | '肆' | '4' | '４' => 4,
        '五' | '伍' | '5' | '５' => 5,
        '六' | '陆' | '6' | '６' => 6,
        '七' | '柒' | '7' | '７' => 7,
        '八' | '捌' | '8' | '８' => 8,
        '九' | '玖' | '9' | '９' => 9,
        _ => return None,
    })
}

/// The power of ten of a Chinese magnitude character.
pub(crate) fn magnitude(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        '万' => 10_000,
        _ => return None,
    })
}

/// True for a character that can be part of a written integer.
pub(crate) fn is_numeral(c: char) -> bool {
    digit(c).is_some() || magnitude(c).is_some()
}

/// An integer label written in Arabic digits (half or full width) or Chinese
/// numerals: `12`, `１２`, `十六`, `二十一`, `一百零五`, `百`, `二〇二四`.
/// `None` for anything else or an overflow.
pub(crate) fn parse_int(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let has_magnitude = s.chars().any(|c| magnitude(c).is_some());
    if !has_magnitude {
        // Positional: 12, 二〇二四.
        let mut v: u64 = 0;
        for c in s.chars() {
            v = v.checked_mul(10)?.checked_add(u64::from(digit(c)?))?;
        }
        return Some(v);
    }
    let mut total: u64 = 0; // completed 万 groups
    let mut section: u64 = 0; // below 万
    let mut pending: Option<u64> = None; // a digit waiting for its magnitude
    let mut last_mag = u64::MAX;
    for c in s.chars() {
        if matches!(c, '零' | '〇') {
            continue; // a placeholder between magnitudes (一百零五)
        }
        if let Some(d) = digit(c) {
            if pending.is_some() {
                return None; // two digits in a row (一二十)
            }
            pending = Some(u64::from(d));
        } else if let Some(m) = magnitude(c) {
            if m == 10_000 {
                let part = section + pending.take().unwrap_or(0);
                let part = if part == 0 { 1 } else { part };
                total = total.checked_add(part.checked_mul(m)?)?;
                section = 0;
                last_mag = u64::MAX;
            } else {
                if m >= last_mag {
                    return None; // 十百, 百百
                }
                let d = pending.take().unwrap_or(1);
                section = section.checked_add(d.checked_mul(m)?)?;
                last_mag = m;
            }
        } else {
            return None;
        }
    }
    let v = total
        .checked_add(section)?
        .checked_add(pending.unwrap_or(0))?;
    Some(v)
}

/// Byte offset just past the char starting at `i`.
pub(crate) fn next_char(text: &str, i: usize) -> usize {
    i + text[i..].chars().next().map_or(0, char::len_utf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_trim() {
        let t = "a\r\n  中 \n\nb";
        let ls = lines(t);
        let got: Vec<_> = ls.iter().map(|l| &t[l.start..l.end]).collect();
        assert_eq!(got, ["a", "  中 ", "", "b"]);
        let (s, e) = trim(t, ls[1].start, ls[1].end);
        assert_eq!(&t[s..e], "中");
        assert_eq!(trim("\u{3000}\u{a0}x\u{3000}", 0, 9), (5, 6));
    }

    #[test]
    fn integers() {
        for (s, v) in [
            ("12", 12),
            ("１２", 12),
            ("一", 1),
            ("十", 10),
            ("十六", 16),
            ("二十一", 21),
            ("一百零五", 105),
            ("百", 100),
            ("两", 2),
            ("双", 2),
            ("二〇二四", 2024),
            ("三千五百", 3500),
            ("一万二千", 12000),
        ] {
            assert_eq!(parse_int(s), Some(v), "{s}");
        }
        for s in ["", "百千万", "一二十", "十百", "x", "1x"] {
            assert_eq!(parse_int(s), None, "{s}");
        }
        assert_eq!(parse_int("99999999999999999999999"), None);
    }
}
