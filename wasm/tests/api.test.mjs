// The API surface: options, Extractor, version, large values, plain objects.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { shuzi, repo } from "./helpers.mjs";

const { extract, Extractor, version } = shuzi;
const text = "今年前10个月，全市固定资产投资同比增长13.1%，引进项目196家，总投资2.96亿元。";

test("version is the workspace version", () => {
  const cargo = readFileSync(path.join(repo, "Cargo.toml"), "utf8");
  const workspaceVersion = cargo.match(/\[workspace\.package\][^[]*?version = "([^"]+)"/)[1];
  assert.equal(version(), workspaceVersion);
});

test("results are plain JSON-compatible objects", () => {
  const found = extract(text);
  assert.ok(Array.isArray(found) && found.length > 0);
  for (const e of found) {
    assert.equal(Object.getPrototypeOf(e), Object.prototype);
    assert.deepEqual(JSON.parse(JSON.stringify(e)), e);
  }
  const pct = found.find((e) => e.kind === "percent");
  assert.deepEqual(pct.change, { direction: "up", basis: "yoy", trigger: "同比增长" });
  assert.equal(pct.bound, "exact");
  assert.equal(pct.unit, "%");
});

test("kinds option keeps only those kinds", () => {
  const money = extract(text, { kinds: ["money"] });
  assert.deepEqual(money.map((e) => [e.kind, e.text, e.normalized]), [["money", "2.96亿元", "296000000"]]);
  assert.deepEqual(extract(text, { kinds: [] }), []);
  const all = extract(text);
  assert.deepEqual(extract(text, { kinds: ["money", "percent", "count"] }),
    all.filter((e) => ["money", "percent", "count"].includes(e.kind)));
});

test("undefined and null options mean the defaults", () => {
  const all = extract(text);
  assert.deepEqual(extract(text, undefined), all);
  assert.deepEqual(extract(text, null), all);
  assert.deepEqual(extract(text, {}), all);
  assert.deepEqual(extract(text, { kinds: undefined }), all);
});

test("refDate resolves relative years", () => {
  const input = "今年7月1日起施行";
  const plain = extract(input, { kinds: ["date"] });
  assert.equal(plain.length, 1);
  assert.equal(plain[0].value, "--07-01");
  assert.equal(plain[0].relativeYears, 0);
  assert.equal(plain[0].resolved, undefined);
  const [resolved] = extract(input, { kinds: ["date"], refDate: "2026-06-02" });
  assert.equal(resolved.text, "今年7月1日");
  assert.equal(resolved.value, "2026-07-01");
  assert.deepEqual([resolved.year, resolved.month, resolved.day], [2026, 7, 1]);
  assert.equal(resolved.resolved, true);
  assert.equal(resolved.relativeYears, undefined);
});

test("an Extractor gives the same entities as extract with the same options", () => {
  const options = { kinds: ["percent", "count", "date", "period"], refDate: "2026-06-02" };
  const ex = new Extractor(options);
  assert.deepEqual(ex.extract(text), extract(text, options));
  assert.deepEqual(ex.extract(text), ex.extract(text)); // reusable
  ex.free();
  assert.deepEqual(new Extractor().extract(text), extract(text));
});

test("integers above 2^53 keep their exact value in normalized", () => {
  const [e] = extract("金额为9007199254740993元", { kinds: ["money"] });
  assert.equal(e.normalized, "9007199254740993");
  assert.equal(e.value, 9007199254740992); // nearest double
});

test("text that is not a string is a TypeError", () => {
  assert.throws(() => extract(42), TypeError);
  assert.throws(() => new Extractor().extract(undefined), TypeError);
});
