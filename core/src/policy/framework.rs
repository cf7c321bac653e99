//! Frameworks: quoted labels (in “” or ‘’) with a numeral that name a scheme (“六个一”,
//! “1+8+N”, “三链同构”, “双碳”, “百项”), at their first mention.
//!
//! `count` is the scheme's number: the first numeral of the label other
//! than a lone 一 (六个一 → 6, 七位一体 → 7, 百项 → 100, 双碳 → 2); null for
//! sums with `+` (1+8+N, 5+2) and for numerals that do not read as one
//! number (百千万). Not frameworks: labels whose only numeral is 一 (一揽子,
//! “一企一技术”, “一网通办”), distributive slogans repeating 一/万/百/千
//! (万人助万企), 零 words (零增地), ordinals (二次创业, 一号工程), plan
//! periods (十四五), codes (5G), names of systems (双元制), days named by
//! their month and day (七一, 五一), events
//! (五五购物节), a 十 misread for + between two words (互联网十不动产登记),
//! a numeral inside a phrase (收支两条线), a practice to prevent
//! (防止“一房二卖”), words without numerals, labels of more than sixteen
//! characters (but short parts joined by 、, each opening with a numeral
//! other than 一, are read up to forty: `百个大空间、千个链接点、万个微基建`). A part opening with 多 (`一主、五辅、多节点`) leaves the
//! count open; a digit with 零 counts the 零 pledges (三零 → 3).
//!
//! `members` come from a list after 即 or a dash (`…“六个一”工作机制，即A、B、C…`,
//! `“四通四到”——A、B、C、D`), a 、-list just before the label
//! (`创新链、产业链、人才链“三链同构”`), exactly `count` members joined by
//! dashes just before it (`甲—乙—丙“三位一体”`, single characters allowed), or a 、-list earlier in the same
//! sentence whose items end with the label's word after the numeral
//! (`创新链、产业链、资金链、人才链融合发展难题，印发…“四链融合”…` → the four
//! 链). A lead-in shared by the list and written once before its first
//! member (`即每个集群由一名…、一个…`) is not part of that member, nor is a
//! verb before it (`建立对外投资项目、…` → `对外投资项目`).

use super::text::{
    is_numeral, is_space, magnitude, parse_int, trim, CLOSE_QUOTE, ENUM_COMMA, FULL_STOP,
    OPEN_QUOTE, TITLE_CLOSE, TITLE_OPEN,
};
use crate::chars::{FIVE, LINKS, MANY, ONE, ORDINAL_PREFIX, PAIR, TEN, ZERO};
use crate::entity::{Kind, Span};
use crate::lexicon::{chars, has_char, List, WordSet};
use std::collections::HashSet;
use std::sync::LazyLock;

/// A quoted scheme label with a numeral.
///
/// ```
/// let text = "实行“六个一”工作机制，即一名领导、一个专班、一个团队、一套规划、一批企业、一套政策，确保落实。";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let f = &p.frameworks[0];
/// assert_eq!(&text[f.span.range()], "“六个一”");
/// assert_eq!(&text[f.label.range()], "六个一");
/// assert_eq!(f.count, Some(6));
/// assert_eq!(f.members.as_ref().unwrap().len(), 6);
/// assert_eq!(f.members_match, Some(true));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Framework {
    /// The label with its quotation marks.
    pub span: Span,
    /// The label without them.
    pub label: Span,
    /// The scheme's number, when the label says one.
    pub count: Option<u64>,
    /// The members, when the text lists them.
    pub members: Option<Vec<Span>>,
    /// Whether the number of members equals `count` (when both are known).
    pub members_match: Option<bool>,
}

static MEMBER_LEADS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::words_longest_first(
        "policy_member_leads.tsv",
        include_str!("../data/policy_member_leads.tsv"),
    )
});

const MAX_LABEL_CHARS: usize = 16;
/// The longest label that lists its members inside the quotes, before its
/// numeral (`“草场、牲畜、…、统分五统一”`).
const MAX_LISTING_LABEL_CHARS: usize = 40;

/// A zero of a label (零, 〇: the `label_digit` rows of value 0).
fn is_zero(c: char) -> bool {
    crate::lexicon::has_keyed_char(List::LabelDigit, "0", c)
}

string_enum! {
    /// Where a word of `policy_not_frameworks.tsv` stands in a label.
    enum NotPlace {
        /// The whole label.
        Whole => "whole",
        /// Its end.
        End => "end",
        /// After a numeral in it: an ordinal (二次创业).
        Ordinal => "ordinal",
        /// Not a label word: the word that opens a list of members after a
        /// label (即).
        ListLead => "list_lead",
        /// Not a label word: a verb right before the label that makes it a
        /// practice to prevent (防止“一房二卖”), not a scheme.
        Before => "before",
        /// One character right after the label's first numeral that makes
        /// it a length of time (百日攻坚: a campaign named by its length).
        Length => "length",
        /// One character that, right after the label's only numeral and
        /// ending it, counts tiers (“三级”: province, city and county), while
        /// before more words it stays an ordinal (三级甲等).
        Tier => "tier",
        /// Not a label word: a noun of misconduct ending the clause after
        /// the label (`查处“一房二卖”、虚假宣传等违法违规行为`): the label
        /// names a practice to fight, not a scheme.
        After => "after",
        /// A word between two numerals that makes them a share (三分之二):
        /// the label names a proportion to reach, not a scheme of parts;
        /// or a choice (二选一: one of two).
        Share => "share",
        /// One character right after a numeral of the label that makes it
        /// a share (一半: half of something): a proportion, not a scheme.
        ShareAfter => "share_after",
        /// One character of an `ordinal` row that, right after the numeral
        /// opening the label and before more words, counts parts of a year
        /// (“四季有约”: four seasons, each with its event), no ordinal; at
        /// the label's end (京彩四季) or starting a longer `ordinal` row
        /// (三季度, a quarter) it stays one.
        Season => "season",
        /// One character right after a numeral of tens or more opening the
        /// label that makes it the size of a ranking (“十佳房企”: the ten
        /// best developers, an award's title): no scheme of parts.
        Rank => "rank",
        /// A word naming who issued a document (国, 省, 市) or that it is
        /// new (新) that, opening a label whose rest is a numeral and an
        /// `articles` character, makes the label the document's short name
        /// by its count of articles (“市20条”, “国十条”): no scheme.
        Nickname => "nickname",
        /// The character that counts a document's articles (条) after the
        /// numeral of a `nickname` label.
        Articles => "articles",
    }
    error: crate::ErrorKind::InvalidData, "not-framework place"
}

/// `data/policy_not_frameworks.tsv`: word, place.
fn not_frameworks() -> crate::lexicon::Table<(&'static str, NotPlace)> {
    crate::lexicon::Table::load(
        "policy_not_frameworks.tsv",
        include_str!("../data/policy_not_frameworks.tsv"),
        |r| Ok((r.word(0)?, r.get(1)?)),
    )
}

static NOT_FRAMEWORKS: LazyLock<Vec<(&'static str, NotPlace)>> =
    LazyLock::new(|| not_frameworks().items);

/// The rows of `policy_not_frameworks.tsv` of `place`.
fn not_framework_words(place: NotPlace) -> impl Iterator<Item = &'static str> {
    NOT_FRAMEWORKS
        .iter()
        .filter(move |(_, p)| *p == place)
        .map(|(w, _)| *w)
}

/// A word after a numeral that makes it an ordinal (二次创业, 一号工程).
fn is_ordinal_word(c: char) -> bool {
    not_framework_words(NotPlace::Ordinal).any(|w| w.starts_with(c) && w.chars().count() == 1)
}

/// The `list_lead` rows of `policy_not_frameworks.tsv`: the word that opens
/// a list of members after a label (`…“六个一”工作机制，即A、B、C`).
static LIST_LEADS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| not_framework_words(NotPlace::ListLead).collect());

/// True when a `before` verb of `policy_not_frameworks.tsv` ends right
/// before the opening quote at `open`: the label names a practice to
/// prevent (防止“一房二卖”).
fn prevented(text: &str, open: usize) -> bool {
    let head = &text[..open];
    if not_framework_words(NotPlace::Before).any(|w| head.ends_with(w)) {
        return true;
    }
    // A label listed after the ban: `严禁不公平竞争、“二选一”、“大数据杀熟”`,
    // the clause before it a 、-list the ban word opens.
    if !head.ends_with(ENUM_COMMA) {
        return false;
    }
    let clause_start = head
        .char_indices()
        .rev()
        .take(60)
        .find(|(_, c)| super::text::is_clause_sep(*c) || matches!(*c, FULL_STOP | '\n'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let clause = &head[clause_start..];
    not_framework_words(NotPlace::Before).any(|w| clause.starts_with(w))
}

/// The most characters read after a label for a noun of misconduct.
const MAX_AFTER_CHARS: usize = 30;

/// True when the clause after the closing quote ending at `end` (up to the
/// next clause separator or full stop) opens or ends with an `after` noun of
/// `policy_not_frameworks.tsv`: the label is one of a list of wrongs
/// (`“一房二卖”、虚假宣传等违法违规行为`, `“一房二卖”行为`), a practice
/// whatever verb comes before it.
fn misconduct(text: &str, end: usize) -> bool {
    let tail = &text[end..];
    let stop = tail
        .char_indices()
        .take(MAX_AFTER_CHARS)
        .find(|(_, c)| super::text::is_clause_sep(*c) || matches!(*c, FULL_STOP | '\n'))
        .map(|(i, _)| i);
    let clause = match stop {
        Some(i) => &tail[..i],
        // No end of the clause within reach: only what opens it counts.
        None => "",
    };
    not_framework_words(NotPlace::After)
        .any(|w| tail.starts_with(w) || (!clause.is_empty() && clause.ends_with(w)))
}

/// A fixed term, or the name of an event or a system of rules.
fn is_not_framework(label: &str) -> bool {
    NOT_FRAMEWORKS.iter().any(|&(w, place)| match place {
        NotPlace::Whole => label == w,
        // 双元制 names a system of rules, but a label ending with a scheme's
        // head noun (`四大机制`: 机制, `data/policy_framework_heads.tsv`) is a scheme.
        // But a counting numeral and the word alone count such things
        // (“两节”, “双节”: two festivals), no event is named.
        NotPlace::End => {
            label.ends_with(w)
                && !HEADS.iter().any(|h| label.ends_with(h))
                && !counts_the_word(label, w)
        }
        NotPlace::Ordinal
        | NotPlace::ListLead
        | NotPlace::Before
        | NotPlace::Length
        | NotPlace::Tier
        | NotPlace::After
        | NotPlace::Share
        | NotPlace::ShareAfter
        | NotPlace::Season
        | NotPlace::Rank
        | NotPlace::Nickname
        | NotPlace::Articles => false,
    })
}

/// True when `label` is a `nickname` word, a numeral and an `articles`
/// character (“市20条”, “省二十条”): a document named by its issuer and its
/// count of articles, no scheme (“郴州人才新政52条”, with more words, is one).
fn names_a_document(label: &str) -> bool {
    not_framework_words(NotPlace::Nickname).any(|w| {
        let Some(rest) = label.strip_prefix(w) else {
            return false;
        };
        not_framework_words(NotPlace::Articles).any(|a| {
            rest.strip_suffix(a)
                .is_some_and(|n| !n.is_empty() && n.chars().all(is_numeral))
        })
    })
}

/// True when `label` is a numeral that only counts (两, `cardinal_only`;
/// 双) and then `word` (`两节`: two festivals).
fn counts_the_word(label: &str, word: &str) -> bool {
    let mut chars = label.chars();
    chars
        .next()
        .is_some_and(|c| c == PAIR || has_char(List::CardinalOnly, c))
        && chars.as_str() == word
}

/// True when the numeral `run` opens `label` and the character after it
/// is a `season` word with more words after it that start no longer
/// `ordinal` row (“四季有约”: four seasons; not 三季度, 京彩四季).
fn counts_seasons(label: &str, run: &str) -> bool {
    let Some(rest) = label.strip_prefix(run) else {
        return false;
    };
    let mut chars = rest.chars();
    chars
        .next()
        .is_some_and(|c| not_framework_words(NotPlace::Season).any(|w| w.chars().eq([c])))
        && !chars.as_str().is_empty()
        && !not_framework_words(NotPlace::Ordinal)
            .any(|w| w.chars().count() > 1 && rest.starts_with(w))
}

static PAIRS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| pairs().items.into_iter().collect());

/// `data/policy_framework_pairs.tsv`.
fn pairs() -> crate::lexicon::Table<&'static str> {
    crate::lexicon::words(
        "policy_framework_pairs.tsv",
        include_str!("../data/policy_framework_pairs.tsv"),
    )
}

