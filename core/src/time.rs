//! Dates and periods.
//!
//! (Being built under issue #3.)

use crate::config::RefDate;
use crate::entity::Entity;

/// Appends every date and period candidate in `text` to `out`.
pub(crate) fn scan(text: &str, ref_date: Option<RefDate>, out: &mut Vec<Entity>) {
    let _ = (text, ref_date, out);
}
