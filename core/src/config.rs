//! [`Config`]: which kinds to keep and the reference date for relative time.

use crate::entity::Kind;
use crate::error::{Error, ErrorKind};
use std::fmt;
use std::str::FromStr;

/// A real calendar date that resolves 今年, 去年 and dates without a year.
///
/// ```
/// let d = shuzi::RefDate::parse("2026-06-02").unwrap();
/// assert_eq!((d.year(), d.month(), d.day()), (2026, 6, 2));
/// assert_eq!(d.to_string(), "2026-06-02");
/// assert!(shuzi::RefDate::parse("2026-6-2").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RefDate {
    year: i32,
    month: u8,
    day: u8,
}

/// Days in `month` of `year` (proleptic Gregorian), 0 for a month out of range.
///
/// ```
/// assert_eq!(shuzi::days_in_month(2024, 2), 29);
/// assert_eq!(shuzi::days_in_month(2026, 2), 28);
/// assert_eq!(shuzi::days_in_month(2026, 13), 0);
/// ```
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl RefDate {
    /// A checked date from its parts.
    ///
    /// ```
    /// assert!(shuzi::RefDate::new(2024, 2, 29).is_ok());
    /// assert!(shuzi::RefDate::new(2026, 2, 29).is_err());
    /// ```
    pub fn new(year: i32, month: u8, day: u8) -> Result<RefDate, Error> {
        let shown = format!("{year:04}-{month:02}-{day:02}");
        if !(1..=9999).contains(&year) {
            return Err(invalid(&shown, &format!("year {year} is out of range")));
        }
        if !(1..=12).contains(&month) {
            return Err(invalid(&shown, &format!("month {month} is out of range")));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(invalid(
                &shown,
                &format!("day {day} is not in month {month}"),
            ));
        }
        Ok(RefDate { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    ///
    /// ```
    /// assert_eq!(shuzi::RefDate::parse("x").unwrap_err().to_string(),
    ///            "invalid reference date \"x\": expected YYYY-MM-DD");
    /// ```
    pub fn parse(s: &str) -> Result<RefDate, Error> {
        let b = s.as_bytes();
        let shape = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape {
            return Err(invalid(s, "expected YYYY-MM-DD"));
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
        let (y, m, d) = (num(0..4), num(5..7), num(8..10));
        RefDate::new(y as i32, m as u8, d as u8).map_err(|_| {
            let why = if !(1..=12).contains(&m) {
                format!("month {m} is out of range")
            } else if y == 0 {
                "year 0 is out of range".to_string()
            } else {
                format!("day {d} is not in month {m}")
            };
            invalid(s, &why)
        })
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!(shuzi::RefDate::parse("2026-06-02").unwrap().year(), 2026);
    /// ```
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    ///
    /// ```
    /// assert_eq!(shuzi::RefDate::parse("2026-06-02").unwrap().month(), 6);
    /// ```
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month.
    ///
    /// ```
    /// assert_eq!(shuzi::RefDate::parse("2026-06-02").unwrap().day(), 2);
    /// ```
    pub fn day(&self) -> u8 {
        self.day
    }
}

fn invalid(shown: &str, why: &str) -> Error {
    Error::new(
        ErrorKind::InvalidDate,
        format!("invalid reference date {shown:?}: {why}"),
    )
}

impl FromStr for RefDate {
    type Err = Error;
    fn from_str(s: &str) -> Result<RefDate, Error> {
        RefDate::parse(s)
    }
}

impl fmt::Display for RefDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A set of [`Kind`]s.
///
/// ```
/// use shuzi::{Kind, KindSet};
/// let set = KindSet::parse_list("money, percent").unwrap();
/// assert!(set.contains(Kind::Money) && !set.contains(Kind::Count));
/// assert!(KindSet::all().contains(Kind::Period));
/// assert_eq!(KindSet::parse_list("money,coins").unwrap_err().to_string(),
///            "unknown kind \"coins\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KindSet(u32);

impl KindSet {
    /// Every kind.
    ///
    /// ```
    /// assert!(shuzi::KindSet::all().contains(shuzi::Kind::Number));
    /// ```
    pub fn all() -> KindSet {
        Kind::ALL.iter().copied().collect()
    }

    /// No kind.
    ///
    /// ```
    /// assert!(shuzi::KindSet::empty().is_empty());
    /// ```
    pub const fn empty() -> KindSet {
        KindSet(0)
    }

    /// True when no kind is in the set.
    ///
    /// ```
    /// assert!(!shuzi::KindSet::all().is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// Adds a kind.
    ///
    /// ```
    /// let mut s = shuzi::KindSet::empty();
    /// s.insert(shuzi::Kind::Date);
    /// assert!(s.contains(shuzi::Kind::Date));
    /// ```
    pub fn insert(&mut self, kind: Kind) {
        self.0 |= 1 << (kind as u32);
    }

    /// True when `kind` is in the set.
    ///
    /// ```
    /// assert!(!shuzi::KindSet::empty().contains(shuzi::Kind::Date));
    /// ```
    pub const fn contains(&self, kind: Kind) -> bool {
        self.0 & (1 << (kind as u32)) != 0
    }

    /// Parses a comma-separated list of kind names (`"money,percent"`).
    ///
    /// ```
    /// assert!(shuzi::KindSet::parse_list("date").is_ok());
    /// ```
    pub fn parse_list(list: &str) -> Result<KindSet, Error> {
        let mut set = KindSet::empty();
        for name in list.split(',').map(str::trim) {
            set.insert(name.parse()?);
        }
        Ok(set)
    }

    /// The kinds in the set, in [`Kind::ALL`] order.
    ///
    /// ```
    /// let s = shuzi::KindSet::parse_list("percent,money").unwrap();
    /// assert_eq!(s.iter().collect::<Vec<_>>(), [shuzi::Kind::Money, shuzi::Kind::Percent]);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = Kind> + '_ {
        Kind::ALL.iter().copied().filter(|k| self.contains(*k))
    }
}

impl Default for KindSet {
    fn default() -> KindSet {
        KindSet::all()
    }
}

impl FromIterator<Kind> for KindSet {
    fn from_iter<I: IntoIterator<Item = Kind>>(iter: I) -> KindSet {
        let mut s = KindSet::empty();
        for k in iter {
            s.insert(k);
        }
        s
    }
}

/// How to extract: the kinds to keep and the reference date.
///
/// ```
/// use shuzi::{Config, Kind, KindSet, RefDate};
/// let config = Config::default()
///     .with_kinds([Kind::Money].into_iter().collect())
///     .with_ref_date(Some(RefDate::parse("2026-06-02").unwrap()));
/// assert!(config.kinds().contains(Kind::Money));
/// assert_eq!(config.ref_date().unwrap().year(), 2026);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "RawConfig"))]
pub struct Config {
    kinds: KindSet,
    ref_date: Option<RefDate>,
}

impl Config {
    /// Keeps only these kinds.
    ///
    /// ```
    /// let c = shuzi::Config::default().with_kinds(shuzi::KindSet::empty());
    /// assert!(c.kinds().is_empty());
    /// ```
    pub fn with_kinds(mut self, kinds: KindSet) -> Config {
        self.kinds = kinds;
        self
    }

    /// Resolves relative years and yearless dates against this date.
    ///
    /// ```
    /// let c = shuzi::Config::default().with_ref_date(None);
    /// assert!(c.ref_date().is_none());
    /// ```
    pub fn with_ref_date(mut self, ref_date: Option<RefDate>) -> Config {
        self.ref_date = ref_date;
        self
    }

    /// The kinds kept.
    ///
    /// ```
    /// assert_eq!(shuzi::Config::default().kinds(), shuzi::KindSet::all());
    /// ```
    pub fn kinds(&self) -> KindSet {
        self.kinds
    }

    /// The reference date, if any.
    ///
    /// ```
    /// assert!(shuzi::Config::default().ref_date().is_none());
    /// ```
    pub fn ref_date(&self) -> Option<RefDate> {
        self.ref_date
    }

    /// Builds a configuration from the option names the bindings use
    /// (`kinds`, `ref_date`), rejecting bad values.
    ///
    /// ```
    /// let c = shuzi::Config::from_options(Some(&["money", "date"]), Some("2026-01-15")).unwrap();
    /// assert!(c.kinds().contains(shuzi::Kind::Date));
    /// let err = shuzi::Config::from_options(Some(&["mony"]), None).unwrap_err();
    /// assert_eq!(err.kind(), shuzi::ErrorKind::UnknownKind);
    /// ```
    pub fn from_options<S: AsRef<str>>(
        kinds: Option<&[S]>,
        ref_date: Option<&str>,
    ) -> Result<Config, Error> {
        let kinds = match kinds {
            None => KindSet::all(),
            Some(list) => {
                let mut set = KindSet::empty();
                for k in list {
                    set.insert(k.as_ref().parse()?);
                }
                set
            }
        };
        let ref_date = ref_date.map(RefDate::parse).transpose()?;
        Ok(Config { kinds, ref_date })
    }
}

#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
struct RawConfig {
    #[serde(default)]
    kinds: Option<Vec<String>>,
    #[serde(default, alias = "refDate")]
    ref_date: Option<String>,
}

#[cfg(feature = "serde")]
impl TryFrom<RawConfig> for Config {
    type Error = Error;
    fn try_from(raw: RawConfig) -> Result<Config, Error> {
        Config::from_options(raw.kinds.as_deref(), raw.ref_date.as_deref())
    }
}

#[cfg(feature = "serde")]
impl Config {
    /// Deserializes binding options as `Config`'s `Deserialize` does, but keeps
    /// a bad value's [`Error`] (and so its [`ErrorKind`]) apart from a
    /// malformed shape (an unknown option, a value of the wrong type), which is
    /// the deserializer's own error. Bindings use it to report the kind.
    ///
    /// ```
    /// use shuzi::{Config, ErrorKind};
    /// let mut de = serde_json::Deserializer::from_str(r#"{"kinds": ["coins"]}"#);
    /// let err = Config::deserialize_options(&mut de).unwrap().unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::UnknownKind);
    /// let mut de = serde_json::Deserializer::from_str(r#"{"refDate": "2026-06-02"}"#);
    /// let c = Config::deserialize_options(&mut de).unwrap().unwrap();
    /// assert_eq!(c.ref_date().unwrap().year(), 2026);
    /// let mut de = serde_json::Deserializer::from_str(r#"{"colour": "red"}"#);
    /// assert!(Config::deserialize_options(&mut de).is_err());
    /// ```
    pub fn deserialize_options<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Result<Config, Error>, D::Error> {
        <RawConfig as serde::Deserialize>::deserialize(deserializer).map(Config::try_from)
    }
}
