//! Reading numbers as Chinese text writes them.
//!
//! This is the numeral grammar shared by every recogniser (numeric kinds
//! and dates):
//!
//! - Arabic ([`arabic`]): `1300`, `1,300`, `0.005`, full-width `１３００`;
//! - Chinese ([`chinese`]): `一百二十三`, `两千`, `十四`, `三千五百万`,
//!   financial capitals `壹佰贰拾叁`, digit by digit `二〇二五`, elided tails
//!   `一万五`, decimals `十二点五`;
//! - mixed ([`magnitude`]): Arabic digits with magnitude characters
//!   `2.1万`, `1.40万亿`, `5千万`;
//! - infixes 多/余 (`1200多亿`, `4万多`, `十余`) and vague forms (`几十`,
//!   `数百`, `上千`, `两三`) through [`read`].
//!
//! Crate-visible entry points:
//!
//! - [`read_number`]`(text, at)`: the longest plain number starting at byte
//!   `at` → `(value, end)`; no vague forms, no infixes.
//! - [`parse_chinese`]`(s)`: the whole of `s` as a Chinese numeral.
//! - [`read`]`(text, at)`: the full reading ([`Numeral`]) the numeric
//!   recognisers use.
//!
//! Values are exact [`Decimal`]s; a numeral too large for an `i128`
//! mantissa is not read (`None`), never saturated.

pub(crate) mod arabic;
pub(crate) mod chinese;
pub(crate) mod label;
pub(crate) mod magnitude;

use crate::chars::ZERO;
use crate::decimal::Decimal;

/// How a numeral was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// Arabic digits, maybe with a magnitude (`2.1万`).
    Arabic,
    /// Chinese unit notation (`三千五百万`, `十四`).
    Chinese,
    /// Chinese digit by digit (`二〇二五`).
    DigitString,
}

/// A numeral as read at some offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Numeral {
    /// The value (the lower end for 两三).
    pub value: Decimal,
    /// The upper end of a vague pair (`两三` → 3).
    pub high: Option<Decimal>,
    /// Byte offset after the numeral (infixes included).
    pub end: usize,
    /// How it was written.
    pub form: Form,
    /// 多/余/几 after the number (`30多`, `十余`, `十几`) or 几/数 before a
    /// unit (`几十`, `数百`): the truth is more than `value`.
    pub more: bool,
    /// 上 before a unit (`上百`, `上千`): about `value`.
    pub approx: bool,
    /// A magnitude or unit character was written (`万`, `亿`, `十`, `百`).
    pub has_unit: bool,
    /// Chinese, starting with a unit that stands for one (`百亿`, `万元`).
    pub leading_unit: bool,
    /// Arabic: integer digits written.
    pub int_digits: usize,
    /// Arabic: a decimal point was written.
    pub decimal: bool,
    /// Arabic: a leading zero (`0543`), as in codes and phone numbers.
    pub leading_zero: bool,
    /// Arabic: thousands separators were written.
    pub grouped: bool,
    /// Arabic: the power of ten of the magnitude written after the digits
    /// (`2.1万` → 4), 0 when none.
    pub mag_exp: u32,
}

/// The first character at byte `at`, if any.
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

/// The longest plain number starting at byte `at`: Arabic (with separators,
/// full-width digits, decimals), Chinese, or mixed (`2.1万`, `1.40万亿`).
/// Returns the exact value and the byte offset after it. Vague forms and
/// 多/余 infixes are not read here (see [`read`]).
///
/// ```ignore
/// let (v, end) = read_number("营收2.96亿元", 6).unwrap();
/// assert_eq!((v.to_string().as_str(), end), ("296000000", 13));
/// ```
#[allow(dead_code)] // crate API for recognisers that need a plain number (tested here)
pub(crate) fn read_number(text: &str, at: usize) -> Option<(Decimal, usize)> {
    let n = read_plain(text, at)?;
    Some((n.value, n.end))
}

