//! Indicator facts (SPEC 4) for Python: the core finds them and gives their
//! records ([`shuzi::json::fact_records`], code-point offsets); here each
//! becomes a plain tuple — figure and time as `Entity` objects, spans as
//! `(text, start, end, byte_start, byte_end, constructed)` — that the
//! package's frozen `Fact` dataclass wraps. No rule lives here.

use crate::entity::{Built, Found};
use crate::{args, batch, Extractor};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};
use shuzi::json::{fact_records, EntityRecord, FactRecord, OffsetUnit, SpanRecord};

/// A span as Python will see it.
type SpanTuple = (String, usize, usize, usize, usize, Option<bool>);

/// One fact, Rust side; its figure and time are indices into the entities
/// of its text's [`FactsFound`].
pub(crate) struct FactRow {
    figure: usize,
    metric: Option<SpanTuple>,
    subject: Option<SpanTuple>,
    time: Option<usize>,
    measure: &'static str,
    whole: Option<SpanTuple>,
    status: &'static str,
}

/// The facts of one text and the entities (figures and times) they name.
pub(crate) struct FactsFound {
    entities: Found,
    rows: Vec<FactRow>,
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
pub(crate) fn facts(extractor: &shuzi::Extractor, text: &str) -> FactsFound {
    let found = extractor.facts(text);
    let records = fact_records(text, &found, OffsetUnit::CodePoints);
    // The figures and times, in the order the rows name them.
    let mut entities = Found {
        entities: Vec::with_capacity(records.len() * 2),
        offsets: Vec::with_capacity(records.len() * 2),
    };
    let mut add = |e: &EntityRecord<'_>| {
        entities.entities.push(e.entity.clone());
        entities.offsets.push((e.start, e.end));
        entities.entities.len() - 1
    };
    let rows = records
        .iter()
        .map(|r: &FactRecord<'_>| FactRow {
            figure: add(&r.figure),
            metric: span(&r.metric),
            subject: span(&r.subject),
            time: r.time.as_ref().map(&mut add),
            measure: r.fact.measure.as_str(),
            whole: span(&r.whole),
            status: r.fact.status.as_str(),
        })
        .collect();
    FactsFound { entities, rows }
}

/// The facts of every text (`found[i]` of `texts[i]`) as lists of tuples.
fn to_lists<'py>(
    py: Python<'py>,
    found: Vec<FactsFound>,
    texts: &[Bound<'py, PyAny>],
) -> PyResult<Vec<Bound<'py, PyList>>> {
    let (entities, rows): (Vec<Found>, Vec<Vec<FactRow>>) =
        found.into_iter().map(|f| (f.entities, f.rows)).unzip();
    let built = Built::new(entities, texts)?;
    rows.into_iter()
        .enumerate()
        .map(|(i, rows)| to_list(py, &built, i, rows))
        .collect()
}

fn to_list<'py>(
    py: Python<'py>,
    built: &Built,
    i: usize,
    rows: Vec<FactRow>,
) -> PyResult<Bound<'py, PyList>> {
    let items = rows
        .into_iter()
        .map(|f| {
            PyTuple::new(
                py,
                [
                    Bound::new(py, built.entity(i, f.figure))?.into_any(),
                    f.metric.into_pyobject(py)?.into_any(),
                    f.subject.into_pyobject(py)?.into_any(),
                    f.time
                        .map(|t| Bound::new(py, built.entity(i, t)))
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
    let obj = text;
    let text = args::text(obj, "text")?;
    let found = py.detach(|| facts(&extractor.inner, text));
    let mut lists = to_lists(py, vec![found], std::slice::from_ref(obj))?;
    Ok(lists.remove(0))
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
    let found: Vec<FactsFound> =
        py.detach(|| batch::map_ordered(&strs, threads, |t| facts(&extractor.inner, t)));
    PyList::new(py, to_lists(py, found, &owned)?)
}
