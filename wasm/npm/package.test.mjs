// The npm package as a user gets it: the tarball that scripts/package-npm.sh
// packed (target/npm/shuzi-<version>.tgz) is installed into a fresh temporary
// project, then imported there by name — from Node (ESM), by the TypeScript
// checker (Node's and a bundler's resolution), and from a page in headless Chromium served
// over HTTP, whose import map points at the file the package's `browser`
// export condition names.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const cargoToml = readFileSync(path.join(repo, "Cargo.toml"), "utf8");
const version = /\[workspace\.package\][^[]*?\nversion = "([^"]+)"/.exec(cargoToml)[1];
const tarball = path.join(repo, "target/npm", `shuzi-${version}.tgz`);
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

const TEXT = "𠀀今年前10个月，全市固定资产投资同比增长13.1%，引进项目196家，总投资2.96亿元。";

let project;

before(() => {
  assert.ok(existsSync(tarball), `${tarball} is missing: run scripts/package-npm.sh`);
  project = mkdtempSync(path.join(tmpdir(), "shuzi-npm-"));
  writeFileSync(
    path.join(project, "package.json"),
    JSON.stringify({ name: "try-shuzi", private: true, type: "module" }, null, 2),
  );
  // A local tarball with no dependencies: nothing is fetched from the registry.
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", tarball], {
    cwd: project,
    stdio: "pipe",
  });
});

after(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Runs an ES module in the temporary project and returns its parsed JSON output. */
function runInProject(code, conditions = []) {
  const file = path.join(project, "main.mjs");
  writeFileSync(file, code);
  const args = [...conditions.map((c) => `--conditions=${c}`), file];
  return JSON.parse(execFileSync(process.execPath, args, { cwd: project, encoding: "utf8" }));
}

test("the installed package has the workspace version and only the listed files", () => {
  const installed = path.join(project, "node_modules/shuzi");
  const manifest = JSON.parse(readFileSync(path.join(installed, "package.json"), "utf8"));
  assert.equal(manifest.name, "shuzi");
  assert.equal(manifest.version, version);
  assert.equal(manifest.sideEffects, false);
  const files = (dir) =>
    readdirSync(dir).flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory() ? files(p) : [path.relative(installed, p)];
    });
  assert.deepEqual(files(installed).sort(), [...manifest.files, "package.json"].sort());
});

test("Node imports the package by name (ESM) and extracts", () => {
  const out = runInProject(`
    import init, { extract, Extractor, facts, parsePolicy, version, ShuziError } from "shuzi";
    await init();
    const text = ${JSON.stringify(TEXT)};
    const found = extract(text).map((e) => [e.kind, e.text, e.normalized ?? null, text.slice(e.start, e.end)]);
    const money = new Extractor({ kinds: ["money"], refDate: "2026-06-02" }).extract(text)[0];
    let error = null;
    try { extract(text, { kinds: ["coins"] }); } catch (e) { error = [e instanceof ShuziError, e.kind, e.message]; }
    const policy = parsePolicy("一、总体要求\\n（一）发展目标。到2027年，企业数量达到37家。\\n");
    const table = facts("全市社会消费品零售总额42691亿元，同比增长1.0%。")
      .map((f) => [f.subject?.text ?? null, f.metric?.text ?? null, f.figure.text, f.measure, f.status]);
    console.log(JSON.stringify({ version: version(), resolved: import.meta.resolve("shuzi"), found,
      money: [money.value, money.currency], error, target: policy.targets[0].metric, table }));
  `);
  assert.equal(out.version, version);
  assert.match(out.resolved, /node_modules\/shuzi\/node\/index\.mjs$/);
  assert.deepEqual(out.found, [
    ["period", "今年前10个月", null, "今年前10个月"],
    ["percent", "13.1%", "13.1", "13.1%"],
    ["count", "196家", "196", "196家"],
    ["money", "2.96亿元", "296000000", "2.96亿元"],
  ]);
  assert.deepEqual(out.money, [296000000, "CNY"]);
  assert.deepEqual(out.error, [true, "unknown_kind", 'unknown kind "coins"']);
  assert.equal(out.target, "企业数量");
  assert.deepEqual(out.table, [
    ["全市", "社会消费品零售总额", "42691亿元", "level", "actual"],
    ["全市", "社会消费品零售总额", "1.0%", "change", "actual"],
  ]);
});

test("TypeScript resolves the package's types by name (Node and bundler resolution)", () => {
  const tsc = path.join(repo, "wasm/node_modules/typescript/bin/tsc");
  assert.ok(existsSync(tsc), "typescript is not installed in wasm/node_modules (scripts/test-wasm.sh installs it)");
  writeFileSync(
    path.join(project, "use.mts"),
    `import init, { extract, type Entity } from "shuzi";
     await init();
     const found: Entity[] = extract("引进项目196家");
     const first = found[0];
     if (first !== undefined && first.kind === "count") {
       const unit: string | undefined = first.unit;
       console.log(unit);
     }
     // @ts-expect-error: a number is not a text
     extract(196);
     export {};
    `,
  );
  const check = (...options) =>
    execFileSync(process.execPath, [tsc, "--noEmit", "--strict", "--target", "es2022", ...options, "use.mts"], {
      cwd: project,
      encoding: "utf8",
    });
  // Node's types (node/index.d.mts), then a bundler's for browsers (web/index.d.ts).
  check("--module", "node16", "--moduleResolution", "node16");
  check("--module", "esnext", "--moduleResolution", "bundler", "--customConditions", "browser", "--lib", "es2022,dom");
});

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
};

test("a page in headless Chromium imports the package by name over HTTP", async (t) => {
  let playwright = null;
  try {
    playwright = require(path.join(repo, "wasm/node_modules/playwright-core"));
  } catch {
    // scripts/test-wasm.sh installs it; say so rather than pass silently.
  }
  if (!existsSync(chromiumPath) || playwright === null) {
    t.skip(`Chromium (${chromiumPath}) or playwright-core is not installed`);
    return;
  }
  // The file the `browser` export condition names, as a bundler would pick it.
  const entry = runInProject(
    `console.log(JSON.stringify(import.meta.resolve("shuzi")));`,
    ["browser"],
  );
  assert.match(entry, /node_modules\/shuzi\/web\/index\.js$/);
  const entryUrl = "/" + path.relative(project, fileURLToPath(entry)).split(path.sep).join("/");
  writeFileSync(
    path.join(project, "index.html"),
    `<!doctype html><meta charset="utf-8"><title>shuzi</title>
<script type="importmap">${JSON.stringify({ imports: { shuzi: entryUrl } })}</script>
<script type="module">
  import init, { extract, version } from "shuzi";
  await init();
  const text = ${JSON.stringify(TEXT)};
  window.result = { version: version(),
    found: extract(text).map((e) => [e.kind, e.text, e.normalized ?? null, text.slice(e.start, e.end)]) };
</script>`,
  );
  const server = createServer((req, res) => {
    const file = path.normalize(path.join(project, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    if (!file.startsWith(project) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const browser = await playwright.chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (err) => errors.push(String(err)));
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await page.waitForFunction(() => window.result !== undefined, null, { timeout: 30000 });
    const result = await page.evaluate(() => window.result);
    assert.deepEqual(errors, []);
    assert.equal(result.version, version);
    assert.deepEqual(result.found, [
      ["period", "今年前10个月", null, "今年前10个月"],
      ["percent", "13.1%", "13.1", "13.1%"],
      ["count", "196家", "196", "196家"],
      ["money", "2.96亿元", "296000000", "2.96亿元"],
    ]);
  } finally {
    await browser.close();
    server.close();
  }
});
