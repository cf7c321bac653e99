//! What comes after a number: its unit (money, percent, quantity, duration,
//! measure word, 级), and the readings where the unit changes the value:
//! fractions (`三分之一`, `百分之十五`, `千分之三`) and tenths (`五成`).

use super::table::{UnitKind, UnitRow, UNITS};
use super::text::{char_at, char_before, is_han};
use crate::chars::{AND_FRACTION, ELECTRICITY, EXACTLY, FRACTION_MARK, HALF, TWO, YEAR};
use crate::decimal::Decimal;
use crate::lexicon::{has_char, has_keyed_char, keyed, list, prefix_in, suffix_in, List};
use crate::numeral::{self, Form, Numeral};

// The unit words (rows of units.tsv) the reader branches on: `crate::chars`.
pub(super) use crate::chars::PHASE;
use crate::chars::{GRADE, KWH, TERM, TIMES, YUAN};

/// The unit of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// No unit: a `number`.
    None,
    /// Money in a currency.
    Money {
        unit: &'static str,
        currency: &'static str,
    },
    /// `%`, `pp` or `‰`.
    Percent(&'static str),
    /// A physical unit: canonical code and the unit as written.
    Quantity {
        unit: &'static str,
        text: &'static str,
    },
    /// `year`, `month`, …, and the unit as written when it is printed
    /// (an age: `岁`, `周岁`).
    Duration {
        unit: &'static str,
        text: Option<&'static str>,
    },
    /// A quantity per physical unit (`人/平方公里`): the canonical unit and
    /// the unit as written.
    Rate {
        unit: &'static str,
        text: &'static str,
    },
    /// A multiple (`1.86倍`): a `number` with unit 倍.
    Multiple(&'static str),
    /// A measure word.
    Count(&'static str),
    /// An edition or session (十三届, 四次会议, 二期), maybe with a measure word.
    Ordinal(Option<&'static str>),
    /// 级 after a magnitude (`百亿级`): money, bound level.
    Level,
}

/// A number with its unit.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reading {
    /// Start of the span so far (before the number when a unit word is
    /// written before it: `标煤1.53万吨`).
    pub start: usize,
    /// End of the number and unit.
    pub end: usize,
    /// The value in the unit's base.
    pub value: Decimal,
    /// False when the value had to be rounded.
    pub exact: bool,
    /// The unit.
    pub unit: Unit,
    /// 多/余 written after the unit word (`两个多月`, `一年多`).
    pub more: bool,
    /// 级 after the unit (`500亿元级`).
    pub level: bool,
    /// A fraction (`三分之一`): a number even when written in Chinese.
    pub fraction: bool,
    /// Tenths (`五成`, `两三成`): the high end of a vague range is scaled too.
    pub tenth: bool,
}

/// Reads the unit after the numeral `n` that starts at `at`. `None` when
/// the number is glued to Latin letters that are no unit (a code: `5G`).
pub(crate) fn read(text: &str, at: usize, n: &Numeral) -> Option<Reading> {
    let pos = n.end;
    let mut r = Reading {
        start: at,
        end: pos,
        value: n.value,
        exact: true,
        unit: Unit::None,
        more: false,
        level: false,
        fraction: false,
        tenth: false,
    };
    let rest = &text[pos..];

    // A whole number and a fraction: 十一又十四分之一, 3又一千分之23.
    if let Some(after) = rest.strip_prefix(AND_FRACTION) {
        let p = pos + AND_FRACTION.len_utf8();
        if n.high.is_none() && !n.decimal && !after.starts_with(AND_FRACTION) {
            if let Some(m) = numeral::read_plain(text, p) {
                if let Some(f) = read(text, p, &m).filter(|f| f.fraction && f.unit == Unit::None) {
                    r.value = n.value.checked_add(f.value)?;
                    r.exact = f.exact;
                    r.end = f.end;
                    r.fraction = true;
                    return Some(r);
                }
            }
        }
    }

    // Fractions: 三分之一, 百分之十五, 千分之三.
    if rest.starts_with(FRACTION_MARK) {
        let p = pos + FRACTION_MARK.len();
        let m = numeral::read_plain(text, p)?;
        if m.high.is_some() {
            return None;
        }
        r.end = m.end;
        r.fraction = true;
        let base = n.value;
        if n.form == Form::Chinese && n.leading_unit && base == Decimal::from(100) {
            r.value = m.value;
            r.unit = Unit::Percent("%");
        } else if n.form == Form::Chinese && n.leading_unit && base == Decimal::from(1000) {
            r.value = m.value;
            r.unit = Unit::Percent("‰");
        } else {
            let (q, exact) = m.value.checked_div(base, 16)?;
            r.value = q;
            r.exact = exact;
            fraction_multiple(text, &mut r);
        }
        return Some(r);
    }

    // 1/3, 2/5: a proper fraction written with a slash (not a date: 6/1/2024).
    if let Some(c) = char_at(text, pos).filter(|&c| has_char(List::Slash, c)) {
        let p = pos + c.len_utf8();
        let plain_int = |m: &Numeral| {
            m.form == Form::Arabic
                && !m.decimal
                && !m.grouped
                && m.mag_exp == 0
                && m.int_digits <= 3
        };
        if plain_int(n) && !char_before(text, at).is_some_and(|c| has_char(List::Slash, c)) {
            if let Some(m) = numeral::read_plain(text, p) {
                let date_like = char_at(text, m.end).is_some_and(|c| has_char(List::SlashDate, c));
                if plain_int(&m) && !date_like && n.value > Decimal::ZERO && m.value > n.value {
                    let (q, exact) = n.value.checked_div(m.value, 16)?;
                    r.value = q;
                    r.exact = exact;
                    r.end = m.end;
                    r.fraction = true;
                    fraction_multiple(text, &mut r);
                    return Some(r);
                }
            }
        }
    }

    // Tenths: 五成, 七成以上, 超五成, a discount 5折.
    let tenth = keyed(List::TenthWord)
        .iter()
        .find(|(w, _)| rest.starts_with(w));
    // A discount in Chinese numerals before a word of discount (通行费五折优惠,
    // 八五折优惠): read as one in digits.
    let offer = |w: &str| {
        list(List::DigitTenth).contains(&w)
            && n.form != Form::Arabic
            && list(List::DiscountWord)
                .iter()
                .any(|d| text[pos + w.len()..].starts_with(d))
    };
    let tenth = tenth.filter(|(w, other)| {
        let word = other.parse::<List>().ok();
        let digits = n.form == Form::Arabic || !list(List::DigitTenth).contains(w) || offer(w);
        digits
            && !char_at(text, pos + w.len()).is_some_and(|c| word.is_some_and(|l| has_char(l, c)))
    });
    // A discount of two digits (75折) is written in hundredths: 75 percent.
    let hundredths = |w: &str| {
        list(List::DigitTenth).contains(&w)
            && (n.form == Form::Arabic || n.form == Form::DigitString && offer(w))
            && !n.decimal
            && n.value > Decimal::from(10)
            && n.value < Decimal::from(100)
    };
    if let Some((w, _)) = tenth.filter(|(w, _)| {
        (n.form != Form::DigitString || hundredths(w))
            // 两三成: a vague range of tenths, 20 to 30 percent.
            && n.high.is_none_or(|h| {
                n.form == Form::Chinese && !hundredths(w) && h <= Decimal::from(10)
            })
            && !n.more
            && n.value > Decimal::ZERO
            && (n.value <= Decimal::from(10) || hundredths(w))
    }) {
        r.end = pos + w.len();
        r.value = if hundredths(w) {
            n.value
        } else {
            n.value.checked_mul_pow10(1)?
        };
        r.unit = Unit::Percent("%");
        r.tenth = true;
        // 八五折优惠: two Chinese digits read one by one, in hundredths.
        if offer(w) && n.form == Form::Chinese && n.value < Decimal::from(10) {
            let tens = char_before(text, at)
                .and_then(|c| numeral::chinese::digit(c).map(|d| (c, d)))
                .filter(|&(_, d)| d > 0);
            if let Some((c, d)) = tens {
                r.start = at - c.len_utf8();
                r.value = Decimal::from(u32::from(d) * 10).checked_add(n.value)?;
            }
        }
        // 三成半: half a tenth more.
        if text[r.end..].starts_with(HALF) && n.value.is_integer() && n.high.is_none() {
            r.value = r.value.checked_add(Decimal::from(5))?;
            r.end += HALF.len_utf8();
        } else if let Some((d, end)) = tenth_and_digit(text, r.end, w, n) {
            // 一成七, 三成六: a digit of hundredths after the tenths, as Hong
            // Kong news write a rate (17, 36 percent).
            r.value = r.value.checked_add(Decimal::from(u32::from(d)))?;
            r.end = end;
        }
        return Some(r);
    }

    // 一刻钟: quarters of an hour, in minutes.
    if let Some(w) = prefix_in(List::QuarterHour, rest) {
        if n.high.is_none() && !n.decimal && n.form != Form::DigitString {
            r.end = pos + w.len();
            r.value = n.value.checked_mul(Decimal::from(15))?;
            r.unit = Unit::Duration {
                unit: "minute",
                text: None,
            };
            return Some(r);
        }
    }

    // 两个多月, 一个多小时.
    if let Some(ge_duo) = prefix_in(List::GeDuo, rest) {
        let after = &rest[ge_duo.len()..];
        for &(w, unit) in keyed(List::GeDuoUnit) {
            if after.starts_with(w) {
                r.end = pos + ge_duo.len() + w.len();
                r.unit = Unit::Duration { unit, text: None };
                r.more = true;
                return Some(r);
            }
        }
        // 两个多百分点: percentage points, more than.
        let at_unit = pos + ge_duo.len();
        if let Some((w, row)) = UNITS
            .longest_at(text, at_unit)
            .filter(|(_, row)| row.kind == UnitKind::Percent)
        {
            r.end = at_unit + w.len();
            r.unit = Unit::Percent(row.unit);
            r.more = true;
            return Some(r);
        }
    }
    // 一个半月, 两个半小时: half a unit more.
    if let Some(g) = prefix_in(List::GeHalf, rest) {
        let after = &rest[g.len()..];
        if let Some(&(w, unit)) = keyed(List::GeDuoUnit)
            .iter()
            .find(|(w, _)| after.starts_with(w))
        {
            if n.value.is_integer() && n.high.is_none() {
                r.end = pos + g.len() + w.len();
                r.value = n.value.checked_add(Decimal::new(5, 1)?)?;
                r.unit = Unit::Duration { unit, text: None };
                return Some(r);
            }
        }
    }
    // 行驶里程（公里）/1000（公里）: a formula's figure with its physical
    // unit in brackets right after it, the brackets in the span.
    if let Some(close) = bracketed_unit(text, pos, |r2| r2.kind == UnitKind::Quantity) {
        let inner = pos + char_at(text, pos).map_or(0, char::len_utf8);
        if let Some((_, row)) = UNITS.longest_at(text, inner) {
            if n.form == Form::Arabic {
                r.end = close;
                r.unit = Unit::Quantity {
                    unit: row.unit,
                    text: row.word,
                };
                return Some(r);
            }
        }
    }
    // ` 16922 人/平方公里`: text that sets Arabic figures off with a space
    // on both sides (bulletins set from PDF) keeps the unit after the space.
    // A percent sign set off by a space (`下降0.2 %`, PDF-converted text)
    // belongs to the figure: the space stays inside the span.
    let spaced = n.form == Form::Arabic
        && rest.starts_with(' ')
        && ((set_off_before(text, at) && char_at(text, pos + 1).is_some_and(is_han))
            || char_at(text, pos + 1).is_some_and(|c| has_char(List::PercentSign, c)));
    // `金牌28 枚。`: a space after the figure only, a measure word or a
    // physical unit after it closing the clause, is the figure's too.
    let spaced = spaced
        || (n.form == Form::Arabic
            && rest.starts_with(' ')
            && UNITS.longest_at(text, pos + 1).is_some_and(|(w, row)| {
                matches!(row.kind, UnitKind::Count | UnitKind::Quantity)
                    && char_at(text, pos + 1 + w.len()).is_none_or(super::text::ends_clause)
            }));
    // `。29 个工业行业大类中`, `全市在统的⏎59 种主要工业产品`: a figure opening
    // a clause or a line wrapped inside a sentence, with a measure word, a
    // physical unit or a currency after one space, in text that sets other
    // figures off with spaces near it, is read across the space as well.
    let spaced = spaced
        || (n.form == Form::Arabic
            && rest.starts_with(' ')
            && UNITS.longest_at(text, pos + 1).is_some_and(|(_, row)| {
                matches!(
                    row.kind,
                    UnitKind::Count | UnitKind::Quantity | UnitKind::Money
                )
            })
            && opens_spaced_clause(text, at));
    let upos = if spaced { pos + 1 } else { pos };

    // 度 of electricity (发电120万度, 120万度电).
    if let Some(after) = rest.strip_prefix(KWH) {
        let mut from = at.saturating_sub(24);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let head = &text[from..at];
        if after.starts_with(ELECTRICITY) || head.contains(ELECTRICITY) {
            r.end = pos + KWH.len();
            r.unit = Unit::Quantity {
                unit: "kWh",
                text: KWH,
            };
            return Some(r);
        }
    }

    // 1-3个点的折扣优惠, 利率下调1个点: in a sentence about a rate or a
    // discount, 个点 closing its phrase is percentage points.
    if let Some(w) = prefix_in(List::PointWord, rest) {
        let closes = char_at(text, pos + w.len())
            .is_none_or(|c| !is_han(c) || has_char(List::ClauseMark, c));
        if closes && sentence_has(text, at, List::PointRateWord) {
            r.end = pos + w.len();
            r.unit = Unit::Percent("pp");
            return Some(r);
        }
    }

    // Latin letters right after the number must be a unit exactly.
    let letters = text[upos..]
        .bytes()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();

    let Some((w, row)) = UNITS.longest_at(text, upos) else {
        // 积30分, 积分满100分: in a sentence about a points score, a point
        // word (`List::ScoreUnit`) after a figure counts points (elsewhere
        // 分 is a minute, a cent or a part).
        if let Some(w) = prefix_in(List::ScoreUnit, &text[upos..]) {
            if letters == 0 && points_at(text, at) {
                r.end = upos + w.len();
                r.unit = Unit::Count(w);
                return Some(r);
            }
        }
        // 税额不足1角, 尾数满5分: in a sentence about an amount of money
        // (`List::MoneyWord`), a part of a yuan alone after a whole figure
        // under ten is money in yuan (elsewhere 分 is a point or a minute).
        if letters == 0 && yuan_part_alone(text, at, upos, n, &mut r) {
            return Some(r);
        }
        // 每股盈利52.66仙: the Hong Kong cent written without 港.
        if letters == 0 && cent_alone(text, at, upos, n, &mut r) {
            return Some(r);
        }
        // (30分) in a rubric: points wherever they stand.
        if let Some(w) = prefix_in(List::ScoreUnit, &text[upos..]) {
            if letters == 0 && rubric_points(text, at, n) {
                r.end = upos + w.len();
                r.unit = Unit::Count(w);
                return Some(r);
            }
        }
        // 250天÷12月: a bare 月 after a division sign is the divisor's
        // unit, a length of months (elsewhere N月 is a date's month).
        if char_before(text, at) == Some(crate::chars::DIVIDE)
            && text[upos..].starts_with(crate::chars::MONTH)
        {
            r.end = upos + crate::chars::MONTH.len_utf8();
            r.unit = Unit::Duration {
                unit: "month",
                text: None,
            };
            return Some(r);
        }
        if letters > 0 {
            return None;
        }
        return Some(r);
    };
    // 176个年度计划新开项目: a longer unit of time (个年度) before a character
    // making a word with its end (年度计划) leaves its measure word alone
    // (个), which counts the noun after it.
    let (w, row) = if row.kind == UnitKind::Duration
        && w.chars().nth(1).is_some()
        && char_at(text, upos + w.len()).is_some_and(|c| has_keyed_char(List::DurationGlue, w, c))
    {
        let first = w.chars().next().map_or(0, char::len_utf8);
        UNITS
            .longest_at(&text[..upos + first], upos)
            .filter(|(_, r)| r.kind == UnitKind::Count)
            .unwrap_or((w, row))
    } else {
        (w, row)
    };
    if spaced
        && !matches!(
            row.kind,
            UnitKind::Count
                | UnitKind::Quantity
                | UnitKind::Money
                | UnitKind::Percent
                | UnitKind::Duration
                | UnitKind::Multiple
        )
    {
        // A measure word, a physical unit, a currency, a percent sign or a
        // unit of time (` 5 个工作日`) is read across the space; a year, a
        // month and a day (` 2023 年`, ` 18 日`) were left to the date
        // recogniser before (`filter::calendar`), and 日 still counts days
        // only where it does without the space (` 30 日内`).
        return Some(r);
    }
    if letters > 0 {
        // A unit such as `mm`, `kWh`, `USD`: exactly the letters written.
        let after = upos + w.len();
        if !w.as_bytes()[0].is_ascii_alphabetic()
            || text
                .as_bytes()
                .get(after)
                .is_some_and(u8::is_ascii_alphabetic)
        {
            return None;
        }
    }
    // 年 after a year is the date recogniser's (checked before); 年级 is a grade.
    if w.len() == YEAR.len_utf8()
        && w.starts_with(YEAR)
        && text[upos + w.len()..].starts_with(GRADE)
    {
        return None;
    }
    r.end = upos + w.len();
    match row.kind {
        UnitKind::Money => {
            // 2019元旦: the currency character opens another word, no amount.
            if char_at(text, r.end)
                .is_some_and(|c| has_keyed_char(List::UnitWordStart, row.word, c))
            {
                return None;
            }
            r.unit = money_of(&row);
            if row.exp < 0 {
                // A sub-unit (港仙): the value in the base unit.
                r.value = r.value.checked_div_pow10(row.exp.unsigned_abs())?;
            }
            if row.unit == YUAN {
                // 845亿元人民币: only a leading currency word is in the span
                // (ANNOTATION b8-c 7); the currency named again after 元
                // stays out.
                jiao_fen(text, &mut r);
            }
            if text[r.end..].starts_with(EXACTLY) {
                r.end += EXACTLY.len_utf8();
            }
        }
        UnitKind::Percent => r.unit = Unit::Percent(row.unit),
        UnitKind::Quantity => {
            r.unit = Unit::Quantity {
                unit: row.unit,
                text: row.word,
            };
            half(text, &mut r);
            // 兆比特/秒（Mbps）: the same unit written again in brackets.
            if let Some(end) = bracketed_unit(text, r.end, |r2| {
                r2.kind == UnitKind::Quantity && r2.unit == row.unit
            }) {
                r.end = end;
            }
            per_unit(text, &mut r, row.unit, row.word);
            if row.unit == "t" {
                // 标煤1.53万吨: the coal word before the number makes it tce.
                if let Some(w) = suffix_in(List::CoalWord, &text[..at]) {
                    r.start = at - w.len();
                    r.unit = Unit::Quantity {
                        unit: "tce",
                        text: "标煤…吨",
                    };
                }
            }
        }
        UnitKind::Duration => {
            // 30日内: 日 counts days only before 内, 后, 以内 …; a longer
            // word opening with it (日历天) is a length wherever it stands.
            if w.chars().nth(1).is_none()
                && w.chars()
                    .next()
                    .is_some_and(|c| has_char(List::DayCountWord, c))
                && !crate::time::day_span_tail(&text[r.end..])
                && !super::filter::day_count(text, at, n)
            {
                return None;
            }
            // 周期 (5年一周期) and 年度 (上一年度) are words, not a week or a year.
            if char_at(text, r.end).is_some_and(|c| has_keyed_char(List::DurationGlue, w, c)) {
                return None;
            }
            r.unit = Unit::Duration {
                unit: row.unit,
                text: Some(row.extra).filter(|t| !t.is_empty()),
            };
            half(text, &mut r);
            if let Some(c) = char_at(text, r.end).filter(|&c| has_char(List::MoreMark, c)) {
                r.more = true;
                r.end += c.len_utf8();
            }
        }
        UnitKind::Count => {
            // 人才, 人员, 人口: the character starts a word, not a measure word.
            let next = char_at(text, r.end);
            let word_start = next.is_some_and(|c| has_keyed_char(List::UnitWordStart, row.word, c));
            if word_start {
                r.end = pos;
                return Some(r);
            }
            // 三人制篮球场: a format named with the figure, a term, no count
            // (由3人制定方案 counts: 制定 is a verb).
            if let Some(mark) = next.filter(|&c| has_keyed_char(List::FormatTerm, row.word, c)) {
                if char_at(text, r.end + mark.len_utf8())
                    .is_none_or(|c| !has_char(List::FormatVerbTail, c))
                {
                    return None;
                }
            }
            // 全省11市, 9区: a place noun counts after digits; after a
            // numeral in words only outside a numbered term (三区三线,
            // 一区多园, 一院两区): 两区住建部门 counts two districts.
            if n.form != Form::Arabic
                && list(List::DigitMeasure).contains(&row.word)
                && numbered_term(text, at, r.end)
            {
                return None;
            }
            // 大数据产业园二区路网: a lone 二 before a place noun, right
            // after a word, numbers a part of the place (zone two), a
            // name; two places counted are 两区, 两市.
            if list(List::DigitMeasure).contains(&row.word)
                && text[at..].starts_with(TWO)
                && at + TWO.len_utf8() + row.word.len() == r.end
                && char_before(text, at)
                    .is_some_and(|c| is_han(c) && !numeral::chinese::is_numeral_char(c))
            {
                return None;
            }
            // 居三区第一: places counted right before a rank are the peers
            // it is among, the rank's scope, no count (居台州市第一).
            if list(List::DigitMeasure).contains(&row.word) && super::ordinal::rank_at(text, r.end)
            {
                return None;
            }
            // 六县市排名第三: places counted (counties and cities), then a
            // verb that places a rank and the rank: the peers, no count.
            if list(List::RankPeer).contains(&row.word) && peers_of_rank(&text[r.end..]) {
                return None;
            }
            // 零首付, 零距离: a lone zero in words before a measure word is the
            // prefix "zero-" of a term, no count of nothing.
            if n.form == Form::Chinese
                && n.value == Decimal::ZERO
                && n.high.is_none()
                && text[at..n.end].chars().count() == 1
            {
                return None;
            }
            // 中环两翼集聚带: a wing before a noun names a zone, no count;
            // closing its phrase it counts (形成北京新的两翼，).
            if list(List::PhraseFinalMeasure).contains(&row.word) && next.is_some_and(is_han) {
                return None;
            }
            r.unit = Unit::Count(row.unit);
            // 台（套）, 台(套): a second measure word in brackets; not an
            // administrative unit (三县(市): the status of the places counted,
            // the bracket is out of the span).
            if let Some(end) = bracketed_unit(text, r.end, |r2| {
                r2.kind == UnitKind::Count
                    && !(r2.unit.chars().count() == 1
                        && r2.unit.chars().all(|c| has_char(List::AdminLevel, c)))
            }) {
                r.end = end;
            }
            r.unit = edition(text, at, n, row.unit, r.end);
            if r.unit == Unit::None {
                return None; // 二次污染: an adjective, no figure
            }
            if r.unit == Unit::Count(row.unit) && r.end == upos + w.len() {
                per_unit(text, &mut r, row.unit, row.word);
            }
            // 处长, 一处处长: a department, not a count.
            if char_at(text, r.end).is_some_and(|c| has_keyed_char(List::ChuWord, row.unit, c)) {
                return None;
            }
        }
        UnitKind::Multiple => {
            r.unit = Unit::Multiple(row.unit);
            if let Some(c) = char_at(text, r.end).filter(|&c| has_char(List::MoreMark, c)) {
                r.more = true;
                r.end += c.len_utf8();
            }
        }
        UnitKind::Level => {
            // A class by order of magnitude is a hundred or more (百亿级,
            // 千万级); 十级, 十二级 (十二级文员) are grades like 三级.
            if !n.has_unit || n.value < Decimal::from(100) {
                // 县乡村三级, 市、县两级: a count of administrative levels
                // after the names of those levels; elsewhere (3级, 4A级,
                // 三级医院, 十二级) a grade, not a figure.
                let names_end = level_names_end(text, at);
                let levels = n.form == Form::Chinese
                    && char_before(text, names_end).is_some_and(|c| {
                        has_char(List::AdminLevel, c)
                            && (!has_char(List::ListedLevel, c)
                                || listed(text, names_end - c.len_utf8()))
                    });
                // 7.3级强震, 5级以上地震: in a sentence about earthquakes an
                // Arabic figure before 级 is a magnitude, a count of 级.
                let magnitude =
                    n.form == Form::Arabic && sentence_has(text, at, List::MagnitudeWord);
                if !levels && !magnitude {
                    return None;
                }
                r.unit = Unit::Count(GRADE);
                return Some(r);
            }
            // 汽车产量…上一个百万级台阶, 千万级客源城市: in a sentence whose
            // indicator counts things (output in units, visitors) the class
            // is one of that count, a number, bound level; elsewhere money.
            if sentence_has(text, at, List::LevelCountWord) {
                r.unit = Unit::None;
                r.level = true;
                return Some(r);
            }
            r.unit = Unit::Level;
        }
    }
    // 500亿元级, 5万吨级泊位, 百万千瓦级机组: a class by order of magnitude
    // of an amount or a physical quantity, bound level.
    if matches!(r.unit, Unit::Money { .. } | Unit::Quantity { .. })
        && text[r.end..].starts_with(GRADE)
    {
        r.end += GRADE.len();
        r.level = true;
    }
    Some(r)
}

/// True when `rest`, the text after a count of places, goes on with
/// another place word maybe (`市` of 六县市), a verb of rank maybe (`排名`)
/// and a rank (`第三`).
fn peers_of_rank(rest: &str) -> bool {
    let longest = |l: List, t: &str| {
        list(l)
            .iter()
            .filter(|w| t.starts_with(**w))
            .map(|w| w.len())
            .max()
            .unwrap_or(0)
    };
    let rest = &rest[longest(List::RankPeer, rest)..];
    let rest = &rest[longest(List::RankVerb, rest)..];
    super::ordinal::rank_at(rest, 0)
}

/// True when the figure from `at` to `end` (a numeral in words and its
/// measure word) is one half of a term named by numbers: another numeral
/// (or 多) right after it (`三区三线`, `一区多园`), or a numeral and one
/// character right before it (`一院两区`).
fn numbered_term(text: &str, at: usize, end: usize) -> bool {
    let numeral = |c: char| numeral::chinese::is_numeral_char(c);
    if char_at(text, end).is_some_and(|c| numeral(c) || has_char(List::MoreMark, c)) {
        return true;
    }
    let Some(c1) = char_before(text, at).filter(|&c| is_han(c) && !numeral(c)) else {
        return false;
    };
    char_before(text, at - c1.len_utf8()).is_some_and(numeral)
}

/// True when the level name starting at `at` follows another level name,
/// a joiner or no Han character (`省地县`, `区、地(市)`), not closing a
/// word (`土地`).
fn listed(text: &str, at: usize) -> bool {
    char_before(text, at)
        .is_none_or(|c| !is_han(c) || has_char(List::AdminLevel, c) || has_char(List::Joiner, c))
}

/// The end of the names of levels before `at`, past a short bracketed
/// list of the places each level also covers (`市、县(市、区)两级`,
/// `县级市(区)两级`, `市、区（县级市）两级`; ANNOTATION b8-a 17, b8-b 11);
/// `at` itself without one.
fn level_names_end(text: &str, at: usize) -> usize {
    let Some(close) = char_before(text, at).filter(|&c| crate::chars::is_close_paren(c)) else {
        return at;
    };
    let mut p = at - close.len_utf8();
    for _ in 0..8 {
        let Some(c) = char_before(text, p) else {
            return at;
        };
        p -= c.len_utf8();
        if crate::chars::is_open_paren(c) {
            return p;
        }
        // 县级市: 级 after the name of a level inside the list
        // (`市、区（县级市）两级`).
        let level_word = text[p..].starts_with(GRADE)
            && char_before(text, p).is_some_and(|b| has_char(List::AdminLevel, b));
        if !(has_char(List::AdminLevel, c) || has_char(List::Joiner, c) || level_word) {
            return at;
        }
    }
    at
}

std::thread_local! {
    /// Whether the text [`super::scan`] reads scores (`List::RubricWord`
    /// in it): set for the length of one scan, false elsewhere.
    static SCORED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with the text's scoring set for [`rubric_points`]: whether a
/// word of `List::RubricWord` stands anywhere in `text` (read once).
pub(crate) fn with_scoring<R>(text: &str, f: impl FnOnce() -> R) -> R {
    // One automaton pass over the text, not one search per word.
    static RUBRIC: std::sync::LazyLock<crate::lexicon::WordSet> = std::sync::LazyLock::new(|| {
        crate::lexicon::WordSet::new(crate::lexicon::list(List::RubricWord).iter().copied())
    });
    let scores = RUBRIC.found_in(text);
    let before = SCORED.with(|s| s.replace(scores));
    let r = f();
    SCORED.with(|s| s.set(before));
    r
}

/// `具体内容及评分参考如下 … (30分)`, `按照5分/栋`: in a text that scores
/// (see [`with_scoring`]) an Arabic figure followed by a point word counts
/// points wherever it stands, unless an hour (时, 点) is right before it
/// (`8时30分` is a clock time).
pub(crate) fn rubric_points(text: &str, at: usize, n: &Numeral) -> bool {
    n.form == Form::Arabic
        && SCORED.with(std::cell::Cell::get)
        && !char_before(text, at).is_some_and(|c| has_char(List::ClockWord, c))
        && crate::lexicon::suffix_in(List::ClockPoint, &text[..at]).is_none()
}

/// True when a figure at `at` followed by a point word counts points: a
/// verb of scoring right before it (`积50分`, `List::ScoreLead`) or a
/// sentence about a points score (`List::ScoreWord`).
pub(crate) fn points_at(text: &str, at: usize) -> bool {
    crate::lexicon::suffix_in(List::ScoreLead, &text[..at]).is_some()
        || sentence_has(text, at, List::ScoreWord)
}

/// How far [`sentence_has`] reads on each side of its figure, in bytes
/// (about 200 Han characters): a sentence longer than that is read near
/// the figure only, so that a line of figures without a sentence end
/// costs time in proportion to its length (every figure read its whole
/// sentence before: a 90 KB line of `百分之` took 5 s).
const SENTENCE_REACH: usize = 600;

/// True when the sentence around `at` (between the nearest
/// `List::SentenceEnd` marks or line breaks, and within
/// [`SENTENCE_REACH`] bytes of `at`) holds a word of `l`.
pub(crate) fn sentence_has(text: &str, at: usize, l: List) -> bool {
    let (from, to) = sentence_around(text, at, at, SENTENCE_REACH);
    let sentence = &text[from..to];
    list(l).iter().any(|w| sentence.contains(w))
}

/// The sentence around `at..end` (between the nearest `List::SentenceEnd`
/// marks or line breaks), read at most `reach` bytes on each side, as a
/// byte range on character boundaries.
pub(crate) fn sentence_around(text: &str, at: usize, end: usize, reach: usize) -> (usize, usize) {
    let stop = |c: char| c == '\n' || has_char(List::SentenceEnd, c);
    let mut lo = at.saturating_sub(reach);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (end + reach).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let from = text[lo..at].rfind(stop).map_or(lo, |i| {
        lo + i + text[lo + i..].chars().next().map_or(1, char::len_utf8)
    });
    let to = text[end..hi].find(stop).map_or(hi, |i| end + i);
    (from, to)
}

/// True when a home word follows `end`, maybe past modifiers of a home
/// (`二套自住住房`, `二套普通商品住房`: `List::HomeModifier`) and past an
/// at-least bound word first (`二套及以上新建商品住房`: the second home or
/// a later one).
fn names_home_after(text: &str, end: usize) -> bool {
    let mut p = super::ordinal::at_least_after(text, end).unwrap_or(end);
    for _ in 0..4 {
        if prefix_in(List::HomeWord, &text[p..]).is_some() {
            return true;
        }
        match prefix_in(List::HomeModifier, &text[p..]) {
            Some(w) => p += w.len(),
            None => return false,
        }
    }
    false
}

/// 届/次/期 that name an edition or session (`十三届四次会议`, `二期厂房`).
fn edition(text: &str, at: usize, n: &Numeral, word: &'static str, end: usize) -> Unit {
    // 两 counts and never numbers (两届, 两次会议: two terms, two meetings).
    let cardinal = char_at(text, at).is_some_and(|c| has_char(List::CardinalOnly, c));
    match word {
        TERM | TIMES if cardinal => Unit::Count(word),
        // 举办一届…冬奥会: a lone 一 before 届 is an article unless a
        // session or a body follows (一届一次会议, 一届人大); as a count the
        // article rule drops it (ANNOTATION b8-a 25).
        TERM => {
            let lone_one = n.value == Decimal::ONE
                && n.form == Form::Chinese
                && text[at..n.end].chars().count() == 1;
            let after = &text[end..];
            let edition = char_at(text, end).is_some_and(crate::numeral::chinese::is_numeral_char)
                || list(List::SessionWord).iter().any(|w| after.starts_with(w))
                || prefix_in(List::EditionBody, after).is_some();
            if lone_one && !edition {
                Unit::Count(word)
            } else {
                Unit::Ordinal(Some(word))
            }
        }
        // 二孩, 三胎: the order of a birth; 两 counts (生育两孩: two children).
        _ if list(List::BirthOrder).contains(&word) => {
            if cardinal {
                Unit::Count(word)
            } else {
                Unit::Ordinal(Some(word))
            }
        }
        // 二套住房: the second home, not two of them; 一套住房 is one home
        // (the first is 首套); 两套住房 is two homes (两 counts, never
        // numbers).
        _ if list(List::HomeMeasure).contains(&word)
            && n.form == Form::Chinese
            && !cardinal
            && n.value > Decimal::ONE
            && n.value < Decimal::from(10)
            && n.high.is_none()
            && names_home_after(text, end) =>
        {
            Unit::Ordinal(Some(word))
        }
        // 二次污染, 二次元: 二次 before a noun means "secondary"; a count of
        // two times is written 两次.
        TIMES => {
            let after = &text[end..];
            let session = list(List::SessionWord).iter().any(|w| after.starts_with(w));
            if session || text[..at].ends_with(TERM) || second_time(text, at, end) {
                Unit::Ordinal(Some(word))
            } else if text[at..n.end].chars().eq([TWO]) && char_at(text, end).is_some_and(is_han) {
                Unit::None
            } else {
                Unit::Count(word)
            }
        }
        PHASE if n.high.is_none() && !n.more => {
            // (统计信息189期): a bracket of a publication's name and N期
            // names an edition, in Arabic digits too.
            if n.form != Form::Chinese {
                return if bracketed_edition(text, at, end) {
                    Unit::Ordinal(Some(word))
                } else {
                    Unit::Count(word)
                };
            }
            let after = char_at(text, end);
            let before = char_before(text, at);
            let phase = (after.is_some_and(|c| is_han(c) || has_char(List::PhaseClose, c))
                || before.is_some_and(|c| has_char(List::OpenParen, c)))
                && !before.is_some_and(|c| has_char(List::PeriodCountLead, c));
            if phase {
                Unit::Ordinal(Some(word))
            } else {
                Unit::Count(word)
            }
        }
        w => Unit::Count(w),
    }
}

/// The longest name before an edition's number in brackets, in characters.
const EDITION_NAME_CHARS: usize = 12;

/// A bracket holding only a name and the number of its edition, closed
/// right after 期 (`(统计信息189期)`): the figure `at..` and its 期 end at
/// `end`. A count lead in the name (`(共3期)`, `(每年2期)`) or a bound word
/// before the number (`(原则上不超过6期)`) makes it a count.
fn bracketed_edition(text: &str, at: usize, end: usize) -> bool {
    if !char_at(text, end).is_some_and(|c| has_char(List::CloseParen, c))
        || super::prefix::read(text, at, 0).bound.is_some()
    {
        return false;
    }
    for (name, c) in text[..at].chars().rev().enumerate() {
        if has_char(List::OpenParen, c) {
            return name >= 2;
        }
        if !is_han(c) || has_char(List::PeriodCountLead, c) || name == EDITION_NAME_CHARS {
            return false;
        }
    }
    false
}

/// True when the figure starting at `start` follows a word for a project,
/// plant or line (`List::PhaseHead`): 期 after it names a phase
/// (`项目1-3期`), not a count.
pub(crate) fn after_phase_head(text: &str, start: usize) -> bool {
    list(List::PhaseHead)
        .iter()
        .any(|w| text[..start].ends_with(w))
}

/// 一年半, 两米半: 半 after the unit adds a half.
fn half(text: &str, r: &mut Reading) {
    if text[r.end..].starts_with(HALF) && r.value.is_integer() {
        if let Some(v) = r
            .value
            .checked_add(Decimal::new(5, 1).unwrap_or(Decimal::ZERO))
        {
            r.value = v;
            r.end += HALF.len_utf8();
        }
    }
}

/// The digit of hundredths written in Chinese right after the tenth word
/// 成 at `at` (`一成七`: 7) and the end after it: the tenths a whole
/// Chinese numeral from one to nine, the digit from one to nine, and after
/// it no further digit or numeral and no unit or measure word (`三成六个`
/// keeps its count).
fn tenth_and_digit(text: &str, at: usize, w: &str, n: &Numeral) -> Option<(u8, usize)> {
    let cheng = keyed(List::TenthWord)
        .iter()
        .any(|(t, o)| *t == w && *o == "cheng_word");
    if !cheng
        || n.form != Form::Chinese
        || n.high.is_some()
        || n.decimal
        || !n.value.is_integer()
        || n.value < Decimal::ONE
        || n.value > Decimal::from(9)
    {
        return None;
    }
    let c = char_at(text, at)?;
    let d = numeral::chinese::digit(c).filter(|d| (1..=9).contains(d))?;
    let end = at + c.len_utf8();
    let next = char_at(text, end);
    if next.is_some_and(|x| x.is_ascii_digit() || numeral::chinese::is_numeral_char(x) || x == HALF)
        || UNITS.longest_at(text, end).is_some()
    {
        return None;
    }
    Some((d, end))
}

/// 50元6角3分: tenths (角, 毛) and hundredths (分) of a yuan after 元
/// (`data/numeric_words.tsv`, `yuan_part`, keyed by the power of ten).
fn jiao_fen(text: &str, r: &mut Reading) {
    for (key, exp) in [("1", 1u32), ("2", 2u32)] {
        let Some(d) = numeral::read_plain(text, r.end) else {
            return;
        };
        let Some(c) = char_at(text, d.end) else {
            return;
        };
        if !has_keyed_char(List::YuanPart, key, c)
            || d.decimal
            || d.value >= Decimal::from(10)
            || d.high.is_some()
        {
            continue;
        }
        if exp == 2
            && char_at(text, d.end + c.len_utf8()).is_some_and(|a| has_char(List::FenWord, a))
        {
            return;
        }
        let Some(part) = d.value.checked_div_pow10(exp) else {
            return;
        };
        let Some(v) = r.value.checked_add(part) else {
            return;
        };
        r.value = v;
        r.end = d.end + c.len_utf8();
    }
}

/// 不足1角, 满5分: a part of a yuan (`List::YuanPart`) right after a
/// whole figure under ten, with no 元 before it, is money in yuan when the
/// sentence is about an amount of money (`List::MoneyWord`) and not about a
/// points score, or when 钱 follows it (`List::MoneyTail`: `2分钱`);
/// a part under a hundred, decimals too, is money after an amount of yuan
/// with a magnitude in its sentence; 分钟 and 分之 stay other words. The power of ten of the
/// part (角 1, 分 2) and its character.
pub(crate) fn lone_yuan_part(
    text: &str,
    at: usize,
    pos: usize,
    n: &Numeral,
) -> Option<(u32, char)> {
    let c = char_at(text, pos)?;
    let exp = [("1", 1u32), ("2", 2u32)]
        .into_iter()
        .find(|(key, _)| has_keyed_char(List::YuanPart, key, c))
        .map(|(_, exp)| exp)?;
    let glued = char_at(text, pos + c.len_utf8()).is_some_and(|a| has_char(List::FenWord, a));
    let plain = n.high.is_none() && !n.more && n.value > Decimal::ZERO;
    let whole = !n.decimal
        && n.value < Decimal::from(10)
        && (char_at(text, pos + c.len_utf8()).is_some_and(|a| has_char(List::MoneyTail, a))
            || sentence_has(text, at, List::MoneyWord) && !points_at(text, at));
    // 盈利19.17亿元,每股盈利46.5分: after an amount of yuan with a
    // magnitude earlier in the sentence, a part under a hundred is money.
    // Arabic digits only: 长三角 after such an amount stays a word.
    // 约人民币31.79分, 每股派息5分: after a currency word of the yuan right
    // before the figure, or in a sentence of a sum per share or a dividend
    // (`List::CentLead`, before the figure), the same part is money.
    let after_amount = n.form == Form::Arabic
        && n.value < Decimal::from(100)
        && (yuan_amount_before(text, at)
            || yuan_word_before(text, at)
            || per_share_before(text, at))
        && !points_at(text, at);
    let money = !glued && plain && (whole || after_amount);
    money.then_some((exp, c))
}

/// The yuan: the first money row of the unit table in the currency of China.
/// The money unit a row of the unit table stands for: its word and its
/// currency (the row's `extra`).
fn money_of(row: &super::table::UnitRow) -> Unit {
    Unit::Money {
        unit: row.unit,
        currency: row.extra,
    }
}

fn yuan_row() -> Option<&'static super::table::UnitRow> {
    super::table::UNIT_ROWS
        .items
        .iter()
        .find(|row| row.kind == UnitKind::Money && row.extra == "CNY")
}

/// True when an amount of yuan with a large magnitude (`19.17亿元`)
/// comes before `at` in its sentence.
fn yuan_amount_before(text: &str, at: usize) -> bool {
    let (from, _) = sentence_around(text, at, at, SENTENCE_REACH);
    let Some(yuan) = yuan_row() else {
        return false;
    };
    let head = &text[from..at];
    head.match_indices(yuan.unit).any(|(i, _)| {
        char_before(head, i).is_some_and(|c| crate::numeral::magnitude::large_unit(c).is_some())
    })
}

/// True when a currency word of the yuan (`人民币`, `RMB`: a row of
/// `currency_prefixes.tsv` in CNY) stands right before `at`, a space allowed.
fn yuan_word_before(text: &str, at: usize) -> bool {
    let end = if char_before(text, at) == Some(' ') {
        at - 1
    } else {
        at
    };
    super::table::CURRENCY_PREFIXES
        .longest_before(text, end, 0)
        .is_some_and(|(_, (_, code))| code == "CNY")
}

/// True when the sentence of `at`, before it, holds a word of a sum per
/// share or a dividend (`List::CentLead`: 每股, 股息, 派息).
fn per_share_before(text: &str, at: usize) -> bool {
    let (from, _) = sentence_around(text, at, at, SENTENCE_REACH);
    let head = &text[from..at];
    list(List::CentLead).iter().any(|l| head.contains(l))
}

/// Reads [`lone_yuan_part`] into `r`: money in yuan.
fn yuan_part_alone(text: &str, at: usize, pos: usize, n: &Numeral, r: &mut Reading) -> bool {
    let Some((exp, c)) = lone_yuan_part(text, at, pos, n) else {
        return false;
    };
    let Some(yuan) = yuan_row() else {
        return false;
    };
    let Some(v) = n.value.checked_div_pow10(exp) else {
        return false;
    };
    r.value = v;
    r.end = pos + c.len_utf8();
    r.unit = money_of(yuan);
    true
}

/// `每股盈利52.66仙`, `…7.11亿元,…中期息增16.7%至7仙`: a sub-unit written
/// without its country (`List::CentAlone`: 仙, keyed by the unit row it
/// stands for, 港仙) right after an Arabic figure is money in that row's
/// currency and base unit (0.5266 港元) when its sentence, before the
/// figure, holds a word of a sum per share or a dividend (`List::CentLead`)
/// or an amount of money with a magnitude (`亿元`, `百万港元`); elsewhere
/// (`八仙`) it is no unit.
fn cent_alone(text: &str, at: usize, pos: usize, n: &Numeral, r: &mut Reading) -> bool {
    if n.form != Form::Arabic || n.value <= Decimal::ZERO {
        return false;
    }
    let Some(&(w, key)) = keyed(List::CentAlone)
        .iter()
        .find(|(w, _)| text[pos..].starts_with(w))
    else {
        return false;
    };
    let Some(row) = UNITS
        .longest_at(key, 0)
        .filter(|(k, row)| k.len() == key.len() && row.kind == UnitKind::Money)
        .map(|(_, row)| row)
    else {
        return false;
    };
    let (from, _) = sentence_around(text, at, at, SENTENCE_REACH);
    let head = &text[from..at];
    if !(list(List::CentLead).iter().any(|l| head.contains(l)) || money_amount_in(head)) {
        return false;
    }
    let Some(v) = n.value.checked_div_pow10(row.exp.unsigned_abs()) else {
        return false;
    };
    r.value = v;
    r.end = pos + w.len();
    r.unit = money_of(&row);
    true
}

/// True when `head` holds an amount of money with a magnitude: a money
/// word of the unit table right after a large magnitude (`7.11亿元`,
/// `4,696.5百万港元`).
fn money_amount_in(head: &str) -> bool {
    UNITS_MONEY_WORDS.iter().any(|w| {
        head.match_indices(w).any(|(i, _)| {
            char_before(head, i).is_some_and(|c| crate::numeral::magnitude::large_unit(c).is_some())
        })
    })
}

/// The words of the money rows of the unit table, in CJK script (a code
/// such as `HKD` follows a figure with no magnitude before it).
static UNITS_MONEY_WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    super::table::UNIT_ROWS
        .items
        .iter()
        .filter(|row| row.kind == UnitKind::Money && row.exp == 0 && !row.word.is_ascii())
        .map(|row| row.word)
        .collect()
});

