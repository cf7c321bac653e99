//! Hostile input (issue #8): what crawled web text throws at the library —
//! numbers beyond any integer type, megabyte-long lines, long runs of one
//! character, unbalanced brackets, mixed scripts, control characters, NUL,
//! U+FFFD runs, astral characters. Extraction and `policy::parse` always
//! return; spans are on character boundaries, sorted and non-overlapping;
//! figures next to the junk are still found; every entity serializes.
//!
//! The defined results for numbers too large or too precise for the exact
//! value model (an `i128` mantissa and at most [`shuzi::MAX_SCALE`] decimals):
//! **no entity** for any part of the run of numeral characters, never a
//! saturated or rounded value, never a smaller figure read out of the run's
//! tail (`9`×39`元` is not 38 nines of yuan). `exact: false` stays reserved
//! for values that had to be rounded (`三分之一`).
//!
//! Sizes: CI runs `cargo test` in debug, where the long runs are cut to a
//! fiftieth (20,000 repetitions, a 1 MB line); `cargo test --release --test
//! hostile` runs the full sizes (1,000,000 repetitions, a 50 MB line). The
//! `#[ignore]`d `throughput_table` prints MB/s per input (run it in release
//! with `-- --ignored --nocapture`). No test here is timed.

use shuzi::json::{self, OffsetUnit};
use shuzi::policy::{self, PolicyRecord};
use shuzi::{extract, Bound, Config, Entity, Kind};

/// Full sizes in release builds, a fiftieth in debug builds.
const FULL: bool = !cfg!(debug_assertions);

fn scaled(full: usize) -> usize {
    if FULL {
        full
    } else {
        full / 50
    }
}

/// Extracts, checks the span invariants and the JSON of every entity, and
/// returns the entities.
fn check(text: &str) -> Vec<Entity> {
    let found = extract(text);
    let mut last_end = 0;
    for e in &found {
        assert!(e.span.start < e.span.end, "empty span {e:?}");
        assert!(e.span.start >= last_end, "overlap or disorder at {e:?}");
        assert!(e.span.end <= text.len());
        assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
        last_end = e.span.end;
        if !matches!(e.kind, Kind::Date | Kind::Period) {
            assert!(e.value().is_some(), "numeric entity without a value: {e:?}");
        }
    }
    // Every entity is serialized, with offsets that slice back.
    let records = json::records(text, &found, OffsetUnit::CodePoints);
    assert_eq!(records.len(), found.len());
    let mut chars_before = 0usize;
    let mut byte_pos = 0usize;
    for (r, e) in records.iter().zip(&found) {
        chars_before += text[byte_pos..e.span.start].chars().count();
        byte_pos = e.span.start;
        assert_eq!(r.start, chars_before);
        assert_eq!(r.end - r.start, e.text(text).chars().count());
        let v = serde_json::to_value(r).expect("every entity serializes");
        assert_eq!(v["text"], e.text(text));
    }
    found
}

/// Parses the policy structure and checks that every span in its JSON record
/// lies on character boundaries and slices back to its text.
fn check_policy(text: &str) -> policy::Policy {
    fn walk(v: &serde_json::Value, text: &str) {
        match v {
            serde_json::Value::Object(o) => {
                if let (Some(t), Some(bs), Some(be)) = (
                    o.get("text").and_then(|x| x.as_str()),
                    o.get("byte_start").and_then(|x| x.as_u64()),
                    o.get("byte_end").and_then(|x| x.as_u64()),
                ) {
                    let (bs, be) = (bs as usize, be as usize);
                    assert!(bs <= be && be <= text.len());
                    assert!(text.is_char_boundary(bs) && text.is_char_boundary(be));
                    assert_eq!(&text[bs..be], t);
                }
                o.values().for_each(|x| walk(x, text));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, text)),
            _ => {}
        }
    }
    let p = policy::parse(text, &Config::default());
    let record = serde_json::to_value(PolicyRecord::new(&p, text, OffsetUnit::Utf16))
        .expect("the policy record serializes");
    walk(&record, text);
    p
}

/// `(kind, text, value, exact)` of each entity, for compact assertions.
fn brief<'t>(text: &'t str, found: &[Entity]) -> Vec<(Kind, &'t str, String, bool)> {
    found
        .iter()
        .map(|e| {
            let v = e.value().map(|v| v.to_string()).unwrap_or_default();
            (e.kind, e.text(text), v, e.exact())
        })
        .collect()
}

