// parsePolicy: the same structure as `shuzi policy` on every seed (offsets
// converted to UTF-16, keys to camelCase), spans that slice back to their
// text after astral characters, and options checked as for extract.
import { test } from "node:test";
import assert from "node:assert/strict";
import { shuzi, seedNames, seedText, cliPolicy } from "./helpers.mjs";

const { parsePolicy, ShuziError } = shuzi;

/** Every object with text/start/end inside `value`. */
function spans(value, out = []) {
  if (Array.isArray(value)) value.forEach((v) => spans(v, out));
  else if (value && typeof value === "object") {
    if (typeof value.text === "string" && typeof value.start === "number") out.push(value);
    Object.values(value).forEach((v) => spans(v, out));
  }
  return out;
}

for (const name of seedNames()) {
  test(`seed ${name}: the same policy structure as the native CLI`, () => {
    const text = seedText(name);
    const policy = parsePolicy(text);
    assert.deepEqual(policy, cliPolicy(name));
    for (const item of spans(policy)) assert.equal(text.slice(item.start, item.end), item.text);
  });
}

test("seed 004 with its reference date: the same as the CLI with --ref-date", () => {
  const name = seedNames().find((n) => n.startsWith("004"));
  assert.deepEqual(parsePolicy(seedText(name), { refDate: "2024-06-06" }), cliPolicy(name, ["--ref-date", "2024-06-06"]));
});

test("a policy after astral characters: UTF-16 spans and real values", () => {
  const text = "𠀀😀某市人民政府关于加快发展的实施意见\n某政发〔2024〕18号\n各区人民政府：\n一、总体要求\n" +
    "（一）发展目标。到2027年，企业数量达到37家。（责任单位：市科技局、市财政局）\n" +
    "见《𦡦某某办法（试行）》，自今年7月1日起施行。\n";
  const p = parsePolicy(text, { refDate: "2026-06-02" });
  assert.equal(p.heading, "𠀀😀某市人民政府关于加快发展的实施意见");
  assert.deepEqual(p.docNumbers.map((d) => [d.text, d.prefix, d.year, d.serial]), [["某政发〔2024〕18号", "某政发", 2024, 18]]);
  assert.deepEqual(p.recipients.map((r) => r.text), ["各区人民政府"]);
  assert.equal(p.outline[0].marker, "一、");
  assert.equal(p.outline[0].title, "总体要求");
  assert.equal(p.outline[0].children[0].marker, "（一）");
  assert.deepEqual(p.responsible[0].units, ["市科技局", "市财政局"]);
  assert.deepEqual(p.responsible[0].path, ["一、", "（一）"]);
  const [target] = p.targets;
  assert.equal(target.deadline, 2027);
  assert.deepEqual([target.amount.kind, target.amount.text, target.amount.value, target.amount.unit], ["count", "37家", 37, "家"]);
  const [title] = p.titles;
  assert.deepEqual([title.name, title.docType, title.trial], ["𦡦某某办法（试行）", "办法", true]);
  assert.equal(p.effective[0].date.value, "2026-07-01");
  for (const item of spans(p)) assert.equal(text.slice(item.start, item.end), item.text);
  assert.equal(text.slice(title.start, title.end), "《𦡦某某办法（试行）》");
});

test("bad options throw ShuziError as for extract", () => {
  for (const [options, kind] of [[{ refDate: "2026-13-01" }, "invalid_date"], [{ colour: 1 }, "invalid_option"], [{ kinds: ["coins"] }, "unknown_kind"]]) {
    assert.throws(() => parsePolicy("x", options), (e) => e instanceof ShuziError && e instanceof Error && e.kind === kind);
  }
  assert.throws(() => parsePolicy(null), TypeError);
});

test("an empty text has an empty structure", () => {
  assert.deepEqual(parsePolicy(""), {
    heading: null, titles: [], docNumbers: [], effective: [], outline: [], responsible: [],
    targets: [], frameworks: [], bylines: [], issuer: null, recipients: [],
    form: null, attachmentForm: null, level: null, references: [], clauses: [],
  });
});

test("profile, references and the clause table with UTF-16 cue spans", () => {
  const text = "😀滨海市人民政府办公室关于印发《滨海市制造业数字化转型行动方案（2025—2027年）》的通知\n" +
    "滨政办发（2025）7号\n各区县人民政府：\n现将《滨海市制造业数字化转型行动方案（2025—2027年）》印发给你们。" +
    "《滨海市工业互联网发展规划》同时废止。\n一、保障措施\n（一）资金保障。设立专项资金，给予贷款贴息。（责任单位：市财政局）\n";
  const p = parsePolicy(text);
  assert.deepEqual([p.form, p.attachmentForm, p.level], ["通知", "行动方案", "municipal"]);
  assert.deepEqual(p.references.map((r) => [r.title, r.docNumber, r.relation]), [
    ["滨海市制造业数字化转型行动方案（2025—2027年）", null, "issues"],
    ["滨海市工业互联网发展规划", null, "replaces"],
  ]);
  const [clause] = p.clauses;
  assert.deepEqual([clause.id, clause.path, clause.responsible], ["一、/（一）", ["保障措施", "资金保障"], [0]]);
  assert.deepEqual(clause.instruments.map((i) => [i.category, i.tool, text.slice(i.cue.start, i.cue.end)]), [
    ["supply", "资金投入", "专项资金"],
    ["environment", "金融支持", "贷款"],
  ]);
});

test("an instrument cue table of one's own: TSV text or an object", () => {
  const text = "一、措施\n（一）发放数字消费券，推动企业上云。\n";
  const tools = (options) => parsePolicy(text, options).clauses[0].instruments.map((i) => [i.tool, i.cue.text]);
  assert.deepEqual(tools({ instruments: "上云\tsupply\t技术支持\n" }), [["技术支持", "上云"]]);
  assert.deepEqual(tools({ instruments: { 数字消费券: ["demand", "消费激励"] }, refDate: "2026-06-02" }), [["消费激励", "数字消费券"]]);
  assert.deepEqual(tools({}), [["消费激励", "消费券"]]);
  for (const instruments of ["上云\tcloud\t技术支持", { 上云: "supply" }, 3]) {
    assert.throws(() => parsePolicy(text, { instruments }), (e) => e instanceof ShuziError && e.kind === "invalid_option");
  }
});
