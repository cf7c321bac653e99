#!/usr/bin/env python3
"""Side-by-side throughput of shuzi and other Chinese number/time extractors.

Runs, on one corpus built from seeds/ and in one run:

  shuzi-core       `Extractor::extract` in Rust on the whole corpus, one thread
                   (benches/examples/core_throughput.rs, release build)
  shuzi-cli        the `shuzi extract --threads 1` binary on the whole corpus file
  shuzi-py         shuzi's Python package, if importable (per paragraph)
  shuzi-py-many    `Extractor().extract_many(paragraphs, threads=1)`, Entity
                   objects built
  shuzi-wasm       the WebAssembly package in Node, `extract(corpus)` (wasm/pkg-node)
  jionlp-money     JioNLP  jio.ner.extract_money      (per paragraph)
  jionlp-time      JioNLP  jio.ner.extract_time       (per paragraph)
  cn2an            cn2an.transform(text, "cn2an")     (per paragraph)
  chinese2digits   takeNumberFromString               (per paragraph)
  recognizers      @microsoft/recognizers-text-suite, Chinese culture:
                   number, percentage, currency, dimension, datetime (node)
  recognizers-py   the same five recognizers from PyPI's recognizers-text-suite
                   (per paragraph)

and prints throughput (MB/s of UTF-8 input, per CPU-second and per wall
second) and the ratio to shuzi's CLI on CPU time: on a shared machine CPU
time is what stays comparable.
Each tool runs in its own process; a tool that is not installed is listed as
missing. Slow tools stop after --budget seconds; their MB/s is over what
they processed.

Nothing is installed unless asked:

  python3 benches/compare/compare.py --install   # local .venv + node_modules
  python3 benches/compare/compare.py             # measure (default 1 MB)
  python3 benches/compare/compare.py --mb 10 --budget 60
  python3 benches/compare/compare.py --mb 10 --issue14   # + ladder, dense, memory

With --issue14 the same run also measures the other targets of issue #14 on
the core (ladder 100 KB -> 10 MB, or --ladder-max-mb), dense numerals against
prose, and peak RSS (/usr/bin/time -v) of the CLI and of the core on normal
and hostile inputs. --python and --pythonpath choose the interpreter and an
extra import path for shuzi's package (e.g. a release build of _shuzi).
"""

import argparse
import json
import os
import pathlib
import resource
import shutil
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
VENV = HERE / ".venv"
VENV_PY = VENV / "bin" / "python"
PY_PEERS = ["jionlp", "cn2an", "chinese2digits"]
NPM_PEERS = ["@microsoft/recognizers-text-suite"]
PYTHON = ""  # --python: the interpreter for the Python workers
TOOLS = ["shuzi-core", "shuzi-cli", "shuzi-py", "shuzi-py-many", "shuzi-wasm", "jionlp-money", "jionlp-time", "cn2an",
         "chinese2digits", "recognizers", "recognizers-py"]


def install(with_shuzi_py: bool) -> None:
    """Creates benches/compare/.venv and node_modules with the peers."""
    if not VENV_PY.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pip = [str(VENV_PY), "-m", "pip", "install", "--quiet"]
    subprocess.run(pip + ["--upgrade", "pip"], check=True)
    for peer in PY_PEERS:
        # One at a time: a peer that fails to install is reported, not fatal.
        r = subprocess.run(pip + [peer])
        if r.returncode != 0:
            print(f"compare: could not install {peer}", file=sys.stderr)
    if with_shuzi_py:
        r = subprocess.run(pip + [str(ROOT / "py")])
        if r.returncode != 0:
            print("compare: could not build shuzi's Python package", file=sys.stderr)
    if shutil.which("npm"):
        if not (HERE / "package.json").exists():
            (HERE / "package.json").write_text('{"private": true}\n')
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent",
                        "--prefix", str(HERE)] + NPM_PEERS, check=False)
    else:
        print("compare: npm not found, Recognizers-Text skipped", file=sys.stderr)


