//! The JSON of an indicator fact (SPEC 4): `figure` and `time` as
//! [`EntityRecord`]s, `metric`, `subject` and `whole` as [`SpanRecord`]s,
//! `measure` and `status` as strings.

use super::{convert, write_int, write_str, EntityRecord, KeyStyle, OffsetUnit};
use crate::entity::Span;
use crate::facts::Fact;
use crate::offsets::OffsetCursor;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// A span of text (`metric`, `subject`, `whole`) ready to serialize: `text`,
/// `start`, `end`, `byte_start`, `byte_end`, and for a metric
/// `constructed`.
///
/// ```
/// let text = "全市营业收入3.2亿元";
/// let facts = shuzi::Extractor::default().facts(text);
/// let r = shuzi::json::fact_records(text, &facts, shuzi::json::OffsetUnit::CodePoints);
/// let subject = serde_json::to_value(r[0].subject.as_ref().unwrap()).unwrap();
/// assert_eq!(subject, serde_json::json!({"text": "全市", "start": 0, "end": 2, "byte_start": 0, "byte_end": 6}));
/// ```
#[derive(Debug, Clone)]
pub struct SpanRecord<'a> {
    /// The text: the span's, or a metric's built text.
    pub text: &'a str,
    /// The byte span.
    pub span: Span,
    /// `start` in the chosen offset unit.
    pub start: usize,
    /// `end` in the chosen offset unit.
    pub end: usize,
    /// `Some(built?)` for a metric, `None` for other spans.
    pub constructed: Option<bool>,
    /// Key spelling.
    pub keys: KeyStyle,
}

impl Serialize for SpanRecord<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("text", self.text)?;
        m.serialize_entry("start", &self.start)?;
        m.serialize_entry("end", &self.end)?;
        m.serialize_entry(self.keys.key("byte_start"), &self.span.start)?;
        m.serialize_entry(self.keys.key("byte_end"), &self.span.end)?;
        if let Some(c) = self.constructed {
            m.serialize_entry("constructed", &c)?;
        }
        m.end()
    }
}

/// A fact ready to serialize, every offset in one unit.
///
/// ```
/// let text = "1月~10月，全市规模以上工业增加值同比增长13.1%。";
/// let facts = shuzi::Extractor::default().facts(text);
/// let r = shuzi::json::fact_records(text, &facts, shuzi::json::OffsetUnit::CodePoints);
/// let v = serde_json::to_value(&r[0]).unwrap();
/// assert_eq!(v["figure"]["text"], "13.1%");
/// assert_eq!(v["figure"]["change"]["basis"], "yoy");
/// assert_eq!(v["metric"]["text"], "规模以上工业增加值");
/// assert_eq!((v["metric"]["start"].as_u64(), v["metric"]["constructed"].as_bool()), (Some(9), Some(false)));
/// assert_eq!(v["time"]["from"], "--01");
/// assert_eq!((v["measure"].as_str(), v["status"].as_str()), (Some("change"), Some("actual")));
/// assert!(v["whole"].is_null());
/// ```
#[derive(Debug, Clone)]
pub struct FactRecord<'a> {
    /// The fact.
    pub fact: &'a Fact,
    /// The figure as `extract` prints it.
    pub figure: EntityRecord<'a>,
    /// The indicator.
    pub metric: Option<SpanRecord<'a>>,
    /// Whose figure it is.
    pub subject: Option<SpanRecord<'a>>,
    /// When.
    pub time: Option<EntityRecord<'a>>,
    /// The whole of a share.
    pub whole: Option<SpanRecord<'a>>,
}

impl Serialize for FactRecord<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(7))?;
        m.serialize_entry("figure", &self.figure)?;
        m.serialize_entry("metric", &self.metric)?;
        m.serialize_entry("subject", &self.subject)?;
        m.serialize_entry("time", &self.time)?;
        m.serialize_entry("measure", self.fact.measure.as_str())?;
        m.serialize_entry("whole", &self.whole)?;
        m.serialize_entry("status", self.fact.status.as_str())?;
        m.end()
    }
}

