//! Candidate policy instruments of a clause (SPEC 2.1): the cue words of
//! `data/policy_instruments.tsv`, or of a table the user gives at run time,
//! found in the clause's text.
//!
//! The coding is Rothwell and Zegveld's as Chinese policy studies use it:
//! three categories (supply, environment, demand), each with its tools. The
//! table says which cue stands for which tool; every candidate keeps its cue,
//! so a researcher confirms a coding rather than searching for it.
//!
//! One forward pass per clause: at each character the cues starting with it
//! are tried longest first (`专项债券` before `债券`), and a match is skipped
//! over. A clause gets one candidate per tool, the first cue of that tool.
//!
//! Its headings weigh more than its body (not a title that is a sentence
//! leading into its paragraph, with a colon and text after it on its line):
//! where the titles of the clause and
//! of the headings above it cue a category the clause also cues, a category
//! cued only once in the clause and in no heading is left out (`一、加大金融
//! 支持` over a clause of credit that mentions 培训 once in passing). Coders
//! code the instruments that carry the stated aim, not every mention.
//!
//! A cue counts where the clause deploys it, not where its word only names
//! something (`data/policy_instrument_contexts.tsv`, rules of the language
//! that hold for any codebook): a cue whose first character belongs to a
//! word before it (`相关税费` holds no `关税`), a cue followed by a head noun
//! that makes it part of a name (`出口管制管理部门`, `试点城市`, `示范区`,
//! `试点经验`), a cue right after a verb of reporting (`总结推广`: what was
//! done, not a measure), and a cue that repeats the tail of a longer cue earlier in
//! the clause (`契税补贴 … 该项补贴`: the same measure again) are not read.
//! Nor are a cue in a record named as evidence (`以…登记时间为准`) or in a
//! definition (`…是指…`), a cue in a condition that says who or what
//! qualifies (`被列为试点项目的，`, `对进行技术改造的企业`), a cue inside a round-bracket remark
//! (`（包括…）`, `（以下简称…）`), or a verb of spreading whose object is a
//! cue of another tool (`推广“亩均英雄贷”`), nor a word of obligation whose
//! subject is a body of government (`有关部门应当…`: the state's duty, whose
//! measure follows), nor such a word, or one of permission (`允许`), where
//! another cue follows it in its sentence (the rule is that cue's, the word
//! only its mode: `出口经营者应当…申请许可`). Nor is a cue right before a cue
//! of another tool, which it modifies (`基础设施REITs`: the compound's head,
//! its last cue, names the measure), nor a cue that labels a paragraph of
//! aims (`指导思想`), which weighs as the paragraph's heading only. Nor is a
//! cue misused (`挪用补偿资金`), examined (`对…补偿资金发放情况的监督`), or
//! one whose last character begins the verb after it (`并购买`).
//! A subsidy in a sentence naming buyers or consumers is a consumption
//! incentive (`data/policy_instrument_recodes.tsv`).
//! Cues inside 《》 names and 责任单位 brackets are skipped by the caller.
//!
//! A law's article is coded by what its first sentence says: none for an
//! article about the text itself (scope, definitions, date of effect), a
//! referral to rules elsewhere or a statement of principles; the rule tool
//! (`法规管制`) for an article with no cue, which lays down a rule.

use crate::entity::Span;
use crate::error::{Error, ErrorKind};
use crate::policy::text::{is_clause_sep, is_sentence_end, is_space};
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, LazyLock};

/// The three categories of policy instruments.
///
/// ```
/// use shuzi::policy::Category;
/// assert_eq!("supply".parse::<Category>().unwrap(), Category::Supply);
/// assert_eq!(Category::Demand.as_str(), "demand");
/// assert!("money".parse::<Category>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Category {
    /// Supply-side: talent, funds, technology, public services, infrastructure.
    Supply,
    /// Environment-side: goals and plans, finance, tax, regulation, strategic measures.
    Environment,
    /// Demand-side: procurement, demonstration, trade, outsourcing, consumption.
    Demand,
}

impl Category {
    /// Every category, in the order of the coding scheme.
    ///
    /// ```
    /// assert_eq!(shuzi::policy::Category::ALL.len(), 3);
    /// ```
    pub const ALL: [Category; 3] = [Category::Supply, Category::Environment, Category::Demand];

    /// The name used in JSON (`"supply"`, `"environment"`, `"demand"`).
    ///
    /// ```
    /// assert_eq!(shuzi::policy::Category::Environment.as_str(), "environment");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            Category::Supply => "supply",
            Category::Environment => "environment",
            Category::Demand => "demand",
        }
    }
}

impl FromStr for Category {
    type Err = Error;
    fn from_str(s: &str) -> Result<Category, Error> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::InvalidOption,
                    format!("unknown instrument category {s:?}"),
                )
            })
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A candidate policy instrument in a clause.
///
/// ```
/// let text = "一、支持措施\n（一）资金。设立专项资金，给予贷款贴息。\n";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let found: Vec<_> = p.clauses[0]
///     .instruments
///     .iter()
///     .map(|i| (i.category.as_str(), &*i.tool, &text[i.cue.range()]))
///     .collect();
/// assert_eq!(found, [("supply", "资金投入", "专项资金"), ("environment", "金融支持", "贷款")]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Instrument {
    /// Supply, environment or demand.
    pub category: Category,
    /// The tool within the category (`资金投入`, `金融支持`, …), as the cue table names it.
    pub tool: Arc<str>,
    /// The cue word that triggered it.
    pub cue: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Cue {
    word: String,
    category: Category,
    tool: Arc<str>,
}

/// A table of instrument cue words: the built-in one, or a codebook of
/// one's own (`cue<TAB>category<TAB>tool` per line, `#` comments).
///
/// ```
/// use shuzi::policy::Instruments;
/// let own = Instruments::from_tsv("# cue\tcategory\ttool\n数字券\tdemand\t消费激励\n").unwrap();
/// assert_eq!(own.len(), 1);
/// let err = Instruments::from_tsv("数字券\tmoney\t消费激励\n").unwrap_err();
/// assert_eq!(err.to_string(), "instrument table line 1: unknown instrument category \"money\"");
/// assert!(Instruments::builtin().len() > 100);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruments {
    cues: Vec<Cue>,
    /// First character → indices of cues starting with it, longest first.
    by_first: HashMap<char, Vec<usize>>,
}

/// `data/policy_instrument_tools.tsv`: the tools of the coding scheme, with
/// their categories, in its order.
fn scheme_table() -> crate::lexicon::Table<(Category, &'static str)> {
    crate::lexicon::Table::load(
        "policy_instrument_tools.tsv",
        include_str!("../data/policy_instrument_tools.tsv"),
        |r| Ok((r.get(0)?, r.word(1)?)),
    )
}

static SCHEME: LazyLock<Vec<(Category, &'static str)>> = LazyLock::new(|| scheme_table().items);

/// The category a tool of the coding scheme belongs to.
fn scheme_category(tool: &str) -> Option<Category> {
    SCHEME.iter().find(|(_, t)| *t == tool).map(|(c, _)| *c)
}

const BUILTIN_FILE: &str = "policy_instruments.tsv";
const BUILTIN_SRC: &str = include_str!("../data/policy_instruments.tsv");

/// The built-in table and the errors of its rows that did not read (left
/// out, so one bad row never stops the others; a test asserts none).
static BUILTIN: LazyLock<(Instruments, Vec<Error>)> =
    LazyLock::new(|| Instruments::read_builtin(BUILTIN_FILE, BUILTIN_SRC));

/// A row of a cue table, read: its line, cue, category and tool.
type CueRow<'a> = (usize, &'a str, Category, &'a str);

/// Reads one row of a cue table; the error says what is wrong with it.
/// With `scheme_only` the tool must be one of the coding scheme's.
fn read_row<'a>(row: &crate::lexicon::Row<'a>, scheme_only: bool) -> Result<CueRow<'a>, String> {
    if row.len() != 3 {
        return Err(format!(
            "expected 3 tab-separated columns (cue, category, tool), found {}",
            row.len()
        ));
    }
    let (word, category, tool) = (row.text(0), row.text(1), row.text(2));
    if word.is_empty() || tool.is_empty() {
        return Err("empty cue or tool".to_string());
    }
    let category: Category = category.parse().map_err(|e: Error| e.to_string())?;
    match scheme_category(tool) {
        Some(own) if own != category => {
            Err(format!("tool {tool:?} belongs to {own}, not {category}"))
        }
        None if scheme_only => Err(format!("unknown tool {tool:?}")),
        _ => Ok((row.line(), word, category, tool)),
    }
}

/// Where a context word stands around a cue (`data/policy_instrument_contexts.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// A word holding the cue's first character(s) inside it.
    Covers,
    /// A noun right after the cue that makes it part of a name.
    Head,
    /// A verb right before the cue that makes it a report of what was done.
    Before,
    /// A word that ends the stretch of text holding the cue (up to the next
    /// comma or full stop) and makes the cue part of a record named as
    /// evidence (`以…登记时间为准`).
    Tail,
    /// A word anywhere in the cue's sentence that makes the sentence a
    /// definition (`…是指…`): it says what a word means, it deploys nothing.
    Sentence,
    /// A cue that is a verb of spreading (`推广`): when a cue of another tool
    /// follows it before the next comma, that cue is the measure spread
    /// (`推广“亩均英雄贷”` is credit), and the verb is not read.
    Verb,
    /// A word of prohibition before a cue in its stretch: the cue names
    /// what is banned (`不得享受购房补贴`), the ban is the measure.
    Ban,
    /// A word of prohibition that, in the line leading a list (`禁止在下列
    /// 地区建造坟墓：`), makes its items what is banned, as a `Ban` word
    /// does; within its own stretch the cue it is stays read.
    Prohibits,
    /// A word ending a heading that makes the items under it a list of
    /// papers to hand in (`申请材料`): no cue is read under it.
    Papers,
    /// A word ending the stretch holding a cue that makes the stretch a
    /// condition (`…进口自用的机器设备的，`): it says who or what qualifies,
    /// the measure follows.
    Condition,
    /// A word opening the stretch holding a cue that, with a condition word
    /// after the cue in the stretch, makes the cue part of the description
    /// of who receives the measure (`对技术改造的企业给予补贴`).
    Recipient,
    /// A cue that is a word of obligation (`应当`): a rule binding those it
    /// names, except where a body of government is its subject.
    Modal,
    /// A cue that labels a paragraph of aims (`指导思想`): it weighs as the
    /// paragraph's heading (the categories it states), it is no candidate.
    Label,
    /// A word ending the name of a body of government (`部门`, `政府`):
    /// right before a modal cue it makes the sentence a duty of the state
    /// (`县级以上人民政府有关部门应当…`), whose measure is what follows.
    Government,
    /// The tool of the rule an article of a law or a 办法 lays down where
    /// no cue shows its tool (`准予迁入`): the word names a tool of the table.
    Article,
    /// A word right after the text's own name that makes the sentence the
    /// text's scope (`本办法适用于…`): an article about the text itself.
    Scope,
    /// A word ending an article's first sentence that refers to rules laid
    /// down elsewhere (`…依照有关规定执行`): the article adds no rule.
    Referral,
    /// A word naming rules laid down elsewhere (`规定`): an article's first
    /// sentence that ends with it and one verb of at most two characters
    /// (`…按照国家规定计息`, `…依照有关规定办理`) refers to them, as a
    /// referral ending does.
    Rules,
    /// A word before a referral's ending that names what the article
    /// follows (`按照…执行`, `依照…执行`, `参照执行`, `遵循…原则`): without
    /// one the sentence lays down its own rule (`…建立管理制度并监督执行`).
    Follow,
    /// A verb of an article's aim that states regulation as the aim
    /// (`为规范…，制定本办法`): the purpose article codes it.
    Aim,
    /// A cue that names a thing only built or run by a measure (`平台`):
    /// read only where a verb of `Builds` comes before it in its stretch.
    Object,
    /// A verb of building or setting up (`搭建`, `建设`) before an `Object`
    /// cue in its stretch: the clause sets the thing up.
    Builds,
    /// A verb of encouragement right after a body of government
    /// (`国家鼓励…`) in an article's first sentence: the article promotes
    /// what follows, it lays down no rule.
    Encourages,
    /// A cue that names facilities (`设施`): read only where a verb of
    /// `Builds` or `Equips` comes before it in its stretch, or one of them
    /// right after it (`设施建设`).
    Facility,
    /// A verb of providing or improving facilities (`完善`, `配建`) before a
    /// `Facility` cue.
    Equips,
    /// A word opening the stretch after a cue's (`并`, `且`) that joins the
    /// two into one condition when that stretch ends with a condition word
    /// (`已完成网签备案，并取得完税凭证的，`).
    Joins,
    /// A word after a cue in its stretch that, with a `Recipient` word
    /// (`对`) before the cue there, makes the cue part of a matter examined
    /// or reported (`加强对补偿资金发放情况的监督`): the procedure is the
    /// measure, what it examines is none.
    Matter,
    /// A word starting at a cue's last character that takes that character
    /// from it (`并购买`: 并 and 购买, no 并购): the cue is no word there.
    Splits,
    /// A word in an article's first sentence that makes it a statement of
    /// principles (`殡葬管理的方针是：…`): the article deploys no measure.
    Principles,
    /// A penalty ending an article's first sentence (`予以处罚`) that refers
    /// to the rules of another text when a `Follow` word before it names one,
    /// not the text itself (`依照《…价格法》有关规定进行处罚`; `依照本法进行处罚`
    /// is the article's own penalty).
    Sanction,
    /// A word right after the text's own name opening an article that makes
    /// it about a measure the text lays down (`本条例规定的行政处罚，分别由…
    /// 实施`), not about the text: its cues are read; with none, no rule.
    Provision,
    /// A word opening an occasion (`在`) that an `Occasion` word after the
    /// cue in its stretch closes (`在绿地建设和改造过程中`): the cue names
    /// when the measure applies, the measure follows.
    OccasionOpen,
    /// A word closing such an occasion (`过程中`).
    Occasion,
    /// A word opening whom or what a measure serves (`为`) that a
    /// `Facilitates` phrase after the cue in its stretch closes
    /// (`为经营者备案、消费者查询等提供便利`): the cue names what the
    /// measure makes easy, the measure is the thing that does it.
    ServesOpen,
    /// A phrase closing such a stretch (`提供便利`).
    Facilitates,
    /// A word closing a list (`等`) that, with a `Field` word after it in
    /// its stretch, makes the listed cues names of fields
    /// (`投向工业设计、共性技术服务、检验检测等生产性服务业领域`).
    ListClose,
    /// A noun of a field of activity after such a word (`领域`).
    Field,
    /// A verb of giving (`给予`, `发放`) before a cue naming the subject
    /// matter of a text's title in its stretch: the article pays the scheme
    /// out (`给予技能提升补贴`), the cue stays read there.
    Gives,
    /// A word right after a cue naming the subject matter of a text's title
    /// that names the scheme's money (`补贴资金`, `奖励经费`): the funds are
    /// the measure, the cue stays read there.
    Funds,
}

