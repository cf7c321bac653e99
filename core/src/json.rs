//! The JSON of SPEC.md: [`EntityRecord`] serializes an [`Entity`] with its
//! text and offsets exactly as the command-line tool prints it. The bindings
//! use the same records, so every surface carries the same facts.

use crate::decimal::Decimal;
use crate::entity::{DateValue, Entity};
use crate::offsets::OffsetCursor;
use crate::value::{Relative, Value};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// Which offsets `start`/`end` count.
///
/// ```
/// assert_ne!(shuzi::json::OffsetUnit::CodePoints, shuzi::json::OffsetUnit::Utf16);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OffsetUnit {
    /// Unicode code points (the CLI's JSON, Python).
    CodePoints,
    /// UTF-16 code units (JavaScript).
    Utf16,
}

/// How keys are spelled.
///
/// ```
/// assert_eq!(shuzi::json::KeyStyle::Camel.key("byte_start"), "byteStart");
/// assert_eq!(shuzi::json::KeyStyle::Snake.key("byte_start"), "byte_start");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyStyle {
    /// `byte_start` (the CLI, Python).
    Snake,
    /// `byteStart` (JavaScript).
    Camel,
}

impl KeyStyle {
    /// The key `snake` spelled in this style.
    ///
    /// ```
    /// assert_eq!(shuzi::json::KeyStyle::Camel.key("relative_years"), "relativeYears");
    /// ```
    pub fn key(&self, snake: &'static str) -> &'static str {
        match self {
            KeyStyle::Snake => snake,
            KeyStyle::Camel => match snake {
                "byte_start" => "byteStart",
                "byte_end" => "byteEnd",
                "unit_text" => "unitText",
                "plus_minus" => "plusMinus",
                "relative_years" => "relativeYears",
                other => other,
            },
        }
    }
}

/// An entity ready to serialize: the entity, its input, and its offsets.
///
/// ```
/// let text = "同比增长13.1%";
/// let entities = shuzi::extract(text);
/// let records = shuzi::json::records(text, &entities, shuzi::json::OffsetUnit::CodePoints);
/// let json = serde_json::to_value(&records[0]).unwrap();
/// assert_eq!(json["text"], "13.1%");
/// assert_eq!(json["start"], 4);
/// assert_eq!(json["byte_start"], 12);
/// assert_eq!(json["value"], 13.1);
/// assert_eq!(json["normalized"], "13.1");
/// assert_eq!(json["change"]["trigger"], "同比增长");
/// ```
#[derive(Debug, Clone)]
pub struct EntityRecord<'a> {
    /// The entity.
    pub entity: &'a Entity,
    /// The whole input the entity's spans point into.
    pub input: &'a str,
    /// `start` in the chosen offset unit.
    pub start: usize,
    /// `end` in the chosen offset unit.
    pub end: usize,
    /// Key spelling.
    pub keys: KeyStyle,
}

/// Records for `entities` (sorted, as [`crate::extract`] returns them) with
/// offsets computed in one forward pass.
///
/// ```
/// let text = "𠀀196家";
/// let es = shuzi::extract(text);
/// let r = shuzi::json::records(text, &es, shuzi::json::OffsetUnit::Utf16);
/// assert_eq!((r[0].start, r[0].end), (2, 6));
/// ```
pub fn records<'a>(
    input: &'a str,
    entities: &'a [Entity],
    unit: OffsetUnit,
) -> Vec<EntityRecord<'a>> {
    records_styled(input, entities, unit, KeyStyle::Snake)
}

/// [`records`] with a chosen key style.
///
/// ```
/// let text = "196家";
/// let es = shuzi::extract(text);
/// let r = shuzi::json::records_styled(text, &es, shuzi::json::OffsetUnit::Utf16, shuzi::json::KeyStyle::Camel);
/// assert!(serde_json::to_value(&r[0]).unwrap().get("byteStart").is_some());
/// ```
pub fn records_styled<'a>(
    input: &'a str,
    entities: &'a [Entity],
    unit: OffsetUnit,
    keys: KeyStyle,
) -> Vec<EntityRecord<'a>> {
    let mut cursor = OffsetCursor::new(input);
    entities
        .iter()
        .map(|entity| {
            let (start, end) = convert(&mut cursor, unit, entity.span.start, entity.span.end);
            EntityRecord {
                entity,
                input,
                start,
                end,
                keys,
            }
        })
        .collect()
}

