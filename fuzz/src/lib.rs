//! What every fuzz target checks. The cargo-fuzz targets (`fuzz_targets/`)
//! and the bounded stable run (`tests/bounded.rs`) call these functions, so
//! a crash found by either is reproduced by both.
//!
//! A panic here is a finding: either extraction panicked, or its output broke
//! an invariant of the format reference (docs/) or the public API.
#![forbid(unsafe_code)]

use shuzi::json::{records, OffsetUnit};
use shuzi::{Config, Decimal, Entity, Extractor, Kind, KindSet, RefDate};

/// Arbitrary bytes: the first byte picks the kinds and whether a reference
/// date is used, the rest is decoded as the CLI decodes a file (UTF-8 with
/// an optional BOM; invalid UTF-8 is an error, then decoded lossily to still
/// exercise extraction).
pub fn check_extract(data: &[u8]) {
    let (config, rest) = config_from(data);
    match shuzi::decode(rest) {
        Ok(text) => check_text(text, &config),
        Err(e) => {
            assert_eq!(e.kind(), shuzi::ErrorKind::InvalidUtf8);
            let text = String::from_utf8_lossy(rest);
            check_text(&text, &config);
        }
    }
}

/// Short inputs over the numeral alphabet: each byte picks one piece.
pub fn check_numeral(data: &[u8]) {
    let (config, rest) = config_from(data);
    let text: String = rest
        .iter()
        .take(48)
        .map(|&b| NUMERAL_PIECES[b as usize % NUMERAL_PIECES.len()])
        .collect();
    check_text(&text, &config);
}

/// The pieces numerals are made of: digits in every script, magnitudes,
/// fractions, signs, units and the bound words around them.
pub const NUMERAL_PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "5",
    "9",
    ".",
    ",",
    "，",
    "、",
    "%",
    "％",
    "‰",
    "-",
    "—",
    "～",
    "~",
    "至",
    "到",
    "±",
    "+",
    "０",
    "１",
    "９",
    "．",
    "〇",
    "零",
    "一",
    "二",
    "两",
    "三",
    "五",
    "九",
    "十",
    "百",
    "千",
    "万",
    "亿",
    "兆",
    "壹",
    "贰",
    "叁",
    "拾",
    "佰",
    "仟",
    "点",
    "分之",
    "成",
    "几",
    "数",
    "上",
    "第",
    "首",
    "届",
    "次",
    "期",
    "年",
    "月",
    "日",
    "季度",
    "半年",
    "前",
    "今年",
    "去年",
    "个",
    "家",
    "台（套）",
    "余",
    "多",
    "约",
    "近",
    "超",
    "逾",
    "不到",
    "以上",
    "以下",
    "左右",
    "级",
    "元",
    "美元",
    "人民币",
    "整",
    "亩",
    "吨",
    "吨标准煤",
    "千瓦时",
    "平方米",
    "个月",
    "工作日",
    "个百分点",
    "同比增长",
    "下降",
    "“",
    "”",
    "十四五",
    "《",
    "》",
    "（",
    "）",
    "\n",
    " ",
    "𠀀",
    "😀",
    "\u{0}",
    "亿元",
    "万元",
    "负",
];

fn config_from(data: &[u8]) -> (Config, &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return (Config::default(), data);
    };
    let kinds: KindSet = if first & 1 == 0 {
        KindSet::all()
    } else {
        Kind::ALL
            .iter()
            .copied()
            .enumerate()
            .filter(|(i, _)| (first >> 1) as usize % (Kind::ALL.len() + 1) != *i)
            .map(|(_, k)| k)
            .collect()
    };
    let ref_date = (first & 0x80 != 0).then(|| RefDate::new(2026, 6, 2).expect("a real date"));
    (
        Config::default().with_kinds(kinds).with_ref_date(ref_date),
        rest,
    )
}

/// Extracts from `text` with `config` and checks the output.
pub fn check_text(text: &str, config: &Config) {
    let found = Extractor::new(config.clone()).extract(text);
    check_entities(text, config, &found);
}

