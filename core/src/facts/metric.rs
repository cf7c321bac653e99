//! A figure's own words: the text of its clause since the previous figure or
//! time, up to the figure (or its verb of change). From them come the
//! metric, the subject, the whole of a share, the lists before 分别, and
//! the cues of a growth rate, a share or a comparison.
//!
//! The words are cut, in this order: at 分别 (the list before it pairs with
//! the figures), at a comparison (`比上年`, `高于全国`: the rest is the
//! basis), at 占 (the rest is the share's whole); then reporting verbs,
//! verbs of change, basis, rank and goal words are stripped from the end,
//! fillers from the start, and a subject (`全市`, `漯河市`,
//! `全省银行业金融机构`) from the start.

use super::lexicon::{Lexicon, Role, Scan};
use super::Metric;
use crate::entity::{Entity, Kind, Span};
use crate::lexicon::{self as words, has_char, List};
use std::sync::LazyLock;

/// What a figure's own words say.
#[derive(Debug, Clone, Default)]
pub(crate) struct Analysis {
    pub metric: Option<Metric>,
    pub subject: Option<Span>,
    pub whole: Option<Span>,
    /// A share word (占, 比重, 占比) names a part of a whole.
    pub share: bool,
    /// A growth noun (增速, 增幅) makes the figure a rate of change.
    pub growth: bool,
    /// A comparison (比…, 高于…) makes the figure a difference.
    pub compare: bool,
    /// Metrics or subjects listed before 分别, one per figure in order.
    pub list: Vec<Item>,
    /// The words hold 分别 (the figures after it are listed).
    pub respectively: bool,
    /// Where the share word (比重, 占比) ending the words ends, after
    /// its whole when a share verb opens one (`占地区生产总值的比重`).
    pub share_end: Option<usize>,
    /// The metric with its share written whole (`第一产业占地区生产总值的
    /// 比重`, `第一产业比重`): the metric of a change of that share.
    pub share_phrase: Option<Span>,
    /// The words name only work done or begun (`新开工`, `重点养护`,
    /// `开工建设`), no indicator: the figure is of the object of that work
    /// named before it.
    pub bare_work: bool,
}

/// One listed metric or subject.
#[derive(Debug, Clone)]
pub(crate) enum Item {
    Metric(Metric),
    Subject(Span),
}

/// The characters a stretch of words holds, by code point modulo 128: a
/// filter read before a search (a clear bit: no such character, no search).
/// A figure's words are read once for it; the words searched for (分别,
/// the share verbs, brackets, verbs inside metrics) are mostly absent.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CharSet {
    bits: u128,
    /// A closing quote or bracket is in the set (exact: no filter).
    close: bool,
    /// An opening quote or bracket is in the set.
    open: bool,
    /// The scans ([`Scan`]) a word may start for at one of the characters
    /// (by table slot): a scan for a word none may start is skipped.
    starts: u8,
}

/// The closing marks of [`has_close`] (`)` ” ） 》).
const CLOSE_MARKS: [(u8, u8, u8); 3] = [(0xE2, 0x80, 0x9D), (0xEF, 0xBC, 0x89), (0xE3, 0x80, 0x8B)];
/// The opening marks of [`has_open`] (`(` “ （ 《).
const OPEN_MARKS: [(u8, u8, u8); 3] = [(0xE2, 0x80, 0x9C), (0xEF, 0xBC, 0x88), (0xE3, 0x80, 0x8A)];

impl CharSet {
    /// The characters of `s`.
    pub(crate) fn of(lex: &Lexicon, s: &str) -> CharSet {
        CharSet::read(lex, s, |_, _| {})
    }

    /// The characters of `text[s..e]`, and in `hits` where its characters
    /// may start a word of a [`Scan`] or are no word characters (one walk
    /// for the set and the list).
    fn with_hits(lex: &Lexicon, text: &str, s: usize, e: usize, hits: &mut Hits) -> CharSet {
        hits.from = s;
        hits.to = e;
        hits.len = 0;
        CharSet::read(lex, &text[s..e], |i, bits| hits.push(i, bits))
    }

    /// The characters of `s`; `hit(i, bits)` is told the scan bits of
    /// the character at byte `i` of `s`, with [`NOT_WORD`] for a character
    /// that is no word character ([`is_word_char`]), where they are not 0.
    #[inline(always)]
    fn read(lex: &Lexicon, s: &str, mut hit: impl FnMut(usize, u8)) -> CharSet {
        let mut set = CharSet {
            bits: 0,
            close: false,
            open: false,
            starts: 0,
        };
        // Read on the bytes: a three-byte character's low 7 bits are in its
        // last two bytes, and the marks are three-byte characters led by
        // E2, E3 or EF (no Han character's lead byte).
        let b = s.as_bytes();
        // The bits of the Han characters (most of them), in two halves by
        // bit 6 (a shift of a 128-bit word costs more).
        let (mut low, mut high) = (0u64, 0u64);
        let mut i = 0;
        while i < b.len() {
            match b[i..] {
                // A Han character (lead E4..E9): no quote or bracket.
                [0xE4..=0xE9, b1, b2, ..] => {
                    // Without a branch on bit 6 (as good as random across
                    // the characters of a text: a mispredicted jump each
                    // other character).
                    let bit = 1u64 << (b2 & 0x3F);
                    let odd = u64::from(b1 & 1).wrapping_neg();
                    low |= bit & !odd;
                    high |= bit & odd;
                    // (U+4000..U+9FFF: a word character.)
                    let scans = lex.slot_scans(super::lexicon::han_slot(b1, b2));
                    set.starts |= scans;
                    hit(i, scans);
                    i += 3;
                }
                [x, ..] if x < 0x80 => {
                    set.bits |= 1u128 << x;
                    set.close |= x == b')';
                    set.open |= x == b'(';
                    let scans = lex.slot_scans(usize::from(x));
                    set.starts |= scans;
                    hit(i, scans | not_word(char::from(x)));
                    i += 1;
                }
                [b0 @ 0xE0..=0xEF, b1, b2, ..] => {
                    set.bits |= 1u128 << (((b1 & 1) << 6) | (b2 & 0x3F));
                    let scans = lex.slot_scans(super::lexicon::han_slot(b1, b2));
                    set.starts |= scans;
                    if matches!(b0, 0xE2 | 0xE3 | 0xEF) {
                        set.close |= CLOSE_MARKS.contains(&(b0, b1, b2));
                        set.open |= OPEN_MARKS.contains(&(b0, b1, b2));
                    }
                    let c = (u32::from(b0 & 0x0F) << 12)
                        | (u32::from(b1 & 0x3F) << 6)
                        | u32::from(b2 & 0x3F);
                    hit(i, scans | not_word(char::from_u32(c).unwrap_or_default()));
                    i += 3;
                }
                _ => {
                    let c = s[i..].chars().next().unwrap_or_default();
                    set.bits |= 1u128 << (c as u32 & 127);
                    let scans = lex.slot_scans(c as usize);
                    set.starts |= scans;
                    hit(i, scans | not_word(c));
                    i += c.len_utf8();
                }
            }
        }
        set.bits |= u128::from(low) | u128::from(high) << 64;
        set
    }

    /// False when no word of `scan` starts at a character of the set.
    fn may_start(self, scan: Scan) -> bool {
        Lexicon::may_start_scan_bits(self.starts, scan)
    }

    /// The words of `list`, in file order, whose characters the set may
    /// all hold (the others surely are not in its words): one test of the
    /// word's precomputed bits each.
    fn words_of(self, list: List) -> impl Iterator<Item = &'static str> {
        let bits = self.bits;
        WORD_BITS[list as usize]
            .iter()
            .filter(move |&&(_, m)| m & !bits == 0)
            .map(|&(w, _)| w)
    }
}

/// Each word of each list with the bits of [`CharSet`] it sets, indexed
/// by `List as usize` then by the word's place in its list: a word whose
/// bits the set lacks is not searched for. (The words and their bits side
/// by side: one table read, where a zip of the list and its bits read two
/// tables behind two lazy statics at every call.)
static WORD_BITS: LazyLock<Vec<Vec<(&'static str, u128)>>> = LazyLock::new(|| {
    List::ALL
        .iter()
        .map(|&l| {
            words::list(l)
                .iter()
                .map(|&w| {
                    let m = w.chars().fold(0u128, |m, c| m | 1u128 << (c as u32 & 127));
                    (w, m)
                })
                .collect()
        })
        .collect()
});

/// The bit of [`Hits`] for a character that is no word character.
const NOT_WORD: u8 = 0x80;

/// [`NOT_WORD`] for a character that is no word character, else 0.
#[inline(always)]
fn not_word(c: char) -> u8 {
    if is_word_char(c) {
        0
    } else {
        NOT_WORD
    }
}

/// The scan bits [`Hits`] keeps: those of the scans that read it, and
/// [`NOT_WORD`].
const LISTED: u8 = Scan::Stops as u8
    | Scan::CompareOrNot as u8
    | Scan::Act as u8
    | Scan::InnerLead as u8
    | NOT_WORD;

/// How many characters [`Hits`] holds; words with more fall back to the
/// walks over every character.
const HITS: usize = 48;

/// The hit list of a figure's words, found by [`CharSet::with_hits`] in
/// the walk that reads their characters: where a word of a [`Scan`] may
/// start (by the table slot of its first character) and where a
/// character that is no word character stands, in text order. The scans
/// of the words (the subject's words and suffixes, the comparisons, the
/// verbs of work done, the times of the year inside) read this list
/// instead of testing every character of the words again.
pub(crate) struct Hits {
    /// The words the list is of, `from..to` of the text.
    from: usize,
    to: usize,
    /// The number of characters found (more than [`HITS`]: the list is
    /// incomplete, and not read).
    len: usize,
    /// Each character's offset from `from` and its scan bits (with
    /// [`NOT_WORD`]).
    at: [u32; HITS],
    bits: [u8; HITS],
}

impl Hits {
    pub(crate) fn new() -> Hits {
        Hits {
            from: 0,
            to: 0,
            len: 0,
            at: [0; HITS],
            bits: [0; HITS],
        }
    }

    #[inline(always)]
    fn push(&mut self, i: usize, bits: u8) {
        // Only the scans that read the list (a character where only a
        // subject word or a break may start is none of its).
        let bits = bits & LISTED;
        if bits != 0 {
            if self.len < HITS {
                self.at[self.len] = i as u32;
                self.bits[self.len] = bits;
            }
            self.len += 1;
        }
    }

    /// The list, when it is whole and covers `s..e`.
    fn of(hits: Option<&Hits>, s: usize, e: usize) -> Option<&Hits> {
        hits.filter(|h| h.len <= HITS && h.from <= s && e <= h.to)
    }

    /// The characters in `s..e` (inside the list's words) whose bits meet
    /// `mask`: their offsets in the text and their bits.
    fn within(&self, s: usize, e: usize, mask: u8) -> impl Iterator<Item = (usize, u8)> + '_ {
        let from = self.from;
        let n = self.len.min(HITS);
        self.at[..n]
            .iter()
            .zip(&self.bits[..n])
            .map(move |(&a, &b)| (from + a as usize, b))
            .skip_while(move |&(p, _)| p < s)
            .take_while(move |&(p, _)| p < e)
            .filter(move |&(_, b)| b & mask != 0)
    }
}

/// A letter, digit or Han character (a cheap stand-in for
/// `char::is_alphanumeric`, whose table lookup is slow for Han).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{3134f}')
        || (!c.is_ascii()
            && c > '\u{3000}'
            // CJK and full-width punctuation (、。《》（），：；！？): no table lookup.
            && !matches!(c, '\u{3001}'..='\u{3004}' | '\u{3008}'..='\u{3020}' | '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}')
            && c.is_alphanumeric())
}

/// True when `s` holds a closing quote or bracket (” ） 》 `)`).
fn has_close(s: &str, set: CharSet) -> bool {
    set.close && has_mark(s, b')', CLOSE_MARKS)
}

/// True when `s` holds an opening quote or bracket (“ （ 《 `(`).
fn has_open(s: &str, set: CharSet) -> bool {
    set.open && has_mark(s, b'(', OPEN_MARKS)
}

/// True when `s` holds the byte `ascii` or one of the three-byte
/// characters `wide`: vectorised searches for `ascii` and for the last
/// bytes of the three, then a look at the two bytes before a hit (cheaper
/// than one backward search per character).
fn has_mark(s: &str, ascii: u8, wide: [(u8, u8, u8); 3]) -> bool {
    let b = s.as_bytes();
    if memchr::memchr(ascii, b).is_some() {
        return true;
    }
    memchr::memchr3_iter(wide[0].2, wide[1].2, wide[2].2, b)
        .any(|i| i >= 2 && wide.contains(&(b[i - 2], b[i - 1], b[i])))
}

fn is_edge_punct(c: char) -> bool {
    // Han characters, the common case, first: no table lookup.
    if matches!(c, '\u{4e00}'..='\u{9fff}') {
        return false;
    }
    c.is_whitespace()
        || crate::chars::is_edge_mark(c)
        || (!c.is_ascii()
            && !is_word_char(c)
            && (has_char(List::BulletMark, c) || has_char(List::HeadingMark, c)))
}

/// True when `b` starts with a character of U+4E00..U+9FFF (three bytes,
/// lead E4 with a second byte from B8, or a lead E5..E9): a Han character,
/// no edge punctuation and no quote.
#[inline]
fn starts_han(b: &[u8]) -> bool {
    match b {
        [b0, b1, ..] => han_lead(*b0, *b1),
        _ => false,
    }
}

/// [`starts_han`] on the first two bytes of a character.
#[inline(always)]
fn han_lead(b0: u8, b1: u8) -> bool {
    matches!(b0, 0xE5..=0xE9) || (b0 == 0xE4 && b1 >= 0xB8)
}

/// `s..e` without the punctuation and spaces at its edges.
///
/// Inlined: most words open and end with a Han character, nothing to trim
/// (the test here costs less than a call, the character decoding of
/// [`trim_edges`] more).
#[inline]
pub(crate) fn trim(text: &str, s: usize, e: usize) -> (usize, usize) {
    // Both ends read on their first two bytes (a Han character's lead
    // byte and its second byte), in one bounds check.
    if let Some(w) = text.as_bytes().get(s..e).filter(|w| w.len() >= 3) {
        let n = w.len();
        if han_lead(w[0], w[1]) && han_lead(w[n - 3], w[n - 2]) {
            return (s, e);
        }
    }
    trim_edges(text, s, e)
}

