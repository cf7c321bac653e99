//! The one loader of the word tables in `core/src/data/`: tab-separated
//! rows, `#` comment lines, each column read into its type by `FromStr`.
//! An unknown value is an [`Error`] naming the file and the line; a bad row
//! is left out and reported, never turned into a default, so one bad row
//! never stops the others. The tests check that every table loads without
//! an error.

use crate::error::{Error, ErrorKind};
use crate::value::Currency;
use std::str::FromStr;
use std::sync::LazyLock;

/// One data row: the file it comes from, its line (1-based), its columns.
#[derive(Debug, Clone)]
pub(crate) struct Row<'a> {
    file: &'a str,
    line: usize,
    cols: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// The row's line in its file (1-based).
    pub(crate) fn line(&self) -> usize {
        self.line
    }

    /// The number of columns.
    pub(crate) fn len(&self) -> usize {
        self.cols.len()
    }

    /// An error about this row, naming file and line.
    pub(crate) fn error(&self, message: impl std::fmt::Display) -> Error {
        Error::new(
            ErrorKind::InvalidData,
            format!("{}:{}: {message}", self.file, self.line),
        )
    }

    /// Column `i` as written; an error when missing or empty.
    pub(crate) fn word(&self, i: usize) -> Result<&'a str, Error> {
        match self.cols.get(i).map(|w| w.trim()) {
            Some(w) if !w.is_empty() => Ok(w),
            _ => Err(self.error(format_args!("column {} is missing", i + 1))),
        }
    }

    /// Column `i` (trimmed), or `""` when the row is shorter.
    pub(crate) fn text(&self, i: usize) -> &'a str {
        self.cols.get(i).map_or("", |w| w.trim())
    }

    /// Column `i` parsed as `T`; an error naming the value when it is not one.
    pub(crate) fn get<T: FromStr>(&self, i: usize) -> Result<T, Error>
    where
        T::Err: std::fmt::Display,
    {
        let w = self.word(i)?;
        w.parse()
            .map_err(|e| self.error(format_args!("column {}: {e}", i + 1)))
    }
}

/// The rows of `src` (the text of `data/<file>`, or a table a user
/// supplies at run time, such as an instrument codebook). A line opened by
/// `#` is a comment, unless a tab follows the `#`: then `#` is the word of
/// a row (`#\theading_mark`).
pub(crate) fn rows<'a>(file: &'a str, src: &'a str) -> impl Iterator<Item = Row<'a>> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && (!l.starts_with('#') || l.starts_with("#\t")))
        .map(move |(i, l)| Row {
            file,
            line: i + 1,
            cols: l.split('\t').collect(),
        })
}

/// A table read row by row with `read`: the good rows, and an error for
/// each bad one.
#[derive(Debug)]
pub(crate) struct Table<T> {
    /// The rows that read.
    pub items: Vec<T>,
    /// One error per row that did not (read by the tests).
    #[cfg_attr(not(test), allow(dead_code))]
    pub errors: Vec<Error>,
}

impl<T> Table<T> {
    /// Reads every row of `src` with `read`.
    pub(crate) fn load(
        file: &'static str,
        src: &'static str,
        read: impl Fn(&Row<'static>) -> Result<T, Error>,
    ) -> Table<T> {
        let mut items = Vec::new();
        let mut errors = Vec::new();
        for row in rows(file, src) {
            match read(&row) {
                Ok(t) => items.push(t),
                Err(e) => errors.push(e),
            }
        }
        Table { items, errors }
    }
}

/// A table of one word a row (further columns are notes).
pub(crate) fn words(file: &'static str, src: &'static str) -> Table<&'static str> {
    Table::load(file, src, |r| r.word(0))
}

/// The words of a one-word-a-row table, longest first (stable), for callers
/// that take the first word that fits. Bad rows are left out, as `.items`
/// leaves them; each table's test reads the errors of [`words`].
pub(crate) fn words_longest_first(file: &'static str, src: &'static str) -> Vec<&'static str> {
    let mut v = words(file, src).items;
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
}

/// A set of words found in one pass over a text (an Aho-Corasick automaton,
/// leftmost-longest: of two words starting at the same place the longer
/// one), for the callers that strip every word of a list out of a string,
/// where one `str::replace` per word cost a pass over the string per word.
#[derive(Debug)]
pub(crate) struct WordSet {
    automaton: Option<aho_corasick::AhoCorasick>,
    words: Vec<&'static str>,
}

impl WordSet {
    /// The set of `words` (empty words left out).
    pub(crate) fn new(words: impl IntoIterator<Item = &'static str>) -> Self {
        let words: Vec<&'static str> = words.into_iter().filter(|w| !w.is_empty()).collect();
        let automaton = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&words)
            .ok();
        WordSet { automaton, words }
    }

    /// Whether any word of the set stands in `text` (one pass).
    pub(crate) fn found_in(&self, text: &str) -> bool {
        match &self.automaton {
            Some(ac) => ac.is_match(text),
            None => self.words.iter().any(|w| text.contains(w)),
        }
    }

    /// `text` with every word of the set taken out.
    pub(crate) fn remove_from(&self, text: &str) -> String {
        let Some(ac) = &self.automaton else {
            // The automaton is built from a few hundred short words and
            // cannot outgrow its limits; should it ever, one replace per word.
            return self
                .words
                .iter()
                .fold(text.to_string(), |s, w| s.replace(w, ""));
        };
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for m in ac.find_iter(text) {
            out.push_str(&text[last..m.start()]);
            last = m.end();
        }
        out.push_str(&text[last..]);
        out
    }
}

