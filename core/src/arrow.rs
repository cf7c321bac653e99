//! The long table as Apache Arrow (feature `arrow`): one row per entity,
//! the columns of [`crate::flat::COLUMNS`], built straight from the typed
//! entities with no JSON in between. The Python binding hands these batches
//! to pyarrow, Polars and Spark through the Arrow C data interface; the
//! command-line tool writes them as Parquet.
//!
//! ```
//! use shuzi::arrow::LongTableBuilder;
//! let text = "营收2.96亿元，同比增长13.1%";
//! let mut b = LongTableBuilder::new();
//! b.push(7, text, &shuzi::extract(text));
//! let batch = b.finish();
//! assert_eq!(batch.num_rows(), 2);
//! assert_eq!(batch.schema().field(0).name(), "doc");
//! let kinds = batch.column_by_name("kind").unwrap();
//! let kinds = kinds.as_any().downcast_ref::<arrow_array::StringArray>().unwrap();
//! assert_eq!(kinds.value(1), "percent");
//! ```

use crate::entity::Entity;
use crate::flat::{FlatEntity, COLUMNS};
use crate::offsets::OffsetCursor;
use arrow_array::builder::{
    ArrayBuilder, BooleanBuilder, Float64Builder, Int32Builder, Int64Builder, StringBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

/// The long table's schema: `doc`, `start`, `end` are `int64`; `value`,
/// `high` are `float64`; `year`, `month`, `day` are `int32`; every other
/// column is `utf8`. Only `doc`, `kind`, `text`, `start` and `end` are never
/// null.
///
/// ```
/// let s = shuzi::arrow::schema();
/// assert_eq!(s.fields().len(), 18);
/// assert_eq!(s.field_with_name("value").unwrap().data_type(), &arrow_schema::DataType::Float64);
/// assert!(!s.field_with_name("text").unwrap().is_nullable());
/// ```
pub fn schema() -> SchemaRef {
    static SCHEMA: OnceLock<SchemaRef> = OnceLock::new();
    Arc::clone(SCHEMA.get_or_init(|| {
        let fields: Vec<Field> = COLUMNS
            .iter()
            .map(|&name| {
                let (ty, nullable) = match name {
                    "doc" | "start" | "end" => (DataType::Int64, false),
                    "kind" | "text" => (DataType::Utf8, false),
                    "value" | "high" => (DataType::Float64, true),
                    "year" | "month" | "day" => (DataType::Int32, true),
                    _ => (DataType::Utf8, true),
                };
                Field::new(name, ty, nullable)
            })
            .collect();
        Arc::new(Schema::new(fields))
    }))
}

/// Appends `value`'s text to a string column, or a null.
fn push_display<T: std::fmt::Display>(b: &mut StringBuilder, value: Option<T>) {
    match value {
        Some(v) => {
            // Writing into a StringBuilder cannot fail; the row is closed by
            // appending the empty rest.
            let _ = write!(b, "{v}");
            b.append_value("");
        }
        None => b.append_null(),
    }
}

/// Builds the long table of many documents, one [`LongTableBuilder::push`]
/// per document, then one [`RecordBatch`] with [`LongTableBuilder::finish`].
///
/// ```
/// let mut b = shuzi::arrow::LongTableBuilder::new();
/// b.push(0, "196家", &shuzi::extract("196家"));
/// b.push(1, "无", &[]);
/// b.push(2, "5家和6家", &shuzi::extract("5家和6家"));
/// assert_eq!(b.len(), 3);
/// let batch = b.finish();
/// let doc = batch.column(0).as_any().downcast_ref::<arrow_array::Int64Array>().unwrap();
/// assert_eq!(doc.values(), &[0, 2, 2]);
/// ```
#[derive(Debug)]
pub struct LongTableBuilder {
    doc: Int64Builder,
    kind: StringBuilder,
    text: StringBuilder,
    start: Int64Builder,
    end: Int64Builder,
    value: Float64Builder,
    normalized: StringBuilder,
    high: Float64Builder,
    bound: StringBuilder,
    unit: StringBuilder,
    currency: StringBuilder,
    change_direction: StringBuilder,
    change_basis: StringBuilder,
    year: Int32Builder,
    month: Int32Builder,
    day: Int32Builder,
    from: StringBuilder,
    to: StringBuilder,
}

impl Default for LongTableBuilder {
    fn default() -> Self {
        LongTableBuilder::new()
    }
}

impl LongTableBuilder {
    /// An empty table.
    ///
    /// ```
    /// assert_eq!(shuzi::arrow::LongTableBuilder::new().finish().num_rows(), 0);
    /// ```
    pub fn new() -> LongTableBuilder {
        LongTableBuilder {
            doc: Int64Builder::new(),
            kind: StringBuilder::new(),
            text: StringBuilder::new(),
            start: Int64Builder::new(),
            end: Int64Builder::new(),
            value: Float64Builder::new(),
            normalized: StringBuilder::new(),
            high: Float64Builder::new(),
            bound: StringBuilder::new(),
            unit: StringBuilder::new(),
            currency: StringBuilder::new(),
            change_direction: StringBuilder::new(),
            change_basis: StringBuilder::new(),
            year: Int32Builder::new(),
            month: Int32Builder::new(),
            day: Int32Builder::new(),
            from: StringBuilder::new(),
            to: StringBuilder::new(),
        }
    }

    /// Rows so far.
    ///
    /// ```
    /// let mut b = shuzi::arrow::LongTableBuilder::new();
    /// b.push(0, "5家", &shuzi::extract("5家"));
    /// assert_eq!(b.len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.doc.len()
    }

    /// True before the first row.
    ///
    /// ```
    /// assert!(shuzi::arrow::LongTableBuilder::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends one row per entity of `input` (as [`crate::extract`] returns
    /// them: in text order), with `doc` as the document's row index and
    /// `start`/`end` in code points.
    ///
    /// ```
    /// let text = "𠀀约8000万元";
    /// let mut b = shuzi::arrow::LongTableBuilder::new();
    /// b.push(3, text, &shuzi::extract(text));
    /// let batch = b.finish();
    /// let start = batch.column_by_name("start").unwrap();
    /// let start = start.as_any().downcast_ref::<arrow_array::Int64Array>().unwrap();
    /// assert_eq!(start.value(0), 1);
    /// ```
    pub fn push(&mut self, doc: i64, input: &str, entities: &[Entity]) {
        let mut cursor = OffsetCursor::new(input);
        for e in entities {
            let f = FlatEntity::new(e, input);
            let (start, end) = FlatEntity::code_points(&mut cursor, e);
            self.doc.append_value(doc);
            self.kind.append_value(f.kind.as_str());
            self.text.append_value(f.text);
            self.start.append_value(start as i64);
            self.end.append_value(end as i64);
            self.value.append_option(f.value);
            push_display(&mut self.normalized, f.normalized);
            self.high.append_option(f.high);
            self.bound.append_option(f.bound.map(|b| b.as_str()));
            self.unit.append_option(f.unit);
            self.currency.append_option(f.currency);
            self.change_direction
                .append_option(f.change_direction.map(|d| d.as_str()));
            self.change_basis
                .append_option(f.change_basis.map(|b| b.as_str()));
            self.year.append_option(f.year);
            self.month.append_option(f.month.map(i32::from));
            self.day.append_option(f.day.map(i32::from));
            push_display(&mut self.from, f.from);
            push_display(&mut self.to, f.to);
        }
    }

    /// The rows so far as one batch of [`schema`]; the builder is empty
    /// afterwards and may be reused.
    ///
    /// ```
    /// let mut b = shuzi::arrow::LongTableBuilder::new();
    /// b.push(0, "5家", &shuzi::extract("5家"));
    /// assert_eq!(b.finish().num_columns(), 18);
    /// assert!(b.is_empty());
    /// ```
    pub fn finish(&mut self) -> RecordBatch {
        let columns: Vec<ArrayRef> = vec![
            Arc::new(self.doc.finish()),
            Arc::new(self.kind.finish()),
            Arc::new(self.text.finish()),
            Arc::new(self.start.finish()),
            Arc::new(self.end.finish()),
            Arc::new(self.value.finish()),
            Arc::new(self.normalized.finish()),
            Arc::new(self.high.finish()),
            Arc::new(self.bound.finish()),
            Arc::new(self.unit.finish()),
            Arc::new(self.currency.finish()),
            Arc::new(self.change_direction.finish()),
            Arc::new(self.change_basis.finish()),
            Arc::new(self.year.finish()),
            Arc::new(self.month.finish()),
            Arc::new(self.day.finish()),
            Arc::new(self.from.finish()),
            Arc::new(self.to.finish()),
        ];
        // Every builder got exactly one value per row, of the schema's type
        // and nullability, so the batch is valid by construction.
        RecordBatch::try_new(schema(), columns).expect("the long table's columns fit its schema")
    }
}