/// A fraction before a multiple word (`1/3倍`, `三分之一倍`): a multiple,
/// the word read into the span.
fn fraction_multiple(text: &str, r: &mut Reading) {
    if let Some((w, row)) = UNITS
        .longest_at(text, r.end)
        .filter(|(_, row)| row.kind == UnitKind::Multiple)
    {
        r.unit = Unit::Multiple(row.unit);
        r.end += w.len();
    }
}

/// `人/平方公里`, `吨/亩`: a count or a quantity per a physical unit is a
/// rate, a quantity whose unit is both units joined by `/` (`人/km2`,
/// `t/mu`). Money per a unit (`400元/平方米`) stays money, and a count per
/// a length of time (`万人次/年`) stays a count: only a physical unit after
/// the slash makes a rate.
fn per_unit(text: &str, r: &mut Reading, unit: &'static str, word: &'static str) {
    let Some(slash) = char_at(text, r.end).filter(|c| crate::chars::halfwidth(*c) == '/') else {
        return;
    };
    let at = r.end + slash.len_utf8();
    let Some((w, row)) = UNITS.longest_at(text, at) else {
        return;
    };
    if row.kind != UnitKind::Quantity
        || text[at + w.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return;
    }
    let (unit, text_written) = rate_unit(unit, word, row.unit, row.word);
    r.unit = Unit::Rate {
        unit,
        text: text_written,
    };
    r.end = at + w.len();
}

