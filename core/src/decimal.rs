//! An exact decimal number: an `i128` mantissa and a power-of-ten scale.
//!
//! Every value shuzi reads is a decimal that was written down (`2.96亿`,
//! `三千五百万`, `0.005`), so it is kept exactly and converted to `f64` only at
//! the edge ([`Decimal::to_f64`]). Arithmetic is checked: an operation that
//! would overflow returns `None`, and the caller decides (a numeral too large
//! to hold is simply not an entity).

use std::cmp::Ordering;
use std::fmt;
use std::num::NonZeroU8;
use std::str::FromStr;

/// The largest scale (digits after the point) a [`Decimal`] keeps.
pub const MAX_SCALE: u32 = 28;

/// An exact decimal: `mantissa × 10^-scale`, always stored normalised (no
/// trailing zeros in the mantissa while `scale > 0`).
///
/// ```
/// use shuzi::Decimal;
/// let yi = Decimal::from(100_000_000);
/// let v = "2.96".parse::<Decimal>().unwrap().checked_mul(yi).unwrap();
/// assert_eq!(v.to_string(), "296000000");
/// assert_eq!(v.to_f64(), 296000000.0);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    // The mantissa's two halves and the scale plus one: an `i128` field
    // would align the struct (and every entity) to 16 bytes, and the
    // non-zero scale gives `Option<Decimal>` a niche (24 bytes, not 48).
    lo: u64,
    hi: u64,
    scale1: NonZeroU8,
}

impl Default for Decimal {
    fn default() -> Decimal {
        Decimal::ZERO
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Decimal")
            .field("mantissa", &self.m())
            .field("scale", &self.s())
            .finish()
    }
}

impl Decimal {
    /// Zero.
    ///
    /// ```
    /// assert!(shuzi::Decimal::ZERO.is_zero());
    /// ```
    pub const ZERO: Decimal = Decimal::pack(0, 0);

    /// One.
    ///
    /// ```
    /// assert_eq!(shuzi::Decimal::ONE.to_string(), "1");
    /// ```
    pub const ONE: Decimal = Decimal::pack(1, 0);

    /// Builds `mantissa × 10^-scale`, or `None` when `scale` exceeds [`MAX_SCALE`].
    ///
    /// ```
    /// use shuzi::Decimal;
    /// assert_eq!(Decimal::new(5, 3).unwrap().to_string(), "0.005");
    /// assert_eq!(Decimal::new(1500, 2).unwrap().to_string(), "15");
    /// ```
    pub fn new(mantissa: i128, scale: u32) -> Option<Decimal> {
        if scale > MAX_SCALE {
            return None;
        }
        Some(Decimal::pack(mantissa, scale).normalized())
    }

    /// The mantissa of the normalised form.
    ///
    /// ```
    /// assert_eq!("1.50".parse::<shuzi::Decimal>().unwrap().mantissa(), 15);
    /// ```
    pub fn mantissa(&self) -> i128 {
        self.m()
    }

    /// The number of digits after the decimal point in the normalised form.
    ///
    /// ```
    /// assert_eq!("1.50".parse::<shuzi::Decimal>().unwrap().scale(), 1);
    /// ```
    pub fn scale(&self) -> u32 {
        self.s()
    }

    /// True for zero.
    ///
    /// ```
    /// assert!(!shuzi::Decimal::ONE.is_zero());
    /// ```
    pub fn is_zero(&self) -> bool {
        self.m() == 0
    }

    /// True for a value below zero.
    ///
    /// ```
    /// assert!("-1.2".parse::<shuzi::Decimal>().unwrap().is_negative());
    /// ```
    pub fn is_negative(&self) -> bool {
        self.m() < 0
    }

    /// True when the value has no fractional part.
    ///
    /// ```
    /// assert!("3.0".parse::<shuzi::Decimal>().unwrap().is_integer());
    /// assert!(!"3.1".parse::<shuzi::Decimal>().unwrap().is_integer());
    /// ```
    pub fn is_integer(&self) -> bool {
        self.s() == 0
    }

    /// The value as an `i64`, when it is an integer that fits.
    ///
    /// ```
    /// assert_eq!(shuzi::Decimal::from(42).to_i64(), Some(42));
    /// assert_eq!("4.2".parse::<shuzi::Decimal>().unwrap().to_i64(), None);
    /// ```
    pub fn to_i64(&self) -> Option<i64> {
        if self.s() == 0 {
            i64::try_from(self.m()).ok()
        } else {
            None
        }
    }