#[cfg(test)]
mod tests {
    use super::LongTableBuilder;
    use arrow_array::{Array, Float64Array, Int32Array, StringArray};

    fn strings<'a>(b: &'a arrow_array::RecordBatch, name: &str) -> &'a StringArray {
        b.column_by_name(name)
            .unwrap()
            .as_any()
            .downcast_ref()
            .unwrap()
    }

    #[test]
    fn columns_carry_the_flat_fields() {
        let text = "全市引进项目196家，总投资约8000万元，同比增长13.1%，2024年5月31日";
        let mut b = LongTableBuilder::new();
        b.push(0, text, &crate::extract(text));
        let batch = b.finish();
        let texts: Vec<&str> = (0..batch.num_rows())
            .map(|i| strings(&batch, "text").value(i))
            .collect();
        assert_eq!(texts, ["196家", "约8000万元", "13.1%", "2024年5月31日"]);
        let value: &Float64Array = batch
            .column_by_name("value")
            .unwrap()
            .as_any()
            .downcast_ref()
            .unwrap();
        assert_eq!(value.value(1), 80_000_000.0);
        assert!(value.is_null(3));
        assert_eq!(strings(&batch, "bound").value(1), "approx");
        assert_eq!(strings(&batch, "currency").value(1), "CNY");
        assert_eq!(strings(&batch, "unit").value(0), "家");
        assert_eq!(strings(&batch, "change_basis").value(2), "yoy");
        assert!(strings(&batch, "bound").is_null(3));
        assert_eq!(strings(&batch, "normalized").value(3), "2024-05-31");
        let year: &Int32Array = batch
            .column_by_name("year")
            .unwrap()
            .as_any()
            .downcast_ref()
            .unwrap();
        assert_eq!(year.value(3), 2024);
        assert!(year.is_null(0));
    }
}

