#!/usr/bin/env bash
# Python: builds the `shuzi` wheel with maturin (abi3, release), installs it in a
# venv, checks the stubs with mypy.stubtest and runs the pytest suite (py/tests).
#
# Idempotent and cached: the venv (py/.venv) and cargo's target/ are reused;
# only a changed crate is rebuilt. Needs python3 (>= 3.10), pip and cargo.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
venv=$root/py/.venv
python=${PYTHON:-python3}

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
py=$venv/bin/python
# Test tools; pip skips what is already installed at a fitting version.
"$py" -m pip install --quiet --disable-pip-version-check \
    "maturin>=1.9.4,<2" pytest mypy "pandas>=1.5"

# The Rust unit tests of the binding (pure Rust, no interpreter needed).
cargo test --quiet -p shuzi-py

# pyarrow, Polars, PySpark and Java for the long-table tests, which then
# fail rather than skip when an engine is missing.
bash scripts/test-engines.sh "$py"
export SHUZI_ENGINES=required

# The wheel, exactly as it would be published, then installed over any
# previous build.
rm -rf target/wheels-py
"$venv/bin/maturin" build --quiet --release --manifest-path py/Cargo.toml \
    --interpreter "$py" --out target/wheels-py
"$py" -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall \
    target/wheels-py/shuzi-*.whl

# The CLI, to compare its JSON with the binding's on the seeds.
cargo build --quiet --release -p shuzi-cli
export SHUZI_CLI=$root/target/release/shuzi

# Run from py/tests' parent so the source tree's python/ is not imported in
# place of the installed wheel.
cd "$root/py"
"$py" -m mypy.stubtest shuzi --mypy-config-file mypy.ini --allowlist stubtest-allowlist.txt
"$py" -m mypy --config-file mypy.ini python/shuzi tests
"$py" -m pytest -q tests
