// The seeds give the same entities in JavaScript as in the native CLI (the
// CLI's code-point offsets converted to UTF-16, its snake keys to camel), and
// the hand-written golden files are found (minus the Rust harness's known
// misses).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { shuzi, seedNames, seedText, golden, utf16Offsets, toJs, cliEntities, expectedDir, NUMERIC_KINDS, TIME_KINDS } from "./helpers.mjs";

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