/// A table of `word<TAB>role` rows (`policy_*_words.tsv`), read by role.
#[derive(Debug)]
pub(crate) struct RoleWords<R> {
    rows: Vec<(&'static str, R)>,
}

impl<R: Copy + PartialEq> RoleWords<R> {
    /// The rows as read; `longest_first` sorts them by word length, longest
    /// first (stable), for callers that take the first word that fits.
    pub(crate) fn new(mut rows: Vec<(&'static str, R)>, longest_first: bool) -> Self {
        if longest_first {
            rows.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        RoleWords { rows }
    }

    /// Every row, in table order.
    pub(crate) fn rows(&self) -> impl Iterator<Item = &(&'static str, R)> + '_ {
        self.rows.iter()
    }

    /// The words of `role`, in table order.
    pub(crate) fn of(&self, role: R) -> impl Iterator<Item = &'static str> + '_ {
        self.rows
            .iter()
            .filter(move |(_, r)| *r == role)
            .map(|(w, _)| *w)
    }
}

/// Reads a `word<TAB>role` table.
pub(crate) fn word_roles<R: FromStr>(
    file: &'static str,
    src: &'static str,
) -> Table<(&'static str, R)>
where
    R::Err: std::fmt::Display,
{
    Table::load(file, src, |r| Ok((r.word(0)?, r.get(1)?)))
}

/// `data/currencies.tsv`: code, unit word.
static CURRENCIES: LazyLock<Table<(Currency, &'static str)>> = LazyLock::new(|| {
    Table::load("currencies.tsv", include_str!("data/currencies.tsv"), |r| {
        Ok((r.get(0)?, r.word(1)?))
    })
});

/// Every currency with its unit word.
pub(crate) fn currencies() -> impl Iterator<Item = (Currency, &'static str)> {
    CURRENCIES.items.iter().copied()
}

string_enum! {
    /// A word list of `numeric_words.tsv`, `facts_lists.tsv` or
    /// `marks.tsv`: the second column of a row.
    pub(crate) enum List {
        /// Characters after 成 that make another word (成为, 成立): no tenth.
        ChengWord => "cheng_word",
        /// The tenth after 半 that makes half a tenth, a percent of 5 (`半成`).
        HalfTenth => "half_tenth",
        /// Characters before 半 that make it 一半 or 过半, no half a tenth
        /// (`一半成为…`).
        HalfTenthNotAfter => "half_tenth_not_after",
        /// Nouns before 一期, 二期 that make it a phase (项目一期).
        PhaseHead => "phase_head",
        /// Characters before N期 that make it a count (分三期, 共两期).
        PeriodCountLead => "period_count_lead",
        /// Meeting words after 次 that make it an ordinal (四次全会).
        SessionWord => "session_word",
        /// A character after a measure word that makes another word (人才,
        /// 股东); the third column is the measure word.
        UnitWordStart => "unit_word_start",
        /// Characters after a count of 处 that make another word (处长); the
        /// third column is the unit they follow (处).
        ChuWord => "chu_word",
        /// Administrative units before N级 (县乡村三级).
        AdminLevel => "admin_level",
        /// Administrative levels read so only in a list of levels (`省地县`,
        /// `区、地(市)`), not closing a word (`土地二级市场`).
        ListedLevel => "listed_level",
        /// Words of a sentence about earthquakes: a figure followed by 级 in
        /// it is a magnitude, a count of 级 (`7.3级强震`).
        MagnitudeWord => "magnitude_word",
        /// Words of a sentence whose indicator counts things (`产量`, `客源`):
        /// a 级 class in it is a class of that count, a number
        /// (`汽车产量…上一个百万级台阶`), not money.
        LevelCountWord => "level_count_word",
        /// Words of a sentence about a points score: a figure followed by 分
        /// in it counts points, a count of 分 (`积分满100分`).
        ScoreWord => "score_word",
        /// Point words counted in a sentence about a score (`分`).
        ScoreUnit => "score_unit",
        /// Verbs of scoring right before a figure: with a point word after it
        /// the figure counts points in any sentence (`积50分`, `扣2分`).
        ScoreLead => "score_lead",
        /// Words of a text that scores (a rubric: 评分, 得分, 扣分, 加分 …):
        /// anywhere in it an Arabic figure followed by a point word counts
        /// points (`(30分)`, `5分/栋`), not after an hour.
        RubricWord => "rubric_word",
        /// A mark after a length of time that makes it the term of a noun
        /// (`一年期贷款`): a bound word before the length is not its own.
        TermMark => "term_mark",
        /// Marks that end a sentence (。！？), for the sentence lists above
        /// and the policy finders (which add the line break).
        SentenceEnd => "sentence_end",
        /// Words after half a unit of time that make it more than half
        /// (`半年多`).
        HalfMore => "half_more",
        /// Notes defining a suffix bound word (the key) as exclusive for the
        /// whole document (`以下不含本数`): that word then bounds less_than.
        ExclusiveNote => "exclusive_note",
        /// Duration words after 个多 (个多月); the third column is the unit.
        GeDuoUnit => "geduo_unit",
        /// Words between a figure and a [`List::GeDuoUnit`] word that make
        /// it more than the figure (两个多月).
        GeDuo => "ge_duo",
        /// Words between a figure and a [`List::GeDuoUnit`] word that add
        /// half a unit (一个半月).
        GeHalf => "ge_half",
        /// Words after which a number is a code, not a figure (代码, 编号).
        CodeWord => "code_word",
        /// Words after an article's rank opening a clause inside a line
        /// that cite it (`;第四条中`, `;第五条规定的`): a rank, no marker.
        CitedRankTail => "cited_rank_tail",
        /// Words of every opening a phrase of a rate (每年, 每公里) right
        /// before a figure: a bound word's reach steps over them.
        PerWord => "per_word",
        /// Labels of a name (简称, 名称) after which, past a colon, a bare
        /// number opens the name (`债券简称:16 世茂 G1`).
        NameLabel => "name_label",
        /// Words after a bare number that make it part of a name (大学, 热线).
        NameHead => "name_head",
        /// Words after a bare number that say "major" and are read with it
        /// when a noun follows (四大行动 → 四大).
        MajorWord => "major_word",
        /// Characters after a major word that make another word of it (大于).
        MajorGlue => "major_glue",
        /// A character after a bare Chinese numeral of two characters or more
        /// that names a school numbered in its town (`确保六十九中竣工`): no
        /// figure.
        SchoolShort => "school_short",
        /// Characters after a `SchoolShort` mark that make another word of
        /// it (中国, 中心, 中小).
        SchoolShortGlue => "school_short_glue",
        /// Bare magnitudes that name the size of a campaign or a group
        /// before a noun (百万青年).
        SizeWord => "size_word",
        /// Characters after a size word that make it an adverb (千万不要).
        SizeGlue => "size_glue",
        /// Words before a bare number that make it a telephone number.
        PhoneWord => "phone_word",
        /// A character before a bound word that glues it into another word
        /// (通过, 接近, 节约); the third column is the bound word.
        BoundGlue => "bound_glue",
        /// Characters before 负 that make a word with it (减负, 抱负).
        FuWordHead => "fu_word_head",
        /// Modal characters between 不 and a comparative (不得低于).
        Modal => "modal",
        /// Particles between a bound verb and its figure (超过了).
        VerbParticle => "verb_particle",
        /// Words after 约 that make a verb of converting, equating or totting
        /// up (约合, 约计, 约等于, 约相当于): 约 bounds the figure across them as
        /// across a particle.
        ApproxLink => "approx_link",
        /// Words that make a length of time after them a period (过去五年).
        PeriodWord => "period_word",
        /// A character before a period word that makes another word (提前,
        /// 接近); the third column is the period word.
        PeriodGlue => "period_glue",
        /// Characters right after a verb of change that make it a noun or a
        /// level (增长率, 提高到).
        NotAfterVerb => "not_after_verb",
        /// Words right after a verb of change that name its amount, as 额
        /// does (`净利润减少金额1.78亿元`, as 减少额): the verb is part of a noun.
        AmountAfterVerb => "amount_after_verb",
        /// Characters between a verb of change and its figure that break the link.
        ChangeBreak => "change_break",
        /// Words between a verb of change and its figure that make the verb
        /// a cut of emissions, a saving like 减排 and no change
        /// (`减少二氧化碳排放29万吨`).
        SavedObject => "saved_object",
        /// Nouns of a programme between a verb of change and its figure,
        /// nothing else between, that make the verb part of the programme's
        /// name (`步道提升工程100公里`): no change.
        ProgrammeHead => "programme_head",
        /// Characters before a verb of change that make it a policy noun (稳增长).
        SloganHead => "slogan_head",
        /// Joiners of a list of figures (、 和 及).
        Joiner => "joiner",
        /// Measure words 首 takes as an ordinal (首批, 首台).
        ShouMeasure => "shou_measure",
        /// Fixed words with 首 that are no ordinal (首位度).
        ShouTerm => "shou_term",
        /// A head morpheme that ends the noun after a count; the third
        /// column is the measure word (名 → 者 员 人 …).
        NounHead => "noun_head",
        /// Characters after 人 that make it part of another word (人才, 人口);
        /// the third column is the head they follow (人).
        NounRenWord => "noun_ren_word",
        /// Characters before 半年 that make it a part or a period (上半年, 近半年).
        HalfLead => "half_lead",
        /// Words of a running total after a bare 半年 that make it the
        /// half-year the total is summed over (半年累计完成…), a period.
        HalfTotal => "half_total",
        /// Characters after 半 that make it open a word (半导体).
        BanWord => "ban_word",
        /// Characters before 过半 that make 过 close a word (通过半年).
        GuoGlue => "guo_glue",
        /// Characters after 过半 that make 半 open a word of time (过半年).
        GuoBanTime => "guo_ban_time",
        /// Range connectors between two figures, longest first (`3至5`, `3-5`).
        RangeConnector => "range_connector",
        /// Characters before a bare number that make it a caption label (图1, 表2).
        CaptionLabel => "caption_label",
        /// Nouns of a quota right before 一 and a measure word: the count
        /// states how many (`服务名额一个`).
        OneQuota => "one_quota",
        /// Titles of a seat right before 一 and a [`List::SeatMeasure`]
        /// closing its clause: a quota of seats (`设主席一人，`), a count.
        SeatTitle => "seat_title",
        /// Measure words of people a quota of seats is counted in (人 名).
        SeatMeasure => "seat_measure",
        /// After N日 right after the words of an event: the days counted
        /// back from it (`口头审理３日前`), a length of time.
        DayBeforeTail => "day_before_tail",
        /// Words opening with a [`List::DayBeforeTail`] that are no
        /// "before" (`3日前往`: 前往, to go).
        DayBeforeNot => "day_before_not",
        /// Measure words that count only closing their phrase (翼: `形成
        /// 北京新的两翼，`); before an ideograph they name a part of a
        /// place (`中环两翼集聚带`), no count.
        PhraseFinalMeasure => "phrase_final_measure",
        /// Words of parity opening the noun after a count (`单数承办人员`):
        /// how many, no part of the thing counted.
        NounParityLead => "noun_parity_lead",
        /// Words of change that are nouns (增量): joined to another noun
        /// (`存量和增量两个关系`) they name a thing, no change.
        ChangeNoun => "change_noun",
        /// Verbs of contribution (拉动) that govern a figure across an object
        /// holding a noun with a verb of change in it
        /// (`拉动全县规上工业增加值增速2.4个百分点`).
        ContributionVerb => "contribution_verb",
        /// The colloquial percentage point after a figure (个点), read
        /// so in a sentence with a [`List::PointRateWord`].
        PointWord => "point_word",
        /// Words of a rate or a discount that make 个点 in their sentence
        /// percentage points (`1-3个点的折扣优惠`).
        PointRateWord => "point_rate_word",
        /// Localizers closing a noun run right before a verb that stops
        /// it (`三个环节上把好关` → 环节).
        NounLocalizerFinal => "noun_localizer_final",
        /// Words ending in a localizer of [`List::NounLocalizerFinal`]
        /// that are words of their own (集中, 高中): the localizer stays.
        NounLocalizerWord => "noun_localizer_word",
        /// The work done on the things counted (改造 装修 修缮 …) closing the noun
        /// run before its stop or the clause's end: out of the noun.
        NounWorkFinal => "noun_work_final",
        /// A verb of reckoning closing the noun run before the clause's
        /// end (`按照…5000套房屋装修测算，`): out of the noun, and the work
        /// before it too.
        NounReckonFinal => "noun_reckon_final",
        /// Words before a time of day written N点 (`上午9点`).
        ClockPointLead => "clock_point_lead",
        /// Measure words after a year without 年 that name an edition
        /// (`2022版`), no count.
        EditionMeasure => "edition_measure",
        /// Words that name no indicator on their own: a growth noun after
        /// them stays in the metric (`经济增速`).
        BareMetric => "bare_metric",
        /// Words opening a sentence that details the one before (其中): it
        /// keeps that sentence's time.
        Continuing => "continuing",
        /// Verbs of change outside the reference's list of SPEC 1.5 (增产,
        /// 涨, 下拉): no change on the entity, but a figure right after one
        /// is a change.
        OwnChangeVerb => "own_change_verb",
        /// Reporting verbs cut out of a metric (`第一产业实现增加值`, `第一产业完成增加值`).
        VerbInMetric => "verb_in_metric",
        /// The particle before a share verb that makes it a noun with the
        /// share noun after it (`东部地区所占比重`): that phrase is the metric.
        ShareParticle => "share_particle",
        /// The locative opening the frame of a share's whole between its part
        /// and the share particle (`轿车在国产汽车结构中所占的比例`).
        ShareFrameOpen => "share_frame_open",
        /// A word that opens a starting state before its date (`由2019年的A调整为B`).
        FromState => "from_state",
        /// Words after a starting state that open the new one (`…调整为B`).
        ToState => "to_state",
        /// The words joining the two ends of a range written with its unit
        /// twice (`1.32元/股至1.53元/股`).
        RangeJoiner => "range_joiner",
        /// A word opening a clause that names the base of a computation
        /// (`以2022年3月31日总股本…为基数`).
        BaseOpen => "base_open",
        /// Words closing that clause (`为基数`): its figures are actual and
        /// its time dates that clause only.
        BaseClose => "base_close",
        /// Copulas skipped before an opening subject (`其次为江苏`).
        SubjectCopula => "subject_copula",
        /// Characters that join several subjects or indicators (`和`, `与`).
        SubjectJoiner => "subject_joiner",
        /// Words of difference that end a comparison's basis (`比全国平均水平高`).
        DifferenceWord => "difference_word",
        /// Words of change before a ratio in a `|` table column's name
        /// (`变动比例%`): the column's figures are changes.
        RatioChange => "ratio_change",
        /// Separators of a list of metrics, longest first.
        MetricSeparator => "metric_separator",
        /// Indicator heads a list of items may write once, at its last item
        /// (`铁矿石、钢材产量` → `铁矿石产量`), longest first.
        SharedHead => "shared_head",
        /// A word that opens a statement of method before a metric
        /// (`按常住人口计算`): with a [`List::MethodClose`] word after it,
        /// the words up to that one are no part of the metric.
        MethodOpen => "method_open",
        /// A word that closes a statement of method (`计算`).
        MethodClose => "method_close",
        /// A word opening the source of a figure between its metric and
        /// the figure (`地区生产总值根据省统计局的修订结果预计完成`): with a
        /// [`List::SourceClose`] word after it, the metric ends before it.
        SourceOpen => "source_open",
        /// A noun closing such a source (`结果`, `数据`).
        SourceClose => "source_close",
        /// Words opening the rate of a rule in a figure's clause (`按1500元/人的标准发放`).
        StandardOpen => "standard_open",
        /// Words after such a figure in its clause that name it a rule's
        /// rate (`标准`): a rule parameter, `actual` even in a plan.
        StandardClose => "standard_close",
        /// Words closing a sentence that announces a list (`具体安排如下。`):
        /// when the items under it are tasks assigned to units, its figures
        /// are the plan's.
        Announce => "announce",
        /// Nouns of a list of the year's tasks for the people (`实事`,
        /// `民生实事`): a line closed by a sentence that ends with one
        /// (`…扎实办好“十件民生实事”。`) announces a plan, its items targets.
        PlanNoun => "plan_noun",
        /// Nouns of a list of goals or plans (`指标`, `安排`, `草案`): a sentence
        /// closed by a colon that names one for a year later than any the text
        /// named before (`提出了2021年…指标体系安排,具体为:`) leads a goal list.
        GoalListNoun => "goal_list_noun",
        /// Words of a review in such a lead (`完成情况`, `执行`, `以来`): the
        /// list reports results, no goals.
        ReviewLead => "review_lead",
        /// Goal nouns closing a figure's clause right after it (`…增长6.5%左右
        /// 目标`, `千亿级经济总量目标`): the figure is the goal's value.
        GoalValueNoun => "goal_value_noun",
        /// Words of a span of years to come (`今后`, `未来`): a sentence
        /// without figures that names one and closes with a goal noun
        /// (`我们对今后五年的发展提出了…具体目标。`) announces goals that the
        /// text after it spells out, targets.
        GoalSpan => "goal_span",
        /// Goal nouns closing such an announcement (`目标`).
        GoalClose => "goal_close",
        /// Words opening with 年 that name no indicator of a whole year
        /// (`年均`, `年末`, `年龄`): a metric opening with 年 otherwise
        /// (`年度工业产值`, `年产值`) is one, which a part of the year
        /// (`第四季度`) does not date.
        NotYearly => "not_yearly",
        /// The word opening a metric of a whole year (`年`, `年度工业产值`).
        YearlyOpen => "yearly_open",
        /// Marks of a finished action (`了`): a sentence announcing a list
        /// with one (`过去一年,我们办好了“十件实事”`) reports results.
        Perfective => "perfective",
        /// The word after a Chinese numeral that opens a numbered part
        /// (`一是`, `十是`): a line opening with one is an item of the list
        /// announced above it.
        ItemMark => "item_mark",
        /// Verbs of speech or report a headline is built on (`县长报告明年
        /// 目标`, `…报告提出…主要预期目标`): a short title holding one reports
        /// goals, it names none.
        HeadlineVerb => "headline_verb",
        /// Verbs of releasing a report or news (`披露`, `发布`): a day right
        /// before one, or a part of the day before (`8月21日晚间披露了半年报`),
        /// dates the release, no figure.
        ReleaseVerb => "release_verb",
        /// Marks closing a teaser's list of figures at a line's opening
        /// (`新增公共停车位1664个、……`): they repeat the news below.
        TeaserClose => "teaser_close",
        /// Verbs of cause inside a figure's words (`主机业务增长带动境内营收`):
        /// the metric is what follows the last one.
        CauseVerb => "cause_verb",
        /// Verbs of contribution opening a figure's words (`拉动全省投资增长
        /// 2.4个百分点`): the figure is the contribution of the indicator
        /// before, whose metric and subject it keeps.
        PullVerb => "pull_verb",
        /// Words opening a comparison that 相比 closes after its value
        /// (`与2020年…的106.36相比`).
        CompareOpen => "compare_open",
        /// The word right after a time that makes it the compared one
        /// (`与上年相比`).
        CompareCloseWord => "compare_close_word",
        /// Copulas before a time and 的 that make the time the compared one
        /// of a multiple (`是去年的1.9倍`).
        MultipleCopula => "multiple_copula",
        /// Words opening a comparison closed by a bare 比 right after a time
        /// (`与上年比`).
        BareCompareOpen => "bare_compare_open",
        /// 目标 after 为 (`以…为目标`): the clause's aim, no goal cue.
        CopulaGoal => "copula_goal",
        /// Commas that part names written as clauses of their own
        /// (`采矿业,制造业,电力…业分别下降…`).
        CommaMark => "comma_mark",
        /// The enumeration comma that parts the items of a list (`、`).
        EnumerationMark => "enumeration_mark",
        /// Prepositions that name a partner (`对东盟进出口`): partners
        /// before 分别 with no list leave the indicator after it.
        PartnerMark => "partner_mark",
        /// Verbs of a share (`占全省比重`, the traditional `佔`).
        ShareVerb => "share_verb",
        /// Marks that open a section heading (`■ 2024年成绩单`).
        HeadingMark => "heading_mark",
        /// Marks that open an item of a list (`●经济增长6%左右`): body
        /// text, never a heading.
        BulletMark => "bullet_mark",
        /// Characters after 第N that make it a document's number, no rank
        /// (`令第310号`).
        DiNumberTail => "di_number_tail",
        /// A mark between a figure and 以上/以下 that says the end is
        /// included (`6个月(含)以上`): in the span.
        InclusiveMark => "inclusive_mark",
        /// Words naming the figure itself inside an inclusive mark before a
        /// bound word (`10万元(含本数)以下`), as the figure written again.
        InclusiveSelf => "inclusive_self",
        /// A mark between a figure and a bound word that says the end is
        /// not included (`120平方米(不含)以上`): in the span, the bound strict
        /// (more_than, less_than).
        ExclusiveMark => "exclusive_mark",
        /// A bracketed "or equal" right after a strict comparative
        /// (`大于(等于)90m2`): the bound inclusive (at_least, at_most), the
        /// mark in the span.
        OrEqualMark => "or_equal_mark",
        /// A mark after a range's first end that says whether that end is
        /// included (`18个月(不含)—36个月`): in the range's span, before the
        /// connector.
        RangeEndMark => "range_end_mark",
        /// Words right before a figure that make a figure joined to it by
        /// 至/到 the start of a move (`从100%到50%`), so a larger first end
        /// opens no range.
        RangeFrom => "range_from",
        /// A word before a bare magnitude and a measure word that makes it
        /// the base of a ratio, a count (`每千名儿童` → 1000 名).
        PerBase => "per_base",
        /// A word before a count of places that makes it a top-N rank
        /// (`全国前10位`).
        TopRankLead => "top_rank_lead",
        /// The measure words of a place in a ranking (位, 名).
        TopRankMeasure => "top_rank_measure",
        /// A word after the figure of a top-N place that is no measure word
        /// and makes 前N a rank by itself (`前三甲`: the first three places).
        TopRankTail => "top_rank_tail",
        /// A character before a verb of change that makes its figure the
        /// step of a rule, no change (`每增加1岁减2分`).
        ChangeStepLead => "change_step_lead",
        /// Duration words that are a length of time only before a word
        /// such as 内 or 后 (`30日内`; `19日` alone is a date).
        DayCountWord => "day_count_word",
        /// Words before N日 (a verb particle may stand between) that make it
        /// a length of days, not a day of the month (`为期10日`, `逾期十日`).
        DaySpanLead => "day_span_lead",
        /// Localizers (中) that close a frame opened earlier in the clause
        /// by the key (在): at the end of a counted run before a clause
        /// mark, no part of the noun (`在…40个行业大类中，`).
        FrameClose => "frame_close",
        /// Noun heads after a stop verb of the counted noun that make the
        /// verb part of a compound (`实施方案`, `建设单位`): the noun goes on.
        CompoundHead => "compound_head",
        /// Measure words read only after Arabic digits (`全省11市`; `三区三线`
        /// is a fixed term).
        DigitMeasure => "digit_measure",
        /// Places that, counted before a rank (past a second place word and
        /// a verb that places it: `六县市排名第三`), are the peers the rank is
        /// among: no count.
        RankPeer => "rank_peer",
        /// Verbs of change that, before a count with its counted thing,
        /// upgrade the things (`提升300个社区助餐点`): no change.
        UpgradeVerb => "upgrade_verb",
        /// Verbs of change that change a rate only (`增速加快1.3个百分点`):
        /// before a figure of any other kind they speed up the work on the
        /// things (`加快6个重点项目建设`): no change.
        RateOnlyChange => "rate_only_change",
        /// Verbs of building right after a verb of upgrading, one compound
        /// with it (`提升建设全民健身步道100公里`): the figure measures the
        /// things built, no change of any kind.
        UpgradeWork => "upgrade_work",
        /// A character after a measure word (the key) that names a format
        /// with the figure (`3人制篮球场`, 人制): a term, no count; not when
        /// the character opens a verb with one of `FormatVerbTail`.
        FormatTerm => "format_term",
        /// Characters after a `FormatTerm` mark that make it a verb
        /// (`由3人制定`: 3人 counts).
        FormatVerbTail => "format_verb_tail",
        /// Modal adverbs of the future between a verb of change and a bound
        /// word of its figure (`年均增长将超过7%`): the change holds.
        ChangeModal => "change_modal",
        /// Verbs of carrying out work whose object, a verb of upgrading
        /// closing a noun (`实施…照明提升2万盏`), names the work: no change.
        WorkVerb => "work_verb",
        /// Nouns of a rate of change between a rate and a verb of change
        /// after it (`按8%增幅提高`).
        RateNoun => "rate_noun",
        /// Words before a bare magnitude and a unit that make it the unit
        /// of a table (`单位：万元`), no amount.
        UnitLabel => "unit_label",
        /// Verbs that place a rank (居, 排名, 保持): a bare 第一 after a noun
        /// at a clause end without one of them is a motto (`安全第一`).
        RankVerb => "rank_verb",
        /// Coal words before `N万吨` that make it tonnes of coal equivalent
        /// (`标煤1.53万吨`), longest first.
        CoalWord => "coal_word",
        /// Words after 二套/三套 that make it the second or third home, an
        /// ordinal (`二套住房`).
        HomeWord => "home_word",
        /// Modifiers of a home between 二套/三套 and the home word
        /// (`二套自住住房`, `二套普通商品住房`).
        HomeModifier => "home_modifier",
        /// Words right after a length of time after 近 that make it the
        /// window a record is kept over (`近6个月连续缴存`): 近 is "the
        /// last", no bound.
        WindowTail => "window_tail",
        /// Copulas before a lone zero in words closing its clause: the
        /// figure 0 (`数量为零。`).
        ZeroCopula => "zero_copula",
        /// Joiners of two short nouns counted together (`30个国家和地区`).
        NounPairJoiner => "noun_pair_joiner",
        /// Nouns that are the whole thing counted when they open the run
        /// after a count, never the head of a longer name (`从六个方面总结`,
        /// `13个方面项重点工作`: 方面).
        WholeNoun => "whole_noun",
        /// Words closing a conditional clause after the noun run, right
        /// before the clause ends (`取得两个以上地块时，`: 时 "when").
        NounClauseFinal => "noun_clause_final",
        /// Measure words of the order of a birth after a numeral: 二孩,
        /// 三胎 name the second or third child, an ordinal.
        BirthOrder => "birth_order",
        /// Words before a bare 百年 that make it a hundred years, an
        /// anniversary (`建党百年`).
        CenturyBefore => "century_before",
        /// Words after a bare 百年 that make it a hundred years, an
        /// anniversary or a centennial goal (`百年华诞`, `百年奋斗目标`).
        CenturyAfter => "century_after",
        /// A verb of founding that, with any one character after it right
        /// before a bare 百年, makes it an anniversary (`建校百年`, `建院百年`).
        FoundingVerb => "founding_verb",
        /// Words of a date right before a length of time that make it
        /// counted from that date: a bound word may stand before the date
        /// (`不得超过合同签订日期一年`).
        DateBase => "date_base",
        /// Units of time after 半 that make half of one a duration
        /// (`半年`, `半个月`); the key is the duration unit.
        HalfUnit => "half_unit",
        /// Characters after 半年 that make it a word, no length of time
        /// (`半年报`, `半年度`).
        HalfUnitWord => "half_unit_word",
        /// Words after a bare number that make it part of a name: a size
        /// naming a plant (`12英寸线`), a ranking (`世界500强`).
        NameTail => "name_tail",
        /// Suffixes of an agent's noun after a verb (申请人, 参与者): a
        /// noun stop word of a counted thing with one after it, closing
        /// the run, is part of the noun.
        AgentSuffix => "agent_suffix",
        /// Nouns of a graded thing after a count of the measure word of
        /// its grades (the key): `三类以上水质` names a water grade, no count.
        GradedNoun => "graded_noun",
        /// Comparatives that, with their object and no 的, state a
        /// difference, not a bound (`高于全省1.2个百分点`).
        PlainComparative => "plain_comparative",
        /// Words after a figure that give it in tenths, as a percent
        /// (`五成`, a discount `5折`); the key is the word's own list of
        /// characters after it that make another word (`成本`, `折合`).
        TenthWord => "tenth_word",
        /// Words of [`List::TenthWord`] read only after Arabic digits (a
        /// discount `5折`; `十折`, `一折` in words are no figure here).
        DigitTenth => "digit_tenth",
        /// Characters after 折 that make another word (折合, 折旧): no tenth.
        ZheWord => "zhe_word",
        /// A character before a one-character noun stop word that makes a
        /// word with it (高等, 中等): the noun goes on; the key is the stop.
        /// Keyed by a suffix bound word, a level before it (县级以上):
        /// the bound word is in the noun when the noun goes on after it.
        NounStopGlue => "noun_stop_glue",
        /// A word right before a noun stop word, keyed by the stop, that
        /// makes one noun with it (`消费价格`, the price of an activity, not
        /// the price of the things counted): the noun goes on.
        NounStopCompound => "noun_stop_compound",
        /// Indicators of the counted things (营业收入, 产值): inside the noun
        /// after a count they end it (`56家规上企业营业收入超亿元` → 规上企业).
        IndicatorWord => "indicator_word",
        /// Periods an indicator is summed over, written before it inside
        /// the noun after a count (`龙头企业年销售收入`): they end it with it.
        IndicatorLead => "indicator_lead",
        /// Indicators that end the noun after a count when a figure follows
        /// them right away (`7大类劳动密集型产品出口1401.9亿元` → 劳动密集型产品);
        /// elsewhere part of it (`3家进出口企业`).
        FigureIndicator => "figure_indicator",
        /// Words of direction in a tally after the things counted (升 降
        /// 平: `八大类商品四升三降一平`, four up, three down, one flat): two
        /// numerals or more each with one end the noun.
        TallyDirection => "tally_direction",
        /// A place character that makes the verb 通 ("reaching", the key)
        /// after it end the counted thing (`20户以上自然村通硬化路` → 自然村);
        /// elsewhere 通 is inside a noun (交通, 普通, 通道).
        NounStopAfterPlace => "noun_stop_after_place",
        /// Verbs of having or meeting that open a modifier clause after a
        /// count (`具有…的`, `符合…的`): the counted thing is after its 的.
        ClauseLead => "clause_lead",
        /// The particle that ends such a modifier clause (的).
        ClauseMark => "clause_mark",
        /// Copulas that, earlier in a clause closed by 一年, make it a year
        /// of a story (`是极为难忘的一年。`), no length of time.
        StoryCopula => "story_copula",
        /// The particle of a modifier between that copula and 一年 (的).
        StoryModifier => "story_modifier",
        /// Words right before a lone 一年 that make it the coming year of a
        /// story (`新一年`, `新的一年`), no length of time.
        NewYearLead => "new_year_lead",
        /// Characters before such a 新 that make it the end of a verb
        /// (`重新`, `更新`): then the 一年 is a length again.
        NewYearGlue => "new_year_glue",
        /// Words before a count that make it the place reached, an ordinal
        /// (`修至地面1层` → the first floor); the key is the measure word.
        ReachLead => "reach_lead",
        /// Words right after a count that make it the place reached, an
        /// ordinal (`完成主体1层结构封顶` → the structure capped at the first
        /// floor); the key is the measure word.
        ReachTail => "reach_tail",
        /// Words of a building's level written before a floor (`地上3层`,
        /// `室外一层`); the key is the measure word.
        FloorLevel => "floor_level",
        /// Words that place a thing on a floor when a [`List::FloorLevel`]
        /// word follows them, a bound word maybe between (`设置在室外一层`,
        /// `楼层不超过地上3层`): the floor is an ordinal; the key is the
        /// measure word.
        FloorLead => "floor_lead",
        /// Words that pair the figures of a list with the bases of a
        /// comparison one by one (`分别较A和B提高…`).
        Respectively => "respectively",
        /// Words that open the basis of a comparison (`较`, `比`).
        Comparator => "comparator",
        /// Marks of a period compared with after a comparator (`较上年度的`):
        /// a rate of change after its 的 is that period's, no change.
        ComparedPeriodMark => "compared_period_mark",
        /// Words after a figure that count quarters of an hour (`一刻钟`).
        QuarterHour => "quarter_hour",
        /// Words that open a note under a table (`注`).
        TableNote => "table_note",
        /// Words of percentage points that a table's note gives as the unit
        /// of its bracketed (cumulative) figures (`单位为百分点`).
        TablePoints => "table_points",
        /// Words that fill a table's cell that has no figure (`不适用`): an
        /// empty cell, as a dash alone.
        EmptyCell => "empty_cell",
        /// Measure words read only after 第, as a rank's unit (`第三代`); after
        /// a bare figure they make no count.
        DiMeasure => "di_measure",
        /// Words of a tier of a ranking after 第N (`全省第一方阵`, `第二梯队`):
        /// in the rank's span, no measure word.
        DiTier => "di_tier",
        /// Prepositions before a 全X scope that make it the place of an act,
        /// out of a rank's span (`在全国首次使用`: `首次`).
        ScopePlaceLead => "scope_place_lead",
        /// Before N日 with a [`List::DayReckonTail`] after it: the unit a
        /// rule counts in (`以1日计`), a length of time.
        DayReckonLead => "day_reckon_lead",
        /// After N日 with a [`List::DayReckonLead`] before it (计).
        DayReckonTail => "day_reckon_tail",
        /// Words of an alternative between two figures of different
        /// measures (`不得低于2年或者行驶里程50,000公里`): the bound before
        /// the first holds for the second, a short noun maybe between.
        AlternativeJoiner => "alternative_joiner",
        /// Marks after a basis word before the amount compared with
        /// (`较上年度之4,696.5百万港元及1,142.1百万港元分别减少`): the list
        /// after the comparator is of amounts, not of bases.
        ComparedAmountMark => "compared_amount_mark",
        /// Words after 半 that make it half of a group, a number (`半数以上`).
        HalfOf => "half_of",
        /// Numerals that only count, never number an edition (两: `两届`,
        /// `两次会议` are two terms, two meetings).
        CardinalOnly => "cardinal_only",
        /// The period word that, before `N个月内` and no year, names the
        /// months before an event (`申请前12个月内`), a length of time.
        BeforeWord => "before_word",
        /// Words right after 一 and a measure word that make it a count
        /// (`一人只能担任`).
        OneAfter => "one_after",
        /// Words right before 一 and a measure word naming a choice among
        /// things named before (`其中一项`, "one of them"): an article, not
        /// a count, unless a word of only limits it and it closes its clause.
        OneOfLead => "one_of_lead",
        /// Limits earlier in the clause that make 一 and a measure word a
        /// count (`每人限领一次`).
        OneLimit => "one_limit",
        /// Verbs of adjusting an amount right before 一 and a measure word:
        /// the amount adjusted, a count (`套数认定核减一套`).
        OneAdjust => "one_adjust",
        /// Words right before a rate that add it to a base rate named
        /// before them (`LPR加15个基点`): a bound word before the base
        /// bounds the sum, and so the spread.
        SpreadLead => "spread_lead",
        /// Marks of a numbered building or door in an address: digits glued
        /// after digits and such a mark are the next part of the address
        /// (`388号2幢1201室`), no figure.
        AddressMark => "address_mark",
        /// Words that end the name of a road (`谈家桥路`, `南京西街`): digits
        /// right after one, alone or in a list joined by 、, and closed by
        /// an [`List::AddressLane`] word are house or lane numbers.
        AddressRoad => "address_road",
        /// Words after the digits of a road that make them a house or lane
        /// number (`愚园路627弄`, `谈家桥路121、155弄`), no figure.
        AddressLane => "address_lane",
        /// Words that close an enumeration of nouns after a count's noun
        /// (`涉外法律、跨境金融、…等专业机构`): a list with none is a list of
        /// clauses, and the noun stands.
        EnumerationClose => "enumeration_close",
        /// Measure words of a frequency (次): with a word of every before
        /// them in the clause, 一 is a count (`每年度发放一次`).
        FrequencyMeasure => "frequency_measure",
        /// Words of every (每).
        EveryWord => "every_word",
        /// Words after a discount (折) that make one in Chinese numerals a
        /// figure (`五折优惠`).
        DiscountWord => "discount_word",
        /// Modals of "only" between a bound word and the verb of its figure,
        /// not counted in the bound's reach (`最多只能保留一套`).
        BoundFiller => "bound_filler",
        /// One-character verbs of change read right before a rate (`增 4.5%`,
        /// `再降0.5个百分点`); the key is the direction.
        BareChange => "bare_change",
        /// Characters before such a verb that make it another word (新增,
        /// 转增, 倍增): no change.
        BareChangeGlue => "bare_change_glue",
        /// The words of a month and a day after their number (月, 日): after
        /// a layout space (`1 月 30 日`) or a range (`4―6月`) still calendar.
        CalendarWord => "calendar_word",
        /// The month a lunar date's day follows (`正月十八`, `腊月二十三`);
        /// keyed `numeral`, a month's word after a numeral in words
        /// (`农历八月十五`): the day after it is no figure.
        LunarMonth => "lunar_month",
        /// Words of "each" that, right before a verb of report or change,
        /// pair a list before them with the figures as 分别 does
        /// (`城镇、乡村消费品零售额各为…和…`).
        EachRespectively => "each_respectively",
        /// Verbs of creation that open a counted thing, no body's name
        /// (`新增上市挂牌公司10家`): a name ending in a subject suffix
        /// (公司) that opens with one is no subject.
        CreationLead => "creation_lead",
        /// Verbs of work or change that name no indicator alone
        /// (`新开工400台`, `重点养护600公里`): words made only of them, of
        /// verbs of creation and of work done name the work, no indicator.
        BareWork => "bare_work",
        /// Verbs opening the clause that opens a sentence or a list item
        /// whose object names the project its figures are of
        /// (`七是实施背街小巷整治工程,完成治理20条`).
        WorkLead => "work_lead",
        /// A body's own level in a report of a larger one (`区本级`): alone
        /// before a figure, its subject and no indicator.
        BodyLevel => "body_level",
        /// The marker of the future (将) that, right after a subject or a
        /// word of a time to come (`山东将…`, `项目建成后将…`), makes the
        /// figures after it in the sentence a target.
        FutureMarker => "future_marker",
        /// Words of a time to come, or the speaker, before that marker.
        FutureLead => "future_lead",
        /// Words that refer back to goals set (`上述目标`): a sentence
        /// without figures holding one makes the rest of its paragraph
        /// the plan of those goals, targets.
        GoalReference => "goal_reference",
        /// Names of an announcement of expected results (业绩预告): no
        /// status cue in a sentence (the announcement named), a forecast
        /// word in a heading (`(二)业绩预告情况`).
        ForecastName => "forecast_name",
        /// The words between a bound figure and the count of the things it
        /// qualifies (`超过1亿元的有922家`): the figure a threshold, actual.
        TallyJoiner => "tally_joiner",
        /// The words between a bound figure and the share of the part it
        /// qualifies (`高于10万元的占80%`): the figure a threshold, actual.
        TallyShareJoiner => "tally_share_joiner",
        /// Verbs of yielding (产生, 带来): an amount right after one that
        /// qualifies a noun through 的 closing its clause (`产生约 5,000 万元的
        /// 投资收益`) measures that noun.
        YieldVerb => "yield_verb",
        /// Words of a heading that names a plan (`总体要求`, `政策取向`):
        /// the figures of its section are targets.
        PlanHeading => "plan_heading",
        /// The name of a table's row-number column opening its header line
        /// (`序号 工 作 任 务 牵头负责部门`).
        RowNumberHeader => "row_number_header",
        /// Words of a table's caption that names tasks or goals
        /// (`2016年《政府工作报告》量化指标任务分工`): its rows are targets.
        TaskCaption => "task_caption",
        /// Goal words of a cap (控制在): after a basis word of a change in
        /// their sentence (`…同比增长4.5%;城镇登记失业率控制在3%以内`) they
        /// report a cap held, no goal.
        CapWord => "cap_word",
        /// Nouns of a level compared with, right after a figure
        /// (`高于省、市7.5%平均水平`): no counted thing, the figure is the
        /// average of the indicator before.
        LevelNoun => "level_noun",
        /// Markers of the future that right before a verb of report or
        /// change mark a figure to come (`…年均增长将超过7%`): 将 as the
        /// object marker is followed by its object, never by such a verb.
        FutureBeforeVerb => "future_before_verb",
        /// Nouns of the parts of a scheme (指标, 任务): a count of them
        /// right before (`32项县域经济考核指标`, `十大重点工作任务`)
        /// describes the scheme, no goal.
        SchemeNoun => "scheme_noun",
        /// Measure words of tiers of government (级: `市、区两级`,
        /// `市县(市、区)两级`): a count of them names the levels that act,
        /// no figure of an indicator, actual whatever the sentence plans.
        TierMeasure => "tier_measure",
        /// Measure words of kinds (类: `等两类项目`, `八大类商品`): a count
        /// of them names the classes a list or an index is parted into, no
        /// goal, actual whatever the sentence plans.
        KindMeasure => "kind_measure",
        /// Words of a holding in a body (股权 权益 股份): a percent right
        /// before one (`66%股权`) is the part held, a share.
        HoldingWord => "holding_word",
        /// Goal words that, opening a list item after `;` in a sentence
        /// that reported a figure before (`…占年计划投资的72%;计划新开工项目
        /// 157项`), open the name of a class of the list's things, no goal.
        ItemClassGoal => "item_class_goal",
        /// Words of exceeding that, right before a goal noun and alone in
        /// the words of a figure (`新开工30项,超计划16项`), make the figure
        /// the difference from that goal: a change, reported.
        ExceedGoal => "exceed_goal",
        /// Words opening a paragraph that adds to the one before
        /// (`同时,城区建成区面积达到20平方公里` under a paragraph of goals):
        /// the goals go on.
        ParaContinuing => "para_continuing",
        /// Sign words of a result (盈利, 亏损): stripped from a metric's end
        /// as verbs of change, but when nothing else names the figure
        /// (`…中期业绩,盈利19.17亿元`) the word is its metric.
        ResultSign => "result_sign",
        /// Verbs of growth or decline: stripped from a metric's end with
        /// words after them (`年均增长要保持在11%`), they make the figure a
        /// rate of change.
        GrowthVerb => "growth_verb",
        /// Modals right before a verb stripped from a metric's end
        /// (`要保持在`, `应达到`): they go with it.
        VerbModal => "verb_modal",
        /// Rank verbs that rank an ordinal only with a scope between them
        /// (`成为广东第二个`, not `成为首批`).
        ScopedRankVerb => "scoped_rank_verb",
        /// Characters of a part written in tenths or halves (`三成`,
        /// `半数`): right before a noun, a share of that population.
        PartWord => "part_word",
        /// Verbs of use after a percent of a whole (`新增财力的70%用于民生`):
        /// the use is the share's metric.
        UseVerb => "use_verb",
        /// Verbs of recovering a past level (`恢复到2019年的92.3%`): the
        /// date after them is the basis of the ratio, no time.
        RecoveryVerb => "recovery_verb",
        /// Words opened by a marker of the future that are none (`要求`,
        /// `要素`).
        NotFutureMarker => "not_future_marker",
        /// Nouns that open a head shared by two listed items of unequal
        /// length (`钢铁和有色金属行业产能利用率`: 行业…): the head starts at
        /// the first one in the last item.
        SharedHeadStart => "shared_head_start",
        /// Nouns that, right after a verb of work done, make it part of an
        /// indicator's name (`研发经费投入强度`): no object of the verb.
        ActTail => "act_tail",
        /// Verbs closing a reporting clause (`记者从市商务局获悉`): the
        /// clause names the source of the news, no indicator.
        ReportingVerb => "reporting_verb",
        /// Words opening a reporting clause closed by a word of
        /// [`List::ReportingClose`] (`据市统计局介绍`).
        ReportingLead => "reporting_lead",
        /// Words closing a reporting clause opened by a word of
        /// [`List::ReportingLead`] (`据…介绍`).
        ReportingClose => "reporting_close",
        /// Words of a kind of place counted after a list of places
        /// (`东阳、义乌、永康三地`): the items are subjects.
        PlaceGroup => "place_group",
        /// Nouns of a milestone reached after a figure (`迈上3000亿元台阶`):
        /// no counted thing.
        Milestone => "milestone",
        /// Words after a figure that make it a quarter or a season of a
        /// calendar (`一季度`; 季 covers 季度). `三个季度` is a count of 个.
        QuarterWord => "quarter_word",
        /// Words after a figure that make it a time of day (`9时`, `30秒`).
        ClockWord => "clock_word",
        /// Parts of the day before an hour written with 点 (`下午4点`): a
        /// time of day, no figure.
        DayPart => "day_part",
        /// Characters after N点 that make it a time of day (`9点半`, `3点整`).
        ClockPointTail => "clock_point_tail",
        /// Characters after a code word and before its digits (`编号为`).
        CodeLink => "code_link",
        /// The name head that a list of hotline numbers may reach across
        /// other ideographs (`12345政务服务热线`).
        Hotline => "hotline",
        /// Characters that join or close a list of numbers before its name
        /// head (`110、120、12345等热线`): no part of the name.
        NumberListLink => "number_list_link",
        /// Words after 第N that make it part of a fixed word, no rank
        /// (`第一季度`, `第二产业`).
        DiFixed => "di_fixed",
        /// Heads of such a fixed word that a list shares (`第二、三产业`).
        DiSharedHead => "di_shared_head",
        /// Count words that after 第N are no measure word (`第三方`).
        DiNotMeasure => "di_not_measure",
        /// Characters after 第N at the start of a sentence that make it an
        /// outline marker (`第十七条`, `第二章`), no rank.
        OutlineMarker => "outline_marker",
        /// A character after a suffix bound word that makes another word
        /// with it (`上下游`); the key is the bound word.
        BoundTailGlue => "bound_tail_glue",
        /// Suffix bound words read after a paragraph break or an inclusive
        /// mark too (`6个月(含)以上`), not only right after the figure.
        BoundReach => "bound_reach",
        /// Measure words of counts that take no `noun` (`县乡两级`: what
        /// follows is what the levels run, not things counted).
        NounlessMeasure => "nounless_measure",
        /// Bodies after 一届 that make it the first term of that body
        /// (`一届人大`); elsewhere 一届 is an article.
        EditionBody => "edition_body",
        /// Period words after which one year is a length of time, no
        /// period (`近1年`: the last twelve months).
        OneYearLength => "one_year_length",
        /// Units of time after a slash that make a quantity a rate per
        /// time (`35蒸吨/小时`); a bound word after them binds the
        /// quantity, outside its span (`35蒸吨/小时及以下`).
        PerTime => "per_time",
        /// Characters right before a comparison word that make it a basis
        /// of a period, no comparison (`同比`, `环比`).
        BasisMark => "basis_mark",
        /// Verbs of a ratio: a share verb's sentence with one is a ratio,
        /// no share (`相当于…的比例`).
        RatioVerb => "ratio_verb",
        /// Verbs before a length of time that make it the means of a goal,
        /// another time frame (`利用3-5年时间`, `用三年时间`).
        MeansVerb => "means_verb",
        /// Characters after 千 that make it the prefix of a unit (`千米`,
        /// `千克`, `千瓦`): no magnitude; the third column is the magnitude (千).
        KiloUnit => "kilo_unit",
        /// A magnitude with 分 after it that opens a percent or a permille
        /// (`百分之`, `百分点`, `千分之`): after an Arabic number it is no
        /// magnitude of that number.
        PerMagnitude => "per_magnitude",
        /// Words of "only" or "at least" earlier in a clause that make 一
        /// and a measure word a count (`只能享受一次`, `至少一名`).
        OnlyWord => "only_word",
        /// A character after a duration unit that makes a word with it
        /// (`周期`, `年度`): no length of time; the key is the unit word.
        DurationGlue => "duration_glue",
        /// Marks that end a clause in the numeric recogniser (`，`, `。`,
        /// `、`, brackets, quotes, 《》; `marks.tsv`): a change verb or a
        /// basis never reaches across one. Line breaks are the code's.
        ClauseEnd => "clause_end",
        /// Characters after a number that may go on into a date (`年`, `月`,
        /// a range or date separator): the date recogniser's cheap test
        /// before the full parse. Blanks are the code's.
        DateFollower => "date_follower",
        /// Clause separators inside a sentence, for the policy finders
        /// (`，`, `；`, `：`, full-width or not).
        ClauseSeparator => "clause_separator",
        /// Marks trimmed from the edges of an indicator's words besides
        /// blanks (commas, quotes, brackets, colons, semicolons, dashes, `·`).
        EdgeMark => "edge_mark",
        /// A colon, full-width or not.
        Colon => "colon",
        /// Opening brackets of any style (`（`, `〔`, `【`, `《`).
        OpenBracket => "open_bracket",
        /// Closing brackets of any style (`）`, `〕`, `】`, `》`).
        CloseBracket => "close_bracket",
        /// Opening quotation marks around a plan's name, in the order they
        /// are tried; the key is the closing mark each expects (`“十四五”`).
        QuotePair => "quote_pair",
        /// Marks a title line never holds (the end of a sentence or a
        /// clause).
        TitleStop => "title_stop",
        /// Marks a heading line never holds: those of a title and the
        /// bracket of a document number (`〔2024〕`).
        HeadingStop => "heading_stop",
        /// Opening quotation marks around a rank named in quotes (`“二孩”`).
        OpenQuote => "open_quote",
        /// Their closing marks.
        CloseQuote => "close_quote",
        /// Opening brackets around a document number's year (`〔2024〕`).
        YearBracketOpen => "year_bracket_open",
        /// Their closing brackets.
        YearBracketClose => "year_bracket_close",
        /// Marks after which a number opens a line, as an outline number
        /// does (`。`, `；`, `：`); line breaks are the code's.
        LineOpener => "line_opener",
        /// Nouns of people whose number a bare figure with 万 or 亿 gives
        /// in their clause (`从业人员超过5200万`): no money with 元 left out.
        PeopleNoun => "people_noun",
        /// Heads closing the name of an estate, a park or a building that a
        /// door's number opens (`10号某某工业园3栋`): the digits after it
        /// number a part of the address.
        AddressEstate => "address_estate",
        /// The marks that open a Markdown heading line (`## 第一章 总则`):
        /// after one to six of them and a blank the line's text begins.
        MarkdownHeading => "markdown_heading",
        /// The words of a bracketed note that make it hold for what comes
        /// after too (`(澳门元,下同)`: the currency of later amounts).
        SameBelow => "same_below",
        /// Heads of an enterprise's name that, a few characters after 第N,
        /// make it a name, no rank (`第一重型机械集团公司`).
        DiEnterpriseHead => "di_enterprise_head",
        /// Characters that, opening the words after 第N or inside them,
        /// keep a rank (`第一大公司`, `第一的公司`).
        DiEnterpriseNotFirst => "di_enterprise_not_first",
        /// Characters before 一年 that make it the year before or after
        /// (`上一年同期`, `下一年`), no length of time.
        AdjacentYearLead => "adjacent_year_lead",
        /// Characters before those that make them another word (以上, 之下).
        AdjacentYearNotAfter => "adjacent_year_not_after",
        /// Words right before 一 and a measure word that make 一 "the
        /// same" (`同一套住房`): no count.
        SameLead => "same_lead",
        /// Words after 年 of 上一年/下一年 that make 一年 a length of time
        /// (`原则上一年内`: within a year).
        AdjacentYearNotBefore => "adjacent_year_not_before",
        /// The words of a line that holds a page's number and count and
        /// nothing else (`第 2 页 共 10 页`); the first row is the page word.
        PageLineWord => "page_line_word",
        /// Round opening brackets, full-width or not (`（`, `(`).
        OpenParen => "open_paren",
        /// Round closing brackets, full-width or not (`）`, `)`).
        CloseParen => "close_paren",
        /// Full-width marks that end a sentence (`。`, `！`, `？`); line
        /// breaks are the code's.
        WideSentenceEnd => "wide_sentence_end",
        /// Commas, full-width or not.
        Comma => "comma",
        /// Semicolons, full-width or not.
        Semicolon => "semicolon",
        /// Commas and semicolons, full-width or not.
        CommaOrSemicolon => "comma_or_semicolon",
        /// Marks that end the look back for a bound word (a clause or list
        /// mark); line breaks are the code's.
        BoundStop => "bound_stop",
        /// Marks that open a nested part a list's separators do not split
        /// (round brackets, `“`, `《`).
        NestOpen => "nest_open",
        /// Marks that close it.
        NestClose => "nest_close",
        /// The full stop and the semicolons, full-width or not.
        StopOrSemicolon => "stop_or_semicolon",
        /// Characters after a number or a unit that make it "more than" it
        /// (`30多`, `十余`).
        MoreMark => "more_mark",
        /// Brackets that open a document number's year or sequence
        /// (`〔2024〕`, `（2024）`, `【2024】`).
        DocNumberOpen => "doc_number_open",
        /// Their closing brackets.
        DocNumberClose => "doc_number_close",
        /// Numerals of a month or a day in a signature's date (一 to 十).
        SignatureNumeral => "signature_numeral",
        /// Numerals of a year in a signature's date (〇 零 一 to 九).
        YearNumeral => "year_numeral",
        /// Vague numerals before a magnitude (`几十`, `数百`, `上千`); the
        /// key is `more` (more than the magnitude) or `about` (about it,
        /// never before ten).
        VagueNumeral => "vague_numeral",
        /// The words that open the idiom of a countless number before its
        /// magnitude (`数以万计`: 数以).
        CountlessOpen => "countless_open",
        /// The words that close it after the magnitude (计).
        CountlessClose => "countless_close",
        /// Tails of a slogan after a numeral (`五位一体`: 位一体); the 一
        /// inside one is no figure either.
        SloganTail => "slogan_tail",
        /// The word after an hour that makes it a time of day in its
        /// context (`9点半`, `上午9点`, `7点至9点`).
        ClockPoint => "clock_point",
        /// The word after a number that makes it minutes of a time of day
        /// unless a ratio, a unit, points or money read it (`8点10分`).
        ClockMinute => "clock_minute",
        /// The particle between a base and a percent of it (`职工月收入的60%`):
        /// a bound word may stand far before the base.
        BaseParticle => "base_particle",
        /// Measure words of a home: 二/三 before one and a
        /// [`List::HomeWord`] number the home (`二套住房`), no count.
        HomeMeasure => "home_measure",
        /// A character before 半 that makes it more than half (`过半`).
        OverHalf => "over_half",
        /// The classifier that opens a percentage point's unit
        /// (`个百分点`): written alone after the first figure of a list
        /// (`2.6个、2.5个百分点`), the start of the unit written later.
        PointClassifier => "point_classifier",
        /// Characters after an [`List::OnlyWord`] that make it "merely"
        /// (`只是`): no limit of a number.
        OnlyMerely => "only_merely",
        /// Particles skipped between a verb of change and its object or
        /// figure (`提高了5%`).
        ChangeParticle => "change_particle",
        /// Joiners between two figures of change that share the bases of
        /// the first (`分别较A和B提高0.1和1.2个百分点`); blanks are the code's.
        ChangeJoiner => "change_joiner",
        /// Characters before a Chinese numeral that glue it into another
        /// word (`第三`, `周一`, `每三年`): no time expression starts at it.
        TimeNumeralGlue => "time_numeral_glue",
        /// The characters of a title's bracket of years besides the digits
        /// (`（2025—2027年）`, `（2025至2027年）`): no form word.
        TitleYearSpan => "title_year_span",
        /// Marks before a day alone that open its clause (`。7日`, `，15日`):
        /// the day may be a date; line breaks are the code's.
        DayClauseStart => "day_clause_start",
        /// The Chinese digits one to nine, with the financial capitals and
        /// the old forms (`壹`, `弌`); the key is the digit's value.
        NumeralDigit => "numeral_digit",
        /// The characters of zero (`零`, `〇`, the circle `○` typed for it).
        NumeralZero => "numeral_zero",
        /// The small magnitudes (`十`, `百`, `千` and their capitals); the key
        /// is the power of ten.
        SmallMagnitude => "small_magnitude",
        /// The large magnitudes (`万`, `亿`, traditional too); the key is the
        /// power of ten.
        LargeMagnitude => "large_magnitude",
        /// The forms of 两, a two that counts (`两三家`: a vague pair).
        Liang => "liang",
        /// The decimal point of a numeral written in characters (`十二点五`).
        NumeralPoint => "numeral_point",
        /// The financial capitals: alone in running text they are words
        /// (`登陆`, `拾起`), no figure.
        FinancialCapital => "financial_capital",
        /// Characters besides the numerals and digits at which a figure may
        /// start (`第三`, `首批`, `几十`, `数百`, `上百`, `半年`).
        FigureStarter => "figure_starter",
        /// Magnitudes written inside a noun or before another figure
        /// (`百万青年`, `千亿级`).
        NounMagnitude => "noun_magnitude",
        /// Characters at which a time expression may open (besides ASCII
        /// digits and `"`): digits, numerals, relative words (`今`, `去`,
        /// `近`), `第`, `年`, `元`, opening quotes (`“十四五”`).
        TimeStarter => "time_starter",
        /// Full-width marks that end a clause or a sentence (`，`, `。`,
        /// `；`, `！`, `？`): a pair of brackets never reaches across one.
        WideClauseStop => "wide_clause_stop",
        /// Marks after a bare number at the start of a line that make it an
        /// outline number (`1.`, `一、`, `1)`).
        OutlineMark => "outline_mark",
        /// Dots of a decimal or a dotted number, full-width or not.
        Dot => "dot",
        /// Commas that set off thousands between Arabic digits (`1,300`;
        /// the small comma U+FE50 of Hong Kong pages: `26﹐000`).
        ThousandsComma => "thousands_comma",
        /// Marks between the numbers of a list of numbers (`、`, `，`, `-`,
        /// `/`); blanks are the code's.
        NumberListMark => "number_list_mark",
        /// Characters after a discourse enumerator at a sentence's start
        /// (`第一，`, `第一是`).
        EnumeratorFollower => "enumerator_follower",
        /// Minus signs (`-`, `－`, `−`).
        MinusSign => "minus_sign",
        /// Dashes between the ends of a range of Arabic figures (`3-5`).
        Dash => "dash",
        /// Slashes, full-width or not (`1/3`, `人/平方公里`).
        Slash => "slash",
        /// Percent and permille signs (`%`, `％`, `‰`).
        PercentSign => "percent_sign",
        /// Characters after `N/M` that make it a date, no fraction
        /// (`6/1/2024`, `3/5日`).
        SlashDate => "slash_date",
        /// Parts of a yuan after 元 (`50元6角3分`); the key is the power of
        /// ten below the yuan (角 毛 1, 分 2).
        YuanPart => "yuan_part",
        /// Characters after 分 that make another word (`分钟`, `分之`): no
        /// hundredth of a yuan.
        FenWord => "fen_word",
        /// Words of a sentence about an amount of money (税额, 金额): a
        /// figure followed by a part of a yuan (`List::YuanPart`) alone in
        /// it is money (`税额不足1角`, `尾数满5分`).
        MoneyWord => "money_word",
        /// Characters right after a part of a yuan that make it money in
        /// any sentence (`2分钱`, `五毛钱`); they stay out of the span.
        MoneyTail => "money_tail",
        /// A currency's sub-unit written without its country (仙 for the
        /// Hong Kong cent); the key is the unit row it stands for (港仙).
        /// Money after an Arabic figure only next to a [`List::CentLead`]
        /// word or an amount of money with a magnitude in its sentence.
        CentAlone => "cent_alone",
        /// Words of a sum per share or of a dividend (每股, 股息, 派息)
        /// that make a bare cent ([`List::CentAlone`]) after them money.
        CentLead => "cent_lead",
        /// Marks inside a run of numeral characters before a digit (`1,000`,
        /// `3.5`, `三点五`).
        NumeralRunLink => "numeral_run_link",
        /// Vague last digits (`十几`, `一百零几万`): more than the figure.
        VagueDigit => "vague_digit",
        /// A magnitude of 10^12 written between an Arabic integer and a
        /// part with 亿 or 万 (`3兆1,326亿元`, Taiwan usage); alone it is
        /// the prefix of a unit (`兆瓦`).
        TrillionWord => "trillion_word",
        /// Digits of an outline or framework label besides the numerals
        /// (`零`, `〇`, `双`); the key is the value.
        LabelDigit => "label_digit",
        /// Marks after a Chinese count of 期 that make it a phase
        /// (`（一期）`, `一期、二期`), no count.
        PhaseClose => "phase_close",
        /// Marks a look back from a verb of effect for its lead (`自…起`)
        /// stops at, and `自` itself; line breaks are the code's.
        EffectiveLeadStop => "effective_lead_stop",
        /// Marks after 实施 or 执行 that end its clause; line breaks are the
        /// code's.
        EffectiveClauseEnd => "effective_clause_end",
        /// Marks that end a sentence of an effective-date clause; line
        /// breaks are the code's.
        EffectiveSentenceEnd => "effective_sentence_end",
        /// Dashes around a page number a PDF conversion left in the text
        /// (`-1-`, `— 2 —`).
        PageDash => "page_dash",
        /// Dashes opening the lines of a list under a line ending in a
        /// colon (`目标：` then `—到2025年…`): the target's reach goes on
        /// over them.
        ItemDash => "item_dash",
        /// Dashes between a framework label and the members it names
        /// (`“三大行动”——创新行动、…`), in the order they are tried (the
        /// double dash first).
        LabelDash => "label_dash",
        /// Marks no signing body's line holds.
        SignatureStop => "signature_stop",
        /// Brackets no signing body's line opens with.
        SignatureOpen => "signature_open",
        /// Marks that end the reach of an open `《` in the titles finder.
        TitleSpanStop => "title_span_stop",
        /// Closing brackets after which an outline marker may open a part.
        OutlineClose => "outline_close",
        /// Brackets whose contents may name the units of a responsible
        /// clause.
        UnitBracketOpen => "unit_bracket_open",
        /// Marks no framework label holds (spaces are the code's).
        LabelStop => "label_stop",
        /// Marks a framework list's lead looks back to; line breaks and
        /// `》` are the code's.
        FrameworkLeadStop => "framework_lead_stop",
        /// Marks that end the sentence of a reference, and `《`; line breaks
        /// are the code's.
        ReferenceSentenceEnd => "reference_sentence_end",
        /// Quotes an alias opens with; the key is the closing quote.
        AliasQuote => "alias_quote",
        /// Characters at which a recent period opens (`过去五年`, `近两年`).
        TimeRecentLead => "time_recent_lead",
        /// Characters at which a relative year word opens (`今年`, `次年`).
        TimeYearWordLead => "time_year_word_lead",
        /// The word minus before a figure (`负5`), traditional too.
        MinusWord => "minus_word",
        /// Numerals that, heading two runs of a framework label, make a
        /// distributive slogan (`一企一技术`, `万人助万企`).
        LabelTwinNumeral => "label_twin_numeral",
        /// Magnitudes after a digit used as a word in a framework label
        /// (`六百工程`).
        LabelWordMagnitude => "label_word_magnitude",
        /// Marks between a framework label and its list lead that part
        /// them; line breaks are the code's.
        FrameworkWindowStop => "framework_window_stop",
        /// Marks no bracketed name of a responsible unit holds.
        UnitNameStop => "unit_name_stop",
        /// Marks no byline's bracket of names holds.
        BylineStop => "byline_stop",
    }
    error: ErrorKind::InvalidData, "word list"
}

/// The files of [`List`]s, each `word <TAB> list [<TAB> key]`.
const LIST_FILES: &[(&str, &str)] = &[
    ("numeric_words.tsv", include_str!("data/numeric_words.tsv")),
    ("facts_lists.tsv", include_str!("data/facts_lists.tsv")),
    ("marks.tsv", include_str!("data/marks.tsv")),
];

/// The rows of every list file.
fn list_table(file: &'static str, src: &'static str) -> Table<(&'static str, List, &'static str)> {
    Table::load(file, src, |r| Ok((r.word(0)?, r.get(1)?, r.text(2))))
}

/// Every list, indexed by `List as usize`: its `(word, key)` rows in file
/// order, its words, and its words of one character (alone and with their
/// key: a character compares faster than a word).
struct Lists {
    rows: Vec<Vec<(&'static str, &'static str)>>,
    words: Vec<Vec<&'static str>>,
    chars: Vec<Vec<char>>,
    keyed_chars: Vec<Vec<(char, &'static str)>>,
    /// The one-character words as a 4096-bit filter on the code point's low
    /// twelve bits: a quick "no" before the list is walked.
    char_bits: Vec<[u64; 64]>,
    /// The first three and the last three bytes of the words: a quick "no"
    /// before any string comparison. Indexed by the first (last) byte, one
    /// bit of 64 for the next two bytes ([`pair_bit`]), every bit for a
    /// word shorter than three bytes. The first byte alone lets every Han
    /// character through (they share six lead bytes).
    first_bytes: Vec<[u64; 256]>,
    last_bytes: Vec<[u64; 256]>,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let n = List::ALL.len();
    let mut l = Lists {
        rows: vec![Vec::new(); n],
        words: vec![Vec::new(); n],
        chars: vec![Vec::new(); n],
        keyed_chars: vec![Vec::new(); n],
        char_bits: vec![[0; 64]; n],
        first_bytes: vec![[0; 256]; n],
        last_bytes: vec![[0; 256]; n],
    };
    for (file, src) in LIST_FILES {
        for (w, list, key) in list_table(file, src).items {
            let i = list as usize;
            l.rows[i].push((w, key));
            l.words[i].push(w);
            let b = w.as_bytes();
            let n = b.len();
            let (first, last) = if n >= 3 {
                (
                    pair_bit(Some((b[1], b[2]))),
                    pair_bit(Some((b[n - 2], b[n - 3]))),
                )
            } else {
                (pair_bit(None), pair_bit(None))
            };
            l.first_bytes[i][usize::from(b[0])] |= first;
            l.last_bytes[i][usize::from(b[b.len() - 1])] |= last;
            let mut cs = w.chars();
            if let (Some(c), None) = (cs.next(), cs.next()) {
                l.chars[i].push(c);
                l.keyed_chars[i].push((c, key));
                let k = char_filter_bit(c);
                l.char_bits[i][k >> 6] |= 1 << (k & 63);
            }
        }
    }
    l
});

/// The words of `list`, in file order.
pub(crate) fn list(list: List) -> &'static [&'static str] {
    &LISTS.words[list as usize]
}

/// The `(word, key)` rows of `list`, in file order.
pub(crate) fn keyed(list: List) -> &'static [(&'static str, &'static str)] {
    &LISTS.rows[list as usize]
}

/// The one-character words of `list`, in file order.
pub(crate) fn chars(list: List) -> &'static [char] {
    &LISTS.chars[list as usize]
}

/// True when the one-character word `c` is in `list`.
///
/// The filter's bit test is inlined at every call (the grammar asks this of
/// one character at a time in its hot loops, where the call's entry and
/// exit cost more than the test); the walk of the list, on a hit only, is
/// not.
#[inline(always)]
pub(crate) fn has_char(list: List, c: char) -> bool {
    let l = &*LISTS;
    may_have_char(l, list, c) && in_chars(l, list, c)
}

/// The walk of [`has_char`] after its filter passed.
#[inline(never)]
fn in_chars(l: &Lists, list: List, c: char) -> bool {
    l.chars[list as usize].contains(&c)
}

/// The bit of `c` in `Lists::char_bits`.
#[inline]
fn char_filter_bit(c: char) -> usize {
    (u32::from(c) & 0xFFF) as usize
}

/// False when no one-character word of `list` is `c`.
#[inline]
fn may_have_char(l: &Lists, list: List, c: char) -> bool {
    let k = char_filter_bit(c);
    l.char_bits[list as usize][k >> 6] >> (k & 63) & 1 == 1
}

/// `text` starts with `word`, compared byte by byte: the words are a few
/// bytes long and mostly differ early, where a call to `memcmp` costs more
/// than the comparison. (A word is whole characters, so a match also ends
/// on a character boundary.)
#[inline]
pub(crate) fn starts_with(text: &str, word: &str) -> bool {
    bytes_start_with(text.as_bytes(), word.as_bytes())
}

/// [`starts_with`] on bytes.
#[inline]
pub(crate) fn bytes_start_with(t: &[u8], w: &[u8]) -> bool {
    t.len() >= w.len() && t.iter().zip(w).all(|(a, b)| a == b)
}

/// `text` ends with `word`, compared byte by byte from the end (see
/// [`starts_with`]).
#[inline]
pub(crate) fn ends_with(text: &str, word: &str) -> bool {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    t.len() >= w.len() && t.iter().rev().zip(w.iter().rev()).all(|(a, b)| a == b)
}

/// The bit of a word's second and third bytes (its second and third to
/// last) in `Lists::first_bytes` (`last_bytes`); `None` (a word or a text
/// shorter than three bytes) stands for every bit. Both bytes count: a
/// character of three bytes shares its first two with 63 others (`，` and
/// `－`).
fn pair_bit(b: Option<(u8, u8)>) -> u64 {
    b.map_or(u64::MAX, |(x, y)| 1u64 << ((x.wrapping_mul(5) ^ y) & 63))
}

/// The first word of `list` (in file order) that `text` starts with.
///
/// The filter is inlined at the call (most calls end on it: no word of the
/// list starts with these bytes); the walk of the list, on a hit only, is
/// not.
#[inline(always)]
pub(crate) fn prefix_in(list: List, text: &str) -> Option<&'static str> {
    let l = &*LISTS;
    let b = text.as_bytes();
    let next_two = (b.len() >= 3).then(|| (b[1], b[2]));
    if l.first_bytes[list as usize][usize::from(*b.first()?)] & pair_bit(next_two) == 0 {
        return None;
    }
    prefix_walk(l, list, text)
}