impl SpanRecord<'_> {
    /// Appends the span's JSON object in the order of its fields (`text`,
    /// `start`, `end`, `byte_start`, `byte_end`, `constructed`): the bytes
    /// `serde_json` writes for it.
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"text\":");
        write_str(out, self.text);
        out.extend_from_slice(b",\"start\":");
        write_int(out, self.start as i64);
        out.extend_from_slice(b",\"end\":");
        write_int(out, self.end as i64);
        for (k, v) in [("byte_start", self.span.start), ("byte_end", self.span.end)] {
            out.extend_from_slice(b",\"");
            out.extend_from_slice(self.keys.key(k).as_bytes());
            out.extend_from_slice(b"\":");
            write_int(out, v as i64);
        }
        if let Some(c) = self.constructed {
            out.extend_from_slice(if c {
                b",\"constructed\":true"
            } else {
                b",\"constructed\":false"
            });
        }
        out.push(b'}');
    }
}

impl FactRecord<'_> {
    /// Appends the fact's JSON object as the command-line tool prints it:
    /// the fields in their documented order (`figure`, `metric`, `subject`,
    /// `time`, `measure`, `whole`, `status`; an entity's and a span's keys in
    /// theirs), then `"file"` when `file` is given: the bytes `serde_json`
    /// writes for the record, with `"file"` last, written straight into the
    /// buffer.
    ///
    /// ```
    /// let text = "全市营业收入3.2亿元";
    /// let facts = shuzi::Extractor::default().facts(text);
    /// let r = &shuzi::json::fact_records(text, &facts, shuzi::json::OffsetUnit::CodePoints)[0];
    /// let mut out = Vec::new();
    /// r.write_json(Some("a.txt"), &mut out);
    /// let mut want = serde_json::to_vec(r).unwrap();
    /// want.pop();
    /// want.extend_from_slice(br#","file":"a.txt"}"#);
    /// assert_eq!(String::from_utf8(out).unwrap(), String::from_utf8(want).unwrap());
    /// ```
    pub fn write_json(&self, file: Option<&str>, out: &mut Vec<u8>) {
        let span = |out: &mut Vec<u8>, s: &Option<SpanRecord<'_>>| match s {
            Some(s) => s.write_json(out),
            None => out.extend_from_slice(b"null"),
        };
        out.extend_from_slice(b"{\"figure\":");
        self.figure.write_json(out);
        out.extend_from_slice(b",\"metric\":");
        span(out, &self.metric);
        out.extend_from_slice(b",\"subject\":");
        span(out, &self.subject);
        out.extend_from_slice(b",\"time\":");
        match &self.time {
            Some(t) => t.write_json(out),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"measure\":");
        write_str(out, self.fact.measure.as_str());
        out.extend_from_slice(b",\"whole\":");
        span(out, &self.whole);
        out.extend_from_slice(b",\"status\":");
        write_str(out, self.fact.status.as_str());
        if let Some(f) = file {
            out.extend_from_slice(b",\"file\":");
            write_str(out, f);
        }
        out.push(b'}');
    }
}

/// Records for `facts` of `input`, snake_case keys.
///
/// ```
/// let text = "𠀀，营收3亿元";
/// let facts = shuzi::Extractor::default().facts(text);
/// let r = shuzi::json::fact_records(text, &facts, shuzi::json::OffsetUnit::Utf16);
/// assert_eq!((r[0].metric.as_ref().unwrap().start, r[0].figure.start), (3, 5));
/// ```
pub fn fact_records<'a>(
    input: &'a str,
    facts: &'a [Fact],
    unit: OffsetUnit,
) -> Vec<FactRecord<'a>> {
    fact_records_styled(input, facts, unit, KeyStyle::Snake)
}

