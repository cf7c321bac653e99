//! The entity: [`Entity`], [`Kind`], [`Bound`], [`Change`], [`DateValue`];
//! its typed value is [`crate::Value`].
//!
//! An entity owns no text of the input: it holds byte [`Span`]s, and
//! `&text[entity.span.range()]` gives the text back, so a `Vec<Entity>` has no
//! lifetime and crosses threads freely. Canonical words (units, currency codes)
//! are enums or `&'static str` from the data tables.

use crate::decimal::Decimal;
use crate::error::ErrorKind;
use crate::value::{Figure, Value};
use std::fmt;
use std::ops::Range;

/// A half-open byte range `start..end` into the input text.
///
/// ```
/// use shuzi::Span;
/// let text = "增长13.1%";
/// let span = Span::new(6, 11);
/// assert_eq!(&text[span.range()], "13.1%");
/// assert_eq!(span.len(), 5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    ///
    /// ```
    /// assert_eq!(shuzi::Span::new(1, 3).start, 1);
    /// ```
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a `Range`, for slicing.
    ///
    /// ```
    /// assert_eq!(&"abc"[shuzi::Span::new(1, 3).range()], "bc");
    /// ```
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(shuzi::Span::new(2, 5).len(), 3);
    /// ```
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty span.
    ///
    /// ```
    /// assert!(shuzi::Span::new(2, 2).is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// True when the two spans share at least one byte.
    ///
    /// ```
    /// use shuzi::Span;
    /// assert!(Span::new(0, 3).overlaps(Span::new(2, 4)));
    /// assert!(!Span::new(0, 2).overlaps(Span::new(2, 4)));
    /// ```
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

string_enum! {
    /// What an entity is.
    ///
    /// ```
    /// use shuzi::Kind;
    /// assert_eq!("money".parse::<Kind>().unwrap(), Kind::Money);
    /// assert_eq!(Kind::Percent.as_str(), "percent");
    /// assert!("moneys".parse::<Kind>().is_err());
    /// ```
    pub enum Kind {
        /// A figure with no unit.
        Number => "number",
        /// An amount of money.
        Money => "money",
        /// A percentage, percentage points or per mille.
        Percent => "percent",
        /// A number with a measure word (量词).
        Count => "count",
        /// A physical measurement.
        Quantity => "quantity",
        /// A length of time.
        Duration => "duration",
        /// A rank or sequence.
        Ordinal => "ordinal",
        /// A calendar date, possibly partial.
        Date => "date",
        /// A span of calendar time.
        Period => "period",
    }
    error: ErrorKind::UnknownKind, "kind"
}

string_enum! {
    /// How the written value bounds the true one.
    ///
    /// ```
    /// assert_eq!(shuzi::Bound::MoreThan.as_str(), "more_than");
    /// ```
    pub enum Bound {
        /// The value as written.
        Exact => "exact",
        /// About the value (约, 左右, 上百).
        Approx => "approx",
        /// Above the value (超, 逾, 余, 多).
        MoreThan => "more_than",
        /// The value or above (以上, 不少于).
        AtLeast => "at_least",
        /// Below the value (不到, 不足, 近).
        LessThan => "less_than",
        /// The value or below (以下, 不超过, 以内).
        AtMost => "at_most",
        /// An order-of-magnitude class (百亿级).
        Level => "level",
    }
    error: ErrorKind::InvalidOption, "bound"
}

string_enum! {
    /// The direction of a change.
    ///
    /// ```
    /// assert_eq!(shuzi::Direction::Down.as_str(), "down");
    /// ```
    pub enum Direction {
        /// 增长, 提高, 上升, …
        Up => "up",
        /// 下降, 减少, 回落, …
        Down => "down",
    }
    error: ErrorKind::InvalidOption, "direction"
}

string_enum! {
    /// What a change is measured against.
    ///
    /// ```
    /// assert_eq!(shuzi::Basis::Yoy.as_str(), "yoy");
    /// ```
    pub enum Basis {
        /// Year on year (同比, 比上年, 较上年).
        Yoy => "yoy",
        /// Month on month (环比, 比上月, 较上月).
        Mom => "mom",
        /// Since the start of the year (较年初).
        YtdStart => "ytd_start",
    }
    error: ErrorKind::InvalidOption, "basis"
}

