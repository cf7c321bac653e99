#!/usr/bin/env bash
# The npm package `shuzi`: assembles target/npm/package/ from the builds of
# scripts/test-wasm.sh (wasm/pkg for browsers and bundlers, wasm/pkg-node for
# Node), writes the workspace version into its package.json and packs it with
# `npm pack` into target/npm/shuzi-<version>.tgz. Prints the tarball's size and
# file list. Run after `bash scripts/test-wasm.sh --build`.
set -euo pipefail
cd "$(dirname "$0")/.."

for f in wasm/pkg/index.js wasm/pkg-node/index.mjs; do
  [ -f "$f" ] || { echo "package-npm: $f is missing: run scripts/test-wasm.sh --build first" >&2; exit 1; }
done

# The one version: [workspace.package] in Cargo.toml.
version=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
[ -n "$version" ] || { echo "package-npm: no version in Cargo.toml [workspace.package]" >&2; exit 1; }

out=target/npm
pkg=$out/package
rm -rf "$pkg" "$out"/shuzi-*.tgz
mkdir -p "$pkg/web" "$pkg/node"

cp wasm/pkg/index.js wasm/pkg/index.d.ts wasm/pkg/api.js wasm/pkg/shuzi_wasm.js \
   wasm/pkg/shuzi_wasm_bg.wasm "$pkg/web/"
# The package is "type": "module": the generated CommonJS glue for Node
# becomes .cjs, and the entry imports it under that name. Both builds use the
# same module (checked), so Node's glue reads the one in web/.
cmp -s wasm/pkg/shuzi_wasm_bg.wasm wasm/pkg-node/shuzi_wasm_bg.wasm \
  || { echo "package-npm: the web and Node builds have different .wasm modules" >&2; exit 1; }
cp wasm/pkg-node/api.mjs "$pkg/node/"
sed 's|`${__dirname}/shuzi_wasm_bg.wasm`|`${__dirname}/../web/shuzi_wasm_bg.wasm`|' \
  wasm/pkg-node/shuzi_wasm.js > "$pkg/node/shuzi_wasm.cjs"
grep -q '/../web/shuzi_wasm_bg.wasm`' "$pkg/node/shuzi_wasm.cjs" \
  || { echo "package-npm: could not point node/shuzi_wasm.cjs at web/shuzi_wasm_bg.wasm" >&2; exit 1; }
sed 's|"./shuzi_wasm.js"|"./shuzi_wasm.cjs"|' wasm/pkg-node/index.mjs > "$pkg/node/index.mjs"
grep -q '"./shuzi_wasm.cjs"' "$pkg/node/index.mjs" \
  || { echo "package-npm: node/index.mjs does not import the glue as ./shuzi_wasm.cjs" >&2; exit 1; }
{ cat wasm/pkg-node/index.d.mts; cat <<'DTS'

/** Does nothing in Node (the module is loaded already); the browser entry's `init()` loads it. */
export default function init(moduleOrPath?: unknown): Promise<void>;
DTS
} > "$pkg/node/index.d.mts"

cp wasm/npm/README.md LICENSE-MIT LICENSE-APACHE CHANGELOG.md "$pkg/"
node -e '
  const fs = require("fs");
  const [template, dest, version] = process.argv.slice(1);
  const p = JSON.parse(fs.readFileSync(template, "utf8"));
  const out = { name: p.name, version, ...p };
  fs.writeFileSync(dest, JSON.stringify(out, null, 2) + "\n");
' wasm/npm/package.json "$pkg/package.json" "$version"

# Every file that package.json lists must exist (npm pack would skip it silently).
node -e '
  const fs = require("fs"), path = require("path");
  const dir = process.argv[1];
  const p = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const missing = p.files.filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length) { console.error("package-npm: missing files: " + missing.join(", ")); process.exit(1); }
' "$pkg"

(cd "$pkg" && npm pack --silent --pack-destination .. >/dev/null)
tgz=$out/shuzi-$version.tgz
[ -f "$tgz" ] || { echo "package-npm: npm pack did not write $tgz" >&2; exit 1; }
echo "== npm: $tgz, $(stat -c %s "$tgz") bytes; files:"
tar -tzvf "$tgz" | awk '{printf "   %9s  %s\n", $3, $6}'
