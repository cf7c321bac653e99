// facts: the same facts as `shuzi facts` on every seed (offsets converted to
// UTF-16, keys to camelCase), spans that slice back to their text after
// astral characters, the Extractor method, options checked as for extract.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { shuzi, repo, seedNames, seedText, utf16Offsets, policyToJs } from "./helpers.mjs";

const { facts, Extractor, ShuziError } = shuzi;

function cliFacts(name) {
  const bin = process.env.SHUZI_CLI || path.join(repo, "target/debug/shuzi");
  const args = ["facts", "--format", "jsonl", path.join("seeds", `${name}.txt`)];
  const opts = { cwd: repo, encoding: "utf8", maxBuffer: 64 << 20 };
  const out = existsSync(bin)
    ? execFileSync(bin, args, opts)
    : execFileSync("cargo", ["run", "-q", "-p", "shuzi-cli", "--", ...args], opts);
  const table = utf16Offsets(seedText(name));
  return out
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => policyToJs(JSON.parse(line), table));
}

for (const name of seedNames()) {
  test(`seed ${name}: the same facts as the native CLI`, () => {
    const text = seedText(name);
    const found = facts(text);
    assert.ok(found.length > 0);
    assert.deepEqual(found, cliFacts(name));
    for (const f of found) {
      assert.equal(text.slice(f.figure.start, f.figure.end), f.figure.text);
      for (const span of [f.subject, f.whole]) {
        if (span) assert.equal(text.slice(span.start, span.end), span.text);
      }
      if (f.metric && !f.metric.constructed) assert.equal(text.slice(f.metric.start, f.metric.end), f.metric.text);
    }
  });
}

test("facts after astral characters: UTF-16 offsets and real values", () => {
  const text = "𠀀😀1月~10月，全市规模以上工业增加值同比增长13.1%。";
  const [f] = facts(text);
  assert.equal(f.figure.text, "13.1%");
  assert.equal(f.figure.value, 13.1);
  assert.deepEqual(f.figure.change, { direction: "up", basis: "yoy", trigger: "同比增长" });
  assert.equal(f.metric.text, "规模以上工业增加值");
  assert.equal(text.slice(f.metric.start, f.metric.end), "规模以上工业增加值");
  assert.equal(f.metric.constructed, false);
  assert.equal(typeof f.metric.byteStart, "number");
  assert.equal(f.subject.text, "全市");
  assert.equal(f.time.text, "1月~10月");
  assert.equal(f.time.from, "--01");
  assert.equal(f.measure, "change");
  assert.equal(f.whole, null);
  assert.equal(f.status, "actual");
});

test("the Extractor method and the reference date", () => {
  const ex = new Extractor({ refDate: "2026-06-02" });
  const [f] = ex.facts("今年前三季度，全市营业收入3亿元。");
  assert.equal(f.time.from, "2026-01");
  assert.equal(f.time.resolved, true);
  ex.free();
  assert.throws(() => facts("营收3亿元", { refDate: "2026-13-40" }), ShuziError);
  assert.throws(() => facts(null), TypeError);
});
