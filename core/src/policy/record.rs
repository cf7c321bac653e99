//! The JSON of `shuzi policy` (SPEC 2, `seeds/expected/README.md`): every
//! item has `text`, `start`, `end`, `byte_start`, `byte_end`; nested dates
//! and amounts are [`crate::json::EntityRecord`]s.

use super::{
    Byline, Clause, DocNumber, Effective, Framework, Instrument, Issuer, OutlineItem, Policy,
    Reference, Responsible, Target, Title,
};
use crate::entity::{Entity, Span};
use crate::json::{EntityRecord, KeyStyle, OffsetUnit};
use crate::offsets::OffsetCursor;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::Serialize;

/// A [`Policy`] ready to serialize, with its input and the offset unit.
///
/// ```
/// use shuzi::json::OffsetUnit;
/// let text = "𠀀见《某某办法》。";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let json = serde_json::to_value(shuzi::policy::PolicyRecord::new(&p, text, OffsetUnit::CodePoints)).unwrap();
/// assert_eq!(json["titles"][0]["text"], "《某某办法》");
/// assert_eq!(json["titles"][0]["start"], 2);
/// assert_eq!(json["titles"][0]["byte_start"], 7);
/// assert_eq!(json["titles"][0]["doc_type"], "办法");
/// let js = serde_json::to_value(
///     shuzi::policy::PolicyRecord::new(&p, text, OffsetUnit::Utf16).with_keys(shuzi::json::KeyStyle::Camel),
/// ).unwrap();
/// assert_eq!(js["titles"][0]["start"], 3);
/// assert_eq!(js["titles"][0]["docType"], "办法");
/// ```
#[derive(Debug, Clone)]
pub struct PolicyRecord<'a> {
    policy: &'a Policy,
    input: &'a str,
    unit: OffsetUnit,
    keys: KeyStyle,
}

impl<'a> PolicyRecord<'a> {
    /// A record of `policy`, found in `input`, with snake_case keys.
    ///
    /// ```
    /// let p = shuzi::policy::parse("", &shuzi::Config::default());
    /// let r = shuzi::policy::PolicyRecord::new(&p, "", shuzi::json::OffsetUnit::CodePoints);
    /// assert_eq!(serde_json::to_value(&r).unwrap()["heading"], serde_json::Value::Null);
    /// ```
    pub fn new(policy: &'a Policy, input: &'a str, unit: OffsetUnit) -> PolicyRecord<'a> {
        PolicyRecord {
            policy,
            input,
            unit,
            keys: KeyStyle::Snake,
        }
    }

    /// The same record with keys spelled in `keys`.
    ///
    /// ```
    /// let p = shuzi::policy::parse("", &shuzi::Config::default());
    /// let r = shuzi::policy::PolicyRecord::new(&p, "", shuzi::json::OffsetUnit::Utf16)
    ///     .with_keys(shuzi::json::KeyStyle::Camel);
    /// assert!(serde_json::to_value(&r).unwrap().get("docNumbers").is_some());
    /// ```
    pub fn with_keys(mut self, keys: KeyStyle) -> PolicyRecord<'a> {
        self.keys = keys;
        self
    }

    /// The clause table, one record per clause.
    ///
    /// ```
    /// let text = "一、总则\n（一）目的。\n";
    /// let p = shuzi::policy::parse(text, &shuzi::Config::default());
    /// let r = shuzi::policy::PolicyRecord::new(&p, text, shuzi::json::OffsetUnit::CodePoints);
    /// assert_eq!(r.clauses().len(), 1);
    /// ```
    pub fn clauses(&self) -> ClauseTable<'a> {
        let mut bytes = Vec::new();
        collect_offsets(self.policy, &mut bytes);
        ClauseTable {
            policy: self.policy,
            ctx: Ctx {
                input: self.input,
                offsets: Offsets::new(self.input, bytes, self.unit),
                keys: self.keys,
            },
        }
    }
}

/// The clause table of a [`PolicyRecord`], one record per clause
/// (`shuzi policy --clauses`), each serializing as the clause object of the
/// record's `clauses` key.
///
/// ```
/// use shuzi::json::OffsetUnit;
/// let text = "一、措施\n（一）设立专项资金。\n（二）给予贷款贴息。\n";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let table = shuzi::policy::PolicyRecord::new(&p, text, OffsetUnit::CodePoints).clauses();
/// assert_eq!(table.len(), 2);
/// let second = serde_json::to_value(table.get(1).unwrap()).unwrap();
/// assert_eq!(second["id"], "一、/（二）");
/// assert_eq!(second["start"], 16);
/// assert_eq!(second["instruments"][0]["cue"]["text"], "贷款");
/// ```
pub struct ClauseTable<'a> {
    policy: &'a Policy,
    ctx: Ctx<'a>,
}

