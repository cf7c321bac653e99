#!/usr/bin/env bash
# WebAssembly: builds the .wasm module and its JS packages, then runs the Node
# tests, the TypeScript check and the demo page in headless Chromium.
#
# Installs what is missing (idempotent, fast when cached): the wasm32 target,
# wasm-bindgen-cli at the exact version the crate pins, the npm test tools
# (typescript, playwright-core: no browser download), Chromium from apt.
#
#   bash scripts/test-wasm.sh            build + every test
#   bash scripts/test-wasm.sh --build    build only (wasm/pkg, wasm/pkg-node, wasm/www/pkg,
#                                        and the npm tarball target/npm/shuzi-<version>.tgz)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build_only=false
[ "${1:-}" = "--build" ] && build_only=true

say() { printf '== wasm: %s\n' "$*"; }

# --- toolchain -------------------------------------------------------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "installing the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must match the crate's `wasm-bindgen = "=X.Y.Z"` exactly.
wb_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' wasm/Cargo.toml)
[ -n "$wb_version" ] || { echo "wasm/Cargo.toml: no exact wasm-bindgen pin" >&2; exit 1; }
export PATH="$HOME/.cargo/bin:$PATH"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wb_version" ]; then
  say "installing wasm-bindgen-cli $wb_version (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$wb_version" --locked
fi

# --- npm tools -------------------------------------------------------------
# typescript (tsc, the key check), playwright-core (drives Debian's chromium,
# downloads no browser), binaryen (wasm-opt -O3: a faster module).
if ! (cd wasm && node -e 'const d = require("./package.json").devDependencies; for (const p of Object.keys(d)) if (require(p + "/package.json").version !== d[p]) process.exit(1)') 2>/dev/null; then
  say "installing the npm tools (npm ci in wasm/)"
  (cd wasm && npm ci --no-audit --no-fund)
fi

# --- build -----------------------------------------------------------------
say "building the .wasm module (profile wasm-release)"
cargo build -q -p shuzi-wasm --target wasm32-unknown-unknown --profile wasm-release
wasm=target/wasm32-unknown-unknown/wasm-release/shuzi_wasm.wasm

wasm-bindgen --target web --out-dir wasm/pkg "$wasm"
wasm-bindgen --target nodejs --out-dir wasm/pkg-node "$wasm"
bg=wasm/pkg/shuzi_wasm_bg.wasm
raw_size=$(stat -c %s "$bg")
raw_gz=$(gzip -9 -c "$bg" | wc -c)

# wasm-opt -O3 (binaryen from npm), cached by the input's hash: ~10 s per run.
optimize() {
  local in=$1 cache sum
  sum=$(sha256sum "$in" | cut -c1-32)
  cache=target/wasm-opt/$sum.wasm
  if [ ! -f "$cache" ]; then
    mkdir -p target/wasm-opt
    wasm/node_modules/.bin/wasm-opt -O3 "$in" -o "$cache.tmp" && mv "$cache.tmp" "$cache"
  fi
  cp "$cache" "$in"
}
if [ -x wasm/node_modules/.bin/wasm-opt ]; then
  say "wasm-opt -O3"
  optimize wasm/pkg/shuzi_wasm_bg.wasm
  optimize wasm/pkg-node/shuzi_wasm_bg.wasm
else
  say "wasm-opt not installed: keeping the module as rustc wrote it"
fi
# The hand-written wrapper and types beside the generated glue.
cp wasm/js/api.js wasm/js/index.web.js wasm/pkg/
mv wasm/pkg/index.web.js wasm/pkg/index.js
{ cat wasm/js/shuzi.d.ts; cat <<'EOF'

/** Loads the WebAssembly module (by default `shuzi_wasm_bg.wasm` beside index.js). */
export default function init(moduleOrPath?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
EOF
} > wasm/pkg/index.d.ts
cp wasm/js/api.js wasm/pkg-node/api.mjs
cp wasm/js/index.node.mjs wasm/pkg-node/index.mjs
cp wasm/js/shuzi.d.ts wasm/pkg-node/index.d.mts

# The demo page serves its own copy of the web package and the seeds.
rm -rf wasm/www/pkg wasm/www/seeds
cp -r wasm/pkg wasm/www/pkg
mkdir -p wasm/www/seeds
cp seeds/*.txt wasm/www/seeds/
(cd seeds && ls -1 ./*.txt | sed 's|^\./||') > wasm/www/seeds/index.txt

say "shuzi_wasm_bg.wasm: $(stat -c %s "$bg") bytes raw, $(gzip -9 -c "$bg" | wc -c) gzipped (-9);" \
  "before wasm-opt $raw_size raw, $raw_gz gzipped"

# The npm package `shuzi` (both builds, conditional exports), packed.
say "npm package (scripts/package-npm.sh)"
bash scripts/package-npm.sh
$build_only && exit 0

# The native CLI the Node tests compare against.
cargo build -q -p shuzi-cli
export SHUZI_CLI="$root/target/debug/shuzi"

# --- tests -----------------------------------------------------------------
say "node tests"
node --test wasm/tests/

say "tsc --noEmit"
(cd wasm && node_modules/.bin/tsc --noEmit -p tsconfig.json)
say "tsc: types check"

if [ ! -x /usr/bin/chromium ]; then
  say "installing chromium (apt)"
  # fonts-wqy-microhei (5 MB): Chinese glyphs in the screenshots.
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; }; then
    say "could not install chromium: the browser test will report itself skipped"
  fi
fi
say "browser test (headless chromium)"
node --test wasm/browser/

say "npm package: installed from the tarball into a fresh project, imported from Node, tsc and Chromium"
node --test wasm/npm/
