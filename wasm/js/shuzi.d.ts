// Types of the shuzi WebAssembly package (the same facts as the CLI's JSON,
// docs/entities.md, with camelCase keys and UTF-16 offsets).
// tests/keys.test.mjs checks that every returned object has exactly the keys
// declared here for its kind.

/** What an entity is. */
export type Kind =
  | "number"
  | "money"
  | "percent"
  | "count"
  | "quantity"
  | "duration"
  | "ordinal"
  | "date"
  | "period";

/** How the written value bounds the true one. */
export type Bound =
  | "exact"
  | "approx"
  | "more_than"
  | "at_least"
  | "less_than"
  | "at_most"
  | "level";

/** What a change is measured against. */
export type Basis = "yoy" | "mom" | "ytd_start";

/** A change governed by a verb (`同比增长13.1%`). */
export interface Change {
  direction: "up" | "down";
  basis: Basis | null;
  /** The verb as written, with 同比/环比 when fused to it. */
  trigger: string;
}

/** Fields of every entity. */
export interface EntityBase {
  kind: Kind;
  /** The exact substring: `text === input.slice(start, end)`. */
  text: string;
  /** UTF-16 code units (JavaScript string indexing), end exclusive. */
  start: number;
  end: number;
  /** The same span in UTF-8 bytes. */
  byteStart: number;
  byteEnd: number;
}

/** Fields of the numeric kinds. */
export interface NumericBase extends EntityBase {
  /** The normalised value (nearest double above 2^53: use `normalized`). */
  value: number;
  /** The exact value as a canonical decimal string (`"296000000"`, `"0.005"`). */
  normalized: string;
  /** The upper end of a range. */
  high?: number;
  bound: Bound;
  /** Present (false) only when the value had to be rounded (`三分之一`). */
  exact?: false;
  /** Present only when `±` is written. */
  plusMinus?: true;
  change?: Change;
}

/** A figure with no unit. */
export interface NumberEntity extends NumericBase {
  kind: "number";
}

/** An amount of money; `value` in the base unit (`2.96亿元` → 296000000). */
export interface MoneyEntity extends NumericBase {
  kind: "money";
  /** The currency word (元 美元 欧元 港元 日元 英镑). */
  unit: string;
  /** ISO 4217 code (CNY USD EUR HKD JPY GBP). */
  currency: string;
}

/** A percentage (`%`), percentage points (`pp`) or per mille (`‰`). */
export interface PercentEntity extends NumericBase {
  kind: "percent";
  unit: "%" | "pp" | "‰";
}

/** A number with a measure word (`196家`). */
export interface CountEntity extends NumericBase {
  kind: "count";
  /** The measure word as written (家 项 个 名 台 …). */
  unit: string;
  /** The counted thing when it follows directly (`196家知名企业` → `知名企业`). */
  noun?: string;
}

/** A physical measurement. */
export interface QuantityEntity extends NumericBase {
  kind: "quantity";
  /** Canonical unit, e.g. mu t tce m2 km2 kWh MWh kW MW m m3 kg (the full table is in docs/entities.md). */
  unit: string;
  /** The unit as written. */
  unitText: string;
}

/** A length of time. */
export interface DurationEntity extends NumericBase {
  kind: "duration";
  unit: "year" | "month" | "week" | "day" | "workday" | "hour" | "minute";
}

/** A rank or sequence (`第九次`, `全省第二`). */
export interface OrdinalEntity extends NumericBase {
  kind: "ordinal";
  /** The measure word, when there is one. */
  unit?: string;
}

/** Fields of relative dates and periods. */
export interface RelativeFields {
  /** Present only when a reference date resolved a relative year. */
  resolved?: true;
  /** Which year, relative to now, when unresolved (去年 → -1). */
  relativeYears?: number;
}

/** A calendar date, possibly partial. */
export interface DateEntity extends EntityBase, RelativeFields {
  kind: "date";
  year: number | null;
  month: number | null;
  day: number | null;
  /** ISO 8601 text of what is known: `2024-05-31`, `2024`, `--05-28`. */
  value: string | null;
  /** 年底 年末 月底 月末. */
  point?: "end";
}

