//! Indicator facts (SPEC 4): each figure as an economist enters it in a
//! table — who (`subject`), what (`metric`), when (`time`), the figure, and
//! what kind of figure it is (`measure`: level, change, share, rank;
//! `status`: actual, target, forecast).
//!
//! Facts are read off the extractor's entities in one forward pass over the
//! text: paragraphs (lines), sentences (。！？) and clauses (，；：) are
//! tracked as the pass goes, and each figure looks only at its own words —
//! the text since the previous figure or time of its clause. Numbers are
//! never read a second time. The word tables are `core/src/data/facts_*.tsv`.
//!
//! ```
//! use shuzi::facts::{Measure, Status};
//! let text = "1月~10月，全市规模以上工业增加值同比增长13.1%。";
//! let facts = shuzi::Extractor::default().facts(text);
//! let f = &facts[0];
//! assert_eq!(f.figure.text(text), "13.1%");
//! assert_eq!(f.metric.as_ref().unwrap().text(text), "规模以上工业增加值");
//! assert_eq!(&text[f.subject.unwrap().range()], "全市");
//! assert_eq!(f.time.as_ref().unwrap().text(text), "1月~10月");
//! assert_eq!((f.measure, f.status), (Measure::Change, Status::Actual));
//! ```

mod heading;
mod lexicon;
mod metric;
mod table;

/// Every place a word that refers back to the goals (`上述目标`) stands in
/// `text`, as byte ranges in text order.
fn goal_references(text: &str) -> Vec<(usize, usize)> {
    let list = words::list(List::GoalReference);
    let b = text.as_bytes();
    // The words share their last characters (`上述目标`, `这些目标`): one
    // search for that ending, then a look at the words before each hit,
    // instead of one search of the whole text per word.
    let tail = common_suffix(list);
    let mut found: Vec<(usize, usize)> = if tail.is_empty() {
        list.iter()
            .flat_map(|w| memchr::memmem::find_iter(b, w.as_bytes()).map(|i| (i, i + w.len())))
            .collect()
    } else {
        memchr::memmem::find_iter(b, tail.as_bytes())
            .flat_map(|i| {
                let end = i + tail.len();
                list.iter()
                    .filter(move |w| b[..end].ends_with(w.as_bytes()))
                    .map(move |w| (end - w.len(), end))
            })
            .collect()
    };
    found.sort_unstable();
    found
}

/// The first byte at or after `from` and before `to` (char boundaries of
/// `b`) that ends a clause for [`Pass::listed_goal`]: a clause separator,
/// a sentence end or a line break; `to` when there is none. Read byte by
/// byte: a Han character is passed over by its lead byte.
fn clause_stop(b: &[u8], from: usize, to: usize) -> usize {
    let mut i = from;
    while i < to {
        match b[i] {
            b'\n' | b',' | b';' | b':' | b'!' | b'?' => return i,
            0xE3 if b.get(i + 1..i + 3) == Some(&[0x80, 0x82]) => return i,
            0xEF if matches!(
                b.get(i + 1..i + 3),
                Some(&[0xBC, 0x8C | 0x9B | 0x9A | 0x81 | 0x9F])
            ) =>
            {
                return i
            }
            0..0x80 => i += 1,
            0xF0.. => i += 4,
            0xE0.. => i += 3,
            _ => i += 2,
        }
    }
    to
}

/// The longest ending, whole characters, that every word of `list` has
/// (empty for an empty list).
fn common_suffix(list: &[&'static str]) -> &'static str {
    let Some(first) = list.first() else {
        return "";
    };
    let mut tail: &'static str = first;
    for w in &list[1..] {
        while !w.ends_with(tail) {
            let mut cs = tail.chars();
            cs.next();
            tail = cs.as_str();
        }
    }
    tail
}

#[cfg(test)]
mod tests;

use crate::entity::{Bound, Entity, Kind, Span};
use crate::extract::Extractor;
use crate::lexicon::{self as words, List};
use heading::Heading;
use lexicon::{Lexicon, Role};
use metric::{Analysis, Item};
use std::collections::VecDeque;

string_enum! {
    /// What kind of figure a fact is.
    ///
    /// ```
    /// use shuzi::facts::Measure;
    /// assert_eq!(Measure::Share.as_str(), "share");
    /// assert_eq!("rank".parse::<Measure>().unwrap(), Measure::Rank);
    /// assert!("size".parse::<Measure>().is_err());
    /// ```
    pub enum Measure {
        /// An amount or a ratio (`社会消费品零售总额42691亿元`, a 利润率).
        Level => "level",
        /// A growth amount or rate, a contribution, a difference from a comparison.
        Change => "change",
        /// A part of a whole (`占全省比重达28.5%`).
        Share => "share",
        /// A rank (`居全省第二`).
        Rank => "rank",
    }
    error: crate::ErrorKind::InvalidOption, "measure"
}

string_enum! {
    /// Whether a figure is reported, aimed at or foreseen.
    ///
    /// ```
    /// use shuzi::facts::Status;
    /// assert_eq!(Status::Forecast.as_str(), "forecast");
    /// assert_eq!("target".parse::<Status>().unwrap(), Status::Target);
    /// ```
    #[derive(Default)]
    pub enum Status {
        /// Reported (rule parameters such as thresholds included).
        #[default]
        Actual => "actual",
        /// A goal (到…年, 力争, 目标, 预期, 控制在).
        Target => "target",
        /// A forecast (预计, 有望, 预测, 预告).
        Forecast => "forecast",
    }
    error: crate::ErrorKind::InvalidOption, "status"
}

/// The indicator a figure measures, as written.
///
/// After 分别 a metric may be built from a shared head
/// (`第一、二、三产业增加值` → `第二产业增加值`): then [`Metric::built`] holds
/// the built text and `span` the part written for that figure.
///
/// ```
/// let text = "第一、二、三产业增加值分别增长3.1%、7.5%和5.3%。";
/// let facts = shuzi::Extractor::default().facts(text);
/// let m = facts[1].metric.as_ref().unwrap();
/// assert_eq!(m.text(text), "第二产业增加值");
/// assert_eq!(&text[m.span.range()], "二");
/// assert!(m.constructed());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Metric {
    /// Where the metric (or its part written for the figure) is, in bytes.
    pub span: Span,
    /// The built text of a metric with a copied head.
    pub built: Option<String>,
}

impl Metric {
    /// The metric's text: the built text, else the span's.
    ///
    /// ```
    /// let text = "营业收入3.2亿元";
    /// let m = shuzi::Extractor::default().facts(text)[0].metric.clone().unwrap();
    /// assert_eq!(m.text(text), "营业收入");
    /// ```
    pub fn text<'a>(&'a self, input: &'a str) -> &'a str {
        match &self.built {
            Some(b) => b,
            None => &input[self.span.range()],
        }
    }

    /// True for a metric built with a copied head.
    ///
    /// ```
    /// let text = "营业收入3.2亿元";
    /// assert!(!shuzi::Extractor::default().facts(text)[0].metric.as_ref().unwrap().constructed());
    /// ```
    pub fn constructed(&self) -> bool {
        self.built.is_some()
    }
}

/// One figure about an indicator (SPEC 4).
///
/// ```
/// use shuzi::facts::{Measure, Status};
/// let text = "到2025年，全省高新技术产业增加值占规模以上工业增加值比重达到50%。";
/// let f = &shuzi::Extractor::default().facts(text)[0];
/// assert_eq!(f.metric.as_ref().unwrap().text(text), "高新技术产业增加值");
/// assert_eq!(&text[f.whole.unwrap().range()], "规模以上工业增加值");
/// assert_eq!((f.measure, f.status), (Measure::Share, Status::Target));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Fact {
    /// The figure: a money, percent, count, quantity or number entity, or a
    /// rank ordinal.
    pub figure: Entity,
    /// What the figure measures, when the text names it.
    pub metric: Option<Metric>,
    /// The region, body or company the figure belongs to, in bytes.
    pub subject: Option<Span>,
    /// The date or period the figure refers to.
    pub time: Option<Entity>,
    /// Level, change, share or rank.
    pub measure: Measure,
    /// The whole of a share (`全省` in `占全省比重`), in bytes.
    pub whole: Option<Span>,
    /// Actual, target or forecast.
    pub status: Status,
}

impl Extractor {
    /// Every indicator fact of `text`, in text order: one extraction pass,
    /// then [`find`] over its entities. Facts need every kind (dates and
    /// periods are their times), so the configured kinds are not applied;
    /// the reference date is.
    ///
    /// ```
    /// let text = "社会消费品零售总额42691亿元，同比增长1.0%。";
    /// let facts = shuzi::Extractor::default().facts(text);
    /// assert_eq!(facts.len(), 2);
    /// assert_eq!(facts[1].metric.as_ref().unwrap().text(text), "社会消费品零售总额");
    /// assert_eq!(facts[1].figure.change().unwrap().direction, shuzi::Direction::Up);
    /// ```
    pub fn facts(&self, text: &str) -> Vec<Fact> {
        let all = crate::config::Config::default().with_ref_date(self.config().ref_date());
        // The entities never leave this call: their buffer is kept for the
        // thread's next call. Freed, it made the heap's free top (entities
        // and facts together) large enough for the allocator to hand it
        // back to the system, and every call took its pages again (about
        // 560 page faults on 1 MB of text, against 5 for `extract`).
        // One fold for both passes, in the walk that finds the scanners'
        // stops (`find` folds on its own).
        let (folded, entities) = Extractor::new(all).extract_keep_fold(text, ENTITIES.take());
        let mut pass = Pass::new(&folded, &entities);
        pass.run();
        let facts = pass.out;
        keep_buffer(entities);
        facts
    }
}

thread_local! {
    /// The entity buffer of this thread's last [`Extractor::facts`] call.
    static ENTITIES: std::cell::Cell<Vec<Entity>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The largest entity buffer kept between calls, in bytes (a thread holds
/// at most this much after its last call): room for the entities of 10 MB
/// of dense statistical text; a larger buffer is freed.
const KEPT_BYTES: usize = 16 << 20;

/// Empties `entities` and keeps its buffer for the next call on this
/// thread unless it is larger than [`KEPT_BYTES`].
fn keep_buffer(mut entities: Vec<Entity>) {
    if entities.capacity() * std::mem::size_of::<Entity>() <= KEPT_BYTES {
        entities.clear();
        ENTITIES.set(entities);
    }
}

/// Every indicator fact over `entities`, the extractor's entities of `text`
/// (sorted and non-overlapping, as [`Extractor::extract`] returns them).
///
/// ```
/// let text = "漯河市固定资产投资同比增长13.1%";
/// let entities = shuzi::extract(text);
/// let facts = shuzi::facts::find(text, &entities);
/// assert_eq!(&text[facts[0].subject.unwrap().range()], "漯河市");
/// assert_eq!(facts[0].metric.as_ref().unwrap().text(text), "固定资产投资");
/// ```
pub fn find(text: &str, entities: &[Entity]) -> Vec<Fact> {
    // Traditional characters are read on the folded copy, byte for byte
    // the same offsets (docs/entities.md, "Traditional characters").
    let folded = crate::traditional::fold(text);
    let mut pass = Pass::new(&folded, entities);
    pass.run();
    pass.out
}

/// What the previous fact of the paragraph named.
#[derive(Debug, Clone, Default)]
struct Previous {
    metric: Option<Metric>,
    subject: Option<Span>,
    /// Where its figure starts (bytes).
    at: usize,
    /// Its metric with its share written whole, when it is a share
    /// (`民营经济占GDP的比重`): the metric of a change of that share after it.
    share: Option<Span>,
    /// The whole of its share (`占收入的比重`), when its figure is one.
    whole_of_share: Option<Option<Span>>,
}

/// How many metrics of the paragraph's last facts are kept for a list
/// that names none (`A…,B…,分别增长x%和y%`).
const RECENT: usize = 8;

/// The task reading of one line ([`Pass::assigned_task`]).
#[derive(Debug, Clone, Copy)]
struct TaskLine {
    start: usize,
    /// The line's end: its line break, or the text's end.
    end: usize,
    closed: bool,
    /// [`announcing_close`] of the line. (The break before the closing one
    /// is searched for only in the few lines that announce a list: searched
    /// back through every line, it cost more than the rest of the test.)
    closing: Option<(Option<usize>, usize, usize)>,
    followed: Option<bool>,
}

/// A sentence end or a colon: a break closing a line's sentence.
fn is_break(c: char) -> bool {
    is_sentence_end(c) || matches!(c, ':' | '\u{FF1A}')
}

/// Where the line `start..end` breaks its last sentence: the break (a
/// sentence end or a colon) that only blanks follow. `None` when the line
/// does not end with one.
fn closing_break(text: &str, start: usize, end: usize) -> Option<usize> {
    let kept = text[start..end].trim_end();
    let last = kept.chars().next_back().filter(|&c| is_break(c))?;
    Some(start + kept.len() - last.len_utf8())
}

/// The closing sentence of the line `start..end` when it announces a list
/// (`…具体安排如下。`): the break (a sentence end or a colon) that only
/// blanks follow, the break before it in the line if any, and the length of
/// the shortest announcing word (`如下`) right before the closing break.
/// `None` when the line does not end with a break after such a word.
fn announcing_close(text: &str, start: usize, end: usize) -> Option<(Option<usize>, usize, usize)> {
    let fin = closing_break(text, start, end)?;
    let shortest = words::list(List::Announce)
        .iter()
        .filter(|w| text[start..fin].ends_with(*w))
        .map(|w| w.len())
        .min()?;
    let before = text[start..fin].rfind(is_break).map(|b| start + b);
    Some((before, fin, shortest))
}

/// A clause's tail after a figure, `from..stop` (`stop` the clause's end
/// within reach), read and found without any word of a list. A later figure
/// of the clause reads a part of it up to the same end: it has none either,
/// and the words are not searched for again for each figure.
#[derive(Debug, Clone, Copy, Default)]
struct Unfound {
    from: usize,
    stop: usize,
}

impl Unfound {
    /// Whether `from..stop` lies in the tail found without the words.
    fn covers(self, from: usize, stop: usize) -> bool {
        self.stop == stop && self.from <= from
    }
}

/// The state of the forward pass.
struct Pass<'t> {
    text: &'t str,
    bounds: Boundaries<'t>,
    lines: Lines,
    entities: &'t [Entity],
    lex: &'static Lexicon,
    out: Vec<Fact>,
    /// Boundaries are known up to here.
    scanned: usize,
    /// Start of the clause.
    clause: usize,
    /// Start of the current figure's own words (after the previous figure
    /// or time of the clause).
    own: usize,
    /// Metrics or subjects listed before 分别, waiting for their figures.
    paired: VecDeque<Item>,
    /// The analysis of the words before 分别, shared by the listed figures.
    pair_flags: Option<Analysis>,
    // Sentence state.
    /// Start of the sentence.
    sentence: usize,
    /// The subject that opens the sentence, once read.
    opening: Option<Span>,
    opening_read: bool,
    /// A metric opened by the compared period (`上年同期归属于…净利润为…`):
    /// the sentence gives that period's values, no time of the text's.
    compared_sentence: bool,
    subject: Option<Span>,
    time: Option<usize>,
    as_of: Option<usize>,
    cue: Status,
    /// Status cues are read up to here.
    cue_scanned: usize,
    /// Where the sentence's current list item (after its last `;`) starts,
    /// and the cue it opened with: a cue set inside a later item holds for
    /// that item only.
    item: usize,
    item_cue: Status,
    /// The basis words of the sentence the cues are read in, kept from
    /// one call of [`cue_words_status`] to the next.
    held: HeldBasis,
    /// A sentence under a forecast heading and an end before which no
    /// character of it starts a cue word: each figure of the sentence
    /// reads its cues back from there, not from the sentence's start
    /// (`将增加5%，` 20,000 times read the sentence back at each figure).
    forecast_quiet: (usize, usize),
    // Paragraph state.
    para: usize,
    para_time: Option<usize>,
    /// The paragraph's time was read inside words (`根据…2023年年度财报披露`),
    /// opening no clause: a time opening a later clause of the first
    /// sentence before any figure replaces it.
    para_time_inside: bool,
    /// Where the last value of a compared period named by 由 ends
    /// (`由上年的13.0`): the items of its ratio after it (`:43.0:44.0`) are
    /// that period's too.
    from_base_end: usize,
    /// Still in the paragraph's first sentence.
    first_sentence: bool,
    deadline: bool,
    /// A goal word before a colon (`主要预期目标是:`): the figures of the
    /// rest of the paragraph are targets.
    para_cue: Status,
    /// Whether that colon closes only the name of a list of the year's
    /// tasks for the people (`2019年,…为民兴办10件实事:`), no goal word or
    /// deadline: the list lines under it are targets the lead does not date.
    plan_colon: bool,
    /// The latest year named outside cited titles by the entities before
    /// `years_read` (their index): the year a goal list's lead must pass.
    latest_year: Option<i32>,
    years_read: usize,
    /// A goal list reached the long line right under its lead: the list
    /// ends with that line (the next paragraph starts after this byte).
    list_in_body: bool,
    /// Whether the paragraph's first sentence plans a time to come
    /// (`今年,白云区将新建…`): its later sentences without a subject of
    /// their own go on with the plan.
    plan_para: bool,
    /// Where the heading of a notice that issues a document (`…印发关于…
    /// 若干政策的通知`) ends, and the year of the text's latest day named
    /// (its signature or issue date): the issued text's figures are its
    /// plan ([`Pass::issued_plan`]).
    issued: Option<(usize, Option<i32>)>,
    /// Where the words that refer back to the goals (上述目标) start and end
    /// in the text, in text order: found once per text, so a sentence is
    /// not searched again for each word.
    goal_refs: Vec<(usize, usize)>,
    prev: Option<Previous>,
    /// A time opening a clause of a later sentence: the paragraph's time
    /// when the sentence ends without a figure.
    pending_time: Option<usize>,
    // Section state.
    /// The open section headings, outermost first.
    sections: Vec<Heading>,
    /// Entities before here belong to a heading and are no figures or
    /// times of the text.
    skip_to: usize,
    /// The times of the lines that are only a time, in a row: a table's
    /// column headers when rows follow.
    header_times: Vec<usize>,
    /// The indicator table being read.
    table: Option<table::Table>,
    /// The years named as deadlines so far (到2027年): a table column of
    /// such a year holds targets.
    deadline_years: Vec<i32>,
    /// Where the last time read as a basis ends (`较1-2月`): a time listed
    /// right after it (`、1-3月`) is one too.
    basis_end: usize,
    /// What [`Pass::assigned_task`] found for the line it read last, keyed
    /// by the line's start: whether the line is closed by a task bracket or
    /// label, and (once asked) whether task lines follow it. A line holds
    /// many figures; reading it again for each cost as much as the rest of
    /// the status rules together.
    task_line: std::cell::Cell<Option<TaskLine>>,
    /// The metrics of the paragraph's last facts, oldest first.
    recent: VecDeque<Option<Metric>>,
    /// For each of `recent`: whether its fact is a part named in a 其中
    /// clause inside its sentence (`…,其中通过市场采购方式出口812.1亿元`),
    /// and its measure.
    recent_parts: VecDeque<(bool, Measure)>,
    /// What [`Pass::listed_goal`] last read before a figure: `(from, to,
    /// whether from..to holds an enumeration mark)`.
    marks_before: std::cell::Cell<(usize, usize, bool)>,
    /// What [`Pass::aside_place`] last read before a metric: `(from, to,
    /// the last round bracket opened in from..to, whether one closes after
    /// it)`. Each figure read back to the sentence's start: `人均5元，`
    /// 20,000 times in one sentence took 1 s, 40,000 times 4 s.
    aside_open: std::cell::Cell<(usize, usize, Option<usize>, bool)>,
    /// The last tail [`Pass::listed_goal`] read without a word closing a
    /// list.
    no_list_close: std::cell::Cell<Unfound>,
    /// The last tail [`Pass::rule_rate`] read without a word closing a
    /// rule's rate (标准).
    no_rate_close: std::cell::Cell<Unfound>,
    /// Whether the clause starting at the first item opens with a word
    /// that continues the sentence before (其中): read once per clause.
    continuing: std::cell::Cell<(usize, bool)>,
    /// The time of a starting state (`由2019年的A调整为B`): A's time; a
    /// figure after a later 为 is the new state, of the paragraph's time.
    from_time: Option<usize>,
    /// The sentence's time before a date inside a base clause
    /// (`以2022年3月31日总股本…为基数`): restored when the clause ends.
    base_restore: Option<Option<usize>>,
    /// The time before the date opening a compared period's bracket
    /// (`(二零一一年:每股人民币0.03元)`): restored after its figure.
    bracket_restore: Option<Option<usize>>,
    /// The figure after a goal's value and a verb of exceeding
    /// (`比…计划目标3000亿元超过1070亿元`): the difference, a change.
    goal_difference: Option<usize>,
    /// The outline level of the numbered lines under a sentence announcing
    /// a plan (`今年,我市将办好…“十件实事”` then `1.实施118条…`): while
    /// the lines open with a marker of that level, they are the plan's items.
    plan_items: Option<u8>,
    /// Inside the numbered rows of a table whose header line opens with
    /// its row-number column (`序号 工 作 任 务 牵头负责部门`) under a dated
    /// caption: a line not opened by a row number ends them.
    caption_rows: bool,
    /// The index of the entity being read: where the searches of the
    /// entities around it start ([`partition_near`]).
    current: usize,
}

/// The bytes that may start a boundary, in text order: `\n` `,` `;` `:`
/// `!` `?`, the lead byte of the full-width ！？，；： (EF), and the lead
/// byte E3 of 。 (also of 、《》「」, which [`Pass::gap`] passes over: one
/// more byte in a vectorised search costs less than a substring search
/// for 。). Three vectorised searches run once over the whole text, each a
/// step ahead of the pass (a search restarted for every gap between two
/// entities costs more in setting up than in reading).
struct Boundaries<'t> {
    lines: memchr::Memchr3<'t>,
    ascii: memchr::Memchr3<'t>,
    marks: memchr::Memchr2<'t>,
    /// The next hit of each search (`usize::MAX` when there is none).
    next: [usize; 3],
    /// The least of `next`: while it is at or after the position asked
    /// for, no search moves (most calls).
    first: usize,
}

impl<'t> Boundaries<'t> {
    fn new(bytes: &'t [u8]) -> Boundaries<'t> {
        let mut b = Boundaries {
            lines: memchr::memchr3_iter(b'\n', 0xEF, 0xE3, bytes),
            ascii: memchr::memchr3_iter(b',', b';', b':', bytes),
            marks: memchr::memchr2_iter(b'!', b'?', bytes),
            next: [0; 3],
            first: 0,
        };
        for k in 0..3 {
            b.next[k] = b.pull(k);
        }
        b.first = b.next.into_iter().min().unwrap_or(usize::MAX);
        b
    }

    fn pull(&mut self, k: usize) -> usize {
        let hit = match k {
            0 => self.lines.next(),
            1 => self.ascii.next(),
            _ => self.marks.next(),
        };
        hit.unwrap_or(usize::MAX)
    }

    /// The first boundary byte at or after `from` and before `to`; the
    /// calls come with `from` never going back.
    fn next(&mut self, from: usize, to: usize) -> Option<usize> {
        if self.first < from {
            for k in 0..3 {
                while self.next[k] < from {
                    self.next[k] = self.pull(k);
                }
            }
            self.first = self.next.into_iter().min().unwrap_or(usize::MAX);
        }
        (self.first < to).then_some(self.first)
    }
}

/// The line breaks of the text, found once: the line checks of the pass
/// (labels, captions, headings, lines that are only a figure) ask for the
/// ends and starts of the lines around a figure or a break many times, and
/// a search of the bytes for each cost more than a look-up.
struct Lines {
    /// Where each `\n` is, in text order.
    breaks: Vec<usize>,
    /// The index of the last look-up's break: the next look-up is near.
    hint: std::cell::Cell<usize>,
}

impl Lines {
    fn new(bytes: &[u8]) -> Lines {
        Lines {
            breaks: memchr::memchr_iter(b'\n', bytes).collect(),
            hint: std::cell::Cell::new(0),
        }
    }

    /// The index in `breaks` of the first break at or after `at`
    /// (`breaks.len()` when there is none).
    fn index(&self, at: usize) -> usize {
        let b = &self.breaks;
        let fits = |k: usize| (k == 0 || b[k - 1] < at) && b.get(k).is_none_or(|&x| x >= at);
        let h = self.hint.get();
        let k = if fits(h) {
            h
        } else if h < b.len() && fits(h + 1) {
            h + 1
        } else {
            partition_near(b, h, |&x| x < at)
        };
        self.hint.set(k);
        k
    }

    /// The first line break at or after `at`.
    fn next(&self, at: usize) -> Option<usize> {
        self.breaks.get(self.index(at)).copied()
    }

    /// The last line break before `at`.
    fn before(&self, at: usize) -> Option<usize> {
        self.index(at).checked_sub(1).map(|k| self.breaks[k])
    }
}

/// Whether the line at `at` is the first under heading `h`, a title that
/// only names goals (`主要目标`): only blank space between them. That title
/// reaches its first paragraph whatever its length.
/// Whether the line at `at` is the first under goal list `h` (its lead's
/// colon closing the line above): a long line there is still the list's,
/// its goals written in one paragraph (`…“八个新”的确切目标:` then
/// `经济发展进入全新阶段,年均增长6%左右,…`).
/// A lead with a word of a review (`现将有关情况函复如下:`) reaches no long
/// line: what follows reports.
fn first_under(text: &str, h: &Heading, at: usize) -> bool {
    if !(h.list && h.end <= at && text[h.end..at].trim().is_empty()) {
        return false;
    }
    let lead = text[..h.end].trim_end();
    let lead = lead
        .rfind(|c| is_sentence_end(c) || c == '\n')
        .map_or(lead, |k| &lead[k..]);
    !words::list(List::ReviewLead)
        .iter()
        .any(|w| has_word(lead, w))
}

fn right_under(text: &str, h: &Heading, at: usize) -> bool {
    h.goal_name && h.end <= at && text[h.end..at].trim().is_empty()
}

/// The status the cue words (预计, 力争, 目标 …) of `from..to` give, starting
/// from `status`: a forecast word makes a forecast, a goal word a target.
pub(crate) fn cue_status(
    lex: &Lexicon,
    text: &str,
    from: usize,
    to: usize,
    status: Status,
) -> Status {
    cue_words_status(lex, text, from, to, status, true, &mut HeldBasis::default())
}

/// [`cue_status`], with the markers of the future (将) read only when
/// `future` holds. `held` keeps the basis words of the sentence read so far
/// (a caller reading one sentence in calls that follow each other passes
/// the same one).
fn cue_words_status(
    lex: &Lexicon,
    text: &str,
    from: usize,
    to: usize,
    status: Status,
    future: bool,
    held: &mut HeldBasis,
) -> Status {
    cue_words_status_at(lex, text, from, from, to, status, future, held)
}

/// [`cue_words_status`] of `from..to`, read from `start`: no character of
/// `from..start` starts a cue word, so reading them would change nothing
/// ([`quiet_until`]; a `start` after `from` only without markers of the
/// future, which it does not look for).
#[allow(clippy::too_many_arguments)]
fn cue_words_status_at(
    lex: &Lexicon,
    text: &str,
    from: usize,
    start: usize,
    to: usize,
    mut status: Status,
    future: bool,
    held: &mut HeldBasis,
) -> Status {
    let bytes = text.as_bytes();
    // The bytes up to `to`: the tight loop below needs no test of the end.
    let upto = &bytes[..to.min(bytes.len())];
    // Read only once a cue or a marker of the future is found (most calls
    // find none).
    let mut before: Option<BeforeCue> = None;
    let mut i = start;
    while i < to && status != Status::Forecast {
        // The characters that start neither a cue nor a marker of the
        // future (most of them): passed over in a tight loop, one table
        // test each (a character running over `to` stops it, as `to` does).
        while let Some(&[0xE0..=0xEF, b1, b2]) = upto.get(i..i + 3) {
            if lex.may_start_cue_or_future(lexicon::han_slot(b1, b2)) {
                break;
            }
            i += 3;
        }
        if i >= to {
            break;
        }
        // One slice pattern reads a three-byte character whole (one bounds
        // check).
        let key = match bytes.get(i..i + 3) {
            // A Han character's low 12 bits come from its last two bytes.
            Some(&[0xE0..=0xEF, b1, b2]) => lexicon::han_slot(b1, b2),
            _ => {
                i += match bytes[i] {
                    0..0x80 => 1,
                    0xF0.. => 4,
                    _ => 2,
                };
                continue;
            }
        };
        // Most characters start neither a cue nor a marker of the future:
        // one table test.
        if !lex.may_start_cue_or_future(key) {
            i += 3;
            continue;
        }
        if status == Status::Actual
            && future
            && lex.may_start_future(key)
            && words::prefix_in(List::FutureMarker, &text[i..to]).is_some()
            // Not a word it opens (要求, 要素).
            && words::prefix_in(List::NotFutureMarker, &text[i..to]).is_none()
            && (future_plan(
                lex,
                text,
                before
                    .get_or_insert_with(|| BeforeCue::new(text, from))
                    .clause_at(text, i),
                i,
            ) || future_verb(lex, text, i))
        {
            status = Status::Target;
        }
        if lex.may_start_cue(key) {
            if let Some((w, roles)) =
                lex.starting(text, i, to, &[Role::Target, Role::Forecast, Role::NotCue])
            {
                let before = before.get_or_insert_with(|| BeforeCue::new(text, from));
                if roles.has(Role::NotCue)
                    || words::suffix_in(List::CopulaGoal, &text[..i + w.len()]).is_some()
                    // The name of an announcement (`披露2023年度业绩预告`).
                    || (roles.has(Role::Forecast)
                        && words::suffix_in(List::ForecastName, &text[from.min(i)..i + w.len()])
                            .is_some())
                    || before.quoted(text, i)
                    || before.named(text, i)
                    || (!roles.has(Role::Forecast)
                        && !goal_of_verb(lex, text, i)
                        && before.basis(lex, text, i, to)
                        && !refers_to_goals(text, i + w.len()))
                    || (!roles.has(Role::Forecast) && changed_plan(lex, text, i + w.len()))
                    || before.held_cap(lex, text, i, w, held)
                    || item_class(text, i, w)
                {
                    // No status (目标任务, 以…为目标, 低于年初预期目标,
                    // 扩产计划放缓).
                } else if roles.has(Role::Forecast) {
                    status = Status::Forecast;
                } else {
                    status = Status::Target;
                }
                i += w.len();
                continue;
            }
        }
        i += 3;
    }
    status
}

/// Where the first character of `from..to` that starts a cue word starts
/// (`to` without one): [`cue_words_status`] without markers of the future
/// reads nothing before it. The characters are stepped over as that
/// function steps over them.
fn quiet_until(lex: &Lexicon, text: &str, from: usize, to: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        match bytes.get(i..i + 3) {
            Some(&[0xE0..=0xEF, b1, b2]) if lex.may_start_cue(lexicon::han_slot(b1, b2)) => {
                return i;
            }
            Some(&[0xE0..=0xEF, _, _]) => i += 3,
            _ => {
                i += match bytes[i] {
                    0..0x80 => 1,
                    0xF0.. => 4,
                    _ => 2,
                };
            }
        }
    }
    i
}

