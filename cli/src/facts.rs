//! `shuzi facts`: the indicator facts of every input (SPEC section 4), in
//! input order; inputs are read and rendered in parallel.

use crate::order::{for_each_ordered, Flow};
use crate::progress::Progress;
use crate::{finish, report, Common, EXIT_USAGE};
use clap::{Args, ValueEnum};
use serde_json::Value;
use shuzi::json::{fact_records, FactRecord, OffsetUnit};
use shuzi::{Config, Extractor};
use std::io::{self, BufWriter, Write};
use unicode_width::UnicodeWidthStr;

/// Options of `shuzi facts`.
#[derive(Debug, Args)]
pub struct FactsArgs {
    /// Output format [default: jsonl when standard output is not a terminal,
    /// table when it is].
    #[arg(long, value_enum)]
    pub format: Option<FactsFormat>,
    /// Write to this file instead of standard output (required by
    /// `--format parquet`, which writes nothing else).
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub common: Common,
}

/// How `facts` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FactsFormat {
    /// One JSON object per fact and line, with `"file"`.
    Jsonl,
    /// One JSON array of every fact.
    Json,
    /// Aligned columns for people: subject, metric, time, figure, measure,
    /// status.
    Table,
    /// One row per fact, nested fields flattened, with a header row.
    Csv,
    /// One row per fact (doc, file, subject, metric, time, figure, value,
    /// …) as a Parquet file; needs `-o FILE`.
    Parquet,
}

/// The CSV columns: (header, JSON pointer into the fact's record).
const CSV_COLUMNS: &[(&str, &str)] = &[
    ("file", "/file"),
    ("figure_kind", "/figure/kind"),
    ("figure_text", "/figure/text"),
    ("figure_start", "/figure/start"),
    ("figure_end", "/figure/end"),
    ("value", "/figure/value"),
    ("normalized", "/figure/normalized"),
    ("high", "/figure/high"),
    ("unit", "/figure/unit"),
    ("currency", "/figure/currency"),
    ("bound", "/figure/bound"),
    ("change_direction", "/figure/change/direction"),
    ("change_basis", "/figure/change/basis"),
    ("metric", "/metric/text"),
    ("metric_start", "/metric/start"),
    ("metric_end", "/metric/end"),
    ("metric_constructed", "/metric/constructed"),
    ("subject", "/subject/text"),
    ("subject_start", "/subject/start"),
    ("subject_end", "/subject/end"),
    ("time", "/time/text"),
    ("time_start", "/time/start"),
    ("time_end", "/time/end"),
    ("time_value", "/time/value"),
    ("time_from", "/time/from"),
    ("time_to", "/time/to"),
    ("measure", "/measure"),
    ("whole", "/whole/text"),
    ("whole_start", "/whole/start"),
    ("whole_end", "/whole/end"),
    ("status", "/status"),
];

const TABLE_HEADER: [&str; 6] = ["subject", "metric", "time", "figure", "measure", "status"];

/// What a worker hands back for one input.
enum Rendered {
    /// JSON lines, array items (each followed by `,\n` but the last) or CSV rows.
    Bytes(Vec<u8>),
    /// Table rows.
    Rows(Vec<[String; 6]>),
}

