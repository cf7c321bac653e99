#!/usr/bin/env bash
# Rust: formatting, lints, unit + golden + property tests, doctests, the CLI's
# end-to-end tests, benches once as tests, and a short bounded fuzz run.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
cargo clippy --all-targets -- -D warnings
cargo test
# Each benchmark once, as a test (big ladder steps are skipped in this mode).
cargo bench -p shuzi-benches -- --test
# A short bounded fuzz run on stable (fuzz/ is not a workspace member).
cargo test --manifest-path fuzz/Cargo.toml --no-default-features --target-dir target
