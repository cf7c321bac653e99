// The UTF-16 invariant: input.slice(start, end) === text, astral characters
// (two UTF-16 units each) and emoji included.
import { test } from "node:test";
import assert from "node:assert/strict";
import { shuzi } from "./helpers.mjs";

const { extract } = shuzi;

test("a count after an astral character has UTF-16 offsets", () => {
  const input = "𠀀196家";
  const [e] = extract(input);
  assert.equal(e.kind, "count");
  assert.equal(e.text, "196家");
  assert.deepEqual([e.start, e.end], [2, 6]);
  assert.deepEqual([e.byteStart, e.byteEnd], [4, 10]);
  assert.equal(input.slice(e.start, e.end), e.text);
  assert.equal(e.value, 196);
  assert.equal(e.unit, "家");
});

test("slicing gives the text with astral characters and emoji all around", () => {
  const input = "𠀀𦡦营收2.96亿元😀，同比增长13.1%👨‍👩‍👧，引进项目196家𦡦。";
  const found = extract(input);
  const byKind = Object.fromEntries(found.map((e) => [e.kind, e]));
  for (const e of found) assert.equal(input.slice(e.start, e.end), e.text);
  assert.equal(byKind.money.text, "2.96亿元");
  assert.equal(byKind.money.normalized, "296000000");
  assert.equal(byKind.money.value, 296000000);
  assert.equal(byKind.money.start, 6); // 𠀀 𦡦 are two units each, 营收 one each
  assert.equal(byKind.percent.text, "13.1%");
  assert.equal(byKind.percent.value, 13.1);
  assert.equal(byKind.count.text, "196家");
  // UTF-8 bytes stay available for callers holding the bytes.
  const bytes = Buffer.from(input, "utf8");
  for (const e of found) assert.equal(bytes.subarray(e.byteStart, e.byteEnd).toString("utf8"), e.text);
});

test("a lone surrogate keeps offsets aligned (it becomes U+FFFD, one unit)", () => {
  const input = "\uD800增长13.1%";
  const found = extract(input);
  const pct = found.find((e) => e.kind === "percent");
  assert.ok(pct, "percent found");
  assert.equal(pct.text, "13.1%");
  assert.equal(input.slice(pct.start, pct.end), "13.1%");
});

test("empty and entity-free text give an empty array", () => {
  assert.deepEqual(extract(""), []);
  assert.deepEqual(extract("没有数字的句子😀"), []);
});
