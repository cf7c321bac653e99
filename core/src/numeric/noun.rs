//! The counted thing right after a count (`196家知名企业` → `知名企业`):
//! a run of ideographs up to punctuation or a verb-like stop, left out when
//! unsure (an enumeration, a quotation mark, another figure in the run).

use super::text::{char_at, is_han};
use crate::entity::Span;

/// Words that end a noun phrase wherever they come (verbs and function
/// words that commonly follow the counted thing).
const STOPS: &[&str] = &[
    "的",
    "和",
    "与",
    "及",
    "等",
    "了",
    "把",
    "被",
    "像",
    "搬",
    "之",
    "参与",
    "纳入",
    "实现",
    "立足",
    "组成",
    "涉及",
    "进行",
    "驱动",
    "联动",
    "乃至",
    "入驻",
    "获得",
    "获批",
    "落地",
    "落户",
    "投入",
    "投产",
    "开展",
    "推动",
    "建设",
    "建成",
    "成为",
    "成功",
    "通过",
    "完成",
    "带动",
    "提供",
    "形成",
    "列入",
    "累计",
    "同比",
    "环比",
    "增长",
    "增加",
    "提高",
    "提升",
    "上涨",
    "上升",
    "加快",
    "下降",
    "降低",
    "减少",
    "缩减",
    "回落",
    "其中",
    "分别",
    "走访",
    "上线",
    "开工",
    "签约",
    "覆盖",
    "参加",
    "出台",
    "发布",
    "入选",
    "集聚",
    "全覆盖",
    "全面",
    "全部",
    "全流程",
    "延链",
    "陆续",
    "正在",
    "已经",
    "共同",
    "均已",
    "先后",
    "正式",
    "主要",
    "全年",
    "以上",
    "以下",
    "左右",
];

/// Words that end the phrase only right after the measure word (elsewhere
/// they are parts of nouns: 方向, 中心, 共享).
const FIRST_STOPS: &[&str] = &[
    "在", "是", "为", "对", "将", "从", "向", "到", "至", "比", "较", "占", "达", "均", "已", "正",
    "都", "也", "还", "又", "就", "才", "由", "以", "中", "全",
];

const MAX_CHARS: usize = 16;

/// The noun after a count ending at byte `end`, if any.
pub(crate) fn after(text: &str, end: usize) -> Option<Span> {
    let mut p = end;
    let mut k = 0;
    loop {
        let c = char_at(text, p)?;
        if !is_han(c) {
            break;
        }
        let rest = &text[p..];
        if STOPS.iter().any(|w| rest.starts_with(w))
            || k == 0 && FIRST_STOPS.iter().any(|w| rest.starts_with(w))
        {
            break;
        }
        if "十百千万亿".contains(c) || c.is_ascii_digit() {
            return None; // another figure: the thing counted is further on
        }
        p += c.len_utf8();
        k += 1;
        if k > MAX_CHARS {
            return None;
        }
    }
    if k < 1 {
        return None;
    }
    // An enumeration: 100余家涉外法律、跨境金融、…等专业机构.
    if char_at(text, p) == Some('、') {
        let next = char_at(text, p + '、'.len_utf8());
        if !next.is_some_and(|c| c.is_ascii_digit() || crate::numeral::chinese::is_numeral_char(c))
        {
            return None;
        }
    }
    Some(Span::new(end, p))
}
