//! Short strings over the alphabet of Chinese and Arabic numerals, magnitude
//! words, units and bound words: the numeral parser through `extract`.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| shuzi_fuzz::check_numeral(data));
