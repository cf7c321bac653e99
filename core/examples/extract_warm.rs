//! One steady-state `Extractor::extract` of a file, for instruction counts:
//! the file is extracted once to build the tables and warm up, then once more
//! inside `measured`, so that
//! `valgrind --tool=callgrind --toggle-collect='*extract_warm::measured*'
//! target/release/examples/extract_warm FILE`
//! counts the second call only (no file reading, UTF-8 check or table build).

use shuzi::Extractor;
use std::hint::black_box;

#[inline(never)]
fn measured(extractor: &Extractor, text: &str) -> usize {
    black_box(extractor.extract(black_box(text))).len()
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: extract_warm FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let extractor = Extractor::default();
    let first = black_box(extractor.extract(black_box(&text))).len();
    let second = measured(&extractor, &text);
    assert_eq!(first, second);
    println!("{} bytes, {} entities", text.len(), second);
}