/// [`trim`] character by character.
#[inline(never)]
fn trim_edges(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e {
        match text[s..e].chars().next() {
            // An opening quote closed inside the words opens a name
            // (`“零增地”技改投资`): it stays.
            Some(c) if c == PAIRS[0].0 && text[s + c.len_utf8()..e].contains(PAIRS[0].1) => break,
            Some(c) if is_edge_punct(c) => s += c.len_utf8(),
            _ => break,
        }
    }
    while s < e {
        match text[s..e].chars().next_back() {
            // A closing quote of a name opened inside the words
            // (`新开发“双协员”`): it stays.
            Some(c) if c == PAIRS[0].1 && closes_name(&text[s..e - c.len_utf8()]) => break,
            Some(c) if is_edge_punct(c) => e -= c.len_utf8(),
            _ => break,
        }
    }
    (s, e)
}

/// Whether `before` holds an opening quote with a word character after it
/// and no closing quote: a quote closing after it ends a quoted name.
fn closes_name(before: &str) -> bool {
    before.rfind(PAIRS[0].0).is_some_and(|i| {
        let inner = &before[i + PAIRS[0].0.len_utf8()..];
        !inner.contains(PAIRS[0].1) && inner.chars().any(is_word_char)
    })
}

/// Roles stripped from the end of a metric (growth nouns apart).
const END_ROLES: &[Role] = &[
    Role::Keep,
    Role::Report,
    Role::Change,
    Role::Basis,
    Role::Rank,
    Role::Target,
    Role::Forecast,
    Role::Filler,
    Role::Share,
    Role::Growth,
    // 已经, 累计 right before the verb (`总里程已经达到`).
    Role::Done,
];

/// The entity that ends exactly at `end` and starts at or after `floor`;
/// `entities` are the sorted entities before the figure.
fn entity_ending(entities: &[Entity], floor: usize, end: usize) -> Option<&Entity> {
    // `entities` are those before the figure: look back from the last.
    for x in entities.iter().rev() {
        if x.span.end < end {
            return None;
        }
        if x.span.end == end {
            return (x.span.start >= floor).then_some(x);
        }
    }
    None
}

/// A metric with a reporting verb inside it (`第一产业实现增加值`,
/// `主营业务贡献利润`): the text without the verb. The indicator after the
/// verb is a word of two characters or more (`贡献率` is one word).
fn without_verb(lex: &Lexicon, text: &str, s: usize, e: usize, set: CharSet) -> Option<String> {
    let t = &text[s..e];
    set.words_of(List::VerbInMetric).find_map(|v| {
        let i = find_word(t, v)?;
        let (head, tail) = (&t[..i], &t[i + v.len()..]);
        // 通过公共网络实现的商品销售额: a verb of a relative clause stays.
        if head.chars().count() < 2 || tail.chars().count() < 2 || tail.starts_with(LINKS[0]) {
            return None;
        }
        // 年度计划完成投资: the verb after a plan's name (a goal word read
        // as a noun) names the plan's figure, the work planned, no work
        // done.
        if lex.ending(text, s, s + i, &[Role::NotCue]).is_some() {
            return None;
        }
        // A filler or a word of work done before the verb goes with it
        // (`规模以上工业企业累计完成总产值` → `规模以上工业企业总产值`).
        let mut he = s + i;
        while let Some((w, _)) = lex
            .ending(text, s, he, &[Role::Lead, Role::Filler, Role::Done])
            .filter(|(w, _)| text[s..he - w.len()].chars().count() >= 2)
        {
            he -= w.len();
        }
        Some(format!("{}{tail}", &text[s..he]))
    })
}

/// Where `word` first occurs in `hay`: a vectorised search for the word's
/// last byte (a UTF-8 continuation byte for Han words, rarer than a lead
/// byte), then a comparison of the bytes before it.
pub(crate) fn find_word(hay: &str, word: &str) -> Option<usize> {
    let (h, w) = (hay.as_bytes(), word.as_bytes());
    let last = *w.last()?;
    let n = w.len();
    let mut from = n - 1;
    while from < h.len() {
        let end = from + memchr::memchr(last, &h[from..])? + 1;
        if &h[end - n..end] == w {
            return Some(end - n);
        }
        from = end;
    }
    None
}

/// Where `word` last occurs in `hay`, searched as [`find_word`] does, from
/// the end.
fn rfind_word(hay: &str, word: &str) -> Option<usize> {
    let (h, w) = (hay.as_bytes(), word.as_bytes());
    let last = *w.last()?;
    let n = w.len();
    let mut to = h.len();
    while to >= n {
        let end = memchr::memrchr(last, &h[..to])? + 1;
        if end >= n && &h[end - n..end] == w {
            return Some(end - n);
        }
        to = end - 1;
    }
    None
}

/// The last date or period lying inside `s..e`.
fn time_inside(entities: &[Entity], s: usize, e: usize) -> Option<Span> {
    // `entities` are those before the figure: look back from the last.
    entities
        .iter()
        .rev()
        .take_while(|x| x.span.start >= s)
        .find(|x| x.span.end <= e && matches!(x.kind, Kind::Date | Kind::Period))
        .map(|x| x.span)
}

/// Strips words of `roles` (and times, durations, punctuation) from the end
/// of `s..e`; sets the growth and share cues met. `every` is false when the
/// words surely hold no word of every (`每`): no per-unit base is looked for.
fn strip_end(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    (s, mut e): (usize, usize),
    every: bool,
    a: &mut Analysis,
) -> usize {
    let end = trim(text, s, e).1;
    loop {
        let (_, t) = trim(text, s, e);
        e = t;
        if e <= s {
            return s;
        }
        if let Some(ent) = entity_ending(entities, s, e) {
            if matches!(
                ent.kind,
                Kind::Duration | Kind::Date | Kind::Period | Kind::Ordinal
            ) {
                e = ent.span.start;
                continue;
            }
        }
        if let Some(b) = every.then(|| per_unit_base(text, s, e)).flatten() {
            e = b;
            continue;
        }
        // An aside after a basis or a verb (`地区生产总值同比(下同)增长`)
        // qualifies that word: it goes, and the word after it.
        if let Some(b) = verb_aside(lex, text, s, e) {
            e = b;
            continue;
        }
        let Some((w, roles)) = lex.ending(text, s, e, END_ROLES) else {
            return e;
        };
        if roles.has(Role::Keep) {
            return e;
        }
        // The word found may be the tail of a longer verb of work done
        // (排 of `共安排十方面32项`): that verb goes whole, as a verb of
        // report would, and leaves no half of it as the indicator.
        if let Some((act, _)) = lex
            .ending(text, s, e, &[Role::Act])
            .filter(|(act, _)| act.len() > w.len())
        {
            e -= act.len();
            continue;
        }
        if roles.has(Role::Growth) && !roles.any(&[Role::Report, Role::Change, Role::Target]) {
            a.growth = true;
            let re = e - w.len();
            let rs = strip_start(lex, text, s, re);
            let rest = &text[rs.min(re)..re];
            if rest.is_empty()
                || words::list(List::BareMetric).contains(&rest)
                || rest.chars().count() < 2
            {
                // 经济增长目标: a shorter goal noun at the end goes alone
                // (经济增长 stays); 经济增速 stays whole.
                let inner = e - w.len() + w.chars().next().map_or(0, char::len_utf8);
                return match lex.ending(text, inner, e, &[Role::Growth]) {
                    Some((g, _)) => e - g.len(),
                    None => e,
                };
            }
        }
        if roles.has(Role::Share) {
            a.share = true;
            a.share_end.get_or_insert(e);
        }
        if lone_result_sign(lex, text, entities, s, e, w) {
            return e;
        }
        // A verb of growth with words stripped after it (`年均增长要保持在
        // 11%`): the figure is a rate of change all the same; not one of a
        // level reached (`下降为2.02`).
        if e < end
            && words::list(List::GrowthVerb).contains(&w)
            && words::prefix_in(List::ToState, &text[e..end]).is_none()
        {
            a.growth = true;
        }
        e -= w.len();
        // A modal right before a verb (`要保持在`, `应达到`) goes with it.
        if roles.any(&[Role::Report, Role::Change, Role::Target]) {
            if let Some(m) = words::suffix_in(List::VerbModal, &text[s..e]) {
                if e - m.len() > s {
                    e -= m.len();
                }
            }
        }
    }
}

/// Whether `w`, ending `s..e`, is a sign word of a result (盈利, 亏损) with
/// nothing before it but fillers (`…业绩,盈利19.17亿元`), or fillers and the
/// period of the result (`预计2017年盈利…`): it names the figure.
fn lone_result_sign(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    s: usize,
    e: usize,
    w: &str,
) -> bool {
    if !words::list(List::ResultSign).contains(&w) {
        return false;
    }
    let at = e - w.len();
    let from = strip_start(lex, text, s, at);
    from >= at
        || entity_ending(entities, from, at)
            .is_some_and(|t| t.span.start == from && matches!(t.kind, Kind::Date | Kind::Period))
}

/// Where a closed aside ending `s..e` starts when the words before it end
/// with a basis, report or change word (`同比(下同)`).
fn verb_aside(lex: &Lexicon, text: &str, s: usize, e: usize) -> Option<usize> {
    // The closing brackets end in `)` or 0x89 (`）`, EF BC 89): one byte
    // read before the comparisons.
    if !matches!(text.as_bytes()[..e].last(), Some(b')' | 0x89)) {
        return None;
    }
    let words = &text[s..e];
    let (open, close) = [PAIRS[1], PAIRS[2]]
        .into_iter()
        .find(|(_, close)| words.ends_with(*close))?;
    let at = s + words[..words.len() - close.len_utf8()].rfind(open)?;
    lex.ending(text, s, at, &[Role::Basis, Role::Report, Role::Change])
        .map(|_| at)
}

/// Where a per-unit base ending `s..e` starts: a word of every and a unit
/// of measure (`均价控制在每平方米1.2万元`, `每吨`, `每人`), no part of the
/// metric.
fn per_unit_base(text: &str, s: usize, e: usize) -> Option<usize> {
    let words = &text[s..e];
    let (at, every) = words::list(List::EveryWord)
        .iter()
        .filter_map(|w| rfind_word(words, w).map(|i| (s + i, w.len())))
        .max()?;
    let after = at + every;
    crate::numeric::table::UNITS
        .longest_at(text, after)
        .is_some_and(|(u, _)| after + u.len() == e)
        .then_some(at)
}

/// The length of the row number and its spaces opening `s..e` at a line's
/// start (`1 城镇新增就业`: a table row printed one a line, cells parted by
/// spaces), if there is one.
fn row_number_at(text: &str, s: usize, e: usize) -> Option<usize> {
    let head = text[..s].trim_end_matches(super::heading::is_line_space);
    if !(head.is_empty() || head.ends_with('\n')) {
        return None;
    }
    let w = &text[s..e];
    let digits = w.len() - w.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &w[digits..];
    let spaced = rest.trim_start_matches(super::heading::is_line_space);
    (digits > 0 && spaced.len() < rest.len() && !spaced.is_empty())
        .then_some(w.len() - spaced.len())
}

/// Strips fillers and goal words from the start of `s..e`.
pub(crate) fn strip_start(lex: &Lexicon, text: &str, mut s: usize, e: usize) -> usize {
    loop {
        let (t, _) = trim(text, s, e);
        s = t;
        if s >= e {
            return e;
        }
        // A table's row number opening the line (`1 城镇新增就业…`).
        if let Some(n) = row_number_at(text, s, e) {
            s += n;
            continue;
        }
        match lex.starting(
            text,
            s,
            e,
            &[
                Role::Lead,
                Role::Target,
                Role::Forecast,
                Role::Report,
                Role::Basis,
                Role::NotLead,
                Role::Change,
            ],
        ) {
            // A word that opens with a lead but is none (其他, 在库) stays.
            Some((_, roles)) if roles.has(Role::NotLead) => return s,
            // A verb reaching a period, nothing after it (`下降到回顾期的`
            // before the level reached): no words of a metric.
            Some((w, roles))
                if roles.has(Role::Change)
                    && !roles.any(&[Role::Lead, Role::Target, Role::Forecast, Role::Basis]) =>
            {
                let rest = s + w.len();
                let reached = lex
                    .starting(text, rest, e, &[Role::Lead])
                    .is_some_and(|(l, _)| strip_start(lex, text, rest + l.len(), e) >= e);
                return if reached { e } else { s };
            }
            Some((w, roles))
                if roles.any(&[Role::Lead, Role::Target, Role::Forecast, Role::Basis])
                    || w.chars().count() >= 2 =>
            {
                s += w.len()
            }
            _ => return s,
        }
    }
}

/// The subject at the start of `s..e`: a known word (`全市`, `河北`) or a
/// name ending in a subject suffix (`漯河市`, `全省银行业金融机构`), the
/// longest within 14 characters.
pub(crate) fn subject_at(lex: &Lexicon, text: &str, s: usize, e: usize) -> Option<Span> {
    subject_in(lex, text, s, e, true, None)
}

/// The block and suffix words [`subject_at`] looks for after the start.
const STOPS: [Role; 2] = [Role::Block, Role::SubjectSuffix];

/// [`subject_at`] for words of a figure, whose [`CharSet`] tells whether
/// a block or suffix word may start in them at all: when none may, only
/// a subject word at the start is looked up. `hits`, the words' hit list,
/// gives the characters where a block or suffix word may start.
fn subject_of(
    lex: &Lexicon,
    text: &str,
    s: usize,
    e: usize,
    set: CharSet,
    hits: Option<&Hits>,
) -> Option<Span> {
    subject_in(lex, text, s, e, set.may_start(Scan::Stops), hits)
}

/// [`subject_at`]; `stops` false when no block or suffix word starts in
/// `s..e` (a name found by its suffix then is none).
fn subject_in(
    lex: &Lexicon,
    text: &str,
    s: usize,
    e: usize,
    stops: bool,
    hits: Option<&Hits>,
) -> Option<Span> {
    let best = lex
        .starting(text, s, e, &[Role::SubjectWord])
        .map(|(w, _)| s + w.len());
    if !stops {
        return best.map(|b| Span::new(s, b));
    }
    let mut scan = SubjectScan {
        lex,
        text,
        s,
        e,
        best,
        skip: s,
        by_suffix: None,
    };
    match Hits::of(hits, s, e) {
        Some(h) => subject_by_hits(&mut scan, h),
        None => subject_by_chars(&mut scan),
    }
    scan.best.map(|b| Span::new(s, b))
}

/// [`subject_in`] read character by character (no hit list): each of
/// the first 14 characters of `s..e`.
fn subject_by_chars(scan: &mut SubjectScan<'_>) {
    let (lex, text, s, e) = (scan.lex, scan.text, scan.s, scan.e);
    let b = text.as_bytes();
    let mut at = s;
    let mut n = 0;
    while at < e && n < 14 {
        // A Han character (most of them) is read on its bytes: a word
        // character, its table slot its code point's low 12 bits.
        let (len, slot, word_char) = if starts_han(&b[at..e]) {
            let slot = super::lexicon::han_slot(b[at + 1], b[at + 2]);
            (3, slot, true)
        } else {
            let c = text[at..e].chars().next().unwrap_or_default();
            (c.len_utf8(), c as usize, is_word_char(c))
        };
        let here = at;
        at += len;
        n += 1;
        // The table says whether a block or suffix word may start here
        // before any lookup.
        if !scan.step(here, lex.may_start_scan(slot, Scan::Stops), !word_char) {
            break;
        }
    }
}

