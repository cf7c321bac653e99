// `extract` builds its objects from the numeric tape (wasm/src/tape.rs);
// they must equal what `JSON.parse` makes of the JSON array the module also
// writes (`extractJson`): the same keys in the same order, the same values
// (-0 and 0 told apart), on every seed, every corpus/dev text and inputs
// with astral characters, escapes and control characters.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { shuzi, repo, seedNames, seedText } from "./helpers.mjs";

const raw = createRequire(import.meta.url)(path.join(repo, "wasm/pkg-node/shuzi_wasm.js"));

const seen = new Set();

function same(text, options) {
  const fromTape = shuzi.extract(text, options);
  const fromJson = JSON.parse(raw.extractJson(text, options));
  assert.deepStrictEqual(fromTape, fromJson);
  // Key order too (deepStrictEqual ignores it).
  assert.equal(JSON.stringify(fromTape), JSON.stringify(fromJson));
  for (const e of fromTape) for (const k of Object.keys(e)) seen.add(k);
  return fromTape.length;
}

const devDir = path.join(repo, "corpus/dev");
const texts = [
  ...seedNames().map((name) => [`seed ${name}`, seedText(name)]),
  ...readdirSync(devDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => [`corpus/dev/${f}`, readFileSync(path.join(devDir, f), "utf8")]),
];

test("tape and JSON give the same objects on the seeds and corpus/dev", () => {
  assert.ok(texts.length > 50, `only ${texts.length} texts`);
  let entities = 0;
  for (const [name, text] of texts) {
    try {
      entities += same(text);
    } catch (error) {
      error.message = `${name}: ${error.message}`;
      throw error;
    }
  }
  assert.ok(entities > 1000, `only ${entities} entities`);
  // Every kind of field went through the tape: nested objects, nulls,
  // slices beyond `text`, optional numbers and strings.
  for (const key of ["change", "noun", "unitText", "high", "point", "relativeYears", "from", "currency", "year"]) {
    assert.ok(seen.has(key), `no entity with ${key}`);
  }
});

test("tape and JSON agree with options and through Extractor", () => {
  const text = texts.map(([, t]) => t).slice(0, 8).join("\n");
  const options = { kinds: ["money", "percent", "date", "period"], refDate: "2024-03-15" };
  assert.ok(same(text, options) > 100);
  const ex = new shuzi.Extractor(options);
  assert.deepStrictEqual(ex.extract(text), shuzi.extract(text, options));
  ex.free();
});

test("tape slices are UTF-16: astral characters, escapes, control characters", () => {
  const text =
    "𠀀𝟘去年12月营收增长😀13.1%，\"约8000万元\"\\\t\u0000同比下降2.5个百分点🀄，" +
    "“十四五”时期，前三季度-0.0%，1e400亿元，99999999999999999999元";
  assert.ok(same(text) >= 4);
  assert.ok(same(text, { refDate: "2024-01-01" }) >= 4);
  assert.equal(same(""), 0);
  assert.equal(same("无"), 0);
});
