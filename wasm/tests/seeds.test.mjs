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
 * The Rust golden harnesses' accepted differences, read from core/tests/*.rs
 * so that the two suites cannot drift apart: each is {seed, text, suffix}
 * where suffix names the golden file ("numeric", "time", "time.ref").
 * Two table shapes are understood:
 *   const KNOWN_MISSES: &[(&str, bool, &str, &str)] = &[("000", false, "text", "why")]
 *     (a time harness: false → time.json, true → time.ref.json);
 *   const NAME: &[KnownMiss] = &[KnownMiss { seed: "000", text: "text", reason: … }]
 *     with the check("SUFFIX", …, NAME) or check_with("SUFFIX", …, NAME) call
 *     that uses it naming its golden file.
 */
function knownMisses() {
  const dir = path.join(repo, "core/tests");
  const misses = [];
  if (!existsSync(dir)) return misses;
  const str = (lit) => JSON.parse(`"${lit}"`);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".rs"))) {
    const source = readFileSync(path.join(dir, file), "utf8");
    const tuples = source.match(/const KNOWN_MISSES[^=]*=\s*&\[([\s\S]*?)\];/);
    if (tuples) {
      const row = /\(\s*"(\d{3})"\s*,\s*(true|false)\s*,\s*"((?:[^"\\]|\\.)*)"\s*,/g;
      for (const m of tuples[1].matchAll(row)) {
        misses.push({ seed: m[1], text: str(m[3]), suffix: m[2] === "true" ? "time.ref" : "time" });
      }
    }
    // Each check(…)/check_with(…) call runs from its "suffix" to the next call.
    const calls = [...source.matchAll(/\bcheck(?:_with)?\(\s*"([\w.]+)"/g)];
    const suffixOf = (table) => {
      const i = calls.findIndex((c, k) => {
        const region = source.slice(c.index, calls[k + 1]?.index ?? source.length);
        return new RegExp(`\\b${table}\\b`).test(region);
      });
      return i < 0 ? undefined : calls[i][1];
    };
    for (const t of source.matchAll(/const ([A-Z_]+): &\[KnownMiss\]\s*=\s*&\[([\s\S]*?)\];/g)) {
      const suffix = suffixOf(t[1]);
      assert.ok(suffix, `${file}: no check("SUFFIX", …, ${t[1]}) call found`);
      for (const m of t[2].matchAll(/seed:\s*"(\d{3})"\s*,\s*text:\s*"((?:[^"\\]|\\.)*)"/g)) {
        misses.push({ seed: m[1], text: str(m[2]), suffix });
      }
    }
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

test("the Rust harnesses' known misses are read", () => {
  const misses = knownMisses();
  for (const m of misses) {
    assert.match(m.seed, /^\d{3}$/);
    assert.ok(["numeric", "time", "time.ref"].includes(m.suffix), m.suffix);
    assert.ok(m.text.length > 0);
  }
  // Every table row in the sources is understood (none silently dropped).
  const rows = readdirSync(path.join(repo, "core/tests"))
    .filter((f) => f.endsWith(".rs"))
    .map((f) => readFileSync(path.join(repo, "core/tests", f), "utf8"))
    .map((src) => (src.match(/KnownMiss \{\s*seed:/g) ?? []).length +
      ((src.match(/const KNOWN_MISSES[^=]*=\s*&\[([\s\S]*?)\];/)?.[1] ?? "").match(/\(\s*"\d{3}"/g) ?? []).length)
    .reduce((a, b) => a + b, 0);
  assert.equal(misses.length, rows);
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
      const correct = wantJs.length - problems.filter(([, what]) => !what.startsWith("spurious")).length;
      assert.ok(correct > 0 || wantJs.length === 0, "nothing in the golden file was found");
    });
  }
}
