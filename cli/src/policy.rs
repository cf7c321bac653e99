//! `shuzi policy`: the structure of policy documents (SPEC sections 2 and
//! 2.1), one JSON object per input on one line, `"file"` first, then the keys
//! of `seeds/expected/README.md` ("Policy object"); with `--clauses`, the
//! clause table, one object (or CSV row) per clause. Inputs are parsed in
//! parallel and written in input order.

use crate::order::{for_each_ordered, Flow};
use crate::progress::Progress;
use crate::{finish, report, PolicyArgs, PolicyFormat, EXIT_USAGE};
use serde_json::Value;
use shuzi::json::OffsetUnit;
use shuzi::policy::{Parser, PolicyRecord};
use shuzi::Config;
use std::io::{self, BufWriter, Write};

/// Columns of `--clauses --format csv`.
const CSV_HEADER: [&str; 14] = [
    "file",
    "id",
    "path",
    "start",
    "end",
    "byte_start",
    "byte_end",
    "units",
    "targets",
    "supply",
    "environment",
    "demand",
    "cues",
    "text",
];

/// The parser of the command line's options, or a usage error.
fn parser(args: &PolicyArgs) -> Result<Parser, String> {
    let ref_date = args.common.ref_date()?;
    let parser = Parser::new(Config::default().with_ref_date(ref_date));
    let Some(path) = &args.instruments else {
        return Ok(parser);
    };
    let shown = path.display();
    let table = std::fs::read_to_string(path)
        .map_err(|e| format!("{shown}: {}", crate::source::io_reason(&e)))?;
    parser
        .with_instrument_table(&table)
        .map_err(|e| format!("{shown}: {e}"))
}

