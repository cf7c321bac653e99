#!/usr/bin/env bash
# Rust: formatting, lints, unit + golden + property tests, doctests, benches once as tests.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
cargo clippy --all-targets -- -D warnings
cargo test
