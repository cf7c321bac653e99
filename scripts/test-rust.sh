#!/usr/bin/env bash
# Rust: formatting, lints, unit + golden + property tests, doctests, the CLI's
# end-to-end tests, benches once as tests, a short bounded fuzz run, the
# declared MSRV and the crates as crates.io would get them.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
cargo clippy --all-targets -- -D warnings
cargo test
# Each benchmark once, as a test (big ladder steps are skipped in this mode).
cargo bench -p shuzi-benches -- --test
# A short bounded fuzz run on stable (fuzz/ is not a workspace member).
cargo test --manifest-path fuzz/Cargo.toml --no-default-features --target-dir target

# The MSRV: every library and binary of the workspace builds with exactly the
# declared `rust-version` (1.85 means 1.85.0) and the locked dependencies.
# Tests are not part of it: proptest, a dev-dependency, needs a newer Rust.
msrv=$(sed -n '/^\[workspace.package\]/,/^\[/s/^rust-version = "\(.*\)"/\1/p' Cargo.toml)
[ -n "$msrv" ] || { echo "test-rust: no rust-version in Cargo.toml [workspace.package]" >&2; exit 1; }
case $msrv in *.*.*) ;; *) msrv=$msrv.0 ;; esac
toolchain() {
  if ! rustup run "$1" rustc --version >/dev/null 2>&1; then
    echo "== rust: installing Rust $1 (a declared MSRV; minimal profile, once)"
    rustup toolchain install "$1" --profile minimal
  fi
}
toolchain "$msrv"
# The command-line tool (Parquet output by default) and the Python binding
# (extract_arrow) declare their own, newer rust-version, which arrow-array
# needs; each is checked with that one.
echo "== rust: cargo +$msrv check --locked -p shuzi --lib"
cargo "+$msrv" check --quiet --locked -p shuzi --lib
for crate in cli py; do
  own=$(sed -n 's/^rust-version = "\(.*\)"/\1/p' "$crate/Cargo.toml")
  [ -n "$own" ] || own=$msrv
  case $own in *.*.*) ;; *) own=$own.0 ;; esac
  name=$(sed -n 's/^name = "\(.*\)"/\1/p' "$crate/Cargo.toml" | head -n 1)
  toolchain "$own"
  echo "== rust: cargo +$own check --locked -p $name"
  cargo "+$own" check --quiet --locked -p "$name"
done

# What crates.io would get (the `cargo publish --dry-run` check): both crates
# are packed and each package is built on its own, shuzi-cli against the
# packed shuzi. --allow-dirty: also works before the changes are committed.
echo "== rust: cargo package -p shuzi -p shuzi-cli"
# A fresh directory: cargo reuses an unpacked crate of the same version from an
# earlier run, which would verify the CLI against stale library sources.
rm -rf target/package
mkdir -p target/package
# And no unpacked copy of an earlier packed library: cargo unpacks the packed
# crates of its temporary registry under CARGO_HOME (registry/src/-<hash>/, the
# hash of the registry's path) and, taking a registry crate as immutable, builds
# the CLI against an old unpack at the same path. Only those dirs start with `-`.
rm -rf "${CARGO_HOME:-$HOME/.cargo}"/registry/src/-*/shuzi-* "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/-*/shuzi-*
# Its own target directory too: cargo takes the packed library, same name and
# version, for an immutable registry crate and would reuse an older build.
if ! CARGO_TARGET_DIR=target/package/build cargo package --allow-dirty -p shuzi -p shuzi-cli > target/package/log.txt 2>&1; then
  cat target/package/log.txt >&2
  exit 1
fi
grep -E '^ *(Packaged|Verifying)' target/package/log.txt
# The verify builds (about 1 GiB) are not needed again: free the disk.
rm -rf target/package/build
