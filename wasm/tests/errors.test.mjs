// Bad options throw ShuziError (an Error subclass) with the right kind and a
// lowercase message quoting the bad value.
import { test } from "node:test";
import assert from "node:assert/strict";
import { shuzi } from "./helpers.mjs";

const { extract, Extractor, ShuziError } = shuzi;

function assertShuziError(fn, kind, message) {
  let thrown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown !== undefined, "nothing was thrown");
  assert.ok(thrown instanceof ShuziError, `not a ShuziError: ${thrown}`);
  assert.ok(thrown instanceof Error, "not an Error");
  assert.equal(thrown.name, "ShuziError");
  assert.equal(thrown.kind, kind);
  assert.equal(thrown.message, message);
  assert.match(String(thrown.stack), /ShuziError/);
}

const cases = [
  [{ kinds: ["money", "coins"] }, "unknown_kind", 'unknown kind "coins"'],
  [{ refDate: "2026-02-30" }, "invalid_date", 'invalid reference date "2026-02-30": day 30 is not in month 2'],
  [{ refDate: "2026/06/02" }, "invalid_date", 'invalid reference date "2026/06/02": expected YYYY-MM-DD'],
  [{ colour: "red" }, "invalid_option", "invalid options: unknown field `colour`, expected one of `kinds`, `refDate`, `ref_date`"],
  [{ kinds: "money" }, "invalid_option", 'invalid options: invalid type: string "money", expected a sequence'],
  [{ refDate: 20260602 }, "invalid_option", "invalid options: invalid type: integer `20260602`, expected a string"],
  ["money", "invalid_option", "invalid options: expected an object"],
  [["money"], "invalid_option", "invalid options: expected an object"],
  [{ kinds: [1n] }, "invalid_option", "invalid options: not representable as JSON"],
];

for (const [options, kind, message] of cases) {
  test(`extract with ${JSON.stringify(options, (_, v) => (typeof v === "bigint" ? `${v}n` : v))} throws ${kind}`, () => {
    assertShuziError(() => extract("196家", options), kind, message);
    assertShuziError(() => new Extractor(options), kind, message);
  });
}

test("ShuziError can be made and caught by callers", () => {
  const e = new ShuziError("invalid_option", "x");
  assert.ok(e instanceof Error);
  assert.equal(e.kind, "invalid_option");
  assert.equal(e.message, "x");
});

test("the module keeps working after an error", () => {
  assert.throws(() => extract("196家", { kinds: ["coins"] }), ShuziError);
  const [e] = extract("196家");
  assert.equal(e.text, "196家");
});
