//! The Python `Entity` and `Change`: one [`shuzi::json::EntityRecord`] —
//! the core's typed entity with code-point offsets. Each keeps its offsets
//! and its place in the [`Batch`] of its call (the core entities and the
//! Python texts, shared); every attribute is derived from the core entity
//! when read, and `to_dict()` serializes the very record the CLI prints.

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString, PyTuple, PyType};
use pyo3::IntoPyObjectExt;
use shuzi::json::{convert, EntityRecord, KeyStyle, OffsetUnit};
use shuzi::{Kind, OffsetCursor};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// What the core found in one text: its entities and their code-point
/// offsets, made with the GIL released.
pub(crate) struct Found {
    /// The core entities, in text order.
    pub(crate) entities: Vec<shuzi::Entity>,
    /// Each entity's code-point `(start, end)`.
    pub(crate) offsets: Vec<(usize, usize)>,
}

/// Extracts `text` with `extractor` and converts the offsets; pure Rust, run
/// with the GIL released. The code-point offsets come from one forward pass.
pub(crate) fn extract(extractor: &shuzi::Extractor, text: &str) -> Found {
    let entities = extractor.extract(text);
    let offsets = code_points(text, entities.iter().map(|e| e.span));
    Found { entities, offsets }
}

/// The code-point `(start, end)` of each byte span of `text`, the spans in
/// text order (one forward pass).
pub(crate) fn code_points(
    text: &str,
    spans: impl ExactSizeIterator<Item = shuzi::Span>,
) -> Vec<(usize, usize)> {
    if spans.len() == 0 {
        return Vec::new();
    }
    let mut cursor = OffsetCursor::new(text);
    spans
        .map(|span| convert(&mut cursor, OffsetUnit::CodePoints, span.start, span.end))
        .collect()
}

/// Texts of one call (a run of them, see [`BATCH_ENTITIES`]) and every
/// core entity found in them, shared by the Python entities made from them. A Python `Entity` is then a small
/// object (its offsets, this, two indices) rather than a copy of the core
/// entity and of its text, and a call allocates once in Rust for all its
/// texts instead of several times per text: on the seeds repeated to
/// 10 MB as 34,038 paragraphs the per-text allocations cost about as much
/// as the entity objects. The price: one entity kept alive keeps the core
/// entities of its batch (the texts are Python's own strings, referenced,
/// not copied).
#[derive(Debug)]
pub(crate) struct Batch {
    /// The texts that have entities (Python's strings, UTF-8 cached by
    /// Python when the text was read).
    texts: Vec<Py<PyString>>,
    /// The core entities of all texts, text after text.
    entities: Vec<shuzi::Entity>,
}

/// Where the entities of each text of a call are: the [`Batch`]es and, per
/// text, the place of its entities and their offsets.
pub(crate) struct Built {
    /// The batches, each of whole texts.
    batches: Vec<Arc<Batch>>,
    /// Per input text: where its entities are.
    starts: Vec<Start>,
    /// Every entity's code-point offsets, all texts in input order.
    offsets: Vec<(usize, usize)>,
}

/// Where the entities of one text are in a [`Built`].
#[derive(Clone, Copy)]
struct Start {
    /// Its batch.
    batch: usize,
    /// Its first entity in the batch's `entities`.
    at: usize,
    /// Its text in the batch's `texts`.
    doc: usize,
    /// Its first entity in `Built::offsets`.
    offset: usize,
    /// How many entities.
    len: usize,
}

/// Entities per [`Batch`] at most, give or take one text's: a kept entity
/// keeps no more than this many core entities alive, and a call still
/// allocates per thousands of entities, not per text.
const BATCH_ENTITIES: usize = 4096;