/// The whole of `s` as a Chinese numeral (`一百二十三`, `两千`, `二〇二五`,
/// `十四`, `壹佰贰拾叁`, `三千五百万`); `None` if any of `s` is left over.
#[allow(dead_code)] // crate API for recognisers that need a plain number (tested here)
pub(crate) fn parse_chinese(s: &str) -> Option<Decimal> {
    let c = chinese::read(s, 0)?;
    if c.end != s.len() || c.high.is_some() {
        return None;
    }
    Decimal::new(c.mantissa, c.scale)
}

/// True when what follows a magnitude ending at `e` leaves it a magnitude:
/// no ideograph, or a unit, a bound word (`以上`) or 多/余 (`List::MoreMark`).
fn magnitude_ends_word(text: &str, e: usize) -> bool {
    use crate::numeric::table::{SUFFIX_BOUNDS, UNITS};
    char_at(text, e).is_none_or(|c| {
        !crate::chars::is_han(c)
            || crate::lexicon::has_char(crate::lexicon::List::MoreMark, c)
            || UNITS.longest_at(text, e).is_some()
            || SUFFIX_BOUNDS.longest_at(text, e).is_some()
    })
}

/// A plain number at `at` as a [`Numeral`] (no infixes, no vague forms).
pub(crate) fn read_plain(text: &str, at: usize) -> Option<Numeral> {
    let c = char_at(text, at)?;
    if c == '.' {
        return read_point_first(text, at);
    }
    if arabic::digit(c).is_some() {
        let a = arabic::read(text, at)?;
        let mut value = Decimal::new(a.mantissa?, a.scale)?;
        let mut end = a.end;
        let mut has_unit = false;
        let mut mag_exp = 0;
        // One stray space before 千/万/亿, as text taken from PDF has it
        // (`5.67 万亿元`, `45.6 千公顷`), when the magnitude ends its word:
        // a unit, a bound word or 多/余 after it, or no ideograph
        // (`600823 万象集团`: a stock code, then a name opening with 万).
        let suffix = magnitude::read_suffix(text, end).or_else(|| {
            (text.as_bytes().get(end) == Some(&b' '))
                .then(|| magnitude::read_suffix(text, end + 1))
                .flatten()
                .filter(|&(exp, e)| exp >= 3 && magnitude_ends_word(text, e))
        });
        if let Some((exp, e)) = suffix {
            mag_exp = exp;
            // Too large to hold: not a number at all (never a wrong value).
            value = value.checked_mul_pow10(exp)?;
            end = e;
            has_unit = true;
            if a.scale == 0 {
                (value, end, mag_exp) = smaller_parts(text, value, end, exp);
            }
        } else if let Some((v, e)) = trillion_parts(text, value, end).filter(|_| a.scale == 0) {
            value = v;
            end = e;
            has_unit = true;
            mag_exp = TRILLION;
        }
        return Some(Numeral {
            value,
            high: None,
            end,
            form: Form::Arabic,
            more: false,
            approx: false,
            has_unit,
            leading_unit: false,
            int_digits: a.int_digits,
            decimal: a.scale > 0,
            leading_zero: a.leading_zero,
            grouped: a.grouped,
            mag_exp,
        });
    }
    if chinese::is_numeral_char(c) {
        let ch = chinese::read(text, at)?;
        return Some(Numeral {
            value: Decimal::new(ch.mantissa, ch.scale)?,
            high: match ch.high {
                Some(h) => Some(Decimal::new(h, 0)?),
                None => None,
            },
            end: ch.end,
            form: if ch.digit_string {
                Form::DigitString
            } else {
                Form::Chinese
            },
            more: false,
            approx: false,
            has_unit: ch.has_unit,
            leading_unit: ch.leading_unit,
            int_digits: 0,
            decimal: ch.scale > 0,
            leading_zero: false,
            grouped: false,
            mag_exp: 0,
        });
    }
    None
}

/// The power of ten of the trillion word (`List::TrillionWord`).
const TRILLION: u32 = 12;

