//! The data tables of `core/src/data/` (see its README), parsed once.

use crate::entity::{Bound, Direction};
use crate::lexicon::{ends_with, starts_with, Table};
use crate::value::{Currency, DurationUnit, PercentUnit, QuantityUnit};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

string_enum! {
    /// What a unit word makes of the number before it (`units.tsv`, column 2).
    pub(crate) enum UnitKind {
        /// An amount of money (extra: the ISO 4217 code).
        Money => "money",
        /// `%`, `pp`, `‰`.
        Percent => "percent",
        /// A physical unit (unit: its canonical code).
        Quantity => "quantity",
        /// A length of time (unit: year, month, …).
        Duration => "duration",
        /// A measure word (unit: the word).
        Count => "count",
        /// 倍: a multiple, a `number` with a unit.
        Multiple => "multiple",
        /// 级: an order-of-magnitude class.
        Level => "level",
    }
    error: crate::ErrorKind::InvalidData, "unit kind"
}

string_enum! {
    /// Where a bound word stands (`bound_words.tsv`, column 2).
    pub(crate) enum BoundPlace {
        /// Just before the number, in the span.
        Prefix => "prefix",
        /// Just after the number and its unit, in the span.
        Suffix => "suffix",
        /// Before the number, out of the span.
        Verb => "verb",
        /// Before the base of a percent only, out of the span: a verb
        /// that bounds a share of a whole (`未完成开发投资总额25%`) and no
        /// figure right after it (`未完成3项`).
        ShareVerb => "share_verb",
    }
    error: crate::ErrorKind::InvalidData, "bound place"
}

string_enum! {
    /// Where a noun stop ends a counted noun (`noun_stops.tsv`, column 2).
    pub(crate) enum StopPlace {
        /// Wherever it comes.
        Any => "any",
        /// Only right after the measure word.
        First => "first",
        /// Only inside the noun, not right after the measure word (`主要`:
        /// an adverb after a noun, an adjective opening one: `15种主要工业产品`).
        Later => "later",
        /// A word opening with a stop that is part of the noun (`对象`, `对口`
        /// for the stop 对): no stop, whatever else starts there.
        Keep => "keep",
    }
    error: crate::ErrorKind::InvalidData, "noun stop place"
}

/// One row of `units.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct UnitRow {
    pub word: &'static str,
    pub kind: UnitKind,
    pub unit: &'static str,
    pub extra: &'static str,
    /// Money: the power of ten of one unit of the word in the base unit
    /// (港仙: -2); 0 for every other row.
    pub exp: i32,
}

/// The raw columns of a table's rows, for the tests.
#[cfg(test)]
fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

#[cfg(test)]
fn parse_bound(s: &str) -> Bound {
    s.parse().expect("a bound of bound_words.tsv")
}

/// A multiplicative hash for `char` keys (SipHash showed in profiles).
#[derive(Default)]
pub(crate) struct CharHasher(u64);

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

type CharMap<V> = HashMap<char, V, BuildHasherDefault<CharHasher>>;

/// A quick "no" before a map lookup: one bit per code point modulo 4096.
/// A clear bit means no word has that character there; a set bit may still
/// be a miss. Most characters looked up are misses (the walks back over a
/// clause ask at every character), and a hash costs more than this.
struct CharBits([u64; 64]);

