//! Ranges written as one figure: `10亿至20亿元`, `30%—40%`, `5至8家`,
//! `约8000万元至1亿元`, `3至5万元`, `一万元以上十万元以下`.

use super::filter;
use super::table::SUFFIX_BOUNDS;
use super::text::{char_at, skip_space};
use super::unit::{self, Reading, Unit};
use crate::decimal::Decimal;
use crate::entity::Bound;
use crate::lexicon::{has_char, list, prefix_in, List};
use crate::numeral::{self, Form, Numeral};

/// A range's upper end.
pub(crate) struct Range {
    /// The lower end (scaled when the magnitude is written once: `3至5万`),
    /// signed: each end carries its own sign (`-4.69%至0.42%`).
    pub low: Decimal,
    /// The upper end, signed.
    pub high: Decimal,
    /// The unit reading of the whole range (the second number's when the
    /// first has none).
    pub unit: Reading,
    /// End of the range.
    pub end: usize,
    /// The bound of the whole range.
    pub bound: Bound,
}

/// What follows a figure.
pub(crate) enum Outcome {
    /// A range.
    Range(Range),
    /// The second part is a calendar expression (`1至11月`, `2021—2025年`):
    /// the whole is the date recogniser's; or no figure at all (a grade,
    /// `1至3级`): the first part is none either.
    Calendar,
    /// Not a range.
    None,
}

/// What stands before the first figure.
#[derive(Clone, Copy)]
pub(crate) struct Lead {
    /// The first figure's prefix bound is approx (`约3.08亿元`): the
    /// second end may repeat it (`约3.08亿元到约2.9亿元`).
    pub approx: bool,
    /// A word of a move's start (从, 由) stands before it: a larger
    /// first end is where the move starts, no range.
    pub from: bool,
    /// A minus sign stands before the first figure (`-1101.45万元至…`): it
    /// is that end's alone, and the second end may carry its own
    /// (`-5%至-2%`).
    pub negative: bool,
}

