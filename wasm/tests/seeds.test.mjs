// The seeds give the same entities in JavaScript as in the native CLI (the
// CLI's code-point offsets converted to UTF-16, its snake keys to camel), and
// the hand-written golden files are found (minus the Rust harness's known
// misses).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import path from "node:path";
import { shuzi, repo, seedNames, seedText, golden, utf16Offsets, toJs, cliEntities, expectedDir, NUMERIC_KINDS, TIME_KINDS } from "./helpers.mjs";

const { extract } = shuzi;

/** seed prefix ("000") → reference date, from the table in seeds/expected/README.md. */
function refDates() {
  const readme = readFileSync(path.join(expectedDir, "README.md"), "utf8");
  const dates = new Map();
  for (const m of readme.matchAll(/^\| (\d{3}) \| (\d{4}-\d{2}-\d{2}) \|/gm)) dates.set(m[1], m[2]);
  return dates;
}
const refDateOf = (name) => refDates().get(name.slice(0, 3));

for (const name of seedNames()) {
  test(`seed ${name}: same entities as the native CLI`, () => {
    const text = seedText(name);
    const js = extract(text);
    assert.ok(js.length > 0, "no entity found");
    assert.deepEqual(js, cliEntities(name));
    for (const e of js) assert.equal(text.slice(e.start, e.end), e.text);
  });

  const ref = refDateOf(name);
  if (ref) {
    test(`seed ${name}: same entities as the native CLI with --ref-date ${ref}`, () => {
      assert.deepEqual(extract(seedText(name), { refDate: ref }), cliEntities(name, ["--ref-date", ref]));
    });
  }
}

/**
 * The accepted differences of the golden harnesses, read from the one
 * known-miss file (core/tests/data/known_misses.tsv) that the Rust and Python
 * suites read too, so the suites cannot drift apart. Columns: set, doc, kind,
 * byte_start, byte_end, side, reason; the seeds' sets are `seeds/numeric`,
 * `seeds/time` and `seeds/time.ref`. Each row becomes {seed, text, suffix},
 * its text cut out of the seed by its byte span.
 */
function knownMisses() {
  const file = path.join(repo, "core/tests/data/known_misses.tsv");
  const misses = [];
  if (!existsSync(file)) return misses;
  const names = seedNames();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [set, doc, , byteStart, byteEnd] = line.split("\t");
    if (!set.startsWith("seeds/")) continue;
    const name = names.find((n) => n.startsWith(doc));
    assert.ok(name, `known_misses.tsv: no seed ${doc}`);
    const bytes = Buffer.from(seedText(name), "utf8");
    const text = bytes.subarray(Number(byteStart), Number(byteEnd)).toString("utf8");
    misses.push({ seed: doc, text, suffix: set.slice("seeds/".length) });
  }
  return misses;
}

/** Same number up to a relative 1e-9 (as the Rust harness compares). */
function sameValue(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }
  if (a && b && typeof a === "object" && typeof b === "object") return fieldDiffs(a, b).length === 0;
  return isDeepStrictEqual(a, b);
}

/** Field differences, a missing key equal to null (as in the Rust harnesses). */
function fieldDiffs(want, got) {
  const keys = [...new Set([...Object.keys(want), ...Object.keys(got)])].sort();
  return keys
    .filter((k) => !sameValue(want[k] ?? null, got[k] ?? null))
    .map((k) => `${k}: want ${JSON.stringify(want[k])}, got ${JSON.stringify(got[k])}`);
}

test("the known-miss file's seed rows are read", () => {
  const misses = knownMisses();
  for (const m of misses) {
    assert.match(m.seed, /^\d{3}$/);
    assert.ok(["numeric", "time", "time.ref"].includes(m.suffix), m.suffix);
    assert.ok(m.text.length > 0);
  }
});

const goldenRuns = [
  { suffix: "numeric", kinds: NUMERIC_KINDS, withRef: false },
  { suffix: "time", kinds: TIME_KINDS, withRef: false },
  { suffix: "time.ref", kinds: TIME_KINDS, withRef: true },
];

for (const name of seedNames()) {
  for (const run of goldenRuns) {
    const want = golden(name, run.suffix);
    if (!want) continue;
    test(`seed ${name}: golden ${run.suffix}.json found (minus the Rust harness's known misses)`, () => {
      const seed = name.slice(0, 3);
      const text = seedText(name);
      const table = utf16Offsets(text);
      const options = { kinds: run.kinds };
      if (run.withRef) options.refDate = refDateOf(name);
      const got = extract(text, options);
      const wantJs = want.map((w) => toJs(w, table));
      const spanKey = (e) => `${e.start}:${e.end}`;
      const gotBySpan = new Map(got.map((e) => [spanKey(e), e]));
      const wantBySpan = new Map(wantJs.map((e) => [spanKey(e), e]));
      const problems = [];
      for (const w of wantJs) {
        const g = gotBySpan.get(spanKey(w));
        if (!g) problems.push([w.text, "missed"]);
        else {
          const diffs = fieldDiffs(w, g);
          if (diffs.length) problems.push([w.text, diffs.join("; ")]);
        }
      }
      for (const g of got) if (!wantBySpan.has(spanKey(g))) problems.push([g.text, `spurious ${g.kind}`]);
      const accepted = knownMisses().filter((m) => m.seed === seed && m.suffix === run.suffix);
      const unexplained = problems.filter(([t]) => !accepted.some((m) => m.text === t));
      assert.deepEqual(unexplained.map(([t, what]) => `${JSON.stringify(t)}: ${what}`), []);
      // A known miss that now passes fails until its row is removed.
      const stale = accepted.filter((m) => !problems.some(([t]) => t === m.text));
      assert.deepEqual(stale.map((m) => m.text), []);
      const correct = wantJs.length - problems.filter(([, what]) => !what.startsWith("spurious")).length;
      assert.ok(correct > 0 || wantJs.length === 0, "nothing in the golden file was found");
    });
  }
}
