//! Magnitude characters: the small units 十 百 千 (and the capitals 拾 佰 仟)
//! and the large ones 万 and 亿 (萬 億), as powers of ten.

use crate::lexicon::{has_keyed_char, prefix_in, List};

/// The power of ten of a small unit character (十 = 1, 百 = 2, 千 = 3;
/// `data/numeric_words.tsv`, `small_magnitude`).
pub(crate) fn small_unit(c: char) -> Option<u32> {
    match super::chinese::num_char(c) {
        super::chinese::NumChar::Small(p) => Some(p),
        _ => None,
    }
}

/// The power of ten of a large magnitude character (万 = 4, 亿 = 8;
/// `large_magnitude`).
pub(crate) fn large_unit(c: char) -> Option<u32> {
    match super::chinese::num_char(c) {
        super::chinese::NumChar::Large(p) => Some(p),
        _ => None,
    }
}

/// Any magnitude character: small or large.
pub(crate) fn any_unit(c: char) -> Option<u32> {
    match super::chinese::num_char(c) {
        super::chinese::NumChar::Small(p) | super::chinese::NumChar::Large(p) => Some(p),
        _ => None,
    }
}

/// Reads a run of magnitude characters written after an Arabic number
/// (`2.1万`, `1.40万亿`, `5千万`, `3百亿`) and returns the total power of ten
/// and the end. Small units may only lead (`千万`, `百亿`), large ones may
/// follow each other only as 万亿; at most three characters.
pub(crate) fn read_suffix(text: &str, at: usize) -> Option<(u32, usize)> {
    let mut exp = 0u32;
    let mut end = at;
    let mut last_large: Option<u32> = None;
    let mut count = 0;
    for c in text[at..].chars() {
        if count == 3 {
            break;
        }
        if let Some(p) = small_unit(c) {
            // 十 only before a large unit (十万); a small unit only first.
            if count > 0 {
                break;
            }
            // 千米, 千克, 千瓦 are units, not 千 + 米.
            let after = text[end + c.len_utf8()..].chars().next();
            let mut buf = [0; 4];
            let magnitude: &str = c.encode_utf8(&mut buf);
            if after.is_some_and(|a| has_keyed_char(List::KiloUnit, magnitude, a))
                || prefix_in(List::PerMagnitude, &text[end..]).is_some()
            {
                break;
            }
            exp += p;
        } else if let Some(p) = large_unit(c) {
            match last_large {
                None => {}
                // 万亿; 万万 (an old way to write 亿: `10万万`).
                Some(4) if p == 8 || (p == 4 && exp == 4) => {}
                _ => break,
            }
            last_large = Some(p);
            exp += p;
        } else {
            break;
        }
        end += c.len_utf8();
        count += 1;
    }
    if count == 0 {
        return None;
    }
    // A lone 十 after Arabic digits (`3十`) is not a magnitude.
    if last_large.is_none() && exp == 1 {
        return None;
    }
    // 十/百/千 alone after digits: only 百 and 千 (`5千`, `3百`).
    if last_large.is_none() {
        let first = text[at..].chars().next()?;
        return Some((exp, at + first.len_utf8()));
    }
    Some((exp, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffix_runs() {
        assert_eq!(read_suffix("万元", 0), Some((4, 3)));
        assert_eq!(read_suffix("万亿元", 0), Some((12, 6)));
        assert_eq!(read_suffix("千万元", 0), Some((7, 6)));
        assert_eq!(read_suffix("百亿级", 0), Some((10, 6)));
        assert_eq!(read_suffix("千家", 0), Some((3, 3)));
        assert_eq!(read_suffix("十家", 0), None);
        assert_eq!(read_suffix("亿万", 0), Some((8, 3)));
        assert_eq!(read_suffix("元", 0), None);
        assert_eq!(read_suffix("千米", 0), None);
        // 百分之, 百分点, 千分之 (per_magnitude): a percent, no magnitude.
        assert_eq!(read_suffix("百分之五", 0), None);
        assert_eq!(read_suffix("千分之", 0), None);
        assert_eq!(read_suffix("百分点", 0), None);
        assert_eq!(read_suffix("百万", 0), Some((6, 6)));
        assert_eq!(read_suffix("万千瓦时", 0), Some((4, 3)));
        assert_eq!(read_suffix("万万", 0), Some((8, 6)));
        assert_eq!(read_suffix("万万万", 0), Some((8, 6)));
    }
}
