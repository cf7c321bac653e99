//! `facts` next to `extract` on the same inputs: the cost of indicator facts
//! over extraction (the bound is 1.5× extract). Two groups:
//! - `facts_vs_extract`: the library calls alone, `Extractor::extract`
//!   against `Extractor::facts`;
//! - `facts_vs_extract_cli`: the work of the two commands without file I/O,
//!   each call plus the JSON lines its command writes (`shuzi extract`'s
//!   entity records, `shuzi facts`'s fact records, with `"file"`), into one
//!   reused buffer.
//!
//! Inputs: every seed joined, and the seeds repeated to 1 MB and 10 MB
//! (constant MB/s shows the facts pass is linear); `stats`, the statistics
//! releases of `corpus/dev/` (`stats_*.txt`) joined and repeated to 1 MB:
//! text dense in figures, where facts do the most work per byte.
//!
//! `cargo bench -p shuzi-benches --bench facts`; `-- --test` runs each once.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use shuzi::json::{fact_records, records, FactWriter, OffsetUnit};
use shuzi::Extractor;
use shuzi_benches::{all_seeds, repeat_to, test_mode, ThreadCpu};
use std::hint::black_box;
use std::time::Duration;

/// The file label both commands write into every line.
const LABEL: &str = "seeds/all.txt";

/// The statistics releases of `corpus/dev/` joined, in name order.
fn stats_releases() -> String {
    let dir = shuzi_benches::seeds_dir().join("../corpus/dev");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/dev exists")
        .map(|e| e.expect("readable corpus/dev").path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("stats_") && n.ends_with(".txt"))
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

/// Every seed joined, then (outside test mode) repeated to 1 MB and 10 MB;
/// the statistics releases repeated to 1 MB (once in test mode).
fn inputs() -> Vec<(String, String)> {
    let seeds = all_seeds();
    let stats = stats_releases();
    let mut inputs = vec![("seeds".to_string(), seeds.clone())];
    if test_mode() {
        inputs.push(("stats".into(), stats));
    } else {
        inputs.push(("1MB".into(), repeat_to(&seeds, 1 << 20)));
        inputs.push(("10MB".into(), repeat_to(&seeds, 10 << 20)));
        inputs.push(("stats-1MB".into(), repeat_to(&stats, 1 << 20)));
    }
    inputs
}

/// `shuzi extract --format jsonl` on `text` without I/O: what
/// `cli/src/output.rs` (`write_records`) writes, one entity record per line
/// with `"file"` after the record's own keys. `file_json` is the label
/// already encoded as a JSON string, as the command encodes it once per
/// input.
fn extract_lines(extractor: &Extractor, text: &str, file_json: &str, out: &mut Vec<u8>) {
    out.clear();
    let entities = extractor.extract(text);
    for record in records(text, &entities, OffsetUnit::CodePoints) {
        record.write_json(out);
        out.pop();
        out.extend_from_slice(b",\"file\":");
        out.extend_from_slice(file_json.as_bytes());
        out.extend_from_slice(b"}\n");
    }
}

/// `shuzi facts --format jsonl` on `text` without I/O: what
/// `cli/src/facts.rs` (`render`) writes, one fact record per line.
fn facts_lines(extractor: &Extractor, text: &str, label: &str, out: &mut Vec<u8>) {
    out.clear();
    let facts = extractor.facts(text);
    let mut writer = FactWriter::new();
    for record in fact_records(text, &facts, OffsetUnit::CodePoints) {
        writer.write(&record, Some(label), out);
        out.push(b'\n');
    }
}

fn side_by_side(c: &mut Criterion<ThreadCpu>) {
    let inputs = inputs();
    let extractor = Extractor::default();
    let mut group = c.benchmark_group("facts_vs_extract");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    for (name, text) in &inputs {
        group.sample_size(if text.len() > 2 << 20 { 10 } else { 30 });
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("extract", name), text.as_str(), |b, t| {
            b.iter(|| extractor.extract(black_box(t)))
        });
        group.bench_with_input(BenchmarkId::new("facts", name), text.as_str(), |b, t| {
            b.iter(|| extractor.facts(black_box(t)))
        });
    }
    group.finish();
}

fn commands_side_by_side(c: &mut Criterion<ThreadCpu>) {
    let inputs = inputs();
    let extractor = Extractor::default();
    let file_json = serde_json::to_string(LABEL).expect("a string encodes");
    let mut group = c.benchmark_group("facts_vs_extract_cli");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    let mut out = Vec::new();
    for (name, text) in &inputs {
        // Not a benchmark that measures nothing: both commands write lines.
        extract_lines(&extractor, text, &file_json, &mut out);
        assert!(!out.is_empty());
        facts_lines(&extractor, text, LABEL, &mut out);
        assert!(!out.is_empty());
        group.sample_size(if text.len() > 2 << 20 { 10 } else { 30 });
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("extract", name), text.as_str(), |b, t| {
            b.iter(|| extract_lines(&extractor, black_box(t), &file_json, &mut out))
        });
        group.bench_with_input(BenchmarkId::new("facts", name), text.as_str(), |b, t| {
            b.iter(|| facts_lines(&extractor, black_box(t), LABEL, &mut out))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = shuzi_benches::criterion();
    targets = side_by_side, commands_side_by_side
}
criterion_main!(benches);
