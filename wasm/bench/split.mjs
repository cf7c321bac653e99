// Where the time of `extract` goes in Node, against the native core on the
// same text in the same run.
//
//   bash scripts/test-wasm.sh --build
//   cargo build --release -p shuzi-benches --example core_throughput
//   node wasm/bench/split.mjs [MB]        (default 1; the compare.py corpus)
//
// SHUZI_PKG=DIR measures another build of wasm/pkg-node, against the same
// native core; SHUZI_BEFORE=DIR adds the `extract()` of a second build (a
// copy of wasm/pkg-node kept aside before a change) to the same rounds.
//
// The corpus is the one benches/compare/compare.py builds: the seeds, each
// followed by a line break, repeated to at least MB megabytes. Every stage
// runs on the whole corpus, warm (2 runs first); MB/s is per CPU second (for
// Node the process's, GC included), as compare.py reports it, the best of 5
// rounds in which the native core and the stages take turns.
//
//   native core     core_throughput (Extractor::extract, release build)
//   wasm: text in   benchStage(text, 0): the string copied into the module
//   wasm: extract   benchStage(text, 1): + extraction, a count back
//   wasm: records   benchStage(text, 2): + the records (UTF-16 offsets)
//   wasm: tape      benchStage(text, 3): extraction + the tape written (records
//                   and their offsets on it, as extractTape does; not sent)
//   wasm: raw tape  raw extractTape(text): + the tape sent to JS
//   extract()       the package's extract(text): + the objects built
// A measurement, not a test: nothing is asserted.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = path.resolve(process.env.SHUZI_PKG || path.join(repo, "wasm/pkg-node"));
const { extract, version } = await import(path.join(pkg, "index.mjs"));
const raw = createRequire(import.meta.url)(path.join(pkg, "shuzi_wasm.js"));
const core = path.join(repo, "target/release/examples/core_throughput");

const mb = Number(process.argv[2] ?? 1);
const seeds = path.join(repo, "seeds");
const unit = readdirSync(seeds)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(path.join(seeds, f), "utf8") + "\n")
  .join("");
const copies = Math.max(1, Math.ceil((mb * 1e6) / Buffer.byteLength(unit)));
const text = unit.repeat(copies);
const bytes = Buffer.byteLength(text);

function cpuNow(c0) {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

// Best of ROUNDS rounds of 0.5 s CPU each, the native core and every stage
// taking turns: on a shared machine the load moves, and a ratio of two
// rates measured minutes apart says little.
const ROUNDS = 5;
function rate(fn) {
  let runs = 0;
  const c0 = process.cpuUsage();
  while (runs === 0 || cpuNow(c0) < 0.5) {
    fn();
    runs++;
  }
  return (bytes * runs) / 1e6 / cpuNow(c0);
}

const tmp = mkdtempSync(path.join(tmpdir(), "shuzi-split-"));
const file = path.join(tmp, "corpus.txt");
writeFileSync(file, text);
let nativeItems = 0;
function nativeRate() {
  const r = JSON.parse(execFileSync(core, [file, "0.5"], { encoding: "utf8" }).trim().split("\n").pop());
  nativeItems = r.items;
  return r.bytes / 1e6 / r.cpu;
}

const count = extract(text).length;
const stages = [
  ["wasm: text in", () => raw.benchStage(text, 0)],
  ["wasm: extract", () => raw.benchStage(text, 1)],
  ["wasm: records", () => raw.benchStage(text, 2)],
  ["wasm: tape", () => raw.benchStage(text, 3)],
  ["wasm: raw tape", () => raw.extractTape(text, undefined)],
  ["extract()", () => extract(text)],
];
if (process.env.SHUZI_BEFORE) {
  const before = await import(path.join(path.resolve(process.env.SHUZI_BEFORE), "index.mjs"));
  if (before.extract(text).length !== count) throw new Error("SHUZI_BEFORE: another entity count");
  stages.push(["before: extract()", () => before.extract(text)]);
}
// Warm: the module's memory grown to the corpus, the JIT done.
for (const [, fn] of stages) {
  fn();
  fn();
}
const rows = [["native core", nativeRate], ...stages].map(([name, fn]) => [name, fn, 0]);
for (let round = 0; round < ROUNDS; round++) {
  for (const row of rows) row[2] = Math.max(row[2], row[0] === "native core" ? row[1]() : rate(row[1]));
}
rmSync(tmp, { recursive: true, force: true });
if (raw.benchStage(text, 1) !== count || nativeItems !== count) {
  throw new Error(`entity counts differ: extract ${count}, benchStage ${raw.benchStage(text, 1)}, native ${nativeItems}`);
}
const nativeMbs = rows[0][2];

console.log(`shuzi ${version()}, Node ${process.version}: ${(bytes / 1e6).toFixed(2)} MB, ${count} entities; MB/s per CPU second`);
console.log("stage               MB/s  ms/MB  vs native");
for (const [name, , r] of rows) {
  console.log(`${name.padEnd(18)} ${r.toFixed(1).padStart(6)} ${(1000 / r).toFixed(2).padStart(6)} ${(r / nativeMbs).toFixed(2).padStart(9)}`);
}
