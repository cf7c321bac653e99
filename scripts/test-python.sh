#!/usr/bin/env bash
# Python: builds the `shuzi` packages exactly as they would be published — the
# sdist, then the wheel from that sdist (abi3, release, manylinux2014 through
# zig) — checks both with `twine check`, then
#   - installs the wheel in a venv and checks the stubs (mypy.stubtest), the
#     types and runs the pytest suite (py/tests);
#   - installs it in a fresh venv of the oldest and of the newest CPython here
#     (3.10 or newer, from pyenv or PATH) and runs the README's example there.
#
# Idempotent and cached: the venv (py/.venv) and cargo's target/ are reused;
# only a changed crate is rebuilt. Needs python3 (>= 3.11 for the build venv;
# any >= 3.10 for the fresh venvs), pip and cargo; installs maturin, ziglang
# (the linker for manylinux2014), twine, pytest, mypy and pandas from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
venv=$root/py/.venv
python=${PYTHON:-python3}
say() { printf '== python: %s\n' "$*"; }

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
py=$venv/bin/python
# Build and test tools; pip skips what is already installed at a fitting version.
"$py" -m pip install --quiet --disable-pip-version-check \
    "maturin>=1.9.4,<2" "ziglang>=0.13,<0.18" "twine>=6" pytest mypy "pandas>=1.5"
export PATH="$venv/bin:$PATH"    # maturin finds zig (python -m ziglang) here

# The Rust unit tests of the binding (pure Rust, no interpreter needed).
cargo test --quiet -p shuzi-py

# --- the packages -------------------------------------------------------------
version=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
dist=$root/target/dist-py
rm -rf "$dist"
mkdir -p "$dist"
say "sdist"
maturin sdist --manifest-path py/Cargo.toml --out "$dist"
sdist=$dist/shuzi-$version.tar.gz
[ -f "$sdist" ] || { echo "test-python: maturin did not write $sdist" >&2; exit 1; }

# The wheel is built from the unpacked sdist (so a missing file there fails
# here), at a fixed path so that cargo's cache in target/ is reused.
src=$root/target/sdist-build
rm -rf "$src"
mkdir -p "$src"
# -m: files get the time of extraction; the sdist's fixed old times would make
# cargo take the sources for unchanged and reuse an older build of the core.
tar -xzmf "$sdist" -C "$src"
say "wheel, from the sdist (--zig: linked for glibc 2.17, tag manylinux2014)"
(cd "$src/shuzi-$version" && CARGO_TARGET_DIR=$root/target \
    maturin build --quiet --release --zig --interpreter "$py" --out "$dist")
wheels=("$dist"/shuzi-"$version"-*.whl)
wheel=${wheels[0]}
case $(basename "$wheel") in
    *-cp310-abi3-manylinux2014_x86_64.manylinux_2_17_x86_64.whl | *-cp310-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl) ;;
    *) echo "test-python: unexpected wheel tag: $(basename "$wheel") (want cp310-abi3 manylinux2014 x86_64)" >&2; exit 1 ;;
esac
twine check --strict "$sdist" "$wheel"
# The sdist holds what building needs, and no test-only files.
listing=$(tar -tzf "$sdist")
for f in pyproject.toml README.md LICENSE-MIT LICENSE-APACHE Cargo.lock core/Cargo.toml core/src/lib.rs py/src/lib.rs python/shuzi/py.typed; do
    grep -qx "shuzi-$version/$f" <<<"$listing" || { echo "test-python: $f is missing from the sdist" >&2; exit 1; }
done
if grep -q "/py/tests/\|/bench.py$\|/bench_arrow.py$" <<<"$listing"; then
    echo "test-python: the sdist carries test-only files" >&2
    exit 1
fi
say "$(basename "$sdist") $(stat -c %s "$sdist") bytes; $(basename "$wheel") $(stat -c %s "$wheel") bytes"

# pyarrow, Polars, PySpark and Java for the long-table tests, which then
# fail rather than skip when an engine is missing.
bash scripts/test-engines.sh "$py"
export SHUZI_ENGINES=required

# --- the test suite, against the installed wheel --------------------------------
"$py" -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall "$wheel"
# The CLI, to compare its JSON with the binding's on the seeds.
cargo build --quiet --release -p shuzi-cli
export SHUZI_CLI=$root/target/release/shuzi
# Run from py/tests' parent so the source tree's python/ is not imported in
# place of the installed wheel.
(
    cd "$root/py"
    "$py" -m mypy.stubtest shuzi --mypy-config-file mypy.ini --allowlist stubtest-allowlist.txt
    "$py" -m mypy --config-file mypy.ini python/shuzi tests
    "$py" -m pytest -q tests
)

# --- fresh venvs: the oldest and the newest CPython available ----------------
# Candidates: pyenv's versions and python3.X on PATH; requires-python is >= 3.10.
declare -A by_minor=()
for exe in "$(pyenv root 2>/dev/null || echo /nonexistent)"/versions/*/bin/python3 \
           $(compgen -c python3. 2>/dev/null | grep -E '^python3\.[0-9]+$' | sort -u); do
    exe=$(command -v "$exe" 2>/dev/null || true)
    [ -n "$exe" ] && [ -x "$exe" ] || continue
    minor=$("$exe" -c 'import sys; print(sys.version_info[1] if sys.version_info[:2] >= (3, 10) and sys.implementation.name == "cpython" else "")' 2>/dev/null || true)
    if [ -n "$minor" ] && [ -z "${by_minor[$minor]:-}" ]; then
        by_minor[$minor]=$exe
    fi
done
minors=$(printf '%s\n' "${!by_minor[@]}" | sort -n)
[ -n "$minors" ] || { echo "test-python: no CPython 3.10 or newer found" >&2; exit 1; }
oldest=$(head -1 <<<"$minors")
newest=$(tail -1 <<<"$minors")

# The README's Python example (the same text as py/README.md's: check-repo.py).
example=$root/target/dist-py/readme_example.py
sed -n '/^```python$/,/^```$/{/^```/d;p}' README.md > "$example"
[ -s "$example" ] || { echo "test-python: no python example in README.md" >&2; exit 1; }

tried=()
for minor in $(printf '%s\n' "$oldest" "$newest" | sort -un); do
    exe=${by_minor[$minor]}
    fresh=$(mktemp -d)
    "$exe" -m venv "$fresh/venv"
    "$fresh/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$wheel[pandas]"
    (cd "$fresh" && "$fresh/venv/bin/python" "$example")
    installed=$("$fresh/venv/bin/python" -c 'import shuzi, sys; print(shuzi.__version__, "%d.%d.%d" % sys.version_info[:3])')
    [ "${installed%% *}" = "$version" ] || { echo "test-python: installed shuzi is ${installed%% *}, not $version" >&2; exit 1; }
    tried+=("CPython ${installed#* }")
    rm -rf "$fresh"
done
say "$(basename "$wheel") installed in fresh venvs of ${tried[*]}; the README example passed in each"
