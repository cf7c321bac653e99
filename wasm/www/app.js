// The demo page: extracts as you type and highlights every entity in place
// with input.slice(e.start, e.end) — the offsets are UTF-16 units, so the
// slice is the entity's text even after astral characters (𠀀, emoji).
// All text goes into the DOM through textContent: nothing is parsed as HTML.
import init, { extract, facts, parsePolicy, version, ShuziError } from "./pkg/index.js";

const KINDS = ["number", "money", "percent", "count", "quantity", "duration", "ordinal", "date", "period"];
const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** What a hover shows and the table's value column: the normalised value. */
function valueText(e) {
  const relative = e.relativeYears !== undefined ? ` (${relativeYear(e.relativeYears)})` : "";
  if (e.kind === "date") return `${e.value ?? "?"}${relative}`;
  if (e.kind === "period") return `${e.from ?? "?"} … ${e.to ?? "?"}${relative}`;
  return e.high !== undefined ? `${e.normalized} – ${e.high}` : e.normalized;
}
/** 0 → "this year", -1 → "year -1" (relative to an unknown reference date). */
const relativeYear = (n) => (n === 0 ? "this year" : `year ${n > 0 ? "+" : ""}${n}`);

function hover(e) {
  const lines = [`${e.kind}: ${valueText(e)}`];
  if (e.unit !== undefined) lines.push(`unit: ${e.unit}${e.currency ? ` (${e.currency})` : ""}`);
  if (e.bound !== undefined) lines.push(`bound: ${e.bound}`);
  if (e.change) lines.push(`change: ${e.change.direction}${e.change.basis ? ` ${e.change.basis}` : ""} (${e.change.trigger})`);
  if (e.point) lines.push(`point: ${e.point}`);
  if (e.resolved) lines.push("resolved with the reference date");
  return lines.join("\n");
}

function renderLegend(found) {
  const legend = $("legend");
  legend.replaceChildren();
  for (const kind of KINDS) {
    const n = found.filter((e) => e.kind === kind).length;
    legend.append(el("span", { class: `k-${kind}`, "data-kind": kind }, `${kind} ${n}`));
  }
}

/** The input with a <mark> per entity; returns how many slices equal e.text. */
function renderHighlighted(input, found) {
  const out = $("highlighted");
  out.replaceChildren();
  let at = 0;
  let matching = 0;
  found.forEach((e, i) => {
    if (e.start > at) out.append(document.createTextNode(input.slice(at, e.start)));
    const slice = input.slice(e.start, e.end);
    if (slice === e.text) matching++;
    out.append(el("mark", { class: `k-${e.kind}`, title: hover(e), "data-i": String(i), "data-kind": e.kind }, slice));
    at = e.end;
  });
  if (at < input.length) out.append(document.createTextNode(input.slice(at)));
  return matching;
}

function renderTable(found) {
  const body = $("entities").tBodies[0];
  body.replaceChildren();
  found.forEach((e, i) => {
    const change = e.change ? `${e.change.direction} ${e.change.basis ?? ""} ${e.change.trigger}` : "";
    const row = el("tr");
    row.append(
      el("td", { class: "num" }, String(i + 1)),
      el("td", { class: `k-${e.kind}` }, e.kind),
      el("td", {}, e.text),
      el("td", { class: "num" }, valueText(e)),
      el("td", {}, e.unit ?? ""),
      el("td", {}, e.bound ?? (e.point ? `point ${e.point}` : "")),
      el("td", {}, change),
      el("td", { class: "num" }, `${e.start}–${e.end}`),
    );
    body.append(row);
  });
}

/** One row per indicator fact: who, what, when, the figure, and its kind. */
function renderFacts(list) {
  const body = $("facts").tBodies[0];
  body.replaceChildren();
  list.forEach((f, i) => {
    const metric = f.metric ? `${f.metric.text}${f.metric.constructed ? " *" : ""}` : "";
    const change = f.figure.change ? ` (${f.figure.change.direction}${f.figure.change.basis ? ` ${f.figure.change.basis}` : ""})` : "";
    const row = el("tr", { "data-measure": f.measure, "data-status": f.status });
    row.append(
      el("td", { class: "num" }, String(i + 1)),
      el("td", {}, f.subject?.text ?? ""),
      el("td", { title: f.metric?.constructed ? "built with a head copied from a list" : "" }, metric),
      el("td", {}, f.time?.text ?? ""),
      el("td", { class: `k-${f.figure.kind}` }, f.figure.text),
      el("td", {}, `${f.measure}${f.measure === "change" ? change : ""}`),
      el("td", {}, f.status),
      el("td", {}, f.whole?.text ?? ""),
    );
    body.append(row);
  });
}

