//! The JSON of an indicator fact (SPEC 4): `figure` and `time` as
//! [`EntityRecord`]s, `metric`, `subject` and `whole` as [`SpanRecord`]s,
//! `measure` and `status` as strings.

use super::{write_int, write_str, EntityRecord, KeyStyle, OffsetUnit};
use crate::entity::{Entity, Span};
use crate::facts::Fact;
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
        self.write_json_with(file.map(Label::Name), out, None);
    }

    /// [`FactRecord::write_json`], the time, metric and subject through
    /// `last` when given.
    fn write_json_with(
        &self,
        file: Option<Label<'_>>,
        out: &mut Vec<u8>,
        last: Option<&mut LastWritten>,
    ) {
        let span = |out: &mut Vec<u8>, s: &Option<SpanRecord<'_>>| match s {
            Some(s) => s.write_json(out),
            None => out.extend_from_slice(b"null"),
        };
        out.extend_from_slice(b"{\"figure\":");
        self.figure.write_json(out);
        let mut last = last;
        out.extend_from_slice(b",\"metric\":");
        match (&self.metric, last.as_deref_mut()) {
            (Some(m), Some(l)) => l.metric.write(m, out),
            (m, _) => span(out, m),
        }
        out.extend_from_slice(b",\"subject\":");
        match (&self.subject, last.as_deref_mut()) {
            (Some(m), Some(l)) => l.subject.write(m, out),
            (m, _) => span(out, m),
        }
        out.extend_from_slice(b",\"time\":");
        match (&self.time, last) {
            (Some(t), Some(l)) => l.time.write(t, out),
            (Some(t), None) => t.write_json(out),
            (None, _) => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"measure\":");
        out.extend_from_slice(self.fact.measure.as_json().as_bytes());
        out.extend_from_slice(b",\"whole\":");
        span(out, &self.whole);
        out.extend_from_slice(b",\"status\":");
        out.extend_from_slice(self.fact.status.as_json().as_bytes());
        match file {
            Some(Label::Name(f)) => {
                out.extend_from_slice(b",\"file\":");
                write_str(out, f);
            }
            Some(Label::Json(f)) => {
                out.extend_from_slice(b",\"file\":");
                out.extend_from_slice(f);
            }
            None => {}
        }
        out.push(b'}');
    }
}

/// Writes the JSON objects of fact records one after another, each as
/// [`FactRecord::write_json`] writes it: the facts of a paragraph mostly
/// share their time, and a time record equal to the last one written is
/// copied from that one's bytes instead of written again (on dense
/// statistical text, two thirds of the entity records a `facts` line holds
/// are such repeated times); so are a metric and a subject equal to the
/// last ones (on `corpus/dev/`, a quarter of the metrics and 60% of the
/// subjects repeat the fact before's).
///
/// ```
/// let text = "2024年，全市营业收入3.2亿元，增长5%。";
/// let facts = shuzi::Extractor::default().facts(text);
/// let records = shuzi::json::fact_records(text, &facts, shuzi::json::OffsetUnit::CodePoints);
/// let (mut one, mut each) = (Vec::new(), Vec::new());
/// let mut writer = shuzi::json::FactWriter::new();
/// for r in &records {
///     writer.write(r, Some("a.txt"), &mut one);
///     r.write_json(Some("a.txt"), &mut each);
/// }
/// assert_eq!(one, each);
/// ```
#[derive(Debug, Default)]
pub struct FactWriter {
    last: LastWritten,
    /// The last file label written and its JSON string: a command writes
    /// the same label on every line of a file.
    file: (String, Vec<u8>),
}

