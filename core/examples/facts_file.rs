//! Indicator facts of the seed corpus repeated, for profilers:
//! `cargo run --release -p shuzi --example facts_file [N]`;
//! `SHUZI_TEXT=FILE` reads FILE instead of the seeds.

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let corpus: String = match std::env::var_os("SHUZI_TEXT") {
        Some(file) => std::fs::read_to_string(file).expect("readable SHUZI_TEXT"),
        None => names
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("readable seed"))
            .collect(),
    };
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20);
    let text = corpus.repeat(n);
    let ex = shuzi::Extractor::default();
    let entities = ex.extract(&text);
    // SHUZI_DUMP=1 prints every fact of one pass (to compare two builds).
    if std::env::var_os("SHUZI_DUMP").is_some() {
        for f in shuzi::facts::find(&text, &entities) {
            println!("{f:?}");
        }
        return;
    }
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
    // SHUZI_FACTS_ROUNDS=k repeats the whole call (extraction and facts).
    let rounds = |name: &str| -> u32 {
        std::env::var(name)
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(0)
    };
    for _ in 0..rounds("SHUZI_FACTS_ROUNDS") {
        std::hint::black_box(ex.facts(std::hint::black_box(&text)));
    }
    // SHUZI_JSON_ROUNDS=k writes the JSON lines of the facts k times.
    let mut out = Vec::new();
    for _ in 0..rounds("SHUZI_JSON_ROUNDS") {
        out.clear();
        let unit = shuzi::json::OffsetUnit::CodePoints;
        for r in shuzi::json::fact_records(&text, &facts, unit) {
            r.write_json(Some("seeds/all.txt"), &mut out);
            out.push(b'\n');
        }
        std::hint::black_box(&out);
    }
    if !out.is_empty() && std::env::var_os("SHUZI_JSON_HASH").is_some() {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        out.hash(&mut h);
        eprintln!("json {} bytes, hash {:x}", out.len(), h.finish());
    }
    println!(
        "{} facts; facts::find {:.1} ms, extract {:.1} ms",
        facts.len(),
        find.as_secs_f64() * 1e3,
        extract.as_secs_f64() * 1e3
    );
}
