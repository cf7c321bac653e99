//! `shuzi`: extracts numbers, money, percentages, counts, quantities, dates and
//! periods from Chinese text (the format is in the repository's docs/).
//!
//! Files are read, extracted and rendered in parallel; output is written in
//! input order by the main thread, so it is the same whatever the number of
//! threads.
#![forbid(unsafe_code)]

mod csv;
mod extract;
mod facts;
mod order;
mod output;
#[cfg(feature = "parquet")]
mod parquet;
mod policy;
mod progress;
mod source;

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
use std::process::ExitCode;

/// Exit status: everything went fine (also when the reader of the output
/// went away early, as with `| head`).
pub const EXIT_OK: u8 = 0;
/// Exit status: an input could not be read or decoded, or output could not
/// be written. The other inputs were still processed.
pub const EXIT_INPUT: u8 = 1;
/// Exit status: the command line is wrong (unknown option or kind, bad date).
pub const EXIT_USAGE: u8 = 2;

const EXIT_CODES: &str = "\
Exit status:
  0  success (also when the reader of the output stops early, e.g. `| head`)
  1  an input could not be read (missing file, directory, invalid UTF-8) or
     output could not be written; the other inputs are still processed
  2  usage error (unknown option or kind, malformed or invalid date)";

/// Finds numbers, money, percentages, counts, quantities, durations, ordinals,
/// dates and periods in Chinese economic news and government documents.
#[derive(Debug, Parser)]
#[command(name = "shuzi", version, after_help = EXIT_CODES, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print every entity found in the input.
    #[command(after_help = EXIT_CODES)]
    Extract(ExtractArgs),
    /// Print the structure of policy documents, one JSON object per file.
    #[command(after_help = EXIT_CODES)]
    Policy(PolicyArgs),
    /// Print the indicator facts of the input: subject, metric, time,
    /// figure, measure and status of every figure.
    #[command(after_help = EXIT_CODES)]
    Facts(facts::FactsArgs),
}

/// Options of `shuzi extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Keep only these kinds (comma-separated): number, money, percent,
    /// count, quantity, duration, ordinal, date, period.
    #[arg(long, value_name = "K1,K2,...")]
    pub kinds: Option<String>,
    /// Output format [default: jsonl when standard output is not a terminal,
    /// table when it is].
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write to this file instead of standard output (required by
    /// `--format parquet`, which writes nothing else).
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub common: Common,
}

/// Options of `shuzi policy`.
#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// Print the clause table: one row per clause (outline leaf, or 条 of a
    /// law) with its responsible units, targets and candidate instruments.
    #[arg(long)]
    pub clauses: bool,
    /// Output format [default: jsonl]; csv needs --clauses.
    #[arg(long, value_enum)]
    pub format: Option<PolicyFormat>,
    /// Instrument cue table of one's own (TSV: cue, category, tool per
    /// line) instead of the built-in one.
    #[arg(long, value_name = "TSV")]
    pub instruments: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub common: Common,
}

/// How `policy` prints documents or clauses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PolicyFormat {
    /// One JSON object per line, with `"file"`.
    Jsonl,
    /// One JSON array of every object.
    Json,
    /// One row per clause with a header row (with --clauses).
    Csv,
}

/// Options shared by every subcommand.
#[derive(Debug, Args)]
pub struct Common {
    /// Resolve 今年, 去年 and dates without a year against this date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub ref_date: Option<String>,
    /// Worker threads [default: the number of cores]. Output does not depend
    /// on it.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// Input files; none or `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<std::ffi::OsString>,
}

impl Common {
    /// The reference date, or a one-line usage error.
    pub fn ref_date(&self) -> Result<Option<shuzi::RefDate>, String> {
        self.ref_date
            .as_deref()
            .map(shuzi::RefDate::parse)
            .transpose()
            .map_err(|e| e.to_string())
    }

    /// The worker count: `--threads`, else the number of cores.
    pub fn threads(&self) -> usize {
        match self.threads {
            Some(n) => usize::from(n),
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        }
    }

    /// The inputs, standard input when none is given.
    pub fn sources(&self) -> Vec<source::Source> {
        if self.files.is_empty() {
            vec![source::Source::Stdin]
        } else {
            self.files
                .iter()
                .map(|f| source::Source::from_arg(f))
                .collect()
        }
    }
}

/// How `extract` prints entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON object per line, with `"file"`.
    Jsonl,
    /// One JSON array of every entity.
    Json,
    /// Aligned columns for people.
    Table,
    /// One CSV row per entity (file, kind, text, offsets, value, unit,
    /// change, date fields), UTF-8 with a header row, for spreadsheets.
    Csv,
    /// The long table (one row per entity: doc, file, kind, text, start,
    /// end, value, normalized, …) as a Parquet file; needs `-o FILE`.
    Parquet,
}

/// Prints `shuzi: <message>` on standard error.
pub fn report(message: &str) {
    eprintln!("shuzi: {message}");
}

/// The exit status of a subcommand once all output is written: a broken pipe
/// (`| head`) ends quietly, any other write error is reported, and a failed
/// input makes the status [`EXIT_INPUT`].
pub fn finish(written: std::io::Result<()>, input_failed: bool) -> u8 {
    match written {
        Ok(()) => {}
        // The reader went away (`| head`): stop quietly.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            report(&format!("cannot write output: {}", source::io_reason(&e)));
            return EXIT_INPUT;
        }
    }
    if input_failed {
        EXIT_INPUT
    } else {
        EXIT_OK
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version print to stdout and succeed; usage errors
            // exit with 2 (clap's own convention, and ours).
            let code = if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let code = match cli.command {
        Command::Extract(args) => {
            let format = args.format.unwrap_or(if std::io::stdout().is_terminal() {
                Format::Table
            } else {
                Format::Jsonl
            });
            extract::run(&args, format)
        }
        Command::Policy(args) => policy::run(&args),
        Command::Facts(args) => {
            let format = args.format.unwrap_or(if std::io::stdout().is_terminal() {
                facts::FactsFormat::Table
            } else {
                facts::FactsFormat::Jsonl
            });
            facts::run(&args, format)
        }
    };
    ExitCode::from(code)
}