/// The file label of a record: as given, or already a JSON string.
#[derive(Clone, Copy)]
enum Label<'a> {
    Name(&'a str),
    Json(&'a [u8]),
}

impl FactWriter {
    /// A writer that has written nothing yet.
    pub fn new() -> FactWriter {
        FactWriter::default()
    }

    /// Appends `record`'s JSON object to `out`, the bytes
    /// [`FactRecord::write_json`] writes.
    pub fn write(&mut self, record: &FactRecord<'_>, file: Option<&str>, out: &mut Vec<u8>) {
        let label = file.map(|f| {
            let (name, json) = &mut self.file;
            if name != f {
                name.clear();
                name.push_str(f);
                json.clear();
                write_str(json, f);
            }
            Label::Json(json)
        });
        record.write_json_with(label, out, Some(&mut self.last));
    }
}

/// The last time, metric and subject records written.
#[derive(Debug, Default)]
struct LastWritten {
    time: LastTime,
    metric: LastSpan,
    subject: LastSpan,
}

/// The last span record written: what it was written from (its text,
/// span, offsets, constructed, key style), and its bytes. The text is
/// compared as text (a copy kept), so a writer reused over other inputs
/// copies no stale bytes.
#[derive(Debug, Default)]
struct LastSpan {
    key: Option<(Span, usize, usize, Option<bool>, KeyStyle)>,
    text: String,
    json: Vec<u8>,
}

impl LastSpan {
    /// Writes `s`'s JSON object, copied when it is the last one written.
    fn write(&mut self, s: &SpanRecord<'_>, out: &mut Vec<u8>) {
        let key = (s.span, s.start, s.end, s.constructed, s.keys);
        if self.key == Some(key) && self.text == s.text {
            out.extend_from_slice(&self.json);
            return;
        }
        let at = out.len();
        s.write_json(out);
        self.json.clear();
        self.json.extend_from_slice(&out[at..]);
        self.text.clear();
        self.text.push_str(s.text);
        self.key = Some(key);
    }
}

/// The last time record written: what it was written from, and its bytes.
#[derive(Debug, Default)]
struct LastTime {
    /// The entity, its offsets, key style and input (address and length).
    key: Option<(Entity, usize, usize, KeyStyle, usize, usize)>,
    json: Vec<u8>,
}

impl LastTime {
    /// Writes `t`'s JSON object, copied when it is the last one written.
    fn write(&mut self, t: &EntityRecord<'_>, out: &mut Vec<u8>) {
        let input = (t.input.as_ptr() as usize, t.input.len());
        let same = self
            .key
            .as_ref()
            .is_some_and(|(e, start, end, keys, at, len)| {
                e.span == t.entity.span
                    && (*start, *end, *keys, *at, *len)
                        == (t.start, t.end, t.keys, input.0, input.1)
                    && e == t.entity
            });
        if same {
            out.extend_from_slice(&self.json);
            return;
        }
        let at = out.len();
        t.write_json(out);
        self.json.clear();
        self.json.extend_from_slice(&out[at..]);
        self.key = Some((t.entity.clone(), t.start, t.end, t.keys, input.0, input.1));
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
    // Each field (figure, time, metric, subject, whole) has its own
    // cursor. The figures come in text order, and a fact's other spans
    // mostly lie just before its figure: a cursor starts from the figure's
    // when that is nearer, so the figures' cursor alone walks over the
    // text. A span equal to the field's last one (a carried time or
    // metric) is not converted again.
    let mut counts = Counts::new(input);
    let mut cursors = [FieldCursor::default(); 5];
    let mut off = |field: usize, span: Span| {
        let figure = cursors[0];
        let c = &mut cursors[field];
        if c.last != Some(span) {
            if field > 0 && figure.byte.abs_diff(span.start) < c.byte.abs_diff(span.start) {
                (c.byte, c.chars, c.utf16) = (figure.byte, figure.chars, figure.utf16);
            }
            let start = c.seek(&mut counts, span.start, unit);
            let end = c.seek(&mut counts, span.end, unit);
            c.last = Some(span);
            c.offsets = (start, end);
        }
        c.offsets
    };
    let mut records = Vec::with_capacity(facts.len());
    for f in facts {
        let entity_record = |(start, end): (usize, usize), e: &'a crate::Entity| EntityRecord {
            entity: e,
            input,
            start,
            end,
            keys,
        };
        let span_record =
            |(start, end): (usize, usize), text: &'a str, span: Span, constructed| SpanRecord {
                text,
                span,
                start,
                end,
                constructed,
                keys,
            };
        records.push(FactRecord {
            fact: f,
            figure: entity_record(off(0, f.figure.span), &f.figure),
            time: f.time.as_ref().map(|t| entity_record(off(1, t.span), t)),
            metric: f
                .metric
                .as_ref()
                .map(|m| span_record(off(2, m.span), m.text(input), m.span, Some(m.constructed()))),
            subject: f
                .subject
                .map(|s| span_record(off(3, s), &input[s.range()], s, None)),
            whole: f
                .whole
                .map(|s| span_record(off(4, s), &input[s.range()], s, None)),
        });
    }
    records
}

/// Bytes between two checkpoints of [`Counts`]: the longest stretch a
/// query counts.
const BLOCK: usize = 1024;

/// Code points and UTF-16 units of a text's prefixes: counts over any
/// stretch of bytes, and, built on first need, the counts before every
/// [`BLOCK`]th byte, so that a long move costs no more than a block.
struct Counts<'t> {
    bytes: &'t [u8],
    /// `(code points, UTF-16 units)` before byte `k * BLOCK`.
    blocks: Vec<(usize, usize)>,
}

