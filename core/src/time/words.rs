//! The word lists of the time grammar, from `data/time_words.tsv`: range
//! separators, the words after an unquoted plan name, and the characters
//! that make 年 or 前 part of another word.

use std::sync::LazyLock;

string_enum! {
    /// What a row of `time_words.tsv` is.
    enum Class {
        /// Between the two ends of a range.
        RangeSeparator => "range_separator",
        /// After which an unquoted plan name counts.
        PlanFollower => "plan_follower",
        /// A character after 年 that makes another word.
        NianCompound => "nian_compound",
        /// A character before 前 that makes another word.
        QianCompound => "qian_compound",
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
    /// Words after an unquoted plan name.
    pub plan_followers: Vec<&'static str>,
    /// Characters after 年 that make another word.
    pub nian_compound: Vec<char>,
    /// Characters before 前 that make another word.
    pub qian_compound: Vec<char>,
}

/// The lists of `data/time_words.tsv`.
pub(super) static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut w = Words {
        separators: Vec::new(),
        plan_followers: Vec::new(),
        nian_compound: Vec::new(),
        qian_compound: Vec::new(),
    };
    for (word, class) in table().items {
        match class {
            Class::RangeSeparator => w.separators.push(word),
            Class::PlanFollower => w.plan_followers.push(word),
            Class::NianCompound => w.nian_compound.extend(word.chars()),
            Class::QianCompound => w.qian_compound.extend(word.chars()),
        }
    }
    // A stable sort: equal lengths keep the file's order.
    w.separators.sort_by_key(|s| std::cmp::Reverse(s.len()));
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
        }
        assert!(WORDS.separators.starts_with(&["——"]) && WORDS.separators.contains(&"至"));
        assert_eq!(WORDS.plan_followers, ["时期", "规划", "期间"]);
        assert!(WORDS.nian_compound.contains(&'轻') && WORDS.qian_compound.contains(&'提'));
    }
}
