// Shared by the Node tests: the package under test, the seeds and their
// golden files, the native CLI, and offset/key conversions.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const seedDir = path.join(repo, "seeds");
export const expectedDir = path.join(seedDir, "expected");

/** The package as built by scripts/test-wasm.sh. */
export const shuzi = await import(path.join(repo, "wasm/pkg-node/index.mjs"));

/** The seed names (without .txt), sorted. */
export function seedNames() {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** A seed's text as the CLI reads it (a UTF-8 byte-order mark skipped). */
export function seedText(name) {
  const text = readFileSync(path.join(seedDir, `${name}.txt`), "utf8");
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

/** Parsed golden file `seeds/expected/<name>.<suffix>.json`, or null when absent. */
export function golden(name, suffix) {
  const file = path.join(expectedDir, `${name}.${suffix}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

/** Code-point offset → UTF-16 offset table for `text` (index: code point). */
export function utf16Offsets(text) {
  const table = [0];
  let units = 0;
  for (const ch of text) {
    units += ch.length;
    table.push(units);
  }
  return table;
}

/** snake_case → camelCase (`byte_start` → `byteStart`). */
export const camel = (key) => key.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

/**
 * A CLI/golden entity (code-point offsets, snake keys) as the JS binding
 * returns it (UTF-16 offsets, camel keys). Nested objects (`change`) keep
 * their keys, which are single words.
 */
export function toJs(record, table) {
  const out = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === "file") continue;
    out[camel(key)] = value;
  }
  out.start = table[record.start];
  out.end = table[record.end];
  return out;
}

/** The native CLI: $SHUZI_CLI, else target/debug/shuzi, else `cargo run`. */
function cli(args) {
  const bin = process.env.SHUZI_CLI || path.join(repo, "target/debug/shuzi");
  const opts = { cwd: repo, encoding: "utf8", maxBuffer: 64 << 20 };
  if (existsSync(bin)) return execFileSync(bin, args, opts);
  return execFileSync("cargo", ["run", "-q", "-p", "shuzi-cli", "--", ...args], opts);
}

/** The CLI's entities for a seed (JSON lines), in the JS binding's shape. */
export function cliEntities(name, extraArgs = []) {
  const out = cli(["extract", "--format", "jsonl", ...extraArgs, path.join("seeds", `${name}.txt`)]);
  const table = utf16Offsets(seedText(name));
  return out
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => toJs(JSON.parse(line), table));
}

/**
 * A CLI policy object in the JS binding's shape: every key camelCase, every
 * `start`/`end` (of items and of nested entities) in UTF-16 units.
 */
export function policyToJs(value, table) {
  if (Array.isArray(value)) return value.map((v) => policyToJs(v, table));
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === "file") continue;
    out[camel(key)] = (key === "start" || key === "end") && typeof v === "number" ? table[v] : policyToJs(v, table);
  }
  return out;
}

/** The CLI's policy object for a seed, in the JS binding's shape. */
export function cliPolicy(name, extraArgs = []) {
  const out = cli(["policy", ...extraArgs, path.join("seeds", `${name}.txt`)]);
  return policyToJs(JSON.parse(out), utf16Offsets(seedText(name)));
}

export const NUMERIC_KINDS = ["number", "money", "percent", "count", "quantity", "duration", "ordinal"];
export const TIME_KINDS = ["date", "period"];
