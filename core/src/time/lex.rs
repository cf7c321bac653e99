//! Character-level helpers for the time grammar: literals, separators and the
//! small numerals dates are written with.
//!
//! Chinese numerals are read by the shared reader (`crate::numeral`); only
//! bare runs of Arabic digits are scanned here, because in dates a point is a
//! separator (`2024.06.06`), not a decimal point.

use crate::chars::LIANG;
use crate::numeral;

/// The character starting at byte `i`, if `i` is a boundary inside `s`.
pub(super) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// The character ending at byte `i`.
pub(super) fn prev_char(s: &str, i: usize) -> Option<char> {
    s.get(..i)?.chars().next_back()
}

/// `i` moved past `lit` when `s` continues with it there.
pub(super) fn eat(s: &str, i: usize, lit: &str) -> Option<usize> {
    let rest = s.as_bytes().get(i..)?;
    // Byte by byte: the grammar tries many short literals at each
    // candidate, and most differ in their first bytes.
    crate::lexicon::bytes_start_with(rest, lit.as_bytes()).then_some(i + lit.len())
}

pub(super) use crate::chars::FIRST_MONTH;

/// `i` moved past `c` when `s` continues with it (see [`eat`]).
pub(super) fn eat_char(s: &str, i: usize, c: char) -> Option<usize> {
    eat(s, i, c.encode_utf8(&mut [0; 4]))
}

/// `i` moved past the first of `lits` that `s` continues with.
pub(super) fn eat_any(s: &str, i: usize, lits: &[&str]) -> Option<usize> {
    lits.iter().find_map(|lit| eat(s, i, lit))
}

/// `i` moved past a range separator between two dates (`1月~10月`,
/// `1至11月`, `2021—2025年`; `data/time_words.tsv`).
///
/// Most figures are followed by no separator: the first two bytes are
/// looked up in a filter before any separator is compared.
pub(super) fn separator(s: &str, i: usize) -> Option<usize> {
    let words = &*super::words::WORDS;
    let b = s.as_bytes().get(i..)?;
    let first = usize::from(*b.first()?);
    let second = b.get(1).map_or(0, |&c| c & 63);
    if words.separator_pairs[first] >> second & 1 == 0 {
        return None;
    }
    eat_any(s, i, &words.separators)
}

/// The value of an Arabic digit, ASCII or full-width.
pub(super) fn arabic_digit(c: char) -> Option<u32> {
    numeral::arabic::digit(c).map(u32::from)
}

/// Characters a Chinese numeral is made of (digits, 〇, 十 百 千 万 亿).
pub(super) fn is_chinese_numeral(c: char) -> bool {
    numeral::chinese::is_numeral_char(c)
}

/// A run of Arabic digits starting at `i`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Digits {
    /// The value (saturated past nine digits).
    pub value: u32,
    /// How many digits.
    pub count: usize,
    /// Byte after the last digit.
    pub end: usize,
}

/// The run of Arabic digits (ASCII or full-width) at `i`, without
/// separators or a decimal point: dates are written `2024.06.06`, where the
/// point is a separator, not a decimal one.
pub(super) fn arabic(s: &str, i: usize) -> Option<Digits> {
    let b = s.as_bytes();
    let mut value: u32 = 0;
    let mut count = 0;
    let mut p = i;
    loop {
        let (d, len) = match b.get(p..p + 3) {
            Some([d @ b'0'..=b'9', ..]) => (d - b'0', 1),
            // Full-width ０–９: U+FF10–U+FF19.
            Some([0xEF, 0xBC, d @ 0x90..=0x99]) => (d - 0x90, 3),
            _ => match b.get(p) {
                Some(d @ b'0'..=b'9') => (d - b'0', 1),
                _ => break,
            },
        };
        value = value.saturating_mul(10).saturating_add(u32::from(d));
        count += 1;
        p += len;
    }
    (count > 0).then_some(Digits {
        value,
        count,
        end: p,
    })
}

/// A small number at `i`: one or two Arabic digits, or a Chinese numeral up
/// to 99 (`三`, `十一`, `二十`, `三十一`; `两` only when `allow_liang`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Small {
    /// The value.
    pub value: u32,
    /// Byte after the numeral.
    pub end: usize,
    /// Written in Chinese numerals.
    pub chinese: bool,
}

