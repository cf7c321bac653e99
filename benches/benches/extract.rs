//! Throughput of extraction over a ladder of input sizes, of each kind on its
//! own, and of the offset conversions and JSON records the bindings and the
//! CLI add on top.
//!
//! `cargo bench -p shuzi-benches --bench extract` (all steps up to 100 MB);
//! `SHUZI_BENCH_MAX_MB=10` to stop at 10 MB; `-- --test` runs each once.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use shuzi::json::{records, OffsetUnit};
use shuzi::{Config, Extractor, Kind, KindSet, OffsetCursor};
use shuzi_benches::ThreadCpu;
use shuzi_benches::{all_seeds, ladder, Input};
use std::hint::black_box;
use std::time::Duration;

/// Fewer samples for big inputs so that a full run stays reasonable on two
/// cores.
fn samples_for(bytes: usize) -> usize {
    match bytes {
        0..=1_000_000 => 30,
        _ => 10,
    }
}

fn ladder_group(c: &mut Criterion<ThreadCpu>) {
    let steps = ladder();
    let extractor = Extractor::default();
    let mut group = c.benchmark_group("extract");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    for Input { name, text } in &steps {
        group.sample_size(samples_for(text.len()));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text.as_str(), |b, t| {
            b.iter(|| extractor.extract(black_box(t)))
        });
    }
    group.finish();
}

fn kind_group(c: &mut Criterion<ThreadCpu>) {
    let text = all_seeds();
    let mut group = c.benchmark_group("kind");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(2));
    group.sample_size(20);
    group.throughput(Throughput::Bytes(text.len() as u64));
    for &kind in Kind::ALL {
        let one: KindSet = [kind].into_iter().collect();
        let extractor = Extractor::new(Config::default().with_kinds(one));
        group.bench_with_input(
            BenchmarkId::from_parameter(kind.as_str()),
            text.as_str(),
            |b, t| b.iter(|| extractor.extract(black_box(t))),
        );
    }
    group.finish();
}

/// What comes after extraction: byte → code point / UTF-16 offsets, the
/// SPEC JSON records, and their JSON text through `serde_json` (`jsonl`)
/// and as the CLI writes it (`jsonl-direct`, `EntityRecord::write_json`).
fn offsets_group(c: &mut Criterion<ThreadCpu>) {
    let steps: Vec<Input> = ladder()
        .into_iter()
        .filter(|s| s.name == "all-seeds" || s.name == "10MB")
        .collect();
    let mut group = c.benchmark_group("offsets");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(2));
    for Input { name, text } in &steps {
        let entities = Extractor::default().extract(text);
        let boundaries: Vec<usize> = entities
            .iter()
            .flat_map(|e| [e.span.start, e.span.end])
            .collect();
        group.sample_size(samples_for(text.len()));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("cursor-chars", name),
            text.as_str(),
            |b, t| {
                b.iter(|| {
                    let mut cursor = OffsetCursor::new(t);
                    boundaries.iter().map(|&at| cursor.chars(at)).sum::<usize>()
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("cursor-utf16", name),
            text.as_str(),
            |b, t| {
                b.iter(|| {
                    let mut cursor = OffsetCursor::new(t);
                    boundaries.iter().map(|&at| cursor.utf16(at)).sum::<usize>()
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("records", name), text.as_str(), |b, t| {
            b.iter(|| records(t, black_box(&entities), OffsetUnit::CodePoints).len())
        });
        group.bench_with_input(BenchmarkId::new("jsonl", name), text.as_str(), |b, t| {
            let mut out = Vec::with_capacity(entities.len() * 256);
            b.iter(|| {
                out.clear();
                for r in records(t, &entities, OffsetUnit::CodePoints) {
                    serde_json::to_writer(&mut out, &r).expect("serializes");
                    out.push(b'\n');
                }
                out.len()
            })
        });
        group.bench_with_input(
            BenchmarkId::new("jsonl-direct", name),
            text.as_str(),
            |b, t| {
                let mut out = Vec::with_capacity(entities.len() * 256);
                b.iter(|| {
                    out.clear();
                    for r in records(t, &entities, OffsetUnit::CodePoints) {
                        r.write_json(&mut out);
                        out.push(b'\n');
                    }
                    out.len()
                })
            },
        );
    }
    group.finish();
}

criterion_group!(
    name = benches;
    config = shuzi_benches::criterion();
    targets = ladder_group, kind_group, offsets_group
);
criterion_main!(benches);