/// `3兆1,326亿`, `1兆2660亿`: an Arabic integer, the trillion word
/// (`List::TrillionWord`), then an Arabic integer (thousands commas allowed)
/// with 亿 or 万 below a trillion, and any smaller parts after it; the total
/// and its end. Nothing when no such part follows (`5兆瓦` is a unit).
fn trillion_parts(text: &str, first: Decimal, end: usize) -> Option<(Decimal, usize)> {
    let c = char_at(text, end)?;
    if !crate::lexicon::has_char(crate::lexicon::List::TrillionWord, c) {
        return None;
    }
    let at = end + c.len_utf8();
    arabic::digit(char_at(text, at)?)?;
    let a = arabic::read(text, at)?;
    let m = a.mantissa.filter(|_| a.scale == 0)?;
    let (exp, part_end) = magnitude::read_suffix(text, a.end).filter(|(e, _)| *e >= 4)?;
    let part = Decimal::new(m, 0)?.checked_mul_pow10(exp)?;
    if part >= Decimal::ONE.checked_mul_pow10(TRILLION)? {
        return None;
    }
    let total = first.checked_mul_pow10(TRILLION)?.checked_add(part)?;
    let (total, end, _) = smaller_parts(text, total, part_end, exp);
    Some((total, end))
}

/// The rest of a figure written with several magnitudes after the first
/// part (`5万` of `5万4千6百`, `3万` of `3万4000`, `1亿2000万`): each
/// further part is an Arabic integer (thousands commas allowed:
/// `452亿8,200万`), with a magnitude smaller than the
/// last one, or without one when it has as many digits as that magnitude
/// has zeros (`3万4000`, not `3万4`, which may be elided speech). A 万 or
/// 亿 larger than the first magnitude after the parts multiplies them all
/// (`3千5百万` is 35000000, `2千零30万` 20300000). Returns the total, its end
/// and its largest magnitude; the first part alone when nothing follows.
fn smaller_parts(text: &str, first: Decimal, end: usize, exp: u32) -> (Decimal, usize, u32) {
    let (mut total, mut end, mut last) = (first, end, exp);
    let first_end = end;
    // The whole figure times a magnitude larger than its first one.
    let times = |total: Decimal, e: u32| {
        (e >= 4 && e > exp)
            .then(|| total.checked_mul_pow10(e))
            .flatten()
    };
    while last >= 2 {
        // 1千零20: 零 marks a gap, and the part after it is short.
        let zero = text[end..].starts_with(ZERO);
        let at = if zero { end + ZERO.len_utf8() } else { end };
        let Some(c) = char_at(text, at) else { break };
        if arabic::digit(c).is_none() {
            break;
        }
        let Some(a) = arabic::read(text, at) else {
            break;
        };
        // A part may carry thousands commas (`452亿8,200万`, `3万4,000`):
        // the reader only groups by threes, and a part as large as the
        // magnitude before it stops below.
        let Some(m) = a.mantissa.filter(|_| a.scale == 0) else {
            break;
        };
        let Some(part) = Decimal::new(m, 0) else {
            break;
        };
        let (part, part_end, part_exp) = match magnitude::read_suffix(text, a.end) {
            Some((e, pe)) if e < last => match part.checked_mul_pow10(e) {
                Some(v) => (v, pe, e),
                None => break,
            },
            // 2千零30万, 3千5百万: the part (with its own 百 or 千) and the
            // parts before it, times 万 or 亿.
            Some((e, pe)) => {
                let inner = char_at(text, a.end)
                    .and_then(magnitude::small_unit)
                    .unwrap_or(0);
                let whole = part
                    .checked_mul_pow10(inner)
                    .filter(|p| {
                        inner < last
                            && Decimal::ONE
                                .checked_mul_pow10(last)
                                .is_some_and(|limit| *p < limit)
                    })
                    .and_then(|p| total.checked_add(p))
                    .and_then(|t| times(t, e - inner));
                match whole {
                    Some(t) => return (t, pe, e - inner),
                    None => break,
                }
            }
            None if (a.int_digits as u32 == last || zero && (a.int_digits as u32) < last)
                && last <= 4 =>
            {
                (part, a.end, 0)
            }
            None => break,
        };
        let Some(limit) = Decimal::ONE.checked_mul_pow10(last) else {
            break;
        };
        if part >= limit || part == Decimal::ZERO {
            break;
        }
        let Some(t) = total.checked_add(part) else {
            break;
        };
        total = t;
        end = part_end;
        last = part_exp;
    }
    // 3千5百万: the parts, then 万 for them all.
    if end > first_end {
        if let Some((e, pe)) = magnitude::read_suffix(text, end) {
            if let Some(t) = times(total, e) {
                return (t, pe, e);
            }
        }
    }
    (total, end, exp)
}