/// The canonical unit and the unit as written of a rate, `A/B` each: made
/// once per pair of table rows and kept for the program's life (a finite
/// set, as the tables are).
fn rate_unit(
    a_unit: &'static str,
    a_word: &'static str,
    b_unit: &'static str,
    b_word: &'static str,
) -> (&'static str, &'static str) {
    use std::collections::HashMap;
    use std::sync::{LazyLock, Mutex};
    type Key = (&'static str, &'static str, &'static str, &'static str);
    static MADE: LazyLock<Mutex<HashMap<Key, (&'static str, &'static str)>>> =
        LazyLock::new(Mutex::default);
    let mut made = MADE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    *made
        .entry((a_unit, a_word, b_unit, b_word))
        .or_insert_with(|| {
            let unit: &'static str = Box::leak(format!("{a_unit}/{b_unit}").into_boxed_str());
            let written: &'static str = Box::leak(format!("{a_word}/{b_word}").into_boxed_str());
            (unit, written)
        })
}

/// The end of a unit word in brackets at byte `at` (`（套）` after 台,
/// `（Mbps）` after 兆比特/秒) whose row `pred` accepts.
fn bracketed_unit(text: &str, at: usize, pred: impl Fn(&UnitRow) -> bool) -> Option<usize> {
    let open = char_at(text, at).filter(|&c| crate::chars::halfwidth(c) == '(')?;
    let inner = at + open.len_utf8();
    let (w, row) = UNITS.longest_at(text, inner)?;
    let close = inner + w.len();
    let c = char_at(text, close).filter(|&c| crate::chars::halfwidth(c) == ')')?;
    pred(&row).then_some(close + c.len_utf8())
}