/// What [`cue_words_status`] knows of the words from its start `from` to
/// the cue it reads, kept as the cue moves on: the quotation marks and the
/// clause the cue is in, with what that clause holds so far. Each cue used
/// to read the words back to the start (of its call, of its clause) again:
/// 240 KB of `目标` before a figure took 7 s. The answers are those of
/// `quoted`, `named`, `held_cap` and [`basis_in_clause`] on the same words.
struct BeforeCue {
    from: usize,
    /// Where the words `quoted` reads start ([`speech_open`]).
    speech: usize,
    /// Read up to here (a character boundary).
    read: usize,
    /// Curly quotes opened less closed, and straight quotes, in
    /// `speech..read`; straight quotes in `from..read`.
    open: i32,
    straight: u32,
    all_straight: u32,
    /// The start of the clause at `read` (after its last clause
    /// separator, `from` without one).
    clause: usize,
    /// The earliest end of a verb of [`goal_is_basis`] (a verb in a metric
    /// or a share verb) in the clause, once searched (`usize::MAX`: none).
    verb_end: Option<usize>,
    /// The words of comparison of the clause.
    compared: WordsBefore,
    /// The start of the sentence at `read` when a sentence end or a line
    /// break comes after `from`.
    sentence: Option<usize>,
}

/// The basis words of a sentence (`BeforeCue::held_cap`), read once for
/// the calls of [`cue_words_status`] that follow each other in it: each
/// call (one per figure) read back to the sentence's start again, and
/// `控制在5%，` 20,000 times in one sentence took 7 s.
#[derive(Debug, Default)]
struct HeldBasis {
    /// The start of the sentence last asked, and an end before which none
    /// of its words is a sentence end or a line break (`start..clear`).
    sentence: Option<(usize, usize)>,
    /// The basis words from a sentence's start, read up to the last cue
    /// asked (a cue further on reads only the words after).
    words: Option<(usize, WordsBefore)>,
}

impl HeldBasis {
    /// [`sentence_from`] `at`, reading only the words after those read
    /// before when `at` is in the sentence read last or after it.
    fn sentence_from(&mut self, text: &str, at: usize) -> usize {
        let (start, clear) = match self.sentence {
            Some((start, clear)) if start <= at && at <= clear => (start, clear),
            Some((start, clear)) if clear < at => {
                let start = text[clear..at]
                    .rfind(|c: char| is_sentence_end(c) || c == '\n')
                    .map_or(start, |k| {
                        clear + k + text[clear + k..].chars().next().map_or(1, char::len_utf8)
                    });
                (start, at)
            }
            _ => (sentence_from(text, at), at),
        };
        self.sentence = Some((start, clear));
        start
    }

    /// The basis words of the sentence starting at `start`, for a cue at
    /// `at`: those read already when `at` is not before the last cue's.
    fn words(&mut self, start: usize, at: usize) -> &mut WordsBefore {
        if !matches!(&self.words, Some((s, w)) if *s == start && w.at <= at) {
            self.words = None;
        }
        &mut self
            .words
            .get_or_insert_with(|| (start, WordsBefore::new(start)))
            .1
    }
}

/// Whether a word starts in `start..at` and ends by `at`, for an `at` that
/// only grows: the positions far enough before the last `at` (every word
/// starting there ends before it) are read once, for good.
#[derive(Debug, Clone, Copy)]
struct WordsBefore {
    settled: usize,
    found: bool,
    /// The last `at` asked.
    at: usize,
}

impl WordsBefore {
    fn new(start: usize) -> WordsBefore {
        WordsBefore {
            settled: start,
            found: false,
            at: start,
        }
    }

    /// Whether `hit(c, p)` holds at a character `c` at `p` of
    /// `start..at`; `longest` bounds in bytes the words `hit` looks up.
    fn any(
        &mut self,
        text: &str,
        at: usize,
        longest: usize,
        hit: impl Fn(char, usize) -> bool,
    ) -> bool {
        self.at = at;
        if self.found {
            return true;
        }
        let mut p = self.settled;
        for c in text[self.settled..at].chars() {
            let h = hit(c, p);
            if self.settled == p && p + longest <= at {
                self.settled = p + c.len_utf8();
                self.found = h;
            }
            if h {
                return true;
            }
            p += c.len_utf8();
        }
        false
    }
}

impl BeforeCue {
    fn new(text: &str, from: usize) -> BeforeCue {
        let speech = speech_open(text, from);
        BeforeCue {
            from,
            speech,
            read: from,
            open: 0,
            straight: 0,
            all_straight: 0,
            clause: from,
            verb_end: None,
            compared: WordsBefore::new(from),
            sentence: None,
        }
    }

    /// Reads the words up to `at` (never before the last `at`).
    fn advance(&mut self, text: &str, at: usize) {
        if at <= self.read {
            return;
        }
        for (k, c) in text[self.read..at].char_indices() {
            let pos = self.read + k;
            match c {
                '\u{201C}' if pos >= self.speech => self.open += 1,
                '\u{201D}' if pos >= self.speech => self.open -= 1,
                '"' => {
                    self.all_straight += 1;
                    if pos >= self.speech {
                        self.straight += 1;
                    }
                }
                _ => {}
            }
            if is_clause_sep(c) {
                self.clause = pos + c.len_utf8();
                self.verb_end = None;
                self.compared = WordsBefore::new(self.clause);
            }
            if c == '\n' || is_sentence_end(c) {
                self.sentence = Some(pos + c.len_utf8());
            }
        }
        self.read = at;
    }

    /// The start of the clause of a cue at `at`.
    fn clause_at(&mut self, text: &str, at: usize) -> usize {
        self.advance(text, at);
        self.clause
    }

    /// Whether the words before a cue at `at` (from [`speech_open`]) leave
    /// a quotation or a cited title open: the cue belongs to a quoted name.
    fn quoted(&mut self, text: &str, at: usize) -> bool {
        if at < self.speech {
            return false;
        }
        self.advance(text, at);
        self.open > 0 || self.straight % 2 == 1 || in_title(&text[self.speech..at])
    }

    /// Whether the words before a cue at `at` close a quotation right
    /// before it: the cue is the head of a scheme's name.
    fn named(&mut self, text: &str, at: usize) -> bool {
        let before = &text[self.from..at];
        if before.ends_with(['\u{201D}', '\u{300D}']) {
            return true;
        }
        if !before.ends_with('"') {
            return false;
        }
        self.advance(text, at);
        self.all_straight % 2 == 0
    }

    /// [`basis_in_clause`] of a cue at `at`: a verb or a word of
    /// comparison in its clause before it. `to` bounds the call's words.
    fn basis(&mut self, lex: &Lexicon, text: &str, at: usize, to: usize) -> bool {
        self.advance(text, at);
        let cs = self.clause;
        let verb_end = *self.verb_end.get_or_insert_with(|| {
            // The clause's end within reach: no verb holds a separator.
            let end = text[cs..to].find(is_clause_sep).map_or(to, |k| cs + k);
            let clause = &text.as_bytes()[cs..end];
            words::list(List::VerbInMetric)
                .iter()
                .chain(words::list(List::ShareVerb))
                .filter_map(|v| {
                    memchr::memmem::find(clause, v.as_bytes()).map(|k| cs + k + v.len())
                })
                .min()
                .unwrap_or(usize::MAX)
        });
        verb_end <= at
            || self.compared.any(text, at, lex.longest(), |c, p| {
                lex.may_start(c, &[Role::Compare])
                    && lex
                        .starting(text, p, at, &[Role::Compare, Role::NotCompare])
                        .is_some_and(|(_, r)| !r.has(Role::NotCompare))
            })
    }

    /// Whether the goal word `w` at `at` is a cap (控制在) after a basis
    /// word of a change in its sentence: the cap held, no goal.
    fn held_cap(
        &mut self,
        lex: &Lexicon,
        text: &str,
        at: usize,
        w: &str,
        held: &mut HeldBasis,
    ) -> bool {
        if !words::list(List::CapWord).contains(&w) {
            return false;
        }
        self.advance(text, at);
        let start = match self.sentence {
            Some(s) => s,
            None => held.sentence_from(text, self.from),
        };
        held.words(start, at).any(text, at, lex.longest(), |c, p| {
            lex.may_start(c, &[Role::Basis]) && lex.starting(text, p, at, &[Role::Basis]).is_some()
        })
    }
}

/// The start of the sentence of the words at `at`: after the last
/// sentence end or line break before it.
/// Whether `s..e` is a reporting clause: words closed by a verb of
/// reporting (`记者从市商务局获悉`), or opened by 据 and closed by its
/// word (`据市统计局介绍`).
fn reporting_clause(text: &str, s: usize, e: usize) -> bool {
    let words = text[s..e].trim();
    words::suffix_in(List::ReportingVerb, words).is_some()
        || (words::prefix_in(List::ReportingLead, words).is_some()
            && words::suffix_in(List::ReportingClose, words).is_some())
}

fn sentence_from(text: &str, at: usize) -> usize {
    text[..at]
        .rfind(|c: char| is_sentence_end(c) || c == '\n')
        .map_or(0, |k| {
            k + text[k..].chars().next().map_or(1, char::len_utf8)
        })
}

/// Whether a word that refers back to goals set (`上述目标`) ends at `at`:
/// a goal even after a verb of work done (`为实现上述目标,…`), no basis.
fn refers_to_goals(text: &str, at: usize) -> bool {
    words::list(List::GoalReference)
        .iter()
        .any(|w| text[..at].ends_with(w))
}

/// Whether the goal word `w` at `at` opens a list item after `;` in a
/// sentence that reported a figure before it (`…占年计划投资的72%;计划新开工
/// 项目157项`): the name of a class of the list's things, beside the other
/// items' (`在建项目185项`), no goal.
fn item_class(text: &str, at: usize, w: &str) -> bool {
    if !words::list(List::ItemClassGoal).contains(&w)
        || !text[..at]
            .trim_end_matches([' ', '\u{3000}'])
            .ends_with([';', '\u{FF1B}'])
    {
        return false;
    }
    let near = &text[floor_boundary(text, at.saturating_sub(4 * TITLE_REACH))..at];
    let sentence = near
        .rfind(|c: char| is_sentence_end(c) || c == '\n')
        .map_or(near, |k| &near[k..]);
    sentence.bytes().any(|b| b.is_ascii_digit())
}

/// Whether the goal word `w` at `at` is a cap (控制在) after a basis word of a
/// change in its sentence (`2022年,…同比增长4.5%;城镇登记失业率控制在3%以内`):
/// the cap held, reported with the other results. (What
/// `BeforeCue::held_cap` answers without reading the sentence again for
/// each goal word; kept to test it.)
#[cfg(test)]
fn held_cap(lex: &Lexicon, text: &str, at: usize, w: &str) -> bool {
    if !words::list(List::CapWord).contains(&w) {
        return false;
    }
    let from = sentence_from(text, at);
    text[from..at].char_indices().any(|(k, c)| {
        lex.may_start(c, &[Role::Basis])
            && lex.starting(text, from + k, at, &[Role::Basis]).is_some()
    })
}

/// Whether the goal word ending at `at` is the subject of a verb of change
/// that closes its clause (`扩产计划放缓，`, `投资计划减少；`): a report of
/// what became of a plan, no goal the text sets.
fn changed_plan(lex: &Lexicon, text: &str, at: usize) -> bool {
    lex.starting(text, at, text.len(), &[Role::Change])
        .is_some_and(|(v, _)| {
            text[at + v.len()..]
                .chars()
                .next()
                .is_some_and(|c| is_clause_sep(c) || is_sentence_end(c))
        })
}

/// Whether the sentence's words before a cue leave a quotation open: a
/// cue inside quotation marks belongs to a quoted name or motto
/// (`按照"聚焦战略目标,优化核心业务"的方针`), no statement of a goal; so
/// does one inside a cited title (`贯彻《…2035年远景目标纲要》`). (What
/// `BeforeCue::quoted` answers without reading the words again for each
/// cue; kept to test it.)
#[cfg(test)]
fn quoted(before: &str) -> bool {
    let (mut open, mut straight) = (0i32, 0u32);
    for c in before.chars() {
        match c {
            '\u{201C}' => open += 1,
            '\u{201D}' => open -= 1,
            '"' => straight += 1,
            _ => {}
        }
    }
    open > 0 || straight % 2 == 1 || in_title(before)
}

/// How far back a cited title's 《 is looked for from a word inside it,
/// in characters (at most four bytes each): longer than any title's name
/// before its date or goal word, and a bound on the look back of every
/// time and cue of a sentence (without it, a long sentence of dates was
/// read back to its start at each one: quadratic).
const TITLE_REACH: usize = 160;

/// Whether the words `before` leave a cited title open (`贯彻《…远景目标`):
/// what follows is part of the title's name.
fn in_title(before: &str) -> bool {
    let (open, close) = (crate::chars::TITLE_OPEN, crate::chars::TITLE_CLOSE);
    let near = &before[floor_boundary(before, before.len().saturating_sub(4 * TITLE_REACH))..];
    near.rfind(open).is_some_and(|k| !near[k..].contains(close))
}

/// Where the words from `from` start once a quotation mark opening its
/// sentence is passed: a sentence quoted whole is a speech reported
/// (`“2018年我县…主要预期目标是:…”`), its cues stated, no quoted name.
fn speech_open(text: &str, from: usize) -> usize {
    let opens_sentence = text[..from]
        .trim_end_matches([' ', '\u{3000}'])
        .chars()
        .next_back()
        .is_none_or(|c| c == '\n' || is_sentence_end(c));
    let rest = &text[from..];
    let body = rest.trim_start_matches([' ', '\u{3000}']);
    match body.chars().next() {
        Some(c @ ('\u{201C}' | '"')) if opens_sentence => {
            from + rest.len() - body.len() + c.len_utf8()
        }
        _ => from,
    }
}

/// Whether the sentence's words before a cue close a quotation right
/// before it: the cue is the head of a scheme's name (`自香港特别行政区政府
/// "保就业"计划获得约600万港元补贴`, `“十百千”工程`), no statement of a goal.
/// (Kept to test `BeforeCue::named`.)
#[cfg(test)]
fn named(before: &str) -> bool {
    before.ends_with(['\u{201D}', '\u{300D}'])
        || (before.ends_with('"') && before.matches('"').count() % 2 == 0)
}

/// Whether a marker of the future at `at` that is never an object marker
/// before a verb (将) comes right before a verb of report or change
/// (`研发经费投入的年均增长将超过7%`, `…将增长5%`): a figure to come.
fn future_verb(lex: &Lexicon, text: &str, at: usize) -> bool {
    // (The verb may open the figure: `将超过7%`.)
    words::prefix_in(List::FutureBeforeVerb, &text[at..]).is_some_and(|w| {
        lex.starting(
            text,
            at + w.len(),
            text.len(),
            &[Role::Report, Role::Change],
        )
        .is_some()
    })
}

/// Whether the marker of the future at `at` follows a subject or a word of
/// a time to come, alone in its clause (`下一步，山东将聚焦…`, `我们将新增…`).
fn future_plan(lex: &Lexicon, text: &str, cs: usize, at: usize) -> bool {
    let (ws, we) = metric::trim(text, cs, at);
    let subject =
        |s: usize| s < we && metric::subject_at(lex, text, s, we) == Some(Span::new(s, we));
    let lead = |s: usize| words::prefix_in(List::FutureLead, &text[s..we]).map(|w| s + w.len());
    // A subject, a word of a time to come, or both in either order
    // (`潼关县今年将办好…`, `今年全县将新增…`).
    ws < we
        && we == at
        && (subject(ws)
            || lead(ws).is_some_and(|l| l == we || subject(l))
            || metric::subject_at(lex, text, ws, we)
                .filter(|x| x.start == ws)
                .and_then(|x| lead(x.end))
                .is_some_and(|l| l == we))
}

/// Whether the goal word at `at` is what a reported figure is measured
/// against: a comparison, a verb of work done or a share verb opens its
/// clause before it (`低于年初预期目标0.7个百分点`, `完成年度目标的103%`,
/// `占年度计划的108.5%`). A goal word right before a verb of report or
/// change is the goal of that verb (`完成投资力争超过145亿元`), no basis.
pub(crate) fn goal_is_basis(lex: &Lexicon, text: &str, from: usize, at: usize) -> bool {
    !goal_of_verb(lex, text, at) && basis_in_clause(lex, text, from, at)
}

/// Whether `word` occurs in `hay` (as `hay.contains(word)`): a search
/// for the word's last byte and a comparison at each hit, which on the
/// short stretches read here costs less than setting up a substring
/// search.
pub(crate) fn has_word(hay: &str, word: &str) -> bool {
    word.is_empty() || metric::find_word(hay, word).is_some()
}

/// Where the clause that ends at `end` starts: after the last clause
/// separator in `from..end`, else at `from`.
fn clause_start_in(text: &str, from: usize, end: usize) -> usize {
    text[from..end].rfind(is_clause_sep).map_or(from, |k| {
        from + k + text[from + k..].chars().next().map_or(1, char::len_utf8)
    })
}

/// [`goal_is_basis`] but its first test: a verb in a metric, a share verb
/// or a word of comparison in the clause of `from..at` before `at`.
fn basis_in_clause(lex: &Lexicon, text: &str, from: usize, at: usize) -> bool {
    let cs = clause_start_in(text, from, at);
    let clause = &text[cs..at];
    words::list(List::VerbInMetric)
        .iter()
        .chain(words::list(List::ShareVerb))
        .any(|v| clause.contains(v))
        || clause.char_indices().any(|(k, c)| {
            lex.may_start(c, &[Role::Compare])
                && lex
                    .starting(text, cs + k, at, &[Role::Compare, Role::NotCompare])
                    .is_some_and(|(_, r)| !r.has(Role::NotCompare))
        })
}

/// Whether the goal word at `at` is right before a verb of report or change
/// (`力争超过`, `确保达到`): it sets the goal of that verb. A particle of
/// one character (`目标的`) is no verb: only a verb of change may be that
/// short.
fn goal_of_verb(lex: &Lexicon, text: &str, at: usize) -> bool {
    lex.starting(text, at, text.len(), &[Role::Target])
        .is_some_and(|(w, r)| {
            !r.has(Role::NotCue)
                && lex
                    .starting(
                        text,
                        at + w.len(),
                        text.len(),
                        &[Role::Report, Role::Change],
                    )
                    .is_some_and(|(v, r)| r.has(Role::Change) || v.chars().nth(1).is_some())
        })
}

/// The outline level of a goal list under a colon: deeper than every
/// outline heading, which closes it.
const LIST_LEVEL: u8 = 5;

/// The level of the rows of a captioned table ([`Pass::caption_rows_header`]):
/// below every outline marker and item level.
const CAPTION_ROWS_LEVEL: u8 = 12;

/// The longest caption above a table header line, in characters.
const CAPTION_ROWS_CHARS: usize = 40;

/// Whether `line` opens with a table's row number: ASCII digits, then a space.
fn opens_with_row_number(line: &str) -> bool {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    digits > 0 && line[digits..].starts_with(heading::is_line_space)
}

/// The longest noun a figure measures through 的 at its clause's end
/// ([`Pass::linked_thing`]), in characters.
const LINKED_THING_CHARS: usize = 12;

/// The longest label of an infographic above its figure's line, in
/// characters and in bytes.
const LABEL_CHARS: usize = 24;
const LABEL_BYTES: usize = 4 * LABEL_CHARS + 8;

/// The longest line (in bytes, spaces included) that [`Pass::figure_above`]
/// reads as holding only a figure: a figure with its unit and bound words
/// is far shorter.
const FIGURE_LINE_BYTES: usize = 160;

/// The longest line of a goal list's item, in characters.
const LIST_ITEM_CHARS: usize = 60;

/// How many facts after a teaser [`Pass::teasers`] reads for the figures
/// it repeats.
const TEASER_REACH: usize = 64;
/// The longest caption line above a paragraph (`8%、500万人`), in bytes.
const CAPTION_BYTES: usize = 60;
/// The longest first line of a text read as its headline, in characters.
const HEADLINE_CHARS: usize = 40;
/// The most characters between a figure and the goal noun closing its
/// clause that make it the goal's value (`千亿级经济总量目标`).
const GOAL_VALUE_CHARS: usize = 12;

/// How many lines above a numbered line [`Pass::announces_plan`] reads for
/// the sentence announcing a plan (blank lines may come between).
const PLAN_LEAD_LINES: usize = 3;

/// How many lines under a sentence announcing a list
/// [`Pass::assigned_task`] reads for a task assigned to units (a heading
/// and blank lines may come first).
const TASK_LINES: usize = 4;

/// Most characters between a rule's rate and its 标准
/// ([`Pass::rate_object`]: `1500元/人的标准`).
const RATE_GAP_CHARS: usize = 6;

/// Separators that end a clause.
/// How far after a figure [`Pass::in_base_clause`] looks for the word
/// closing the clause, in bytes.
const BASE_CLAUSE_BYTES: usize = 120;

/// Most word characters between 等 closing a list and the goal word of
/// [`Pass::listed_goal`] (`等经济社会发展预期目标`).
const LISTED_GOAL_CHARS: usize = 12;

// Clause separators and the marks that end a sentence (a line break ends
// the paragraph).
use crate::chars::{is_clause_sep, is_sentence_end};

/// The first bytes of the characters that may end the clause
/// [`Pass::opening_subject`] reads (clause separators, sentence ends and the
/// line break), from the lists: a character led by another byte (a Han
/// character, most of them) is none and is passed over without a decode.
static OPENING_STOP_LEADS: std::sync::LazyLock<[bool; 256]> = std::sync::LazyLock::new(|| {
    let mut t = [false; 256];
    t[usize::from(b'\n')] = true;
    for list in [List::ClauseSeparator, List::SentenceEnd] {
        for w in words::list(list) {
            if let Some(&b) = w.as_bytes().first() {
                t[usize::from(b)] = true;
            }
        }
    }
    t
});

/// Where (from `at`) the first clause separator, sentence end or line
/// break among the first `n` characters of `text[at..]` starts.
fn opening_stop(text: &str, at: usize, n: usize) -> Option<usize> {
    let leads = &*OPENING_STOP_LEADS;
    let b = text.as_bytes();
    let mut i = at;
    for _ in 0..n {
        let &x = b.get(i)?;
        if leads[usize::from(x)] {
            let c = text[i..].chars().next()?;
            if is_clause_sep(c) || is_sentence_end(c) || c == '\n' {
                return Some(i - at);
            }
        }
        i += match x {
            0..0x80 => 1,
            0x80..0xE0 => 2,
            0xE0..0xF0 => 3,
            _ => 4,
        };
    }
    None
}

/// The first UTF-8 byte of `c`.
const fn lead_byte(c: char) -> u8 {
    let mut buf = [0u8; 4];
    c.encode_utf8(&mut buf);
    buf[0]
}

/// The first bytes of the brackets [`Pass::aside_place`] looks for.
const ASIDE_LEADS: [u8; 4] = [
    lead_byte(metric::PAIRS[1].0),
    lead_byte(metric::PAIRS[1].1),
    lead_byte(metric::PAIRS[2].0),
    lead_byte(metric::PAIRS[2].1),
];

fn is_figure(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Money | Kind::Percent | Kind::Count | Kind::Quantity | Kind::Number
    )
}

impl<'t> Pass<'t> {
    /// Reads every entity in order, with the text before it.
    fn run(&mut self) {
        for (i, e) in self.entities.iter().enumerate() {
            self.gap(e.span.start, i);
            self.entity(i);
        }
        self.teasers();
        self.captions();
        self.headline();
    }

    /// The text's first line when short and without a full stop or a
    /// clause mark (a headline, `东湖高新:2023年净利预增73%到125%`,
    /// `300亿元!四川万源…定下目标`) repeats figures of the text below: each
    /// of its figures without a cue of its own takes the status of the first
    /// later fact of the same kind, value and range.
    fn headline(&mut self) {
        let text = self.text;
        let end = self.lines.next(0).unwrap_or(text.len());
        let line = &text[..end];
        if line.chars().count() > HEADLINE_CHARS || line.contains('\u{3002}') {
            return;
        }
        // A headline of clauses (`地区生产总值增长5.6%以上,历城区描绘2025年
        // 发展蓝图`) repeats a figure only with its indicator too.
        let clauses = line.contains([',', ';', '\u{ff0c}', '\u{ff1b}']);
        let to = self.out.partition_point(|f| f.figure.span.start < end);
        for k in 0..to {
            if self.out[k].status != Status::Actual {
                continue;
            }
            let f = &self.out[k];
            let same_metric = |x: &Fact| match (&f.metric, &x.metric) {
                (Some(a), Some(b)) => a.text(text) == b.text(text),
                _ => false,
            };
            let same = self.out[to..].iter().find(|x| {
                let g = &x.figure;
                f.figure.value().is_some()
                    && f.figure.value() == g.value()
                    && f.figure.high() == g.high()
                    && f.figure.kind == g.kind
                    && (!clauses || same_metric(x))
            });
            if let Some(status) = same.map(|g| g.status) {
                self.out[k].status = status;
            }
        }
    }

    /// A caption line above a paragraph: a short line of figures without
    /// an indicator or a sentence end (`8%、500万人`, `6000亿`, `1-2 条地铁线路`)
    /// right above the paragraph that gives them (`…年均增长8%以上`, `到2025年,
    /// …营业收入达到6000亿元`). Each of its figures takes the status of the
    /// first figure of that paragraph of the same value (and range).
    fn captions(&mut self) {
        let text = self.text;
        let mut i = 0;
        while i < self.out.len() {
            let at = self.out[i].figure.span.start;
            let start = self.lines.before(at).map_or(0, |b| b + 1);
            let end = self.lines.next(at).unwrap_or(text.len());
            let to = i + self.out[i..].partition_point(|f| f.figure.span.start < end);
            let caption = end - start <= CAPTION_BYTES
                && !text[start..end].contains(is_sentence_end)
                && !text[start..end].contains(is_clause_sep)
                && self.out[i..to].iter().all(|f| {
                    f.status == Status::Actual
                        && f.metric
                            .as_ref()
                            .is_none_or(|m| m.span.start >= f.figure.span.end)
                });
            if caption {
                // The next line with words is the paragraph.
                let mut from = end;
                while from < text.len() && text.as_bytes()[from].is_ascii_whitespace() {
                    from += 1;
                }
                let until = self.lines.next(from).unwrap_or(text.len());
                let lo = self.out.partition_point(|f| f.figure.span.start < from);
                let hi = self.out.partition_point(|f| f.figure.span.start < until);
                for k in i..to {
                    let f = &self.out[k];
                    // A caption figure with its noun after it (`1-2 条地铁
                    // 线路`, `159家公司预计业绩翻番`) repeats one of the same
                    // metric only. (One with an indicator before it,
                    // `主要经济指标增幅均超20%`, states its own.)
                    let same_metric = |x: &Fact| match (&f.metric, &x.metric) {
                        (None, _) => true,
                        (Some(a), Some(b)) => a.text(text) == b.text(text),
                        (Some(_), None) => false,
                    };
                    let same = self.out[lo..hi].iter().find(|x| {
                        let g = &x.figure;
                        f.figure.value().is_some()
                            && f.figure.value() == g.value()
                            && f.figure.high() == g.high()
                            && (f.figure.kind == g.kind || f.figure.kind == Kind::Number)
                            && same_metric(x)
                    });
                    if let Some(status) = same.map(|g| g.status) {
                        self.out[k].status = status;
                    }
                }
            }
            i = to.max(i + 1);
        }
    }