/// Whether `label` names a framework, and its count.
///
/// A label of parts joined by 、 (`双随机、一公开`) is one when every part
/// has a numeral; its count is the sum of the parts' small numerals (3),
/// else null (`千村示范、万村整治`); or when only its first part has one and
/// counts a scheme alone (`两表指导、审助分流` 2). Fixed terms (`三农`, `五一`,
/// `data/policy_not_frameworks.tsv`), grades and seasons (`三级甲等`,
/// `京彩四季`) and names with `·` are not frameworks.
pub(crate) fn classify(label: &str) -> Option<Option<u64>> {
    let chars: Vec<char> = label.chars().collect();
    if let Some(n) = counts_members_inside(label) {
        return Some(Some(n));
    }
    if chars.is_empty() || (chars.len() > MAX_LABEL_CHARS && !numbered_parts(label)) {
        return None;
    }
    // A figure with a decimal fraction (`±0.000`, an elevation) measures,
    // it counts no parts.
    if chars
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit())
    {
        return None;
    }
    // A document's short name by its count of articles (“市20条”).
    if names_a_document(label) {
        return None;
    }
    // A share (三分之二) counts no parts: read before the numerals below.
    let share = not_framework_words(NotPlace::Share).any(|w| {
        label.match_indices(w).any(|(i, _)| {
            label[..i].chars().next_back().is_some_and(is_numeral)
                && label[i + w.len()..].chars().next().is_some_and(is_numeral)
        })
    }) || not_framework_words(NotPlace::ShareAfter).any(|w| {
        // `二次结构完成一半`: half of the works.
        label
            .match_indices(w)
            .any(|(i, _)| label[..i].chars().next_back().is_some_and(is_numeral))
    });
    if share {
        return None;
    }
    // Numerals in Chinese counting different things with more words
    // around them than one word each (`三方四层级全环节`: three parties,
    // four levels; `三级三方服务千企`): a scheme with no one count. Read
    // before the word checks below (环节 is no festival, 三级 no ordinal).
    // (Only Han characters: no sum of parts, list or Arabic figure.)
    if chars
        .iter()
        .all(|&c| is_numeral(c) || super::text::is_han_script(c))
    {
        let mut runs: Vec<String> = Vec::new();
        let mut prev = false;
        for &c in &chars {
            let numeral = is_numeral(c);
            if numeral && !prev {
                runs.push(String::new());
            }
            if numeral {
                if let Some(r) = runs.last_mut() {
                    r.push(c);
                }
            }
            prev = numeral;
        }
        let paired: usize = runs.iter().map(|r| r.chars().count() + 1).sum();
        if runs.len() >= 2 && runs.iter().any(|r| *r != runs[0]) && chars.len() > paired {
            // Kinds of parts, each a numeral and a word of the same length
            // (`一目录五清单`: 1 + 5 parts) or of one or two characters
            // (`一图三清单`: 1 + 3), sum like 两园一河.
            if let Some(sum) = parts_of_words(&chars) {
                return Some(Some(sum));
            }
            return Some(None);
        }
    }
    // Fixed terms, names of events (`五五购物节`) and of systems of rules
    // (`双元制`).
    if is_not_framework(label) {
        return None;
    }
    // A month and a day in numerals (`七一`, `五一`, `十一`): a day named
    // by its date, no scheme (a counting numeral, 两 双, is no date's).
    if let [month, day] = chars[..] {
        let date_digit = |c: char| {
            crate::numeral::chinese::digit(c)
                .filter(|d| *d > 0 && !has_char(List::CardinalOnly, c))
                .is_some()
        };
        if (date_digit(month) || magnitude(month) == Some(10)) && date_digit(day) {
            return None;
        }
    }
    // Two months in a row, each after a word (`金九银十`, `金三银四`): a
    // season of sales named by its months, no scheme.
    if let [a, m1, b, m2] = chars[..] {
        let month = |c: char| {
            crate::numeral::chinese::digit(c)
                .filter(|d| *d > 0 && !has_char(List::CardinalOnly, c))
                .map(u64::from)
                .or_else(|| (magnitude(c) == Some(10)).then_some(10))
        };
        if !is_numeral(a) && !is_numeral(b) {
            if let (Some(x), Some(y)) = (month(m1), month(m2)) {
                if y == x + 1 {
                    return None;
                }
            }
        }
    }
    // A numeral only inside a place name (`安逸四川`): no scheme.
    let placeless = super::level::without_places(label);
    if placeless.len() < label.len() && !placeless.chars().any(is_numeral) {
        return None;
    }
    // A numeral only inside a fixed word of the numeric data with more words
    // around it (`千兆城市`: a gigabit city; `not_entities.tsv`) names a
    // thing, no scheme; the fixed word alone may be one (`双碳`).
    static FIXED: LazyLock<WordSet> =
        LazyLock::new(|| WordSet::new(crate::numeric::table::NOT_ROWS.items.iter().copied()));
    let unfixed = FIXED.remove_from(label);
    if !unfixed.is_empty() && unfixed.len() < label.len() && !unfixed.chars().any(is_numeral) {
        return None;
    }
    if label.contains(ENUM_COMMA) {
        let parts: Vec<&str> = label.split(ENUM_COMMA).collect();
        // A scheme and the principles that go with it, written after it
        // without numerals (`两表指导、审助分流`: two forms guide, then the
        // cases are sorted): the first part alone is a scheme of more than
        // one part and no later part holds a numeral; its count is the
        // label's. (A first part of a lone 一, `一窗受理、并行办理`, is a
        // slogan, as it is alone.)
        if let [first, rest @ ..] = parts.as_slice() {
            if !rest.is_empty()
                && rest
                    .iter()
                    .all(|p| p.chars().count() >= 2 && !p.chars().any(is_numeral))
            {
                return match classify(first) {
                    Some(Some(n)) if n > 1 => Some(Some(n)),
                    _ => None,
                };
            }
        }
        // One numeral repeated, each part that numeral and one word
        // (`两不误、两促进`): a paired label written with 、, as 四比四看,
        // counting the numeral, not the parts summed (双随机、一公开 differ).
        let heads: Vec<(String, usize)> = parts
            .iter()
            .map(|p| {
                let n: String = p.chars().take_while(|c| is_numeral(*c)).collect();
                (n, p.chars().count())
            })
            .collect();
        if parts.len() >= 2
            && heads.iter().all(|(n, len)| {
                *n == heads[0].0
                    && !n.is_empty()
                    && *len > n.chars().count()
                    && !parts
                        .iter()
                        .any(|p| p.chars().skip(n.chars().count()).any(is_numeral))
            })
        {
            if let Some(n) = parse_int(&heads[0].0).filter(|n| (2..=10).contains(n)) {
                return Some(Some(n));
            }
        }
        // A part may open with 多 (`一主、五辅、多节点`): "several", a
        // number the label leaves open, like the N of 1+8+N.
        let all = parts.len() >= 2
            && parts.iter().all(|p| {
                p.chars().count() >= 2 && (p.chars().any(is_numeral) || p.starts_with(MANY))
            })
            && parts
                .iter()
                .any(|p| p.chars().any(|c| is_numeral(c) && c != ONE));
        // Parts each an ordinal (`二孩、三孩条件`: a second child, a third)
        // count no parts.
        let ordinals = parts.iter().all(|p| {
            let c: Vec<char> = p.chars().collect();
            c.windows(2)
                .any(|w| is_numeral(w[0]) && is_ordinal_word(w[1]))
        });
        if !all || ordinals {
            return None;
        }
        // Each part a small numeral and its word (双随机、一公开: 2 + 1).
        let sum: Option<u64> = parts
            .iter()
            .map(|p| match classify(p) {
                _ if p.starts_with(MANY) => None,
                Some(Some(n)) if n <= 10 => Some(n),
                _ if p.starts_with(ONE) => Some(1),
                _ => None,
            })
            .sum();
        return Some(sum);
    }
    if chars
        .iter()
        .any(|c| has_char(List::LabelStop, *c) || is_space(*c))
    {
        return None;
    }
    // Runs of numeral characters with what follows each.
    let mut runs: Vec<(String, Option<char>)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if is_numeral(chars[i]) {
            let start = i;
            // 双 is a numeral of its own (双千计划: two 千 plans).
            while i < chars.len() && is_numeral(chars[i]) && (i == start || chars[start] != PAIR) {
                i += 1;
            }
            runs.push((chars[start..i].iter().collect(), chars.get(i).copied()));
        } else {
            i += 1;
        }
    }
    if runs.is_empty() {
        return None;
    }
    let ascii_digit = |s: &str| s.chars().all(crate::chars::is_decimal);
    // A 十 between two words, with no numeral or measure word beside it
    // (`互联网十不动产登记`), is a + misread by the crawl: a label of parts
    // without figures, not a scheme of ten.
    let misread_plus = chars.windows(3).any(|w| {
        w[1] == TEN
            && !is_numeral(w[0])
            && !is_numeral(w[2])
            && !is_measure(w[2])
            && w[0] != ORDINAL_PREFIX
    });
    if misread_plus && runs.len() == 1 && runs[0].0.chars().eq([TEN]) {
        return None;
    }
    // Codes and numbers: 5G, 3D (also in `5G+工业互联网`), a hotline `12345`.
    if runs
        .iter()
        .any(|(r, next)| ascii_digit(r) && next.is_some_and(|c| c.is_ascii_alphabetic()))
        || ascii_digit(label)
    {
        return None;
    }
    // A year opening an event's name (`2025某某购物季`): a label, no count.
    if runs.iter().any(|(r, _)| {
        ascii_digit(r)
            && r.chars().count() == 4
            && parse_int(r).is_some_and(|y| (1900..=2100).contains(&y))
    }) {
        return Some(None);
    }
    if label.contains(|c| crate::chars::halfwidth(c) == '+') {
        // 1+8+N, 1122+N, 5+2: a sum of parts; so is one whose every part
        // opens with a numeral (一大环+五小环), while 文旅+百业 is none.
        let numbered_parts = label
            .split(|c| crate::chars::halfwidth(c) == '+')
            .all(|part| part.chars().next().is_some_and(is_numeral));
        return (numbered_parts || runs.iter().any(|(r, _)| ascii_digit(r))).then_some(None);
    }
    // A numeral inside a phrase, counting the thing after its measure word
    // (`收支两条线`: revenue and spending on two lines) or with a word that
    // goes on into a noun (`商住两用房`: a dual-use building), names a rule
    // of handling or a thing, not a scheme: the label opens with a word,
    // and the character after the numeral is followed by more (`平急两用`
    // ends there: a scheme of two uses).
    // But a numeral, its measure word and a noun of a scheme ending the
    // label after the word of its field count the scheme's parts
    // (`碳达峰十大行动`, `制造业三项工程`).
    let lead = chars.iter().take_while(|c| !is_numeral(**c)).count();
    if lead >= 2 {
        let after = lead + runs[0].0.chars().count();
        let scheme_of_field = chars.get(after).is_some_and(|c| is_measure(*c)) && {
            let rest: String = chars[after + 1..].iter().collect();
            HEADS.iter().any(|h| *h == rest)
        };
        if after + 1 < chars.len() && !scheme_of_field {
            return None;
        }
    }
    // A ranking's size (`十佳房企`, `百强县`): a numeral of tens or more
    // opening the label and a `rank` word after it name an award, not a
    // scheme of parts (双强, 一强 count things: no tens).
    if let Some((r, Some(w))) = runs.first() {
        if label.starts_with(r.as_str())
            && r.chars()
                .next_back()
                .and_then(magnitude)
                .is_some_and(|m| m >= 10)
            && not_framework_words(NotPlace::Rank).any(|x| x.chars().eq([*w]))
        {
            return None;
        }
    }
    // Plan periods: 十四五, 十五五, and the whole short name of any
    // five-year plan (`九五`, `data/time_plans.tsv`).
    if crate::time::plan::is_plan_name(label)
        || runs
            .iter()
            .any(|(r, _)| r.starts_with(TEN) && r.ends_with(FIVE) && r.chars().count() == 3)
    {
        return None;
    }
    // A campaign named by its length (`百日攻坚`): the first numeral before
    // a word of time (`length` rows).
    if runs.first().is_some_and(|(_, next)| {
        next.is_some_and(|c| {
            not_framework_words(NotPlace::Length)
                .any(|w| w.starts_with(c) && w.chars().count() == 1)
        })
    }) {
        return None;
    }
    // “三级”联动: a numeral and a tier word filling the label count the
    // tiers (a grade has more words: 三级甲等).
    if let [(r, Some(w))] = &runs[..] {
        if chars.len() == r.chars().count() + 1
            && not_framework_words(NotPlace::Tier).any(|t| t.chars().eq([*w]))
        {
            if let Some(n) = parse_int(r).filter(|&n| (2..=10).contains(&n)) {
                return Some(Some(n));
            }
        }
    }
    // Ordinals: 二次创业, 一号工程, 第一 (but “四季有约” counts seasons).
    if label.starts_with(ORDINAL_PREFIX)
        || runs.iter().enumerate().any(|(k, (r, next))| {
            next.is_some_and(is_ordinal_word) && !(k == 0 && counts_seasons(label, r))
        })
    {
        return None;
    }
    // Distributive slogans: 一企一技术, 万人助万企; but a pair of groups
    // (一老一小, `policy_framework_pairs.tsv`) counts its parts.
    if PAIRS.contains(label) {
        return runs
            .iter()
            .map(|(r, _)| parse_int(r))
            .sum::<Option<u64>>()
            .map(Some);
    }
    if runs.len() >= 2
        && runs[0].0 == runs[1].0
        && crate::lexicon::list(List::LabelTwinNumeral).contains(&runs[0].0.as_str())
    {
        return None;
    }
    // Magnitudes each with its own word (`千企万户`: a thousand firms and
    // ten thousand households): sizes of two groups, no one count.
    if runs.len() >= 2
        && runs.iter().all(|(r, next)| {
            r.chars().count() == 1
                && r.chars().all(|c| magnitude(c).is_some_and(|m| m >= 100))
                && next.is_some_and(|c| !is_numeral(c))
        })
    {
        return Some(None);
    }
    // Pairs repeated (`双增双活`, `双全双百`): each numeral of two and its
    // word name a pair of its own, so the pairs add up (2 + 2), where
    // another numeral repeated counts one set of things by it (`四比四看` 4).
    // (The word may be a magnitude used as a word: `双百`.)
    let two = |c: &char| parse_int(c.encode_utf8(&mut [0; 4])) == Some(2);
    if chars.len() >= 4
        && chars.len() % 2 == 0
        && chars
            .chunks(2)
            .all(|p| two(&p[0]) && !two(&p[1]) && !is_measure(p[1]))
    {
        return Some(Some(chars.len() as u64));
    }
    // Two kinds of parts, each a numeral and one word: 三改一整 is three 改
    // and one 整, four parts (not 七位一体, 六个一: a measure word or 一体).
    // Likewise with more kinds (`一核两翼三带`: 1 + 2 + 3 parts), when the
    // numerals are not all the same (`四比四看` counts by its first).
    if runs.len() >= 2 && runs.iter().any(|(r, _)| *r != runs[0].0) {
        let shape = chars.len()
            == runs
                .iter()
                .map(|(r, _)| r.chars().count() + 1)
                .sum::<usize>();
        let words = runs
            .iter()
            .all(|(_, w)| w.is_some_and(|w| !is_measure(w) && !is_numeral(w)));
        let sum: Option<u64> = runs
            .iter()
            .map(|(r, _)| parse_int(r).filter(|&n| n <= 10))
            .sum();
        if let (true, true, Some(sum)) = (shape, words, sum) {
            return Some(Some(sum));
        }
    }
    // A digit and a magnitude used as a word (六百工程: six 百 projects).
    if let [(r, _)] = runs.as_slice() {
        let c: Vec<char> = r.chars().collect();
        if c.len() == 2 && chars[0] == c[0] && has_char(List::LabelWordMagnitude, c[1]) {
            if let Some(d) = super::text::digit(c[0]).filter(|d| *d > 1) {
                return Some(Some(u64::from(d)));
            }
        }
    }
    // A numeral in words and its measure word opening the label announce
    // the count, whatever follows (`四个100`: four targets of 100, as 六个一).
    if let Some((r, Some(m))) = runs.first() {
        if !ascii_digit(r) && is_measure(*m) && label.starts_with(r.as_str()) {
            if let Some(n) = parse_int(r).filter(|&n| n > 1) {
                return Some(Some(n));
            }
        }
    }
    // Figures in Arabic digits next to Chinese numerals (双奥100): no count.
    if runs.iter().any(|(r, _)| ascii_digit(r)) && runs.iter().any(|(r, _)| !ascii_digit(r)) {
        return Some(None);
    }
    // Magnitudes in a row with no digit (千万工程, 百千万): no one number;
    // but one number before the noun it counts (`百万英才汇南粤`: a million
    // talents), not before the noun of a scheme (工程, 计划).
    if let Some((r, _)) = runs
        .iter()
        .find(|(r, _)| r.chars().count() >= 2 && r.chars().all(|c| magnitude(c).is_some()))
    {
        let after = &label[label.find(r.as_str()).map_or(0, |i| i + r.len())..];
        let counts_a_noun = runs.len() == 1
            && after.chars().count() >= 2
            && !HEADS.iter().any(|h| after.starts_with(h));
        return Some(parse_int(r).filter(|_| counts_a_noun));
    }
    // A digit and 零 as a word (`三零`: three 零 pledges, 零上门、零审批、
    // 零投资), not 30 (written 三十).
    if let [(r, None)] = runs.as_slice() {
        let c: Vec<char> = r.chars().collect();
        if let [d, ZERO] = c.as_slice() {
            if let Some(d) = super::text::digit(*d).filter(|d| *d > 1) {
                return Some(Some(u64::from(d)));
            }
        }
    }
    // The first numeral that is not a lone 一 or 零.
    let scheme = runs
        .iter()
        .find(|(r, _)| !r.chars().eq([ONE]) && !r.chars().all(is_zero))?;
    if runs
        .iter()
        .all(|(r, _)| r.chars().all(|c| c == ONE || is_zero(c)))
    {
        return None;
    }
    // A digit doubled (“六六就业稳岗计划”: 六六 for luck) is no count of 66.
    if doubled_digit(&scheme.0) {
        return Some(None);
    }
    Some(parse_int(&scheme.0))
}