/// Whether the suffix word `w` at `at` ends a subject opening at `s` (a
/// name found by its suffix): `later` when `at` is after `s`; `best` and
/// `by_suffix` the ends found so far, as [`subject_in`] keeps them.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn suffix_subject(
    lex: &Lexicon,
    text: &str,
    s: usize,
    at: usize,
    w: &str,
    later: bool,
    best: Option<usize>,
    by_suffix: Option<usize>,
) -> bool {
    let end = at + w.len();
    let name = &text[s..end];
    // The cheap checks first; the joiners' searches last.
    // A place's urban part (`金华市区`): the word of no subject
    // (市区) opens at the suffix of a subject found just before.
    let not_subject = lex
        .ending(text, s, end, &[Role::NotSubject])
        .is_some_and(|(x, _)| {
            let first = x.chars().next().map_or(0, char::len_utf8);
            by_suffix != Some(end - x.len() + first)
        });
    end > best.unwrap_or(s)
        && (later || w.chars().count() >= 2)
        && !name.bytes().any(|b| b.is_ascii_digit())
        && !not_subject
        && lex
            .starting(text, s, end, &[Role::Lead, Role::Act])
            .is_none()
        && words::prefix_in(List::CreationLead, name).is_none()
        && !inner_subject_word(lex, text, s, end)
        && !has_joiner(name)
}

/// The state of [`subject_in`]'s scan of the first 14 characters of
/// `s..e`: `best` the end of the subject found so far, `skip` the end of
/// the last block word (its characters are passed over), `by_suffix` the
/// end of the last subject found by its suffix. Both walks (each
/// character, or the hit list) feed [`SubjectScan::step`].
struct SubjectScan<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    s: usize,
    e: usize,
    best: Option<usize>,
    skip: usize,
    by_suffix: Option<usize>,
}

impl SubjectScan<'_> {
    /// The character at `at`: `may_stop` when a block or suffix word may
    /// start there, `not_word` when it is no word character. False when
    /// the scan stops there.
    #[inline(always)]
    fn step(&mut self, at: usize, may_stop: bool, not_word: bool) -> bool {
        if at < self.skip {
            return true;
        }
        let found = if may_stop {
            self.lex.starting(self.text, at, self.e, &STOPS)
        } else {
            None
        };
        if let Some((w, _)) = found.filter(|(_, r)| r.has(Role::Block)) {
            self.skip = at + w.len();
            return true;
        }
        if let Some((w, _)) = found {
            let (lex, text, s) = (self.lex, self.text, self.s);
            if suffix_subject(lex, text, s, at, w, at > s, self.best, self.by_suffix) {
                let end = at + w.len();
                self.best = Some(self.best.map_or(end, |b: usize| b.max(end)));
                self.by_suffix = Some(end);
            }
        }
        // A subject is a name: it does not run over punctuation.
        !not_word
    }
}

/// [`subject_in`] over the hit list of the words (`stops` true): the
/// characters where a block or suffix word may start and the first that
/// is no word character, among the first 14 characters of `s..e`.
fn subject_by_hits(scan: &mut SubjectScan<'_>, hits: &Hits) {
    let (text, s, e) = (scan.text, scan.s, scan.e);
    // Where the 14 characters read end: needed only for a hit 14 bytes
    // or more after `s` (a character is a byte at least).
    let mut limit: Option<usize> = None;
    for (at, bits) in hits.within(s, e, Scan::Stops as u8 | NOT_WORD) {
        if at >= s + 14 {
            let l = *limit
                .get_or_insert_with(|| text[s..e].char_indices().nth(14).map_or(e, |(i, _)| s + i));
            if at >= l {
                break;
            }
        }
        if !scan.step(at, bits & Scan::Stops as u8 != 0, bits & NOT_WORD != 0) {
            break;
        }
    }
}

/// Whether a joining word (`SubjectJoiner`) stands anywhere in `name`: a
/// look at each character through the list's prefix filter (cheaper than a
/// search of the name for each word).
fn has_joiner(name: &str) -> bool {
    name.char_indices()
        .any(|(k, _)| words::prefix_in(List::SubjectJoiner, &name[k..]).is_some())
}

/// Whether a subject word that is no suffix (全省, 我市; not 公司) starts
/// inside `s..e` after its first character and ends at its end: a name found by its suffix that runs
/// from one subject over a clause into another (`我市连续三年获评全省`)
/// is none.
fn inner_subject_word(lex: &Lexicon, text: &str, s: usize, e: usize) -> bool {
    // The words ending at `e` are looked up by their last character (one
    // slot), not by a lookup at every character: a word of these roles
    // ending at `e` is the longest one starting where it starts.
    let first = text[s..e].chars().next().map_or(0, char::len_utf8);
    lex.all_ending(
        text,
        s + first,
        e,
        &[Role::SubjectWord, Role::SubjectSuffix],
    )
    .any(|(w, r)| {
        !r.has(Role::SubjectSuffix)
                // A place before it makes one name (`韶关全市`, `河北全省`).
                && !crate::policy::level::is_place_name(&text[s..e - w.len()])
    })
}

/// A subject that opens a sentence (`漯河市深入贯彻…`), before `end`.
pub(crate) fn opening_subject(lex: &Lexicon, text: &str, at: usize, end: usize) -> Option<Span> {
    let mut s = strip_start(lex, text, at, end);
    // 其次为江苏
    for w in words::list(List::SubjectCopula) {
        if text[s..end].starts_with(w) {
            s += w.len();
        }
    }
    subject_at(lex, text, s, end)
}

/// Opening and closing quotes and brackets; the characters that link a
/// figure to the noun it qualifies (`…的增长`).
pub(crate) use crate::chars::{LINKS, PAIRS};

/// The noun a figure qualifies through a link (`低于2.5%的控制目标`,
/// `9.5%左右的增长`): the word characters after the link at `start`, up
/// to six.
pub(crate) fn linked_noun(text: &str, start: usize) -> Option<Span> {
    let rest = text[start..].strip_prefix(LINKS[0])?;
    let from = start + LINKS[0].len_utf8();
    let len: usize = rest
        .chars()
        .take_while(|&c| is_word_char(c) && !c.is_ascii_digit())
        .take(6)
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| Span::new(from, from + len))
}

/// The part and whole of a share written `P在W中所` before its verb at `z`
/// (`轿车在国产汽车结构中所占的比例`): where the part ends (the locative)
/// and the whole (`国产汽车结构`), when both have words.
fn framed_part(lex: &Lexicon, text: &str, s: usize, z: usize) -> Option<(usize, Span)> {
    let p = words::suffix_in(List::ShareParticle, &text[s..z])?;
    let end = z - p.len();
    let last = text[s..end].chars().next_back()?.len_utf8();
    let we = end - last;
    lex.starting(text, we, end, &[Role::Post])
        .filter(|(w, _)| w.len() == last)?;
    let (at, open) = words::list(List::ShareFrameOpen)
        .iter()
        .filter_map(|w| text[s..we].rfind(w).map(|i| (s + i, w.len())))
        .max()?;
    let ws = at + open;
    (at > s && ws < we && text[s..we].chars().all(is_word_char)).then(|| (at, Span::new(ws, we)))
}

/// The roles of the words that end the thing named after a figure
/// ([`after_figure`]).
const AFTER_STOPS: [Role; 6] = [
    Role::Stop,
    Role::Report,
    Role::Change,
    Role::Compare,
    Role::Basis,
    Role::Growth,
];

/// Plus signs that join the words of a quoted name (`“公园+文商旅体展”`,
/// `“互联网+”`).
const QUOTED_PLUS: [char; 2] = ['+', '\u{FF0B}'];