/// Runs `shuzi facts`; returns the exit status.
pub fn run(args: &FactsArgs, format: FactsFormat) -> u8 {
    let ref_date = match args.common.ref_date() {
        Ok(d) => d,
        Err(message) => {
            report(&message);
            return EXIT_USAGE;
        }
    };
    let extractor = Extractor::new(Config::default().with_ref_date(ref_date));
    let sources = args.common.sources();
    if format == FactsFormat::Parquet {
        #[cfg(feature = "parquet")]
        return crate::parquet::run(
            crate::parquet::Table::Facts,
            args.output.as_deref(),
            &sources,
            &extractor,
            args.common.threads(),
        );
        #[cfg(not(feature = "parquet"))]
        {
            report("this shuzi was built without Parquet output (cargo feature `parquet`)");
            return EXIT_USAGE;
        }
    }
    if args.output.is_some() {
        report("-o/--output is for --format parquet; other formats go to standard output");
        return EXIT_USAGE;
    }
    let mut progress = Progress::new(sources.len());
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut input_failed = false;
    let mut rows: Vec<[String; 6]> = Vec::new();
    let mut first = true;
    let mut written: io::Result<()> = match format {
        FactsFormat::Json => out.write_all(b"["),
        FactsFormat::Csv => {
            let header: Vec<&str> = CSV_COLUMNS.iter().map(|(h, _)| *h).collect();
            out.write_all(header.join(",").as_bytes())
                .and_then(|()| out.write_all(b"\n"))
        }
        _ => Ok(()),
    };
    let work = |i: usize| -> Result<(u64, Rendered), String> {
        let source = &sources[i];
        let bytes = source.read()?;
        let text = source.decode(&bytes)?;
        let label = source.label();
        Ok((bytes.len() as u64, render(text, &label, &extractor, format)))
    };
    for_each_ordered(sources.len(), args.common.threads(), work, |i, outcome| {
        let rendered = match outcome {
            Ok(Ok((size, r))) => {
                progress.step(size);
                r
            }
            Ok(Err(message)) => {
                progress.clear();
                report(&message);
                input_failed = true;
                return Flow::Continue;
            }
            Err(panic) => {
                progress.clear();
                let label = sources[i].label();
                report(&format!(
                    "{label}: internal error (please report this input): {panic}"
                ));
                input_failed = true;
                return Flow::Continue;
            }
        };
        let result = match rendered {
            Rendered::Rows(r) => {
                rows.extend(r);
                Ok(())
            }
            Rendered::Bytes(b) if b.is_empty() => Ok(()),
            Rendered::Bytes(b) => {
                let sep: &[u8] = if format == FactsFormat::Json && !first {
                    b",\n"
                } else {
                    b""
                };
                first = false;
                out.write_all(sep).and_then(|()| out.write_all(&b))
            }
        };
        match result {
            Ok(()) => Flow::Continue,
            Err(e) => {
                written = Err(e);
                Flow::Stop
            }
        }
    });
    let written = written.and_then(|()| {
        match format {
            FactsFormat::Json => out.write_all(b"]\n")?,
            FactsFormat::Table => write_table(&mut out, &rows)?,
            _ => {}
        }
        out.flush()
    });
    progress.clear();
    finish(written, input_failed)
}

/// The facts of one input in `format`.
fn render(text: &str, label: &str, extractor: &Extractor, format: FactsFormat) -> Rendered {
    let facts = extractor.facts(text);
    let records = fact_records(text, &facts, OffsetUnit::CodePoints);
    let mut buf = Vec::new();
    if matches!(format, FactsFormat::Jsonl | FactsFormat::Json) {
        // Straight into the buffer: the bytes of `record_value(..).to_string()`.
        for (n, record) in records.iter().enumerate() {
            if format == FactsFormat::Json && n > 0 {
                buf.extend_from_slice(b",\n");
            }
            record.write_json_sorted(Some(label), &mut buf);
            if format == FactsFormat::Jsonl {
                buf.push(b'\n');
            }
        }
        return Rendered::Bytes(buf);
    }
    let mut table = Vec::new();
    for record in &records {
        let v = record_value(record, label);
        match format {
            // Written above.
            FactsFormat::Jsonl | FactsFormat::Json => {}
            FactsFormat::Csv => {
                let cells: Vec<String> = CSV_COLUMNS
                    .iter()
                    .map(|(_, p)| csv_cell(v.pointer(p)))
                    .collect();
                buf.extend_from_slice(cells.join(",").as_bytes());
                buf.push(b'\n');
            }
            // Parquet never renders here (run() hands it to parquet.rs).
            FactsFormat::Parquet => {}
            FactsFormat::Table => {
                let s = |p: &str| printable(v.pointer(p).and_then(Value::as_str).unwrap_or("-"));
                table.push([
                    s("/subject/text"),
                    s("/metric/text"),
                    s("/time/text"),
                    s("/figure/text"),
                    s("/measure"),
                    s("/status"),
                ]);
            }
        }
    }
    match format {
        FactsFormat::Table => Rendered::Rows(table),
        _ => Rendered::Bytes(buf),
    }
}

/// The fact's record as a JSON tree with `"file"` (keys sorted).
fn record_value(record: &FactRecord<'_>, label: &str) -> Value {
    let mut v = serde_json::to_value(record).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut v {
        m.insert("file".into(), Value::String(label.to_string()));
    }
    v
}

