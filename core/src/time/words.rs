//! The word lists of the time grammar, from `data/time_words.tsv`: range
//! separators, the words after an unquoted plan name, and the characters
//! that make 年 or 前 part of another word.

use std::sync::LazyLock;

string_enum! {
    /// What a row of `time_words.tsv` is.
    enum Class {
        /// Between the two ends of a range.
        RangeSeparator => "range_separator",
        /// Between the last two bare years of a list whose last year has
        /// 年, as 、 between the others (`2010与2015年`).
        YearListJoiner => "year_list_joiner",
        /// After which an unquoted plan name counts.
        PlanFollower => "plan_follower",
        /// A character after 年 that makes another word.
        NianCompound => "nian_compound",
        /// A character before 前 that makes another word.
        QianCompound => "qian_compound",
        /// A word after which a day alone is a date.
        DayLead => "day_lead",
        /// A word after a day alone that makes it a date (`7日在…开幕`).
        DayTail => "day_tail",
        /// A day named relative to the news (今天, 昨天): a day alone in
        /// brackets right after it is its date (`昨天(1日)印发`).
        NewsDay => "news_day",
        /// A word after `N日` that makes it a length of time.
        DaySpanTail => "day_span_tail",
        /// A character before 近 that makes another word (接近).
        JinCompound => "jin_compound",
        /// A character after `2000-2010` that makes it an amount.
        AmountAfter => "amount_after",
        /// A word after a past year word (上年, 去年) that makes it no date:
        /// a basis (上年同期) or the generic previous year (上年度).
        PastYearTail => "past_year_tail",
        /// After a past year word: the same period of that year (同期), no
        /// date only in a comparison.
        SamePeriod => "same_period",
        /// Before a past year word and [`Class::SamePeriod`]: a comparison
        /// (`高于去年同期`).
        ComparedLead => "compared_lead",
        /// After a past year word and [`Class::SamePeriod`]: the compared
        /// period's value (`上年同期为`).
        ComparedTail => "compared_tail",
        /// After a past year word and [`Class::SamePeriod`]: the compared
        /// period only before a figure (`去年同期的6.58亿元`; in
        /// `去年同期的净利润基数较高` the year is a date).
        ComparedValueTail => "compared_value_tail",
        /// Before a past year word, 的 and a figure: the start of a change
        /// from that year's value (`由去年的4.19亿元`), a basis, no date.
        FromLead => "from_lead",
        /// A word closed by a character of a year word's `not_after`
        /// column that leaves the year word standing (`截至今年10月底`: 至
        /// of 截至, no 至今).
        YearWordLead => "year_word_lead",
        /// A word after any relative year word that makes it part of a
        /// name (`本年度报告`: this annual report).
        YearWordTail => "year_word_tail",
        /// A relative year word a note on a statistical method uses for any
        /// year (本年, 上年: `为保证本年数据与上年可比`).
        MethodYear => "method_year",
        /// A word of the comparability of figures (可比, 口径): a sentence
        /// with one is a note on method, its [`Class::MethodYear`] no date.
        MethodWord => "method_word",
        /// After a year's 年: the end of that year (`2025年末`).
        YearEndSuffix => "year_end_suffix",
        /// After a year's 年, in the span with no point (`2022年初`).
        YearSuffix => "year_suffix",
        /// After the second year of a range of years, in the span
        /// (`2023—2024年度`).
        RangeYearSuffix => "range_year_suffix",
        /// After a part of a year, in the span (`二季度以来`).
        PartSuffix => "part_suffix",
        /// After 近/过去: the last half year (`近半年`).
        HalfYear => "half_year",
        /// After a month: the end of that month (`11月底`).
        MonthEndSuffix => "month_end_suffix",
        /// After a month, in the span with no point (`10月以来`).
        MonthSuffix => "month_suffix",
        /// A word opening with a suffix of a year or a month that is no
        /// suffix (`2020年初步建成`: 初步, preliminary).
        SuffixWord => "suffix_word",
        /// The words after a day's number (`15日`, `15号`).
        DayWord => "day_word",
        /// The word ending the long form of a plan (`第十四个五年规划`).
        PlanKind => "plan_kind",
        /// After a year's 年 and digits: a document's serial number
        /// (`一九八〇年223号文件`), no date.
        SerialMark => "serial_mark",
        /// Between a year's 年 and a serial number ending in 号 (`公告2024年第3号`).
        SerialLead => "serial_lead",
        /// After 前N个月 without a year: within the N months before an
        /// event (`申请前12个月内`), a length of time.
        WithinTail => "within_tail",
        /// A half of a year named on its own: the first (`上半年`).
        FirstHalf => "first_half",
        /// A half of a year named on its own: the second (`下半年`).
        SecondHalf => "second_half",
        /// After 前N: quarters (`前三季度`, `前两个季度`), longest first.
        QuarterCount => "quarter_count",
        /// A word that reads like a date or a period but names the year or
        /// quarter of a rule, no date (`本年度`, `上一季度`).
        NotDate => "not_date",
        /// In place of a year's 年: a fiscal year (`2021财年`, `2021财政年度`).
        FiscalYear => "fiscal_year",
        /// A negation after `近N年` in its clause that makes the years the
        /// window of a record (`近3年未发生违法事件`): a length of time.
        RecordNegation => "record_negation",
        /// A character right after `近N年` that keeps it a period whatever
        /// follows (来: `近两年来`).
        RecordStop => "record_stop",
        /// After a bare four-digit year: a word of the whole year that
        /// makes it the year (`2022全年`), the word out of the span.
        BareYearTail => "bare_year_tail",
        /// A character that, like 前, opens the first N months of a year
        /// (首5个月, Hong Kong and Macao usage); without a year before it
        /// only where a clause opens (`上市首3个月` counts from an event).
        FirstMonthsLead => "first_months_lead",
        /// Before a count of months or quarters from the start of a year
        /// (`前11个月`, `前三季度`).
        MonthsLead => "months_lead",
        /// After 前N: months, in file order (`前11个月`, `前4月`).
        MonthCount => "month_count",
        /// After a quarter's number (`一季度`, `第二季度`).
        Quarter => "quarter",
        /// After a year ending in 0 and its 年: a decade (`1990年代`).
        Decade => "decade",
        /// Opening the last N years, completed (`过去五年`).
        RecentPast => "recent_past",
        /// After a [`Class::RecentPast`] word, in the span (`过去的五年`).
        RecentParticle => "recent_particle",
        /// Opening the last few years, two at least (`这两年`).
        RecentFew => "recent_few",
        /// Opening the last N years, two at least (`近两年`), unless a
        /// [`Class::JinCompound`] character is before it.
        RecentNear => "recent_near",
        /// After a date or a plan period: since then, in the span
        /// (`5月1日以来`, `“十四五”以来`).
        Since => "since",
        /// After a month's 月, in the span (`3月份`, `1—3月份`).
        MonthPart => "month_part",
        /// After 第N in the long form of a plan: the plan's count and its
        /// length, ending in 五年 (`第十四个五年规划`).
        PlanCount => "plan_count",
    }
    error: crate::ErrorKind::InvalidData, "time word class"
}

