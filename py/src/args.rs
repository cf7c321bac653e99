//! Python arguments to core values: `kinds` and `ref_date` into a
//! [`shuzi::Config`] (through [`shuzi::Config::from_options`], so the
//! messages are the core's), texts into `&str`, `threads` into a count.
//!
//! A value of the wrong type raises `TypeError`; a value of the right type
//! that the core rejects raises `ShuziError` with the core's error kind.

use crate::ShuziError;
use pyo3::exceptions::{PyTypeError, PyUnicodeEncodeError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyType};
use std::fmt::{self, Display};

/// The `ShuziError` for a core error, with `.kind` set.
pub(crate) fn shuzi_error(py: Python<'_>, err: &shuzi::Error) -> PyErr {
    error(py, err.kind().as_str(), err.to_string())
}

/// A `ShuziError` of `kind` with `message`.
pub(crate) fn error(py: Python<'_>, kind: &str, message: String) -> PyErr {
    let err = ShuziError::new_err(message);
    if let Err(e) = err.value(py).setattr("kind", kind) {
        return e;
    }
    err
}

/// The Python type name of `obj`, for messages (`int`, `bytes`).
fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".to_string())
}

/// The configuration named by the `kinds` and `ref_date` keywords.
pub(crate) fn config(
    py: Python<'_>,
    kinds: Option<&Bound<'_, PyAny>>,
    ref_date: Option<&Bound<'_, PyAny>>,
) -> PyResult<shuzi::Config> {
    let kinds = kinds.filter(|k| !k.is_none()).map(kind_names).transpose()?;
    let ref_date = ref_date
        .filter(|d| !d.is_none())
        .map(date_text)
        .transpose()?;
    shuzi::Config::from_options(kinds.as_deref(), ref_date.as_deref())
        .map_err(|e| shuzi_error(py, &e))
}

/// `kinds`: one kind name, or an iterable of kind names.
fn kind_names(obj: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(vec![s.to_str()?.to_string()]);
    }
    let iter = obj.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "kinds must be an iterable of str, not {}",
            type_name(obj)
        ))
    })?;
    let mut names = Vec::new();
    for item in iter {
        let item = item?;
        match item.cast::<PyString>() {
            Ok(s) => names.push(s.to_str()?.to_string()),
            Err(_) => {
                return Err(PyTypeError::new_err(format!(
                    "kinds must contain only str, not {}",
                    type_name(&item)
                )))
            }
        }
    }
    Ok(names)
}

/// `ref_date`: a `datetime.date` (a `datetime` gives its date) or the text
/// `YYYY-MM-DD`.
fn date_text(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    static DATE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(s.to_str()?.to_string());
    }
    let date = DATE.import(obj.py(), "datetime", "date")?;
    if obj.is_instance(date)? {
        let part = |name: &str| -> PyResult<i64> { obj.getattr(name)?.extract() };
        return Ok(format!(
            "{:04}-{:02}-{:02}",
            part("year")?,
            part("month")?,
            part("day")?
        ));
    }
    Err(PyTypeError::new_err(format!(
        "ref_date must be a datetime.date or a str (YYYY-MM-DD), not {}",
        type_name(obj)
    )))
}

/// A text argument as `&str`: `TypeError` for a non-str, `ShuziError`
/// (`invalid_utf8`) for a str with a lone surrogate, which no UTF-8 text
/// can hold. `what` names the argument in messages (`text`, `texts[3]`).
pub(crate) fn text<'a>(obj: &'a Bound<'_, PyAny>, what: impl Display) -> PyResult<&'a str> {
    let s = obj
        .cast::<PyString>()
        .map_err(|_| PyTypeError::new_err(format!("{what} must be str, not {}", type_name(obj))))?;
    s.to_str().map_err(|err| {
        let py = obj.py();
        if !err.is_instance_of::<PyUnicodeEncodeError>(py) {
            return err;
        }
        let at: Option<usize> = err
            .value(py)
            .getattr("start")
            .and_then(|v| v.extract())
            .ok();
        match at {
            Some(at) => error(
                py,
                "invalid_utf8",
                format!("{what} is not valid unicode: lone surrogate at index {at}"),
            ),
            None => err,
        }
    })
}

/// `texts[i]`, the name of one item of `texts` in an error message,
/// written only when there is an error (a `format!` per text showed in
/// profiles of `extract_many` over short paragraphs).
pub(crate) struct Item(pub usize);

impl Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "texts[{}]", self.0)
    }
}

/// `texts`: any iterable of str (a bare str is refused: it would be read
/// one character at a time). The items are kept alive by the returned
/// vector while their `&str`s are borrowed.
pub(crate) fn texts<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if obj.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a single str (use extract for one text)",
        ));
    }
    let iter = obj.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "texts must be an iterable of str, not {}",
            type_name(obj)
        ))
    })?;
    iter.collect()
}

/// The items of `texts` (from [`texts`]) as `&str`, each checked by [`text`]
/// and named `texts[i]` in its error.
pub(crate) fn strs<'a>(owned: &'a [Bound<'_, PyAny>]) -> PyResult<Vec<&'a str>> {
    owned
        .iter()
        .enumerate()
        .map(|(i, t)| text(t, Item(i)))
        .collect()
}

/// `threads`: None for the available cores, else a positive int.
pub(crate) fn threads(obj: Option<&Bound<'_, PyAny>>) -> PyResult<usize> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        // Asked once: the answer reads the cgroup files on Linux (34 µs,
        // more than extracting a few paragraphs).
        static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
        return Ok(
            *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        );
    };
    if obj.is_instance_of::<pyo3::types::PyBool>() || !obj.is_instance_of::<pyo3::types::PyInt>() {
        return Err(PyTypeError::new_err(format!(
            "threads must be an int or None, not {}",
            type_name(obj)
        )));
    }
    let n: i64 = obj.extract()?;
    if n < 1 {
        return Err(error(
            obj.py(),
            shuzi::ErrorKind::InvalidOption.as_str(),
            format!("threads must be at least 1, not {n}"),
        ));
    }
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}
