//! Arbitrary bytes through the policy-structure parser and its JSON.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| shuzi_fuzz::check_policy(data));