def build_corpus(mb: float, path: pathlib.Path) -> pathlib.Path:
    """The seeds, each followed by a line break, repeated to at least `mb`."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    unit = "".join(p.read_text(encoding="utf-8") + "\n" for p in seeds)
    copies = max(1, -(-int(mb * 1_000_000) // len(unit.encode("utf-8"))))
    path.write_text(unit * copies, encoding="utf-8")
    return path


def paragraphs(corpus: pathlib.Path):
    return [p for p in corpus.read_text(encoding="utf-8").split("\n") if p.strip()]


# ------------------------------------------------------------------ workers
# Each runs in a child process and prints one JSON line:
# {"bytes": N, "seconds": S, "items": K, "note": "..."}

def run_per_paragraph(corpus, budget, fn, count):
    paras = paragraphs(corpus)
    done_bytes = items = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    note = ""
    for i, p in enumerate(paras):
        items += count(fn(p))
        done_bytes += len(p.encode("utf-8")) + 1
        if time.perf_counter() - start > budget:
            note = f"stopped after {i + 1}/{len(paras)} paragraphs"
            break
    return {"bytes": done_bytes, "seconds": time.perf_counter() - start,
            "cpu": time.process_time() - cpu_start, "items": items, "note": note}


def worker(tool: str, corpus: pathlib.Path, budget: float) -> dict:
    if tool == "shuzi-py":
        import shuzi  # noqa: PLC0415
        if not hasattr(shuzi, "extract"):
            raise ImportError("shuzi has no extract()")
        return run_per_paragraph(corpus, budget, shuzi.extract, len)
    if tool == "shuzi-py-many":
        import shuzi  # noqa: PLC0415
        paras = [p + "\n" for p in paragraphs(corpus)]
        ex = shuzi.Extractor()
        ex.extract_many(paras[:100], threads=1)  # warm-up
        start, cpu_start = time.perf_counter(), time.process_time()
        runs = items = 0
        while runs == 0 or time.process_time() - cpu_start < 2.0:
            items = sum(len(r) for r in ex.extract_many(paras, threads=1))
            runs += 1
        return {"bytes": sum(len(p.encode("utf-8")) for p in paras) * runs,
                "seconds": time.perf_counter() - start,
                "cpu": time.process_time() - cpu_start, "items": items,
                "note": f"{len(paras)} paragraphs per call, {runs} calls, threads=1"}
    if tool.startswith("jionlp"):
        import jionlp as jio  # noqa: PLC0415
        fn = jio.ner.extract_money if tool == "jionlp-money" else jio.ner.extract_time
        fn("今年前10个月，引进项目196家，总投资2.96亿元。")  # load dictionaries first
        return run_per_paragraph(corpus, budget, fn, len)
    if tool == "cn2an":
        import cn2an  # noqa: PLC0415
        return run_per_paragraph(corpus, budget,
                                 lambda t: cn2an.transform(t, "cn2an"), lambda r: 1)
    if tool == "chinese2digits":
        import chinese2digits as c2d  # noqa: PLC0415
        return run_per_paragraph(
            corpus, budget, c2d.takeNumberFromString,
            lambda r: len(r.get("digitsStringList", [])) if isinstance(r, dict) else 1)
    if tool == "recognizers-py":
        import recognizers_suite as rs  # noqa: PLC0415
        c = rs.Culture.Chinese
        fns = [rs.recognize_number, rs.recognize_percentage, rs.recognize_currency,
               rs.recognize_dimension, rs.recognize_datetime]

        def all_five(t):
            return sum(len(f(t, c)) for f in fns)
        all_five("今年前10个月引进项目196家")  # load the models first
        return run_per_paragraph(corpus, budget, all_five, lambda n: n)
    raise ValueError(tool)


RECOGNIZERS_JS = r"""
const fs = require('fs');
const R = require('@microsoft/recognizers-text-suite');
const [corpus, budget] = [process.argv[2], Number(process.argv[3])];
const paras = fs.readFileSync(corpus, 'utf8').split('\n').filter(p => p.trim());
const C = R.Culture.Chinese;
const fns = [R.recognizeNumber, R.recognizePercentage, R.recognizeCurrency,
             R.recognizeDimension, R.recognizeDateTime].filter(Boolean);
