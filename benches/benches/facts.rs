//! `facts` next to `extract` on the same inputs, in one group: the cost of
//! indicator facts over extraction (the bound is 1.5× extract).
//! Inputs: every seed joined, and the seeds repeated to 1 MB and 10 MB
//! (constant MB/s shows the facts pass is linear).
//!
//! `cargo bench -p shuzi-benches --bench facts`; `-- --test` runs each once.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use shuzi::Extractor;
use shuzi_benches::{all_seeds, repeat_to, test_mode, ThreadCpu};
use std::hint::black_box;
use std::time::Duration;

fn side_by_side(c: &mut Criterion<ThreadCpu>) {
    let seeds = all_seeds();
    let mut inputs = vec![("seeds".to_string(), seeds.clone())];
    if !test_mode() {
        inputs.push(("1MB".into(), repeat_to(&seeds, 1 << 20)));
        inputs.push(("10MB".into(), repeat_to(&seeds, 10 << 20)));
    }
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

criterion_group! {
    name = benches;
    config = shuzi_benches::criterion();
    targets = side_by_side
}
criterion_main!(benches);