/// The walk of [`prefix_in`] after its filter passed.
#[inline(never)]
fn prefix_walk(l: &Lists, list: List, text: &str) -> Option<&'static str> {
    l.words[list as usize]
        .iter()
        .find(|w| starts_with(text, w))
        .copied()
}

/// The first word of `list` (in file order) that `text` ends with
/// (filtered at the call as [`prefix_in`]).
#[inline(always)]
pub(crate) fn suffix_in(list: List, text: &str) -> Option<&'static str> {
    let l = &*LISTS;
    let b = text.as_bytes();
    let n = b.len();
    let before_last = (n >= 3).then(|| (b[n - 2], b[n - 3]));
    if l.last_bytes[list as usize][usize::from(*b.last()?)] & pair_bit(before_last) == 0 {
        return None;
    }
    suffix_walk(l, list, text)
}

/// The walk of [`suffix_in`] after its filter passed.
#[inline(never)]
fn suffix_walk(l: &Lists, list: List, text: &str) -> Option<&'static str> {
    l.words[list as usize]
        .iter()
        .find(|w| ends_with(text, w))
        .copied()
}

/// True when `c` is in `list` under `key`.
pub(crate) fn has_keyed_char(list: List, key: &str, c: char) -> bool {
    let l = &*LISTS;
    may_have_char(l, list, c)
        && l.keyed_chars[list as usize]
            .iter()
            .any(|(x, k)| *x == c && *k == key)
}

