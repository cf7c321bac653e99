//! `shuzi extract`: every entity of every input, in input order.

use crate::order::{for_each_ordered, Flow};
use crate::output::{rows, write_records, write_table, Layout, Row};
use crate::progress::Progress;
use crate::source::Source;
use crate::{finish, report, ExtractArgs, Format, EXIT_USAGE};
use shuzi::{Config, Extractor, Kind, KindSet};
use std::io::{self, BufWriter, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs `shuzi extract`; returns the exit status.
pub fn run(args: &ExtractArgs, format: Format) -> u8 {
    let kinds = match args.kinds.as_deref().map(KindSet::parse_list).transpose() {
        Ok(k) => k.unwrap_or_default(),
        Err(e) => {
            let known: Vec<&str> = Kind::ALL.iter().map(Kind::as_str).collect();
            report(&format!("{e} (kinds are {})", known.join(", ")));
            return EXIT_USAGE;
        }
    };
    let ref_date = match args.common.ref_date() {
        Ok(d) => d,
        Err(message) => {
            report(&message);
            return EXIT_USAGE;
        }
    };
    let extractor = Extractor::new(Config::default().with_kinds(kinds).with_ref_date(ref_date));
    let sources = args.common.sources();
    if format == Format::Parquet {
        return parquet(args, &extractor, &sources);
    }
    if args.output.is_some() {
        report("-o/--output is for --format parquet; other formats go to standard output");
        return EXIT_USAGE;
    }
    let stdout = io::stdout();
    let mut sink = Sink {
        out: BufWriter::with_capacity(1 << 16, stdout.lock()),
        format,
        first: true,
        rows: Vec::new(),
        input_failed: false,
        progress: Progress::new(sources.len()),
    };
    let threads = args.common.threads();
    let written = sink.start().and_then(|()| {
        if threads <= 1 || sources.len() <= 1 {
            sink.direct(&sources, &extractor)
        } else {
            sink.parallel(&sources, &extractor, threads)
        }
    });
    let written = written.and_then(|()| sink.finish());
    sink.progress.clear();
    finish(written, sink.input_failed)
}

/// What a worker hands back for one input.
enum Rendered {
    /// JSON text (lines or array items).
    Json(Vec<u8>),
    /// Table rows.
    Rows(Vec<Row>),
}

struct Sink<W: Write> {
    out: W,
    format: Format,
    /// No JSON object written yet.
    first: bool,
    rows: Vec<Row>,
    input_failed: bool,
    progress: Progress,
}

impl<W: Write> Sink<W> {
    fn start(&mut self) -> io::Result<()> {
        match self.format {
            Format::Json => self.out.write_all(b"["),
            Format::Csv => crate::csv::write_entity_header(&mut self.out),
            _ => Ok(()),
        }
    }

    fn finish(&mut self) -> io::Result<()> {
        match self.format {
            Format::Json => self.out.write_all(b"]\n")?,
            Format::Table => write_table(&mut self.out, &self.rows)?,
            Format::Jsonl | Format::Csv | Format::Parquet => {}
        }
        self.out.flush()
    }

    fn input_error(&mut self, message: &str) {
        self.progress.clear();
        report(message);
        self.input_failed = true;
    }

    /// One input at a time on this thread, JSON streamed straight to the
    /// output (no copy of a large file's output in memory).
    fn direct(&mut self, sources: &[Source], extractor: &Extractor) -> io::Result<()> {
        for source in sources {
            let bytes = match source.read() {
                Ok(b) => b,
                Err(message) => {
                    self.input_error(&message);
                    continue;
                }
            };
            let text = match source.decode(&bytes) {
                Ok(t) => t,
                Err(message) => {
                    self.input_error(&message);
                    continue;
                }
            };
            let label = source.label();
            let entities = match catch_unwind(AssertUnwindSafe(|| extractor.extract(text))) {
                Ok(e) => e,
                Err(_) => {
                    self.input_error(&format!(
                        "{label}: internal error (please report this input)"
                    ));
                    continue;
                }
            };
            match self.format {
                Format::Table => self.rows.extend(rows(text, &entities, &label)),
                Format::Csv => crate::csv::write_entities(&mut self.out, text, &entities, &label)?,
                // Parquet never streams here (run() hands it to parquet.rs).
                Format::Jsonl | Format::Json | Format::Parquet => write_records(
                    &mut self.out,
                    text,
                    &entities,
                    &json_string(&label),
                    layout(self.format),
                    &mut self.first,
                )?,
            }
            self.progress.step(bytes.len() as u64);
        }
        Ok(())
    }

    /// Inputs read, extracted and rendered on `threads` threads; written here
    /// in input order.
    fn parallel(
        &mut self,
        sources: &[Source],
        extractor: &Extractor,
        threads: usize,
    ) -> io::Result<()> {
        let format = self.format;
        let work = |i: usize| -> Result<(u64, Rendered), String> {
            let source = &sources[i];
            let bytes = source.read()?;
            let text = source.decode(&bytes)?;
            let entities = extractor.extract(text);
            let label = source.label();
            let rendered = match format {
                Format::Table => Rendered::Rows(rows(text, &entities, &label)),
                Format::Csv => {
                    let mut buf = Vec::new();
                    crate::csv::write_entities(&mut buf, text, &entities, &label)
                        .map_err(|e| format!("{label}: {e}"))?;
                    Rendered::Json(buf)
                }
                Format::Jsonl | Format::Json | Format::Parquet => {
                    let mut buf = Vec::new();
                    let mut first = true;
                    write_records(
                        &mut buf,
                        text,
                        &entities,
                        &json_string(&label),
                        layout(format),
                        &mut first,
                    )
                    .map_err(|e| format!("{label}: {e}"))?;
                    Rendered::Json(buf)
                }
            };
            Ok((bytes.len() as u64, rendered))
        };
        let mut result = Ok(());
        for_each_ordered(sources.len(), threads, work, |i, outcome| {
            let (size, rendered) = match outcome {
                Ok(Ok(done)) => done,
                Ok(Err(message)) => {
                    self.input_error(&message);
                    return Flow::Continue;
                }
                Err(panic) => {
                    let label = sources[i].label();
                    self.input_error(&format!(
                        "{label}: internal error (please report this input): {panic}"
                    ));
                    return Flow::Continue;
                }
            };
            let written = match rendered {
                Rendered::Rows(rows) => {
                    self.rows.extend(rows);
                    Ok(())
                }
                Rendered::Json(buf) if buf.is_empty() => Ok(()),
                Rendered::Json(buf) => {
                    let sep = if self.format == Format::Json && !self.first {
                        &b",\n"[..]
                    } else {
                        b""
                    };
                    self.first = false;
                    self.out
                        .write_all(sep)
                        .and_then(|()| self.out.write_all(&buf))
                }
            };
            self.progress.step(size);
            match written {
                Ok(()) => Flow::Continue,
                Err(e) => {
                    result = Err(e);
                    Flow::Stop
                }
            }
        });
        result
    }
}

/// `--format parquet -o FILE`.
#[cfg(feature = "parquet")]
fn parquet(args: &ExtractArgs, extractor: &Extractor, sources: &[Source]) -> u8 {
    crate::parquet::run(
        crate::parquet::Table::Entities,
        args.output.as_deref(),
        sources,
        extractor,
        args.common.threads(),
    )
}

/// `--format parquet` in a build without the `parquet` feature.
#[cfg(not(feature = "parquet"))]
fn parquet(_: &ExtractArgs, _: &Extractor, _: &[Source]) -> u8 {
    report("this shuzi was built without Parquet output (cargo feature `parquet`)");
    EXIT_USAGE
}

fn layout(format: Format) -> Layout {
    match format {
        Format::Json => Layout::Array,
        _ => Layout::Lines,
    }
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"?\"".to_string())
}
