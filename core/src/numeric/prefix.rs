//! What comes just before a number: a sign (`-`, `负`, `±`), a currency
//! word (`人民币`, `¥`, `USD`) and a bound word (`约`, `超过`, `不到`), all in
//! the span; and, out of the span, verbs that set the bound (`突破`,
//! `控制在`) and the words that make a duration a period (`前8个月`).

use super::table::{CURRENCY_PREFIXES, PREFIX_BOUNDS, SHARE_VERBS, VERB_BOUNDS};
use super::text::{char_at, char_before, skip_space_back};
use crate::chars::halfwidth;
use crate::chars::{NOT, ONE, YEAR};
use crate::entity::Bound;
use crate::lexicon::{has_char, has_keyed_char, keyed, list, prefix_in, suffix_in, List};

/// The prefix of a number.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Prefix {
    /// Where the span starts (the number's start when there is no prefix).
    pub start: usize,
    /// `-` or `负` was written.
    pub negative: bool,
    /// `±` was written.
    pub plus_minus: bool,
    /// A currency word before the number: (unit, ISO code).
    pub currency: Option<(&'static str, &'static str)>,
    /// The bound a prefix word sets.
    pub bound: Option<Bound>,
}

/// Characters after which a bound word is really part of another word
/// (通过, 节约, 接近, 赶超 …).
fn glued(word: &str, before: Option<char>) -> bool {
    let Some(b) = before else { return false };
    has_keyed_char(List::BoundGlue, word, b)
}

/// A figure with its unit word ends at byte `at` (`365天`, `100万元`): a
/// minus sign after it is an operator of a formula (`365天-104天`), not the
/// sign of the next number.
fn after_quantity(text: &str, at: usize) -> bool {
    let mut i = at;
    for _ in 0..2 {
        match char_before(text, i) {
            Some(c) if crate::chars::is_han(c) => i -= c.len_utf8(),
            _ => break,
        }
    }
    i < at && char_before(text, i).is_some_and(|d| d.is_numeric())
}

/// Reads the prefix of the number starting at byte `at`, not looking back
/// past `floor`.
pub(crate) fn read(text: &str, at: usize, floor: usize) -> Prefix {
    let mut p = Prefix {
        start: at,
        ..Prefix::default()
    };
    let mut s = at;
    // Sign.
    match char_before(text, s) {
        Some('±') => {
            p.plus_minus = true;
            s -= '±'.len_utf8();
        }
        // -七大战新产业基地: a dash before a numeral written in words is a
        // bullet or a link, no sign (a negative in words is written 负).
        Some(c)
            if has_char(List::MinusSign, c)
                && !char_at(text, s).is_some_and(crate::numeral::chinese::is_numeral_char) =>
        {
            let before = char_before(text, s - c.len_utf8());
            if !before.is_some_and(|b| {
                b.is_ascii_alphanumeric()
                    || b.is_numeric()
                    || b == '%'
                    || has_char(List::CloseParen, b)
                    || has_char(List::MinusSign, b)
            }) && !after_quantity(text, s - c.len_utf8())
            {
                p.negative = true;
                s -= c.len_utf8();
            }
        }
        Some(c) if has_char(List::MinusWord, c) => {
            // 负 ends words too (减负 "lighten the burden", 抱负, 胜负, 担负):
            // after such a character it is not a minus sign.
            let before = char_before(text, s - c.len_utf8());
            if !before.is_some_and(|b| has_char(List::FuWordHead, b)) {
                p.negative = true;
                s -= c.len_utf8();
            }
        }
        _ => {}
    }
    if s < floor {
        return Prefix {
            start: at,
            ..Prefix::default()
        };
    }
    p.start = s;
    // Currency word (a space may follow an ISO code, `USD 100`, and any
    // currency word before Arabic digits, `港币 0.63 元`).
    let cs = if char_before(text, s) == Some(' ') {
        s - 1
    } else {
        s
    };
    if let Some((w, cur)) = CURRENCY_PREFIXES.longest_before(text, cs, floor) {
        let ws = cs - w.len();
        let ascii = w.bytes().all(|b| b.is_ascii_alphabetic());
        let glued_letters =
            ascii && char_before(text, ws).is_some_and(|c| c.is_ascii_alphanumeric());
        let digits = text.as_bytes().get(s).is_some_and(u8::is_ascii_digit);
        if !glued_letters && (cs == s || ascii || digits) {
            p.currency = Some(cur);
            s = ws;
            p.start = s;
        }
    }
    // 大于(等于)90m2: a bracketed "or equal" after a strict comparative
    // makes the bound inclusive, word and mark in the span.
    if let Some(m) = suffix_in(List::OrEqualMark, &text[floor..s]) {
        if let Some((w, b)) = PREFIX_BOUNDS.longest_before(text, s - m.len(), floor) {
            let ws = s - m.len() - w.len();
            if let (Some(b), false) = (inclusive(b), glued(w, char_before(text, ws))) {
                p.bound = Some(b);
                p.start = ws;
                return p;
            }
        }
    }
    // Bound word, maybe negated with a modal (不得低于, 不应大于); text that
    // sets Arabic figures off with spaces writes `超 60 家`.
    let bs = if char_before(text, s) == Some(' ')
        && text.as_bytes().get(s).is_some_and(u8::is_ascii_digit)
        && s > floor
    {
        s - 1
    } else {
        s
    };
    if let Some((w, b)) = PREFIX_BOUNDS
        .longest_before(text, s, floor)
        .map(|x| (x, s))
        .or_else(|| {
            PREFIX_BOUNDS
                .longest_before(text, bs, floor)
                .map(|x| (x, bs))
        })
        .map(|(x, at)| {
            s = at;
            x
        })
    {
        let ws = s - w.len();
        if !glued(w, char_before(text, ws)) {
            let (mut ws, b) = modal_negation(text, ws, floor, b);
            // 最多不超过六批: a second bound word saying the same.
            if let Some((w2, b2)) = PREFIX_BOUNDS.longest_before(text, ws, floor) {
                if b2 == b && w2.chars().count() >= 2 {
                    ws -= w2.len();
                }
            }
            p.bound = Some(b);
            p.start = ws;
        }
    }
    p
}

