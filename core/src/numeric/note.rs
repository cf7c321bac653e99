//! A bracketed note after an amount naming its currency: `242.86亿元
//! (澳门元,下同)`. The generic 元 of the amount is that currency; with 下同
//! ("the same below", `List::SameBelow`) so is the generic 元 of every later
//! amount of the text, until another such note. The note itself stays out of
//! the span. An amount with a currency word of its own (人民币, 港元, ¥) keeps
//! it. A note holding a figure (`126648元(折合17973美元)`) converts the
//! amount to another currency: the written 元 wins.

use super::table::CURRENCY_ROWS;
use crate::entity::Entity;
use crate::lexicon::{list, List};
use crate::value::{Currency, Value};

/// The most characters a note may hold (`币种为人民币,下同`).
const NOTE_CHARS: usize = 12;

/// Sets the currency of the amounts in `found` (text order) that a note
/// names.
pub(super) fn apply(text: &str, found: &mut [Entity]) {
    let mut below: Option<Currency> = None;
    for e in found.iter_mut() {
        if !matches!(
            e.value,
            Value::Amount {
                currency: Currency::Cny,
                ..
            }
        ) {
            continue;
        }
        // The note is one character away; the currency words of the span
        // are only looked for when a note or a 下同 could apply.
        let note = note_after(text, e.span.end);
        if (note.is_none() && below.is_none()) || !generic(text, e) {
            continue;
        }
        if let Some((c, same_below)) = note {
            below = same_below.then_some(c);
            set(e, c);
        } else if let Some(c) = below {
            set(e, c);
        }
    }
}

fn set(e: &mut Entity, c: Currency) {
    if let Value::Amount { currency, .. } = &mut e.value {
        *currency = c;
    }
}

/// An amount in CNY written with the generic 元 alone: no currency word of
/// the table in its span (人民币, ¥, RMB), 元 in it.
fn generic(text: &str, e: &Entity) -> bool {
    let Value::Amount { currency, .. } = e.value else {
        return false;
    };
    let own = &text[e.span.range()];
    currency == Currency::Cny
        && own.contains(Currency::Cny.unit())
        && !CURRENCY_ROWS.items.iter().any(|(w, _)| own.contains(w))
}

/// The currency of a note in brackets right at `end`, and whether it holds
/// below too: its first part (up to a comma) ends with a currency word.
fn note_after(text: &str, end: usize) -> Option<(Currency, bool)> {
    let rest = text.get(end..)?;
    let open = rest
        .chars()
        .next()
        .filter(|&c| crate::chars::is_open_paren(c))?;
    let inner = &rest[open.len_utf8()..];
    let close = inner
        .char_indices()
        .take(NOTE_CHARS + 1)
        .find(|&(_, c)| crate::chars::is_close_paren(c))
        .map(|(k, _)| k)?;
    let note = &inner[..close];
    let mut parts = note.split(|c| crate::lexicon::has_char(List::Comma, c));
    let first = parts.next()?.trim();
    // 126648元(折合17973美元): a figure in the note makes it the amount
    // converted to another currency, no note on the written 元.
    if first
        .chars()
        .any(|c| crate::chars::is_decimal(c) || crate::numeral::chinese::is_numeral_char(c))
    {
        return None;
    }
    let (_, currency) = CURRENCY_ROWS
        .items
        .iter()
        .filter(|(w, _)| first.ends_with(w))
        .max_by_key(|(w, _)| w.len())?;
    let same_below = parts.any(|p| list(List::SameBelow).contains(&p.trim()));
    Some((*currency, same_below))
}
