//! The JSON of [`crate::reference::entities`]: [`EntityRecord`] serializes
//! an [`Entity`] with its text and offsets exactly as the command-line tool
//! prints it. The bindings
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

impl EntityRecord<'_> {
    /// Appends the record's JSON object to `out`: the same bytes as
    /// serializing it with `serde_json`, written straight into the buffer
    /// (static keys, no map serializer, no allocation). The CLI writes its
    /// JSON lines with it.
    ///
    /// ```
    /// let text = "同比增长13.1%";
    /// let es = shuzi::extract(text);
    /// let r = &shuzi::json::records(text, &es, shuzi::json::OffsetUnit::CodePoints)[0];
    /// let mut out = Vec::new();
    /// r.write_json(&mut out);
    /// assert_eq!(out, serde_json::to_vec(r).unwrap());
    /// ```
    pub fn write_json(&self, out: &mut Vec<u8>) {
        // Room for a typical record: one capacity check, not one per field.
        out.reserve(320);
        // "kind" is always the first key: it opens the object; every other
        // key follows a comma.
        match self.keys {
            KeyStyle::Snake => self.write_fields(
                out,
                &mut |out: &mut Vec<u8>, k: &'static str| {
                    if k == "kind" {
                        out.extend_from_slice(b"{\"kind\":");
                    } else {
                        out.extend_from_slice(b",\"");
                        out.extend_from_slice(k.as_bytes());
                        out.extend_from_slice(b"\":");
                    }
                },
                false,
            ),
            keys => self.write_fields(
                out,
                &mut |out: &mut Vec<u8>, k: &'static str| {
                    if k == "kind" {
                        out.extend_from_slice(b"{\"kind\":");
                    } else {
                        out.extend_from_slice(b",\"");
                        out.extend_from_slice(keys.key(k).as_bytes());
                        out.extend_from_slice(b"\":");
                    }
                },
                false,
            ),
        }
        out.push(b'}');
    }

    /// Appends the record's JSON object with its keys in byte order, every
    /// level: the bytes `serde_json` prints for the record once it has been
    /// turned into a `serde_json::Value` (whose maps sort their keys).
    ///
    /// ```
    /// let text = "同比增长13.1%";
    /// let es = shuzi::extract(text);
    /// let r = &shuzi::json::records(text, &es, shuzi::json::OffsetUnit::CodePoints)[0];
    /// let mut out = Vec::new();
    /// r.write_json_sorted(&mut out);
    /// assert_eq!(out, serde_json::to_value(r).unwrap().to_string().into_bytes());
    /// ```
    pub fn write_json_sorted(&self, out: &mut Vec<u8>) {
        let mut fields = SortedFields::default();
        let keys = self.keys;
        let mut scratch = Vec::new();
        let mut key = |buf: &mut Vec<u8>, k: &'static str| fields.key(keys.key(k), buf.len());
        self.write_fields(&mut scratch, &mut key, true);
        fields.write(&scratch, out);
    }

    /// Writes each field as `key(out, name)` then its value; a change is
    /// written with its keys in byte order when `sorted`.
    fn write_fields<K: FnMut(&mut Vec<u8>, &'static str)>(
        &self,
        out: &mut Vec<u8>,
        key: &mut K,
        sorted: bool,
    ) {
        let e = self.entity;
        key(out, "kind");
        out.push(b'"');
        out.extend_from_slice(e.kind.as_str().as_bytes());
        out.push(b'"');
        key(out, "text");
        write_str(out, &self.input[e.span.range()]);
        key(out, "start");
        write_int(out, self.start as i64);
        key(out, "end");
        write_int(out, self.end as i64);
        key(out, "byte_start");
        write_int(out, e.span.start as i64);
        key(out, "byte_end");
        write_int(out, e.span.end as i64);
        let opt = |out: &mut Vec<u8>, v: Option<i64>| match v {
            Some(v) => write_int(out, v),
            None => out.extend_from_slice(b"null"),
        };
        let iso = |out: &mut Vec<u8>, d: DateValue| {
            if d.is_empty() {
                out.extend_from_slice(b"null");
            } else {
                use std::io::Write as _;
                // Writing to a Vec cannot fail.
                let _ = write!(out, "\"{}\"", d.iso_text());
            }
        };
        let relative = |out: &mut Vec<u8>, key: &mut K, r: &Relative| {
            if r.resolved {
                key(out, "resolved");
                out.extend_from_slice(b"true");
            }
            if let Some(y) = r.relative_years {
                key(out, "relative_years");
                write_int(out, i64::from(y));
            }
        };
        match &e.value {
            Value::Date {
                date,
                point,
                relative: r,
            } => {
                key(out, "year");
                opt(out, date.year.map(i64::from));
                key(out, "month");
                opt(out, date.month.map(i64::from));
                key(out, "day");
                opt(out, date.day.map(i64::from));
                key(out, "value");
                iso(out, *date);
                if let Some(p) = point {
                    key(out, "point");
                    write_str(out, p.as_str());
                }
                relative(out, key, r);
            }
            Value::Period {
                from,
                to,
                relative: r,
            } => {
                key(out, "from");
                iso(out, *from);
                key(out, "to");
                iso(out, *to);
                relative(out, key, r);
            }
            v => {
                if let Some(f) = v.figure() {
                    key(out, "value");
                    match f.value.to_i64() {
                        // An integer's canonical text is its JSON number.
                        Some(i) => {
                            let at = out.len();
                            write_int(out, i);
                            let end = out.len();
                            key(out, "normalized");
                            out.push(b'"');
                            out.extend_from_within(at..end);
                            out.push(b'"');
                        }
                        None => {
                            write_number(out, f.value);
                            key(out, "normalized");
                            use std::io::Write as _;
                            let _ = write!(out, "\"{}\"", f.value);
                        }
                    }
                    if let Some(h) = f.high {
                        key(out, "high");
                        write_number(out, h);
                    }
                }
                key(out, "bound");
                write_str(out, e.bound.as_str());
                if !e.exact() {
                    key(out, "exact");
                    out.extend_from_slice(b"false");
                }
                if let Some(u) = v.unit() {
                    key(out, "unit");
                    write_str(out, u);
                }
                if let Some(t) = e.unit_text() {
                    key(out, "unit_text");
                    write_str(out, t);
                }
                if let Value::Amount { currency, .. } = v {
                    key(out, "currency");
                    write_str(out, currency.as_str());
                }
                if e.plus_minus() {
                    key(out, "plus_minus");
                    out.extend_from_slice(b"true");
                }
                if let Some(n) = e.noun() {
                    key(out, "noun");
                    write_str(out, &self.input[n.range()]);
                }
                if let Some(c) = &e.change {
                    key(out, "change");
                    let basis = |out: &mut Vec<u8>| match c.basis {
                        Some(b) => write_str(out, b.as_str()),
                        None => out.extend_from_slice(b"null"),
                    };
                    if sorted {
                        out.extend_from_slice(b"{\"basis\":");
                        basis(out);
                        out.extend_from_slice(b",\"direction\":");
                        write_str(out, c.direction.as_str());
                    } else {
                        out.extend_from_slice(b"{\"direction\":");
                        write_str(out, c.direction.as_str());
                        out.extend_from_slice(b",\"basis\":");
                        basis(out);
                    }
                    out.extend_from_slice(b",\"trigger\":");
                    write_str(out, &self.input[c.trigger.range()]);
                    out.push(b'}');
                }
            }
        }
    }
}