/// The most characters of every part's word in a label of parts whose
/// words differ in length (`一图三清单`); a longer one holds more words
/// (`三方四层级全环节`: no one count).
const MAX_PART_WORD_CHARS: usize = 2;

/// The sum of the numerals of a label made of parts, each a numeral (ten
/// at most) and then a word with no numeral, all words of one length
/// (`一目录五清单` → 6) or each of one or two characters (`一图三清单` → 4);
/// `None` for any other shape.
fn parts_of_words(chars: &[char]) -> Option<u64> {
    let mut sum = 0u64;
    let mut len = None;
    let mut short = true;
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && is_numeral(chars[i]) {
            i += 1;
        }
        let n: String = chars[start..i].iter().collect();
        let w = i;
        while i < chars.len() && !is_numeral(chars[i]) {
            i += 1;
        }
        if start == w || w == i || is_measure(chars[w]) {
            return None;
        }
        if len.is_some_and(|l| l != i - w) {
            len = Some(usize::MAX);
        } else {
            len = Some(i - w);
        }
        short &= i - w <= MAX_PART_WORD_CHARS;
        sum += parse_int(&n).filter(|&v| v <= 10)?;
    }
    (len != Some(usize::MAX) || short).then_some(sum)
}

/// True for a run of one digit in words written twice or more (`六六`),
/// no magnitude among them.
fn doubled_digit(run: &str) -> bool {
    let mut chars = run.chars();
    chars.next().is_some_and(|d| {
        magnitude(d).is_none()
            && crate::numeral::chinese::digit(d).is_some_and(|v| v > 0)
            && !chars.as_str().is_empty()
            && chars.all(|c| c == d)
    })
}

static MEASURES: LazyLock<Vec<char>> = LazyLock::new(|| measures().items);

/// `data/policy_framework_measures.tsv`: one character a row (a longer
/// word is an error naming file and line).
fn measures() -> crate::lexicon::Table<char> {
    crate::lexicon::Table::load(
        "policy_framework_measures.tsv",
        include_str!("../data/policy_framework_measures.tsv"),
        |r| r.get(0),
    )
}

/// A measure word that makes a numeral a label's size (六个一, 七位一体).
fn is_measure(c: char) -> bool {
    MEASURES.contains(&c)
}

/// Splits `start..end` on `seps` at bracket depth 0 into trimmed, non-empty spans.
fn split(text: &str, start: usize, end: usize, seps: &[char]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = start;
    let mut depth = 0usize;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        match c {
            c if has_char(List::NestOpen, c) => depth += 1,
            c if has_char(List::NestClose, c) => depth = depth.saturating_sub(1),
            _ if depth == 0 && seps.contains(&c) => {
                let (s, e) = trim(text, from, at);
                if s < e {
                    out.push(Span::new(s, e));
                }
                from = at + c.len_utf8();
            }
            _ => {}
        }
    }
    let (s, e) = trim(text, from, end);
    if s < e {
        out.push(Span::new(s, e));
    }
    out
}

/// `data/policy_framework_heads.tsv`: nouns of a plan or scheme.
static HEADS: LazyLock<Vec<&'static str>> = LazyLock::new(|| heads().items);

fn heads() -> crate::lexicon::Table<&'static str> {
    crate::lexicon::words(
        "policy_framework_heads.tsv",
        include_str!("../data/policy_framework_heads.tsv"),
    )
}

/// The most characters between a label of digits and the noun of a
/// scheme that makes it a framework (`“315”科技创新体系`).
const HEAD_REACH: usize = 6;

/// True when the quoted label of digits only (2 to 5 of them) ending at
/// `end` names a scheme: a noun of the heads table follows within a few
/// Han characters (`“333”行动计划`, `“1571”工作部署`), not a hotline
/// (`“12345”热线`).
fn digits_name_a_scheme(text: &str, label: &str, end: usize) -> bool {
    let n = label.chars().count();
    if !(2..=5).contains(&n) || !label.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let after: String = text[end..]
        .chars()
        .take_while(|&c| crate::chars::is_han(c))
        .take(HEAD_REACH + 2)
        .collect();
    after.char_indices().any(|(i, _)| {
        after[..i].chars().count() <= HEAD_REACH && HEADS.iter().any(|h| after[i..].starts_with(h))
    })
}