/// The facts table's columns, in order (`doc` is the input's row index):
/// the same as the Python `facts_frame`.
///
/// ```
/// assert_eq!(shuzi::arrow::FACT_COLUMNS[1], "subject");
/// assert_eq!(shuzi::arrow::FACT_COLUMNS.len(), 24);
/// ```
pub const FACT_COLUMNS: [&str; 24] = [
    "doc",
    "subject",
    "metric",
    "time",
    "figure",
    "value",
    "unit",
    "bound",
    "change_direction",
    "change_basis",
    "measure",
    "status",
    "whole",
    "metric_constructed",
    "time_from",
    "time_to",
    "time_value",
    "figure_kind",
    "figure_start",
    "figure_end",
    "metric_start",
    "metric_end",
    "subject_start",
    "subject_end",
];

/// The facts table's schema: `doc` and the offsets `int64`, `value`
/// `float64`, `metric_constructed` `bool`, the rest `utf8`; `doc`, `figure`,
/// `measure`, `status`, `figure_kind`, `figure_start` and `figure_end` are
/// never null.
///
/// ```
/// let s = shuzi::arrow::facts_schema();
/// assert_eq!(s.field_with_name("metric_constructed").unwrap().data_type(), &arrow_schema::DataType::Boolean);
/// ```
pub fn facts_schema() -> SchemaRef {
    static SCHEMA: OnceLock<SchemaRef> = OnceLock::new();
    Arc::clone(SCHEMA.get_or_init(|| {
        let fields: Vec<Field> = FACT_COLUMNS
            .iter()
            .map(|&name| {
                let ty = match name {
                    "doc" | "figure_start" | "figure_end" | "metric_start" | "metric_end"
                    | "subject_start" | "subject_end" => DataType::Int64,
                    "value" => DataType::Float64,
                    "metric_constructed" => DataType::Boolean,
                    _ => DataType::Utf8,
                };
                let required = matches!(
                    name,
                    "doc"
                        | "figure"
                        | "measure"
                        | "status"
                        | "figure_kind"
                        | "figure_start"
                        | "figure_end"
                );
                Field::new(name, ty, !required)
            })
            .collect();
        Arc::new(Schema::new(fields))
    }))
}

