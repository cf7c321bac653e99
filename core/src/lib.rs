//! # shuzi (数字)
//!
//! Reads Chinese economic news and government policy documents and pulls out
//! every figure an analyst would copy by hand: money (`2.96亿元`), percentages
//! and changes (`同比增长13.1%`), counts with their measure word (`196家`),
//! physical quantities (`3000余亩`), durations, ordinals, dates and periods —
//! each with an exact normalised value and its span in the text.
//!
//! ```
//! use shuzi::{extract, Kind, Bound};
//!
//! let text = "今年前10个月，全市固定资产投资同比增长13.1%，引进项目196家。";
//! let found = extract(text);
//! let pct = found.iter().find(|e| e.kind == Kind::Percent).unwrap();
//! assert_eq!(pct.text(text), "13.1%");
//! assert_eq!(pct.value().unwrap().to_string(), "13.1");
//! assert_eq!(pct.change().unwrap().direction, shuzi::Direction::Up);
//! let count = found.iter().find(|e| e.kind == Kind::Count).unwrap();
//! assert_eq!((count.text(text), count.unit()), ("196家", Some("家")));
//! assert_eq!(count.bound, Bound::Exact);
//! ```
//!
//! The format reference — every field, kind, unit and bound, with the rules
//! and examples — is the module [`reference`](mod@reference) (the repository's `docs/`).
//!
//! ## Kinds
//!
//! | kind | example | value |
//! |---|---|---|
//! | `number` | `三分之一` | 1/3 (rounded, `exact == false`) |
//! | `money` | `2.96亿元` | 296000000, unit 元, currency CNY |
//! | `percent` | `同比增长13.1%` | 13.1, unit `%`, change up/yoy |
//! | `count` | `2.1万余台（套）` | 21000 more_than, unit 台 |
//! | `quantity` | `4万多吨标准煤` | 40000 more_than, unit `tce` |
//! | `duration` | `8个月` | 8, unit `month` |
//! | `ordinal` | `全省第二` | 2 |
//! | `date` | `2024年5月31日` | `2024-05-31` |
//! | `period` | `1月~10月` | `--01` … `--10` |
//!
//! ## Offsets
//!
//! In Rust every span is in bytes ([`Span`]); `&text[e.range()]` is the
//! entity's text. [`OffsetCursor`] converts byte offsets to code points (the
//! JSON, Python) and UTF-16 units (JavaScript) in one forward pass.
//!
//! ## Values
//!
//! Values are exact [`Decimal`]s (`i128` mantissa + scale); `to_f64()` only at
//! the edge, and the canonical decimal text through `Display`.
//!
//! A numeral beyond that model — more than 38 digits (`9`×39), stacked
//! magnitudes (`一万亿亿亿元`), more than [`MAX_SCALE`] decimals, scientific
//! notation (`1e309`) — is no entity: never a saturated or rounded value,
//! never a smaller figure read out of the rest of its run. `exact == false`
//! only marks values rounded on purpose (`三分之一`).
//!
//! ```
//! let text = format!("{}元，增长13.1%", "9".repeat(39));
//! let found = shuzi::extract(&text);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].text(&text), "13.1%");
//! ```
//!
//! ## Dates and periods
//!
//! A `date` carries a [`DateValue`] (year, month, day as far as written); a
//! `period` carries `from` and `to`. Without a reference date, relative
//! years stay relative (`relative_years`); with one they are resolved:
//!
//! ```
//! use shuzi::{Config, Extractor, Kind, KindSet, RefDate};
//! let text = "去年12月，今年前三季度";
//! let kinds = KindSet::parse_list("date,period").unwrap();
//! let found = Extractor::new(Config::default().with_kinds(kinds)).extract(text);
//! assert_eq!(found[0].kind, Kind::Date);
//! assert_eq!(found[0].date().unwrap().iso().unwrap(), "--12");
//! assert_eq!(found[0].relative_years(), Some(-1));
//!
//! let config = Config::default()
//!     .with_kinds(kinds)
//!     .with_ref_date(Some(RefDate::parse("2026-01-10").unwrap()));
//! let found = Extractor::new(config).extract(text);
//! assert_eq!(found[0].date().unwrap().iso().unwrap(), "2025-12");
//! assert!(found[0].resolved());
//! assert_eq!(found[1].text(text), "今年前三季度");
//! assert_eq!(found[1].period().unwrap().0.iso().unwrap(), "2026-01");
//! assert_eq!(found[1].period().unwrap().1.iso().unwrap(), "2026-09");
//! ```
//!
//! ## Policy structure
//!
//! [`policy::parse`] reads the structure of a policy document or news page
//! ([`reference::policy`]): heading, cited 《》 titles, 发文字号, effective dates, the
//! outline tree, 责任单位 brackets, targets with their deadline, frameworks
//! (“六个一”), bylines, the issuer and the recipients. Targets' amounts and
//! every date are the extractor's entities; [`policy::PolicyRecord`] gives
//! the JSON of `shuzi policy`.
//!
//! ```
//! let text = "二、重点任务\n(一)增强创新能力\n1.建设载体。到2027年,企业数量达到37家。(责任单位:市科技局)\n";
//! let p = shuzi::policy::parse(text, &shuzi::Config::default());
//! let t = &p.targets[0];
//! assert_eq!((t.deadline, t.amount.text(text)), (2027, "37家"));
//! let path: Vec<_> = p.responsible[0].path.iter().map(|m| &text[m.range()]).collect();
//! assert_eq!(path, ["二、", "(一)", "1."]);
//! ```
//!
//! The same parse gives what a policy researcher codes by hand first (SPEC
//! 2.1): the document's `form` (文种) and administrative `level`, the
//! `references` it cites with their relation (basis, issues, replaces,
//! cites), and the clause table, one [`policy::Clause`] per outline leaf
//! with candidate policy instruments (supply, environment, demand) and the
//! cue word behind each. [`policy::Parser`] takes a cue table of one's own.
//!
//! ```
//! let text = "关于加快发展的实施意见\n一、保障措施\n（一）资金保障。设立专项资金，给予贷款贴息。\n";
//! let p = shuzi::policy::parse(text, &shuzi::Config::default());
//! assert_eq!(p.form, Some("实施意见"));
//! let c = &p.clauses[0];
//! assert_eq!(c.id(text), "一、/（一）");
//! let cues: Vec<_> = c.instruments.iter().map(|i| (&*i.tool, &text[i.cue.range()])).collect();
//! assert_eq!(cues, [("资金投入", "专项资金"), ("金融支持", "贷款")]);
//! ```
//!
//! ## Configuration and errors
//!
//! [`Config`] picks the kinds and a reference date ([`RefDate`]) for 今年/去年.
//! Building a configuration can fail with [`Error`] (see [`ErrorKind`]);
//! extraction cannot fail: text that is not a well-formed expression simply
//! yields no entity.
//!
//! ## Crate features
//!
//! - `serde` (default): [`json`] serializes entities as the JSON of
//!   [`reference::entities`], and
//!   [`Config`] deserializes from binding option objects.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[macro_use]
mod macros;
#[cfg(feature = "arrow")]
pub mod arrow;
mod chars;
mod config;
mod decimal;
mod entity;
mod error;
mod extract;
pub mod facts;
pub mod flat;
mod input;
#[cfg(feature = "serde")]
pub mod json;
mod lexicon;
pub(crate) mod numeral;
mod numeric;
mod offsets;
pub mod policy;
pub mod reference;
mod time;
mod traditional;
mod value;

pub use config::{days_in_month, Config, KindSet, RefDate};
pub use decimal::{Decimal, ParseDecimalError, MAX_SCALE};
pub use entity::{Basis, Bound, Change, DateValue, Direction, Entity, IsoText, Kind, Point, Span};
pub use error::{Error, ErrorKind};
pub use extract::{extract, Extractor};
pub use input::decode;
pub use offsets::OffsetCursor;
pub use value::{Currency, DurationUnit, Figure, PercentUnit, QuantityUnit, Relative, Value};

/// The crate README's Rust examples run as doctests (the repository README's
/// Rust example is the same text; scripts/check-repo.sh checks that).
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(test)]
mod send_sync {
    fn assert_traits<T: std::fmt::Debug + Clone + Send + Sync>() {}

    #[test]
    fn public_types_are_send_sync() {
        assert_traits::<crate::Entity>();
        assert_traits::<crate::Extractor>();
        assert_traits::<crate::Config>();
        assert_traits::<crate::Error>();
        assert_traits::<crate::Decimal>();
        assert_traits::<crate::Span>();
        assert_traits::<crate::RefDate>();
    }
}