for (const f of fns) { try { f('今年前10个月引进项目196家', C); } catch (e) {} }
let bytes = 0, items = 0, note = '';
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (let i = 0; i < paras.length; i++) {
  for (const f of fns) {
    try { items += f(paras[i], C).length; } catch (e) { note = 'some calls threw'; }
  }
  bytes += Buffer.byteLength(paras[i], 'utf8') + 1;
  if (Number(process.hrtime.bigint() - t0) / 1e9 > budget) {
    note = `stopped after ${i + 1}/${paras.length} paragraphs`;
    break;
  }
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const c = process.cpuUsage(c0);
const cpu = (c.user + c.system) / 1e6;
console.log(JSON.stringify({bytes, seconds, cpu, items, note}));
"""


WASM_JS = r"""
import { readFileSync } from 'node:fs';
const [pkg, corpus] = [process.argv[2], process.argv[3]];
const { extract } = await import(pkg);
const text = readFileSync(corpus, 'utf8');
const bytes1 = Buffer.byteLength(text, 'utf8');
// Warm-up on the whole corpus, as the core's runs are warm: the module's
// memory grows to its size once, and the object builder is compiled by the
// optimizing JIT (the first full-size calls ran ~20% slower).
extract(text);
extract(text);
let runs = 0, items = 0;
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
const cpuNow = () => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1e6; };
while (runs === 0 || cpuNow() < 2.0) { items = extract(text).length; runs++; }
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({bytes: bytes1 * runs, seconds, cpu: cpuNow(), items,
  note: `${runs} runs of extract(whole corpus) after 2 warm-up runs, plain objects out; Node CPU incl. GC`}));