/// The thing named right after a figure (`100余家专业机构`, `1500平方米实体空间`):
/// Han words up to a separator, a bracket, a stop word or a verb of
/// reporting or change, at most 12 characters; `None` when the figure is
/// followed by a separator or by a longer run (a clause, not a noun).
pub(crate) fn after_figure(lex: &Lexicon, text: &str, start: usize) -> Option<Span> {
    let mut at = start;
    let mut n = 0;
    // A quoted name opens the counted thing (`556项“跨省通办”事项`).
    // (A plus may join its words: `100场以上“公园+文商旅体展”活动`.)
    let (open, close) = PAIRS[0];
    if let Some(rest) = text[start..].strip_prefix(open) {
        let end = rest.char_indices().take(12).find(|&(_, c)| c == close);
        if let Some((i, _)) = end.filter(|&(i, _)| i > 0) {
            if rest[..i]
                .chars()
                .all(|c| is_word_char(c) || QUOTED_PLUS.contains(&c))
                && rest[..i].chars().any(is_word_char)
            {
                n = rest[..i].chars().count();
                at = start + open.len_utf8() + i + close.len_utf8();
            }
        }
    }
    while let Some(c) = text[at..].chars().next() {
        // A quoted name inside the words stays whole (`500亩以上连片“工改工”
        // 片区`).
        if c == open && at > start {
            let rest = &text[at + open.len_utf8()..];
            let end = rest.char_indices().take(12).find(|&(_, c)| c == close);
            if let Some((i, _)) = end.filter(|&(i, _)| i > 0 && rest[..i].chars().all(is_word_char))
            {
                n += rest[..i].chars().count();
                at += open.len_utf8() + i + close.len_utf8();
                continue;
            }
        }
        if !is_word_char(c) || c.is_ascii_digit() || LINKS.contains(&c) {
            break;
        }
        // A level reached after a change (`上升44.52%至人民币…`) is no
        // counted thing.
        if at == start && words::prefix_in(List::ToState, &text[at..]).is_some() {
            break;
        }
        if lex
            .starting(text, at, text.len(), &AFTER_STOPS)
            .is_some_and(|(w, r)| {
                // A one-character stop ends the words at the start, or as
                // a verb before a Latin or digit object (`行政村通5G`); a
                // verb of report opening a longer word that ends nothing
                // (`超长期特别国债资金`: 超 no verb there) does not.
                w.chars().count() >= 2
                    || (at == start
                        && !(r.has(Role::Report)
                            && !r.has(Role::Compare)
                            && lex
                                .starting(text, at, text.len(), &[Role::NotCompare])
                                .is_some_and(|(x, _)| x.len() > w.len())))
                    || text[at + w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
            })
        {
            break;
        }
        n += 1;
        if n > 12 {
            return None;
        }
        at += c.len_utf8();
    }
    // A postposition closing the clause (`分三大门类看，`) is no part of it.
    if n >= 3 && !text[at..].starts_with(|c: char| is_word_char(c)) {
        let last = text[..at].chars().next_back().map_or(0, char::len_utf8);
        if lex.starting(text, at - last, at, &[Role::Post]).is_some() {
            at -= last;
            n -= 1;
        }
    }
    // A milestone reached (`迈上3000亿元台阶`, `突破100亿元大关`) names no
    // counted thing: the indicator is the clause's.
    // Nor does the verb closing a statement of method (`按发售价每股2.50港元
    // 计算`), nor a noun of the level compared with (`高于省、市7.5%平均水平`:
    // the average of the indicator before).
    // (Read only for words of two characters or more.)
    // A record reached (`创近几年新高`) is a milestone too: the words end
    // with its noun.
    let milestone = || {
        words::list(List::Milestone)
            .iter()
            .any(|w| text[start..at].ends_with(w))
            || words::list(List::MethodClose)
                .iter()
                .chain(words::list(List::LevelNoun))
                .any(|w| &text[start..at] == *w)
    };
    (at > start && n >= 2 && !milestone()).then(|| Span::new(start, at))
}

/// The first comparison word in `s..e` (not 比重, 较高 …): where it starts.
/// `entities` are the extractor's entities before the figure at `e`.
fn comparison(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    s: usize,
    e: usize,
    hits: Option<&Hits>,
) -> Option<usize> {
    // `skip` passes over a word that is no comparison.
    let mut skip = s;
    // The characters where a comparison word (or one that is none) may
    // start, from the words' hit list.
    if let Some(h) = Hits::of(hits, s, e) {
        for (at, _) in h.within(s, e, Scan::CompareOrNot as u8) {
            if at < skip {
                continue;
            }
            if let Some(c) = comparison_at(lex, text, entities, s, e, at, &mut skip) {
                return Some(c);
            }
        }
        return None;
    }
    // One pass over the bytes. A Han character (most of them) is tested
    // on its table slot, read on its last two bytes without decoding it.
    let b = text.as_bytes();
    let mut at = s;
    while at < e {
        let (len, slot) = match b[at..e] {
            [x, ..] if x < 0x80 => (1, usize::from(x)),
            [0xE0..=0xEF, b1, b2, ..] => (3, super::lexicon::han_slot(b1, b2)),
            _ => {
                let c = text[at..e].chars().next().unwrap_or_default();
                (c.len_utf8(), c as usize)
            }
        };
        let here = at;
        at += len;
        let at = here;
        if at < skip || !lex.may_start_scan(slot, Scan::CompareOrNot) {
            continue;
        }
        if let Some(c) = comparison_at(lex, text, entities, s, e, at, &mut skip) {
            return Some(c);
        }
    }
    None
}

/// The most characters of a basis after a bare 比 or 较 that make it a
/// comparison whatever they say (`比上年`, `比全国平均水平高`).
const SHORT_BASIS_CHARS: usize = 6;

/// [`comparison`] at `at`, where a comparison word (or one that is none)
/// may start: where the comparison starts, if one does; `skip` moves past
/// a word that is none.
#[inline(always)]
fn comparison_at(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    s: usize,
    e: usize,
    at: usize,
    skip: &mut usize,
) -> Option<usize> {
    if let Some((w, roles)) = lex.starting(text, at, e, &[Role::Compare, Role::NotCompare]) {
        if roles.has(Role::NotCompare) || words::suffix_in(List::BasisMark, &text[s..at]).is_some()
        {
            *skip = at + w.len();
            return None;
        }
        // 与上年相比, 同去年相比: the comparison starts at 与/同.
        // (Not the 同 of a compared period: 与上年同期相比.)
        if roles.has(Role::CloseCompare) {
            let open = text[s..at].char_indices().rev().find(|&(i, c)| {
                has_char(List::CompareOpen, c)
                    && lex
                        .starting(text, s + i, at, &[Role::BasePeriod, Role::Basis])
                        .is_none()
            });
            if let Some((i, _)) = open {
                return Some(s + i);
            }
        }
        // A bare 比 or 较 compares when a short basis or a word of
        // difference follows (`比上年`, `比全国平均水平高`), not in a
        // name (`比亚迪上半年净利润`).
        let basis = &text[at + w.len()..e];
        // A bare 比 or 较 right before the figure ends a ratio's name
        // (`城乡居民收入比1.54`): the figure is no difference.
        // So does one before an aside or a reporting verb that runs to
        // the figure (`性别比(以女性为100)`, `城乡居民收入比为2.1`).
        let ratio = || {
            basis.starts_with([PAIRS[1].0, PAIRS[2].0])
                || lex
                    .starting(text, at + w.len(), e, &[Role::Report])
                    .is_some_and(|(r, _)| at + w.len() + r.len() == e)
        };
        if w.chars().count() == 1 && (basis.is_empty() || ratio()) {
            *skip = at + w.len();
            return None;
        }
        // A date or period right after it is the compared time
        // (`降幅比1-9月份收窄`), however long.
        // (The entities are in text order: a search, not a scan.)
        let after = at + w.len();
        // So is one after 截至 (`较截至2017年12月31日止年度`).
        let after = lex
            .starting(text, after, e, &[Role::AsOf])
            .map_or(after, |(a, _)| after + a.len());
        let first = super::partition_near(entities, entities.len(), |x| x.span.start < after);
        let timed = entities[first..]
            .iter()
            .take_while(|x| x.span.start == after)
            .any(|x| matches!(x.kind, Kind::Date | Kind::Period));
        // A compared value named with its time, the time closing the
        // basis before a verb of change or a word of difference
        // (`比我市历史上完成进出口总值最高的2019年增长9.8%`).
        let named_time = || {
            entities[first..]
                .iter()
                .take_while(|x| x.span.end <= e)
                .filter(|x| matches!(x.kind, Kind::Date | Kind::Period))
                .any(|x| {
                    let rest = &text[x.span.end..e];
                    rest.is_empty()
                        || lex
                            .starting(text, x.span.end, e, &[Role::Change])
                            .is_some_and(|(c, _)| x.span.end + c.len() == e)
                        || rest.chars().count() == 1
                            && rest.chars().all(|c| has_char(List::DifferenceWord, c))
                })
        };
        // A basis opening with a compared year (`比去年春节黄金周增长`) is
        // a compared period, up to twice as long.
        let base_year = || {
            basis.chars().count() <= 2 * SHORT_BASIS_CHARS
                && lex.starting(text, after, e, &[Role::BasePeriod]).is_some()
        };
        if w.chars().count() > 1
            || timed
            || named_time()
            || basis.chars().count() <= SHORT_BASIS_CHARS
            || base_year()
            || basis
                .chars()
                .next_back()
                .is_some_and(|c| has_char(List::DifferenceWord, c))
        {
            return Some(at);
        }
    }
    None
}

/// A word of "each" in `text[s..e]` right before a verb of report or
/// change (`各为`, `各增长`), which pairs a list as 分别 does: its offset
/// from `s` and length. Only after a list (an enumeration comma before it).
fn each_respectively(lex: &Lexicon, text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let words = &text[s..e];
    let each = words::list(List::EachRespectively);
    let mut from = 0;
    while from < words.len() {
        // The next place a word of "each" stands (a search, not a look at
        // every character).
        from += each
            .iter()
            .filter_map(|w| find_word(&words[from..], w))
            .min()?;
        let rest = &words[from..];
        let c = rest.chars().next()?;
        if let Some(w) = words::prefix_in(List::EachRespectively, rest) {
            let at = s + from + w.len();
            if list_items(text, s, s + from, true).len() >= 2
                && lex
                    .starting(text, at, e, &[Role::Report, Role::Change])
                    .is_some()
            {
                return Some((from, w.len()));
            }
        }
        from += c.len_utf8();
    }
    None
}

/// Whether `text[s..e]` (trimmed) is one region or body and nothing else
/// (a subject, or a province's or prefecture's name: `绍兴`).
pub(crate) fn is_only_place(lex: &Lexicon, text: &str, s: usize, e: usize) -> bool {
    let (s, e) = trim(text, s, e);
    let sub = subject_at(lex, text, s, e);
    s < e
        && (sub == Some(Span::new(s, e))
            || crate::policy::level::is_place_name(&text[s..e])
            // A place and a scope word after it (`排名全省县级第一`).
            || sub.is_some_and(|x| {
                x.start == s
                    && lex
                        .starting(text, x.end, e, &[Role::RankScope])
                        .is_some_and(|(w, _)| x.end + w.len() == e)
            })
            // A scope word alone (`稳居行业第二`, `位居全球第一`).
            || lex
                .starting(text, s, e, &[Role::RankScope])
                .is_some_and(|(w, _)| s + w.len() == e))
}

/// Whether the rank ordinal `p` ranks within a scope: a 全X scope in its
/// span (`全省第13位`) or a rank verb and a place only right before it
/// (`居全省第二`).
fn scope_rank(lex: &Lexicon, text: &str, p: &Entity) -> bool {
    let at = p.span.start;
    if lex
        .starting(text, at, p.span.end, &[Role::SubjectWord])
        .is_some_and(|(w, _)| at + w.len() < p.span.end)
    {
        return true;
    }
    let from = text[..at]
        .char_indices()
        .rev()
        .take(12)
        .take_while(|&(_, c)| is_word_char(c))
        .last()
        .map(|(i, _)| i);
    from.and_then(|f| rank_verb(lex, text, f, at))
        .and_then(|r| {
            lex.starting(text, r, at, &[Role::Rank])
                .map(|(w, _)| r + w.len())
        })
        .is_some_and(|a| a < at && is_only_place(lex, text, a, at))
}

/// Where the first rank verb (居, 位列, 排名) in `s..e` starts. A scope word (中国, 行业) counts only right before the ordinal
/// (`中国第一`): `辐射功能材料行业…中国第一` keeps 行业 in its metric.
fn rank_verb(lex: &Lexicon, text: &str, s: usize, e: usize) -> Option<usize> {
    let mut at = s;
    while at < e {
        match lex.starting(text, at, e, &[Role::Rank, Role::RankScope]) {
            Some((w, r)) if r.has(Role::Rank) || trim(text, at + w.len(), e).0 >= e => {
                return Some(at)
            }
            _ => {}
        }
        at += text[at..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The subject, if any, when the words `s..e` are only a subject, fillers
/// and times (`中国已经连续三年`): `None` when they name more.
fn subject_alone(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    s: usize,
    e: usize,
) -> Option<Option<Span>> {
    let p = strip_start(lex, text, s, e);
    // A place alone (`深圳成为…`) is a subject too.
    let sub = subject_at(lex, text, p, e).or_else(|| {
        let (ps, pe) = trim(text, p, e);
        (ps < pe && crate::policy::level::is_place_name(&text[ps..pe])).then(|| Span::new(ps, pe))
    });
    let q = sub.map_or(p, |x| strip_start(lex, text, x.end, e));
    let qe = strip_end(lex, text, entities, (q, e), true, &mut Analysis::default());
    (strip_start(lex, text, q, qe) >= qe).then_some(sub)
}

/// Where a share's verb (占, its traditional form 佔) is in `s..e` (not 占地,
/// 占用 …): the verb and its length.
fn share_verb(
    lex: &Lexicon,
    text: &str,
    s: usize,
    e: usize,
    set: CharSet,
) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for v in set.words_of(List::ShareVerb) {
        let mut from = s;
        while let Some(i) = find_word(&text[from..e], v) {
            let at = from + i;
            if best.is_some_and(|(b, _)| b <= at) {
                break;
            }
            // 占地 is no share, 占地区 is one: the longest word decides.
            let no_share = lex
                .starting(text, at, e, &[Role::Share, Role::NotShare])
                .is_some_and(|(_, r)| !r.has(Role::Share))
                // 应占 (attributable: `股东应占溢利`) is no share either.
                || lex
                    .ending(text, s, at + v.len(), &[Role::NotShare])
                    .is_some_and(|(w, _)| w.len() > v.len());
            if !no_share {
                best = Some((at, v.len()));
                break;
            }
            from = at + v.len();
        }
    }
    best
}

/// The end of the last break in `s..e`: a word of role `break` (`|`,
/// `截止发稿`) or a bracketed code of at least four ASCII digits.
fn last_break(lex: &Lexicon, text: &str, s: usize, e: usize) -> Option<usize> {
    let mut last = None;
    let mut open: Option<usize> = None;
    // Read on the bytes: a Han character (most of them) is neither bracket
    // and is tested on its table slot without decoding it.
    let b = text.as_bytes();
    let mut at = s;
    while at < e {
        let (len, slot, c) = match b[at..e] {
            [x, ..] if x < 0x80 => (1, usize::from(x), char::from(x)),
            [0xE4..=0xE9, b1, b2, ..] => (3, super::lexicon::han_slot(b1, b2), '\0'),
            _ => {
                let c = text[at..e].chars().next().unwrap_or_default();
                (c.len_utf8(), c as usize, c)
            }
        };
        if lex.may_start_scan(slot, Scan::Break) {
            if let Some((w, _)) = lex.starting(text, at, e, &[Role::Break]) {
                last = Some(last.map_or(at + w.len(), |l: usize| l.max(at + w.len())));
            }
        }
        if c == PAIRS[1].0 || c == PAIRS[2].0 {
            open = Some(at + len);
        } else if c == PAIRS[1].1 || c == PAIRS[2].1 {
            if let Some(o) = open.take() {
                let inner = &text[o..at];
                if inner.len() >= 4 && inner.bytes().all(|b| b.is_ascii_digit()) {
                    last = Some(at + len);
                }
            }
        }
        at += len;
    }
    last
}

/// Whether the words `s..e` (trimmed from `start`) are the per-unit tail of
/// the figure ending at `start` and a range joiner at most (`/股至`,
/// `/吨`): a slash right after that figure, a unit of one or two
/// characters.
fn per_unit_tail(text: &str, entities: &[Entity], start: usize, s: usize, e: usize) -> bool {
    let Some(rest) = text[s..e].strip_prefix('/') else {
        return false;
    };
    if s != start || entities.last().is_none_or(|p| p.span.end != start) {
        return false;
    }
    let unit =
        words::suffix_in(List::RangeJoiner, rest).map_or(rest, |j| &rest[..rest.len() - j.len()]);
    let n = unit.chars().count();
    (1..=2).contains(&n) && unit.chars().all(|c| matches!(c, '\u{4e00}'..='\u{9fff}'))
}

/// Everything a figure's own words `start..end` say; `entities` are the
/// extractor's entities before the figure, `following` the figure and those
/// after it (the figures a list before 分别 pairs with).
pub(crate) fn analyze(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    start: usize,
    end: usize,
    rank: bool,
    following: &[Entity],
) -> Analysis {
    let mut a = Analysis::default();
    // A bare number in an aside opened right after a figure
    // (`性别比为104.39（以女性为100）`) is the base of that figure's ratio:
    // its words are no metric.
    let aside = text[start..end].trim_start();
    if aside.starts_with([PAIRS[1].0, PAIRS[2].0])
        && !aside.contains([PAIRS[1].1, PAIRS[2].1])
        && following.first().is_some_and(|f| f.kind == Kind::Number)
        && entities
            .last()
            .is_some_and(|p| p.span.end == end - aside.len())
    {
        return a;
    }
    let (mut s, mut e) = trim(text, start, end);
    if s >= e {
        return a;
    }
    // The per-unit tail of the figure before and a range joiner
    // (`1.32元/股至1.53元/股`): the words of the low end, none of this one.
    if per_unit_tail(text, entities, start, s, e) {
        return a;
    }
    // Every later search reads a part of these words.
    let mut hits = Hits::new();
    let mut set = CharSet::with_hits(lex, text, s, e, &mut hits);
    // A metric never runs over a headline separator, the time phrase of a
    // report (`截止发稿`) or a stock code in brackets (`中智药业(03737)`):
    // it starts after the last of them. (A code needs an opening bracket.)
    if let Some(b) = (set.open || set.may_start(Scan::Break))
        .then(|| last_break(lex, text, s, e))
        .flatten()
    {
        s = trim(text, b, e).0;
        if s >= e {
            return a;
        }
        set = CharSet::with_hits(lex, text, s, e, &mut hits);
    }
    // A basis word right before the figure, a plus sign between at most
    // (`同比+15.88%`, `同比-4.76%`): the figure is a rate of change.
    let signed = trim(
        text,
        s,
        e.saturating_sub(usize::from(text[s..e].ends_with('+'))),
    )
    .1;
    if lex
        .ending(text, s, signed, &[Role::Basis])
        .is_some_and(|(w, r)| r.has(Role::Basis) && signed >= s + w.len())
    {
        a.growth = true;
    }
    // A verb of change outside the reference's list right before the
    // figure (`增产74亿斤`, `涨0.42%`): the figure is a change.
    if words::suffix_in(List::OwnChangeVerb, &text[s..signed]).is_some() {
        a.growth = true;
    }
    // A verb of contribution opening the words (`拉动全省投资增长2.4个百分点`):
    // the figure is the contribution of the indicator before, whose metric
    // and subject it keeps; the words name what it drives.
    if set.words_of(List::PullVerb).next().is_some()
        && words::prefix_in(List::PullVerb, &text[strip_start(lex, text, s, e)..e]).is_some()
    {
        return a;
    }
    // An aside that closes in these words (`性别比(以女性为100,男性对女性的
    // 比例)为107.50`): its words are not the figure's.
    if has_close(&text[s..e], set) {
        for (open, close) in [PAIRS[1], PAIRS[2]] {
            if let Some(i) = text[s..e].rfind(close) {
                if !text[s..s + i].contains(open) {
                    s = trim(text, s + i + close.len_utf8(), e).0;
                }
            }
        }
        if s >= e {
            return a;
        }
    }
    // A word of difference alone after the compared value (`比全省的6.1%快
    // 1.4个百分点`): a comparison, no indicator; the metric is the clause's.
    if let Some(c) = text[s..e].chars().next() {
        if c.len_utf8() == e - s && has_char(List::DifferenceWord, c) {
            a.compare = true;
            return a;
        }
    }
    // No per-unit base where no word of every may be.
    let every = set.words_of(List::EveryWord).next().is_some();
    // No comparison can be found where no comparison word may start.
    let compares = set.may_start(Scan::Compare);
    // 分别: the words before it are a list, those after it cues.
    if let Some((i, len)) = set
        .words_of(List::Respectively)
        .find_map(|w| find_word(&text[s..e], w).map(|i| (i, w.len())))
        .or_else(|| {
            // (No search where no word of each may be.)
            set.words_of(List::EachRespectively).next()?;
            each_respectively(lex, text, s, e)
        })
    {
        match respectively(
            lex,
            text,
            entities,
            (s, e),
            (i, len),
            every,
            compares,
            set,
            following,
            &mut a,
        ) {
            Some(end) => e = end,
            None => return a,
        }
    }
    let mut ranking = false;
    if rank {
        match ranked(lex, text, entities, (s, e), &mut a) {
            Some((rs, re, r)) => {
                s = rs;
                e = re;
                ranking = r;
            }
            None => return a,
        }
    }
    if let Some(c) = compares
        .then(|| comparison(lex, text, entities, s, e, Some(&hits)))
        .flatten()
    {
        a.compare = true;
        e = c;
    }
    // The source of the figure after its metric (`地区生产总值根据省统计局的
    // 修订结果预计完成`): the metric ends before it.
    if let Some(i) = words::list(List::SourceOpen)
        .iter()
        .filter_map(|w| {
            let i = s + find_word(&text[s..e], w)?;
            let rest = &text[i + w.len()..e];
            (i > s
                && words::list(List::SourceClose)
                    .iter()
                    .any(|c| rest.contains(c)))
            .then_some(i)
        })
        .min()
    {
        e = i;
    }
    let words = Span::new(s, e);
    // Where the share verb opening the figure's share stands.
    let mut share_verb_at = None;
    if let Some((z, len)) = share_verb(lex, text, s, e, set) {
        a.share = true;
        share_verb_at = Some(z);
        let after = z + len;
        if !text[after..e].starts_with(crate::chars::COMPARE_MARK) {
            let mut w = Analysis::default();
            let we = strip_end(lex, text, entities, (after, e), every, &mut w);
            let ws = strip_start(lex, text, after, we);
            a.whole = (ws < we).then(|| Span::new(ws, we));
            a.share_end = w.share_end;
        }
        e = z;
        // A part and its whole framed by 在…中 before 所 and the verb, the
        // share noun alone after it (`轿车在国产汽车结构中所占的比例`): the
        // part is the metric, the frame's words the whole.
        let share_noun_only = a.whole.is_none_or(|w| {
            lex.starting(text, w.start, w.end, &[Role::Share])
                .is_some_and(|(x, _)| x.len() == w.len())
        });
        if let Some((part_end, whole)) = share_noun_only
            .then(|| framed_part(lex, text, s, z))
            .flatten()
        {
            // (The share noun ends the share's phrase.)
            if let Some(noun) = a.whole {
                a.share_end.get_or_insert(noun.end);
            }
            a.whole = Some(whole);
            e = part_end;
        }
    }
    let mut e = strip_end(lex, text, entities, (s, e), every, &mut a);
    // 相当于…的比例 is a ratio, not a share.
    let ratio = |w: &str| find_word(&text[words.range()], w).is_some();
    if a.share && set.words_of(List::RatioVerb).any(ratio) {
        a.share = false;
        a.whole = None;
    }
    let mut s = strip_start(lex, text, s, e);
    // A length of time opening the words before a filler (`五年累计完成
    // 固定资产投资`) is a time: no part of the metric.
    if let Some(d) = entities
        .iter()
        .rev()
        .take_while(|x| x.span.end > s)
        .find(|x| x.kind == Kind::Duration && x.span.start == s)
    {
        let after = strip_start(lex, text, d.span.end, e);
        let word_next = text[d.span.end..].starts_with(|c: char| is_word_char(c));
        if word_next && after > d.span.end && after < e {
            s = after;
        }
    }
    // A statement of method (`按常住人口计算人均地区生产总值`): the metric
    // starts after it.
    if words::prefix_in(List::MethodOpen, &text[s..e]).is_some() {
        // The closing word may be the verb stripped from the end
        // (`（按年平均汇率折算为9847美元）`): then the words are all method.
        let close = words::list(List::MethodClose)
            .iter()
            .filter_map(|w| text[s..words.end].find(w).map(|i| s + i + w.len()))
            .min();
        if let Some(c) = close {
            s = strip_start(lex, text, c.min(e), e);
        } else if let Some(w) = words::prefix_in(List::MethodOpen, &text[s..e]).filter(|_| {
            following
                .first()
                .is_some_and(|f| words::prefix_in(List::MethodClose, &text[f.span.end..]).is_some())
        }) {
            // The figure inside the method (`按发售价每股H股2.50港元计算`): the
            // words after its opening name it, up to a per-unit base.
            let ms = strip_start(lex, text, s + w.len(), e);
            let me = words::list(List::EveryWord)
                .iter()
                .filter_map(|x| text[ms..e].find(x).map(|i| ms + i))
                .filter(|&i| i > ms)
                .min()
                .unwrap_or(e);
            if ms < me {
                s = ms;
                e = me;
            }
        }
    }
    // A verb of cause (`主机业务增长带动境内营收`): what it drives is the
    // metric. (The words here are a part of those `set` holds: a verb with
    // a character the set lacks is not searched for.)
    for w in set.words_of(List::CauseVerb) {
        if let Some(i) = text[s..e].rfind(w) {
            // Percentage points after a verb of cause (`项目建设带动投资增长
            // 11个百分点`) are the cause's contribution, as after 拉动: the
            // words before the verb are the metric.
            if following
                .first()
                .is_some_and(|f| f.kind == Kind::Percent && f.unit() == Some("pp"))
            {
                let (cs, ce) = trim(text, s, s + i);
                if cs < ce {
                    e = ce;
                    break;
                }
            }
            let after = strip_start(lex, text, s + i + w.len(), e);
            if after < e {
                // The subject opening the cause is the figure's too.
                a.subject = a
                    .subject
                    .or_else(|| subject_of(lex, text, s, s + i, set, Some(&hits)));
                s = after;
            }
        }
    }
    // A verb of work done (`集群内累计培育智能工厂`, `派发现金红利`): its
    // object is the metric; a subject may open the words before it.
    if let Some(at) = set
        .may_start(Scan::Act)
        .then(|| act_verb(lex, text, s, e, Some(&hits)))
        .flatten()
    {
        // A quoted name right after the verb keeps its quote.
        let quoted = PAIRS.iter().any(|&(open, _)| text[at..].starts_with(open));
        let ms = if quoted {
            at
        } else {
            strip_start(lex, text, at, e)
        };
        if ms < e {
            a.subject = a
                .subject
                .or_else(|| subject_of(lex, text, s, at, set, Some(&hits)));
            s = ms;
        }
    }
    // A time inside the words (`比亚迪上半年净利润`): what precedes it is the
    // subject, what follows it the metric.
    let inner_time = time_inside(entities, s, e);
    // A time after 由 (`地区生产总值由“十二五”末的`): the time of the
    // value a change starts from; the words before 由 name the indicator.
    // So do the words before a verb of reaching a dated level a multiple
    // is of (`电池能量密度达到2012年技术水平的两倍`).
    if let Some(f) = inner_time.and_then(|t| {
        let (ps, pe) = trim(text, s, t.start);
        words::suffix_in(List::FromState, &text[ps..pe])
            .map(|f| (ps, pe - f.len()))
            .or_else(|| {
                following
                    .first()
                    .filter(|f| f.unit() == Some(super::MULTIPLE))
                    .and_then(|_| lex.ending(text, ps, pe, &[Role::Report]))
                    .map(|(w, _)| (ps, pe - w.len()))
            })
    }) {
        let (ms, me) = trim(text, f.0, f.1);
        if ms < me {
            e = me;
        }
    } else if let Some(t) = inner_time {
        let (ps, pe) = trim(text, s, t.start);
        let ps = strip_start(lex, text, ps, pe);
        let ms = strip_start(lex, text, t.end, e);
        if ms < e {
            let n = text[ps..pe].chars().count();
            a.subject = subject_of(lex, text, ps, pe, set, Some(&hits)).or_else(|| {
                // Not a word of a stock's date (截至) or a lead.
                let word = lex
                    .starting(text, ps, pe, &[Role::AsOf, Role::Lead, Role::Deadline])
                    .is_some_and(|(w, _)| ps + w.len() == pe);
                ((2..=10).contains(&n) && !word && text[ps..pe].chars().all(is_word_char))
                    .then(|| Span::new(ps, pe))
            });
            s = ms;
        } else if ps >= pe {
            // Only leads around the time (`其中6月当月同比下降17.6%`): the
            // words name no indicator.
            s = e;
        }
    }
    // A time of the year inside the words (`人口年末常住人口`,
    // `国民经济全年实现地区生产总值`): what precedes it is a section label
    // or a subject, what follows it the metric.
    if let Some(at) = set
        .may_start(Scan::InnerLead)
        .then(|| inner_lead(lex, text, s, e, Some(&hits)))
        .flatten()
    {
        let ms = strip_start(lex, text, at, e);
        if ms < e {
            a.subject = a.subject.or_else(|| {
                subject_of(lex, text, s, at, set, Some(&hits))
                    .filter(|sub| trim(text, sub.end, at).0 >= at)
            });
            s = ms;
        }
    }
    // The subject opening the words, read once for both uses below while
    // they start at the same byte.
    let mut opening = (a.subject.is_none() && !ranking)
        .then(|| (s, subject_of(lex, text, s, e, set, Some(&hits))));
    // A time the extractor reads as none, closing with a lead word
    // (`国庆假期全市…`, `春节期间全省…`): the subject word after it opens
    // the subject and the metric.
    // (Not where no subject word may start in the words.)
    if opening.is_some_and(|(_, sub)| sub.is_none()) && set.may_start(Scan::SubjectWord) {
        for (off, c) in text[s..e].char_indices().skip(2).take(8) {
            // A quoted name may open it (`“双十一”期间全市`).
            if !is_word_char(c) && !PAIRS[0].0.eq(&c) && !PAIRS[0].1.eq(&c) {
                break;
            }
            let at = s + off;
            if lex
                .starting(text, at, e, &[Role::SubjectWord])
                .is_some_and(|(_, r)| !r.has(Role::SubjectSuffix))
                && lex
                    .ending(text, s, at, &[Role::Lead])
                    .is_some_and(|(w, _)| w.chars().count() >= 2)
            {
                s = at;
                break;
            }
        }
    }
    if opening.is_some_and(|(at, _)| at != s) {
        opening = Some((s, subject_of(lex, text, s, e, set, Some(&hits))));
    }
    if let Some(sub) = opening.and_then(|(_, sub)| sub) {
        a.subject = Some(sub);
        s = strip_start(lex, text, sub.end, e);
        // A name found by its suffix that leaves nothing before a count or
        // quantity (`全市省级开发区增加到12个`, `形成省级产业集群专业镇11个`)
        // is what is counted: only a subject word opening it is a subject.
        if s >= e
            && following
                .first()
                .is_some_and(|f| matches!(f.kind, Kind::Count | Kind::Quantity))
        {
            let lead = lex
                .starting(text, sub.start, sub.end, &[Role::SubjectWord])
                .map(|(w, _)| sub.start + w.len());
            if lead != Some(sub.end) {
                a.subject = lead.map(|l| Span::new(sub.start, l));
                s = strip_start(lex, text, lead.unwrap_or(sub.start), e);
            }
        }
    }
    // A reporting verb of the metric list after a linking word (`…出让物业
    // 权益而带来应占收益`): the words before are a cause, the metric the
    // verb's object.
    if let Some(at) = set.words_of(List::VerbInMetric).find_map(|v| {
        let i = s + find_word(&text[s..e], v)?;
        let after = i + v.len();
        (lex.ending(text, s, i, &[Role::Lead])
            .is_some_and(|(w, _)| i - w.len() > s && w.chars().count() == 1)
            && text[after..e].chars().count() >= 2
            && !text[after..e].starts_with(LINKS))
        .then_some(after)
    }) {
        s = at;
    }
    // A reporting verb of the metric list opening the words (`贡献利润`,
    // the verb cut from inside a metric elsewhere): the indicator after it.
    if let Some(v) = words::prefix_in(List::VerbInMetric, &text[s..e]) {
        let tail = &text[s + v.len()..e];
        if tail.chars().count() >= 2 && !tail.starts_with(LINKS) {
            s += v.len();
        }
    }
    let lone_growth = lex
        .starting(text, s, e, &[Role::Growth])
        .is_some_and(|(w, _)| w.len() == e - s);
    // An unbalanced closing quote or bracket: the metric starts after it.
    let pairs = PAIRS;
    let closes = has_close(&text[s..e], set);
    for (open, close) in pairs.into_iter().filter(|_| closes) {
        if let Some(i) = text[s..e].rfind(close) {
            if !text[s..s + i].contains(open) {
                s += i + close.len_utf8();
            }
        }
    }
    let lone_growth = lone_growth && s < e;
    // An opening bracket left open at the end: the aside it starts
    // (`地区生产总值(GDP)1222.62亿元`) is not part of the metric.
    let opens = has_open(&text[s..e], set);
    for (open, close) in pairs.into_iter().filter(|_| opens) {
        if let Some(i) = text[s..e].rfind(open) {
            if !text[s + i..e].contains(close) {
                e = trim(text, s, s + i).1;
                // A basis or verb the aside followed goes too
                // (`地区生产总值同比(下同)增长4.5%`).
                while let Some((w, _)) = lex
                    .ending(text, s, e, &[Role::Basis, Role::Report, Role::Change])
                    .filter(|(w, _)| e - w.len() > s)
                {
                    e = trim(text, s, e - w.len()).1;
                }
            }
        }
    }
    // A lone 至 or 到 before the figure (`改善4.22个百分点至7.97%`) names
    // the level reached, not an indicator.
    let lone_deadline = lex
        .starting(text, s, e, &[Role::Deadline])
        .is_some_and(|(w, _)| w.len() == e - s)
        // So does a verb of creation alone (`…企业120户,其中新增74户`): the
        // things counted are the indicator's before.
        || words::prefix_in(List::CreationLead, &text[s..e]).is_some_and(|w| w.len() == e - s);
    // An outline marker opening a line (`1.地区生产总值增长6%左右`) is no
    // part of the metric.
    if text[..s].trim_end_matches([' ', '\t']).ends_with('\n') || s == 0 {
        if let Some(len) = crate::policy::opening_marker(&text[s..e])
            .map(|(_, len)| len)
            .or_else(|| super::heading::item_number(&text[s..e], true))
        {
            if s + len < e {
                s = trim(text, s + len, e).0;
            }
        }
    }
    // Per-unit bases opening the words (`每人每年生活水平`) are no part of
    // the metric.
    while let Some(w) = words::prefix_in(List::EveryWord, &text[s..e]) {
        let after = s + w.len();
        match crate::numeric::table::UNITS.longest_at(text, after) {
            Some((u, _)) if after + u.len() < e => {
                s = after + u.len();
                // A class of that unit right after it (`每股H股`) is part
                // of the base: the label before names the figure.
                let rest = &text[s..e];
                if rest.ends_with(u)
                    && rest[..rest.len() - u.len()]
                        .chars()
                        .all(|c| c.is_ascii_alphabetic())
                    && rest.len() - u.len() <= 2
                {
                    s = e;
                }
            }
            _ => break,
        }
    }
    // A note number closing the words (`居民消费价格指数[1]`) is no part of
    // the metric.
    if text[s..e].ends_with(']') {
        if let Some(open) = text[s..e].rfind('[') {
            let inner = &text[s + open + 1..e - 1];
            if !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()) {
                e = trim(text, s, s + open).1;
            }
        }
    }
    // A quoted name closing the words after a short verb (`新开发“双协员”`)
    // is the counted thing.
    if let Some(q) = quoted_after_verb(lex, text, s, e) {
        s = q;
    }
    // Words that are only a time (`五年(下同)年均增长`, the aside cut off)
    // name no indicator.
    // Entities are in text order and never overlap, so their ends rise
    // too: only the last ones starting at or before `s` can reach `e` (a
    // scan of every earlier entity made the pass quadratic in the text).
    let lone_time = entities
        .iter()
        .rev()
        .skip_while(|x| x.span.start > s)
        .take_while(|x| x.span.end >= e)
        .any(|x| matches!(x.kind, Kind::Duration | Kind::Date | Kind::Period))
        // So are the words of the same period right after a date
        // (`2023年同期占比57.56%`): that date's period, no basis.
        // (Not a compared period written whole, `上年同期`.)
        || (entity_ending(entities, 0, s).is_some_and(|x| {
            matches!(x.kind, Kind::Date | Kind::Period)
                && lex
                    .starting(text, x.span.start, e, &[Role::BasePeriod])
                    .is_none_or(|(w, _)| x.span.start + w.len() != e)
        }) && lex
                .starting(text, s, e, &[Role::BasePeriod])
                .is_some_and(|(w, _)| s + w.len() == e));
    // Words that are only a comparison with a base period (`较去年同期`,
    // an aside after it cut off) name the basis, no indicator.
    let lone_basis = s < e
        && lex
            .starting(text, s, e, &[Role::Compare])
            .is_some_and(|(w, _)| {
                lex.starting(text, s + w.len(), e, &[Role::BasePeriod])
                    .is_some_and(|(v, _)| s + w.len() + v.len() == e)
            });
    // Verbs of work alone (`新开工400台`, `重点养护600公里`) name the work,
    // no indicator: the figure is of the work's object named before it,
    // when one is ([`super::Pass::work_object`]).
    a.bare_work = s < e && !lone_deadline && only_work(lex, text, s, e);
    // A body's own level alone (`其中区本级227.25亿元`) is the subject of
    // the indicator before, no indicator.
    let lone_level =
        words::prefix_in(List::BodyLevel, &text[s..e]).is_some_and(|w| w.len() == e - s);
    if lone_level {
        a.subject = a.subject.or(Some(Span::new(s, e)));
    }
    if s < e
        && !lone_growth
        && !lone_deadline
        && !lone_level
        && !lone_time
        && !lone_basis
        && !goal_basis(lex, text, start, end)
        && text[s..e].chars().any(is_word_char)
    {
        a.metric = Some(Metric {
            span: Span::new(s, e),
            built: without_verb(lex, text, s, e, set),
        });
        a.share_phrase = a
            .share_end
            .filter(|&z| a.share && z > e)
            .map(|z| Span::new(s, z));
    } else if a.metric.is_none() {
        // A share of the indicator before, written from its verb with a
        // share word (`税收收入10.35亿元,…,占地方公共预算收入比重达80.7%`):
        // the share's phrase is the verb up to that word, the metric of a
        // change in points after it.
        a.share_phrase = share_verb_at
            .zip(a.share_end)
            .filter(|&(z, x)| a.share && x > z)
            .map(|(z, x)| Span::new(z, x));
    }
    a
}

/// The clause before the comma that ends right before `s` when it is a
/// list of nouns: word characters only (a separator of metrics between
/// two of them), no figure, up to 30 characters after a mark or the line's
/// start. Its byte range without the comma.
fn list_clause_before(text: &str, entities: &[Entity], s: usize) -> Option<(usize, usize)> {
    let before = text[..s].trim_end_matches([' ', '\u{3000}']);
    let comma = before.chars().next_back()?;
    if !has_char(List::CommaMark, comma) {
        return None;
    }
    let pe = before.len() - comma.len_utf8();
    let mut ps = pe;
    for (k, c) in text[..pe].char_indices().rev() {
        if !(is_word_char(c) || has_char(List::EnumerationMark, c)) {
            break;
        }
        if text[k..pe].chars().count() > 30 {
            return None;
        }
        ps = k;
    }
    let words = &text[ps..pe];
    let joined = words::list(List::MetricSeparator)
        .iter()
        .any(|w| !has_char(List::CommaMark, w.chars().next().unwrap_or(' ')) && words.contains(w));
    (ps < pe
        && joined
        && !entities
            .iter()
            .any(|x| x.span.start < pe && x.span.end > ps))
    .then_some((ps, pe))
}

/// The words of a figure with 分别 (or a word of each) at `i` of `s..e`,
/// `len` bytes long: the words before it are a list, those after it cues.
/// `None` when the words say all they say here (the analysis is `a`),
/// else where the words read on below end. Out of line: most figures
/// have no 分别, and the fact pass runs faster with the common path of
/// [`analyze`] small.
#[cold]
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn respectively(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    (s, mut e): (usize, usize),
    (i, len): (usize, usize),
    every: bool,
    compares: bool,
    set: CharSet,
    following: &[Entity],
    a: &mut Analysis,
) -> Option<usize> {
    let after = s + i + len;
    a.respectively = true;
    if compares && comparison(lex, text, entities, after, e, None).is_some() {
        a.compare = true;
    }
    let mut rest = Analysis::default();
    let re = strip_end(lex, text, entities, (after, e), every, &mut rest);
    a.growth |= rest.growth;
    a.share |= rest.share;
    // A share verb after 分别 (`…，分别占地区生产总值的30%和50%`): the
    // figures are shares, of the whole after it.
    if let Some((z, len)) = share_verb(lex, text, after, re, set) {
        a.share = true;
        let ws = strip_start(lex, text, z + len, re);
        a.whole = (ws < re).then(|| Span::new(ws, re));
    }
    // A noun after 分别 and its verb (`动力电池业务、储能业务分别实现收入`):
    // the head of every listed item.
    let tail = if a.share || a.compare {
        None
    } else {
        let ns = strip_start(lex, text, after, re);
        let ns = words::prefix_in(List::VerbInMetric, &text[ns.min(re)..re])
            .map_or(ns, |v| strip_start(lex, text, ns + v.len(), re));
        (ns < re
            && text[ns..re].chars().count() >= 2
            && text[ns..re]
                .chars()
                .all(|c| is_word_char(c) && !c.is_ascii_digit()))
        .then_some((ns, re))
    };
    // Partners named before 分别 by a preposition and no list
    // (`厦门市对上述国家(地区)分别进出口…`): the indicator is the one
    // written after 分别, as it stands.
    if let Some((ns, ne)) = tail {
        let before = &text[s..s + i];
        if !before.contains(|c| has_char(List::EnumerationMark, c))
            && before
                .char_indices()
                .any(|(k, c)| has_char(List::PartnerMark, c) && k > 0)
        {
            a.subject = subject_of(
                lex,
                text,
                strip_start(lex, text, s, s + i),
                s + i,
                set,
                None,
            );
            a.metric = Some(Metric {
                span: Span::new(ns, ne),
                built: None,
            });
            return None;
        }
    }
    // 分别 opening the words (`…为15:35:50。分别对GDP贡献率15%、35%`):
    // no list before it, the noun after it is every figure's metric.
    if let Some((ns, ne)) = tail {
        if strip_start(lex, text, s, s + i) >= s + i
            && lex
                .starting(text, ns, ne, &[Role::Compare, Role::NotCompare])
                .is_none_or(|(_, r)| r.has(Role::NotCompare))
        {
            a.metric = Some(Metric {
                span: Span::new(ns, ne),
                built: None,
            });
            return None;
        }
    }
    let tail = tail.map(|(ns, ne)| &text[ns..ne]);
    e = s + i;
    // 分别 opening its clause after a figureless list of nouns closed by a
    // comma (`小微型企业和非公有工业经济,分别以高出…12.7个百分点和11.8个百分点
    // 的增速`): that list pairs with the figures.
    let mut s = s;
    if strip_start(lex, text, s, e) >= e {
        if let Some((ps, pe)) = list_clause_before(text, entities, s).filter(|&(ps, pe)| {
            // A clause with a verb of change or a comparison of its own
            // (`增速与上月持平,分别较…回落`) is a statement, no list.
            !text[ps..pe].char_indices().any(|(k, _)| {
                lex.starting(text, ps + k, pe, &[Role::Change, Role::Compare])
                    .is_some()
            })
        }) {
            (s, e) = (ps, pe);
        }
    }
    // Words that open with a comparison list its bases
    // (`较去年同期和全年分别回落`), no metrics: read on below.
    let at = strip_start(lex, text, s, e);
    let bases = lex
        .starting(text, at, e, &[Role::Compare, Role::NotCompare])
        .is_some_and(|(_, r)| !r.has(Role::NotCompare));
    // So do words that open with a statement of method (`以呈报货币及当地
    // 货币计算较去年分别上升`): the listed things are ways of counting, the
    // figures are of the metric before.
    let method = words::prefix_in(List::MethodOpen, &text[at..e]).is_some()
        && words::list(List::MethodClose)
            .iter()
            .any(|w| super::has_word(&text[at..e], w));
    if bases || method {
        a.compare |= bases;
        e = s;
    } else {
        // A comparison before 分别 (`…增加值比上年同期分别增长`) ends
        // the list.
        if let Some(c) = compares
            .then(|| comparison(lex, text, entities, s, e, None))
            .flatten()
        {
            a.compare = true;
            e = c;
        }
        // So does a share verb (`制造业、服务业增加值占地区生产总值的比重
        // 分别达到`): the rest is the whole of every listed share.
        if let Some((z, len)) = share_verb(lex, text, s, e, set) {
            a.share = true;
            let after = z + len;
            let mut w = Analysis::default();
            let we = strip_end(lex, text, entities, (after, e), every, &mut w);
            let ws = strip_start(lex, text, after, we);
            a.whole = (ws < we).then(|| Span::new(ws, we));
            // 东、中、西部地区所占比重分别为: the particle, the verb and the
            // share noun are every figure's metric, the words before the
            // particle the listed subjects.
            let particle = words::suffix_in(List::ShareParticle, &text[s..z]);
            if let Some(p) = particle.filter(|_| a.whole.is_none() && e > after) {
                a.metric = Some(Metric {
                    span: Span::new(z - p.len(), e),
                    built: None,
                });
                e = z - p.len();
            } else {
                e = z;
            }
        }
        // The figures listed from this one on, counted only here.
        let figures = figures_listed(text, following);
        // Kinds before a qualifier that a locative opens and 的 closes,
        // sharing the head after it (`乡土适生树种和地产草种在新建、改建
        // 公园绿地的应用比例分别达到`): as the policy targets read them.
        let ls = strip_start(lex, text, s, e);
        if let Some((parts, built)) = (figures >= 2 && ls < e)
            .then(|| crate::policy::qualified_list(text, Span::new(ls, e), figures))
            .flatten()
        {
            a.list = parts
                .into_iter()
                .zip(built)
                .map(|(span, b)| {
                    Item::Metric(Metric {
                        span,
                        built: Some(b),
                    })
                })
                .collect();
            return None;
        }
        if clause_list(lex, text, entities, s, e, figures, a)
            || growth_clause_list(lex, text, entities, s, e, figures, a)
        {
            return None;
        }
        list(lex, text, entities, s, e, figures, a);
        // After 所占比重 the listed words are the subjects of that share.
        if a.metric.is_some() {
            for item in &mut a.list {
                if let Item::Metric(m) = item {
                    *item = Item::Subject(m.span);
                }
            }
        }
        if let Some(tail) = tail
            .filter(|_| !a.list.is_empty() && a.list.iter().all(|x| matches!(x, Item::Metric(_))))
        {
            for item in &mut a.list {
                if let Item::Metric(m) = item {
                    let own = m.built.take().unwrap_or_else(|| m.text(text).to_string());
                    m.built = Some(format!("{own}{tail}"));
                }
            }
        }
        if !a.list.is_empty() {
            return None;
        }
    }
    Some(e)
}

/// The words of a rank: `None` when they name the next scope of a rank
/// listed after another (the analysis is `a`), else where the words read
/// on below start and end, and whether a ranking's name opens them. Out
/// of line, as [`respectively`]: most figures are no rank.
#[cold]
#[inline(never)]
fn ranked(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    (mut s, mut e): (usize, usize),
    a: &mut Analysis,
) -> Option<(usize, usize, bool)> {
    // A rank listed right after another rank whose words were a rank verb
    // and a place (`居全省第13位、川东北第4位`): its words name the next
    // scope, the ranked indicator is the one before. (After a named ranking,
    // `位居…投资潜力第3、新型城镇化质量第4`, they name the next ranking.)
    if entities.last().is_some_and(|p| {
        p.kind == Kind::Ordinal
                && scope_rank(lex, text, p)
                // The words may start before the rank ends (a rank inside
                // them): then nothing lies between, no listed rank.
                && text
                    .get(p.span.end..s)
                    .and_then(|between| words::prefix_in(List::MetricSeparator, between))
                    .is_some_and(|w| {
                        p.span.end + w.len() == s && !w.contains(|c| has_char(List::CommaMark, c))
                    })
    }) && text[s..e].chars().count() <= 8
        && text[s..e].chars().all(is_word_char)
    {
        return None;
    }
    // A rank's scope follows its verb (`增速居台州市首位`).
    let mut ranking = false;
    if let Some(r) = rank_verb(lex, text, s, e) {
        // A verb opening the words names the ranking after it
        // (`位居全国百强县投资潜力第3`).
        // So does a verb followed by more than a place (`中国已经连续
        // 三年位居全球新能源汽车产销第一`); a subject alone before it is
        // the figure's.
        let before = if strip_start(lex, text, s, r) >= r {
            Some(None)
        } else {
            subject_alone(lex, text, entities, s, r)
        };
        match lex.starting(text, r, e, &[Role::Rank]) {
            // Unless they are only a place, the scope of the rank
            // (`…0.5个百分点居绍兴第二位`): the ranked is the indicator before.
            Some((w, _)) if r + w.len() < e && !is_only_place(lex, text, r + w.len(), e) => {
                a.subject = before.flatten();
                s = r + w.len();
                // Its scope (全国) is part of the ranking's name.
                ranking = true;
            }
            // A subject alone before the verb (`深圳成为广东第二个`): the
            // figure's, the ranked indicator the one before.
            _ => match before {
                Some(Some(sub)) => {
                    a.subject = Some(sub);
                    s = r;
                    e = r;
                }
                // A scope opened by a preposition before the verb
                // (`在西部地区排名第8位`): no indicator either.
                _ if words::prefix_in(List::ScopePlaceLead, &text[s..r]).is_some() => {
                    s = r;
                    e = r;
                }
                // A place right before the verb (`增速全省排名第一位`) is
                // the rank's scope, as after it: out of the words.
                _ => {
                    e = text[s..r]
                        .char_indices()
                        .skip(1)
                        .map(|(k, _)| s + k)
                        .find(|&k| is_only_place(lex, text, k, r))
                        .unwrap_or(r);
                }
            },
        }
    }
    Some((s, e, ranking))
}

/// Where the quoted name closing `s..e` opens, when one to three word
/// characters that are no subject come before it (a verb: `新开发“双协员”`).
fn quoted_after_verb(lex: &Lexicon, text: &str, s: usize, e: usize) -> Option<usize> {
    let (open, close) = PAIRS[0];
    let inner = text[s..e].strip_suffix(close)?;
    let q = s + inner.rfind(open)?;
    let verb = &text[s..q];
    ((1..=3).contains(&verb.chars().count())
        && verb.chars().all(|c| is_word_char(c) && !c.is_ascii_digit())
        && closes_name(&text[q..e - close.len_utf8()])
        && subject_at(lex, text, s, q).is_none())
    .then_some(q)
}

/// Whether the words `start..end` close with a goal the figure is measured
/// against (`完成年度目标的115%`, a verb of work done before it): they name
/// the basis, no metric; the figure is a ratio of the indicator before.
fn goal_basis(lex: &Lexicon, text: &str, start: usize, end: usize) -> bool {
    let (s, e) = trim(text, start, end);
    let e = words::suffix_in(List::ClauseMark, &text[s..e]).map_or(e, |m| e - m.len());
    // A goal word that sets no status is a goal all the same here
    // (`完成年度目标任务的85.8%`).
    lex.ending(text, s, e, &[Role::Target, Role::NotCue])
        .is_some_and(|(w, _)| super::goal_is_basis(lex, text, s, e - w.len()))
}

/// The first time-of-year word ([`Role::InnerLead`]) inside `s..e` after
/// at least two word characters, none of the words before it punctuation.
fn inner_lead(lex: &Lexicon, text: &str, s: usize, e: usize, hits: Option<&Hits>) -> Option<usize> {
    if let Some(h) = Hits::of(hits, s, e) {
        // The third character of the words and those after it.
        let second = s + text[s..e].chars().next().map_or(0, char::len_utf8);
        for (at, bits) in h.within(s, e, Scan::InnerLead as u8 | NOT_WORD) {
            if bits & NOT_WORD != 0 {
                return None;
            }
            if at > second {
                if let Some((w, _)) = lex.starting(text, at, e, &[Role::InnerLead]) {
                    if at + w.len() < e {
                        return Some(at);
                    }
                }
            }
        }
        return None;
    }
    for (n, (off, c)) in text[s..e].char_indices().enumerate() {
        if !is_word_char(c) {
            return None;
        }
        let at = s + off;
        if n >= 2 && lex.may_start_scan(c as usize, Scan::InnerLead) {
            if let Some((w, _)) = lex.starting(text, at, e, &[Role::InnerLead]) {
                if at + w.len() < e {
                    return Some(at);
                }
            }
        }
    }
    None
}

/// Where the words `s..e` start once a verb of work done ([`Role::Act`])
/// opening them is left out, when at least two word characters follow it
/// (`派发现金红利` → `现金红利`); `s` otherwise.
pub(crate) fn after_act(lex: &Lexicon, text: &str, s: usize, e: usize) -> usize {
    match lex.starting(text, s, e, &[Role::Act]) {
        Some((w, _))
            if text[s + w.len()..e]
                .chars()
                .filter(|&c| is_word_char(c))
                .count()
                >= 2 =>
        {
            s + w.len()
        }
        _ => s,
    }
}

/// Where the words `s..e` start once a verb of creation, of work done or
/// of work that names no indicator alone opening them is left out, when at
/// least two word characters follow it (`新建农村公路` → `农村公路`); `s`
/// otherwise.
pub(crate) fn after_work(lex: &Lexicon, text: &str, s: usize, e: usize) -> usize {
    let rest = &text[s..e];
    let verb = words::prefix_in(List::CreationLead, rest)
        .or_else(|| words::prefix_in(List::BareWork, rest))
        .map_or_else(|| after_act(lex, text, s, e), |w| s + w.len());
    if text[verb..e].chars().filter(|&c| is_word_char(c)).count() >= 2 {
        verb
    } else {
        s
    }
}

/// The end of the last verb of work done ([`Role::Act`]) in `s..e` with at
/// least two word characters after it.
fn act_verb(lex: &Lexicon, text: &str, s: usize, e: usize, hits: Option<&Hits>) -> Option<usize> {
    let mut found = None;
    // The characters where a verb may start: from the words' hit list, or
    // tested one by one.
    let mut list = Hits::of(hits, s, e).map(|h| h.within(s, e, Scan::Act as u8));
    let mut chars = text[s..e].char_indices();
    loop {
        let at = match list.as_mut() {
            Some(l) => match l.next() {
                Some((at, _)) => at,
                None => break,
            },
            None => match chars.next() {
                Some((off, c)) if lex.may_start_scan(c as usize, Scan::Act) => s + off,
                Some(_) => continue,
                None => break,
            },
        };
        if found.is_some_and(|f| at < f) {
            continue;
        }
        if let Some((w, _)) = lex.starting(text, at, e, &[Role::Act]) {
            let end = at + w.len();
            // A noun closing the words right after the verb makes it part
            // of the indicator's name (`研发经费投入强度`).
            let tail = words::list(List::ActTail)
                .iter()
                .any(|t| &text[end..e] == *t);
            if !tail && text[end..e].chars().filter(|&c| is_word_char(c)).count() >= 2 {
                found = Some(end);
            }
        }
    }
    found
}

/// Whether `s..e` is made only of verbs of creation (`新增`), of work or
/// change that name no indicator alone (`新开工`, `开工建设`, `重点养护`)
/// and of work done (`实施`), one of the first two among them: they name
/// the work, no indicator. (A verb of work done alone, `投入5.1亿元`, is
/// also the noun of what is spent.)
fn only_work(lex: &Lexicon, text: &str, s: usize, e: usize) -> bool {
    let mut at = s;
    let mut work = false;
    while at < e {
        let rest = &text[at..e];
        let w = match words::prefix_in(List::CreationLead, rest)
            .or_else(|| words::prefix_in(List::BareWork, rest))
        {
            Some(w) => {
                work = true;
                w
            }
            None => match lex.starting(text, at, e, &[Role::Act]) {
                Some((w, _)) => w,
                None => return false,
            },
        };
        at += w.len();
    }
    work
}

/// Where a listed item's name starts once its fillers are stripped; an
/// item that is nothing but fillers (`…期和全年`) keeps its words, so no
/// listed metric is empty.
fn item_start(lex: &Lexicon, text: &str, x: usize, y: usize) -> usize {
    let s = strip_start(lex, text, x, y);
    if s < y {
        s
    } else {
        x
    }
}

/// How many figures open `entities`, one after another with only a list
/// separator between them (`24.5%、18.2%、13.4%、8.3%` → 4).
pub(crate) fn figures_listed(text: &str, entities: &[Entity]) -> usize {
    let mut n = usize::from(!entities.is_empty());
    for pair in entities.windows(2) {
        // The next figure's own verb of change after the separator
        // (`下降29.8%、增长6.5%和增长4.1%`) is no break.
        let to = pair[1]
            .change()
            .map(|c| c.trigger)
            .filter(|t| t.start >= pair[0].span.end && t.end <= pair[1].span.start)
            .map_or(pair[1].span.start, |t| t.start);
        let gap = text[pair[0].span.end..to].trim();
        match words::prefix_in(List::MetricSeparator, gap) {
            Some(w) if w.len() == gap.len() => n += 1,
            _ => break,
        }
    }
    n
}

/// Names written as clauses of their own before the words of a 分别
/// clause (`分门类看,采矿业,制造业,电力、热力、燃气及水生产和供应业分别下降
/// 29.8%、增长6.5%和增长4.1%`): when as many bare names (word characters
/// only, no verb) as the figures less one close the clauses right before,
/// each clause is one listed metric, whole, and the 分别 clause's words
/// the last. True when it listed them.
fn clause_list(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    s: usize,
    e: usize,
    figures: usize,
    a: &mut Analysis,
) -> bool {
    if figures < 2 {
        return false;
    }
    // The end of the last entity before the words (a time inside them
    // ends after their start).
    let floor = entities
        .iter()
        .rev()
        .map(|x| x.span.end)
        .find(|&x| x <= s)
        .unwrap_or(0);
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut end = s;
    while items.len() + 1 < figures {
        // The comma that closes the clause before.
        let Some(c) = text[floor..end].chars().next_back() else {
            return false;
        };
        if !has_char(List::CommaMark, c) {
            return false;
        }
        let close = end - c.len_utf8();
        // The whole clause: a name may hold its own enumeration comma
        // (`信息传输、软件和信息技术服务业`).
        let open = text[floor..close]
            .char_indices()
            .rev()
            .find(|&(_, c)| !is_word_char(c) && !has_char(List::Joiner, c))
            .map_or(floor, |(i, c)| floor + i + c.len_utf8());
        let n = text[open..close].chars().count();
        // A bare name is a category (`制造业`, `饮料类`); a clause with a
        // verb, a postposition closing a scope (`全市限额以上单位商品零售额中`),
        // a subject, or a lead (`其中`) is none.
        if !(2..=16).contains(&n)
            || lex.ending(text, open, close, &[Role::Category]).is_none()
            || lex
                .ending(text, open, close, &[Role::Change, Role::Report, Role::Post])
                .is_some()
            || open == floor && floor > 0
            || subject_at(lex, text, open, close).is_some()
        {
            return false;
        }
        items.push((open, close));
        end = open;
    }
    let mut w = Analysis::default();
    let le = strip_end(lex, text, entities, (s, e), true, &mut w);
    let ls = strip_start(lex, text, s, le);
    if ls >= le {
        return false;
    }
    items.reverse();
    items.push((ls, le));
    // A known head written once, at the last name (`…,科学研究和技术服务业
    // 营业收入分别增长…`), is copied to the others.
    let last = &text[ls..le];
    let head = words::list(List::SharedHead).iter().find(|h| {
        last.len() > h.len()
            && last.ends_with(*h)
            && items[..items.len() - 1]
                .iter()
                .all(|&(x, y)| !text[x..y].contains(*h))
    });
    let n = items.len();
    a.list = items
        .into_iter()
        .enumerate()
        .map(|(k, (x, y))| {
            Item::Metric(Metric {
                span: Span::new(x, y),
                built: head
                    .filter(|_| k + 1 < n)
                    .map(|h| format!("{}{h}", &text[x..y])),
            })
        })
        .collect();
    true
}

/// Cuts the last of `items` after its last head character when every
/// item before it ends in that same character (`生物医药业`,
/// `家电电气业保持两位数` → `家电电气业`): parallel names share their head,
/// and the words after it in the last item qualify the verb after the list.
fn shared_head_end(text: &str, items: &mut [(usize, usize)]) {
    let Some((&(ls, le), rest)) = items.split_last() else {
        return;
    };
    let Some(head) = rest
        .first()
        .and_then(|&(x, y)| text[x..y].chars().next_back())
    else {
        return;
    };
    if !rest.iter().all(|&(x, y)| text[x..y].ends_with(head)) {
        return;
    }
    let own = &text[ls..le];
    if let Some(i) = own.rfind(head).map(|i| i + head.len_utf8()) {
        if i < own.len() && own[..i].chars().count() >= 2 {
            if let Some(last) = items.last_mut() {
                last.1 = ls + i;
            }
        }
    }
}

/// A list named by the clause before a clause that 分别 opens, before the
/// growth word of that clause (`矿产加工业和电子信息增幅最大,分别为22.5%和
/// 21.6%`): when the items are as many as the figures, each is one listed
/// metric and the figures are their changes. True when it listed them.
fn growth_clause_list(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    s: usize,
    e: usize,
    figures: usize,
    a: &mut Analysis,
) -> bool {
    if figures < 2 {
        return false;
    }
    // The words before 分别 may be a growth noun alone (`…保持两位数增长,
    // 增速分别为18.3%、16.0%`): it names the rate, not the items.
    let st = strip_start(lex, text, s, e);
    if st < e
        && lex
            .starting(text, st, e, &[Role::Growth])
            .is_none_or(|(w, _)| st + w.len() != e)
    {
        return false;
    }
    let floor = entities
        .iter()
        .rev()
        .map(|x| x.span.end)
        .find(|&x| x <= s)
        .unwrap_or(0);
    let before = text[floor..s].trim_end();
    let Some(c) = before.chars().next_back() else {
        return false;
    };
    if !has_char(List::CommaMark, c) {
        return false;
    }
    let close = floor + before.len() - c.len_utf8();
    // The whole clause; a space may stand between its words.
    let open = text[floor..close]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c) && !has_char(List::Joiner, c) && c != ' ')
        .map_or(floor, |(i, c)| floor + i + c.len_utf8());
    if open == floor && floor > 0 {
        return false;
    }
    // The first growth noun or verb of change (`个位数增长`) ends the list.
    let Some((g, verb)) = text[open..close].char_indices().find_map(|(k, _)| {
        lex.starting(text, open + k, close, &[Role::Growth, Role::Change])
            .map(|(_, r)| (open + k, !r.has(Role::Growth)))
    }) else {
        return false;
    };
    let mut items: Vec<(usize, usize)> = list_items(text, open, g, false)
        .into_iter()
        .map(|(x, y)| trim(text, x, y))
        .collect();
    // Words between the last item and a verb (`生物医药业、家电电气业保持
    // 两位数增长`) qualify the growth: when the items before the last end
    // in one head character, the last item ends at its own last one.
    if verb {
        shared_head_end(text, &mut items);
    }
    if items.len() != figures
        || !items.iter().all(|&(x, y)| {
            (2..=16).contains(&text[x..y].chars().count())
                && text[x..y]
                    .chars()
                    .all(|c| is_word_char(c) && !c.is_ascii_digit())
        })
    {
        return false;
    }
    a.growth = true;
    a.list = items
        .into_iter()
        .map(|(x, y)| {
            Item::Metric(Metric {
                span: Span::new(x, y),
                built: None,
            })
        })
        .collect();
    true
}