    /// The nearest `f64` (correctly rounded from the exact decimal text).
    ///
    /// ```
    /// assert_eq!("13.1".parse::<shuzi::Decimal>().unwrap().to_f64(), 13.1);
    /// ```
    pub fn to_f64(&self) -> f64 {
        // Fast path (Clinger): a mantissa below 2^53 and a power of ten up
        // to 10^22 are both exact f64s, so one IEEE division is correctly
        // rounded. This covers nearly every figure in text.
        const POW10: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];
        if self.m().unsigned_abs() < (1u128 << 53) && (self.s() as usize) < POW10.len() {
            return self.m() as f64 / POW10[self.s() as usize];
        }
        // Otherwise the canonical text is a valid Rust float literal;
        // parsing it rounds correctly, which `mantissa as f64 / 10^scale`
        // would not.
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    /// The negated value.
    ///
    /// ```
    /// assert_eq!(shuzi::Decimal::ONE.neg().to_string(), "-1");
    /// ```
    #[allow(clippy::should_implement_trait)] // also a `const`-friendly inherent method
    pub fn neg(self) -> Decimal {
        Decimal::pack(-self.m(), self.s())
    }

    /// `self × 10^exp`, checked (for magnitudes such as 万 = 10^4, 亿 = 10^8).
    ///
    /// ```
    /// use shuzi::Decimal;
    /// let v = "1.40".parse::<Decimal>().unwrap().checked_mul_pow10(12).unwrap();
    /// assert_eq!(v.to_string(), "1400000000000");
    /// ```
    pub fn checked_mul_pow10(self, exp: u32) -> Option<Decimal> {
        if exp <= self.s() {
            return Decimal::new(self.m(), self.s() - exp);
        }
        let up = exp - self.s();
        let factor = 10i128.checked_pow(up)?;
        Some(Decimal::pack(self.m().checked_mul(factor)?, 0))
    }

    /// `self × 10^-exp`, checked (per mille, percent of a base, …).
    ///
    /// ```
    /// use shuzi::Decimal;
    /// assert_eq!(Decimal::from(5).checked_div_pow10(3).unwrap().to_string(), "0.005");
    /// ```
    pub fn checked_div_pow10(self, exp: u32) -> Option<Decimal> {
        Decimal::new(self.m(), self.s().checked_add(exp)?)
    }

    /// Exact sum, or `None` on overflow.
    ///
    /// ```
    /// use shuzi::Decimal;
    /// let a: Decimal = "0.1".parse().unwrap();
    /// let b: Decimal = "0.2".parse().unwrap();
    /// assert_eq!(a.checked_add(b).unwrap().to_string(), "0.3");
    /// ```
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let scale = self.s().max(other.s());
        let a = self
            .m()
            .checked_mul(10i128.checked_pow(scale - self.s())?)?;
        let b = other
            .m()
            .checked_mul(10i128.checked_pow(scale - other.s())?)?;
        Decimal::new(a.checked_add(b)?, scale)
    }

    /// Exact product, or `None` on overflow or when the scale would exceed
    /// [`MAX_SCALE`].
    ///
    /// ```
    /// use shuzi::Decimal;
    /// let v = Decimal::from(3500).checked_mul(Decimal::from(10_000)).unwrap();
    /// assert_eq!(v.to_string(), "35000000");
    /// ```
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        Decimal::new(
            self.m().checked_mul(other.m())?,
            self.s().checked_add(other.s())?,
        )
    }

    /// `self / other`, exact when the quotient is a finite decimal, otherwise
    /// rounded half-away-from-zero to `digits` places after the point.
    /// Returns the quotient and whether it is exact; `None` for a zero divisor
    /// or overflow.
    ///
    /// ```
    /// use shuzi::Decimal;
    /// let (third, exact) = Decimal::ONE.checked_div(Decimal::from(3), 16).unwrap();
    /// assert_eq!(third.to_string(), "0.3333333333333333");
    /// assert!(!exact);
    /// let (half, exact) = Decimal::ONE.checked_div(Decimal::from(2), 16).unwrap();
    /// assert_eq!((half.to_string().as_str(), exact), ("0.5", true));
    /// ```
    pub fn checked_div(self, other: Decimal, digits: u32) -> Option<(Decimal, bool)> {
        if other.m() == 0 || digits > MAX_SCALE {
            return None;
        }
        // self/other = (ma / mb) × 10^(sb - sa); compute with `digits` extra places.
        let ma = self.m();
        let mb = other.m();
        // target scale for the result
        let target = digits;
        // numerator scaled: ma × 10^(target + sb - sa)  (exponent may be negative)
        let exp = target as i64 + other.s() as i64 - self.s() as i64;
        let (num, den) = if exp >= 0 {
            (ma.checked_mul(10i128.checked_pow(exp as u32)?)?, mb)
        } else {
            (ma, mb.checked_mul(10i128.checked_pow((-exp) as u32)?)?)
        };
        let q = num / den;
        let r = num % den;
        let exact = r == 0;
        let mut q = q;
        if !exact && r.unsigned_abs() * 2 >= den.unsigned_abs() {
            q += if (num < 0) != (den < 0) { -1 } else { 1 };
        }
        Some((Decimal::new(q, target)?, exact))
    }

    fn normalized(self) -> Decimal {
        let (mut m, mut scale) = (self.m(), self.s());
        if m == 0 {
            return Decimal::ZERO;
        }
        while scale > 0 && m % 10 == 0 {
            m /= 10;
            scale -= 1;
        }
        Decimal::pack(m, scale)
    }

    /// Packs `mantissa × 10^-scale` (`scale` at most [`MAX_SCALE`], checked
    /// by the callers) without normalising.
    const fn pack(mantissa: i128, scale: u32) -> Decimal {
        let bits = mantissa as u128;
        let scale1 = match NonZeroU8::new((scale as u8).wrapping_add(1)) {
            Some(s) => s,
            None => NonZeroU8::MIN,
        };
        Decimal {
            lo: bits as u64,
            hi: (bits >> 64) as u64,
            scale1,
        }
    }

    /// The mantissa as stored.
    const fn m(&self) -> i128 {
        ((self.hi as u128) << 64 | self.lo as u128) as i128
    }

    /// The scale as stored.
    const fn s(&self) -> u32 {
        self.scale1.get() as u32 - 1
    }
}

