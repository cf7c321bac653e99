// The returned objects have exactly the keys js/shuzi.d.ts declares for
// their kind, both ways: no undeclared key, every required key present, and
// every declared key (optional ones too) produced by some input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import path from "node:path";
import { shuzi, repo, seedNames, seedText } from "./helpers.mjs";

const require = createRequire(import.meta.url);
let ts;
try {
  ts = require(path.join(repo, "wasm/node_modules/typescript"));
} catch {
  ts = null;
}

/** kind → {all: Set, required: Set} read from the d.ts by the TypeScript checker. */
function declaredKeys() {
  const file = path.join(repo, "wasm/js/shuzi.d.ts");
  const program = ts.createProgram([file], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const alias = source.statements.find((s) => ts.isTypeAliasDeclaration(s) && s.name.text === "Entity");
  const union = checker.getTypeAtLocation(alias.name);
  const out = new Map();
  for (const member of union.types) {
    const props = checker.getPropertiesOfType(member);
    const kindProp = props.find((p) => p.name === "kind");
    const kind = checker.getTypeOfSymbolAtLocation(kindProp, alias).value;
    assert.equal(typeof kind, "string", "every Entity member narrows kind to one literal");
    const all = new Set(props.map((p) => p.name));
    const required = new Set(props.filter((p) => !(p.flags & ts.SymbolFlags.Optional)).map((p) => p.name));
    out.set(kind, { all, required });
  }
  return out;
}

// Inputs meant to bring out every optional key: ranges (high), rounded
// values (exact), ±, counted nouns, changes, 年末 (point), relative years.
const probes = [
  ["约8000万元至1亿元，10亿至20亿元，三分之一，±0.005mm，引进196家知名企业，同比增长13.1%，下降1.8元", {}],
  ["2025年末，去年12月，今年7月1日，“十四五”，过去五年，第九次，首批，8个月，4万多吨标准煤，税收占比为74.5", {}],
  ["今年7月1日起施行，去年12月，过去五年", { refDate: "2026-06-02" }],
];

test("every returned key is declared for its kind, every required key is there, every declared key occurs", {
  skip: ts ? false : "typescript is not installed in wasm/node_modules (scripts/test-wasm.sh installs it)",
}, () => {
  const declared = declaredKeys();
  assert.deepEqual([...declared.keys()].sort(),
    ["count", "date", "duration", "money", "number", "ordinal", "percent", "period", "quantity"]);
  const seen = new Map([...declared.keys()].map((k) => [k, new Set()]));
  const inputs = [...seedNames().map((n) => [seedText(n), {}]), ...seedNames().map((n) => [seedText(n), { refDate: "2026-06-02" }]), ...probes];
  let count = 0;
  for (const [text, options] of inputs) {
    for (const e of shuzi.extract(text, options)) {
      count++;
      const keys = Object.keys(e);
      const { all, required } = declared.get(e.kind);
      for (const k of keys) assert.ok(all.has(k), `${e.kind} ${JSON.stringify(e.text)}: undeclared key ${k}`);
      for (const k of required) assert.ok(keys.includes(k), `${e.kind} ${JSON.stringify(e.text)}: missing key ${k}`);
      for (const k of keys) seen.get(e.kind).add(k);
      if (e.change) assert.deepEqual(Object.keys(e.change), ["direction", "basis", "trigger"]);
    }
  }
  assert.ok(count > 100, `only ${count} entities`);
  // The other way: a key declared for no reason would pass the checks above.
  const allDeclared = new Set([...declared.values()].flatMap((d) => [...d.all]));
  const allSeen = new Set([...seen.values()].flatMap((s) => [...s]));
  assert.deepEqual([...allDeclared].filter((k) => !allSeen.has(k)), [], "declared keys never produced");
  for (const [kind, s] of seen) assert.ok(s.size > 0, `no ${kind} entity in the inputs`);
});
