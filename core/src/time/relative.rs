//! Relative time: year words (`今年`, `去年` … from `data/time_relative_years.tsv`)
//! and the last N years (`过去五年`, `近两年`).

use super::lex::{self, eat, eat_char};
use super::{Found, Hit, Year};
use crate::chars::YEAR;
use std::sync::LazyLock;

/// A relative year word: `今年` → 0, `去年` → -1, ….
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct YearWord {
    word: &'static str,
    offset: i32,
    /// Characters after which the word is not a year (`以上年产值`).
    not_after: &'static str,
    /// Counted from an event the text names (次年), not from the
    /// reference date.
    event: bool,
}

/// The words of `data/time_relative_years.tsv`.
static YEAR_WORDS: LazyLock<Vec<YearWord>> =
    LazyLock::new(|| parse_table(include_str!("../data/time_relative_years.tsv")).items);

/// Parses the table: `word<TAB>offset<TAB>not-after` rows, `#` comments. A
/// malformed row is a bug in the committed table, caught by its test.
fn parse_table(table: &'static str) -> crate::lexicon::Table<YearWord> {
    crate::lexicon::Table::load("time_relative_years.tsv", table, |r| {
        Ok(YearWord {
            word: r.word(0)?,
            offset: r.get(1)?,
            not_after: r.text(2).trim(),
            event: match r.text(3) {
                "" => false,
                "event" => true,
                other => return Err(r.error(format_args!("unknown anchor {other:?}"))),
            },
        })
    })
}

/// A relative year word at `i` (`今年` → 0, `去年` → -1): the year and the
/// byte after it; not when the characters around make other words
/// (`比上年`, `说明年度`, `如今年轻人`).
pub(super) fn year_word_at(s: &str, i: usize) -> Option<(Year, usize)> {
    // Every word is one character and 年.
    let first = lex::char_at(s, i)?;
    let end = eat_char(s, i + first.len_utf8(), YEAR)?;
    let w = YEAR_WORDS.iter().find(|w| eat(s, i, w.word).is_some())?;
    let prev = lex::prev_char(s, i);
    let words = &*super::words::WORDS;
    if (prev.is_some_and(|c| w.not_after.contains(c))
        && !words.year_word_leads.iter().any(|l| s[..i].ends_with(l)))
        || lex::char_at(s, end).is_some_and(|c| words.nian_compound.contains(&c))
        || words
            .year_word_tails
            .iter()
            .any(|t| s[end..].starts_with(t))
        || (w.offset < 0
            && (words
                .past_year_tails
                .iter()
                .any(|t| s[end..].starts_with(t))
                || compared_period(s, i, end)
                || from_value(s, i, end)))
        || method_note(s, i, w.word)
    {
        return None;
    }
    let year = if w.event {
        Year::After(w.offset)
    } else {
        Year::Rel(w.offset)
    };
    Some((year, end))
}

/// 为保证本年数据与上年可比: a year word of a note on method
/// (`Class::MethodYear`) in a sentence with a word of the comparability of
/// figures (`Class::MethodWord`) names any year, no date.
fn method_note(s: &str, i: usize, word: &str) -> bool {
    let words = &*super::words::WORDS;
    if !words.method_years.contains(&word) {
        return false;
    }
    let ends =
        |c: char| c == '\n' || crate::lexicon::has_char(crate::lexicon::List::WideSentenceEnd, c);
    let start = s[..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| ends(c))
        .map_or(0, |(p, c)| p + c.len_utf8());
    let end = s[i..].find(ends).map_or(s.len(), |p| i + p);
    let sentence = &s[start..end];
    words.method_words.iter().any(|w| sentence.contains(w))
}

/// 上年同期, 去年同期 (the past year word from `i` to `end`) in a
/// comparison: after a compared lead (`高于去年同期`), before the compared
/// period's value (`上年同期为`), opening a clause that gives it
/// (`。上年同期归属于…净利润为7,388.72万元`), or after a word opening the
/// start of a change and right before that value (`从去年同期90.1%下降至`,
/// also in traditional characters, `從去年同期`). Outside one (`由于去年同期因…`) the year
/// word is a date.
fn compared_period(s: &str, i: usize, end: usize) -> bool {
    let words = &*super::words::WORDS;
    let Some(p) = words
        .same_periods
        .iter()
        .find(|t| s[end..].starts_with(**t))
    else {
        return false;
    };
    let after = &s[end + p.len()..];
    words.compared_leads.iter().any(|w| s[..i].ends_with(w))
        || words.compared_tails.iter().any(|w| after.starts_with(w))
        || words
            .compared_value_tails
            .iter()
            .any(|w| after.strip_prefix(w).is_some_and(starts_with_figure))
        || (opens_clause(s, i) && clause_value(after))
        || (words.from_leads.iter().any(|w| s[..i].ends_with(w)) && starts_with_figure(after))
}