impl ClauseTable<'_> {
    /// The number of clauses.
    ///
    /// ```
    /// let p = shuzi::policy::parse("", &shuzi::Config::default());
    /// let r = shuzi::policy::PolicyRecord::new(&p, "", shuzi::json::OffsetUnit::CodePoints);
    /// assert!(r.clauses().is_empty());
    /// ```
    pub fn len(&self) -> usize {
        self.policy.clauses.len()
    }

    /// True when the document has no clause.
    ///
    /// ```
    /// let p = shuzi::policy::parse("一、总则\n", &shuzi::Config::default());
    /// let r = shuzi::policy::PolicyRecord::new(&p, "一、总则\n", shuzi::json::OffsetUnit::CodePoints);
    /// assert!(!r.clauses().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.policy.clauses.is_empty()
    }

    /// The record of clause `i`, if there is one.
    ///
    /// ```
    /// let p = shuzi::policy::parse("", &shuzi::Config::default());
    /// let r = shuzi::policy::PolicyRecord::new(&p, "", shuzi::json::OffsetUnit::CodePoints);
    /// assert!(r.clauses().get(0).is_none());
    /// ```
    pub fn get(&self, i: usize) -> Option<impl Serialize + '_> {
        self.policy.clauses.get(i).map(|item| One {
            ctx: &self.ctx,
            item,
        })
    }
}

impl std::fmt::Debug for ClauseTable<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClauseTable")
            .field("clauses", &self.policy.clauses.len())
            .finish()
    }
}

/// Byte offsets converted once, in sorted order, then looked up.
struct Offsets {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl Offsets {
    fn new(input: &str, mut bytes: Vec<usize>, unit: OffsetUnit) -> Offsets {
        bytes.sort_unstable();
        bytes.dedup();
        let mut cursor = OffsetCursor::new(input);
        let units = bytes
            .iter()
            .map(|&b| match unit {
                OffsetUnit::CodePoints => cursor.chars(b),
                _ => cursor.utf16(b),
            })
            .collect();
        Offsets { bytes, units }
    }

    fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            Err(_) => 0, // every offset asked for was collected
        }
    }
}

fn collect_offsets(p: &Policy, out: &mut Vec<usize>) {
    let mut span = |s: Span| {
        out.push(s.start);
        out.push(s.end);
    };
    fn outline(items: &[OutlineItem], span: &mut impl FnMut(Span)) {
        for i in items {
            span(i.span);
            outline(&i.children, span);
        }
    }
    p.titles.iter().for_each(|t| span(t.span));
    p.doc_numbers.iter().for_each(|d| span(d.span));
    for e in &p.effective {
        span(e.span);
        if let Some(d) = &e.date {
            span(d.span);
        }
        if let Some(d) = &e.until {
            span(d.span);
        }
    }
    outline(&p.outline, &mut span);
    p.responsible.iter().for_each(|r| span(r.span));
    for t in &p.targets {
        span(t.span);
        span(t.amount.span);
    }
    p.frameworks.iter().for_each(|f| span(f.span));
    p.bylines.iter().for_each(|b| span(b.span));
    if let Some(i) = &p.issuer {
        span(i.span);
        if let Some(d) = &i.date {
            span(d.span);
        }
    }
    p.recipients.iter().for_each(|r| span(*r));
    for r in &p.references {
        span(r.span);
    }
    for c in &p.clauses {
        span(c.span);
        c.instruments.iter().for_each(|i| span(i.cue));
    }
}

struct Ctx<'a> {
    input: &'a str,
    offsets: Offsets,
    keys: KeyStyle,
}

impl Ctx<'_> {
    fn key(&self, snake: &'static str) -> &'static str {
        match (self.keys, snake) {
            (KeyStyle::Snake, _) => snake,
            (_, "doc_numbers") => "docNumbers",
            (_, "doc_type") => "docType",
            (_, "members_match") => "membersMatch",
            (_, "attachment_form") => "attachmentForm",
            (_, "doc_number") => "docNumber",
            (k, s) => k.key(s),
        }
    }

    fn text(&self, s: Span) -> &str {
        self.input.get(s.range()).unwrap_or("")
    }

    fn texts(&self, spans: &[Span]) -> Vec<&str> {
        spans.iter().map(|s| self.text(*s)).collect()
    }

    /// The texts of `spans`, a name a page broke across lines written
    /// without the break and the blanks around it (`东⏎⏎北新城管委会` →
    /// `东北新城管委会`).
    fn names(&self, spans: &[Span]) -> Vec<std::borrow::Cow<'_, str>> {
        spans
            .iter()
            .map(|s| super::responsible::unit_name(self.text(*s)))
            .collect()
    }

    fn item<M: SerializeMap>(&self, m: &mut M, s: Span) -> Result<(), M::Error> {
        m.serialize_entry("text", self.text(s))?;
        m.serialize_entry("start", &self.offsets.get(s.start))?;
        m.serialize_entry("end", &self.offsets.get(s.end))?;
        m.serialize_entry(self.key("byte_start"), &s.start)?;
        m.serialize_entry(self.key("byte_end"), &s.end)
    }

    fn entity<'e>(&'e self, e: &'e Entity) -> EntityRecord<'e> {
        EntityRecord {
            entity: e,
            input: self.input,
            start: self.offsets.get(e.span.start),
            end: self.offsets.get(e.span.end),
            keys: self.keys,
        }
    }
}