impl Built {
    /// Puts the entities of every text (`found[i]` of `texts[i]`) into
    /// [`Batch`]es of whole texts; the GIL is held.
    pub(crate) fn new(found: Vec<Found>, texts: &[Bound<'_, PyAny>]) -> PyResult<Built> {
        let total: usize = found.iter().map(|f| f.entities.len()).sum();
        let mut batches = Vec::new();
        let mut entities = Vec::with_capacity(total.min(BATCH_ENTITIES));
        let mut kept = Vec::new();
        let mut offsets = Vec::with_capacity(total);
        let mut starts = Vec::with_capacity(found.len());
        for (f, text) in found.into_iter().zip(texts) {
            let len = f.entities.len();
            if len > 0 && entities.len() + len > BATCH_ENTITIES && !entities.is_empty() {
                batches.push(Arc::new(Batch {
                    texts: std::mem::take(&mut kept),
                    entities: std::mem::replace(
                        &mut entities,
                        Vec::with_capacity((total - offsets.len()).min(BATCH_ENTITIES)),
                    ),
                }));
            }
            starts.push(Start {
                batch: batches.len(),
                at: entities.len(),
                doc: kept.len(),
                offset: offsets.len(),
                len,
            });
            if len > 0 {
                kept.push(text.cast::<PyString>()?.clone().unbind());
                entities.extend(f.entities);
                offsets.extend(f.offsets);
            }
        }
        batches.push(Arc::new(Batch {
            texts: kept,
            entities,
        }));
        Ok(Built {
            batches,
            starts,
            offsets,
        })
    }

    /// How many texts.
    pub(crate) fn len(&self) -> usize {
        self.starts.len()
    }

    /// How many entities, all texts together.
    pub(crate) fn total(&self) -> usize {
        self.offsets.len()
    }

    /// The entities of text `i`, each a new Python-bound `Entity`.
    pub(crate) fn entities(&self, i: usize) -> impl ExactSizeIterator<Item = Entity> + '_ {
        (0..self.starts[i].len).map(move |k| self.entity(i, k))
    }

    /// Entity `k` of text `i`.
    pub(crate) fn entity(&self, i: usize, k: usize) -> Entity {
        let s = self.starts[i];
        let (start, end) = self.offsets[s.offset + k];
        Entity {
            start,
            end,
            batch: Arc::clone(&self.batches[s.batch]),
            at: s.at + k,
            doc: s.doc,
        }
    }

    /// A Python list of the entities of text `i`.
    pub(crate) fn list<'py>(&self, py: Python<'py>, i: usize) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.entities(i))
    }

    /// One list per text (the GIL held).
    pub(crate) fn lists<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let lists = (0..self.len())
            .map(|i| self.list(py, i))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, lists)
    }

    /// The entities of every text as instances of `wrap` (a `list`
    /// subclass with a `text` slot: the Python package's `Entities`), made
    /// without running its `__init__` in Python: `list.__new__(wrap)`, one
    /// append per entity, then `text`. Measured on the seeds repeated to
    /// 10 MB as 34,038 paragraphs: a Python `Entities(found, text)` per
    /// paragraph cost 1.1 µs, as much as building the entities.
    pub(crate) fn wrapped<'py>(
        &self,
        py: Python<'py>,
        wrap: &Bound<'py, PyType>,
        texts: &[Bound<'py, PyAny>],
    ) -> PyResult<Bound<'py, PyList>> {
        let new = py.get_type::<PyList>().getattr(intern!(py, "__new__"))?;
        // One argument tuple for every call (not one made per text).
        let args = PyTuple::new(py, [wrap])?;
        let text_key = intern!(py, "text");
        let lists = texts
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let obj = new.call1(&args)?;
                let list = obj.cast::<PyList>()?;
                for e in self.entities(i) {
                    list.append(Bound::new(py, e)?)?;
                }
                obj.setattr(text_key, text)?;
                Ok(obj)
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, lists)
    }
}

/// Python's cyclic garbage collector switched off while a large result is
/// built, and back on (if it was on) when dropped. Building tens of
/// thousands of lists triggers a collection every 700 of them, each walking
/// the young objects: on the seeds repeated to 10 MB that was a fifth of
/// `extract_many`'s time. The objects built hold no cycles; the GIL is held
/// throughout, so no other Python code runs meanwhile. A small result (fewer
/// objects than [`GcPause::MIN_OBJECTS`]) triggers one collection at most,
/// so it is built without the pause, whose calls into `gc` cost about as
/// much as extracting a short paragraph.
pub(crate) struct GcPause<'py> {
    gc: Option<&'py GcFunctions>,
    py: Python<'py>,
}

/// `gc.isenabled`, `gc.disable` and `gc.enable`, looked up once.
pub(crate) struct GcFunctions {
    isenabled: Py<PyAny>,
    disable: Py<PyAny>,
    enable: Py<PyAny>,
}

impl<'py> GcPause<'py> {
    /// Results of fewer Python objects than this (entities and lists) are
    /// built with the collector left as it is: its first threshold is 700.
    pub(crate) const MIN_OBJECTS: usize = 1000;