/// `data/policy_framework_remarks.tsv`.
static REMARKS: LazyLock<Vec<&'static str>> = LazyLock::new(|| remarks().items);

fn remarks() -> crate::lexicon::Table<&'static str> {
    crate::lexicon::words(
        "policy_framework_remarks.tsv",
        include_str!("../data/policy_framework_remarks.tsv"),
    )
}

/// Members listed after 即 following the label (within a few characters),
/// after a dash, or in a bracket right after the label.
fn members_after(text: &str, label_end: usize, count: Option<u64>) -> Option<Vec<Span>> {
    let bracket = text[label_end..]
        .chars()
        .next()
        .filter(|&c| crate::chars::is_open_paren(c))
        .map(char::len_utf8)
        .filter(|&n| {
            // Not a remark (`（以下简称…）`), nor a bracket opening with 即
            // (read below).
            let inner = &text[label_end + n..];
            !(LIST_LEADS.iter().any(|w| inner.starts_with(w))
                || REMARKS.iter().any(|w| inner.starts_with(w)))
        });
    let mut start =
        if let Some(dash) = crate::lexicon::prefix_in(List::LabelDash, &text[label_end..]) {
            label_end + dash.len()
        } else if let Some(colon) = text[label_end..]
            .chars()
            .next()
            .filter(|c| super::text::is_colon(*c))
        {
            // `“三大行动”：创新行动、开放行动、绿色行动`.
            label_end + colon.len_utf8()
        } else if let Some(n) = bracket {
            // `“一场两馆”（体育场、体育馆、游泳馆）`: the bracket lists them.
            label_end + n
        } else {
            let window: String = text[label_end..].chars().take(12).collect();
            let (rel, lead) = LIST_LEADS
                .iter()
                .filter_map(|w| window.find(w).map(|i| (i, *w)))
                .min()?;
            if window[..rel].contains(|c| c == '\n' || has_char(List::FrameworkWindowStop, c)) {
                return None;
            }
            label_end + rel + lead.len()
        };
    let rest = &text[start..];
    let skip = rest.len()
        - rest
            .trim_start_matches(|c: char| is_space(c) || super::text::is_colon(c))
            .len();
    start += skip;
    // The list ends at the sentence end, or at a bracket closing around it
    // (`“两好”（即A、B）推进…`).
    let mut depth = 0usize;
    let end = text[start..]
        .char_indices()
        .find(|&(_, c)| match c {
            c if crate::chars::is_open_paren(c) => {
                depth += 1;
                false
            }
            c if crate::chars::is_close_paren(c) && depth == 0 => true,
            c if crate::chars::is_close_paren(c) => {
                depth -= 1;
                false
            }
            _ => c == '\n' || has_char(List::WideSentenceEnd, c),
        })
        .map_or(text.len(), |(i, _)| start + i);
    let first_comma = text[start..end]
        .char_indices()
        .find(|&(_, c)| has_char(List::Comma, c))
        .map_or(end, |(i, _)| start + i);
    let by_semicolon = split(text, start, end, chars(List::Semicolon));
    let by_comma = split(text, start, end, chars(List::CommaOrSemicolon));
    let by_dun = split(text, start, first_comma, &[ENUM_COMMA]);
    // `“两新”（A和B）`: two members joined by a conjunction.
    let joiners: Vec<char> = text[start..first_comma]
        .chars()
        .filter(|&c| c == ENUM_COMMA || super::text::is_conjunction(c))
        .collect();
    let by_joiner = split(text, start, first_comma, &joiners);
    // `即送政策、送技术、送资金、送人才，服务企业发展` for “四送一服”: the
    // list goes on over a comma to the count.
    let mut seps: Vec<char> = text[start..end]
        .chars()
        .filter(|&c| super::text::is_clause_sep(c) && !super::text::is_colon(c))
        .collect();
    seps.push(ENUM_COMMA);
    let by_any = split(text, start, end, &seps);
    let candidates = [&by_semicolon, &by_dun, &by_comma, &by_joiner, &by_any];
    let mut chosen = match count.and_then(|n| candidates.iter().find(|c| c.len() as u64 == n)) {
        Some(c) => (*c).clone(),
        None if by_semicolon.len() > 1 => by_semicolon,
        None if by_dun.len() > 1 => by_dun,
        None => by_comma,
    };
    // `即提升一批A，年营业收入…；培育一批B，累计建成…`: a member set off by
    // semicolons is its first clause; the clauses after it describe it.
    for m in &mut chosen {
        if let Some(i) = text[m.range()].find(super::text::is_clause_sep) {
            m.end = m.start + i;
        }
    }
    chosen.retain(|m| !m.is_empty());
    // `“一目录五清单”（分类检查目录和…五张清单）`: a bracket holding one
    // item for a label of several parts describes them, it lists no members.
    if bracket.is_some() && chosen.len() == 1 && count.is_some_and(|n| n > 1) {
        return None;
    }
    drop_shared_lead(text, &mut chosen);
    (!chosen.is_empty()).then_some(chosen)
}

/// `每个集群由一名…、一个…、一套…`: when the other members all start with
/// the same character and the first member has it later, the words before
/// it are a lead-in shared by all members.
fn drop_shared_lead(text: &str, members: &mut [Span]) {
    if members.len() < 2 {
        return;
    }
    let first_char = |s: &Span| text[s.range()].chars().next();
    let Some(c) = first_char(&members[1]) else {
        return;
    };
    if members[2..].iter().any(|m| first_char(m) != Some(c)) || first_char(&members[0]) == Some(c) {
        return;
    }
    // With two members, only a cut that leaves the first as long as the
    // second (`着力破解融资难、融资贵` → `融资难`; `数字产业化、产业数字化`
    // stays).
    let second_len = text[members[1].range()].chars().count();
    if let Some(i) = text[members[0].range()].find(c).filter(|&i| {
        let left = text[members[0].start + i..members[0].end].chars().count();
        left >= 2 && (members.len() >= 3 || left == second_len)
    }) {
        members[0].start += i;
    }
}

/// Strips a verb (from the table) before the first member of a list
/// written before the label: `省市之间建立对外投资项目` → `对外投资项目`.
fn drop_lead_verb(text: &str, first: &mut Span) {
    let item = &text[first.range()];
    let cut = MEMBER_LEADS
        .iter()
        .filter_map(|l| item.rfind(l).map(|i| i + l.len()))
        .max()
        .filter(|&i| item[i..].chars().count() >= 2);
    if let Some(i) = cut {
        first.start += i;
    }
}

/// `data/policy_framework_collective_leads.tsv`, longest first.
static COLLECTIVE_LEADS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::words_longest_first(
        "policy_framework_collective_leads.tsv",
        include_str!("../data/policy_framework_collective_leads.tsv"),
    )
});

/// The start of an opening bracket and a collective lead word
/// (`（以下统称`) that end right at `open`, else `open` itself.
fn before_collective_lead(text: &str, open: usize) -> usize {
    let head = &text[..open];
    COLLECTIVE_LEADS
        .iter()
        .find_map(|w| {
            let rest = head.strip_suffix(w)?;
            let c = rest.chars().next_back()?;
            (super::text::is_open(c) && c != TITLE_OPEN).then(|| rest.len() - c.len_utf8())
        })
        .unwrap_or(open)
}

/// The most characters looked back from a label for the clause of its
/// list of members (ten members of ten characters: `A、B、…、J等“十大行动”`).
const MAX_LIST_BEFORE_CHARS: usize = 160;

/// Members as a 、-list right before the opening quote, or as a quoted
/// 、-list of exactly `count` items just before it
/// (`“一家企业、一名领导、…”的“五个一”`).
/// Each member has at least two characters, and when the label has a count
/// the list has exactly that many (`落实国家、省“双碳”` is not a list of
/// members).
fn members_before(text: &str, open: usize, count: Option<u64>) -> Option<Vec<Span>> {
    // `A、B、C（以下统称“三项制度”）`: the list ends before the bracket.
    let open = before_collective_lead(text, open);
    let head = &text[..open];
    let quoted = head
        .strip_suffix(LINKS[0])
        .and_then(|h| h.strip_suffix(CLOSE_QUOTE))
        .or_else(|| head.strip_suffix(CLOSE_QUOTE));
    if let (Some(inner_end), Some(n)) = (quoted.map(str::len), count) {
        let inner_start = text[..inner_end]
            .char_indices()
            .rev()
            .take(80)
            .find(|(_, c)| matches!(*c, OPEN_QUOTE | CLOSE_QUOTE | '\n'))
            .filter(|(_, c)| *c == OPEN_QUOTE)
            .map(|(i, c)| i + c.len_utf8());
        if let Some(s) = inner_start {
            let items = split(text, s, inner_end, &[ENUM_COMMA]);
            if items.len() as u64 == n && items.iter().all(|i| text[i.range()].chars().count() >= 2)
            {
                return Some(items);
            }
        }
    }
    let start = head
        .char_indices()
        .rev()
        .take(MAX_LIST_BEFORE_CHARS)
        .find(|&(i, c)| {
            c == '\n'
                || has_char(List::FrameworkLeadStop, c)
                || (c == TITLE_CLOSE && !head[i + c.len_utf8()..].starts_with(ENUM_COMMA))
        })
        .map(|(i, c)| i + c.len_utf8())
        .or_else(|| {
            head.chars()
                .rev()
                .nth(MAX_LIST_BEFORE_CHARS)
                .is_none()
                .then_some(0)
        })?;
    let mut items = split(text, start, open, &[ENUM_COMMA]);
    // `A、B、C和D“四关”`: the last member joined by a conjunction (和 及 与)
    // inside the last 、 item of a 、-list, when that makes the count the
    // label opens with (not a sum of its numerals: `A、B与C“一院两区”`).
    if items.len() >= 2
        && count.is_some_and(|n| items.len() as u64 + 1 == n && count_opens_label(text, open, n))
    {
        if let Some(last) = items.last().copied() {
            if let Some((a, b)) = split_at_conjunction(text, last) {
                let k = items.len() - 1;
                items[k] = a;
                items.push(b);
            }
        }
    }
    if items.len() < 2 || count.is_some_and(|n| items.len() as u64 != n) {
        return None;
    }
    // `A、B和深化“千村示范、万村整治”工程`: the list goes on into the
    // label, whose words are its last item, not its members.
    if items
        .last()
        .is_some_and(|s| text[s.range()].contains(|c: char| super::text::is_conjunction(c)))
    {
        return None;
    }
    // `和A、B、C等“四项服务”`: the joiner before the list and the 等 that
    // closes it are no part of its members.
    if let Some(c) = text[items[0].range()]
        .chars()
        .next()
        .filter(|c| super::text::is_conjunction(*c))
    {
        items[0].start += c.len_utf8();
    }
    let n = items.len();
    // `责任规划师、责任建筑师、责任评估师的“三师”`: the attributive 的
    // between the list and the label is no part of the last member.
    if text[items[n - 1].range()].ends_with(LINKS[0]) {
        items[n - 1].end -= LINKS[0].len_utf8();
    }
    if let Some(w) =
        super::target::list_end_words().find(|w| text[items[n - 1].range()].ends_with(w))
    {
        items[n - 1].end -= w.len();
    }
    if items.iter().any(|s| text[s.range()].chars().count() < 2) {
        return None;
    }
    // `各地区、各部门、各单位必须从全面贯彻落实“三个代表”`: a verb of the
    // table ending the last item takes the label as its object; the list
    // is its subject, no members.
    if MEMBER_LEADS
        .iter()
        .any(|l| text[items[n - 1].range()].ends_with(l))
    {
        return None;
    }
    drop_lead_verb(text, &mut items[0]);
    // `做好稳就业、稳物价、稳预期“三稳”`, `抓好产业链、供应链、资金链“三链”`:
    // a verb before the first member, found by the others' shape.
    drop_shared_lead(text, &mut items);
    drop_lead_by_length(text, &mut items);
    // `建立政府和重点项目、重点企业主要负责人担任“双链长”`: a conjunction
    // inside the first item, its lead verb dropped, makes the list part of
    // a longer phrase (`A和B、C的负责人`), not the label's parts.
    if text[items[0].range()]
        .chars()
        .skip(1)
        .any(super::text::is_conjunction)
    {
        return None;
    }
    Some(items)
}