struct One<'a, T> {
    ctx: &'a Ctx<'a>,
    item: &'a T,
}

struct Many<'a, T> {
    ctx: &'a Ctx<'a>,
    items: &'a [T],
}

impl<'a, T> Serialize for Many<'a, T>
where
    One<'a, T>: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.items.len()))?;
        for item in self.items {
            seq.serialize_element(&One {
                ctx: self.ctx,
                item,
            })?;
        }
        seq.end()
    }
}

impl Serialize for One<'_, Title> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, t) = (self.ctx, self.item);
        let mut m = s.serialize_map(None)?;
        c.item(&mut m, t.span)?;
        m.serialize_entry("name", &t.name)?;
        m.serialize_entry(c.key("doc_type"), &t.doc_type)?;
        m.serialize_entry("trial", &t.trial)?;
        m.serialize_entry("alias", &t.alias.map(|a| c.text(a)))?;
        m.end()
    }
}

impl Serialize for One<'_, DocNumber> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, d) = (self.ctx, self.item);
        let mut m = s.serialize_map(None)?;
        c.item(&mut m, d.span)?;
        m.serialize_entry("prefix", c.text(d.prefix))?;
        m.serialize_entry("year", &d.year)?;
        m.serialize_entry("serial", &d.serial)?;
        m.end()
    }
}

impl Serialize for One<'_, Effective> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, e) = (self.ctx, self.item);
        let mut m = s.serialize_map(None)?;
        c.item(&mut m, e.span)?;
        m.serialize_entry("date", &e.date.as_ref().map(|d| c.entity(d)))?;
        m.serialize_entry("document", &e.document)?;
        m.serialize_entry("until", &e.until.as_ref().map(|d| c.entity(d)))?;
        m.end()
    }
}

impl Serialize for One<'_, OutlineItem> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, o) = (self.ctx, self.item);
        let mut m = s.serialize_map(None)?;
        c.item(&mut m, o.span)?;
        m.serialize_entry("level", &o.level)?;
        m.serialize_entry("marker", c.text(o.marker))?;
        m.serialize_entry("number", &o.number)?;
        m.serialize_entry("title", c.text(o.title))?;
        m.serialize_entry(
            "children",
            &Many {
                ctx: c,
                items: &o.children,
            },
        )?;
        m.end()
    }
}

impl Serialize for One<'_, Responsible> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, r) = (self.ctx, self.item);
        let mut m = s.serialize_map(None)?;
        c.item(&mut m, r.span)?;
        m.serialize_entry("units", &c.names(&r.units))?;
        m.serialize_entry("lead", &c.names(&r.lead))?;
        m.serialize_entry("path", &c.texts(&r.path))?;
        m.end()
    }
}

impl Serialize for One<'_, Target> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, t) = (self.ctx, self.item);
        let mut m = s.serialize_map(None)?;
        c.item(&mut m, t.span)?;
        m.serialize_entry("deadline", &t.deadline)?;
        m.serialize_entry("metric", t.built.as_deref().unwrap_or(c.text(t.metric)))?;
        m.serialize_entry("amount", &c.entity(&t.amount))?;
        m.end()
    }
}

impl Serialize for One<'_, Framework> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, f) = (self.ctx, self.item);
        let mut m = s.serialize_map(None)?;
        c.item(&mut m, f.span)?;
        m.serialize_entry("label", c.text(f.label))?;
        m.serialize_entry("count", &f.count)?;
        m.serialize_entry("members", &f.members.as_ref().map(|v| c.texts(v)))?;
        m.serialize_entry(c.key("members_match"), &f.members_match)?;
        m.end()
    }
}

impl Serialize for One<'_, Byline> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, b) = (self.ctx, self.item);
        let mut m = s.serialize_map(None)?;
        c.item(&mut m, b.span)?;
        m.serialize_entry("outlet", &b.outlet.map(|o| c.text(o)))?;
        m.serialize_entry("reporters", &c.texts(&b.reporters))?;
        m.serialize_entry("correspondents", &c.texts(&b.correspondents))?;
        m.serialize_entry("photographers", &c.texts(&b.photographers))?;
        m.end()
    }
}

