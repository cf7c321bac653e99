//! The word tables of indicator facts (`core/src/data/facts_*.tsv`), parsed
//! once. A word may have several roles (比重 is a share word and no
//! comparison); lookups go by the first or the last character, so a check
//! at a position costs one array load when no word can match.

use std::sync::LazyLock;

/// Words indexed by one of their characters (the first or the last), in
/// 4096 slots by `char as u32 % 4096`: each slot that holds words points
/// to one entry with the roles of its words (a clear role bit means no word
/// of that role, and no look at the words) and its words in one flat list,
/// longest first. Characters that share a slot share its list; the
/// comparison with the text tells them apart. No hashing: a lookup is two
/// array loads. The slots point into a dense array (one entry per slot
/// that holds words, a few hundred) instead of holding the roles
/// themselves: about 16 KB instead of 48 KB per table, which leaves more of
/// the extraction's tables in the cache between the two passes of `facts`.
struct Slots {
    /// Per slot: the index of its entry in `entries`, 0 for none (a fixed
    /// size: a slot masked to 12 bits needs no bounds check).
    index: Box<[u16; 4096]>,
    /// Entry 0 is empty (no roles, no words); the others are
    /// `(roles, first word, end of words)` of one slot.
    entries: Vec<(u64, u16, u16)>,
    words: Vec<Word>,
}

/// A word of a slot with the bytes a lookup compares first: the first
/// eight bytes (the table of first characters) or the last eight (of last
/// characters), packed in a `u64` with a mask of the word's own bytes
/// (fewer for a shorter word). One comparison of the text's eight bytes
/// there tells most words apart, where a byte loop read each word's first
/// bytes (the words of one slot mostly share their key character, and
/// differ at the next).
#[derive(Clone, Copy)]
struct Word {
    head: u64,
    mask: u64,
    roles: Roles,
    word: &'static str,
}

impl Word {
    fn new(word: &'static str, roles: Roles, last: bool) -> Word {
        let b = word.as_bytes();
        let k = b.len().min(8);
        let mut bytes = [0u8; 8];
        let mut m = [0u8; 8];
        if last {
            bytes[8 - k..].copy_from_slice(&b[b.len() - k..]);
            m[8 - k..].fill(0xFF);
        } else {
            bytes[..k].copy_from_slice(&b[..k]);
            m[..k].fill(0xFF);
        }
        Word {
            head: u64::from_le_bytes(bytes),
            mask: u64::from_le_bytes(m),
            roles,
            word,
        }
    }
}

impl Word {
    /// True when the word has a role of `m` and `hay` (whose first eight
    /// bytes are `h`, as [`head8`] gives) starts with it.
    #[inline(always)]
    fn starts(&self, hay: &[u8], h: u64, m: u64) -> bool {
        self.roles.0 & m != 0
            && h & self.mask == self.head
            && self.word.len() <= hay.len()
            && (self.word.len() <= 8 || starts_with(hay, self.word.as_bytes()))
    }

    /// True when the word has a role of `m` and `hay` (whose last eight
    /// bytes are `t`, as [`tail8`] gives) ends with it.
    #[inline(always)]
    fn ends(&self, hay: &[u8], t: u64, m: u64) -> bool {
        self.roles.0 & m != 0
            && t & self.mask == self.head
            && self.word.len() <= hay.len()
            && (self.word.len() <= 8 || ends_with(hay, self.word.as_bytes()))
    }
}

/// The first eight bytes of `hay`, zero past its end (no word holds a zero
/// byte, so a word longer than `hay` never matches on them).
#[inline(always)]
fn head8(hay: &[u8]) -> u64 {
    match hay.first_chunk::<8>() {
        Some(h) => u64::from_le_bytes(*h),
        None => {
            let mut h = [0u8; 8];
            h[..hay.len()].copy_from_slice(hay);
            u64::from_le_bytes(h)
        }
    }
}

/// The last eight bytes of `hay`, zero before its start (as [`head8`]).
#[inline(always)]
fn tail8(hay: &[u8]) -> u64 {
    match hay.last_chunk::<8>() {
        Some(h) => u64::from_le_bytes(*h),
        None => {
            let mut h = [0u8; 8];
            h[8 - hay.len()..].copy_from_slice(hay);
            u64::from_le_bytes(h)
        }
    }
}