"""


def core_bin(shuzi_bin: pathlib.Path) -> pathlib.Path:
    return shuzi_bin.parent / "examples" / "core_throughput"


def measure(tool: str, corpus: pathlib.Path, budget: float, shuzi_bin: pathlib.Path) -> dict:
    """Runs one tool in a child process; returns its result or why not."""
    if tool == "shuzi-core":
        exe = core_bin(shuzi_bin)
        if not exe.exists():
            return {"missing": f"{exe} not built (cargo build --release -p shuzi-benches "
                               "--example core_throughput)"}
        r = subprocess.run([str(exe), str(corpus), "2"], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
        return parse_child(r)
    if tool == "shuzi-wasm":
        node = shutil.which("node")
        pkg = ROOT / "wasm" / "pkg-node" / "index.mjs"
        if not node or not pkg.exists():
            return {"missing": "wasm/pkg-node not built (scripts/test-wasm.sh --build)"}
        script = HERE / ".wasm-run.mjs"
        script.write_text(WASM_JS)
        r = subprocess.run([node, str(script), pkg.as_uri(), str(corpus)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return parse_child(r)
    if tool == "shuzi-cli":
        if not shuzi_bin.exists():
            return {"missing": f"{shuzi_bin} not built (cargo build --release -p shuzi-cli)"}
        # Several runs (at least 3, until 2 s of wall time) so that process
        # start and timer resolution do not dominate a small corpus.
        runs = wall = cpu = 0.0
        while runs < 3 or (wall < 2.0 and runs < 50):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            r = subprocess.run([str(shuzi_bin), "extract", "--threads", "1", "--format", "jsonl",
                                str(corpus)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            wall += time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu += (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            runs += 1
            if r.returncode != 0:
                return {"missing": r.stderr.decode(errors="replace").strip()}
        return {"bytes": corpus.stat().st_size * runs, "seconds": wall, "cpu": cpu,
                "items": r.stdout.count(b"\n"),
                "note": f"whole file as one process, {int(runs)} runs, start-up included"}
    if tool == "recognizers":
        node = shutil.which("node")
        if not node or not (HERE / "node_modules" / "@microsoft").exists():
            return {"missing": "not installed (--install)"}
        script = HERE / ".recognizers-run.js"
        script.write_text(RECOGNIZERS_JS)
        r = subprocess.run([node, str(script), str(corpus), str(budget)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=HERE)
        return parse_child(r)
    python = PYTHON or (str(VENV_PY) if VENV_PY.exists() else sys.executable)
    r = subprocess.run([python, str(pathlib.Path(__file__).resolve()), "--worker", tool,
                        "--corpus", str(corpus), "--budget", str(budget)],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return parse_child(r)


def parse_child(r) -> dict:
    lines = r.stdout.decode(errors="replace").strip().splitlines()
    if r.returncode != 0 or not lines:
        err = r.stderr.decode(errors="replace").strip().splitlines()
        return {"missing": err[-1] if err else f"exit {r.returncode}"}
    return json.loads(lines[-1])


def describe_machine() -> str:
    cpu = ""
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu or 'unknown CPU'}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"


# ------------------------------------------------------------- issue #14
# The core-only targets, measured with the same release builds in the same run.

DENSE_UNIT = ("2023年1—9月，营收1,234.56亿元，同比增长12.3%，净利润3.2亿元，"
              "下降0.5个百分点；出口约两千三百万吨，增长三成以上，第3季度达150万辆，"
              "占比45%，10月15日至12月31日，三年内投资50亿元，人均4.8万元。\n")


def write_repeated(unit: str, nbytes: int, path: pathlib.Path) -> pathlib.Path:
    copies = max(1, -(-nbytes // len(unit.encode("utf-8"))))
    path.write_text(unit * copies, encoding="utf-8")
    return path


def seeds_unit() -> str:
    return "".join(p.read_text(encoding="utf-8") + "\n"
                   for p in sorted((ROOT / "seeds").glob("*.txt")))


def core_rate(exe: pathlib.Path, path: pathlib.Path, seconds: float = 2.0) -> dict:
    r = parse_child(subprocess.run([str(exe), str(path), str(seconds)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    if "missing" not in r:
        r["mbs"] = r["bytes"] / 1e6 / max(r["cpu"], 1e-9)
    return r


def peak_rss(cmd: list, stdout_path: pathlib.Path) -> tuple:
    """Peak resident set (bytes) and CPU seconds of one run, via /usr/bin/time -v."""
    with open(stdout_path, "wb") as out:
        r = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=out, stderr=subprocess.PIPE)
    err = r.stderr.decode(errors="replace")
    rss = user = sys_ = 0.0
    for line in err.splitlines():
        line = line.strip()
        if line.startswith("Maximum resident set size"):
            rss = int(line.rsplit(":", 1)[1]) * 1024
        elif line.startswith("User time"):
            user = float(line.rsplit(":", 1)[1])
        elif line.startswith("System time"):
            sys_ = float(line.rsplit(":", 1)[1])
    return rss, user + sys_, r.returncode


def issue14(shuzi_bin: pathlib.Path, ladder_max_mb: float) -> None:
    exe = core_bin(shuzi_bin)
    if not exe.exists() or not pathlib.Path("/usr/bin/time").exists():
        print(f"\nissue #14 targets: {exe} or /usr/bin/time missing")
        return
    tmp = HERE / ".issue14"
    tmp.mkdir(exist_ok=True)
    unit = seeds_unit()

    print("\n## Core ladder (seeds repeated; CPU time of the extracting thread)\n")
    print("| size | MB/s CPU | ms CPU per MB |")
    print("|-----:|---------:|--------------:|")
    per_mb = []
    size = 0.1
    while size <= ladder_max_mb + 1e-9:
        path = write_repeated(unit, int(size * 1e6), tmp / f"ladder-{size:g}.txt")
        r = core_rate(exe, path)
        if "missing" in r:
            print(f"| {size:g} MB | — | {r['missing'][:60]} |")
        else:
            per_mb.append(1000 / r["mbs"])
            print(f"| {size:g} MB | {r['mbs']:.1f} | {1000 / r['mbs']:.2f} |", flush=True)
        size *= 10
    if per_mb:
        print(f"\nslowest/fastest time per MB: {max(per_mb) / min(per_mb):.2f}× (target ≤ 1.2×)")

    print("\n## Dense numerals against prose (core, 10 MB each)\n")
    prose = core_rate(exe, write_repeated(unit, 10_000_000, tmp / "prose.txt"))
    dense = core_rate(exe, write_repeated(DENSE_UNIT, 10_000_000, tmp / "dense.txt"))
    if "mbs" in prose and "mbs" in dense:
        print(f"prose (seeds) {prose['mbs']:.1f} MB/s, {prose['items']} entities; "
              f"dense numerals {dense['mbs']:.1f} MB/s, {dense['items']} entities; "
              f"dense is {prose['mbs'] / dense['mbs']:.2f}× slower per byte (target ≤ 5×)",
              flush=True)

    print("\n## Peak memory (/usr/bin/time -v, one run each)\n")
    print("| input | MB in | CLI peak RSS MB | CLI out MB | CLI RSS / (in+out) | "
          "CLI RSS / in | core peak RSS MB | core RSS / in |")
    print("|-------|------:|----------------:|-----------:|-------------------:|"
          "-------------:|-----------------:|--------------:|")
    cases = [
        ("normal (seeds)", unit, 10_000_000),
        ("repeated 一", "一", 3_000_000),
        ("repeated 《", "《", 3_000_000),
        ("repeated （一）", "（一）", 9_000_000),
        ("runs of 400 nines", "9" * 400 + "，", 2_000_000),
        ("one 10 MB line", unit.replace("\n", ""), 10_000_000),
    ]
    for i, (name, u, nbytes) in enumerate(cases):
        path = write_repeated(u, nbytes, tmp / f"mem-{i}.txt")
        size_in = path.stat().st_size
        out = tmp / "out.jsonl"
        cli_rss, _, rc = peak_rss([str(shuzi_bin), "extract", "--threads", "1",
                                   "--format", "jsonl", str(path)], out)
        size_out = out.stat().st_size
        core_rss, _, rc2 = peak_rss([str(exe), str(path), "0"], tmp / "core.out")
        flag = "" if rc == 0 and rc2 == 0 else f" (exit {rc}/{rc2})"
        print(f"| {name}{flag} | {size_in / 1e6:.1f} | {cli_rss / 1e6:.1f} | "
              f"{size_out / 1e6:.1f} | {cli_rss / (size_in + size_out):.2f}× | "
              f"{cli_rss / size_in:.2f}× | {core_rss / 1e6:.1f} | {core_rss / size_in:.2f}× |",
              flush=True)
    shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--install", action="store_true",
                    help="create .venv and node_modules here with the peers, then exit")
    ap.add_argument("--with-shuzi-py", action="store_true",
                    help="with --install: also build shuzi's Python package into .venv")
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (default 1)")
    ap.add_argument("--budget", type=float, default=30.0,
                    help="seconds per tool before a slow tool stops (default 30)")
    ap.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset")
    ap.add_argument("--shuzi", type=pathlib.Path,
                    default=ROOT / "target" / "release" / "shuzi", help="the shuzi binary")
    ap.add_argument("--issue14", action="store_true",
                    help="also measure the core ladder, dense numerals and peak memory")
    ap.add_argument("--ladder-max-mb", type=float, default=10.0,
                    help="with --issue14: largest ladder step in MB (default 10; 100 is slow)")
    ap.add_argument("--python", default="",
                    help="interpreter for the Python workers (default: .venv here, else this one)")
    ap.add_argument("--pythonpath", default="",
                    help="prepended to PYTHONPATH of the Python workers (shuzi's package)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=pathlib.Path, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.worker:
        print(json.dumps(worker(args.worker, args.corpus, args.budget)))
        return 0
    if args.install:
        install(args.with_shuzi_py)
        return 0
    global PYTHON  # noqa: PLW0603
    PYTHON = args.python
    if args.pythonpath:
        os.environ["PYTHONPATH"] = os.pathsep.join(
            [args.pythonpath] + ([os.environ["PYTHONPATH"]] if os.environ.get("PYTHONPATH") else []))

    corpus = build_corpus(args.mb, HERE / ".corpus.txt")
    size = corpus.stat().st_size
    print(f"corpus: seeds/ repeated to {size / 1e6:.2f} MB, {len(paragraphs(corpus))} paragraphs")
    print(f"machine: {describe_machine()}")
    results = {}
    for tool in args.tools.split(","):
        results[tool] = measure(tool.strip(), corpus, args.budget, args.shuzi)
    def rate(r, key):
        return r["bytes"] / 1e6 / max(r[key], 1e-9)

    base = results.get("shuzi-cli", {})
    base_rate = rate(base, "cpu") if "bytes" in base else None
    core = results.get("shuzi-core", {})
    core_mbs = rate(core, "cpu") if "bytes" in core else None
    print()
    print("MB/s of UTF-8 input per CPU-second (user+sys of the tool's process) and per")
    print("wall-clock second; the ratios are on CPU time.")
    print()
    print(f"| {'tool':<15} | {'MB/s CPU':>9} | {'MB/s wall':>9} | {'vs shuzi-cli':>12} | "
          f"{'vs core':>8} | {'items':>8} | note |")
    print(f"|{'-' * 17}|{'-' * 10}:|{'-' * 10}:|{'-' * 13}:|{'-' * 9}:|{'-' * 9}:|------|")
    for tool, r in results.items():
        if "missing" in r:
            print(f"| {tool:<15} | {'—':>9} | {'—':>9} | {'—':>12} | {'—':>8} | {'—':>8} | "
                  f"missing: {r['missing'][:70]} |")
            continue
        cpu_rate = rate(r, "cpu")
        ratio = f"{cpu_rate / base_rate:.3g}×" if base_rate else "—"
        vs_core = f"{cpu_rate / core_mbs:.3g}×" if core_mbs else "—"
        print(f"| {tool:<15} | {cpu_rate:>9.3f} | {rate(r, 'seconds'):>9.3f} | {ratio:>12} | "
              f"{vs_core:>8} | {r['items']:>8} | {r['note']} |")
    if args.issue14:
        issue14(args.shuzi, args.ladder_max_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