    /// Pauses the collector if it is enabled and `objects` Python objects
    /// are about to be built.
    pub(crate) fn new(py: Python<'py>, objects: usize) -> PyResult<GcPause<'py>> {
        static GC: PyOnceLock<GcFunctions> = PyOnceLock::new();
        if objects < Self::MIN_OBJECTS {
            return Ok(GcPause { gc: None, py });
        }
        let gc = GC.get_or_try_init(py, || -> PyResult<GcFunctions> {
            let gc = py.import(intern!(py, "gc"))?;
            Ok(GcFunctions {
                isenabled: gc.getattr(intern!(py, "isenabled"))?.unbind(),
                disable: gc.getattr(intern!(py, "disable"))?.unbind(),
                enable: gc.getattr(intern!(py, "enable"))?.unbind(),
            })
        })?;
        if gc.isenabled.call0(py)?.is_truthy(py)? {
            gc.disable.call0(py)?;
            Ok(GcPause { gc: Some(gc), py })
        } else {
            Ok(GcPause { gc: None, py })
        }
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = self.gc {
            // Enabling the collector cannot fail; there is no caller to tell.
            let _ = gc.enable.call0(self.py);
        }
    }
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
///
/// Built lazily: an entity holds its offsets and the place of its core
/// entity (its typed value) in the [`Doc`] of the text it came from; each
/// attribute is made from these when read, so extracting builds no Python
/// strings.
#[pyclass(frozen, eq, module = "shuzi._shuzi")]
#[derive(Debug, Clone)]
pub(crate) struct Entity {
    /// First code point (Python str index).
    #[pyo3(get)]
    start: usize,
    /// One past the last code point.
    #[pyo3(get)]
    end: usize,
    /// The texts and core entities of the call that found it.
    batch: Arc<Batch>,
    /// This entity's index in `batch.entities`.
    at: usize,
    /// Its text's index in `batch.texts`.
    doc: usize,
}

/// Equal when the facts are: the core entity, the offsets, and the text of
/// the entity, its noun and its trigger.
impl PartialEq for Entity {
    fn eq(&self, other: &Entity) -> bool {
        self.start == other.start
            && self.end == other.end
            && Python::attach(|py| self.facts(py) == other.facts(py))
    }
}

impl Entity {
    /// The core entity.
    fn core(&self) -> &shuzi::Entity {
        &self.batch.entities[self.at]
    }

    /// The whole text the entity was found in. Python checked it when it
    /// was read (a str with a lone surrogate is refused before extracting)
    /// and keeps its UTF-8 form, so this cannot fail; if it ever did, the
    /// text would read as empty rather than panic.
    fn text_of_doc<'a>(&'a self, py: Python<'a>) -> &'a str {
        self.batch.texts[self.doc]
            .bind(py)
            .to_str()
            .unwrap_or_default()
    }

    /// What equality and the hash compare besides the offsets: the core
    /// entity and the texts its spans cover.
    fn facts<'a>(&'a self, py: Python<'a>) -> impl PartialEq + Hash + 'a {
        let e = self.core();
        let doc = self.text_of_doc(py);
        (
            e,
            e.text(doc),
            e.noun().map(|n| &doc[n.range()]),
            e.change.map(|c| &doc[c.trigger.range()]),
        )
    }

    fn numeric(&self) -> bool {
        self.core().figure().is_some()
    }
}

#[pymethods]
impl Entity {
    /// "number", "money", "percent", "count", "quantity", "duration",
    /// "ordinal", "date" or "period".
    #[getter]
    fn kind(&self) -> &'static str {
        self.core().kind.as_str()
    }

    /// The exact substring of the input.
    #[getter]
    fn text<'a>(&'a self, py: Python<'a>) -> &'a str {
        self.core().text(self.text_of_doc(py))
    }

    /// First UTF-8 byte.
    #[getter]
    fn byte_start(&self) -> usize {
        self.core().span.start
    }

    /// One past the last UTF-8 byte.
    #[getter]
    fn byte_end(&self) -> usize {
        self.core().span.end
    }

    /// The normalised value as a float (numeric kinds); `normalized` is exact.
    #[getter]
    fn value(&self) -> Option<f64> {
        self.core().value().map(|v| v.to_f64())
    }

    /// The exact value as canonical decimal text (numeric kinds), or the
    /// ISO 8601 text of a date.
    #[getter]
    fn normalized(&self) -> Option<String> {
        match self.core().value() {
            Some(v) => Some(v.to_string()),
            None => self.core().date().and_then(|d| d.iso()),
        }
    }

    /// The upper end of a range.
    #[getter]
    fn high(&self) -> Option<f64> {
        self.core().high().map(|v| v.to_f64())
    }

    /// How the value bounds the truth (numeric kinds): "exact", "approx",
    /// "more_than", "at_least", "less_than", "at_most" or "level".
    #[getter]
    fn bound(&self) -> Option<&'static str> {
        self.numeric().then(|| self.core().bound.as_str())
    }

    /// False when the value had to be rounded (三分之一).
    #[getter]
    fn exact(&self) -> bool {
        self.core().exact()
    }