impl FromStr for Place {
    type Err = String;
    fn from_str(s: &str) -> Result<Place, String> {
        match s {
            "covers" => Ok(Place::Covers),
            "head" => Ok(Place::Head),
            "before" => Ok(Place::Before),
            "tail" => Ok(Place::Tail),
            "sentence" => Ok(Place::Sentence),
            "verb" => Ok(Place::Verb),
            "papers" => Ok(Place::Papers),
            "prohibits" => Ok(Place::Prohibits),
            "ban" => Ok(Place::Ban),
            "condition" => Ok(Place::Condition),
            "recipient" => Ok(Place::Recipient),
            "modal" => Ok(Place::Modal),
            "government" => Ok(Place::Government),
            "label" => Ok(Place::Label),
            "article" => Ok(Place::Article),
            "scope" => Ok(Place::Scope),
            "referral" => Ok(Place::Referral),
            "rules" => Ok(Place::Rules),
            "follow" => Ok(Place::Follow),
            "aim" => Ok(Place::Aim),
            "object" => Ok(Place::Object),
            "builds" => Ok(Place::Builds),
            "encourages" => Ok(Place::Encourages),
            "facility" => Ok(Place::Facility),
            "equips" => Ok(Place::Equips),
            "joins" => Ok(Place::Joins),
            "matter" => Ok(Place::Matter),
            "splits" => Ok(Place::Splits),
            "principles" => Ok(Place::Principles),
            "sanction" => Ok(Place::Sanction),
            "provision" => Ok(Place::Provision),
            "occasion_open" => Ok(Place::OccasionOpen),
            "occasion" => Ok(Place::Occasion),
            "serves_open" => Ok(Place::ServesOpen),
            "facilitates" => Ok(Place::Facilitates),
            "list_close" => Ok(Place::ListClose),
            "field" => Ok(Place::Field),
            "gives" => Ok(Place::Gives),
            "funds" => Ok(Place::Funds),
            other => Err(format!("unknown place {other:?}")),
        }
    }
}

fn context_table() -> crate::lexicon::Table<(&'static str, Place)> {
    crate::lexicon::Table::load(
        "policy_instrument_contexts.tsv",
        include_str!("../data/policy_instrument_contexts.tsv"),
        |r| Ok((r.word(0)?, r.get(1)?)),
    )
}

/// The context words of each place.
struct Contexts {
    covers: Vec<&'static str>,
    heads: Vec<&'static str>,
    before: Vec<&'static str>,
    tails: Vec<&'static str>,
    sentences: Vec<&'static str>,
    verbs: Vec<&'static str>,
    papers: Vec<&'static str>,
    prohibits: Vec<&'static str>,
    bans: Vec<&'static str>,
    conditions: Vec<&'static str>,
    recipients: Vec<&'static str>,
    modals: Vec<&'static str>,
    governments: Vec<&'static str>,
    labels: Vec<&'static str>,
    articles: Vec<&'static str>,
    scopes: Vec<&'static str>,
    referrals: Vec<&'static str>,
    rules: Vec<&'static str>,
    follows: Vec<&'static str>,
    aims: Vec<&'static str>,
    objects: Vec<&'static str>,
    builds: Vec<&'static str>,
    encourages: Vec<&'static str>,
    facilities: Vec<&'static str>,
    equips: Vec<&'static str>,
    joins: Vec<&'static str>,
    matters: Vec<&'static str>,
    splits: Vec<&'static str>,
    principles: Vec<&'static str>,
    sanctions: Vec<&'static str>,
    provisions: Vec<&'static str>,
    occasion_opens: Vec<&'static str>,
    occasions: Vec<&'static str>,
    serves_opens: Vec<&'static str>,
    facilitates: Vec<&'static str>,
    list_closes: Vec<&'static str>,
    fields: Vec<&'static str>,
    gives: Vec<&'static str>,
    funds: Vec<&'static str>,
}

static CONTEXTS: LazyLock<Contexts> = LazyLock::new(|| {
    let mut c = Contexts {
        covers: Vec::new(),
        heads: Vec::new(),
        before: Vec::new(),
        tails: Vec::new(),
        sentences: Vec::new(),
        verbs: Vec::new(),
        papers: Vec::new(),
        prohibits: Vec::new(),
        bans: Vec::new(),
        conditions: Vec::new(),
        recipients: Vec::new(),
        modals: Vec::new(),
        governments: Vec::new(),
        labels: Vec::new(),
        articles: Vec::new(),
        scopes: Vec::new(),
        referrals: Vec::new(),
        rules: Vec::new(),
        follows: Vec::new(),
        aims: Vec::new(),
        objects: Vec::new(),
        builds: Vec::new(),
        encourages: Vec::new(),
        facilities: Vec::new(),
        equips: Vec::new(),
        joins: Vec::new(),
        matters: Vec::new(),
        splits: Vec::new(),
        principles: Vec::new(),
        sanctions: Vec::new(),
        provisions: Vec::new(),
        occasion_opens: Vec::new(),
        occasions: Vec::new(),
        serves_opens: Vec::new(),
        facilitates: Vec::new(),
        list_closes: Vec::new(),
        fields: Vec::new(),
        gives: Vec::new(),
        funds: Vec::new(),
    };
    for (w, place) in context_table().items {
        match place {
            Place::Covers => c.covers.push(w),
            Place::Head => c.heads.push(w),
            Place::Before => c.before.push(w),
            Place::Tail => c.tails.push(w),
            Place::Sentence => c.sentences.push(w),
            Place::Verb => c.verbs.push(w),
            Place::Papers => c.papers.push(w),
            Place::Prohibits => c.prohibits.push(w),
            Place::Ban => c.bans.push(w),
            Place::Condition => c.conditions.push(w),
            Place::Recipient => c.recipients.push(w),
            Place::Modal => c.modals.push(w),
            Place::Government => c.governments.push(w),
            Place::Label => c.labels.push(w),
            Place::Article => c.articles.push(w),
            Place::Scope => c.scopes.push(w),
            Place::Referral => c.referrals.push(w),
            Place::Rules => c.rules.push(w),
            Place::Follow => c.follows.push(w),
            Place::Aim => c.aims.push(w),
            Place::Object => c.objects.push(w),
            Place::Builds => c.builds.push(w),
            Place::Encourages => c.encourages.push(w),
            Place::Facility => c.facilities.push(w),
            Place::Equips => c.equips.push(w),
            Place::Joins => c.joins.push(w),
            Place::Matter => c.matters.push(w),
            Place::Splits => c.splits.push(w),
            Place::Principles => c.principles.push(w),
            Place::Sanction => c.sanctions.push(w),
            Place::Provision => c.provisions.push(w),
            Place::OccasionOpen => c.occasion_opens.push(w),
            Place::Occasion => c.occasions.push(w),
            Place::ServesOpen => c.serves_opens.push(w),
            Place::Facilitates => c.facilitates.push(w),
            Place::ListClose => c.list_closes.push(w),
            Place::Field => c.fields.push(w),
            Place::Gives => c.gives.push(w),
            Place::Funds => c.funds.push(w),
        }
    }
    c
});

/// `data/policy_self_references.tsv`: the words by which a text names
/// itself (本办法, 本条例).
static SELF_REFERENCES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::words(
        "policy_self_references.tsv",
        include_str!("../data/policy_self_references.tsv"),
    )
    .items
});

/// What the first sentence of an article says about the text that holds
/// it (see [`about_the_text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AboutText {
    /// Nothing: the article lays down a rule of its own.
    No,
    /// Its purpose: it ends with the text's own name (`…，制定本办法`).
    Purpose,
    /// Its scope, a definition, its date of effect or the like: it opens
    /// with the text's own name (`本办法自…起施行`, `本条例所称…`), names
    /// it next to 适用 (`本办法适用于…`, `…适用本规定`) or defines a word
    /// (`…是指…`).
    Itself,
    /// A measure the text lays down: it opens with the text's own name and
    /// a `provision` word (`本条例规定的行政处罚，…`): read by its cues, with
    /// none no rule.
    Provision,
}

/// What a sentence (its closing punctuation trimmed) says about the text
/// that holds it.
fn about_the_text(sentence: &str) -> AboutText {
    let s =
        sentence.trim_end_matches(|c: char| is_space(c) || is_sentence_end(c) || is_clause_sep(c));
    let scope = |w: &str| {
        s.match_indices(w).any(|(i, _)| {
            CONTEXTS
                .scopes
                .iter()
                .any(|v| s[i + w.len()..].starts_with(v) || s[..i].ends_with(v))
        })
    };
    let provision = SELF_REFERENCES.iter().any(|w| {
        s.strip_prefix(w)
            .is_some_and(|r| CONTEXTS.provisions.iter().any(|p| r.starts_with(p)))
    });
    if provision
        && !SELF_REFERENCES.iter().any(|w| scope(w))
        && !CONTEXTS.sentences.iter().any(|w| s.contains(w))
    {
        AboutText::Provision
    } else if SELF_REFERENCES.iter().any(|w| s.starts_with(w) || scope(w))
        || CONTEXTS.sentences.iter().any(|w| s.contains(w))
    {
        AboutText::Itself
    } else if SELF_REFERENCES.iter().any(|w| s.ends_with(w)) {
        AboutText::Purpose
    } else {
        AboutText::No
    }
}

/// True when the article at `span` (its marker ending at `from`) states
/// the text's purpose (`第一条 为…，制定本条例`): its aim may name the
/// text's subject matter as the measure (`为…完善基本养老保险制度`).
pub(crate) fn states_purpose(text: &str, span: Span, from: usize) -> bool {
    first_sentence(text, span, from).is_some_and(|(_, s)| about_the_text(s) == AboutText::Purpose)
}

