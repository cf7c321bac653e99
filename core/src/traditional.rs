//! The traditional→simplified character fold of the lexical layer
//! (`data/traditional.tsv`, docs/entities.md "Traditional characters").
//!
//! The word tables are written in simplified characters. A text that holds
//! a traditional character of the table (`同比增長`, `五個`, `過去一年`)
//! is read on a folded copy: each such character replaced by its simplified
//! form. Both forms are three bytes of UTF-8 (the table keeps only such
//! pairs), so every byte offset of the copy is an offset of the original,
//! and every span found on the copy is reported on the original text.
//! A text without such a character is read as it is, at the cost of one
//! pass over its bytes (the walk that finds the scanners' stops,
//! `chars::stops`, when the numeric and the time scanners both run).

use crate::error::Error;
use crate::lexicon::Table;
use std::borrow::Cow;
use std::sync::LazyLock;

/// The first code point of the block the fold covers (CJK Unified
/// Ideographs, all three bytes of UTF-8).
const FIRST: u32 = 0x4E00;
/// The last code point of that block.
const LAST: u32 = 0x9FFF;

/// The fold: its rows, sorted by traditional character, and a bit per code
/// point of the Basic Multilingual Plane for the quick check (the layout of
/// [`crate::chars::skip_unmarked`]: one `u64` per 64 code points).
struct Fold {
    rows: Vec<(char, char, &'static str)>,
    bits: [u64; 1024],
}

/// Reads one row: one traditional character, one simplified one, both in
/// the block, different.
fn read(r: &crate::lexicon::Row<'static>) -> Result<(char, char, &'static str), Error> {
    let one = |i: usize| -> Result<char, Error> {
        let w = r.word(i)?;
        let mut cs = w.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if (FIRST..=LAST).contains(&u32::from(c)) => Ok(c),
            _ => Err(r.error(format_args!(
                "column {}: {w:?} is not one character of U+4E00..U+9FFF",
                i + 1
            ))),
        }
    };
    let (t, s) = (one(0)?, one(1)?);
    if t == s {
        return Err(r.error(format_args!("{t} folds to itself")));
    }
    Ok((t, s, r.word(0)?))
}

/// `data/traditional.tsv` as read.
fn table() -> Table<(char, char, &'static str)> {
    Table::load(
        "traditional.tsv",
        include_str!("data/traditional.tsv"),
        read,
    )
}

static FOLD: LazyLock<Fold> = LazyLock::new(|| {
    let mut rows = table().items;
    rows.sort_by_key(|r| r.0);
    rows.dedup_by_key(|r| r.0);
    let mut bits = [0u64; 1024];
    for (t, _, _) in &rows {
        let i = u32::from(*t) as usize;
        bits[i / 64] |= 1 << (i % 64);
    }
    Fold { rows, bits }
});

/// The row of `c`, when `c` is a traditional character of the table.
fn row(c: char) -> Option<&'static (char, char, &'static str)> {
    let rows = &FOLD.rows;
    rows.binary_search_by_key(&c, |r| r.0)
        .ok()
        .map(|i| &rows[i])
}

/// The byte offset of the first folded character of `b` at or after `from`
/// (a character boundary): the scanners' skip loop over the three-byte
/// characters with the fold's bitset (every folded character is three bytes
/// long), a step of the character's length for the others.
fn next_hit(b: &[u8], from: usize) -> Option<usize> {
    let bits: &[u64; 1024] = &FOLD.bits;
    let mut i = from;
    loop {
        i = crate::chars::skip_unmarked(b, i, bits);
        let lead = *b.get(i)?;
        if lead < 0x80 {
            // A run of ASCII (figures, in a table or a list of them) is
            // stepped over at once, not back through the skip at each byte.
            i += 1;
            while b.get(i).is_some_and(u8::is_ascii) {
                i += 1;
            }
            continue;
        }
        if lead & 0xF0 == 0xE0 {
            // A three-byte character the skip stopped at: a folded one,
            // when it is whole.
            return (i + 3 <= b.len()).then_some(i);
        }
        i += 1 + usize::from(lead >= 0xC0) + usize::from(lead >= 0xE0) + usize::from(lead >= 0xF0);
    }
}

