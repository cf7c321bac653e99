//! Chinese numerals: 一二三 (with 两 and the financial capitals 壹贰叁),
//! 零/〇, the units 十百千 and 万亿 (`三千五百万`, `一万亿`), digit-by-digit
//! writing (`二〇二五`), elided tails (`一万五` = 15000), decimals with 点
//! (`十二点五`), and adjacent pairs read as a vague range (`两三`).

use crate::lexicon::{has_char, keyed, List};
use std::sync::LazyLock;

/// What a character is in a Chinese numeral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumChar {
    /// No numeral character.
    No,
    /// A digit one to nine (`一`, `两`, `壹`), with its value.
    Digit(u8),
    /// Zero (`零`, `〇`, `○`).
    Zero,
    /// A small magnitude (`十`, `百`, `千`, `拾`), with its power of ten.
    Small(u32),
    /// A large magnitude (`万`, `亿`), with its power of ten.
    Large(u32),
}

/// The numeral characters of `data/numeric_words.tsv` (`numeral_digit`,
/// `numeral_zero`, `small_magnitude`, `large_magnitude`), one slot per low
/// twelve bits of the code point: the grammar asks this of every character
/// it scans, and a slot is one comparison. Characters whose slot is taken
/// go to `overflow`.
struct NumChars {
    slots: Box<[(char, NumChar); 4096]>,
    overflow: Vec<(char, NumChar)>,
}

static NUM_CHARS: LazyLock<NumChars> = LazyLock::new(|| {
    let mut slots: Box<[(char, NumChar); 4096]> = vec![('\0', NumChar::No); 4096]
        .into_boxed_slice()
        .try_into()
        .unwrap_or_else(|_| unreachable!("4096 slots"));
    let mut overflow = Vec::new();
    let number = |k: &str| k.parse::<u32>().ok();
    let rows = keyed(List::NumeralDigit)
        .iter()
        .filter_map(|(w, k)| Some((*w, NumChar::Digit(u8::try_from(number(k)?).ok()?))))
        .chain(
            keyed(List::NumeralZero)
                .iter()
                .map(|(w, _)| (*w, NumChar::Zero)),
        )
        .chain(
            keyed(List::SmallMagnitude)
                .iter()
                .filter_map(|(w, k)| Some((*w, NumChar::Small(number(k)?)))),
        )
        .chain(
            keyed(List::LargeMagnitude)
                .iter()
                .filter_map(|(w, k)| Some((*w, NumChar::Large(number(k)?)))),
        );
    for (w, kind) in rows {
        let mut cs = w.chars();
        let (Some(c), None) = (cs.next(), cs.next()) else {
            continue;
        };
        let slot = &mut slots[c as usize & 0xFFF];
        if slot.1 == NumChar::No {
            *slot = (c, kind);
        } else if slot.0 != c && !overflow.iter().any(|(x, _)| *x == c) {
            overflow.push((c, kind));
        }
    }
    NumChars { slots, overflow }
});

/// What `c` is in a Chinese numeral.
#[inline]
pub(crate) fn num_char(c: char) -> NumChar {
    let t = &*NUM_CHARS;
    let (x, kind) = t.slots[c as usize & 0xFFF];
    if x == c {
        kind
    } else if t.overflow.is_empty() {
        NumChar::No
    } else {
        t.overflow
            .iter()
            .find(|(x, _)| *x == c)
            .map_or(NumChar::No, |(_, k)| *k)
    }
}

/// The value of a Chinese digit character (not 零/〇, see [`is_zero`]).
pub(crate) fn digit(c: char) -> Option<u8> {
    match num_char(c) {
        NumChar::Digit(d) => Some(d),
        _ => None,
    }
}

/// 零 and 〇 (and the circle `○` often typed for it).
pub(crate) fn is_zero(c: char) -> bool {
    num_char(c) == NumChar::Zero
}

