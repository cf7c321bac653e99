// Where the time of `extract` goes in Node, against the native core on the
// same text in the same run.
//
//   bash scripts/test-wasm.sh --build
//   cargo build --release -p shuzi-benches --example core_throughput
//   node wasm/bench/split.mjs [MB]        (default 1; the compare.py corpus)
//
// SHUZI_PKG=DIR measures another build of wasm/pkg-node (a copy kept aside
// before a change, say), against the same native core.
//
// The corpus is the one benches/compare/compare.py builds: the seeds, each
// followed by a line break, repeated to at least MB megabytes. Every stage
// runs on the whole corpus, warm (2 runs first), until 2 s of this process's
// CPU time (GC included); MB/s is per CPU second, as compare.py reports it.
//
//   native core     core_throughput (Extractor::extract, release build)
//   wasm: text in   benchStage(text, 0): the string copied into the module
//   wasm: extract   benchStage(text, 1): + extraction, a count back
//   wasm: records   benchStage(text, 2): + the records (UTF-16 offsets)
//   wasm: tape      benchStage(text, 3): + the tape written (not sent)
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

function rate(fn) {
  fn();
  fn();
  let runs = 0;
  const c0 = process.cpuUsage();
  while (runs === 0 || cpuNow(c0) < 2.0) {
    fn();
    runs++;
  }
  return (bytes * runs) / 1e6 / cpuNow(c0);
}

const tmp = mkdtempSync(path.join(tmpdir(), "shuzi-split-"));
const file = path.join(tmp, "corpus.txt");
writeFileSync(file, text);
const native = JSON.parse(execFileSync(core, [file, "2"], { encoding: "utf8" }).trim().split("\n").pop());
rmSync(tmp, { recursive: true, force: true });
const nativeMbs = native.bytes / 1e6 / native.cpu;

const count = extract(text).length;
if (raw.benchStage(text, 1) !== count || native.items !== count) {
  throw new Error(`entity counts differ: extract ${count}, benchStage ${raw.benchStage(text, 1)}, native ${native.items}`);
}
const rows = [["native core", nativeMbs]];
const stages = ["wasm: text in", "wasm: extract", "wasm: records", "wasm: tape"];
for (let s = 0; s < stages.length; s++) rows.push([stages[s], rate(() => raw.benchStage(text, s))]);
rows.push(["wasm: raw tape", rate(() => raw.extractTape(text, undefined))]);
rows.push(["extract()", rate(() => extract(text))]);

console.log(`shuzi ${version()}, Node ${process.version}: ${(bytes / 1e6).toFixed(2)} MB, ${count} entities; MB/s per CPU second`);
console.log("stage            MB/s  ms/MB  vs native");
for (const [name, r] of rows) {
  console.log(`${name.padEnd(15)} ${r.toFixed(1).padStart(6)} ${(1000 / r).toFixed(2).padStart(6)} ${(r / nativeMbs).toFixed(2).padStart(9)}`);
}