/// True when the item at `span` (its marker ending at `from`) opens with
/// the text's own name (`1、本措施除…以外，其他措施自发布之日起…执行`): a
/// provision about the text itself, which deploys nothing, whatever measure
/// it names.
pub(crate) fn opens_about_the_text(text: &str, span: Span, from: usize) -> bool {
    first_sentence(text, span, from)
        .is_some_and(|(_, s)| SELF_REFERENCES.iter().any(|w| s.starts_with(w)))
}

/// The first sentence of an article at `span` whose marker ends at `from`
/// (a bracketed label after the marker skipped: `第一条 (目的和依据) 为…`),
/// its closing punctuation trimmed, with its start; None when empty.
fn first_sentence(text: &str, span: Span, from: usize) -> Option<(usize, &str)> {
    let body = text.get(from..span.end)?;
    let mut start = from + (body.len() - body.trim_start_matches(is_space).len());
    let rest = &text[start..span.end];
    if rest
        .chars()
        .next()
        .is_some_and(|c| crate::chars::halfwidth(c) == '(')
    {
        let close = rest
            .char_indices()
            .find(|&(_, c)| crate::chars::halfwidth(c) == ')')?;
        start += close.0 + close.1.len_utf8();
        let rest = &text[start..span.end];
        start += rest.len() - rest.trim_start_matches(is_space).len();
    }
    let rest = &text[start..span.end];
    let len = rest.find(is_sentence_end).unwrap_or(rest.len());
    let sentence = rest[..len].trim_end_matches(|c: char| is_space(c) || is_clause_sep(c));
    (!sentence.is_empty()).then_some((start, sentence))
}

/// True when a word of `covers` starts before `at` and runs past it, so
/// the character at `at` belongs to that word (`相关税费` at `关`).
fn covered(text: &str, at: usize, from: usize) -> bool {
    CONTEXTS.covers.iter().any(|w| {
        let mut start = at;
        // Each character of `w` but its first may be the one at `at`.
        for _ in 1..w.chars().count() {
            match text[from..start].chars().next_back() {
                Some(c) => start -= c.len_utf8(),
                None => return false,
            }
            if text[start..].starts_with(w) {
                return true;
            }
        }
        false
    })
}

/// True when a head noun follows at `end`: the cue is part of a name.
fn headed(text: &str, end: usize) -> bool {
    CONTEXTS.heads.iter().any(|w| text[end..].starts_with(w))
}

/// True when a word of `splits` starts at the last character of `cue`
/// (`并购买`): that character belongs to the word after, the cue is none.
fn split(text: &str, cue: Span) -> bool {
    let Some(last) = text[cue.range()].chars().next_back() else {
        return false;
    };
    let from = cue.end - last.len_utf8();
    CONTEXTS.splits.iter().any(|w| text[from..].starts_with(w))
}

/// True when a reporting verb ends at `start` (after `from`): the cue
/// reports what was done (总结推广经验).
fn reported(text: &str, start: usize, from: usize) -> bool {
    CONTEXTS
        .before
        .iter()
        .any(|w| text[from..start].ends_with(w))
}

/// True when the cue `word` at `start` is a word of obligation whose
/// subject, right before it, is a body of government (`有关部门应当`): the
/// duty of the state, not a rule on those it governs.
fn a_duty_of_government(text: &str, word: &str, start: usize, from: usize) -> bool {
    CONTEXTS.modals.contains(&word)
        && CONTEXTS
            .governments
            .iter()
            .any(|w| text[from..start].ends_with(w))
}

/// The bounds of the text around `cue` inside `span` up to the nearest
/// character on each side for which `stop` holds.
fn around(text: &str, span: Span, cue: Span, stop: impl Fn(char) -> bool) -> Span {
    let start = text[span.start..cue.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| stop(c))
        .map_or(span.start, |(i, c)| span.start + i + c.len_utf8());
    let end = text[cue.end..span.end]
        .char_indices()
        .find(|&(_, c)| stop(c))
        .map_or(span.end, |(i, _)| cue.end + i);
    Span::new(start, end)
}

/// True when the stretch holding `cue` (up to the next comma or full stop)
/// pays the scheme it names out: a `gives` verb before it (`给予技能提升
/// 补贴`, `给予精神奖励`) or a `funds` word right after it (`补贴资金从…列支`).
/// A cue naming the subject matter of a law's title is read there only.
fn paid_out(text: &str, span: Span, cue: Span) -> bool {
    let stretch = around(text, span, cue, |c| is_sentence_end(c) || is_clause_sep(c));
    let before = &text[stretch.start..cue.start];
    let c = &*CONTEXTS;
    c.gives.iter().any(|w| before.contains(w))
        || c.funds
            .iter()
            .any(|w| text[cue.end..span.end].starts_with(w))
}

/// The sentence holding `cue` (inside `span`).
fn sentence(text: &str, span: Span, cue: Span) -> Span {
    around(text, span, cue, is_sentence_end)
}

/// The most characters of the verb after a word of `rules` that ends an
/// article's first sentence (`…规定计息`, `…规定办理`).
const MAX_REFERRAL_VERB_CHARS: usize = 2;

/// True when `word` is a cue naming a thing a measure builds (`平台`, place
/// `object`) and no verb of building (`搭建`, `建设`, place `builds`) comes
/// before it in its stretch (up to the comma): a platform only named or
/// used (`依托…平台`, `通过平台`) is no service set up.
fn not_built(text: &str, span: Span, cue: Span, word: &str) -> bool {
    let object = CONTEXTS.objects.contains(&word);
    let facility = CONTEXTS.facilities.contains(&word);
    if !object && !facility {
        return false;
    }
    let stretch = around(text, span, cue, |c| is_sentence_end(c) || is_clause_sep(c));
    let before = &text[stretch.start..cue.start];
    if object {
        return !CONTEXTS.builds.iter().any(|w| before.contains(w));
    }
    // Facilities named in a report, a standard or a fee (`建成了…设施`,
    // `设施配置标准`) are no facilities provided.
    let after = &text[cue.end..stretch.end];
    !CONTEXTS.builds.iter().chain(&CONTEXTS.equips).any(|w| {
        // A verb right before 的 is a relative clause (配建的…公建设施:
        // the facilities built along, named), not a verb providing them.
        before
            .match_indices(w)
            .any(|(i, _)| !before[i + w.len()..].starts_with(crate::chars::LINKS))
            || after.starts_with(w)
    })
}

/// True when the stretch holding `cue` (up to the next comma or full stop)
/// ends with a word of evidence (`…为准`) or holds a ban before the cue
/// (`不得享受购房补贴`: what is banned), or its sentence is a definition.
fn named_only(text: &str, span: Span, cue: Span) -> bool {
    let stretch = around(text, span, cue, |c| is_sentence_end(c) || is_clause_sep(c));
    let before = &text[stretch.start..cue.start];
    let stretch = text[stretch.range()].trim_end_matches(is_space);
    if CONTEXTS.tails.iter().any(|w| stretch.ends_with(w))
        || CONTEXTS.bans.iter().any(|w| before.contains(w))
    {
        return true;
    }
    let s = &text[sentence(text, span, cue).range()];
    CONTEXTS.sentences.iter().any(|w| s.contains(w))
        || examined(text, span, cue)
        || occasion(text, span, cue)
        || listed_field(text, span, cue)
        || banned_item(text, span, cue)
        || closing_note(text, span, cue)
}

/// True when, in the stretch holding `cue` (up to the next comma or full
/// stop), a `recipient` word (`对`) comes before the cue and a `matter` word
/// (`情况`) after it (`加强对补偿资金的管理和使用情况的审计监督`): the cue
/// names what a procedure examines, the procedure is the measure.
fn examined(text: &str, span: Span, cue: Span) -> bool {
    let stretch = around(text, span, cue, |c| is_sentence_end(c) || is_clause_sep(c));
    let before = &text[stretch.start..cue.start];
    let after = &text[cue.end..stretch.end];
    let c = &*CONTEXTS;
    c.recipients.iter().any(|w| before.contains(w)) && c.matters.iter().any(|w| after.contains(w))
}

/// True when, in the stretch holding `cue`, an `occasion_open` word (`在`)
/// comes before the cue and an `occasion` word (`过程中`) after it
/// (`在白玉兰推广应用过程中，应根据…选择…`): the cue names the occasion in
/// which the measure that follows applies, it deploys nothing itself.
fn occasion(text: &str, span: Span, cue: Span) -> bool {
    let stretch = around(text, span, cue, |c| is_sentence_end(c) || is_clause_sep(c));
    let before = &text[stretch.start..cue.start];
    let after = &text[cue.end..stretch.end];
    let c = &*CONTEXTS;
    (c.occasion_opens.iter().any(|w| before.contains(w))
        && c.occasions.iter().any(|w| after.contains(w)))
        || (c.serves_opens.iter().any(|w| before.contains(w))
            && c.facilitates.iter().any(|w| after.contains(w)))
}

/// True when `cue` is an item of a list that a `list_close` word (`等`)
/// closes with a `field` noun after it in the stretch (`支持民间资本更多投向
/// 工业设计、共性技术服务、检验检测等生产性服务业领域`, `…、进口液化天然气接收
/// 和储运设施、供水等领域项目`): the items name fields the measure points
/// to, they deploy nothing.
fn listed_field(text: &str, span: Span, cue: Span) -> bool {
    let stretch = around(text, span, cue, |c| is_sentence_end(c) || is_clause_sep(c));
    let after = text[cue.end..stretch.end].trim_end_matches(|c: char| is_space(c));
    let c = &*CONTEXTS;
    c.list_closes.iter().any(|w| {
        after.rfind(w).is_some_and(|i| {
            let tail = &after[i + w.len()..];
            !tail.contains(crate::chars::ENUM_COMMA) && c.fields.iter().any(|f| tail.contains(f))
        })
    })
}

/// True when `cue` stands in a later paragraph of its clause that opens with
/// the text's own name (`本措施自印发之日起施行，…消费券和奖补资金…兑现`):
/// a note on the text, its term and its funds, that deploys no measure.
fn closing_note(text: &str, span: Span, cue: Span) -> bool {
    let Some(i) = text[span.start..cue.start].rfind('\n') else {
        return false;
    };
    let line = text[span.start + i + 1..cue.start].trim_start_matches(is_space);
    SELF_REFERENCES.iter().any(|w| line.starts_with(w))
}

/// True when `cue` stands in an item of a list that a ban opens
/// (`禁止在下列地区建造坟墓：` … `(二)城市公园…`): the item names where or
/// what is banned, the ban is the measure.
fn banned_item(text: &str, span: Span, cue: Span) -> bool {
    let line_start = text[span.start..cue.start]
        .rfind('\n')
        .map_or(span.start, |i| span.start + i + 1);
    let item = text[line_start..cue.start].trim_start_matches(is_space);
    if !item.starts_with(|c| crate::chars::halfwidth(c) == '(') {
        return false;
    }
    // The nearest line above that is no item of the list is its lead.
    for line in text[span.start..line_start].lines().rev() {
        let line = line.trim_matches(is_space);
        if line.is_empty() || line.starts_with(|c| crate::chars::halfwidth(c) == '(') {
            continue;
        }
        return line.ends_with(|c| crate::chars::halfwidth(c) == ':')
            && CONTEXTS
                .bans
                .iter()
                .chain(&CONTEXTS.prohibits)
                .any(|w| line.contains(w));
    }
    false
}

/// True when the stretch holding `cue` (up to the next comma or full stop)
/// is a condition: it ends with a condition word (`…的，`), or it opens with
/// a word naming who receives (`对`, `凡`) and a condition word follows the
/// cue in it (`对技术改造的企业`). A condition says who or what qualifies
/// for the measure that follows; it deploys nothing itself.
fn conditional(text: &str, span: Span, cue: Span) -> bool {
    let stretch = around(text, span, cue, |c| is_sentence_end(c) || is_clause_sep(c));
    let whole = text[stretch.range()].trim_matches(is_space);
    let after = &text[cue.end..stretch.end];
    let c = &*CONTEXTS;
    // A stretch that ends its clause with the one it qualifies qualifies no
    // measure after it: a list item naming whom a rule concerns
    // (`…列入失信名单的企业；`) is read; a bare `…的；` item is still a case.
    let last = text[stretch.end..span.end]
        .chars()
        .all(|ch| is_space(ch) || is_sentence_end(ch) || is_clause_sep(ch));
    // A condition word that names the one qualified (`的购房人`) after the
    // cue within its stretch makes the cue part of who that is (`支持完成
    // 网签备案的购房人购买家电`), the measure being what follows the word.
    let names_one = |w: &&&str| w.chars().count() > 1;
    c.conditions
        .iter()
        .any(|w| whole.ends_with(w) && !(last && w.chars().count() > 1))
        || c.conditions.iter().filter(names_one).any(|w| {
            after
                .find(w)
                .is_some_and(|i| !after[i + w.len()..].trim_matches(is_space).is_empty())
        })
        || (c.recipients.iter().any(|w| whole.starts_with(w))
            && c.conditions.iter().any(|w| after.contains(w)))
        || joined_condition(text, span, stretch)
}