/// Asserts that no entity touches `run` (a byte range of `text`).
fn nothing_in(text: &str, run: std::ops::Range<usize>, found: &[Entity]) {
    for e in found {
        assert!(
            e.span.end <= run.start || e.span.start >= run.end,
            "{:?} read out of an unreadable numeral",
            e.text(text)
        );
    }
}

// ---------------------------------------------------------------------------
// Numbers beyond the value model.

#[test]
fn nine_hundred_digit_runs_give_no_entity() {
    let nines = "9".repeat(400);
    for text in [
        nines.clone(),
        format!("{nines}元"),
        format!("{nines}%"),
        format!("{nines}家"),
        format!("约{nines}万元"),
    ] {
        assert!(check(&text).is_empty(), "{text}");
        check_policy(&text);
    }
    // The figures around the run are still read.
    let text = format!("营收2.96亿元，{nines}元，同比增长13.1%");
    let found = check(&text);
    assert_eq!(
        brief(&text, &found),
        [
            (Kind::Money, "2.96亿元", "296000000".into(), true),
            (Kind::Percent, "13.1%", "13.1".into(), true),
        ]
    );
}

#[test]
fn one_digit_past_i128_gives_no_entity_and_38_digits_are_exact() {
    // i128::MAX is about 1.7e38: 38 nines fit, 39 do not.
    let n38 = "9".repeat(38);
    let n39 = "9".repeat(39);
    assert!(check(&n39).is_empty());
    for unit in ["元", "万元", "%", "家", "吨", "个月"] {
        let text = format!("{n39}{unit}");
        assert!(check(&text).is_empty(), "{text}");
    }
    let text = format!("{n38}元");
    let found = check(&text);
    assert_eq!(
        brief(&text, &found),
        [(Kind::Money, text.as_str(), n38.clone(), true)]
    );
    // With a magnitude the product must fit as well.
    let text = format!("{}万亿元", "9".repeat(26));
    let found = check(&text);
    let want = format!("{}{}", "9".repeat(26), "0".repeat(12));
    assert_eq!(
        brief(&text, &found),
        [(Kind::Money, text.as_str(), want, true)]
    );
    for text in [
        format!("{}万亿元", "9".repeat(27)),
        format!("{}万亿元", "9".repeat(40)),
    ] {
        assert!(check(&text).is_empty(), "{text}");
    }
    // Next to a range word, the unreadable side is dropped whole; nothing is
    // read out of its tail.
    for text in [format!("{n39}至5亿元"), format!("5至{n39}亿元")] {
        let found = check(&text);
        let run = text.find(&n39).unwrap();
        nothing_in(&text, run..run + n39.len(), &found);
    }
}

#[test]
fn stacked_magnitudes_give_no_entity() {
    for text in [
        "亿亿亿亿亿",
        "亿亿亿亿亿元",
        "一万亿亿亿亿亿亿元",
        "一万亿亿亿亿亿亿",
        "5万亿亿亿元",
        "三亿亿亿亿亿分之一",
    ] {
        assert!(check(text).is_empty(), "{text}");
    }
    let text = "一万亿元";
    let found = check(text);
    assert_eq!(
        brief(text, &found),
        [(Kind::Money, text, "1000000000000".into(), true)]
    );
    // A long run of magnitudes in a sentence: the figures around it stay.
    let text = format!("投资{}元，增长5%", "亿".repeat(10_000));
    let found = check(&text);
    assert_eq!(
        brief(&text, &found),
        [(Kind::Percent, "5%", "5".into(), true)]
    );
}

#[test]
fn scientific_notation_gives_no_entity() {
    for text in [
        "1e309",
        "1e309元",
        "1.0e309",
        "1E+309",
        "1e-309",
        "2.5e-3吨",
        "增长1E+309%",
        // A full-width digit glued to a code or a run is no figure of its own.
        "e12５元",
        "G20５家",
    ] {
        assert!(check(text).is_empty(), "{text}");
    }
}