impl<'t> Counts<'t> {
    fn new(text: &'t str) -> Counts<'t> {
        Counts {
            bytes: text.as_bytes(),
            blocks: Vec::new(),
        }
    }

    /// `(code points, UTF-16 units)` of `bytes[from..to]`: every byte that
    /// is not a continuation byte starts a code point, and a lead byte of
    /// four bytes one of two UTF-16 units (as `OffsetCursor` counts).
    fn stretch(&self, from: usize, to: usize) -> (usize, usize) {
        let (mut chars, mut astral) = (0usize, 0usize);
        // u8 lanes over chunks of 255 bytes (no overflow): vectorised.
        for chunk in self.bytes[from..to].chunks(255) {
            let (mut c, mut a) = (0u8, 0u8);
            for &b in chunk {
                c += u8::from((b as i8) >= -0x40);
                a += u8::from(b >= 0xF0);
            }
            chars += usize::from(c);
            astral += usize::from(a);
        }
        (chars, chars + astral)
    }

    /// The counts before byte `at`, from the checkpoint before it.
    fn before(&mut self, at: usize) -> (usize, usize) {
        if self.blocks.is_empty() {
            let n = self.bytes.len() / BLOCK + 1;
            self.blocks.reserve_exact(n);
            let (mut c, mut u) = (0, 0);
            for k in 0..n {
                self.blocks.push((c, u));
                let end = ((k + 1) * BLOCK).min(self.bytes.len());
                let (dc, du) = self.stretch(k * BLOCK, end);
                c += dc;
                u += du;
            }
        }
        let k = at / BLOCK;
        let (c, u) = self.blocks[k];
        let (dc, du) = self.stretch(k * BLOCK, at);
        (c + dc, u + du)
    }
}

/// One field's cursor over the text, and its last span converted.
#[derive(Debug, Clone, Copy, Default)]
struct FieldCursor {
    byte: usize,
    chars: usize,
    utf16: usize,
    last: Option<Span>,
    offsets: (usize, usize),
}

impl FieldCursor {
    /// Moves to byte `at`, counting the bytes passed (forward or back)
    /// when they are fewer than a block, else from the checkpoint before
    /// `at`; the offset of `at` in `unit`.
    fn seek(&mut self, counts: &mut Counts<'_>, at: usize, unit: OffsetUnit) -> usize {
        let at = at.min(counts.bytes.len());
        if at >= self.byte && at - self.byte <= BLOCK {
            let (c, u) = counts.stretch(self.byte, at);
            self.chars += c;
            self.utf16 += u;
        } else if at < self.byte && self.byte - at <= BLOCK {
            let (c, u) = counts.stretch(at, self.byte);
            self.chars -= c;
            self.utf16 -= u;
        } else {
            (self.chars, self.utf16) = counts.before(at);
        }
        self.byte = at;
        match unit {
            OffsetUnit::CodePoints => self.chars,
            OffsetUnit::Utf16 => self.utf16,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every offset of every record against a count from the start, on a
    /// text with four-byte characters and moves longer than a block (a
    /// section's time far before its figures).
    #[test]
    fn measure_and_status_names_are_json_strings_as_written() {
        use crate::facts::{Measure, Status};
        for m in Measure::ALL {
            let mut out = Vec::new();
            write_str(&mut out, m.as_str());
            assert_eq!(m.as_json().as_bytes(), out);
        }
        for s in Status::ALL {
            let mut out = Vec::new();
            write_str(&mut out, s.as_str());
            assert_eq!(s.as_json().as_bytes(), out);
        }
    }

    /// A writer copies a repeated metric, subject or time: the bytes of
    /// each record written alone, also when reused over another input
    /// with the same spans.
    #[test]
    fn writer_copies_repeated_spans_as_written() {
        let a = "2023年，甲市营业收入3.2亿元，增长5%，利润1亿元，增长2%。";
        let b = "2023年，乙市营业收入4.2亿元，增长6%，利润2亿元，增长3%。";
        let mut writer = FactWriter::new();
        for text in [a, b] {
            let facts = crate::Extractor::default().facts(text);
            assert!(facts.len() >= 4);
            for r in fact_records(text, &facts, OffsetUnit::CodePoints) {
                let (mut one, mut each) = (Vec::new(), Vec::new());
                writer.write(&r, Some("x.txt"), &mut one);
                r.write_json(Some("x.txt"), &mut each);
                assert_eq!(
                    String::from_utf8(one).unwrap(),
                    String::from_utf8(each).unwrap()
                );
            }
        }
    }

    #[test]
    fn offsets_agree_with_counts_from_the_start() {
        let mut text = String::from("一、2024年主要指标\n");
        for i in 0..200 {
            text.push_str(&format!(
                "𠀀😀全市营业收入{i}.5亿元，同比增长{}%。{}\n",
                i % 17,
                "ab中𠀀".repeat(i % 40)
            ));
        }
        let facts = crate::Extractor::default().facts(&text);
        assert!(facts.len() > 300 && facts.iter().any(|f| f.time.is_some()));
        let chars = |b: usize| text[..b].chars().count();
        let utf16 = |b: usize| text[..b].encode_utf16().count();
        for (unit, count) in [
            (OffsetUnit::CodePoints, &chars as &dyn Fn(usize) -> usize),
            (OffsetUnit::Utf16, &utf16),
        ] {
            for r in fact_records(&text, &facts, unit) {
                let f = r.fact;
                let mut want = vec![(r.figure.start, r.figure.end, f.figure.span)];
                if let (Some(t), Some(e)) = (&r.time, &f.time) {
                    want.push((t.start, t.end, e.span));
                }
                for (s, span) in [
                    (&r.metric, f.metric.as_ref().map(|m| m.span)),
                    (&r.subject, f.subject),
                    (&r.whole, f.whole),
                ] {
                    if let (Some(s), Some(span)) = (s, span) {
                        want.push((s.start, s.end, span));
                    }
                }
                for (start, end, span) in want {
                    assert_eq!((start, end), (count(span.start), count(span.end)));
                }
            }
        }
    }
}
