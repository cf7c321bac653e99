//! WebAssembly binding of shuzi: `extract`, `Extractor`, `parsePolicy` and
//! `version` for JavaScript.
//!
//! No domain logic lives here. Options objects deserialize into the core's
//! [`shuzi::Config`]; results are the core's [`shuzi::json`] records with
//! UTF-16 offsets and camelCase keys, so every binding carries the same facts
//! as the command-line tool's JSON; `parsePolicy` returns the core's
//! [`shuzi::policy::PolicyRecord`] the same way.
//!
//! Results cross into JavaScript as one JSON string that the JS wrapper
//! (`js/api.js`) turns into plain objects with `JSON.parse`. Measured in
//! Node 20 on 8000 date/period entities: 143 ms for extraction + JSON string
//! (102 ms of it extraction) + 21 ms `JSON.parse`, against 300–390 ms with
//! serde-wasm-bindgen's `Serializer::json_compatible()` building the objects
//! property by property; on the five seeds ×3, 17 ms against 23–25 ms. It
//! also keeps integers above 2^53 (which serde-wasm-bindgen rejects) as the
//! nearest double, with the exact value in `normalized`.
//!
//! Errors are thrown as JavaScript `Error`s with a `kind` property
//! (`"unknown_kind"`, `"invalid_date"`, `"invalid_option"`); the wrapper
//! rethrows them as `ShuziError`.
//!
//! `extract` itself takes a faster road (`extractTape`, module [`tape`]): the
//! records as numbers and a string table, turned into the same plain objects
//! by the wrapper without any JSON text; `extractJson` stays for callers
//! that want the text and for the test that compares the two.
#![forbid(unsafe_code)]

pub mod tape;

use serde::Serialize as _;
use shuzi::json::{records_styled, EntityRecord, KeyStyle, OffsetUnit};
use shuzi::policy::PolicyRecord;
use shuzi::{Config, ErrorKind};
use wasm_bindgen::prelude::*;

/// The SPEC JSON array of `text`'s entities, UTF-16 offsets and camelCase
/// keys.
fn records_json(extractor: &shuzi::Extractor, text: &str) -> String {
    let entities = extractor.extract(text);
    let mut out = Vec::with_capacity(64 + entities.len() * 256);
    out.push(b'[');
    for (i, r) in records_styled(text, &entities, OffsetUnit::Utf16, KeyStyle::Camel)
        .iter()
        .enumerate()
    {
        if i > 0 {
            out.push(b',');
        }
        r.write_json(&mut out);
    }
    out.push(b']');
    // The records are UTF-8 JSON text; an empty array is the safe answer if
    // that were ever not so.
    String::from_utf8(out).unwrap_or_else(|_| "[]".to_string())
}

/// `text`'s entity records on a [`tape::Tape`], as the JS array
/// `[tokens (Float64Array), strings, lengths (Uint32Array)]`; the JSON array
/// string instead if a record could not be put on the tape (never expected:
/// the wrapper parses that).
fn records_tape(extractor: &shuzi::Extractor, text: &str) -> JsValue {
    let entities = extractor.extract(text);
    let Some(tape) = write_tape(text, &entities) else {
        return JsValue::from_str(&records_json(extractor, text));
    };
    js_sys::Array::of3(
        &js_sys::Float64Array::from(&tape.tokens[..]),
        &JsValue::from_str(&tape.strings),
        &js_sys::Uint32Array::from(&tape.lengths[..]),
    )
    .into()
}

/// The camelCase records of `entities` on a tape; `None` if one could not be
/// put on it. The records are those of `records_styled` with UTF-16
/// offsets, which are taken from the tape's own forward cursor: the one it
/// converts the slices of the input with (a record's `text` is its
/// `start..end`), so the text is counted once, not twice.
fn write_tape<'a>(text: &'a str, entities: &'a [shuzi::Entity]) -> Option<tape::Tape<'a>> {
    let mut tape = tape::Tape::new(text);
    tape.tokens.reserve(entities.len() * 40);
    for entity in entities {
        let record = EntityRecord {
            entity,
            input: text,
            start: tape.utf16(entity.span.start),
            end: tape.utf16(entity.span.end),
            keys: KeyStyle::Camel,
        };
        record.serialize(&mut tape).ok()?;
    }
    Some(tape)
}