impl CharBits {
    fn of<'a>(chars: impl Iterator<Item = &'a char>) -> CharBits {
        let mut bits = CharBits([0; 64]);
        for &c in chars {
            let k = c as usize & 4095;
            bits.0[k >> 6] |= 1 << (k & 63);
        }
        bits
    }

    fn may_hold(&self, c: char) -> bool {
        self.may_hold_code(c as usize)
    }

    fn may_hold_code(&self, code: usize) -> bool {
        let k = code & 4095;
        self.0[k >> 6] & (1 << (k & 63)) != 0
    }

    /// False when the character of one or three bytes at `at` (or, with
    /// `before`, the one ending at `at`) is surely not in the set: read
    /// from the bytes, before any character boundary check. True for
    /// anything else (other lengths, no such byte, not a boundary): the
    /// caller's exact test decides.
    #[inline]
    fn may_hold_at(&self, b: &[u8], at: usize, before: bool) -> bool {
        let start = if before {
            match at.checked_sub(1).and_then(|k| b.get(k)) {
                Some(&x) if x < 0x80 => return self.may_hold_code(usize::from(x)),
                Some(_) if at >= 3 => at - 3,
                _ => return true,
            }
        } else {
            at
        };
        match b.get(start..start + 3) {
            // Looking back, the byte three before is not the character's.
            Some(&[x, _, _]) if x < 0x80 && !before => self.may_hold_code(usize::from(x)),
            Some(&[x, y, z]) if x & 0xF0 == 0xE0 => self.may_hold_code(
                (usize::from(x & 0x0F) << 12)
                    | (usize::from(y & 0x3F) << 6)
                    | usize::from(z & 0x3F),
            ),
            _ => true,
        }
    }
}

/// Words indexed by their first character, longest first.
pub(crate) struct Index<T: 'static> {
    by_first: CharMap<Vec<(&'static str, T)>>,
    firsts: CharBits,
}