/// Every invariant of an extraction result.
pub fn check_entities(text: &str, config: &Config, found: &[Entity]) {
    let mut last_end = 0;
    for e in found {
        let s = e.span;
        assert!(s.start < s.end, "empty span {s:?} in {text:?}");
        assert!(s.end <= text.len(), "span {s:?} past the end of {text:?}");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span {s:?} not on char boundaries in {text:?}"
        );
        assert!(
            s.start >= last_end,
            "overlapping or unsorted spans at {s:?} in {text:?}"
        );
        last_end = s.end;
        assert!(
            config.kinds().contains(e.kind),
            "kind {:?} was not asked for",
            e.kind
        );
        if let Some(n) = e.noun() {
            assert!(
                n.end <= text.len()
                    && text.is_char_boundary(n.start)
                    && text.is_char_boundary(n.end)
            );
        }
        if let Some(c) = e.change {
            let t = c.trigger;
            assert!(t.start < t.end && t.end <= text.len());
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        assert_eq!(e.kind, e.value.kind(), "kind and value disagree: {e:?}");
        for v in [e.value(), e.high()].into_iter().flatten() {
            check_decimal(v);
        }
        match e.kind {
            Kind::Date => assert!(e.date().is_some(), "a date without fields: {e:?}"),
            Kind::Period => assert!(e.period().is_some(), "a period without ends: {e:?}"),
            _ => assert!(e.value().is_some(), "a {:?} without a value: {e:?}", e.kind),
        }
        if let Some(d) = e.date() {
            check_date(d, e.resolved());
        }
        if let Some((from, to)) = e.period() {
            for d in [from, to].into_iter().filter(|d| !d.is_empty()) {
                check_date(d, e.resolved());
            }
        }
        if e.resolved() {
            assert!(
                config.ref_date().is_some(),
                "resolved without a reference date"
            );
        }
    }
    check_json(text, found);
}

/// The canonical decimal text parses back to the same value, and the f64
/// edge value is finite.
fn check_decimal(v: Decimal) {
    let shown = v.to_string();
    let back: Decimal = shown
        .parse()
        .unwrap_or_else(|e| panic!("{shown:?} does not parse back: {e:?}"));
    assert_eq!(back.to_string(), shown);
    assert!(v.to_f64().is_finite(), "{shown} is not finite as f64");
}

fn check_date(d: shuzi::DateValue, resolved: bool) {
    if let Some(m) = d.month {
        assert!((1..=12).contains(&m), "month {m}");
    }
    if let Some(day) = d.day {
        assert!((1..=31).contains(&day), "day {day}");
        if let (Some(y), Some(m)) = (d.year, d.month) {
            assert!(
                day <= shuzi::days_in_month(y, m),
                "{d:?} is not a real date"
            );
        }
    }
    if resolved {
        assert!(d.year.is_some(), "resolved without a year: {d:?}");
    }
}

/// Offsets agree with std's own counting in both units, and every record
/// serializes to JSON whose `text` is the slice.
fn check_json(text: &str, found: &[Entity]) {
    let cps = records(text, found, OffsetUnit::CodePoints);
    let u16s = records(text, found, OffsetUnit::Utf16);
    for ((cp, u), e) in cps.iter().zip(&u16s).zip(found) {
        let before = &text[..e.span.start];
        let inside = &text[e.span.range()];
        assert_eq!(cp.start, before.chars().count());
        assert_eq!(cp.end - cp.start, inside.chars().count());
        assert_eq!(u.start, before.encode_utf16().count());
        assert_eq!(u.end - u.start, inside.encode_utf16().count());
        let json = serde_json::to_value(cp).expect("a record serializes");
        assert_eq!(json["text"].as_str(), Some(inside));
        assert_eq!(json["kind"].as_str(), Some(e.kind.as_str()));
        if let Some(v) = e.value() {
            assert_eq!(json["normalized"].as_str(), Some(v.to_string().as_str()));
        }
    }
}