/// `text` with every traditional character of the table replaced by its
/// simplified form, byte for byte the same length; borrowed when there is
/// none.
///
/// ```ignore
/// assert_eq!(fold("同比增長13.1%"), "同比增长13.1%");
/// ```
pub(crate) fn fold(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    let Some(first) = next_hit(b, 0) else {
        return Cow::Borrowed(text);
    };
    let mut out = b.to_vec();
    let mut at = Some(first);
    while let Some(i) = at {
        fold_one(text, i, &mut out);
        at = next_hit(b, i + 3);
    }
    // Three bytes of the block replaced by three bytes of the block.
    Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| text.to_owned()))
}

/// [`fold`] with the places of the characters of the fold's bitset
/// ([`bits`]) in `text` found already (by a shared walk,
/// `chars::stops`): the same text.
pub(crate) fn fold_at<'a>(text: &'a str, hits: &[usize]) -> Cow<'a, str> {
    if hits.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = text.as_bytes().to_vec();
    for &i in hits {
        fold_one(text, i, &mut out);
    }
    Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| text.to_owned()))
}

/// The character of `text` at `i` folded into `out` (a copy of `text`).
fn fold_one(text: &str, i: usize, out: &mut [u8]) {
    let c = text[i..].chars().next().unwrap_or_default();
    if let Some((_, s, _)) = row(c) {
        let mut buf = [0u8; 4];
        let enc = s.encode_utf8(&mut buf).as_bytes();
        if enc.len() == 3 {
            out[i..i + 3].copy_from_slice(enc);
        }
    }
}

/// The fold's bitset: a bit per traditional character of the table (the
/// layout of [`crate::chars::skip_unmarked`]).
pub(crate) fn bits() -> &'static [u64; 1024] {
    &FOLD.bits
}