/// True when the label quoted at `open` opens with the numeral of its
/// count `n` (`“四关”`, `“三统一”`), not a count summed over several
/// numerals (`“一院两区”`).
fn count_opens_label(text: &str, open: usize, n: u64) -> bool {
    let Some(mark) = text[open..]
        .chars()
        .next()
        .filter(|&c| c == OPEN_QUOTE || c == SINGLE_QUOTES.0)
    else {
        return false;
    };
    let at = open + mark.len_utf8();
    i64::try_from(n).is_ok_and(|n| {
        crate::numeral::read_plain(text, at)
            .is_some_and(|m| m.high.is_none() && m.value == crate::decimal::Decimal::from(n))
    })
}

/// The two members of `item` joined by its one conjunction (`常见问题防控和
/// 验收交付程序`), two characters at least on each side; `None` with no
/// conjunction or more than one.
fn split_at_conjunction(text: &str, item: Span) -> Option<(Span, Span)> {
    let s = &text[item.range()];
    let mut joins = s
        .char_indices()
        .filter(|&(_, c)| super::text::is_conjunction(c));
    let (i, c) = joins.next()?;
    if joins.next().is_some() {
        return None;
    }
    let after = i + c.len_utf8();
    (s[..i].chars().count() >= 2 && s[after..].chars().count() >= 2).then(|| {
        (
            Span::new(item.start, item.start + i),
            Span::new(item.start + after, item.end),
        )
    })
}

/// Dashes that join members written right before the label
/// (`甲—乙—丙“三位一体”`).
const MEMBER_DASHES: [char; 3] = ['\u{2014}', '\u{FF0D}', '-'];

/// The most characters of one member joined by dashes.
const MAX_DASHED_MEMBER_CHARS: usize = 4;

/// Members joined by dashes right before the opening quote
/// (`建立甲—乙—丙—丁“四位一体”`): exactly `count` of them, each of one
/// length after the first, whose words before that length are a lead-in
/// (a verb), not part of it. Members may be single characters here: the
/// dashes, not a 、-list, mark them; spaces around the dashes are no part
/// of them (`人 — 房 — 钱 — 地“四位一体”`).
fn members_dashed(text: &str, open: usize, count: Option<u64>) -> Option<Vec<Span>> {
    let n = count?;
    let head = &text[..open];
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| {
            // Spaces a conversion set around the dashes (`人 — 房 — 钱`).
            MEMBER_DASHES.contains(&c)
                || crate::chars::is_han_script(c)
                || c == ' '
                || c == '\u{3000}'
        })
        .last()
        .map(|(i, _)| i)?;
    let mut items = split(text, start, open, &MEMBER_DASHES);
    if items.len() < 2 || items.len() as u64 != n {
        return None;
    }
    let len = |s: &Span| text[s.range()].chars().count();
    let m = len(&items[1]);
    if m == 0
        || m > MAX_DASHED_MEMBER_CHARS
        || items[1..].iter().any(|s| len(s) != m)
        || len(&items[0]) < m
    {
        return None;
    }
    let first = &text[items[0].range()];
    let drop = first.chars().count() - m;
    items[0].start += first.chars().take(drop).map(char::len_utf8).sum::<usize>();
    Some(items)
}

/// The fewest members after the first, all of one length, that make a
/// first member two characters longer start with a verb (`严把A、B、C和D`).
const PARALLEL_MEMBERS: usize = 3;

/// The fewest characters of those parallel members.
const PARALLEL_MEMBER_CHARS: usize = 4;

/// When the members after the first all have one length and end like the
/// first, the first is as long as they are (`抓好产业链` → `产业链`). So it
/// is when three or more after the first have one length of four
/// characters or more and the first is two characters longer: those two
/// are a verb before the list (`严把重点建材进场、主体结构安全、常见问题防控和
/// 验收交付程序“四关”` → `重点建材进场`).
fn drop_lead_by_length(text: &str, members: &mut [Span]) {
    if members.len() < 2 {
        return;
    }
    let chars = |s: &Span| text[s.range()].chars().collect::<Vec<char>>();
    let rest: Vec<Vec<char>> = members[1..].iter().map(chars).collect();
    let n = rest[0].len();
    let last = rest[0].last().copied();
    let first = chars(&members[0]);
    let one_length = rest.iter().all(|r| r.len() == n);
    let parallel = one_length
        && rest.len() >= PARALLEL_MEMBERS
        && n >= PARALLEL_MEMBER_CHARS
        && first.len() == n + 2;
    if !parallel
        && (n < 2
            || first.len() <= n
            || !one_length
            || rest.iter().any(|r| r.last().copied() != last)
            || first.last().copied() != last)
    {
        return;
    }
    members[0].start += first[..first.len() - n]
        .iter()
        .map(|c| c.len_utf8())
        .sum::<usize>();
}

/// Members of a definition by a collective word (`…相对应的检查对象名录库和
/// 执法检查人员名录库（统称“两库”）`): the clause before the bracket split
/// on 、 and the conjunctions into exactly `count` items, the first without
/// the words its 的 attaches (`与抽查事项相对应的`), each ending with the
/// label's last character.
fn members_defined(text: &str, open: usize, label: &str, count: Option<u64>) -> Option<Vec<Span>> {
    let n = count.filter(|n| (2..=12).contains(n))? as usize;
    let open = before_collective_lead(text, open);
    let head = &text[..open];
    let start = head
        .char_indices()
        .rev()
        .take(80)
        .find(|&(_, c)| super::text::is_clause_sep(c) || matches!(c, FULL_STOP | '\n'))
        .map(|(i, c)| i + c.len_utf8())?;
    let mut items: Vec<Span> = Vec::new();
    let mut from = start;
    for (i, c) in text[start..open].char_indices() {
        if c == ENUM_COMMA || super::text::is_conjunction(c) {
            items.push(Span::new(from, start + i));
            from = start + i + c.len_utf8();
        }
    }
    items.push(Span::new(from, open));
    // The last `count` items, each ending with the label's head
    // (名录库 … “两库”).
    let head_char = label.chars().next_back()?;
    let mut items = items.split_off(items.len().checked_sub(n)?);
    if !items.iter().all(|s| text[s.range()].ends_with(head_char)) {
        return None;
    }
    let attributive = super::target::attributive_words().collect::<Vec<_>>();
    if let Some(i) = attributive
        .iter()
        .filter_map(|w| text[items[0].range()].rfind(w).map(|i| i + w.len()))
        .max()
    {
        items[0].start += i;
    }
    items
        .iter()
        .all(|s| text[s.range()].chars().count() >= 2)
        .then_some(items)
}

/// Members as a 、-list earlier in the sentence, each ending with the
/// label's word after its numeral (四链融合 → items ending in 链).
fn members_earlier(text: &str, open: usize, label: &str, count: Option<u64>) -> Option<Vec<Span>> {
    let n = count.filter(|n| (2..=12).contains(n))? as usize;
    let word = label.chars().find(|c| !is_numeral(*c))?;
    let head = &text[..open];
    let sentence_start = head
        .char_indices()
        .rev()
        .take(200)
        .find(|&(_, c)| c == '\n' || has_char(List::WideSentenceEnd, c))
        .map(|(i, c)| i + c.len_utf8())
        .or_else(|| head.chars().rev().nth(200).is_none().then_some(0))?;
    // Clauses of the sentence, latest first.
    let clauses = split(text, sentence_start, open, chars(List::ClauseSeparator));
    for clause in clauses.iter().rev() {
        let mut items = split(text, clause.start, clause.end, &[ENUM_COMMA]);
        if items.len() != n {
            continue;
        }
        if !items[..n - 1]
            .iter()
            .all(|s| text[s.range()].ends_with(word))
        {
            continue;
        }
        // The last item ends at the word: `人才链融合发展难题` → `人才链`.
        let last = &mut items[n - 1];
        let i = text[last.range()].find(word)?;
        last.end = last.start + i + word.len_utf8();
        // The first item is as long as the second.
        let len2 = text[items[1].range()].chars().count();
        let first = &mut items[0];
        let skip = text[first.range()].chars().count().saturating_sub(len2);
        first.start += text[first.range()]
            .chars()
            .take(skip)
            .map(char::len_utf8)
            .sum::<usize>();
        return Some(items);
    }
    None
}

/// Members whose figures add up to the label's Arabic figure, as a
/// 、-list in an earlier clause of the sentence (`培育20项…赛事、30项…赛事、
/// 50项…赛事，加快形成“双奥100”…` → the three, 20 + 30 + 50 = 100).
fn members_summing(text: &str, open: usize, label: &str) -> Option<Vec<Span>> {
    let digits: String = label.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() || !label.contains(&*digits) {
        return None;
    }
    let total: u64 = digits.parse().ok()?;
    let head = &text[..open];
    let sentence_start = head
        .char_indices()
        .rev()
        .take(200)
        .find(|&(_, c)| c == '\n' || has_char(List::WideSentenceEnd, c))
        .map(|(i, c)| i + c.len_utf8())
        .or_else(|| head.chars().rev().nth(200).is_none().then_some(0))?;
    let clauses = split(text, sentence_start, open, chars(List::ClauseSeparator));
    for clause in clauses.iter().rev() {
        let mut items = split(text, clause.start, clause.end, &[ENUM_COMMA]);
        if items.len() < 2 {
            continue;
        }
        // The lead-in before the first figure is not part of the member.
        let first = &mut items[0];
        let Some(i) = text[first.range()].find(|c: char| c.is_ascii_digit()) else {
            continue;
        };
        first.start += i;
        let figures: Option<Vec<u64>> = items
            .iter()
            .map(|s| {
                let t = &text[s.range()];
                let n: String = t.chars().take_while(char::is_ascii_digit).collect();
                n.parse().ok()
            })
            .collect();
        if figures.is_some_and(|f| f.iter().try_fold(0u64, |a, b| a.checked_add(*b)) == Some(total))
        {
            return Some(items);
        }
    }
    None
}

/// True when the label, read on its own, holds an entity that measures
/// something (`15分钟便民生活圈`: a duration, not a scheme of fifteen parts).
/// (In the text, a quoted label is no entity.)
fn is_measured(extractor: &crate::Extractor, label: &str) -> bool {
    extractor.extract(label).iter().any(|e| {
        matches!(
            e.kind,
            Kind::Duration | Kind::Quantity | Kind::Money | Kind::Percent | Kind::Date
        )
    })
}

/// A label that lists its members inside the quotes and closes with the
/// numeral counting them and one word (`“打通信息、渠道、技术三平台”` 3,
/// `“…、统办、统分五统一”` 5): parts joined by 、, none but the last holding a
/// numeral, the last a member, one numeral of two to ten and a word of one
/// or two characters (a fixed word holding a numeral counts as none: 统一); at least as many parts as the numeral counts.
fn counts_members_inside(label: &str) -> Option<u64> {
    let chars: Vec<char> = label.chars().collect();
    if chars.len() > MAX_LISTING_LABEL_CHARS
        || chars
            .iter()
            .any(|&c| has_char(List::LabelStop, c) || is_space(c))
    {
        return None;
    }
    let parts: Vec<&str> = label.split(ENUM_COMMA).collect();
    let (last, rest) = parts.split_last()?;
    if rest.is_empty() || parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    if rest.iter().any(|p| p.chars().any(is_numeral)) {
        return None;
    }
    let last: Vec<char> = last.chars().collect();
    let at = last.iter().position(|&c| is_numeral(c))?;
    // The word may be a fixed word holding a numeral (`统一`, not_entities.tsv).
    static FIXED: LazyLock<WordSet> =
        LazyLock::new(|| WordSet::new(crate::numeric::table::NOT_ROWS.items.iter().copied()));
    let word: String = last[at + 1..].iter().collect();
    let n_word = word.chars().count();
    if at == 0 || n_word == 0 || n_word > 2 || FIXED.remove_from(&word).chars().any(is_numeral) {
        return None;
    }
    let n = u64::from(crate::numeral::chinese::digit(last[at]).filter(|d| *d >= 2)?);
    (parts.len() as u64 >= n).then_some(n)
}

