//! Words that hold a cue of status inside a longer word set no status
//! (`data/facts_words.tsv`, role `notcue`: the longest word wins).

use shuzi::facts::Status;
use shuzi::Extractor;

fn statuses(text: &str) -> Vec<(String, Status)> {
    Extractor::default()
        .facts(text)
        .iter()
        .map(|f| (f.figure.text(text).to_string(), f.status))
        .collect()
}

#[test]
fn a_field_named_with_a_cue_word_sets_no_goal() {
    // 计划生育 names a field of spending (family planning): its figures
    // and those after it are reported.
    let got = statuses("卫生健康与计划生育支出12.5亿元，增长3.1%；教育支出20.4亿元，增长5.2%。");
    assert!(!got.is_empty(), "{got:?}");
    assert!(got.iter().all(|(_, s)| *s == Status::Actual), "{got:?}");
    // 计划 alone sets the goal of the figures after it.
    let got = statuses("计划全年教育支出增长8%。");
    assert!(got.iter().any(|(_, s)| *s == Status::Target), "{got:?}");
}