/// The rows as written.
fn table() -> crate::lexicon::Table<(&'static str, Class)> {
    crate::lexicon::Table::load(
        "time_words.tsv",
        include_str!("../data/time_words.tsv"),
        |r| Ok((r.word(0)?, r.get(1)?)),
    )
}

/// The lists, each in file order.
pub(super) struct Words {
    /// Range separators, longest first.
    pub separators: Vec<&'static str>,
    /// A filter over the separators' first two bytes: bit `second & 63` of
    /// the entry of the first byte (every bit for a one-byte separator).
    /// A clear bit means no separator starts there.
    pub separator_pairs: [u64; 256],
    /// Words joining the last two bare years of a list (`2010与2015年`).
    pub year_list_joiners: Vec<&'static str>,
    /// Words after an unquoted plan name.
    pub plan_followers: Vec<&'static str>,
    /// Characters after 年 that make another word.
    pub nian_compound: Vec<char>,
    /// Characters before 前 that make another word.
    pub qian_compound: Vec<char>,
    /// Words after which a day alone is a date.
    pub day_leads: Vec<&'static str>,
    /// Days named relative to the news, before a day in brackets.
    pub news_days: Vec<&'static str>,
    /// Words after a day alone that make it a date.
    pub day_tails: Vec<&'static str>,
    /// Words after `N日` that make it a length of time.
    pub day_span_tails: Vec<&'static str>,
    /// Characters before 近 that make another word.
    pub jin_compound: Vec<char>,
    /// Characters after a year range that make it an amount.
    pub amount_after: Vec<char>,
    /// Words after 上年/去年 that make it no date.
    pub past_year_tails: Vec<&'static str>,
    /// After 上年/去年: the same period (同期).
    pub same_periods: Vec<&'static str>,
    /// Before a past year word and 同期: a comparison.
    pub compared_leads: Vec<&'static str>,
    /// After a past year word and 同期: the compared period's value.
    pub compared_tails: Vec<&'static str>,
    /// After a past year word and 同期: the compared period before a figure.
    pub compared_value_tails: Vec<&'static str>,
    /// Before a past year word, 的 and a figure: a change from its value.
    pub from_leads: Vec<&'static str>,
    /// Words before a relative year word that leave it standing (截至).
    pub year_word_leads: Vec<&'static str>,
    /// Words after any relative year word that make it no date.
    pub year_word_tails: Vec<&'static str>,
    /// Relative year words of a note on method (本年, 上年).
    pub method_years: Vec<&'static str>,
    /// Words that make a sentence a note on method (可比, 口径).
    pub method_words: Vec<&'static str>,
    /// Words that are no date where they start (`本年度`, `上一季度`).
    pub not_dates: Vec<&'static str>,
    /// After a year's 年: its end, in file order.
    pub year_end_suffixes: Vec<&'static str>,
    /// After a year's 年: in the span, in file order.
    pub year_suffixes: Vec<&'static str>,
    /// After the second year of a range: in the span.
    pub range_year_suffixes: Vec<&'static str>,
    /// After a part of a year: in the span.
    pub part_suffixes: Vec<&'static str>,
    /// After 近/过去: the last half year.
    pub half_years: Vec<&'static str>,
    /// After a month: its end.
    pub month_end_suffixes: Vec<&'static str>,
    /// After a month: in the span.
    pub month_suffixes: Vec<&'static str>,
    /// Words opening with a year's or a month's suffix that are no suffix.
    pub suffix_words: Vec<&'static str>,
    /// After a day's number (日, 号), in file order.
    pub day_words: Vec<&'static str>,
    /// The words ending a plan's long form.
    pub plan_kinds: Vec<&'static str>,
    /// The marks of a document's serial number after a year (号).
    pub serial_marks: Vec<&'static str>,
    /// Words before the digits of a serial number after a year (第), with a
    /// bare 号 after the digits.
    pub serial_leads: Vec<&'static str>,
    /// Words after 前N个月 that make it a length of time (内).
    pub within_tails: Vec<&'static str>,
    /// The words of the first half of a year (上半年).
    pub first_halves: Vec<&'static str>,
    /// The words of the second half of a year (下半年).
    pub second_halves: Vec<&'static str>,
    /// After 前N: the words of quarters, in file order (个季度 before 季度).
    pub quarter_counts: Vec<&'static str>,
    /// In place of a year's 年: a fiscal year (财年), longest first.
    pub fiscal_years: Vec<&'static str>,
    /// Negations that make 近N年 the window of a record.
    pub record_negations: Vec<char>,
    /// Characters right after 近N年 that keep it a period (来).
    pub record_stops: Vec<char>,
    /// Words after a bare four-digit year that make it a date (全年).
    pub bare_year_tails: Vec<&'static str>,
    /// Characters that open the first N months of a year like 前 (首).
    pub first_months_leads: Vec<char>,
    /// Before N months or quarters from the start of a year (前).
    pub months_leads: Vec<&'static str>,
    /// After 前N: the words of months, in file order (个月 before 月).
    pub month_counts: Vec<&'static str>,
    /// After a quarter's number (季度).
    pub quarters: Vec<&'static str>,
    /// After a round year's 年: a decade (代).
    pub decades: Vec<&'static str>,
    /// Opening the last N years, completed (过去).
    pub recent_pasts: Vec<&'static str>,
    /// After 过去, in the span (的).
    pub recent_particles: Vec<&'static str>,
    /// Opening the last few years (这).
    pub recent_fews: Vec<&'static str>,
    /// Opening the last N years (近).
    pub recent_nears: Vec<&'static str>,
    /// After a date or a plan period: since then (以来).
    pub sinces: Vec<&'static str>,
    /// After a month's 月 (份).
    pub month_parts: Vec<&'static str>,
    /// After 第N in a plan's long form (个五年).
    pub plan_counts: Vec<&'static str>,
}

