// Extraction throughput on the five seeds: the WebAssembly package in Node
// against the native CLI (release build), side by side.
//
//   bash scripts/test-wasm.sh --build && node wasm/bench/throughput.mjs
//
// Each seed is repeated to about 1 MB so start-up costs vanish. Node times
// `extract(text)` (extraction, JSON string, JSON.parse: plain objects out);
// the CLI times `shuzi extract --format jsonl FILE > /dev/null` (reading,
// extraction, JSON lines out) minus its run time on an empty file. Best of 5.
// A measurement, not a test: nothing is asserted.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { extract, version } = await import(path.join(repo, "wasm/pkg-node/index.mjs"));
const TARGET_BYTES = 1 << 20;
const RUNS = 5;

execFileSync("cargo", ["build", "-q", "--release", "-p", "shuzi-cli"], { cwd: repo, stdio: "inherit" });
const cli = path.join(repo, "target/release/shuzi");
const tmp = mkdtempSync(path.join(tmpdir(), "shuzi-bench-"));

function best(fn) {
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return min; // ms
}

function runCli(file) {
  const r = spawnSync(cli, ["extract", "--format", "jsonl", file], { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`shuzi exited with ${r.status}`);
}

const empty = path.join(tmp, "empty.txt");
writeFileSync(empty, "");
const startup = best(() => runCli(empty));

const rows = [];
let totals = { bytes: 0, node: 0, native: 0 };
for (const name of readdirSync(path.join(repo, "seeds")).filter((f) => f.endsWith(".txt")).sort()) {
  const seed = readFileSync(path.join(repo, "seeds", name), "utf8");
  const seedBytes = Buffer.byteLength(seed);
  const copies = Math.ceil(TARGET_BYTES / seedBytes);
  const text = Array(copies).fill(seed).join("\n");
  const bytes = Buffer.byteLength(text);
  const file = path.join(tmp, name);
  writeFileSync(file, text);

  const perCopy = extract(seed).length;
  extract(text); // warm-up
  const node = best(() => extract(text));
  const native = Math.max(best(() => runCli(file)) - startup, 0.001);
  const mbs = (ms) => bytes / 1e6 / (ms / 1e3);
  rows.push([name.slice(0, 3), (bytes / 1e6).toFixed(2), perCopy * copies, mbs(node).toFixed(1), mbs(native).toFixed(1), (native / node).toFixed(2)]);
  totals = { bytes: totals.bytes + bytes, node: totals.node + node, native: totals.native + native };
}
rmSync(tmp, { recursive: true, force: true });

const mbs = (ms) => (totals.bytes / 1e6 / (ms / 1e3)).toFixed(1);
rows.push(["all", (totals.bytes / 1e6).toFixed(2), "", mbs(totals.node), mbs(totals.native), (totals.native / totals.node).toFixed(2)]);
console.log(`shuzi ${version()} — Node ${process.version} (WebAssembly) vs native CLI (release); CLI start-up ${startup.toFixed(1)} ms subtracted`);
const head = ["seed", "MB", "entities", "wasm MB/s", "native MB/s", "wasm/native"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padStart(widths[i])).join("  ");
console.log(line(head));
for (const r of rows) console.log(line(r));