/// The inclusive bound of a strict one (more than → at least, less than
/// → at most): an "or equal" or an inclusive mark (`超过200平方米(含)`)
/// written with it. `None` for a bound that is not strict.
pub(crate) fn inclusive(b: Bound) -> Option<Bound> {
    match b {
        Bound::MoreThan => Some(Bound::AtLeast),
        Bound::LessThan => Some(Bound::AtMost),
        _ => None,
    }
}

/// `比“十五”计划目标3000亿元超过1070亿元`: a more-than word (超过) right
/// after a figure that a comparator (比, 较) earlier in the clause opened
/// the comparison with says by how much that figure is exceeded, no bound:
/// the figure after it is the amount exceeded, exact, the word out of its
/// span. `compared` is the span of the figure before; the answer is where
/// the span starts without the word.
pub(crate) fn exceeded_amount(
    text: &str,
    p: &Prefix,
    compared: Option<(usize, usize)>,
) -> Option<usize> {
    let (cs, ce) = compared?;
    if p.bound != Some(Bound::MoreThan) || ce != p.start || p.negative || p.plus_minus {
        return None;
    }
    // The longest bound word starting at the span's start.
    let w = text[p.start..]
        .char_indices()
        .skip(1)
        .map(|(k, _)| p.start + k)
        .chain(std::iter::once(text.len()))
        .take(6)
        .filter_map(|e| PREFIX_BOUNDS.longest_before(text, e, p.start))
        .filter(|(w, _)| text[p.start..].starts_with(*w))
        .map(|(w, _)| w)
        .max_by_key(|w| w.len())?;
    let mut k = cs;
    for _ in 0..COMPARED_CHARS {
        let Some(c) = char_before(text, k) else { break };
        if clause_end(c) {
            break;
        }
        k -= c.len_utf8();
    }
    let clause = &text[k..cs];
    list(List::Comparator)
        .iter()
        .any(|c| clause.contains(c))
        .then_some(p.start + w.len())
}

/// Most characters [`exceeded_amount`] looks back for the comparator.
const COMPARED_CHARS: usize = 24;