/** The outline as nested lists, then the other parts of the structure. */
function renderPolicy(input, policy) {
  const out = $("policy");
  out.replaceChildren();
  const field = (label, items) => {
    if (items.length === 0) return;
    const p = el("p");
    p.append(el("strong", {}, `${label}: `), items.join(" · "));
    out.append(p);
  };
  field("heading", policy.heading ? [policy.heading] : []);
  const profile = [
    policy.form && `form ${policy.form}${policy.attachmentForm ? ` (issues a ${policy.attachmentForm})` : ""}`,
    policy.level && `level ${policy.level}`,
  ].filter(Boolean);
  field("profile", profile);
  field("references", policy.references.map((r) => `${r.text} [${r.relation}]`));
  field("document numbers", policy.docNumbers.map((d) => d.text));
  field("recipients", policy.recipients.map((r) => r.text));
  field("titles", policy.titles.map((t) => `${t.text}${t.docType ? ` [${t.docType}]` : ""}${t.alias ? ` = 《${t.alias}》` : ""}`));
  field("effective", policy.effective.map((e) => `${e.text}${e.date?.value ? ` → ${e.date.value}` : ""}`));
  field("frameworks", policy.frameworks.map((f) => `${f.text}${f.count !== null ? ` (${f.count})` : ""}`));
  field("bylines", policy.bylines.map((b) => b.text));
  field("targets", policy.targets.map((t) => `${t.deadline}: ${t.metric} ${t.amount.text}`));
  field("responsible", policy.responsible.map((r) => `${r.path.join("")} ${r.units.join("、")}`));
  if (policy.issuer) field("issuer", [`${policy.issuer.name.join("、")} ${policy.issuer.date?.value ?? ""}`]);
  const tree = (items) => {
    const ul = el("ul", { class: "outline" });
    for (const item of items) {
      const li = el("li", { "data-level": String(item.level) });
      // The heading as written, sliced from the input by its UTF-16 span.
      li.append(el("span", { class: "marker" }, input.slice(item.start, item.end)));
      if (item.children.length) li.append(tree(item.children));
      ul.append(li);
    }
    return ul;
  };
  if (policy.outline.length) {
    out.append(el("p", {}, "outline:"), tree(policy.outline));
  }
  if (!out.childElementCount) out.append(el("p", { class: "muted" }, "no policy structure in this text"));
}

/** The clause table: instrument badges, and the clause text with every cue marked. */
function renderClauses(input, policy) {
  const body = $("clauses").tBodies[0];
  body.replaceChildren();
  for (const c of policy.clauses) {
    const badges = el("td");
    for (const i of c.instruments) {
      badges.append(el("span", { class: `badge cat-${i.category}`, title: `${i.category}: cue “${i.cue.text}”`, "data-category": i.category }, `${i.tool} · ${i.cue.text}`));
    }
    // The clause sliced from the input by UTF-16 spans, cues marked in place.
    const text = el("td", { class: "clause", lang: "zh" });
    let at = c.start;
    for (const i of [...c.instruments].sort((a, b) => a.cue.start - b.cue.start)) {
      if (i.cue.start < at) continue;
      text.append(document.createTextNode(input.slice(at, i.cue.start)));
      text.append(el("mark", { class: `cue cat-${i.category}`, title: i.tool }, input.slice(i.cue.start, i.cue.end)));
      at = i.cue.end;
    }
    text.append(document.createTextNode(input.slice(at, c.end)));
    const units = c.responsible.flatMap((k) => policy.responsible[k]?.units ?? []);
    const row = el("tr");
    row.append(el("td", {}, c.id), el("td", {}, c.path.join(" / ")), badges, text, el("td", {}, units.join("、")));
    body.append(row);
  }
}

function run() {
  const input = $("input").value;
  const refDate = $("ref-date").value.trim();
  const status = $("status");
  let found;
  let factList;
  let policy;
  const t0 = performance.now();
  try {
    const options = refDate ? { refDate } : undefined;
    found = extract(input, options);
    factList = facts(input, options);
    policy = parsePolicy(input, options);
  } catch (err) {
    status.className = "bad";
    status.textContent = err instanceof ShuziError ? `${err.kind}: ${err.message}` : String(err);
    document.body.dataset.state = "error";
    return;
  }
  const t1 = performance.now();
  renderLegend(found);
  const matching = renderHighlighted(input, found);
  renderTable(found);
  renderFacts(factList);
  renderPolicy(input, policy);
  renderClauses(input, policy);
  status.className = matching === found.length ? "muted" : "bad";
  status.textContent =
    `${found.length} entities in ${[...input].length} characters; ` +
    `input.slice(e.start, e.end) === e.text for ${matching}/${found.length} (UTF-16 offsets)` +
    ` · extracted in ${(t1 - t0).toFixed(1)} ms, shown in ${(performance.now() - t1).toFixed(1)} ms`;
  document.body.dataset.entities = String(found.length);
  document.body.dataset.facts = String(factList.length);
  document.body.dataset.matching = String(matching);
  document.body.dataset.state = "done";
}

async function loadSeeds() {
  const select = $("seed");
  try {
    const list = await fetch("seeds/index.txt");
    if (!list.ok) return;
    for (const name of (await list.text()).split("\n").filter(Boolean)) {
      select.append(el("option", { value: name }, name));
    }
  } catch {
    // No seeds beside the page: pasting still works.
  }
}

async function pickSeed() {
  const name = $("seed").value;
  if (!name) return;
  document.body.dataset.state = "loading";
  const response = await fetch(`seeds/${encodeURIComponent(name)}`);
  $("input").value = await response.text();
  run();
}

let timer;
function schedule() {
  clearTimeout(timer);
  document.body.dataset.state = "pending";
  timer = setTimeout(run, 150);
}

await init();
$("version").textContent = `shuzi ${version()}`;
$("input").addEventListener("input", schedule);
$("ref-date").addEventListener("input", schedule);
$("seed").addEventListener("change", pickSeed);
await loadSeeds();
run();
