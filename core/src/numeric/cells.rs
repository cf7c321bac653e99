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
use crate::lexicon::{list, List};

/// U+2014, a dash that marks an empty cell.
const EM_DASH: char = '\u{2014}';
/// U+3014, the bracket of a second measure word (`万套〔间〕`).
const TORTOISE_SHELL: char = '\u{3014}';
/// U+3015, its closing bracket (`〔55〕`, a cumulative figure).
const TORTOISE_SHELL_CLOSE: char = '\u{3015}';

/// Applies the table rule to the entities `found[first..]` (the scanner's,
/// in text order) of `text`. Without a table (nearly always) the entities
/// are not touched, let alone moved.
pub(crate) fn apply(text: &str, found: &mut Vec<Entity>, first: usize) {
    // Only a text with a label holds such a table: most texts stop here,
    // after a look at the last character of each line.
    if memchr::memchr3(b'\n', b'\t', b'|', text.as_bytes()).is_none()
        || !cuts(text).any(|(s, e)| label(text[s..e].trim()).is_some())
    {
        return;
    }
    let lines = lines(text);
    let cells: Vec<Option<Cell>> = lines.iter().map(|&(s, e)| cell(text, s, e)).collect();
    // A run of cells: how many cells follow line k, itself included.
    let mut run_left = vec![0usize; lines.len()];
    for k in (0..lines.len()).rev() {
        if cells[k].is_some() {
            run_left[k] = 1 + run_left.get(k + 1).copied().unwrap_or(0);
        }
    }
    let points_note = cumulative_in_points(text, &lines);
    let mut columns: Option<Vec<Option<&str>>> = None;
    let mut clear: Vec<Span> = Vec::new();
    let mut add: Vec<Entity> = Vec::new();
    let mut unit: Option<&str> = None;
    // The unit a line `单位：万元` gives the table's cells that have none.
    let mut table_unit: Option<&str> = None;
    let mut in_row = false;
    let mut col = 0usize;
    let mut row_len = 0usize;
    let mut last_row = 0u64;
    for (k, &(start, end)) in lines.iter().enumerate() {
        let line = &text[start..end];
        if let Some(c) = &cells[k] {
            if col == 0 {
                row_len = run_left[k];
            }
            let this_col = col;
            col += 1;
            if c.figures.is_empty() {
                continue; // an empty cell (-)
            }
            let next_is_text = lines.get(k + 1).is_some_and(|&(s, _)| {
                cells[k + 1].is_none() && char_at(text, s).is_some_and(is_han)
            });
            if c.row_number_shape && next_is_text {
                if let Ok(n) = text[c.figures[0].range()].parse::<u64>() {
                    if n == last_row + 1 {
                        last_row = n;
                        clear.push(c.figures[0]);
                        continue;
                    }
                }
            }
            // A column with a unit of its own in the header (年均增长(%))
            // wins over the row's.
            let columns_fit = columns.as_ref().filter(|cols| cols.len() == row_len);
            let column_unit = columns_fit.and_then(|cols| cols[this_col]);
            // The unit line of a table (单位：元) holds in a table whose
            // header gives units, for a cell that has none else.
            let mut u = column_unit
                .or(unit)
                .or(table_unit.filter(|_| columns_fit.is_some()));
            if let Some(points) = points_note.filter(|_| c.bracketed && u == Some("%")) {
                u = Some(points);
            }
            if u.is_none() && !(in_row && c.signed) {
                continue;
            }
            let made: Vec<Entity> = c
                .figures
                .iter()
                .filter_map(|f| with_unit(&text[f.range()], u, *f))
                .collect();
            if made.len() == c.figures.len() {
                clear.push(Span::new(start, end));
                add.extend(made);
            }
            continue;
        }
        col = 0;
        unit = None;
        in_row = false;
        if ends_a_table(line)
            && !columns
                .as_ref()
                .is_some_and(|cols| row_follows(text, end, cols.len() + 1))
        {
            columns = None;
            table_unit = None;
        }
        if let Some(u) = table_unit_line(line) {
            table_unit = Some(u);
            continue;
        }
        if let Some(units) = header_units(text, &lines, &cells, k) {
            columns = Some(units);
        }
        if let Some((open, u)) = label(line) {
            unit = Some(u);
            in_row = true;
            let open = start + open;
            // The label's own unit is no figure (万亿元 in 规模(万亿元)).
            clear.push(Span::new(open, end));
            // A note mark glued to the label's end: 培训人次1(万人次/年).
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
        } else if columns.is_some() && lines.get(k + 1).is_some_and(|_| run_left[k + 1] > 0) {
            // A row label without a unit, inside a table with column units.
            in_row = true;
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

/// True when the line after the one ending at byte `end` is a row written
/// on one line with `|` between its cells, `width` of them: the table goes
/// on past a sentence between its rows (a page's footer line in a crawled
/// table).
fn row_follows(text: &str, end: usize, width: usize) -> bool {
    let Some(next) = text[end..].split('\n').nth(1) else {
        return false;
    };
    next.contains('|') && next.split('|').filter(|p| !p.trim().is_empty()).count() == width
}

/// The unit of a line that gives the unit of a table (`单位：万元`,
/// `单位:人民币元`): a word of `List::UnitLabel` closing what comes before a
/// colon, a unit after it.
fn table_unit_line(line: &str) -> Option<&str> {
    let (head, rest) = line.split_once([':', '\u{ff1a}'])?;
    if head.chars().count() > 6 || crate::lexicon::suffix_in(List::UnitLabel, head.trim()).is_none()
    {
        return None;
    }
    let mut unit = rest.trim();
    // A second field after a space (`单位:元 币种:人民币`) is no part of
    // the unit.
    if let Some((first, more)) = unit.split_once(char::is_whitespace) {
        if more.contains([':', '\u{ff1a}']) {
            unit = first;
        }
    }
    // 人民币元: a currency word before the unit of that currency.
    let after_currency = unit.char_indices().skip(1).find_map(|(i, _)| {
        let (w, (_, code)) = super::table::CURRENCY_PREFIXES.longest_before(unit, i, 0)?;
        // The currency word must open the unit: only then is `i` (a char
        // boundary) where the bare unit starts.
        if w.len() != i {
            return None;
        }
        let bare = bracket_unit(&unit[i..])?;
        with_unit("1", Some(bare), Span::new(0, 1))
            .filter(|e| e.currency() == Some(code))
            .map(|_| bare)
    });
    after_currency.or_else(|| bracket_unit(unit))
}

/// A line that ends a table: a sentence (it ends with a full stop).
fn ends_a_table(line: &str) -> bool {
    line.ends_with(crate::chars::FULL_STOP)
}

/// The word of percentage points of a note under a table that says its
/// bracketed (cumulative) figures are in points: a line that opens with a
/// note word (`List::TableNote`), names a bracket and a word of
/// `List::TablePoints`.
fn cumulative_in_points(text: &str, lines: &[(usize, usize)]) -> Option<&'static str> {
    lines.iter().find_map(|&(s, e)| {
        let l = &text[s..e];
        if !list(List::TableNote).iter().any(|w| l.starts_with(w))
            || !l
                .chars()
                .any(|c| halfwidth(c) == '[' || c == TORTOISE_SHELL)
        {
            return None;
        }
        list(List::TablePoints)
            .iter()
            .copied()
            .find(|w| l.contains(w))
    })
}

/// The units of a table's columns, when line `k` is the last line of its
/// header that gives a column's unit: a line that is a bracketed unit as a
/// whole (`(%)`), the second line of a header cell written on two
/// (`年均增长` then `(%)`). The columns are the header cells that end at
/// `k`, as many as the cells of the first row below; a cell without a
/// bracketed unit has no unit of its own (the row label's holds).
fn header_units<'a>(
    text: &'a str,
    lines: &[(usize, usize)],
    cells: &[Option<Cell>],
    k: usize,
) -> Option<Vec<Option<&'a str>>> {
    let unit_line = |j: usize| -> Option<&'a str> {
        let (s, e) = lines[j];
        whole_bracket_unit(&text[s..e])
    };
    // A header row written on one line (`指标 | 总量(亿元) | 增长(%)`):
    // its last cell is a label, the next line the first row's label (on a
    // line of its own) and the row's cells follow.
    let one_line = unit_line(k).is_none();
    if one_line {
        let (s, e) = lines[k];
        label(&text[s..e])?;
        let next_row = lines.get(k + 1)?;
        if cells[k + 1].is_some()
            || !text[e..next_row.0].contains('\n')
            || cells.get(k + 2).is_none_or(|c| c.is_none())
        {
            return None;
        }
    }
    // The first row below: the first run of cells after k, before any
    // other header unit line.
    let mut j = k + 1;
    while j < lines.len() && cells[j].is_none() {
        if unit_line(j).is_some() || ends_a_table(&text[lines[j].0..lines[j].1]) {
            return None;
        }
        j += 1;
    }
    let n = (j..lines.len()).take_while(|&m| cells[m].is_some()).count();
    if n < 2 {
        return None;
    }
    // The header cells ending at k, a unit line joined to the line before.
    let mut units: Vec<Option<&'a str>> = Vec::new();
    let mut m = k + 1;
    while units.len() < n {
        if m == 0 {
            return None;
        }
        m -= 1;
        let (s, e) = lines[m];
        let l = &text[s..e];
        if cells[m].is_some() || ends_a_table(l) || l.chars().count() > 20 {
            return None;
        }
        if one_line && m < k && text[e..lines[k].0].contains('\n') {
            return None;
        }
        if let Some(u) = unit_line(m) {
            if m == 0 {
                return None;
            }
            m -= 1;
            units.push(Some(u));
        } else {
            units.push(label(l).map(|(_, u)| u));
        }
    }
    units.reverse();
    Some(units)
}