/// The word `word`, read on the folded text at `folded`, as `original`
/// (the same bytes of the original text) writes it: `word` itself when the
/// two agree, the traditional character of the table when `word` is one
/// character written in its traditional form (`個` for `个`), else `word`.
pub(crate) fn as_written(word: &'static str, folded: &str, original: &str) -> &'static str {
    let Some(p) = folded.find(word) else {
        return word;
    };
    let Some(written) = original.get(p..p + word.len()) else {
        return word;
    };
    if written == word {
        return word;
    }
    let mut cs = written.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => row(c).map_or(word, |r| r.2),
        _ => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_loads_and_every_row_lines_up() {
        let t = table();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        let mut seen = std::collections::HashSet::new();
        for (tr, s, w) in &t.items {
            assert!(seen.insert(*tr), "{tr} twice");
            assert_eq!((tr.len_utf8(), s.len_utf8()), (3, 3));
            assert_eq!(w.chars().next(), Some(*tr));
            // No simplified form is folded again (the fold is one step).
            assert!(row(*s).is_none(), "{s} is both a form and a key");
        }
        assert!(t.items.len() > 200);
    }

    #[test]
    fn a_bad_row_is_an_error() {
        let t = Table::load("x.tsv", "個\t个\n长\t长\nab\t个\n個\n", read);
        assert_eq!(t.items.len(), 1);
        assert_eq!(t.errors.len(), 3);
        assert!(t.errors[0].to_string().contains("x.tsv:2"));
    }

    #[test]
    fn fold_keeps_offsets_and_borrows_simplified_text() {
        let text = "同比增長13.1%，五個，過去一年，4%以內";
        let f = fold(text);
        assert_eq!(f, "同比增长13.1%，五个，过去一年，4%以内");
        assert_eq!(f.len(), text.len());
        assert!(matches!(fold("同比增长13.1%"), Cow::Borrowed(_)));
        assert!(matches!(fold(""), Cow::Borrowed(_)));
        // Not folded: characters outside the table, ASCII, the end of text.
        assert_eq!(fold("abc著長"), "abc著长");
        // Characters of two and four bytes are stepped over whole.
        assert_eq!(fold("é𠀀a長，個"), "é𠀀a长，个");
    }

    #[test]
    fn as_written_gives_the_traditional_measure_word() {
        assert_eq!(as_written("个", "五个", "五個"), "個");
        assert_eq!(as_written("个", "五个", "五个"), "个");
        assert_eq!(as_written("家", "五家", "五家"), "家");
    }
}

#[cfg(test)]
mod reading {
    use crate::{extract, Basis, Bound, Direction, Kind};

    /// (kind, text, value, unit, bound) of every entity of `text`.
    fn read(text: &str) -> Vec<(Kind, &str, String, Option<&'static str>, Bound)> {
        extract(text)
            .iter()
            .map(|e| {
                (
                    e.kind,
                    e.text(text),
                    e.value().map(|v| v.to_string()).unwrap_or_default(),
                    e.unit(),
                    e.bound,
                )
            })
            .collect()
    }

    #[test]
    fn a_change_in_traditional_characters() {
        let text = "營業收入同比減少11.94%，淨利潤同比增長1588.44%";
        let found = extract(text);
        assert_eq!(found.len(), 2);
        let (a, b) = (&found[0], &found[1]);
        assert_eq!(
            (a.kind, a.text(text), a.unit()),
            (Kind::Percent, "11.94%", Some("%"))
        );
        assert_eq!(a.value().unwrap().to_string(), "11.94");
        assert_eq!(a.span.start, text.find("11.94").unwrap());
        let c = a.change().unwrap();
        assert_eq!((c.direction, c.basis), (Direction::Down, Some(Basis::Yoy)));
        assert_eq!(&text[c.trigger.range()], "同比減少");
        let c = b.change().unwrap();
        assert_eq!(
            (c.direction, &text[c.trigger.range()]),
            (Direction::Up, "同比增長")
        );
        assert_eq!(b.value().unwrap().to_string(), "1588.44");
    }

    #[test]
    fn the_basis_of_a_change_from_in_traditional_characters() {
        // company_simoer_2023h1: 從去年同期90.1% is the basis the share falls
        // from (folded 从), no date; the two percents stay.
        let text = "占總收入百分比從去年同期90.1%下降至回顧期87.3%";
        let found = extract(text);
        let got: Vec<_> = found.iter().map(|e| (e.kind, e.text(text))).collect();
        assert_eq!(
            got,
            vec![(Kind::Percent, "90.1%"), (Kind::Percent, "87.3%")]
        );
        assert_eq!(found[0].span.start, text.find("90.1").unwrap());
        assert_eq!(found[0].value().unwrap().to_string(), "90.1");
    }

    #[test]
    fn counts_ordinals_periods_and_bounds_as_written() {
        let text = "第六屆會議從五個方面對過去一年的工作進行回顧，物價漲幅控制在4%以內";
        assert_eq!(
            read(text),
            [
                (
                    Kind::Ordinal,
                    "第六屆",
                    "6".into(),
                    Some("屆"),
                    Bound::Exact
                ),
                (Kind::Count, "五個", "5".into(), Some("個"), Bound::Exact),
                (Kind::Period, "過去一年", String::new(), None, Bound::Exact),
                (
                    Kind::Percent,
                    "4%以內",
                    "4".into(),
                    Some("%"),
                    Bound::AtMost
                ),
            ]
        );
    }

    #[test]
    fn money_and_magnitudes_in_traditional_characters() {
        let text = "總額約2.96億元，兩萬噸";
        assert_eq!(
            read(text),
            [
                (
                    Kind::Money,
                    "約2.96億元",
                    "296000000".into(),
                    Some("元"),
                    Bound::Approx
                ),
                (
                    Kind::Quantity,
                    "兩萬噸",
                    "20000".into(),
                    Some("t"),
                    Bound::Exact
                ),
            ]
        );
        let q = &extract(text)[1];
        assert_eq!(q.unit_text(), Some("噸"));
    }

    #[test]
    fn simplified_text_reads_the_same_as_before() {
        let s = "同比增长13.1%，五个方面，过去一年";
        let t = "同比增長13.1%，五個方面，過去一年";
        let (a, b) = (extract(s), extract(t));
        assert_eq!(a.len(), b.len());
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(
                (x.kind, x.span, x.value(), x.bound),
                (y.kind, y.span, y.value(), y.bound)
            );
        }
        assert_eq!(a[1].unit(), Some("个"));
    }

    #[test]
    fn facts_read_traditional_change_words() {
        let text = "社會消費品零售總額42691億元，同比增長1.0%。";
        let facts = crate::Extractor::default().facts(text);
        assert_eq!(facts.len(), 2);
        assert_eq!(
            facts[1].metric.as_ref().unwrap().text(text),
            "社會消費品零售總額"
        );
        assert_eq!(facts[1].measure, crate::facts::Measure::Change);
        assert_eq!(facts[1].figure.text(text), "1.0%");
    }
}