impl From<i64> for Decimal {
    fn from(v: i64) -> Decimal {
        Decimal::pack(v as i128, 0)
    }
}

impl From<u32> for Decimal {
    fn from(v: u32) -> Decimal {
        Decimal::from(v as i64)
    }
}

impl From<i32> for Decimal {
    fn from(v: i32) -> Decimal {
        Decimal::from(v as i64)
    }
}

/// The error of parsing a [`Decimal`] from text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseDecimalError(());

impl fmt::Display for ParseDecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid decimal literal")
    }
}

impl std::error::Error for ParseDecimalError {}

impl FromStr for Decimal {
    type Err = ParseDecimalError;

    /// Parses `[+-]digits[.digits]` (ASCII digits; no exponent, no separators).
    fn from_str(s: &str) -> Result<Decimal, ParseDecimalError> {
        let err = ParseDecimalError(());
        let (neg, body) = match s.as_bytes().first() {
            Some(b'-') => (true, &s[1..]),
            Some(b'+') => (false, &s[1..]),
            _ => (false, s),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        if int.is_empty() && frac.is_empty() {
            return Err(err);
        }
        let mut mantissa: i128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            if !b.is_ascii_digit() {
                return Err(err);
            }
            mantissa = mantissa
                .checked_mul(10)
                .and_then(|m| m.checked_add((b - b'0') as i128))
                .ok_or(ParseDecimalError(()))?;
        }
        let scale = u32::try_from(frac.len()).map_err(|_| ParseDecimalError(()))?;
        let d = Decimal::new(if neg { -mantissa } else { mantissa }, scale).ok_or(err)?;
        Ok(d)
    }
}

impl fmt::Display for Decimal {
    /// The canonical decimal text: no exponent, no trailing zeros, `-` for
    /// negatives (`"296000000"`, `"0.005"`, `"-1.2"`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The digits of |mantissa| (at most 39) on the stack.
        let mut buf = [0u8; 40];
        let mut at = buf.len();
        let mut m = self.m().unsigned_abs();
        loop {
            at -= 1;
            buf[at] = b'0' + (m % 10) as u8;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        let digits = std::str::from_utf8(&buf[at..]).map_err(|_| fmt::Error)?;
        let scale = self.s() as usize;
        if f.width().is_some() || f.precision().is_some() {
            // Padding asked for: build the text, then pad it.
            let mut out = String::with_capacity(digits.len() + scale + 3);
            write_canonical(&mut out, self.m() < 0, digits, scale)?;
            return f.pad(&out);
        }
        write_canonical(f, self.m() < 0, digits, scale)
    }
}

