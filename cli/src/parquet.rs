//! `shuzi extract --format parquet -o FILE` and `shuzi facts --format
//! parquet -o FILE`: the long table of every input (the core's Arrow
//! batches, [`shuzi::arrow`]: entities or facts) with a `file` column after
//! `doc`, written as one Parquet file (Snappy). Inputs are read and
//! extracted on worker threads and written in input order; an unreadable
//! input is reported and the others are still written.

use crate::order::{for_each_ordered, Flow};
use crate::report;
use crate::source::Source;
use arrow_array::{ArrayRef, RecordBatch, StringArray};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use shuzi::Extractor;
use std::path::Path;
use std::sync::Arc;

/// Which table to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// One row per entity (`shuzi extract`).
    Entities,
    /// One row per indicator fact (`shuzi facts`).
    Facts,
}

/// The table's schema with `file` (the input's label) after `doc`.
fn schema(table: Table) -> arrow_schema::SchemaRef {
    let base = match table {
        Table::Entities => shuzi::arrow::schema(),
        Table::Facts => shuzi::arrow::facts_schema(),
    };
    let mut fields: Vec<arrow_schema::FieldRef> = base.fields().iter().cloned().collect();
    fields.insert(
        1,
        Arc::new(arrow_schema::Field::new(
            "file",
            arrow_schema::DataType::Utf8,
            false,
        )),
    );
    Arc::new(arrow_schema::Schema::new(fields))
}

/// One input's rows, `doc` being its index among the inputs.
fn batch(
    table: Table,
    doc: usize,
    label: &str,
    text: &str,
    extractor: &Extractor,
) -> Result<RecordBatch, String> {
    let long = match table {
        Table::Entities => {
            let mut builder = shuzi::arrow::LongTableBuilder::new();
            builder.push(doc as i64, text, &extractor.extract(text));
            builder.finish()
        }
        Table::Facts => {
            let mut builder = shuzi::arrow::FactsTableBuilder::new();
            builder.push(doc as i64, text, &extractor.facts(text));
            builder.finish()
        }
    };
    let file: ArrayRef = Arc::new(StringArray::from(vec![label; long.num_rows()]));
    let mut columns = long.columns().to_vec();
    columns.insert(1, file);
    RecordBatch::try_new(schema(table), columns).map_err(|e| format!("{label}: {e}"))
}

/// Writes the table of `sources` to `output`; returns (write succeeded,
/// some input failed). Reports every problem on standard error.
pub fn write(
    table: Table,
    sources: &[Source],
    extractor: &Extractor,
    threads: usize,
    output: &Path,
) -> (bool, bool) {
    let shown = output.display();
    let file = match std::fs::File::create(output) {
        Ok(f) => f,
        Err(e) => {
            report(&format!(
                "cannot create {shown}: {}",
                crate::source::io_reason(&e)
            ));
            return (false, false);
        }
    };
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .build();
    let mut writer = match ArrowWriter::try_new(file, schema(table), Some(props)) {
        Ok(w) => w,
        Err(e) => {
            report(&format!("cannot write {shown}: {e}"));
            return (false, false);
        }
    };
    let mut input_failed = false;
    let mut write_error = None;
    let work = |i: usize| -> Result<RecordBatch, String> {
        let source = &sources[i];
        let bytes = source.read()?;
        let text = source.decode(&bytes)?;
        batch(table, i, &source.label(), text, extractor)
    };
    for_each_ordered(sources.len(), threads, work, |i, outcome| match outcome {
        Ok(Ok(batch)) => match writer.write(&batch) {
            Ok(()) => Flow::Continue,
            Err(e) => {
                write_error = Some(e.to_string());
                Flow::Stop
            }
        },
        Ok(Err(message)) => {
            report(&message);
            input_failed = true;
            Flow::Continue
        }
        Err(panic) => {
            let label = sources[i].label();
            report(&format!(
                "{label}: internal error (please report this input): {panic}"
            ));
            input_failed = true;
            Flow::Continue
        }
    });
    if let Some(e) = write_error {
        report(&format!("cannot write {shown}: {e}"));
        return (false, input_failed);
    }
    match writer.close() {
        Ok(_) => (true, input_failed),
        Err(e) => {
            report(&format!("cannot write {shown}: {e}"));
            (false, input_failed)
        }
    }
}

/// The exit status of `--format parquet` for `table`: usage error without
/// `-o`, else [`write`]'s outcome.
pub fn run(
    table: Table,
    output: Option<&Path>,
    sources: &[Source],
    extractor: &Extractor,
    threads: usize,
) -> u8 {
    let Some(output) = output else {
        report("--format parquet needs -o FILE (Parquet is not written to standard output)");
        return crate::EXIT_USAGE;
    };
    let (written, input_failed) = write(table, sources, extractor, threads, output);
    if !written || input_failed {
        crate::EXIT_INPUT
    } else {
        crate::EXIT_OK
    }
}
