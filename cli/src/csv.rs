//! CSV output (RFC 4180 quoting, UTF-8, a header row): `extract --format csv`
//! writes one row per entity with the long table's flat fields
//! (`shuzi::flat`), the same columns that Parquet, Polars and Spark receive.

use shuzi::flat::FlatEntity;
use shuzi::{Entity, OffsetCursor};
use std::fmt::Write as _;
use std::io::{self, Write};

/// The columns of `extract --format csv`, in order: `file`, then the long
/// table's columns after `doc` (`shuzi::flat::COLUMNS`), then the byte span.
pub fn entity_header() -> impl Iterator<Item = &'static str> {
    std::iter::once("file")
        .chain(shuzi::flat::COLUMNS[1..].iter().copied())
        .chain(["byte_start", "byte_end"])
}

/// Appends one field, quoted when it holds a comma, a quote or a line break.
pub fn push_field(line: &mut String, field: &str) {
    if field.contains([',', '"', '\n', '\r']) {
        line.push('"');
        line.push_str(&field.replace('"', "\"\""));
        line.push('"');
    } else {
        line.push_str(field);
    }
}

/// One CSV line of `fields`, with its line end.
pub fn line<S: AsRef<str>>(fields: impl IntoIterator<Item = S>) -> String {
    let mut out = String::new();
    for (i, f) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(&mut out, f.as_ref());
    }
    out.push('\n');
    out
}

/// Writes the header row of `extract --format csv`.
pub fn write_entity_header(out: &mut impl Write) -> io::Result<()> {
    out.write_all(line(entity_header()).as_bytes())
}

/// Writes one row per entity of `text`, labelled with `file`.
pub fn write_entities(
    out: &mut impl Write,
    text: &str,
    entities: &[Entity],
    file: &str,
) -> io::Result<()> {
    let mut cursor = OffsetCursor::new(text);
    let mut row = String::new();
    let opt = |v: Option<String>| v.unwrap_or_default();
    for e in entities {
        let (start, end) = FlatEntity::code_points(&mut cursor, e);
        let f = FlatEntity::new(e, text);
        row.clear();
        let fields = [
            file.to_string(),
            f.kind.as_str().to_string(),
            f.text.to_string(),
            start.to_string(),
            end.to_string(),
            opt(f.value.map(|v| v.to_string())),
            opt(f.normalized.map(|n| n.to_string())),
            opt(f.high.map(|v| v.to_string())),
            opt(f.bound.map(|b| b.as_str().to_string())),
            opt(f.unit.map(str::to_string)),
            opt(f.currency.map(str::to_string)),
            opt(f.change_direction.map(|d| d.as_str().to_string())),
            opt(f.change_basis.map(|b| b.as_str().to_string())),
            opt(f.year.map(|y| y.to_string())),
            opt(f.month.map(|m| m.to_string())),
            opt(f.day.map(|d| d.to_string())),
            opt(f.from.map(|d| d.to_string())),
            opt(f.to.map(|d| d.to_string())),
            e.span.start.to_string(),
            e.span.end.to_string(),
        ];
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                row.push(',');
            }
            push_field(&mut row, field);
        }
        let _ = writeln!(row);
        out.write_all(row.as_bytes())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(
            line(["a,b", "say \"x\"", "ok"]),
            "\"a,b\",\"say \"\"x\"\"\",ok\n"
        );
    }

    #[test]
    fn rows_carry_the_flat_fields() {
        let text = "营收2.96亿元，同比增长13.1%，2024年5月31日";
        let es = shuzi::extract(text);
        let mut out = Vec::new();
        write_entity_header(&mut out).unwrap();
        write_entities(&mut out, text, &es, "a,b.txt").unwrap();
        let s = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(
            lines[0],
            "file,kind,text,start,end,value,normalized,high,bound,unit,currency,change_direction,change_basis,year,month,day,from,to,byte_start,byte_end"
        );
        assert_eq!(
            lines[1],
            "\"a,b.txt\",money,2.96亿元,2,8,296000000,296000000,,exact,元,CNY,,,,,,,,6,16"
        );
        assert_eq!(
            lines[2],
            "\"a,b.txt\",percent,13.1%,13,18,13.1,13.1,,exact,%,,up,yoy,,,,,,31,36"
        );
        assert_eq!(
            lines[3],
            "\"a,b.txt\",date,2024年5月31日,19,29,,2024-05-31,,,,,,,2024,5,31,,,39,55"
        );
    }
}