/// True when the stretch after `stretch` (past one comma, in the same
/// sentence) opens with a joining word and ends with a one-character
/// condition word before more of the sentence (`…已完成网签备案，并取得
/// 完税凭证的，给予…`): the two stretches are one condition.
fn joined_condition(text: &str, span: Span, stretch: Span) -> bool {
    let c = &*CONTEXTS;
    let Some(sep) = text[stretch.end..span.end].chars().next() else {
        return false;
    };
    if !is_clause_sep(sep) {
        return false;
    }
    let from = stretch.end + sep.len_utf8();
    let next = around(text, span, Span::new(from, from), |ch| {
        is_sentence_end(ch) || is_clause_sep(ch)
    });
    let whole = text[next.range()].trim_matches(is_space);
    let more = text[next.end..span.end]
        .chars()
        .next()
        .is_some_and(is_clause_sep);
    more && c.joins.iter().any(|w| whole.starts_with(w))
        && c.conditions
            .iter()
            .any(|w| w.chars().count() == 1 && whole.ends_with(w))
}

/// True when `cue` stands inside a round-bracket remark on its line
/// (`（包括…）`, `（以下简称…）`, `（学位）`): a remark explains or names,
/// it deploys nothing. 责任单位 brackets are skipped before.
fn in_remark(text: &str, span: Span, cue: Span) -> bool {
    // A remark is read within this many characters of the cue on its line:
    // a line of a megabyte without brackets made every cue read the whole
    // line before it (quadratic).
    const REMARK_REACH: usize = 400;
    let round = |c: char, b: char| crate::chars::halfwidth(c) == b;
    let mut depth = 0usize;
    let mut open = false;
    for c in text[span.start..cue.start].chars().rev().take(REMARK_REACH) {
        if c == '\n' {
            break;
        }
        if round(c, ')') {
            depth += 1;
        } else if round(c, '(') {
            if depth == 0 {
                open = true;
                break;
            }
            depth -= 1;
        }
    }
    if !open {
        return false;
    }
    let mut depth = 0usize;
    for c in text[cue.end..span.end].chars().take(REMARK_REACH) {
        if c == '\n' {
            return false;
        }
        if round(c, '(') {
            depth += 1;
        } else if round(c, ')') {
            if depth == 0 {
                return true;
            }
            depth -= 1;
        }
    }
    false
}

/// True when a heading `title` ends with a word that makes the items under
/// it a list of papers to hand in (`提取材料`, `申请材料`): each item names a
/// paper, none deploys a measure.
pub(crate) fn lists_papers(title: &str) -> bool {
    let title =
        title.trim_end_matches(|c: char| is_space(c) || is_sentence_end(c) || is_clause_sep(c));
    CONTEXTS.papers.iter().any(|w| title.ends_with(w))
}

/// A row of `data/policy_instrument_recodes.tsv`: a cue of `tool` whose
/// sentence names `word` before it is coded as `category` / `to` (a subsidy
/// to buyers is a consumption incentive).
#[derive(Debug)]
struct Recode {
    tool: &'static str,
    word: &'static str,
    category: Category,
    to: Arc<str>,
}

fn recode_table() -> crate::lexicon::Table<Recode> {
    crate::lexicon::Table::load(
        "policy_instrument_recodes.tsv",
        include_str!("../data/policy_instrument_recodes.tsv"),
        |r| {
            let (tool, to): (&str, &str) = (r.word(0)?, r.word(3)?);
            let category: Category = r.get(2)?;
            for t in [tool, to] {
                if scheme_category(t).is_none() {
                    return Err(r.error(format_args!("unknown tool {t:?}")));
                }
            }
            if scheme_category(to) != Some(category) {
                return Err(r.error(format_args!("tool {to:?} does not belong to {category}")));
            }
            Ok(Recode {
                tool,
                word: r.word(1)?,
                category,
                to: Arc::from(to),
            })
        },
    )
}

static RECODES: LazyLock<Vec<Recode>> = LazyLock::new(|| recode_table().items);