/** A span of calendar time. */
export interface PeriodEntity extends EntityBase, RelativeFields {
  kind: "period";
  /** ISO text as precise as known, or null (`过去五年`). */
  from: string | null;
  to: string | null;
}

/** One extracted expression; narrow on `kind`. */
export type Entity =
  | NumberEntity
  | MoneyEntity
  | PercentEntity
  | CountEntity
  | QuantityEntity
  | DurationEntity
  | OrdinalEntity
  | DateEntity
  | PeriodEntity;

/** An entity of a numeric kind. */
export type NumericEntity =
  | NumberEntity
  | MoneyEntity
  | PercentEntity
  | CountEntity
  | QuantityEntity
  | DurationEntity
  | OrdinalEntity;

/** A span of the input: every item of the policy structure has one. */
export interface Item {
  text: string;
  /** UTF-16 code units, end exclusive. */
  start: number;
  end: number;
  byteStart: number;
  byteEnd: number;
}

/** A document cited in 《》, at its first mention. */
export interface Title extends Item {
  /** The name without brackets or line breaks. */
  name: string;
  /** The longest document-type word the name ends with (条例, 实施意见, …). */
  docType: string | null;
  /** （试行）. */
  trial: boolean;
  /** From 以下简称《决定》. */
  alias: string | null;
}

/** A document number (发文字号): `滨政办字〔2024〕18号`. */
export interface DocNumber extends Item {
  prefix: string;
  year: number;
  serial: number;
}

/** An 起施行 phrase. */
export interface Effective extends Item {
  /** Null for 自印发之日起施行. */
  date: DateEntity | null;
  /** The full title of the document it belongs to; null for the document itself. */
  document: string | null;
  /** The end of validity: a date (`有效期至…`) or a duration (`有效期5年`); null when not stated. */
  until: DateEntity | DurationEntity | null;
}

/** A heading of the outline (一、 （一） 1. （1）, 第X章 第X条). */
export interface OutlineItem extends Item {
  level: number;
  marker: string;
  /** null for a marker whose number was lost (`()`). */
  number: number | null;
  title: string;
  children: OutlineItem[];
}

/** A responsibility bracket (`（牵头单位：A；配合单位：B）`, `（A、B等负责）`). */
export interface Responsible extends Item {
  units: string[];
  /** The units marked 牵头 (or the first, where the document says so); may be empty. */
  lead: string[];
  /** The outline markers of the item it closes (`["二、", "(一)", "1."]`). */
  path: string[];
}

/** A goal with a deadline year and a figure. */
export interface Target extends Item {
  deadline: number;
  metric: string;
  amount: NumericEntity;
}

/** A quoted scheme label with a numeral (“六个一”, “1+8+N”). */
export interface Framework extends Item {
  label: string;
  count: number | null;
  members: string[] | null;
  /** Whether `members` has `count` entries; null when either is null. */
  membersMatch: boolean | null;
}

/** A news byline. */
export interface Byline extends Item {
  outlet: string | null;
  reporters: string[];
  correspondents: string[];
  photographers: string[];
}

/** The signature block at the end of a government document. */
export interface Issuer extends Item {
  /** One entry per signing body. */
  name: string[];
  date: DateEntity | null;
}

/** The issuer's administrative level. */
export type Level = "central" | "provincial" | "municipal" | "county";

/** How a document relates to one it cites. */
export type Relation = "basis" | "issues" | "replaces" | "cites";

/** The category of a policy instrument (Rothwell and Zegveld). */
export type Category = "supply" | "environment" | "demand";

/** A document cited by 《》 title, 发文字号, or both. */
export interface Reference extends Item {
  /** The name without 《》, when cited by title. */
  title: string | null;
  docNumber: string | null;
  relation: Relation;
}

/** A candidate policy instrument of a clause. */
export interface Instrument {
  category: Category;
  /** The tool within the category (资金投入, 金融支持, …), as the cue table names it. */
  tool: string;
  /** The cue word that triggered it, with its span in the input. */
  cue: Item;
}

/** One clause: an outline leaf (or a law's 条) with its text. */
export interface Clause extends Item {
  /** The markers from the top joined with `/` (`二、/（三）/2.`). */
  id: string;
  /** The heading titles from the top. */
  path: string[];
  /** Indices into `Policy.responsible`. */
  responsible: number[];
  /** Indices into `Policy.targets`. */
  targets: number[];
  instruments: Instrument[];
}

