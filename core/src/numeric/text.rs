//! Small character helpers shared by the numeric recognisers.

/// The character starting at byte `at`.
pub(crate) fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

/// The character ending at byte `at`.
pub(crate) fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}

pub(crate) use crate::chars::is_han;

/// Punctuation that ends a clause: a change verb or a basis never reaches
/// across it.
pub(crate) fn ends_clause(c: char) -> bool {
    matches!(c, '\n' | '\r') || crate::lexicon::has_char(crate::lexicon::List::ClauseEnd, c)
}

/// Skips whitespace (line breaks included) backwards from `at`, not below
/// `floor`.
pub(crate) fn skip_space_back(text: &str, mut at: usize, floor: usize) -> usize {
    while at > floor {
        match char_before(text, at) {
            Some(c) if c.is_whitespace() => at -= c.len_utf8(),
            _ => break,
        }
    }
    at
}

/// Skips whitespace forwards from `at` (a paragraph break inside a span
/// is kept in the span, as the golden files do).
pub(crate) fn skip_space(text: &str, mut at: usize) -> usize {
    while let Some(c) = char_at(text, at) {
        if c.is_whitespace() {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

/// True when `c` is one of the characters of `set` — what `set.contains(c)`
/// answers, without building a substring searcher for every non-ASCII `c`.
pub(crate) fn one_of(set: &str, c: char) -> bool {
    set.chars().any(|x| x == c)
}