/// Converts a byte span with `cursor` into `unit` offsets.
///
/// ```
/// let mut c = shuzi::OffsetCursor::new("中文ab");
/// assert_eq!(shuzi::json::convert(&mut c, shuzi::json::OffsetUnit::CodePoints, 3, 7), (1, 3));
/// ```
pub fn convert(
    cursor: &mut OffsetCursor<'_>,
    unit: OffsetUnit,
    start: usize,
    end: usize,
) -> (usize, usize) {
    match unit {
        OffsetUnit::CodePoints => (cursor.chars(start), cursor.chars(end)),
        OffsetUnit::Utf16 => (cursor.utf16(start), cursor.utf16(end)),
    }
}

/// Serializes a decimal as a JSON number: an integer when it is one and fits
/// in `i64`, else the nearest `f64`.
///
/// ```
/// let v = serde_json::to_value(shuzi::json::Number("1400000000000".parse().unwrap())).unwrap();
/// assert_eq!(v.to_string(), "1400000000000");
/// let v = serde_json::to_value(shuzi::json::Number("0.005".parse().unwrap())).unwrap();
/// assert_eq!(v.to_string(), "0.005");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Number(pub Decimal);

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.to_i64() {
            Some(i) => s.serialize_i64(i),
            None => s.serialize_f64(self.0.to_f64()),
        }
    }
}

/// A date as ISO 8601 text (`null` when nothing is known), written
/// straight into the output.
struct Iso(DateValue);

impl Serialize for Iso {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.is_empty() {
            s.serialize_none()
        } else {
            s.collect_str(&self.0.iso_text())
        }
    }
}

struct ChangeRecord<'a> {
    change: &'a crate::entity::Change,
    input: &'a str,
}

impl Serialize for ChangeRecord<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("direction", self.change.direction.as_str())?;
        m.serialize_entry("basis", &self.change.basis.map(|b| b.as_str()))?;
        m.serialize_entry("trigger", &self.input[self.change.trigger.range()])?;
        m.end()
    }
}

/// A value written as its canonical decimal text, with no `String` in
/// between.
struct Text(Decimal);

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl EntityRecord<'_> {
    /// `resolved` and `relative_years` of a date or period, when set.
    fn relative<M: SerializeMap>(&self, m: &mut M, r: &Relative) -> Result<(), M::Error> {
        if r.resolved {
            m.serialize_entry("resolved", &true)?;
        }
        if let Some(y) = r.relative_years {
            m.serialize_entry(self.keys.key("relative_years"), &y)?;
        }
        Ok(())
    }
}

impl Serialize for EntityRecord<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = self.entity;
        let k = |name| self.keys.key(name);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("kind", e.kind.as_str())?;
        m.serialize_entry("text", &self.input[e.span.range()])?;
        m.serialize_entry("start", &self.start)?;
        m.serialize_entry("end", &self.end)?;
        m.serialize_entry(k("byte_start"), &e.span.start)?;
        m.serialize_entry(k("byte_end"), &e.span.end)?;
        match &e.value {
            Value::Date {
                date,
                point,
                relative,
            } => {
                m.serialize_entry("year", &date.year)?;
                m.serialize_entry("month", &date.month)?;
                m.serialize_entry("day", &date.day)?;
                m.serialize_entry("value", &Iso(*date))?;
                if let Some(p) = point {
                    m.serialize_entry("point", p.as_str())?;
                }
                self.relative(&mut m, relative)?;
            }
            Value::Period { from, to, relative } => {
                m.serialize_entry("from", &Iso(*from))?;
                m.serialize_entry("to", &Iso(*to))?;
                self.relative(&mut m, relative)?;
            }
            v => {
                if let Some(f) = v.figure() {
                    m.serialize_entry("value", &Number(f.value))?;
                    m.serialize_entry("normalized", &Text(f.value))?;
                    if let Some(h) = f.high {
                        m.serialize_entry("high", &Number(h))?;
                    }
                }
                m.serialize_entry("bound", e.bound.as_str())?;
                if !e.exact() {
                    m.serialize_entry("exact", &false)?;
                }
                if let Some(u) = v.unit() {
                    m.serialize_entry("unit", u)?;
                }
                if let Some(t) = e.unit_text() {
                    m.serialize_entry(k("unit_text"), t)?;
                }
                if let Value::Amount { currency, .. } = v {
                    m.serialize_entry("currency", currency.as_str())?;
                }
                if e.plus_minus() {
                    m.serialize_entry(k("plus_minus"), &true)?;
                }
                if let Some(n) = e.noun() {
                    m.serialize_entry("noun", &self.input[n.range()])?;
                }
                if let Some(c) = &e.change {
                    m.serialize_entry(
                        "change",
                        &ChangeRecord {
                            change: c,
                            input: self.input,
                        },
                    )?;
                }
            }
        }
        m.end()
    }
}

mod facts;
pub use facts::{fact_records, fact_records_styled, FactRecord, SpanRecord};