/** The policy structure of one document (SPEC 2 and 2.1). */
export interface Policy {
  /** The document's own title line or a news headline. */
  heading: string | null;
  titles: Title[];
  docNumbers: DocNumber[];
  effective: Effective[];
  outline: OutlineItem[];
  responsible: Responsible[];
  targets: Target[];
  frameworks: Framework[];
  bylines: Byline[];
  issuer: Issuer | null;
  /** The 主送 line(s), without the final colon. */
  recipients: Item[];
  /** The 文种 the heading ends with (实施意见, 通知, 条例, …). */
  form: string | null;
  /** For a 印发/转发 notice, the form of the document it issues. */
  attachmentForm: string | null;
  level: Level | null;
  references: Reference[];
  /** One per outline leaf (per 条 in laws). */
  clauses: Clause[];
}

/** Options of `parsePolicy`; unknown keys are rejected. */
export interface PolicyOptions extends Options {
  /**
   * An instrument cue table of one's own in place of the built-in one: TSV
   * text (`cue\tcategory\ttool` per line) or an object `{cue: [category, tool]}`.
   */
  instruments?: string | Record<string, [Category, string]>;
}

/** A span of the text named by a fact (`metric`, `subject`, `whole`). */
export interface FactSpan {
  /** The text; for a constructed metric, the built text. */
  text: string;
  /** UTF-16 offsets: `input.slice(start, end)` is the text written for the figure. */
  start: number;
  end: number;
  byteStart: number;
  byteEnd: number;
}

/** The indicator a figure measures. */
export interface Metric extends FactSpan {
  /** True when built with a head copied from a list (`第二产业增加值` from `第一、二、三产业增加值`). */
  constructed: boolean;
}

/** What kind of figure a fact is. */
export type Measure = "level" | "change" | "share" | "rank";

/** Whether a figure is reported, aimed at or foreseen. */
export type FactStatus = "actual" | "target" | "forecast";

/** One figure about an indicator (SPEC 4), as an economist enters it in a table. */
export interface Fact {
  /** The figure, as `extract` returns it (an ordinal for a rank). */
  figure: NumericEntity;
  metric: Metric | null;
  /** The region, body or company the figure belongs to. */
  subject: FactSpan | null;
  /** The date or period the figure refers to. */
  time: DateEntity | PeriodEntity | null;
  measure: Measure;
  /** For a share, the whole (`全省` in `占全省比重`). */
  whole: FactSpan | null;
  status: FactStatus;
}

/** Extraction options; unknown keys are rejected. */
export interface Options {
  /** Keep only these kinds (default: all). */
  kinds?: Kind[];
  /** `YYYY-MM-DD`: resolves 今年/去年 and dates without a year. */
  refDate?: string;
}

/** What was wrong with the options. */
export type ErrorKind = "unknown_kind" | "invalid_date" | "invalid_option";

/** Thrown for bad options. */
export declare class ShuziError extends Error {
  readonly name: "ShuziError";
  readonly kind: ErrorKind;
  constructor(kind: ErrorKind, message: string);
}

/** Every entity of `text`, in text order, non-overlapping. */
export declare function extract(text: string, options?: Options): Entity[];

/**
 * The policy structure of `text`. `refDate` resolves relative dates
 * (今年7月1日起施行); `kinds` is accepted and has no effect; `instruments`
 * replaces the instrument cue table.
 */
export declare function parsePolicy(text: string, options?: PolicyOptions): Policy;

/**
 * Every indicator fact of `text` (SPEC 4), in text order: subject, metric,
 * time, figure, measure and status. `refDate` resolves relative dates;
 * `kinds` is accepted and has no effect.
 */
export declare function facts(text: string, options?: Options): Fact[];

/** A reusable extractor: the options are checked once. */
export declare class Extractor {
  constructor(options?: Options);
  extract(text: string): Entity[];
  /** Every indicator fact of `text` (the kinds option does not apply). */
  facts(text: string): Fact[];
  /** Releases the WebAssembly memory now (also released when garbage-collected). */
  free(): void;
}

/** The version of shuzi compiled into the module. */
export declare function version(): string;
