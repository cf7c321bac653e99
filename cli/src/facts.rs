//! `shuzi facts`: the indicator facts of every input (SPEC section 4), in
//! input order; inputs are read and rendered in parallel.

use crate::order::{for_each_ordered, Flow};
use crate::progress::Progress;
use crate::{finish, report, Common, EXIT_USAGE};
use clap::{Args, ValueEnum};
use shuzi::flat::FlatEntity;
use shuzi::json::{fact_records, FactRecord, FactWriter, OffsetUnit, SpanRecord};
use shuzi::{Config, Extractor, Kind};
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

/// The CSV columns: (header, the field of the fact's JSON record it
/// flattens).
const CSV_COLUMNS: [(&str, &str); 31] = [
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
    let mut table = Vec::new();
    // A time shared with the fact before is copied, not written again.
    let mut writer = FactWriter::new();
    for (n, record) in records.iter().enumerate() {
        match format {
            // Straight into the buffer, keys in their documented order.
            FactsFormat::Jsonl | FactsFormat::Json => {
                if format == FactsFormat::Json && n > 0 {
                    buf.extend_from_slice(b",\n");
                }
                writer.write(record, Some(label), &mut buf);
                if format == FactsFormat::Jsonl {
                    buf.push(b'\n');
                }
            }
            FactsFormat::Csv => {
                buf.extend_from_slice(crate::csv::line(csv_row(record, label)).as_bytes());
            }
            // Parquet never renders here (run() hands it to parquet.rs).
            FactsFormat::Parquet => {}
            FactsFormat::Table => {
                let span =
                    |s: &Option<SpanRecord<'_>>| printable(s.as_ref().map_or("-", |s| s.text));
                table.push([
                    span(&record.subject),
                    span(&record.metric),
                    printable(
                        record
                            .time
                            .as_ref()
                            .map_or("-", |t| &text[t.entity.span.range()]),
                    ),
                    printable(&text[record.figure.entity.span.range()]),
                    record.fact.measure.as_str().to_string(),
                    record.fact.status.as_str().to_string(),
                ]);
            }
        }
    }
    match format {
        FactsFormat::Table => Rendered::Rows(table),
        _ => Rendered::Bytes(buf),
    }
}

/// The CSV cells of one fact, in the order of [`CSV_COLUMNS`]: the figure's
/// and the time's flat fields (`shuzi::flat`, as `extract --format csv`
/// writes them), the spans' text and offsets; null is empty.
fn csv_row(r: &FactRecord<'_>, label: &str) -> [String; 31] {
    let text = |s: &Option<SpanRecord<'_>>| s.as_ref().map(|s| s.text.to_string());
    let start = |s: &Option<SpanRecord<'_>>| s.as_ref().map(|s| s.start.to_string());
    let end = |s: &Option<SpanRecord<'_>>| s.as_ref().map(|s| s.end.to_string());
    let f = FlatEntity::new(r.figure.entity, r.figure.input);
    let t = r
        .time
        .as_ref()
        .map(|t| (t, FlatEntity::new(t.entity, t.input)));
    let cells = [
        Some(label.to_string()),
        Some(f.kind.as_str().to_string()),
        Some(f.text.to_string()),
        Some(r.figure.start.to_string()),
        Some(r.figure.end.to_string()),
        f.value.map(|v| v.to_string()),
        f.normalized.map(|n| n.to_string()),
        f.high.map(|v| v.to_string()),
        f.unit.map(str::to_string),
        f.currency.map(str::to_string),
        f.bound.map(|b| b.as_str().to_string()),
        f.change_direction.map(|d| d.as_str().to_string()),
        f.change_basis.map(|b| b.as_str().to_string()),
        text(&r.metric),
        start(&r.metric),
        end(&r.metric),
        r.metric
            .as_ref()
            .and_then(|m| m.constructed)
            .map(|c| c.to_string()),
        text(&r.subject),
        start(&r.subject),
        end(&r.subject),
        t.map(|(_, t)| t.text.to_string()),
        t.map(|(t, _)| t.start.to_string()),
        t.map(|(t, _)| t.end.to_string()),
        t.and_then(|(_, t)| t.normalized.filter(|_| t.kind == Kind::Date))
            .map(|n| n.to_string()),
        t.and_then(|(_, t)| t.from).map(|d| d.to_string()),
        t.and_then(|(_, t)| t.to).map(|d| d.to_string()),
        Some(r.fact.measure.as_str().to_string()),
        text(&r.whole),
        start(&r.whole),
        end(&r.whole),
        Some(r.fact.status.as_str().to_string()),
    ];
    cells.map(Option::unwrap_or_default)
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
    use serde_json::Value;

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
        // The documented order: figure first, its kind first, file last.
        assert!(out.starts_with(r#"{"figure":{"kind":"money","text":"3.2亿元","#));
        assert!(out.ends_with("\"status\":\"actual\",\"file\":\"x.txt\"}\n"));
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
    fn direct_json_is_serde_json_with_the_file_last() {
        let ex = Extractor::default();
        let mut checked = 0;
        for text in texts() {
            let facts = ex.facts(&text);
            let records = fact_records(&text, &facts, OffsetUnit::CodePoints);
            // The writer that copies repeated times writes the same bytes.
            let (mut copied, mut each) = (Vec::new(), Vec::new());
            let mut writer = FactWriter::new();
            for r in &records {
                writer.write(r, Some("a.txt"), &mut copied);
                copied.push(b'\n');
                r.write_json(Some("a.txt"), &mut each);
                each.push(b'\n');
            }
            assert_eq!(
                String::from_utf8(copied).unwrap(),
                String::from_utf8(each).unwrap()
            );
            for r in records {
                for label in ["seeds/a.txt", "引号\"与\\反斜杠\n.txt"] {
                    let mut mine = Vec::new();
                    r.write_json(Some(label), &mut mine);
                    let mut want = serde_json::to_vec(&r).unwrap();
                    want.pop();
                    want.extend_from_slice(b",\"file\":");
                    want.extend_from_slice(&serde_json::to_vec(label).unwrap());
                    want.push(b'}');
                    assert_eq!(
                        String::from_utf8(mine).unwrap(),
                        String::from_utf8(want).unwrap()
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 1500, "{checked}");
    }

    /// Each CSV cell is the record's field that its column names (a number
    /// as the same `f64`).
    #[test]
    fn csv_cells_are_the_json_fields() {
        let ex = Extractor::default();
        let mut checked = 0;
        for text in texts() {
            let facts = ex.facts(&text);
            for r in fact_records(&text, &facts, OffsetUnit::CodePoints) {
                let mut v = serde_json::to_value(&r).unwrap();
                v.as_object_mut()
                    .unwrap()
                    .insert("file".into(), "f.txt".into());
                let row = csv_row(&r, "f.txt");
                for ((name, pointer), cell) in CSV_COLUMNS.iter().zip(&row) {
                    let want = match v.pointer(pointer) {
                        None | Some(Value::Null) => String::new(),
                        Some(Value::String(s)) => s.clone(),
                        Some(other) => other.to_string(),
                    };
                    if *name == "value" || *name == "high" {
                        let num = |s: &str| s.parse::<f64>().ok();
                        assert_eq!(num(cell), num(&want), "{name}");
                    } else {
                        assert_eq!(cell, &want, "{name} of {}", r.figure.entity.text(&text));
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked > 10_000, "{checked}");
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