/// 不得/不应/不宜/不能/不可 before a comparative (`不得低于80%`, `不应大于1.8米`):
/// the bound is negated (less than → at least, more than → at most) and
/// the span starts at 不.
fn modal_negation(text: &str, ws: usize, floor: usize, b: Bound) -> (usize, Bound) {
    let negated = match b {
        Bound::LessThan => Bound::AtLeast,
        Bound::MoreThan => Bound::AtMost,
        _ => return (ws, b),
    };
    let Some(modal) = char_before(text, ws).filter(|c| has_char(List::Modal, *c)) else {
        return (ws, b);
    };
    let m = ws - modal.len_utf8();
    match char_before(text, m) {
        Some(NOT) if m - NOT.len_utf8() >= floor => (m - NOT.len_utf8(), negated),
        _ => (ws, b),
    }
}

/// The bound set by a verb just before the span (`占比突破73%`).
/// A verb or a bound word of two characters or more still sets the bound
/// across one particle 了 有 是 为 在 (`超过了5亿元`, `至少有10个`, `最多为5`);
/// the words and the particle stay out of the span.
pub(crate) fn verb_bound(text: &str, start: usize, floor: usize) -> Option<Bound> {
    let s = skip_space_back(text, start, floor);
    if let Some((w, b)) = VERB_BOUNDS.longest_before(text, s, floor) {
        // 新突破三年行动: a verb made a noun by the character before it
        // (`List::BoundGlue`) bounds nothing.
        if glued(w, char_before(text, s - w.len())) {
            return None;
        }
        return Some(b);
    }
    let particle = char_before(text, s).filter(|c| has_char(List::VerbParticle, *c))?;
    let s = s - particle.len_utf8();
    if s < floor {
        return None;
    }
    if let Some((_, b)) = VERB_BOUNDS.longest_before(text, s, floor) {
        return Some(b);
    }
    if let Some((w, b)) = PREFIX_BOUNDS
        .longest_before(text, s, floor)
        .filter(|&(w, b)| w.chars().count() >= 2 || approx_verb(text, s - w.len(), w, b))
    {
        return Some(modal_negation(text, s - w.len(), floor, b).1);
    }
    None
}

/// 约 before a particle (`约为5.6亿元`, `约有300家`, `约占全省的40%`) or a
/// [`List::ApproxLink`] (`约合人民币3.6亿元`, `1吨约等于1380立方米`): the one
/// one-character bound word that bounds across a particle, when it closes
/// no other word (`签约为`, `节约了`: `List::BoundGlue`).
fn approx_verb(text: &str, ws: usize, w: &str, b: Bound) -> bool {
    b == Bound::Approx
        && w.chars().nth(1).is_none()
        && !glued(w, char_before(text, ws))
        && (char_at_is_particle(text, ws + w.len())
            || prefix_in(List::ApproxLink, &text[ws + w.len()..]).is_some())
}

/// True when a verb particle (了 有 是 为 在 占) is the character at `at`.
fn char_at_is_particle(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .next()
        .is_some_and(|c| has_char(List::VerbParticle, c))
}

