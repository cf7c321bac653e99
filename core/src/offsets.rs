//! Byte offsets to code points (Python, the JSON) and UTF-16 units (JS).
//!
//! [`OffsetCursor`] walks forward once over the text: queries in
//! non-decreasing byte order cost O(distance moved) in total, with an ASCII
//! fast path. A query behind the cursor restarts from the beginning, so any
//! order is correct, but sorted order is linear.

/// A forward-moving converter from byte offsets to code-point and UTF-16
/// offsets.
///
/// ```
/// use shuzi::OffsetCursor;
/// let text = "𠀀增长13.1%";
/// let mut c = OffsetCursor::new(text);
/// let start = text.find('1').unwrap();
/// assert_eq!(c.chars(start), 3);   // 𠀀 增 长
/// assert_eq!(c.utf16(start), 4);   // 𠀀 is two UTF-16 units
/// assert_eq!(c.chars(text.len()), 8);
/// ```
#[derive(Debug, Clone)]
pub struct OffsetCursor<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
    utf16: usize,
}

impl<'t> OffsetCursor<'t> {
    /// A cursor at the start of `text`.
    ///
    /// ```
    /// let mut c = shuzi::OffsetCursor::new("abc");
    /// assert_eq!(c.chars(2), 2);
    /// ```
    pub fn new(text: &'t str) -> OffsetCursor<'t> {
        OffsetCursor {
            text,
            byte: 0,
            chars: 0,
            utf16: 0,
        }
    }

    /// The code-point offset of byte offset `byte` (clamped to the text's
    /// length; `byte` must be on a char boundary, which every span is).
    ///
    /// ```
    /// let mut c = shuzi::OffsetCursor::new("数字123");
    /// assert_eq!(c.chars(6), 2);
    /// ```
    pub fn chars(&mut self, byte: usize) -> usize {
        self.seek(byte);
        self.chars
    }

    /// The UTF-16 offset of byte offset `byte`.
    ///
    /// ```
    /// let mut c = shuzi::OffsetCursor::new("😀1");
    /// assert_eq!(c.utf16(4), 2);
    /// ```
    pub fn utf16(&mut self, byte: usize) -> usize {
        self.seek(byte);
        self.utf16
    }

    fn seek(&mut self, byte: usize) {
        let byte = byte.min(self.text.len());
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
            self.utf16 = 0;
        }
        let bytes = &self.text.as_bytes()[self.byte..byte];
        // Count code points: every byte that is not a continuation byte
        // (10xxxxxx) starts one; 4-byte sequences (lead >= 0xF0) take two
        // UTF-16 units.
        let mut chars = 0usize;
        let mut astral = 0usize;
        if bytes.is_ascii() {
            chars = bytes.len();
        } else {
            // Count in u8 lanes over chunks of 255 bytes (no overflow), which
            // the compiler vectorizes; usize counters per byte did not.
            for chunk in bytes.chunks(255) {
                let (mut c, mut a) = (0u8, 0u8);
                for &b in chunk {
                    c += u8::from((b as i8) >= -0x40);
                    a += u8::from(b >= 0xF0);
                }
                chars += usize::from(c);
                astral += usize::from(a);
            }
        }
        self.chars += chars;
        self.utf16 += chars + astral;
        self.byte = byte;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std_counts() {
        let text = "a𠀀b😀中文１２３\r\n𦡦";
        let mut c = OffsetCursor::new(text);
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(c.chars(b), text[..b].chars().count());
            assert_eq!(c.utf16(b), text[..b].encode_utf16().count());
        }
        // Backwards query restarts correctly.
        assert_eq!(c.chars(1), 1);
        assert_eq!(c.utf16(5), 3);
    }

    #[test]
    fn long_jumps_across_chunks_agree_with_std_counts() {
        // Jumps longer than the 255-byte counting chunks, from every start.
        let text = "ab中𠀀文😀１".repeat(200);
        let ends: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        for step in [1, 97, 400, 1500] {
            let mut c = OffsetCursor::new(&text);
            for &b in ends.iter().step_by(step) {
                assert_eq!(c.chars(b), text[..b].chars().count());
                assert_eq!(c.utf16(b), text[..b].encode_utf16().count());
            }
        }
    }
}