    /// A teaser opening a line: figures listed before an ellipsis, no
    /// sentence end before it (`新增公共停车位1664个、改造棚户区4490户……2月17日,
    /// 记者从白云区获悉,…`), repeats figures of the text below. Each of its
    /// facts takes the status of the first later fact with the same figure
    /// and a metric one of the two ends with (`新增公共停车位1664个` in
    /// `今年,白云区将…新增公共停车位1664个`: a target).
    fn teasers(&mut self) {
        let text = self.text;
        let mut marks: Vec<usize> = words::list(List::TeaserClose)
            .iter()
            .flat_map(|w| memchr::memmem::find_iter(text.as_bytes(), w.as_bytes()))
            .collect();
        if marks.is_empty() {
            return;
        }
        marks.sort_unstable();
        let mut done = 0;
        for k in marks {
            if k < done {
                continue;
            }
            // Only a line's first ellipsis may close a teaser.
            let start = self.lines.before(k).map_or(0, |b| b + 1);
            done = self.lines.next(k).unwrap_or(text.len());
            if text[start..k].contains(is_sentence_end) {
                continue;
            }
            let from = self.out.partition_point(|f| f.figure.span.start < start);
            let to = self.out.partition_point(|f| f.figure.span.start < k);
            for i in from..to {
                let f = &self.out[i];
                let figure = f.figure.text(text);
                let metric = f.metric.as_ref().map(|m| m.text(text));
                let same = self.out[to..].iter().take(TEASER_REACH).find(|g| {
                    g.figure.text(text) == figure
                        && match (metric, g.metric.as_ref().map(|m| m.text(text))) {
                            (Some(a), Some(b)) => a.ends_with(b) || b.ends_with(a),
                            _ => false,
                        }
                });
                if let Some(status) = same.map(|g| g.status) {
                    self.out[i].status = status;
                }
            }
        }
    }

