//! Hostile inputs (issue #8): long runs of 一, 《, （一）, one 50 MB line,
//! runs of 400 `9`s, mixed scripts with control characters and NUL — next
//! to normal news text. Each case at one tenth and at full size: the time
//! per MB should not grow with size (linear time). The group
//! `hostile_facts` runs `facts` on the inputs that stress its pass (long
//! runs of goal words, of times, of markers of the future before a figure;
//! one sentence of 20,000 figures).
//!
//! `cargo bench -p shuzi-benches --bench hostile`; `-- --test` runs each
//! once at 1/1000 size.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use shuzi::Extractor;
use shuzi_benches::ThreadCpu;
use shuzi_benches::{hostile, hostile_facts, test_mode};
use std::hint::black_box;
use std::time::Duration;

fn hostile_group(c: &mut Criterion<ThreadCpu>) {
    let extractor = Extractor::default();
    let mut group = c.benchmark_group("hostile");
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(2));
    group.sample_size(10);
    let divisors: &[usize] = if test_mode() { &[1000] } else { &[10, 1] };
    for &divisor in divisors {
        for input in hostile(divisor) {
            let size = format!("{}KB", input.text.len() / 1000);
            group.throughput(Throughput::Bytes(input.text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(&input.name, size),
                input.text.as_str(),
                |b, t| b.iter(|| extractor.extract(black_box(t))),
            );
        }
    }
    group.finish();
}

fn hostile_facts_group(c: &mut Criterion<ThreadCpu>) {
    let extractor = Extractor::default();
    let mut group = c.benchmark_group("hostile_facts");
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(2));
    group.sample_size(10);
    let divisors: &[usize] = if test_mode() { &[1000] } else { &[10, 1] };
    for &divisor in divisors {
        for input in hostile_facts(divisor) {
            let size = format!("{}KB", input.text.len() / 1000);
            group.throughput(Throughput::Bytes(input.text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(&input.name, size),
                input.text.as_str(),
                |b, t| b.iter(|| extractor.facts(black_box(t))),
            );
        }
    }
    group.finish();
}

criterion_group!(
    name = benches;
    config = shuzi_benches::criterion();
    targets = hostile_group, hostile_facts_group
);
criterion_main!(benches);