/// Cuts the words of a list at its separators; with `enumeration_only`
/// only at the enumeration comma and commas, so that an item may hold its
/// own 和 (`有色金属冶炼和压延加工业`).
pub(crate) fn list_items(
    text: &str,
    s: usize,
    e: usize,
    enumeration_only: bool,
) -> Vec<(usize, usize)> {
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut from = s;
    let mut at = s;
    while at < e {
        let rest = &text[at..e];
        let sep = words::prefix_in(List::MetricSeparator, rest)
            .filter(|w| !enumeration_only || w.chars().all(|c| !is_word_char(c)));
        match sep {
            Some(w) => {
                items.push((from, at));
                at += w.len();
                from = at;
            }
            None => at += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    items.push((from, e));
    items
        .into_iter()
        .map(|(x, y)| trim(text, x, y))
        .filter(|(x, y)| x < y)
        .collect()
}

/// The head of [`List::SharedHead`] that ends the last item and no other
/// one, with words of the last item before it.
fn shared_head<'t>(text: &'t str, items: &[(usize, usize)]) -> Option<&'t str> {
    let (&(x, y), rest) = items.split_last()?;
    let last = &text[x..y];
    // Parallel items of one length with one ending (`东部地区、中部地区、
    // 西部地区投资`): the last item's words after that length are the head.
    if let Some(&(a0, b0)) = rest.first() {
        let first = &text[a0..b0];
        let m = first.chars().count();
        let end = first.chars().next_back();
        let same = rest.iter().all(|&(a, b)| {
            let t = &text[a..b];
            t.chars().count() == m && t.chars().next_back() == end
        });
        if same && m >= 2 && rest.len() >= 2 {
            if let Some((i, c)) = last.char_indices().nth(m - 1) {
                let cut = i + c.len_utf8();
                if Some(c) == end && last.len() - cut >= 2 * 3 {
                    return Some(&last[cut..]);
                }
            }
        }
    }
    let head = words::list(List::SharedHead)
        .iter()
        .find(|h| last.len() > h.len() && last.ends_with(*h))?;
    // An item that already ends like the head is a whole name
    // (`社会消费品零售总额和限额以上单位消费品零售额`).
    let end = head.chars().next_back();
    rest.iter()
        .all(|&(a, b)| !text[a..b].contains(*head) && text[a..b].chars().next_back() != end)
        .then_some(&last[last.len() - head.len()..])
}

