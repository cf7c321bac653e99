//! The known misses of every scored test set, from one data file:
//! `core/tests/data/known_misses.tsv`.
//!
//! A row names one difference between the extractor and a golden file, by
//! test set, document, entity kind and byte span (never by text, so that a
//! known miss of `3个` in one place does not hide another `3个` elsewhere),
//! and which side it is on:
//!
//! - `missed`: a golden entity with no found entity at its span;
//! - `spurious`: a found entity with no golden one at its span;
//! - `wrong`: same span, but kind or a field differs (noun aside);
//! - `noun`: same span and fields, but the count's `noun` differs.
//!
//! A difference not in the file fails the test; so does a row that is no
//! longer seen (the miss is fixed: remove the row). Unknown values in the
//! file (a set, a side, a span that is not two integers) are errors naming
//! the line.

use std::collections::BTreeSet;
use std::path::Path;

/// The test sets that may have known misses.
pub const SETS: &[&str] = &[
    "seeds/numeric",
    "seeds/time",
    "seeds/time.ref",
    "spec_cases",
    "corpus/dev",
];

/// Which way a known miss goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    Missed,
    Spurious,
    Wrong,
    Noun,
}

impl Side {
    fn parse(s: &str) -> Option<Side> {
        Some(match s {
            "missed" => Side::Missed,
            "spurious" => Side::Spurious,
            "wrong" => Side::Wrong,
            "noun" => Side::Noun,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Side::Missed => "missed",
            Side::Spurious => "spurious",
            Side::Wrong => "wrong",
            Side::Noun => "noun",
        }
    }
}

/// One difference: document, kind, byte span and side.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Key {
    pub doc: String,
    pub kind: String,
    pub start: usize,
    pub end: usize,
    pub side: Side,
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}\t{}\t{}\t{}\t{}",
            self.doc,
            self.kind,
            self.start,
            self.end,
            self.side.as_str()
        )
    }
}

/// The known misses of one test set, and which of them were seen.
pub struct KnownMisses {
    set: String,
    rows: Vec<(Key, String, usize)>,
    seen: BTreeSet<usize>,
    /// Malformed rows of the file (for any set): file and line named.
    pub errors: Vec<String>,
}

const FILE: &str = "tests/data/known_misses.tsv";

const KINDS: &[&str] = &[
    "number", "money", "percent", "count", "quantity", "duration", "ordinal", "date", "period",
];

impl KnownMisses {
    /// The rows of `set` (every row of the file is checked).
    pub fn load(set: &str) -> KnownMisses {
        assert!(SETS.contains(&set), "unknown test set {set}");
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
        let raw =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut rows = Vec::new();
        let mut errors = Vec::new();
        let mut keys = BTreeSet::new();
        for (n, line) in raw.lines().enumerate() {
            let n = n + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let bad = |what: String| format!("{FILE}:{n}: {what}: {line:?}");
            if cols.len() != 7 {
                errors.push(bad(format!("{} columns, want 7", cols.len())));
                continue;
            }
            if !SETS.contains(&cols[0]) {
                errors.push(bad(format!("unknown set {:?}", cols[0])));
                continue;
            }
            if !KINDS.contains(&cols[2]) {
                errors.push(bad(format!("unknown kind {:?}", cols[2])));
                continue;
            }
            let (Ok(start), Ok(end)) = (cols[3].parse::<usize>(), cols[4].parse::<usize>()) else {
                errors.push(bad("byte_start/byte_end are not integers".into()));
                continue;
            };
            if end <= start {
                errors.push(bad("empty span".into()));
                continue;
            }
            let Some(side) = Side::parse(cols[5]) else {
                errors.push(bad(format!("unknown side {:?}", cols[5])));
                continue;
            };
            if cols[6].trim().is_empty() {
                errors.push(bad("no reason".into()));
                continue;
            }
            let key = Key {
                doc: cols[1].to_string(),
                kind: cols[2].to_string(),
                start,
                end,
                side,
            };
            if !keys.insert((cols[0].to_string(), key.clone())) {
                errors.push(bad("duplicate row".into()));
                continue;
            }
            if cols[0] == set {
                rows.push((key, cols[6].to_string(), n));
            }
        }
        KnownMisses {
            set: set.to_string(),
            rows,
            seen: BTreeSet::new(),
            errors,
        }
    }

    /// The reason when `key` is a known miss (and marks it seen).
    pub fn allow(&mut self, key: &Key) -> Option<&str> {
        let i = self.rows.iter().position(|(k, _, _)| k == key)?;
        self.seen.insert(i);
        Some(&self.rows[i].1)
    }

    /// The documents that have rows.
    pub fn docs(&self) -> BTreeSet<&str> {
        self.rows.iter().map(|(k, _, _)| k.doc.as_str()).collect()
    }

    /// Rows not seen: misses that are fixed (or rows that never matched).
    pub fn unseen(&self) -> Vec<String> {
        self.rows
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.seen.contains(i))
            .map(|(_, (k, r, n))| format!("{FILE}:{n}: {}\t{k}\t({r})", self.set))
            .collect()
    }

    /// Panics, listing every problem: malformed rows, `new` differences not
    /// in the file, and rows no longer seen.
    pub fn finish(&self, new: &[String]) {
        let unseen = self.unseen();
        for u in &unseen {
            println!("known miss no longer seen (remove the row): {u}");
        }
        let mut problems = Vec::new();
        if !self.errors.is_empty() {
            problems.push(format!("malformed rows:\n{}", self.errors.join("\n")));
        }
        if !new.is_empty() {
            problems.push(format!(
                "{} differences not in {FILE} (set {}):\n{}",
                new.len(),
                self.set,
                new.join("\n")
            ));
        }
        if !unseen.is_empty() {
            problems.push(format!(
                "{} known misses now pass (remove their rows):\n{}",
                unseen.len(),
                unseen.join("\n")
            ));
        }
        assert!(problems.is_empty(), "{}", problems.join("\n\n"));
    }
}
