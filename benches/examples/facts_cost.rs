//! The work of `benches/benches/facts.rs` once, for counting instructions
//! (a steadier figure than time on a shared machine):
//!
//! `facts_cost INPUT WORK [RUNS]` with INPUT `seeds` (every seed joined),
//! `seeds-2MB` (the seeds repeated to 2 MB), `stats` (the statistics
//! releases of `corpus/dev/` joined, four times) or `dev` (every document
//! of `corpus/dev/` joined) and WORK `extract`, `facts`, `extract-cli` or `facts-cli` (the call plus
//! the JSON lines its command writes); RUNS (default 1) calls. Each call
//! goes through `run`, never inlined, so that
//!
//! ```text
//! valgrind --tool=callgrind --toggle-collect='facts_cost::run' \
//!     target/release/examples/facts_cost seeds facts
//! ```
//!
//! counts the work alone (without reading the inputs or building the
//! tables, which the first call of `warm` does outside the count). It
//! also prints the least CPU time of one call over the RUNS calls (the
//! thread's CPU time, steadier than wall time on a shared machine).

use shuzi::json::{fact_records, records, FactWriter, OffsetUnit};
use shuzi::Extractor;
use shuzi_benches::{all_seeds, repeat_to};
use std::hint::black_box;
use std::process::ExitCode;

/// The file label both commands write into every line (as the bench).
const LABEL: &str = "seeds/all.txt";

/// The documents of `corpus/dev/` whose names `keep` accepts, joined in
/// name order.
fn dev_documents(keep: impl Fn(&str) -> bool) -> String {
    let dir = shuzi_benches::seeds_dir().join("../corpus/dev");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/dev exists")
        .map(|e| e.expect("readable corpus/dev").path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(".txt") && keep(n))
        })
        .collect();
    paths.sort();
    let mut s = String::new();
    for p in paths {
        s.push_str(&std::fs::read_to_string(p).expect("readable release"));
        s.push('\n');
    }
    s
}

#[derive(Clone, Copy, PartialEq)]
enum Work {
    Extract,
    Facts,
    Find,
    ExtractCli,
    FactsCli,
}

#[inline(never)]
fn run(
    work: Work,
    extractor: &Extractor,
    text: &str,
    entities: &[shuzi::Entity],
    file_json: &str,
    out: &mut Vec<u8>,
) {
    out.clear();
    match work {
        Work::Extract => {
            black_box(extractor.extract(text));
        }
        Work::Facts => {
            black_box(extractor.facts(text));
        }
        Work::Find => {
            black_box(shuzi::facts::find(text, entities));
        }
        Work::ExtractCli => {
            let entities = extractor.extract(text);
            for record in records(text, &entities, OffsetUnit::CodePoints) {
                record.write_json(out);
                out.pop();
                out.extend_from_slice(b",\"file\":");
                out.extend_from_slice(file_json.as_bytes());
                out.extend_from_slice(b"}\n");
            }
        }
        Work::FactsCli => {
            let facts = extractor.facts(text);
            let mut writer = FactWriter::new();
            for record in fact_records(text, &facts, OffsetUnit::CodePoints) {
                writer.write(&record, Some(LABEL), out);
                out.push(b'\n');
            }
        }
    }
    black_box(&out);
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = match args.first().map(String::as_str) {
        Some("seeds") => all_seeds(),
        Some("seeds-2MB") => repeat_to(&all_seeds(), 2 << 20),
        Some("stats") => {
            let s = dev_documents(|n| n.starts_with("stats_"));
            repeat_to(&s, 4 * s.len())
        }
        Some("dev") => dev_documents(|_| true),
        _ => {
            eprintln!("usage: facts_cost seeds|seeds-2MB|stats|dev extract|facts|find|extract-cli|facts-cli [RUNS]");
            return ExitCode::from(2);
        }
    };
    let work = match args.get(1).map(String::as_str) {
        Some("extract") => Work::Extract,
        Some("facts") => Work::Facts,
        Some("find") => Work::Find,
        Some("extract-cli") => Work::ExtractCli,
        Some("facts-cli") => Work::FactsCli,
        _ => {
            eprintln!("facts_cost: WORK is extract, facts, find, extract-cli or facts-cli");
            return ExitCode::from(2);
        }
    };
    let runs: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let extractor = Extractor::default();
    let file_json = serde_json::to_string(LABEL).expect("a string encodes");
    let mut out = Vec::new();
    let entities = if work == Work::Find {
        extractor.extract(&text)
    } else {
        Vec::new()
    };
    // Tables built, buffers sized: outside the count.
    warm(&extractor, &text, &mut out);
    let mut least = std::time::Duration::MAX;
    for _ in 0..runs {
        let start = cpu_time::ThreadTime::now();
        run(work, &extractor, &text, &entities, &file_json, &mut out);
        least = least.min(start.elapsed());
    }
    println!(
        "{} bytes, {} output bytes, least CPU time of a call {:.3} ms",
        text.len(),
        out.len(),
        least.as_secs_f64() * 1e3
    );
    ExitCode::SUCCESS
}

#[inline(never)]
fn warm(extractor: &Extractor, text: &str, out: &mut Vec<u8>) {
    let facts = extractor.facts(text);
    for record in fact_records(text, &facts, OffsetUnit::CodePoints) {
        record.write_json(Some(LABEL), out);
    }
    black_box(extractor.extract(text));
    out.clear();
}
