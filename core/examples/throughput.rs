//! Rough single-thread throughput of `extract` over the seed corpus
//! repeated 20 times (the criterion benches in `benches/` are the real
//! measurement): `cargo run --release -p shuzi --example throughput`.

use std::time::Instant;

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let mut corpus = String::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    for p in &names {
        corpus.push_str(&std::fs::read_to_string(p).unwrap());
    }
    let text = corpus.repeat(20);
    let mb = text.len() as f64 / 1e6;
    let ex = shuzi::Extractor::default();
    let found = ex.extract(&text).len(); // warm-up (tables)
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        let n = ex.extract(&text).len();
        assert_eq!(n, found);
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{mb:.2} MB, {found} entities, best of 5: {:.1} ms, {:.1} MB/s",
        best * 1e3,
        mb / best
    );
}