impl<T: Copy> Index<T> {
    fn new(items: impl IntoIterator<Item = (&'static str, T)>) -> Index<T> {
        let mut by_first: CharMap<Vec<(&'static str, T)>> = CharMap::default();
        for (w, t) in items {
            if let Some(c) = w.chars().next() {
                by_first.entry(c).or_default().push((w, t));
            }
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        let firsts = CharBits::of(by_first.keys());
        Index { by_first, firsts }
    }

    /// The longest word starting at byte `at` of `text`.
    ///
    /// The filter is inlined at the call (most calls end on it); the walk,
    /// after it passed, is not (the layout of `lexicon::has_char`).
    #[inline(always)]
    pub(crate) fn longest_at(&self, text: &str, at: usize) -> Option<(&'static str, T)> {
        if !self.firsts.may_hold_at(text.as_bytes(), at, false) {
            return None;
        }
        self.longest_at_walk(text, at)
    }

    /// The walk of [`Index::longest_at`] after its filter passed.
    #[inline(never)]
    fn longest_at_walk(&self, text: &str, at: usize) -> Option<(&'static str, T)> {
        let rest = text.get(at..)?;
        let c = rest.chars().next()?;
        self.by_first
            .get(&c)?
            .iter()
            .find(|(w, _)| starts_with(rest, w))
            .copied()
    }

    /// True when a word starting at byte `at` satisfies `pred`.
    pub(crate) fn any_at(&self, text: &str, at: usize, pred: impl Fn(T) -> bool) -> bool {
        let Some(rest) = text.get(at..) else {
            return false;
        };
        let Some(c) = rest.chars().next() else {
            return false;
        };
        if !self.firsts.may_hold(c) {
            return false;
        }
        self.by_first
            .get(&c)
            .is_some_and(|v| v.iter().any(|(w, t)| pred(*t) && starts_with(rest, w)))
    }

    /// Every word, for tests.
    #[cfg(test)]
    pub(crate) fn words(&self) -> Vec<&'static str> {
        self.by_first.values().flatten().map(|(w, _)| *w).collect()
    }
}

/// Words that end at a given byte offset, longest first (for looking back).
pub(crate) struct BackIndex<T: 'static> {
    by_last: CharMap<Vec<(&'static str, T)>>,
    lasts: CharBits,
}

impl<T: Copy> BackIndex<T> {
    fn new(items: impl IntoIterator<Item = (&'static str, T)>) -> BackIndex<T> {
        let mut by_last: CharMap<Vec<(&'static str, T)>> = CharMap::default();
        for (w, t) in items {
            if let Some(c) = w.chars().next_back() {
                by_last.entry(c).or_default().push((w, t));
            }
        }
        for v in by_last.values_mut() {
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        let lasts = CharBits::of(by_last.keys());
        BackIndex { by_last, lasts }
    }

    /// The longest word ending at byte `end` of `text` and starting at or
    /// after `floor`; the filter inlined at the call, the walk not (as
    /// [`Index::longest_at`]).
    #[inline(always)]
    pub(crate) fn longest_before(
        &self,
        text: &str,
        end: usize,
        floor: usize,
    ) -> Option<(&'static str, T)> {
        if end <= floor || !self.lasts.may_hold_at(text.as_bytes(), end, true) {
            return None;
        }
        self.longest_before_walk(text, end, floor)
    }

    /// The walk of [`BackIndex::longest_before`] after its filter passed.
    #[inline(never)]
    fn longest_before_walk(
        &self,
        text: &str,
        end: usize,
        floor: usize,
    ) -> Option<(&'static str, T)> {
        let head = text.get(floor..end)?;
        let c = head.chars().next_back()?;
        self.by_last
            .get(&c)?
            .iter()
            .find(|(w, _)| ends_with(head, w))
            .copied()
    }

    #[cfg(test)]
    pub(crate) fn words(&self) -> Vec<&'static str> {
        self.by_last.values().flatten().map(|(w, _)| *w).collect()
    }
}

pub(crate) const UNITS_SRC: &str = include_str!("../data/units.tsv");
pub(crate) const BOUNDS_SRC: &str = include_str!("../data/bound_words.tsv");
pub(crate) const CHANGE_SRC: &str = include_str!("../data/change_verbs.tsv");
pub(crate) const NOT_SRC: &str = include_str!("../data/not_entities.tsv");
pub(crate) const SCOPES_SRC: &str = include_str!("../data/scopes.tsv");
pub(crate) const CURRENCY_SRC: &str = include_str!("../data/currency_prefixes.tsv");
pub(crate) const NOUN_STOPS_SRC: &str = include_str!("../data/noun_stops.tsv");

/// `units.tsv`: word, kind, unit, extra. The unit must be what the kind
/// takes (a currency's unit word and ISO code, a percent unit, a canonical
/// physical or duration unit, a measure word), so that every entity's
/// typed value can be made from a row.
pub(crate) static UNIT_ROWS: LazyLock<Table<UnitRow>> = LazyLock::new(|| {
    Table::load("units.tsv", UNITS_SRC, |r| {
        let row = UnitRow {
            word: r.word(0)?,
            kind: r.get(1)?,
            unit: r.text(2),
            extra: r.text(3),
            exp: if r.text(4).is_empty() { 0 } else { r.get(4)? },
        };
        if row.exp != 0 && (row.kind != UnitKind::Money || !(-8..0).contains(&row.exp)) {
            return Err(r.error(format_args!(
                "column 5: a sub-unit exponent ({}) is for money only, from -8 to -1",
                row.exp
            )));
        }
        match row.kind {
            UnitKind::Money => {
                let c: Currency = r.get(3)?;
                if c.unit() != row.unit {
                    return Err(r.error(format_args!(
                        "the unit of {c} is {:?}, not {:?}",
                        c.unit(),
                        row.unit
                    )));
                }
            }
            UnitKind::Percent => drop(r.get::<PercentUnit>(2)?),
            UnitKind::Quantity => drop(r.get::<QuantityUnit>(2)?),
            UnitKind::Duration => drop(r.get::<DurationUnit>(2)?),
            UnitKind::Count | UnitKind::Multiple => drop(r.word(2)?),
            UnitKind::Level => {}
        }
        Ok(row)
    })
});

/// `bound_words.tsv`: word, place, bound.
pub(crate) static BOUND_ROWS: LazyLock<Table<(&'static str, BoundPlace, Bound)>> =
    LazyLock::new(|| {
        Table::load("bound_words.tsv", BOUNDS_SRC, |r| {
            Ok((r.word(0)?, r.get(1)?, r.get(2)?))
        })
    });

/// `change_verbs.tsv`: word, direction.
pub(crate) static CHANGE_ROWS: LazyLock<Table<(&'static str, Direction)>> = LazyLock::new(|| {
    Table::load("change_verbs.tsv", CHANGE_SRC, |r| {
        Ok((r.word(0)?, r.get(1)?))
    })
});

/// `currency_prefixes.tsv`: word, unit, code (the unit the currency's).
pub(crate) static CURRENCY_ROWS: LazyLock<Table<(&'static str, Currency)>> = LazyLock::new(|| {
    Table::load("currency_prefixes.tsv", CURRENCY_SRC, |r| {
        let c: Currency = r.get(2)?;
        if c.unit() != r.word(1)? {
            return Err(r.error(format_args!("the unit of {c} is {:?}", c.unit())));
        }
        Ok((r.word(0)?, c))
    })
});

/// `noun_stops.tsv`: word, place.
pub(crate) static NOUN_STOP_ROWS: LazyLock<Table<(&'static str, StopPlace)>> =
    LazyLock::new(|| {
        Table::load("noun_stops.tsv", NOUN_STOPS_SRC, |r| {
            Ok((r.word(0)?, r.get(1)?))
        })
    });

/// `scopes.tsv`: one word a row.
pub(crate) static SCOPE_ROWS: LazyLock<Table<&'static str>> =
    LazyLock::new(|| Table::load("scopes.tsv", SCOPES_SRC, |r| r.word(0)));

/// `not_entities.tsv`: one word a row.
pub(crate) static NOT_ROWS: LazyLock<Table<&'static str>> =
    LazyLock::new(|| Table::load("not_entities.tsv", NOT_SRC, |r| r.word(0)));

/// The load errors of the numeric tables (none: a test checks).
#[cfg(test)]
pub(crate) fn load_errors() -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    all.extend(UNIT_ROWS.errors.iter().map(ToString::to_string));
    all.extend(BOUND_ROWS.errors.iter().map(ToString::to_string));
    all.extend(CHANGE_ROWS.errors.iter().map(ToString::to_string));
    all.extend(CURRENCY_ROWS.errors.iter().map(ToString::to_string));
    all.extend(NOUN_STOP_ROWS.errors.iter().map(ToString::to_string));
    all.extend(SCOPE_ROWS.errors.iter().map(ToString::to_string));
    all.extend(NOT_ROWS.errors.iter().map(ToString::to_string));
    all
}

/// Words that end a count's noun, by first character, with where they do.
pub(crate) static NOUN_STOPS: LazyLock<Index<StopPlace>> =
    LazyLock::new(|| Index::new(NOUN_STOP_ROWS.items.iter().copied()));

/// Units after a number.
pub(crate) static UNITS: LazyLock<Index<UnitRow>> =
    LazyLock::new(|| Index::new(UNIT_ROWS.items.iter().map(|r| (r.word, *r))));

/// The bound words of one place.
fn bounds_at(place: BoundPlace) -> impl Iterator<Item = (&'static str, Bound)> {
    BOUND_ROWS
        .items
        .iter()
        .filter(move |r| r.1 == place)
        .map(|&(w, _, b)| (w, b))
}

/// Bound words before the number (in the span).
pub(crate) static PREFIX_BOUNDS: LazyLock<BackIndex<Bound>> =
    LazyLock::new(|| BackIndex::new(bounds_at(BoundPlace::Prefix)));

/// Verbs before the number that set the bound (out of the span).
pub(crate) static VERB_BOUNDS: LazyLock<BackIndex<Bound>> =
    LazyLock::new(|| BackIndex::new(bounds_at(BoundPlace::Verb)));

/// Verbs before the base of a percent that bound the share (out of the span).
pub(crate) static SHARE_VERBS: LazyLock<BackIndex<Bound>> =
    LazyLock::new(|| BackIndex::new(bounds_at(BoundPlace::ShareVerb)));

/// Bound words after the number and its unit (in the span).
pub(crate) static SUFFIX_BOUNDS: LazyLock<Index<Bound>> =
    LazyLock::new(|| Index::new(bounds_at(BoundPlace::Suffix)));

/// Verbs of change, looked up backwards from the number.
pub(crate) static CHANGE_VERBS: LazyLock<BackIndex<Direction>> =
    LazyLock::new(|| BackIndex::new(CHANGE_ROWS.items.iter().copied()));

/// Scopes kept before a rank (全省).
pub(crate) static SCOPES: LazyLock<BackIndex<()>> =
    LazyLock::new(|| BackIndex::new(SCOPE_ROWS.items.iter().map(|&w| (w, ()))));

/// Currency words before a number: (unit, ISO code).
pub(crate) static CURRENCY_PREFIXES: LazyLock<BackIndex<(&'static str, &'static str)>> =
    LazyLock::new(|| {
        BackIndex::new(
            CURRENCY_ROWS
                .items
                .iter()
                .map(|&(w, c)| (w, (c.unit(), c.as_str()))),
        )
    });

/// Fixed words containing numerals, indexed by every character of theirs
/// with the byte offset of that character in the word.
pub(crate) struct FixedWords {
    by_char: CharMap<Vec<(&'static str, usize)>>,
}

impl FixedWords {
    /// True when a fixed word covers byte `at` of `text` (the word contains
    /// the character at `at`).
    pub(crate) fn covers(&self, text: &str, at: usize) -> bool {
        let Some(c) = text.get(at..).and_then(|r| r.chars().next()) else {
            return false;
        };
        let Some(list) = self.by_char.get(&c) else {
            return false;
        };
        list.iter()
            .any(|(w, off)| at >= *off && text.get(at - off..).is_some_and(|r| starts_with(r, w)))
    }

    /// True when a listed word covers byte `at` and the reading `at..end`:
    /// a word that starts before `at` always does (唯一 over 一零部件); one
    /// that starts at `at` only when the reading stays inside it (十分 does
    /// not cover 十分之一).
    pub(crate) fn covers_reading(&self, text: &str, at: usize, end: usize) -> bool {
        let Some(c) = text.get(at..).and_then(|r| r.chars().next()) else {
            return false;
        };
        let Some(list) = self.by_char.get(&c) else {
            return false;
        };
        list.iter().any(|(w, off)| {
            at >= *off
                && text.get(at - off..).is_some_and(|r| starts_with(r, w))
                && (*off > 0 || at + w.len() >= end)
        })
    }

    #[cfg(test)]
    pub(crate) fn words(&self) -> Vec<&'static str> {
        let mut v: Vec<_> = self.by_char.values().flatten().map(|(w, _)| *w).collect();
        v.sort();
        v.dedup();
        v
    }
}

/// The not-an-entity list.
pub(crate) static FIXED: LazyLock<FixedWords> = LazyLock::new(|| {
    let mut by_char: CharMap<Vec<(&'static str, usize)>> = CharMap::default();
    for &w in &NOT_ROWS.items {
        for (off, c) in w.char_indices() {
            by_char.entry(c).or_default().push((w, off));
        }
    }
    FixedWords { by_char }
});

#[cfg(test)]
mod tests {
    use super::*;

    fn no_duplicates(src: &'static str) {
        let mut seen = std::collections::HashSet::new();
        for r in rows(src) {
            assert!(!r[0].is_empty());
            assert!(seen.insert(r[0].to_string()), "duplicate row {:?}", r[0]);
        }
    }

    #[test]
    fn tables_load_without_an_error() {
        assert_eq!(load_errors(), Vec::<String>::new());
    }

    #[test]
    fn tables_parse_without_duplicates() {
        for src in [
            UNITS_SRC,
            BOUNDS_SRC,
            CHANGE_SRC,
            NOT_SRC,
            SCOPES_SRC,
            CURRENCY_SRC,
        ] {
            no_duplicates(src);
        }
        // Every value of a closed column is one the loaders know (they
        // panic on others when built, here).
        for r in rows(BOUNDS_SRC) {
            assert!(
                matches!(
                    r.get(1).copied(),
                    Some("prefix" | "suffix" | "verb" | "share_verb")
                ),
                "bound_words.tsv: {}: place {:?}",
                r[0],
                r.get(1)
            );
            let _ = parse_bound(r.get(2).copied().unwrap_or(""));
        }
        assert!(NOUN_STOPS.words().len() > 100);
        assert!(UNITS.words().len() > 100);
        assert_eq!(PREFIX_BOUNDS.words().len(), 43);
        assert_eq!(SUFFIX_BOUNDS.words().len(), 10);
        assert_eq!(VERB_BOUNDS.words().len(), 4);
        assert_eq!(CHANGE_VERBS.words().len(), 21);
        assert!(SCOPES.words().contains(&"全省"));
        assert!(FIXED.words().contains(&"一带一路"));
        assert!(CURRENCY_PREFIXES.words().contains(&"人民币"));
    }

    #[test]
    fn lookups_take_the_longest() {
        let (w, r) = UNITS.longest_at("吨标准煤，", 0).unwrap();
        assert_eq!((w, r.unit), ("吨标准煤", "tce"));
        let (w, r) = UNITS.longest_at("个月", 0).unwrap();
        assert_eq!((w, r.kind), ("个月", UnitKind::Duration));
        let (w, b) = PREFIX_BOUNDS
            .longest_before("不超过", "不超过".len(), 0)
            .unwrap();
        assert_eq!((w, b), ("不超过", Bound::AtMost));
        assert!(FIXED.covers("推动统一布局", "推动统".len()));
        assert!(!FIXED.covers("推动一布局", "推动".len()));
    }
}

/// Every row of every table is recognised by the scanner.
#[cfg(test)]
mod rows_recognised {
    use super::*;
    use crate::entity::{Entity, Kind};

    fn scan(text: &str) -> Vec<Entity> {
        let mut v = Vec::new();
        super::super::scan(text, true, &mut v);
        v
    }

    #[test]
    fn every_unit_row() {
        for r in rows(UNITS_SRC) {
            let (word, kind) = (r[0], r[1]);
            let text = match kind {
                "level" => format!("5亿{word}"),
                // 季 counts seasons only after 两 (7季 is a quarter's).
                "count" if word == "季" => format!("共两{word}"),
                // 日 counts days only before a word such as 内.
                "duration"
                    if crate::lexicon::has_char(
                        crate::lexicon::List::DayCountWord,
                        word.chars().next().unwrap_or(' '),
                    ) =>
                {
                    format!("共7{word}内")
                }
                "money" | "percent" | "quantity" | "duration" | "count" | "multiple" => {
                    format!("共7{word}")
                }
                other => panic!("unknown kind {other}"),
            };
            let es = scan(&text);
            assert_eq!(es.len(), 1, "{text}: {es:?}");
            let e = &es[0];
            let want = match kind {
                "money" | "level" => Kind::Money,
                "percent" => Kind::Percent,
                "quantity" => Kind::Quantity,
                "duration" => Kind::Duration,
                "multiple" => Kind::Number,
                _ if matches!(word, "届" | "孩" | "胎") => Kind::Ordinal,
                _ => Kind::Count,
            };
            assert_eq!(e.kind, want, "{text}");
            assert!(
                text.trim_end_matches('内').ends_with(e.text(&text))
                    && e.text(&text).ends_with(word),
                "{text}: {}",
                e.text(&text)
            );
            if kind != "level" && want != Kind::Ordinal {
                assert_eq!(e.unit(), Some(r[2]), "{text}");
            }
            if kind == "money" {
                assert_eq!(e.currency(), r.get(3).copied(), "{text}");
            }
        }
    }

    #[test]
    fn every_bound_and_verb_row() {
        for r in rows(BOUNDS_SRC) {
            let (word, place, bound) = (r[0], r[1], parse_bound(r[2]));
            let text = match place {
                "prefix" => format!("，{word}7家"),
                "suffix" => format!("共7家{word}"),
                // Before the base of a percent only; right before a count
                // it bounds nothing.
                "share_verb" => format!("{word}总额7%"),
                _ => format!("{word}7家"),
            };
            let es = scan(&text);
            assert_eq!(es.len(), 1, "{text}: {es:?}");
            assert_eq!(es[0].bound, bound, "{text}");
            let span = es[0].text(&text);
            let outside = matches!(place, "verb" | "share_verb");
            assert_eq!(span.contains(word), !outside, "{text}: {span}");
            if place == "share_verb" {
                let text = format!("{word}7家");
                assert_eq!(scan(&text)[0].bound, Bound::Exact, "{text}");
            }
        }
    }

    #[test]
    fn every_change_verb_row() {
        for r in rows(CHANGE_SRC) {
            let text = format!("利润{}7%", r[0]);
            let c = scan(&text)[0].change.unwrap_or_else(|| panic!("{text}"));
            assert_eq!(c.direction.as_str(), r[1], "{text}");
            assert_eq!(&text[c.trigger.range()], r[0]);
        }
    }

    #[test]
    fn every_scope_currency_and_fixed_row() {
        for r in rows(SCOPES_SRC) {
            let text = format!("排名{}第二", r[0]);
            assert_eq!(scan(&text)[0].text(&text), format!("{}第二", r[0]));
        }
        for r in rows(CURRENCY_SRC) {
            let text = format!("价格 {}100", r[0]);
            let es = scan(&text);
            assert_eq!(es.len(), 1, "{text}");
            assert_eq!(
                (es[0].kind, es[0].currency()),
                (Kind::Money, Some(r[2])),
                "{text}"
            );
        }
        for r in rows(NOT_SRC) {
            let es = scan(r[0]);
            assert!(es.is_empty(), "{}: {es:?}", r[0]);
        }
    }

    #[test]
    fn every_noun_stop_row() {
        for r in rows(NOUN_STOPS_SRC) {
            // A keep word is read after 个, a measure word with no heads
            // (after 家 the head 企业 ends the noun whatever follows).
            let measure = if r[1] == "keep" { "个" } else { "家" };
            let text = if r[1] == "first" {
                format!("共7{measure}{}", r[0])
            } else {
                format!("共7{measure}企业{}", r[0])
            };
            let es = scan(&text);
            let noun = es[0].noun().map(|s| &text[s.range()]);
            if r[1] == "keep" {
                // 对象: part of the noun, no stop.
                assert_eq!(noun, Some(&text["共7个".len()..]), "{text}");
            } else {
                assert!(noun.is_none() || noun == Some("企业"), "{text}: {noun:?}");
            }
        }
        // later: a stop inside the noun only (15种主要工业产品, 7家企业主要从事…);
        // read after 个 (no heads) when the word ends in a head of 家 (定位: 位).
        for r in rows(NOUN_STOPS_SRC).filter(|r| r[1] == "later") {
            let head = r[0].chars().next_back().is_some_and(|c| {
                crate::lexicon::has_keyed_char(crate::lexicon::List::NounHead, "家", c)
            });
            let measure = if head { "个" } else { "家" };
            let text = format!("共7{measure}{}产品", r[0]);
            let es = scan(&text);
            let noun = es[0].noun().map(|s| &text[s.range()]);
            assert_eq!(noun, Some(&text[format!("共7{measure}").len()..]), "{text}");
        }
    }
}
