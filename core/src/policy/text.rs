//! Small text helpers shared by the policy finders: lines with their byte
//! ranges, trimming, sentence ends, brackets. The character classes come
//! from [`crate::chars`], the integers of outline markers and framework
//! labels from [`crate::numeral::label`].

pub(crate) use crate::chars::{is_decimal, is_han_script, is_line_space, is_space};
use crate::lexicon::{has_char, List};
pub(crate) use crate::numeral::label::{digit, is_numeral, magnitude, parse_int};

/// One line of the input: `start..end` is its content, without `\r\n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
}

/// Every line of `text` (the content ranges, line ends excluded).
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::with_capacity(text.len() / 64 + 1);
    let mut start = 0;
    // `split` finds the line ends with a fast byte search.
    for piece in text.split('\n') {
        let end = start + piece.strip_suffix('\r').unwrap_or(piece).len();
        out.push(Line { start, end });
        start += piece.len() + 1;
    }
    out
}

/// `start..end` with surrounding whitespace removed.
pub(crate) fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let body = s.trim_matches(is_space);
    (start + lead, start + lead + body.len())
}

/// The byte offsets of a text's line breaks, found once, so that the end of
/// the line at any point is a binary search: a scan for the next break per
/// item made a long text with few breaks quadratic.
#[derive(Debug)]
pub(crate) struct LineBreaks {
    breaks: Vec<usize>,
    len: usize,
}

impl LineBreaks {
    /// The breaks of `text`.
    pub(crate) fn new(text: &str) -> Self {
        LineBreaks {
            breaks: memchr::memchr_iter(b'\n', text.as_bytes()).collect(),
            len: text.len(),
        }
    }

    /// The offset of the first break at or after `at`, or the text's end.
    pub(crate) fn line_end(&self, at: usize) -> usize {
        let k = self.breaks.partition_point(|&b| b < at);
        self.breaks.get(k).copied().unwrap_or(self.len)
    }
}

/// True when `s` has at most `n` characters: stops counting after `n + 1`,
/// where `chars().count()` reads a long line whole.
pub(crate) fn at_most_chars(s: &str, n: usize) -> bool {
    s.len() <= n || s.chars().nth(n).is_none()
}

/// Sentence-ending punctuation (a new sentence starts after it).
pub(crate) fn is_sentence_end(c: char) -> bool {
    c == '\n' || has_char(List::SentenceEnd, c)
}

/// Clause separators inside a sentence.
pub(crate) use crate::chars::is_clause_sep;

/// `data/policy_conjunctions.tsv`: one character a row.
fn conjunctions() -> crate::lexicon::Table<&'static str> {
    crate::lexicon::words(
        "policy_conjunctions.tsv",
        include_str!("../data/policy_conjunctions.tsv"),
    )
}

static CONJUNCTIONS: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
    conjunctions()
        .items
        .iter()
        .filter_map(|w| w.chars().next())
        .collect()
});

/// A conjunction joining the last item of a list (和, 及, 与;
/// `policy_conjunctions.tsv`).
pub(crate) fn is_conjunction(c: char) -> bool {
    CONJUNCTIONS.contains(&c)
}

pub(crate) use crate::chars::{
    CLOSE_QUOTE, ENUM_COMMA, FULL_STOP, OPEN_QUOTE, TITLE_CLOSE, TITLE_OPEN,
};

/// A colon, full-width or not.
pub(crate) fn is_colon(c: char) -> bool {
    has_char(List::Colon, c)
}

/// The most digits of a page number.
const MAX_PAGE_DIGITS: usize = 3;

/// The length in bytes of a page number a PDF conversion left at the end
/// of `line` (`-1-`, `— 2 —`, `－12－`): one to three ASCII digits with a
/// dash on each side, spaces allowed inside; 0 when there is none.
pub(crate) fn page_number_suffix(line: &str) -> usize {
    let is_dash = |c: char| has_char(List::PageDash, c);
    let rest = line.trim_end_matches(is_space);
    let Some(rest) = rest.strip_suffix(is_dash) else {
        return 0;
    };
    let rest = rest.trim_end_matches(is_space);
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=MAX_PAGE_DIGITS).contains(&digits) {
        return 0;
    }
    let rest = rest[..rest.len() - digits].trim_end_matches(is_space);
    let Some(rest) = rest.strip_suffix(is_dash) else {
        return 0;
    };
    // A range of figures (`3-5-`) or a dash run (`——`) is no page number.
    if rest.ends_with(|c: char| c.is_ascii_digit() || is_dash(c)) {
        return 0;
    }
    let rest = rest.trim_end_matches(is_space);
    line.len() - rest.len()
}

/// True when `line` is only a page number (`-1-`, `— 2 —`).
pub(crate) fn is_page_number(line: &str) -> bool {
    let line = line.trim_matches(is_space);
    !line.is_empty() && page_number_suffix(line) == line.len()
}

/// The ratio sign `∶` (U+2236), which documents converted from a PDF write
/// for a colon (`责任单位∶`, `各有关单位∶`).
pub(crate) const RATIO_COLON: char = '\u{2236}';

/// A colon closing a label or a line (of recipients): a colon, or the
/// ratio sign written for one.
pub(crate) fn is_label_colon(c: char) -> bool {
    is_colon(c) || c == RATIO_COLON
}

/// An opening bracket of any style.
pub(crate) fn is_open(c: char) -> bool {
    has_char(List::OpenBracket, c)
}

/// A closing bracket of any style.
pub(crate) fn is_close(c: char) -> bool {
    has_char(List::CloseBracket, c)
}

/// Byte offset just past the char starting at `i`.
pub(crate) fn next_char(text: &str, i: usize) -> usize {
    i + text[i..].chars().next().map_or(0, char::len_utf8)
}