/// Fields written in any order into a scratch buffer, then copied out as
/// one JSON object with the keys in byte order (as a `serde_json::Map`
/// without `preserve_order` keeps them).
#[derive(Default)]
struct SortedFields {
    /// (key, where its value starts in the scratch buffer).
    at: Vec<(&'static str, usize)>,
}

impl SortedFields {
    /// A field named `k` whose value starts at `start`.
    fn key(&mut self, k: &'static str, start: usize) {
        self.at.push((k, start));
    }

    /// Appends `{"key":value,…}` to `out`, keys sorted, values from `scratch`.
    fn write(mut self, scratch: &[u8], out: &mut Vec<u8>) {
        let ends: Vec<usize> = self
            .at
            .iter()
            .skip(1)
            .map(|&(_, s)| s)
            .chain([scratch.len()])
            .collect();
        let mut fields: Vec<(&str, usize, usize)> = self
            .at
            .drain(..)
            .zip(ends)
            .map(|((k, s), e)| (k, s, e))
            .collect();
        fields.sort_unstable_by(|a, b| a.0.cmp(b.0));
        out.push(b'{');
        for (n, (k, s, e)) in fields.into_iter().enumerate() {
            if n > 0 {
                out.push(b',');
            }
            out.push(b'"');
            out.extend_from_slice(k.as_bytes());
            out.extend_from_slice(b"\":");
            out.extend_from_slice(&scratch[s..e]);
        }
        out.push(b'}');
    }
}

/// An integer as JSON, two digits at a time.
pub(crate) fn write_int(out: &mut Vec<u8>, v: i64) {
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
                                2021222324252627282930313233343536373839\
                                4041424344454647484950515253545556575859\
                                6061626364656667686970717273747576777879\
                                8081828384858687888990919293949596979899";
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    let mut m = v.unsigned_abs();
    while m >= 100 {
        let d = (m % 100) as usize * 2;
        m /= 100;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[d..d + 2]);
    }
    if m >= 10 {
        let d = m as usize * 2;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&PAIRS[d..d + 2]);
    } else {
        at -= 1;
        buf[at] = b'0' + m as u8;
    }
    if v < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&buf[at..]);
}

