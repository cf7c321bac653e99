//! Relative time: year words (`今年`, `去年` … from `data/time_relative_years.tsv`)
//! and the last N years (`过去五年`, `近两年`).

use super::lex::{self, eat};
use super::{Found, Hit, Year};
use std::sync::LazyLock;

/// (word, offset in years), longest words first.
static YEAR_WORDS: LazyLock<Vec<(&'static str, i32)>> = LazyLock::new(|| {
    let mut words = parse_table(include_str!("../data/time_relative_years.tsv"));
    words.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    words
});

/// Parses the table: `word<TAB>offset` rows, `#` comments. A malformed row is
/// a bug in the committed table, caught by its test.
fn parse_table(table: &'static str) -> Vec<(&'static str, i32)> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (word, offset) = l.split_once('\t')?;
            Some((word, offset.trim().parse().ok()?))
        })
        .collect()
}

/// A relative year word at `i` (`今年` → 0, `去年` → -1): the year and the
/// byte after it. `上年` after 比/较/于 is a basis word (`比上年`), and `去年`
/// after 过 is part of 过去.
pub(super) fn year_word_at(s: &str, i: usize) -> Option<(Year, usize)> {
    // Every word is one character and 年.
    let first = lex::char_at(s, i)?;
    eat(s, i + first.len_utf8(), "年")?;
    let (word, offset) = YEAR_WORDS.iter().find(|(w, _)| eat(s, i, w).is_some())?;
    let prev = lex::prev_char(s, i);
    let excluded = match *word {
        "上年" => prev.is_some_and(|c| matches!(c, '比' | '较' | '于')),
        "去年" => prev == Some('过'),
        _ => false,
    };
    if excluded {
        return None;
    }
    Some((Year::Rel(*offset), i + word.len()))
}

/// Most years `近N年` may count.
const MAX_RECENT: u32 = 99;

/// `过去五年`, `过去的五年`, `近两年` (not `将近两年`, `接近两年`): the last N
/// years. A following 来 stays out of the span.
pub(super) fn recent_at(s: &str, i: usize) -> Option<Hit> {
    let (q, completed) = if let Some(q) = eat(s, i, "过去") {
        (eat(s, q, "的").unwrap_or(q), true)
    } else {
        let q = eat(s, i, "近")?;
        if lex::prev_char(s, i).is_some_and(|c| matches!(c, '将' | '接' | '附' | '靠')) {
            return None;
        }
        (q, false)
    };
    let n = lex::small(s, q, true)?;
    if n.value == 0 || n.value > MAX_RECENT {
        return None;
    }
    let end = eat(s, n.end, "年")?;
    Some(Hit::new(
        end,
        Found::Recent {
            years: n.value as i32,
            completed,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_without_duplicates_and_every_row_is_found() {
        let raw = include_str!("../data/time_relative_years.tsv");
        let rows = raw
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        assert_eq!(rows.count(), YEAR_WORDS.len(), "a row failed to parse");
        let mut words: Vec<_> = YEAR_WORDS.iter().map(|(w, _)| *w).collect();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), YEAR_WORDS.len(), "duplicate word");
        for (w, offset) in YEAR_WORDS.iter() {
            let text = format!("在{w}");
            assert_eq!(
                year_word_at(&text, 3),
                Some((Year::Rel(*offset), text.len())),
                "{w}"
            );
            // …and the scan's first-character filter lets it through.
            let mut out = Vec::new();
            crate::time::scan(&text, None, &mut out);
            assert_eq!(out.len(), 1, "{w}");
            assert_eq!(out[0].relative_years, Some(*offset), "{w}");
        }
    }

    #[test]
    fn basis_words_are_not_years() {
        assert_eq!(year_word_at("比上年", 3), None);
        assert_eq!(year_word_at("较上年", 3), None);
        assert_eq!(year_word_at("过去年", 3), None);
        assert_eq!(year_word_at("上年", 0), Some((Year::Rel(-1), 6)));
    }

    #[test]
    fn recent_years() {
        let recent = |years, completed| Some(Hit::new(0, Found::Recent { years, completed }));
        let at = |t: &str| recent_at(t, 0).map(|h| Hit::new(0, h.found));
        assert_eq!(at("过去五年"), recent(5, true));
        assert_eq!(at("过去的5年"), recent(5, true));
        assert_eq!(at("近两年来"), recent(2, false));
        assert_eq!(recent_at("近两年来", 0).map(|h| h.end), Some(9));
        assert_eq!(recent_at("近年来", 0), None);
        assert_eq!(recent_at("将近两年", 3), None);
        assert_eq!(recent_at("近两个月", 0), None);
    }
}