string_enum! {
    /// Which point of a date a word picks (年底, 月末 → end).
    ///
    /// ```
    /// assert_eq!(shuzi::Point::End.as_str(), "end");
    /// ```
    pub enum Point {
        /// The end of the year or month.
        End => "end",
    }
    error: ErrorKind::InvalidOption, "point"
}

/// A change governed by a verb (`同比增长13.1%`).
///
/// ```
/// use shuzi::{Change, Direction, Basis, Span};
/// let text = "同比增长13.1%";
/// let c = Change { direction: Direction::Up, basis: Some(Basis::Yoy), trigger: Span::new(0, 12) };
/// assert_eq!(&text[c.trigger.range()], "同比增长");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Change {
    /// Up or down; the entity's value stays positive.
    pub direction: Direction,
    /// What the change is measured against, when the text says.
    pub basis: Option<Basis>,
    /// The verb as written (with 同比/环比 when fused to it).
    pub trigger: Span,
}

/// A calendar date as far as it is known.
///
/// ```
/// use shuzi::DateValue;
/// let d = DateValue { year: Some(2024), month: Some(5), day: Some(31) };
/// assert_eq!(d.iso().unwrap(), "2024-05-31");
/// let d = DateValue { year: None, month: Some(5), day: Some(28) };
/// assert_eq!(d.iso().unwrap(), "--05-28");
/// assert_eq!(DateValue::default().iso(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct DateValue {
    /// The year, when known.
    pub year: Option<i32>,
    /// The month (1–12), when known.
    pub month: Option<u8>,
    /// The day of the month (1–31), when known.
    pub day: Option<u8>,
}

impl DateValue {
    /// ISO 8601 text of what is known: `2024-05-31`, `2024-03`, `2024`,
    /// `--05-28`, `--10`; `None` when nothing is known.
    ///
    /// ```
    /// use shuzi::DateValue;
    /// assert_eq!(DateValue { year: Some(2026), month: None, day: None }.iso().unwrap(), "2026");
    /// assert_eq!(DateValue { year: None, month: Some(10), day: None }.iso().unwrap(), "--10");
    /// ```
    pub fn iso(&self) -> Option<String> {
        (!self.is_empty()).then(|| self.iso_text().to_string())
    }

    /// True when nothing is known (a period's unknown end).
    ///
    /// ```
    /// assert!(shuzi::DateValue::default().is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.year.is_none() && self.month.is_none() && self.day.is_none()
    }

    /// The ISO text of [`DateValue::iso`] as a `Display`, written without a
    /// `String` (empty when nothing is known).
    ///
    /// ```
    /// use shuzi::DateValue;
    /// let d = DateValue { year: None, month: Some(5), day: Some(28) };
    /// assert_eq!(format!("{}", d.iso_text()), "--05-28");
    /// ```
    pub const fn iso_text(&self) -> IsoText {
        IsoText(*self)
    }
}

/// A [`DateValue`] displayed as ISO 8601 text ([`DateValue::iso_text`]).
///
/// ```
/// let d = shuzi::DateValue { year: Some(2024), month: Some(3), day: None };
/// assert_eq!(d.iso_text().to_string(), "2024-03");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct IsoText(DateValue);

impl fmt::Display for IsoText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.0;
        match (d.year, d.month, d.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}"),
            (Some(y), None, _) => write!(f, "{y:04}"),
            (None, Some(m), Some(d)) => write!(f, "--{m:02}-{d:02}"),
            (None, Some(m), None) => write!(f, "--{m:02}"),
            (None, None, Some(d)) => write!(f, "---{d:02}"),
            (None, None, None) => Ok(()),
        }
    }
}

/// One extracted expression: a span of the input with a kind and a value.
///
/// The value is a [`Value`], one variant per kind: a date has no currency, a
/// count has no canonical physical unit. `kind` is always `value.kind()`
/// (it is set by [`Entity::new`]); `bound` and `change` are meaningful for
/// the numeric kinds (`bound` is `exact` for dates and periods).
///
/// ```
/// use shuzi::{extract, Kind, Bound};
/// let text = "固定资产投资同比增长13.1%";
/// let e = &extract(text)[0];
/// assert_eq!(e.kind, Kind::Percent);
/// assert_eq!(&text[e.span.range()], "13.1%");
/// assert_eq!(e.value().unwrap().to_string(), "13.1");
/// assert_eq!(e.bound, Bound::Exact);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Entity {
    /// What it is: always `value.kind()`.
    pub kind: Kind,
    /// How the value bounds the truth.
    pub bound: Bound,
    /// Where it is, in bytes.
    pub span: Span,
    /// The change the number measures, when a verb of change governs it.
    pub change: Option<Change>,
    /// What it says.
    pub value: Value,
}