/// [`fact_records`] with a chosen key style.
///
/// ```
/// let text = "营收3亿元";
/// let facts = shuzi::Extractor::default().facts(text);
/// let r = shuzi::json::fact_records_styled(text, &facts, shuzi::json::OffsetUnit::Utf16, shuzi::json::KeyStyle::Camel);
/// let v = serde_json::to_value(&r[0]).unwrap();
/// assert_eq!(v["metric"]["byteEnd"], 6);
/// assert_eq!(v["figure"]["byteStart"], 6);
/// ```
pub fn fact_records_styled<'a>(
    input: &'a str,
    facts: &'a [Fact],
    unit: OffsetUnit,
    keys: KeyStyle,
) -> Vec<FactRecord<'a>> {
    // Every byte offset, converted in one forward pass, then looked up. The
    // two vectors are this thread's scratch, kept between calls (see
    // `SCRATCH`).
    let (mut at, mut converted) = SCRATCH.take();
    at.clear();
    converted.clear();
    // The offsets field by field: each field's spans come in text order but
    // for a few (a time or a metric carried from before is the one of the
    // fact before: left out here), so the vector is a few ascending runs,
    // which a stable sort merges in about linear time (an unstable sort of
    // the offsets fact by fact cost more than writing the JSON).
    let fields: [fn(&Fact) -> Option<Span>; 5] = [
        |f| Some(f.figure.span),
        |f| f.time.as_ref().map(|t| t.span),
        |f| f.metric.as_ref().map(|m| m.span),
        |f| f.subject,
        |f| f.whole,
    ];
    for field in fields {
        let mut last = None;
        for s in facts.iter().filter_map(field) {
            if last != Some(s) {
                at.push(s.start);
                at.push(s.end);
                last = Some(s);
            }
        }
    }
    at.sort();
    at.dedup();
    let mut cursor = OffsetCursor::new(input);
    converted.extend(at.iter().map(|&b| convert(&mut cursor, unit, b, b).0));
    // A lookup starts from where the same field's last one ended (the
    // fields' offsets move forward a little from fact to fact).
    let hints = std::cell::Cell::new([0usize; 5]);
    let off = |field: usize, b: usize| {
        let mut h = hints.get();
        h[field] = position(&at, b, h[field]);
        hints.set(h);
        converted[h[field]]
    };
    let span_record =
        |field: usize, text: &'a str, span: Span, constructed: Option<bool>| SpanRecord {
            text,
            span,
            start: off(field, span.start),
            end: off(field, span.end),
            constructed,
            keys,
        };
    let entity_record = |field: usize, e: &'a crate::Entity| EntityRecord {
        entity: e,
        input,
        start: off(field, e.span.start),
        end: off(field, e.span.end),
        keys,
    };
    let records = facts
        .iter()
        .map(|f| FactRecord {
            fact: f,
            figure: entity_record(0, &f.figure),
            metric: f
                .metric
                .as_ref()
                .map(|m| span_record(2, m.text(input), m.span, Some(m.constructed()))),
            subject: f
                .subject
                .map(|s| span_record(3, &input[s.range()], s, None)),
            time: f.time.as_ref().map(|t| entity_record(1, t)),
            whole: f.whole.map(|s| span_record(4, &input[s.range()], s, None)),
        })
        .collect();
    if at.capacity() <= SCRATCH_LEN {
        SCRATCH.set((at, converted));
    }
    records
}

/// The index of `x` in the sorted `v` (0 when it is not there), searched
/// from index `hint` outwards in doubling steps, then by bisection: a
/// lookup near the last one costs a few comparisons.
fn position(v: &[usize], x: usize, hint: usize) -> usize {
    let n = v.len();
    if n == 0 {
        return 0;
    }
    let h = hint.min(n - 1);
    let (lo, hi) = if v[h] <= x {
        // v[lo] <= x < v[hi] (hi = n: past the end).
        let (mut lo, mut step) = (h, 1);
        loop {
            let probe = h + step;
            if probe >= n || v[probe] > x {
                break (lo, probe.min(n));
            }
            lo = probe;
            step *= 2;
        }
    } else {
        let (mut hi, mut step) = (h, 1);
        loop {
            if step > h {
                break (0, hi);
            }
            let probe = h - step;
            if v[probe] <= x {
                break (probe, hi);
            }
            hi = probe;
            step *= 2;
        }
    };
    lo + v[lo..hi].binary_search(&x).unwrap_or(0)
}

thread_local! {
    /// The sorted byte offsets and their converted offsets of this thread's
    /// last [`fact_records_styled`] call, emptied, kept for the next: freed,
    /// they left with the records and the facts a free heap top large
    /// enough for the allocator to hand back to the system, and the next
    /// call took its pages again (about 480 page faults for the facts of
    /// 1 MB and their JSON lines).
    static SCRATCH: std::cell::Cell<(Vec<usize>, Vec<usize>)> =
        const { std::cell::Cell::new((Vec::new(), Vec::new())) };
}

/// The most offsets kept in [`SCRATCH`] between calls (8 MiB in each
/// vector); a larger scratch is freed.
const SCRATCH_LEN: usize = 1 << 20;
