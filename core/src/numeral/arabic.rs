//! Arabic numerals: ASCII and full-width digits, thousands separators
//! (`1,300`), a decimal point (`0.005`, full-width `．`).

/// The value of an ASCII or full-width digit.
pub(crate) fn digit(c: char) -> Option<u8> {
    let c = crate::chars::halfwidth(c);
    c.is_ascii_digit().then(|| c as u8 - b'0')
}

/// An Arabic number as read: mantissa digits and scale, the end, and the
/// number of integer digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Arabic {
    /// All digits as an integer (None when it overflows `i128`).
    pub mantissa: Option<i128>,
    /// Digits after the point.
    pub scale: u32,
    /// Byte offset after the last digit.
    pub end: usize,
    /// Integer digits written (separators excluded).
    pub int_digits: usize,
    /// A thousands separator was written.
    pub grouped: bool,
    /// The integer part starts with a 0 and has more digits (`0543`).
    pub leading_zero: bool,
}

/// A space that may part groups of three digits: ASCII, no-break, thin.
fn group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// Reads an Arabic number at `at`. Thousands separators (a comma, or one
/// space as bulletins print them) are accepted only between groups of
/// exactly three digits; a point needs a digit after it.
/// Runs longer than 60 characters are cut there.
pub(crate) fn read(text: &str, at: usize) -> Option<Arabic> {
    let bytes = text.as_bytes();
    let mut pos = at;
    let mut mantissa: Option<i128> = Some(0);
    let mut int_digits = 0usize;
    let mut scale = 0u32;
    let mut grouped = false;
    let mut first_digit = None;
    // The separator of the groups (`,` or a space, never both) and the
    // reading before the first one.
    let mut sep: Option<char> = None;
    let mut before_sep = (at, mantissa, 0usize);
    let push = |m: Option<i128>, d: u8| m.and_then(|m| m.checked_mul(10)?.checked_add(d as i128));
    // Integer part with separators.
    let mut group_len = 0usize;
    while let Some(c) = text[pos..].chars().next() {
        if let Some(d) = digit(c) {
            if int_digits >= 60 {
                break;
            }
            if first_digit.is_none() {
                first_digit = Some(d);
            }
            mantissa = push(mantissa, d);
            int_digits += 1;
            group_len += 1;
            pos += c.len_utf8();
            continue;
        }
        let comma = crate::lexicon::has_char(crate::lexicon::List::ThousandsComma, c);
        let is_sep = comma || group_space(c);
        if is_sep
            && int_digits > 0
            && sep.is_none_or(|s| s == c)
            && (!grouped && group_len <= 3 || grouped && group_len == 3)
        {
            // Exactly three digits must follow, then no fourth.
            let rest = &bytes[pos + c.len_utf8()..];
            let three = rest.len() >= 3 && rest[..3].iter().all(u8::is_ascii_digit);
            let fourth = rest.len() > 3 && rest[3].is_ascii_digit();
            if three && !fourth && (comma || first_digit != Some(0)) {
                if sep.is_none() {
                    before_sep = (pos, mantissa, int_digits);
                }
                sep = Some(c);
                grouped = true;
                group_len = 0;
                pos += c.len_utf8();
                continue;
            }
        }
        break;
    }
    if int_digits == 0 || (grouped && group_len != 3) {
        return None;
    }
    // Groups set off by spaces (`1 098.8万公顷`, as statistical bulletins
    // print them) hold only when no further spaced digit follows on the
    // line: figures in a row of a table (`1 100 20`) stay apart, while a
    // line break ends the row (`1 234\n5`: 1234, then 5).
    if sep.is_some_and(group_space) {
        let next_spaced_digit = text[pos..]
            .strip_prefix(|c: char| c.is_whitespace() && !matches!(c, '\n' | '\r'))
            .and_then(|r| r.chars().next())
            .is_some_and(|c| digit(c).is_some());
        if next_spaced_digit {
            (pos, mantissa, int_digits) = before_sep;
            grouped = false;
        }
    }
    // Fraction.
    if let Some(c) = text[pos..].chars().next() {
        if crate::lexicon::has_char(crate::lexicon::List::Dot, c) {
            let after = pos + c.len_utf8();
            let mut p = after;
            let mut frac = 0u32;
            while let Some(c2) = text[p..].chars().next() {
                let Some(d) = digit(c2) else { break };
                if frac >= 28 {
                    mantissa = None;
                }
                mantissa = push(mantissa, d);
                frac += 1;
                p += c2.len_utf8();
            }
            if frac > 0 {
                scale = frac;
                pos = p;
            }
        }
    }
    Some(Arabic {
        mantissa,
        scale,
        end: pos,
        int_digits,
        grouped,
        leading_zero: first_digit == Some(0) && int_digits > 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<(i128, u32, usize)> {
        read(s, 0).map(|a| (a.mantissa.unwrap(), a.scale, a.end))
    }

    #[test]
    fn plain_grouped_fullwidth() {
        assert_eq!(v("1300家"), Some((1300, 0, 4)));
        assert_eq!(v("1,300家"), Some((1300, 0, 5)));
        assert_eq!(v("12,345,678"), Some((12345678, 0, 10)));
        // The small comma U+FE50 sets off thousands too.
        assert_eq!(v("26\u{fe50}000元"), Some((26000, 0, 8)));
        assert_eq!(v("0.005"), Some((5, 3, 5)));
        assert_eq!(v("１３００"), Some((1300, 0, 12)));
        assert_eq!(v("１.５"), Some((15, 1, 7)));
        assert_eq!(v("13.1%"), Some((131, 1, 4)));
    }

    #[test]
    fn separators_and_points_need_digits() {
        assert_eq!(v("1,30"), Some((1, 0, 1)));
        assert_eq!(v("1,3000"), Some((1, 0, 1)));
        assert_eq!(v("5."), Some((5, 0, 1)));
        assert_eq!(v("12,"), Some((12, 0, 2)));
        assert!(read("abc", 0).is_none());
        // Groups parted by one space (ASCII, no-break, thin).
        assert_eq!(v("2 317.6万吨"), Some((23176, 1, 7)));
        assert_eq!(v("45 208 户"), Some((45208, 0, 6)));
        assert_eq!(v("7\u{2009}350元"), Some((7350, 0, 7)));
        // Not mixed with commas, not a leading zero, not a table's row.
        assert_eq!(v("1,234 567"), Some((1234, 0, 5)));
        assert_eq!(v("0 250"), Some((0, 0, 1)));
        assert_eq!(v("3 415 27"), Some((3, 0, 1)));
        assert_eq!(v("12 34"), Some((12, 0, 2)));
        assert_eq!(v("1 234\t5"), Some((1, 0, 1)));
        assert_eq!(v("1 234\u{3000}5"), Some((1, 0, 1)));
        assert_eq!(v("1 234\n5"), Some((1234, 0, 5)));
        assert_eq!(v("1 234\r\n5"), Some((1234, 0, 5)));
        assert!(read("9".repeat(50).as_str(), 0).unwrap().mantissa.is_none());
    }
}