impl Instruments {
    /// The built-in table, `data/policy_instruments.tsv`.
    ///
    /// ```
    /// let t = shuzi::policy::Instruments::builtin();
    /// assert!(t.tools().any(|(c, tool)| c == shuzi::policy::Category::Demand && tool == "政府采购"));
    /// ```
    pub fn builtin() -> &'static Instruments {
        &BUILTIN.0
    }

    /// Reads a table: one cue per line, `cue<TAB>category<TAB>tool`; blank
    /// lines and lines starting with `#` are skipped. A row with the wrong
    /// number of columns, an empty cue or tool, an unknown category, a tool
    /// of the coding scheme under another category than its own, or a cue
    /// given twice is an error naming the line. A codebook may name tools of
    /// its own (any tool that is not one of the scheme's fifteen).
    ///
    /// ```
    /// let e = shuzi::policy::Instruments::from_tsv("贴息\tenvironment\n").unwrap_err();
    /// assert_eq!(e.to_string(), "instrument table line 1: expected 3 tab-separated columns (cue, category, tool), found 2");
    /// let e = shuzi::policy::Instruments::from_tsv("贴息\tsupply\t金融支持\n").unwrap_err();
    /// assert_eq!(e.to_string(), "instrument table line 1: tool \"金融支持\" belongs to environment, not supply");
    /// ```
    pub fn from_tsv(table: &str) -> Result<Instruments, Error> {
        // The same row reader as every table in `data/` (lexicon::rows), with
        // errors that name the line as a user's table is named.
        let bad = |line: usize, why: String| {
            Error::new(
                ErrorKind::InvalidOption,
                format!("instrument table line {line}: {why}"),
            )
        };
        let mut rows = Vec::new();
        let mut row_error = None;
        for row in crate::lexicon::rows("instrument table", table) {
            match read_row(&row, false) {
                Ok(r) => rows.push(r),
                Err(why) => {
                    row_error = Some(bad(row.line(), why));
                    break;
                }
            }
        }
        // The first error in the table: a cue given twice before the bad row.
        let (t, errors) = Instruments::build(rows, bad);
        match errors.into_iter().next().or(row_error) {
            Some(e) => Err(e),
            None => Ok(t),
        }
    }

    /// The built-in table, read with `lexicon::Table` like every table of
    /// `data/`: the rows that do not read are left out and returned as
    /// errors naming the file and the line.
    fn read_builtin(file: &'static str, src: &'static str) -> (Instruments, Vec<Error>) {
        let table = crate::lexicon::Table::load(file, src, |r| {
            read_row(r, true).map_err(|why| r.error(why))
        });
        let (t, mut errors) = Instruments::build(table.items, |line, why| {
            Error::new(ErrorKind::InvalidData, format!("{file}:{line}: {why}"))
        });
        errors.splice(0..0, table.errors);
        (t, errors)
    }

    /// The table of `rows`; a cue given twice is left out, with an error
    /// made by `bad` from its line and the reason.
    fn build(
        rows: Vec<CueRow<'_>>,
        bad: impl Fn(usize, String) -> Error,
    ) -> (Instruments, Vec<Error>) {
        let mut cues = Vec::new();
        let mut errors = Vec::new();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut tools: HashMap<&str, Arc<str>> = HashMap::new();
        for (line, word, category, tool) in rows {
            if let Some(first) = seen.get(word) {
                errors.push(bad(
                    line,
                    format!("cue {word:?} already given on line {first}"),
                ));
                continue;
            }
            seen.insert(word, line);
            let tool = tools.entry(tool).or_insert_with(|| Arc::from(tool)).clone();
            cues.push(Cue {
                word: word.to_string(),
                category,
                tool,
            });
        }
        let mut by_first: HashMap<char, Vec<usize>> = HashMap::new();
        for (i, c) in cues.iter().enumerate() {
            if let Some(first) = c.word.chars().next() {
                by_first.entry(first).or_default().push(i);
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|&i| std::cmp::Reverse(cues[i].word.len()));
        }
        (Instruments { cues, by_first }, errors)
    }

    /// The number of cues.
    ///
    /// ```
    /// assert_eq!(shuzi::policy::Instruments::from_tsv("").unwrap().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.cues.len()
    }

    /// True when the table has no cue.
    ///
    /// ```
    /// assert!(shuzi::policy::Instruments::from_tsv("# nothing\n").unwrap().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.cues.is_empty()
    }

    /// Every (category, tool) pair of the table, once, in table order.
    ///
    /// ```
    /// let t = shuzi::policy::Instruments::from_tsv("贴息\tenvironment\t金融支持\n担保\tenvironment\t金融支持\n").unwrap();
    /// assert_eq!(t.tools().count(), 1);
    /// ```
    pub fn tools(&self) -> impl Iterator<Item = (Category, &str)> + '_ {
        let mut seen = std::collections::HashSet::new();
        self.cues
            .iter()
            .filter(move |c| seen.insert((c.category, c.tool.clone())))
            .map(|c| (c.category, &*c.tool))
    }

    /// The longest cue starting at byte `at` of `text`.
    fn cue_at(&self, text: &str, at: usize) -> Option<&Cue> {
        let first = text[at..].chars().next()?;
        let list = self.by_first.get(&first)?;
        list.iter()
            .map(|&i| &self.cues[i])
            .find(|c| text[at..].starts_with(c.word.as_str()))
    }

    /// True when the cue `c` at `cue` is a verb of spreading followed, in
    /// its first object (before the next 、, comma or full stop), by a cue
    /// of another tool: its object.
    fn spreads_other(&self, text: &str, span: Span, cue: Span, c: &Cue) -> bool {
        if !CONTEXTS.verbs.contains(&c.word.as_str()) {
            return false;
        }
        let stretch = around(text, span, cue, |ch| {
            is_sentence_end(ch) || is_clause_sep(ch)
        });
        // The first object only: in a list (推广绿色建筑、智能建造) a cue of
        // a later item is spread along with what the first names.
        let end = text[cue.end..stretch.end]
            .find(crate::chars::ENUM_COMMA)
            .map_or(stretch.end, |i| cue.end + i);
        let mut at = cue.end;
        while at < end {
            if let Some(o) = self.cue_at(text, at).filter(|o| at + o.word.len() <= end) {
                if o.tool != c.tool
                    && !covered(text, at, span.start)
                    && !headed(text, at + o.word.len())
                {
                    return true;
                }
            }
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
        false
    }

    /// True when a cue of another tool starts right where the cue `c` at
    /// `cue` ends (`基础设施REITs`): the cue modifies that one, the head of
    /// the compound, which names the measure.
    fn modifies_other(&self, text: &str, span: Span, cue: Span, c: &Cue) -> bool {
        self.cue_at(text, cue.end)
            .filter(|o| cue.end + o.word.len() <= span.end)
            .is_some_and(|o| {
                o.tool != c.tool
                    && !headed(text, cue.end + o.word.len())
                    && !covered(text, cue.end, span.start)
            })
    }

    /// The candidates in `span` of `text`, one per tool (its first cue),
    /// in the order of their cues, with no heading (the tests' view).
    #[cfg(test)]
    pub(crate) fn find(&self, text: &str, span: Span, skip: &[Span]) -> Vec<Instrument> {
        first_per_tool(self.read(text, span, skip, &Subject::default()))
    }

    /// The recodes the document's subject makes: a row of
    /// `policy_instrument_recodes.tsv` whose word comes before a cue of its
    /// tool in a sentence of `preamble` (the text above the first point,
    /// its title and purpose: `《某区购房补贴发放方案》`). The subsidy of
    /// such a document goes to those buyers wherever it is named.
    pub(crate) fn subject(&self, text: &str, preamble: Span) -> Subject {
        let mut rows = Vec::new();
        let mut at = preamble.start;
        while at < preamble.end {
            let step = text[at..].chars().next().map_or(1, char::len_utf8);
            if let Some(c) = self
                .cue_at(text, at)
                .filter(|c| at + c.word.len() <= preamble.end)
            {
                let cue = Span::new(at, at + c.word.len());
                if let Some(k) = recode_row(text, preamble, cue, c) {
                    if !rows.contains(&k) {
                        rows.push(k);
                    }
                }
            }
            at += step;
        }
        Subject {
            recodes: rows,
            matter: Vec::new(),
        }
    }

    /// The document's subject `subject` as it stands in an article of a
    /// text titled at `title` (its first line): the supply cues read in the
    /// title name the law's subject matter. An article of
    /// `…基本养老保险条例` lays down rules on the insurance (registration,
    /// contributions): what it deploys is regulation, not the service, and
    /// such a cue is not read there. Cues of the other categories in a title
    /// (`出口管制法`, `印花税暂行条例`, `绿色金融促进条例`) are measures the law
    /// itself deploys and stay read.
    pub(crate) fn in_articles(&self, text: &str, title: Span, subject: &Subject) -> Subject {
        let matter = self
            .read(text, title, &[], &Subject::default())
            .into_iter()
            .filter(|i| i.category == Category::Supply)
            .map(|i| text[i.cue.range()].to_string())
            .collect();
        Subject {
            recodes: subject.recodes.clone(),
            matter,
        }
    }

    /// The candidates of a clause at `span` under the headings `titles`
    /// (from the top, its own last), one per tool (its first cue), in the
    /// order of their cues. Where a heading states a category the clause also cues, a
    /// category cued once in the clause and in no heading is left out. The
    /// headings state the aim of the clause and of its section; coders code
    /// the instruments that carry it, not a measure mentioned once beside it.
    pub(crate) fn find_in_clause(
        &self,
        text: &str,
        span: Span,
        titles: &[Span],
        skip: &[Span],
        subject: &Subject,
    ) -> Vec<Instrument> {
        let mut all = self.read(text, span, skip, subject);
        recode_like_its_word(text, &mut all);
        // A word of obligation or permission is the mode of a rule; where
        // another cue follows it in its sentence, the rule is that cue's
        // (出口经营者应当…申请许可: trade control), the mode adds none.
        let mode = |i: &Instrument| CONTEXTS.modals.contains(&&text[i.cue.range()]);
        let is_mode: Vec<bool> = all.iter().map(mode).collect();
        // The first cue that is no mode at or after each index: cues come in
        // order and never overlap, so the nearest such cue after a mode is
        // the one that can end in its sentence (one pass, not every pair).
        let mut next_rule = vec![usize::MAX; all.len() + 1];
        for k in (0..all.len()).rev() {
            next_rule[k] = if is_mode[k] { next_rule[k + 1] } else { k };
        }
        let governed: Vec<bool> = all
            .iter()
            .enumerate()
            .map(|(k, m)| {
                is_mode[k] && {
                    let s = sentence(text, span, m.cue);
                    let after = all.partition_point(|o| o.cue.start < m.cue.end);
                    next_rule
                        .get(after)
                        .and_then(|&n| all.get(n))
                        .is_some_and(|o| o.cue.end <= s.end)
                }
            })
            .collect();
        let mut k = 0;
        all.retain(|_| {
            k += 1;
            !governed[k - 1]
        });
        let heads: Vec<Instrument> = titles
            .iter()
            .flat_map(|&t| self.read(text, t, skip, subject))
            .collect();
        // A heading's cue word states its measure in whatever category the
        // clause's sentences code it (补贴标准 over 对购房人给予补贴).
        let stated = |i: &Instrument| {
            heads
                .iter()
                .any(|h| h.category == i.category || text[h.cue.range()] == text[i.cue.range()])
        };
        let mut counts: Vec<(Category, usize)> = Vec::new();
        for i in &all {
            match counts.iter_mut().find(|(c, _)| *c == i.category) {
                Some((_, n)) => *n += 1,
                None => counts.push((i.category, 1)),
            }
        }
        let count = |c: Category| counts.iter().find(|(k, _)| *k == c).map_or(0, |(_, n)| *n);
        let kept = if all.iter().any(stated) {
            all.iter()
                .filter(|i| stated(i) || count(i.category) > 1)
                .cloned()
                .collect()
        } else {
            all
        };
        // A label of a paragraph of aims (指导思想) weighs as its heading,
        // it is no measure of its own.
        let kept = kept
            .into_iter()
            .filter(|i| !CONTEXTS.labels.contains(&&text[i.cue.range()]))
            .collect();
        first_per_tool(kept)
    }

    /// The instruments of an article at `span` (its marker ending at
    /// `from`) whose cues gave `found`. An article whose first sentence
    /// (after its marker, a bracketed label skipped) is about the text itself
    /// (its scope, a definition, its date of effect: [`about_the_text`]),
    /// refers to rules laid down elsewhere (`…依照有关规定执行`) or states
    /// principles (`…遵循…的原则`) deploys no measure: none, unless a cue
    /// follows that sentence (the referral is then one rule among the
    /// article's measures, and `found` stands). An article with
    /// no cue lays down a rule: the tool of `article` in
    /// `data/policy_instrument_contexts.tsv`, if the table names it, its cue
    /// the first sentence; a purpose article only where its aim is to
    /// regulate (`为规范…行为，制定本办法`), its cue that aim.
    pub(crate) fn code_article(
        &self,
        text: &str,
        span: Span,
        from: usize,
        found: Vec<Instrument>,
    ) -> Vec<Instrument> {
        let Some((start, sentence)) = first_sentence(text, span, from) else {
            return found;
        };
        let about = about_the_text(sentence);
        let c = &*CONTEXTS;
        let applies_rules = c.rules.iter().any(|w| {
            sentence.rfind(w).is_some_and(|i| {
                let verb = &sentence[i + w.len()..];
                (1..=MAX_REFERRAL_VERB_CHARS).contains(&verb.chars().count())
                    && verb.chars().all(crate::chars::is_han)
            })
        });
        // A referral followed by measures of the article's own (`…首付款比例按
        // 市政策执行。…的，给予每套补贴`) is a rule among them, not the article's
        // whole content: its cues are read.
        let end = start + sentence.len();
        // `…依照《某法》第五十六条予以处罚`: a penalty laid down by another
        // text, which the last follow word before it names (no `本法`).
        let sanction_elsewhere = c.sanctions.iter().any(|w| sentence.ends_with(w))
            && c.follows
                .iter()
                .filter_map(|f| sentence.rfind(f))
                .max()
                .is_some_and(|i| !SELF_REFERENCES.iter().any(|r| sentence[i..].contains(r)));
        let referral = ((c.referrals.iter().any(|w| sentence.ends_with(w))
            || applies_rules
            || sanction_elsewhere)
            && c.follows.iter().any(|w| sentence.contains(w))
            || c.principles.iter().any(|w| sentence.contains(w)))
            && !found
                .iter()
                .any(|i| i.cue.start >= end && !c.modals.contains(&&text[i.cue.range()]));
        if about == AboutText::Itself || referral {
            return Vec::new();
        }
        if about == AboutText::Provision {
            // Its subject names the measure when a cue ends it (`本条例规定的
            // 行政处罚，`); a cue inside it only qualifies another thing
            // (`本办法规定的财产登记…等有关文书格式，`: the forms).
            let subject_end = sentence.find(is_clause_sep).map_or(end, |i| start + i);
            return found
                .into_iter()
                .filter(|i| i.cue.start >= subject_end || i.cue.end == subject_end)
                .collect();
        }
        let Some(c) = self
            .cues
            .iter()
            .find(|c| CONTEXTS.articles.contains(&&*c.tool))
        else {
            return found;
        };
        if !found.is_empty() {
            return found;
        }
        let rule = |cue: Span| {
            vec![Instrument {
                category: c.category,
                tool: c.tool.clone(),
                cue,
            }]
        };
        // 国家鼓励…: a promotion of what follows, no rule; so is a verb of
        // encouragement opening the sentence, the text's own voice
        // (第六条 提倡…；鼓励…).
        let promotes = CONTEXTS.encourages.iter().any(|e| {
            sentence.match_indices(e).any(|(i, _)| {
                i == 0
                    || CONTEXTS
                        .governments
                        .iter()
                        .any(|g| sentence[..i].ends_with(g))
            })
        });
        if about == AboutText::No {
            if promotes {
                return Vec::new();
            }
            return rule(Span::new(start, start + sentence.len()));
        }
        // A purpose article whose aim is to regulate (为规范…行为，制定本办法,
        // 为了加强…管理) codes the rule, its cue that aim up to the comma;
        // the aim is stated before the laws it rests on (根据《…管理法》).
        let stated = &sentence[..sentence
            .find(crate::chars::TITLE_OPEN)
            .unwrap_or(sentence.len())];
        let Some((at, _)) = CONTEXTS
            .aims
            .iter()
            .filter_map(|w| stated.find(w).map(|i| (i, w)))
            .min()
        else {
            return Vec::new();
        };
        let aim = &sentence[at..];
        let len = aim.find(is_clause_sep).unwrap_or(aim.len());
        rule(Span::new(start + at, start + at + len))
    }

    /// Every cue read in `span` of `text`, in order (a tool may come more
    /// than once); cues inside any of `skip` (sorted, disjoint) are not
    /// read, nor cues the context words rule out.
    fn read(&self, text: &str, span: Span, skip: &[Span], subject: &Subject) -> Vec<Instrument> {
        let mut out: Vec<Instrument> = Vec::new();
        // Every distinct cue word read so far in the clause (for repeats):
        // distinct, so the check below is bounded by the codebook's size and
        // a clause of many cues (a long text with no outline) stays linear.
        let mut read: Vec<&str> = Vec::new();
        let mut at = span.start;
        let mut k = skip.partition_point(|s| s.end <= at);
        while at < span.end {
            while k < skip.len() && skip[k].end <= at {
                k += 1;
            }
            if k < skip.len() && skip[k].start <= at {
                at = skip[k].end;
                continue;
            }
            let step = text[at..].chars().next().map_or(1, char::len_utf8);
            let Some(c) = self
                .cue_at(text, at)
                .filter(|c| at + c.word.len() <= span.end)
            else {
                at += step;
                continue;
            };
            if covered(text, at, span.start) {
                at += step;
                continue;
            }
            let cue = Span::new(at, at + c.word.len());
            at = cue.end;
            let repeat = read
                .iter()
                .any(|w| w.len() > c.word.len() && w.ends_with(c.word.as_str()));
            if !read.contains(&c.word.as_str()) {
                read.push(&c.word);
            }
            if repeat
                || (subject.matter.contains(&c.word) && !paid_out(text, span, cue))
                || headed(text, cue.end)
                || split(text, cue)
                || reported(text, cue.start, span.start)
                || a_duty_of_government(text, &c.word, cue.start, span.start)
                || not_built(text, span, cue, &c.word)
                || named_only(text, span, cue)
                || conditional(text, span, cue)
                || in_remark(text, span, cue)
                || self.spreads_other(text, span, cue, c)
                || self.modifies_other(text, span, cue, c)
            {
                continue;
            }
            let (category, tool) = recoded(text, span, cue, c, subject);
            out.push(Instrument {
                category,
                tool,
                cue,
            });
        }
        out
    }
}

/// The first instrument of each (category, tool) in `all`, in order.
fn first_per_tool(all: Vec<Instrument>) -> Vec<Instrument> {
    let mut out: Vec<Instrument> = Vec::new();
    for i in all {
        if !out
            .iter()
            .any(|o| o.tool == i.tool && o.category == i.category)
        {
            out.push(i);
        }
    }
    out
}

/// The rows of `policy_instrument_recodes.tsv` that a document's subject
/// applies to all its cues of their tool ([`Instruments::subject`]).
#[derive(Debug, Default, Clone)]
pub(crate) struct Subject {
    /// The recode rows the document's subject applies.
    recodes: Vec<usize>,
    /// Supply cues the text's title names (`…基本养老保险条例`): in an
    /// article of that text they name the subject matter its rules govern
    /// (`办理基本养老保险登记`, `不予奖励`), not a service it supplies.
    matter: Vec<String>,
}

/// The row of `policy_instrument_recodes.tsv` that recodes cue `c` at
/// `cue`: its tool's, with its word before the cue in its sentence.
fn recode_row(text: &str, span: Span, cue: Span, c: &Cue) -> Option<usize> {
    // Who receives a measure is named before it (对购房人给予补贴).
    let before = &text[sentence(text, span, cue).start..cue.start];
    RECODES
        .iter()
        .position(|r| *c.tool == *r.tool && before.contains(r.word))
}

