//! `extract_arrow`: the long table of many texts as Arrow record batches,
//! handed to Python through the Arrow PyCapsule interface
//! (`__arrow_c_stream__`), so pyarrow, Polars and Spark take the columns
//! without a Python object per entity and without JSON.
//!
//! The core builds the batches ([`shuzi::arrow::LongTableBuilder`]); this
//! module only splits the texts into chunks, extracts each chunk on a worker
//! thread with the GIL released, and wraps the batches.

use crate::args;
use crate::batch::map_ordered;
use arrow_array::ffi::FFI_ArrowSchema;
use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{RecordBatch, RecordBatchIterator};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyString};

/// Record batches of the long table (`shuzi.extract_arrow`'s result before
/// pyarrow, Polars or another Arrow consumer imports it through
/// `__arrow_c_stream__`).
#[pyclass(frozen, module = "shuzi._shuzi")]
pub(crate) struct ArrowBatches {
    batches: Vec<RecordBatch>,
    schema: arrow_schema::SchemaRef,
}

#[pymethods]
impl ArrowBatches {
    /// Rows (entities) in all batches.
    #[getter]
    fn num_rows(&self) -> usize {
        self.batches.iter().map(RecordBatch::num_rows).sum()
    }

    /// The schema as an `arrow_schema` PyCapsule.
    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        let schema = FFI_ArrowSchema::try_from(self.schema.as_ref())
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        PyCapsule::new_with_value(py, schema, c"arrow_schema")
    }

    /// The batches as an `arrow_array_stream` PyCapsule; each call gives a
    /// new stream over the same (shared, immutable) buffers.
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        // The schema is fixed; a consumer that asked for another casts.
        let _ = requested_schema;
        let reader = RecordBatchIterator::new(
            self.batches.clone().into_iter().map(Ok),
            std::sync::Arc::clone(&self.schema),
        );
        let stream = FFI_ArrowArrayStream::new(Box::new(reader));
        PyCapsule::new_with_value(py, stream, c"arrow_array_stream")
    }
}

/// A text of `texts` the extractor cannot read: its row index and why.
pub(crate) type BadRow = (usize, String);

/// Chunks of consecutive rows of about `target` bytes each (one row may be
/// larger), so worker threads share the work evenly and each chunk becomes
/// one record batch.
fn chunks(rows: &[(usize, &str)], target: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, (_, text)) in rows.iter().enumerate() {
        bytes += text.len();
        if bytes >= target {
            out.push(start..i + 1);
            start = i + 1;
            bytes = 0;
        }
    }
    if start < rows.len() {
        out.push(start..rows.len());
    }
    out
}

/// Which long table to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Table {
    /// One row per entity ([`shuzi::arrow::LongTableBuilder`]).
    Entities,
    /// One row per indicator fact ([`shuzi::arrow::FactsTableBuilder`]).
    Facts,
}

/// The `table` of `texts` (a Python sequence): nulls are skipped,
/// non-strings and strings with a lone surrogate are reported as bad rows,
/// every other row is extracted on `threads` threads without the GIL.
pub(crate) fn extract_arrow(
    py: Python<'_>,
    extractor: &shuzi::Extractor,
    texts: &Bound<'_, PyAny>,
    threads: usize,
    table: Table,
) -> PyResult<(ArrowBatches, Vec<BadRow>)> {
    let items = args::texts(texts)?;
    let mut rows: Vec<(usize, &str)> = Vec::with_capacity(items.len());
    let mut bad = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if item.is_none() {
            continue;
        }
        if !item.is_instance_of::<PyString>() {
            let ty = item.get_type().name().map(|n| n.to_string());
            bad.push((
                i,
                format!("not a str but {}", ty.as_deref().unwrap_or("object")),
            ));
            continue;
        }
        match args::text(item, args::Item(i)) {
            Ok(text) => rows.push((i, text)),
            Err(err) => bad.push((i, err.value(py).to_string())),
        }
    }
    let total: usize = rows.iter().map(|(_, t)| t.len()).sum();
    // About eight chunks per thread, each between 64 KiB and 8 MiB.
    let target = (total / (threads * 8).max(1)).clamp(1 << 16, 8 << 20);
    let batches = py.detach(|| {
        let ranges = chunks(&rows, target);
        map_ordered(&ranges, threads, |range| {
            let rows = &rows[range.clone()];
            match table {
                Table::Entities => {
                    let mut builder = shuzi::arrow::LongTableBuilder::new();
                    for &(doc, text) in rows {
                        builder.push(doc as i64, text, &extractor.extract(text));
                    }
                    builder.finish()
                }
                Table::Facts => {
                    let mut builder = shuzi::arrow::FactsTableBuilder::new();
                    for &(doc, text) in rows {
                        builder.push(doc as i64, text, &extractor.facts(text));
                    }
                    builder.finish()
                }
            }
        })
    });
    let schema = match table {
        Table::Entities => shuzi::arrow::schema(),
        Table::Facts => shuzi::arrow::facts_schema(),
    };
    Ok((ArrowBatches { batches, schema }, bad))
}

#[cfg(test)]
mod tests {
    use super::chunks;

    #[test]
    fn chunks_cover_every_row_once_in_order() {
        let rows: Vec<(usize, &str)> = (0..10).map(|i| (i, "abcd")).collect();
        assert_eq!(chunks(&rows, 10), [0..3, 3..6, 6..9, 9..10]);
        assert_eq!(chunks(&rows, 1000).len(), 1);
        assert_eq!(chunks(&rows, 1000)[0], 0..10);
        assert!(chunks(&[], 10).is_empty());
    }
}
