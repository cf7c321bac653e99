//! The entity records as a flat tape of numbers and a string table, for the
//! JS wrapper to build plain objects from without writing, decoding or
//! parsing any JSON text.
//!
//! The tape is filled by the core's own `Serialize` impl of
//! [`shuzi::json::EntityRecord`] (the same impl `serde_json` prints), so the
//! fields, their order and their values come from one place; this module
//! only knows serde's data model. Tokens (all `f64`):
//!
//! - a key: its index (≥ 0) in the string table;
//! - [`OBJ`] … [`END`]: an object, its keys and values in between;
//! - [`NULL`], [`TRUE`], [`FALSE`];
//! - [`NUM`] `x`: the number `x` (an integer's nearest `f64`, as
//!   `JSON.parse` reads the integer `serde_json` writes; a non-finite number
//!   is [`NULL`], as `serde_json` writes it);
//! - [`STR`] `i`: the string at index `i` of the table;
//! - [`SLICE`] `a` `b`: the input text's UTF-16 code units `a..b` (every
//!   string that is a piece of the input: `text`, `noun`, a change's
//!   `trigger`), which the wrapper takes with `text.slice(a, b)`.
//!
//! The string table is one string and the UTF-16 length of each entry.

use serde::ser::{self, Serialize};
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

/// A small multiply-rotate hash for the string table's index: its keys are
/// a few hundred short strings of our own, so SipHash's defence against
/// chosen keys buys nothing and costs time on every field.
#[derive(Default)]
struct QuickHash(u64);

impl Hasher for QuickHash {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

type Index = HashMap<String, u32, BuildHasherDefault<QuickHash>>;

/// Slots of [`Tape::recent`] (a power of two).
const RECENT: usize = 64;

/// Starts an object.
pub const OBJ: f64 = -1.0;
/// Ends an object.
pub const END: f64 = -2.0;
/// `null`.
pub const NULL: f64 = -3.0;
/// `true`.
pub const TRUE: f64 = -4.0;
/// `false`.
pub const FALSE: f64 = -5.0;
/// A number follows.
pub const NUM: f64 = -6.0;
/// A string-table index follows.
pub const STR: f64 = -7.0;
/// A UTF-16 range of the input follows (start, end).
pub const SLICE: f64 = -8.0;

/// The codes in the order the JS wrapper reads them (`tapeCodes()`).
pub const CODES: [f64; 8] = [OBJ, END, NULL, TRUE, FALSE, NUM, STR, SLICE];

/// A tape being written for one input text.
pub struct Tape<'a> {
    input: &'a str,
    /// The tokens.
    pub tokens: Vec<f64>,
    /// The string table, entries back to back.
    pub strings: String,
    /// The UTF-16 length of each entry of `strings`.
    pub lengths: Vec<u32>,
    index: Index,
    /// Each entry's byte range in `strings`.
    ranges: Vec<(usize, usize)>,
    /// A direct-mapped cache in front of `index`, keyed by where a string
    /// lives: `(address, byte length, entry)`. Keys and most values are
    /// `&'static str`s of the core, read again for every record; hashing
    /// their text each time was a sixth of writing the tape. A hit is
    /// still checked against the entry's text, so a string that reuses a
    /// freed address is never taken for another.
    recent: [(usize, usize, u32); RECENT],
    /// The next string is a key.
    in_key: bool,
    /// A known (byte offset, UTF-16 offset) pair of `input`.
    cursor: (usize, usize),
}

/// Why a value could not be put on the tape (a shape the records never
/// have).
#[derive(Debug)]
pub struct Unsupported(String);

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not representable on the tape: {}", self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Unsupported(msg.to_string())
    }
}

/// UTF-16 code units of UTF-8 `bytes`: one per character, two for those
/// written with four bytes. Counted in `u8` lanes over chunks of 255 bytes
/// (no overflow), which the compiler vectorizes (simd128); a `usize` sum per
/// byte did not, and was a fortieth of `extract` in Node.
fn utf16_len(bytes: &[u8]) -> usize {
    let mut units = 0;
    for chunk in bytes.chunks(255) {
        let (mut chars, mut astral) = (0u8, 0u8);
        for &b in chunk {
            chars += u8::from((b as i8) >= -0x40);
            astral += u8::from(b >= 0xF0);
        }
        units += usize::from(chars) + usize::from(astral);
    }
    units
}

impl<'a> Tape<'a> {
    /// An empty tape for records of `input`.
    pub fn new(input: &'a str) -> Self {
        Tape {
            input,
            tokens: Vec::new(),
            strings: String::new(),
            lengths: Vec::new(),
            index: Index::default(),
            ranges: Vec::new(),
            recent: [(0, 0, 0); RECENT],
            in_key: false,
            cursor: (0, 0),
        }
    }

    /// The UTF-16 offset of byte offset `at` of the input (a char boundary);
    /// cheap for offsets near the previous one, in either direction.
    ///
    /// ```
    /// let text = "增长𠀀13.1%";
    /// let mut tape = shuzi_wasm::tape::Tape::new(text);
    /// // 增长 is two units, the astral 𠀀 two more.
    /// assert_eq!(tape.utf16(text.find('1').unwrap()), 4);
    /// assert_eq!(tape.utf16(3), 1);
    /// assert_eq!(tape.utf16(text.len()), 9);
    /// ```
    pub fn utf16(&mut self, at: usize) -> usize {
        let (b, u) = self.cursor;
        let bytes = self.input.as_bytes();
        let u = if at >= b {
            u + utf16_len(&bytes[b..at])
        } else {
            u - utf16_len(&bytes[at..b])
        };
        self.cursor = (at, u);
        u
    }

