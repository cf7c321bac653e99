//! Character classes, defined once for every recogniser: Han characters
//! (two readings, see [`is_han`] and [`is_han_script`]), decimal digits and
//! the spaces of the inputs.

/// A round opening bracket, full-width or not (`（`, `(`; `marks.tsv`).
pub(crate) fn is_open_paren(c: char) -> bool {
    crate::lexicon::has_char(crate::lexicon::List::OpenParen, c)
}

/// A round closing bracket, full-width or not (`）`, `)`; `marks.tsv`).
pub(crate) fn is_close_paren(c: char) -> bool {
    crate::lexicon::has_char(crate::lexicon::List::CloseParen, c)
}

/// A clause separator inside a sentence: a comma, a semicolon or a colon,
/// full-width or not (`，；：,;:`; `marks.tsv`, `clause_separator`).
pub(crate) fn is_clause_sep(c: char) -> bool {
    crate::lexicon::has_char(crate::lexicon::List::ClauseSeparator, c)
}

/// A mark that ends a sentence (`。！？!?`; `numeric_words.tsv`,
/// `sentence_end`); a line break, which ends the paragraph, is no such mark.
pub(crate) fn is_sentence_end(c: char) -> bool {
    crate::lexicon::has_char(crate::lexicon::List::SentenceEnd, c)
}

/// A mark trimmed from the edges of an indicator's words besides blanks:
/// commas, quotes, brackets, colons, semicolons, dashes and the middle dot
/// (`marks.tsv`, `edge_mark`).
pub(crate) fn is_edge_mark(c: char) -> bool {
    crate::lexicon::has_char(crate::lexicon::List::EdgeMark, c)
}

/// A CJK unified ideograph: the basic block, extension A, and the
/// supplementary ideographic planes. What the numeric recognisers treat as
/// a Chinese word character (a counted noun, a verb of change, 分之).
///
/// ```ignore
/// assert!(is_han('元') && is_han('𠀀') && !is_han('〇') && !is_han('A'));
/// ```
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{20000}'..='\u{2ffff}')
}

/// The code points of the Han script (Unicode's `Script=Han`, as in
/// Unicode 16), inclusive ranges in order: the prefix of a document number
/// is a run of these. A short table instead of a Unicode-aware regex keeps
/// the WebAssembly module small.
const HAN_SCRIPT: &[(u32, u32)] = &[
    (0x2E80, 0x2E99),
    (0x2E9B, 0x2EF3),
    (0x2F00, 0x2FD5),
    (0x3005, 0x3005),
    (0x3007, 0x3007),
    (0x3021, 0x3029),
    (0x3038, 0x303B),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9),
    (0x16FE2, 0x16FE3),
    (0x16FF0, 0x16FF1),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B739),
    (0x2B740, 0x2B81D),
    (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0),
    (0x2EBF0, 0x2EE5D),
    (0x2F800, 0x2FA1D),
    (0x30000, 0x3134A),
    (0x31350, 0x323AF),
];

/// True for a character of the Han script (汉字, 〇, 々, radicals): wider
/// than [`is_han`]; the prefix of a document number is a run of these.
pub(crate) fn is_han_script(c: char) -> bool {
    let u = c as u32;
    if (0x4E00..=0x9FFF).contains(&u) {
        return true;
    }
    let i = HAN_SCRIPT.partition_point(|&(_, hi)| hi < u);
    HAN_SCRIPT.get(i).is_some_and(|&(lo, _)| lo <= u)
}

/// An ASCII or full-width decimal digit (`0-9`, `０-９`).
pub(crate) fn is_decimal(c: char) -> bool {
    halfwidth(c).is_ascii_digit()
}

/// The ASCII character a full-width form stands for (U+FF01–U+FF5E:
/// `（` → `(`, `／` → `/`); any other character as it is.
pub(crate) fn halfwidth(c: char) -> char {
    match u32::from(c) {
        cp @ 0xFF01..=0xFF5E => char::from_u32(cp - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// A space inside a single line: ASCII space, tab, U+3000.
pub(crate) fn is_line_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}')
}

/// True for the whitespace the seeds use: ASCII, U+3000, NBSP, and the
/// masking character of repeated blocks.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{E0020}' || c == '\u{FEFF}'
}