#[test]
fn more_decimals_than_the_scale_gives_no_entity() {
    // At most MAX_SCALE (28) decimals are held exactly.
    assert_eq!(shuzi::MAX_SCALE, 28);
    for text in [
        format!("0.{}1", "0".repeat(400)),
        format!("0.{}1%", "0".repeat(400)),
        format!("增长0.{}1%", "0".repeat(28)),
        format!("1.{}万元", "5".repeat(40)),
        format!("{}点5", "九".repeat(60)),
    ] {
        assert!(check(&text).is_empty(), "{text}");
    }
    let text = format!("增长0.{}1%", "0".repeat(27));
    let found = check(&text);
    let want = format!("0.{}1", "0".repeat(27));
    assert_eq!(
        brief(&text, &found),
        [(Kind::Percent, &text[6..], want, true)]
    );
    let text = format!("1.{}万元", "5".repeat(20));
    let found = check(&text);
    let want = format!("1{}.{}", "5".repeat(4), "5".repeat(16));
    assert_eq!(
        brief(&text, &found),
        [(Kind::Money, text.as_str(), want, true)]
    );
}

#[test]
fn fifty_thousands_groups_give_no_entity() {
    let fifty = format!("1{}", ",000".repeat(49));
    assert_eq!(fifty.split(',').count(), 50);
    for text in [
        fifty.clone(),
        format!("{fifty}元"),
        format!("约{fifty}美元"),
    ] {
        assert!(check(&text).is_empty(), "{text}");
    }
    // Thirteen groups (37 digits) still fit.
    let text = format!("1{}元", ",000".repeat(12));
    let found = check(&text);
    let want = format!("1{}", "0".repeat(36));
    assert_eq!(
        brief(&text, &found),
        [(Kind::Money, text.as_str(), want, true)]
    );
}

#[test]
fn full_width_digit_runs_give_no_entity() {
    let run = "９".repeat(1000);
    for text in [run.clone(), format!("{run}元"), format!("{run}％")] {
        assert!(check(&text).is_empty(), "{text}");
    }
    let text = format!("{run}，１３.１％");
    let found = check(&text);
    assert_eq!(
        brief(&text, &found),
        [(Kind::Percent, "１３.１％", "13.1".into(), true)]
    );
}

#[test]
fn huge_ordinals_dates_and_chinese_runs_read_nothing_out_of_the_run() {
    let n40 = "9".repeat(40);
    for text in [
        format!("第{n40}名"),
        format!("百分之{}", "九".repeat(60)),
        format!("{}年{}月", "2".repeat(40), n40),
        format!("{n40}年前"),
        format!("{}分之一", "9".repeat(39)),
    ] {
        let found = check(&text);
        let at = text
            .find(|c: char| c.is_ascii_digit() || c == '九')
            .unwrap();
        let len = text[at..]
            .find(|c: char| !(c.is_ascii_digit() || c == '九'))
            .unwrap_or(text.len() - at);
        nothing_in(&text, at..at + len, &found);
    }
    // 38 digits still make an exact ordinal.
    let text = format!("第{}名", "9".repeat(38));
    let e = &check(&text)[0];
    assert_eq!(
        (e.kind, e.value().unwrap().to_string()),
        (Kind::Ordinal, "9".repeat(38))
    );
}

mod unreadable_runs {
    use super::*;
    use proptest::prelude::*;

    /// A run that starts with 39 to 80 digits, the first a 9 (too large for
    /// an `i128`), then more numeral pieces, with what may stand around it.
    fn around() -> impl Strategy<Value = (String, String, String)> {
        // A leading 9 and 38 more digits make at least 9e38 > i128::MAX.
        let lead = (
            prop::sample::select(vec!["9", "９"]),
            prop::collection::vec(prop::sample::select(vec!["9", "1", "０", "９"]), 38..80),
        )
            .prop_map(|(first, rest)| format!("{first}{}", rest.concat()));
        let tail = prop::collection::vec(
            prop::sample::select(vec!["9", "0", "５", ",000", "亿", "万", "点5", "十", "五"]),
            0..20,
        );
        let run = (lead, tail).prop_map(|(l, t)| format!("{l}{}", t.concat()));
        let side = prop::sample::select(vec![
            "", "约", "第", "增长", "营收", "至", "5至", "。", "\u{0}", "𠀀", "e", "（",
        ]);
        let after = prop::sample::select(vec![
            "",
            "元",
            "万元",
            "亿元",
            "%",
            "家",
            "吨",
            "个月",
            "年",
            "名",
            "以上",
            "至5亿元",
            "。",
        ]);
        (side, run, after).prop_map(|(s, r, a)| (s.to_string(), r, a.to_string()))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn no_figure_is_read_out_of_a_run_too_large_to_hold((before, run, after) in around()) {
            let text = format!("{before}{run}{after}");
            let found = check(&text);
            nothing_in(&text, before.len()..before.len() + run.len(), &found);
        }
    }
}

// ---------------------------------------------------------------------------
// Long inputs.

