//! Tables written as plain text, one cell a line: an indicator table
//! copied out of a policy document comes out as
//!
//! ```text
//! 序号 / 主要指标 / 2022年 / 2027年      (one cell a line)
//! 1
//! 全省常住人口城镇化率(%)
//! 73.4
//! 76
//! 2
//! 新增职工基本养老保险参保人数(万人)
//! 60
//! [200]
//! ```
//!
//! The figures of such a table are bare numbers; their unit is written once,
//! in brackets at the end of the row's label. The rule (see
//! `docs/entities.md`, "Tables"):
//!
//! - a *label* is a line that ends with a bracketed unit expression: an
//!   optional magnitude, a unit word of `units.tsv`, then optionally a rate
//!   (`/年`) or an alternative measure word in brackets (`万套〔间〕`);
//! - the lines are cut at tabs too: a row may be written on one line,
//!   `1⇥城镇化率(%)⇥73.4⇥76`, each part a line of the rule;
//! - a *cell* is a line that holds only a figure: digits, optionally after
//!   a comparison sign (`≥90`) or inside square brackets (`[100]`, a
//!   cumulative target in such tables); a line of only a dash is an empty
//!   cell;
//! - every cell after a label, up to the next line that is neither a cell
//!   nor a label, is read as if the label's unit were written after it:
//!   `80` under `(万人次/年)` is a count of 800000 人次, `≥95` under `(%)`
//!   a percent at least 95. The span is the figure as written (sign
//!   included, brackets not);
//! - in a text with such a label, a row number (序号) is no figure: an
//!   integer cell one more than the last row number (the first is 1) whose
//!   next line is the row's label or other text;
//! - a note mark glued to the end of a label (`培训人次1(万人次/年)`) is no
//!   figure either.

use super::text::{char_at, char_before, is_han};
use crate::chars::halfwidth;
use crate::entity::{Bound, Entity, Kind, Span};

/// U+2014, a dash that marks an empty cell.
const EM_DASH: char = '\u{2014}';
/// U+3014, the bracket of a second measure word (`万套〔间〕`).
const TORTOISE_SHELL: char = '\u{3014}';

/// Applies the table rule to the entities `found[first..]` (the scanner's,
/// in text order) of `text`. Without a table (nearly always) the entities
/// are not touched, let alone moved.
pub(crate) fn apply(text: &str, found: &mut Vec<Entity>, first: usize) {
    // Only a text with a label holds such a table: most texts stop here,
    // after a look at the last character of each line.
    if memchr::memchr2(b'\n', b'\t', text.as_bytes()).is_none()
        || !cuts(text).any(|(s, e)| label(text[s..e].trim()).is_some())
    {
        return;
    }
    let lines = lines(text);
    let mut clear: Vec<Span> = Vec::new();
    let mut add: Vec<Entity> = Vec::new();
    let mut unit: Option<&str> = None;
    let mut last_row = 0u64;
    for (k, &(start, end)) in lines.iter().enumerate() {
        let line = &text[start..end];
        if let Some(c) = cell(text, start, end) {
            let Some(fig) = c.figure else {
                continue; // an empty cell (-)
            };
            let next_is_text = lines.get(k + 1).is_some_and(|&(s, e)| {
                cell(text, s, e).is_none() && char_at(text, s).is_some_and(is_han)
            });
            if c.row_number_shape && next_is_text {
                if let Ok(n) = text[fig.range()].parse::<u64>() {
                    if n == last_row + 1 {
                        last_row = n;
                        clear.push(fig);
                        continue;
                    }
                }
            }
            if let Some(u) = unit {
                if let Some(e) = with_unit(&text[fig.range()], u, fig) {
                    clear.push(Span::new(start, end));
                    add.push(e);
                }
            }
            continue;
        }
        unit = None;
        if let Some((open, u)) = label(line) {
            unit = Some(u);
            // A note mark glued to the label's end: 培训人次1(万人次/年).
            let open = start + open;
            let digits = text[start..open]
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_ascii_digit())
                .last()
                .map(|(i, _)| start + i);
            if let Some(d) = digits {
                if open - d <= 2 && char_before(text, d).is_some_and(is_han) {
                    clear.push(Span::new(d, open));
                }
            }
        }
    }
    if clear.is_empty() {
        return;
    }
    let overlaps = |e: &Entity| {
        clear
            .iter()
            .any(|s| e.span.start < s.end && s.start < e.span.end)
    };
    let mut mine = found.split_off(first);
    mine.retain(|e| !overlaps(e));
    mine.extend(add);
    mine.sort_by_key(|e| e.span.start);
    found.append(&mut mine);
}

