//! Golden test for dates and periods: the extractor (kinds `date`, `period`)
//! against `seeds/expected/<seed>.time.json` (no reference date) and
//! `<seed>.time.ref.json` (with the reference date the README table names
//! for that seed), field by field, through the shared harness in
//! `common/mod.rs`. A difference fails unless it is a row of
//! `tests/data/known_misses.tsv` (sets `seeds/time`, `seeds/time.ref`);
//! precision and recall per kind are printed
//! (`cargo test -p shuzi --test time -- --nocapture`).

mod common;

use common::{check, check_with, seeds_dir};
use shuzi::RefDate;
use std::collections::BTreeMap;

/// The reference dates of the README table rows `| 000 | 2026-06-02 | why |`.
fn ref_dates() -> BTreeMap<String, RefDate> {
    let readme = std::fs::read_to_string(seeds_dir().join("expected/README.md")).unwrap();
    let mut out = BTreeMap::new();
    for line in readme.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let seed_cell =
            cells.len() >= 4 && cells[1].len() == 3 && cells[1].bytes().all(|b| b.is_ascii_digit());
        if seed_cell {
            if let Ok(d) = RefDate::parse(cells[2]) {
                out.insert(cells[1].to_string(), d);
            }
        }
    }
    out
}

#[test]
fn time_seeds_without_reference_date() {
    check("time", "date,period", None);
}

#[test]
fn time_seeds_with_reference_date() {
    let refs = ref_dates();
    check_with("time.ref", "date,period", |seed| {
        Some(
            *refs.get(seed).unwrap_or_else(|| {
                panic!("no ref date for seed {seed} in seeds/expected/README.md")
            }),
        )
    });
}

#[test]
fn readme_names_the_reference_dates() {
    let refs = ref_dates();
    assert_eq!(
        refs.get("001").map(|d| d.to_string()).as_deref(),
        Some("2022-12-13")
    );
    assert!(refs.len() >= 5, "{refs:?}");
}