/// The first byte at or after `i` that is not a three-byte character
/// outside `starters` (a bitset over the Basic Multilingual Plane, one
/// `u64` per 64 code points): the scanners' skip over the characters
/// that start nothing, which is most of a Chinese text. One bounds check
/// and one table load per character; the scanner's own loop then looks at
/// the byte returned (ASCII, a starter, another length, the end).
///
/// ```ignore
/// let mut bits = [0u64; 1024];
/// bits[('一' as usize) >> 6] |= 1 << ('一' as usize & 63);
/// assert_eq!(skip_unmarked("统计一".as_bytes(), 0, &bits), "统计".len());
/// assert_eq!(skip_unmarked("ab".as_bytes(), 0, &bits), 0);
/// ```
#[inline]
pub(crate) fn skip_unmarked(bytes: &[u8], mut i: usize, starters: &[u64; 1024]) -> usize {
    // Stops at: not a three-byte character, or a starter.
    let stop = |b0: u8, b1: u8, b2: u8| {
        let row = (usize::from(b0 & 0x0F) << 6) | usize::from(b1 & 0x3F);
        b0 & 0xF0 != 0xE0 || starters[row] & (1u64 << (b2 & 0x3F)) != 0
    };
    // Two characters a step (one bounds check for both), then one.
    while let Some(&[a0, a1, a2, b0, b1, b2]) = bytes.get(i..i + 6) {
        if stop(a0, a1, a2) {
            return i;
        }
        if stop(b0, b1, b2) {
            return i + 3;
        }
        i += 6;
    }
    while let Some(&[b0, b1, b2]) = bytes.get(i..i + 3) {
        if stop(b0, b1, b2) {
            break;
        }
        i += 3;
    }
    i
}

/// Where a scanner's loop goes next from `i`: [`skip_unmarked`] with its
/// starter bitset, or the stops a shared pass found before ([`stops`]),
/// for a text read by more than one scanner.
pub(crate) enum Skip<'a> {
    /// The scanner's own walk with its bitset.
    Bits(&'a [u64; 1024]),
    /// The stops found for this scanner, in order, and the next one to read.
    Stops(&'a [usize], usize),
}

impl Skip<'_> {
    /// The first byte at or after `i` where the scanner looks: as
    /// [`skip_unmarked`] with the scanner's bitset (`i` itself when it is
    /// ASCII, `bytes.len()` when nothing is left).
    #[inline]
    pub(crate) fn next(&mut self, bytes: &[u8], i: usize) -> usize {
        match self {
            Skip::Bits(bits) => skip_unmarked(bytes, i, bits),
            Skip::Stops(at, k) => {
                if bytes.get(i).is_some_and(u8::is_ascii) {
                    return i;
                }
                while at.get(*k).is_some_and(|&p| p < i) {
                    *k += 1;
                }
                at.get(*k).copied().unwrap_or(bytes.len())
            }
        }
    }
}

/// The stops of scanners in one walk over `bytes` (valid UTF-8), for
/// [`Skip::Stops`], with `union` the union of their starter bitsets `sets`:
/// the three-byte characters of a scanner's bitset, and, for a scanner that
/// reads ASCII (`ascii`), the first byte of every run of ASCII (it reads a
/// run byte by byte, as its own walk stops at every ASCII byte). Elsewhere a
/// scanner's own walk only steps over characters.
///
/// `None` when the stops come thick (more than one in eight bytes after
/// the first 4 KB, a run of figures or a table): there the scanners' own
/// walks stop about as often and cost less than lists of stops.
pub(crate) fn stops<const N: usize>(
    bytes: &[u8],
    union: &[u64; 1024],
    sets: [&[u64; 1024]; N],
    ascii: [bool; N],
) -> Option<[Vec<usize>; N]> {
    let mut found: [Vec<usize>; N] = std::array::from_fn(|_| Vec::new());
    let mut count = 0;
    let mut i = 0;
    loop {
        if count * 8 > i + 4096 {
            return None;
        }
        i = skip_unmarked(bytes, i, union);
        let Some(&lead) = bytes.get(i) else {
            break;
        };
        if lead < 0x80 {
            for (v, _) in found.iter_mut().zip(ascii).filter(|(_, a)| *a) {
                v.push(i);
                count += 1;
            }
            i += 1;
            while bytes.get(i).is_some_and(u8::is_ascii) {
                i += 1;
            }
        } else if let Some(&[b0, b1, b2]) = bytes.get(i..i + 3).filter(|_| lead & 0xF0 == 0xE0) {
            let row = (usize::from(b0 & 0x0F) << 6) | usize::from(b1 & 0x3F);
            let bit = 1u64 << (b2 & 0x3F);
            for (v, set) in found.iter_mut().zip(sets) {
                if set[row] & bit != 0 {
                    v.push(i);
                    count += 1;
                }
            }
            i += 3;
        } else {
            i += 1 + usize::from(lead >= 0xE0) + usize::from(lead >= 0xF0);
        }
    }
    Some(found)
}