/// Looks for a range after the first figure (`n` read with unit `u`,
/// ending with its suffix bound at `end`).
pub(crate) fn read(
    text: &str,
    n: &Numeral,
    u: &Reading,
    end: usize,
    suffix: Option<Bound>,
    lead: Lead,
) -> Outcome {
    // 七层以上至十一层: an open lower end joined to an upper one by 至/到.
    let mut joined = false;
    let (p, dash) = if suffix == Some(Bound::AtLeast) && !matches!(u.unit, Unit::None) {
        match prefix_in(List::RangeConnector, &text[end..]) {
            Some(c) if c.chars().all(crate::chars::is_han) => {
                joined = true;
                (end + c.len(), false)
            }
            // 一万元以上十万元以下
            _ => (end, false),
        }
    } else if suffix.is_some() {
        return Outcome::None;
    } else {
        // 18个月(不含)—36个月: a mark on the first end before the connector.
        let end = end + prefix_in(List::RangeEndMark, &text[end..]).map_or(0, str::len);
        // `20 - 100个`: ASCII spaces may stand around the connector.
        let q = end + text[end..].bytes().take_while(|&b| b == b' ').count();
        match prefix_in(List::RangeConnector, &text[q..]) {
            Some(c) => {
                let after = q + c.len();
                let spaced = text[after..].bytes().take_while(|&b| b == b' ').count();
                // `约为 55,000 万元至 60,000 万元`: in text that sets each
                // figure off with a space, the space after a Han connector
                // opens the second figure, as one opened the first.
                let set_off = q == end
                    && spaced > 0
                    && c.chars().all(crate::chars::is_han)
                    && text[..u.start.min(end)].ends_with(' ');
                if (q > end) != (spaced > 0) && !set_off {
                    return Outcome::None;
                }
                (after + spaced, list(List::Dash).contains(&c))
            }
            None => return Outcome::None,
        }
    };
    // 约3.08亿元到约2.9亿元: the second end repeats the first's 约 (a Han
    // connector only), in the span.
    let p = if lead.approx && !dash {
        p + approx_word(&text[p..]).map_or(0, str::len)
    } else {
        p
    };
    // -5%至-2%: after a negative first end and a connector that is no
    // dash, the second end may carry its own sign.
    let (p, negative2) = match char_at(text, p) {
        Some(c)
            if lead.negative
                && !dash
                && (has_char(List::MinusSign, c) || has_char(List::MinusWord, c))
                && char_at(text, p + c.len_utf8()).is_some_and(|d| d.is_ascii_digit()) =>
        {
            (p + c.len_utf8(), true)
        }
        _ => (p, false),
    };
    let Some(c2) = char_at(text, p) else {
        return Outcome::None;
    };
    let Some(m) = numeral::read(text, p) else {
        return Outcome::None;
    };
    if dash && (n.form != Form::Arabic || m.form != Form::Arabic || !c2.is_ascii_digit()) {
        return Outcome::None;
    }
    if dash && char_at(text, m.end).is_some_and(|c| has_char(List::Dash, c)) {
        return Outcome::None; // 400-800-1234
    }
    if (n.form == Form::Arabic) != (m.form == Form::Arabic) {
        return Outcome::None;
    }
    if filter::calendar(text, p, &m) {
        return if matches!(u.unit, Unit::None) {
            Outcome::Calendar
        } else {
            Outcome::None
        };
    }
    let Some(u2) = unit::read(text, p, &m) else {
        // 1至3级: the upper end is no figure (a grade); a bare lower end
        // joined to it is the same grade's, no figure either.
        return if matches!(u.unit, Unit::None) && m.form == n.form && !m.leading_unit {
            Outcome::Calendar
        } else {
            Outcome::None
        };
    };
    let same_unit = u2.unit == u.unit
        || matches!(u.unit, Unit::None) && !matches!(u2.unit, Unit::None | Unit::Level);
    if !same_unit || m.high.is_some() || u2.start != p {
        return Outcome::None;
    }
    let mut low = u.value;
    if matches!(u.unit, Unit::None) && n.form == Form::Arabic && n.mag_exp == 0 && m.mag_exp > 0 {
        // 3至5万元: the magnitude is written once.
        if let Some(scaled) = low.checked_mul_pow10(m.mag_exp) {
            if scaled < u2.value {
                low = scaled;
            }
        }
    }
    if matches!(u.unit, Unit::None) && prefix_in(List::TenthWord, &text[m.end..]).is_some() {
        // 三到五成, 3到5折: tenths on both ends.
        match low.checked_mul_pow10(1) {
            Some(v) => low = v,
            None => return Outcome::None,
        }
    }
    // -1101.45万元至98.55万元: a sign is its own end's (the upper end of
    // `-5%至2%` is 2, not -2).
    if lead.negative {
        low = low.neg();
    }
    let second = if negative2 { u2.value.neg() } else { u2.value };
    // 减少77.36%到72.84%: a range written from its larger end, each end
    // with its unit and joined by a Han connector, is the same range
    // (value the lower end); after 从/由 it is a move, no range.
    let reversed = low > second
        && !dash
        && suffix.is_none()
        && !lead.from
        && !matches!(u.unit, Unit::None)
        && u.end > u.start
        && text[u.start..u.end].ends_with(|c: char| !c.is_ascii_digit());
    if low >= second && !reversed {
        return Outcome::None;
    }
    let (low, high) = if reversed {
        (second, low)
    } else {
        (low, second)
    };
    let mut end2 = u2.end;
    let mut bound = Bound::Exact;
    let s = skip_space(text, end2);
    if let Some((w, b)) = SUFFIX_BOUNDS.longest_at(text, s) {
        if suffix == Some(Bound::AtLeast) && !joined {
            if b != Bound::AtMost {
                return Outcome::None;
            }
        } else {
            bound = b;
        }
        end2 = s + w.len();
    } else if suffix == Some(Bound::AtLeast) && !joined {
        return Outcome::None;
    }
    let mut unit = u2;
    unit.start = u.start;
    Outcome::Range(Range {
        low,
        high,
        unit,
        end: end2,
        bound,
    })
}

/// The longest prefix bound word of `approx` at the start of `rest` (约, 大约).
fn approx_word(rest: &str) -> Option<&'static str> {
    super::table::BOUND_ROWS
        .items
        .iter()
        .filter(|r| r.1 == super::table::BoundPlace::Prefix && r.2 == Bound::Approx)
        .map(|r| r.0)
        .filter(|w| rest.starts_with(w))
        .max_by_key(|w| w.len())
}
