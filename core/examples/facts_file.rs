//! Indicator facts of the seed corpus repeated, for profilers:
//! `cargo run --release -p shuzi --example facts_file [N]`.

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let corpus: String = names
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("readable seed"))
        .collect();
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20);
    let text = corpus.repeat(n);
    let ex = shuzi::Extractor::default();
    let entities = ex.extract(&text);
    // SHUZI_FIND_ROUNDS=k repeats the facts pass alone (for profilers).
    let rounds: u32 = std::env::var("SHUZI_FIND_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1);
    let t = std::time::Instant::now();
    let mut facts = Vec::new();
    for _ in 0..rounds {
        facts = shuzi::facts::find(&text, &entities);
    }
    let find = t.elapsed() / rounds.max(1);
    // SHUZI_EXTRACT_ROUNDS=k repeats extraction alone.
    let extract_rounds: u32 = std::env::var("SHUZI_EXTRACT_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1);
    let t = std::time::Instant::now();
    let mut again = Vec::new();
    for _ in 0..extract_rounds {
        again = ex.extract(&text);
    }
    let extract = t.elapsed() / extract_rounds.max(1);
    assert!(extract_rounds == 0 || again.len() == entities.len());
    println!(
        "{} facts; facts::find {:.1} ms, extract {:.1} ms",
        facts.len(),
        find.as_secs_f64() * 1e3,
        extract.as_secs_f64() * 1e3
    );
}