/// Arbitrary bytes through the policy parser: no panic, and every item of
/// the JSON object (any depth) whose `text` has offsets slices back to that
/// text in bytes, code points and UTF-16 units.
pub fn check_policy(data: &[u8]) {
    let (config, rest) = config_from(data);
    let text = String::from_utf8_lossy(rest);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let policy = shuzi::policy::parse(text, &config);
    check_analysis(text, &policy);
    for unit in [OffsetUnit::CodePoints, OffsetUnit::Utf16] {
        let record = shuzi::policy::PolicyRecord::new(&policy, text, unit);
        let json = serde_json::to_value(&record).expect("a policy record serializes");
        assert!(json.is_object(), "the policy JSON is an object");
        walk_spans(&json, text, unit);
    }
}

fn walk_spans(v: &serde_json::Value, text: &str, unit: OffsetUnit) {
    match v {
        serde_json::Value::Array(items) => items.iter().for_each(|i| walk_spans(i, text, unit)),
        serde_json::Value::Object(map) => {
            let num = |k: &str| {
                map.get(k)
                    .and_then(serde_json::Value::as_u64)
                    .map(|n| n as usize)
            };
            if let (Some(t), Some(bs), Some(be)) = (
                map.get("text").and_then(serde_json::Value::as_str),
                num("byte_start"),
                num("byte_end"),
            ) {
                assert!(
                    bs <= be && be <= text.len(),
                    "item bytes {bs}..{be} out of range"
                );
                assert!(text.is_char_boundary(bs) && text.is_char_boundary(be));
                assert_eq!(&text[bs..be], t, "item text differs from its byte slice");
                let (s, e) = (num("start"), num("end"));
                let count = |b: usize| match unit {
                    OffsetUnit::CodePoints => text[..b].chars().count(),
                    _ => text[..b].encode_utf16().count(),
                };
                assert_eq!(s, Some(count(bs)), "start of {t:?}");
                assert_eq!(e, Some(count(be)), "end of {t:?}");
            }
            map.values().for_each(|i| walk_spans(i, text, unit));
        }
        _ => {}
    }
}

/// Arbitrary bytes (decoded as [`check_extract`] does) through the facts
/// finder: no panic; every fact's figure and time are entities of the
/// extraction the facts were read off; facts come in text order; metric,
/// subject and whole spans are inside the text and on character boundaries.
pub fn check_facts(data: &[u8]) {
    let (config, rest) = config_from(data);
    let text = match shuzi::decode(rest) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(_) => String::from_utf8_lossy(rest),
    };
    check_facts_text(&text, &config);
}

/// The facts of `text` under `config`'s reference date, checked.
pub fn check_facts_text(text: &str, config: &Config) {
    let extractor = Extractor::new(config.clone());
    let facts = extractor.facts(text);
    // What `Extractor::facts` reads its facts off: every kind, same date.
    let all = Config::default().with_ref_date(config.ref_date());
    let entities = Extractor::new(all).extract(text);
    assert_eq!(
        facts,
        shuzi::facts::find(text, &entities),
        "Extractor::facts and facts::find disagree on {text:?}"
    );
    let mut last = 0;
    for f in &facts {
        assert!(
            entities.contains(&f.figure),
            "figure {:?} is not an entity of {text:?}",
            f.figure
        );
        assert!(
            !matches!(f.figure.kind, Kind::Date | Kind::Period),
            "a date or period as a figure: {f:?}"
        );
        assert!(
            f.figure.span.start >= last,
            "facts out of text order at {f:?} in {text:?}"
        );
        last = f.figure.span.start;
        if let Some(t) = &f.time {
            assert!(
                entities.contains(t),
                "time {t:?} is not an entity of {text:?}"
            );
            assert!(
                matches!(t.kind, Kind::Date | Kind::Period),
                "a time that is no date or period: {t:?}"
            );
        }
        if let Some(m) = &f.metric {
            check_span(text, m.span, "metric");
            let shown = m.text(text);
            assert!(!shown.is_empty(), "an empty metric in {f:?}");
            if !m.constructed() {
                assert!(m.span.start < m.span.end, "an empty metric span {f:?}");
            }
        }
        for (s, what) in [(f.subject, "subject"), (f.whole, "whole")] {
            if let Some(s) = s {
                check_span(text, s, what);
                assert!(s.start < s.end, "an empty {what} in {f:?}");
            }
        }
        // The names of measure and status round-trip.
        assert_eq!(
            f.measure.as_str().parse::<shuzi::facts::Measure>().ok(),
            Some(f.measure)
        );
        assert_eq!(
            f.status.as_str().parse::<shuzi::facts::Status>().ok(),
            Some(f.status)
        );
    }
}