/// The items of a list whose last item closes it with a word of
/// [`List::EnumerationClose`] and a head of two to six Han characters
/// (`教育、社会保障和就业等支出` → `教育支出`, `社会保障和就业支出`).
fn closed_list(text: &str, items: &[(usize, usize)]) -> Option<Vec<Item>> {
    let &(lx, ly) = items.last()?;
    let own = &text[lx..ly];
    let (i, w) = words::list(List::EnumerationClose)
        .iter()
        .filter_map(|w| own.rfind(w).map(|i| (i, *w)))
        .max()?;
    let head = &own[i + w.len()..];
    if i == 0
        || !(2..=6).contains(&head.chars().count())
        || !head
            .chars()
            .all(|c| is_word_char(c) && !c.is_ascii_alphanumeric())
    {
        return None;
    }
    let n = items.len();
    Some(
        items
            .iter()
            .enumerate()
            .map(|(k, &(x, y))| {
                let name = if k + 1 == n { &own[..i] } else { &text[x..y] };
                Item::Metric(Metric {
                    span: Span::new(x, y),
                    built: Some(format!("{name}{head}")),
                })
            })
            .collect(),
    )
}

/// The list before 分别 (`第一、二、三产业增加值`, `江苏、浙江`): items in
/// order; a head written once at the last item is copied to the others.
/// `figures` is the number of figures after it
/// (0 when unknown): when cutting at every separator gives more items than
/// figures but cutting at enumeration commas only gives as many, the items
/// keep their inner 和/及.
fn list(
    lex: &Lexicon,
    text: &str,
    entities: &[Entity],
    s: usize,
    e: usize,
    figures: usize,
    a: &mut Analysis,
) {
    let e = strip_end(lex, text, entities, (s, e), true, a);
    let mut s = strip_start(lex, text, s, e);
    let mut items = list_items(text, s, e, false);
    if figures >= 2 && items.len() > figures {
        let coarse = list_items(text, s, e, true);
        if coarse.len() == figures {
            items = coarse;
        }
    }
    // A subject joined to the partners listed after it (`我市与美国、欧盟…
    // 的出口额分别达…`): one item more than the figures, a subject alone
    // first. It is the figures' subject, no item.
    if figures >= 2 && items.len() == figures + 1 {
        let (x, y) = items[0];
        if subject_at(lex, text, x, y) == Some(Span::new(x, y)) {
            a.subject = Some(Span::new(x, y));
            items.remove(0);
            s = items[0].0;
        }
    }
    if items.len() < 2 {
        return;
    }
    // Every item a subject: the subjects pair with the figures.
    if items
        .iter()
        .all(|&(x, y)| subject_at(lex, text, x, y) == Some(Span::new(x, y)))
    {
        a.list = items
            .iter()
            .map(|&(x, y)| Item::Subject(Span::new(x, y)))
            .collect();
        return;
    }
    // Places counted after the last item (`东阳、义乌、永康三地地区生产总值`):
    // the count of the items and a kind of place close the names, the rest
    // is the metric of each.
    let (lx, ly) = items[items.len() - 1];
    let short = |x: usize, y: usize| text[x..y].chars().count() <= 6;
    if items[..items.len() - 1].iter().all(|&(x, y)| short(x, y)) {
        for (off, c) in text[lx..ly].char_indices().skip(1).take(6) {
            if crate::numeral::chinese::digit(c).map(usize::from) != Some(items.len()) {
                continue;
            }
            let g = lx + off + c.len_utf8();
            if let Some(w) = words::prefix_in(List::PlaceGroup, &text[g..ly]) {
                let ms = strip_start(lex, text, g + w.len(), ly);
                if ms < ly {
                    a.metric = Some(Metric {
                        span: Span::new(ms, ly),
                        built: None,
                    });
                    a.list = items[..items.len() - 1]
                        .iter()
                        .map(|&(x, y)| Item::Subject(Span::new(x, y)))
                        .chain([Item::Subject(Span::new(lx, lx + off))])
                        .collect();
                    return;
                }
            }
        }
    }
    // Subjects listed before a metric written once, at the last item
    // (`金华市区、义乌市、永康市地区生产总值分别增长…`): the subjects pair
    // with the figures, each with that metric.
    if let Some(last) = subject_at(lex, text, lx, ly).filter(|l| l.end < ly) {
        let ms = strip_start(lex, text, last.end, ly);
        if ms < ly
            && items[..items.len() - 1]
                .iter()
                .all(|&(x, y)| subject_at(lex, text, x, y) == Some(Span::new(x, y)))
        {
            a.metric = Some(Metric {
                span: Span::new(ms, ly),
                built: None,
            });
            a.list = items[..items.len() - 1]
                .iter()
                .map(|&(x, y)| Item::Subject(Span::new(x, y)))
                .chain([Item::Subject(last)])
                .collect();
            return;
        }
    }
    // A subject before the first item (`全市第一、二、三产业…`).
    if let Some(sub) = subject_at(lex, text, items[0].0, items[0].1) {
        if sub.end < items[0].1 {
            a.subject = Some(sub);
            s = strip_start(lex, text, sub.end, e);
        }
    }
    items[0].0 = s.min(items[0].1);
    // A partner mark opening the first item (`我省对美国、欧盟…`) is no part
    // of its name.
    // So is a qualifier closed by 的 in the first item (`产业链较长的汽车和
    // 电子行业`): it qualifies every item.
    if items.len() >= 2 {
        let (x, y) = items[0];
        if let Some(k) = text[x..y].rfind(LINKS[0]) {
            let after = x + k + LINKS[0].len_utf8();
            if after < y && k > 0 {
                items[0].0 = after;
            }
        }
    }
    let (x, y) = items[0];
    let mut cs = text[x..y].chars();
    if let Some(c) = cs.next().filter(|&c| has_char(List::PartnerMark, c)) {
        if cs.count() >= 2 {
            items[0].0 = trim(text, x + c.len_utf8(), y).0;
        }
    }
    // A head after the word closing the list (`…、社会保障和就业等支出`):
    // every item takes it, the last one without that word.
    if let Some(list) = closed_list(text, &items) {
        a.list = list;
        return;
    }
    let chars = |(x, y): (usize, usize)| text[x..y].chars().count();
    let n = items.len();
    let last = items[n - 1];
    let short = items[..n - 1].iter().all(|&i| chars(i) <= 2);
    let m = if n >= 3 {
        chars(items[n - 2])
    } else {
        // `第一、二、三产业`: the ordinal mark is written once, at the first
        // item (`第二、第三产业` writes it at each).
        chars(items[0])
            - usize::from(
                text[items[0].0..].starts_with(crate::chars::ORDINAL_PREFIX)
                    && !text[last.0..].starts_with(crate::chars::ORDINAL_PREFIX),
            )
    };
    // The head: the last item after its own m characters; or, when the
    // items before it end alike, after that ending in it (`水电、火电、风电、
    // 太阳能发电装机容量`: 装机容量).
    let ending = text[items[0].0..items[0].1].chars().next_back();
    let alike = ending.filter(|&c| items[..n - 1].iter().all(|&(x, y)| text[x..y].ends_with(c)));
    let after_ending = alike.and_then(|c| {
        text[last.0..last.1]
            .char_indices()
            .skip(1)
            .find(|&(_, x)| x == c)
            .map(|(i, x)| last.0 + i + x.len_utf8())
            .filter(|&h| text[h..last.1].chars().count() >= 2)
    });
    // Or, when the items before it differ in length from its own part, at
    // a noun that opens a shared head (`钢铁和有色金属行业产能利用率`: 行业).
    let head_word = || {
        let own = &text[last.0..last.1];
        words::list(List::SharedHeadStart)
            .iter()
            .filter_map(|w| {
                let i = own.find(w)?;
                (i > 0
                    && own[..i].chars().count() != m
                    && items[..n - 1].iter().all(|&(x, y)| !text[x..y].contains(w)))
                .then_some(last.0 + i)
            })
            .min()
    };
    // Items of one character before the last are parts of one word cut
    // short (`中、小型企业` → `中型企业`): no name of their own, they share
    // everything after the last item's first character.
    let one_char_items = items[..n - 1].iter().all(|&i| chars(i) == 1);
    let head_at = after_ending
        .or_else(|| if one_char_items { None } else { head_word() })
        .unwrap_or_else(|| {
            text[last.0..]
                .char_indices()
                .nth(m)
                .map_or(last.1, |(i, _)| last.0 + i)
        });
    let head = &text[head_at.min(last.1)..last.1];
    // A first item that already ends like that head is a whole name
    // (`风电、光伏发电`): nothing is shared.
    let whole_first = text[items[0].0..items[0].1].chars().next_back() == head.chars().next_back();
    // A first item longer than the others shares its front only when its
    // own part is a numeral (`第一、二、三产业`), not when it is a longer
    // name (`奶牛、猪、羊和家禽存栏`: a known head, below).
    let first_own_numeral = {
        let first = &text[items[0].0..items[0].1];
        let skip = first.chars().count().saturating_sub(m);
        skip == 0
            || first
                .chars()
                .skip(skip)
                .all(|c| c.is_ascii_digit() || crate::numeral::chinese::digit(c).is_some())
    };
    if short && m >= 1 && chars(last) > m + 1 && !whole_first && first_own_numeral {
        let first = &text[items[0].0..items[0].1];
        let front_chars = first.chars().count().saturating_sub(m);
        let front: String = first.chars().take(front_chars).collect();
        a.list = items
            .iter()
            .enumerate()
            .map(|(k, &(x, y))| {
                let own = &text[x..y];
                let built = match k {
                    0 => format!("{own}{head}"),
                    k if k == n - 1 => format!("{front}{own}"),
                    _ => format!("{front}{own}{head}"),
                };
                Item::Metric(Metric {
                    span: Span::new(x, y),
                    built: (built != own).then_some(built),
                })
            })
            .collect();
    } else if let Some(head) = shared_head(text, &items) {
        // A known head written once at the last item (`铁矿石、钢材产量`).
        // When a noun opening a head stands before it there
        // (`…、战略性新兴、高新技术产业增加值`), an item that names no
        // category of its own (`装备制造`, not `…制造业`) takes that noun too.
        let before_head = &text[last.0..last.1 - head.len()];
        let wide = words::list(List::SharedHeadStart)
            .iter()
            .find(|w| before_head.len() > w.len() && before_head.ends_with(*w));
        a.list = items
            .iter()
            .enumerate()
            .map(|(k, &(x, y))| {
                let x = if k == 0 {
                    x
                } else {
                    item_start(lex, text, x, y)
                };
                let own = &text[x..y];
                let noun = wide
                    .filter(|_| lex.ending(text, x, y, &[Role::Category]).is_none())
                    .map_or("", |w| *w);
                Item::Metric(Metric {
                    span: Span::new(x, y),
                    built: (k < n - 1).then(|| format!("{own}{noun}{head}")),
                })
            })
            .collect();
    } else {
        a.list = items
            .iter()
            .map(|&(x, y)| {
                let x = item_start(lex, text, x, y);
                // A reporting verb inside an item (`规模以上工业企业实现营业收入、
                // 利润总额`) is out of its name, as for a single metric.
                Item::Metric(Metric {
                    span: Span::new(x, y),
                    built: without_verb(lex, text, x, y, CharSet::of(lex, &text[x..y])),
                })
            })
            .collect();
    }
}