/// The byte ranges of `text` between line breaks and tabs (what
/// `text.split(['\n', '\t'])` gives), found with the memchr crate's
/// vectorised search rather than `str::split`'s walk.
fn cuts(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    memchr::memchr2_iter(b'\n', b'\t', text.as_bytes())
        .chain([text.len()])
        .map(move |stop| {
            let cut = (at, stop);
            at = stop + 1;
            cut
        })
}

/// The non-blank cells of `text`, trimmed, as byte ranges: its lines, and
/// the parts of a line between tabs (a row written `label(%)⇥73.4⇥76`).
fn lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (at, stop) in cuts(text) {
        let line = &text[at..stop];
        let trimmed = line.trim_start();
        let start = at + (line.len() - trimmed.len());
        let end = start + trimmed.trim_end().len();
        if end > start {
            out.push((start, end));
        }
    }
    out
}

/// A cell line: its figure (none for an empty cell) and whether it could
/// be a row number (a plain integer, nothing around it).
struct Cell {
    figure: Option<Span>,
    row_number_shape: bool,
}

/// Reads the line `start..end` as a cell.
fn cell(text: &str, start: usize, end: usize) -> Option<Cell> {
    let line = &text[start..end];
    // A dash or a slash alone (full-width forms and the em dash included).
    if line
        .chars()
        .all(|c| matches!(halfwidth(c), '-' | '/') || c == EM_DASH)
    {
        return Some(Cell {
            figure: None,
            row_number_shape: false,
        });
    }
    let mut s = start;
    let mut sign = false;
    if let Some(c @ ('≥' | '≤')) = char_at(text, s) {
        s += c.len_utf8();
        sign = true;
    }
    let bracketed = char_at(text, s).map(halfwidth) == Some('[')
        && char_before(text, end).map(halfwidth) == Some(']');
    let (mut fs, mut fe) = (s, end);
    if bracketed {
        fs += char_at(text, s)?.len_utf8();
        fe -= char_before(text, end)?.len_utf8();
    }
    let digits = &text[fs..fe];
    let ok = !digits.is_empty()
        && digits.as_bytes()[0].is_ascii_digit()
        && digits.as_bytes()[digits.len() - 1].is_ascii_digit()
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && digits.bytes().filter(|&b| b == b'.').count() <= 1;
    if !ok {
        return None;
    }
    Some(Cell {
        figure: Some(Span::new(if sign { start } else { fs }, fe)),
        row_number_shape: !sign && !bracketed && digits.bytes().all(|b| b.is_ascii_digit()),
    })
}

/// A label: the byte offset of the bracket that opens its unit, and the
/// unit expression with its rate and alternative measure word cut off
/// (`万人次/年` → `万人次`, `万套〔间〕` → `万套`). `None` when the line
/// does not end with a bracketed unit.
fn label(line: &str) -> Option<(usize, &str)> {
    let close = line.chars().next_back()?;
    if halfwidth(close) != ')' {
        return None;
    }
    let (open, open_char) = line.char_indices().rfind(|&(_, c)| halfwidth(c) == '(')?;
    if open == 0 {
        return None; // the whole line in brackets: a note, no label
    }
    let inner = &line[open + open_char.len_utf8()..line.len() - close.len_utf8()];
    let mut u = inner;
    if let Some(k) = u.find(|c| halfwidth(c) == '/') {
        u = &u[..k];
    }
    // A second measure word in brackets: 万套〔间〕, 万套[间].
    if let Some(k) = u.find(|c| matches!(halfwidth(c), '[' | '(') || c == TORTOISE_SHELL) {
        u = &u[..k];
    }
    let u = u.trim();
    if u.is_empty() || u.chars().count() > 6 {
        return None;
    }
    // The unit must make a figure with a unit of it: 1万人次 is a count.
    with_unit("1", u, Span::new(0, 1))?;
    Some((open, u))
}

/// The figure `figure` (a cell, maybe after ≥/≤) read with the unit `unit`,
/// placed at `span`.
fn with_unit(figure: &str, unit: &str, span: Span) -> Option<Entity> {
    let (bound, figure) = match figure.chars().next() {
        Some('≥') => (Some(Bound::AtLeast), &figure['≥'.len_utf8()..]),
        Some('≤') => (Some(Bound::AtMost), &figure['≤'.len_utf8()..]),
        _ => (None, figure),
    };
    let synthetic = format!("{figure}{unit}");
    let mut v = Vec::new();
    super::scan_figures(&synthetic, &mut v);
    let [e] = v.as_slice() else {
        return None;
    };
    if e.span != Span::new(0, synthetic.len()) || e.kind == Kind::Number && e.unit().is_none() {
        return None;
    }
    let mut e = e.clone();
    e.span = span;
    e.change = None;
    if let Some(b) = bound {
        e.bound = b;
    }
    if let crate::value::Value::Count { noun, .. } = &mut e.value {
        *noun = None;
    }
    Some(e)
}