    /// The string-table index of `s`, added when new.
    fn intern(&mut self, s: &str) -> f64 {
        let at = s.as_ptr() as usize;
        let slot = ((at >> 3) ^ (at >> 9) ^ s.len()) & (RECENT - 1);
        let (addr, len, i) = self.recent[slot];
        if addr == at && len == s.len() {
            let (a, b) = self.ranges[i as usize];
            if &self.strings[a..b] == s {
                return f64::from(i);
            }
        }
        let i = match self.index.get(s) {
            Some(&i) => i,
            None => {
                let i = self.lengths.len() as u32;
                let a = self.strings.len();
                self.strings.push_str(s);
                self.ranges.push((a, self.strings.len()));
                self.lengths.push(s.encode_utf16().count() as u32);
                self.index.insert(s.to_string(), i);
                i
            }
        };
        self.recent[slot] = (at, s.len(), i);
        f64::from(i)
    }

    /// The byte range of `s` in the input, when `s` is a piece of it.
    fn within_input(&self, s: &str) -> Option<(usize, usize)> {
        let base = self.input.as_ptr() as usize;
        let at = s.as_ptr() as usize;
        if s.is_empty() || at < base || at + s.len() > base + self.input.len() {
            return None;
        }
        Some((at - base, at - base + s.len()))
    }
}

type Result<T> = std::result::Result<T, Unsupported>;

fn unsupported<T>(what: &str) -> Result<T> {
    Err(Unsupported(what.to_string()))
}

impl ser::Serializer for &mut Tape<'_> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = ser::Impossible<(), Unsupported>;
    type SerializeTuple = ser::Impossible<(), Unsupported>;
    type SerializeTupleStruct = ser::Impossible<(), Unsupported>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Result<()> {
        self.tokens.push(if v { TRUE } else { FALSE });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<()> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<()> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<()> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<()> {
        self.serialize_f64(v as f64)
    }
    fn serialize_u8(self, v: u8) -> Result<()> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<()> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<()> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<()> {
        self.serialize_f64(v as f64)
    }
    fn serialize_f32(self, v: f32) -> Result<()> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<()> {
        if v.is_finite() {
            self.tokens.extend_from_slice(&[NUM, v]);
        } else {
            self.tokens.push(NULL);
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<()> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<()> {
        if self.in_key {
            let i = self.intern(v);
            self.tokens.push(i);
        } else if let Some((a, b)) = self.within_input(v) {
            let a = self.utf16(a) as f64;
            let b = self.utf16(b) as f64;
            self.tokens.extend_from_slice(&[SLICE, a, b]);
        } else {
            let i = self.intern(v);
            self.tokens.extend_from_slice(&[STR, i]);
        }
        Ok(())
    }
    /// Text made for the record (`normalized`, a date's ISO text): written
    /// straight into the string table as an entry of its own, without a
    /// temporary `String` or a look-up in the index; such texts seldom
    /// repeat, and interning them was most of [`Tape::intern`]'s time.
    fn collect_str<T: ?Sized + fmt::Display>(self, value: &T) -> Result<()> {
        if self.in_key {
            return self.serialize_str(&value.to_string());
        }
        let a = self.strings.len();
        fmt::Write::write_fmt(&mut self.strings, format_args!("{value}"))
            .map_err(|_| Unsupported("a Display that failed".to_string()))?;
        let b = self.strings.len();
        let i = self.lengths.len() as u32;
        self.ranges.push((a, b));
        self.lengths
            .push(utf16_len(&self.strings.as_bytes()[a..b]) as u32);
        self.tokens.extend_from_slice(&[STR, f64::from(i)]);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<()> {
        unsupported("bytes")
    }
    fn serialize_none(self) -> Result<()> {
        self.tokens.push(NULL);
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<()> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<()> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<()> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<()> {
        unsupported("newtype variant")
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq> {
        unsupported("sequence")
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple> {
        unsupported("tuple")
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        unsupported("tuple struct")
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        unsupported("tuple variant")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap> {
        self.tokens.push(OBJ);
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct> {
        self.tokens.push(OBJ);
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant> {
        unsupported("struct variant")
    }
}

impl ser::SerializeMap for &mut Tape<'_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<()> {
        self.in_key = true;
        let r = key.serialize(&mut **self);
        self.in_key = false;
        r
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<()> {
        self.tokens.push(END);
        Ok(())
    }
}

impl ser::SerializeStruct for &mut Tape<'_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        let i = self.intern(key);
        self.tokens.push(i);
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<()> {
        self.tokens.push(END);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::utf16_len;

    #[test]
    fn utf16_len_agrees_with_std_across_chunks() {
        let text = "ab中𠀀文😀１\n".repeat(120);
        let ends: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        for (i, &a) in ends.iter().enumerate().step_by(7) {
            for &b in ends[i..].iter().step_by(131) {
                let want = text[a..b].encode_utf16().count();
                assert_eq!(utf16_len(&text.as_bytes()[a..b]), want);
            }
        }
    }
}