/// One CSV cell (RFC 4180 quoting); null and absent are empty.
fn csv_cell(v: Option<&Value>) -> String {
    let s = match v {
        None | Some(Value::Null) => return String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Control characters would break the columns: show them escaped.
fn printable(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}

/// Writes `rows` under the header, each column padded to its widest cell.
fn write_table<W: Write>(out: &mut W, rows: &[[String; 6]]) -> io::Result<()> {
    let mut widths = TABLE_HEADER.map(UnicodeWidthStr::width);
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let mut line = |cells: [&str; 6]| -> io::Result<()> {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            s.push_str(cell);
            if i + 1 < cells.len() {
                s.push_str(&" ".repeat(w - cell.width() + 2));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(TABLE_HEADER)?;
    for row in rows {
        line(row.each_ref().map(String::as_str))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(r: Rendered) -> String {
        match r {
            Rendered::Bytes(b) => String::from_utf8(b).unwrap(),
            Rendered::Rows(_) => panic!("rows"),
        }
    }

    #[test]
    fn csv_rows_flatten_the_fact() {
        let text = "全市营业收入3.2亿元，同比增长12%。";
        let out = bytes(render(
            text,
            "a,b.txt",
            &Extractor::default(),
            FactsFormat::Csv,
        ));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2);
        let header: Vec<&str> = CSV_COLUMNS.iter().map(|(h, _)| *h).collect();
        let cells: Vec<&str> = lines[1].split(',').collect();
        // The quoted file name holds a comma: it spans two split pieces.
        assert_eq!(cells[0..2], ["\"a", "b.txt\""]);
        let at = |h: &str| cells[header.iter().position(|x| *x == h).unwrap() + 1];
        assert_eq!(at("figure_text"), "12%");
        assert_eq!(at("change_direction"), "up");
        assert_eq!(at("change_basis"), "yoy");
        assert_eq!(at("metric"), "营业收入");
        assert_eq!(at("subject"), "全市");
        assert_eq!(at("measure"), "change");
        assert_eq!(at("status"), "actual");
        assert_eq!(at("time"), "");
    }

    #[test]
    fn json_lines_carry_the_file() {
        let text = "全市营业收入3.2亿元。";
        let out = bytes(render(
            text,
            "x.txt",
            &Extractor::default(),
            FactsFormat::Jsonl,
        ));
        let v: Value = serde_json::from_str(out.trim_end()).unwrap();
        assert_eq!(v["file"], "x.txt");
        assert_eq!(v["figure"]["value"], 320000000);
        assert_eq!(v["metric"]["text"], "营业收入");
        assert_eq!(v["metric"]["start"], 2);
    }

    /// Every `*.txt` under the seeds and corpus/dev.
    fn texts() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut out = Vec::new();
        for dir in ["seeds", "seeds/policy", "corpus/dev"] {
            let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            paths.sort();
            out.extend(paths.iter().map(|p| std::fs::read_to_string(p).unwrap()));
        }
        out.push("全市\"营业\\收入\u{1}3.2亿元，同比增长12%，去年\t12月占全省的三成".into());
        out
    }

    #[test]
    fn direct_json_is_the_serde_json_tree() {
        let ex = Extractor::default();
        let mut checked = 0;
        for text in texts() {
            let facts = ex.facts(&text);
            for r in fact_records(&text, &facts, OffsetUnit::CodePoints) {
                for label in ["seeds/a.txt", "引号\"与\\反斜杠\n.txt"] {
                    let mut mine = Vec::new();
                    r.write_json_sorted(Some(label), &mut mine);
                    let want = record_value(&r, label).to_string();
                    assert_eq!(String::from_utf8(mine).unwrap(), want);
                    checked += 1;
                }
            }
        }
        assert!(checked > 1500, "{checked}");
    }

    #[test]
    fn table_aligns_wide_characters() {
        let rows = vec![[
            "全市".to_string(),
            "营业收入".into(),
            "-".into(),
            "3.2亿元".into(),
            "level".into(),
            "actual".into(),
        ]];
        let mut out = Vec::new();
        write_table(&mut out, &rows).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "subject  metric    time  figure   measure  status\n\
             全市     营业收入  -     3.2亿元  level    actual\n"
        );
    }
}