/// True when the Arabic figure at `at` is set off by a space before it, or
/// is the upper end of a range whose lower end is (` 2000-3000 元`: the
/// unit after the space is the range's), or whose lower end opens a line
/// (`1-2 条地铁线路` as a line of its own).
fn set_off_before(text: &str, at: usize) -> bool {
    match char_before(text, at) {
        Some(' ') => true,
        // A connector of one symbol (`-`, `~`, `—`), no 至 or 到.
        Some(d) if !is_han(d) && has_char(List::RangeConnector, d) => {
            let head = &text[..at - d.len_utf8()];
            let low = head.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
            low.len() < head.len() && (low.is_empty() || low.ends_with([' ', '\n']))
        }
        _ => false,
    }
}

/// True when the Arabic figure at `at` opens a clause (right after a
/// clause mark, 、 among them) or a line that goes on a sentence broken inside
/// (the line before ends with an ideograph that closes nothing), and a
/// figure set off by a space after an ideograph stands within 300 bytes
/// (`增长面为 51.7%`): text set from a PDF, which puts a space after its
/// figures too. A line opening a new sentence (a list's number, `⏎1 项目`)
/// and text that writes its figures close are left alone.
fn opens_spaced_clause(text: &str, at: usize) -> bool {
    let opens = match char_before(text, at) {
        Some('\n') => {
            let line = text[..at - 1].trim_end_matches('\r');
            char_before(text, line.len()).is_some_and(|c| is_han(c) && !super::text::ends_clause(c))
        }
        Some(c) => !is_han(c) && super::text::ends_clause(c),
        None => false,
    };
    if !opens {
        return false;
    }
    let mut from = at.saturating_sub(300);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (at + 300).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let window = &text[from..to];
    window.match_indices(' ').any(|(k, _)| {
        char_before(window, k).is_some_and(is_han)
            && window.as_bytes().get(k + 1).is_some_and(u8::is_ascii_digit)
    })
}

/// True when 二次 at `at..end` repeats, in its clause, a 首次 before it
/// with the same two characters after both (`首次使用公积金贷款和二次使用
/// 公积金贷款`): the second time of the first, an ordinal, not the
/// adjective "secondary" (二次污染).
fn second_time(text: &str, at: usize, end: usize) -> bool {
    if !(text[at..end].starts_with(TWO) && text[at..end].chars().count() == 2) {
        return false;
    }
    let two_after = |p: usize| {
        text[p..]
            .char_indices()
            .nth(2)
            .map(|(b, _)| &text[p..p + b])
            .filter(|w| w.chars().all(is_han))
    };
    let Some(word) = two_after(end) else {
        return false;
    };
    let from = text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| super::text::ends_clause(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let mut first = String::from(crate::chars::FIRST_PREFIX);
    first.push_str(TIMES);
    text[from..at]
        .match_indices(first.as_str())
        .any(|(k, f)| two_after(from + k + f.len()) == Some(word))
}
