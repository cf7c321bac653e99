//! Turning raw bytes into text: UTF-8 validation with the failing byte named,
//! and the byte-order mark skipped.

use crate::error::{Error, ErrorKind};

/// Validates `bytes` as UTF-8 and skips a leading byte-order mark; offsets
/// of entities then count from the character after it.
///
/// ```
/// assert_eq!(shuzi::decode(b"\xEF\xBB\xBF12%").unwrap(), "12%");
/// let err = shuzi::decode(b"ab\xFFcd").unwrap_err();
/// assert_eq!(err.kind(), shuzi::ErrorKind::InvalidUtf8);
/// assert_eq!(err.to_string(), "invalid UTF-8 at byte 2");
/// ```
pub fn decode(bytes: &[u8]) -> Result<&str, Error> {
    let (bytes, skipped) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, 3),
        None => (bytes, 0),
    };
    std::str::from_utf8(bytes).map_err(|e| {
        Error::new(
            ErrorKind::InvalidUtf8,
            format!("invalid UTF-8 at byte {}", e.valid_up_to() + skipped),
        )
    })
}