/// A bound word of two characters or more earlier in the clause, with no
/// figure between, still bounds the figure: within four characters
/// (`至少建设一所` → at least), or anywhere in the clause (48 characters at
/// most) when the figure is a part of something, after 的
/// (`不高于承担风险责任的0.5%` → at most), or 16 when it is a percent, a
/// share of the base before it (`不足当月总天数50%`); after 的 a verb of bound
/// too (`接近全国总发电量的四成` → less than). A plain comparative with its
/// object and no 的 states a difference, not a bound (`高于全省1.2个百分点`).
/// The words stay out of the span.
///
/// `over` is the span of an ordinal ending at `floor` that the walk may
/// pass (`不得超过本条例第四条规定最低税额的30%`: an article cited inside the
/// base takes no bound word of its own). `points`: the figure is a
/// difference in percentage points. `end`: where the figure ends; a share
/// closing a condition with 的 and a clause mark after it is a share of
/// the base even after a plain comparative (`工资低于当地上年度在岗职工月平均工资
/// 百分之六十的，`: less than 60% of the wage, no difference).
pub(crate) fn clause_bound(
    text: &str,
    start: usize,
    end: usize,
    floor: usize,
    share: bool,
    points: bool,
    over: Option<(usize, usize)>,
) -> Option<Bound> {
    let part_of = char_before(text, start).is_some_and(|c| has_char(List::BaseParticle, c));
    let condition = share && !points && {
        let mut after = text[end.min(text.len())..].chars();
        after
            .next()
            .is_some_and(|c| has_char(List::BaseParticle, c))
            && after.next().is_some_and(clause_end)
    };
    // A percent is a share of the base written before it (`不足当月总天数50%`,
    // `不超过安置补偿权益金额10%`): the bound word may stand before the base.
    let reach = if part_of {
        48
    } else if share {
        16
    } else {
        4
    };
    let mut p = per_phrases_start(text, product_first_factor(text, start, floor), floor);
    let mut floor = floor;
    for step in 0..reach {
        if let Some((os, _)) = over.filter(|&(_, oe)| p == oe && oe == floor) {
            p = os;
            floor = 0;
        }
        let c = char_before(text, p)?;
        // 不超过职工月收入(…,下同)的60%: a bracketed aside without a figure
        // inside the base is stepped over whole, its commas too.
        if crate::chars::is_close_paren(c) {
            if let Some(open) = figureless_aside(text, p - c.len_utf8(), floor) {
                p = open;
                continue;
            }
        }
        // A year between (`不超过2021年度出让地价的12%`) is no figure.
        let year_digit = c.is_ascii_digit()
            && text[p..]
                .trim_start_matches(|d: char| d.is_ascii_digit())
                .starts_with(YEAR);
        if p - c.len_utf8() < floor
            || (c.is_ascii_digit() && !year_digit)
            || clause_end(c)
            || crate::chars::is_open_paren(c)
        {
            return None;
        }
        if let Some((w, b)) = PREFIX_BOUNDS
            .longest_before(text, p, floor)
            .filter(|&(w, b)| w.chars().count() >= 2 || approx_verb(text, p - w.len(), w, b))
        {
            // 满意95票,…,不满意0票: the bound word's last character and
            // the characters walked over make a label the sentence writes
            // right before another figure (满意): the bound word is the
            // negation of that label (不满意, dissatisfied), no bound.
            if !part_of && !share && p < start && labels_a_figure(text, p - w.len(), w, p, start) {
                return None;
            }
            let (ws, b) = modal_negation(text, p - w.len(), floor, b);
            let plain_comparative = ws == p - w.len() && list(List::PlainComparative).contains(&w);
            // Past four characters before a percent, 超过 names the level
            // it is compared with (超过全国平均水平3.5%), no bound.
            // A difference in percentage points after 超过 and the level it
            // is compared with (超过全省0.4个百分点) is no bound either.
            let compared = !part_of && (step >= 4 || points && step >= 1) && b == Bound::MoreThan;
            return (part_of || condition || !plain_comparative && !compared).then_some(b);
        }
        // 接近全国总发电量的四成: a verb of bound before the whole a part
        // is taken of bounds the part (突破, 接近, 将近), and so before the
        // base of a percent as a bound word does (已投资额未达到总投资额25%).
        // A verb used as a noun before 的 (取得突破的企业的20%) is none.
        if (part_of || share && !points)
            && !char_at(text, p).is_some_and(|c| has_char(List::ClauseMark, c))
        {
            if let Some((_, b)) = VERB_BOUNDS.longest_before(text, p, floor) {
                return Some(b);
            }
            // 未完成开发投资总额25%: a verb that bounds a share only.
            if share && p < start {
                if let Some((_, b)) = SHARE_VERBS.longest_before(text, p, floor) {
                    return Some(b);
                }
            }
        }
        p -= c.len_utf8();
        // 最多只能保留一套: a modal of "only" between the bound word and
        // its verb takes none of the reach.
        if let Some(w) = suffix_in(List::BoundFiller, &text[floor.min(p)..p]) {
            p -= w.len();
        }
    }
    None
}

/// Most characters [`labels_a_figure`] looks back for the label.
const LABEL_REACH: usize = 48;

