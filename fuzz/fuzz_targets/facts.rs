//! Arbitrary bytes through extraction and the facts finder, with the
//! figure, time and span invariants of every fact checked.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| shuzi_fuzz::check_facts(data));