/// A cue word recoded in one sentence of a clause (`对购房者给予补贴`:
/// demand) names the same measure wherever the clause repeats it: its
/// other mentions of the recoded row's tool take the same coding
/// (`实施装修补贴。…给予购房者…补贴` is one subsidy to buyers).
fn recode_like_its_word(text: &str, all: &mut [Instrument]) {
    let recoded: Vec<(&str, Category, Arc<str>)> = all
        .iter()
        .filter(|i| RECODES.iter().any(|r| *r.to == *i.tool))
        .map(|i| (&text[i.cue.range()], i.category, i.tool.clone()))
        .collect();
    if recoded.is_empty() {
        return;
    }
    for i in all.iter_mut() {
        let word = &text[i.cue.range()];
        if let Some((_, category, tool)) = recoded.iter().find(|(w, _, to)| {
            *w == word && RECODES.iter().any(|r| *r.tool == *i.tool && *r.to == **to)
        }) {
            i.category = *category;
            i.tool = tool.clone();
        }
    }
}

/// The category and tool of cue `c` at `cue`: its own, or another where
/// its sentence names a word of `policy_instrument_recodes.tsv` or the
/// document's `subject` recodes its tool.
fn recoded(text: &str, span: Span, cue: Span, c: &Cue, subject: &Subject) -> (Category, Arc<str>) {
    recode_row(text, span, cue, c)
        .or_else(|| {
            subject
                .recodes
                .iter()
                .copied()
                .find(|&k| *c.tool == *RECODES[k].tool)
        })
        .map_or_else(
            || (c.category, c.tool.clone()),
            |k| (RECODES[k].category, RECODES[k].to.clone()),
        )
}

impl Default for Instruments {
    fn default() -> Instruments {
        Instruments::builtin().clone()
    }
}

