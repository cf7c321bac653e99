//! A bounded fuzz run on stable Rust, part of the test command: replays the
//! regression inputs (every crash found so far) and the seed corpus, then
//! mutates seed snippets for a fixed number of rounds with a fixed random
//! sequence, through the same checks as the cargo-fuzz targets.
//!
//! `SHUZI_FUZZ_ROUNDS` sets the number of rounds (default 3000; a long run:
//! `SHUZI_FUZZ_ROUNDS=1000000 cargo test --release --manifest-path
//! fuzz/Cargo.toml --no-default-features`). `SHUZI_FUZZ_SEED` varies the
//! sequence.

use shuzi_fuzz::{check_extract, check_facts, check_numeral, check_policy, NUMERAL_PIECES};
use std::path::{Path, PathBuf};

fn files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut v: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .collect(),
        Err(_) => Vec::new(),
    };
    v.sort();
    v
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn regressions_still_pass() {
    // fuzz/regressions/<target>-<name>: the input that once crashed.
    for path in files("regressions") {
        let data = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        if name.starts_with("numeral-") {
            check_numeral(&data);
        } else if name.starts_with("extract-") {
            check_extract(&data);
        } else if name.starts_with("policy-") {
            check_policy(&data);
        } else if name.starts_with("facts-") {
            check_facts(&data);
        } else {
            panic!("{name}: a regression is named <target>-<what>");
        }
    }
}

#[test]
fn seed_corpus_passes_every_configuration() {
    let seeds: Vec<PathBuf> = files("../seeds")
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    assert!(seeds.len() >= 5);
    for path in seeds {
        let text = std::fs::read(&path).unwrap();
        for first in [0u8, 0x80, 0x03, 0x85] {
            let mut data = vec![first];
            data.extend_from_slice(&text);
            check_extract(&data);
        }
        let mut data = vec![0u8];
        data.extend_from_slice(&text);
        check_policy(&data);
        data[0] = 0x80;
        check_facts(&data);
    }
}

#[test]
fn mutated_snippets_keep_every_invariant() {
    let rounds: usize = std::env::var("SHUZI_FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000);
    let seed: u64 = std::env::var("SHUZI_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5EED);
    let corpus: Vec<Vec<u8>> = files("../seeds")
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    let mut rng = Rng(seed | 1);
    for round in 0..rounds {
        // A snippet of a seed, cut anywhere (even inside a character).
        let doc = &corpus[rng.below(corpus.len())];
        let start = rng.below(doc.len());
        let len = 1 + rng.below(300);
        let mut data = vec![rng.next() as u8];
        data.extend_from_slice(&doc[start..(start + len).min(doc.len())]);
        for _ in 0..rng.below(6) {
            let at = rng.below(data.len() + 1).max(1);
            match rng.below(5) {
                0 => {
                    let piece = NUMERAL_PIECES[rng.below(NUMERAL_PIECES.len())].as_bytes();
                    data.splice(at..at, piece.iter().copied());
                }
                1 if at < data.len() => data[at] = rng.next() as u8,
                2 if at < data.len() => {
                    let end = (at + rng.below(8)).min(data.len());
                    data.drain(at..end);
                }
                3 => {
                    // Repeat a stretch many times (long runs).
                    let end = (at + 1 + rng.below(6)).min(data.len());
                    let stretch = data[at.min(end)..end].to_vec();
                    for _ in 0..rng.below(200) {
                        data.splice(at..at, stretch.iter().copied());
                    }
                }
                _ => {
                    let other = &corpus[rng.below(corpus.len())];
                    let s = rng.below(other.len());
                    let e = (s + rng.below(60)).min(other.len());
                    data.splice(at..at, other[s..e].iter().copied());
                }
            }
        }
        let target = ["numeral", "extract", "policy", "facts"][round % 4];
        let check = |d: &[u8]| match target {
            "numeral" => check_numeral(d),
            "extract" => check_extract(d),
            "facts" => check_facts(d),
            _ => check_policy(d),
        };
        if let Err(panic) = std::panic::catch_unwind(|| check(&data)) {
            let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{target}-round{round}"));
            std::fs::write(&out, &data).unwrap();
            std::panic::resume_unwind(Box::new(format!(
                "round {round} (seed {seed}) failed; input saved to {} (copy it to \
                 fuzz/regressions/{target}-<name>): {:?}",
                out.display(),
                panic
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or(panic.downcast_ref::<&str>().copied())
            )));
        }
    }
}