/// True for any character a Chinese numeral is made of.
pub(crate) fn is_numeral_char(c: char) -> bool {
    num_char(c) != NumChar::No
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Digit(u8, bool), // value, is 两
    Zero,
    Small(u32),
    Large(u32),
}

/// At most [`MAX_CHARS`] tokens with their end bytes, without a heap
/// allocation per numeral.
struct Toks {
    buf: [(Tok, usize); MAX_CHARS],
    len: usize,
}

impl Default for Toks {
    fn default() -> Toks {
        Toks {
            buf: [(Tok::Zero, 0); MAX_CHARS],
            len: 0,
        }
    }
}

impl Toks {
    fn len(&self) -> usize {
        self.len
    }
    fn is_empty(&self) -> bool {
        self.len == 0
    }
    fn last(&self) -> Option<&(Tok, usize)> {
        self.as_slice().last()
    }
    /// Appends one token; the caller stops at [`MAX_CHARS`].
    fn push(&mut self, t: (Tok, usize)) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = t;
            self.len += 1;
        }
    }
    fn as_slice(&self) -> &[(Tok, usize)] {
        &self.buf[..self.len]
    }
}

/// A Chinese numeral as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Chinese {
    /// Integer mantissa and scale of the value.
    pub mantissa: i128,
    /// Digits after the point.
    pub scale: u32,
    /// The upper end of a vague pair (`两三` → 3).
    pub high: Option<i128>,
    /// Byte offset after the numeral.
    pub end: usize,
    /// Written digit by digit (`二〇二五`).
    pub digit_string: bool,
    /// Starts with a unit standing for one (`百亿`, `万元`, `十四`).
    pub leading_unit: bool,
    /// The last character is a unit (`三十`, `两万`), so 多/余 may follow.
    pub ends_with_unit: bool,
    /// A unit or magnitude character was written.
    pub has_unit: bool,
    /// Number of characters read.
    pub chars: usize,
}

const MAX_CHARS: usize = 40;

