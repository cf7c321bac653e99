//! The Python `Entity` and `Change`: frozen copies of one
//! [`shuzi::json::EntityRecord`] — the core's facts with code-point offsets.
//! Each keeps the core entity and (shared by the entities of one text) the
//! text it came from, so `to_dict()` serializes the very record the CLI
//! prints, and only when asked: JSON is most of the cost of an entity.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3::IntoPyObjectExt;
use shuzi::json::{records, EntityRecord, KeyStyle, OffsetUnit};
use shuzi::Kind;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// Extracts `text` with `extractor` and converts every entity; pure Rust, run
/// with the GIL released.
pub(crate) fn extract(extractor: &shuzi::Extractor, text: &str) -> Vec<Entity> {
    let found = extractor.extract(text);
    if found.is_empty() {
        return Vec::new();
    }
    let doc: Arc<str> = text.into();
    records(text, &found, OffsetUnit::CodePoints)
        .iter()
        .map(|r| Entity::from_record(r, &doc))
        .collect()
}

/// A Python list of the entities (the GIL held again).
pub(crate) fn to_list(py: Python<'_>, found: Vec<Entity>) -> PyResult<Bound<'_, PyList>> {
    PyList::new(py, found)
}

/// The change a number measures, when a verb of change governs it
/// (`同比增长13.1%`: direction "up", basis "yoy", trigger "同比增长").
#[pyclass(frozen, eq, hash, module = "shuzi._shuzi")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Change {
    /// "up" or "down"; the entity's value stays positive.
    #[pyo3(get)]
    direction: &'static str,
    /// "yoy", "mom", "ytd_start", or None when the text names no basis.
    #[pyo3(get)]
    basis: Option<&'static str>,
    /// The verb as written, with 同比/环比 when fused to it.
    #[pyo3(get)]
    trigger: String,
}

#[pymethods]
impl Change {
    /// The change as the CLI's JSON object: direction, basis, trigger.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("direction", self.direction)?;
        d.set_item("basis", self.basis)?;
        d.set_item("trigger", &self.trigger)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Change(direction={}, basis={}, trigger={})",
            repr(py, self.direction)?,
            repr(py, self.basis)?,
            repr(py, &self.trigger)?
        ))
    }
}

/// One extracted expression: a span of the text with a kind and a value.
///
/// `start`/`end` are code-point offsets (`text[e.start:e.end] == e.text`),
/// `byte_start`/`byte_end` the same span in UTF-8 bytes. Numeric kinds fill
/// `value`, `normalized` and `bound`; dates fill `year`/`month`/`day` and
/// `normalized` (ISO 8601 text); periods fill `from_`/`to`. Fields that do
/// not apply are None (or False). `to_dict()` gives the command-line tool's
/// JSON object.
#[pyclass(frozen, eq, module = "shuzi._shuzi")]
#[derive(Debug, Clone)]
pub(crate) struct Entity {
    /// "number", "money", "percent", "count", "quantity", "duration",
    /// "ordinal", "date" or "period".
    #[pyo3(get)]
    kind: &'static str,
    /// The exact substring of the input.
    #[pyo3(get)]
    text: String,
    /// First code point (Python str index).
    #[pyo3(get)]
    start: usize,
    /// One past the last code point.
    #[pyo3(get)]
    end: usize,
    /// First UTF-8 byte.
    #[pyo3(get)]
    byte_start: usize,
    /// One past the last UTF-8 byte.
    #[pyo3(get)]
    byte_end: usize,
    /// The normalised value as a float (numeric kinds); `normalized` is exact.
    #[pyo3(get)]
    value: Option<f64>,
    /// The exact value as canonical decimal text (numeric kinds), or the
    /// ISO 8601 text of a date.
    #[pyo3(get)]
    normalized: Option<String>,
    /// The upper end of a range.
    #[pyo3(get)]
    high: Option<f64>,
    /// How the value bounds the truth (numeric kinds): "exact", "approx",
    /// "more_than", "at_least", "less_than", "at_most" or "level".
    #[pyo3(get)]
    bound: Option<&'static str>,
    /// False when the value had to be rounded (三分之一).
    #[pyo3(get)]
    exact: bool,
    /// The unit: currency word, "%"/"pp"/"‰", measure word, canonical
    /// physical unit or duration unit.
    #[pyo3(get)]
    unit: Option<&'static str>,
    /// A quantity's unit as written (吨标准煤).
    #[pyo3(get)]
    unit_text: Option<&'static str>,
    /// ISO 4217 code of money.
    #[pyo3(get)]
    currency: Option<&'static str>,
    /// ± was written before the number.
    #[pyo3(get)]
    plus_minus: bool,
    /// The counted thing right after a count (196家知名企业 → 知名企业).
    #[pyo3(get)]
    noun: Option<String>,
    /// The change the number measures, if a verb of change governs it.
    #[pyo3(get)]
    change: Option<Change>,
    /// A date's year.
    #[pyo3(get)]
    year: Option<i32>,
    /// A date's month.
    #[pyo3(get)]
    month: Option<u8>,
    /// A date's day.
    #[pyo3(get)]
    day: Option<u8>,
    /// A period's start, ISO 8601 text ("from" in to_dict()).
    #[pyo3(get, name = "from_")]
    from: Option<String>,
    /// A period's end, ISO 8601 text.
    #[pyo3(get)]
    to: Option<String>,
    /// "end" for 年底, 年末, 月底, 月末.
    #[pyo3(get)]
    point: Option<&'static str>,
    /// A relative year was resolved against the reference date.
    #[pyo3(get)]
    resolved: bool,
    /// Unresolved relative years: 0 for 今年, -1 for 去年, -5 for 过去五年.
    #[pyo3(get)]
    relative_years: Option<i32>,
    /// The core entity (byte spans into `doc`).
    core: shuzi::Entity,
    /// The whole text, shared by the entities found in it.
    doc: Arc<str>,
}

