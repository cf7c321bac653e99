//! Numeric kinds: number, money, percent, count, quantity, duration, ordinal.
//!
//! (Being built under issue #2.)

use crate::entity::Entity;

/// Appends every numeric candidate in `text` to `out` (overlaps allowed; the
/// extractor keeps the longest).
pub(crate) fn scan(text: &str, out: &mut Vec<Entity>) {
    let _ = (text, out);
}