/// The lists of `data/time_words.tsv`.
pub(super) static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut w = Words {
        separators: Vec::new(),
        separator_pairs: [0; 256],
        year_list_joiners: Vec::new(),
        plan_followers: Vec::new(),
        nian_compound: Vec::new(),
        qian_compound: Vec::new(),
        day_leads: Vec::new(),
        news_days: Vec::new(),
        day_tails: Vec::new(),
        day_span_tails: Vec::new(),
        jin_compound: Vec::new(),
        amount_after: Vec::new(),
        past_year_tails: Vec::new(),
        same_periods: Vec::new(),
        compared_leads: Vec::new(),
        compared_tails: Vec::new(),
        compared_value_tails: Vec::new(),
        from_leads: Vec::new(),
        year_word_leads: Vec::new(),
        year_word_tails: Vec::new(),
        method_years: Vec::new(),
        method_words: Vec::new(),
        not_dates: Vec::new(),
        year_end_suffixes: Vec::new(),
        year_suffixes: Vec::new(),
        range_year_suffixes: Vec::new(),
        part_suffixes: Vec::new(),
        half_years: Vec::new(),
        month_end_suffixes: Vec::new(),
        month_suffixes: Vec::new(),
        suffix_words: Vec::new(),
        day_words: Vec::new(),
        plan_kinds: Vec::new(),
        serial_marks: Vec::new(),
        serial_leads: Vec::new(),
        within_tails: Vec::new(),
        first_halves: Vec::new(),
        second_halves: Vec::new(),
        quarter_counts: Vec::new(),
        fiscal_years: Vec::new(),
        record_negations: Vec::new(),
        record_stops: Vec::new(),
        bare_year_tails: Vec::new(),
        first_months_leads: Vec::new(),
        months_leads: Vec::new(),
        month_counts: Vec::new(),
        quarters: Vec::new(),
        decades: Vec::new(),
        recent_pasts: Vec::new(),
        recent_particles: Vec::new(),
        recent_fews: Vec::new(),
        recent_nears: Vec::new(),
        sinces: Vec::new(),
        month_parts: Vec::new(),
        plan_counts: Vec::new(),
    };
    for (word, class) in table().items {
        match class {
            Class::RangeSeparator => w.separators.push(word),
            Class::YearListJoiner => w.year_list_joiners.push(word),
            Class::PlanFollower => w.plan_followers.push(word),
            Class::NianCompound => w.nian_compound.extend(word.chars()),
            Class::QianCompound => w.qian_compound.extend(word.chars()),
            Class::DayLead => w.day_leads.push(word),
            Class::NewsDay => w.news_days.push(word),
            Class::DayTail => w.day_tails.push(word),
            Class::DaySpanTail => w.day_span_tails.push(word),
            Class::JinCompound => w.jin_compound.extend(word.chars()),
            Class::AmountAfter => w.amount_after.extend(word.chars()),
            Class::PastYearTail => w.past_year_tails.push(word),
            Class::SamePeriod => w.same_periods.push(word),
            Class::ComparedLead => w.compared_leads.push(word),
            Class::ComparedTail => w.compared_tails.push(word),
            Class::ComparedValueTail => w.compared_value_tails.push(word),
            Class::FromLead => w.from_leads.push(word),
            Class::YearWordLead => w.year_word_leads.push(word),
            Class::YearWordTail => w.year_word_tails.push(word),
            Class::MethodYear => w.method_years.push(word),
            Class::MethodWord => w.method_words.push(word),
            Class::NotDate => w.not_dates.push(word),
            Class::YearEndSuffix => w.year_end_suffixes.push(word),
            Class::YearSuffix => w.year_suffixes.push(word),
            Class::RangeYearSuffix => w.range_year_suffixes.push(word),
            Class::PartSuffix => w.part_suffixes.push(word),
            Class::HalfYear => w.half_years.push(word),
            Class::MonthEndSuffix => w.month_end_suffixes.push(word),
            Class::MonthSuffix => w.month_suffixes.push(word),
            Class::SuffixWord => w.suffix_words.push(word),
            Class::DayWord => w.day_words.push(word),
            Class::PlanKind => w.plan_kinds.push(word),
            Class::SerialMark => w.serial_marks.push(word),
            Class::SerialLead => w.serial_leads.push(word),
            Class::WithinTail => w.within_tails.push(word),
            Class::FirstHalf => w.first_halves.push(word),
            Class::SecondHalf => w.second_halves.push(word),
            Class::QuarterCount => w.quarter_counts.push(word),
            Class::FiscalYear => w.fiscal_years.push(word),
            Class::RecordNegation => w.record_negations.extend(word.chars()),
            Class::RecordStop => w.record_stops.extend(word.chars()),
            Class::BareYearTail => w.bare_year_tails.push(word),
            Class::FirstMonthsLead => w.first_months_leads.extend(word.chars()),
            Class::MonthsLead => w.months_leads.push(word),
            Class::MonthCount => w.month_counts.push(word),
            Class::Quarter => w.quarters.push(word),
            Class::Decade => w.decades.push(word),
            Class::RecentPast => w.recent_pasts.push(word),
            Class::RecentParticle => w.recent_particles.push(word),
            Class::RecentFew => w.recent_fews.push(word),
            Class::RecentNear => w.recent_nears.push(word),
            Class::Since => w.sinces.push(word),
            Class::MonthPart => w.month_parts.push(word),
            Class::PlanCount => w.plan_counts.push(word),
        }
    }
    // A stable sort: equal lengths keep the file's order.
    w.separators.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for s in &w.separators {
        if let [first, rest @ ..] = s.as_bytes() {
            w.separator_pairs[usize::from(*first)] |=
                rest.first().map_or(u64::MAX, |&b| 1 << (b & 63));
        }
    }
    w.fiscal_years.sort_by_key(|s| std::cmp::Reverse(s.len()));
    w
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads_without_an_error_or_a_duplicate() {
        let t = table();
        let errors: Vec<String> = t.errors.iter().map(ToString::to_string).collect();
        assert_eq!(errors, Vec::<String>::new());
        let mut seen = std::collections::HashSet::new();
        for (w, c) in &t.items {
            assert!(seen.insert((*w, *c)), "duplicate {w} {c}");
            // `parse` reads no word at a digit, nor at a point after the
            // first number of a date (only `2024.5.28` goes on there).
            assert!(
                !w.starts_with(|c: char| c == '.' || c.is_ascii_digit()),
                "{w} {c}"
            );
        }
        // Longest first: 开始至 before 起至 and ——, those before 至.
        assert!(WORDS.separators.starts_with(&["开始至"]) && WORDS.separators.contains(&"至"));
        assert!(WORDS
            .separators
            .windows(2)
            .all(|w| w[0].len() >= w[1].len()));
        assert_eq!(WORDS.plan_followers, ["时期", "规划", "期间"]);
        // The words of a rule each, in file order where the first that
        // fits is taken (个月 before 月: 前11个月 keeps its 个).
        assert_eq!(WORDS.month_counts, ["个月", "月"]);
        assert_eq!(
            (WORDS.months_leads.as_slice(), WORDS.quarters.as_slice()),
            (&["前"][..], &["季度"][..])
        );
        assert_eq!(WORDS.decades, ["代"]);
        // The plan's length is the 五年 each row ends with.
        assert_eq!(WORDS.plan_counts, ["个五年"]);
        assert_eq!(
            (
                WORDS.recent_pasts.as_slice(),
                WORDS.recent_particles.as_slice()
            ),
            (&["过去"][..], &["的"][..])
        );
        assert_eq!(
            (WORDS.recent_fews.as_slice(), WORDS.recent_nears.as_slice()),
            (&["这"][..], &["近"][..])
        );
        assert_eq!(
            (WORDS.sinces.as_slice(), WORDS.month_parts.as_slice()),
            (&["以来"][..], &["份"][..])
        );
        assert!(WORDS.nian_compound.contains(&'轻') && WORDS.qian_compound.contains(&'提'));
        // Every class has rows, and every row is in its list.
        for class in Class::ALL {
            assert!(
                t.items.iter().any(|(_, c)| c == class),
                "{class} has no row"
            );
        }
        for (w, c) in &t.items {
            let ch = |v: &[char]| w.chars().all(|x| v.contains(&x));
            let found = match c {
                Class::RangeSeparator => WORDS.separators.contains(w),
                Class::YearListJoiner => WORDS.year_list_joiners.contains(w),
                Class::PlanFollower => WORDS.plan_followers.contains(w),
                Class::NianCompound => ch(&WORDS.nian_compound),
                Class::QianCompound => ch(&WORDS.qian_compound),
                Class::DayLead => WORDS.day_leads.contains(w),
                Class::NewsDay => WORDS.news_days.contains(w),
                Class::DayTail => WORDS.day_tails.contains(w),
                Class::DaySpanTail => WORDS.day_span_tails.contains(w),
                Class::JinCompound => ch(&WORDS.jin_compound),
                Class::AmountAfter => ch(&WORDS.amount_after),
                Class::PastYearTail => WORDS.past_year_tails.contains(w),
                Class::SamePeriod => WORDS.same_periods.contains(w),
                Class::ComparedLead => WORDS.compared_leads.contains(w),
                Class::ComparedTail => WORDS.compared_tails.contains(w),
                Class::ComparedValueTail => WORDS.compared_value_tails.contains(w),
                Class::FromLead => WORDS.from_leads.contains(w),
                Class::YearWordLead => WORDS.year_word_leads.contains(w),
                Class::YearEndSuffix => WORDS.year_end_suffixes.contains(w),
                Class::YearSuffix => WORDS.year_suffixes.contains(w),
                Class::RangeYearSuffix => WORDS.range_year_suffixes.contains(w),
                Class::PartSuffix => WORDS.part_suffixes.contains(w),
                Class::HalfYear => WORDS.half_years.contains(w),
                Class::MonthEndSuffix => WORDS.month_end_suffixes.contains(w),
                Class::MonthSuffix => WORDS.month_suffixes.contains(w),
                Class::SuffixWord => WORDS.suffix_words.contains(w),
                Class::DayWord => WORDS.day_words.contains(w),
                Class::PlanKind => WORDS.plan_kinds.contains(w),
                Class::SerialMark => WORDS.serial_marks.contains(w),
                Class::SerialLead => WORDS.serial_leads.contains(w),
                Class::WithinTail => WORDS.within_tails.contains(w),
                Class::YearWordTail => WORDS.year_word_tails.contains(w),
                Class::MethodYear => WORDS.method_years.contains(w),
                Class::MethodWord => WORDS.method_words.contains(w),
                Class::NotDate => WORDS.not_dates.contains(w),
                Class::FirstHalf => WORDS.first_halves.contains(w),
                Class::SecondHalf => WORDS.second_halves.contains(w),
                Class::QuarterCount => WORDS.quarter_counts.contains(w),
                Class::FiscalYear => WORDS.fiscal_years.contains(w),
                Class::RecordNegation => ch(&WORDS.record_negations),
                Class::RecordStop => ch(&WORDS.record_stops),
                Class::BareYearTail => WORDS.bare_year_tails.contains(w),
                Class::FirstMonthsLead => ch(&WORDS.first_months_leads),
                Class::MonthsLead => WORDS.months_leads.contains(w),
                Class::MonthCount => WORDS.month_counts.contains(w),
                Class::Quarter => WORDS.quarters.contains(w),
                Class::Decade => WORDS.decades.contains(w),
                Class::RecentPast => WORDS.recent_pasts.contains(w),
                Class::RecentParticle => WORDS.recent_particles.contains(w),
                Class::RecentFew => WORDS.recent_fews.contains(w),
                Class::RecentNear => WORDS.recent_nears.contains(w),
                Class::Since => WORDS.sinces.contains(w),
                Class::MonthPart => WORDS.month_parts.contains(w),
                Class::PlanCount => WORDS.plan_counts.contains(w),
            };
            assert!(found, "{w} {c}");
        }
    }
}