/// True when the bound word `w` starting at `ws` and ending at `gap` shares
/// its last character with a word running to the figure at `start`
/// (`不满意0票`: 满 + 意), and that word is written right before a figure
/// earlier in the same sentence (`满意95票,基本满意27票,`), within
/// [`LABEL_REACH`] characters, no sentence end, semicolon or line break
/// between: a label of a list of figures, not a bound word and its object.
fn labels_a_figure(text: &str, ws: usize, w: &str, gap: usize, start: usize) -> bool {
    let Some(last) = w.chars().next_back() else {
        return false;
    };
    let label_start = gap - last.len_utf8();
    let label = &text[label_start..start];
    if !text[gap..start].chars().all(crate::chars::is_han) {
        return false;
    }
    let mut from = ws;
    for _ in 0..LABEL_REACH {
        let Some(c) = char_before(text, from) else {
            break;
        };
        if c == '\n' || has_char(List::WideSentenceEnd, c) || has_char(List::Semicolon, c) {
            break;
        }
        from -= c.len_utf8();
    }
    text[from..ws].match_indices(label).any(|(k, _)| {
        text[from + k + label.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || crate::numeral::chinese::is_numeral_char(c))
    })
}

/// Most characters [`frequency_bound`] looks back for the word of "every".
const FREQUENCY_REACH: usize = 16;

/// A bound word of two characters or more right before a word of "every"
/// earlier in the clause (`至少每年向缴费个人发送一次` → at least): it bounds
/// the count of times (`measure`, a [`List::FrequencyMeasure`]) done in
/// each period, however far the verb puts it, with no figure between.
pub(crate) fn frequency_bound(
    text: &str,
    start: usize,
    floor: usize,
    measure: &str,
) -> Option<Bound> {
    if !list(List::FrequencyMeasure).contains(&measure) {
        return None;
    }
    let mut p = start;
    for _ in 0..FREQUENCY_REACH {
        let c = char_before(text, p)?;
        if p - c.len_utf8() < floor || c.is_ascii_digit() || clause_end(c) {
            return None;
        }
        p -= c.len_utf8();
        if has_char(List::EveryWord, c) {
            return PREFIX_BOUNDS
                .longest_before(text, p, floor)
                .filter(|&(w, _)| w.chars().nth(1).is_some())
                .map(|(_, b)| b);
        }
        if crate::numeral::chinese::is_numeral_char(c) {
            return None;
        }
    }
    None
}

/// Most characters of an aside [`clause_bound`] steps over.
const ASIDE_CHARS: usize = 40;

/// The start of the opening bracket of an aside whose closing bracket
/// starts at `close`, when it holds no digit, bracket or line break (at
/// most [`ASIDE_CHARS`] characters, not below `floor`).
fn figureless_aside(text: &str, close: usize, floor: usize) -> Option<usize> {
    let mut p = close;
    for _ in 0..ASIDE_CHARS {
        let c = char_before(text, p).filter(|_| p > floor)?;
        p -= c.len_utf8();
        if crate::chars::is_open_paren(c) {
            return Some(p);
        }
        if c == '\n'
            || crate::chars::is_close_paren(c)
            || crate::numeral::arabic::digit(c).is_some()
            || crate::numeral::chinese::is_numeral_char(c)
        {
            return None;
        }
    }
    None
}

/// `不小于2.5×5.3m`: the start of the first factor of a product written
/// right before the figure at `start` (no figure of its own), so a bound
/// word before the product reaches the figure (ANNOTATION b8-a 17);
/// `start` itself without one.
/// `不得低于县道每年每公里1万元`: the phrases of a rate right before the
/// figure at `at`, each a word of every (`List::PerWord`: 每) and one to
/// three ideographs (每年, 每公里, 每人), belong to the figure's unit, so a
/// bound word's reach is counted from before them: where the first of
/// them starts, or `at` when none stands there.
fn per_phrases_start(text: &str, at: usize, floor: usize) -> usize {
    let mut start = at;
    let mut p = at;
    let mut run = 0;
    while p > floor {
        let Some(c) = char_before(text, p).filter(|&c| crate::chars::is_han(c) && !clause_end(c))
        else {
            break;
        };
        p -= c.len_utf8();
        run += 1;
        if has_char(List::PerWord, c) {
            if run < 2 {
                break;
            }
            start = p;
            run = 0;
        } else if run > 3 {
            break;
        }
    }
    start
}

