//! Python binding of shuzi: the native module `shuzi._shuzi`.
//!
//! This crate holds no domain logic. Arguments become a core
//! [`shuzi::Config`] ([`args`]), the core extracts, [`shuzi::json::records`]
//! gives the code-point offsets, and [`entity`] moves those facts into frozen
//! Python objects whose `to_dict()` is the core's JSON record, exactly what
//! the command-line tool prints (`parse_policy` likewise). All
//! Rust work runs with the GIL released ([`Python::detach`]); Python objects
//! are built afterwards. The pure-Python package `shuzi` (py/python/shuzi)
//! wraps this module with the result list type and the notebook helpers.

mod args;
mod arrow;
mod batch;
mod entity;
mod fact;

use entity::{Change, Entity};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple, PyType};

pyo3::create_exception!(
    shuzi,
    ShuziError,
    pyo3::exceptions::PyValueError,
    "A bad option value (an unknown kind, a malformed reference date, …).\n\n`kind` names the problem: \"unknown_kind\", \"invalid_date\", \"invalid_option\" or \"invalid_utf8\"."
);

/// A reusable extractor: the kinds to keep and the reference date are
/// checked once, then `extract` and `extract_many` may be called any number
/// of times (from any thread).
#[pyclass(frozen, module = "shuzi._shuzi")]
struct Extractor {
    inner: shuzi::Extractor,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (*, kinds=None, ref_date=None))]
    fn new(
        py: Python<'_>,
        kinds: Option<&Bound<'_, PyAny>>,
        ref_date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let config = args::config(py, kinds, ref_date)?;
        Ok(Extractor {
            inner: shuzi::Extractor::new(config),
        })
    }

    /// The kinds kept, in the order of the kinds table.
    #[getter]
    fn kinds(&self) -> Vec<&'static str> {
        self.inner
            .config()
            .kinds()
            .iter()
            .map(|k| k.as_str())
            .collect()
    }

    /// The reference date as `YYYY-MM-DD`, or None.
    #[getter]
    fn ref_date(&self) -> Option<String> {
        self.inner.config().ref_date().map(|d| d.to_string())
    }

    /// Every entity in `text`, in text order.
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let obj = text;
        let text = args::text(obj, "text")?;
        let found = py.detach(|| entity::extract(&self.inner, text));
        entity::Built::new(vec![found], std::slice::from_ref(obj))?.list(py, 0)
    }

    /// Entities of every text, one list per text in input order; the texts
    /// are shared among `threads` threads (default: the available cores)
    /// with the GIL released. With `wrap` (a `list` subclass with a `text`
    /// slot) each list is a `wrap` holding its text.
    #[pyo3(signature = (texts, *, threads=None, wrap=None))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<&Bound<'py, PyAny>>,
        wrap: Option<&Bound<'py, PyType>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let threads = args::threads(threads)?;
        let owned = args::texts(texts)?;
        let strs = args::strs(&owned)?;
        let found: Vec<entity::Found> =
            py.detach(|| batch::map_ordered(&strs, threads, |t| entity::extract(&self.inner, t)));
        let built = entity::Built::new(found, &owned)?;
        // The entities and one list per text.
        let _paused = entity::GcPause::new(py, built.total() + built.len())?;
        match wrap {
            Some(wrap) => built.wrapped(py, wrap, &owned),
            None => built.lists(py),
        }
    }

    /// The long table of every text as Arrow record batches (see
    /// `shuzi.extract_arrow`), and the rows that could not be read as
    /// `(row, reason)`; None rows are skipped silently.
    #[pyo3(signature = (texts, *, threads=None))]
    fn extract_arrow<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<(arrow::ArrowBatches, Vec<arrow::BadRow>)> {
        let threads = args::threads(threads)?;
        arrow::extract_arrow(py, &self.inner, texts, threads, arrow::Table::Entities)
    }

    /// The facts table of every text (see `shuzi.facts_arrow`), and the
    /// rows that could not be read as `(row, reason)`.
    #[pyo3(signature = (texts, *, threads=None))]
    fn facts_arrow<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<(arrow::ArrowBatches, Vec<arrow::BadRow>)> {
        let threads = args::threads(threads)?;
        arrow::extract_arrow(py, &self.inner, texts, threads, arrow::Table::Facts)
    }

    /// How many entities the core finds in `texts` on `threads` threads,
    /// building no output: the core's own speed, for py/bench_arrow.py.
    #[pyo3(signature = (texts, *, threads=None))]
    fn _count_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<usize> {
        let threads = args::threads(threads)?;
        let owned = args::texts(texts)?;
        let strs = args::strs(&owned)?;
        let counts =
            py.detach(|| batch::map_ordered(&strs, threads, |t| self.inner.extract(t).len()));
        Ok(counts.into_iter().sum())
    }

    fn __repr__(&self) -> String {
        let kinds = self.kinds();
        let kinds = if kinds.len() == shuzi::Kind::ALL.len() {
            "None".to_string()
        } else {
            let quoted: Vec<String> = kinds.iter().map(|k| format!("'{k}'")).collect();
            format!("[{}]", quoted.join(", "))
        };
        let ref_date = match self.ref_date() {
            Some(d) => format!("'{d}'"),
            None => "None".to_string(),
        };
        format!("Extractor(kinds={kinds}, ref_date={ref_date})")
    }
}

/// The policy structure of `text` (SPEC 2 and 2.1) as the command-line
/// tool's JSON object (`shuzi policy`, without "file"): heading, titles,
/// doc_numbers, effective, outline, responsible, targets, frameworks,
/// bylines, issuer, recipients, form, attachment_form, level, references,
/// clauses. `ref_date` resolves relative dates (今年7月1日); `instruments`
/// is an instrument cue table of one's own as TSV text (cue, category, tool
/// per line) in place of the built-in one.
#[pyfunction]
#[pyo3(signature = (text, *, ref_date=None, instruments=None))]
fn parse_policy<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    ref_date: Option<&Bound<'py, PyAny>>,
    instruments: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let config = args::config(py, None, ref_date)?;
    let text = args::text(text, "text")?;
    let mut parser = shuzi::policy::Parser::new(config);
    if let Some(table) = instruments {
        parser = parser
            .with_instrument_table(table)
            .map_err(|e| args::shuzi_error(py, &e))?;
    }
    let json = py.detach(|| {
        let policy = parser.parse(text);
        let record =
            shuzi::policy::PolicyRecord::new(&policy, text, shuzi::json::OffsetUnit::CodePoints);
        // Serializing a record cannot fail: string keys, plain values.
        serde_json::to_string(&record).expect("a policy record serializes")
    });
    entity::json_loads(py, &json)
}

#[pymodule]
fn _shuzi(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("ShuziError", m.py().get_type::<ShuziError>())?;
    // The table layouts come from the core, so Python never keeps a second list.
    m.add("LONG_COLUMNS", PyTuple::new(m.py(), shuzi::flat::COLUMNS)?)?;
    m.add(
        "FACT_COLUMNS",
        PyTuple::new(m.py(), shuzi::arrow::FACT_COLUMNS)?,
    )?;
    m.add_class::<Entity>()?;
    m.add_class::<Change>()?;
    m.add_class::<Extractor>()?;
    m.add_class::<arrow::ArrowBatches>()?;
    m.add_function(wrap_pyfunction!(parse_policy, m)?)?;
    m.add_function(wrap_pyfunction!(fact::_facts, m)?)?;
    m.add_function(wrap_pyfunction!(fact::_facts_many, m)?)?;
    Ok(())
}