/// The most characters of a part of a label of parts joined by 、 that
/// each open with a numeral (`百个大空间`).
const MAX_NUMBERED_PART_CHARS: usize = 8;

/// A label of short parts joined by 、, each opening with a numeral
/// that counts (`百个大空间、千个链接点、万个微基建`): a scheme of several
/// parts, read as one whatever its length, up to that of a listing label.
/// A part opening with 一 (`一川烟雨`, an article) makes it a description.
fn numbered_parts(label: &str) -> bool {
    let parts: Vec<&str> = label.split(ENUM_COMMA).collect();
    label.chars().count() <= MAX_LISTING_LABEL_CHARS
        && parts.len() >= 2
        && parts.iter().all(|p| {
            p.chars().next().is_some_and(|c| is_numeral(c) && c != ONE)
                && p.chars().count() <= MAX_NUMBERED_PART_CHARS
        })
}

/// A numeral right before a one-character unit of measure (`千斤`, `万吨`,
/// `四两拨千斤`): the label weighs or measures, it counts no parts.
fn measures_by_unit(label: &str) -> bool {
    static UNITS: LazyLock<HashSet<char>> = LazyLock::new(|| {
        crate::numeric::table::UNIT_ROWS
            .items
            .iter()
            .filter(|r| r.kind == crate::numeric::table::UnitKind::Quantity)
            .filter_map(|r| {
                let mut c = r.word.chars();
                match (c.next(), c.next()) {
                    (Some(u), None) if super::text::is_han_script(u) => Some(u),
                    _ => None,
                }
            })
            .collect()
    });
    let chars: Vec<char> = label.chars().collect();
    chars
        .windows(2)
        .any(|w| is_numeral(w[0]) && !w[0].is_ascii_digit() && UNITS.contains(&w[1]))
}

/// Every framework at its first mention, in text order.
/// The short names with a numeral the text defines for itself in an alias
/// bracket (`（以下统称三包）`, `（以下简称“两清单”）`): fixed words of this text.
fn defined_short_names(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for lead in super::title::ALIAS_LEADS.iter() {
        for (at, _) in text.match_indices(lead) {
            let rest = &text[at + lead.len()..];
            let rest = rest.strip_prefix(OPEN_QUOTE).unwrap_or(rest);
            let end = rest
                .char_indices()
                .take(MAX_LABEL_CHARS + 1)
                .find(|&(_, c)| !super::text::is_han_script(c) && !is_numeral(c))
                .map(|(i, _)| i);
            let Some(end) = end else { continue };
            let name = &rest[..end];
            let closed = rest[end..].starts_with(|c: char| {
                c == CLOSE_QUOTE || super::text::is_close(c) || has_char(List::Comma, c)
            });
            if closed && name.chars().count() >= 2 && name.chars().any(is_numeral) {
                out.push(name);
            }
        }
    }
    // 以下统称 and 统称 find the same name.
    out.sort_unstable();
    out.dedup();
    out
}

/// True when `label` holds a short name the text defines (`defined`) with
/// more words around it and no numeral of its own outside it
/// (`“三包换退车”` after `（以下统称三包）`): a thing named with the term,
/// no scheme.
fn holds_a_defined_name(label: &str, defined: &[&str]) -> bool {
    defined.iter().any(|d| {
        label.len() > d.len() && label.contains(d) && !label.replace(d, "").chars().any(is_numeral)
    })
}

/// The single quotation marks (`‘两步申报’`), a quotation inside a
/// quotation (`“深化‘提前申报’、‘两步申报’等改革”`): a label in them is
/// quoted as one in double marks is.
const SINGLE_QUOTES: (char, char) = ('\u{2018}', '\u{2019}');

/// The quoted labels of `text` in text order, in double or single
/// quotation marks: the opening mark's start, the label's start and end,
/// the closing mark's end. A label closes within the label limit, on its
/// line, before another opening mark of its kind.
fn quoted_labels(text: &str) -> Vec<(usize, usize, usize, usize)> {
    let mut out = Vec::new();
    for (open_mark, close_mark) in [(OPEN_QUOTE, CLOSE_QUOTE), SINGLE_QUOTES] {
        let mut from = 0;
        while let Some(rel) = text[from..].find(open_mark) {
            let open = from + rel;
            let label_start = open + open_mark.len_utf8();
            from = label_start;
            // The closing quote within the label limit.
            let Some((close_rel, _)) = text[label_start..]
                .char_indices()
                .take(MAX_LISTING_LABEL_CHARS + 1)
                .find(|(_, c)| *c == close_mark || *c == open_mark || *c == '\n')
                .filter(|(i, _)| text[label_start + i..].starts_with(close_mark))
            else {
                continue;
            };
            let label_end = label_start + close_rel;
            let end = label_end + close_mark.len_utf8();
            from = end;
            out.push((open, label_start, label_end, end));
        }
    }
    out.sort_unstable();
    out
}