impl FromStr for Instruments {
    type Err = Error;
    fn from_str(s: &str) -> Result<Instruments, Error> {
        Instruments::from_tsv(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `cue:tool` of every instrument the built-in table finds in `text`.
    fn tools(text: &str) -> Vec<String> {
        Instruments::builtin()
            .find(text, Span::new(0, text.len()), &[])
            .iter()
            .map(|i| format!("{}:{}", &text[i.cue.range()], i.tool))
            .collect()
    }

    /// A cue naming a role of the trade (`…顾问`, `…管理人`), or a measure of a facility (`配套设施承载力`), deploys nothing; nor does a cue in a stretch that
    /// qualifies a firm (`…的企业，`).
    #[test]
    fn roles_bodies_measures_of_a_site_and_qualified_firms_deploy_nothing() {
        for text in [
            "税务咨询顾问出具意见。",
            "基金管理人按时披露信息。",
            "在满足基础配套设施承载力的前提下调整比例。",
            "从境外进口零部件组装后销售的企业，视为制造商。",
        ] {
            assert!(tools(text).is_empty(), "{text}: {:?}", tools(text));
        }
        // A project's evaluation by consultants the state commissions is a
        // review (咨询评估, regulation), no consultancy service.
        assert_eq!(tools("及时开展咨询评估。"), ["咨询评估:法规管制"]);
        // A school place for a buyer's child is a public service; the 入 of
        // a verb before 学校 is the verb's.
        assert_eq!(tools("购房者子女可就近入学。"), ["入学:公共服务"]);
        assert!(tools("申请转入学校。").is_empty());
        // 拓展销售 is 拓展 + 销售: no 展销 (a sales fair).
        assert!(tools("指导企业拓展销售渠道。").is_empty());
        assert_eq!(tools("举办汽车展销活动。"), ["展销:示范推广"]);
        // The cue itself, with no such word after it, is still read.
        assert!(!tools("提供法律咨询服务。").is_empty());
        assert!(!tools("设立产业投资基金。").is_empty());
    }

    /// A kindergarten is a facility: provided where a verb builds or
    /// equips it, only named elsewhere.
    #[test]
    fn a_kindergarten_only_named_is_provided_by_no_measure() {
        assert!(tools("确保小区配套幼儿园按期移交。").is_empty());
        assert_eq!(tools("新建小区同步配建幼儿园。"), ["幼儿园:基础设施"]);
        assert_eq!(tools("推进公办幼儿园建设。"), ["幼儿园:基础设施"]);
    }

    /// Help in general (`帮扶`) is no cue; a service platform only used
    /// (`通过…服务平台`) is none, one set up is.
    #[test]
    fn help_in_general_and_a_platform_only_used_are_no_instruments() {
        assert!(tools("加大对受影响行业的帮扶力度。").is_empty());
        assert!(tools("通过住房租赁服务平台推送信息。").is_empty());
        assert_eq!(tools("搭建公益婚恋服务平台。"), ["服务平台:公共服务"]);
    }

    /// Group buying organised for buyers is a demand measure; jobs, legal
    /// aid and technical guidance provided by the state are supply.
    #[test]
    fn group_buying_public_jobs_legal_aid_and_technical_guidance() {
        assert_eq!(tools("组织企业开展团购活动。"), ["团购:示范推广"]);
        assert_eq!(tools("开发一批公益性岗位。"), ["公益性岗位:公共服务"]);
        assert_eq!(tools("为困难职工提供法律援助。"), ["法律援助:公共服务"]);
        assert_eq!(tools("加强对农户的技术指导。"), ["技术指导:技术支持"]);
        // The share of commerce and housing a plot's plan allows is a
        // planning rule (the 用地 before it names the plot).
        assert_eq!(tools("适当放宽商住比限制。"), ["商住比:法规管制"]);
        assert_eq!(tools("优化项目用地商住配比。"), ["商住配比:法规管制"]);
    }

    /// A discount a seller grants buyers is a demand measure; disposing of
    /// idle land and a subsidy to be paid back in full are rules; industrial
    /// and business land (工业用地, 经营性用地) name classes of parcels, no
    /// infrastructure built.
    #[test]
    fn discounts_idle_land_repayment_and_classes_of_land() {
        assert_eq!(
            tools("开发企业给予购房者九五折折扣优惠。"),
            ["折扣优惠:消费激励"]
        );
        assert_eq!(tools("加快闲置土地处置。"), ["闲置土地处置:法规管制"]);
        assert_eq!(tools("项目结余款项须全额退回。"), ["全额退回:法规管制"]);
        assert!(tools("推动存量工业用地盘活。").is_empty());
        assert!(tools("将经营性用地纳入网上交易范畴。").is_empty());
        // Forecasting is technical support; an emergency drill organises
        // the response (a strategic measure).
        assert_eq!(tools("做好汛期气象预报。"), ["预报:技术支持"]);
        assert_eq!(tools("定期组织应急演练。"), ["应急演练:策略性措施"]);
        // A stop ordered is a ban: the import it stops is no measure.
        assert!(tools("责令其立即停止进口该产品。")
            .iter()
            .all(|t| !t.starts_with("进口")));
        // A grade of people (博士后层次人员) is who a measure serves; a
        // post-doctoral station set up is a talent measure.
        assert!(tools("博士后层次人员可申请借款。")
            .iter()
            .all(|t| !t.starts_with("博士后")));
        assert_eq!(
            tools("新设博士后科研工作站。"),
            ["博士后科研工作站:人才培养"]
        );
        // A cue before 产业 names an industry, no measure deployed.
        assert!(tools("结合大数据产业发展的需求。").is_empty());
    }

    /// A cue that names a party (`收购主体`, `用地单位`), a right (`公共服务权益`), the area of a parcel
    /// (`用地范围内`), a permit (`用地规划许可证`) or a measure of a parcel
    /// (`用地兼容性`, `用地商住比`, `用地基准地价`) deploys nothing; the same cue
    /// as a measure is still read.
    #[test]
    fn parties_parcels_and_permits_named_after_a_cue_deploy_nothing() {
        for text in [
            "银行向收购主体发放贷款。",
            "用地单位按期办理手续。",
            "在项目用地范围内设置绿地。",
            "容缺办理建设用地规划许可证。",
            "增加用地兼容性。",
            "调整项目用地商住比。",
            "公布建设用地基准地价。",
            "保障常住人口基本公共服务权益。",
        ] {
            let found: Vec<String> = tools(text)
                .into_iter()
                .filter(|t| {
                    t.starts_with("收购") || t.starts_with("用地") || t.starts_with("公共服务")
                })
                .collect();
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        assert_eq!(tools("单列用地计划。"), ["用地:基础设施"]);
        assert_eq!(tools("稳步推进收购新建商品房。"), ["收购:政府采购"]);
    }

    /// A list item that ends with the firm it qualifies names whom a rule
    /// concerns: its cue is read; a firm so qualified before a rule is not.
    #[test]
    fn a_qualified_firm_ending_its_item_is_read() {
        assert_eq!(
            tools("（二）被列入失信联合惩戒名单的企业；"),
            ["惩戒:法规管制"]
        );
        assert!(tools("曾列入失信联合惩戒名单的企业，视为不合格。")
            .iter()
            .all(|t| !t.starts_with("惩戒")));
    }

    /// A round-bracket remark is read near its cue on the line: a bracket
    /// opened hundreds of characters before is no remark around it.
    #[test]
    fn remark_is_read_near_the_cue() {
        let inside = "（对企业给予财政补贴）";
        assert!(tools(inside).is_empty(), "{:?}", tools(inside));
        let far = format!("（{}对企业给予财政补贴）", "甲".repeat(500));
        assert!(!tools(&far).is_empty());
    }

    /// `(cue, tool)` of every instrument the built-in table finds in `text`.
    fn found(text: &str) -> Vec<(String, String)> {
        Instruments::builtin()
            .find(text, Span::new(0, text.len()), &[])
            .iter()
            .map(|i| (text[i.cue.range()].to_string(), i.tool.to_string()))
            .collect()
    }

    fn pair(cue: &str, tool: &str) -> (String, String) {
        (cue.to_string(), tool.to_string())
    }

    #[test]
    fn builtin_table_parses_and_names_the_fifteen_tools() {
        let t = Instruments::builtin();
        let tools: Vec<(Category, &str)> = t.tools().collect();
        let expected = [
            (Category::Supply, "人才培养"),
            (Category::Supply, "资金投入"),
            (Category::Supply, "技术支持"),
            (Category::Supply, "公共服务"),
            (Category::Supply, "基础设施"),
            (Category::Environment, "目标规划"),
            (Category::Environment, "金融支持"),
            (Category::Environment, "税收优惠"),
            (Category::Environment, "法规管制"),
            (Category::Environment, "策略性措施"),
            (Category::Demand, "政府采购"),
            (Category::Demand, "示范推广"),
            (Category::Demand, "贸易管制"),
            (Category::Demand, "服务外包"),
            (Category::Demand, "消费激励"),
        ];
        assert_eq!(tools, expected);
    }

    #[test]
    fn every_builtin_cue_is_found_alone() {
        let t = Instruments::builtin();
        for c in &t.cues {
            // A thing a measure builds is read after a verb of building.
            let verb = if CONTEXTS.objects.contains(&c.word.as_str())
                || CONTEXTS.facilities.contains(&c.word.as_str())
            {
                CONTEXTS.builds[0]
            } else {
                ""
            };
            let text = format!("{verb}甲{}乙", c.word);
            let found = t.find(&text, Span::new(0, text.len()), &[]);
            assert_eq!(found.len(), 1, "{}", c.word);
            assert_eq!(&text[found[0].cue.range()], c.word, "{}", c.word);
            assert_eq!((found[0].category, &found[0].tool), (c.category, &c.tool));
        }
    }

    #[test]
    fn longest_cue_wins_and_one_candidate_per_tool() {
        let t = Instruments::builtin();
        let text = "发行专项债券，扩大信贷和补贴、补助，首台（套）保险";
        let found = t.find(text, Span::new(0, text.len()), &[]);
        let shown: Vec<(&str, &str)> = found
            .iter()
            .map(|i| (&*i.tool, &text[i.cue.range()]))
            .collect();
        assert_eq!(
            shown,
            [
                // 专项债券 is a bond, finance (not 债券 inside it alone).
                ("金融支持", "专项债券"),
                ("资金投入", "补贴"),
                ("示范推广", "首台（套）"),
            ]
        );
    }

    #[test]
    fn skipped_spans_and_span_end_are_respected() {
        let t = Instruments::builtin();
        let text = "做好监管（责任单位：市场监管局）和贴息";
        let bracket = text.find('（').unwrap();
        let close = text.find('）').unwrap() + '）'.len_utf8();
        let found = t.find(text, Span::new(0, text.len()), &[Span::new(bracket, close)]);
        let cues: Vec<&str> = found.iter().map(|i| &text[i.cue.range()]).collect();
        assert_eq!(cues, ["监管", "贴息"]);
        // A cue running past the span's end is not taken.
        let end = text.find("监管").unwrap() + "监".len();
        assert!(t.find(text, Span::new(0, end), &[]).is_empty());
    }

    #[test]
    fn builtin_tables_read_without_an_error() {
        assert!(BUILTIN.1.is_empty(), "{:?}", BUILTIN.1);
        let scheme = scheme_table();
        assert!(scheme.errors.is_empty(), "{:?}", scheme.errors);
        // The built-in cues use every tool of the scheme, in its order.
        let tools: Vec<(Category, &str)> = Instruments::builtin().tools().collect();
        assert_eq!(tools, scheme.items);
        let bad = crate::lexicon::Table::load("t.tsv", "money\t资金\n", |r| r.get::<Category>(0));
        assert!(bad.errors[0].to_string().starts_with("t.tsv:1:"));
        assert!(context_table().errors.is_empty());
        let c = &*CONTEXTS;
        assert!(!c.covers.is_empty() && !c.heads.is_empty() && !c.before.is_empty());
    }

    #[test]
    fn a_bad_builtin_row_is_left_out_and_named() {
        let (t, errors) = Instruments::read_builtin(
            "policy_instruments.tsv",
            "贴息\tenvironment\t金融支持\n数字券\tdemand\t数字消费\n贷款\tmoney\t金融支持\n贴息\tenvironment\t金融支持\n",
        );
        assert_eq!(t.len(), 1);
        let shown: Vec<String> = errors.iter().map(Error::to_string).collect();
        assert_eq!(
            shown,
            [
                "policy_instruments.tsv:2: unknown tool \"数字消费\"",
                "policy_instruments.tsv:3: unknown instrument category \"money\"",
                "policy_instruments.tsv:4: cue \"贴息\" already given on line 1"
            ]
        );
        // A user's codebook may name tools of its own.
        assert_eq!(
            Instruments::from_tsv("数字券\tdemand\t数字消费\n")
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn context_rules_out_covered_named_and_repeated_cues() {
        let t = Instruments::builtin();
        let cues = |text: &str| -> Vec<String> {
            t.find(text, Span::new(0, text.len()), &[])
                .iter()
                .map(|i| text[i.cue.range()].to_string())
                .collect()
        };
        // 相关税费: 关 belongs to 相关; 税费 is read after it.
        assert_eq!(cues("落实相关税费政策"), ["税费"]);
        assert!(cues("落实有关税收政策").is_empty());
        // Land named by the use it is sold for is a class of parcels of
        // the land market, no infrastructure; bare 用地 is read.
        assert!(cues("新出让的商服用地按起始价确定保证金").is_empty());
        assert!(cues("合理安排住宅用地的出让时序").is_empty());
        assert_eq!(cues("优先保障重大项目用地"), ["用地"]);
        // A cue naming a body, a place or a past result.
        assert!(cues("国家出口管制管理部门负责").is_empty());
        // So does a word of administration with a body noun after it
        // (监管部门, 主管部门, 管理机构): 金融 names the regulator.
        assert_eq!(
            cues("市地方金融监管部门建设预付卡预收资金存管信息平台"),
            ["信息平台"]
        );
        assert_eq!(cues("加强金融支持"), ["金融支持"]);
        assert!(cues("试点城市编制方案，总结试点经验").is_empty());
        assert_eq!(cues("开展试点，建设示范区"), ["试点"]);
        // A model text of a contract is a paper, no demonstration.
        assert!(cues("制定并公布合同示范文本").is_empty());
        assert_eq!(cues("发布示范文本，开展示范"), ["示范"]);
        // A statistic named after a cue (出口总额, 投资增速) is a figure
        // reported, no measure.
        assert!(cues("全年出口总额增长6%，出口增速回升").is_empty());
        assert_eq!(cues("全年扩大出口"), ["出口"]);
        // A tax by name is a tax measure; a cue right before it is a verb
        // on it, no subsidy.
        assert_eq!(
            found("少缴的部分应当补贴印花税票"),
            [pair("印花税", "税收优惠")]
        );
        // A paper (…合同) or the works that go with a project (…配套)
        // named after a cue.
        assert!(cues("凭已备案合同办理").is_empty());
        assert!(!cues("减免园区设施配套等费用").contains(&"设施".to_string()));
        assert_eq!(cues("加快建设园区设施"), ["设施"]);
        // Facilities are read only where a verb provides them, before or
        // right after the cue; facilities only named are no measure.
        assert_eq!(cues("完善街道文体设施"), ["设施"]);
        // A verb before 的 makes a relative clause: the facilities are named.
        assert_eq!(
            cues("配建的无偿移交政府的公建设施，不计入容积率"),
            ["不计入容积率"]
        );
        assert_eq!(cues("配建无偿移交政府的公建设施"), ["设施"]);
        assert_eq!(cues("推进污水回用设施建设"), ["设施"]);
        assert!(cues("去年建成了污水回用设施").is_empty());
        assert!(cues("提高住宅设施配置标准").is_empty());
        // A cue after a reporting verb reports what was done.
        assert!(cues("及时总结推广好的经验做法").is_empty());
        // The tail of a longer cue earlier in the clause is the same measure.
        let text = "给予契税补贴，补贴申报截止时间为年底";
        let found = t.find(text, Span::new(0, text.len()), &[]);
        let tools: Vec<&str> = found.iter().map(|i| &*i.tool).collect();
        assert_eq!(tools, ["消费激励"]);
    }

    #[test]
    fn evidence_definitions_remarks_verbs_and_recipients() {
        // A record named as evidence, up to the comma.
        assert!(found("起始时间以房屋租赁合同登记备案认定的时间为准。").is_empty());
        assert_eq!(
            found("以登记时间为准，办理登记手续"),
            [pair("登记", "法规管制")]
        );
        // A definition deploys nothing; the next sentence does.
        assert_eq!(
            found("保障性住房是指政府提供土地、金融等政策支持的住房。给予贷款贴息。"),
            [pair("贷款", "金融支持")]
        );
        // So do `所称` and `指的是`: what a word of the text means.
        assert!(found("本办法所称登记时间为合同备案系统记录的时间。").is_empty());
        assert_eq!(
            found("所述“新建住房”指的是具备备案条件的住房。给予贷款贴息。"),
            [pair("贷款", "金融支持")]
        );
        // A verb of spreading with another tool's cue as its object.
        assert_eq!(
            found("推广“亩均英雄贷”金融服务模式"),
            [pair("金融", "金融支持")]
        );
        assert_eq!(found("推广清洁能源"), [pair("推广", "示范推广")]);
        // In a list, the verb's object is its first item: a cue of another
        // tool in a later item does not take the verb's place.
        assert_eq!(found("推广节能门窗、智能建造")[0], pair("推广", "示范推广"));
        // A remark in round brackets explains; the cue after it counts.
        assert_eq!(
            found("实现交易过户(带押过户),同步完成不动产登记"),
            [pair("登记", "法规管制")]
        );
        assert!(found("学历（学位）继续教育").is_empty());
        // What a ban names is banned, the ban is the measure.
        assert_eq!(
            found("合同撤销的，均不得享受购房补贴。"),
            [pair("不得", "法规管制")]
        );
        // So is what is no longer given or no longer needed.
        assert!(found("此后缴纳契税的，不再享受本次补贴政策。").is_empty());
        assert!(found("无需提前归还旧贷款").is_empty());
        // A later paragraph opening with the text's own name is a note on
        // the text: the funds it names are no measure.
        assert_eq!(
            found("给予贷款贴息。\n本措施自印发之日起施行，消费券和奖补资金由财政兑现。"),
            [pair("贷款", "金融支持")]
        );
        // The items of a list a ban leads name what or where is banned.
        assert_eq!(
            found("禁止在下列地区建造坟墓：\n(一)耕地；\n(二)城市公园；"),
            [pair("禁止", "法规管制")]
        );
        assert_eq!(
            found("经营者不得实施下列行为：\n（一）虚假促销；\n"),
            [pair("不得", "法规管制")]
        );
        assert_eq!(
            found("推进下列工作：\n(一)建设城市公园；"),
            [pair("公园", "基础设施")]
        );
        // In a compound of two cues the last is its head, the measure: a
        // fund of infrastructure assets is finance.
        assert_eq!(
            found("推动基础设施REITs常态化发行"),
            [pair("REITs", "金融支持")]
        );
        // A cash reward is funding; 运用 holds the 用 of 用地.
        assert_eq!(found("给予一次性10万元奖励"), [pair("奖励", "资金投入")]);
        assert!(found("综合运用地方政府性资源").is_empty());
        // An obligation binds those it names; the state's own duty is the
        // measure that follows it.
        assert_eq!(
            found("出口经营者应当建立内部合规制度"),
            [pair("应当", "法规管制")]
        );
        assert_eq!(
            found("县级以上人民政府有关部门应当安排专项资金"),
            [pair("专项资金", "资金投入")]
        );
        // A duty to comply with a standard is a rule too.
        assert_eq!(
            found("门窗隔声性能应符合相关技术要求"),
            [pair("应符合", "法规管制")]
        );
        assert_eq!(
            found("车库净高应满足通行要求"),
            [pair("应满足", "法规管制")]
        );
        // A permission to apply is a rule on who may; with another cue in
        // its sentence, that cue's tool is the rule.
        assert_eq!(
            found("居住满两年的可申请迁入户口"),
            [pair("可申请", "法规管制")]
        );
        assert_eq!(found("小微企业可申请贷款贴息"), [pair("贷款", "金融支持")]);
        // Ordering old equipment out of use, or what fails a check, is
        // regulation.
        assert_eq!(found("逐步淘汰高耗能锅炉"), [pair("淘汰", "法规管制")]);
        assert_eq!(
            found("限期更换安全性能不合格电梯"),
            [pair("不合格", "法规管制")]
        );
        // A condition (…的，) says who qualifies; the measure after it is read.
        assert_eq!(
            found("被列为住宅试点项目的，给予贷款贴息"),
            [pair("贷款", "金融支持")]
        );
        // A stretch joined by 并 to the next, which ends with 的, is one
        // condition with it (synthetic); without the 的 it is a measure.
        assert_eq!(
            found("已完成租赁合同登记备案，并取得缴费凭证的，给予一次性补贴"),
            [pair("补贴", "资金投入")]
        );
        assert_eq!(
            found("已完成合同备案，并取得凭证"),
            [pair("备案", "法规管制")]
        );
        // 的 and the person it qualifies end a condition too.
        assert_eq!(
            found("办理不动产登记的家庭，给予一次性补贴"),
            [pair("补贴", "资金投入")]
        );
        assert_eq!(
            found("对进行技术改造的企业给予补贴"),
            [pair("补贴", "资金投入")]
        );
        assert_eq!(
            found("对企业的技术改造给予补贴"),
            [pair("技术改造", "技术支持"), pair("补贴", "资金投入")]
        );
        // A subsidy to buyers is a consumption incentive, to firms a fund.
        assert_eq!(
            found("对购房人给予每平方米200元补贴"),
            [pair("补贴", "消费激励")]
        );
        assert_eq!(found("对企业给予补贴"), [pair("补贴", "资金投入")]);
        // A noun after the cue that makes it a figure, a scope or a step of
        // the procedure: no measure deployed.
        assert!(found("核定补贴金额").is_empty());
        assert!(found("提交补贴申请").is_empty());
        let recodes = recode_table();
        assert!(recodes.errors.is_empty(), "{:?}", recodes.errors);
        assert!(!RECODES.is_empty() && !CONTEXTS.tails.is_empty());
        assert!(!CONTEXTS.sentences.is_empty() && !CONTEXTS.verbs.is_empty());
        assert!(!CONTEXTS.bans.is_empty() && !CONTEXTS.papers.is_empty());
        assert!(!CONTEXTS.conditions.is_empty() && !CONTEXTS.recipients.is_empty());
    }

    /// Every clause's instruments of `text` as (category, tool) pairs.
    fn codes(text: &str) -> Vec<(String, String)> {
        let p = crate::policy::parse(text, &crate::Config::default());
        p.clauses
            .iter()
            .flat_map(|c| c.instruments.iter())
            .map(|i| (i.category.to_string(), i.tool.to_string()))
            .collect()
    }

    /// A document whose text above its first point names a subsidy to
    /// buyers reads its subsidies as demand in every point, buyers named in
    /// the sentence or not; without such a subject they stay supply.
    #[test]
    fn a_subsidy_to_buyers_as_the_subject_is_demand_throughout() {
        let text = "为稳定住房消费，对在本镇购房的家庭发放补贴，制定本方案。\n一、补贴发放\n按成交价的1%给予一次性补贴。\n二、资金来源\n补贴由镇财政统一拨付。\n";
        let demand = ("demand".to_string(), "消费激励".to_string());
        assert_eq!(codes(text), [demand.clone(), demand]);
        let text = "为扶持养殖业，制定本方案。\n一、补贴发放\n按存栏量给予一次性补贴。\n";
        assert_eq!(
            codes(text),
            [("supply".to_string(), "资金投入".to_string())]
        );
    }

    #[test]
    fn a_subsidy_word_recoded_in_one_sentence_of_a_clause_is_recoded_in_all() {
        // The clause's heading names the subsidy its body gives to buyers.
        let text = "为促进消费，制定本措施。\n一、实施家电补贴\n对购买节能家电的消费者给予一次性补贴。\n二、设立专项资金\n安排专项资金支持园区建设，给予企业补贴。\n";
        assert_eq!(
            codes(text),
            [
                ("demand".to_string(), "消费激励".to_string()),
                ("supply".to_string(), "资金投入".to_string()),
            ]
        );
    }

    #[test]
    fn plans_of_a_place_or_a_year_are_planning() {
        assert_eq!(
            found("修编县域国土空间规划，明确园区边界"),
            [pair("国土空间规划", "目标规划")]
        );
        assert_eq!(
            found("各成员单位制定年度计划"),
            [pair("年度计划", "目标规划")]
        );
        // A plan named as a body's name is no plan deployed.
        assert!(found("城市规划委员会").is_empty());
    }

    #[test]
    fn fairs_and_festivals_promote_and_state_bonds_finance() {
        assert_eq!(
            found("秋季举办县城房交会和家居嘉年华"),
            [pair("房交会", "示范推广")]
        );
        assert_eq!(found("办好第三届乡村美食节"), [pair("美食节", "示范推广")]);
        assert_eq!(
            found("积极争取超长期特别国债资金"),
            [pair("国债", "金融支持")]
        );
    }

    #[test]
    fn sanctions_and_public_notices_regulate() {
        assert_eq!(tools("评审结果在区政府网站公示7天"), ["公示:法规管制"]);
        assert_eq!(tools("社会团体每年参加年检"), ["年检:法规管制"]);
        // The condition names who; the sanction after it is read.
        assert_eq!(tools("未通过年检的，责令限期改正"), ["责令:法规管制"]);
        assert_eq!(tools("暂停实施住房限购措施"), ["限购:法规管制"]);
    }

    #[test]
    fn a_filing_already_done_and_a_certificate_deploy_nothing() {
        // 已备案 is a state of the paper the buyer brings, not a rule.
        assert_eq!(tools("购房人凭已备案的买卖合同领取奖励"), ["奖励:消费激励"]);
        // So is a filing that describes the paper presented (凭…的…合同),
        // and the average price of filed sales is a figure.
        assert_eq!(
            tools("凭网签备案的买卖合同，可以获得入学资格"),
            ["入学:公共服务"]
        );
        assert!(tools("售价在网签备案均价基础上下浮3%").is_empty());
        assert_eq!(tools("凭证办理，实行网签备案"), ["备案:法规管制"]);
        assert_eq!(tools("商品房买卖合同实行网上备案"), ["备案:法规管制"]);
        // 人才引进证明 is a paper.
        assert!(tools("持人才引进证明办理").is_empty());
        assert_eq!(tools("支持企业开展项目并购"), ["并购:金融支持"]);
    }

    #[test]
    fn welfare_school_places_and_presales() {
        assert_eq!(
            tools("困难家庭按规定纳入最低生活保障范围"),
            ["生活保障:公共服务"]
        );
        assert_eq!(tools("落实进城务工人员子女入学政策"), ["子女入学:公共服务"]);
        assert_eq!(tools("商品房预售资金实行专户存储"), ["预售:法规管制"]);
    }

    #[test]
    fn coordination_mediation_land_payments_and_data_sharing() {
        assert_eq!(
            tools("县政府定期协调解决园区建设难题"),
            ["协调解决:策略性措施"]
        );
        assert_eq!(tools("设立商事纠纷调解中心"), ["调解:法规管制"]);
        assert_eq!(
            tools("竞买保证金按起始价的20%缴纳，出让价款可分两期支付"),
            ["竞买保证金:策略性措施"]
        );
        assert_eq!(tools("推进部门间数据共享"), ["数据共享:公共服务"]);
        assert_eq!(tools("为小微企业提供公益法律服务"), ["法律服务:公共服务"]);
    }

    #[test]
    fn parks_schools_pipes_and_work_relief_are_infrastructure() {
        assert_eq!(tools("新建3座口袋公园"), ["公园:基础设施"]);
        assert_eq!(tools("新建公办幼儿园5所"), ["幼儿园:基础设施"]);
        // Spreading a work-relief scheme is the scheme, not a pilot.
        assert_eq!(
            tools("在农村公路建设中推广以工代赈方式"),
            ["以工代赈:基础设施"]
        );
    }

    #[test]
    fn a_platform_counts_where_the_clause_sets_it_up() {
        assert_eq!(
            found("搭建县域农产品线上展销平台"),
            [pair("平台", "公共服务")]
        );
        assert_eq!(found("建设全市统一的报修平台"), [pair("平台", "公共服务")]);
        // A platform only used or named sets nothing up.
        assert!(found("依托线上展销平台开展直播活动").is_empty());
        assert!(found("建设完成后，通过平台发布信息").is_empty());
        assert!(!CONTEXTS.objects.is_empty() && !CONTEXTS.builds.is_empty());
        assert!(!CONTEXTS.facilities.is_empty() && !CONTEXTS.equips.is_empty());
    }

    #[test]
    fn compensation_paid_is_funding_and_what_is_misused_or_examined_is_none() {
        // Compensation given or received is money paid out; the word alone
        // names a subject (补偿方式, 补偿工作) and is no cue.
        assert_eq!(
            found("对区内居民的下列损失给予补偿"),
            [pair("给予补偿", "资金投入")]
        );
        assert_eq!(
            found("补偿资金由中央财政承担"),
            [pair("补偿资金", "资金投入")]
        );
        assert!(found("协商确定补偿方式").is_empty());
        // What is misused is named, not deployed; the sanction is the rule.
        assert!(found("骗取、侵吞或者挪用补偿资金").is_empty());
        assert!(found("截留专项资金").is_empty());
        // A matter a procedure examines (对…情况) is no measure; the
        // supervision is.
        assert_eq!(
            found("审计机关应当加强对专项资金的管理和使用情况的审计监督"),
            [pair("监督", "法规管制")]
        );
        assert_eq!(found("安排专项资金"), [pair("专项资金", "资金投入")]);
        // An occasion (在…过程中) in which the measure applies is none;
        // the cue outside it is read.
        assert!(found("在绿地建设和改造过程中，应选择小规格的苗木").is_empty());
        assert_eq!(found("推进绿地改造"), [pair("改造", "基础设施")]);
        // What a measure makes easy (为…提供便利) is none; a service system
        // set up (建立…服务系统) is a public service.
        assert_eq!(
            found("本市建立预付卡服务系统，为经营者备案、消费者查询等提供便利"),
            [pair("服务系统", "公共服务")]
        );
        assert!(found("运营单位登录管理服务系统完成备案")
            .iter()
            .all(|(c, _)| c != "服务系统"));
        // Items of a list that 等 closes before a noun of a field name the
        // fields a measure points to; a cue outside such a list is read.
        assert!(
            found("对油气管道、进口液化天然气接收和储运设施、供水等领域项目，应专项说明")
                .iter()
                .all(|(c, _)| c != "进口")
        );
        assert!(found(
            "支持民间资本更多投向工业设计、共性技术服务、检验检测、质量认证等生产性服务业领域"
        )
        .is_empty());
        assert_eq!(
            found("加强共性技术研发，建设检验检测平台"),
            [pair("共性技术", "技术支持"), pair("检验检测", "公共服务")]
        );
        // A field named by a cue before 领域 is no measure.
        assert!(found("发行基础设施领域不动产投资信托基金")
            .iter()
            .all(|(c, _)| c != "基础设施"));
        assert_eq!(found("加强基础设施建设"), [pair("基础设施", "基础设施")]);
        // Breeding of varieties is technical support.
        assert_eq!(found("开展品种选育工作"), [pair("品种选育", "技术支持")]);
        // A price named after a cue is a figure.
        assert!(found("优惠幅度不超过备案价格的30%").is_empty());
        // 并购买 is 并 and 购买: no merger.
        assert!(found("报废旧家电并购买新家电").is_empty());
        // The one qualified (的购房人) after a cue in its stretch: the cue
        // describes who, the measure follows.
        assert!(found("支持完成网签备案的购房人购买新家电").is_empty());
        // A rolling plan is planning.
        assert_eq!(
            found("项目优先列入三年滚动计划"),
            [pair("滚动计划", "目标规划")]
        );
    }

    #[test]
    fn an_article_stating_principles_deploys_nothing() {
        let text = "第一条 殡葬管理的方针是：积极地实行火葬，节约殡葬用地。\n第二条 县级人民政府应当安排专项资金。\n";
        assert_eq!(
            codes(text),
            [("supply".to_string(), "资金投入".to_string())]
        );
        let text = "第一条 殡葬管理应当节约殡葬用地。\n";
        assert_eq!(
            codes(text),
            [("supply".to_string(), "基础设施".to_string())]
        );
        // A penalty laid down by another text, which the article names,
        // deploys nothing of its own; the text's own penalty is read.
        let text = "第二十二条 经营者违反本规定有关明码标价规定的，由县级以上市场监督管理部门依照《中华人民共和国价格法》有关规定进行处罚。\n";
        assert_eq!(codes(text), []);
        let text = "第四十条 出口经营者违反许可规定的，由海关依照本法进行处罚。\n";
        assert_eq!(
            codes(text),
            [("environment".to_string(), "法规管制".to_string())]
        );
        // An article opening with a measure the text lays down (本条例规定的
        // 行政处罚) is about that measure, not the text: read when a cue ends
        // its subject; a cue inside a subject naming another thing is not.
        let text = "第二十七条 本条例规定的行政处罚，分别由民政、交通等部门按照市人民政府确定的执法分工实施。\n";
        assert_eq!(
            codes(text),
            [("environment".to_string(), "法规管制".to_string())]
        );
        let text = "第二十三条 本办法规定的财产登记、财产变更登记等有关文书格式，由国务院水行政主管部门统一制订。\n";
        assert_eq!(codes(text), []);
        // 依照其规定: a referral as 从其规定.
        let text = "第四十一条 本条例规定的行政处罚，按照相对集中行政处罚权的有关规定，应当由城市管理部门处罚的，依照其规定。\n";
        assert_eq!(codes(text), []);
        // A word of obligation alone after principles is no measure of the
        // article's own: the principles stand, no instrument.
        let text = "第四条 预付卡交易遵循平等、自愿、公平、诚信原则。\n\n消费者、经营者应当考虑预付卡的信用风险和法律风险，理性交易。\n";
        assert_eq!(codes(text), []);
        // A cue of a measure after them is read.
        let text = "第四条 预付卡交易遵循平等、自愿、公平、诚信原则。经营者应当按规定办理备案。\n";
        assert_eq!(
            codes(text),
            [("environment".to_string(), "法规管制".to_string())]
        );
    }

    #[test]
    fn bad_tables_name_the_line() {
        let cases = [
            ("a\tsupply\tx\na\tdemand\ty\n", "instrument table line 2: cue \"a\" already given on line 1"),
            ("# c\n\n\tsupply\tx\n", "instrument table line 3: empty cue or tool"),
            ("a\tsupply\tx\tz\n", "instrument table line 1: expected 3 tab-separated columns (cue, category, tool), found 4"),
        ];
        for (table, message) in cases {
            assert_eq!(
                Instruments::from_tsv(table).unwrap_err().to_string(),
                message
            );
        }
    }
}
