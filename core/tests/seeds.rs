//! Golden harness: every `seeds/expected/<seed>.numeric.json` against the
//! extractor's JSON (code-point offsets), field by field.
//!
//! A difference fails the test unless it is a row of
//! `tests/data/known_misses.tsv` (set `seeds/numeric`, keyed by seed, kind,
//! byte span and side); a row no longer seen fails it too. Precision and
//! recall per kind and the accuracy of the counts' `noun` are printed
//! (`cargo test -p shuzi --test seeds -- --nocapture`).
//!
//! The harness itself is in `common/mod.rs` (shared with `tests/time.rs`).

mod common;

use common::check;

#[test]
fn numeric_seeds() {
    check(
        "numeric",
        "number,money,percent,count,quantity,duration,ordinal",
        None,
    );
}