/// Builds the facts table (SPEC 4) of many documents: one row per fact,
/// the columns of [`FACT_COLUMNS`], offsets in code points.
///
/// ```
/// let text = "全市营业收入3.2亿元，同比增长12%。";
/// let facts = shuzi::Extractor::default().facts(text);
/// let mut b = shuzi::arrow::FactsTableBuilder::new();
/// b.push(0, text, &facts);
/// let batch = b.finish();
/// assert_eq!(batch.num_rows(), 2);
/// let measure = batch.column_by_name("measure").unwrap();
/// let measure = measure.as_any().downcast_ref::<arrow_array::StringArray>().unwrap();
/// assert_eq!((measure.value(0), measure.value(1)), ("level", "change"));
/// ```
#[derive(Debug)]
pub struct FactsTableBuilder {
    doc: Int64Builder,
    strings: Vec<StringBuilder>,
    value: Float64Builder,
    constructed: BooleanBuilder,
    offsets: Vec<Int64Builder>,
}

impl Default for FactsTableBuilder {
    fn default() -> Self {
        FactsTableBuilder::new()
    }
}

/// Index of each string column in `FactsTableBuilder::strings`.
mod fact_col {
    pub const SUBJECT: usize = 0;
    pub const METRIC: usize = 1;
    pub const TIME: usize = 2;
    pub const FIGURE: usize = 3;
    pub const UNIT: usize = 4;
    pub const BOUND: usize = 5;
    pub const CHANGE_DIRECTION: usize = 6;
    pub const CHANGE_BASIS: usize = 7;
    pub const MEASURE: usize = 8;
    pub const STATUS: usize = 9;
    pub const WHOLE: usize = 10;
    pub const TIME_FROM: usize = 11;
    pub const TIME_TO: usize = 12;
    pub const TIME_VALUE: usize = 13;
    pub const FIGURE_KIND: usize = 14;
    pub const COUNT: usize = 15;
}

impl FactsTableBuilder {
    /// An empty table.
    ///
    /// ```
    /// assert_eq!(shuzi::arrow::FactsTableBuilder::new().finish().num_columns(), 24);
    /// ```
    pub fn new() -> FactsTableBuilder {
        FactsTableBuilder {
            doc: Int64Builder::new(),
            strings: (0..fact_col::COUNT).map(|_| StringBuilder::new()).collect(),
            value: Float64Builder::new(),
            constructed: BooleanBuilder::new(),
            offsets: (0..6).map(|_| Int64Builder::new()).collect(),
        }
    }

