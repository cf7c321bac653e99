//! Indicator tables written one cell per line: a header whose last cells
//! are years (`序号 / 主要指标 / 2022年 / 2027年`), then rows of the same
//! number of cells (`1 / 全省常住人口城镇化率(%) / 73.4 / 76`). Each value
//! cell is one fact: its metric and subject come from the row's label (the
//! cell before the values, without its unit in brackets), its time from
//! its column's header. The other cells of a row (the row number, the
//! label) give no facts.
//!
//! The row width is the header's year cells plus one label cell, or, when
//! the rows are numbered (`1`, `2`, … in the first cell), the distance from
//! `1` to `2`. The table ends at the first row that does not fit: a long
//! line, a sentence, a row number out of turn.

use super::lexicon::{Lexicon, Role};
use super::metric::{self, Analysis};
use super::Metric;
use crate::entity::Span;

/// The longest cell, in characters.
const MAX_CELL_CHARS: usize = 60;
/// At most this many label cells before the values.
const MAX_LABELS: usize = 4;

/// One value cell: where it is and what its figure is about.
#[derive(Debug, Clone)]
pub(crate) struct Cell {
    /// The cell's text, trimmed (bytes).
    pub span: Span,
    /// What the row's label says (metric, subject, growth and share cues).
    pub label: Analysis,
    /// The index of the column header's time entity (none: a column of
    /// compared values, `上年同期`).
    pub time: Option<usize>,
}

/// A table: its value cells in text order and where it ends.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    pub cells: Vec<Cell>,
    /// The end of the last row (bytes).
    pub end: usize,
    /// The next value cell to match.
    pub cursor: usize,
}

impl Table {
    /// The value cell holding byte `at`, when there is one; cells before
    /// `at` are passed for good.
    pub(crate) fn cell_at(&mut self, at: usize) -> Option<&Cell> {
        while self
            .cells
            .get(self.cursor)
            .is_some_and(|c| c.span.end <= at)
        {
            self.cursor += 1;
        }
        self.cells
            .get(self.cursor)
            .filter(|c| c.span.start <= at && at < c.span.end)
    }
}

/// The non-blank lines from `at` on, trimmed, while they may be cells.
fn cells(text: &str, at: usize, max: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = at;
    while start < text.len() && out.len() < max {
        let end =
            memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i);
        let line = &text[start..end];
        let t = line.trim();
        if !t.is_empty() {
            if t.chars().count() > MAX_CELL_CHARS || t.contains(super::is_sentence_end) {
                break;
            }
            let s = start + (line.len() - line.trim_start().len());
            out.push(Span::new(s, s + t.len()));
        }
        start = end + 1;
    }
    out
}