/// Reads the longest well-formed Chinese numeral at `at`.
pub(crate) fn read(text: &str, at: usize) -> Option<Chinese> {
    // Tokenise (bounded).
    let mut toks = Toks::default(); // tokens and their end bytes, on the stack
    let mut pos = at;
    let mut point_at: Option<usize> = None; // index into toks where the fraction starts
    for c in text[at..].chars() {
        if toks.len() >= MAX_CHARS {
            break;
        }
        let t = match num_char(c) {
            NumChar::Digit(d) => Some(Tok::Digit(d, has_char(List::Liang, c))),
            NumChar::Zero => Some(Tok::Zero),
            NumChar::Small(p) => Some(Tok::Small(p)),
            NumChar::Large(p) => Some(Tok::Large(p)),
            NumChar::No => None,
        };
        let t = if let Some(t) = t {
            t
        } else if has_char(List::NumeralPoint, c) && point_at.is_none() && !toks.is_empty() {
            // A point needs a digit right after it.
            let next = text[pos + c.len_utf8()..].chars().next();
            if next.is_some_and(|n| digit(n).is_some() || is_zero(n)) {
                pos += c.len_utf8();
                point_at = Some(toks.len());
                continue;
            }
            break;
        } else {
            break;
        };
        if point_at.is_some() {
            // After the point: digits, then at most large units.
            let in_frac = toks.len() > point_at.unwrap_or(usize::MAX);
            let large_before = in_frac && matches!(toks.last(), Some((Tok::Large(_), _)));
            let ok = match t {
                Tok::Digit(_, two) => !two && !large_before,
                Tok::Zero => !large_before,
                Tok::Large(_) => true,
                Tok::Small(_) => false,
            };
            if !ok {
                break;
            }
        }
        pos += c.len_utf8();
        toks.push((t, pos));
    }
    if toks.is_empty() {
        return None;
    }
    let toks = toks.as_slice();
    let int_toks = &toks[..point_at.unwrap_or(toks.len())];
    let frac_toks = &toks[point_at.unwrap_or(toks.len())..];
    if int_toks.is_empty() {
        return None;
    }

    // A vague pair before a unit: 二三十 (20 to 30), 两三百万.
    if let Some(pair) = vague_tens(int_toks) {
        return Some(pair);
    }

    // Digit-by-digit or a vague pair.
    let all_digits = int_toks
        .iter()
        .all(|(t, _)| matches!(t, Tok::Digit(..) | Tok::Zero));
    if all_digits && int_toks.len() >= 2 && frac_toks.is_empty() {
        return read_digit_run(int_toks, at);
    }

    let mut r = if int_toks.len() == 1 && int_toks[0].0 == Tok::Zero {
        (single(Tok::Zero, int_toks[0].1, at)?, 1)
    } else {
        eval_units(int_toks)?
    };
    if r.1 == int_toks.len() && !frac_toks.is_empty() {
        // Fraction digits, then optional large units (三点五亿).
        let mut m = r.0.mantissa;
        let mut scale = 0u32;
        let mut end = r.0.end;
        let mut exp = 0u32;
        let mut n_large = 0;
        let mut ok = true;
        for (t, e) in frac_toks {
            match t {
                Tok::Digit(d, _) => {
                    m = match m.checked_mul(10).and_then(|m| m.checked_add(*d as i128)) {
                        Some(m) => m,
                        None => {
                            ok = false;
                            break;
                        }
                    };
                    scale += 1;
                }
                Tok::Zero => {
                    m = match m.checked_mul(10) {
                        Some(m) => m,
                        None => {
                            ok = false;
                            break;
                        }
                    };
                    scale += 1;
                }
                Tok::Large(p) => {
                    if n_large == 1 && !(exp == 4 && *p == 8) || n_large >= 2 {
                        break;
                    }
                    exp += p;
                    n_large += 1;
                }
                Tok::Small(_) => break,
            }
            end = *e;
        }
        if ok && scale > 0 && scale <= 28 {
            let d = crate::decimal::Decimal::new(m, scale)?.checked_mul_pow10(exp)?;
            r.0.mantissa = d.mantissa();
            r.0.scale = d.scale();
            r.0.end = end;
            r.0.has_unit |= exp > 0;
            r.0.ends_with_unit = exp > 0;
            r.0.chars = text[at..end].chars().count();
        }
    }
    Some(r.0)
}

/// Two neighbouring digits (`二三`, `两三`, `一两`, `一二` of `一二十`) followed by a unit and
/// maybe a large unit: the range from the first to the second, in that
/// unit (`二三十` → 20 to 30, `两三百万` → 2000000 to 3000000).
fn vague_tens(toks: &[(Tok, usize)]) -> Option<Chinese> {
    let (Tok::Digit(a, _), Tok::Digit(b, second_two)) = (toks.first()?.0, toks.get(1)?.0) else {
        return None;
    };
    // 一二十 (10 to 20) before a unit as 二三十; 一二 alone needs 两 (一两).
    if b != a + 1 || (a == 1 && !second_two && !matches!(toks.get(2)?.0, Tok::Small(_))) {
        return None;
    }
    let (exp, used) = match (toks.get(2)?.0, toks.get(3).map(|t| t.0)) {
        (Tok::Small(p), Some(Tok::Large(q))) => (p + q, 4),
        (Tok::Small(p) | Tok::Large(p), _) => (p, 3),
        _ => return None,
    };
    // 二三十五 is no pair.
    if matches!(
        toks.get(used).map(|t| t.0),
        Some(Tok::Digit(..) | Tok::Zero)
    ) {
        return None;
    }
    let scale = 10i128.checked_pow(exp)?;
    Some(Chinese {
        mantissa: (a as i128).checked_mul(scale)?,
        scale: 0,
        high: Some((b as i128).checked_mul(scale)?),
        end: toks[used - 1].1,
        digit_string: false,
        leading_unit: false,
        ends_with_unit: true,
        has_unit: true,
        chars: used,
    })
}

