//! Indicator facts (SPEC 4) for Python: the core finds them and gives their
//! records ([`shuzi::json::fact_records`], code-point offsets); here each
//! becomes a plain tuple — figure and time as [`Entity`] objects, spans as
//! `(text, start, end, byte_start, byte_end, constructed)` — that the
//! package's frozen `Fact` dataclass wraps. No rule lives here.

use crate::entity::Entity;
use crate::{args, batch, Extractor};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};
use shuzi::json::{fact_records, FactRecord, OffsetUnit, SpanRecord};
use std::sync::Arc;

/// A span as Python will see it.
type SpanTuple = (String, usize, usize, usize, usize, Option<bool>);

/// One fact, Rust side.
pub(crate) struct FactRow {
    figure: Entity,
    metric: Option<SpanTuple>,
    subject: Option<SpanTuple>,
    time: Option<Entity>,
    measure: &'static str,
    whole: Option<SpanTuple>,
    status: &'static str,
}

fn span(r: &Option<SpanRecord<'_>>) -> Option<SpanTuple> {
    r.as_ref().map(|s| {
        (
            s.text.to_string(),
            s.start,
            s.end,
            s.span.start,
            s.span.end,
            s.constructed,
        )
    })
}

/// The facts of `text`; pure Rust, run with the GIL released.
pub(crate) fn facts(extractor: &shuzi::Extractor, text: &str) -> Vec<FactRow> {
    let found = extractor.facts(text);
    if found.is_empty() {
        return Vec::new();
    }
    let doc: Arc<str> = text.into();
    fact_records(text, &found, OffsetUnit::CodePoints)
        .iter()
        .map(|r: &FactRecord<'_>| FactRow {
            figure: Entity::from_record(&r.figure, &doc),
            metric: span(&r.metric),
            subject: span(&r.subject),
            time: r.time.as_ref().map(|t| Entity::from_record(t, &doc)),
            measure: r.fact.measure.as_str(),
            whole: span(&r.whole),
            status: r.fact.status.as_str(),
        })
        .collect()
}

fn to_list(py: Python<'_>, rows: Vec<FactRow>) -> PyResult<Bound<'_, PyList>> {
    let items = rows
        .into_iter()
        .map(|f| {
            PyTuple::new(
                py,
                [
                    Bound::new(py, f.figure)?.into_any(),
                    f.metric.into_pyobject(py)?.into_any(),
                    f.subject.into_pyobject(py)?.into_any(),
                    f.time
                        .map(|t| Bound::new(py, t))
                        .transpose()?
                        .into_pyobject(py)?
                        .into_any(),
                    f.measure.into_pyobject(py)?.into_any(),
                    f.whole.into_pyobject(py)?.into_any(),
                    f.status.into_pyobject(py)?.into_any(),
                ],
            )
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

/// The facts of `text` as tuples `(figure, metric, subject, time, measure,
/// whole, status)`, computed with the GIL released.
#[pyfunction]
pub(crate) fn _facts<'py>(
    py: Python<'py>,
    extractor: &Extractor,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let text = args::text(text, "text")?;
    let rows = py.detach(|| facts(&extractor.inner, text));
    to_list(py, rows)
}

/// The facts of every text, one list per text in input order, on `threads`
/// threads with the GIL released.
#[pyfunction]
#[pyo3(signature = (extractor, texts, *, threads=None))]
pub(crate) fn _facts_many<'py>(
    py: Python<'py>,
    extractor: &Extractor,
    texts: &Bound<'py, PyAny>,
    threads: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let threads = args::threads(threads)?;
    let owned = args::texts(texts)?;
    let strs = args::strs(&owned)?;
    let found: Vec<Vec<FactRow>> =
        py.detach(|| batch::map_ordered(&strs, threads, |t| facts(&extractor.inner, t)));
    let lists = found
        .into_iter()
        .map(|doc| to_list(py, doc))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, lists)
}
