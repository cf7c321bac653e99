//! The typed value of an entity: [`Value`], one variant per kind, with the
//! units as closed enums ([`Currency`], [`PercentUnit`], [`QuantityUnit`],
//! [`DurationUnit`]). A date cannot carry a currency and a percentage cannot
//! have a measure word: what does not apply to a kind has no field.
//!
//! The JSON record ([`crate::json`]), the Python attributes and the
//! JavaScript objects are all derived from this one type.

use crate::decimal::Decimal;
use crate::entity::{DateValue, Kind, Point, Span};
use crate::error::ErrorKind;
use std::fmt;
use std::sync::LazyLock;

string_enum! {
    /// A currency by its ISO 4217 code; [`Currency::unit`] is the Chinese
    /// unit word of `data/currencies.tsv` (元 for CNY).
    ///
    /// ```
    /// use shuzi::Currency;
    /// assert_eq!("USD".parse::<Currency>().unwrap(), Currency::Usd);
    /// assert_eq!(Currency::Usd.as_str(), "USD");
    /// assert!("XYZ".parse::<Currency>().is_err());
    /// ```
    pub enum Currency {
        /// Renminbi.
        Cny => "CNY",
        /// US dollar.
        Usd => "USD",
        /// Euro.
        Eur => "EUR",
        /// Hong Kong dollar.
        Hkd => "HKD",
        /// Japanese yen.
        Jpy => "JPY",
        /// Pound sterling.
        Gbp => "GBP",
        /// Canadian dollar.
        Cad => "CAD",
        /// Russian rouble.
        Rub => "RUB",
        /// Singapore dollar.
        Sgd => "SGD",
        /// New Taiwan dollar.
        Twd => "TWD",
        /// Australian dollar.
        Aud => "AUD",
        /// Swiss franc.
        Chf => "CHF",
        /// South Korean won.
        Krw => "KRW",
        /// Nigerian naira.
        Ngn => "NGN",
        /// Macao pataca.
        Mop => "MOP",
    }
    error: ErrorKind::InvalidData, "currency"
}

/// The unit words of `data/currencies.tsv`, indexed like [`Currency::ALL`];
/// filled by the table loader, whose test checks every currency has one.
static CURRENCY_UNITS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut words = vec![""; Currency::ALL.len()];
    for (c, w) in crate::lexicon::currencies() {
        words[c as usize] = w;
    }
    words
});

impl Currency {
    /// The unit word written for an amount in this currency (元, 美元, …).
    ///
    /// ```
    /// assert_eq!(shuzi::Currency::Cny.unit(), "元");
    /// ```
    pub fn unit(self) -> &'static str {
        CURRENCY_UNITS.get(self as usize).copied().unwrap_or("")
    }
}

string_enum! {
    /// The unit of a percentage.
    ///
    /// ```
    /// assert_eq!("pp".parse::<shuzi::PercentUnit>().unwrap(), shuzi::PercentUnit::Points);
    /// ```
    pub enum PercentUnit {
        /// Percent (`%`).
        Percent => "%",
        /// Percentage points (个百分点).
        Points => "pp",
        /// Per mille (`‰`).
        PerMille => "‰",
        /// Basis points (个基点).
        BasisPoints => "bp",
    }
    error: ErrorKind::InvalidData, "percent unit"
}