/// Whether `rest` opens with a digit or a Chinese numeral.
fn starts_with_figure(rest: &str) -> bool {
    rest.chars()
        .next()
        .is_some_and(|c| crate::chars::is_decimal(c) || crate::numeral::chinese::is_numeral_char(c))
}

/// The words after a past year word (and 同期) that give the compared
/// period's value when a figure follows them (为, 的, …).
fn value_tails() -> impl Iterator<Item = &'static &'static str> {
    let words = &*super::words::WORDS;
    words
        .compared_tails
        .iter()
        .chain(words.compared_value_tails.iter())
}

/// Whether a clause opens at `i`: the text's start, a line's, or after a
/// clause or sentence mark.
fn opens_clause(s: &str, i: usize) -> bool {
    lex::prev_char(s, i).is_none_or(|c| {
        c == '\n' || crate::chars::is_clause_sep(c) || crate::chars::is_sentence_end(c)
    })
}

/// Whether the clause opening `after` gives a value after a compared tail
/// (`归属于上市公司股东的净利润为7,388.72万元` after an opening 上年同期):
/// the compared period's value of the indicator it names.
fn clause_value(after: &str) -> bool {
    let end = after
        .find(|c: char| {
            c == '\n' || crate::chars::is_clause_sep(c) || crate::chars::is_sentence_end(c)
        })
        .unwrap_or(after.len());
    let clause = &after[..end];
    clause.char_indices().any(|(k, _)| {
        value_tails().any(|t| clause[k..].strip_prefix(t).is_some_and(starts_with_figure))
    })
}

/// 由去年的4.19亿元 (the past year word from `i` to `end`): after a word
/// opening the start of a change (`由`, `从`) and before a compared tail
/// (的) and a figure, the year names the basis the change starts from, no
/// date. `从去年开始`, with no figure after, stays a date.
fn from_value(s: &str, i: usize, end: usize) -> bool {
    let words = &*super::words::WORDS;
    if !words.from_leads.iter().any(|w| s[..i].ends_with(w)) {
        return false;
    }
    value_tails().any(|t| s[end..].strip_prefix(t).is_some_and(starts_with_figure))
}

/// Most years `近N年` may count.
const MAX_RECENT: u32 = 99;

/// `过去五年`, `过去的五年`, `近两年` (not `将近两年`, `接近两年`): the last N
/// years. A following 来 stays out of the span.
pub(super) fn recent_at(s: &str, i: usize) -> Option<Hit> {
    let mut least = 1;
    let mut near = false;
    let words = &*super::words::WORDS;
    let (q, completed) = if let Some(q) = lex::eat_any(s, i, &words.recent_pasts) {
        (
            lex::eat_any(s, q, &words.recent_particles).unwrap_or(q),
            true,
        )
    } else if let Some(q) = lex::eat_any(s, i, &words.recent_fews) {
        // 这两年: the last few years, as 近两年 (这一年 is one year of a story).
        least = 2;
        (q, false)
    } else {
        let q = lex::eat_any(s, i, &words.recent_nears)?;
        if lex::prev_char(s, i).is_some_and(|c| words.jin_compound.contains(&c)) {
            return None;
        }
        // 近1年: the last twelve months, a length of time, no period of
        // calendar years (ANNOTATION b8-b 8); 近两年 is one.
        least = 2;
        near = true;
        (q, false)
    };
    // 近半年: the last half year.
    if let Some(end) = lex::eat_any(s, q, &super::words::WORDS.half_years) {
        return Some(Hit::new(end, Found::RecentHalf));
    }
    let n = lex::small(s, q, true)?;
    if n.value < least || n.value > MAX_RECENT {
        return None;
    }
    let end = eat_char(s, n.end, YEAR)?;
    // 近3年未发生违法事件: the window of a record, a length of time.
    if near && super::record_window(&s[end..]) {
        return None;
    }
    Some(Hit::new(
        end,
        Found::Recent {
            years: n.value as i32,
            completed,
        },
    ))
}