impl Entity {
    /// An entity with `value` at `span`, bound `exact`, no change.
    ///
    /// ```
    /// use shuzi::{Decimal, Entity, Figure, Kind, Span, Value};
    /// let e = Entity::new(Span::new(0, 2), Value::Number(Figure::new(Decimal::ONE)));
    /// assert_eq!(e.kind, Kind::Number);
    /// assert_eq!(e.value(), Some(Decimal::ONE));
    /// ```
    pub const fn new(span: Span, value: Value) -> Entity {
        Entity {
            kind: value.kind(),
            bound: Bound::Exact,
            span,
            change: None,
            value,
        }
    }

    /// The span as a byte range (`&text[e.range()]` is the entity's text).
    ///
    /// ```
    /// let text = "196家";
    /// let e = &shuzi::extract(text)[0];
    /// assert_eq!(&text[e.range()], "196家");
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.span.range()
    }

    /// The entity's text, given the input it came from.
    ///
    /// ```
    /// let text = "约8000万元";
    /// let e = &shuzi::extract(text)[0];
    /// assert_eq!(e.text(text), "约8000万元");
    /// ```
    pub fn text<'t>(&self, input: &'t str) -> &'t str {
        &input[self.span.range()]
    }

    /// The number part of a numeric entity (`None` for dates and periods).
    ///
    /// ```
    /// let e = &shuzi::extract("三分之一")[0];
    /// assert!(!e.figure().unwrap().exact);
    /// ```
    pub const fn figure(&self) -> Option<&Figure> {
        self.value.figure()
    }

    /// The normalised value of a numeric entity (`None` for dates and periods).
    ///
    /// ```
    /// let e = &shuzi::extract("2.96亿元")[0];
    /// assert_eq!(e.value().unwrap().to_string(), "296000000");
    /// ```
    pub fn value(&self) -> Option<Decimal> {
        self.figure().map(|f| f.value)
    }

    /// The upper end of a range (`10亿至20亿元`).
    ///
    /// ```
    /// let e = &shuzi::extract("5至8家")[0];
    /// assert_eq!(e.high().unwrap().to_string(), "8");
    /// ```
    pub fn high(&self) -> Option<Decimal> {
        self.figure().and_then(|f| f.high)
    }

    /// False when the value had to be rounded (`三分之一`); true for dates.
    ///
    /// ```
    /// assert!(shuzi::extract("196家")[0].exact());
    /// ```
    pub fn exact(&self) -> bool {
        !matches!(self.figure(), Some(f) if !f.exact)
    }

    /// The canonical unit: currency word, `%`/`pp`/`‰`, measure word, physical
    /// unit symbol, or duration unit.
    ///
    /// ```
    /// assert_eq!(shuzi::extract("196家")[0].unit(), Some("家"));
    /// ```
    pub fn unit(&self) -> Option<&'static str> {
        self.value.unit()
    }

    /// A quantity's unit as written (`吨标准煤`).
    ///
    /// ```
    /// assert_eq!(shuzi::extract("4万吨标准煤")[0].unit_text(), Some("吨标准煤"));
    /// ```
    pub fn unit_text(&self) -> Option<&'static str> {
        match self.value {
            Value::Quantity { unit_text, .. } | Value::Rate { unit_text, .. } => Some(unit_text),
            Value::Duration { unit_text, .. } => unit_text,
            _ => None,
        }
    }

    /// ISO 4217 code of an amount of money.
    ///
    /// ```
    /// assert_eq!(shuzi::extract("4250万美元")[0].currency(), Some("USD"));
    /// ```
    pub fn currency(&self) -> Option<&'static str> {
        match self.value {
            Value::Amount { currency, .. } => Some(currency.as_str()),
            _ => None,
        }
    }

    /// `±` was written before the number.
    ///
    /// ```
    /// assert!(shuzi::extract("±0.5%")[0].plus_minus());
    /// ```
    pub fn plus_minus(&self) -> bool {
        self.figure().is_some_and(|f| f.plus_minus)
    }

    /// The change a verb of change attaches to the figure.
    ///
    /// ```
    /// let e = &shuzi::extract("同比增长13.1%")[0];
    /// assert_eq!(e.change().unwrap().direction, shuzi::Direction::Up);
    /// ```
    pub fn change(&self) -> Option<&Change> {
        self.change.as_ref()
    }

    /// The counted thing right after a count, in bytes.
    ///
    /// ```
    /// let text = "196家知名企业";
    /// let e = &shuzi::extract(text)[0];
    /// assert_eq!(&text[e.noun().unwrap().range()], "知名企业");
    /// ```
    pub fn noun(&self) -> Option<Span> {
        match self.value {
            Value::Count { noun, .. } => noun,
            _ => None,
        }
    }

    /// A date's fields.
    ///
    /// ```
    /// let e = &shuzi::extract("2024年5月31日")[0];
    /// assert_eq!(e.date().unwrap().iso().unwrap(), "2024-05-31");
    /// ```
    pub fn date(&self) -> Option<DateValue> {
        match self.value {
            Value::Date { date, .. } => Some(date),
            _ => None,
        }
    }

    /// A period's start and end (empty [`DateValue`]s when unknown).
    ///
    /// ```
    /// let e = &shuzi::extract("2023年前三季度")[0];
    /// let (from, to) = e.period().unwrap();
    /// assert_eq!((from.iso().unwrap(), to.iso().unwrap()), ("2023-01".into(), "2023-09".into()));
    /// ```
    pub fn period(&self) -> Option<(DateValue, DateValue)> {
        match self.value {
            Value::Period { from, to, .. } => Some((from, to)),
            _ => None,
        }
    }

    /// 年底, 月末: the end of the year or month (dates).
    ///
    /// ```
    /// assert_eq!(shuzi::extract("2025年末")[0].point(), Some(shuzi::Point::End));
    /// ```
    pub fn point(&self) -> Option<Point> {
        match self.value {
            Value::Date { point, .. } => point,
            _ => None,
        }
    }

    /// A relative year (今年, 去年) was resolved against the reference date.
    ///
    /// ```
    /// assert!(!shuzi::extract("去年")[0].resolved());
    /// ```
    pub fn resolved(&self) -> bool {
        self.value.relative().is_some_and(|r| r.resolved)
    }

    /// Unresolved relative years: 0 for 今年, -1 for 去年, -5 for 过去五年.
    ///
    /// ```
    /// assert_eq!(shuzi::extract("去年")[0].relative_years(), Some(-1));
    /// ```
    pub fn relative_years(&self) -> Option<i32> {
        self.value.relative().and_then(|r| r.relative_years)
    }
}