fn product_first_factor(text: &str, start: usize, floor: usize) -> usize {
    let Some(op) = char_before(text, start).filter(|&c| matches!(c, '×' | '*')) else {
        return start;
    };
    let digits = text[floor.min(start)..start - op.len_utf8()]
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    let first = digits.len() + floor.min(start);
    if first + op.len_utf8() == start || !text[first..].starts_with(|c: char| c.is_ascii_digit()) {
        return start;
    }
    first
}

/// The bound of a spread added to a base rate (`不超过一年期贷款基础利率(LPR)加15个基点`
/// → at most): a [`List::SpreadLead`] word right before the rate at `start`,
/// and a bound word of two characters or more earlier in the clause, within
/// 24 characters, no Arabic digit between. The walk may pass the loan term
/// before the base (`一年期`, an entity that takes no bound word).
pub(crate) fn spread_bound(text: &str, start: usize, floor: usize) -> Option<Bound> {
    let lead = suffix_in(List::SpreadLead, &text[floor.min(start)..start])?;
    let mut p = start - lead.len();
    for _ in 0..24 {
        if let Some((w, b)) = PREFIX_BOUNDS
            .longest_before(text, p, 0)
            .or_else(|| VERB_BOUNDS.longest_before(text, p, 0))
            .filter(|(w, _)| w.chars().count() >= 2)
        {
            return Some(modal_negation(text, p - w.len(), 0, b).1);
        }
        let c = char_before(text, p)?;
        if clause_end(c) || c.is_ascii_digit() {
            return None;
        }
        p -= c.len_utf8();
    }
    None
}

/// True when 仅/只 (仅有, 只有) or 至少 comes earlier in the clause, within
/// eight characters before `at`: then 一 with a measure word is a count
/// (`只能享受一次` → 1 次), not an article.
pub(crate) fn only_before(text: &str, at: usize, floor: usize) -> bool {
    let mut p = at;
    // 仅能享受(包括购买、继承、受赠等方式)一套: an aside in brackets right
    // before the figure is stepped over.
    if char_before(text, p).is_some_and(|c| halfwidth(c) == ')') {
        let head = &text[floor.min(p)..p];
        if let Some(k) = head.rfind(|c: char| halfwidth(c) == '(') {
            if head[k..].chars().count() <= 40 {
                p = floor.min(p) + k;
            }
        }
    }
    for _ in 0..8 {
        let Some(c) = char_before(text, p) else {
            return false;
        };
        if p - c.len_utf8() < floor || clause_end(c) {
            return false;
        }
        p -= c.len_utf8();
        if crate::lexicon::prefix_in(List::OnlyWord, &text[p..]).is_some() {
            // 只 after 一 is a measure word (一只); 只是/不只 are "merely",
            // "not only", which limit no number.
            let before = char_before(text, p);
            let merely = text[p + c.len_utf8()..].starts_with(|m| has_char(List::OnlyMerely, m))
                || before == Some(NOT);
            let measure = has_keyed_char(List::OnlyWord, "measure", c);
            return !(merely || measure && before == Some(ONE));
        }
    }
    false
}

/// True when 一 with the measure word `measure` (the figure `at..end`)
/// is a count, not an article, by the words around it: a limit in its
/// clause (`每人限领一次`, `List::OneLimit`), a word of "only"
/// right after it (`一人只能担任`, `List::OneAfter`), a verb of adjusting
/// right before it (`核减一套`, `List::OneAdjust`), or, for a frequency
/// (`List::FrequencyMeasure`, 次), a word of "every" earlier in the clause
/// (`每年度发放一次`, `List::EveryWord`).
pub(crate) fn one_counts(text: &str, at: usize, end: usize, floor: usize, measure: &str) -> bool {
    // 提供给消费者一份。, 较上月前移一位。: no noun after it to introduce,
    // the sentence ends; the numeral says how many. Not a verb's 一次
    // (`可按最高标准享受一次。`, how it is done), nor the last item of a
    // slogan (`修复一个、消化一个。`).
    let frequency = list(List::FrequencyMeasure).contains(&measure);
    if !frequency
        && char_at(text, end).is_some_and(|c| has_char(List::SentenceEnd, c))
        && !after_list_mark(text, at, floor)
    {
        return true;
    }
    if list(List::OneAfter)
        .iter()
        .any(|w| text[end..].starts_with(w))
    {
        return true;
    }
    // 核减一套: the amount a verb of adjusting right before it adjusts by;
    // 名额一个: how many of a quota.
    let head = &text[floor.min(at)..at];
    if suffix_in(List::OneAdjust, head).is_some() || suffix_in(List::OneQuota, head).is_some() {
        return true;
    }
    // 设主席一人，副主任一人；: the seats of a title, closing the clause.
    if list(List::SeatMeasure).contains(&measure)
        && suffix_in(List::SeatTitle, head).is_some()
        && char_at(text, end).is_none_or(super::text::ends_clause)
    {
        return true;
    }
    // 每三年改选一次，: a frequency closing its clause reads its 每 past
    // the length of the cycle found before it (the floor); before a noun
    // (`每半年召开一次例会`) it stays an article.
    let reach = if frequency && char_at(text, end).is_none_or(super::text::ends_clause) {
        0
    } else {
        floor
    };
    let mut p = at;
    for _ in 0..12 {
        let Some(c) = char_before(text, p) else {
            break;
        };
        if p - c.len_utf8() < reach || clause_end(c) {
            break;
        }
        p -= c.len_utf8();
        let rest = &text[p..at];
        if list(List::OneLimit).iter().any(|w| rest.starts_with(w))
            || frequency && list(List::EveryWord).iter().any(|w| rest.starts_with(w))
        {
            return true;
        }
    }
    measure_counted_nearby(text, at, end, measure)
}