#[cfg(test)]
mod search_tests {
    use super::{find_word, has_joiner, rfind_word, CharSet, List, Scan};

    #[test]
    fn char_set_filters_words_and_scans() {
        let lex = super::super::lexicon::get();
        let set = CharSet::of(lex, "两者分别增长");
        assert_eq!(set.words_of(List::Respectively).next(), Some("分别"));
        assert!(!set.may_start(Scan::Compare));
        assert!(CharSet::of(lex, "比上年分别增长").may_start(Scan::Compare));
        assert!(!set.open && !set.close);
        let set = CharSet::of(lex, "甲乙（丙）");
        assert_eq!(set.words_of(List::Respectively).next(), None);
        assert!(set.open && set.close);
    }

    #[test]
    fn joiners_are_found_anywhere_in_a_name() {
        assert!(has_joiner("甲市和乙市"));
        assert!(has_joiner("和乙市"));
        assert!(!has_joiner("漯河市"));
        assert!(!has_joiner(""));
    }

    #[test]
    fn rfind_word_finds_the_last_whole_word() {
        let hay = "每吨价格和每人费用";
        assert_eq!(rfind_word(hay, "每"), Some(hay.rfind('每').unwrap()));
        assert_eq!(rfind_word(hay, "每人"), Some(15));
        assert_eq!(find_word(hay, "每"), Some(0));
        assert_eq!(rfind_word(hay, "每月"), None);
        assert_eq!(rfind_word("", "每"), None);
        // A word longer than the text, and one that ends at the text's end.
        assert_eq!(rfind_word("每", "每人"), None);
        assert_eq!(rfind_word("ab每", "每"), Some(2));
    }
}
