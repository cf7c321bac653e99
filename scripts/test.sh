#!/usr/bin/env bash
# Every test of the project: Rust, Python and WebAssembly (README: "Run every test").
# Installs what the tests need when it is missing (the MSRV toolchain, the wasm32
# target, a matching wasm-bindgen-cli, maturin and zig in a venv, Chromium).
# Also builds and checks every package as it would be published: the two crates
# (cargo package), the wheel and sdist (twine check, installed in fresh venvs),
# the npm tarball (installed in a fresh project).
set -euo pipefail
cd "$(dirname "$0")/.."
# Disk: the run builds several profiles and toolchains and installs PySpark;
# on a small CI disk every GiB counts. No incremental caches (one build per
# run) and no pip download cache (the venv keeps what it installed).
export CARGO_INCREMENTAL=0 PIP_NO_CACHE_DIR=1
# The repository stands alone and every package has the same version.
python3 scripts/check-repo.py
python3 scripts/han-literals.py --check
bash scripts/test-rust.sh
[ -f scripts/test-python.sh ] && bash scripts/test-python.sh
[ -f scripts/test-wasm.sh ] && bash scripts/test-wasm.sh
echo "all test suites passed"