/// True when the clause of the figure at `at` opens right after 、 (an
/// item of a list, `修复一个、消化一个`), read back at most a dozen
/// characters.
fn after_list_mark(text: &str, at: usize, floor: usize) -> bool {
    let mut p = at;
    for _ in 0..12 {
        let Some(c) = char_before(text, p) else {
            return false;
        };
        if p - c.len_utf8() < floor {
            return false;
        }
        if c == crate::chars::ENUM_COMMA {
            return true;
        }
        if clause_end(c) {
            return false;
        }
        p -= c.len_utf8();
    }
    false
}

/// How far [`measure_counted_nearby`] reads on each side, in bytes.
const COUNTED_REACH: usize = 300;

/// True when the sentence around the figure `at..end` ranks with the same
/// measure word, a first (`首套`, a figure starter right before it) and a
/// second or later (`二套`, a numeral of two or more not after 第):
/// `首套房首付比例下调至20%,二套房…;对拥有一套住房的家庭` counts homes, and
/// 一套 is one of them.
fn measure_counted_nearby(text: &str, at: usize, end: usize, measure: &str) -> bool {
    let (from, to) = super::unit::sentence_around(text, at, end, COUNTED_REACH);
    // The sentence before counts too (`首套为5.1%,二套为5.46%。对拥有一套住房…`):
    // a rule's ranks and the home it then counts.
    let from = match char_before(text, from).filter(|&c| c != '\n') {
        Some(c) => {
            super::unit::sentence_around(
                text,
                from - c.len_utf8(),
                from - c.len_utf8(),
                COUNTED_REACH,
            )
            .0
        }
        None => from,
    };
    let numeral = |c: char| c.is_ascii_digit() || crate::numeral::chinese::is_numeral_char(c);
    let (mut first, mut later) = (false, false);
    for (a, b) in [(from, at), (end, to)] {
        for (k, _) in text[a..b].match_indices(measure) {
            let Some(c) = char_before(text, a + k) else {
                continue;
            };
            let prev = char_before(text, a + k - c.len_utf8());
            if has_char(List::FigureStarter, c) && !prev.is_some_and(numeral) {
                first = true;
            }
            let two_up = (c.is_ascii_digit() && c > '1')
                || crate::numeral::chinese::digit(c).is_some_and(|d| d >= 2)
                || has_char(List::CardinalOnly, c);
            if two_up && !prev.is_some_and(|p| numeral(p) || has_char(List::FigureStarter, p)) {
                later = true;
            }
        }
    }
    first && later
}