#[cfg(test)]
impl Entity {
    /// An entity of `kind` at `span` with an empty value of that kind (zero,
    /// no measure word, an unknown date), for tests that need only kinds and
    /// spans.
    pub(crate) fn blank(kind: Kind, span: Span) -> Entity {
        let figure = Figure::new(Decimal::ZERO);
        let value = match kind {
            Kind::Number => Value::Number(figure),
            Kind::Money => Value::Amount {
                figure,
                currency: crate::value::Currency::Cny,
            },
            Kind::Percent => Value::Percent {
                figure,
                unit: crate::value::PercentUnit::Percent,
            },
            Kind::Count => Value::Count {
                figure,
                measure: "",
                noun: None,
            },
            Kind::Quantity => Value::Quantity {
                figure,
                unit: crate::value::QuantityUnit::Metre,
                unit_text: "",
            },
            Kind::Duration => Value::Duration {
                figure,
                unit: crate::value::DurationUnit::Year,
                unit_text: None,
            },
            Kind::Ordinal => Value::Ordinal {
                figure,
                measure: None,
            },
            Kind::Date => Value::Date {
                date: DateValue::default(),
                point: None,
                relative: Default::default(),
            },
            Kind::Period => Value::Period {
                from: DateValue::default(),
                to: DateValue::default(),
                relative: Default::default(),
            },
        };
        Entity::new(span, value)
    }
}
