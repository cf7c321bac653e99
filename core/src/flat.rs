//! One entity as a row of flat, optional fields: the columns of the long
//! table that [`crate::arrow`] builds (and that Parquet, Polars and Spark
//! receive). [`FlatEntity::new`] reads the entity through its accessors, so
//! every long-table surface derives its fields in one place.
//!
//! The fields follow the Python binding's `Entity`: numeric kinds fill
//! `value`, `normalized`, `high`, `bound`, `unit`, `currency` and the change;
//! dates fill `year`/`month`/`day` and `normalized` (ISO 8601); periods fill
//! `from`/`to`.

use crate::decimal::Decimal;
use crate::entity::{Basis, Bound, DateValue, Direction, Entity, IsoText, Kind};
use crate::offsets::OffsetCursor;
use std::fmt;

/// The long table's columns, in order (`doc` is the input's row index).
///
/// ```
/// assert_eq!(shuzi::flat::COLUMNS[0], "doc");
/// assert_eq!(shuzi::flat::COLUMNS.len(), 18);
/// ```
pub const COLUMNS: [&str; 18] = [
    "doc",
    "kind",
    "text",
    "start",
    "end",
    "value",
    "normalized",
    "high",
    "bound",
    "unit",
    "currency",
    "change_direction",
    "change_basis",
    "year",
    "month",
    "day",
    "from",
    "to",
];

/// The exact value as text: a decimal (`296000000`) or a date's ISO 8601
/// text (`2024-05-31`), written without an intermediate `String`.
///
/// ```
/// let text = "2.96亿元";
/// let es = shuzi::extract(text);
/// let f = shuzi::flat::FlatEntity::new(&es[0], text);
/// assert_eq!(f.normalized.unwrap().to_string(), "296000000");
/// ```
#[derive(Debug, Clone, Copy)]
pub enum Normalized {
    /// A numeric kind's value.
    Number(Decimal),
    /// A date's ISO 8601 text.
    Date(IsoText),
}

impl fmt::Display for Normalized {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Normalized::Number(d) => fmt::Display::fmt(d, f),
            Normalized::Date(d) => fmt::Display::fmt(d, f),
        }
    }
}

/// One entity's row of the long table (without `doc`, `start` and `end`,
/// which need the document's index and an offset cursor: see
/// [`FlatEntity::code_points`]).
///
/// ```
/// use shuzi::flat::FlatEntity;
/// let text = "出口同比增长13.1%，2024年5月31日";
/// let es = shuzi::extract(text);
/// let pct = FlatEntity::new(&es[0], text);
/// assert_eq!((pct.kind.as_str(), pct.text, pct.value), ("percent", "13.1%", Some(13.1)));
/// assert_eq!(pct.unit, Some("%"));
/// assert_eq!(pct.change_direction.unwrap().as_str(), "up");
/// assert_eq!(pct.change_basis.unwrap().as_str(), "yoy");
/// let date = FlatEntity::new(&es[1], text);
/// assert_eq!((date.year, date.month, date.day), (Some(2024), Some(5), Some(31)));
/// assert_eq!(date.normalized.unwrap().to_string(), "2024-05-31");
/// assert!(date.value.is_none() && date.bound.is_none());
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct FlatEntity<'a> {
    /// What it is.
    pub kind: Kind,
    /// The exact substring of the input.
    pub text: &'a str,
    /// The value as the nearest `f64` (numeric kinds).
    pub value: Option<f64>,
    /// The exact value as text (numeric kinds and dates).
    pub normalized: Option<Normalized>,
    /// The upper end of a range, as the nearest `f64`.
    pub high: Option<f64>,
    /// How the value bounds the truth (numeric kinds).
    pub bound: Option<Bound>,
    /// The canonical unit (currency word, `%`, measure word, `kWh`, `year`).
    pub unit: Option<&'static str>,
    /// ISO 4217 code of money.
    pub currency: Option<&'static str>,
    /// Up or down, when a verb of change governs a numeric entity.
    pub change_direction: Option<Direction>,
    /// What the change is measured against, when the text says.
    pub change_basis: Option<Basis>,
    /// A date's year.
    pub year: Option<i32>,
    /// A date's month.
    pub month: Option<u8>,
    /// A date's day.
    pub day: Option<u8>,
    /// A period's start (ISO 8601).
    pub from: Option<IsoText>,
    /// A period's end (ISO 8601).
    pub to: Option<IsoText>,
}