fn read_digit_run(toks: &[(Tok, usize)], at: usize) -> Option<Chinese> {
    let digits: Vec<u8> = toks
        .iter()
        .map(|(t, _)| match t {
            Tok::Digit(d, _) => *d,
            _ => 0,
        })
        .collect();
    let has_two = toks.iter().any(|(t, _)| matches!(t, Tok::Digit(_, true)));
    // 两三, 三四, 一两: a vague pair.
    let second_two = matches!(toks[1].0, Tok::Digit(_, true));
    if digits.len() >= 2
        && digits[1] == digits[0] + 1
        && digits[0] > 0
        && (digits[0] != 1 || second_two)
        && (digits.len() == 2 || has_two)
    {
        let end = toks[1].1;
        return Some(Chinese {
            mantissa: digits[0] as i128,
            scale: 0,
            high: Some(digits[1] as i128),
            end,
            digit_string: false,
            leading_unit: false,
            ends_with_unit: false,
            has_unit: false,
            chars: 2,
        });
    }
    let has_zero = toks.iter().any(|(t, _)| matches!(t, Tok::Zero));
    if has_two || (digits.len() < 3 && !has_zero) {
        // Not a digit string: only the first digit stands.
        return single(toks[0].0, toks[0].1, at);
    }
    let mut m: i128 = 0;
    for d in &digits {
        m = m.checked_mul(10)?.checked_add(*d as i128)?;
    }
    Some(Chinese {
        mantissa: m,
        scale: 0,
        high: None,
        end: toks[toks.len() - 1].1,
        digit_string: true,
        leading_unit: false,
        ends_with_unit: false,
        has_unit: false,
        chars: digits.len(),
    })
}

fn single(t: Tok, end: usize, _at: usize) -> Option<Chinese> {
    let v = match t {
        Tok::Digit(d, _) => d,
        Tok::Zero => 0,
        _ => return None,
    };
    Some(Chinese {
        mantissa: v as i128,
        scale: 0,
        high: None,
        end,
        digit_string: false,
        leading_unit: false,
        ends_with_unit: false,
        has_unit: false,
        chars: 1,
    })
}