/// Writes `-`, the integer digits, `.` and the fraction of a decimal whose
/// absolute mantissa is `digits` with `scale` decimals.
fn write_canonical(
    out: &mut impl fmt::Write,
    negative: bool,
    digits: &str,
    scale: usize,
) -> fmt::Result {
    if negative {
        out.write_char('-')?;
    }
    if scale == 0 {
        out.write_str(digits)
    } else if digits.len() > scale {
        let (i, fr) = digits.split_at(digits.len() - scale);
        out.write_str(i)?;
        out.write_char('.')?;
        out.write_str(fr)
    } else {
        out.write_str("0.")?;
        for _ in 0..(scale - digits.len()) {
            out.write_char('0')?;
        }
        out.write_str(digits)
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let scale = self.s().max(other.s());
        let a = self.m().checked_mul(10i128.pow(scale - self.s()));
        let b = other.m().checked_mul(10i128.pow(scale - other.s()));
        match (a, b) {
            (Some(a), Some(b)) => a.cmp(&b),
            // Overflow while aligning: fall back to the float comparison.
            _ => self
                .to_f64()
                .partial_cmp(&other.to_f64())
                .unwrap_or(Ordering::Equal),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn to_f64_fast_path_rounds_as_parsing_does() {
        // Mantissas around 2^53 and scales around 22 on both sides of the
        // fast path's limits, and a spread of ordinary figures.
        let mut mantissas: Vec<i128> =
            vec![0, 1, 3, 7, 131, 296, 1_000_000_007, 123_456_789_012_345];
        for k in [1i128 << 52, (1 << 53) - 1, 1 << 53, (1 << 53) + 1, 1 << 60] {
            mantissas.extend([k, -k, k - 3, k + 3]);
        }
        let mut x: i128 = 88_172_645_463_325_252;
        for _ in 0..2000 {
            // xorshift: deterministic pseudo-random mantissas of every length
            x ^= (x << 13) & ((1 << 100) - 1);
            x ^= x >> 7;
            x ^= (x << 17) & ((1 << 100) - 1);
            mantissas.push(x % (1 << ((x.unsigned_abs() % 60) as u32 + 1)));
        }
        let mut checked = 0;
        for &m in &mantissas {
            for scale in [0, 1, 2, 5, 8, 15, 21, 22, 23, 30] {
                // Scales past MAX_SCALE are not decimals.
                let Some(dec) = Decimal::new(m, scale) else {
                    continue;
                };
                let want: f64 = dec.to_string().parse().unwrap();
                assert_eq!(dec.to_f64().to_bits(), want.to_bits(), "{dec}");
                checked += 1;
            }
        }
        assert!(checked > 10_000, "{checked}");
    }

    #[test]
    fn canonical_text() {
        assert_eq!(d("0.005").to_string(), "0.005");
        assert_eq!(d("296000000.00").to_string(), "296000000");
        assert_eq!(d("-1.20").to_string(), "-1.2");
        assert_eq!(d("0").to_string(), "0");
        assert_eq!(d(".5").to_string(), "0.5");
    }

    #[test]
    fn magnitudes_are_exact() {
        let v = d("2.96").checked_mul_pow10(8).unwrap();
        assert_eq!(v.to_string(), "296000000");
        assert_eq!(v.to_i64(), Some(296_000_000));
        assert_eq!(v.to_f64(), 296_000_000.0);
        let v = d("0.1").checked_mul_pow10(1).unwrap();
        assert_eq!(v, Decimal::ONE);
    }

    #[test]
    fn overflow_is_none() {
        let big = Decimal::new(i128::MAX / 10, 0).unwrap();
        assert!(big.checked_mul_pow10(5).is_none());
        assert!(big.checked_mul(Decimal::from(100)).is_none());
        assert!("9".repeat(60).parse::<Decimal>().is_err());
    }

    #[test]
    fn ordering_and_division() {
        assert!(d("1.5") < d("2"));
        assert!(d("-3") < d("0.1"));
        let (v, exact) = Decimal::from(2).checked_div(Decimal::from(3), 4).unwrap();
        assert_eq!((v.to_string().as_str(), exact), ("0.6667", false));
        assert!(Decimal::ONE.checked_div(Decimal::ZERO, 4).is_none());
    }

    #[test]
    fn rejects_malformed() {
        for bad in ["", ".", "1.2.3", "1e5", "--1", "１"] {
            assert!(bad.parse::<Decimal>().is_err(), "{bad}");
        }
    }
}
