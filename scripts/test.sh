#!/usr/bin/env bash
# Every test of the project: Rust, Python and WebAssembly (README: "Run every test").
# Installs what the tests need when it is missing (the wasm32 target, a matching
# wasm-bindgen-cli, maturin in a venv, Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-rust.sh
[ -f scripts/test-python.sh ] && bash scripts/test-python.sh
[ -f scripts/test-wasm.sh ] && bash scripts/test-wasm.sh
echo "all test suites passed"