    /// The unit: currency word, "%"/"pp"/"‰", measure word, canonical
    /// physical unit or duration unit.
    #[getter]
    fn unit(&self) -> Option<&'static str> {
        self.core().unit()
    }

    /// A quantity's unit as written (吨标准煤).
    #[getter]
    fn unit_text(&self) -> Option<&'static str> {
        self.core().unit_text()
    }

    /// ISO 4217 code of money.
    #[getter]
    fn currency(&self) -> Option<&'static str> {
        self.core().currency()
    }

    /// ± was written before the number.
    #[getter]
    fn plus_minus(&self) -> bool {
        self.core().plus_minus()
    }

    /// The counted thing right after a count (196家知名企业 → 知名企业).
    #[getter]
    fn noun<'a>(&'a self, py: Python<'a>) -> Option<&'a str> {
        self.core().noun().map(|n| &self.text_of_doc(py)[n.range()])
    }

    /// The change the number measures, if a verb of change governs it.
    #[getter]
    fn change(&self, py: Python<'_>) -> Option<Change> {
        self.core()
            .change
            .filter(|_| self.numeric())
            .map(|c| Change {
                direction: c.direction.as_str(),
                basis: c.basis.map(|b| b.as_str()),
                trigger: self.text_of_doc(py)[c.trigger.range()].to_string(),
            })
    }

    /// A date's year.
    #[getter]
    fn year(&self) -> Option<i32> {
        self.core().date().and_then(|d| d.year)
    }

    /// A date's month.
    #[getter]
    fn month(&self) -> Option<u8> {
        self.core().date().and_then(|d| d.month)
    }

    /// A date's day.
    #[getter]
    fn day(&self) -> Option<u8> {
        self.core().date().and_then(|d| d.day)
    }

    /// A period's start, ISO 8601 text ("from" in to_dict()).
    #[getter(from_)]
    fn from(&self) -> Option<String> {
        self.core().period().and_then(|(f, _)| f.iso())
    }

    /// A period's end, ISO 8601 text.
    #[getter]
    fn to(&self) -> Option<String> {
        self.core().period().and_then(|(_, t)| t.iso())
    }

    /// "end" for 年底, 年末, 月底, 月末.
    #[getter]
    fn point(&self) -> Option<&'static str> {
        self.core().point().map(|p| p.as_str())
    }

    /// A relative year was resolved against the reference date.
    #[getter]
    fn resolved(&self) -> bool {
        self.core().resolved()
    }

    /// Unresolved relative years: 0 for 今年, -1 for 去年, -5 for 过去五年.
    #[getter]
    fn relative_years(&self) -> Option<i32> {
        self.core().relative_years()
    }

    /// The entity as the command-line tool's JSON object (without "file"):
    /// exactly its keys and values, integers as int, "from" for from_.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let record = EntityRecord {
            entity: self.core(),
            input: self.text_of_doc(py),
            start: self.start,
            end: self.end,
            keys: KeyStyle::Snake,
        };
        // Serializing a record cannot fail: string keys, plain values.
        let json = serde_json::to_string(&record).expect("an entity record serializes");
        json_loads(py, &json)
    }

    fn __hash__(&self, py: Python<'_>) -> u64 {
        // The facts `eq` compares.
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (self.start, self.end, self.facts(py)).hash(&mut h);
        h.finish()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let mut parts = vec![
            format!("kind={}", repr(py, self.kind())?),
            format!("text={}", repr(py, self.text(py))?),
            format!("start={}", self.start),
            format!("end={}", self.end),
        ];
        let mut add = |name: &str, shown: Option<String>| {
            if let Some(s) = shown {
                parts.push(format!("{name}={s}"));
            }
        };
        add("value", self.value().map(|v| repr(py, v)).transpose()?);
        add("high", self.high().map(|v| repr(py, v)).transpose()?);
        add("bound", self.bound().map(|v| repr(py, v)).transpose()?);
        add("unit", self.unit().map(|v| repr(py, v)).transpose()?);
        add(
            "currency",
            self.currency().map(|v| repr(py, v)).transpose()?,
        );
        add("noun", self.noun(py).map(|v| repr(py, v)).transpose()?);
        if self.core().kind == Kind::Date {
            add(
                "normalized",
                self.normalized().map(|v| repr(py, v)).transpose()?,
            );
        }
        add("from_", self.from().map(|v| repr(py, v)).transpose()?);
        add("to", self.to().map(|v| repr(py, v)).transpose()?);
        add(
            "change",
            self.change(py).map(|c| c.__repr__(py)).transpose()?,
        );
        add(
            "relative_years",
            self.relative_years().map(|r| r.to_string()),
        );
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