/// `半年累计完成…`: a bare 半年 (no word of a part or period, numeral or
/// 每 before it: `List::HalfLead`, `List::EveryWord`) right before a word
/// of a running total (`List::HalfTotal`: 累计, 合计) is the half-year the
/// total is summed over, a period with from/to null as 近半年. Its end
/// (the total word stays out of the span).
pub(crate) fn half_year_total(s: &str, i: usize) -> Option<usize> {
    use crate::lexicon::{has_char, prefix_in, List};
    let end = lex::eat_any(s, i, &super::words::WORDS.half_years)?;
    let lead = lex::prev_char(s, i).is_some_and(|c| {
        has_char(List::HalfLead, c)
            || has_char(List::EveryWord, c)
            || lex::is_chinese_numeral(c)
            || c.is_numeric()
    });
    (!lead && prefix_in(List::HalfTotal, &s[end..]).is_some()).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_without_duplicates_and_every_row_is_found() {
        let raw = include_str!("../data/time_relative_years.tsv");
        let errors: Vec<String> = parse_table(raw)
            .errors
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(errors, Vec::<String>::new());
        let rows = raw
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        assert_eq!(rows.count(), YEAR_WORDS.len(), "a row failed to parse");
        let mut words: Vec<_> = YEAR_WORDS.iter().map(|w| w.word).collect();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), YEAR_WORDS.len(), "duplicate word");
        for w in YEAR_WORDS.iter() {
            assert_eq!(
                w.word.chars().count(),
                2,
                "{}: one character and 年",
                w.word
            );
            let text = format!("在{}", w.word);
            let year = if w.event {
                Year::After(w.offset)
            } else {
                Year::Rel(w.offset)
            };
            assert_eq!(
                year_word_at(&text, 3),
                Some((year, text.len())),
                "{}",
                w.word
            );
            // …and the scan's first-character filter lets it through.
            let mut out = Vec::new();
            crate::time::scan(&text, None, &mut out);
            assert_eq!(out.len(), 1, "{}", w.word);
            assert_eq!(out[0].relative_years(), Some(w.offset), "{}", w.word);
            // Every excluding character excludes.
            for c in w.not_after.chars() {
                let text = format!("{c}{}", w.word);
                assert_eq!(year_word_at(&text, c.len_utf8()), None, "{text}");
            }
        }
    }

    #[test]
    fn basis_words_are_not_years() {
        assert_eq!(year_word_at("比上年", 3), None);
        // 由去年的…: the start of a change, a basis; 从去年开始 is a date.
        assert_eq!(year_word_at("利润由去年的3.5亿元升至5亿元", 9), None);
        assert_eq!(year_word_at("收入从去年的八千万元增至一亿元", 9), None);
        assert_eq!(year_word_at("从去年开始推行", 3), Some((Year::Rel(-1), 9)));
        assert_eq!(
            year_word_at("由去年的会议决定", 3),
            Some((Year::Rel(-1), 9))
        );
        assert_eq!(year_word_at("较上年", 3), None);
        assert_eq!(year_word_at("过去年", 3), None);
        assert_eq!(year_word_at("说明年度", 3), None);
        assert_eq!(year_word_at("以上年产值", 3), None);
        assert_eq!(year_word_at("如今年轻人", 3), None);
        assert_eq!(year_word_at("目前年均", 3), None);
        assert_eq!(year_word_at("成本年均", 3), None);
        assert_eq!(year_word_at("去年龄", 0), None);
        // 上年同期 is a basis, 上年度 the generic previous year (上一年度).
        assert_eq!(year_word_at("由上年同期的2.05:1", 3), None);
        assert_eq!(year_word_at("返还其上年度实际缴纳", 9), None);
        assert_eq!(year_word_at("今年同期", 0), Some((Year::Rel(0), 6)));
        // 同期 after a past year: a basis in a comparison, else the year is a date.
        assert_eq!(year_word_at("利润低于去年同期两成", 6), None);
        assert_eq!(year_word_at("较三季度和上年同期回落", 15), None);
        assert_eq!(year_word_at("，上年同期为5亿元", 3), None);
        assert_eq!(
            year_word_at("主要因为去年同期出售了厂房", 12),
            Some((Year::Rel(-1), 18))
        );
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
        assert_eq!(at("近半年"), Some(Hit::new(0, Found::RecentHalf)));
        assert_eq!(recent_at("接近半年", 3), None);
        // 半年累计: the half-year of a running total; not a length, a part
        // of the year or a cycle.
        assert_eq!(half_year_total("，半年累计完成", 3), Some(9));
        assert_eq!(half_year_total("半年累计", 0), Some(6));
        assert_eq!(half_year_total("上半年累计", 3), None);
        assert_eq!(half_year_total("每半年累计", 3), None);
        assert_eq!(half_year_total("半年内累计", 0), None);
    }
}