/// The row number written in `cell`, if it is only a number.
fn row_number(text: &str, cell: Span) -> Option<u32> {
    let t = &text[cell.range()];
    (t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// The label without its unit in trailing brackets (`(%)`, `(万人)`) and a
/// note number glued to its end (`职业技能培训人次1`).
fn label_words(text: &str, cell: Span) -> Span {
    let t = &text[cell.range()];
    let mut end = t.len();
    for (open, close) in [metric::PAIRS[1], metric::PAIRS[2]] {
        if t[..end].ends_with(close) {
            if let Some(i) = t[..end].rfind(open) {
                end = i;
                break;
            }
        }
    }
    let before = t[..end].trim_end_matches(|c: char| c.is_ascii_digit());
    if before.chars().next_back().is_some_and(metric::is_word_char) {
        end = before.len();
    }
    Span::new(cell.start, cell.start + end)
}

/// What a row's label says: a known subject word that opens it (`全省`),
/// the rest as the metric, written whole (`…就读比例`, `…开通率`: a table's
/// label names its indicator, ratio words included); a growth noun at its
/// end makes its figures changes.
fn label(lex: &Lexicon, text: &str, words: Span) -> Analysis {
    let mut a = Analysis::default();
    let mut s = words.start;
    if let Some((w, _)) = lex.starting(text, s, words.end, &[Role::SubjectWord]) {
        if s + w.len() < words.end {
            a.subject = Some(Span::new(s, s + w.len()));
            s += w.len();
        }
    }
    let (s, e) = metric::trim(text, s, words.end);
    if s < e {
        a.growth = lex
            .ending(text, s, e, &[Role::Growth, Role::Keep])
            .is_some_and(|(_, r)| !r.has(Role::Keep));
        a.metric = Some(Metric {
            span: Span::new(s, e),
            built: None,
        });
    }
    a
}

/// The table whose rows start at byte `at`, under a header whose last
/// cells are the times `times` (entity indices, in column order).
pub(crate) fn read(lex: &Lexicon, text: &str, at: usize, times: &[usize]) -> Option<Table> {
    let k = times.len();
    let found = cells(text, at, 2048);
    let first = *found.first()?;
    let numbered = row_number(text, first) == Some(1);
    let width = if numbered {
        (k + 2..=k + 1 + MAX_LABELS).find(|&n| {
            found
                .get(n)
                .is_some_and(|&c| row_number(text, c) == Some(2))
        })?
    } else {
        k + 1
    };
    let mut out = Vec::new();
    let mut end = at;
    for (r, row) in found.chunks_exact(width).enumerate() {
        if numbered && row_number(text, row[0]).is_none_or(|n| n as usize != r + 1) {
            break;
        }
        let head = row[width - k - 1];
        if !text[head.range()].chars().any(metric::is_word_char) {
            break;
        }
        let analysis = label(lex, text, label_words(text, head));
        for (j, cell) in row[width - k..].iter().enumerate() {
            out.push(Cell {
                span: *cell,
                label: analysis.clone(),
                time: Some(times[j]),
            });
        }
        end = row[width - 1].end;
    }
    (!out.is_empty()).then_some(Table {
        cells: out,
        end,
        cursor: 0,
    })
}

/// The non-blank cells of the line `at..end` parted by `|`, trimmed.
fn bar_cells(text: &str, at: usize, end: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = at;
    for part in text[at..end].split('|') {
        let t = part.trim();
        if !t.is_empty() {
            let s = start + (part.len() - part.trim_start().len());
            out.push(Span::new(s, s + t.len()));
        }
        start += part.len() + 1;
    }
    out
}

/// The end of the line that starts at `at`.
fn line_end(text: &str, at: usize) -> usize {
    memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i)
}

/// A table written as rows of cells parted by `|` (`指 标 | 总量(亿元) |
/// 增长(%) |`, then `生产总值 | 684.84 | 10.5 |`), when the line `at..end`
/// is its header: a label cell, then the column names, no figure. Each
/// value cell of the rows below with as many cells is a fact: metric and
/// subject from the row's label, time `time` (the caption's or section's),
/// none in a column of compared values (`上年同期`), a change in a column
/// named by a growth or change word (`增长(%)`, `增减变动幅度(%)`). A
/// sentence between two rows (a page's footer line) is passed over; the
/// table ends at the next header or a line that does not fit.
pub(crate) fn read_bars(
    lex: &Lexicon,
    text: &str,
    at: usize,
    end: usize,
    time: Option<usize>,
) -> Option<Table> {
    let header = bar_cells(text, at, end);
    if header.len() < 3
        || header.len() > MAX_CELL_CHARS
        || header
            .iter()
            .any(|c| text[c.range()].chars().any(|ch| ch.is_ascii_digit()))
    {
        return None;
    }
    // A header with no label cell, shifted one cell left (`本报告期末 |
    // 本报告期初 | 增减变动幅度 | |`: an empty cell at its end): every
    // cell names a column, and the rows have one cell more.
    let shifted = trailing_empty_cell(&text[at..end]);
    let width = header.len() + usize::from(shifted);
    let of = |c: Span| column(lex, text, c, time);
    let named = if shifted { &header[..] } else { &header[1..] };
    let columns: Vec<(Option<usize>, bool)> = named.iter().map(|&c| of(c)).collect();
    let mut out = Vec::new();
    let mut last = end;
    let mut start = end + 1;
    while start < text.len() {
        let stop = line_end(text, start);
        let row = bar_cells(text, start, stop);
        let fits = row.len() == width
            && text[row[0].range()].chars().any(metric::is_word_char)
            && row[1..]
                .iter()
                .any(|c| text[c.range()].chars().any(|ch| ch.is_ascii_digit()));
        if !fits {
            // A line with no `|` before a row that fits: passed over.
            let next = stop + 1;
            let passed = !text[start..stop].contains('|')
                && next < text.len()
                && bar_cells(text, next, line_end(text, next)).len() == width;
            if passed && !text[start..stop].trim().is_empty() {
                start = next;
                continue;
            }
            break;
        }
        let analysis = label(lex, text, bar_label_words(lex, text, row[0]));
        for (cell, &(time, change)) in row[1..].iter().zip(&columns) {
            let mut a = analysis.clone();
            a.growth |= change;
            out.push(Cell {
                span: *cell,
                label: a,
                time,
            });
        }
        last = stop;
        start = stop + 1;
    }
    if out.is_empty() {
        // Rows that do not each fill a line (several run together on one
        // line, the first row's label at the header's end): read cell by
        // cell.
        return read_run_on(lex, text, &header, end, &of);
    }
    Some(Table {
        cells: out,
        end: last,
        cursor: 0,
    })
}

/// True when the line's last cell between two `|` is empty (`… | 增减变动幅度
/// | |`).
fn trailing_empty_cell(line: &str) -> bool {
    let t = line.trim_end();
    t.strip_suffix('|')
        .is_some_and(|t| t.trim_end().ends_with('|') && t.trim_start().len() > 1)
}

/// What a `|` table's column holds, from its name: the time `time`, none
/// in a column of compared values (`上年同期`), and whether its figures
/// are changes: a name ending in a growth or change word (`增长(%)`,
/// `增减变动幅度(%)`), a ratio of a change (`变动比例%`), or a basis word
/// with a percent sign (`同比%`).
fn column(lex: &Lexicon, text: &str, c: Span, time: Option<usize>) -> (Option<usize>, bool) {
    let w = label_words(text, c);
    let compared = text[w.range()].char_indices().any(|(k, _)| {
        lex.starting(text, w.start + k, w.end, &[Role::BasePeriod])
            .is_some()
    });
    let change = lex
        .ending(
            text,
            w.start,
            w.end,
            &[Role::Growth, Role::Change, Role::Keep],
        )
        .is_some_and(|(_, r)| !r.has(Role::Keep))
        || ratio_of_change(lex, text, w);
    let name = &text[c.range()];
    let percent = name
        .strip_suffix(['%', '\u{ff05}'])
        .map(|n| n.trim_end().len())
        .or_else(|| (w.end < c.end && name.contains('%')).then_some(w.len()));
    let basis = percent.is_some_and(|n| {
        n > 0
            && lex
                .starting(text, c.start, c.start + n, &[Role::Basis])
                .is_some_and(|(b, _)| b.len() == n)
    });
    (if compared { None } else { time }, change || basis)
}

/// True when a column's name is a ratio (比例, a share or kept word) after a
/// growth or change word (`变动比例%`, `增减比例`): the ratio of the change,
/// whose figures are changes, not the share of a whole.
fn ratio_of_change(lex: &Lexicon, text: &str, w: Span) -> bool {
    let name = text[w.range()]
        .trim_end_matches(['%', '\u{ff05}'])
        .trim_end();
    let w = Span::new(w.start, w.start + name.len());
    lex.ending(text, w.start, w.end, &[Role::Share, Role::Keep])
        .is_some_and(|(ratio, _)| {
            let rest = w.end - ratio.len();
            rest > w.start
                && (lex
                    .ending(text, w.start, rest, &[Role::Growth, Role::Change])
                    .is_some()
                    || crate::lexicon::suffix_in(
                        crate::lexicon::List::RatioChange,
                        &text[w.start..rest],
                    )
                    .is_some())
        })
}

/// True for a cell that is only a number (`4326`, `-3.4`, `1,618,573`,
/// `6.32%`): a value cell; any other cell is a label.
fn is_value(t: &str) -> bool {
    let t = t.strip_prefix('-').unwrap_or(t);
    let t = t.strip_suffix('%').unwrap_or(t);
    t.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && t.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// The rows of a `|` table under the header `header` (ending at byte
/// `end`) read cell by cell, as crawled pages may run several rows
/// together on one line (`… | 企业单位数` then `| 4326 | 5.5 | 4326 | 5.5
/// | 其中:规模以上 | 501 | …`): a row is a label (a cell that is not a
/// number) and the values after it, as many as stand between the first
/// two labels; they take the header's last column names, in order (the
/// cells before, a unit note and the label column's name, give none). A
/// header ending in a label before values is the first row's. A label
/// with no values (`其中:开发区`) names the subject of the rows below it.
/// The table ends at a line without `|`, a long cell or a row of another
/// width.
fn read_run_on(
    lex: &Lexicon,
    text: &str,
    header: &[Span],
    end: usize,
    column: &dyn Fn(Span) -> (Option<usize>, bool),
) -> Option<Table> {
    // The cells of the lines below, each with the end of its line.
    let mut stream: Vec<(Span, usize)> = Vec::new();
    let mut start = end + 1;
    while start < text.len() {
        let stop = line_end(text, start);
        let line = &text[start..stop];
        if !line.contains('|') {
            break;
        }
        let row = bar_cells(text, start, stop);
        if row.iter().any(|c| {
            let t = &text[c.range()];
            t.chars().count() > MAX_CELL_CHARS || t.contains(super::is_sentence_end)
        }) {
            break;
        }
        stream.extend(row.into_iter().map(|c| (c, stop)));
        start = stop + 1;
    }
    let value = |c: &Span| is_value(&text[c.range()]);
    let mut names = header;
    if stream.first().is_some_and(|(c, _)| value(c)) {
        let (&last, rest) = header.split_last()?;
        if value(&last) {
            return None;
        }
        stream.insert(0, (last, end));
        names = rest;
    }
    // The row width: the values after the first label that has some.
    let k = stream
        .windows(2)
        .position(|w| !value(&w[0].0) && value(&w[1].0))
        .map_or(0, |j| {
            stream[j + 1..].iter().take_while(|(c, _)| value(c)).count()
        });
    if k == 0 || names.len() < k + 1 {
        return None;
    }
    let columns: Vec<_> = names[names.len() - k..]
        .iter()
        .map(|&c| column(c))
        .collect();
    let mut out = Vec::new();
    let mut last = end;
    let mut subject = None;
    let mut i = 0;
    while let Some(&(head, _)) = stream.get(i) {
        if value(&head) || !text[head.range()].chars().any(metric::is_word_char) {
            break;
        }
        let n = stream[i + 1..].iter().take_while(|(c, _)| value(c)).count();
        let words = bar_label_words(lex, text, head);
        if n == 0 && i + 1 < stream.len() {
            // A group's label: the subject of the rows below.
            subject = Some(words);
            i += 1;
            continue;
        }
        if n != k {
            break;
        }
        let mut analysis = label(lex, text, words);
        if analysis.subject.is_none() {
            analysis.subject = subject;
        }
        for (&(cell, _), &(time, change)) in stream[i + 1..=i + k].iter().zip(&columns) {
            let mut a = analysis.clone();
            a.growth |= change;
            out.push(Cell {
                span: cell,
                label: a,
                time,
            });
        }
        last = stream[i + k].1;
        i += k + 1;
    }
    (!out.is_empty()).then_some(Table {
        cells: out,
        end: last,
        cursor: 0,
    })
}

/// The words of a `|` row's label: as [`label_words`], a lead word with
/// its colon (`其中:第一产业`) and a note mark in square brackets
/// (`第一产业[3]`) left out.
fn bar_label_words(lex: &Lexicon, text: &str, cell: Span) -> Span {
    let mut c = cell;
    let t = &text[c.range()];
    if let Some(open) = t.strip_suffix(']').and_then(|x| x.rfind('[')) {
        if t[open + 1..t.len() - 1].bytes().all(|b| b.is_ascii_digit()) && open > 0 {
            c = Span::new(c.start, c.start + open);
        }
    }
    if let Some((w, _)) = lex.starting(text, c.start, c.end, &[Role::Lead]) {
        let rest = &text[c.start + w.len()..c.end];
        if let Some(colon) = rest
            .chars()
            .next()
            .filter(|&ch| matches!(ch, ':' | '\u{ff1a}'))
        {
            let s = c.start + w.len() + colon.len_utf8();
            if s < c.end {
                c = Span::new(s, c.end);
            }
        }
    }
    label_words(text, c)
}