/// `Some` ISO text of a known date, `None` of an unknown one.
fn iso(d: DateValue) -> Option<IsoText> {
    (!d.is_empty()).then(|| d.iso_text())
}

impl<'a> FlatEntity<'a> {
    /// The row of `entity`, found in `input`.
    ///
    /// ```
    /// let text = "2023年前三季度";
    /// let es = shuzi::extract(text);
    /// let f = shuzi::flat::FlatEntity::new(&es[0], text);
    /// assert_eq!(f.from.unwrap().to_string(), "2023-01");
    /// assert_eq!(f.to.unwrap().to_string(), "2023-09");
    /// ```
    pub fn new(entity: &Entity, input: &'a str) -> FlatEntity<'a> {
        let e = entity;
        let numeric = !matches!(e.kind, Kind::Date | Kind::Period);
        let date = e.date();
        let period = e.period();
        let change = e.change().filter(|_| numeric);
        FlatEntity {
            kind: e.kind,
            text: e.text(input),
            value: e.value().map(|v| v.to_f64()),
            normalized: match (e.value(), date) {
                (Some(v), _) if numeric => Some(Normalized::Number(v)),
                (_, Some(d)) => iso(d).map(Normalized::Date),
                _ => None,
            },
            high: e.high().map(|v| v.to_f64()),
            bound: numeric.then_some(e.bound),
            unit: e.unit(),
            currency: e.currency(),
            change_direction: change.map(|c| c.direction),
            change_basis: change.and_then(|c| c.basis),
            year: date.and_then(|d| d.year),
            month: date.and_then(|d| d.month),
            day: date.and_then(|d| d.day),
            from: period.and_then(|(f, _)| iso(f)),
            to: period.and_then(|(_, t)| iso(t)),
        }
    }

    /// `start` and `end` of `entity` in code points (Python `str` indices),
    /// with `cursor` over the same input moving forward (entities in text
    /// order cost one pass over the text).
    ///
    /// ```
    /// let text = "𠀀196家";
    /// let es = shuzi::extract(text);
    /// let mut cursor = shuzi::OffsetCursor::new(text);
    /// assert_eq!(shuzi::flat::FlatEntity::code_points(&mut cursor, &es[0]), (1, 5));
    /// ```
    pub fn code_points(cursor: &mut OffsetCursor<'_>, entity: &Entity) -> (usize, usize) {
        (
            cursor.chars(entity.span.start),
            cursor.chars(entity.span.end),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::FlatEntity;

    #[test]
    fn money_range_with_bound_and_currency() {
        let text = "约10亿至20亿美元";
        let es = crate::extract(text);
        let f = FlatEntity::new(&es[0], text);
        assert_eq!(f.kind.as_str(), "money");
        assert_eq!(f.text, "约10亿至20亿美元");
        assert_eq!(f.value, Some(1e9));
        assert_eq!(f.high, Some(2e9));
        assert_eq!(f.normalized.unwrap().to_string(), "1000000000");
        assert_eq!(f.bound.unwrap().as_str(), "approx");
        assert_eq!(f.currency, Some("USD"));
        assert!(f.year.is_none() && f.from.is_none() && f.change_direction.is_none());
    }

    #[test]
    fn partial_date_and_open_period() {
        let text = "5月28日";
        let es = crate::extract(text);
        let f = FlatEntity::new(&es[0], text);
        assert_eq!((f.year, f.month, f.day), (None, Some(5), Some(28)));
        assert_eq!(f.normalized.unwrap().to_string(), "--05-28");
        assert!(f.unit.is_none() && f.value.is_none());
    }
}