/// A cursor that reads `text[from..at]` backwards from `at`: the finders
/// that are anchored at a keyword (号, 施行) match what precedes it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Back<'a> {
    text: &'a str,
    from: usize,
    /// The current position; everything before it down to `from` is unread.
    pub at: usize,
}

impl<'a> Back<'a> {
    /// Reads `text[from..at]`; `from` and `at` are char boundaries.
    pub(crate) fn new(text: &'a str, from: usize, at: usize) -> Self {
        Back { text, from, at }
    }

    fn peek(&self) -> Option<char> {
        self.text[self.from..self.at].chars().next_back()
    }

    /// Steps over one character before the cursor if `f` accepts it.
    pub(crate) fn eat(&mut self, f: impl Fn(char) -> bool) -> bool {
        match self.peek() {
            Some(c) if f(c) => {
                self.at -= c.len_utf8();
                true
            }
            _ => false,
        }
    }

    /// Steps over up to `max` characters that `f` accepts; returns how many.
    pub(crate) fn eat_while(&mut self, f: impl Fn(char) -> bool, max: usize) -> usize {
        let mut n = 0;
        while n < max && self.eat(&f) {
            n += 1;
        }
        n
    }

    /// True when the unread text ends with `s` (not stepping over it).
    pub(crate) fn ends_with(&self, s: &str) -> bool {
        self.text[self.from..self.at].ends_with(s)
    }

    /// Steps over a line break a conversion put inside a sentence (spaces
    /// around it allowed): one right after a Han character or a digit, no
    /// mark ending a clause or a sentence (`…自印发之日` / `起实施`).
    pub(crate) fn eat_wrap(&mut self) -> bool {
        let blank = |c: char| c == ' ' || c == '\t' || c == '\u{3000}';
        let mut b = *self;
        b.eat_while(blank, usize::MAX);
        if !b.eat(|c| c == '\n') {
            return false;
        }
        b.eat(|c| c == '\r');
        b.eat_while(blank, usize::MAX);
        let wrapped = b
            .peek()
            .is_some_and(|c| crate::chars::is_han(c) || c.is_ascii_digit());
        if wrapped {
            self.at = b.at;
        }
        wrapped
    }

    /// Steps over `s` if the unread text ends with it.
    pub(crate) fn eat_str(&mut self, s: &str) -> bool {
        let ok = self.ends_with(s);
        if ok {
            self.at -= s.len();
        }
        ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_chars_counts_characters_not_bytes() {
        assert!(at_most_chars("中文", 2));
        assert!(!at_most_chars("中文字", 2));
        assert!(at_most_chars("", 0));
        assert!(!at_most_chars("a", 0));
    }

    #[test]
    fn line_breaks_give_the_end_of_the_line_at_any_point() {
        let t = "ab\n中\n\nz";
        let b = LineBreaks::new(t);
        assert_eq!(b.line_end(0), 2);
        assert_eq!(b.line_end(2), 2);
        assert_eq!(b.line_end(3), 6);
        assert_eq!(b.line_end(7), 7);
        assert_eq!(b.line_end(8), t.len());
        assert_eq!(LineBreaks::new("").line_end(0), 0);
    }

    #[test]
    fn page_numbers_alone_or_at_a_line_end() {
        assert!(is_page_number("-1-"));
        assert!(is_page_number("  — 12 —  "));
        assert!(is_page_number("\u{ff0d}3\u{ff0d}"));
        assert!(!is_page_number("1-2"));
        assert!(!is_page_number("-1234-"));
        assert!(!is_page_number("某某"));
        assert_eq!(page_number_suffix("个人住房-2-"), 3);
        assert_eq!(page_number_suffix("个人住房 — 2 —"), " — 2 —".len());
        assert_eq!(page_number_suffix("范围为3-5-"), 0);
        assert_eq!(page_number_suffix("个人住房"), 0);
        assert_eq!(page_number_suffix("-"), 0);
    }

    #[test]
    fn lines_and_trim() {
        let t = "a\r\n  中 \n\nb";
        let ls = lines(t);
        let got: Vec<_> = ls.iter().map(|l| &t[l.start..l.end]).collect();
        assert_eq!(got, ["a", "  中 ", "", "b"]);
        let (s, e) = trim(t, ls[1].start, ls[1].end);
        assert_eq!(&t[s..e], "中");
        assert_eq!(trim("\u{3000}\u{a0}x\u{3000}", 0, 9), (5, 6));
    }

    #[test]
    fn conjunction_table_loads_one_character_a_row() {
        let t = conjunctions();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        assert!(t.items.iter().all(|w| w.chars().count() == 1));
        let mut seen = std::collections::HashSet::new();
        assert!(t.items.iter().all(|w| seen.insert(*w)));
        assert!(is_conjunction('和') && is_conjunction('与') && !is_conjunction('、'));
    }

    #[test]
    fn back_cursor() {
        let t = "甲乙〔２０２４〕18号";
        let mut b = Back::new(t, 0, t.len());
        assert!(b.eat_str("号"));
        assert_eq!(b.eat_while(is_decimal, 9), 2);
        assert!(b.eat(|c| c == '〕'));
        assert_eq!(b.eat_while(is_decimal, 3), 3);
        assert_eq!(b.eat_while(is_decimal, 9), 1);
        assert!(!b.eat(is_line_space) && b.eat(|c| c == '〔'));
        assert!(b.ends_with("甲乙") && !b.ends_with("丙乙"));
        assert_eq!(b.eat_while(is_han_script, 9), 2);
        assert_eq!(b.at, 0);
        assert!(!b.eat(|_| true));
        // `from` bounds the cursor.
        let mut b = Back::new(t, 3, 6);
        assert_eq!(b.eat_while(|_| true, 9), 1);
    }
}