/// A JavaScript `Error` with a `kind` property.
fn js_error(kind: ErrorKind, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&error, &JsValue::from_str("kind"), &kind.as_str().into());
    error.into()
}

/// Reads an options object (`undefined` or `null` for the defaults) into a
/// [`Config`]. It goes through `JSON.stringify` so that unknown keys reach
/// serde's `deny_unknown_fields` (serde-wasm-bindgen reads only the known
/// keys of an object).
fn config(options: &JsValue) -> Result<Config, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Config::default());
    }
    let invalid =
        |why: &str| js_error(ErrorKind::InvalidOption, &format!("invalid options: {why}"));
    if !options.is_object() || js_sys::Array::is_array(options) {
        return Err(invalid("expected an object"));
    }
    let json = js_sys::JSON::stringify(options)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| invalid("not representable as JSON"))?;
    let mut de = serde_json::Deserializer::from_str(&json);
    match Config::deserialize_options(&mut de) {
        Ok(Ok(config)) => Ok(config),
        Ok(Err(e)) => Err(js_error(e.kind(), &e.to_string())),
        Err(e) => Err(invalid(&serde_message(&e))),
    }
}

/// serde_json's message without its " at line 1 column N" suffix, which
/// means nothing for a JavaScript object.
fn serde_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full,
    }
}

/// Every entity of `text` as a JSON array string (the JS wrapper parses it).
#[wasm_bindgen(js_name = extractJson)]
pub fn extract_json(text: &str, options: JsValue) -> Result<String, JsValue> {
    let extractor = shuzi::Extractor::new(config(&options)?);
    Ok(records_json(&extractor, text))
}

/// Every entity of `text` as a tape (see [`records_tape`]).
#[wasm_bindgen(js_name = extractTape)]
pub fn extract_tape(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let extractor = shuzi::Extractor::new(config(&options)?);
    Ok(records_tape(&extractor, text))
}

/// The tape's codes in this order: object, end, null, true, false, number,
/// string, slice of the input (read once by the wrapper).
#[wasm_bindgen(js_name = tapeCodes)]
pub fn tape_codes() -> Vec<f64> {
    tape::CODES.to_vec()
}

/// The options without `instruments`, and the cue table it holds (TSV text;
/// the JS wrapper turns an object of cues into that text).
fn policy_options(options: &JsValue) -> Result<(JsValue, Option<String>), JsValue> {
    if !options.is_object() || js_sys::Array::is_array(options) {
        return Ok((options.clone(), None));
    }
    let key = JsValue::from_str("instruments");
    let table = js_sys::Reflect::get(options, &key).unwrap_or(JsValue::UNDEFINED);
    if table.is_undefined() || table.is_null() {
        return Ok((options.clone(), None));
    }
    let Some(text) = table.as_string() else {
        return Err(js_error(
            ErrorKind::InvalidOption,
            "invalid options: instruments must be TSV text or an object of cues",
        ));
    };
    let rest = js_sys::Object::assign(
        &js_sys::Object::new(),
        &js_sys::Object::from(options.clone()),
    );
    // Deleting an own property of a fresh plain object cannot fail.
    let _ = js_sys::Reflect::delete_property(&rest, &key);
    Ok((rest.into(), Some(text)))
}

/// The policy structure of `text` (SPEC 2 and 2.1) as a JSON object string;
/// the options' `refDate` resolves relative dates (their `kinds` do not
/// matter) and `instruments` (TSV text) replaces the instrument cue table.
#[wasm_bindgen(js_name = parsePolicyJson)]
pub fn parse_policy_json(text: &str, options: JsValue) -> Result<String, JsValue> {
    let (options, table) = policy_options(&options)?;
    let mut parser = shuzi::policy::Parser::new(config(&options)?);
    if let Some(table) = table {
        parser = parser
            .with_instrument_table(&table)
            .map_err(|e| js_error(e.kind(), &e.to_string()))?;
    }
    let policy = parser.parse(text);
    let record = PolicyRecord::new(&policy, text, OffsetUnit::Utf16).with_keys(KeyStyle::Camel);
    // As for entities: cannot fail; the empty structure if it ever did.
    Ok(serde_json::to_string(&record).unwrap_or_else(|_| {
        let empty = shuzi::policy::Policy::default();
        let record = PolicyRecord::new(&empty, "", OffsetUnit::Utf16).with_keys(KeyStyle::Camel);
        serde_json::to_string(&record).unwrap_or_default()
    }))
}