// The single characters the grammars are built on, named once for every
// recogniser that reads them (word lists are data: core/src/data/).

/// 年, the year after its number (2024年), also a unit of time.
pub(crate) const YEAR: char = '年';
/// 月, the month after its number.
pub(crate) const MONTH: char = '月';
/// 元, the first month in the time grammar (元月, 元至九月).
pub(crate) const FIRST_MONTH: char = '元';
/// 日, the day of the month after its number.
pub(crate) const DAY: char = '日';
/// 号, the day of the month in speech (5号), and the number of a document
/// (第3号).
pub(crate) const NUMBER_MARK: char = '号';
/// 第, the prefix of an ordinal (第三) and of an outline marker (第一条).
pub(crate) const ORDINAL_PREFIX: char = '第';
/// 条, the article of a law or a rule after its number (第三条).
pub(crate) const ARTICLE_MARK: char = '条';
/// 半, half (半年, 三成半, 一个半月).
pub(crate) const HALF: char = '半';
/// 一, one: also an article (一年, 一次) and part of fixed words.
pub(crate) const ONE: char = '一';
/// 二, the two that numbers (二次, 二套: second; a count is written 两).
pub(crate) const TWO: char = '二';
/// 五, five (十四五, the fourteenth five-year plan).
pub(crate) const FIVE: char = '五';
/// 十, ten.
pub(crate) const TEN: char = '十';
/// 零, zero (also the word of a zero pledge: 零上门).
pub(crate) const ZERO: char = '零';
/// 双, "pair", a numeral of its own in a label (双随机、一公开).
pub(crate) const PAIR: char = '双';
/// 不, "not", before a bound or a modal (不超过, 不得).
pub(crate) const NOT: char = '不';
/// 首, "first", the prefix of a rank (首批, 首套).
pub(crate) const FIRST_PREFIX: char = '首';
/// 两, the two that counts (两年, 两家).
pub(crate) const LIANG: char = '两';
/// 又, joining a whole number and a fraction (十一又十四分之一).
pub(crate) const AND_FRACTION: char = '又';
/// 整, "exactly", closing an amount (100元整).
pub(crate) const EXACTLY: char = '整';
/// 电, electricity, near a 度 that counts kilowatt-hours (120万度电).
pub(crate) const ELECTRICITY: char = '电';
/// 多, "several", opening a part of a framework label (多规合一): a number
/// left open.
pub(crate) const MANY: char = '多';
/// 分之, the mark of a fraction between its denominator and numerator
/// (三分之一, 百分之十五).
pub(crate) const FRACTION_MARK: &str = "分之";
/// The division sign of a formula (`250天÷12月`): the figure after it is a
/// divisor, an amount, never a date.
pub(crate) const DIVIDE: char = '÷';

/// The enumeration comma (顿号) between the items of a list.
pub(crate) const ENUM_COMMA: char = '、';
/// The bracket that opens a document's title (`《`).
pub(crate) const TITLE_OPEN: char = '《';
/// The bracket that closes it (`》`).
pub(crate) const TITLE_CLOSE: char = '》';
/// The quotation mark that opens a quoted name (`“小巨人”`), of a framework
/// label (`“三大行动”`) and of a list of members before one.
pub(crate) const OPEN_QUOTE: char = '“';
/// The quotation mark that closes it (`”`).
pub(crate) const CLOSE_QUOTE: char = '”';
/// The full stop (句号), ending a sentence (and, in a bracket, a remark).
pub(crate) const FULL_STOP: char = '。';
/// Opening and closing quotes and brackets around a name or an aside, in
/// the order the facts grammar reads them: the quotation marks, the round
/// brackets (ASCII, then full-width), the title brackets.
pub(crate) const PAIRS: [(char, char); 4] = [
    (OPEN_QUOTE, CLOSE_QUOTE),
    ('(', ')'),
    ('（', '）'),
    (TITLE_OPEN, TITLE_CLOSE),
];
/// The particles that link a figure to the noun it qualifies (`…的增长`,
/// `…之增长`); the first, 的, is also the attributive after a quoted list
/// (`“A、B”的…`).
pub(crate) const LINKS: [char; 2] = ['的', '之'];
/// 比, "compared with": after a share verb it makes a ratio (`占比`), after
/// 与/同 and a time it closes the comparison (`与上年比`).
pub(crate) const COMPARE_MARK: char = '比';
/// 全, "whole", opening a scope of a rank (`全省第二`).
pub(crate) const WHOLE: char = '全';
/// 倍, the unit code of a multiple (`Value::Multiple`), also the unit the
/// facts grammar compares a multiple by.
pub(crate) const MULTIPLE: &str = "倍";
/// The mark between the two ends of a period in its text (`2024-01-01…2024-12-31`).
pub(crate) const RANGE_MARK: char = '…';