    fn new(text: &'t str, entities: &'t [Entity]) -> Pass<'t> {
        let mut p = Pass {
            text,
            bounds: Boundaries::new(text.as_bytes()),
            lines: Lines::new(text.as_bytes()),
            entities,
            lex: lexicon::get(),
            // At most one fact per figure or ordinal: an exact bound keeps
            // the vector small (a large allocation is fresh memory from the
            // system at every call).
            out: Vec::with_capacity(
                entities
                    .iter()
                    .filter(|e| is_figure(e.kind) || e.kind == Kind::Ordinal)
                    .count(),
            ),
            scanned: 0,
            clause: 0,
            own: 0,
            paired: VecDeque::new(),
            pair_flags: None,
            sentence: 0,
            opening: None,
            opening_read: false,
            compared_sentence: false,
            subject: None,
            time: None,
            as_of: None,
            cue: Status::Actual,
            cue_scanned: 0,
            item: 0,
            item_cue: Status::Actual,
            held: HeldBasis::default(),
            forecast_quiet: (0, 0),
            para: 0,
            para_time: None,
            para_time_inside: false,
            from_base_end: 0,
            first_sentence: true,
            deadline: false,
            para_cue: Status::Actual,
            plan_colon: false,
            latest_year: None,
            years_read: 0,
            list_in_body: false,
            plan_para: false,
            issued: issued_notice(text, entities),
            goal_refs: goal_references(text),
            prev: None,
            pending_time: None,
            sections: Vec::new(),
            skip_to: 0,
            header_times: Vec::new(),
            table: None,
            deadline_years: Vec::new(),
            basis_end: 0,
            task_line: std::cell::Cell::new(None),
            from_time: None,
            base_restore: None,
            bracket_restore: None,
            goal_difference: None,
            plan_items: None,
            caption_rows: false,
            current: 0,
            recent: VecDeque::new(),
            recent_parts: VecDeque::new(),
            marks_before: std::cell::Cell::new((0, 0, false)),
            aside_open: std::cell::Cell::new((0, 0, None, false)),
            no_list_close: std::cell::Cell::new(Unfound::default()),
            no_rate_close: std::cell::Cell::new(Unfound::default()),
            continuing: std::cell::Cell::new((usize::MAX, false)),
        };
        p.paragraph_start(0, 0);
        p
    }

    #[inline(always)]
    fn clause_start(&mut self, at: usize) {
        if let Some(t) = self.base_restore.take() {
            self.time = t;
        }
        self.clause = at;
        self.own = at;
        if !self.paired.is_empty() {
            self.paired.clear();
        }
        self.pair_flags = None;
    }

    fn sentence_start(&mut self, at: usize) {
        self.clause_start(at);
        self.subject = None;
        self.time = None;
        self.as_of = None;
        self.from_time = None;
        self.cue = Status::Actual;
        self.sentence = at;
        self.item = at;
        self.item_cue = Status::Actual;
        self.opening_read = false;
        self.compared_sentence = false;
    }

    /// The subject that opens the sentence (`漯河市深入贯彻…`), read when a
    /// figure first needs it.
    fn opening_subject(&mut self) -> Option<Span> {
        if !self.opening_read {
            self.opening_read = true;
            let at = self.sentence;
            let end =
                opening_stop(self.text, at, 24).map_or((at + 72).min(self.text.len()), |i| at + i);
            let end = floor_boundary(self.text, end);
            self.opening = metric::opening_subject(self.lex, self.text, at, end);
            // A clause that is only a time (`1-7月，全市…`) opens no subject:
            // the next clause's opening is the sentence's.
            // (The entities are in text order: a search, not a scan.)
            let timed = || {
                let (ts, te) = metric::trim(self.text, at, end);
                // A deadline's 到 (`到2027年，全省…`) may open it.
                let deadline = self
                    .lex
                    .starting(self.text, ts, te, &[Role::Deadline])
                    .map_or(ts, |(w, _)| ts + w.len());
                [ts, deadline].into_iter().any(|ts| {
                    let k = partition_near(self.entities, self.current, |x| x.span.start < ts);
                    self.entities[k..]
                        .iter()
                        .take_while(|x| x.span.start == ts)
                        .any(|x| matches!(x.kind, Kind::Date | Kind::Period) && x.span.end == te)
                })
            };
            if self.opening.is_none() && timed() {
                if let Some(c) = self.text[end..]
                    .chars()
                    .next()
                    .filter(|&c| is_clause_sep(c))
                {
                    let at = end + c.len_utf8();
                    let next = opening_stop(self.text, at, 24)
                        .map_or((at + 72).min(self.text.len()), |i| at + i);
                    let next = floor_boundary(self.text, next);
                    self.opening = metric::opening_subject(self.lex, self.text, at, next);
                }
            }
        }
        self.opening
    }

    /// A new line at `at`; `next` is the index of the first entity at or
    /// after it. A heading line opens a section (see [`heading`]).
    fn paragraph_start(&mut self, at: usize, next: usize) {
        let text = self.text;
        // A goal list that reached a long line ends with it.
        if std::mem::take(&mut self.list_in_body) {
            self.sections.retain(|h| !h.list);
        }
        self.goal_reference(at);
        self.plan_items(at);
        // A goal colon closing the line before (`…主要预期目标是：`) makes
        // the list lines under it targets, dated by the lead's time.
        if self.para_cue == Status::Target
            && text[..at].trim_end().ends_with([':', '\u{ff1a}'])
            && !self.sections.last().is_some_and(|h| h.list)
        {
            self.sections.push(Heading {
                level: LIST_LEVEL,
                // The items of a list of 实事 are the plan's, of no time
                // of the lead's.
                time: (!self.plan_colon)
                    .then(|| self.time.or(self.pending_time).or(self.para_time))
                    .flatten(),
                status: Status::Target,
                captions: false,
                end: at,
                list: true,
                goal_name: false,
                plain: false,
            });
        }
        // A blank line changes nothing but the paragraph.
        if matches!(text.as_bytes()[at..], [] | [b'\n', ..] | [b'\r', b'\n', ..]) {
            self.new_paragraph(at);
            return;
        }
        // The rows of a captioned table end at a line opened by no row number.
        if self.caption_rows && !opens_with_row_number(&text[at..]) {
            self.caption_rows = false;
            self.sections.retain(|h| h.level != CAPTION_ROWS_LEVEL);
        }
        // A label above the figure's line (`地区生产总值` then `2856.3亿元`)
        // is no heading: it names the figure.
        if self.label_line(at, next).is_some() {
            self.new_paragraph(at);
            return;
        }
        // Only a short line may be a heading or a table cell: look for its
        // end within reach.
        let reach = (at + heading::MAX_BYTES + 1).min(text.len());
        let Some(end) = self
            .lines
            .next(at)
            .filter(|&i| i < reach)
            .or((reach == text.len()).then_some(reach))
        else {
            // A long line: body text, which ends a caption title's reach;
            // a long list item (`■全市生产总值增长6%-6.5%,…`) under a goal
            // title (`今年预期目标`) is still one of its goals.
            // So is the paragraph right under a title that only names goals
            // (`主要目标` above `生产总值增长11.5%左右,…`).
            let line = text[at..].trim_start_matches(|c: char| c.is_whitespace());
            let item = words::prefix_in(List::BulletMark, line).is_some()
                || words::prefix_in(List::HeadingMark, line).is_some();
            self.list_in_body = self.sections.iter().any(|h| first_under(text, h, at));
            self.sections.retain(|h| {
                (!h.list || first_under(text, h, at))
                    && (!h.captions
                        || (item && h.status != Status::Actual && h.time.is_none())
                        || right_under(text, h, at))
            });
            self.header_times.clear();
            self.new_paragraph(at);
            return;
        };
        let heading = heading::line(self.lex, text, self.entities, at, end, next);
        // A table of rows parted by `|`: its header line, dated by the
        // caption right above or the section.
        if self.table.as_ref().is_none_or(|t| t.end <= at) && text[at..end].contains('|') {
            let time = self
                .header_times
                .last()
                .copied()
                .or_else(|| self.caption_time(at))
                .or_else(|| self.section_time());
            if let Some(t) = table::read_bars(self.lex, text, at, end, time) {
                self.table = Some(t);
                self.header_times.clear();
                return;
            }
        }
        match heading.and_then(|h| h.time.filter(|_| h.captions)) {
            Some(t) => self.header_times.push(t),
            None if text[at..end].trim().is_empty() => {}
            None => {
                // Lines after two or more column years: a table's rows.
                if self.header_times.len() >= 2 && self.table.is_none() {
                    self.table = table::read(self.lex, text, at, &self.header_times);
                }
                self.header_times.clear();
            }
        }
        let caption_rows = self.caption_rows_header(at, end);
        match heading {
            // A short label line inside a goal list (`经济◢` under
            // `…定下这些具体目标:`) names a group of its items: the list
            // goes on.
            Some(h) if self.list_label(&h) => {}
            Some(h) => {
                // An outline heading on the first line under a goal colon
                // (`…计划》的主要内容是:` then `一、实施…工程`) opens the
                // first group of the list's items: the list holds the whole
                // outline, its headings nested in it.
                if h.level > 0 {
                    if let Some(l) = self
                        .sections
                        .last_mut()
                        .filter(|l| first_under(text, l, at))
                    {
                        l.level = l.level.min(h.level - 1);
                    }
                }
                self.open_section(h);
            }
            None => {
                // A goal list reaches the lines of one item, not a body
                // paragraph.
                if text[at..end].chars().count() > LIST_ITEM_CHARS {
                    self.list_in_body = self.sections.iter().any(|h| first_under(text, h, at));
                    self.sections
                        .retain(|h| !h.list || first_under(text, h, at));
                }
                // A caption title reaches the short lines under it, up to
                // the first full sentence.
                if self.sections.last().is_some_and(|h| h.captions)
                    && text[at..end].contains(is_sentence_end)
                {
                    self.sections
                        .retain(|h| !h.captions || right_under(text, h, at));
                }
            }
        }
        if let Some(h) = caption_rows {
            self.sections.push(h);
            self.caption_rows = true;
        }
        self.new_paragraph(at);
    }

    /// The section of the rows under the table header line `at..end` that
    /// opens with the row-number column and goes on to other cells parted
    /// by spaces (`序号 工 作 任 务 牵头负责部门`), when the line right above
    /// is a caption naming a date (`2016年《政府工作报告》量化指标任务分工`):
    /// the caption dates the rows, as a caption above a `|` table's header
    /// does, and a caption naming tasks or goals (任务, 目标) makes them
    /// targets.
    fn caption_rows_header(&self, at: usize, end: usize) -> Option<Heading> {
        let text = self.text;
        let line = text[at..end].trim_matches(|c: char| c.is_whitespace());
        let rest = words::prefix_in(List::RowNumberHeader, line).map(|w| &line[w.len()..])?;
        if !rest.starts_with(heading::is_line_space)
            || rest.trim_matches(|c: char| c.is_whitespace()).is_empty()
        {
            return None;
        }
        // The caption: the last line with words above, short, no sentence.
        let mut b = self.lines.before(at)?;
        let start = loop {
            let start = self.lines.before(b).map_or(0, |k| k + 1);
            if !text[start..b].trim().is_empty() {
                break start;
            }
            b = self.lines.before(start)?;
        };
        let caption = text[start..b].trim_matches(|c: char| c.is_whitespace());
        if caption.chars().count() > CAPTION_ROWS_CHARS
            || caption.contains(|c| is_sentence_end(c) || is_clause_sep(c))
        {
            return None;
        }
        let first = self.entities.partition_point(|e| e.span.start < start);
        let held = || {
            self.entities[first..]
                .iter()
                .enumerate()
                .take_while(|(_, e)| e.span.end <= b)
        };
        if held().any(|(_, e)| is_figure(e.kind)) {
            return None;
        }
        let time = held()
            .find(|(_, e)| matches!(e.kind, Kind::Date | Kind::Period))
            .map(|(k, _)| first + k)?;
        let status = if words::list(List::TaskCaption)
            .iter()
            .any(|w| has_word(caption, w))
        {
            Status::Target
        } else {
            Status::Actual
        };
        Some(Heading {
            level: CAPTION_ROWS_LEVEL,
            time: Some(time),
            status,
            captions: false,
            end,
            list: false,
            goal_name: false,
            plain: false,
        })
    }

    /// Whether heading `h` is a line inside an open goal list: a plain
    /// line with no outline marker, time or cue of its own, a label of a
    /// group of items (`经济◢`, `民生幸福◢`) or an item without figures
    /// (`推动14号线、16号线通车运营`).
    fn list_label(&self, h: &Heading) -> bool {
        h.level == 0
            && h.time.is_none()
            && h.status == Status::Actual
            && self.sections.last().is_some_and(|o| o.list)
    }

    /// Follows the numbered items of a plan at the line starting at `at`:
    /// a line opened by an outline marker (`1.`) right under a sentence
    /// that announces a plan for a time to come and closes its line
    /// (`今年,我市将办好…“十件实事”`) opens them; a line opened by another
    /// marker or by none ends them (blank lines change nothing).
    fn plan_items(&mut self, at: usize) {
        let text = self.text;
        let end = self.lines.next(at).unwrap_or(text.len());
        let line = text[at..end].trim_start_matches(heading::is_line_space);
        if line.trim_end().is_empty() {
            return;
        }
        let level = self.item_level(line);
        if level.is_some() && level == self.plan_items {
            return;
        }
        // The text of an item whose marker stands alone on the line above
        // (`(一)` then `促进群众就业增收,…`) is still that item.
        if level.is_none() && self.plan_items.is_some() && self.marker_line_before(at) {
            return;
        }
        self.plan_items = level.filter(|&l| self.announces_plan(at) || self.colon_opened(at, l));
    }

    /// The level of the item marker opening `line`, if any.
    fn item_level(&self, line: &str) -> Option<u8> {
        // Two-digit numbers and a space (`01 新增…`) number items too: a list
        // opens with `01`, and goes on to `10`, `11`.
        crate::policy::opening_marker(line)
            .map(|(l, _)| l)
            .or_else(|| {
                let padded = self.plan_items != Some(heading::PADDED_ITEM_LEVEL);
                heading::item_number(line, padded).map(|_| heading::PADDED_ITEM_LEVEL)
            })
            // So does a numeral and an item word (`一是实施…`), a news
            // item's way of numbering the items of a list.
            .or_else(|| heading::enumerated_item(line).map(|_| heading::ENUMERATED_ITEM_LEVEL))
    }

    /// Whether the line before the one starting at `at` holds a goal colon
    /// (the paragraph's status a target) right followed by the first item
    /// of a list at `level` (`拟从以下十个方面开展工作:一是…`): the lines
    /// opened by the list's next items (`二是…`, `三是…`) are the plan's.
    fn colon_opened(&self, at: usize, level: u8) -> bool {
        if self.para_cue != Status::Target {
            return false;
        }
        let text = self.text;
        let Some(b) = self.lines.before(at) else {
            return false;
        };
        let start = self.lines.before(b).map_or(0, |k| k + 1).max(self.para);
        let line = &text[start..b];
        line.rfind([':', '\u{ff1a}']).is_some_and(|k| {
            let after = &line[k + line[k..].chars().next().map_or(1, char::len_utf8)..];
            self.item_level(after.trim_start_matches(heading::is_line_space)) == Some(level)
        })
    }

    /// Whether the sentence ending before `end` opens with a subject and
    /// the marker of the future right after it (`该县将重点抓好七个方面工作。`):
    /// a plan for a time to come, as one opened by 今年.
    fn subject_plans(&self, end: usize) -> bool {
        let text = self.text;
        let at = self.sentence
            + (text[self.sentence..].len() - text[self.sentence..].trim_start().len());
        let end = end.max(at);
        metric::opening_subject(self.lex, text, at, end).is_some_and(|s| {
            let rest = &text[s.end..end];
            words::prefix_in(List::FutureMarker, rest).is_some()
                && words::prefix_in(List::NotFutureMarker, rest).is_none()
        })
    }

    /// Whether the last line with words before the line starting at `at`
    /// is only an outline marker (`(一)`).
    fn marker_line_before(&self, at: usize) -> bool {
        let text = self.text;
        let mut end = at;
        while let Some(b) = self.lines.before(end) {
            let start = self.lines.before(b).map_or(0, |k| k + 1);
            let line = text[start..b].trim_matches(|c: char| c.is_whitespace());
            if !line.is_empty() {
                return crate::policy::opening_marker(line).is_some_and(|(_, n)| n == line.len());
            }
            end = start;
        }
        false
    }

    /// Whether the last line with words before the line starting at `at`
    /// ends with a sentence announcing a plan: it opens with a word of a
    /// time to come or of the speakers (今年, 明年, 我们) and a goal cue or a
    /// marker of the future follows (`今年,我市将办好…`, `明年计划新建…`).
    /// `过去一年,我们完成了…` announces results, no plan.
    fn announces_plan(&self, at: usize) -> bool {
        let text = self.text;
        let mut end = at;
        for _ in 0..PLAN_LEAD_LINES {
            let Some(b) = self.lines.before(end) else {
                return false;
            };
            let start = self.lines.before(b).map_or(0, |k| k + 1);
            let line = text[start..b].trim_matches(|c: char| c.is_whitespace());
            if line.is_empty() {
                end = start;
                continue;
            }
            // The last sentence of the line, its closing mark left out.
            let body = line.trim_end_matches(|c| is_sentence_end(c) || c == ':' || c == '\u{ff1a}');
            let sentence = body
                .rfind(is_sentence_end)
                .map_or(body, |k| {
                    &body[k + body[k..].chars().next().map_or(1, char::len_utf8)..]
                })
                .trim_start();
            let s = sentence.as_ptr() as usize - text.as_ptr() as usize;
            if words::prefix_in(List::FutureLead, sentence).is_none() {
                return self.names_plan_list(s, s + sentence.len());
            }
            return cue_status(self.lex, text, s, s + sentence.len(), Status::Actual)
                == Status::Target;
        }
        false
    }

    /// Whether the sentence `s..e` closing a line names a list of the
    /// year's tasks for the people as its last word (`…扎实办好“十件民生
    /// 实事”`): a plan, with or without another cue, unless it reports
    /// work done (已, 累计, `办好了`).
    fn names_plan_list(&self, s: usize, e: usize) -> bool {
        let text = self.text;
        let body = text[s..e].trim_end_matches(|c| words::has_char(List::CloseQuote, c));
        words::suffix_in(List::PlanNoun, body).is_some()
            && !words::list(List::Perfective)
                .iter()
                .any(|w| has_word(body, w))
            && !body.char_indices().any(|(k, _)| {
                self.lex
                    .starting(text, s + k, s + body.len(), &[Role::Done])
                    .is_some()
            })
    }

    /// Whether the sentence up to the colon at `at` names a list of the
    /// year's tasks for the people (实事) and reports no work done (了, 已,
    /// 累计): the items after the colon are the plan's.
    fn introduces_plan_list(&self, at: usize) -> bool {
        let text = self.text;
        let (s, body) = (self.sentence, &text[self.sentence..at]);
        words::list(List::PlanNoun)
            .iter()
            .any(|w| has_word(body, w))
            && !words::list(List::Perfective)
                .iter()
                .any(|w| has_word(body, w))
            && !body
                .char_indices()
                .any(|(k, _)| self.lex.starting(text, s + k, at, &[Role::Done]).is_some())
    }

    /// Opens the section of heading `h`: the headings of its level and
    /// below close; the heading's own entities are skipped.
    fn open_section(&mut self, h: Heading) {
        // A plain title that gives nothing (`国内生产总值增长保持在合理区间`
        // under `二、“十五五”时期主要目标和重大任务`) is a line of its
        // outline section: it closes the titles and caption times above
        // it, not the outline headings.
        let keeps_outline =
            h.plain && h.time.is_none() && h.status == Status::Actual && !h.captions;
        while self
            .sections
            .last()
            .is_some_and(|o| o.level >= h.level && !(keeps_outline && o.level > 0))
        {
            self.sections.pop();
        }
        if h.time.is_some() || h.status != Status::Actual {
            self.sections.push(h);
        } else if h.level > 0 {
            // An outline heading without a time still closes its level.
            self.sections.push(h);
        }
        self.skip_to = self.skip_to.max(h.end);
    }

    /// A count written with a floor (`举办对接会2场以上`, `推动1000家以上企业`)
    /// in a sentence that reports no work done (已, 累计): a plan's figure.
    fn is_plan_count(&self, e: &Entity) -> bool {
        if e.kind != Kind::Count || e.bound != Bound::AtLeast {
            return false;
        }
        !self.done_before(e)
    }

    /// True when the sentence reports work done (已, 累计) before figure `e`.
    fn done_before(&self, e: &Entity) -> bool {
        let text = self.text;
        let mut i = self.sentence;
        while i < e.span.start {
            if self
                .lex
                .starting(text, i, e.span.start, &[Role::Done])
                .is_some()
            {
                return true;
            }
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
        false
    }

    /// Like [`Pass::done_before`], but a word of reaching right before a
    /// figure (`覆盖率达100%`, `…覆盖率达80%左右`) is the verb that sets its
    /// level, no report of work done: an item of a plan states its goals
    /// with it.
    fn done_before_verb(&self, e: &Entity) -> bool {
        let text = self.text;
        let mut i = self.sentence;
        while i < e.span.start {
            if let Some((w, _)) = self.lex.starting(text, i, e.span.start, &[Role::Done]) {
                let after = i + w.len();
                let k = partition_near(self.entities, self.current, |x| x.span.start < after);
                if !self
                    .entities
                    .get(k)
                    .is_some_and(|x| x.span.start == after && is_figure(x.kind))
                {
                    return true;
                }
            }
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
        false
    }

    /// Whether a word of work done (已, 已经) and one verb (of report, act
    /// or change) stand right before figure `e` in its clause (`已建成14个`).
    fn done_right_before(&self, e: &Entity) -> bool {
        let text = self.text;
        let mut i = self.clause.max(self.sentence).min(e.span.start);
        while i < e.span.start {
            if let Some((w, _)) = self.lex.starting(text, i, e.span.start, &[Role::Done]) {
                let at = i + w.len();
                if self
                    .lex
                    .starting(
                        text,
                        at,
                        e.span.start,
                        &[Role::Report, Role::Act, Role::Change],
                    )
                    .is_some_and(|(v, _)| at + v.len() == e.span.start)
                {
                    return true;
                }
            }
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
        false
    }

    /// Whether figure `e`'s own clause reports work done: a word of work
    /// done (已, 累计) right before a verb of report of two characters or
    /// more (`已完成`, `累计实现`), no goal word after it.
    fn done_in_clause(&self, e: &Entity) -> bool {
        let text = self.text;
        let mut i = self.clause.max(self.sentence);
        while i < e.span.start {
            if let Some((w, _)) = self.lex.starting(text, i, e.span.start, &[Role::Done]) {
                let at = i + w.len();
                return self
                    .lex
                    .starting(text, at, e.span.start, &[Role::Report])
                    .is_some_and(|(v, _)| v.chars().count() >= 2)
                    && cue_status(self.lex, text, at, e.span.start, Status::Actual)
                        == Status::Actual;
            }
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
        false
    }

    /// A figure of a list (`、`) closed by 等 and a goal word a few word
    /// characters on, in the same clause (`地区生产总值增长5%以上、…、粮食产量
    /// 500亿斤左右等经济社会发展预期目标`): the goals listed, targets, unless
    /// the sentence reports work done (已, 累计) before the figure.
    fn listed_goal(&self, e: &Entity) -> bool {
        let text = self.text;
        // The list runs to the clause's end, within one line of heading size
        // (a character starting before that end is read whole).
        let end = (e.span.end + 4 * heading::MAX_BYTES).min(text.len());
        // No word closing a list between the figure and its clause's end
        // (most figures): none closes the figure's list. (Read before the
        // marks, with a byte search for the words' first characters.)
        let stop = clause_stop(text.as_bytes(), e.span.end, ceil_boundary(text, end));
        if self.no_list_close.get().covers(e.span.end, stop) {
            return false;
        }
        if !words::list(List::EnumerationClose).iter().any(|w| {
            w.chars().next().is_some_and(|c| {
                metric::find_word(&text[e.span.end..stop], c.encode_utf8(&mut [0; 4])).is_some()
            })
        }) {
            self.no_list_close.set(Unfound {
                from: e.span.end,
                stop,
            });
            return false;
        }
        // A search for each mark's bytes (a vectorised search for its last
        // byte), not a decoding of every character.
        let marks = |a: usize, b: usize| {
            words::chars(List::EnumerationMark)
                .iter()
                .any(|&m| metric::find_word(&text[a..b], m.encode_utf8(&mut [0; 4])).is_some())
        };
        // A list item: a 、 before the figure in its clause or after it.
        // The figures of a clause come in order: the part of the clause
        // read for the figure before is not read again.
        let from = self.clause.min(e.span.start);
        let (read_from, read_to, seen) = self.marks_before.get();
        let mut listed = if read_from == from && read_to <= e.span.start {
            seen || marks(read_to, e.span.start)
        } else {
            marks(from, e.span.start)
        };
        self.marks_before.set((from, e.span.start, listed));
        let mut close = None;
        for (k, c) in text[e.span.end..ceil_boundary(text, end)].char_indices() {
            // A Han character (most of them) ends no clause.
            let han = matches!(c, '\u{4e00}'..='\u{9fff}');
            if !han && (is_clause_sep(c) || is_sentence_end(c) || c == '\n') {
                return false;
            }
            let at = e.span.end + k;
            if words::has_char(List::EnumerationMark, c) {
                listed = true;
            } else if listed && words::prefix_in(List::EnumerationClose, &text[at..]).is_some() {
                close = Some(at);
                break;
            }
        }
        let Some(p) = close else {
            return false;
        };
        // A goal word within a few word characters after 等.
        let mut q = p + text[p..].chars().next().map_or(1, char::len_utf8);
        let mut goal = None;
        for _ in 0..LISTED_GOAL_CHARS {
            let Some(c) = text[q..]
                .chars()
                .next()
                .filter(|&c| metric::is_word_char(c))
            else {
                break;
            };
            if let Some((w, roles)) =
                self.lex
                    .starting(text, q, end, &[Role::Target, Role::Forecast, Role::NotCue])
            {
                goal = (roles.has(Role::Target) && !roles.has(Role::NotCue)).then_some(w);
                break;
            }
            q += c.len_utf8();
        }
        goal.is_some() && !self.done_before(e)
    }

    /// True when `at` is inside a clause naming the base of a computation,
    /// opened by 以 and closed by 为基数 (`以公司2022年3月31日总股本888,276,131股
    /// 为基数`): a rule parameter, whose figures are actual and whose time
    /// dates that clause only.
    /// True when time `i` opens its clause, after a figure of the sentence,
    /// and a report word and a change verb follow it (`1—6月份为下降0.3%`):
    /// the change of an earlier period, given for comparison.
    fn earlier_change_clause(&self, i: usize) -> bool {
        let (text, e) = (self.text, &self.entities[i]);
        text[self.clause.min(e.span.start)..e.span.start]
            .trim()
            .is_empty()
            && self
                .out
                .last()
                .is_some_and(|f| f.figure.span.start >= self.sentence)
            && self
                .lex
                .starting(text, e.span.end, text.len(), &[Role::Report])
                .is_some_and(|(w, _)| {
                    self.lex
                        .starting(text, e.span.end + w.len(), text.len(), &[Role::Change])
                        .is_some()
                })
    }

    fn in_base_clause(&self, at: usize) -> bool {
        let text = self.text;
        let head = text[self.clause.min(at)..at].trim_start();
        if words::prefix_in(List::BaseOpen, head).is_none() {
            return false;
        }
        let end = floor_boundary(text, (at + BASE_CLAUSE_BYTES).min(text.len()));
        let rest = &text[at..end];
        // The clause's end; a comma between digits groups a number
        // (888,276,131股).
        let b = rest.as_bytes();
        let rest = rest
            .char_indices()
            .find(|&(k, c)| {
                let grouping = c == ','
                    && k > 0
                    && b[k - 1].is_ascii_digit()
                    && b.get(k + 1).is_some_and(u8::is_ascii_digit);
                !grouping && (is_clause_sep(c) || is_sentence_end(c) || c == '\n')
            })
            .map_or(rest, |(k, _)| &rest[..k]);
        words::list(List::BaseClose)
            .iter()
            .any(|w| has_word(rest, w))
    }

    /// Whether figure `e` is bounded and qualifies a noun through 的
    /// (`投资过500万元的重点技改项目`, `厚度低于0.01毫米的地膜`, a quoted name
    /// too: `100公顷以上的“绿心”公园`): a rule parameter or the class of the
    /// things a plan counts, no goal.
    fn bound_qualifier(&self, e: &Entity) -> bool {
        !matches!(e.bound, Bound::Exact | Bound::Approx | Bound::Level)
            && self.text[e.span.end..]
                .strip_prefix(metric::LINKS[0])
                .and_then(|r| r.chars().next())
                .is_some_and(|c| metric::is_word_char(c) || c == metric::PAIRS[0].0)
    }

    /// True when figure `e` is in a task assigned to units: its line closes
    /// with a responsibility bracket (`新增城镇就业4.3万人(牵头单位:市人社局)`,
    /// `地区生产总值增长5%以上,…。(市发改委、市财政局主办)`), or its sentence
    /// closes its line announcing a list (`2024年我市实施47项民生实事,具体安排
    /// 如下。`) whose first lines below hold such a task. A list of tasks is a
    /// plan: its figures are targets.
    fn assigned_task(&self, e: &Entity) -> bool {
        let text = self.text;
        if self.bound_qualifier(e) {
            return false;
        }
        let at = e.span.start;
        // The line read last holds most figures: no look-up of its ends.
        let (start, end) = match self.task_line.get() {
            Some(l) if l.start <= at && at < l.end => (l.start, l.end),
            _ => (
                self.lines.before(at).map_or(0, |b| b + 1),
                self.lines.next(at).unwrap_or(text.len()),
            ),
        };
        // (The cheap test first: most lines end with no bracket.)
        let closed = |s: usize, e: usize| {
            text[s..e]
                .trim_end()
                .trim_end_matches(|c| is_sentence_end(c) || is_clause_sep(c))
                .ends_with([')', '\u{FF09}'])
                && crate::policy::responsible::closes_line(text, s, e)
        };
        // A line closed by a labelled clause of units (`…,责任单位为区发改委;`)
        // is a task too.
        let labelled =
            |s: usize, e: usize| crate::policy::responsible::closes_line_with_label(text, s, e);
        let mut line = match self.task_line.get() {
            Some(l) if l.start == start => l,
            _ => TaskLine {
                start,
                end,
                closed: closed(start, end) || labelled(start, end),
                closing: announcing_close(text, start, end),
                followed: None,
            },
        };
        self.task_line.set(Some(line));
        if line.closed {
            // A count of what is already there (`拓展外环绿带已建成14个公园的
            // 功能`: 已 and a verb right before the figure) is the state the
            // task starts from, no goal.
            return !self.done_right_before(e);
        }
        // The figure stands in the line's closing sentence, which announces
        // a list (`…具体安排如下。`). (A figure written across a line break
        // has no sentence of its own.)
        let Some((before, fin, shortest)) = line.closing else {
            return false;
        };
        if before.is_some_and(|b| b >= e.span.end)
            || e.span.end > fin
            || fin - e.span.end < shortest
        {
            return false;
        }
        if let Some(followed) = line.followed {
            return followed;
        }
        let mut followed = false;
        let mut s = end;
        for _ in 0..TASK_LINES {
            if s >= text.len() {
                break;
            }
            let ls = s + 1;
            let le = self.lines.next(ls).unwrap_or(text.len());
            if closed(ls, le) {
                followed = true;
                break;
            }
            s = le;
        }
        line.followed = Some(followed);
        self.task_line.set(Some(line));
        followed
    }

    /// True when figure `e` is the rate of a rule: 按 before it and 标准
    /// after it in its clause (`对符合条件的毕业生按1500元/人的标准发放求职创业补贴`,
    /// `按照平均每年每院5万元的标准给予补助`), a rule parameter.
    fn rule_rate(&self, e: &Entity) -> bool {
        let text = self.text;
        let from = self.clause.min(e.span.start);
        let end = floor_boundary(text, (e.span.end + BASE_CLAUSE_BYTES).min(text.len()));
        let stop = clause_stop(text.as_bytes(), e.span.end, end);
        // (The few characters after the figure first: most have no 标准.)
        if self.no_rate_close.get().covers(e.span.end, stop) {
            return false;
        }
        if !words::list(List::StandardClose)
            .iter()
            .any(|w| has_word(&text[e.span.end..stop], w))
        {
            self.no_rate_close.set(Unfound {
                from: e.span.end,
                stop,
            });
            return false;
        }
        words::list(List::StandardOpen)
            .iter()
            .any(|w| has_word(&text[from..e.span.start], w))
    }

    /// The words after the 标准 of a rule's rate ([`Pass::rule_rate`]) to
    /// its clause's end, a few characters after the figure
    /// (`按照平均每年每院5万元的标准给予补助` → `给予补助`): what the rule
    /// grants, its verb left to [`metric::after_act`].
    fn rate_object(&self, e: &Entity) -> Option<Span> {
        if !self.rule_rate(e) {
            return None;
        }
        let text = self.text;
        let end = floor_boundary(text, (e.span.end + BASE_CLAUSE_BYTES).min(text.len()));
        let stop = clause_stop(text.as_bytes(), e.span.end, end);
        let (k, w) = words::list(List::StandardClose)
            .iter()
            .filter_map(|w| text[e.span.end..stop].find(w).map(|k| (k, w)))
            .min()?;
        if text[e.span.end..e.span.end + k].chars().count() > RATE_GAP_CHARS {
            return None;
        }
        let (s, t) = metric::trim(text, e.span.end + k + w.len(), stop);
        (text[s..t].chars().count() >= 2).then(|| Span::new(s, t))
    }

    /// The date of the line right above `at` when it is a caption: a line
    /// whose only entities are dates or periods
    /// (`2016年全区生产总值及增长速度`).
    fn caption_time(&self, at: usize) -> Option<usize> {
        let above = self.text[..at.saturating_sub(1)]
            .rfind('\n')
            .map_or(0, |k| k + 1);
        let mut first = None;
        // (The entities are in text order: those of the line above from a
        // search, not a walk from the text's first.)
        let lo = self.entities.partition_point(|e| e.span.start < above);
        for (k, e) in self.entities.iter().enumerate().skip(lo) {
            if e.span.start >= at {
                break;
            }
            if !matches!(e.kind, Kind::Date | Kind::Period) {
                return None;
            }
            first = first.or(Some(k));
        }
        first
    }

    /// The time of the innermost section that has one.
    fn section_time(&self) -> Option<usize> {
        self.sections.iter().rev().find_map(|h| h.time)
    }

    /// The status of the innermost section that has a cue.
    fn section_status(&self) -> Status {
        self.sections
            .iter()
            .rev()
            .map(|h| h.status)
            .find(|s| *s != Status::Actual)
            .unwrap_or_default()
    }

    fn new_paragraph(&mut self, at: usize) {
        // A paragraph opened by 同时 right under a line whose last figure is
        // a goal (`…增加值总量冲刺150亿元。` then `同时,城区建成区面积达到
        // 20平方公里`) adds goals to that plan: its figures are targets
        // (of no time: the plan's time stays with its paragraph).
        let adds_goals = self.out.last().is_some_and(|f| {
            f.status == Status::Target
                && f.figure.span.end <= at
                && !self.text[f.figure.span.end..at].trim_end().contains('\n')
        }) && words::prefix_in(List::ParaContinuing, self.text[at..].trim_start())
            .is_some();
        self.para = at;
        self.para_time = None;
        self.para_time_inside = false;
        self.first_sentence = true;
        self.deadline = false;
        self.para_cue = if adds_goals {
            Status::Target
        } else {
            Status::Actual
        };
        self.plan_para = false;
        self.plan_colon = false;
        self.prev = None;
        self.recent.clear();
        self.recent_parts.clear();
        self.pending_time = None;
        self.sentence_start(at);
    }

    /// Reads the text between the last entity and byte `to`: boundaries and
    /// status cues. `next` is the index of the entity at `to`.
    fn gap(&mut self, to: usize, next: usize) {
        let from = self.scanned;
        if to <= from {
            return;
        }
        // Boundaries are ASCII or the forms 。(E3 80 82) and ！？，；：
        // (EF BC xx): searches for those skip everything else.
        let bytes = self.text.as_bytes();
        let mut i = from;
        while let Some(at) = self.bounds.next(i, to) {
            i = at;
            match bytes[i] {
                b'\n' => {
                    // A label alone on its line above the figure's line
                    // (`地区生产总值` then `2856.3亿元`): one clause.
                    // (The cheap test first: a label's line is short.)
                    if i < self.para + LABEL_BYTES && self.label_line(self.para, next) == Some(i) {
                        i += 1;
                        continue;
                    }
                    // A line broken after a comma (`…年均增长5.2%,` then
                    // `十年增加近70万亿元`) goes on with its sentence.
                    // So does a label under a line that is only a figure
                    // (`2856.3亿元` then `地区生产总值`): it names that figure.
                    if self.is_caption(i + 1, next)
                        || (self.figure_above(i + 1, next) && self.label_end(i + 1, next).is_some())
                        || self.text[..i]
                            .trim_end_matches([' ', '\r'])
                            .ends_with([',', '\u{FF0C}'])
                    {
                        self.clause_start(i + 1);
                    } else {
                        self.paragraph_start(i + 1, next);
                    }
                }
                b'!' | b'?' => self.sentence_end(i + 1, next),
                b':' => self.colon(i, i + 1),
                b',' => self.clause_start(i + 1),
                b';' => self.item_start(i, i + 1),
                b0 if i + 2 < bytes.len() => match (b0, bytes[i + 1], bytes[i + 2]) {
                    (0xE3, 0x80, 0x82) | (0xEF, 0xBC, 0x81 | 0x9F) => {
                        self.sentence_end(i + 3, next)
                    }
                    (0xEF, 0xBC, 0x9A) => self.colon(i, i + 3),
                    (0xEF, 0xBC, 0x8C) => self.clause_start(i + 3),
                    (0xEF, 0xBC, 0x9B) => self.item_start(i, i + 3),
                    _ => {}
                },
                _ => {}
            }
            i += 1;
        }
        self.scanned = to;
    }

    /// A `;` at `at` opens a list item at `after`. A goal cue set inside an
    /// item after the sentence's first (`…占年计划投资的72%;计划新开工…,
    /// 年度计划投资194.54亿元;预备项目188项`) holds for that item only: the
    /// next item is read from the cue the sentence had before it. A cue of
    /// the first item (`今年力争…增长6%;规上工业增加值增长8%`) goes on, and
    /// so does a forecast word (`…预计4.6万元,增长10%;城镇登记失业率为2.3%`).
    fn item_start(&mut self, at: usize, after: usize) {
        self.cues(at);
        if self.item > self.sentence
            && self.item_cue == Status::Actual
            && self.cue == Status::Target
        {
            self.cue = Status::Actual;
        }
        self.item = after;
        self.item_cue = self.cue;
        self.clause_start(after);
    }

    /// A colon at `at` opens a clause at `after`; a goal word before it
    /// (`主要预期目标是:`) makes the rest of the paragraph targets.
    fn colon(&mut self, at: usize, after: usize) {
        self.cues(at);
        // A deadline is a goal cue too (`到2025年,全市…主要指标如下:`).
        // So does the name of a list of the year's tasks for the people
        // (`2023年为民办实事项目主要包括:建设30家…`): its items are a plan.
        if self.cue == Status::Target || self.deadline {
            self.para_cue = Status::Target;
            self.plan_colon = false;
        } else if self.introduces_plan_list(at) {
            self.para_cue = Status::Target;
            self.plan_colon = true;
        } else if self.leads_goal_list(at) {
            self.para_cue = Status::Target;
            self.plan_colon = false;
        }
        self.clause_start(after);
    }

    /// Whether the sentence up to the colon at `at` names a list of goals
    /// (指标, 安排, 草案 …) for a year later than any the text named before
    /// it outside cited titles (`2020年,全市上下…` then `…提出了2021年…指标
    /// 体系安排,具体为:`), with no word of a review (完成情况, 执行, 以来):
    /// the items after the colon are that year's goals.
    fn leads_goal_list(&mut self, at: usize) -> bool {
        let text = self.text;
        let body = &text[self.sentence..at];
        if !words::list(List::GoalListNoun)
            .iter()
            .any(|w| has_word(body, w))
            || words::list(List::ReviewLead)
                .iter()
                .any(|w| has_word(body, w))
        {
            return false;
        }
        let first = self
            .entities
            .partition_point(|x| x.span.start < self.sentence);
        let last = self.entities.partition_point(|x| x.span.start < at);
        let Some(year) = self.entities[first..last]
            .iter()
            .filter(|e| !in_title(&text[..e.span.start]))
            .filter_map(whole_year)
            .max()
        else {
            return false;
        };
        for e in &self.entities[self.years_read.min(first)..first] {
            if let Some(y) = year_of(e).filter(|_| !in_title(&text[..e.span.start])) {
                self.latest_year = Some(self.latest_year.map_or(y, |l| l.max(y)));
            }
        }
        self.years_read = self.years_read.max(first);
        self.latest_year.is_some_and(|l| year > l)
    }

    /// Whether no cue word (预计, 目标 …; markers of the future aside) of
    /// the sentence before `to` gives a status. The words before the first
    /// character that may start one are read once for the sentence.
    fn no_cue_before(&mut self, to: usize) -> bool {
        let (sentence, quiet) = self.forecast_quiet;
        let quiet = if sentence == self.sentence && quiet <= to {
            quiet
        } else {
            self.sentence
        };
        let quiet = quiet_until(self.lex, self.text, quiet, to);
        self.forecast_quiet = (self.sentence, quiet);
        cue_words_status_at(
            self.lex,
            self.text,
            self.sentence,
            quiet,
            to,
            Status::Actual,
            false,
            &mut HeldBasis::default(),
        ) == Status::Actual
    }

    /// Reads the status cues (预计, 力争, 目标 …) of the sentence up to
    /// byte `to`, once: only sentences with a figure are read.
    fn cues(&mut self, to: usize) {
        let from = self.cue_scanned.max(self.sentence);
        if from < to {
            self.cue = cue_words_status(
                self.lex,
                self.text,
                from,
                to,
                self.cue,
                true,
                &mut self.held,
            );
        }
        self.cue_scanned = self.cue_scanned.max(to);
    }

    /// A sentence ends before `after`; `next` is the index of the first
    /// entity at or after it. An outline heading may follow on the same
    /// line (a document whose lines were joined): it opens a section and a
    /// paragraph.
    fn sentence_end(&mut self, after: usize, next: usize) {
        if let Some(h) = heading::inline(self.lex, self.text, self.entities, after, next) {
            self.open_section(h);
            self.new_paragraph(h.end);
            return;
        }
        self.goal_reference(after);
        self.goal_announcement(after);
        if let Some(t) = self.pending_time.take() {
            // (Set only before the paragraph's first figure, in a later
            // sentence: it dates the paragraph while no figure is read.)
            if self.prev.is_none() {
                self.para_time = Some(t);
            }
        }
        // A run-in outline title opening the line (`（三）发展目标。到2025年，…`)
        // is a heading: the text after it opens the section's first
        // paragraph, so a time opening it dates that paragraph.
        if self.first_sentence {
            let first = partition_near(self.entities, next, |x| x.span.start < self.para);
            if let Some(h) =
                heading::run_in(self.lex, self.text, self.entities, self.para, after, first)
            {
                self.open_section(h);
                self.new_paragraph(after);
                return;
            }
        }
        // A paragraph opened by a plan for a time to come (`今年,白云区将
        // 新建4个…。农村“五治”方面,盘活…`) goes on with that plan in the
        // sentences that name no subject of their own.
        if self.first_sentence
            && self.cue == Status::Target
            && (words::prefix_in(List::FutureLead, self.text[self.sentence..].trim_start())
                .is_some()
                || self.subject_plans(after))
        {
            self.plan_para = true;
        }
        self.first_sentence = false;
        let time = self.time;
        let as_of = self.as_of;
        let cue = self.cue;
        // The sentence states only rates (`从环比速度看,7月份…增长0.43%`): a
        // 其中 sentence opening with an amount (`其中,民间固定资产投资210267亿元`)
        // is a part of a total stated before it, not of that sentence (a
        // forecast's `增幅均超过20%` still announces the parts it details).
        let rates_only = {
            let mut own = self
                .out
                .iter()
                .rev()
                .take_while(|f| f.figure.span.start >= self.sentence)
                .peekable();
            own.peek().is_some() && own.all(|f| f.measure == Measure::Change)
        };
        let amount_next = self.entities.get(next).is_some_and(|e| {
            matches!(
                e.kind,
                Kind::Money | Kind::Count | Kind::Quantity | Kind::Number
            )
        });
        let details_before = !(rates_only && amount_next);
        self.sentence_start(after);
        // A 其中 sentence after a goal (`今年，白云区将新建4个…。其中，全年
        // 新建停车场2个，…`) details that goal: its figures keep the status.
        // It details that sentence's statement, so it keeps its own time
        // too (`据…预测,今年前三季度…。其中,实现工业总产值688.4亿元`), over
        // the paragraph's statement of the same period.
        let kept_goal = cue != Status::Actual
            && words::prefix_in(List::Continuing, self.text[after..].trim_start()).is_some();
        if kept_goal {
            self.cue = cue;
        }
        // A 其中 sentence under a 截至 date (`截至8月底，各项存款余额…。其中
        // 住户存款余额…`) details stocks at that date: it keeps the date.
        if as_of.is_some()
            && words::prefix_in(List::Continuing, self.text[after..].trim_start()).is_some()
        {
            self.as_of = as_of;
        }
        // A sentence opening with 其中 details the one before: it keeps
        // that sentence's own time (`单5月,…。其中,出口…`) over the
        // paragraph's; without a paragraph time it has none (the time of a
        // later sentence dates that sentence only).
        // When both name the same period (`今年前三季度，…。前三季度，…。
        // 其中，…`), the paragraph's statement of it stays.
        // (Not a 截至 date: only the stocks keep it, above.)
        if let Some(t) = time.filter(|&t| {
            as_of != Some(t)
                && (kept_goal || details_before)
                && self.para_time.is_some_and(|p| {
                    kept_goal || !same_period(&self.entities[p], &self.entities[t])
                })
                && words::prefix_in(List::Continuing, self.text[after..].trim_start()).is_some()
        }) {
            self.time = Some(t);
        }
    }

    /// A sentence without figures ending before `after` that refers back to
    /// goals set (`围绕上述目标，重点抓好以下工作。`): the rest of the
    /// paragraph, and the rest of its top-level section, is their plan,
    /// targets.
    fn goal_reference(&mut self, after: usize) {
        // The first reference in the sentence; the sentence's figures, if
        // any, come after it (`为实现上述目标,…做好以下九方面工作:`).
        let reference = {
            let from = self.goal_refs.partition_point(|&(s, _)| s < self.sentence);
            self.goal_refs[from..]
                .iter()
                .take_while(|&&(s, _)| s < after)
                .find(|&&(_, e)| e <= after)
                // A reference closing its sentence (`…作政府工作报告时提出
                // 上述目标。`) says who set the goals: it leads no work.
                .filter(|&&(_, e)| self.text[e..after].chars().any(char::is_alphanumeric))
                .map(|&(s, _)| s)
        };
        if self.sentence < after
            && reference.is_some_and(|r| {
                self.out
                    .iter()
                    .rev()
                    .take_while(|f| f.figure.span.start >= self.sentence)
                    .all(|f| f.figure.span.start > r)
            })
        {
            self.open_goals(after);
        }
    }

    /// A sentence without figures ending before `after` that names a span
    /// of years to come and closes with a goal noun, no word of a review in
    /// it (`我们对今后五年的发展提出了细化量化、可观可感的具体目标。`),
    /// announces goals: the text after it spells them out, targets, as
    /// after a reference to goals set.
    fn goal_announcement(&mut self, after: usize) {
        if self.sentence >= after
            || self
                .out
                .last()
                .is_some_and(|f| f.figure.span.start >= self.sentence)
        {
            return;
        }
        let body =
            self.text[self.sentence..after].trim_end_matches(|c: char| !metric::is_word_char(c));
        let has = |l: List| words::list(l).iter().any(|w| has_word(body, w));
        if words::suffix_in(List::GoalClose, body).is_some()
            && has(List::GoalSpan)
            && !has(List::ReviewLead)
        {
            self.open_goals(after);
        }
    }

    /// The rest of the paragraph, and of its top-level section, are the
    /// plan of goals set before `after`: targets.
    fn open_goals(&mut self, after: usize) {
        self.para_cue = Status::Target;
        // Open without closing: the next top-level outline heading
        // (`三、…`) or a marked one closes it.
        if !self
            .sections
            .iter()
            .any(|h| h.level == 1 && h.status == Status::Target && !h.list)
        {
            self.sections.push(Heading {
                level: 1,
                time: None,
                status: Status::Target,
                captions: false,
                end: after,
                list: false,
                goal_name: false,
                plain: false,
            });
        }
    }

    /// True when the line starting at `at` is a label of an infographic
    /// (`地区生产总值`, `居民消费价格指数(CPI)`: word characters and
    /// brackets, no figure, no outline marker) and the next line opens with
    /// figure `next` (`2856.3亿元`, `同比增长5.2%`): the label names it.
    /// Not under a line that is only a figure, which the label names
    /// ([`Pass::label_below`]). The end of the label's line when it is one.
    fn label_line(&self, at: usize, next: usize) -> Option<usize> {
        let text = self.text;
        // The figure test first: it settles most lines.
        let e = self.entities.get(next).filter(|e| is_figure(e.kind))?;
        let end = self.label_end(at, next)?;
        if e.span.start <= end || self.figure_above(at, next) {
            return None;
        }
        // The figure opens the next line, after a bound word or its verb
        // of change and a basis at most.
        let ls = end + 1;
        let lead = text[ls..e.span.start].trim();
        (!lead.contains('\n')
            && (lead.chars().count() <= 1
                || e.change().is_some_and(|c| c.trigger.start >= ls) && self.is_caption(ls, next))
            && self.figures_only(next))
        .then_some(end)
    }

    /// True when the rest of the line after figure `next` holds only
    /// figures, their verbs of change and basis words (`2856.3亿元`,
    /// `38562元 增长4.6%`), no words of its own (`50%以上的县实现全覆盖`).
    fn figures_only(&self, next: usize) -> bool {
        let text = self.text;
        let Some(e) = self.entities.get(next) else {
            return false;
        };
        let le = self.lines.next(e.span.end).unwrap_or(text.len());
        let line: Vec<&Entity> = self.entities[next..]
            .iter()
            .take_while(|x| x.span.start < le)
            .collect();
        let covered = |at: usize| {
            line.iter().any(|x| {
                x.span.range().contains(&at)
                    || x.change().is_some_and(|c| c.trigger.range().contains(&at))
            })
        };
        let mut at = e.span.end;
        while at < le {
            let Some(c) = text[at..le].chars().next() else {
                break;
            };
            if metric::is_word_char(c) && !covered(at) {
                match self.lex.starting(text, at, le, &[Role::Basis]) {
                    Some((w, _)) => {
                        at += w.len();
                        continue;
                    }
                    None => return false,
                }
            }
            at += c.len_utf8();
        }
        true
    }

    /// The end of the line starting at `at` when it is a label: 2 to
    /// [`LABEL_CHARS`] word characters or brackets, no outline marker, no
    /// entity (`next` is the first entity at or after `at`).
    fn label_end(&self, at: usize, next: usize) -> Option<usize> {
        let text = self.text;
        let end = match self.lines.next(at) {
            Some(k) => (k < at + LABEL_BYTES).then_some(k),
            None => (text.len() <= at + LABEL_BYTES).then_some(text.len()),
        }?;
        // The entity tests first: they settle most lines without reading
        // the label's characters.
        if !(self.entities.get(next).is_none_or(|e| e.span.start >= end)
            && next
                .checked_sub(1)
                .is_none_or(|k| self.entities[k].span.end <= at))
        {
            return None;
        }
        let label = text[at..end].trim();
        ((2..=LABEL_CHARS).contains(&label.chars().count())
            && label.chars().all(|c| {
                metric::is_word_char(c)
                    || [metric::PAIRS[1], metric::PAIRS[2]]
                        .iter()
                        .any(|&(o, x)| c == o || c == x)
            })
            && crate::policy::opening_marker(label).is_none())
        .then_some(end)
    }

    /// True when the line before the one starting at `at` is only a figure
    /// (`2856.3亿元` above `地区生产总值`). `next` is the first entity at or
    /// after `at`.
    fn figure_above(&self, at: usize, next: usize) -> bool {
        let text = self.text;
        let Some(le) = text[..at].strip_suffix('\n').map(str::len) else {
            return false;
        };
        // A line that is only a figure is short: look back for its start
        // within [`FIGURE_LINE_BYTES`] (a search back over every long line
        // of prose cost the pass a tenth of its instructions).
        let from = le.saturating_sub(FIGURE_LINE_BYTES);
        let ls = match self.lines.before(le) {
            Some(k) if k >= from => k + 1,
            None if from == 0 => 0,
            _ => return false,
        };
        // The first entity at or after `ls`: back from `next` over the
        // entities of that short line (a search of every entity cost more).
        let mut k = next.min(self.entities.len());
        while k > 0 && self.entities[k - 1].span.start >= ls {
            k -= 1;
        }
        self.entities.get(k).is_some_and(|e| {
            is_figure(e.kind)
                && e.span.end <= le
                && text[ls..e.span.start].trim().is_empty()
                && text[e.span.end..le].trim().is_empty()
        })
    }

    /// The label on the line below figure `i` when the figure is alone on
    /// its line (`2856.3亿元` above `地区生产总值`): it names the figure.
    fn label_below(&self, i: usize) -> Option<Span> {
        let text = self.text;
        let e = &self.entities[i];
        let ls = self.lines.before(e.span.start).map_or(0, |k| k + 1);
        let le = self.lines.next(e.span.end)?;
        if !text[ls..e.span.start].trim().is_empty() || !text[e.span.end..le].trim().is_empty() {
            return None;
        }
        let end = self.label_end(le + 1, i + 1)?;
        let (s, t) = metric::trim(text, le + 1, end);
        (s < t).then(|| Span::new(s, t))
    }

    /// True when the line starting at `at` holds only a figure with its
    /// change words (an infographic caption), which continues the line
    /// before it. `next` is the first entity at or after `at`.
    fn is_caption(&self, at: usize, next: usize) -> bool {
        let text = self.text;
        // A line that is only the compared period's value in brackets
        // (`(2022年12月31日:3.00港仙)。` under the year's dividend).
        if at > 0
            && self.bracket_comparative(next + 1)
            && self
                .entities
                .get(next)
                .is_some_and(|d| metric::trim(text, at, d.span.start).0 + 3 >= d.span.start)
        {
            return true;
        }
        let Some(e) = self.entities.get(next) else {
            return false;
        };
        if e.span.start > at + 120 || at == 0 || self.para == at {
            return false;
        }
        let line_end = self.lines.next(at).unwrap_or(text.len());
        if line_end - at > 120 {
            return false;
        }
        if !is_figure(e.kind) || e.span.end > line_end {
            return false;
        }
        if self
            .entities
            .get(next + 1)
            .is_some_and(|n| n.span.start < line_end)
        {
            return false;
        }
        let trigger = e.change().map(|c| c.trigger);
        let mut words = String::new();
        for (i, c) in text[at..line_end].char_indices() {
            let pos = at + i;
            if e.span.range().contains(&pos) || trigger.is_some_and(|t| t.range().contains(&pos)) {
                continue;
            }
            if metric::is_word_char(c) {
                words.push(c);
            }
        }
        // Nothing but the figure, its verb and a basis.
        trigger.is_some()
            && (words.is_empty()
                || self
                    .lex
                    .starting(&words, 0, words.len(), &[Role::Basis])
                    .is_some_and(|(w, _)| w.len() == words.len()))
    }

    /// Whether figure `i` is the compared period's value in brackets after
    /// a reported one (`(2022年:每股0.20港元)`, `（2022年：3.00港仙）`): the
    /// bracket opens with a date or period and a colon, the figure follows
    /// with at most a per-share filler, and the bracket closes after it.
    fn bracket_comparative(&self, i: usize) -> bool {
        let text = self.text;
        let (Some(e), Some(d)) = (
            self.entities.get(i),
            i.checked_sub(1).and_then(|k| self.entities.get(k)),
        ) else {
            return false;
        };
        if !is_figure(e.kind) || !matches!(d.kind, Kind::Date | Kind::Period) {
            return false;
        }
        let pairs = [metric::PAIRS[1], metric::PAIRS[2]];
        let Some(&(_, close)) = pairs
            .iter()
            .find(|(open, _)| text[..d.span.start].ends_with(*open))
        else {
            return false;
        };
        let between = &text[d.span.end..e.span.start];
        let Some(rest) = between
            .strip_prefix(':')
            .or_else(|| between.strip_prefix('\u{ff1a}'))
        else {
            return false;
        };
        let rest = rest.trim();
        (rest.is_empty()
            || self
                .lex
                .starting(rest, 0, rest.len(), &[Role::Filler])
                .is_some_and(|(w, _)| w.len() == rest.len()))
            && text[e.span.end..].starts_with(close)
    }

    /// The last `n` indicators of the paragraph's facts, one for each run of
    /// facts with one metric and different measures (a level and its rate),
    /// in order, past the parts named in a 其中 clause (details of the fact
    /// before, no items of a summary after them); none unless all differ
    /// and there are as many. (Two figures of one measure under one metric,
    /// `城乡常住居民人均可支配收入33618元和16503元`, are a list of their own.)
    fn recent_indicators(&self, n: usize) -> Option<Vec<Metric>> {
        let text = self.text;
        let mut runs: Vec<(Metric, Vec<Measure>)> = Vec::new();
        for (m, &(part, measure)) in self.recent.iter().zip(&self.recent_parts) {
            let m = m.as_ref()?;
            if part {
                continue;
            }
            match runs.last_mut() {
                Some((p, ms)) if p.text(text) == m.text(text) => {
                    if ms.contains(&measure) {
                        return None;
                    }
                    ms.push(measure);
                }
                _ => runs.push((m.clone(), vec![measure])),
            }
        }
        let last = runs.get(runs.len().checked_sub(n)?..)?;
        last.iter()
            .enumerate()
            .all(|(k, (m, _))| last[..k].iter().all(|(p, _)| p.text(text) != m.text(text)))
            .then(|| last.iter().map(|(m, _)| m.clone()).collect())
    }
    /// Whether `m`, the words before a figure, is a place alone inside an
    /// aside of the sentence opened by 其中 (`(其中海淀区77部、朝阳区…`).
    fn aside_place(&self, m: Span) -> bool {
        let text = self.text;
        // The figures of a sentence come in order: the words read for the
        // metric before are not read again.
        let from = self.sentence.min(m.start);
        let (read_from, read_to, mut open, mut closed) = self.aside_open.get();
        let read = if read_from == from && read_to <= m.start {
            read_to
        } else {
            (open, closed) = (None, false);
            from
        };
        // Stepped over on the lead bytes: only a character led by a
        // bracket's first byte is decoded (most are Han characters).
        let b = text.as_bytes();
        let mut k = read;
        while k < m.start {
            let x = b[k];
            if ASIDE_LEADS.contains(&x) {
                let c = text[k..].chars().next().unwrap_or_default();
                if c == metric::PAIRS[1].0 || c == metric::PAIRS[2].0 {
                    (open, closed) = (Some(k), false);
                } else if c == metric::PAIRS[1].1 || c == metric::PAIRS[2].1 {
                    closed = true;
                }
            }
            k += match x {
                0..0x80 => 1,
                0x80..0xE0 => 2,
                0xE0..0xF0 => 3,
                _ => 4,
            };
        }
        self.aside_open.set((from, m.start, open, closed));
        let Some(open) = open.filter(|_| !closed) else {
            return false;
        };
        let inner = &text[open..m.start];
        let Some(c) = inner.chars().next() else {
            return false;
        };
        words::prefix_in(List::Continuing, inner[c.len_utf8()..].trim_start()).is_some()
            && metric::is_only_place(self.lex, text, m.start, m.end)
    }

    /// Whether the percent `e` is the part of a plan's task done, its words
    /// the task noun alone and 的 (`完成全年任务的27%`).
    fn task_rate(&self, e: &Entity, m: Span) -> bool {
        e.kind == Kind::Percent
            && e.change().is_none()
            && self
                .text
                .get(m.end..e.span.start)
                .is_some_and(|w| w.trim().strip_prefix(metric::LINKS[0]) == Some(""))
            && words::list(List::SchemeNoun).contains(&&self.text[m.start..m.end])
    }

    /// The name of a compared item written before figure `i` in brackets,
    /// right after the previous fact's figure closed in brackets the same
    /// way and a list separator (`分别高于全省(4.9%)、金华(5.5%)`): the figure is that item's
    /// value of the previous fact's indicator, of its kind.
    fn compared_item(&self, i: usize) -> Option<Span> {
        let text = self.text;
        let e = self.entities.get(i)?;
        let prev = self.out.last()?;
        let (open, close) = [metric::PAIRS[1], metric::PAIRS[2]]
            .into_iter()
            .find(|(o, c)| {
                text[..e.span.start].ends_with(*o) && text[e.span.end..].starts_with(*c)
            })?;
        let before = &text[prev.figure.span.end..e.span.start - open.len_utf8()];
        let rest = before.strip_prefix(close)?;
        let sep = crate::lexicon::prefix_in(crate::lexicon::List::MetricSeparator, rest)
            .filter(|w| !w.contains(is_clause_sep))?;
        let item = &rest[sep.len()..];
        let start = e.span.start - open.len_utf8() - item.len();
        (text[..prev.figure.span.start].ends_with(open)
            && (1..=MAX_ITEM_CHARS).contains(&item.chars().count())
            && item.chars().all(metric::is_word_char))
        .then(|| Span::new(start, start + item.len()))
    }

    fn entity(&mut self, i: usize) {
        self.current = i;
        let e = &self.entities[i];
        self.scanned = self.scanned.max(e.span.end);
        if e.span.start < self.skip_to {
            return;
        }
        if let Some(t) = &mut self.table {
            if e.span.start < t.end {
                // Only value cells give facts; row numbers and labels none.
                if let Some(cell) = t.cell_at(e.span.start).cloned() {
                    if is_figure(e.kind) {
                        self.cell_fact(i, cell);
                    }
                }
                return;
            }
            self.table = None;
        }
        match e.kind {
            Kind::Date | Kind::Period => self.time_entity(i),
            Kind::Duration => {
                // 利用3-5年时间: another time frame ends a deadline's reach.
                let head = &self.text[self.clause..e.span.start];
                if words::suffix_in(List::MeansVerb, head).is_some() {
                    self.deadline = false;
                }
            }
            Kind::Ordinal if self.is_rank(e) => self.figure(i),
            k if is_figure(k) => self.figure(i),
            _ => {}
        }
    }

    fn is_rank(&self, e: &Entity) -> bool {
        let t = e.text(self.text);
        t.starts_with(crate::chars::WHOLE)
            || e
                .unit()
                .is_some_and(|u| words::list(List::TopRankMeasure).contains(&u))
            || self
                .lex
                .ending(
                    self.text,
                    self.clause,
                    e.span.start,
                    &[Role::Rank, Role::RankScope],
                )
                // 成为 ranks with a scope only (not `成为首批…`).
                .is_some_and(|(w, _)| !words::list(List::ScopedRankVerb).contains(&w))
            // A clause opened by a rank verb ranks every ordinal of its
            // list (`位居…投资潜力第3、新型城镇化质量第4`).
            || self.clause_ranks(e.span.start)
            || self.ranking_before(e.span.start)
            || self.place_rank(e.span.start, e.span.end)
    }

    /// The thing a rank of size ranks (`欧盟为我国第一大贸易伙伴`: 贸易伙伴):
    /// the noun after the size word, when word characters before a copula
    /// open the rank's words `own..` (a subject: `欧盟为`).
    fn ranked_thing(&self, e: &Entity, own: usize) -> Option<Span> {
        let text = self.text;
        let size = words::prefix_in(List::MajorWord, &text[e.span.end..])?;
        let (s, _) = metric::trim(text, own, e.span.start);
        let words = text.get(s..e.span.start)?;
        let copula = words::list(List::SubjectCopula)
            .iter()
            .filter_map(|w| words.find(w))
            .min()?;
        if copula == 0 || !words[..copula].chars().all(metric::is_word_char) {
            return None;
        }
        metric::after_figure(self.lex, text, e.span.end + size.len())
    }

    /// True when a place name (`广东`, `江苏`) stands right before the
    /// ordinal `to..end` and a rank verb right before it (`深圳成为广东第二个…`,
    /// `居江苏第3`), or a copula before an ordinal of size (`为云南省第三大…`).
    fn place_rank(&self, to: usize, end: usize) -> bool {
        let text = self.text;
        let before = &text[self.clause..to];
        (2..=4).any(|n| {
            let Some((k, _)) = before.char_indices().rev().nth(n - 1) else {
                return false;
            };
            let at = self.clause + k;
            // A subject word is a place too (`美国为我国第三大贸易伙伴`).
            (crate::policy::level::is_place_name(&text[at..to])
                || metric::subject_at(self.lex, text, at, to) == Some(Span::new(at, to)))
                && (self
                    .lex
                    .ending(text, self.clause, at, &[Role::Rank])
                    .is_some()
                    // A copula before the place and an ordinal of size
                    // (`为云南省第三大出口商品`).
                    || words::suffix_in(List::SubjectCopula, &text[self.clause..at]).is_some()
                        && words::prefix_in(List::MajorWord, &text[end..])
                            .is_some_and(|w| text[end + w.len()..].starts_with(metric::is_word_char)))
        })
    }

    /// True when a rank verb of two characters or more (位居, 排名) stands
    /// in the clause before `to` with only rankings between: words and
    /// other ranks (`中国位居全球新能源汽车产销第一`, `稳居中国变电站母线
    /// 保护第一、微机五防系统第二`), no other figure.
    fn ranking_before(&self, to: usize) -> bool {
        let text = self.text;
        let from = self.clause;
        let Some(verb) = text[from..to].char_indices().find_map(|(k, c)| {
            let at = from + k;
            self.lex
                .may_start(c, &[Role::Rank])
                .then(|| self.lex.starting(text, at, to, &[Role::Rank]))
                .flatten()
                .filter(|(w, _)| w.chars().count() >= 2 && at + w.len() < to)
                .map(|(w, _)| at + w.len())
        }) else {
            return false;
        };
        let first = partition_near(self.entities, self.current, |x| x.span.start < verb);
        self.entities[first..]
            .iter()
            .take_while(|x| x.span.start < to)
            .all(|x| x.kind == Kind::Ordinal)
    }

    /// True when a verb of two characters or more (位居, 排名) opens the
    /// clause before `to`, or a one-character one right before the scope
    /// of the ranking (`居全省十七强县市区第一`).
    fn clause_ranks(&self, to: usize) -> bool {
        let text = self.text;
        let at = metric::strip_start(self.lex, text, self.clause, to);
        self.lex
            .starting(text, at, to, &[Role::Rank])
            .is_some_and(|(w, _)| {
                w.chars().count() >= 2
                    || metric::subject_at(self.lex, text, at + w.len(), to)
                        .is_some_and(|s| s.start == at + w.len() && s.end <= to)
            })
    }

    /// True when the entity after time `i` is another time that starts at
    /// or before byte `at` (`今年前4月`, `今年前三季度`: the word after the
    /// year opens the next time).
    fn time_follows(&self, i: usize, at: usize) -> bool {
        self.entities.get(i + 1).is_some_and(|n| {
            matches!(n.kind, Kind::Date | Kind::Period | Kind::Duration)
                && n.span.start >= self.entities[i].span.end
                && n.span.start <= at
        })
    }

    /// The noun after 的 that closes the clause of an amount or quantity
    /// of no change, the object of a verb done (了 right before the figure:
    /// `建设了127万多公里的农村公路。`): two to six word characters, no word
    /// of growth, change or goal, no milestone (`登上了3000美元的新台阶`).
    fn linked_thing(&self, e: &Entity) -> Option<Span> {
        let text = self.text;
        let done = text[..e.span.start]
            .chars()
            .next_back()
            .is_some_and(|c| words::has_char(List::ChangeParticle, c));
        // A number right after a verb of work done (`，培育数以万计的产教
        // 融合型企业，`) measures the noun too.
        let act = e.kind == Kind::Number
            && self
                .lex
                .ending(text, self.own.max(self.clause), e.span.start, &[Role::Act])
                .is_some();
        // So does an amount right after a verb of yielding (`…对公司产生约
        // 5,000 万元的投资收益(非经常性损益),`): the amount yielded.
        let yielded = || {
            words::suffix_in(
                List::YieldVerb,
                text[self.own.max(self.clause)..e.span.start].trim_end(),
            )
            .is_some()
        };
        if !(matches!(e.kind, Kind::Money | Kind::Quantity) && (done || yielded()) || act)
            || e.change().is_some()
        {
            return None;
        }
        let mut n = metric::linked_noun(text, e.span.end)?;
        // The noun may run to twelve characters (`产教融合型企业`).
        n.end += text[n.end..]
            .chars()
            .take_while(|&c| metric::is_word_char(c) && !c.is_ascii_digit())
            .take(LINKED_THING_CHARS - 6)
            .map(char::len_utf8)
            .sum::<usize>();
        // (A bracketed note after the noun, `投资收益(非经常性损益)`, aside.)
        let rest = &text[n.end..];
        let rest = rest
            .strip_prefix(crate::chars::is_open_paren)
            .and_then(|r| r.find(crate::chars::is_close_paren).map(|k| &r[k..]))
            .and_then(|r| r.strip_prefix(crate::chars::is_close_paren))
            .unwrap_or(rest);
        let closes = rest
            .chars()
            .next()
            .is_none_or(|c| is_clause_sep(c) || is_sentence_end(c));
        let noun = &text[n.start..n.end];
        (closes
            && noun.chars().count() >= 2
            && !words::list(List::Milestone)
                .iter()
                .any(|w| has_word(noun, w))
            && self
                .lex
                .starting(
                    text,
                    n.start,
                    n.end,
                    &[Role::Growth, Role::Change, Role::Target, Role::Forecast],
                )
                .is_none())
        .then_some(n)
    }

    /// Whether a milestone word (台阶, 大关) follows figure `e` right away,
    /// or after 的 (`跃升3000万辆台阶`, `登上3000美元的台阶`).
    fn milestone_after(&self, e: &Entity) -> bool {
        let rest = &self.text[e.span.end..];
        let rest = rest.strip_prefix(metric::LINKS[0]).unwrap_or(rest);
        words::list(List::Milestone)
            .iter()
            .any(|w| rest.starts_with(w))
    }

    /// Whether the date `i` is followed by 的 and then right away a figure
    /// (`跃升到2017年的143.43亿元`, `增加到2020年的5000亿元`): the level
    /// reached at that date, not a deadline's.
    fn level_at_date(&self, i: usize) -> bool {
        let e = &self.entities[i];
        self.text[e.span.end..]
            .strip_prefix(metric::LINKS[0])
            .is_some_and(|rest| {
                let at = self.text.len() - rest.len();
                self.entities
                    .get(i + 1)
                    .is_some_and(|n| n.span.start == at && is_figure(n.kind))
            })
    }

    /// Whether the date `i` follows a verb of reporting or reaching and
    /// opens the words of a basis closed by 的 and a multiple
    /// (`达到2012年技术水平的两倍`): the date is the compared period's.
    fn multiple_of_dated(&self, i: usize, head_floor: usize) -> bool {
        let e = &self.entities[i];
        let text = self.text;
        if self
            .lex
            .ending(text, head_floor, e.span.start, &[Role::Report])
            .is_none()
        {
            return false;
        }
        // A verb of recovery (`恢复到2019年的92.3%`): a percent right after
        // the date's 的 is a ratio to that year's level too.
        let recovery =
            words::suffix_in(List::RecoveryVerb, &text[head_floor..e.span.start]).is_some();
        self.entities.get(i + 1).is_some_and(|n| {
            (n.unit() == Some(MULTIPLE)
                || recovery
                    && n.unit() == Some("%")
                    && n.span.start == e.span.end + metric::LINKS[0].len_utf8())
                && n.span.start > e.span.end
                && text[e.span.end..n.span.start].ends_with(metric::LINKS[0])
                && text[e.span.end..n.span.start].chars().count() <= MULTIPLE_BASIS_CHARS
                && text[e.span.end..n.span.start]
                    .chars()
                    .all(metric::is_word_char)
        })
    }

    /// Whether a word closing a comparison (`持平`, `相比`) starts at byte
    /// `at` or after at most two characters of an adverb in the same clause
    /// (`与1-4月基本持平`).
    fn closes_compare(&self, at: usize) -> bool {
        let text = self.text;
        let mut k = at;
        for _ in 0..3 {
            if self
                .lex
                .starting(text, k, text.len(), &[Role::CloseCompare])
                .is_some_and(|(_, r)| r.has(Role::CloseCompare))
            {
                return true;
            }
            match text[k..].chars().next() {
                Some(c) if metric::is_word_char(c) && !c.is_ascii() => k += c.len_utf8(),
                _ => return false,
            }
        }
        false
    }

    /// Whether time `i` lies inside a comparison that opens its clause
    /// (`比我市历史上完成进出口总值最高的2019年增长`), with no figure
    /// between the comparison word and the time and a verb of change right
    /// after it (not a name opened by the word: `比亚迪上半年净利润`).
    fn in_opening_comparison(&self, i: usize) -> bool {
        let text = self.text;
        let e = &self.entities[i];
        let at = e.span.start;
        if self.clause >= at
            || self
                .lex
                .starting(text, e.span.end, text.len(), &[Role::Change])
                .is_none_or(|(_, r)| !r.has(Role::Change))
        {
            return false;
        }
        let s = metric::trim(text, self.clause, at).0;
        if s >= at
            || !self
                .lex
                .starting(text, s, at, &[Role::Compare, Role::NotCompare])
                .is_some_and(|(_, r)| r.has(Role::Compare) && !r.has(Role::NotCompare))
        {
            return false;
        }
        let k = partition_near(&self.entities[..i], i, |x| x.span.start < s);
        !self.entities[k..i].iter().any(|x| is_figure(x.kind))
    }

    fn time_entity(&mut self, i: usize) {
        let e = &self.entities[i];
        let text = self.text;
        let head_floor = self.clause.max(e.span.start.saturating_sub(12));
        let head_floor = ceil_boundary(text, head_floor);
        // A basis (`比2020年增长`, `较2019年`) is never the time.
        let tail = &text[e.span.end..];
        // A time listed after a basis (`较1-2月、1-3月和1-7月回落`).
        let listed_basis = self.basis_end > 0 && self.basis_end <= e.span.start && {
            let gap = text[self.basis_end..e.span.start].trim();
            !gap.contains(is_clause_sep)
                && crate::lexicon::prefix_in(crate::lexicon::List::MetricSeparator, gap)
                    .is_some_and(|w| w.len() == gap.len())
        };
        if listed_basis
            || self
                .lex
                .ending(text, head_floor, e.span.start, &[Role::Compare])
                .is_some()
            // 较去年6月底 (a date of the compared year), 较截至2017年12月31日
            // 止年度 (the date of a compared financial period): the basis too.
            || [Role::BasePeriod, Role::AsOf].into_iter().any(|role| {
                self.lex
                    .ending(text, head_floor, e.span.start, &[role])
                    .is_some_and(|(w, _)| {
                        self.lex
                            .ending(text, head_floor, e.span.start - w.len(), &[Role::Compare])
                            .is_some()
                    })
            })
            || words::prefix_in(List::CompareCloseWord, tail).is_some()
            // 从去年同期90.1%下降至…: a time naming a compared period
            // (同期 after it) as the starting state is the basis of the
            // change (`去年同期确认…` alone dates its figure).
            || (self
                .lex
                .starting(text, e.span.end, text.len(), &[Role::BasePeriod])
                .is_some()
                && words::suffix_in(List::FromState, text[head_floor..e.span.start].trim_end())
                    .is_some())
            // 是去年的1.9倍: the year compared with.
            || (tail.starts_with(metric::LINKS[0])
                && words::suffix_in(List::MultipleCopula, &text[head_floor..e.span.start]).is_some())
            // 达到2012年技术水平的两倍: a multiple of a level reached at
            // that year, the year compared with.
            || self.multiple_of_dated(i, head_floor)
            // 与上年比
            || (tail.starts_with(crate::chars::COMPARE_MARK)
                && words::suffix_in(List::BareCompareOpen, &text[head_floor..e.span.start]).is_some())
            // 与1-6月持平, 同上年相比: a word closing the comparison opened
            // right before the time.
            || (words::suffix_in(List::CompareOpen, &text[head_floor..e.span.start]).is_some()
                && self.closes_compare(e.span.end))
            // 比我市历史上…最高的2019年增长9.8%: a time inside a comparison
            // that opens its clause, no figure between, is its basis.
            || self.in_opening_comparison(i)
        {
            self.basis_end = e.span.end;
            return;
        }
        // A date that opens an aside qualifying a figure (`2300元(2010年不变价)`)
        // dates a price basis, not the text.
        let (paren, wide) = (metric::PAIRS[1], metric::PAIRS[2]);
        if text[head_floor..e.span.start].ends_with([paren.0, wide.0]) && {
            let near = &tail[..tail.char_indices().nth(9).map_or(tail.len(), |(i, _)| i)];
            let aside = near.split([paren.1, wide.1]).next().unwrap_or(near);
            aside.len() < near.len()
                && aside.chars().count() <= 8
                && !aside.is_empty()
                && aside.chars().all(metric::is_word_char)
        } {
            return;
        }
        // The day of a release (`8月21日晚间披露了半年报`) dates no figure.
        if is_day(e) && released(tail) {
            return;
        }
        // A time inside a cited title (`发布了《“十四五”…发展规划》等三个
        // 规划`) is the title's, no time of the text.
        if in_title(&text[self.sentence.min(e.span.start)..e.span.start]) {
            return;
        }
        // A date word with nothing known (年末 alone) names no time.
        if e.kind == Kind::Date
            && e.date().is_some_and(|d| d.is_empty())
            && e.relative_years().is_none()
        {
            return;
        }
        // A text that sets Arabic figures off with spaces (`到 2025 年`):
        // the words before the date end before the spaces.
        let lead_end = head_floor
            + text[head_floor..e.span.start]
                .trim_end_matches(heading::is_line_space)
                .len();
        let as_of = self
            .lex
            .ending(text, head_floor, lead_end, &[Role::AsOf])
            .is_some();
        let deadline = !as_of
            && (self
                .lex
                .ending(text, head_floor, lead_end, &[Role::Deadline])
                // 上升至2016年的32.28%: the 至 of a verb of reaching dates
                // the level reached, no deadline.
                .is_some_and(|(w, _)| {
                    self.lex
                        .ending(text, head_floor, lead_end, &[Role::Change, Role::Report])
                        .is_none_or(|(v, _)| v.len() <= w.len())
                        // 跃升到2017年的143.43亿元: a figure right after the
                        // date's 的 is the level at that date, no deadline.
                        && !self.level_at_date(i)
                })
                || self
                    .lex
                    .starting(text, e.span.end, text.len(), &[Role::DeadlineAfter])
                    // 今年前4月: the word opens a period of the year (the
                    // first months), another time right after it, no
                    // deadline.
                    .is_some_and(|(w, _)| !self.time_follows(i, e.span.end + w.len())));
        if deadline {
            self.deadline = true;
            if let Some(y) = year_of(e) {
                if !self.deadline_years.contains(&y) {
                    self.deadline_years.push(y);
                }
            }
        }
        if as_of {
            self.as_of = Some(i);
        }
        if self.base_restore.is_none() && self.in_base_clause(e.span.start) {
            self.base_restore = Some(self.time);
        }
        if self.bracket_comparative(i + 1) {
            self.bracket_restore = Some(self.time);
        }
        // A period opening a clause that gives the change of an earlier
        // period after a figure of the sentence (`…投资增长0.1%,1—6月份为
        // 下降0.3%;`) dates that clause only: the items after it keep the
        // sentence's time.
        if self.base_restore.is_none() && self.earlier_change_clause(i) {
            self.base_restore = Some(self.time);
        }
        self.time = Some(i);
        // 由2019年的…: the time of the starting state only.
        let from_word = text[head_floor..e.span.start].trim_end();
        // 由“十二五”末的: a position character may close the time.
        let linked_tail = tail.starts_with(metric::LINKS[0])
            || tail.chars().nth(1).is_some_and(|c| {
                c == metric::LINKS[0] && tail.chars().next().is_some_and(char::is_alphabetic)
            });
        self.from_time = (linked_tail
            && words::list(List::FromState)
                .iter()
                .any(|w| from_word.ends_with(w)))
        .then_some(i);
        // The time that opens the paragraph, before any figure: one in the
        // first sentence but the day of an event
        // (`…人大二次会议1月23日上午在世博中心开幕`) unless it opens a clause
        // (`初步核算，前三季度国内生产总值…`); in a later sentence, one that
        // opens a clause of a sentence without figures (`龚正说,去年上海…。`).
        // A time read inside the words of the first sentence (`根据合众思壮
        // 2023年年度财报披露，2023年年度，公司…`) gives way to one opening a
        // later clause before any figure.
        // The time of a starting state (`由“十三五”末的`) dates its value
        // only, never the paragraph.
        let from_state = self.from_time == Some(i);
        if !from_state
            && self.prev.is_none()
            && self.first_sentence
            && self.para_time_inside
            && !deadline
            && self.opens_clause(e.span.start)
        {
            self.para_time = Some(i);
            self.para_time_inside = false;
        } else if !from_state && self.prev.is_none() && self.para_time.is_none() {
            if self.first_sentence && (as_of || !is_day(e) || self.opens_clause(e.span.start)) {
                self.para_time = Some(i);
                // A day opening the sentence (`10月25日,…发布数据显示,2019年
                // 前三季度,…`) is the day of the release: a time opening a
                // later clause before any figure dates the paragraph.
                self.para_time_inside = !as_of && (!self.opens_clause(e.span.start) || is_day(e));
            } else if self.pending_time.is_none() && self.opens_clause(e.span.start) {
                self.pending_time = Some(i);
            }
        } else if !from_state
            && self.prev.is_none()
            && !self.first_sentence
            && !self.para_time_inside
            && self.pending_time.is_none()
            && self.opens_clause(e.span.start)
            && self
                .para_time
                .and_then(|p| whole_year(&self.entities[p]))
                .is_some_and(|p| whole_year(e).is_some_and(|y| y > p))
        {
            // A later sentence before any figure opened by a later year than
            // the paragraph's (`2023年,…获评…称号。2024年,该县将…。力争实现
            // …增长10%以上`): the paragraph turns from the year done to the
            // year planned, whose time dates the figures after it.
            self.pending_time = Some(i);
        }
        // The deadline that opens the first paragraph of a goal section
        // (`（三）发展目标。` then `到2020年，…`) dates the section's later
        // paragraphs too (`信息经济全面发展。…信息消费规模达到6万亿元`).
        if deadline && self.para_time == Some(i) {
            if let Some(h) = self.sections.last_mut() {
                if h.status == Status::Target && h.time.is_none() {
                    h.time = Some(i);
                }
            }
        }
        // A time that opens the figure's words is not part of its metric.
        // Nor one after 截至 and fillers alone (`而截至2019年12月31日止年度
        // 约为22.1%`).
        let (lead, _) = metric::trim(text, self.own.max(self.clause), e.span.start);
        if lead >= e.span.start
            || (as_of
                && self
                    .lex
                    .ending(text, lead, e.span.start, &[Role::AsOf])
                    .is_some_and(|(w, _)| {
                        let at = e.span.start - w.len();
                        metric::strip_start(self.lex, text, lead, at) >= at
                    }))
        {
            self.own = self.own.max(e.span.end);
        }
    }

    /// The fact of a table's value cell: metric and subject from its row's
    /// label, time from its column; a target when the column's year was
    /// named as a deadline before.
    fn cell_fact(&mut self, i: usize, cell: table::Cell) {
        let e = &self.entities[i];
        let time = cell.time.map(|t| &self.entities[t]);
        let status = if time
            .and_then(year_of)
            .is_some_and(|y| self.deadline_years.contains(&y))
        {
            Status::Target
        } else {
            Status::Actual
        };
        let measure = self.measure(e, &cell.label);
        self.out.push(Fact {
            figure: e.clone(),
            metric: cell.label.metric,
            subject: cell.label.subject,
            time: time.cloned(),
            measure,
            whole: if measure == Measure::Share {
                cell.label.whole
            } else {
                None
            },
            status,
        });
    }

    /// True when only fillers stand between the clause start and `at`.
    fn opens_clause(&self, at: usize) -> bool {
        metric::strip_start(self.lex, self.text, self.clause, at) >= at
    }

    /// The indicator named by the first clause of the sentence when it
    /// holds no figure and ends before entity `i`: its words up to the
    /// first filler or change word (`产业结构进一步优化` → 产业结构).
    fn figureless_opening(&self, i: usize) -> Option<Metric> {
        let text = self.text;
        let from = self.sentence;
        let upto = self.entities[i].span.start;
        let end = from + text[from..upto].find(is_clause_sep)?;
        // Only for the sentence's first figure: after a figure of its own
        // (`受行业需求下滑影响，公司…亏损2.35亿元，上年同期盈利…`) the
        // indicator is that figure's.
        if self.out.last().is_some_and(|f| f.figure.span.start >= from) {
            return None;
        }
        // Entities are in text order: the first at or after `from` tells.
        let k = partition_near(&self.entities[..i], i, |x| x.span.start < from);
        if self.entities[k..i]
            .first()
            .is_some_and(|x| x.span.start < end)
        {
            return None;
        }
        let s = metric::strip_start(self.lex, text, from, end);
        // (Else a verb of report ends it: `…进出口额再创历史新高`.)
        let e = self
            .first_filler(s, end)
            .or_else(|| self.first_stop(s, end))?;
        self.indicator(s, e)
    }

    /// The object of the work a figure's words name alone (`新开工400台`):
    /// the metric of the last figure before in the sentence that counts or
    /// measures in the same unit, a verb of creation or work opening it left
    /// out (`新建农村公路300公里,重点养护600公里` → 农村公路), else the
    /// project named by the clause that opens the sentence
    /// ([`Pass::opening_work`]).
    fn work_object(&self, i: usize) -> Option<Metric> {
        let text = self.text;
        let e = &self.entities[i];
        match self
            .out
            .iter()
            .rev()
            .take_while(|f| f.figure.span.start >= self.sentence)
            .find(|f| f.figure.kind == e.kind && f.figure.unit() == e.unit())
            .and_then(|f| {
                f.metric
                    .as_ref()
                    .map(|m| (m, m.span.start >= f.figure.span.end))
            }) {
            // Only an object carries: after a verb (`新建农村公路300公里,
            // 重点养护600公里`) or the noun a count counts (`190个园林绿化
            // 项目,开工建设165个`). A metric with no verb to leave out is a
            // parallel item of its own (`已立项74个,已开工76个`): the project
            // the clause opens is looked for instead.
            Some((m, counted)) if m.built.is_none() => {
                let s = metric::after_work(self.lex, text, m.span.start, m.span.end);
                if s == m.span.start && !counted {
                    self.opening_work(i)
                } else {
                    Some(Metric {
                        span: Span::new(s, m.span.end),
                        built: None,
                    })
                }
            }
            Some((m, _)) => Some(m.clone()),
            None => self.opening_work(i),
        }
    }

    /// The project named by the clause that opens the sentence of figure
    /// `i` or its list item, when a verb of work opens it and it holds no
    /// figure (`七是实施背街小巷整治工程,`, `13 推动既有多层住宅加装电梯
    /// 建设,`): the verb's object, to the clause's end.
    fn opening_work(&self, i: usize) -> Option<Metric> {
        let text = self.text;
        let upto = self.entities[i].span.start;
        let end = self.sentence + text[self.sentence..upto].find(is_clause_sep)?;
        let mut s = metric::trim(text, self.sentence, end).0;
        // The number of a list item (`七是`; `13 `, `2.` opening a line).
        let line = s == 0
            || text[..s]
                .trim_end_matches(heading::is_line_space)
                .ends_with('\n');
        let marker = heading::enumerated_item(&text[s..end]).or_else(|| {
            line.then(|| {
                heading::item_number(&text[s..end], false)
                    .or_else(|| crate::policy::opening_marker(&text[s..end]).map(|(_, len)| len))
            })
            .flatten()
        });
        if let Some(len) = marker {
            s = metric::trim(text, s + len, end).0;
        }
        let k = partition_near(&self.entities[..i], i, |x| x.span.start < s);
        if self.entities[k..i]
            .iter()
            .any(|x| x.span.start < end && is_figure(x.kind))
        {
            return None;
        }
        // (A verb read as a filler too, 推动, is read before the fillers.)
        let s = match words::prefix_in(List::WorkLead, &text[s..end]) {
            Some(verb) => s + verb.len(),
            None => {
                let s = metric::strip_start(self.lex, text, s, end);
                s + words::prefix_in(List::WorkLead, &text[s..end])?.len()
            }
        };
        let s = metric::strip_start(self.lex, text, s, end);
        self.indicator(s, end)
    }

    /// Where the first filler or change word in `s..stop` starts (the end
    /// of the indicator a figureless clause names: `产业结构进一步优化`).
    fn first_filler(&self, s: usize, stop: usize) -> Option<usize> {
        let text = self.text;
        text[s..stop].char_indices().map(|(k, _)| s + k).find(|&k| {
            self.lex
                .starting(text, k, stop, &[Role::Filler, Role::Change])
                .is_some()
        })
    }

    /// Where the first filler, verb of report or change, or comparison
    /// (`虽比上月有所回落`; not the 比 of a word that is none, 可比) in
    /// `s..e` starts.
    fn first_stop(&self, s: usize, e: usize) -> Option<usize> {
        let text = self.text;
        let mut skip = s;
        for (j, _) in text[s..e].char_indices() {
            let j = s + j;
            if j < skip {
                continue;
            }
            let roles = [
                Role::Filler,
                Role::Change,
                Role::Report,
                Role::Compare,
                Role::NotCompare,
                Role::Share,
                Role::Keep,
            ];
            match self.lex.starting(text, j, e, &roles) {
                // (A share word holds no comparison either: `房地产贷款占比`;
                // a word kept whole no stop: `母公司所有者`.)
                Some((w, r))
                    if r.has(Role::NotCompare) || r.has(Role::Share) || r.has(Role::Keep) =>
                {
                    skip = j + w.len()
                }
                Some(_) => return Some(j),
                None => {}
            }
        }
        None
    }

    /// Where a clause's indicator ends, given the first stop `st` of its
    /// words before `end`: 的 linking two nouns of one indicator, nothing
    /// stopping after it (`全球大数据市场的IT投资规模,` before `有望在2025年
    /// 超过…`), ends nothing: `end`, else `st`.
    fn past_link(&self, st: usize, end: usize) -> usize {
        let link = metric::LINKS[0];
        let after = st + link.len_utf8();
        if !(self.text[st..].starts_with(link)
            && after < end
            && self
                .lex
                .starting(self.text, st, end, &[Role::Change, Role::Report])
                .is_none_or(|(w, _)| w.len() == link.len_utf8()))
        {
            return st;
        }
        match self.first_stop(after, end) {
            None => end,
            // Nouns linked on to the next 的 (`…所有者的扣除非经常性损益的
            // 净利润的同比增长率`): the indicator runs to the last link
            // before another stop.
            Some(next) if next > after && self.text[next..].starts_with(link) => {
                self.past_link(next, end)
            }
            Some(_) => st,
        }
    }

    /// The words `s..e` as an indicator: two word characters or more.
    fn indicator(&self, s: usize, e: usize) -> Option<Metric> {
        let words = &self.text[s..e];
        // (Indicators listed with 、 are named together: `外贸进出口总额
        // 增速、保税物流中心进出口额`.)
        let listed = |c: char| words::has_char(List::EnumerationMark, c);
        (words.chars().count() >= 2
            && words.chars().all(|c| metric::is_word_char(c) || listed(c))
            && !words.starts_with(listed)
            && !words.ends_with(listed))
        .then(|| Metric {
            span: Span::new(s, e),
            built: None,
        })
    }

    /// With no fact before it in the paragraph, the indicator a figure of
    /// a later clause refers to: the first clause of the sentence without
    /// a figure that names a subject and an indicator before its first
    /// filler, change word or time (`今年以来，厦门市外贸进出口值连续5个月
    /// 创下历史新高，其中7月份突破800亿元` → 外贸进出口值, subject 厦门市).
    fn figureless_clause(&self, i: usize) -> Option<(Metric, Option<Span>)> {
        let text = self.text;
        let upto = self.entities[i].span.start;
        let mut at = self.sentence;
        let mut k = partition_near(&self.entities[..i], i, |x| x.span.start < at);
        while at < upto {
            let end = at + text[at..upto].find(is_clause_sep)?;
            let first = k;
            while k < i && self.entities[k].span.start < end {
                k += 1;
            }
            if self.entities[first..k].iter().any(|x| is_figure(x.kind)) {
                return None;
            }
            // (A reporting clause, `本报从县统计局了解到`, names none.)
            if reporting_clause(text, at, end) {
                at = end + text[end..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            let s = metric::strip_start(self.lex, text, at, end);
            let subject = metric::subject_at(self.lex, text, s, end);
            let mut s = subject.map_or(s, |x| metric::strip_start(self.lex, text, x.end, end));
            // A time right after the subject (`全市工业企业上半年用电量`):
            // the words before it are the subject's, the indicator follows.
            // (Not a time right after a comparison, `…增加值延续2月份平稳向好
            // 趋势`: that is the basis, after the indicator.)
            let mut stop = end;
            for x in &self.entities[first..k] {
                if x.span.start < s {
                    continue;
                }
                if matches!(x.kind, Kind::Date | Kind::Period)
                    && stop == end
                    && self
                        .lex
                        .ending(text, s, x.span.start, &[Role::Compare])
                        .is_none()
                {
                    s = metric::strip_start(self.lex, text, x.span.end, end);
                } else {
                    stop = stop.min(x.span.start);
                }
            }
            let stop = stop.max(s);
            // (A verb of report ends the indicator too: `我市外贸出口保持
            // “阶梯式”增长势头`; not a copula, whose clause names a part:
            // `公司的主要业务为化工业务`.)
            let e = match self.first_stop(s, stop) {
                Some(st) if words::prefix_in(List::SubjectCopula, &text[st..stop]).is_some() => {
                    self.first_filler(s, stop)
                }
                found => found.map(|st| self.past_link(st, stop)),
            };
            // (A clause of linked nouns is the indicator whole.)
            let linked = e == Some(end);
            let e = e.unwrap_or(stop);
            if let Some(metric) = self
                .indicator(s, e)
                .filter(|_| subject.is_some() && (e < end || linked))
            {
                return Some((metric, subject));
            }
            at = end + text[end..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }

    /// The words of the clause right before figure `i`'s clause, read as a
    /// figure's own, when that clause holds no figure and ends at a comma.
    /// With `share`, only a share with its whole is wanted: a clause with
    /// no share verb (the word a whole follows) is not read.
    fn clause_before(&self, i: usize, share: bool) -> Option<Analysis> {
        let text = self.text;
        let ce = text[self.sentence.min(self.clause)..self.clause]
            .char_indices()
            .next_back()
            .filter(|&(_, c)| words::has_char(List::CommaMark, c))
            .map(|(k, _)| self.sentence.min(self.clause) + k)?;
        // (The clause lies in the sentence's words before it: a search of
        // those, before the clause's start is looked for.)
        let before = &text[self.sentence.min(self.clause)..ce];
        if share
            && !words::list(List::ShareVerb)
                .iter()
                .any(|w| metric::find_word(before, w).is_some())
        {
            return None;
        }
        let cs = clause_start_in(text, self.sentence, ce);
        let first = partition_near(&self.entities[..i], i, |x| x.span.start < cs);
        if cs >= ce
            || self.entities[first..i]
                .iter()
                .any(|x| x.span.start < ce && is_figure(x.kind))
        {
            return None;
        }
        let before = partition_near(&self.entities[..i], i, |x| x.span.start < ce);
        let a = metric::analyze(
            self.lex,
            text,
            &self.entities[..before],
            cs,
            ce,
            false,
            &self.entities[i..],
        );
        (a.metric.is_some() && a.list.is_empty()).then_some(a)
    }

    /// Whether figure `i` follows a comparison with a compared period and a
    /// link (`较上年度之`, `較去年同期之`), or is listed right after such a
    /// figure (`较上年度之A及B`): the compared period's value, a level with
    /// no time of the text's.
    fn compared_period_value(&self, i: usize) -> bool {
        let at = self.entities[i].span.start;
        if self.after_compared_period(at) {
            return true;
        }
        let Some(p) = i.checked_sub(1).map(|k| &self.entities[k]) else {
            return false;
        };
        let gap = self.text.get(p.span.end..at).map_or("", str::trim);
        p.change().is_none()
            && words::prefix_in(List::MetricSeparator, gap).is_some_and(|w| w.len() == gap.len())
            && self.after_compared_period(p.span.start)
    }

    /// Whether figure `e` is the compared period's value written in a
    /// bracket right after that period, inside a comparison opened by
    /// 与/同/和 and closed after the bracket (`与上年同期(法定披露数据:约3.98亿元)
    /// 相比`; a label and a colon may open the bracket): a level reported
    /// for that period, actual and of no time of the text's, whatever the
    /// sentence forecasts.
    fn bracketed_compared_value(&self, e: &Entity) -> bool {
        let text = self.text;
        let Some(after) = text[e.span.end..].strip_prefix(crate::chars::is_close_paren) else {
            return false;
        };
        if self.dated_compared_value(e, after) {
            return true;
        }
        if self
            .lex
            .starting(after, 0, after.len(), &[Role::CloseCompare])
            .is_none()
        {
            return false;
        }
        let floor = floor_boundary(
            text,
            self.sentence.max(e.span.start.saturating_sub(LABEL_BYTES)),
        );
        let Some(open) = text[floor..e.span.start].rfind(crate::chars::is_open_paren) else {
            return false;
        };
        let open = floor + open;
        let inside = &text[open..e.span.start];
        let inside = &inside[inside.chars().next().map_or(1, char::len_utf8)..];
        if !(inside.is_empty() || inside.ends_with([':', '\u{ff1a}']))
            || inside.chars().any(|c| c.is_ascii_digit())
        {
            return false;
        }
        let words = text[floor..open].trim_end();
        let Some((w, _)) = self.lex.ending(words, 0, words.len(), &[Role::BasePeriod]) else {
            return false;
        };
        words::suffix_in(List::CompareOpen, &words[..words.len() - w.len()]).is_some()
    }

    /// Whether figure `e`, alone in a bracket followed by `after`, is the
    /// value of a compared date written right before the bracket after a
    /// comparison word, a verb of change after it (`增幅较1-2月(-0.6%)提高
    /// 18.0个百分点`): that period's level, no time.
    fn dated_compared_value(&self, e: &Entity, after: &str) -> bool {
        let text = self.text;
        if self
            .lex
            .starting(after, 0, after.len(), &[Role::Change])
            .is_none()
        {
            return false;
        }
        let Some(open) = text[..e.span.start].strip_suffix(crate::chars::is_open_paren) else {
            return false;
        };
        let k = self.entities.partition_point(|x| x.span.start < open.len());
        let Some(d) = k.checked_sub(1).map(|k| &self.entities[k]) else {
            return false;
        };
        matches!(d.kind, Kind::Date | Kind::Period)
            && d.span.end == open.len()
            && d.span.start >= self.clause
            && self
                .lex
                .ending(text, self.clause, d.span.start, &[Role::Compare])
                .is_some_and(|(w, _)| w.chars().count() == 1)
    }

    /// Whether the words right before `at` end with a comparison word, a
    /// compared period and a link (`较上年度之`).
    fn after_compared_period(&self, at: usize) -> bool {
        let text = self.text;
        let floor = ceil_boundary(text, self.clause.max(at.saturating_sub(30)).min(at));
        let Some(words) = text[floor..at].trim_end().strip_suffix(metric::LINKS) else {
            return false;
        };
        let Some((w, _)) = self.lex.ending(words, 0, words.len(), &[Role::BasePeriod]) else {
            return false;
        };
        let before = &words[..words.len() - w.len()];
        self.lex
            .ending(before, 0, before.len(), &[Role::Compare, Role::NotCompare])
            .is_some_and(|(_, r)| !r.has(Role::NotCompare))
    }

    /// The whole a part written in tenths or halves is of, when the figure
    /// follows that whole and 的 inside its metric's words, after a verb of
    /// report (`…发电量接近全国总发电量的四成`): the words after the verb;
    /// the metric is cut to the words before it.
    #[cold]
    #[inline(never)]
    fn part_of_whole_slow(&self, e: &Entity, metric: &mut Option<Metric>) -> Option<Span> {
        let text = self.text;
        let m = metric.as_mut().filter(|m| m.built.is_none())?;
        // 的 must stand right before the figure; a figure at the start of
        // the text has nothing before it (no subtraction below zero).
        if !text[..e.span.start].ends_with(metric::LINKS[0]) {
            return None;
        }
        let link = e.span.start - metric::LINKS[0].len_utf8();
        if m.span.end != link {
            return None;
        }
        let mut at = m.span.start;
        while at < m.span.end {
            if at > m.span.start {
                if let Some((w, _)) = self.lex.starting(text, at, m.span.end, &[Role::Report]) {
                    let ws = metric::strip_start(self.lex, text, at + w.len(), m.span.end);
                    if ws >= m.span.end {
                        return None;
                    }
                    m.span.end = at;
                    return Some(Span::new(ws, link));
                }
            }
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }

    /// The whole a metric names when it closes with a postposition right
    /// before a share word (`全社会用电量中占比`), and the share's phrase up
    /// to that word: the metric is then none.
    #[cold]
    #[inline(never)]
    fn framed_whole(&self, metric: &mut Option<Metric>) -> Option<(Span, Span)> {
        let text = self.text;
        let m = metric.as_ref().filter(|m| m.built.is_none())?;
        let last = text[..m.span.end].chars().next_back()?.len_utf8();
        if m.span.end - m.span.start <= last
            || self
                .lex
                .starting(text, m.span.end - last, m.span.end, &[Role::Post])
                .is_none()
        {
            return None;
        }
        let (w, r) = self
            .lex
            .starting(text, m.span.end, text.len(), &[Role::Share])?;
        if !r.has(Role::Share) {
            return None;
        }
        let whole = Span::new(m.span.start, m.span.end - last);
        let phrase = Span::new(m.span.start, m.span.end + w.len());
        *metric = None;
        Some((whole, phrase))
    }

    /// [`Pass::part_of_whole_slow`] for a number or percent written with a
    /// part word only.
    fn part_of_whole(&self, e: &Entity, metric: &mut Option<Metric>) -> Option<Span> {
        if !matches!(e.kind, Kind::Percent | Kind::Number)
            || !e
                .text(self.text)
                .chars()
                .any(|c| words::has_char(List::PartWord, c))
        {
            return None;
        }
        self.part_of_whole_slow(e, metric)
    }

    /// Whether figure `i` is a goal's value right after its goal word
    /// (`…计划目标3000亿元`) and before a verb of report, change or
    /// comparison that the next figure follows at once (`超过1070亿元`,
    /// `超出7万吨`), of the same kind.
    #[cold]
    #[inline(never)]
    fn compared_goal(&self, i: usize) -> bool {
        let text = self.text;
        let e = &self.entities[i];
        let Some(next) = self.entities.get(i + 1) else {
            return false;
        };
        next.kind == e.kind
            && self
                .lex
                .ending(text, self.clause, e.span.start, &[Role::Target])
                .is_some_and(|(_, r)| r.has(Role::Target))
            && self
                .lex
                .starting(
                    text,
                    e.span.end,
                    next.span.start,
                    &[Role::Report, Role::Change, Role::Compare],
                )
                .is_some_and(|(w, _)| e.span.end + w.len() == next.span.start)
    }

    /// Whether figure `i` is a goal's value written in brackets right after
    /// the goal's words, which open (from `opened`) with a word of exceeding
    /// or falling short, with the difference right after the bracket
    /// (`欠区级奋斗目标任务(24.93亿元)11.2个百分点`).
    fn bracketed_goal(&self, i: usize, opened: usize) -> bool {
        let text = self.text;
        let e = &self.entities[i];
        let (Some(open), Some(close)) = (
            text[..e.span.start].chars().next_back(),
            text[e.span.end..].chars().next(),
        ) else {
            return false;
        };
        let at = e.span.start - open.len_utf8();
        if !metric::PAIRS[1..3].contains(&(open, close)) || opened >= at || e.change().is_some() {
            return false;
        }
        let words = &text[opened..at];
        let after = e.span.end + close.len_utf8();
        words::prefix_in(List::ExceedGoal, words).is_some()
            && words::suffix_in(List::GoalListNoun, words).is_some()
            && self
                .entities
                .get(i + 1)
                .is_some_and(|n| n.span.start == after && is_figure(n.kind))
    }

    /// Whether count `i` stands in a list of counts of the same measure,
    /// each with a noun of one character (`12个镇、4个乡`): the one after
    /// it right after its noun and a list mark, or the one before it so.
    fn counts_listed(&self, i: usize) -> bool {
        let text = self.text;
        let e = &self.entities[i];
        let joined = |a: &Entity, b: &Entity| {
            a.kind == Kind::Count
                && b.kind == Kind::Count
                && a.unit() == b.unit()
                && a.noun().is_some_and(|n| {
                    let mut gap = text[n.end..b.span.start.max(n.end)].chars();
                    n.start == a.span.end
                        && text[n.start..n.end].chars().count() == 1
                        && gap
                            .next()
                            .is_some_and(|c| words::has_char(List::EnumerationMark, c))
                        && gap.next().is_none()
                })
        };
        i.checked_sub(1)
            .is_some_and(|k| joined(&self.entities[k], e))
            || self.entities.get(i + 1).is_some_and(|n| joined(e, n))
    }

    /// Whether figure `i` is the value of a goal named after it: its clause
    /// closes, within a few characters and no other figure, with a goal
    /// noun (`今年河北预计实现全省生产总值增长6.5%左右目标`, `聚焦千亿级经济
    /// 总量目标`): a target, whatever the cue before it.
    fn goal_value(&self, i: usize) -> bool {
        let text = self.text;
        let e = &self.entities[i];
        let mut end = e.span.end;
        for (n, c) in text[e.span.end..].chars().enumerate() {
            if n >= GOAL_VALUE_CHARS || !metric::is_word_char(c) {
                break;
            }
            end += c.len_utf8();
        }
        let tail = &text[e.span.end..end];
        let closes = !text[end..].chars().next().is_some_and(metric::is_word_char);
        // (A word of a review in them, `8个项目完成年度目标`, reports the
        // goal met: the figure counts what met it.)
        closes
            && words::suffix_in(List::GoalValueNoun, tail).is_some()
            && !words::list(List::ReviewLead)
                .iter()
                .any(|w| has_word(tail, w))
            && self.entities.get(i + 1).is_none_or(|n| n.span.start >= end)
            && self
                .lex
                .ending(text, e.span.end, end, &[Role::Target, Role::NotCue])
                .is_some_and(|(_, r)| !r.has(Role::NotCue))
    }

    /// Whether figure `e`, whose words start at `own`, is a value of the
    /// compared period a change starts from (`由上年的13.0`), or an item of
    /// its ratio (`:43.0`); with where 由 starts in the first case.
    fn compared_start_value(&self, own: usize, e: &Entity) -> Option<Option<usize>> {
        let text = self.text;
        if self.from_base_end > 0 && self.from_base_end <= e.span.start && {
            let mut gap = text[self.from_base_end..e.span.start].chars();
            gap.next().is_some_and(|c| words::has_char(List::Colon, c)) && gap.next().is_none()
        } {
            return Some(None);
        }
        let from = own.min(e.span.start);
        let words = text[from..e.span.start].trim_end();
        let words = words.strip_suffix(metric::LINKS)?;
        let before = match self.lex.ending(words, 0, words.len(), &[Role::BasePeriod]) {
            Some((w, _)) => &words[..words.len() - w.len()],
            // 由“十二五”末的6557亿元: the end of a period named as the start
            // of the change (one position character after the time), a
            // compared period as 上年末. (由2019年的4.6 keeps its year.)
            None => {
                let t = &self.entities[self.time?];
                let end = from + words.len();
                if t.span.start < from
                    || t.span.end > end
                    || text[t.span.end..end].chars().count() != 1
                    || !matches!(t.kind, Kind::Period | Kind::Date)
                {
                    return None;
                }
                &words[..t.span.start - from]
            }
        };
        let f = words::suffix_in(List::FromState, before)?;
        Some(Some(from + before.len() - f.len()))
    }

    /// The indicator a clause without figures names for the figure of a
    /// later clause with no indicator of its own, after the sentence's last
    /// fact (`在三次产业中，一产业保持较快增长，增长23.0%`): its words
    /// before the first report, filler or change word, when some follow.
    fn figureless_before(&self, i: usize, share: bool) -> Option<Metric> {
        let text = self.text;
        let from = self
            .out
            .last()
            .map_or(self.sentence, |f| f.figure.span.end)
            .max(self.sentence);
        let mut at = from;
        let mut k = partition_near(&self.entities[..i], i, |x| x.span.start < at);
        while at < self.clause {
            let end = at + text[at..self.clause].find(is_clause_sep)?;
            let first = k;
            while k < i && self.entities[k].span.start < end {
                k += 1;
            }
            // An outline marker opening the line (`(一)归属于…净利润:`) is
            // no part of the words.
            if at == self.para {
                if let Some((_, len)) = crate::policy::opening_marker(&text[at..end]) {
                    at += len;
                }
            }
            // A label closed by a colon (`发售价: 每股H股2.50港元`) is the
            // indicator whole.
            let label = text[end..]
                .chars()
                .next()
                .is_some_and(|c| words::has_char(List::Colon, c));
            // A label may open with its time (`预计2024年1-6月归属于…净利润
            // 为:`): the words after the time name the figure.
            let mut from = at;
            if label
                && first < k
                && self.entities[first..k]
                    .iter()
                    .all(|x| matches!(x.kind, Kind::Date | Kind::Period))
                && text[at..self.entities[first].span.start]
                    .trim()
                    .chars()
                    .all(metric::is_word_char)
            {
                from = self.entities[k - 1].span.end;
            }
            let plain = first == k || from > at;
            // Plain words only: no aside (`(币种为人民币,下同)`); a reporting
            // clause (`记者从市商务局获悉`) names the news's source, no indicator.
            if plain
                && text[from..end].trim().chars().all(metric::is_word_char)
                && !reporting_clause(text, from, end)
            {
                let mut s = metric::strip_start(self.lex, text, from, end);
                // A subject and its link (`本集团的毛利率维持稳定`) name no
                // indicator: it follows them.
                if let Some(sub) = metric::subject_at(self.lex, text, s, end)
                    .filter(|x| text[x.end..end].starts_with(metric::LINKS))
                {
                    s = metric::strip_start(self.lex, text, sub.end, end);
                }
                // (Its words are a name: `人均地区生产总值:`, `服务业增加值:`;
                // a copula closing it is no part of it: `…净利润为:`.)
                let stop = if label {
                    let link = self
                        .lex
                        .ending(text, s, end, &[Role::Report])
                        .filter(|&(w, r)| r.has(Role::Report) && w.chars().count() == 1)
                        .map_or(0, |(w, _)| w.len());
                    Some(end - link)
                } else {
                    self.first_stop(s, end).map(|st| self.past_link(st, end))
                };
                // A share after a clause that names a part by a copula
                // (`公司的主要业务为化工业务,占比62.40%`): the share is of
                // the part named, the words after the copula.
                if let Some(c) = stop.filter(|_| share).and_then(|st| {
                    words::prefix_in(List::SubjectCopula, &text[st..end]).map(|c| st + c.len())
                }) {
                    let ns = metric::strip_start(self.lex, text, c, end);
                    if let Some(m) = self
                        .indicator(ns, end)
                        .filter(|_| self.first_stop(ns, end).is_none())
                    {
                        return Some(m);
                    }
                }
                // A subject alone before a verb of work done (`我市完成外贸
                // 进出口总值创历史新高`): the indicator is the verb's object.
                if let Some((st, w)) = stop
                    .filter(|&st| {
                        !label
                            && metric::subject_at(self.lex, text, s, end)
                                .is_some_and(|x| x.end == st)
                    })
                    .and_then(|st| {
                        self.lex
                            .starting(text, st, end, &[Role::Report])
                            .filter(|(w, r)| r.has(Role::Report) && w.chars().count() >= 2)
                            .map(|(w, _)| (st, w))
                    })
                {
                    let ns = st + w.len();
                    let ne = self
                        .first_stop(ns, end)
                        .map_or(end, |x| self.past_link(x, end));
                    if let Some(m) = self.indicator(ns, ne) {
                        return Some(m);
                    }
                }
                if let Some(m) = stop.and_then(|e| self.indicator(s, e)) {
                    return Some(m);
                }
            }
            at = end + text[end..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }

    /// The words of a label closed by a colon right before figure `i`
    /// (its own words start at `own`), read as the figure's own, when they
    /// name only a change (`与上年同期相比变动值为:`, `变动幅度:`): no
    /// metric, a growth noun. `None` for any other label (it names the
    /// figure, [`Pass::figureless_before`]).
    fn change_label(&self, i: usize, own: usize) -> Option<Analysis> {
        let text = self.text;
        let colon = text[self.sentence.min(own)..own].trim_end();
        let c = colon.chars().next_back()?;
        if !words::has_char(List::Colon, c) {
            return None;
        }
        let end = self.sentence.min(own) + colon.len() - c.len_utf8();
        let start = clause_start_in(text, self.sentence, end);
        let first = partition_near(&self.entities[..i], i, |x| x.span.start < start);
        if start >= end || first < i && self.entities[first].span.start < end {
            return None;
        }
        // The label ends in a growth noun, a copula after it at most.
        let link = self
            .lex
            .ending(text, start, end, &[Role::Report])
            .filter(|&(w, r)| r.has(Role::Report) && w.chars().count() == 1)
            .map_or(0, |(w, _)| w.len());
        self.lex
            .ending(text, start, end - link, &[Role::Growth])
            .filter(|(_, r)| r.has(Role::Growth))?;
        let mut a = metric::analyze(
            self.lex,
            text,
            &self.entities[..i],
            start,
            end,
            false,
            &self.entities[i..],
        );
        a.growth = true;
        (a.metric.is_none() && a.list.is_empty()).then_some(a)
    }

    /// The metrics of the figures listed after 分别 (figure `i` the first)
    /// when the words before them pair none: the metrics of the last facts,
    /// a clause of the sentence without figures, or one indicator for all
    /// ([`Pass::figure`], its words' `analysis`, gives `metric` and
    /// `subject` as read so far).
    #[cold]
    #[inline(never)]
    /// Whether an earlier clause of the sentence pairs a list with 分别 and
    /// figure `e` is the first of its clause, after words of the clause (a
    /// clause that is only a figure goes on with a list cut by commas): a
    /// list of figures with no metric of their own in a later clause
    /// (`高技术制造业、装备制造业增加值分别增长13.7%、12.7%,占规模以上工业
    /// 增加值比重为22.8%、34.1%`) goes on pairing, the figures of the
    /// indicators just paired.
    fn goes_on_pairing(&self, e: &Entity) -> bool {
        self.clause > self.sentence
            && self
                .out
                .last()
                .is_none_or(|f| f.figure.span.start < self.clause)
            && !self.text[self.clause..e.span.start].trim().is_empty()
            && words::list(List::Respectively)
                .iter()
                .any(|w| self.text[self.sentence..self.clause].contains(w))
    }

    fn respectively(
        &mut self,
        i: usize,
        analysis: &Analysis,
        metric: &mut Option<Metric>,
        subject: &mut Option<Span>,
    ) {
        let text = self.text;
        // A list counted before 分别 (`汽车制造业、食品制造业、燃气生产和
        // 供应业三个行业增加值增势较好,分别增长…`): the count right before
        // the figure's words sums up the items; they pair with the figures
        // in order, a known head after the count's noun copied to each.
        if metric.is_none() && analysis.respectively && analysis.list.is_empty() {
            if let Some(items) = self.counted_list(i) {
                let mut items = items.into_iter();
                *metric = items.next();
                self.paired = items.map(Item::Metric).collect();
                self.pair_flags = Some(analysis.clone());
                return;
            }
        }
        // 分别 with no list before it (`城镇居民…26500元,农民…10800元,
        // 分别增长12.5%和19%`): the figures take the metrics of the
        // last facts, in order, when those differ.
        // Not when the wholes of a share are the list (`占地方生产总值和
        // 服务业比重分别达到11%和18%`): the figures are shares of one
        // indicator in each whole.
        let listed_wholes = analysis
            .whole
            .is_some_and(|w| metric::list_items(text, w.start, w.end, false).len() >= 2);
        if listed_wholes && metric.is_none() && analysis.respectively {
            let n = metric::figures_listed(text, &self.entities[i..]);
            if let Some(m) = self.prev.as_ref().and_then(|p| p.metric.clone()) {
                if n >= 2 {
                    self.paired = (1..n).map(|_| Item::Metric(m.clone())).collect();
                    self.pair_flags = Some(analysis.clone());
                }
                *metric = Some(m);
            }
        }
        // But when the facts before are of earlier sentences and a
        // clause of this one without figures names the indicator
        // (`…。珠海全体居民人均可支配收入名义增速位居全省前列,比全省、
        // 全国平均水平分别高1.7和1.6个百分点`), the figures are of it.
        if metric.is_none()
            && analysis.respectively
            && analysis.list.is_empty()
            && !listed_wholes
            && self
                .out
                .last()
                .is_some_and(|f| f.figure.span.end <= self.sentence)
        {
            let n = metric::figures_listed(text, &self.entities[i..]);
            if let Some(mut m) = self.figureless_before(i, analysis.share).filter(|_| n >= 2) {
                // A subject opening the clause is no part of it.
                if let Some(sub) = metric::subject_at(self.lex, text, m.span.start, m.span.end) {
                    let ms = metric::strip_start(self.lex, text, sub.end, m.span.end);
                    if let Some(rest) = self.indicator(ms, m.span.end) {
                        m = rest;
                        *subject = subject.or(Some(sub));
                    }
                }
                self.paired = (1..n).map(|_| Item::Metric(m.clone())).collect();
                self.pair_flags = Some(analysis.clone());
                *metric = Some(m);
            }
        }
        if metric.is_none()
            && (analysis.respectively || self.goes_on_pairing(&self.entities[i]))
            && analysis.list.is_empty()
            && !listed_wholes
        {
            let n = metric::figures_listed(text, &self.entities[i..]);
            let in_sentence = analysis.respectively
                || self.out.len() >= n
                    && self.out[self.out.len() - n..]
                        .iter()
                        .all(|f| f.figure.span.start >= self.sentence);
            if n >= 2 && self.recent.len() >= n && in_sentence {
                let last: Vec<Metric> = self
                    .recent
                    .iter()
                    .skip(self.recent.len() - n)
                    .flatten()
                    .cloned()
                    .collect();
                let distinct = last
                    .iter()
                    .enumerate()
                    .all(|(k, m)| last[..k].iter().all(|p| p.text(text) != m.text(text)));
                if last.len() == n && distinct {
                    *metric = Some(last[0].clone());
                    self.paired = last[1..].iter().cloned().map(Item::Metric).collect();
                    self.pair_flags = Some(analysis.clone());
                } else if let Some(items) = self.recent_indicators(n) {
                    // A level and its rate name one indicator twice
                    // (`进出口总额1184.4亿元,同比增长11.4%。其中,出口…;
                    // 进口…。增速分别高于全省6.6、4.9和14.5个百分点`):
                    // the last indicators named, one each.
                    *metric = Some(items[0].clone());
                    self.paired = items[1..].iter().cloned().map(Item::Metric).collect();
                    self.pair_flags = Some(analysis.clone());
                }
            }
        }
        // 分别 with no list and no metrics paired (a count summing up a
        // list before it: `甲、乙、丙三类产品增速分别为A、B、C`): the
        // figures listed are all of one indicator, the first one's or
        // the one before, each a rate or a share as the first one's
        // words say.
        if analysis.respectively
            && analysis.list.is_empty()
            && !listed_wholes
            && self.paired.is_empty()
            && (analysis.growth || analysis.share)
        {
            let m = metric
                .clone()
                .or_else(|| self.prev.as_ref().and_then(|p| p.metric.clone()));
            let n = metric::figures_listed(text, &self.entities[i..]);
            if let Some(m) = m.filter(|_| n >= 2) {
                self.paired = (1..n).map(|_| Item::Metric(m.clone())).collect();
                self.pair_flags = Some(analysis.clone());
            }
        }
    }

    /// The items of a 、-list summed up by the count right before figure
    /// `i`'s words (`A、B、C三个行业增加值…,分别增长…`), as many as the count
    /// and the figures listed, each with the known head written after the
    /// count's noun (`增加值`, built); none after a growth noun (`四个行业
    /// 增幅回落`: the items as written).
    fn counted_list(&self, i: usize) -> Option<Vec<Metric>> {
        let text = self.text;
        let c = self.entities.get(i.checked_sub(1)?)?;
        let noun = c.noun()?;
        if c.kind != Kind::Count || c.span.start < self.sentence {
            return None;
        }
        let n = metric::figures_listed(text, &self.entities[i..]);
        let count = c.value()?.to_f64();
        if n < 2 || count != n as f64 {
            return None;
        }
        let cs = clause_start_in(text, self.sentence, c.span.start);
        let items = metric::list_items(text, cs, c.span.start, true);
        if items.len() != n {
            return None;
        }
        let head = words::list(List::SharedHead)
            .iter()
            .find(|h| text[noun.end..].starts_with(*h));
        Some(
            items
                .into_iter()
                .map(|(x, y)| Metric {
                    span: Span::new(x, y),
                    built: head.map(|h| format!("{}{h}", &text[x..y])),
                })
                .collect(),
        )
    }

    fn figure(&mut self, i: usize) {
        let e = &self.entities[i];
        let text = self.text;
        let mut own = self.own.max(self.clause);
        // A money threshold written right before the noun it qualifies
        // (`其中超亿元项目287个`, `亿元以上企业20家`) is part of that
        // noun's name: the metric starts at it.
        if let Some(t) = i.checked_sub(1).map(|k| &self.entities[k]) {
            if t.kind == Kind::Money
                && t.span.end == own
                && t.span.start >= self.clause
                && t.bound != Bound::Exact
                && !matches!(t.bound, Bound::Approx | Bound::Level)
                && text[own..].chars().next().is_some_and(|c| {
                    metric::is_word_char(c) && !c.is_ascii_digit() && !metric::LINKS.contains(&c)
                })
            {
                own = t.span.start;
            }
        }
        let mut upto = e.span.start;
        if let Some(c) = e.change() {
            if c.trigger.start >= own && c.trigger.end <= e.span.start {
                upto = c.trigger.start;
            }
        }
        let analysis;
        let mut base_period = false;
        let mut linked_share = false;
        // The share phrase of the previous fact when its metric is taken.
        let mut inherited_share: Option<Span> = None;
        // The whole of the previous fact's share when its metric is taken.
        let mut inherited_whole: Option<Option<Span>> = None;
        let mut share_inherited = false;
        let mut compared_value = false;
        // The figure is a goal's value in brackets (`欠…目标任务(23.9亿元)`):
        // where the goal's words start.
        let mut bracket_goal = None;
        // The figure's words are a colon's label that names only a change.
        let mut change_label = false;
        let mut metric = None;
        let mut subject = None;
        let compared_item = if self.paired.is_empty() {
            self.compared_item(i)
        } else {
            None
        };
        if let Some(item) = self.paired.pop_front() {
            analysis = self.pair_flags.clone().unwrap_or_default();
            match item {
                Item::Metric(m) => {
                    metric = Some(m);
                    subject = analysis.subject;
                }
                Item::Subject(s) => {
                    subject = Some(s);
                    metric = analysis.metric.clone();
                }
            }
        } else {
            // The figure's own words, read only when no listed item waits;
            // none on its line, the label on the line below
            // (`2856.3亿元` above `地区生产总值`).
            // Where the figure's own words start, past edge punctuation.
            let opened = metric::trim(text, own, upto).0;
            let label = if opened >= upto {
                self.label_below(i)
            } else {
                None
            };
            let (ws, we) = label.map_or((own, upto), |l| (l.start, l.end));
            let mut read = metric::analyze(
                self.lex,
                text,
                &self.entities[..i],
                ws,
                we,
                e.kind == Kind::Ordinal,
                &self.entities[i..],
            );
            // A label closed by a colon right before the figure that names
            // only a change (`与上年同期相比变动值为:-1101.45万元`): the
            // figure is a change of the indicator before.
            if label.is_none() && ws >= opened {
                if let Some(a) = self.change_label(i, own) {
                    read = a;
                    change_label = true;
                }
            }
            analysis = read;
            if !analysis.list.is_empty() {
                let mut list = analysis.list.clone().into_iter();
                match list.next() {
                    Some(Item::Metric(m)) => metric = Some(m),
                    Some(Item::Subject(s)) => {
                        subject = Some(s);
                        metric = analysis.metric.clone();
                    }
                    None => {}
                }
                self.paired = list.collect();
                self.pair_flags = Some(analysis.clone());
            } else {
                metric = analysis.metric.clone();
            }
            // 分别 (`…分别增长12.5%和19%`): the metrics paired with the
            // figures listed, when the words before name none (rare: read
            // outside the figure's common path).
            if analysis.respectively
                || (metric.is_none() && analysis.list.is_empty() && self.goes_on_pairing(e))
            {
                self.respectively(i, &analysis, &mut metric, &mut subject);
            }
            // The compared value inside 与…相比 (`与2020年第七次全国人口普查的
            // 106.36相比增长了1.14`): a value of the indicator before, no
            // metric of its own; the date inside dates it alone.
            if words::prefix_in(List::CompareOpen, &text[opened..upto]).is_some()
                && self
                    .lex
                    .starting(text, e.span.end, text.len(), &[Role::CloseCompare])
                    .is_some_and(|(_, r)| r.has(Role::CloseCompare))
            {
                metric = None;
                compared_value = self
                    .time
                    .is_some_and(|t| self.entities[t].span.start >= opened);
            }
            // The compared period alone (`上年同期盈利1464.66万元`, `与上年
            // 20.6%基本持平`) is no metric: the figure is the basis's value of
            // the metric before. Only a verb of change (盈利) may stand
            // between them (not `由上年同期的2.05:1`, a value of another).
            if let Some(m) = &metric {
                let words = m.text(text);
                let gap_end = upto.max(m.span.end);
                let next_to_figure = m.span.end == gap_end
                    || self
                        .lex
                        .starting(text, m.span.end, gap_end, &[Role::Change, Role::Report])
                        .is_some_and(|(w, _)| m.span.end + w.len() == gap_end);
                if next_to_figure
                    && self
                        .lex
                        .starting(words, 0, words.len(), &[Role::BasePeriod])
                        .is_some_and(|(w, _)| w.len() == words.len())
                {
                    metric = None;
                    base_period = true;
                }
            }
            // The compared period opening the metric's words (`上年同期归属于
            // 上市公司股东的净利润为7,388.72万元`): the values of that period
            // to the sentence's end, the metric the words after it.
            if let Some(m) = metric.as_mut().filter(|m| m.built.is_none()) {
                let words = m.text(text);
                if let Some((w, _)) = self
                    .lex
                    .starting(words, 0, words.len(), &[Role::BasePeriod])
                    .filter(|(w, _)| w.len() < words.len())
                {
                    let start = metric::trim(text, m.span.start + w.len(), m.span.end).0;
                    if start < m.span.end {
                        m.span.start = start;
                        self.compared_sentence = true;
                    }
                }
            }
            if subject.is_none() {
                subject = analysis.subject;
            }
            if let Some(item) = compared_item {
                metric = None;
                subject = Some(item);
            }
            // A goal's value in brackets after the goal's words, a word of
            // exceeding or falling short opening them (`欠市级考核目标任务
            // (23.9亿元)8.9个百分点`): the goal's words name no metric.
            if self.bracketed_goal(i, opened) {
                metric = None;
                bracket_goal = Some(opened);
            }
            // (Not the items of a counted list: they keep their words.)
            if let Some(m) = metric.as_mut().filter(|_| {
                e.change().is_some()
                    && analysis.list.is_empty()
                    && !(analysis.respectively && self.counted_list(i).is_some())
            }) {
                self.parallel_head(m);
            }
        }
        // A compared item's name is its figure's subject alone.
        if let Some(s) = subject.filter(|_| compared_item.is_none()) {
            self.subject = Some(s);
        }
        // The counted thing when one follows the figure (`196家知名企业`,
        // `设立5000万元风险补偿金`): the count's noun, else the words up to
        // the next separator.
        if self.paired.is_empty() && self.pair_flags.is_none() && e.kind != Kind::Ordinal {
            // A quantity reported by a verb of two characters or more right
            // after its metric (`家庭用户带宽实现100Mbps以上灵活选择`): the
            // words after the figure are its complement, no counted thing.
            // (A percent or an amount names its thing after it:
            // `工厂实现100%绿电生产`.)
            let reported = metric.as_ref().is_some_and(|m| {
                m.span.end < e.span.start
                    && self
                        .lex
                        .ending(text, m.span.end, e.span.start, &[Role::Report])
                        .is_some_and(|(w, _)| {
                            w.chars().count() >= 2 && m.span.end + w.len() == e.span.start
                        })
            });
            // A currency word after an amount (`845亿元人民币`, the
            // extractor leaves it out of the span) names no counted thing.
            let currency = e.kind == Kind::Money
                && crate::numeric::table::UNITS
                    .longest_at(text, e.span.end)
                    .is_some_and(|(_, u)| u.kind == crate::numeric::table::UnitKind::Money);
            let after = match e.noun() {
                // A postposition closing the clause after the count's noun
                // (`38个工业行业大类中,`) is no part of it.
                Some(mut n) if e.kind == Kind::Count => {
                    let last = text[n.start..n.end]
                        .chars()
                        .next_back()
                        .map_or(0, char::len_utf8);
                    if n.end - n.start > 2 * last
                        && !text[n.end..].starts_with(|c: char| metric::is_word_char(c))
                        && self
                            .lex
                            .starting(text, n.end - last, n.end, &[Role::Post])
                            .is_some()
                    {
                        n.end -= last;
                    }
                    Some(n)
                }
                // A count right before another count with its noun
                // (`10大类52项民生实事`): the same things, in classes.
                None if e.kind == Kind::Count
                    && self.entities.get(i + 1).is_some_and(|x| {
                        x.kind == Kind::Count && x.span.start == e.span.end && x.noun().is_some()
                    }) =>
                {
                    self.entities[i + 1].noun()
                }
                // A count right before a threshold of size (`至少1个500亩以上
                // 连片“工改工”片区`) or a specification (`4座110千伏变电站`):
                // the noun the threshold or the specification qualifies.
                None if e.kind == Kind::Count
                    && self.entities.get(i + 1).is_some_and(|x| {
                        matches!(x.kind, Kind::Quantity | Kind::Count)
                            && x.span.start == e.span.end
                            && (x.bound == Bound::AtLeast || x.kind == Kind::Quantity)
                    }) =>
                {
                    metric::after_figure(self.lex, text, self.entities[i + 1].span.end)
                }
                _ if reported && e.kind == Kind::Quantity => None,
                _ if currency => None,
                _ => metric::after_figure(self.lex, text, e.span.end),
            };
            // A milestone (`3000万辆台阶`, the count's noun) is no counted
            // thing: the indicator is the clause's.
            let after = after.filter(|n| {
                !words::list(List::Milestone)
                    .iter()
                    .any(|w| &text[n.start..n.end] == *w)
            });
            // Words that run into a rank (`0.5个百分点居绍兴第二位`) are
            // the rank's words, no noun of this figure.
            let after = after.filter(|n| {
                self.entities
                    .get(i + 1)
                    .is_none_or(|x| x.kind != Kind::Ordinal || x.span.start >= n.end)
            });
            // A date in them (`…万元予二零一三年六月十九日名列…`) ends them:
            // the words before it, two characters or more, or none.
            // (A count's own noun may be one character in a list of counts
            // of the same measure: `12个镇、4个乡`.)
            let own_noun = e.kind == Kind::Count && e.noun().is_some() && self.counts_listed(i);
            let after =
                after.and_then(|mut n| {
                    if let Some(x) = self.entities.get(i + 1).filter(|x| {
                        matches!(x.kind, Kind::Date | Kind::Period) && x.span.start < n.end
                    }) {
                        n.end = metric::trim(text, n.start, x.span.start).1;
                    }
                    let chars = text[n.start..n.end.max(n.start)].chars().count();
                    (chars >= 2 || (chars == 1 && own_noun && e.noun() == Some(n))).then_some(n)
                });
            // A percent of no change that qualifies a plain noun
            // (`98%的行政村实现光纤通达`, `覆盖90%以上的贫困村`): the part of
            // that population, a share whose metric is the noun.
            let after = after.or_else(|| {
                let n = self.linked_share(e, &analysis)?;
                linked_share = true;
                Some(n)
            });
            // A percent of a whole put to a use closing its clause
            // (`新增财力的70%用于民生,`): a share whose metric is the use.
            let after = after.or_else(|| {
                let n = self.share_used_for(e)?;
                linked_share = true;
                Some(n)
            });
            // An amount that qualifies the noun closing its clause
            // (`共安排了近4000亿元的资金，`): that noun is what it measures.
            let after = after.or_else(|| self.linked_thing(e));
            // A rule's rate (`按1500元/人的标准发放求职创业补贴`): what the
            // rule grants, after 标准 and its verb.
            let after = after.or_else(|| self.rate_object(e));
            // A verb alone after the figure (`每10股派1元`) counts nothing,
            // nor does a verb of work closing the clause (`赤字率拟按4%左右
            // 安排`: the rate is the words before).
            let after = after.filter(|n| {
                self.lex
                    .starting(
                        text,
                        n.start,
                        n.end,
                        &[Role::Report, Role::Change, Role::Act],
                    )
                    .is_none_or(|(w, _)| w.len() != n.end - n.start)
            });
            if let Some(mut n) = after {
                // A verb of work done opening the counted words
                // (`每10股派发现金红利`): its object is the metric.
                n.start = metric::after_act(self.lex, text, n.start, n.end);
                // A currency word closing them (`现金股利人民币13.50元`).
                if let Some((w, _)) = self
                    .lex
                    .ending(text, n.start, n.end, &[Role::Filler])
                    .filter(|(w, _)| n.end - w.len() > n.start)
                {
                    n.end -= w.len();
                }
                metric = Some(Metric {
                    span: n,
                    built: None,
                });
            }
        }
        // Words that name no indicator of their own after a figure of the
        // sentence: a place alone inside a 其中 aside (`新开工电梯234部(其中
        // 海淀区77部、朝阳区68部)`, the place the part's subject) and a plan's
        // task before a percent (`…21381套,完成全年任务的27%`): the indicator
        // is the one before.
        if analysis.list.is_empty() && compared_item.is_none() {
            if let Some(m) = metric
                .as_ref()
                .filter(|m| m.built.is_none())
                .map(|m| m.span)
            {
                if let Some(p) = self
                    .prev
                    .as_ref()
                    .filter(|p| p.metric.is_some() && p.at >= self.sentence)
                {
                    // (A share whose part is a word naming no indicator
                    // alone, `…增长14.4%,总量占全市…的比重为75.9%`: the
                    // indicator's, its total.)
                    if self.task_rate(e, m)
                        || (analysis.share
                            && words::list(List::BareMetric).contains(&&text[m.range()]))
                    {
                        metric = p.metric.clone();
                    } else if self.aside_place(m) {
                        metric = p.metric.clone();
                        subject = Some(m);
                    }
                }
            }
        }
        // Words that name only work done or begun (`新开工400台`, `重点养护
        // 600公里`): the figure is of the work's object when one is named
        // before it (else the words stay: `■ 新开工30项`).
        if analysis.bare_work
            && analysis.list.is_empty()
            && metric.as_ref().map(|m| m.span) == analysis.metric.as_ref().map(|m| m.span)
        {
            if let Some(m) = self.work_object(i) {
                metric = Some(m);
            }
        }
        // A rank of size after a subject and its copula (`欧盟为我国第一大
        // 贸易伙伴`): what it ranks is the noun after the size word, not the
        // words before it. (After
        // a copula alone, `,为云南省第三大出口商品`, the clause's indicator
        // before is ranked.)
        if e.kind == Kind::Ordinal {
            if let Some(span) = self.ranked_thing(e, own) {
                metric = Some(Metric { span, built: None });
            }
        }
        // The nearest subject of the sentence, else the one that opens it,
        // else the carried one.
        subject = subject.or(self.subject);
        if subject.is_none() {
            subject = self.opening_subject();
        }
        // The compared period's value after a clause without figures that
        // names the indicator (`城乡收入比持续缩小,由上年同期的2.05:1…`):
        // that clause's indicator.
        if metric.is_none() && base_period {
            metric = self.figureless_opening(i);
        }
        // A rank with no words of its own after a clause without figures
        // that opens the sentence (`外贸进出口总额增速、保税物流中心进出口额
        // 再创历史新高,跃居全区首位`): that clause's indicator is ranked.
        if metric.is_none() && e.kind == Kind::Ordinal && !base_period && !compared_value {
            metric = self.figureless_opening(i);
        }
        if metric.is_none() && self.prev.is_none() {
            if let Some((m, sub)) = self.figureless_clause(i) {
                metric = Some(m);
                subject = subject.or(sub);
            }
        }
        // The clause right before, without figures, naming a share with its
        // whole (`轿车在国产汽车结构中所占的比例,也达到47%`): the figure is
        // that share, its part the metric, of that whole.
        // A clause with no words of its own for the figure: no basis period,
        // compared value, change label, list or 分别 pairing.
        let borrows = !base_period
            && !compared_value
            && !change_label
            && analysis.list.is_empty()
            && !analysis.respectively;
        if metric.is_none() && borrows && !analysis.share {
            if let Some(a) = self
                .clause_before(i, true)
                .filter(|a| a.share && a.whole.is_some())
            {
                metric = a.metric;
                subject = subject.or(a.subject);
                inherited_whole = Some(a.whole);
                inherited_share = a.share_phrase;
            }
        }
        if metric.is_none() && borrows {
            metric = self.figureless_before(i, analysis.share);
        }
        // A figure whose clause names only its per-unit base, right after a
        // clause without figures (`派发…止年度末期股息,每股人民币0.06元`):
        // that clause's words name it. (The words are read only when no
        // metric is found: most figures have one.)
        if metric.is_none()
            && !base_period
            && !compared_value
            && words::prefix_in(
                List::EveryWord,
                &text[metric::trim(text, own, upto).0..upto],
            )
            .is_some()
        {
            if let Some(a) = self.clause_before(i, false) {
                metric = a.metric;
                subject = subject.or(a.subject);
            }
        }
        // A share word alone before a change in points (`…，占比较去年同期
        // 提升1个百分点`): the share of the indicator before, built from its
        // metric and the word as written.
        let mut share_word = false;
        if metric.is_none() && analysis.share && analysis.whole.is_none() && relative_unit(e) {
            let ws = metric::trim(text, own, upto).0;
            if let Some((w, _)) = self.lex.starting(text, ws, upto, &[Role::Share]) {
                // (A share written whole before gives its phrase, below;
                // one opened by its verb, no part in it, gives way.)
                if let Some(p) = self.prev.as_ref().filter(|p| {
                    p.share.is_none_or(|x| {
                        words::prefix_in(List::ShareVerb, &text[x.range()]).is_some()
                    })
                }) {
                    if let Some(m) = p.metric.as_ref() {
                        // A share word closing the indicator before gives
                        // way to the one written here (`加工贸易出口比重…,
                        // 占比提高2.5个百分点` → 加工贸易出口占比).
                        let mut mt = m.text(text);
                        if m.built.is_none() {
                            if let Some((x, _)) = self
                                .lex
                                .ending(text, m.span.start, m.span.end, &[Role::Share])
                                .filter(|(x, _)| mt[..mt.len() - x.len()].chars().count() >= 2)
                            {
                                mt = &mt[..mt.len() - x.len()];
                            }
                        }
                        let built = format!("{mt}{w}");
                        metric = Some(Metric {
                            span: Span::new(ws, ws + w.len()),
                            built: Some(built),
                        });
                        subject = subject.or(p.subject);
                        share_word = true;
                    }
                }
            }
        }
        // A share word right after its whole framed by a postposition
        // (`…发电量11478亿千瓦时,在全社会用电量中占比达到23.7%`): the whole,
        // and the share is of the indicator before.
        let mut framed = if analysis.share && analysis.whole.is_none() {
            self.framed_whole(&mut metric)
        } else {
            None
        };
        // A subject inside the frame (`在全市发电量中`) is the whole's.
        if let Some((w, p)) = framed.as_mut() {
            if let Some(s) = subject.filter(|s| s.start >= own && s.end <= w.start) {
                w.start = s.start;
                p.start = s.start;
                subject = self.prev.as_ref().and_then(|p| p.subject);
                self.subject = subject;
            }
        }
        let framed_whole = framed.map(|(w, _)| w);
        // A contribution (`…贡献率109.7%,上拉全市工业增加值增速10.6个百分点`)
        // is of the indicator whose change it drives: the last change of the
        // paragraph, past the shares and rates between.
        if metric.is_none()
            && words::prefix_in(List::PullVerb, &text[metric::trim(text, own, upto).0..upto])
                .is_some()
        {
            metric = self
                .recent
                .iter()
                .zip(&self.recent_parts)
                .rev()
                .find(|(m, &(_, measure))| m.is_some() && measure == Measure::Change)
                .and_then(|(m, _)| m.clone());
            if metric.is_some() {
                subject = subject.or(self.prev.as_ref().and_then(|p| p.subject));
            }
        }
        // A rate of the things just counted, their noun its subject
        // (`其中159家公司预计增幅超过100%`): the noun is no indicator; the
        // rate is of the last indicator changed before.
        if metric.is_none() && analysis.growth && e.kind == Kind::Percent {
            let counted = self
                .prev
                .as_ref()
                .and_then(|p| p.metric.as_ref())
                .filter(|m| m.built.is_none() && subject == Some(m.span))
                .map(|m| m.span);
            if let Some(c) = counted {
                metric = self
                    .recent
                    .iter()
                    .zip(&self.recent_parts)
                    .rev()
                    .filter_map(|(m, &(_, measure))| {
                        m.as_ref()
                            .filter(|m| measure == Measure::Change && m.span != c)
                    })
                    .next()
                    .cloned();
            }
        }
        if metric.is_none() {
            if let Some(p) = &self.prev {
                metric = p.metric.clone();
                subject = subject.or(p.subject);
                inherited_share = p.share;
                inherited_whole = p.whole_of_share;
            }
        }
        // The basis's own value between a comparison and the verb of change
        // (`较上年人民币1900百万元增加12.5%`, `与上年20.6%基本持平`): a level of
        // the compared period, whose time is no time of the text's.
        // The goal a figure is measured against, its value written between
        // the comparison and a verb that gives the difference
        // (`比“十五”计划目标3000亿元超过1070亿元`): a level of the indicator
        // before, a target with no time; the figure after the verb is the
        // difference, a change.
        let compared_goal = bracket_goal.is_some()
            || analysis.compare
                && analysis.metric.is_none()
                && e.change().is_none()
                && self.compared_goal(i);
        if compared_goal {
            self.goal_difference = Some(i + 1);
        }
        // The difference from a plan written as a word of exceeding and the
        // goal noun alone before the figure (`新开工30项,超计划16项`): a
        // change of the indicator, reported.
        let goal_difference = self.goal_difference == Some(i) || self.plan_excess(own, e);
        let bracketed_base = e.change().is_none() && self.bracketed_compared_value(e);
        let basis_value = base_period
            || compared_goal
            || bracketed_base
            || (e.change().is_none() && self.compared_period_value(i))
            || analysis.compare
                && analysis.metric.is_none()
                && e.change().is_none()
                && !relative_unit(e)
                && self
                    .lex
                    .starting(text, e.span.end, text.len(), &[Role::Change])
                    .is_some();
        // The noun the figure qualifies (`低于2.5%的控制目标`: a goal;
        // `实现9.5%左右的增长`: a rate of growth).
        let linked = metric::linked_noun(text, e.span.end);
        // A part written in tenths or halves after its whole and 的
        // (`可再生能源发电量接近全国总发电量的四成`): a share, of the whole
        // written after the verb; the metric is the words before the verb.
        let part_whole = if basis_value || e.change().is_some() {
            None
        } else {
            self.part_of_whole(e, &mut metric)
        };
        let measure = if let Some(p) = self.out.last().filter(|_| compared_item.is_some()) {
            p.measure
        } else if basis_value {
            Measure::Level
        } else if part_whole.is_some() {
            Measure::Share
        } else if goal_difference {
            Measure::Change
        } else if linked_share {
            Measure::Share
        } else if linked.is_some_and(|n| {
            self.lex
                .starting(text, n.start, n.end, &[Role::Change])
                .is_some_and(|(w, _)| w.len() == n.len())
        }) && e.kind == Kind::Percent
        {
            Measure::Change
        } else if self.part_of_population(e, &analysis) {
            Measure::Share
        } else {
            match self.measure(e, &analysis) {
                // A milestone reached right after the figure (`跃升3000万辆
                // 台阶`): the level reached, whatever verb leads to it.
                Measure::Change if e.change().is_none() && self.milestone_after(e) => {
                    Measure::Level
                }
                // The next value of a share whose indicator it takes, with
                // no change of its own (`比重由17.5%上升至32.3%`, the ratio
                // `比重分别为23.1:23.6:53.3`): a share of the same whole.
                Measure::Level
                    if inherited_whole.is_some()
                        && matches!(e.kind, Kind::Percent | Kind::Number)
                        && e.change().is_none() =>
                {
                    share_inherited = true;
                    Measure::Share
                }
                m => m,
            }
        };
        let whole = match measure {
            Measure::Share if share_inherited => inherited_whole.flatten(),
            Measure::Share => part_whole.or(framed_whole).or(analysis.whole),
            _ => None,
        };
        // A change of a share (`第一产业占地区生产总值的比重上升3.82个百分点`,
        // `民营经济占GDP的比重为66.2%,较上年下降0.8个百分点`): its metric is
        // the share written whole.
        // (A share of a framed whole has the phrase up to its share word,
        // `全社会用电量中占比`.)
        let own_share = framed.map(|(_, p)| p).or_else(|| {
            analysis.share_phrase.filter(|_| {
                analysis.metric.is_none()
                    || metric
                        .as_ref()
                        .zip(analysis.metric.as_ref())
                        .is_some_and(|(m, a)| m.span == a.span && a.built.is_none())
            })
        });
        let share_phrase = own_share.or(inherited_share);
        if measure == Measure::Change && relative_unit(e) {
            if let Some(p) = share_phrase {
                metric = Some(Metric {
                    span: p,
                    built: None,
                });
            }
        }
        // (Read only where a 截至 date waits: nothing else asks.)
        let stock = self.as_of.is_some()
            && metric.as_ref().is_some_and(|m| {
                self.lex
                    .ending(m.text(text), 0, m.text(text).len(), &[Role::Stock])
                    .is_some()
            });
        // 由上年的13.0:43.0:44.0调整为…: the values of the compared period,
        // no time of the text's.
        let from_base = self.compared_start_value(own, e);
        if let Some(cut) = from_base {
            self.from_base_end = e.span.end;
            // The words before 由 name the indicator.
            if let Some(m) = metric.as_mut().filter(|m| {
                m.built.is_none() && cut.is_some_and(|c| m.span.start < c && m.span.end > c)
            }) {
                let end = metric::trim(text, m.span.start, cut.unwrap_or(m.span.end)).1;
                if end > m.span.start {
                    m.span.end = end;
                }
            }
        }
        let from_base = from_base.is_some();
        let time = match (stock, self.as_of) {
            _ if basis_value || from_base => None,
            _ if self.compared_sentence && e.change().is_none() => None,
            (true, Some(a)) => Some(a),
            // 由2019年的A调整为B: B is the new state, of the paragraph's time
            // (the year of A is its compared base).
            _ if self.from_time.is_some_and(|f| {
                self.time == Some(f)
                    && words::list(List::ToState)
                        .iter()
                        .any(|w| has_word(&text[self.entities[f].span.end..e.span.start], w))
            }) =>
            {
                self.para_time.or_else(|| self.section_time())
            }
            _ => self.time.or(self.para_time).or_else(|| self.section_time()),
        };
        // An indicator of a whole year (`年度工业产值`, `年产值`) is of no
        // part of the year around it (`前三季度,…推动着新区向年度工业产值超
        // 千亿元的目标…`).
        let time = time.filter(|&t| {
            !(part_of_year(&self.entities[t])
                && metric.as_ref().is_some_and(|m| yearly(m.text(text))))
        });
        if compared_value {
            self.time = None;
        }
        // The goal's words name the goal measured against, no plan of the
        // sentence's (`…及区级确保目标任务(23.9亿元)`): the cue stays the
        // words' before them.
        if let Some(at) = bracket_goal {
            self.cues(at);
            let kept = self.cue;
            self.cues(e.span.start);
            self.cue = kept;
        } else {
            self.cues(e.span.start);
        }
        self.cue_scanned = e.span.end;
        // A money threshold qualifying the noun after it (`亿元以上项目`) is
        // a rule parameter: actual, whatever the sentence plans; so is a
        // count with 以上 right after another figure, which qualifies the
        // noun that figure counts (`超230个50户以上木质房屋连片村寨`).
        // A bare number in digits has no measure word to count the noun
        // with: it qualifies it too (`30亿以上特大产业项目`; not a part
        // written in words, `半数以上农村家庭用户`); so does a quantity
        // after a count (`至少1个500亩以上连片…片区`).
        let qualifies = |e: &Entity| {
            e.kind == Kind::Money
                || (e.kind == Kind::Number
                    && text[e.span.start..e.span.end]
                        .bytes()
                        .any(|b| b.is_ascii_digit()))
                || (matches!(e.kind, Kind::Count | Kind::Quantity)
                    && i > 0
                    && is_figure(self.entities[i - 1].kind)
                    && self.entities[i - 1].span.end == e.span.start)
        };
        // A quantity right between a count and the noun it counts
        // (`建设香积变等4座110千伏变电站`) is a specification of the things
        // counted (their class), no figure of a goal either.
        let specification = e.kind == Kind::Quantity
            && i > 0
            && self.entities[i - 1].kind == Kind::Count
            && self.entities[i - 1].span.end == e.span.start
            && text[e.span.end..]
                .chars()
                .next()
                .is_some_and(|c| metric::is_word_char(c) && !c.is_ascii_digit());
        let threshold = (e.bound == Bound::AtLeast || specification)
            && qualifies(e)
            && text[e.span.end..].chars().next().is_some_and(|c| {
                metric::is_word_char(c) && !c.is_ascii_digit() && !metric::LINKS.contains(&c)
            });
        // A bound figure before 的有 and a count (`…下限超过1亿元的有922家`)
        // qualifies the things counted: a threshold of the tally, actual
        // even under 预计 (the count after it keeps the sentence's status).
        // So does one before 的占 and a percent (`高于10万元的占80%`): the
        // threshold of the part whose share follows.
        let tallied = matches!(e.bound, Bound::AtLeast | Bound::MoreThan)
            && self.entities.get(i + 1).is_some_and(|n| {
                let joiner = match n.kind {
                    Kind::Count => List::TallyJoiner,
                    Kind::Percent => List::TallyShareJoiner,
                    _ => return false,
                };
                text.get(e.span.end..n.span.start)
                    .is_some_and(|between| words::list(joiner).contains(&between))
            });
        // The figures that are actual whatever the sentence plans are
        // tested only when it plans (most figures are actual).
        // A count of tiers of government (`市、区两级`) names the levels that
        // act: no figure of an indicator (no metric, below), actual whatever
        // the sentence plans.
        // Tiers are two or more, written in words: a magnitude in digits
        // (`6.0级地震`, `7级大风`) is a figure of its own.
        let tiers = e.kind == Kind::Count
            && e.unit()
                .is_some_and(|u| words::list(List::TierMeasure).contains(&u))
            && !text[e.span.start..e.span.end]
                .bytes()
                .any(|b| b.is_ascii_digit())
            && e.value()
                .is_some_and(|v| v.is_integer() && v.to_f64() >= 2.0);
        // A count of kinds (`新建或改建绿道等两类项目`, `八大类商品`) names the
        // classes a list or an index is parted into, no figure of a goal:
        // actual whatever the sentence plans.
        let kinds = e.kind == Kind::Count
            && e.unit()
                .is_some_and(|u| words::list(List::KindMeasure).contains(&u));
        let plan_goes_on =
            self.plan_para && self.cue == Status::Actual && self.opening_subject().is_none();
        let cue = self.cue;
        let status = match cue {
            _ if compared_goal => Status::Target,
            // The compared period's value (`上年同期盈利190,368.77万元`)
            // is reported, whatever the sentence forecasts or plans.
            _ if threshold
                || tallied
                || tiers
                || kinds
                || goal_difference
                || bracketed_base
                || base_period =>
            {
                Status::Actual
            }
            _ if self.goal_value(i) => Status::Target,
            Status::Actual if self.deadline => Status::Target,
            Status::Actual if self.para_cue != Status::Actual => self.para_cue,
            Status::Actual if plan_goes_on => Status::Target,
            Status::Actual
                if linked.is_some_and(|n| {
                    cue_status(self.lex, text, n.start, n.end, Status::Actual) == Status::Target
                }) =>
            {
                Status::Target
            }
            Status::Actual if self.is_plan_count(e) => Status::Target,
            Status::Actual if self.listed_goal(e) => Status::Target,
            Status::Actual if self.assigned_task(e) => Status::Target,
            Status::Actual if self.plan_items.is_some() && !self.done_before_verb(e) => {
                Status::Target
            }
            Status::Actual if self.forecasting_count(e, i) => Status::Forecast,
            Status::Actual if self.issued_plan(e, time) => Status::Target,
            Status::Actual if self.bullet_plan_goes_on(e) => Status::Target,
            Status::Actual => self.section_status(),
            // A clause after the goal that reports the work done so far
            // (`…装机目标为17.8GW,今年上半年已完成43%`): the completion, actual.
            Status::Target if self.clause > self.sentence && self.done_in_clause(e) => {
                Status::Actual
            }
            // Under a forecast heading (`(二)业绩预告情况`), 将 before a verb
            // of change (`…相比,将增加8600万元`) is the expectation of that
            // forecast, no goal: a goal word still makes a target.
            Status::Target
                if self.section_status() == Status::Forecast
                    && self.no_cue_before(e.span.start) =>
            {
                Status::Forecast
            }
            s => s,
        };
        // A count of the indicators or tasks of a scheme (`对32项县域经济考核
        // 指标进行了分析`, `十大重点工作任务`) describes the scheme: no goal.
        // (A number of 大 names such parts too: `十大行动`.)
        let scheme_count = (e.kind == Kind::Count
            || (e.kind == Kind::Number
                && words::suffix_in(List::MajorWord, &text[e.span.start..e.span.end]).is_some()))
            && metric.as_ref().is_some_and(|m| {
                m.built.is_none()
                    && m.span.start == e.span.end
                    && words::list(List::SchemeNoun)
                        .iter()
                        .any(|w| has_word(&text[m.span.start..m.span.end], w))
            });
        let status = if status == Status::Target && scheme_count && !compared_goal {
            Status::Actual
        } else {
            status
        };
        let status = if status != Status::Actual
            && !compared_goal
            && (self.bracket_comparative(i)
                || self.in_base_clause(e.span.start)
                || self.rule_rate(e))
        {
            Status::Actual
        } else {
            status
        };
        // A count of tiers of government measures no indicator: no metric
        // (`市、区两级公园举办活动…`: the levels that approve, not 公园).
        let metric = if tiers { None } else { metric };
        let carried = if compared_item.is_some() {
            self.prev.as_ref().and_then(|p| p.subject)
        } else {
            subject
        };
        self.prev = Some(Previous {
            metric: metric.clone(),
            subject: carried,
            at: e.span.start,
            share: share_phrase,
            // The level a share word's share reaches next is a share too.
            whole_of_share: (measure == Measure::Share || share_word).then_some(whole),
        });
        if self.recent.len() == RECENT {
            self.recent.pop_front();
            self.recent_parts.pop_front();
        }
        // A part's later figures (`,增长9.5%`) are the part's too.
        let part = (self.clause > self.sentence && self.clause_continues())
            || self.recent_parts.back().is_some_and(|&(p, _)| p)
                && self
                    .recent
                    .back()
                    .and_then(Option::as_ref)
                    .zip(metric.as_ref())
                    .is_some_and(|(p, m)| p.text(self.text) == m.text(self.text));
        self.recent.push_back(metric.clone());
        self.recent_parts.push_back((part, measure));
        self.pending_time = None;
        self.own = e.span.end;
        self.out.push(Fact {
            figure: e.clone(),
            metric,
            subject,
            time: time.map(|t| self.entities[t].clone()),
            measure,
            whole,
            status,
        });
        // The compared period's date dates its bracket only.
        if let Some(t) = self.bracket_restore.take() {
            self.time = t;
        }
    }

    /// Whether figure `e` counts the subjects of a forecast: a count whose
    /// noun a forecast word follows right away, the forecast's figure after
    /// it in the clause (`目前有多达330家公司预计上半年净利润最大增幅超过50%`):
    /// the count of those that forecast. (Without a figure the word names
    /// an act reported: `1132家公司预告上半年业绩`.)
    fn forecasting_count(&self, e: &Entity, i: usize) -> bool {
        e.kind == Kind::Count
            && e.noun().is_some_and(|n| {
                n.start == e.span.end
                    && self
                        .lex
                        .starting(self.text, n.end, self.text.len(), &[Role::Forecast])
                        .is_some()
            })
            && self.entities[i + 1..]
                .iter()
                .find(|x| is_figure(x.kind))
                .is_some_and(|x| {
                    clause_stop(self.text.as_bytes(), e.span.end, x.span.start) == x.span.start
                })
    }

    /// Whether figure `e` stands in an item of a list of lines opened by
    /// the same bullet (`◆`), the last fact before it a target in its own
    /// line or in the item right above (`◆…举办各类就业招聘会300场以上。` then
    /// `◆…完成政府补贴性技能培训2万人,新增技能人才1.5万人。`), with no word of
    /// work done before it: the list of tasks goes on with the plan.
    fn bullet_plan_goes_on(&self, e: &Entity) -> bool {
        let Some(last) = self.out.last().filter(|f| f.status == Status::Target) else {
            return false;
        };
        let text = self.text;
        let start = self.lines.before(e.span.start).map_or(0, |b| b + 1);
        let bullet = |at: usize| {
            let line = text[at..].trim_start_matches(heading::is_line_space);
            line.chars().next().filter(|&c| {
                words::has_char(List::HeadingMark, c) || words::has_char(List::BulletMark, c)
            })
        };
        let Some(mark) = bullet(start) else {
            return false;
        };
        let at = last.figure.span.start;
        let same_line = at >= start;
        let above = !same_line
            && self.lines.before(start - 1).map_or(0, |b| b + 1) <= at
            && bullet(self.lines.before(at).map_or(0, |b| b + 1)) == Some(mark);
        (same_line || above) && !self.done_before_verb(e)
    }

    /// Whether figure `e`, of time `time` (an entity's index), is a figure
    /// of the plan a notice issues (`…印发关于推动经济高质量发展若干政策的
    /// 通知` over `…着力推进140个左右支撑性项目,完成投资246.6亿元以上`): in
    /// the text under that heading, of no time or of a year not before the
    /// notice's, with no word of work done and a verb right before it
    /// (`已建成14个`). A notice's own sentences state what is to be done,
    /// whatever verb they use. A number of 大 (`九大工程`) names the parts
    /// of the plan, and a bound figure before 的 (`建成一批100公顷以上的
    /// “绿心”公园`) the class of the things planned: no goals.
    fn issued_plan(&self, e: &Entity, time: Option<usize>) -> bool {
        let Some((body, year)) = self.issued else {
            return false;
        };
        e.span.start > body
            && self.section_status() == Status::Actual
            && match time.map(|t| &self.entities[t]) {
                None => true,
                Some(t) => year.zip(year_of(t)).is_some_and(|(y, own)| own >= y),
            }
            && !(e.kind == Kind::Number
                && words::suffix_in(List::MajorWord, &self.text[e.span.start..e.span.end])
                    .is_some())
            && !self.bound_qualifier(e)
            && !self.done_right_before(e)
    }

    /// Whether the words of figure `e` from `own` are only a word of
    /// exceeding and a goal noun (`超计划16项`, `超过目标2个百分点`), with
    /// no change of its own.
    fn plan_excess(&self, own: usize, e: &Entity) -> bool {
        if e.change().is_some() || own >= e.span.start {
            return false;
        }
        let words = self.text[own..e.span.start].trim();
        words::prefix_in(List::ExceedGoal, words).is_some_and(|x| {
            let rest = &words[x.len()..];
            !rest.is_empty()
                && self
                    .lex
                    .starting(rest, 0, rest.len(), &[Role::Target])
                    .is_some_and(|(w, r)| r.has(Role::Target) && w.len() == rest.len())
        })
    }

    /// Whether the clause opens with a word that continues the sentence
    /// before (`其中`), read once for all the figures of the clause.
    fn clause_continues(&self) -> bool {
        let (at, known) = self.continuing.get();
        if at == self.clause {
            return known;
        }
        let continues =
            words::prefix_in(List::Continuing, self.text[self.clause..].trim_start()).is_some();
        self.continuing.set((self.clause, continues));
        continues
    }

    /// A category written without its indicator after a rate of change of
    /// the same sentence whose metric ends in a shared head
    /// (`国有控股企业增加值增长4.2%，股份制企业增长7.1%`): the category
    /// takes that head.
    fn parallel_head(&self, m: &mut Metric) {
        let text = self.text;
        if m.built.is_some() {
            return;
        }
        let Some(Some(p)) = self
            .prev
            .as_ref()
            .filter(|p| p.at >= self.sentence)
            .map(|p| p.metric.as_ref())
        else {
            return;
        };
        let own = m.text(text);
        let with_head = |before: &str| {
            words::list(List::SharedHead)
                .iter()
                .find(|h| before.len() > h.len() && before.ends_with(*h))
        };
        // The nearest metric of the sentence with a shared head, past
        // others (`装备制造业增加值增长16.7%,贡献率为80.7%;高技术制造业增长
        // 23.6%`: the contribution's 贡献率 between).
        let Some(head) = with_head(p.text(text)).or_else(|| {
            self.recent
                .iter()
                .rev()
                .skip(1)
                .map_while(|r| r.as_ref().filter(|r| r.span.start >= self.sentence))
                .find_map(|r| with_head(r.text(text)))
        }) else {
            return;
        };
        if own.contains(*head)
            || self
                .lex
                .ending(own, 0, own.len(), &[Role::Category])
                .is_none()
        {
            return;
        }
        m.built = Some(format!("{own}{head}"));
    }

    /// The plain noun a percent of no change qualifies through 的
    /// (`98%的行政村`): no growth, change, goal or forecast word in it, and
    /// no share, growth or comparison in the figure's own words.
    fn linked_share(&self, e: &Entity, a: &Analysis) -> Option<Span> {
        // A share word alone before the figure (`占比63.3%的电力供应业`)
        // makes the noun it qualifies the share's part.
        let lone_share = a.share && a.metric.is_none() && a.whole.is_none();
        if e.kind != Kind::Percent
            || e.change().is_some()
            || (a.share && !lone_share)
            || a.growth
            || a.compare
            || a.respectively
        {
            return None;
        }
        let text = self.text;
        let link = metric::linked_noun(text, e.span.end)?;
        let n = metric::after_figure(self.lex, text, link.start)?;
        let cue = [
            Role::Growth,
            Role::Change,
            Role::Target,
            Role::Forecast,
            Role::Report,
        ];
        let mut at = n.start;
        while at < n.end {
            if self.lex.starting(text, at, text.len(), &cue).is_some() {
                return None;
            }
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
        // Nor a manner word before a growth (`30%以上的快速增长势头`).
        if self.rate_of_linked_growth(e) {
            return None;
        }
        Some(n)
    }

    /// The use a percent of no change is put to (`…的70%用于民生,`): the
    /// words after a verb of use, two to twelve word characters closing the
    /// clause, after a link to the whole before the figure.
    fn share_used_for(&self, e: &Entity) -> Option<Span> {
        let text = self.text;
        if e.kind != Kind::Percent
            || e.change().is_some()
            || !text[..e.span.start].ends_with(metric::LINKS)
        {
            return None;
        }
        let verb = words::prefix_in(List::UseVerb, &text[e.span.end..])?;
        let from = e.span.end + verb.len();
        let len: usize = text[from..]
            .chars()
            .take_while(|&c| metric::is_word_char(c) && !c.is_ascii_digit())
            .take(LINKED_THING_CHARS + 1)
            .map(char::len_utf8)
            .sum();
        let n = Span::new(from, from + len);
        ((2..=LINKED_THING_CHARS).contains(&text[n.range()].chars().count())
            && text[n.end..]
                .chars()
                .next()
                .is_none_or(|c| is_clause_sep(c) || is_sentence_end(c)))
        .then_some(n)
    }

    /// Whether figure `e` is a part written in tenths or halves (`三成`,
    /// `半数以上`, `一半`) right before the noun of its population, with no
    /// change, comparison or growth of its own (`超五成行业实现正增长`,
    /// `近二成人月薪低于1000元`): a share of that population.
    fn part_of_population(&self, e: &Entity, a: &Analysis) -> bool {
        let text = self.text;
        matches!(e.kind, Kind::Percent | Kind::Number)
            && e.change().is_none()
            && !a.growth
            && !a.compare
            && e.text(text).chars().any(|c| words::has_char(List::PartWord, c))
            && text[e.span.end..]
                .trim_start_matches(' ')
                .chars()
                .next()
                .is_some_and(|c| metric::is_word_char(c) && !c.is_ascii_digit())
            // Not a rate qualifying a change (`逾4成的增长`).
            && metric::linked_noun(text, e.span.end).is_none_or(|n| {
                self.lex
                    .starting(text, n.start, n.end, &[Role::Change, Role::Growth])
                    .is_none()
            })
    }

    /// Whether a multiple is written against a basis (`是去年的1.9倍`,
    /// `为全国平均水平的2倍`: a link right before it): a ratio to that basis,
    /// a change. A multiple a copula gives an indicator of its own
    /// (`市盈率约为44.74倍`) is that indicator's level.
    fn multiple_of_basis(&self, e: &Entity) -> bool {
        self.text[..e.span.start]
            .trim_end()
            .ends_with(metric::LINKS)
    }

    /// Whether percent `e` qualifies a growth through a link, a manner
    /// word between at most (`保持在7%以上的较快增长区间`, `30%以上的快速
    /// 增长势头`): the rate of that growth, a change.
    fn rate_of_linked_growth(&self, e: &Entity) -> bool {
        let text = self.text;
        if e.kind != Kind::Percent {
            return false;
        }
        let Some(link) = metric::linked_noun(text, e.span.end) else {
            return false;
        };
        text[link.start..link.end]
            .char_indices()
            .take(LINKED_GROWTH_AT + 1)
            .any(|(k, _)| {
                self.lex
                    .starting(text, link.start + k, link.end, &[Role::Change])
                    .is_some_and(|(w, _)| w.chars().count() >= 2)
            })
    }

    /// Whether count `e` right after 的有 tallies the things its words
    /// qualify (`完成投资高于时序进度的有58个`): a comparison or a growth
    /// noun in them is the qualifier's, and the count a level.
    fn tally(&self, e: &Entity) -> bool {
        e.kind == Kind::Count
            && words::list(List::TallyJoiner)
                .iter()
                .any(|w| self.text[..e.span.start].ends_with(w))
    }

    fn measure(&self, e: &Entity, a: &Analysis) -> Measure {
        if e.kind == Kind::Ordinal {
            return Measure::Rank;
        }
        // A verb of upgrading right before a figure the extractor gives no
        // change (`老旧小区改造提升34个`, `实施市管路灯绿色智能照明提升2万盏`:
        // the things upgraded, not a change of their number) counts them;
        // so does one before a bracket holding the figure (`空间形象提升
        // (约3000平方米)`: the size of the work).
        if e.change().is_none()
            && e.kind != Kind::Percent
            && !relative_unit(e)
            && words::suffix_in(
                List::UpgradeVerb,
                self.text[self.own..e.span.start].trim_end_matches(crate::chars::is_open_paren),
            )
            .is_some()
        {
            return Measure::Level;
        }
        if e.change().is_some()
            || relative_unit(e)
            || self.rate_of_linked_growth(e)
            || (e.unit() == Some(MULTIPLE) && self.multiple_of_basis(e))
            || ((a.growth || (a.compare && !a.share)) && !self.tally(e))
        {
            return Measure::Change;
        }
        if a.share && matches!(e.kind, Kind::Percent | Kind::Number) {
            return Measure::Share;
        }
        // A percent right before a word of holding (`66%股权`, `之80%权益`)
        // is the part of a body held: a share.
        if e.kind == Kind::Percent
            && words::prefix_in(List::HoldingWord, &self.text[e.span.end..]).is_some()
        {
            return Measure::Share;
        }
        Measure::Level
    }
}

/// Most characters of a compared item's name before its bracketed figure
/// (`金华(5.5%)`).
const MAX_ITEM_CHARS: usize = 8;

/// Most characters of a manner word between a link and the growth a
/// percent qualifies (`的较快增长`).
const LINKED_GROWTH_AT: usize = 2;

/// The unit of a multiple (`倍`).
pub(crate) use crate::chars::MULTIPLE;

/// Most characters between a compared date and its multiple
/// (`2012年技术水平的两倍`), 的 included.
const MULTIPLE_BASIS_CHARS: usize = 10;

/// True for a figure in percentage points: a difference, never a level.
fn relative_unit(e: &Entity) -> bool {
    e.unit() == Some("pp")
}

/// Whether two times name the same dates (`今年前三季度`, `前三季度`): the
/// same kind and values, a year known in one only.
fn same_period(a: &Entity, b: &Entity) -> bool {
    a.kind == b.kind
        && match (a.date(), b.date()) {
            (Some(x), Some(y)) => {
                x.month == y.month
                    && x.day == y.day
                    && (x.year == y.year || x.year.is_none() || y.year.is_none())
            }
            _ => a.period() == b.period() && a.period().is_some(),
        }
}

/// The year of a date, or the last year of a period.
/// Whether time `e` is a part of one year: a period of months or quarters
/// (`前三季度`, `第四季度`, `1-3月`). (A day, `截至…十二月三十一日止年度`,
/// may close a year.)
fn part_of_year(e: &Entity) -> bool {
    e.kind == Kind::Period
        && e.period().is_some_and(|(f, t)| {
            f.month.zip(t.month).is_some_and(|(a, b)| (a, b) != (1, 12))
                && (f.year == t.year || f.year.is_none() || t.year.is_none())
        })
}

/// Whether `metric` names an indicator of a whole year: it opens with 年
/// (`yearly_open`) and a word character, other than the words that name no such
/// indicator (`年均`, `年末`).
fn yearly(metric: &str) -> bool {
    words::prefix_in(List::YearlyOpen, metric).is_some_and(|w| {
        metric[w.len()..]
            .chars()
            .next()
            .is_some_and(metric::is_word_char)
            && words::prefix_in(List::NotYearly, metric).is_none()
    })
}

fn year_of(e: &Entity) -> Option<i32> {
    match e.kind {
        Kind::Date => e.date()?.year,
        Kind::Period => e.period()?.1.year,
        _ => None,
    }
}

/// Where the text's first line ends when it is the heading of a notice
/// that issues a document ([`crate::policy::issues_document`]), with the
/// year of the latest day the text names (the notice's date).
fn issued_notice(text: &str, entities: &[Entity]) -> Option<(usize, Option<i32>)> {
    let start = text.len() - text.trim_start().len();
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    if !crate::policy::issues_document(text[start..end].trim_end()) {
        return None;
    }
    let year = entities
        .iter()
        .filter(|e| is_day(e))
        .filter_map(year_of)
        .max();
    Some((end, year))
}

/// The year of a date that is a whole calendar year (`2024年`), else none.
fn whole_year(e: &Entity) -> Option<i32> {
    e.date()
        .filter(|d| e.kind == Kind::Date && d.month.is_none() && d.day.is_none())
        .and_then(|d| d.year)
}

/// True for a date that names a day (`1月23日`): the day of an event, no
/// period a figure refers to unless 截至 makes it a stock's date.
fn is_day(e: &Entity) -> bool {
    e.kind == Kind::Date && e.date().is_some_and(|d| d.day.is_some())
}

/// Whether a verb of release (`发布`, `披露`) opens `tail`, or follows
/// at most two word characters of a part of the day (`晚间披露`).
fn released(tail: &str) -> bool {
    tail.char_indices()
        .take_while(|&(_, c)| metric::is_word_char(c))
        .take(3)
        .any(|(k, _)| words::prefix_in(List::ReleaseVerb, &tail[k..]).is_some())
}

/// The largest char boundary at or below `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `v.partition_point(below)` (`v` sorted so that `below` holds for a
/// prefix), found by galloping from `i` in whichever direction the answer
/// lies: the look-ups of the pass ask for a place near one they know (the
/// figure's entity, the last line read), and a binary search over the whole
/// text's entities or lines missed the cache at most probes.
fn partition_near<T>(v: &[T], i: usize, below: impl Fn(&T) -> bool) -> usize {
    let i = i.min(v.len());
    if i < v.len() && below(&v[i]) {
        // Forward: `v[..=i]` all below.
        let mut lo = i + 1;
        let mut step = 1;
        loop {
            let probe = lo + step - 1;
            if probe >= v.len() {
                return lo + v[lo..].partition_point(&below);
            }
            if !below(&v[probe]) {
                return lo + v[lo..probe].partition_point(&below);
            }
            lo = probe + 1;
            step *= 2;
        }
    }
    // Backward: `v[i..]` none below.
    let mut hi = i;
    let mut step = 1;
    loop {
        if hi == 0 {
            return 0;
        }
        let probe = hi.saturating_sub(step);
        if below(&v[probe]) {
            let lo = probe + 1;
            return lo + v[lo..hi].partition_point(&below);
        }
        hi = probe;
        step *= 2;
    }
}

/// The smallest char boundary at or above `at`.
fn ceil_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}
