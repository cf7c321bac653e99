//! Golden tests of `shuzi::policy` (SPEC 2): the annotators' files
//! `seeds/expected/*.policy.json` and the synthetic documents
//! `seeds/policy/*.txt` with their hand-written `*.expected.json`.
//!
//! Every field is compared item by item (offsets, nested entities and all);
//! the outline is compared node by node (each node with its parent's start
//! instead of its children). Per-field precision/recall is printed
//! (`cargo test --test policy -- --nocapture`). An item that differs fails
//! unless it is a row of `tests/data/seeds_policy_misses.tsv` (seed, field,
//! side and span, with a reason), and a row no longer seen fails too, so the
//! list stays true.

use serde_json::{json, Value};
use shuzi::json::OffsetUnit;
use shuzi::policy::{parse, PolicyRecord};
use shuzi::Config;
use std::path::{Path, PathBuf};

const FIELDS: [&str; 11] = [
    "heading",
    "titles",
    "doc_numbers",
    "effective",
    "outline",
    "responsible",
    "targets",
    "frameworks",
    "bylines",
    "issuer",
    "recipients",
];

/// The known misses of the seeds, one per differing item: (seed, field,
/// side, span) → why. A malformed row panics naming its line.
fn known_misses() -> Known {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds_policy_misses.tsv");
    let raw = std::fs::read_to_string(&path).expect("seeds_policy_misses.tsv");
    let mut out = std::collections::BTreeMap::new();
    for (n, line) in raw.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let [seed, field, side, span, why] = cells[..] else {
            panic!(
                "seeds_policy_misses.tsv:{}: want 5 cells, got {}",
                n + 1,
                cells.len()
            );
        };
        assert!(
            FIELDS.contains(&field) && matches!(side, "missing" | "extra"),
            "seeds_policy_misses.tsv:{}: unknown field {field:?} or side {side:?}",
            n + 1
        );
        out.insert(
            (seed.into(), field.into(), side.into(), span.into()),
            why.into(),
        );
    }
    out
}