/// A value as [`Number`] serializes it: an integer when it is one and fits
/// in `i64`, else the nearest `f64` as `serde_json` writes it.
fn write_number(out: &mut Vec<u8>, d: Decimal) {
    match d.to_i64() {
        Some(i) => write_int(out, i),
        // Writing to a Vec cannot fail.
        None => drop(serde_json::to_writer(&mut *out, &d.to_f64())),
    }
}

/// A JSON string with `serde_json`'s escapes: `"`, `\` and the control
/// characters; everything else (all of Chinese) as UTF-8.
pub(crate) fn write_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    // Almost every string needs no escape: one branch-free pass to check.
    if !bytes.iter().fold(false, |any, &b| {
        any | (b < 0x20) | (b == b'"') | (b == b'\\')
    }) {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0C => b"\\f",
            0..=0x1F => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[from..i]);
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 0xF)]);
        } else {
            out.extend_from_slice(esc);
        }
        from = i + 1;
    }
    out.extend_from_slice(&bytes[from..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_numbers_are_written_as_serde_json_writes_them() {
        let all: String = (0u8..0x80).map(char::from).collect();
        for s in ["", "增长13.1%", "a\"b\\c", "\u{7f}\u{2028}𠀀", all.as_str()] {
            let mut out = Vec::new();
            write_str(&mut out, s);
            assert_eq!(out, serde_json::to_vec(s).unwrap(), "{s:?}");
        }
        for d in [
            "0",
            "-7",
            "9223372036854775807",
            "-9223372036854775808",
            "9223372036854775808",
            "0.005",
            "-1.25",
            "0.3333333333333333",
            "140000000000000000000000",
        ] {
            let d: Decimal = d.parse().unwrap();
            let mut out = Vec::new();
            write_number(&mut out, d);
            assert_eq!(out, serde_json::to_vec(&Number(d)).unwrap(), "{d}");
        }
    }

    #[test]
    fn integers_are_written_as_display_writes_them() {
        let mut values = vec![i64::MIN, i64::MAX, i64::MIN + 1];
        for p in 0..19 {
            let t = 10i64.pow(p);
            values.extend([t - 1, t, t + 1, -t, 1 - t, -t - 1, 7 * t / 3]);
        }
        for v in values {
            let mut out = b"x".to_vec();
            write_int(&mut out, v);
            assert_eq!(out, format!("x{v}").into_bytes(), "{v}");
        }
    }

    #[test]
    fn a_record_names_its_integer_value_twice() {
        let text = "引进项目196家，总投资2.96亿元";
        let es = crate::extract(text);
        let mut out = Vec::new();
        for r in records(text, &es, OffsetUnit::CodePoints) {
            out.clear();
            r.write_json(&mut out);
            assert_eq!(out, serde_json::to_vec(&r).unwrap());
        }
        let s = String::from_utf8(out).unwrap();
        assert!(
            s.contains(r#""value":296000000,"normalized":"296000000""#),
            "{s}"
        );
    }
}

mod facts;
pub use facts::{fact_records, fact_records_styled, FactRecord, FactWriter, SpanRecord};
