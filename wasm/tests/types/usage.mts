// Compiled by `tsc --noEmit` (never run): the declarations are usable and
// precise — narrowing on `kind` reaches each kind's own fields.
import { extract, Extractor, facts, parsePolicy, ShuziError, version } from "../../pkg-node/index.mjs";
import type { Bound, Category, Clause, Entity, ErrorKind, Fact, Kind, Level, Measure, Options, OutlineItem, Policy, PolicyOptions } from "../../pkg-node/index.mjs";

const options: Options = { kinds: ["money", "percent"], refDate: "2026-06-02" };
const found: Entity[] = extract("营收2.96亿元，同比增长13.1%", options);
const v: string = version();

function describe(e: Entity): string {
  const span: [number, number] = [e.start, e.end];
  switch (e.kind) {
    case "money": {
      const currency: string = e.currency;
      const exact: string = e.normalized;
      return `${currency} ${exact} ${span.join("-")}`;
    }
    case "percent": {
      const unit: "%" | "pp" | "‰" = e.unit;
      const bound: Bound = e.bound;
      const trigger: string | undefined = e.change?.trigger;
      return `${e.value}${unit} ${bound} ${trigger ?? ""}`;
    }
    case "quantity":
      return `${e.value} ${e.unit} (${e.unitText})`;
    case "count":
      return `${e.value}${e.unit}${e.noun ?? ""}`;
    case "date": {
      const year: number | null = e.year;
      return `${e.value ?? "?"} ${year ?? ""} ${e.relativeYears ?? ""}`;
    }
    case "period":
      return `${e.from ?? "?"}…${e.to ?? "?"}`;
    case "duration":
    case "ordinal":
    case "number":
      return e.normalized;
  }
}

const ex = new Extractor({ kinds: ["date"] });
const dates = ex.extract("2024年5月31日").filter((e): e is Extract<Entity, { kind: "date" }> => e.kind === "date");
ex.free();

try {
  extract("x", { kinds: ["coins" as Kind] });
} catch (err) {
  if (err instanceof ShuziError) {
    const kind: ErrorKind = err.kind;
    console.log(kind, err.message);
  }
}

const policy: Policy = parsePolicy("一、总体要求", { refDate: "2026-06-02" });
const depth = (items: OutlineItem[]): number => Math.max(0, ...items.map((i) => 1 + depth(i.children)));
const amounts: string[] = policy.targets.map((t) => `${t.deadline} ${t.metric} ${t.amount.normalized}`);
const issued: string | null = policy.issuer?.date?.value ?? null;
console.log(depth(policy.outline), amounts, issued, policy.heading?.length);

const table: Fact[] = facts("全市营业收入3亿元，同比增长12%。");
const rows: string[] = table.map(
  (f) => `${f.subject?.text ?? "-"} ${f.metric?.text ?? "-"} ${f.time?.text ?? "-"} ${f.figure.text} ${f.measure} ${f.status}`,
);
const measure: Measure = table[0]!.measure;
const built: boolean | undefined = table[0]!.metric?.constructed;
console.log(rows, measure, built, new Extractor().facts("营收3亿元").length);

const own: PolicyOptions = { refDate: "2026-06-02", instruments: { 上云: ["supply", "技术支持"] } };
const coded: Policy = parsePolicy("一、措施\n（一）推动企业上云。", own);
const level: Level | null = coded.level;
const clauseRows = coded.clauses.map((c: Clause) => {
  const categories: Category[] = c.instruments.map((i) => i.category);
  return `${c.id} ${c.path.join("/")} ${categories.join(",")} ${c.instruments.map((i) => i.cue.text).join(",")}`;
});
console.log(level, clauseRows, coded.references.map((r) => `${r.title ?? r.docNumber} ${r.relation}`));
// @ts-expect-error not a category
parsePolicy("x", { instruments: { 上云: ["sideways", "技术支持"] } });

// These must not compile; @ts-expect-error fails the check if they do.
// @ts-expect-error unknown option
extract("x", { colour: "red" });
// @ts-expect-error not a kind
extract("x", { kinds: ["coins"] });
// @ts-expect-error money has no unitText
const bad = (e: Extract<Entity, { kind: "money" }>) => e.unitText;
// @ts-expect-error a date's value is text, not a number
const badDate: number = dates[0]!.value;

// @ts-expect-error a fact's metric may be null
const metricText: string = table[0]!.metric.text;
// @ts-expect-error not a measure
const badMeasure: Measure = "growth";
console.log(metricText, badMeasure);

// @ts-expect-error a title's docType may be null
const docType: string = policy.titles[0]!.docType;

console.log(v, found.map(describe), bad, badDate, docType);
