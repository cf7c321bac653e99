//! Throughput of `shuzi::policy::parse` over a ladder of sizes: constant
//! MB/s from 100 KB to 10 MB shows the parse is linear (no rescans per
//! heading, title or bracket). Inputs: a generated 实施意见-like document
//! whose every line is distinct (so the repeated-block rule skips nothing),
//! and hostile texts — only headings, unbalanced 《《《, unclosed quotes.
//!
//! `cargo bench -p shuzi-benches --bench policy`; `-- --test` runs each once.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use shuzi::json::OffsetUnit;
use shuzi::policy::{parse, PolicyRecord};
use shuzi::Config;
use shuzi_benches::{seeds, test_mode, ThreadCpu};
use std::hint::black_box;
use std::time::Duration;

/// A document of about `bytes` bytes with outline, 责任单位, targets,
/// titles and frameworks on every few lines, all lines distinct.
fn document(bytes: usize) -> String {
    let mut s = String::from("某市人民政府关于加快发展先进制造业集群的实施意见\n某政办字〔2024〕18号\n各县(市、区)人民政府:\n");
    let mut i = 0usize;
    while s.len() < bytes {
        i += 1;
        s.push_str(&format!(
            "{}、第{i}部分\n",
            ["一", "二", "三", "四", "五"][i % 5]
        ));
        s.push_str(&format!("(一)第{i}项重点任务\n"));
        s.push_str(&format!(
            "{}.建设第{i}个载体。落实《第{i}号实施方案》,实行“六个一”机制,到2027年,集群内科技创新载体数量达到{i}家,工程研究中心达到{}家。(责任单位:市{i}局、各县(市、区))\n",
            i % 9 + 1,
            i + 7
        ));
    }
    s
}

fn hostile(bytes: usize) -> Vec<(&'static str, String)> {
    let rep = |unit: &str| unit.repeat(bytes / unit.len() + 1);
    vec![
        ("headings", rep("1.标题\n(1)小标题\n")),
        ("open-titles", rep("《")),
        ("open-quotes", rep("“六个一")),
        ("brackets", rep("(责任单位:市局、")),
        // One endless sentence of cited titles: the references' relation
        // words are looked for in a bounded window, not the whole sentence.
        ("cited-titles", rep("根据《某某办法》和")),
    ]
}

fn ladder(c: &mut Criterion<ThreadCpu>) {
    let config = Config::default();
    let sizes: &[usize] = if test_mode() {
        &[100_000]
    } else {
        &[100_000, 1_000_000, 10_000_000]
    };
    let mut group = c.benchmark_group("policy");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    group.sample_size(10);
    for seed in seeds() {
        group.throughput(Throughput::Bytes(seed.text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("seed", &seed.name),
            seed.text.as_str(),
            |b, t| b.iter(|| parse(black_box(t), &config)),
        );
    }
    for &size in sizes {
        let text = document(size);
        let name = format!("{}KB", size / 1000);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("document", &name),
            text.as_str(),
            |b, t| b.iter(|| parse(black_box(t), &config)),
        );
        group.bench_with_input(
            BenchmarkId::new("document+json", &name),
            text.as_str(),
            |b, t| {
                b.iter(|| {
                    let p = parse(black_box(t), &config);
                    serde_json::to_string(&PolicyRecord::new(&p, t, OffsetUnit::CodePoints))
                        .map(|s| s.len())
                })
            },
        );
        for (kind, text) in hostile(size) {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(kind, &name), text.as_str(), |b, t| {
                b.iter(|| parse(black_box(t), &config))
            });
        }
    }
    group.finish();
}

criterion_group!(
    name = benches;
    config = shuzi_benches::criterion();
    targets = ladder
);
criterion_main!(benches);