pub(crate) fn find(text: &str) -> Vec<Framework> {
    let extractor =
        crate::Extractor::new(crate::Config::default().with_kinds(crate::KindSet::all()));
    let defined = defined_short_names(text);
    let mut out = Vec::new();
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (open, label_start, label_end, end) in quoted_labels(text) {
        let label = &text[label_start..label_end];
        let short = label.chars().count() <= MAX_LABEL_CHARS;
        let Some(count) = classify(label)
            .or_else(|| (short && digits_name_a_scheme(text, label, end)).then_some(None))
        else {
            continue;
        };
        if is_measured(&extractor, label)
            || measures_by_unit(label)
            || prevented(text, open)
            || misconduct(text, end)
            || holds_a_defined_name(label, &defined)
        {
            continue;
        }
        if let Some(&k) = seen.get(label) {
            // A later mention that defines the label over the list before
            // it (`A和B（统称“两库”）`) gives the members the first did not.
            let item: &mut Framework = &mut out[k];
            if item.members.is_none() && before_collective_lead(text, open) != open {
                if let Some(m) = members_before(text, open, count)
                    .or_else(|| members_defined(text, open, label, count))
                {
                    item.members_match = count.map(|n| m.len() as u64 == n);
                    item.members = Some(m);
                }
            }
            continue;
        }
        seen.insert(label, out.len());
        // A label of parts joined by 、 names them itself.
        let own_parts = label.contains(ENUM_COMMA);
        let members = members_after(text, end, count)
            .or_else(|| {
                // A list before a label with no count (`各县区、各部门要在
                // 持续落实国务院“33条+19条”`) has nothing to match it to.
                (!own_parts && count.is_some())
                    .then(|| members_before(text, open, count))
                    .flatten()
            })
            .or_else(|| {
                (!own_parts)
                    .then(|| members_dashed(text, open, count))
                    .flatten()
            })
            .or_else(|| members_earlier(text, open, label, count))
            .or_else(|| {
                count
                    .is_none()
                    .then(|| members_summing(text, open, label))
                    .flatten()
            });
        let members_match = match (&members, count) {
            (Some(m), Some(n)) => Some(m.len() as u64 == n),
            _ => None,
        };
        out.push(Framework {
            span: Span::new(open, end),
            label: Span::new(label_start, label_end),
            count,
            members,
            members_match,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts of `f`'s members (it must have some).
    fn members<'t>(text: &'t str, f: &Framework) -> Vec<&'t str> {
        f.members
            .as_ref()
            .expect("members")
            .iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    #[test]
    fn dates_of_a_month_and_a_day_and_counted_schemes_of_a_field() {
        // A month and a day name a date; a counting numeral does not.
        for label in ["八一", "六一", "十一", "七一"] {
            assert_eq!(classify(label), None, "{label}");
        }
        assert_eq!(classify("三零"), Some(Some(3)));
        // Two months in a row, each after a word, name a season.
        for label in ["金九银十", "金三银四"] {
            assert_eq!(classify(label), None, "{label}");
        }
        assert_eq!(classify("一核两翼"), Some(Some(3)));
        // A scheme with principles after it, no numeral in them: the
        // scheme's count; a first part of a lone 一 is a slogan.
        assert_eq!(classify("三单管理、分级负责"), Some(Some(3)));
        assert_eq!(classify("一站受理、限时办结"), None);
        assert_eq!(classify("双随机、一公开"), Some(Some(3)));
        // Two rivers (一江一河, `policy_framework_pairs.tsv`): two parts.
        assert_eq!(classify("一江一河"), Some(Some(2)));
        // A field's word before a numeral, a measure word and a noun of a
        // scheme: the scheme's parts are counted (a thing after a numeral
        // inside a phrase is still none).
        assert_eq!(classify("乡村振兴五大工程"), Some(Some(5)));
        assert_eq!(classify("数字经济三项行动"), Some(Some(3)));
        assert_eq!(classify("商住两用房"), None);
        // A long list of members before the label is read whole.
        let text = "全面推进产业基础再造工程、重点产业链提升工程、企业梯队培育工程、数字化转型赋能工程、绿色制造示范工程、质量品牌提升工程、服务型制造推广工程、制造业人才支撑工程、开放合作深化工程、要素保障强化工程等“制造强省十大工程”。";
        let f = &find(text)[0];
        assert_eq!(f.count, Some(10));
        let m = members(text, f);
        assert_eq!(m.len(), 10);
        assert_eq!((m[0], m[9]), ("产业基础再造工程", "要素保障强化工程"));
    }

    #[test]
    fn members_listed_inside_the_label_and_weights() {
        // The members inside the quotes, before the numeral counting them.
        assert_eq!(classify("打通信息、渠道、技术三平台"), Some(Some(3)));
        let long = "草场、牲畜、品种、劳力重新分配和统治、统种、统购、统办、统分五统一";
        assert_eq!(classify(long), Some(Some(5)));
        // Fewer parts than the numeral counts, or a numeral in an earlier
        // part: no such list.
        assert_eq!(classify("信息、渠道三平台"), None);
        assert_eq!(classify("二孩、三孩条件"), None);
        let text = format!("推介农户的“{long}”模式，积极发挥财政资金“四两拨千斤”的作用。");
        let found = find(&text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].label.range()], long);
        assert_eq!(
            (found[0].count, found[0].members.is_none()),
            (Some(5), true)
        );
        // A numeral before a unit of weight or length measures.
        assert!(find("发挥“四两拨千斤”作用，建设“万吨粮仓”。").is_empty());
    }

    #[test]
    fn table_parses_without_duplicates() {
        let mut seen = HashSet::new();
        for w in MEMBER_LEADS.iter() {
            assert!(seen.insert(*w), "duplicate {w}");
            let text = format!("{w}创新链、产业链“两链融合”");
            let open = text.find('“').unwrap();
            let m = members_before(&text, open, Some(2)).unwrap();
            assert_eq!(&text[m[0].range()], "创新链", "{w}");
        }
    }

    #[test]
    fn measure_table_parses_without_duplicates_and_each_row_is_a_measure() {
        let t = measures();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        let mut seen = HashSet::new();
        for c in t.items {
            assert!(seen.insert(c), "duplicate {c}");
            // 三改一整 counts both kinds (4); with a measure word the first
            // numeral is the label's size.
            let label = format!("三{c}一整");
            assert_eq!(classify(&label), Some(Some(3)), "{label}");
        }
        let bad: crate::lexicon::Table<char> =
            crate::lexicon::Table::load("m.tsv", "个\n个体\n", |r| r.get(0));
        assert_eq!(bad.items, ['个']);
        assert!(bad.errors[0].to_string().contains("m.tsv:2"));
    }

    #[test]
    fn measured_labels_magnitudes_and_members_after_a_colon() {
        let text = "打造“15分钟便民生活圈”。深化“千万工程”。实施“三大行动”：创新行动、开放行动、绿色行动。";
        type Row<'a> = (&'a str, Option<u64>, Option<Vec<&'a str>>);
        let got: Vec<Row> = find(text)
            .iter()
            .map(|f| {
                (
                    &text[f.label.range()],
                    f.count,
                    f.members
                        .as_ref()
                        .map(|m| m.iter().map(|s| &text[s.range()]).collect()),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("千万工程", None, None),
                (
                    "三大行动",
                    Some(3),
                    Some(vec!["创新行动", "开放行动", "绿色行动"])
                ),
            ]
        );
    }

    #[test]
    fn members_set_off_by_semicolons_keep_their_first_clause() {
        let text = "形成“两个一批”格局：即新建一批智慧农场，每个面积不低于500亩；改造一批老旧粮库，总仓容达到10万吨。";
        let f = &find(text)[0];
        let members = members(text, f);
        assert_eq!(f.count, Some(2));
        assert_eq!(members, ["新建一批智慧农场", "改造一批老旧粮库"]);
    }

    #[test]
    fn pairs_of_groups_and_lists_that_run_into_the_label() {
        let t = pairs();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        for label in &t.items {
            assert_eq!(classify(label), Some(Some(2)), "{label}");
        }
        assert_eq!(classify("一企一策"), None);
        // The short name of any five-year plan is a period (ANNOTATION b6-a 5).
        assert_eq!(classify("九五"), None);
        // A campaign named by its length, a numeral inside a place name
        // (ANNOTATION b6-b 14): no frameworks.
        assert_eq!(classify("百日攻坚"), None);
        assert_eq!(classify("三十天攻坚"), None);
        assert_eq!(classify("安逸四川"), None);
        // A body or a vehicle named with a numeral; parts each an ordinal.
        assert_eq!(classify("三江区市场监督管理局"), None);
        assert_eq!(classify("三轮车"), None);
        assert_eq!(classify("一胎、二胎家庭"), None);
        assert_eq!(classify("三区、两线"), Some(Some(5)));
        assert_eq!(classify("四大机制"), Some(Some(4)));
        // Parts each a numeral and a word of one length: summed (b6-b 14).
        assert_eq!(classify("一目录五清单"), Some(Some(6)));
        assert_eq!(classify("三方四层级全环节"), Some(None));
        assert_eq!(classify("四个100"), Some(Some(4)));
        assert_eq!(classify("双奥100"), Some(None));
        let text = "推行“一目录五清单”（分类检查目录和处罚五张清单）精准监管。";
        let f = &find(text)[0];
        assert_eq!(&text[f.span.range()], "“一目录五清单”");
        assert_eq!(f.count, Some(6));
        assert_eq!(f.members, None);
        assert_eq!(classify("八五"), None);
        assert_eq!(classify("12345"), None);
        assert_eq!(classify("5G+工业互联网"), None);
        assert_eq!(classify("1+8+N"), Some(None));
        let t = not_frameworks();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        for (w, place) in &t.items {
            let label = match place {
                NotPlace::Whole => w.to_string(),
                NotPlace::End => format!("五五购物{w}"),
                // A season word is an ordinal at the label's end only.
                NotPlace::Ordinal if not_framework_words(NotPlace::Season).any(|s| s == *w) => {
                    format!("二{w}")
                }
                NotPlace::Ordinal => format!("二{w}创业"),
                NotPlace::Length => format!("百{w}攻坚"),
                NotPlace::Share => format!("完成三{w}二任务"),
                NotPlace::ShareAfter => format!("二次结构完成一{w}"),
                NotPlace::Rank => format!("十{w}房企"),
                NotPlace::Tier => {
                    assert_eq!(classify(&format!("三{w}")), Some(Some(3)), "{w}");
                    continue;
                }
                NotPlace::Season => {
                    // Before words of its own it counts; ending the label or
                    // opening a longer ordinal row it stays an ordinal.
                    assert_eq!(classify(&format!("四{w}有约")), Some(Some(4)), "{w}");
                    assert_eq!(classify(&format!("京彩四{w}")), None, "{w}");
                    assert_eq!(classify(&format!("三{w}度冲刺")), None, "{w}");
                    continue;
                }
                NotPlace::ListLead => continue,
                NotPlace::Nickname => format!("{w}20条"),
                NotPlace::Articles => format!("省二十{w}"),
                NotPlace::After => {
                    let text = format!("坚决查处“一房二卖”、虚假宣传等违法{w}。");
                    assert!(find(&text).is_empty(), "{text}");
                    let text = format!("坚决查处“一房二卖”{w}。");
                    assert!(find(&text).is_empty(), "{text}");
                    continue;
                }
                NotPlace::Before => {
                    let text = format!("严格{w}“一房二卖”。");
                    assert!(find(&text).is_empty(), "{text}");
                    continue;
                }
            };
            assert_eq!(classify(&label), None, "{label}");
        }
        // A quoted stage of works given as a share is no scheme.
        assert!(find("待“楼体封顶达到三分之一工程量”后拨付首笔资金。").is_empty());
        // A choice of one of two, whatever verb stands before it.
        assert!(find("暂停执行购房提取和住房公积金贷款“二选一”政策。").is_empty());
        assert_eq!(classify("双创"), Some(Some(2)));
        // A counting numeral and an event's end word alone count such
        // events (two festivals); a doubled digit is no count; parts of
        // words of one or two characters sum (1 + 3), longer ones do not.
        assert_eq!(classify("两节"), Some(Some(2)));
        assert_eq!(classify("双节"), Some(Some(2)));
        assert_eq!(classify("五五购物节"), None);
        assert_eq!(classify("六六就业稳岗计划"), Some(None));
        assert_eq!(classify("一图三清单"), Some(Some(4)));
        assert_eq!(classify("三方四层级全环节"), Some(None));
        let text = "推动市民化、县城承载能力提升和深化“千村示范、万村整治”工程有机结合。";
        let f = &find(text)[0];
        assert_eq!(&text[f.label.range()], "千村示范、万村整治");
        assert_eq!(f.members, None);
        // With a count, the item after the conjunction is the last member
        // when that makes the count (A、B、C与D“四链融合”); when it does not,
        // the list runs into something else.
        let text = "落实创新链、产业链、人才链与资金链“四链融合”。";
        assert_eq!(
            members(text, &find(text)[0]),
            ["创新链", "产业链", "人才链", "资金链"]
        );
        let text = "落实创新链、产业链与资金链“四链融合”。";
        assert_eq!(find(text)[0].members, None);
        // A conjunction inside the first item: the list is part of a
        // longer phrase (who holds the post the label names).
        let text = "由园区和龙头企业、骨干院校负责人担任“双组长”。";
        let f = &find(text)[0];
        assert_eq!((f.count, f.members.as_ref()), (Some(2), None));
        // Without it the list before the label is its members.
        let text = "推进稳岗位、稳收入“双稳”。";
        assert_eq!(find(text)[0].members.as_ref().map(Vec::len), Some(2));
    }

    #[test]
    fn long_labels_of_numbered_parts() {
        let text = "实施“百个口袋广场、千个健身驿站、万个休憩座椅”计划。描绘“千里江岸、百年老街、一池春水、万盏灯光”的画卷。";
        let got: Vec<_> = find(text)
            .iter()
            .map(|f| (&text[f.label.range()], f.count, f.members.is_some()))
            .collect();
        assert_eq!(
            got,
            [("百个口袋广场、千个健身驿站、万个休憩座椅", None, false)]
        );
        assert_eq!(classify("三个示范片区建设、五个重点行业提升工程"), None);
    }

    #[test]
    fn counts() {
        for (label, count) in [
            ("六个一", Some(6)),
            ("1+8+N", None),
            ("1122+N", None),
            ("三链同构", Some(3)),
            ("双碳", Some(2)),
            ("百项", Some(100)),
            ("七位一体", Some(7)),
            ("九条标准", Some(9)),
            ("境外百展", Some(100)),
            ("三进三创", Some(3)),
            ("双新双优", Some(4)),
            ("两通两融", Some(4)),
            ("双新双千", Some(4)),
            ("百千万", None),
            ("双随机、一公开", Some(3)),
            ("千村示范、万村整治", None),
            ("三改一整", Some(4)),
            ("两客一危", Some(3)),
            ("两院一体", Some(3)),
            ("一院两区", Some(3)),
            ("双千计划", Some(2)),
            ("六百工程", Some(6)),
            ("双奥100", None),
            ("2025滨江消费季", None),
            ("百校千岗", None),
            ("三零", Some(3)),
            ("一淀、三带、九片、多廊", None),
            ("一主、五辅、多节点", None),
            ("九条标准", Some(9)),
        ] {
            assert_eq!(classify(label), Some(count), "{label}");
        }
        for label in [
            "一企一技术",
            "一揽子",
            "共享智造",
            "万人助万企",
            "十四五",
            "十五五",
            "5G",
            "零增地",
            "二次创业",
            "一号工程",
            "一网通办",
            "最后一公里",
            "谋划储备一批、建设开工一批",
            "进一次门、查多项事",
            "三农",
            "一带一路",
            "五一",
            "8·8北京体育消费节",
            "三级甲等",
            "京彩四季",
            "五五购物节",
            "奋进‘十五五’ 科技谱新篇",
            "互联网十不动产登记",
            "双元制",
            "收支两条线",
            "二孩",
            "三孩",
            "多规合一",
        ] {
            assert_eq!(classify(label), None, "{label}");
        }
        // A numeral only inside a fixed word names a thing.
        assert_eq!(classify("千兆城市"), None);
        assert_eq!(classify("军民两用技术"), None);
        assert_eq!(classify("平战两用"), Some(Some(2)));
        assert_eq!(classify("三个统一"), Some(Some(3)));
        // A numeral and a tier word filling the label count the tiers.
        assert_eq!(classify("四级"), Some(Some(4)));
        assert_eq!(classify("二级甲等"), None);
        // Parts joined by + that each open with a numeral: a sum, no count.
        assert_eq!(classify("一大环+五小环"), Some(None));
        assert_eq!(classify("文旅+百业"), None);
        let text = "到2025年，“一大环+五小环”环城生态公园带体系基本形成。";
        let found = find(text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.range()], "“一大环+五小环”");
        assert_eq!(found[0].count, None);
    }

    #[test]
    fn members_in_a_quoted_list_before_or_adding_up_to_the_label() {
        let text = "建立“一家企业、一名领导、一个班子、一套方案、一抓到底”的“五个一”推进机制。重点培育20项国际赛事、30项高价值赛事、50项本土赛事，加快形成“双奥100”赛事体系。";
        let got: Vec<(&str, Vec<&str>)> = find(text)
            .iter()
            .map(|f| {
                let m = f.members.as_ref().expect("members");
                (
                    &text[f.label.range()],
                    m.iter().map(|s| &text[s.range()]).collect(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "五个一",
                    vec!["一家企业", "一名领导", "一个班子", "一套方案", "一抓到底"]
                ),
                (
                    "双奥100",
                    vec!["20项国际赛事", "30项高价值赛事", "50项本土赛事"]
                ),
            ]
        );
        // Figures that do not add up to the label's give no members, nor
        // figures whose sum overflows.
        let text = "培育20项赛事、30项活动，形成“双奥100”体系。";
        assert_eq!(find(text)[0].members, None);
        let text = "培育18446744073709551615项赛事、1项活动，形成“双奥100”体系。";
        assert_eq!(find(text)[0].members, None);
    }

    #[test]
    fn members_before_a_bracket_that_names_them_together() {
        // gov.cn policy library, 国办发〔2018〕118号: a title ends the lead-in.
        let text = "《法治政府建设实施纲要（2015—2020年）》对全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度（以下统称“三项制度”）作出了具体部署。";
        let found = find(text);
        assert_eq!(found.len(), 1);
        let f = &found[0];
        let open = text.find('“').unwrap();
        assert_eq!(
            (f.span.start, f.span.end, &text[f.label.range()], f.count),
            (open, open + "“三项制度”".len(), "三项制度", Some(3))
        );
        let members = members(text, f);
        assert_eq!(
            members,
            [
                "行政执法公示制度",
                "执法全过程记录制度",
                "重大执法决定法制审核制度"
            ]
        );
        assert_eq!(
            before_collective_lead(text, open),
            text.rfind('（').unwrap()
        );
    }

    #[test]
    fn members_in_a_bracket_after_the_label() {
        let text = "新建“一场两馆”（体育场、体育馆、游泳馆）20个。推行“两个允许”（允许甲突破水平，允许乙用于奖励）。";
        let fs = find(text);
        let show = |f: &Framework| members(text, f);
        assert_eq!(fs[0].count, Some(3));
        assert_eq!(show(&fs[0]), ["体育场", "体育馆", "游泳馆"]);
        assert_eq!(show(&fs[1]), ["允许甲突破水平", "允许乙用于奖励"]);
        assert!(find("“双碳”（以下简称“双碳”）")
            .iter()
            .all(|f| f.members.is_none()));
    }

    #[test]
    fn remark_table_parses_without_duplicates_and_each_remark_lists_no_members() {
        let t = remarks();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        let mut seen = HashSet::new();
        let listed = "以“两好”（管控好甲类人员、管理好乙类人员）推进防控。";
        assert!(find(listed)[0].members.is_some());
        for w in t.items {
            assert!(seen.insert(w), "duplicate {w}");
            let text = format!("以“两好”（{w}管控好甲类人员、管理好乙类人员）推进防控。");
            assert!(find(&text).iter().all(|f| f.members.is_none()), "{text}");
        }
    }

    #[test]
    fn members_after_ji_inside_a_bracket() {
        let text = "现就以“两好”（即管控好“四类人员”、管理好“其他人员”）推进防控工作。";
        let f = &find(text)[0];
        let members = members(text, f);
        assert_eq!(members, ["管控好“四类人员”", "管理好“其他人员”"]);
        assert_eq!(f.members_match, Some(true));
    }

    #[test]
    fn members_before_and_first_mention() {
        let text = "坚持创新链、产业链、人才链“三链同构”，深化“三链同构”。";
        let fs = find(text);
        assert_eq!(fs.len(), 1);
        let m = members(text, &fs[0]);
        assert_eq!(m, ["创新链", "产业链", "人才链"]);
        assert_eq!(fs[0].members_match, Some(true));
        let text = "深入落实国家、省“双碳”战略部署。";
        assert_eq!(find(text)[0].members, None);
    }

    #[test]
    fn a_list_that_is_the_subject_of_the_verb_before_the_label() {
        // gov_guobanfa_meikuang_2004, notice_guangyuan_jingji_2023: the
        // last item ends with the verb that takes the label; no members.
        let text = "各地区、各部门、各单位必须从全面贯彻落实“三个代表”重要思想的高度。";
        let fs = find(text);
        assert_eq!(fs.len(), 1);
        assert_eq!(fs[0].count, Some(3));
        assert_eq!(fs[0].members, None);
        let text = "支持骨干设计、施工企业申报“双资质”。";
        let fs = find(text);
        assert_eq!(fs.len(), 1);
        assert_eq!(fs[0].count, Some(2));
        assert_eq!(fs[0].members, None);
        // The verb opening the list is stripped from the first member.
        let text = "申报创新链、产业链“双链”项目。";
        let fs = find(text);
        assert_eq!(members(text, &fs[0]), ["创新链", "产业链"]);
    }

    #[test]
    fn a_document_named_by_its_issuer_and_its_count_of_articles() {
        // muni_huangshan_fangdichan_2024: “市20条” names the city's notice
        // of twenty articles, no scheme; so do 国十条, 省二十条, 新十条.
        for label in [
            "市20条",
            "国十条",
            "国家二十条",
            "省二十条",
            "新十条",
            "县15条",
        ] {
            assert_eq!(classify(label), None, "{label}");
        }
        let text = "1.延续执行“市20条”等政策措施。推动“郴州人才新政52条”落实落地。";
        let fs = find(text);
        assert_eq!(fs.len(), 1);
        assert_eq!(&text[fs[0].label.range()], "郴州人才新政52条");
        assert_eq!(fs[0].count, Some(52));
        // A sum of packages stays a framework of no count.
        assert_eq!(classify("33条+19条"), Some(None));
        assert_eq!(classify("九条标准"), Some(Some(9)));
    }

    #[test]
    fn the_attributive_between_the_list_and_the_label_and_single_quotes() {
        // prov_shanghai_chengzhongcun_2025: 的 closes the list, no member's.
        let text = "探索实施责任规划师、责任建筑师、责任评估师的“三师”联创工作机制。";
        let fs = find(text);
        assert_eq!(fs.len(), 1);
        assert_eq!(&text[fs[0].span.range()], "“三师”");
        assert_eq!(fs[0].count, Some(3));
        assert_eq!(
            members(text, &fs[0]),
            ["责任规划师", "责任建筑师", "责任评估师"]
        );
        assert_eq!(fs[0].members_match, Some(true));
        // gov_guobanfa_yingshang_2022: labels in single quotes inside a
        // quoted measure; the outer quotation is no label, the 一 labels
        // are none, ‘两步申报’ counts two steps (no members: the quoted
        // label before it is one of a list of reforms, not a member).
        let text =
            "“进一步深化进出口货物‘提前申报’、‘两步申报’、‘船边直提’等改革”、“推行‘一网通办’”等。";
        let fs = find(text);
        assert_eq!(fs.len(), 1);
        assert_eq!(&text[fs[0].span.range()], "‘两步申报’");
        assert_eq!(&text[fs[0].label.range()], "两步申报");
        assert_eq!(fs[0].count, Some(2));
        assert_eq!(fs[0].members, None);
        // A single-quoted label of its own counts as a double-quoted one;
        // an apostrophe-like lone closing mark opens nothing.
        let text = "实施‘三链同构’工程，China’s “双碳”目标。";
        let fs = find(text);
        assert_eq!(fs.len(), 2);
        assert_eq!(&text[fs[0].label.range()], "三链同构");
        assert_eq!(fs[0].count, Some(3));
        assert_eq!(&text[fs[1].label.range()], "双碳");
        assert_eq!(fs[1].count, Some(2));
    }

    #[test]
    fn the_last_member_before_the_label_after_a_conjunction() {
        // Synthetic: the last member joined by 和 (及, 与) inside the last
        // 、 item, the count of the label made with it.
        // A first member two characters longer than three or more others
        // of one length starts with a verb (严守).
        let text = "严守原料采购检验、生产过程控制、成品出厂检验和售后服务追溯“四道关口”。";
        let fs = find(text);
        assert_eq!(
            members(text, &fs[0]),
            [
                "原料采购检验",
                "生产过程控制",
                "成品出厂检验",
                "售后服务追溯"
            ]
        );
        assert_eq!(fs[0].members_match, Some(true));
        let text = "坚持规划编制、项目审批及资金拨付“三统一”。";
        assert_eq!(
            members(text, &find(text)[0]),
            ["规划编制", "项目审批", "资金拨付"]
        );
        // A count the split does not give: no members.
        let text = "坚持规划编制、项目审批及资金拨付“五统一”。";
        assert_eq!(find(text)[0].members, None);
    }

    #[test]
    fn members_joined_by_dashes_before_the_label() {
        // Synthetic: single-character members joined by dashes, the verb
        // before the first no part of it.
        let text = "推动形成山—水—林“三位一体”的保护格局。";
        let fs = find(text);
        assert_eq!(members(text, &fs[0]), ["山", "水", "林"]);
        assert_eq!(fs[0].members_match, Some(true));
        let text = "构建园区-企业-院校“三位一体”机制。";
        assert_eq!(members(text, &find(text)[0]), ["园区", "企业", "院校"]);
        // Spaces a conversion set around the dashes are no part of them.
        let text = "推动形成山 — 水 — 林“三位一体”的保护格局。";
        assert_eq!(members(text, &find(text)[0]), ["山", "水", "林"]);
        // A count the dashes do not give, or no dash: no members.
        for text in ["推动形成山—水“三位一体”格局。", "推动形成“三位一体”格局。"]
        {
            assert_eq!(find(text)[0].members, None, "{text}");
        }
    }

    #[test]
    fn members_after_semicolons() {
        let text = "构建“1+2+N”体系，即：一个中心；两个平台；N个应用。";
        let fs = find(text);
        let m = members(text, &fs[0]);
        assert_eq!(m, ["一个中心", "两个平台", "N个应用"]);
        assert_eq!(fs[0].count, None);
        assert_eq!(fs[0].members_match, None);
    }

    #[test]
    fn labels_of_digits_name_a_scheme_before_its_noun() {
        let t = heads();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        let text = "加快推进工业发展“333”行动计划，迭代升级“315”科技创新体系建设工程，落实“1571”工作部署，拨打“12345”热线，“3”是指。";
        let got: Vec<_> = find(text)
            .iter()
            .map(|f| (&text[f.label.range()], f.count))
            .collect();
        assert_eq!(got, [("333", None), ("315", None), ("1571", None)]);
    }

    #[test]
    fn a_term_the_text_defines_and_a_decimal_figure_are_no_schemes() {
        // 两检 defined by the text; a quoted thing named with it is no scheme,
        // nor is an elevation with decimals.
        let text = "经营者承担检验、复检责任（以下统称两检），出售“两检合格车”须告知，“±0.000”以上施工，推行“三个一”机制。";
        let got: Vec<_> = find(text)
            .iter()
            .map(|f| (&text[f.label.range()], f.count))
            .collect();
        assert_eq!(got, [("三个一", Some(3))]);
        assert_eq!(defined_short_names(text), ["两检"]);
        assert_eq!(classify("±0.000"), None);
    }

    #[test]
    fn unclosed_quotes_never_panic() {
        for text in [
            "“",
            "“六个一",
            "““”",
            "“六个一”即",
            "即“双碳”",
            "“双碳”即。",
        ] {
            let _ = find(text);
        }
    }

    #[test]
    fn a_paired_label_with_commas_a_programme_by_size_and_a_ranking() {
        // One numeral repeated across 、-parts: a paired label, the
        // numeral's count (as 四比四看); different numerals still sum.
        assert_eq!(classify("两不误、两促进"), Some(Some(2)));
        assert_eq!(classify("三到位、三落实"), Some(Some(3)));
        assert_eq!(classify("双随机、一公开"), Some(Some(3)));
        assert_eq!(classify("千村示范、万村整治"), Some(None));
        // A programme named by its size in people after a field's words.
        assert_eq!(classify("高端制造青年英才百人计划"), Some(Some(100)));
        assert_eq!(classify("百人计划"), Some(Some(100)));
        // Rankings are award titles, no schemes; a count of strong points is.
        let text = "评选“十佳物业”“百强企业”“五十强县”，推进“双强”工程。";
        let got: Vec<_> = find(text)
            .iter()
            .map(|f| (&text[f.label.range()], f.count))
            .collect();
        assert_eq!(got, [("双强", Some(2))]);
    }
}
