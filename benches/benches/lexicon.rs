//! The word lookups of a lexical layer, three ways, over the seeds: today's
//! per-character maps (the `Index` of `core/src/numeric/table.rs`: words
//! by first character, longest first, tested with `starts_with`), an
//! `aho-corasick` automaton and a `daachorse` character-wise double-array
//! automaton, all built from every word of the word tables of the numeric,
//! time and facts grammars (the policy tables are read by their own finders).
//!
//! - `longest-at-each-char`: the longest word starting at every character
//!   (what the recognisers ask today, position by position);
//! - `all-matches`: every occurrence of every word in one forward pass (what
//!   one lexical pass would hand to all grammars).
//!
//! `cargo bench -p shuzi-benches --bench lexicon`.

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use daachorse::CharwiseDoubleArrayAhoCorasick;
use shuzi_benches::{all_seeds, ThreadCpu};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::hint::black_box;
use std::time::Duration;

/// The first column of every word table of the numeric, time and facts
/// grammars (`#` comments skipped).
fn words() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/src/data");
    let mut out: Vec<String> = Vec::new();
    for file in [
        "units.tsv",
        "bound_words.tsv",
        "change_verbs.tsv",
        "not_entities.tsv",
        "scopes.tsv",
        "currency_prefixes.tsv",
        "noun_stops.tsv",
        "numeric_words.tsv",
        "basis_words.tsv",
        "time_words.tsv",
        "time_relative_years.tsv",
        "facts_words.tsv",
        "facts_subjects.tsv",
        "facts_lists.tsv",
    ] {
        let text = std::fs::read_to_string(dir.join(file)).expect("a data table");
        for line in text.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(w) = line.split('\t').next().map(str::trim) {
                if !w.is_empty() {
                    out.push(w.to_string());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The multiplicative `char` hash of the core's tables.
#[derive(Default)]
struct CharHasher(u64);

impl Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

/// Today's structure: words by first character, longest first.
struct CharMap {
    by_first: HashMap<char, Vec<(String, u32)>, BuildHasherDefault<CharHasher>>,
}

impl CharMap {
    fn new(words: &[String]) -> CharMap {
        let mut by_first: HashMap<char, Vec<(String, u32)>, BuildHasherDefault<CharHasher>> =
            HashMap::default();
        for (i, w) in words.iter().enumerate() {
            if let Some(c) = w.chars().next() {
                by_first.entry(c).or_default().push((w.clone(), i as u32));
            }
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        CharMap { by_first }
    }

    fn candidates(&self, text: &str, at: usize) -> &[(String, u32)] {
        text[at..]
            .chars()
            .next()
            .and_then(|c| self.by_first.get(&c))
            .map_or(&[], Vec::as_slice)
    }
}

/// Sums (end, value) of what a lookup finds, so nothing is optimised away.
fn fold(acc: &mut (usize, u64), end: usize, value: u32) {
    acc.0 += 1;
    acc.1 = acc.1.wrapping_add(end as u64 ^ u64::from(value));
}

fn lexicon(c: &mut Criterion<ThreadCpu>) {
    let text = all_seeds().repeat(4);
    let words = words();
    let map = CharMap::new(&words);
    let ac_longest = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(&words)
        .expect("an automaton");
    let ac_all = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(&words)
        .expect("an automaton");
    let da: CharwiseDoubleArrayAhoCorasick<u32> =
        CharwiseDoubleArrayAhoCorasick::with_values(words.iter().zip(0u32..))
            .expect("an automaton");
    let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();

    // The three must agree before they are timed.
    let by_map: Vec<(usize, usize)> = boundaries
        .iter()
        .filter_map(|&i| {
            map.candidates(&text, i)
                .iter()
                .find(|(w, _)| text[i..].starts_with(w.as_str()))
                .map(|(w, _)| (i, i + w.len()))
        })
        .collect();
    let by_ac: Vec<(usize, usize)> = boundaries
        .iter()
        .filter_map(|&i| {
            ac_longest
                .find(Input::new(&text).range(i..).anchored(Anchored::Yes))
                .map(|m| (m.start(), m.end()))
        })
        .collect();
    assert_eq!(by_map, by_ac);
    let mut all_ac: Vec<(usize, usize)> = ac_all
        .find_overlapping_iter(&text)
        .map(|m| (m.start(), m.end()))
        .collect();
    let mut all_da: Vec<(usize, usize)> = da
        .find_overlapping_iter(&text)
        .map(|m| (m.start(), m.end()))
        .collect();
    all_ac.sort_unstable();
    all_da.sort_unstable();
    assert_eq!(all_ac, all_da);

    let mut group = c.benchmark_group("lexicon");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    group.sample_size(20);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_with_input(
        BenchmarkId::new("longest-at-each-char", "char-map"),
        &text,
        |b, t| {
            b.iter(|| {
                let mut acc = (0, 0);
                for &i in &boundaries {
                    if let Some((w, v)) = map
                        .candidates(t, i)
                        .iter()
                        .find(|(w, _)| t[i..].starts_with(w.as_str()))
                    {
                        fold(&mut acc, i + w.len(), *v);
                    }
                }
                black_box(acc)
            })
        },
    );
    group.bench_with_input(
        BenchmarkId::new("longest-at-each-char", "aho-corasick"),
        &text,
        |b, t| {
            b.iter(|| {
                let mut acc = (0, 0);
                for &i in &boundaries {
                    if let Some(m) =
                        ac_longest.find(Input::new(t.as_str()).range(i..).anchored(Anchored::Yes))
                    {
                        fold(&mut acc, m.end(), m.pattern().as_u32());
                    }
                }
                black_box(acc)
            })
        },
    );
    group.bench_with_input(
        BenchmarkId::new("all-matches", "char-map"),
        &text,
        |b, t| {
            b.iter(|| {
                let mut acc = (0, 0);
                for &i in &boundaries {
                    for (w, v) in map.candidates(t, i) {
                        if t[i..].starts_with(w.as_str()) {
                            fold(&mut acc, i + w.len(), *v);
                        }
                    }
                }
                black_box(acc)
            })
        },
    );
    group.bench_with_input(
        BenchmarkId::new("all-matches", "aho-corasick"),
        &text,
        |b, t| {
            b.iter(|| {
                let mut acc = (0, 0);
                for m in ac_all.find_overlapping_iter(t.as_str()) {
                    fold(&mut acc, m.end(), m.pattern().as_u32());
                }
                black_box(acc)
            })
        },
    );
    group.bench_with_input(
        BenchmarkId::new("all-matches", "daachorse"),
        &text,
        |b, t| {
            b.iter(|| {
                let mut acc = (0, 0);
                for m in da.find_overlapping_iter(t.as_str()) {
                    fold(&mut acc, m.end(), m.value());
                }
                black_box(acc)
            })
        },
    );
    group.finish();
}

criterion_group! {
    name = benches;
    config = shuzi_benches::criterion();
    targets = lexicon
}
criterion_main!(benches);
