//! Rendering entities: JSON lines, one JSON array, or an aligned table.

use shuzi::json::{convert, EntityRecord, KeyStyle, OffsetUnit};
use shuzi::{Entity, Kind, OffsetCursor};
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// How JSON objects are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One object per line, each followed by a newline.
    Lines,
    /// Objects separated by `,` and a newline (the inside of an array).
    Array,
}

/// Writes one JSON object per entity: `json::EntityRecord` (code-point
/// offsets) plus `"file"`. `file_json` is the file label already encoded as
/// a JSON string. `first` says whether no object was written yet (for the
/// array separators) and is kept across calls.
pub fn write_records<W: Write>(
    out: &mut W,
    text: &str,
    entities: &[Entity],
    file_json: &str,
    layout: Layout,
    first: &mut bool,
) -> io::Result<()> {
    // Filled to at least the standard output's buffer before each write, so
    // that `BufWriter` hands it on without copying it.
    const FLUSH_AT: usize = 1 << 16;
    let mut buf = Vec::with_capacity(FLUSH_AT + 1024);
    // Offsets converted on the way (one forward pass), no vector of records.
    let mut cursor = OffsetCursor::new(text);
    for entity in entities {
        let (start, end) = convert(
            &mut cursor,
            OffsetUnit::CodePoints,
            entity.span.start,
            entity.span.end,
        );
        let record = EntityRecord {
            entity,
            input: text,
            start,
            end,
            keys: KeyStyle::Snake,
        };
        if layout == Layout::Array && !*first {
            buf.extend_from_slice(b",\n");
        }
        *first = false;
        record.write_json(&mut buf);
        // The record is a non-empty JSON object: replace its closing brace
        // with the extra field.
        debug_assert_eq!(buf.last(), Some(&b'}'));
        buf.pop();
        buf.extend_from_slice(b",\"file\":");
        buf.extend_from_slice(file_json.as_bytes());
        buf.push(b'}');
        if layout == Layout::Lines {
            buf.push(b'\n');
        }
        if buf.len() >= FLUSH_AT {
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    out.write_all(&buf)
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row(pub [String; 6]);

const HEADER: [&str; 6] = ["kind", "text", "value", "unit", "bound", "where"];

/// Table rows for the entities of one input: kind, text, value, unit, bound
/// and `file:line`.
pub fn rows(text: &str, entities: &[Entity], label: &str) -> Vec<Row> {
    let mut line = 1usize;
    let mut at = 0usize;
    entities
        .iter()
        .map(|e| {
            let start = e.span.start.min(text.len());
            line += text.as_bytes()[at..start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            at = start.max(at);
            let value = e.value.to_string();
            let unit = match (e.unit(), e.currency()) {
                (Some(u), Some(c)) => format!("{u} {c}"),
                (Some(u), None) => u.to_string(),
                _ => String::new(),
            };
            let bound = match e.kind {
                Kind::Date | Kind::Period => String::new(),
                _ => e.bound.as_str().to_string(),
            };
            Row([
                e.kind.as_str().to_string(),
                printable(e.text(text)),
                value,
                unit,
                bound,
                format!("{label}:{line}"),
            ])
        })
        .collect()
}

/// Control characters (line breaks inside a span, NUL, …) would break the
/// columns: show them escaped.
fn printable(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_string();
    }
    s.chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}

/// Writes `rows` under a header, each column padded to its widest cell
/// (CJK characters count two columns).
pub fn write_table<W: Write>(out: &mut W, rows: &[Row]) -> io::Result<()> {
    let mut widths: [usize; 6] = HEADER.map(UnicodeWidthStr::width);
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(&row.0) {
            *w = (*w).max(cell.width());
        }
    }
    let line = |out: &mut W, cells: [&str; 6]| -> io::Result<()> {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            s.push_str(cell);
            if i + 1 < cells.len() {
                s.push_str(&" ".repeat(w - cell.width() + 2));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, HEADER)?;
    for row in rows {
        line(out, row.0.each_ref().map(String::as_str))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use shuzi::{Bound, Figure, Span, Value};

    fn count(text: &str, sub: &str, value: &str) -> Entity {
        let start = text.find(sub).unwrap();
        let figure = Figure::new(value.parse().unwrap());
        let mut e = Entity::new(
            Span::new(start, start + sub.len()),
            Value::Count {
                figure,
                measure: "家",
                noun: None,
            },
        );
        e.bound = Bound::MoreThan;
        e
    }

    #[test]
    fn records_carry_the_file_and_code_point_offsets() {
        let text = "𠀀引进\n196余家";
        let es = [count(text, "196余家", "196")];
        let mut out = Vec::new();
        let mut first = true;
        write_records(&mut out, text, &es, "\"a.txt\"", Layout::Lines, &mut first).unwrap();
        assert_eq!(out.last(), Some(&b'\n'));
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["file"], "a.txt");
        assert_eq!(v["text"], "196余家");
        assert_eq!((v["start"].as_u64(), v["end"].as_u64()), (Some(4), Some(9)));
        assert_eq!(v["byte_start"], 11);
        assert_eq!(v["value"], 196);
        assert_eq!(v["bound"], "more_than");
        assert!(!first);
    }

    #[test]
    fn table_rows_name_the_line_and_align_wide_characters() {
        let text = "第一行\n引进196余家，又\n引进7余家";
        let es = [count(text, "196余家", "196"), count(text, "7余家", "7")];
        let rows = rows(text, &es, "f.txt");
        assert_eq!(rows[0].0[5], "f.txt:2");
        assert_eq!(rows[1].0[5], "f.txt:3");
        let mut out = Vec::new();
        write_table(&mut out, &rows).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "kind   text     value  unit  bound      where\n\
             count  196余家  196    家    more_than  f.txt:2\n\
             count  7余家    7      家    more_than  f.txt:3\n"
        );
    }

    #[test]
    fn control_characters_are_escaped_in_the_table() {
        assert_eq!(printable("a\nb\0"), "a\\nb\\u{0}");
        assert_eq!(printable("十万"), "十万");
    }
}
