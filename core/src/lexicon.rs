//! The one loader of the word tables in `core/src/data/`: tab-separated
//! rows, `#` comment lines, each column read into its type by `FromStr`.
//! An unknown value is an [`Error`] naming the file and the line; a bad row
//! is left out and reported, never turned into a default, so one bad row
//! never stops the others. The tests check that every table loads without
//! an error.

use crate::error::{Error, ErrorKind};
use crate::value::Currency;
use std::str::FromStr;
use std::sync::LazyLock;

/// One data row: the file it comes from, its line (1-based), its columns.
#[derive(Debug, Clone)]
pub(crate) struct Row<'a> {
    file: &'a str,
    line: usize,
    cols: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// The row's line in its file (1-based).
    pub(crate) fn line(&self) -> usize {
        self.line
    }

    /// The number of columns.
    pub(crate) fn len(&self) -> usize {
        self.cols.len()
    }

    /// An error about this row, naming file and line.
    pub(crate) fn error(&self, message: impl std::fmt::Display) -> Error {
        Error::new(
            ErrorKind::InvalidData,
            format!("{}:{}: {message}", self.file, self.line),
        )
    }

    /// Column `i` as written; an error when missing or empty.
    pub(crate) fn word(&self, i: usize) -> Result<&'a str, Error> {
        match self.cols.get(i).map(|w| w.trim()) {
            Some(w) if !w.is_empty() => Ok(w),
            _ => Err(self.error(format_args!("column {} is missing", i + 1))),
        }
    }

    /// Column `i` (trimmed), or `""` when the row is shorter.
    pub(crate) fn text(&self, i: usize) -> &'a str {
        self.cols.get(i).map_or("", |w| w.trim())
    }

    /// Column `i` parsed as `T`; an error naming the value when it is not one.
    pub(crate) fn get<T: FromStr>(&self, i: usize) -> Result<T, Error>
    where
        T::Err: std::fmt::Display,
    {
        let w = self.word(i)?;
        w.parse()
            .map_err(|e| self.error(format_args!("column {}: {e}", i + 1)))
    }
}

/// The rows of `src` (the text of `data/<file>`, or a table a user
/// supplies at run time, such as an instrument codebook).
pub(crate) fn rows<'a>(file: &'a str, src: &'a str) -> impl Iterator<Item = Row<'a>> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(move |(i, l)| Row {
            file,
            line: i + 1,
            cols: l.split('\t').collect(),
        })
}

/// A table read row by row with `read`: the good rows, and an error for
/// each bad one.
#[derive(Debug)]
pub(crate) struct Table<T> {
    /// The rows that read.
    pub items: Vec<T>,
    /// One error per row that did not (read by the tests).
    #[cfg_attr(not(test), allow(dead_code))]
    pub errors: Vec<Error>,
}

impl<T> Table<T> {
    /// Reads every row of `src` with `read`.
    pub(crate) fn load(
        file: &'static str,
        src: &'static str,
        read: impl Fn(&Row<'static>) -> Result<T, Error>,
    ) -> Table<T> {
        let mut items = Vec::new();
        let mut errors = Vec::new();
        for row in rows(file, src) {
            match read(&row) {
                Ok(t) => items.push(t),
                Err(e) => errors.push(e),
            }
        }
        Table { items, errors }
    }
}

/// A table of one word a row (further columns are notes).
pub(crate) fn words(file: &'static str, src: &'static str) -> Table<&'static str> {
    Table::load(file, src, |r| r.word(0))
}

/// `data/currencies.tsv`: code, unit word.
static CURRENCIES: LazyLock<Table<(Currency, &'static str)>> = LazyLock::new(|| {
    Table::load("currencies.tsv", include_str!("data/currencies.tsv"), |r| {
        Ok((r.get(0)?, r.word(1)?))
    })
});

/// Every currency with its unit word.
pub(crate) fn currencies() -> impl Iterator<Item = (Currency, &'static str)> {
    CURRENCIES.items.iter().copied()
}

/// The load errors of every table, for the tests.
#[cfg(test)]
pub(crate) fn all_errors() -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    all.extend(CURRENCIES.errors.iter().map(ToString::to_string));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_loads_without_an_error() {
        assert_eq!(all_errors(), Vec::<String>::new());
        // The one-word lists of the policy finders (their typed tables are
        // checked next to their readers).
        for (file, src) in [
            (
                "policy_doc_types.tsv",
                include_str!("data/policy_doc_types.tsv"),
            ),
            (
                "policy_member_leads.tsv",
                include_str!("data/policy_member_leads.tsv"),
            ),
            (
                "policy_not_frameworks.tsv",
                include_str!("data/policy_not_frameworks.tsv"),
            ),
            (
                "policy_self_references.tsv",
                include_str!("data/policy_self_references.tsv"),
            ),
            (
                "policy_linking_verbs.tsv",
                include_str!("data/policy_linking_verbs.tsv"),
            ),
            (
                "policy_permissions.tsv",
                include_str!("data/policy_permissions.tsv"),
            ),
        ] {
            let t = words(file, src);
            assert!(t.errors.is_empty() && !t.items.is_empty(), "{file}");
        }
    }

    #[test]
    fn an_unknown_value_names_file_line_and_value() {
        let t: Table<(Currency, &str)> =
            Table::load("x.tsv", "# comment\nCNY\t元\nXYZ\t元\nUSD\n", |r| {
                Ok((r.get(0)?, r.word(1)?))
            });
        assert_eq!(t.items, [(Currency::Cny, "元")]);
        let msgs: Vec<String> = t.errors.iter().map(ToString::to_string).collect();
        assert_eq!(msgs.len(), 2);
        assert!(
            msgs[0].contains("x.tsv:3") && msgs[0].contains("\"XYZ\""),
            "{}",
            msgs[0]
        );
        assert!(
            msgs[1].contains("x.tsv:4") && msgs[1].contains("column 2"),
            "{}",
            msgs[1]
        );
        assert_eq!(t.errors[0].kind(), ErrorKind::InvalidData);
    }
}
