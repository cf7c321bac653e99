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

/// The code points of the Han script (Unicode's `Script=Han`, as in
/// Unicode 16), inclusive ranges in order: the prefix of a document number
/// is a run of these. A short table instead of a Unicode-aware regex keeps
/// the WebAssembly module small.
const HAN_SCRIPT: &[(u32, u32)] = &[
    (0x2E80, 0x2E99),
    (0x2E9B, 0x2EF3),
    (0x2F00, 0x2FD5),
    (0x3005, 0x3005),
    (0x3007, 0x3007),
    (0x3021, 0x3029),
    (0x3038, 0x303B),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9),
    (0x16FE2, 0x16FE3),
    (0x16FF0, 0x16FF1),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B739),
    (0x2B740, 0x2B81D),
    (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0),
    (0x2EBF0, 0x2EE5D),
    (0x2F800, 0x2FA1D),
    (0x30000, 0x3134A),
    (0x31350, 0x323AF),
];

/// True for a character of the Han script (汉字, 〇, 々, radicals).
pub(crate) fn is_han_script(c: char) -> bool {
    let u = c as u32;
    if (0x4E00..=0x9FFF).contains(&u) {
        return true;
    }
    let i = HAN_SCRIPT.partition_point(|&(_, hi)| hi < u);
    HAN_SCRIPT.get(i).is_some_and(|&(lo, _)| lo <= u)
}

/// An ASCII or full-width decimal digit (`0-9`, `０-９`).
pub(crate) fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// A space inside a single line: ASCII space, tab, U+3000.
pub(crate) fn is_line_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}')
}

/// A cursor that reads `text[from..at]` backwards from `at`: the finders
/// that are anchored at a keyword (号, 施行) match what precedes it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Back<'a> {
    text: &'a str,
    from: usize,
    /// The current position; everything before it down to `from` is unread.
    pub at: usize,
}

impl<'a> Back<'a> {
    /// Reads `text[from..at]`; `from` and `at` are char boundaries.
    pub(crate) fn new(text: &'a str, from: usize, at: usize) -> Self {
        Back { text, from, at }
    }

    fn peek(&self) -> Option<char> {
        self.text[self.from..self.at].chars().next_back()
    }

    /// Steps over one character before the cursor if `f` accepts it.
    pub(crate) fn eat(&mut self, f: impl Fn(char) -> bool) -> bool {
        match self.peek() {
            Some(c) if f(c) => {
                self.at -= c.len_utf8();
                true
            }
            _ => false,
        }
    }

    /// Steps over up to `max` characters that `f` accepts; returns how many.
    pub(crate) fn eat_while(&mut self, f: impl Fn(char) -> bool, max: usize) -> usize {
        let mut n = 0;
        while n < max && self.eat(&f) {
            n += 1;
        }
        n
    }

    /// True when the unread text ends with `s` (not stepping over it).
    pub(crate) fn ends_with(&self, s: &str) -> bool {
        self.text[self.from..self.at].ends_with(s)
    }

    /// Steps over `s` if the unread text ends with it.
    pub(crate) fn eat_str(&mut self, s: &str) -> bool {
        let ok = self.ends_with(s);
        if ok {
            self.at -= s.len();
        }
        ok
    }
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

    #[test]
    fn han_script() {
        for c in ['中', '〇', '々', '㐀', '龎', '⺀', '𠀀', '𲎯'] {
            assert!(is_han_script(c), "{c}");
        }
        for c in ['a', '１', '\u{3000}', '〔', '、', 'ア', '한', '\u{9FFF}'] {
            assert_eq!(is_han_script(c), c == '\u{9FFF}', "{c}");
        }
        // Every range is ordered and apart from the next.
        assert!(HAN_SCRIPT.windows(2).all(|w| w[0].1 + 1 < w[1].0));
        assert!(HAN_SCRIPT.iter().all(|&(lo, hi)| lo <= hi));
    }

    #[test]
    fn back_cursor() {
        let t = "甲乙〔２０２４〕18号";
        let mut b = Back::new(t, 0, t.len());
        assert!(b.eat_str("号"));
        assert_eq!(b.eat_while(is_decimal, 9), 2);
        assert!(b.eat(|c| c == '〕'));
        assert_eq!(b.eat_while(is_decimal, 3), 3);
        assert_eq!(b.eat_while(is_decimal, 9), 1);
        assert!(!b.eat(is_line_space) && b.eat(|c| c == '〔'));
        assert!(b.ends_with("甲乙") && !b.ends_with("丙乙"));
        assert_eq!(b.eat_while(is_han_script, 9), 2);
        assert_eq!(b.at, 0);
        assert!(!b.eat(|_| true));
        // `from` bounds the cursor.
        let mut b = Back::new(t, 3, 6);
        assert_eq!(b.eat_while(|_| true, 9), 1);
    }
}