string_enum! {
    /// The canonical unit of a physical quantity.
    ///
    /// ```
    /// assert_eq!("tce".parse::<shuzi::QuantityUnit>().unwrap().as_str(), "tce");
    /// ```
    pub enum QuantityUnit {
        /// 亩.
        Mu => "mu",
        /// Hectare.
        Hectare => "ha",
        /// Tonne.
        Tonne => "t",
        /// Tonne of standard coal equivalent.
        Tce => "tce",
        /// Kilogram of standard coal equivalent (千克标准煤).
        Kgce => "kgce",
        /// Kilogram.
        Kilogram => "kg",
        /// Gram.
        Gram => "g",
        /// 斤 (half a kilogram).
        Jin => "jin",
        /// Square metre.
        SquareMetre => "m2",
        /// Square kilometre.
        SquareKilometre => "km2",
        /// Cubic metre.
        CubicMetre => "m3",
        /// Millimetre.
        Millimetre => "mm",
        /// Centimetre.
        Centimetre => "cm",
        /// Metre.
        Metre => "m",
        /// Kilometre.
        Kilometre => "km",
        /// Kilowatt-hour.
        KilowattHour => "kWh",
        /// Kilowatt.
        Kilowatt => "kW",
        /// Megawatt.
        Megawatt => "MW",
        /// Gigawatt.
        Gigawatt => "GW",
        /// Megawatt-hour (兆瓦时).
        MegawattHour => "MWh",
        /// Gigawatt-hour (吉瓦时).
        GigawattHour => "GWh",
        /// Degree Celsius.
        Celsius => "°C",
        /// Deadweight tonnage (载重吨).
        Dwt => "dwt",
        /// Twenty-foot equivalent unit (标箱).
        Teu => "TEU",
        /// Kilovolt-ampere (千伏安).
        KilovoltAmpere => "kVA",
        /// Kilovolt (千伏, a voltage class).
        Kilovolt => "kV",
        /// Microgram (微克).
        Microgram => "μg",
        /// Nanometre (纳米, a chip process).
        Nanometre => "nm",
        /// Megabit per second (兆比特/秒).
        Mbps => "Mbps",
        /// Gigabit per second (吉比特/秒).
        Gbps => "Gbps",
        /// Terabit per second (太比特/秒).
        Tbps => "Tbps",
        /// Kilobyte.
        Kilobyte => "KB",
        /// Megabyte (兆字节).
        Megabyte => "MB",
        /// Gigabyte (吉字节).
        Gigabyte => "GB",
        /// Terabyte (太字节).
        Terabyte => "TB",
        /// Decibel (分贝, a noise level).
        Decibel => "dB",
        /// Tonne-kilometre (吨公里, freight turnover).
        TonneKilometre => "tkm",
        /// Passenger-kilometre (人公里, passenger turnover).
        PassengerKilometre => "pkm",
        /// Kilonewton (千牛, a load: `0.35kN/m2`).
        Kilonewton => "kN",
        /// Kilopascal (千帕, a pressure).
        Kilopascal => "kPa",
        /// Megapascal (兆帕, a pressure or a strength).
        Megapascal => "MPa",
    }
    error: ErrorKind::InvalidData, "quantity unit"
}

string_enum! {
    /// The unit of a length of time.
    ///
    /// ```
    /// assert_eq!(shuzi::DurationUnit::Month.as_str(), "month");
    /// ```
    pub enum DurationUnit {
        /// Years.
        Year => "year",
        /// Months.
        Month => "month",
        /// Weeks.
        Week => "week",
        /// Days.
        Day => "day",
        /// Working days.
        Workday => "workday",
        /// Hours.
        Hour => "hour",
        /// Minutes.
        Minute => "minute",
    }
    error: ErrorKind::InvalidData, "duration unit"
}

/// The number part of every numeric kind.
///
/// ```
/// let e = &shuzi::extract("10亿至20亿元")[0];
/// let f = e.figure().unwrap();
/// assert_eq!((f.value.to_string(), f.high.unwrap().to_string()), ("1000000000".into(), "2000000000".into()));
/// assert!(f.exact && !f.plus_minus);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Figure {
    /// The normalised value: base unit for money, percent for percentages,
    /// magnitude folded in for quantities.
    pub value: Decimal,
    /// The upper end of a range (`10亿至20亿元`).
    pub high: Option<Decimal>,
    /// False when `value` had to be rounded (`三分之一`). Values are never
    /// saturated: a numeral too large or too precise to hold exactly gives
    /// no entity.
    pub exact: bool,
    /// `±` was written before the number.
    pub plus_minus: bool,
}

