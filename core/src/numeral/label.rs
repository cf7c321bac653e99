//! Integer labels: the numbers of outline markers and framework labels
//! (`一`, `十六`, `二十一`, `一百零五`, `百`, `12`, `１２`, `二〇二四`, `双`).
//! They are labels, not figures of the text: the figures a policy target
//! reports always come from [`crate::Extractor`]. The characters are the
//! numeral grammar's ([`super::arabic`], [`super::chinese`],
//! [`super::magnitude`]), and a label in unit notation is read by the one
//! Chinese numeral reader.

use super::{arabic, chinese, magnitude};
use crate::lexicon::{has_char, keyed, List};

/// The value of one numeral character (一 → 1, 两/双 → 2, ４ → 4, 〇 → 0;
/// the label's own digits are `data/numeric_words.tsv`, `label_digit`).
/// (The list's character filter first: most characters are none of its
/// words, and the walk of its rows cost the outline markers of the facts
/// pass more than the rest of their reading.)
pub(crate) fn digit(c: char) -> Option<u32> {
    if has_char(List::LabelDigit, c) {
        if let Some((_, v)) = keyed(List::LabelDigit)
            .iter()
            .find(|(w, _)| w.chars().eq(std::iter::once(c)))
        {
            return v.parse().ok();
        }
    }
    arabic::digit(c)
        .or_else(|| chinese::digit(c))
        .map(u32::from)
}

/// The value of a magnitude character up to 万 (十 → 10, 佰 → 100, 万 → 10000).
pub(crate) fn magnitude(c: char) -> Option<u64> {
    let exp = magnitude::small_unit(c).or_else(|| magnitude::large_unit(c).filter(|&e| e == 4))?;
    Some(10u64.pow(exp))
}

/// True for a character that can be part of a written integer label.
pub(crate) fn is_numeral(c: char) -> bool {
    digit(c).is_some() || magnitude(c).is_some()
}

/// An integer label written in Arabic digits (half or full width) or Chinese
/// numerals; `None` for anything else or an overflow. Without a magnitude
/// character the digits are positional (`12`, `二〇二四`); with one, the
/// whole label must read as one Chinese numeral (`十六`, `一百零五`, `百`).
pub(crate) fn parse_int(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    if !s.chars().any(|c| magnitude(c).is_some()) {
        let mut v: u64 = 0;
        for c in s.chars() {
            v = v.checked_mul(10)?.checked_add(u64::from(digit(c)?))?;
        }
        return Some(v);
    }
    let n = chinese::read(s, 0)?;
    if n.end != s.len() || n.high.is_some() || n.scale != 0 || n.mantissa < 0 {
        return None;
    }
    u64::try_from(n.mantissa).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn unit_notation_is_the_numeral_grammar() {
        // 百一 is 110 as a Chinese numeral (an elided tail), not 101; a zero
        // or an Arabic digit after a magnitude is no label.
        assert_eq!(parse_int("百一"), Some(110));
        assert_eq!(parse_int("十〇"), None);
        assert_eq!(parse_int("1十"), None);
        assert_eq!(parse_int("壹佰零伍"), Some(105));
        assert!(is_numeral('〇') && is_numeral('万') && !is_numeral('亿') && !is_numeral('○'));
    }
}