/// A decimal written without its leading zero (`.5` = 0.5): a point and
/// ASCII digits, with no magnitude after them.
fn read_point_first(text: &str, at: usize) -> Option<Numeral> {
    let a = arabic::read(text, at + 1)?;
    if a.scale > 0 || a.grouped || !text.as_bytes()[at + 1].is_ascii_digit() {
        return None;
    }
    let value = Decimal::new(a.mantissa?, u32::try_from(a.int_digits).ok()?)?;
    Some(Numeral {
        value,
        high: None,
        end: a.end,
        form: Form::Arabic,
        more: false,
        approx: false,
        has_unit: false,
        leading_unit: false,
        int_digits: 1,
        decimal: true,
        leading_zero: false,
        grouped: false,
        mag_exp: 0,
    })
}

/// True when the number ends in a way 多/余 can follow: a unit character
/// (`三十`, `4万`) or an Arabic integer ending in 0 (`30`, `1300`).
fn takes_more(text: &str, n: &Numeral) -> bool {
    if n.decimal {
        return n.has_unit;
    }
    match n.form {
        Form::Arabic => {
            n.has_unit
                || text[..n.end]
                    .chars()
                    .next_back()
                    .is_some_and(|c| crate::chars::halfwidth(c) == '0')
        }
        Form::Chinese => text[..n.end]
            .chars()
            .next_back()
            .is_some_and(|c| magnitude::any_unit(c).is_some()),
        Form::DigitString => false,
    }
}