/// Runs `shuzi policy`; returns the exit status.
pub fn run(args: &PolicyArgs) -> u8 {
    let format = args.format.unwrap_or(PolicyFormat::Jsonl);
    if format == PolicyFormat::Csv && !args.clauses {
        report("--format csv needs --clauses (a document is not one row)");
        return EXIT_USAGE;
    }
    let parser = match parser(args) {
        Ok(p) => p,
        Err(message) => {
            report(&message);
            return EXIT_USAGE;
        }
    };
    let sources = args.common.sources();
    let mut progress = Progress::new(sources.len());
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut input_failed = false;
    let mut sink = Sink::new(format);
    let mut written: io::Result<()> = sink.open(&mut out);
    let work = |i: usize| -> Result<(u64, Vec<String>), String> {
        let source = &sources[i];
        let bytes = source.read()?;
        let text = source.decode(&bytes)?;
        let items = render(&source.label(), text, &parser, args.clauses, format)?;
        Ok((bytes.len() as u64, items))
    };
    for_each_ordered(sources.len(), args.common.threads(), work, |i, outcome| {
        let items = match outcome {
            Ok(Ok((size, items))) => {
                progress.step(size);
                items
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
        match items.iter().try_for_each(|item| sink.item(&mut out, item)) {
            Ok(()) => Flow::Continue,
            Err(e) => {
                written = Err(e);
                Flow::Stop
            }
        }
    });
    let written = written
        .and_then(|()| sink.close(&mut out))
        .and_then(|()| out.flush());
    progress.clear();
    finish(written, input_failed)
}

/// Writes items with the separators of a format: lines, a JSON array, or
/// CSV rows under a header.
struct Sink {
    format: PolicyFormat,
    first: bool,
}

impl Sink {
    fn new(format: PolicyFormat) -> Sink {
        Sink {
            format,
            first: true,
        }
    }

    fn open<W: Write>(&mut self, out: &mut W) -> io::Result<()> {
        match self.format {
            PolicyFormat::Json => out.write_all(b"["),
            PolicyFormat::Csv => {
                out.write_all(crate::csv::line(CSV_HEADER.map(String::from)).as_bytes())
            }
            PolicyFormat::Jsonl => Ok(()),
        }
    }

    fn item<W: Write>(&mut self, out: &mut W, item: &str) -> io::Result<()> {
        if self.format == PolicyFormat::Json {
            out.write_all(if self.first { b"\n" } else { b",\n" })?;
        }
        self.first = false;
        out.write_all(item.as_bytes())
    }

    fn close<W: Write>(&mut self, out: &mut W) -> io::Result<()> {
        match self.format {
            PolicyFormat::Json if self.first => out.write_all(b"]\n"),
            PolicyFormat::Json => out.write_all(b"\n]\n"),
            _ => Ok(()),
        }
    }
}

/// `{"file":…,` followed by the rest of a serialized JSON object.
fn with_file(file_json: &str, body: &str) -> String {
    // `body` is a non-empty JSON object: put "file" first inside it.
    let rest = body.strip_prefix('{').unwrap_or(body);
    format!("{{\"file\":{file_json},{rest}")
}

/// One input's items: the document object, or one per clause (JSON without
/// a trailing newline in the `json` format, CSV rows in `csv`).
fn render(
    label: &str,
    text: &str,
    parser: &Parser,
    clauses: bool,
    format: PolicyFormat,
) -> Result<Vec<String>, String> {
    let policy = parser.parse(text);
    let record = PolicyRecord::new(&policy, text, OffsetUnit::CodePoints);
    let err = |e: serde_json::Error| format!("{label}: {e}");
    let file = serde_json::to_string(label).map_err(err)?;
    let end = if format == PolicyFormat::Jsonl {
        "\n"
    } else {
        ""
    };
    if !clauses {
        let body = serde_json::to_string(&record).map_err(err)?;
        return Ok(vec![format!("{}{end}", with_file(&file, &body))]);
    }
    let table = record.clauses();
    if format == PolicyFormat::Csv {
        let doc = serde_json::to_value(&record).map_err(err)?;
        return (0..table.len())
            .filter_map(|i| table.get(i))
            .map(|c| {
                Ok(csv_clause(
                    label,
                    &serde_json::to_value(c).map_err(err)?,
                    &doc,
                ))
            })
            .collect();
    }
    (0..table.len())
        .filter_map(|i| table.get(i))
        .map(|c| {
            let body = serde_json::to_string(&c).map_err(err)?;
            Ok(format!("{}{end}", with_file(&file, &body)))
        })
        .collect()
}

fn str_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// The entries of a JSON array of indices into `doc[key]`, mapped by `f`.
fn indexed<'v>(clause: &'v Value, doc: &'v Value, key: &str) -> Vec<&'v Value> {
    clause[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i.as_u64())
        .filter_map(|i| doc[key].get(usize::try_from(i).ok()?))
        .collect()
}

/// One clause as a CSV row: nested fields flattened into the columns of
/// [`CSV_HEADER`]; lists joined with `；` (units with `、`).
fn csv_clause(label: &str, c: &Value, doc: &Value) -> String {
    let units: Vec<String> = indexed(c, doc, "responsible")
        .into_iter()
        .flat_map(|r| r["units"].as_array().cloned().unwrap_or_default())
        .map(|u| str_of(&u))
        .collect();
    let targets: Vec<String> = indexed(c, doc, "targets")
        .into_iter()
        .map(|t| format!("{} {}", str_of(&t["metric"]), str_of(&t["amount"]["text"])))
        .collect();
    let instruments = c["instruments"].as_array().cloned().unwrap_or_default();
    let tools = |category: &str| -> String {
        instruments
            .iter()
            .filter(|i| i["category"] == category)
            .map(|i| str_of(&i["tool"]))
            .collect::<Vec<_>>()
            .join("；")
    };
    let cues: Vec<String> = instruments
        .iter()
        .map(|i| format!("{}={}", str_of(&i["tool"]), str_of(&i["cue"]["text"])))
        .collect();
    let path: Vec<String> = c["path"]
        .as_array()
        .into_iter()
        .flatten()
        .map(str_of)
        .collect();
    crate::csv::line([
        label.to_string(),
        str_of(&c["id"]),
        path.join(" / "),
        str_of(&c["start"]),
        str_of(&c["end"]),
        str_of(&c["byte_start"]),
        str_of(&c["byte_end"]),
        units.join("、"),
        targets.join("；"),
        tools("supply"),
        tools("environment"),
        tools("demand"),
        cues.join("；"),
        str_of(&c["text"]),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parser() -> Parser {
        Parser::new(Config::default())
    }

    #[test]
    fn one_line_with_file_first() {
        let text = "某市人民政府关于加快发展的实施意见\n某政发〔2024〕18号\n";
        let line = render("a.txt", text, &parser(), false, PolicyFormat::Jsonl).unwrap();
        let line = &line[0];
        assert!(line
            .starts_with("{\"file\":\"a.txt\",\"heading\":\"某市人民政府关于加快发展的实施意见\""));
        assert!(line.ends_with("}\n") && line.matches('\n').count() == 1);
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["doc_numbers"][0]["prefix"], "某政发");
        assert_eq!(v["form"], "实施意见");
        assert_eq!(v.as_object().unwrap().len(), 17);
    }

    #[test]
    fn clause_rows() {
        let text = "一、措施\n（一）设立专项资金，给予贷款贴息。（责任单位：市财政局、市金融局）\n（二）到2027年，企业达到37家。\n";
        let rows = render("a.txt", text, &parser(), true, PolicyFormat::Jsonl).unwrap();
        assert_eq!(rows.len(), 2);
        let first: Value = serde_json::from_str(&rows[0]).unwrap();
        assert!(rows[0].starts_with("{\"file\":\"a.txt\",\"text\":"));
        assert_eq!(first["id"], "一、/（一）");
        assert_eq!(first["responsible"], serde_json::json!([0]));
        let csv = render("a.txt", text, &parser(), true, PolicyFormat::Csv).unwrap();
        assert_eq!(
            csv[0],
            "a.txt,一、/（一）,措施 / 设立专项资金，给予贷款贴息,5,38,13,112,市财政局、市金融局,,资金投入,金融支持,,资金投入=专项资金；金融支持=贷款,（一）设立专项资金，给予贷款贴息。（责任单位：市财政局、市金融局）\n"
        );
        assert_eq!(
            csv[1],
            "a.txt,一、/（二）,措施 / 到2027年，企业达到37家,39,57,113,155,,企业 37家,,,,,（二）到2027年，企业达到37家。\n"
        );
    }
}