/// The load errors of every table, for the tests.
#[cfg(test)]
pub(crate) fn all_errors() -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    all.extend(CURRENCIES.errors.iter().map(ToString::to_string));
    for (file, src) in LIST_FILES {
        all.extend(list_table(file, src).errors.iter().map(ToString::to_string));
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_set_strips_every_word_longest_first() {
        let set = WordSet::new(["山东", "山东省", "济南", ""]);
        // 山东省 before 山东 where both start; every occurrence; the rest kept.
        assert_eq!(set.remove_from("山东省济南市三区山东两园"), "市三区两园");
        assert_eq!(set.remove_from("无名"), "无名");
        assert_eq!(set.remove_from(""), "");
    }

    #[test]
    fn a_hash_before_a_tab_is_a_word_not_a_comment() {
        let src = "# a comment\n#\tmark\n#no tab: a comment too\nword\trole\n";
        let words: Vec<_> = rows("t.tsv", src).map(|r| (r.line(), r.text(0))).collect();
        assert_eq!(words, vec![(2, "#"), (4, "word")]);
        assert!(has_char(List::HeadingMark, '#'));
    }

    #[test]
    fn every_table_loads_without_an_error() {
        assert_eq!(all_errors(), Vec::<String>::new());
        // The one-word lists of the policy finders (their typed tables are
        // checked next to their readers).
        for (file, src) in [
            (
                "policy_doc_types.tsv",
                include_str!("data/policy_doc_types.tsv"),
            ),
            (
                "policy_member_leads.tsv",
                include_str!("data/policy_member_leads.tsv"),
            ),
            (
                "policy_not_frameworks.tsv",
                include_str!("data/policy_not_frameworks.tsv"),
            ),
            (
                "policy_self_references.tsv",
                include_str!("data/policy_self_references.tsv"),
            ),
            (
                "policy_linking_verbs.tsv",
                include_str!("data/policy_linking_verbs.tsv"),
            ),
            (
                "policy_permissions.tsv",
                include_str!("data/policy_permissions.tsv"),
            ),
        ] {
            let t = words(file, src);
            assert!(t.errors.is_empty() && !t.items.is_empty(), "{file}");
        }
    }

    #[test]
    fn every_list_is_filled_once_and_found() {
        let mut seen = std::collections::HashSet::new();
        for (file, src) in LIST_FILES {
            for (w, l, k) in list_table(file, src).items {
                assert!(seen.insert((w, l, k)), "{file}: duplicate {w} {l} {k}");
                assert!(list(l).contains(&w) && keyed(l).contains(&(w, k)));
                let found = prefix_in(l, &format!("{w}x")).is_some_and(|p| w.starts_with(p))
                    && suffix_in(l, &format!("x{w}")).is_some_and(|p| w.ends_with(p));
                assert!(found, "{w} {l}");
                let mut cs = w.chars();
                if let (Some(c), None) = (cs.next(), cs.next()) {
                    assert!(has_char(l, c) && has_keyed_char(l, k, c), "{w} {l}");
                }
            }
        }
        for l in List::ALL {
            assert!(!list(*l).is_empty(), "{l} has no row");
        }
    }

    #[test]
    fn an_unknown_value_names_file_line_and_value() {
        let t: Table<(Currency, &str)> =
            Table::load("x.tsv", "# comment\nCNY\t元\nXYZ\t元\nUSD\n", |r| {
                Ok((r.get(0)?, r.word(1)?))
            });
        assert_eq!(t.items, [(Currency::Cny, "元")]);
        let msgs: Vec<String> = t.errors.iter().map(ToString::to_string).collect();
        assert_eq!(msgs.len(), 2);
        assert!(
            msgs[0].contains("x.tsv:3") && msgs[0].contains("\"XYZ\""),
            "{}",
            msgs[0]
        );
        assert!(
            msgs[1].contains("x.tsv:4") && msgs[1].contains("column 2"),
            "{}",
            msgs[1]
        );
        assert_eq!(t.errors[0].kind(), ErrorKind::InvalidData);
    }
}