/// The SPEC JSON array of `text`'s indicator facts (SPEC 4), UTF-16 offsets
/// and camelCase keys.
fn facts_json_of(extractor: &shuzi::Extractor, text: &str) -> String {
    let facts = extractor.facts(text);
    let records =
        shuzi::json::fact_records_styled(text, &facts, OffsetUnit::Utf16, KeyStyle::Camel);
    // As for entities: cannot fail; an empty array if it ever did.
    serde_json::to_string(&records).unwrap_or_else(|_| "[]".to_string())
}

/// Every indicator fact of `text` as a JSON array string; the options'
/// `refDate` resolves relative dates (their `kinds` do not matter).
#[wasm_bindgen(js_name = factsJson)]
pub fn facts_json(text: &str, options: JsValue) -> Result<String, JsValue> {
    let extractor = shuzi::Extractor::new(config(&options)?);
    Ok(facts_json_of(&extractor, text))
}

/// A reusable extractor: the options are checked once.
#[wasm_bindgen]
pub struct Extractor {
    inner: shuzi::Extractor,
}

#[wasm_bindgen]
impl Extractor {
    /// An extractor with these options (`{kinds?, refDate?}`).
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<Extractor, JsValue> {
        Ok(Extractor {
            inner: shuzi::Extractor::new(config(&options)?),
        })
    }

    /// Every entity of `text` as a JSON array string.
    #[wasm_bindgen(js_name = extractJson)]
    pub fn extract_json(&self, text: &str) -> String {
        records_json(&self.inner, text)
    }

    /// Every entity of `text` as a tape (see [`records_tape`]).
    #[wasm_bindgen(js_name = extractTape)]
    pub fn extract_tape(&self, text: &str) -> JsValue {
        records_tape(&self.inner, text)
    }

    /// Every indicator fact of `text` as a JSON array string.
    #[wasm_bindgen(js_name = factsJson)]
    pub fn facts_json(&self, text: &str) -> String {
        facts_json_of(&self.inner, text)
    }
}

/// For `wasm/bench/split.mjs`, which splits the cost of `extract`: runs the
/// default extraction of `text` up to `stage` and returns a count, so that
/// nothing crosses into JavaScript but a number. Stage 0: the text only
/// (its UTF-8 length: the copy into the module); 1: extraction (entities);
/// 2: and the records with UTF-16 offsets; 3: instead of those, the tape
/// (records and offsets written on it, as `extractTape` does).
#[wasm_bindgen(js_name = benchStage)]
pub fn bench_stage(text: &str, stage: u32) -> f64 {
    if stage == 0 {
        return text.len() as f64;
    }
    let extractor = shuzi::Extractor::default();
    let entities = extractor.extract(text);
    if stage == 1 {
        return entities.len() as f64;
    }
    if stage == 2 {
        return records_styled(text, &entities, OffsetUnit::Utf16, KeyStyle::Camel).len() as f64;
    }
    write_tape(text, &entities).map_or(-1.0, |tape| tape.tokens.len() as f64)
}

/// The version of shuzi compiled into this module.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_json_is_the_serde_json_array() {
        let text = concat!(
            include_str!("../../seeds/000_4a6d67342417aa92.txt"),
            "\n去年12月，今年前三季度，“十四五”时期，约8000万元\"\\"
        );
        let ex = shuzi::Extractor::default();
        let entities = ex.extract(text);
        let records = records_styled(text, &entities, OffsetUnit::Utf16, KeyStyle::Camel);
        assert!(records.len() > 50);
        assert_eq!(
            records_json(&ex, text),
            serde_json::to_string(&records).unwrap()
        );
        assert_eq!(records_json(&ex, "无"), "[]");
    }
}