/// True when a word that makes a length of time in `unit` (a duration
/// unit: `year`, `month`, …) a period comes right before `at` (`前8个月`,
/// `近两年`, `过去五年`); the word's key says which units it takes
/// (`近2个月内` stays a length of time).
pub(crate) fn period_word_before(text: &str, at: usize, floor: usize, unit: &str) -> bool {
    let head = &text[floor.min(at)..at];
    let Some(w) = suffix_in(List::PeriodWord, head) else {
        return false;
    };
    let takes = keyed(List::PeriodWord)
        .iter()
        .any(|&(x, k)| x == w && (k == "any" || k == unit));
    if !takes {
        return false;
    }
    // 提前3天, 目前, 此前, 之前, 接近 are not periods.
    !head[..head.len() - w.len()]
        .chars()
        .next_back()
        .is_some_and(|c| has_keyed_char(List::PeriodGlue, w, c))
}

/// The punctuation that ends the look back for a bound word (a clause or
/// list mark, a line break): a match, not a search of a string per
/// character.
fn clause_end(c: char) -> bool {
    c == '\n' || crate::lexicon::has_char(crate::lexicon::List::BoundStop, c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_words_limit_a_number_unless_merely_or_a_measure() {
        let at = |t: &str| t.rfind('一').unwrap();
        for (t, limited) in [
            ("只能享受一次", true),
            ("至少一名", true),
            ("只是一次", false),
            ("不只一次", false),
            ("领养一只一次", false),
        ] {
            assert_eq!(only_before(t, at(t), 0), limited, "{t}");
        }
    }

    #[test]
    fn signs_currencies_bounds() {
        let t = "约人民币100";
        let p = read(t, t.find('1').unwrap(), 0);
        assert_eq!(
            (p.start, p.bound, p.currency.map(|c| c.1)),
            (0, Some(Bound::Approx), Some("CNY"))
        );
        let t = "负1.56‰";
        let p = read(t, 3, 0);
        assert!(p.negative && p.start == 0);
        // 负 closing a word (减负) is no sign; after other text it is.
        let t = "减负28亿元";
        let p = read(t, "减负".len(), 0);
        assert!(!p.negative && p.start == "减负".len());
        let t = "增速为负2.1%";
        let p = read(t, "增速为负".len(), 0);
        assert!(p.negative && p.start == "增速为".len());
        let t = "±0.005mm";
        let p = read(t, 2, 0);
        assert!(p.plus_minus && p.start == 0 && !p.negative);
        // 节约 is not 约; 通过 is not 过.
        let t = "节约3万吨";
        assert_eq!(read(t, 6, 0).bound, None);
        let t = "通过5项";
        assert_eq!(read(t, 6, 0).bound, None);
        // A range dash after a digit is not a sign.
        let t = "30-40";
        assert!(!read(t, 3, 0).negative);
        // Nor is a minus after a figure with its unit: a formula subtracts.
        let t = "365天-104天";
        let p = read(t, "365天-".len(), 0);
        assert!(!p.negative && p.start == "365天-".len());
        let t = "100万元-5";
        assert!(!read(t, "100万元-".len(), 0).negative);
        let t = "增速为-2.1%";
        let p = read(t, "增速为-".len(), 0);
        assert!(p.negative && p.start == "增速为".len());
        // The floor stops the lookback.
        let t = "超过5";
        assert_eq!(read(t, 6, 6).bound, None);
    }

    #[test]
    fn verbs_and_period_words() {
        assert_eq!(
            verb_bound("占比突破73%", "占比突破".len(), 0),
            Some(Bound::MoreThan)
        );
        assert_eq!(
            verb_bound("超过了5亿元", "超过了".len(), 0),
            Some(Bound::MoreThan)
        );
        assert_eq!(
            verb_bound("至少有10个", "至少有".len(), 0),
            Some(Bound::AtLeast)
        );
        assert_eq!(
            verb_bound("最多为5", "最多为".len(), 0),
            Some(Bound::AtMost)
        );
        // A one-character bound word is no verb: 过了5年 is no bound.
        assert_eq!(verb_bound("过了5年", "过了".len(), 0), None);
        assert!(period_word_before(
            "今年前8个月",
            "今年前".len(),
            0,
            "month"
        ));
        assert!(!period_word_before("提前3天", "提前".len(), 0, "day"));
        assert!(period_word_before("过去五年", "过去".len(), 0, "year"));
        // 近 and 过去 make periods of years only; 今后 looks ahead.
        assert!(!period_word_before("近2个月", "近".len(), 0, "month"));
        assert!(!period_word_before("今后五年", "今后".len(), 0, "year"));
    }
}
