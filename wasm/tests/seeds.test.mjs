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
 * The Rust golden harnesses' accepted differences: every
 * `("000", false, "text", "reason")` row of a `KNOWN_MISSES` table in
 * core/tests/*.rs, scoped to the golden files that harness reads.
 */
function knownMisses() {
  const dir = path.join(repo, "core/tests");
  const misses = [];
  if (!existsSync(dir)) return misses;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".rs"))) {
    const source = readFileSync(path.join(dir, file), "utf8");
    const table = source.match(/const KNOWN_MISSES[^=]*=\s*&\[([\s\S]*?)\];/);
    if (!table) continue;
    const suffixes = ["numeric", "time"].filter((s) => source.includes(`.${s}`));
    const row = /\(\s*"(\d{3})"\s*,\s*(true|false)\s*,\s*"((?:[^"\\]|\\.)*)"\s*,/g;
    for (const m of table[1].matchAll(row)) {
      misses.push({ seed: m[1], withRef: m[2] === "true", text: JSON.parse(`"${m[3]}"`), suffixes, file });
    }
  }
  return misses;
}

/** Field differences, a missing key equal to null (as in the Rust harness). */
function fieldDiffs(want, got) {
  const keys = [...new Set([...Object.keys(want), ...Object.keys(got)])].sort();
  return keys
    .filter((k) => !isDeepStrictEqual(want[k] ?? null, got[k] ?? null))
    .map((k) => `${k}: want ${JSON.stringify(want[k])}, got ${JSON.stringify(got[k])}`);
}

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
      const family = run.suffix.startsWith("time") ? "time" : "numeric";
      const accepted = knownMisses().filter((m) => m.seed === seed && m.withRef === run.withRef && m.suffixes.includes(family));
      const unexplained = problems.filter(([t]) => !accepted.some((m) => m.text === t));
      assert.deepEqual(unexplained.map(([t, what]) => `${JSON.stringify(t)}: ${what}`), []);
      const correct = wantJs.length - problems.filter(([, what]) => !what.startsWith("spurious")).length;
      assert.ok(correct > 0 || wantJs.length === 0, "nothing in the golden file was found");
    });
  }
}