// The unit words (rows of units.tsv) a reading of the unit recogniser
// branches on (`numeric/unit.rs`).
/// 期: a count of periods, or a phase (二期厂房).
pub(crate) const PHASE: &str = "期";
/// 届: a count of terms, or an edition (十三届).
pub(crate) const TERM: &str = "届";
/// 次: a count of times, or a session (四次会议).
pub(crate) const TIMES: &str = "次";
/// 级: a level, a magnitude, or a class after an amount (5万吨级).
pub(crate) const GRADE: &str = "级";
/// 度: a degree, or a kilowatt-hour of electricity (120万度电).
pub(crate) const KWH: &str = "度";
/// 元, the yuan, after which its parts (角, 分) are read.
pub(crate) const YUAN: &str = "元";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_stops_find_what_each_walk_finds() {
        // From every character boundary, the first place a scanner works
        // (an ASCII byte or a character of its bitset) is the same through
        // its own walk and through the stops of the shared pass.
        let bits = |cs: &str| {
            let mut b = [0u64; 1024];
            for c in cs.chars() {
                b[c as usize >> 6] |= 1 << (c as usize & 63);
            }
            b
        };
        let (a, b) = (bits("一二三第"), bits("年月一今"));
        let union: [u64; 1024] = std::array::from_fn(|k| a[k] | b[k]);
        let text = "统计，2024年一月第3季度é𠀀今天a.5，增长三成ü\"二〇\"年";
        let bytes = text.as_bytes();
        let [sa, sb] = stops(bytes, &union, [&a, &b], [true, true]).unwrap();
        for (own, stops) in [(&a, &sa), (&b, &sb)] {
            let works = |p: usize| {
                let c = text[p..].chars().next().map_or(0, |c| c as usize);
                c < 0x80 || (0x800..0x10000).contains(&c) && own[c >> 6] >> (c & 63) & 1 == 1
            };
            let first = |mut skip: Skip<'_>, i: usize| {
                let mut p = skip.next(bytes, i);
                while p < bytes.len() && !works(p) {
                    p = skip.next(
                        bytes,
                        p + text[p..].chars().next().map_or(1, char::len_utf8),
                    );
                }
                p
            };
            for (i, _) in text.char_indices() {
                assert_eq!(
                    first(Skip::Bits(own), i),
                    first(Skip::Stops(stops, 0), i),
                    "{i}"
                );
            }
        }
        // Thick stops: no lists.
        assert!(stops("1，".repeat(2000).as_bytes(), &union, [&a, &b], [true; 2]).is_none());
    }

    #[test]
    fn han_script() {
        for c in ['中', '〇', '々', '㐀', '龎', '⺀', '𠀀', '𲎯'] {
            assert!(is_han_script(c), "{c}");
        }
        for c in ['a', '１', '\u{3000}', '〔', '、', 'ア', '한', '\u{9FFF}'] {
            assert_eq!(is_han_script(c), c == '\u{9FFF}', "{c}");
        }
        // Every range is ordered and apart from the next.
        assert!(HAN_SCRIPT.windows(2).all(|w| w[0].1 + 1 < w[1].0));
        assert!(HAN_SCRIPT.iter().all(|&(lo, hi)| lo <= hi));
    }

    #[test]
    fn ideographs_and_digits() {
        for c in ['元', '㐀', '𠀀'] {
            assert!(is_han(c), "{c}");
        }
        for c in ['〇', '々', 'A', '、'] {
            assert!(!is_han(c), "{c}");
        }
        assert!(is_decimal('7') && is_decimal('７') && !is_decimal('七'));
        assert!(is_space('\u{3000}') && is_line_space('\t') && !is_line_space('\n'));
    }
}