    /// Rows so far.
    ///
    /// ```
    /// assert_eq!(shuzi::arrow::FactsTableBuilder::new().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.doc.len()
    }

    /// True before the first row.
    ///
    /// ```
    /// assert!(shuzi::arrow::FactsTableBuilder::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends one row per fact of `input` with `doc` as the document's
    /// row index.
    ///
    /// ```
    /// let text = "引进项目196个。";
    /// let mut b = shuzi::arrow::FactsTableBuilder::new();
    /// b.push(4, text, &shuzi::Extractor::default().facts(text));
    /// assert_eq!(b.len(), 1);
    /// ```
    pub fn push(&mut self, doc: i64, input: &str, facts: &[crate::facts::Fact]) {
        use fact_col::*;
        // Every byte offset, converted in one forward pass, then looked up.
        let mut at: Vec<usize> = Vec::with_capacity(facts.len() * 6);
        for f in facts {
            let spans = [
                Some(f.figure.span),
                f.metric.as_ref().map(|m| m.span),
                f.subject,
            ];
            for s in spans.into_iter().flatten() {
                at.extend([s.start, s.end]);
            }
        }
        at.sort_unstable();
        at.dedup();
        let mut cursor = OffsetCursor::new(input);
        let chars: Vec<usize> = at.iter().map(|&b| cursor.chars(b)).collect();
        let off = |b: usize| chars[at.binary_search(&b).unwrap_or(0)] as i64;
        for f in facts {
            let fig = FlatEntity::new(&f.figure, input);
            let time = f.time.as_ref().map(|t| FlatEntity::new(t, input));
            let s = &mut self.strings;
            self.doc.append_value(doc);
            s[SUBJECT].append_option(f.subject.map(|sp| &input[sp.range()]));
            s[METRIC].append_option(f.metric.as_ref().map(|m| m.text(input)));
            s[TIME].append_option(time.map(|t| t.text));
            s[FIGURE].append_value(fig.text);
            self.value.append_option(fig.value);
            s[UNIT].append_option(fig.unit);
            s[BOUND].append_option(fig.bound.map(|b| b.as_str()));
            s[CHANGE_DIRECTION].append_option(fig.change_direction.map(|d| d.as_str()));
            s[CHANGE_BASIS].append_option(fig.change_basis.map(|b| b.as_str()));
            s[MEASURE].append_value(f.measure.as_str());
            s[STATUS].append_value(f.status.as_str());
            s[WHOLE].append_option(f.whole.map(|sp| &input[sp.range()]));
            self.constructed
                .append_option(f.metric.as_ref().map(|m| m.constructed()));
            push_display(&mut s[TIME_FROM], time.and_then(|t| t.from));
            push_display(&mut s[TIME_TO], time.and_then(|t| t.to));
            let date = time.filter(|t| t.kind == crate::Kind::Date);
            push_display(&mut s[TIME_VALUE], date.and_then(|t| t.normalized));
            s[FIGURE_KIND].append_value(fig.kind.as_str());
            let spans = [
                Some(f.figure.span),
                f.metric.as_ref().map(|m| m.span),
                f.subject,
            ];
            for (k, span) in spans.into_iter().enumerate() {
                self.offsets[2 * k].append_option(span.map(|sp| off(sp.start)));
                self.offsets[2 * k + 1].append_option(span.map(|sp| off(sp.end)));
            }
        }
    }

    /// The rows so far as one batch of [`facts_schema`]; the builder is
    /// empty afterwards.
    ///
    /// ```
    /// let mut b = shuzi::arrow::FactsTableBuilder::new();
    /// assert_eq!(b.finish().num_rows(), 0);
    /// ```
    pub fn finish(&mut self) -> RecordBatch {
        use fact_col::*;
        let mut s: Vec<ArrayRef> = self
            .strings
            .iter_mut()
            .map(|b| Arc::new(b.finish()) as ArrayRef)
            .collect();
        let mut take =
            |i: usize| std::mem::replace(&mut s[i], Arc::new(StringBuilder::new().finish()));
        let mut o: Vec<ArrayRef> = self
            .offsets
            .iter_mut()
            .map(|b| Arc::new(b.finish()) as ArrayRef)
            .collect();
        let columns: Vec<ArrayRef> = vec![
            Arc::new(self.doc.finish()) as ArrayRef,
            take(SUBJECT),
            take(METRIC),
            take(TIME),
            take(FIGURE),
            Arc::new(self.value.finish()) as ArrayRef,
            take(UNIT),
            take(BOUND),
            take(CHANGE_DIRECTION),
            take(CHANGE_BASIS),
            take(MEASURE),
            take(STATUS),
            take(WHOLE),
            Arc::new(self.constructed.finish()) as ArrayRef,
            take(TIME_FROM),
            take(TIME_TO),
            take(TIME_VALUE),
            take(FIGURE_KIND),
        ]
        .into_iter()
        .chain(o.drain(..))
        .collect();
        // One value per row in every builder, of the schema's type and
        // nullability: valid by construction.
        RecordBatch::try_new(facts_schema(), columns)
            .expect("the facts table's columns fit its schema")
    }
}