/// `s` lies inside `text`, on character boundaries.
fn check_span(text: &str, s: shuzi::Span, what: &str) {
    assert!(
        s.start <= s.end && s.end <= text.len(),
        "{what} span {s:?} out of range of {text:?}"
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} span {s:?} not on char boundaries in {text:?}"
    );
}

/// The SPEC 2.1 analysis keys of a parsed policy: clauses in text order and
/// not overlapping, with sound spans, valid indices into the responsibility
/// brackets and targets (which start inside the clause), and instrument cues
/// inside the clause in cue order; references with sound spans and their
/// 发文字号 (from any mention of the title) sound; a form is never empty.
fn check_analysis(text: &str, p: &shuzi::policy::Policy) {
    let mut last_end = 0;
    for c in &p.clauses {
        let s = c.span;
        check_span(text, s, "clause");
        assert!(s.start < s.end, "an empty clause {c:?} in {text:?}");
        assert!(
            s.start >= last_end,
            "overlapping or unsorted clauses at {s:?} in {text:?}"
        );
        last_end = s.end;
        for m in c.markers.iter().chain(&c.titles) {
            check_span(text, *m, "clause heading");
        }
        for &i in &c.responsible {
            let r = p
                .responsible
                .get(i)
                .unwrap_or_else(|| panic!("responsible index {i} out of range in {c:?}"));
            assert!(
                s.start <= r.span.start && r.span.start < s.end,
                "bracket {:?} does not start inside clause {s:?} of {text:?}",
                r.span
            );
        }
        for &i in &c.targets {
            let t = p
                .targets
                .get(i)
                .unwrap_or_else(|| panic!("target index {i} out of range in {c:?}"));
            assert!(
                s.start <= t.span.start && t.span.start < s.end,
                "target {:?} does not start inside clause {s:?} of {text:?}",
                t.span
            );
        }
        let mut cue_start = s.start;
        for i in &c.instruments {
            check_span(text, i.cue, "instrument cue");
            assert!(
                i.cue.start < i.cue.end && s.start <= i.cue.start && i.cue.end <= s.end,
                "cue {:?} outside clause {s:?} of {text:?}",
                i.cue
            );
            assert!(i.cue.start >= cue_start, "cues out of order in {c:?}");
            cue_start = i.cue.start;
            assert!(!i.tool.is_empty(), "an instrument without a tool: {i:?}");
        }
        // The id and path read the text without panicking.
        let _ = (c.id(text), c.path(text));
    }
    for r in &p.references {
        check_span(text, r.span, "reference");
        assert!(r.span.start < r.span.end, "an empty reference {r:?}");
        if let Some(d) = r.doc_number {
            // The number may come from a later mention of the same title
            // (fuzz/regressions/policy-reference-number-later), so it need
            // not lie inside `span`.
            check_span(text, d, "reference number");
            assert!(d.start < d.end, "an empty reference number {r:?}");
        }
        if let Some(t) = &r.title {
            assert!(!t.is_empty(), "an empty reference title {r:?}");
        }
    }
    for f in [p.form, p.attachment_form].into_iter().flatten() {
        assert!(!f.is_empty(), "an empty form");
    }
    if let Some(level) = p.level {
        assert!(!level.as_str().is_empty());
    }
}