/// Evaluates the unit notation over the longest valid prefix of `toks`.
/// Returns the numeral and the number of tokens used.
fn eval_units(toks: &[(Tok, usize)]) -> Option<(Chinese, usize)> {
    let p10 = |p: u32| 10i128.pow(p);
    let mut total: i128 = 0; // 亿 part
    let mut group: i128 = 0; // 万 part within the current 亿 group
    let mut small: i128 = 0; // below 万
    let mut pending: Option<i128> = None;
    let mut last_small = 4u32;
    let mut used = 0usize;
    let mut leading_unit = false;
    let mut has_unit = false;
    let mut zero_before_pending = false;
    let mut prev: Option<Tok> = None;
    let mut prev_prev: Option<Tok> = None;
    for (i, (t, _)) in toks.iter().enumerate() {
        let ok = match *t {
            Tok::Digit(d, _) => {
                if pending.is_some() {
                    false
                } else {
                    zero_before_pending = matches!(prev, Some(Tok::Zero));
                    pending = Some(d as i128);
                    true
                }
            }
            Tok::Zero => pending.is_none() && i != 0,
            Tok::Small(p) => {
                if p >= last_small {
                    false
                } else {
                    let n = match pending.take() {
                        Some(n) => Some(n),
                        None if p == 1 && !matches!(prev, Some(Tok::Zero)) || i == 0 => {
                            if i == 0 {
                                leading_unit = true;
                            }
                            Some(1)
                        }
                        None if matches!(prev, Some(Tok::Zero)) && p == 1 => Some(1),
                        None => None,
                    };
                    match n
                        .and_then(|n| n.checked_mul(p10(p)))
                        .and_then(|v| small.checked_add(v))
                    {
                        Some(v) => {
                            small = v;
                            last_small = p;
                            true
                        }
                        None => false,
                    }
                }
            }
            // 万万 (四万万): an old way of writing 亿.
            Tok::Large(4)
                if group != 0
                    && total == 0
                    && small == 0
                    && pending.is_none()
                    && prev == Some(Tok::Large(4)) =>
            {
                match group.checked_mul(p10(4)) {
                    Some(v) => {
                        total = v;
                        group = 0;
                        last_small = 4;
                        true
                    }
                    None => false,
                }
            }
            Tok::Large(4) => {
                let mut sec = small + pending.unwrap_or(0);
                if sec == 0 && i == 0 {
                    sec = 1;
                    leading_unit = true;
                }
                if sec == 0 || group != 0 {
                    false
                } else {
                    pending = None;
                    match sec.checked_mul(p10(4)) {
                        Some(g) => {
                            group = g;
                            small = 0;
                            last_small = 4;
                            true
                        }
                        None => false,
                    }
                }
            }
            Tok::Large(_) => {
                let mut g = group + small + pending.unwrap_or(0);
                if g == 0 && i == 0 {
                    g = 1;
                    leading_unit = true;
                }
                if g == 0 || total != 0 {
                    false
                } else {
                    pending = None;
                    match g.checked_mul(p10(8)) {
                        Some(v) => {
                            total = v;
                            group = 0;
                            small = 0;
                            last_small = 4;
                            true
                        }
                        None => false,
                    }
                }
            }
        };
        if !ok {
            break;
        }
        if matches!(t, Tok::Small(_) | Tok::Large(_)) {
            has_unit = true;
        }
        prev_prev = prev;
        prev = Some(*t);
        used = i + 1;
    }
    // Drop trailing zeros (一百零 → 一百).
    while used > 0 && matches!(toks[used - 1].0, Tok::Zero) {
        used -= 1;
        prev = if used > 0 {
            Some(toks[used - 1].0)
        } else {
            None
        };
        prev_prev = if used > 1 {
            Some(toks[used - 2].0)
        } else {
            None
        };
    }
    if used == 0 {
        return None;
    }
    // Elided tail: 三千五 = 3500, 一万五 = 15000, 两亿五 = 2.5e8.
    let mut last = pending.unwrap_or(0);
    if let (Some(Tok::Digit(..)), Some(pp)) = (prev, prev_prev) {
        if !zero_before_pending {
            let scale_down = match pp {
                Tok::Small(p) if p >= 2 => Some(p - 1),
                Tok::Large(p) => Some(p - 1),
                _ => None,
            };
            if let Some(e) = scale_down {
                last = last.checked_mul(p10(e))?;
            }
        }
    }
    let value = total
        .checked_add(group)?
        .checked_add(small)?
        .checked_add(last)?;
    let ends_with_unit = matches!(prev, Some(Tok::Small(_) | Tok::Large(_)));
    let end = toks[used - 1].1;
    Some((
        Chinese {
            mantissa: value,
            scale: 0,
            high: None,
            end,
            digit_string: false,
            leading_unit,
            ends_with_unit,
            has_unit,
            chars: used,
        },
        used,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<(String, usize)> {
        read(s, 0).map(|c| {
            let d = crate::decimal::Decimal::new(c.mantissa, c.scale).unwrap();
            (d.to_string(), c.end)
        })
    }

    #[test]
    fn every_numeral_row_is_read_with_its_number() {
        for (l, want) in [
            (List::NumeralDigit, true),
            (List::NumeralZero, false),
            (List::SmallMagnitude, true),
            (List::LargeMagnitude, true),
        ] {
            for (w, k) in keyed(l) {
                let mut cs = w.chars();
                let c = cs.next().unwrap();
                assert!(cs.next().is_none(), "{w} {l}: one character a row");
                assert!(is_numeral_char(c), "{w} {l}");
                assert_eq!(k.parse::<u32>().is_ok(), want, "{w} {l}: key {k}");
            }
        }
        assert_eq!(digit('弌'), Some(1));
        assert_eq!(digit('俩'), Some(2));
        assert!(is_zero('○') && digit('零').is_none());
        assert_eq!(super::super::magnitude::any_unit('億'), Some(8));
        assert_eq!(num_char('仟'), NumChar::Small(3));
        assert_eq!(num_char('年'), NumChar::No);
    }

    #[test]
    fn unit_notation() {
        assert_eq!(v("一百二十三").unwrap().0, "123");
        assert_eq!(v("两千").unwrap().0, "2000");
        assert_eq!(v("十四").unwrap().0, "14");
        assert_eq!(v("十").unwrap().0, "10");
        assert_eq!(v("三十").unwrap().0, "30");
        assert_eq!(v("十万").unwrap().0, "100000");
        assert_eq!(v("三千五百万").unwrap().0, "35000000");
        assert_eq!(v("壹佰贰拾叁万").unwrap().0, "1230000");
        assert_eq!(v("一千零五").unwrap().0, "1005");
        assert_eq!(v("一亿三千万").unwrap().0, "130000000");
        assert_eq!(v("一万亿").unwrap().0, "1000000000000");
        assert_eq!(v("两万三千亿").unwrap().0, "2300000000000");
        assert_eq!(v("一百一十").unwrap().0, "110");
        assert_eq!(v("四万万").unwrap().0, "400000000");
        assert_eq!(v("四万万五千万").unwrap().0, "450000000");
    }

    #[test]
    fn digit_strings_and_pairs() {
        assert_eq!(v("二〇二五年").unwrap(), ("2025".into(), 12));
        assert_eq!(v("一九九八").unwrap().0, "1998");
        let c = read("两三家", 0).unwrap();
        assert_eq!((c.mantissa, c.high, c.end), (2, Some(3), 6));
        let c = read("一两个", 0).unwrap();
        assert_eq!((c.mantissa, c.high), (1, Some(2)));
        let c = read("二三十家", 0).unwrap();
        assert_eq!((c.mantissa, c.high, c.end), (20, Some(30), 9));
        let c = read("两三百万元", 0).unwrap();
        assert_eq!((c.mantissa, c.high), (2_000_000, Some(3_000_000)));
        // Two unrelated digits: only the first.
        assert_eq!(v("一二").unwrap(), ("1".into(), 3));
    }

    #[test]
    fn elision_and_points() {
        assert_eq!(v("三千五").unwrap().0, "3500");
        assert_eq!(v("一万五").unwrap().0, "15000");
        assert_eq!(v("两亿五").unwrap().0, "250000000");
        assert_eq!(v("十二点五").unwrap().0, "12.5");
        assert_eq!(v("三点五亿").unwrap().0, "350000000");
        assert_eq!(v("零点五").unwrap().0, "0.5");
        assert_eq!(v("两千万点五五四四").unwrap().0, "20000000.5544");
        // 三点 without a digit after is not a decimal.
        assert_eq!(v("三点建议").unwrap(), ("3".into(), 3));
    }

    #[test]
    fn leading_units_and_prefixes() {
        let c = read("百亿级", 0).unwrap();
        assert_eq!(
            (c.mantissa, c.leading_unit, c.end),
            (10_000_000_000, true, 6)
        );
        let c = read("万亿元", 0).unwrap();
        assert_eq!((c.mantissa, c.leading_unit), (1_000_000_000_000, true));
        // The longest valid prefix.
        assert_eq!(v("一亿亿").unwrap().0, "100000000");
        assert_eq!(v("十二三").unwrap().0, "12");
        assert!(read("元", 0).is_none());
    }

    #[test]
    fn hostile_runs_do_not_panic() {
        let s = "亿".repeat(100);
        let c = read(&s, 0).unwrap();
        assert_eq!(c.mantissa, 100_000_000);
        let s = "九".repeat(400);
        assert!(read(&s, 0).is_none() || read(&s, 0).unwrap().chars <= MAX_CHARS);
        let s = "九千九百九十九万".repeat(20);
        let _ = read(&s, 0);
    }
}
