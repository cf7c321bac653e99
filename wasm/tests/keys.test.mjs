// The returned objects match js/shuzi.d.ts exactly, both ways: every key is
// declared for its kind (or policy item), every required key is present,
// every value has its declared type — and every declared key (optional ones
// too) is produced by some input, so nothing is declared for no reason.
import { test } from "node:test";
import assert from "node:assert/strict";
import { shuzi, seedNames, seedText } from "./helpers.mjs";
import { Declarations, ts } from "./conform.mjs";

const skip = ts ? false : "typescript is not installed in wasm/node_modules (scripts/test-wasm.sh installs it)";

// Inputs meant to bring out every optional key: ranges (high), rounded
// values (exact), ±, counted nouns, changes, 年末 (point), relative years.
const probes = [
  ["约8000万元至1亿元，10亿至20亿元，三分之一，±0.005mm，引进196家知名企业，同比增长13.1%，下降1.8元", {}],
  ["2025年末，去年12月，今年7月1日，“十四五”，过去五年，第九次，首批，8个月，4万多吨标准煤，税收占比为74.5", {}],
  ["今年7月1日起施行，去年12月，过去五年", { refDate: "2026-06-02" }],
];

function inputs() {
  return [
    ...seedNames().map((n) => [seedText(n), {}]),
    ...seedNames().map((n) => [seedText(n), { refDate: "2026-06-02" }]),
    ...probes,
  ];
}

test("entities: the Entity union narrows kind to one literal per member", { skip }, () => {
  const d = new Declarations();
  const kinds = d.type("Entity").types.map((t) => d.checker.getTypeOfSymbolAtLocation(t.getProperty("kind"), d.source).value);
  assert.deepEqual(kinds.sort(), ["count", "date", "duration", "money", "number", "ordinal", "percent", "period", "quantity"]);
});

test("entities conform to Entity and cover every declared key", { skip }, () => {
  const d = new Declarations();
  const entity = d.type("Entity");
  let count = 0;
  for (const [text, options] of inputs()) {
    for (const e of shuzi.extract(text, options)) {
      count++;
      assert.deepEqual(d.check(e, entity, `${e.kind} ${JSON.stringify(e.text)}`), []);
    }
  }
  assert.ok(count > 500, `only ${count} entities`);
  const never = [...d.declaredProps("Entity")].filter((p) => !d.seen.has(p));
  assert.deepEqual(never, [], "declared keys never produced");
});

const policyProbe =
  "某市人民政府关于加快发展的实施意见\n某政发〔2024〕18号\n各区人民政府：\n一、总体要求\n" +
  "（一）发展目标。到2027年，企业数量达到37家。（责任单位：市科技局、市财政局）\n" +
  "本报讯（记者 李杰 通讯员 杨延娜）河北通过了《某某决定》（以下简称《决定》），自今年7月1日起施行。" +
  "实施“六个一”工作机制，即一名领导、一个专班、一套方案、一张清单、一个群、一本台账。\n某市人民政府\n2024年5月31日\n";

test("policies conform to Policy and cover every declared key", { skip }, () => {
  const d = new Declarations();
  const policy = d.type("Policy");
  const docs = [...seedNames().map((n) => seedText(n)), policyProbe];
  for (const [i, text] of docs.entries()) {
    for (const options of [{}, { refDate: "2026-06-02" }]) {
      assert.deepEqual(d.check(shuzi.parsePolicy(text, options), policy, `policy ${i}`), []);
    }
  }
  const never = [...d.declaredProps("Policy")].filter((p) => !d.seen.has(p));
  // A target's amount can be any numeric entity; the entity test covers those keys.
  const entityKeys = d.declaredProps("Entity");
  assert.deepEqual(never.filter((p) => !entityKeys.has(p)), [], "declared keys never produced");
});

test("the checker rejects what it should (it is not vacuous)", { skip }, () => {
  const d = new Declarations();
  const entity = d.type("Entity");
  const good = shuzi.extract("引进项目196家")[0];
  assert.deepEqual(d.check(good, entity), []);
  assert.notDeepEqual(d.check({ ...good, extra: 1 }, entity), []);
  assert.notDeepEqual(d.check({ ...good, unit: 3 }, entity), []);
  assert.notDeepEqual(d.check({ ...good, bound: "roughly" }, entity), []);
  const { normalized, ...missing } = good;
  assert.ok(normalized);
  assert.notDeepEqual(d.check(missing, entity), []);
  assert.notDeepEqual(d.check({ ...good, kind: "duration", unit: "fortnight" }, entity), []);
});