/// Every seed text with its line breaks removed, the seeds joined by `。`.
fn one_line_seed() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut s = String::new();
    for p in paths {
        s.push_str(
            &std::fs::read_to_string(p)
                .unwrap()
                .replace(['\n', '\r'], ""),
        );
        s.push('。');
    }
    s
}

#[test]
fn one_huge_line_loses_no_entity() {
    let unit = one_line_seed();
    let per_copy = check(&unit);
    assert!(per_copy.len() > 50, "the seeds hold many figures");
    // 50 MB in release, 1 MB in debug; built once, no other copy held.
    let copies = scaled(50_000_000) / unit.len() + 1;
    let text = unit.repeat(copies);
    assert!(!text.contains('\n'));
    let found = check(&text);
    // Every copy gives the same entities at shifted offsets.
    assert_eq!(found.len(), copies * per_copy.len());
    for (k, chunk) in found.chunks(per_copy.len()).enumerate() {
        let shift = k * unit.len();
        for (a, b) in chunk.iter().zip(&per_copy) {
            assert_eq!(
                (a.kind, a.span.start - shift, a.span.end - shift, a.value()),
                (b.kind, b.span.start, b.span.end, b.value())
            );
        }
    }
    drop(found);
    let p = check_policy(&text);
    assert_eq!(p.heading, check_policy(&unit).heading);
}

/// 1,000,000 copies (20,000 in debug).
fn repeated(unit: &str) -> String {
    unit.repeat(scaled(1_000_000))
}

#[test]
fn long_runs_of_one_piece_find_nothing() {
    for unit in [
        "一",
        "《",
        "（一）",
        "第",
        "约",
        "1.",
        "“",
        "”",
        "》",
        "亿",
        "零",
        "\u{0}",
        "\u{FFFD}",
    ] {
        let text = repeated(unit);
        assert!(check(&text).is_empty(), "{unit}");
        let p = check_policy(&text);
        assert!(p.titles.is_empty() && p.targets.is_empty(), "{unit}");
    }
}

#[test]
fn long_run_of_baifenzhi_reads_one_hundred_percent_per_pair() {
    // 百分之百分之百分之…: each 百分之百 is 100 %, the 分之 after it is left.
    let text = repeated("百分之");
    let found = check(&text);
    assert_eq!(found.len(), scaled(1_000_000) / 2);
    assert!(found.iter().all(|e| e.kind == Kind::Percent
        && e.text(&text) == "百分之百"
        && e.value().unwrap().to_string() == "100"
        && e.bound == Bound::Exact));
    check_policy(&text);
}

#[test]
fn long_runs_of_calendar_words_give_one_entity_each() {
    // Dense entities cost the most per byte: a fifth of `repeated` in debug.
    let n = if FULL { 1_000_000 } else { 4_000 };
    let repeated = |unit: &str| unit.repeat(n);
    // (piece, text of each entity, entities per piece × 2)
    for (unit, each, per_two) in [
        ("2024年", "2024年", 2),
        ("5月31日", "5月31日", 2),
        ("去年的", "去年", 2),
        ("前三季度", "前三季度", 2),
        ("第十四个五年规划", "五年", 2),
        ("1月至", "1月至1月", 1),
    ] {
        let text = repeated(unit);
        let found = check(&text);
        assert_eq!(found.len(), n * per_two / 2, "{unit}");
        let first = &found[0];
        assert!(found.iter().all(|e| e.text(&text) == each
            && e.kind == first.kind
            && (e.date(), e.period(), e.relative_years())
                == (first.date(), first.period(), first.relative_years())));
    }
    // The long name of a plan: 第十四个 part of the name, the length 五年.
    let text = repeated("第十四个五年规划");
    let e = &check(&text)[0];
    assert_eq!(
        (e.kind, e.value().unwrap().to_string(), e.unit()),
        (Kind::Duration, "5".into(), Some("year"))
    );
    for unit in ["年", "月", "~", "十四五", "2024-"] {
        assert!(check(&repeated(unit)).is_empty(), "{unit}");
    }
}

#[test]
fn numbered_items_in_one_line_make_one_outline_item() {
    let text = repeated("（一）");
    assert!(check(&text).is_empty());
    let p = check_policy(&text);
    assert_eq!(p.outline.len(), 1);
}

