//! Arbitrary bytes through decoding and extraction (any configuration), with
//! every invariant of the output checked.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| shuzi_fuzz::check_extract(data));