#[cfg(test)]
mod tests {
    use crate::entity::{Bound, Entity, Kind};

    fn scan(text: &str) -> Vec<Entity> {
        let mut v = Vec::new();
        super::super::scan(text, &mut v);
        v
    }

    fn facts(text: &str) -> Vec<(Kind, &str, String, Option<&'static str>, Bound)> {
        scan(text)
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

    const TABLE: &str = "主要指标表\n\n序号\n\n主要指标\n\n2022年\n\n2027年\n\n1\n\n\
        全省常住人口城镇化率(%)\n\n73.4\n\n76\n\n2\n\n\
        职业技能培训人次1(万人次/年)\n\n20\n\n[100]\n\n3\n\n\
        保障性租赁住房数(万套〔间〕)\n\n36.3\n\n-\n\n4\n\n\
        收入增长率(%)\n\n-\n\n与收入增长基本同步\n\n5\n\n\
        入会率(%)\n\n91\n\n≥95\n\n1.指统计口径。\n";

    #[test]
    fn cells_take_the_unit_of_their_label() {
        let got = facts(TABLE);
        let want: Vec<(Kind, &str, String, Option<&'static str>, Bound)> = vec![
            (
                Kind::Percent,
                "73.4",
                "73.4".into(),
                Some("%"),
                Bound::Exact,
            ),
            (Kind::Percent, "76", "76".into(), Some("%"), Bound::Exact),
            (
                Kind::Count,
                "20",
                "200000".into(),
                Some("人次"),
                Bound::Exact,
            ),
            (
                Kind::Count,
                "100",
                "1000000".into(),
                Some("人次"),
                Bound::Exact,
            ),
            (
                Kind::Count,
                "36.3",
                "363000".into(),
                Some("套"),
                Bound::Exact,
            ),
            (Kind::Percent, "91", "91".into(), Some("%"), Bound::Exact),
            (Kind::Percent, "≥95", "95".into(), Some("%"), Bound::AtLeast),
        ];
        assert_eq!(got, want);
        // Spans are bytes of the text: the bracketed cell keeps only digits.
        let es = scan(TABLE);
        let at = TABLE.find("[100]").unwrap() + 1;
        assert_eq!((es[3].span.start, es[3].span.end), (at, at + 3));
    }

    #[test]
    fn no_label_no_table() {
        // A figure alone on its line with no unit label before it stays a number.
        let got = facts("总数\n\n10000\n\n其他");
        assert_eq!(
            got,
            vec![(Kind::Number, "10000", "10000".into(), None, Bound::Exact)]
        );
        // A line that is a whole bracketed note is no label.
        let got = facts("（此件公开发布）\n\n76\n");
        assert_eq!(got[0].0, Kind::Number);
    }

    #[test]
    fn rows_written_with_tabs() {
        let text =
            "序号\t指标\t2022年\t2027年\n1\t城镇化率(%)\t73.4\t76\n2\t参保人数(万人)\t60\t[200]\n";
        let got = facts(text);
        assert_eq!(
            got,
            vec![
                (
                    Kind::Percent,
                    "73.4",
                    "73.4".into(),
                    Some("%"),
                    Bound::Exact
                ),
                (Kind::Percent, "76", "76".into(), Some("%"), Bound::Exact),
                (Kind::Count, "60", "600000".into(), Some("人"), Bound::Exact),
                (
                    Kind::Count,
                    "200",
                    "2000000".into(),
                    Some("人"),
                    Bound::Exact
                ),
            ]
        );
    }

    #[test]
    fn row_numbers_run_in_sequence() {
        // 5 after row 1 is a value, not row number 2: it is no row number.
        let got = facts("1\n\n人数(人)\n\n5\n\n2\n\n户数(户)\n\n7\n");
        assert_eq!(
            got,
            vec![
                (Kind::Count, "5", "5".into(), Some("人"), Bound::Exact),
                (Kind::Count, "7", "7".into(), Some("户"), Bound::Exact),
            ]
        );
    }
}