#[test]
fn deeply_nested_brackets() {
    let n = scaled(5_000_000) / 50; // 100,000 in release
    let open = "（".repeat(n);
    let close = "）".repeat(n);
    for text in [
        open.clone(),
        format!("{open}{close}"),
        close.clone(),
        "《（“".repeat(n),
    ] {
        assert!(check(&text).is_empty());
        check_policy(&text);
    }
    // A figure at the bottom of the nest is found.
    let text = format!("{open}引进项目196家{close}");
    let found = check(&text);
    let e = &found[0];
    assert_eq!(
        (found.len(), e.kind, e.text(&text)),
        (1, Kind::Count, "196家")
    );
    let p = check_policy(&format!("{open}《关于{open}》"));
    assert!(p.titles.len() <= 1);
}

// ---------------------------------------------------------------------------
// Junk next to figures.

#[test]
fn figures_next_to_control_characters_and_mixed_scripts_are_found() {
    // Lone surrogates, decoded lossily, become U+FFFD.
    let fffd = String::from_utf16_lossy(&[0xDC00, 0xD800, 0x0041, 0xDFFF]);
    assert_eq!(fffd, "\u{FFFD}\u{FFFD}A\u{FFFD}");
    let cases: Vec<(String, &str, Kind, &str)> = vec![
        ("\u{0}13.1%\u{0}".into(), "13.1%", Kind::Percent, "13.1"),
        ("𠀀196家𦡦".into(), "196家", Kind::Count, "196"),
        ("𦡦2.96亿元𠀀".into(), "2.96亿元", Kind::Money, "296000000"),
        (
            "\u{200F}2.96亿元\u{200E}".into(),
            "2.96亿元",
            Kind::Money,
            "296000000",
        ),
        (
            "\u{202E}增长13.1%\u{202C}".into(),
            "13.1%",
            Kind::Percent,
            "13.1",
        ),
        (
            "e\u{301}13.1%\u{301}".into(),
            "13.1%",
            Kind::Percent,
            "13.1",
        ),
        ("😀😀5家😀".into(), "5家", Kind::Count, "5"),
        (
            format!("{fffd}同比增长13.1%{fffd}"),
            "13.1%",
            Kind::Percent,
            "13.1",
        ),
        (
            "\u{1}\u{2}\u{7f}营收2.96亿元\u{1b}".into(),
            "2.96亿元",
            Kind::Money,
            "296000000",
        ),
        (
            "\t\r\u{b}\u{c}196家\u{85}\u{2028}".into(),
            "196家",
            Kind::Count,
            "196",
        ),
        (
            "\u{feff}１３.１％".into(),
            "１３.１％",
            Kind::Percent,
            "13.1",
        ),
        ("𠀀第一𦡦".into(), "第一", Kind::Ordinal, "1"),
    ];
    for (text, want, kind, value) in &cases {
        let found = check(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        let e = &found[0];
        assert_eq!(
            (
                e.kind,
                e.text(text),
                e.value().unwrap().to_string().as_str()
            ),
            (*kind, *want, *value),
            "{text:?}"
        );
        check_policy(text);
    }
    // Latin, Cyrillic, Arabic (with Arabic-Indic digits, not read) and emoji.
    let text = "Привет 5家 مرحبا ١٢٣ abc 13.1% 😀";
    let found = check(text);
    assert_eq!(
        brief(text, &found),
        [
            (Kind::Count, "5家", "5".into(), true),
            (Kind::Percent, "13.1%", "13.1".into(), true),
        ]
    );
    // The change verb is still seen across an RTL override.
    let text = "\u{202E}增长13.1%\u{202C}";
    let e = &check(text)[0];
    assert_eq!(e.change.unwrap().direction, shuzi::Direction::Up);
}

#[test]
fn terminal_escapes_are_no_figures() {
    let text = "\u{1b}[31m营收2.96亿元\u{1b}[0m，\u{1b}[1;32m增长5%\u{1b}[0m";
    let found = check(text);
    assert_eq!(
        brief(text, &found),
        [
            (Kind::Money, "2.96亿元", "296000000".into(), true),
            (Kind::Percent, "5%", "5".into(), true),
        ]
    );
}

#[test]
fn long_junk_runs_around_a_figure() {
    let n = scaled(1_000_000);
    for junk in [
        "\u{0}", "\u{FFFD}", "\u{200F}", "\u{301}", "𠀀", "😀", "a", "Ж", "ع",
    ] {
        let pad = junk.repeat(n / 2);
        let text = format!("{pad}同比增长13.1%{pad}");
        let found = check(&text);
        assert_eq!(found.len(), 1, "{junk:?}");
        assert_eq!(found[0].text(&text), "13.1%");
        check_policy(&text);
    }
}

/// Deterministic bytes: the same on every run (xorshift64).
fn junk_bytes(len: usize) -> Vec<u8> {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect()
}

#[test]
fn binary_junk() {
    let bytes = junk_bytes(scaled(2_000_000));
    let err = shuzi::decode(&bytes).unwrap_err();
    assert_eq!(err.kind(), shuzi::ErrorKind::InvalidUtf8);
    let text = String::from_utf8_lossy(&bytes);
    check(&text);
    check_policy(&text);
    // Figures spliced into the junk are found.
    let text = format!("{text}。营收2.96亿元。{text}");
    let found = check(&text);
    assert!(found
        .iter()
        .any(|e| e.text(&text) == "2.96亿元" && e.value().unwrap().to_string() == "296000000"));
}

// ---------------------------------------------------------------------------
// Throughput (not a test of speed: it only prints).

/// The hostile inputs of the table, each about `bytes` long.
fn table_inputs(bytes: usize) -> Vec<(&'static str, String)> {
    let fill = |unit: &str| unit.repeat(bytes / unit.len() + 1);
    let seeds = {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        paths
            .into_iter()
            .map(|p| std::fs::read_to_string(p).unwrap() + "\n")
            .collect::<String>()
    };
    let junk = String::from_utf8_lossy(&junk_bytes(bytes)).into_owned();
    vec![
        ("normal seeds", fill(&seeds)),
        ("one line", fill(&one_line_seed())),
        ("一", fill("一")),
        ("十", fill("十")),
        ("《", fill("《")),
        ("（一）", fill("（一）")),
        ("第", fill("第")),
        ("百分之", fill("百分之")),
        ("约", fill("约")),
        ("1.", fill("1.")),
        ("“", fill("“")),
        ("（ nested", fill("（")),
        ("9 x400，", fill(&format!("{}，", "9".repeat(400)))),
        ("亿", fill("亿")),
        ("1,", fill("1,")),
        ("5家", fill("5家")),
        ("2024年", fill("2024年")),
        ("第十四个五年规划", fill("第十四个五年规划")),
        ("NUL", fill("\u{0}")),
        ("U+FFFD", fill("\u{FFFD}")),
        ("𠀀5家", fill("𠀀5家")),
        ("binary junk", junk),
    ]
}

#[test]
#[ignore = "prints a throughput table; run in release with --ignored --nocapture"]
fn throughput_table() {
    use std::time::Instant;
    let mb = |t: &str| t.len() as f64 / 1e6;
    let rate = |f: &dyn Fn()| {
        let t = Instant::now();
        f();
        t.elapsed().as_secs_f64()
    };
    let config = Config::default();
    let mut normal = (0.0, 0.0);
    println!("| input | MB | extract MB/s (1/10 size) | extract MB/s | vs normal | policy MB/s (1/10) | policy MB/s | vs normal |");
    println!("|---|---|---|---|---|---|---|---|");
    let small = table_inputs(1_000_000);
    for (name, text) in table_inputs(10_000_000) {
        let small_text = &small.iter().find(|(n, _)| *n == name).unwrap().1;
        let es = mb(small_text) / rate(&|| drop(extract(small_text)));
        let e = mb(&text) / rate(&|| drop(extract(&text)));
        let ps = mb(small_text) / rate(&|| drop(policy::parse(small_text, &config)));
        let p = mb(&text) / rate(&|| drop(policy::parse(&text, &config)));
        if name == "normal seeds" {
            normal = (e, p);
        }
        println!(
            "| {name} | {:.1} | {es:.1} | {e:.1} | {:.2} | {ps:.1} | {p:.1} | {:.2} |",
            mb(&text),
            e / normal.0,
            p / normal.1
        );
    }
}

/// A document number alone on the last line once read past the end of the
/// line table while looking for a title below it (found by the policy fuzz
/// target on 2026-12-05); now the number is read, and no title is taken
/// from below it.
#[test]
fn a_lone_document_number_on_the_last_line_is_read() {
    for text in [
        "国发〔2019〕4号",
        "国务院文件\n国发〔2019〕4号",
        "国发〔2019〕4号\n",
    ] {
        let p = check_policy(text);
        assert_eq!(p.doc_numbers.len(), 1, "{text:?}");
        let n = &p.doc_numbers[0];
        assert_eq!(&text[n.span.range()], "国发〔2019〕4号", "{text:?}");
    }
}