/// Equal when the facts are: the core entity, the text and the offsets
/// (every other field is made from these), whatever text each came from.
impl PartialEq for Entity {
    fn eq(&self, other: &Entity) -> bool {
        self.core == other.core
            && self.start == other.start
            && self.end == other.end
            && self.text == other.text
            && self.noun == other.noun
            && self.change == other.change
    }
}

impl Entity {
    pub(crate) fn from_record(r: &EntityRecord<'_>, doc: &Arc<str>) -> Entity {
        let e = r.entity;
        let numeric = !matches!(e.kind, Kind::Date | Kind::Period);
        let date = e.date();
        Entity {
            kind: e.kind.as_str(),
            text: e.text(r.input).to_string(),
            start: r.start,
            end: r.end,
            byte_start: e.span.start,
            byte_end: e.span.end,
            value: e.value().map(|v| v.to_f64()),
            normalized: if numeric {
                e.value().map(|v| v.to_string())
            } else {
                date.and_then(|d| d.iso())
            },
            high: e.high().map(|v| v.to_f64()),
            bound: numeric.then(|| e.bound.as_str()),
            exact: e.exact(),
            unit: e.unit(),
            unit_text: e.unit_text(),
            currency: e.currency(),
            plus_minus: e.plus_minus(),
            noun: e.noun().map(|n| r.input[n.range()].to_string()),
            change: e.change.filter(|_| numeric).map(|c| Change {
                direction: c.direction.as_str(),
                basis: c.basis.map(|b| b.as_str()),
                trigger: r.input[c.trigger.range()].to_string(),
            }),
            year: date.and_then(|d| d.year),
            month: date.and_then(|d| d.month),
            day: date.and_then(|d| d.day),
            from: e.period().and_then(|(f, _)| f.iso()),
            to: e.period().and_then(|(_, t)| t.iso()),
            point: e.point().map(|p| p.as_str()),
            resolved: e.resolved(),
            relative_years: e.relative_years(),
            core: e.clone(),
            doc: Arc::clone(doc),
        }
    }
}

#[pymethods]
impl Entity {
    /// The entity as the command-line tool's JSON object (without "file"):
    /// exactly its keys and values, integers as int, "from" for from_.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let record = EntityRecord {
            entity: &self.core,
            input: &self.doc,
            start: self.start,
            end: self.end,
            keys: KeyStyle::Snake,
        };
        // Serializing a record cannot fail: string keys, plain values.
        let json = serde_json::to_string(&record).expect("an entity record serializes");
        json_loads(py, &json)
    }

    fn __hash__(&self) -> u64 {
        // The fields `eq` compares.
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (
            &self.core,
            self.start,
            self.end,
            &self.text,
            &self.noun,
            &self.change,
        )
            .hash(&mut h);
        h.finish()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let mut parts = vec![
            format!("kind={}", repr(py, self.kind)?),
            format!("text={}", repr(py, &self.text)?),
            format!("start={}", self.start),
            format!("end={}", self.end),
        ];
        let mut add = |name: &str, shown: Option<String>| {
            if let Some(s) = shown {
                parts.push(format!("{name}={s}"));
            }
        };
        add("value", self.value.map(|v| repr(py, v)).transpose()?);
        add("high", self.high.map(|v| repr(py, v)).transpose()?);
        add("bound", self.bound.map(|v| repr(py, v)).transpose()?);
        add("unit", self.unit.map(|v| repr(py, v)).transpose()?);
        add("currency", self.currency.map(|v| repr(py, v)).transpose()?);
        add("noun", self.noun.as_ref().map(|v| repr(py, v)).transpose()?);
        if self.kind == "date" {
            add(
                "normalized",
                self.normalized.as_ref().map(|v| repr(py, v)).transpose()?,
            );
        }
        add(
            "from_",
            self.from.as_ref().map(|v| repr(py, v)).transpose()?,
        );
        add("to", self.to.as_ref().map(|v| repr(py, v)).transpose()?);
        add(
            "change",
            self.change.as_ref().map(|c| c.__repr__(py)).transpose()?,
        );
        add("relative_years", self.relative_years.map(|r| r.to_string()));
        Ok(format!("Entity({})", parts.join(", ")))
    }
}

/// `json.loads(text)`: the CLI's JSON as Python dicts, lists, ints, floats.
pub(crate) fn json_loads<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    LOADS.import(py, "json", "loads")?.call1((text,))
}

/// Python's repr of a value (strings quoted and escaped as Python does).
fn repr<'py, T: IntoPyObject<'py>>(py: Python<'py>, value: T) -> PyResult<String> {
    let obj = value.into_bound_py_any(py)?;
    Ok(obj.repr()?.cast::<PyString>()?.to_str()?.to_string())
}