/// An item's code-point span as the miss file writes it.
fn span_key(v: &Value) -> String {
    match (v["start"].as_u64(), v["end"].as_u64()) {
        (Some(s), Some(e)) => format!("{s}-{e}"),
        _ => "-".into(),
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("seeds")
}

fn actual(text: &str) -> Value {
    let p = parse(text, &Config::default());
    serde_json::to_value(PolicyRecord::new(&p, text, OffsetUnit::CodePoints)).expect("serializes")
}

/// The comparable items of one field.
fn items(field: &str, v: &Value) -> Vec<Value> {
    fn flatten(nodes: &[Value], parent: Value, out: &mut Vec<Value>) {
        for n in nodes {
            let mut flat = n.clone();
            let children = flat
                .as_object_mut()
                .and_then(|o| o.remove("children"))
                .and_then(|c| c.as_array().cloned())
                .unwrap_or_default();
            flat["parent_start"] = parent.clone();
            let me = n["start"].clone();
            out.push(flat);
            flatten(&children, me, out);
        }
    }
    match (field, v) {
        ("outline", Value::Array(a)) => {
            let mut out = Vec::new();
            flatten(a, Value::Null, &mut out);
            out
        }
        (_, Value::Array(a)) => a.clone(),
        (_, Value::Null) => Vec::new(),
        (_, other) => vec![other.clone()],
    }
}

struct Score {
    matched: usize,
    got: usize,
    expected: usize,
    missing: Vec<Value>,
    extra: Vec<Value>,
}

/// Keys SPEC 2 added to items after the golden files were written: compared
/// where a golden item has them, left out where no golden item of the field does.
const NEW_KEYS: [&str; 2] = ["lead", "until"];

fn score(field: &str, expected: &Value, got: &Value) -> Score {
    let exp = items(field, expected);
    let mut left = items(field, got);
    for key in NEW_KEYS {
        if !exp.iter().any(|e| e.get(key).is_some()) {
            for g in &mut left {
                if let Some(o) = g.as_object_mut() {
                    o.remove(key);
                }
            }
        }
    }
    let n_got = left.len();
    let mut missing = Vec::new();
    let mut matched = 0;
    for e in &exp {
        if let Some(i) = left.iter().position(|g| g == e) {
            left.remove(i);
            matched += 1;
        } else {
            missing.push(e.clone());
        }
    }
    Score {
        matched,
        got: n_got,
        expected: exp.len(),
        missing,
        extra: left,
    }
}

fn brief(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 400 {
        s.chars().take(400).collect::<String>() + "…"
    } else {
        s
    }
}

type Totals = [(usize, usize, usize); 11];

type Known = std::collections::BTreeMap<(String, String, String, String), String>;

/// Compares every field of one document, taking the differences it explains
/// out of `known`; returns the failures.
fn check(
    name: &str,
    text: &str,
    expected: &Value,
    totals: &mut Totals,
    known: &mut Known,
) -> Vec<String> {
    let got = actual(text);
    let mut failures = Vec::new();
    // SPEC 2's keys are all there; keys of other sections (SPEC 2.1) may
    // be there too and are tested elsewhere.
    for (what, v) in [("expected file", expected), ("record", &got)] {
        let o = v.as_object().expect("an object");
        for field in FIELDS {
            assert!(o.contains_key(field), "{name}: the {what} has no {field:?}");
        }
    }
    println!("{name}");
    for (k, field) in FIELDS.iter().enumerate() {
        let s = score(field, &expected[field], &got[field]);
        totals[k].0 += s.matched;
        totals[k].1 += s.got;
        totals[k].2 += s.expected;
        let p = if s.got == 0 {
            1.0
        } else {
            s.matched as f64 / s.got as f64
        };
        let r = if s.expected == 0 {
            1.0
        } else {
            s.matched as f64 / s.expected as f64
        };
        let exact = s.missing.is_empty() && s.extra.is_empty();
        let sides = [("missing", &s.missing), ("extra", &s.extra)];
        let mut unlisted = 0;
        let mut listed = Vec::new();
        for (side, list) in sides {
            for item in list {
                let key = (
                    name.to_string(),
                    field.to_string(),
                    side.to_string(),
                    span_key(item),
                );
                match known.remove(&key) {
                    Some(why) => listed.push(why),
                    None => unlisted += 1,
                }
            }
        }
        let note = match (exact, unlisted) {
            (true, _) => String::new(),
            (false, 0) => format!("  known miss: {}", listed.join("; ")),
            (false, _) => "  FAIL".to_string(),
        };
        println!(
            "  {field:<12} P {p:.3} R {r:.3}  (matched {}, got {}, expected {}){note}",
            s.matched, s.got, s.expected
        );
        if !exact {
            for m in &s.missing {
                println!("      missing {}", brief(m));
            }
            for x in &s.extra {
                println!("      extra   {}", brief(x));
            }
        }
        if unlisted > 0 {
            failures.push(format!(
                "{name} {field}: {unlisted} differing items not in seeds_policy_misses.tsv"
            ));
        }
    }
    failures
}

fn print_totals(title: &str, totals: &Totals) {
    println!("{title}: per-field precision / recall");
    for (k, field) in FIELDS.iter().enumerate() {
        let (m, g, e) = totals[k];
        let p = if g == 0 { 1.0 } else { m as f64 / g as f64 };
        let r = if e == 0 { 1.0 } else { m as f64 / e as f64 };
        println!("  {field:<12} P {p:.3} R {r:.3}  (matched {m}, got {g}, expected {e})");
    }
}

#[test]
fn golden_seeds() {
    let dir = root().join("expected");
    let mut totals = [(0, 0, 0); 11];
    let mut failures = Vec::new();
    let mut seen = 0;
    let mut known = known_misses();
    for stem in [
        "000_4a6d67342417aa92",
        "001_539f5fd31231bd53",
        "004_ef4a9200a4262919",
    ] {
        let path = dir.join(format!("{stem}.policy.json"));
        let Ok(golden) = std::fs::read_to_string(&path) else {
            println!("SKIP {stem}: {} has not landed yet", path.display());
            continue;
        };
        seen += 1;
        let text = std::fs::read_to_string(root().join(format!("{stem}.txt"))).expect("seed text");
        let expected: Value = serde_json::from_str(&golden).expect("golden JSON");
        failures.extend(check(stem, &text, &expected, &mut totals, &mut known));
    }
    print_totals("seeds", &totals);
    assert_eq!(seen, 3, "all three policy goldens are in use");
    for ((seed, field, side, span), why) in known {
        failures.push(format!(
            "{seed} {field} {side} {span}: listed in seeds_policy_misses.tsv ({why}) but no longer seen: remove the row"
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn synthetic_documents() {
    let dir = root().join("policy");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("seeds/policy exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 3, "at least three synthetic documents");
    let mut totals = [(0, 0, 0); 11];
    let mut failures = Vec::new();
    for path in names {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a name")
            .to_string();
        let text = std::fs::read_to_string(&path).expect("text");
        let expected_path = dir.join(format!("{stem}.expected.json"));
        let raw = std::fs::read_to_string(&expected_path).expect("expected JSON");
        let expected: Value = serde_json::from_str(&raw).expect("valid JSON");
        failures.extend(check(
            &stem,
            &text,
            &expected,
            &mut totals,
            &mut Known::new(),
        ));
    }
    print_totals("synthetic", &totals);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn empty_and_tiny_inputs() {
    let mut empty = actual("");
    // Only SPEC 2's keys here (SPEC 2.1's are tested with their modules).
    empty
        .as_object_mut()
        .expect("an object")
        .retain(|k, _| FIELDS.contains(&k.as_str()));
    assert_eq!(
        empty,
        json!({
            "heading": null, "titles": [], "doc_numbers": [], "effective": [], "outline": [],
            "responsible": [], "targets": [], "frameworks": [], "bylines": [], "issuer": null,
            "recipients": []
        })
    );
    for text in [
        "《",
        "》",
        "“",
        "（责任单位：",
        "第",
        "一、",
        "到2027年",
        "\r\n",
        "本报讯",
        "□",
    ] {
        let v = actual(text);
        assert!(v.is_object(), "{text}");
    }
}

/// Every object with `text` and offsets, anywhere in the record, slices back
/// to its `text` by bytes, by code points and (with UTF-16 offsets) by UTF-16
/// units.
fn assert_spans(text: &str) {
    fn walk(v: &Value, text: &str, chars: &[char], utf16: Option<&[u16]>) {
        match v {
            Value::Object(o) => {
                if let (Some(t), Some(bs), Some(be), Some(s), Some(e)) = (
                    o.get("text").and_then(Value::as_str),
                    o.get("byte_start").and_then(Value::as_u64),
                    o.get("byte_end").and_then(Value::as_u64),
                    o.get("start").and_then(Value::as_u64),
                    o.get("end").and_then(Value::as_u64),
                ) {
                    let (bs, be, s, e) = (bs as usize, be as usize, s as usize, e as usize);
                    assert!(bs <= be && be <= text.len(), "{t:?}");
                    assert!(
                        text.is_char_boundary(bs) && text.is_char_boundary(be),
                        "{t:?}"
                    );
                    assert_eq!(&text[bs..be], t);
                    match utf16 {
                        None => assert_eq!(chars[s..e].iter().collect::<String>(), t),
                        Some(u) => assert_eq!(String::from_utf16(&u[s..e]).unwrap(), t),
                    }
                }
                o.values().for_each(|x| walk(x, text, chars, utf16));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, text, chars, utf16)),
            _ => {}
        }
    }
    let p = parse(text, &Config::default());
    let chars: Vec<char> = text.chars().collect();
    let cp = serde_json::to_value(PolicyRecord::new(&p, text, OffsetUnit::CodePoints)).unwrap();
    walk(&cp, text, &chars, None);
    let units: Vec<u16> = text.encode_utf16().collect();
    let u = serde_json::to_value(PolicyRecord::new(&p, text, OffsetUnit::Utf16)).unwrap();
    walk(&u, text, &chars, Some(&units));
}

#[test]
fn spans_of_the_seeds_slice_back() {
    for entry in std::fs::read_dir(root()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "txt") {
            assert_spans(&std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn thousands_of_headings_and_unbalanced_brackets() {
    let mut text = String::new();
    for i in 0..2000 {
        text.push_str(&format!(
            "{}.第{i}项任务。到2027年，企业达到{i}家。（责任单位：市{i}局、各县(市、区)）\n",
            i % 999 + 1
        ));
    }
    let p = parse(&text, &Config::default());
    assert_eq!(p.outline.len(), 2000);
    assert_eq!(p.responsible.len(), 2000);
    assert!(p
        .responsible
        .iter()
        .all(|r| r.path.len() == 1 && r.units.len() == 2));
    let opens = "《".repeat(5000) + "《某某办法》" + &"》".repeat(5000) + &"“".repeat(3000);
    let p = parse(&opens, &Config::default());
    assert!(p.titles.len() <= 1);
    assert_spans(&opens);
}

mod props {
    use super::*;
    use proptest::prelude::*;

    /// Text made of the pieces the finders look for, shuffled.
    fn policy_like() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "《",
            "》",
            "〈",
            "〉",
            "“",
            "”",
            "（",
            "）",
            "(",
            ")",
            "〔",
            "〕",
            "[",
            "]",
            "、",
            "，",
            ",",
            "。",
            "：",
            ":",
            "；",
            "\n",
            "\r\n",
            " ",
            "\u{3000}",
            "一、",
            "（一）",
            "(二)",
            "1.",
            "2．",
            "（1）",
            "第一章",
            "第二条",
            "第三节",
            "第四款",
            "责任单位",
            "到2027年",
            "2027年之前",
            "达到",
            "37家",
            "5500亿级",
            "1个",
            "即",
            "——",
            "六个一",
            "双碳",
            "1+8+N",
            "本报讯",
            "记者",
            "通讯员",
            "摄",
            "□",
            "李杰",
            "自",
            "将于",
            "起施行",
            "今年7月1日",
            "印发之日",
            "以下简称",
            "决定",
            "实施意见",
            "滨政办字",
            "〔2024〕",
            "18号",
            "2024年5月31日",
            "滨州市人民政府办公室",
            "关于",
            "的通知",
            "𠀀",
            "😀",
            "a",
            "#",
        ]);
        prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn never_panics_and_spans_slice_back(text in policy_like()) {
            assert_spans(&text);
        }

        #[test]
        fn arbitrary_unicode_never_panics(text in "\\PC{0,200}") {
            assert_spans(&text);
        }

        #[test]
        fn repeated_pages_never_panic(text in policy_like()) {
            let doubled = format!("{text}\n来源:网\n{text}\n{text}");
            assert_spans(&doubled);
        }
    }
}

/// A notice whose lines a crawl ran together (written for blind slice 7):
/// `一、` is followed on the same line by `(一)`, and `二、` by `(三)`, which
/// numbers on across the parents. The titles end where the joined heading
/// starts; a bracket inside a title that does not open or continue a list
/// (`(试行)`) stays in it.
#[test]
fn headings_joined_into_the_title_before_them_are_headings() {
    let text = "一、支持住房消费(一)给予购房补贴。(责任单位:市住建局)(二)落实税费政策。\
                (责任单位:市税务局)二、加大公积金支持(三)提高可贷额度。内容。\
                三、实施办法(试行)。内容。";
    let p = parse(text, &Config::default());
    let outline: Vec<(&str, Vec<&str>)> = p
        .outline
        .iter()
        .map(|i| {
            (
                &text[i.span.range()],
                i.children.iter().map(|c| &text[c.span.range()]).collect(),
            )
        })
        .collect();
    assert_eq!(
        outline,
        vec![
            (
                "一、支持住房消费",
                vec!["(一)给予购房补贴", "(二)落实税费政策"]
            ),
            ("二、加大公积金支持", vec!["(三)提高可贷额度"]),
            ("三、实施办法(试行)", vec![]),
        ]
    );
    assert_eq!(p.outline[1].children[0].number, Some(3));
    assert_eq!(p.outline[1].children[0].level, 2);
}

/// A notice forwarding a 请示 (written for blind slice 7): `form` 通知, and
/// no `attachment_form`, as 请示 is not among SPEC 2.1's forms; a forwarded
/// 报告 (a SPEC 2 type word) keeps its form.
#[test]
fn a_forwarded_request_has_no_attachment_form() {
    let forms = |text: &str| {
        let p = parse(text, &Config::default());
        (p.form, p.attachment_form)
    };
    let text = "某省人民政府办公厅转发省教育厅\n关于扩大招生规模有关问题请示的通知\n\
                各市人民政府：\n省教育厅《关于扩大招生规模有关问题的请示》已经省政府同意，现转发给你们。\n";
    assert_eq!(forms(text), (Some("通知"), None));
    let text = "某省人民政府办公厅转发省统计局关于全省经济运行情况报告的通知\n各市人民政府：\n现转发给你们。\n";
    assert_eq!(forms(text), (Some("通知"), Some("报告")));
}

/// A notice stored under a page's table of metadata (written for blind
/// slice 7): the rows `文 号: … 是否有效:` and `名 称: <title>` are no
/// recipients; the title after `名 称:` is the heading.
#[test]
fn a_page_metadata_table_above_a_notice() {
    let text = "文 号: 某市府办发〔2022〕10号 是否有效:\n\
                名 称: 市人民政府办公室关于印发某市数据中心建设行动方案的通知\n\
                各区人民政府,市人民政府各部门:\n\
                经市人民政府同意,现将《某市数据中心建设行动方案》印发给你们,请认真抓好贯彻落实。\n\
                某市数据中心建设行动方案\n一、主要目标\n到2024年,建成数据中心3个。\n";
    let p = parse(text, &Config::default());
    let heading = p.heading.map(|h| &text[h.range()]);
    assert_eq!(
        heading,
        Some("市人民政府办公室关于印发某市数据中心建设行动方案的通知")
    );
    let recipients: Vec<&str> = p.recipients.iter().map(|r| &text[r.range()]).collect();
    assert_eq!(recipients, vec!["各区人民政府,市人民政府各部门"]);
    assert_eq!(
        (p.form, p.attachment_form),
        (Some("通知"), Some("行动方案"))
    );
}

/// A joint notice whose masthead names its bodies two to a line, set apart
/// by spaces, the last alone over the title (written for blind slice 7):
/// the heading starts at 关于.
#[test]
fn a_joint_masthead_over_lines_is_no_part_of_the_heading() {
    let text = "某市住房和城乡建设委员会 某市规划和自然资源局\n\n\
                某市商务委员会 国家税务总局某市税务局\n\n\
                中国人民银行某市分行\n\n\
                关于稳定房地产市场的通知\n\n\
                各区县人民政府,市级有关部门:\n\n现将有关事项通知如下。\n";
    let p = parse(text, &Config::default());
    assert_eq!(
        p.heading.map(|h| &text[h.range()]),
        Some("关于稳定房地产市场的通知")
    );
}

/// Five bodies signing a joint notice, four on one long line set apart by
/// spaces and the fifth under it (written for blind slice 7): five names.
#[test]
fn a_joint_signature_of_four_bodies_on_a_long_line() {
    let text = "关于稳定房地产市场的通知\n\n各区县人民政府:\n\n本通知自印发之日起实施。\n\n\
                \u{20}某市住房和城乡建设委员会 某市规划和自然资源局 某市商务委员会 国家税务总局某市税务局 \n\n\
                \u{20}中国人民银行某市分行\n\n \n\n 2026年2月9日\n";
    let p = parse(text, &Config::default());
    let issuer = p.issuer.expect("an issuer");
    let names: Vec<&str> = issuer.names.iter().map(|n| &text[n.range()]).collect();
    assert_eq!(
        names,
        vec![
            "某市住房和城乡建设委员会",
            "某市规划和自然资源局",
            "某市商务委员会",
            "国家税务总局某市税务局",
            "中国人民银行某市分行"
        ]
    );
    assert!(text[issuer.span.range()].starts_with("某市住房和城乡建设委员会"));
}