/// The full reading at `at`: a plain number plus the infixes 多/余
/// (`1200多亿`, `4万多`, `2.1万余`, `十余`, `十几`) and the vague forms
/// `几十`/`数百` (more than 10/100) and `上百`/`上千` (about 100/1000).
pub(crate) fn read(text: &str, at: usize) -> Option<Numeral> {
    let c = char_at(text, at)?;
    if crate::lexicon::has_char(crate::lexicon::List::VagueNumeral, c) {
        let after = at + c.len_utf8();
        let next = char_at(text, after)?;
        magnitude::any_unit(next)?;
        let about = crate::lexicon::has_keyed_char(crate::lexicon::List::VagueNumeral, "about", c);
        if about && magnitude::small_unit(next) == Some(1) {
            return None;
        }
        let mut n = read_plain(text, after)?;
        if !n.leading_unit {
            return None;
        }
        // 人数百分之二十: 百分之/千分之 opens a percent and takes no numeral
        // before it, so a vague 数/几/上 there is no figure (the 数 of 人数).
        if text[n.end..].starts_with(crate::chars::FRACTION_MARK) {
            return None;
        }
        if about {
            n.approx = true;
        } else {
            n.more = true;
        }
        return Some(n);
    }
    let mut n = read_plain(text, at)?;
    // 1200多亿: 多/余 between digits and a magnitude.
    if n.form == Form::Arabic && !n.has_unit && !n.decimal {
        if let Some(m) = char_at(text, n.end)
            .filter(|&m| crate::lexicon::has_char(crate::lexicon::List::MoreMark, m))
        {
            let after = n.end + m.len_utf8();
            if let Some((exp, e)) = magnitude::read_suffix(text, after) {
                if takes_more(text, &n) {
                    // Too large to hold: not a number (never a wrong value).
                    n.value = n.value.checked_mul_pow10(exp)?;
                    n.end = e;
                    n.has_unit = true;
                    n.more = true;
                    n.mag_exp = exp;
                    return Some(n);
                }
            }
        }
    }
    // 4万多, 十余, 十几, 30多.
    if n.high.is_none() {
        if let Some(m) = char_at(text, n.end) {
            // 一百零几万: a vague last digit after 零 adds nothing but the bound.
            let zero_ji = m == ZERO
                && n.form == Form::Chinese
                && takes_more(text, &n)
                && char_at(text, n.end + m.len_utf8())
                    .is_some_and(|c| crate::lexicon::has_char(crate::lexicon::List::VagueDigit, c));
            let ok = match m {
                m if crate::lexicon::has_char(crate::lexicon::List::MoreMark, m) => {
                    takes_more(text, &n)
                }
                m if crate::lexicon::has_char(crate::lexicon::List::VagueDigit, m) => {
                    n.form == Form::Chinese && takes_more(text, &n)
                }
                _ => zero_ji,
            };
            if ok {
                n.end += m.len_utf8();
                if zero_ji {
                    n.end += char_at(text, n.end).map_or(0, char::len_utf8);
                }
                n.more = true;
                // 十几万, 二十多万: a magnitude may still follow.
                if let Some((exp, e)) =
                    magnitude::read_suffix(text, n.end).filter(|(exp, _)| *exp >= 4)
                {
                    n.value = n.value.checked_mul_pow10(exp)?;
                    n.end = e;
                    n.mag_exp += exp;
                }
            }
        }
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(text: &str) -> (String, &str) {
        let (v, end) = read_number(text, 0).unwrap();
        (v.to_string(), &text[end..])
    }

    #[test]
    fn read_number_forms() {
        assert_eq!(num("1300家"), ("1300".into(), "家"));
        assert_eq!(num("1,300家"), ("1300".into(), "家"));
        assert_eq!(num("１３００家"), ("1300".into(), "家"));
        assert_eq!(num("0.005mm"), ("0.005".into(), "mm"));
        assert_eq!(num("2.1万余台"), ("21000".into(), "余台"));
        assert_eq!(num("1.40万亿元"), ("1400000000000".into(), "元"));
        assert_eq!(num("2.96亿元"), ("296000000".into(), "元"));
        assert_eq!(num("4250万美元"), ("42500000".into(), "美元"));
        assert_eq!(num("三千五百万元"), ("35000000".into(), "元"));
        assert_eq!(num("二〇二五年"), ("2025".into(), "年"));
        assert_eq!(num("十四五"), ("14".into(), "五"));
        // Several magnitudes: one figure.
        assert_eq!(num("5万4千6百元"), ("54600".into(), "元"));
        assert_eq!(num("3万4000元"), ("34000".into(), "元"));
        assert_eq!(num("2万5千人"), ("25000".into(), "人"));
        assert_eq!(num("1亿2000万元"), ("120000000".into(), "元"));
        // A part with thousands commas (Hong Kong reports): still one figure.
        assert_eq!(num("452亿8,200万元"), ("45282000000".into(), "元"));
        assert_eq!(num("3万4,000元"), ("34000".into(), "元"));
        assert_eq!(num("1亿2,000万元"), ("120000000".into(), "元"));
        assert_eq!(num("5万4,000,000元"), ("50000".into(), "4,000,000元"));
        assert_eq!(
            num("452亿、8,200万元"),
            ("45200000000".into(), "、8,200万元")
        );
        // 兆 (10^12) before a part with 亿 or 万 (Taiwan usage); alone a unit's prefix.
        assert_eq!(num("2兆3,450亿元"), ("2345000000000".into(), "元"));
        assert_eq!(num("7兆88亿5000万元"), ("7008850000000".into(), "元"));
        assert_eq!(num("5兆瓦"), ("5".into(), "兆瓦"));
        assert_eq!(num("5兆5"), ("5".into(), "兆5"));
        assert_eq!(num("10万万"), ("1000000000".into(), ""));
        // Elided or larger parts are not joined.
        assert_eq!(num("3万4人"), ("30000".into(), "4人"));
        assert_eq!(num("3万5万"), ("30000".into(), "5万"));
        assert_eq!(num("1千零20"), ("1020".into(), ""));
        assert_eq!(num("5.67 万亿元"), ("5670000000000".into(), "元"));
        assert_eq!(num("1000  万"), ("1000".into(), "  万"));
        assert_eq!(num("3万零400元"), ("30400".into(), "元"));
        assert_eq!(num("3千5百万元"), ("35000000".into(), "元"));
        assert_eq!(num("2千零30万"), ("20300000".into(), ""));
        assert_eq!(num("1千2百亿"), ("120000000000".into(), ""));
        assert!(read_number("元", 0).is_none());
        assert_eq!(num(".5%"), ("0.5".into(), "%"));
        assert!(read_number(".", 0).is_none());
        // Offsets in the middle of a text.
        let t = "营收2.96亿元";
        assert_eq!(read_number(t, 6), Some(("296000000".parse().unwrap(), 13)));
    }

    #[test]
    fn parse_chinese_whole() {
        let p = |s| parse_chinese(s).map(|d| d.to_string());
        assert_eq!(p("一百二十三").as_deref(), Some("123"));
        assert_eq!(p("两千").as_deref(), Some("2000"));
        assert_eq!(p("二〇二五").as_deref(), Some("2025"));
        assert_eq!(p("十四").as_deref(), Some("14"));
        assert_eq!(p("壹佰贰拾叁").as_deref(), Some("123"));
        assert_eq!(p("三千五百万").as_deref(), Some("35000000"));
        assert_eq!(p("三十一").as_deref(), Some("31"));
        assert_eq!(p("十二").as_deref(), Some("12"));
        assert_eq!(p("一百二十三元"), None);
        assert_eq!(p("两三"), None);
        assert_eq!(p(""), None);
    }

    #[test]
    fn infixes_and_vague() {
        fn r(s: &str) -> (String, bool, bool, &str) {
            let n = read(s, 0).unwrap();
            (n.value.to_string(), n.more, n.approx, &s[n.end..])
        }
        assert_eq!(r("1200多亿元"), ("120000000000".into(), true, false, "元"));
        assert_eq!(r("4万多吨"), ("40000".into(), true, false, "吨"));
        assert_eq!(r("2.1万余台"), ("21000".into(), true, false, "台"));
        assert_eq!(r("1300余台"), ("1300".into(), true, false, "台"));
        assert_eq!(r("十余家"), ("10".into(), true, false, "家"));
        assert_eq!(r("十几家"), ("10".into(), true, false, "家"));
        assert_eq!(r("几十家"), ("10".into(), true, false, "家"));
        assert_eq!(r("数十亿元"), ("1000000000".into(), true, false, "元"));
        assert_eq!(r("上百家"), ("100".into(), false, true, "家"));
        assert_eq!(r("二十多万人"), ("200000".into(), true, false, "人"));
        assert_eq!(r("一百零几万人"), ("1000000".into(), true, false, "人"));
        assert_eq!(r("一千五百零几万"), ("15000000".into(), true, false, ""));
        // 15多 is not a form; 几个 is not a number.
        assert_eq!(r("15多家"), ("15".into(), false, false, "多家"));
        assert!(read("几个", 0).is_none());
        assert!(read("数据", 0).is_none());
        assert!(read("上十", 0).is_none());
        assert!(read("上拾", 0).is_none());
        assert_eq!(r("数十家"), ("10".into(), true, false, "家"));
        let n = read("两三家", 0).unwrap();
        assert_eq!(
            (n.value.to_string(), n.high.unwrap().to_string()),
            ("2".into(), "3".into())
        );
    }

    #[test]
    fn too_large_is_not_read() {
        let nines = "9".repeat(400);
        assert!(read_number(&nines, 0).is_none());
        let t = format!("{}亿亿", "9".repeat(36));
        assert!(read_number(&t, 0).is_none());
    }

    #[test]
    fn vague_numeral_before_per_hundred_is_none() {
        // 百分之 opens a percent: the 数 of 人数 before it is no "several".
        assert!(read("数百分之二十以上", 0).is_none());
        assert!(read("几千分之三", 0).is_none());
        assert!(read("上百分之十", 0).is_none());
        // Elsewhere the vague forms stand.
        let n = read("数百名", 0).unwrap();
        assert_eq!((n.value.to_string(), n.more), ("100".into(), true));
    }
}