/// The byte ranges of `text` between line breaks and tabs (what
/// `text.split(['\n', '\t'])` gives), found with the memchr crate's
/// vectorised search rather than `str::split`'s walk.
fn cuts(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    memchr::memchr3_iter(b'\n', b'\t', b'|', text.as_bytes())
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

/// A cell line: its figures (none for an empty cell; two for a pair
/// written `32/28`), whether it could be a row number (a plain integer,
/// nothing around it), and whether it is bracketed or signed.
struct Cell {
    figures: Vec<Span>,
    row_number_shape: bool,
    bracketed: bool,
    signed: bool,
}

/// A comparison sign before a cell's figure.
fn sign(c: char) -> bool {
    matches!(halfwidth(c), '>' | '<') || matches!(c, '≥' | '≤')
}

/// Reads the line `start..end` as a cell.
fn cell(text: &str, start: usize, end: usize) -> Option<Cell> {
    let line = &text[start..end];
    // A dash or a slash alone (full-width forms and the em dash included).
    if line
        .chars()
        .all(|c| matches!(halfwidth(c), '-' | '/') || c == EM_DASH)
        || list(List::EmptyCell).contains(&line)
    {
        return Some(Cell {
            figures: Vec::new(),
            row_number_shape: false,
            bracketed: false,
            signed: false,
        });
    }
    let (mut s, mut e) = (start, end);
    // A sign before the brackets (≥[5]) or inside them ([>15]); the span
    // keeps a sign next to the digits only.
    let mut signed = false;
    if let Some(c) = char_at(text, s).filter(|&c| sign(c)) {
        s += c.len_utf8();
        signed = true;
    }
    let open = char_at(text, s);
    let close = char_before(text, e);
    let bracketed = matches!(
        (open.map(halfwidth), close.map(halfwidth)),
        (Some('['), Some(']'))
    ) || (open == Some(TORTOISE_SHELL) && close == Some(TORTOISE_SHELL_CLOSE));
    if bracketed {
        s += open?.len_utf8();
        e -= close?.len_utf8();
    }
    let mut fig_start = if signed && !bracketed { start } else { s };
    if let Some(c) = char_at(text, s).filter(|&c| sign(c) && !signed) {
        fig_start = s;
        s += c.len_utf8();
        signed = true;
    }
    let is_figure = |d: &str| {
        !d.is_empty()
            && d.as_bytes()[0].is_ascii_digit()
            && d.as_bytes()[d.len() - 1].is_ascii_digit()
            && d.bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
            && d.bytes().filter(|&b| b == b'.').count() <= 1
    };
    // A minus before the digits is the figure's (`-6.97`, a fall).
    let mut digits = &text[s..e];
    let mut minus = false;
    if !signed && !bracketed {
        if let Some(m) = digits.chars().next().filter(|&c| halfwidth(c) == '-') {
            if digits[m.len_utf8()..].starts_with(|c: char| c.is_ascii_digit()) {
                digits = &digits[m.len_utf8()..];
                minus = true;
            }
        }
        // A figure written with its percent sign (`6.32%`) is a cell of its
        // own unit: it holds a column's place, the scanner's reading stays.
        if let Some(rest) = digits.strip_suffix(['%', '\u{ff05}']) {
            if is_figure(rest) {
                return Some(Cell {
                    figures: Vec::new(),
                    row_number_shape: false,
                    bracketed,
                    signed,
                });
            }
        }
    }
    if is_figure(digits) {
        return Some(Cell {
            figures: vec![Span::new(fig_start, e)],
            row_number_shape: !signed
                && !minus
                && !bracketed
                && digits.bytes().all(|b| b.is_ascii_digit()),
            bracketed,
            signed,
        });
    }
    // Two figures of one cell: 32/28.
    let (a, b) = digits.split_once('/')?;
    if signed || minus || !is_figure(a) || !is_figure(b) {
        return None;
    }
    Some(Cell {
        figures: vec![Span::new(s, s + a.len()), Span::new(e - b.len(), e)],
        row_number_shape: false,
        bracketed,
        signed,
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
    Some((open, bracket_unit(inner)?))
}

/// The unit of a line that is a bracketed unit as a whole (`(%)`): the
/// second line of a header cell written on two.
fn whole_bracket_unit(line: &str) -> Option<&str> {
    let open = line.chars().next()?;
    let close = line.chars().next_back()?;
    if halfwidth(open) != '(' || halfwidth(close) != ')' || line.len() <= open.len_utf8() {
        return None;
    }
    bracket_unit(&line[open.len_utf8()..line.len() - close.len_utf8()])
}

/// The unit expression inside a label's brackets, its rate and second
/// measure word cut off; `None` when it is no unit.
fn bracket_unit(inner: &str) -> Option<&str> {
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
    // 促进就业(3项): a figure with its unit in brackets closing a heading
    // counts the items under it; a unit opens with no figure (a magnitude
    // alone may: 万人次).
    if u.chars().next().is_some_and(|c| {
        c.is_numeric()
            || crate::numeral::chinese::is_numeral_char(c)
                && crate::numeral::magnitude::any_unit(c).is_none()
    }) {
        return None;
    }
    // The unit must make a figure with a unit of it (1万人次 is a count),
    // or be a magnitude alone (亿: the figures are numbers of 亿).
    with_unit("1", Some(u), Span::new(0, 1))?;
    Some(u)
}

/// True for a unit that is a magnitude alone (亿, 万).
fn magnitude_only(unit: &str) -> bool {
    !unit.is_empty()
        && unit
            .chars()
            .all(|c| crate::numeral::magnitude::any_unit(c).is_some())
}

/// The figure `figure` (a cell, maybe after a comparison sign) read with
/// the unit `unit` (none: a bare number), placed at `span`.
fn with_unit(figure: &str, unit: Option<&str>, span: Span) -> Option<Entity> {
    let (bound, figure) = match figure.chars().next() {
        Some(c @ '≥') => (Some(Bound::AtLeast), &figure[c.len_utf8()..]),
        Some(c @ '≤') => (Some(Bound::AtMost), &figure[c.len_utf8()..]),
        Some(c) if halfwidth(c) == '>' => (Some(Bound::MoreThan), &figure[c.len_utf8()..]),
        Some(c) if halfwidth(c) == '<' => (Some(Bound::LessThan), &figure[c.len_utf8()..]),
        _ => (None, figure),
    };
    let unit_text = unit.unwrap_or("");
    let synthetic = format!("{figure}{unit_text}");
    let mut v = Vec::new();
    // The noun is dropped below: not read.
    super::scan_figures(&synthetic, false, &mut v);
    let [e] = v.as_slice() else {
        return None;
    };
    if e.span != Span::new(0, synthetic.len())
        || unit.is_some()
            && e.kind == Kind::Number
            && e.unit().is_none()
            && !magnitude_only(unit_text)
    {
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

    #[test]
    fn a_unit_line_with_a_currency_word_inside_its_unit_gives_no_unit() {
        // Fuzz (facts, 2026-12-07): a currency word ending inside the unit
        // but not opening it sliced the unit off a char boundary.
        assert_eq!(super::table_unit_line("单位:a人民币元"), None);
        assert_eq!(super::table_unit_line("单位:人民币元"), Some("元"));
    }

    fn scan(text: &str) -> Vec<Entity> {
        let mut v = Vec::new();
        super::super::scan(text, true, &mut v);
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

    #[test]
    fn header_columns_signs_pairs_and_cumulative_points() {
        // A two-line header cell (增长 then (%)) gives its column a unit of
        // its own; > is a bound; 32/28 two figures; 〔〕 a cumulative figure,
        // in points as the note says; (亿) a magnitude alone.
        let text = "情况\n指标\n2015年\n增长\n（%）\n总体\n1.指数\n>79\n—\n\
            2.工艺（纳米）\n32/28\n—\n3.规模（万亿元）\n16\n10\n4.人数（亿）\n8.5\n13.2\n\
            5.比率（%）\n80\n〔>15〕\n注：〔 〕表示累计数，单位为百分点。\n";
        let got = facts(text);
        let want: Vec<(Kind, &str, String, Option<&'static str>, Bound)> = vec![
            (Kind::Number, ">79", "79".into(), None, Bound::MoreThan),
            (Kind::Quantity, "32", "32".into(), Some("nm"), Bound::Exact),
            (Kind::Quantity, "28", "28".into(), Some("nm"), Bound::Exact),
            (
                Kind::Money,
                "16",
                "16000000000000".into(),
                Some("元"),
                Bound::Exact,
            ),
            (Kind::Percent, "10", "10".into(), Some("%"), Bound::Exact),
            (Kind::Number, "8.5", "850000000".into(), None, Bound::Exact),
            (
                Kind::Percent,
                "13.2",
                "13.2".into(),
                Some("%"),
                Bound::Exact,
            ),
            (Kind::Percent, "80", "80".into(), Some("%"), Bound::Exact),
            (
                Kind::Percent,
                ">15",
                "15".into(),
                Some("pp"),
                Bound::MoreThan,
            ),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn cumulative_cells_stay_percent_without_a_note() {
        let got = facts("比率（%）\n80\n〔15〕\n");
        assert_eq!(
            got,
            vec![
                (Kind::Percent, "80", "80".into(), Some("%"), Bound::Exact),
                (Kind::Percent, "15", "15".into(), Some("%"), Bound::Exact),
            ]
        );
    }

    #[test]
    fn rows_written_with_bars_are_rows_of_cells() {
        let text = "指 标 | 总量(亿元) | 增长(%) |\n生产总值 | 684.84 | 10.5 |\n\
            营业税 | 2.38 | -41.1 |\n全年财政总收入34.02亿元。\n";
        let got = facts(text);
        assert_eq!(
            got,
            vec![
                (
                    Kind::Money,
                    "684.84",
                    "68484000000".into(),
                    Some("元"),
                    Bound::Exact
                ),
                (
                    Kind::Percent,
                    "10.5",
                    "10.5".into(),
                    Some("%"),
                    Bound::Exact
                ),
                (
                    Kind::Money,
                    "2.38",
                    "238000000".into(),
                    Some("元"),
                    Bound::Exact
                ),
                (
                    Kind::Percent,
                    "-41.1",
                    "-41.1".into(),
                    Some("%"),
                    Bound::Exact
                ),
                (
                    Kind::Money,
                    "34.02亿元",
                    "3402000000".into(),
                    Some("元"),
                    Bound::Exact
                ),
            ]
        );
        // The span keeps the minus.
        let es = scan(text);
        let at = text.find("-41.1").unwrap();
        assert_eq!((es[3].span.start, es[3].span.end), (at, at + 5));
        assert_eq!(es[0].currency(), Some("CNY"));
    }

    #[test]
    fn a_unit_line_gives_the_cells_of_a_table_with_a_header_its_unit() {
        let text = "单位:人民币元\n项目 | 本报告期 | 上年同期 | 增减变动幅度(%) |\n\
            营业总收入 | 842,278,711.44 | 905,375,765.35 | -6.97 |\n\
            本公司保证信息披露的内容真实。\n\
            基本每股收益(元) | 0.1712 | 0.3771 | -54.60 |\n\
            加权平均净资产收益率 | 6.32% | 10.96% | -4.64 |\n";
        let got = facts(text);
        let money =
            |t: &'static str, v: &str| (Kind::Money, t, v.to_string(), Some("元"), Bound::Exact);
        let percent =
            |t: &'static str, v: &str| (Kind::Percent, t, v.to_string(), Some("%"), Bound::Exact);
        assert_eq!(
            got,
            vec![
                money("842,278,711.44", "842278711.44"),
                money("905,375,765.35", "905375765.35"),
                percent("-6.97", "-6.97"),
                money("0.1712", "0.1712"),
                money("0.3771", "0.3771"),
                // The sentence between two rows as wide does not end the table.
                percent("-54.60", "-54.6"),
                percent("6.32%", "6.32"),
                percent("10.96%", "10.96"),
                percent("-4.64", "-4.64"),
            ]
        );
        let es = scan(text);
        assert!(es.iter().take(2).all(|e| e.currency() == Some("CNY")));
        // A second field after the unit (币种:人民币) leaves the unit line
        // whole; a cell of 不适用 is an empty cell that holds its column.
        let got = facts(
            "单位:元 币种:人民币\n主要财务数据 | 年初至报告期末 | 上年初至上年报告期末 | 比上年同期增减(%) |\n\
             经营活动产生的现金流量净额 | -940,634,460 | -1,315,766,795 | 不适用 |\n\
             营业收入 | 906,084,085 | 1,334,848,876 | -32.12 |\n",
        );
        assert_eq!(
            got,
            vec![
                money("-940,634,460", "-940634460"),
                money("-1,315,766,795", "-1315766795"),
                money("906,084,085", "906084085"),
                money("1,334,848,876", "1334848876"),
                percent("-32.12", "-32.12"),
            ]
        );
        // Without a header giving units, the unit line leaves the cells numbers.
        let got = facts("单位：人\n省（市）\n1995年\n北京\n1445\n555\n比率(%)\n80\n");
        assert!(got.iter().all(|f| f.0 != Kind::Count), "{got:?}");
    }
}
