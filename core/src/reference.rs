//! The format reference: what shuzi extracts, the rules that decide each
//! case, and the JSON every interface carries (the pages of the repository's
//! `docs/`, shown here as they are).
//!
//! - [`entities`]: figures, dates and periods (`shuzi extract`, [`crate::json`]).
//! - [`policy`]: the structure of a policy document (`shuzi policy`,
//!   [`crate::policy`]).
//! - [`facts`]: indicator facts (`shuzi facts`).

#[doc = include_str!("../docs/entities.md")]
pub mod entities {}

#[doc = include_str!("../docs/policy.md")]
pub mod policy {}

#[doc = include_str!("../docs/facts.md")]
pub mod facts {}
