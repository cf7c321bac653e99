//! The one error type: an opaque [`Error`] with an [`ErrorKind`].
//!
//! Building a configuration can fail (an unknown kind, a malformed reference
//! date, bytes that are not UTF-8); extraction itself cannot.

use std::fmt;

/// What went wrong.
///
/// ```
/// let err = "coins".parse::<shuzi::Kind>().unwrap_err();
/// assert_eq!(err.kind(), shuzi::ErrorKind::UnknownKind);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A kind name that is not one of [`crate::Kind`].
    UnknownKind,
    /// A reference date that is not a real `YYYY-MM-DD` date.
    InvalidDate,
    /// An option that is unknown or has a value of the wrong form.
    InvalidOption,
    /// Input bytes that are not UTF-8.
    InvalidUtf8,
    /// A row of a data table with an unknown value (names file and line).
    InvalidData,
}

impl ErrorKind {
    /// A short name for bindings (`"unknown_kind"`, `"invalid_date"`, …).
    ///
    /// ```
    /// assert_eq!(shuzi::ErrorKind::InvalidDate.as_str(), "invalid_date");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            ErrorKind::UnknownKind => "unknown_kind",
            ErrorKind::InvalidDate => "invalid_date",
            ErrorKind::InvalidOption => "invalid_option",
            ErrorKind::InvalidUtf8 => "invalid_utf8",
            ErrorKind::InvalidData => "invalid_data",
        }
    }
}

/// The error of every fallible operation in shuzi.
///
/// Messages are lowercase and quote the bad value.
///
/// ```
/// let err = shuzi::RefDate::parse("2026-02-30").unwrap_err();
/// assert_eq!(err.kind(), shuzi::ErrorKind::InvalidDate);
/// assert_eq!(err.to_string(), "invalid reference date \"2026-02-30\": day 30 is not in month 2");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl Error {
    /// An error of `kind` with a message.
    ///
    /// ```
    /// let e = shuzi::Error::new(shuzi::ErrorKind::InvalidOption, "bad");
    /// assert_eq!(e.to_string(), "bad");
    /// ```
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
        }
    }

    /// What went wrong.
    ///
    /// ```
    /// let e = shuzi::Error::new(shuzi::ErrorKind::InvalidOption, "bad");
    /// assert_eq!(e.kind(), shuzi::ErrorKind::InvalidOption);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