impl Figure {
    /// An exact figure without a range.
    ///
    /// ```
    /// let f = shuzi::Figure::new(shuzi::Decimal::ONE);
    /// assert!(f.exact && f.high.is_none());
    /// ```
    pub const fn new(value: Decimal) -> Figure {
        Figure {
            value,
            high: None,
            exact: true,
            plus_minus: false,
        }
    }
}

/// How a date or period stands to the reference date.
///
/// ```
/// let r = shuzi::Relative::default();
/// assert!(!r.resolved && r.relative_years.is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Relative {
    /// A relative year (今年, 去年) was resolved against the reference date.
    pub resolved: bool,
    /// Unresolved relative years: 0 for 今年, -1 for 去年, -5 for 过去五年.
    pub relative_years: Option<i32>,
}

/// What an entity says, by kind.
///
/// ```
/// use shuzi::{Currency, Value};
/// let e = &shuzi::extract("4250万美元")[0];
/// match e.value {
///     Value::Amount { figure, currency } => {
///         assert_eq!((figure.value.to_string(), currency), ("42500000".into(), Currency::Usd));
///     }
///     _ => unreachable!("an amount"),
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Value {
    /// A figure with no unit.
    Number(Figure),
    /// A multiple (`1.86倍`): a `number` whose unit is 倍.
    Multiple(Figure),
    /// An amount of money.
    Amount {
        /// The amount, in the currency's base unit.
        figure: Figure,
        /// Its currency.
        currency: Currency,
    },
    /// A percentage, percentage points or per mille.
    Percent {
        /// The value in `unit`.
        figure: Figure,
        /// `%`, `pp` or `‰`.
        unit: PercentUnit,
    },
    /// A number with a measure word.
    Count {
        /// How many.
        figure: Figure,
        /// The measure word (家, 台, 个 …).
        measure: &'static str,
        /// The counted thing right after it (`196家知名企业` → `知名企业`).
        noun: Option<Span>,
    },
    /// A physical measurement.
    Quantity {
        /// The value in `unit`, magnitude folded in.
        figure: Figure,
        /// The canonical unit.
        unit: QuantityUnit,
        /// The unit as written (`吨标准煤`).
        unit_text: &'static str,
    },
    /// A quantity per physical unit, a `quantity` too: a density or a
    /// yield (`16922人/平方公里` → `人/km2`, `1.2吨/亩` → `t/mu`).
    Rate {
        /// The value, magnitude folded in.
        figure: Figure,
        /// The canonical unit: the measure word or unit code of what is
        /// counted or measured, `/`, the code of the physical unit it is per.
        unit: &'static str,
        /// The unit as written (`人/平方公里`).
        unit_text: &'static str,
    },
    /// A length of time.
    Duration {
        /// How many units.
        figure: Figure,
        /// Years, months, ….
        unit: DurationUnit,
        /// The unit as written when it is printed: an age's 岁 or 周岁.
        unit_text: Option<&'static str>,
    },
    /// A rank or sequence.
    Ordinal {
        /// The rank.
        figure: Figure,
        /// The measure word, when written (第三届 → 届).
        measure: Option<&'static str>,
    },
    /// A calendar date, possibly partial.
    Date {
        /// Year, month, day as far as known.
        date: DateValue,
        /// 年底, 月末: the end of the year or month.
        point: Option<Point>,
        /// Resolution against the reference date.
        relative: Relative,
    },
    /// A span of calendar time.
    Period {
        /// Its start (empty when unknown).
        from: DateValue,
        /// Its end (empty when unknown).
        to: DateValue,
        /// Resolution against the reference date.
        relative: Relative,
    },
}