impl Serialize for One<'_, Issuer> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, i) = (self.ctx, self.item);
        let mut m = s.serialize_map(None)?;
        c.item(&mut m, i.span)?;
        m.serialize_entry("name", &c.texts(&i.names))?;
        m.serialize_entry("date", &i.date.as_ref().map(|d| c.entity(d)))?;
        m.end()
    }
}

impl Serialize for One<'_, Reference> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, r) = (self.ctx, self.item);
        let mut m = s.serialize_map(None)?;
        c.item(&mut m, r.span)?;
        m.serialize_entry("title", &r.title)?;
        m.serialize_entry(c.key("doc_number"), &r.doc_number.map(|d| c.text(d)))?;
        m.serialize_entry("relation", r.relation.as_str())?;
        m.end()
    }
}

impl Serialize for One<'_, Instrument> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, i) = (self.ctx, self.item);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("category", i.category.as_str())?;
        m.serialize_entry("tool", &*i.tool)?;
        m.serialize_entry(
            "cue",
            &One {
                ctx: c,
                item: &i.cue,
            },
        )?;
        m.end()
    }
}

impl Serialize for One<'_, Clause> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, cl) = (self.ctx, self.item);
        let mut m = s.serialize_map(None)?;
        c.item(&mut m, cl.span)?;
        m.serialize_entry("id", &cl.id(c.input))?;
        m.serialize_entry("path", &cl.path(c.input))?;
        m.serialize_entry("responsible", &cl.responsible)?;
        m.serialize_entry("targets", &cl.targets)?;
        m.serialize_entry(
            "instruments",
            &Many {
                ctx: c,
                items: &cl.instruments,
            },
        )?;
        m.end()
    }
}

impl Serialize for One<'_, Span> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        self.ctx.item(&mut m, *self.item)?;
        m.end()
    }
}

impl Serialize for PolicyRecord<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = self.policy;
        let mut bytes = Vec::new();
        collect_offsets(p, &mut bytes);
        let ctx = Ctx {
            input: self.input,
            offsets: Offsets::new(self.input, bytes, self.unit),
            keys: self.keys,
        };
        let c = &ctx;
        let mut m = s.serialize_map(Some(16))?;
        m.serialize_entry("heading", &p.heading.map(|h| super::joined(c.text(h))))?;
        m.serialize_entry(
            "titles",
            &Many {
                ctx: c,
                items: &p.titles,
            },
        )?;
        m.serialize_entry(
            c.key("doc_numbers"),
            &Many {
                ctx: c,
                items: &p.doc_numbers,
            },
        )?;
        m.serialize_entry(
            "effective",
            &Many {
                ctx: c,
                items: &p.effective,
            },
        )?;
        m.serialize_entry(
            "outline",
            &Many {
                ctx: c,
                items: &p.outline,
            },
        )?;
        m.serialize_entry(
            "responsible",
            &Many {
                ctx: c,
                items: &p.responsible,
            },
        )?;
        m.serialize_entry(
            "targets",
            &Many {
                ctx: c,
                items: &p.targets,
            },
        )?;
        m.serialize_entry(
            "frameworks",
            &Many {
                ctx: c,
                items: &p.frameworks,
            },
        )?;
        m.serialize_entry(
            "bylines",
            &Many {
                ctx: c,
                items: &p.bylines,
            },
        )?;
        m.serialize_entry(
            "issuer",
            &p.issuer.as_ref().map(|i| One { ctx: c, item: i }),
        )?;
        m.serialize_entry(
            "recipients",
            &Many {
                ctx: c,
                items: &p.recipients,
            },
        )?;
        // SPEC 2.1: the profile, references and the clause table.
        m.serialize_entry("form", &p.form)?;
        m.serialize_entry(c.key("attachment_form"), &p.attachment_form)?;
        m.serialize_entry("level", &p.level.map(|l| l.as_str()))?;
        m.serialize_entry(
            "references",
            &Many {
                ctx: c,
                items: &p.references,
            },
        )?;
        m.serialize_entry(
            "clauses",
            &Many {
                ctx: c,
                items: &p.clauses,
            },
        )?;
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A unit a page broke across blank lines is written joined; the
    /// bracket's text keeps the break.
    #[test]
    fn a_unit_broken_across_lines_is_written_joined() {
        let text =
            "一、推进安置。(牵头单位:县住建局,责任单位:高新区、南\n\n\n湖新城管委会)\n二、其他。\n";
        let p = crate::policy::parse(text, &crate::Config::default());
        let json =
            serde_json::to_value(PolicyRecord::new(&p, text, OffsetUnit::CodePoints)).unwrap();
        let r = &json["responsible"][0];
        assert_eq!(
            r["units"],
            serde_json::json!(["县住建局", "高新区、南湖新城管委会"])
        );
        assert_eq!(r["lead"], serde_json::json!(["县住建局"]));
        assert!(r["text"].as_str().unwrap().contains("南\n\n\n湖"));
    }
}
