//! Property tests: extraction never panics, and its spans are sorted,
//! non-overlapping, on character boundaries, and give back their text —
//! on arbitrary Unicode and on strings built from the characters figures
//! are made of.

use proptest::prelude::*;
use shuzi::{extract, json, Kind};

/// Characters and words figures are made of, plus astral characters.
const ALPHABET: &[&str] = &[
    "0",
    "1",
    "2",
    "5",
    "9",
    ".",
    ",",
    "%",
    "‰",
    "-",
    "±",
    "１",
    "０",
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
    "零",
    "〇",
    "壹",
    "佰",
    "拾",
    "点",
    "分之",
    "成",
    "第",
    "首",
    "几",
    "数",
    "上",
    "余",
    "多",
    "约",
    "超过",
    "近",
    "不到",
    "以上",
    "以下",
    "左右",
    "至",
    "到",
    "—",
    "~",
    "元",
    "美元",
    "人民币",
    "¥",
    "家",
    "个",
    "个月",
    "年",
    "月",
    "日",
    "季度",
    "台",
    "（套）",
    "吨",
    "标准煤",
    "亩",
    "级",
    "个百分点",
    "同比",
    "增长",
    "下降",
    "提高到",
    "，",
    "。",
    "、",
    "“",
    "”",
    "《",
    "》",
    "（",
    "）",
    "\n",
    " ",
    "𠀀",
    "😀",
    "G",
    "A",
    "企业",
    "的",
    "全省",
    "届",
    "次",
    "会议",
    "期",
    "热线",
    "强",
    // Junk seen in crawled text (issue #8).
    "百分之",
    "亿亿",
    "1e",
    "E+",
    "\u{0}",
    "\u{1b}[",
    "\t",
    "\r\n",
    "\u{FFFD}",
    "\u{200F}",
    "\u{202E}",
    "\u{301}",
    "Ж",
    "ع",
    "١",
    "𦡦",
    "（一）",
    "一、",
    // Words of the rules of round 19: spaced digit groups, bracketed and
    // joined ranks, labels of a line, 百年/千年, homes, nouns.
    "\u{a0}",
    "\u{2009}",
    "\u{3000}",
    "234",
    "(",
    ")",
    "项",
    "或",
    "和",
    "时",
    "电话",
    "：",
    "百年",
    "千年",
    "建",
    "住房",
    "自住",
    "枚",
    "连续",
    "为",
    "较去年",
];

fn figure_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..40).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let found = extract(text);
    let mut last_end = 0;
    for e in &found {
        assert!(e.span.start < e.span.end, "empty span in {text:?}");
        assert!(
            e.span.start >= last_end,
            "overlap or disorder in {text:?}: {found:?}"
        );
        assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
        last_end = e.span.end;
        if matches!(e.kind, Kind::Date | Kind::Period) {
            continue;
        }
        assert!(
            e.value().is_some(),
            "numeric entity without value in {text:?}"
        );
    }
    // Code-point and UTF-16 offsets slice back to the same text, and every
    // entity serializes.
    let chars: Vec<char> = text.chars().collect();
    let records = json::records(text, &found, json::OffsetUnit::CodePoints);
    assert_eq!(records.len(), found.len());
    for r in records {
        let s: String = chars[r.start..r.end].iter().collect();
        assert_eq!(s, r.entity.text(text));
        let v = serde_json::to_value(&r).expect("every entity serializes");
        assert_eq!(v["text"], s);
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    for r in json::records(text, &found, json::OffsetUnit::Utf16) {
        assert_eq!(
            String::from_utf16(&units[r.start..r.end]).unwrap(),
            r.entity.text(text)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_unicode(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn figure_alphabet(text in figure_like()) {
        check(&text);
    }

    #[test]
    fn policy_on_figure_alphabet(text in figure_like()) {
        check_policy(&text);
    }
}

/// `policy::parse` returns, and every span of its record lies on character
/// boundaries and slices back to its text.
fn check_policy(text: &str) {
    fn walk(v: &serde_json::Value, text: &str) {
        match v {
            serde_json::Value::Object(o) => {
                if let (Some(t), Some(bs), Some(be)) = (
                    o.get("text").and_then(|x| x.as_str()),
                    o.get("byte_start").and_then(|x| x.as_u64()),
                    o.get("byte_end").and_then(|x| x.as_u64()),
                ) {
                    let (bs, be) = (bs as usize, be as usize);
                    assert!(bs <= be && be <= text.len(), "{text:?}");
                    assert!(text.is_char_boundary(bs) && text.is_char_boundary(be));
                    assert_eq!(&text[bs..be], t);
                }
                o.values().for_each(|x| walk(x, text));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, text)),
            _ => {}
        }
    }
    let p = shuzi::policy::parse(text, &shuzi::Config::default());
    let record = shuzi::policy::PolicyRecord::new(&p, text, json::OffsetUnit::Utf16);
    walk(&serde_json::to_value(record).unwrap(), text);
}

#[test]
fn hostile_inputs() {
    for text in [
        "9".repeat(400),
        "亿".repeat(500),
        "亿亿亿亿亿元".into(),
        format!("{}万亿元", "9".repeat(40)),
        "九".repeat(300),
        "第".repeat(300),
        "1,".repeat(300),
        "0.".repeat(300),
        "至".repeat(100) + "5",
        "𠀀5家𠀀".repeat(50),
    ] {
        check(&text);
    }
}