impl Value {
    /// The kind this value is.
    ///
    /// ```
    /// let v = shuzi::Value::Number(shuzi::Figure::new(shuzi::Decimal::ONE));
    /// assert_eq!(v.kind(), shuzi::Kind::Number);
    /// ```
    pub const fn kind(&self) -> Kind {
        match self {
            Value::Number(_) | Value::Multiple(_) => Kind::Number,
            Value::Amount { .. } => Kind::Money,
            Value::Percent { .. } => Kind::Percent,
            Value::Count { .. } => Kind::Count,
            Value::Quantity { .. } | Value::Rate { .. } => Kind::Quantity,
            Value::Duration { .. } => Kind::Duration,
            Value::Ordinal { .. } => Kind::Ordinal,
            Value::Date { .. } => Kind::Date,
            Value::Period { .. } => Kind::Period,
        }
    }

    /// The figure of a numeric value.
    ///
    /// ```
    /// let v = shuzi::Value::Number(shuzi::Figure::new(shuzi::Decimal::ONE));
    /// assert_eq!(v.figure().unwrap().value, shuzi::Decimal::ONE);
    /// ```
    pub const fn figure(&self) -> Option<&Figure> {
        match self {
            Value::Number(figure)
            | Value::Multiple(figure)
            | Value::Amount { figure, .. }
            | Value::Percent { figure, .. }
            | Value::Count { figure, .. }
            | Value::Quantity { figure, .. }
            | Value::Rate { figure, .. }
            | Value::Duration { figure, .. }
            | Value::Ordinal { figure, .. } => Some(figure),
            Value::Date { .. } | Value::Period { .. } => None,
        }
    }

    /// The canonical unit as text: the currency's unit word, `%`/`pp`/`‰`,
    /// the measure word, the physical unit code, the duration unit.
    ///
    /// ```
    /// let e = &shuzi::extract("3000余亩")[0];
    /// assert_eq!(e.value.unit(), Some("mu"));
    /// ```
    pub fn unit(&self) -> Option<&'static str> {
        match self {
            Value::Amount { currency, .. } => Some(currency.unit()),
            Value::Percent { unit, .. } => Some(unit.as_str()),
            Value::Count { measure, .. } => Some(measure),
            Value::Quantity { unit, .. } => Some(unit.as_str()),
            Value::Rate { unit, .. } => Some(unit),
            Value::Duration { unit, .. } => Some(unit.as_str()),
            Value::Multiple(_) => Some(crate::chars::MULTIPLE),
            Value::Ordinal { measure, .. } => *measure,
            Value::Number(_) | Value::Date { .. } | Value::Period { .. } => None,
        }
    }

    /// Resolution against the reference date (dates and periods).
    ///
    /// ```
    /// let e = &shuzi::extract("去年")[0];
    /// assert_eq!(e.value.relative().unwrap().relative_years, Some(-1));
    /// ```
    pub const fn relative(&self) -> Option<&Relative> {
        match self {
            Value::Date { relative, .. } | Value::Period { relative, .. } => Some(relative),
            _ => None,
        }
    }
}

impl fmt::Display for Value {
    /// The value as the table output shows it: the decimal (`low–high` for
    /// a range), the ISO date, or `from…to`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Date { date, .. } => match date.iso() {
                Some(t) => f.write_str(&t),
                None => Ok(()),
            },
            Value::Period { from, to, .. } => write!(
                f,
                "{}{}{}",
                from.iso().as_deref().unwrap_or("?"),
                crate::chars::RANGE_MARK,
                to.iso().as_deref().unwrap_or("?")
            ),
            v => match v.figure() {
                Some(Figure {
                    value,
                    high: Some(h),
                    ..
                }) => write!(f, "{value}–{h}"),
                Some(fig) => write!(f, "{}", fig.value),
                None => Ok(()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_currency_has_a_unit_word() {
        for c in Currency::ALL {
            assert!(!c.unit().is_empty(), "{c}");
        }
    }

    #[test]
    fn enums_round_trip_their_text() {
        for u in QuantityUnit::ALL {
            assert_eq!(u.as_str().parse::<QuantityUnit>().unwrap(), *u);
        }
        for u in DurationUnit::ALL {
            assert_eq!(u.as_str().parse::<DurationUnit>().unwrap(), *u);
        }
        let e = "furlong".parse::<QuantityUnit>().unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidData);
    }
}