/// Reads a [`Small`] number at `i` (Chinese through the shared numeral
/// reader; a numeral that goes on, `十四五`, `三百`, is not small).
pub(super) fn small(s: &str, i: usize, allow_liang: bool) -> Option<Small> {
    if let Some(d) = arabic(s, i) {
        return (d.count <= 2).then_some(Small {
            value: d.value,
            end: d.end,
            chinese: false,
        });
    }
    let first = char_at(s, i)?;
    if !is_chinese_numeral(first) || first == LIANG && !allow_liang {
        return None;
    }
    let after_first = i + first.len_utf8();
    if !char_at(s, after_first).is_some_and(is_chinese_numeral) {
        // One character (the common case): no need for the full reader.
        // 十 (拾) alone is ten; a digit is its value.
        let value = match numeral::magnitude::small_unit(first) {
            Some(1) => 10,
            _ => u32::from(numeral::chinese::digit(first)?),
        };
        return Some(Small {
            value,
            end: after_first,
            chinese: true,
        });
    }
    let n = numeral::chinese::read(s, i)?;
    if n.digit_string || n.high.is_some() || n.scale != 0 || !(1..=99).contains(&n.mantissa) {
        return None;
    }
    if char_at(s, n.end).is_some_and(is_chinese_numeral) {
        return None;
    }
    Some(Small {
        value: n.mantissa as u32,
        end: n.end,
        chinese: true,
    })
}

/// A four-digit year written in Chinese digits (`二〇二五`) at `i`: (value, end).
pub(super) fn chinese_year(s: &str, i: usize) -> Option<(u32, usize)> {
    let mut value = 0;
    let mut p = i;
    for _ in 0..4 {
        let c = char_at(s, p)?;
        let d = match c {
            LIANG => return None,
            _ if numeral::chinese::is_zero(c) => 0,
            _ => numeral::chinese::digit(c)?,
        };
        value = value * 10 + u32::from(d);
        p += c.len_utf8();
    }
    if char_at(s, p).is_some_and(is_chinese_numeral) {
        return None;
    }
    Some((value, p))
}

/// True when the character at `i` can continue a date after a number:
/// 年 月 日 号 季(度), a range separator, a date separator, or a blank
/// (`2013⏎⏎年`). A cheap test before the full parse.
pub(super) fn continues_date(s: &str, i: usize) -> bool {
    char_at(s, i).is_some_and(|c| {
        crate::lexicon::has_char(crate::lexicon::List::DateFollower, c) || c.is_whitespace()
    }) || eat_any(s, i, &super::words::WORDS.fiscal_years).is_some()
}

/// `i` moved past blanks (spaces, tabs, line breaks, ideographic space), at
/// most `max` bytes of them.
pub(super) fn blanks(s: &str, i: usize, max: usize) -> usize {
    let mut p = i;
    while let Some(c) = char_at(s, p) {
        if !(c.is_whitespace()) || p + c.len_utf8() - i > max {
            break;
        }
        p += c.len_utf8();
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_numbers() {
        fn v(t: &str) -> Option<(u32, &str)> {
            small(t, 0, true).map(|n| (n.value, &t[n.end..]))
        }
        assert_eq!(v("12月"), Some((12, "月")));
        assert_eq!(v("０６月"), Some((6, "月")));
        assert_eq!(v("十二月"), Some((12, "月")));
        assert_eq!(v("三十一日"), Some((31, "日")));
        assert_eq!(v("十日"), Some((10, "日")));
        assert_eq!(v("二十日"), Some((20, "日")));
        assert_eq!(v("两年"), Some((2, "年")));
        assert_eq!(small("两年", 0, false), None);
        assert_eq!(v("123"), None);
        assert_eq!(v("三百"), None);
        assert_eq!(v("十四五"), None);
        assert_eq!(v("〇"), None);
    }

    #[test]
    fn years_and_blanks() {
        assert_eq!(chinese_year("二〇二五年", 0), Some((2025, 12)));
        assert_eq!(chinese_year("二〇二", 0), None);
        assert_eq!(arabic("2013\n\n年", 0).unwrap().value, 2013);
        assert_eq!(blanks("\n\n年", 0, 8), 2);
        assert_eq!(blanks("  \u{3000}x", 0, 2), 2);
        assert_eq!(arabic("99999999999", 0).unwrap().value, u32::MAX);
    }

    #[test]
    fn separators() {
        assert_eq!(separator("——5", 0), Some(6));
        assert_eq!(separator("至5", 0), Some(3));
        assert_eq!(separator("5", 0), None);
        // The filter lets every separator through, and a one-byte one at
        // the very end; the words that share a first byte with one do not.
        assert_eq!(separator("到2025年", 0), Some(3));
        assert_eq!(separator("开始至6月", 0), Some(9));
        assert_eq!(separator("3-", 1), Some(2));
        assert_eq!(separator("1～3", 1), Some(4));
        assert_eq!(separator("年", 0), None);
        assert_eq!(separator("开", 0), None);
        assert_eq!(separator("", 0), None);
    }
}