/// The table slot of a three-byte (Han) character read on its last two
/// bytes: the low 12 bits of its code point, as [`Slots::slot`] gives for
/// the decoded character, without decoding it.
#[inline(always)]
pub(crate) fn han_slot(b1: u8, b2: u8) -> usize {
    (usize::from(b1 & 0x3F) << 6) | usize::from(b2 & 0x3F)
}

impl Slots {
    fn slot(c: char) -> usize {
        c as usize & 4095
    }

    /// The slots of `(key char, word, roles)` (each word once).
    fn build(items: &[(char, &'static str, u64)], last: bool) -> Slots {
        // A counting sort by slot, then each slot's few words longest
        // first: the tables are built at the first call of every process,
        // where a comparison sort of every word costs more than the pass.
        let (starts, order) = by_slot(items.iter().map(|e| Slots::slot(e.0)));
        let mut index = Box::new([0u16; 4096]);
        let mut entries = vec![(0u64, 0u16, 0u16)];
        let mut words = Vec::with_capacity(items.len());
        // The tables hold a few hundred words.
        let n = |i: usize| u16::try_from(i).unwrap_or(u16::MAX);
        for k in 0..4096 {
            let (a, b) = (starts[k] as usize, starts[k + 1] as usize);
            if a == b {
                continue;
            }
            let first = words.len();
            let mut roles = 0;
            words.extend(order[a..b].iter().map(|&i| {
                let (_, w, bits) = items[i as usize];
                roles |= bits;
                Word::new(w, Roles(bits), last)
            }));
            words[first..].sort_unstable_by(|x: &Word, y| {
                y.word.len().cmp(&x.word.len()).then(x.word.cmp(y.word))
            });
            index[k] = n(entries.len());
            entries.push((roles, n(first), n(words.len())));
        }
        Slots {
            index,
            entries,
            words,
        }
    }

    /// The roles of the words of slot `k` (below 4096).
    #[inline]
    fn roles(&self, k: usize) -> u64 {
        self.entries[usize::from(self.index[k & 4095])].0
    }

    fn may_hold(&self, c: char, mask: u64) -> bool {
        self.roles(Slots::slot(c)) & mask != 0
    }

    /// The words of `c`'s slot, longest first, when one has a role of `mask`.
    fn words(&self, c: char, mask: u64) -> &[Word] {
        let (roles, a, b) = self.entries[usize::from(self.index[Slots::slot(c)])];
        if roles & mask == 0 {
            return &[];
        }
        &self.words[usize::from(a)..usize::from(b)]
    }
}

/// The bit mask of `roles`.
#[inline]
const fn mask(roles: &[Role]) -> u64 {
    let mut m = 0;
    let mut i = 0;
    while i < roles.len() {
        m |= roles[i] as u64;
        i += 1;
    }
    m
}

/// What a word of `facts_words.tsv` or `facts_subjects.tsv` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u64)]
pub(crate) enum Role {
    Report = 1,
    Change = 1 << 1,
    Growth = 1 << 2,
    Basis = 1 << 3,
    Compare = 1 << 4,
    NotCompare = 1 << 5,
    Share = 1 << 6,
    NotShare = 1 << 7,
    Rank = 1 << 8,
    Target = 1 << 9,
    Forecast = 1 << 10,
    Lead = 1 << 11,
    Filler = 1 << 12,
    Stock = 1 << 13,
    AsOf = 1 << 14,
    Deadline = 1 << 15,
    SubjectWord = 1 << 16,
    SubjectSuffix = 1 << 17,
    NotSubject = 1 << 18,
    Block = 1 << 19,
    Keep = 1 << 20,
    RankScope = 1 << 21,
    NotCue = 1 << 22,
    Stop = 1 << 23,
    Done = 1 << 24,
    BasePeriod = 1 << 25,
    NotLead = 1 << 26,
    InnerLead = 1 << 27,
    Act = 1 << 28,
    Post = 1 << 29,
    Category = 1 << 30,
    DeadlineAfter = 1 << 31,
    CloseCompare = 1 << 32,
    Break = 1 << 33,
}

impl Role {
    fn parse(s: &str, subjects: bool) -> Option<Role> {
        Some(match (subjects, s) {
            (false, "report") => Role::Report,
            (false, "change") => Role::Change,
            (false, "growth") => Role::Growth,
            (false, "basis") => Role::Basis,
            (false, "compare") => Role::Compare,
            (false, "notcompare") => Role::NotCompare,
            (false, "share") => Role::Share,
            (false, "notshare") => Role::NotShare,
            (false, "rank") => Role::Rank,
            (false, "target") => Role::Target,
            (false, "forecast") => Role::Forecast,
            (false, "lead") => Role::Lead,
            (false, "filler") => Role::Filler,
            (false, "stock") => Role::Stock,
            (false, "asof") => Role::AsOf,
            (false, "deadline") => Role::Deadline,
            (false, "keep") => Role::Keep,
            (false, "rankscope") => Role::RankScope,
            (false, "notcue") => Role::NotCue,
            (false, "stop") => Role::Stop,
            (false, "done") => Role::Done,
            (false, "baseperiod") => Role::BasePeriod,
            (false, "notlead") => Role::NotLead,
            (false, "innerlead") => Role::InnerLead,
            (false, "act") => Role::Act,
            (false, "post") => Role::Post,
            (false, "category") => Role::Category,
            (false, "deadlineafter") => Role::DeadlineAfter,
            (false, "closecompare") => Role::CloseCompare,
            (false, "break") => Role::Break,
            (true, "word") => Role::SubjectWord,
            (true, "suffix") => Role::SubjectSuffix,
            (true, "not") => Role::NotSubject,
            (true, "block") => Role::Block,
            _ => return None,
        })
    }
}

/// A set of roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Roles(u64);

impl Roles {
    /// True when `role` is in the set.
    pub(crate) fn has(self, role: Role) -> bool {
        self.0 & role as u64 != 0
    }

    /// True when any of `roles` is in the set.
    #[inline]
    pub(crate) fn any(self, roles: &[Role]) -> bool {
        self.0 & mask(roles) != 0
    }
}

/// Every word of both tables, indexed by its first and its last character,
/// longest first.
pub(crate) struct Lexicon {
    first: Slots,
    last: Slots,
    /// The slots (as [`Slots`]) of the first characters of the markers of
    /// the future (`future_marker` of `facts_lists.tsv`), one bit each:
    /// the status-cue scan reads it at every Han character.
    future: [u64; 64],
    /// The slots of the first characters of the status cues (target,
    /// forecast and not-cue words), one bit each, as `future`.
    cue: [u64; 64],
    /// `future` and `cue` together: the scan's one test at most characters.
    cue_or_future: [u64; 64],
    /// Per table slot, the [`Scan`]s a word of its first characters may
    /// start: one byte a slot (4 KB), which the scans that test every
    /// character of a figure's words read in one load, where the roles of
    /// a slot take two (its entry's index, then the entry).
    scans: Box<[u8; 4096]>,
    /// The length in bytes of the longest word: a word starting at a byte
    /// ends at most this far after it (a look-up at a position this far
    /// before its end bound reads the same whatever the bound).
    longest: usize,
    /// One message per row left out (read by the tests).
    #[cfg_attr(not(test), allow(dead_code))]
    errors: Vec<String>,
}

/// The groups of roles the scans of a figure's words test at every
/// character, one bit each in [`Lexicon::slot_scans`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Scan {
    /// A break (`|`, `截止发稿`).
    Break = 1,
    /// A comparison word.
    Compare = 1 << 1,
    /// A comparison word or a word that is none (比重).
    CompareOrNot = 1 << 2,
    /// A block word or a subject suffix.
    Stops = 1 << 3,
    /// A verb of work done.
    Act = 1 << 4,
    /// A time of the year inside the words.
    InnerLead = 1 << 5,
    /// A subject word.
    SubjectWord = 1 << 6,
}

/// The roles of each [`Scan`].
const SCANS: [(Scan, &[Role]); 7] = [
    (Scan::Break, &[Role::Break]),
    (Scan::Compare, &[Role::Compare]),
    (Scan::CompareOrNot, &[Role::Compare, Role::NotCompare]),
    (Scan::Stops, &[Role::Block, Role::SubjectSuffix]),
    (Scan::Act, &[Role::Act]),
    (Scan::InnerLead, &[Role::InnerLead]),
    (Scan::SubjectWord, &[Role::SubjectWord]),
];

const WORDS_FILE: &str = "core/src/data/facts_words.tsv";
const SUBJECTS_FILE: &str = "core/src/data/facts_subjects.tsv";
const WORDS_SRC: &str = include_str!("../data/facts_words.tsv");
const SUBJECTS_SRC: &str = include_str!("../data/facts_subjects.tsv");

/// Rows `(word, role)` of one table, read by the one table loader
/// (`crate::lexicon::Table`); an unknown role or a malformed row is an error
/// naming the file and the line. The good rows and the errors of the bad
/// ones: a bad row never stops the others.
fn rows(
    file: &'static str,
    src: &'static str,
    subjects: bool,
) -> (Vec<(&'static str, Role)>, Vec<String>) {
    let t = crate::lexicon::Table::load(file, src, |r| {
        let word = r.word(0)?;
        let role = r.word(1)?;
        if !r.text(2).is_empty() {
            return Err(r.error("expected `word<TAB>role`"));
        }
        let role = Role::parse(role, subjects)
            .ok_or_else(|| r.error(format_args!("unknown role {role:?}")))?;
        Ok((word, role))
    });
    (t.items, t.errors.iter().map(ToString::to_string).collect())
}

impl Lexicon {
    /// The lexicon of `tables`; a bad or duplicate row is left out and
    /// reported in `errors`.
    fn build(tables: &[(&'static str, &'static str, bool)]) -> Lexicon {
        // Every row in the order read; the rows of one word share the slot
        // of its first character, where they merge into one set of roles
        // (no hashing: the tables are read at the first call of a process).
        let mut all: Vec<(&'static str, Role, &'static str)> = Vec::new();
        let mut errors = Vec::new();
        for (file, src, subjects) in tables {
            let (items, bad) = rows(file, src, *subjects);
            errors.extend(bad);
            all.extend(items.into_iter().map(|(w, r)| (w, r, *file)));
        }
        let (starts, order) = by_slot(
            all.iter()
                .map(|r| r.0.chars().next().map_or(0, Slots::slot)),
        );
        let mut roles: Vec<(&'static str, u64)> = Vec::with_capacity(all.len());
        let mut duplicates = Vec::new();
        for k in 0..4096 {
            let first = roles.len();
            // Rows of a slot in the order read (the counting sort is stable).
            for &n in &order[starts[k] as usize..starts[k + 1] as usize] {
                let (word, role, file) = all[n as usize];
                match roles[first..].iter_mut().find(|(w, _)| *w == word) {
                    Some((_, bits)) => {
                        if *bits & role as u64 != 0 {
                            duplicates.push((n, format!("{file}: duplicate row {word}\t{role:?}")));
                        }
                        *bits |= role as u64;
                    }
                    None => roles.push((word, role as u64)),
                }
            }
        }
        // Duplicates reported in the order of the rows, as read.
        duplicates.sort_unstable_by_key(|d| d.0);
        errors.extend(duplicates.into_iter().map(|d| d.1));
        let longest = roles.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
        let mut firsts = Vec::with_capacity(roles.len());
        let mut lasts = Vec::with_capacity(roles.len());
        for (word, bits) in roles {
            let (Some(f), Some(l)) = (word.chars().next(), word.chars().next_back()) else {
                continue;
            };
            firsts.push((f, word, bits));
            lasts.push((l, word, bits));
        }
        let mut future = [0u64; 64];
        for w in crate::lexicon::list(crate::lexicon::List::FutureMarker) {
            if let Some(c) = w.chars().next() {
                let k = Slots::slot(c);
                future[k >> 6] |= 1 << (k & 63);
            }
        }
        let first = Slots::build(&firsts, false);
        let mut cue = [0u64; 64];
        for k in 0..4096 {
            if first.roles(k) & mask(&CUE_ROLES) != 0 {
                cue[k >> 6] |= 1 << (k & 63);
            }
        }
        let mut scans = Box::new([0u8; 4096]);
        for (k, bits) in scans.iter_mut().enumerate() {
            let roles = first.roles(k);
            for (scan, of) in SCANS {
                if roles & mask(of) != 0 {
                    *bits |= scan as u8;
                }
            }
        }
        let mut cue_or_future = cue;
        for (a, f) in cue_or_future.iter_mut().zip(future) {
            *a |= f;
        }
        Lexicon {
            first,
            last: Slots::build(&lasts, true),
            future,
            cue,
            cue_or_future,
            scans,
            longest,
            errors,
        }
    }

    /// The length in bytes of the longest word of the lexicon.
    pub(crate) fn longest(&self) -> usize {
        self.longest
    }

    /// The longest word with one of `roles` starting at byte `at` of `text`
    /// and ending by `end`.
    ///
    /// Inlined, so that the mask of a constant `roles` is a constant at
    /// the call (computed at each call of [`Lexicon::starting_mask`], it
    /// cost 3 % of the fact pass).
    ///
    /// The table slot of the character at `at` is read on its bytes here,
    /// at the call, and most calls end on it (no word with these roles
    /// starts with that character) without a call or a UTF-8 decode.
    #[inline(always)]
    pub(crate) fn starting(
        &self,
        text: &str,
        at: usize,
        end: usize,
        roles: &[Role],
    ) -> Option<(&'static str, Roles)> {
        let m = mask(roles);
        let b = text.as_bytes();
        let slot = match b.get(at..end.min(b.len())) {
            Some(&[x, ..]) if x < 0x80 => usize::from(x),
            Some(&[0xE0..=0xEF, b1, b2, ..]) => han_slot(b1, b2),
            _ => return self.starting_mask(text, at, end, m),
        };
        let (roles, a, z) = self.first.entries[usize::from(self.first.index[slot & 4095])];
        if roles & m == 0 {
            return None;
        }
        self.starting_in(text, at, end, m, a, z)
    }

    /// [`Lexicon::starting`] among the words `a..z` of the slot its caller
    /// read (no second decode or table load).
    fn starting_in(
        &self,
        text: &str,
        at: usize,
        end: usize,
        m: u64,
        a: u16,
        z: u16,
    ) -> Option<(&'static str, Roles)> {
        let hay = text.get(at..end)?.as_bytes();
        let h = head8(hay);
        self.first.words[usize::from(a)..usize::from(z)]
            .iter()
            .find(|w| w.starts(hay, h, m))
            .map(|w| (w.word, w.roles))
    }

    /// [`Lexicon::starting`] for the roles of mask `m`.
    fn starting_mask(
        &self,
        text: &str,
        at: usize,
        end: usize,
        m: u64,
    ) -> Option<(&'static str, Roles)> {
        let rest = text.get(at..end)?;
        let c = rest.chars().next()?;
        let hay = rest.as_bytes();
        let h = head8(hay);
        self.first
            .words(c, m)
            .iter()
            .find(|w| w.starts(hay, h, m))
            .map(|w| (w.word, w.roles))
    }

    /// False when no word with one of `roles` starts with `c` (one table
    /// load, for loops that look at every character).
    #[inline]
    pub(crate) fn may_start(&self, c: char, roles: &[Role]) -> bool {
        self.first.may_hold(c, mask(roles))
    }

    /// The scans ([`Scan`]) a word may start for at a character of table
    /// slot `slot` (below 4096): a set of scan bits, for
    /// [`Lexicon::may_start_scan_bits`].
    #[inline]
    pub(crate) fn slot_scans(&self, slot: usize) -> u8 {
        self.scans[slot & 4095]
    }

    /// True when `bits` (of [`Lexicon::slot_scans`]) hold `scan`.
    #[inline]
    pub(crate) fn may_start_scan_bits(bits: u8, scan: Scan) -> bool {
        bits & scan as u8 != 0
    }

    /// False when no word of `scan`'s roles starts with a character of
    /// table slot `slot` (its code point's low 12 bits, read on a Han
    /// character's last two bytes): one load of a byte table.
    #[inline]
    pub(crate) fn may_start_scan(&self, slot: usize, scan: Scan) -> bool {
        self.scans[slot & 4095] & scan as u8 != 0
    }

    /// The longest word with one of `roles` ending at byte `end` of `text`
    /// and starting at or after `floor`.
    ///
    /// Inlined as [`Lexicon::starting`] is; the slot of the character before `end` is read on its bytes at the
    /// call, as [`Lexicon::starting`] reads the first.
    #[inline(always)]
    pub(crate) fn ending(
        &self,
        text: &str,
        floor: usize,
        end: usize,
        roles: &[Role],
    ) -> Option<(&'static str, Roles)> {
        let m = mask(roles);
        let b = text.as_bytes();
        let slot = match b.get(floor.min(end)..end) {
            Some(&[.., x]) if x < 0x80 => usize::from(x),
            Some(&[.., 0xE0..=0xEF, b1, b2]) => han_slot(b1, b2),
            _ => return self.ending_mask(text, floor, end, m),
        };
        let (roles, a, z) = self.last.entries[usize::from(self.last.index[slot & 4095])];
        if roles & m == 0 {
            return None;
        }
        self.ending_in(text, floor, end, m, a, z)
    }

    /// [`Lexicon::ending`] among the words `a..z` of the slot its caller
    /// read, as [`Lexicon::starting_in`].
    fn ending_in(
        &self,
        text: &str,
        floor: usize,
        end: usize,
        m: u64,
        a: u16,
        z: u16,
    ) -> Option<(&'static str, Roles)> {
        let hay = text.get(floor..end)?.as_bytes();
        let t = tail8(hay);
        self.last.words[usize::from(a)..usize::from(z)]
            .iter()
            .find(|w| w.ends(hay, t, m))
            .map(|w| (w.word, w.roles))
    }

    /// [`Lexicon::ending`] for the roles of mask `m`.
    fn ending_mask(
        &self,
        text: &str,
        floor: usize,
        end: usize,
        m: u64,
    ) -> Option<(&'static str, Roles)> {
        let head = text.get(floor..end)?;
        let c = head.chars().next_back()?;
        let hay = head.as_bytes();
        let t = tail8(hay);
        self.last
            .words(c, m)
            .iter()
            .find(|w| w.ends(hay, t, m))
            .map(|w| (w.word, w.roles))
    }

    /// Every word with one of `roles` ending at byte `end` of `text` and
    /// starting at or after `floor`, longest first ([`Lexicon::ending`]
    /// gives the longest only).
    pub(crate) fn all_ending<'a>(
        &'a self,
        text: &'a str,
        floor: usize,
        end: usize,
        roles: &[Role],
    ) -> impl Iterator<Item = (&'static str, Roles)> + 'a {
        let m = mask(roles);
        let head = text.get(floor..end).unwrap_or_default();
        let words = head
            .chars()
            .next_back()
            .map_or(&[][..], |c| self.last.words(c, m));
        let hay = head.as_bytes();
        let t = tail8(hay);
        words
            .iter()
            .filter(move |w| w.ends(hay, t, m))
            .map(|w| (w.word, w.roles))
    }

    /// False when no target or forecast word starts with a character whose
    /// low 12 bits are `key` (nor a word of no cue).
    #[inline]
    pub(crate) fn may_start_cue(&self, key: usize) -> bool {
        bit(&self.cue, key)
    }

    /// False when neither [`Lexicon::may_start_cue`] nor
    /// [`Lexicon::may_start_future`] holds for `key`: one test.
    #[inline]
    pub(crate) fn may_start_cue_or_future(&self, key: usize) -> bool {
        bit(&self.cue_or_future, key)
    }

    /// False when no marker of the future starts with a character whose
    /// low 12 bits are `key`.
    #[inline]
    pub(crate) fn may_start_future(&self, key: usize) -> bool {
        bit(&self.future, key)
    }

    /// Every role of `word`, for tests.
    #[cfg(test)]
    pub(crate) fn roles_of(&self, word: &str) -> Roles {
        word.chars()
            .next()
            .and_then(|c| {
                self.first
                    .words(c, u64::MAX)
                    .iter()
                    .find(|w| w.word == word)
            })
            .map_or(Roles::default(), |w| w.roles)
    }

    /// Every `(word, roles)`, for tests.
    #[cfg(test)]
    pub(crate) fn words(&self) -> Vec<(&'static str, Roles)> {
        self.first.words.iter().map(|w| (w.word, w.roles)).collect()
    }
}

/// The roles of the status cues: a word of one of them may start a cue.
const CUE_ROLES: [Role; 3] = [Role::Target, Role::Forecast, Role::NotCue];

/// Bit `key % 4096` of a set of slots.
#[inline(always)]
fn bit(set: &[u64; 64], key: usize) -> bool {
    let k = key & 4095;
    set[k >> 6] >> (k & 63) & 1 != 0
}

/// A stable counting sort of items by their slot (`keys`, below 4096):
/// `starts[k]..starts[k + 1]` of `order` are the indices of slot `k`'s
/// items, in their order.
fn by_slot(keys: impl Iterator<Item = usize> + Clone) -> (Vec<u32>, Vec<u32>) {
    let mut starts = vec![0u32; 4097];
    for k in keys.clone() {
        starts[k + 1] += 1;
    }
    for k in 0..4096 {
        starts[k + 1] += starts[k];
    }
    let mut next = starts.clone();
    let mut order = vec![0u32; starts[4096] as usize];
    for (i, k) in keys.enumerate() {
        order[next[k] as usize] = u32::try_from(i).unwrap_or(u32::MAX);
        next[k] += 1;
    }
    (starts, order)
}

/// `hay.starts_with(word)` compared byte by byte in place: the words are a
/// few bytes long and usually differ from the text at their second
/// character, where a call to `memcmp` costs more than the comparison.
#[inline]
fn starts_with(hay: &[u8], word: &[u8]) -> bool {
    hay.len() >= word.len() && hay.iter().zip(word).all(|(a, b)| a == b)
}

/// `hay.ends_with(word)`, compared as [`starts_with`] does.
#[inline]
fn ends_with(hay: &[u8], word: &[u8]) -> bool {
    hay.len() >= word.len() && hay.iter().rev().zip(word.iter().rev()).all(|(a, b)| a == b)
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::build(&[
        (WORDS_FILE, WORDS_SRC, false),
        (SUBJECTS_FILE, SUBJECTS_SRC, true),
    ])
});

/// The tables, built on first use.
pub(crate) fn get() -> &'static Lexicon {
    &LEXICON
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse() {
        assert!(get().words().len() > 200);
        let r = get().roles_of("比重");
        assert!(r.has(Role::Share) && r.has(Role::NotCompare) && !r.has(Role::Compare));
    }

    #[test]
    fn built_in_tables_have_no_bad_rows() {
        assert_eq!(get().errors, Vec::<String>::new());
    }

    #[test]
    fn bad_rows_name_file_and_line_and_the_others_load() {
        let (items, e) = rows("t.tsv", "# c\n增长\tchange\n增速\tspeed\n", false);
        assert_eq!(e, ["t.tsv:3: unknown role \"speed\""]);
        assert_eq!(items, [("增长", Role::Change)]);
        let (_, e) = rows("t.tsv", "增长\n", false);
        assert_eq!(e, ["t.tsv:1: column 2 is missing"]);
        let (_, e) = rows("t.tsv", "增长\tchange\tx\n", false);
        assert_eq!(e, ["t.tsv:1: expected `word<TAB>role`"]);
        // A subject role is unknown in the word table.
        assert_eq!(rows("t.tsv", "全市\tword\n", false).1.len(), 1);
        let l = Lexicon::build(&[(
            "t.tsv",
            "增长\tchange\n增长\tchange\n增速\tspeed\n同比\tbasis\n",
            false,
        )]);
        assert_eq!(
            l.errors,
            [
                "t.tsv:3: unknown role \"speed\"",
                "t.tsv: duplicate row 增长\tChange"
            ]
        );
        assert!(l.roles_of("增长").has(Role::Change) && l.roles_of("同比").has(Role::Basis));
    }

    #[test]
    fn all_ending_gives_every_word_ending_there() {
        let l = Lexicon::build(&[(
            "t.tsv",
            "长\tchange\n增长\tchange\n同比增长\tchange\n同比\tbasis\n",
            false,
        )]);
        let text = "同比增长";
        let all = |floor| {
            l.all_ending(text, floor, text.len(), &[Role::Change])
                .map(|(w, _)| w)
                .collect::<Vec<_>>()
        };
        assert_eq!(all(0), ["同比增长", "增长", "长"]);
        // A word starting before the floor is left out.
        assert_eq!(all(3), ["增长", "长"]);
        assert!(l
            .all_ending(text, 0, text.len(), &[Role::Report])
            .next()
            .is_none());
        assert!(l.all_ending(text, 0, 6, &[Role::Change]).next().is_none());
        assert!(l.all_ending(text, 6, 6, &[Role::Basis]).next().is_none());
    }

    #[test]
    fn lookups_take_the_longest_word() {
        let l = get();
        let text = "营业收入同比增长";
        let (w, _) = l.ending(text, 0, text.len(), &[Role::Change]).unwrap();
        assert_eq!(w, "增长");
        let text = "比去年同期";
        assert_eq!(
            l.starting(text, 0, text.len(), &[Role::Compare]).unwrap().0,
            "比"
        );
        assert!(l.starting("比重", 0, 6, &[Role::NotCompare]).is_some());
        assert!(l.ending("营业收入", 0, 12, &[Role::Change]).is_none());
    }
}
