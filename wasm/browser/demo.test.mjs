// The demo page (wasm/www) in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core; no browser is downloaded), served by a small
// static server on 127.0.0.1. Checks the highlighted entities in the DOM
// against the Node package's results and saves screenshots in test-output/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const www = path.join(repo, "wasm/www");
const outDir = path.join(repo, "test-output");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const require = createRequire(import.meta.url);

let skip = false;
if (!existsSync(chromiumPath)) skip = `Chromium is not installed at ${chromiumPath} (apt-get install chromium failed or was not run)`;
else if (!existsSync(path.join(www, "pkg/index.js"))) skip = "wasm/www/pkg is missing: run scripts/test-wasm.sh (it builds the page's package)";
let playwright = null;
try {
  playwright = require(path.join(repo, "wasm/node_modules/playwright-core"));
} catch {
  skip ||= "playwright-core is not installed in wasm/node_modules (scripts/test-wasm.sh installs it)";
}
if (skip) console.log(`# browser test skipped: ${skip}`);

const { extract, facts, parsePolicy } = skip ? {} : await import(path.join(repo, "wasm/pkg-node/index.mjs"));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
};

/** A static file server for wasm/www on 127.0.0.1 (an ephemeral port). */
function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let file = path.normalize(path.join(www, decodeURIComponent(url.pathname)));
    if (!file.startsWith(www)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

let server;
let browser;
let page;
let base;
const pageErrors = [];

before(async () => {
  if (skip) return;
  server = await serve();
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await playwright.chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Playwright starts with a fresh temporary profile (user data dir).
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on("pageerror", (err) => pageErrors.push(String(err)));
  page.on("console", (msg) => {
    if (msg.type() === "error") pageErrors.push(msg.text());
  });
  mkdirSync(outDir, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Waits until the page has rendered the current input. */
async function rendered() {
  await page.waitForSelector("body[data-state=done]", { timeout: 30000 });
}

/** The highlighted marks: [kind, text, title] in document order. */
function marks() {
  return page.$$eval("#highlighted mark", (ms) => ms.map((m) => [m.dataset.kind, m.textContent, m.title]));
}

test("the demo highlights every entity of the sample text in place", { skip }, async () => {
  await page.goto(base);
  await rendered();
  const input = await page.inputValue("#input");
  const expected = extract(input);
  assert.ok(expected.length >= 5, `only ${expected.length} entities in the sample`);
  const got = await marks();
  assert.deepEqual(got.map(([k, t]) => [k, t]), expected.map((e) => [e.kind, e.text]));
  // Hover titles carry the normalised value.
  got.forEach(([, , title], i) => assert.ok(title.includes(expected[i].normalized ?? expected[i].value ?? ""), title));
  // The highlighted text reads exactly as the input.
  assert.equal(await page.textContent("#highlighted"), input);
  assert.equal(await page.getAttribute("body", "data-matching"), String(expected.length));
  assert.equal(await page.$$eval("#entities tbody tr", (rows) => rows.length), expected.length);
  // The facts table: one row per fact, subject | metric | time | figure | measure | status.
  const factRows = await page.$$eval("#facts tbody tr", (rows) =>
    rows.map((r) => [...r.cells].slice(1, 7).map((c) => c.textContent)),
  );
  const wanted = facts(input).map((f) => [f.subject?.text ?? "", f.metric?.text ?? "", f.time?.text ?? "", f.figure.text]);
  assert.ok(wanted.length >= 3, `only ${wanted.length} facts in the sample`);
  assert.deepEqual(factRows.map((r) => r.slice(0, 4)), wanted);
  assert.ok(factRows.some((r) => r[3] === "13.1%" && r[1] === "固定资产投资" && r[4].startsWith("change")), JSON.stringify(factRows));
  await page.screenshot({ path: path.join(outDir, "demo.png"), fullPage: true });
  assert.deepEqual(pageErrors, []);
});

test("astral characters and emoji keep highlights on the right characters", { skip }, async () => {
  const input = "𠀀𦡦😀营收2.96亿元，👨‍👩‍👧同比增长13.1%，引进项目196家𦡦。";
  await page.fill("#input", input);
  await rendered();
  const got = await marks();
  assert.deepEqual(got.map(([k, t]) => [k, t]), extract(input).map((e) => [e.kind, e.text]));
  const money = got.find(([k]) => k === "money");
  assert.equal(money[1], "2.96亿元");
  assert.match(money[2], /money: 296000000\nunit: 元 \(CNY\)/);
  assert.equal(await page.textContent("#highlighted"), input);
});

test("markup in the text is shown as text, never parsed", { skip }, async () => {
  const input = '<img src=x onerror="window.pwned=1"><b>引进项目196家</b>&amp;';
  await page.fill("#input", input);
  await rendered();
  assert.equal(await page.$$eval("#highlighted img, #highlighted b", (n) => n.length), 0);
  assert.equal(await page.textContent("#highlighted"), input);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual((await marks()).map(([, t]) => t), extract(input).map((e) => e.text));
});

test("a seed picked from the list is extracted, highlighted and outlined", { skip }, async () => {
  // The last seed: a government document with an outline.
  const name = await page.$eval("#seed option:last-child", (o) => o.value);
  assert.match(name, /^\d{3}_[0-9a-f]+\.txt$/);
  await page.selectOption("#seed", name);
  await rendered();
  const text = readFileSync(path.join(repo, "seeds", name), "utf8");
  const expected = extract(text);
  const got = await marks();
  assert.equal(got.length, expected.length);
  assert.deepEqual(got.map(([k, t]) => [k, t]), expected.map((e) => [e.kind, e.text]));
  assert.equal(await page.getAttribute("body", "data-matching"), String(expected.length));
  // The policy outline: the top-level headings, sliced from the input.
  const policy = parsePolicy(text);
  assert.ok(policy.outline.length >= 3, "the seed has an outline");
  const top = await page.$$eval("#policy > ul.outline > li > span.marker", (ns) => ns.map((n) => n.textContent));
  assert.deepEqual(top, policy.outline.map((o) => o.text));
  const count = (items) => items.reduce((n, i) => n + 1 + count(i.children), 0);
  assert.equal(await page.$$eval("#policy li", (ns) => ns.length), count(policy.outline));
  assert.match(await page.textContent("#policy"), new RegExp(policy.docNumbers[0].text));
  await page.screenshot({ path: path.join(outDir, "demo-seed.png") });
  await page.$eval("#policy", (n) => n.scrollIntoView());
  await page.screenshot({ path: path.join(outDir, "demo-policy.png") });
  // The clause table: one row per clause, a badge per instrument, each cue
  // marked in the clause text by its UTF-16 span.
  assert.ok(policy.clauses.length >= 10, "the seed has clauses");
  const rows = await page.$$eval("#clauses tbody tr", (trs) =>
    trs.map((tr) => ({
      id: tr.cells[0].textContent,
      badges: [...tr.cells[2].querySelectorAll(".badge")].map((b) => [b.dataset.category, b.textContent]),
      cues: [...tr.cells[3].querySelectorAll("mark.cue")].map((m) => m.textContent),
      text: tr.cells[3].textContent,
    })),
  );
  assert.deepEqual(rows.map((r) => r.id), policy.clauses.map((c) => c.id));
  policy.clauses.forEach((c, k) => {
    assert.equal(rows[k].text, text.slice(c.start, c.end));
    assert.deepEqual(rows[k].badges, c.instruments.map((i) => [i.category, `${i.tool} · ${i.cue.text}`]));
    const cues = [...c.instruments].sort((a, b) => a.cue.start - b.cue.start).map((i) => text.slice(i.cue.start, i.cue.end));
    assert.deepEqual(rows[k].cues, cues);
  });
  assert.ok(rows.some((r) => r.badges.length > 1), "some clause has several instruments");
  assert.match(await page.textContent("#policy"), /references: /);
  await page.$eval("#clauses", (n) => n.scrollIntoView());
  await page.screenshot({ path: path.join(outDir, "demo-clauses.png") });
});

test("a bad reference date shows the ShuziError kind", { skip }, async () => {
  await page.fill("#ref-date", "2026-02-30");
  await page.waitForSelector("body[data-state=error]", { timeout: 30000 });
  assert.match(await page.textContent("#status"), /^invalid_date: invalid reference date "2026-02-30"/);
  await page.fill("#ref-date", "2026-06-02");
  await rendered();
  assert.deepEqual(pageErrors, []);
});
