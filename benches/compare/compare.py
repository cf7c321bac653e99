#!/usr/bin/env python3
"""Side-by-side throughput of shuzi and other Chinese number/time extractors.

Runs, on one corpus built from seeds/ and in one run:

  shuzi-cli        the `shuzi extract` binary on the whole corpus file
  shuzi-py         shuzi's Python package, if importable (per paragraph)
  jionlp-money     JioNLP  jio.ner.extract_money      (per paragraph)
  jionlp-time      JioNLP  jio.ner.extract_time       (per paragraph)
  cn2an            cn2an.transform(text, "cn2an")     (per paragraph)
  chinese2digits   takeNumberFromString               (per paragraph)
  recognizers      @microsoft/recognizers-text-suite, Chinese culture:
                   number, percentage, currency, dimension, datetime (node)

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
TOOLS = ["shuzi-cli", "shuzi-py", "jionlp-money", "jionlp-time", "cn2an",
         "chinese2digits", "recognizers"]


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


def measure(tool: str, corpus: pathlib.Path, budget: float, shuzi_bin: pathlib.Path) -> dict:
    """Runs one tool in a child process; returns its result or why not."""
    if tool == "shuzi-cli":
        if not shuzi_bin.exists():
            return {"missing": f"{shuzi_bin} not built (cargo build --release -p shuzi-cli)"}
        # Several runs (at least 3, until 2 s of wall time) so that process
        # start and timer resolution do not dominate a small corpus.
        runs = wall = cpu = 0.0
        while runs < 3 or (wall < 2.0 and runs < 50):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            r = subprocess.run([str(shuzi_bin), "extract", "--format", "jsonl", str(corpus)],
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
    python = str(VENV_PY) if VENV_PY.exists() else sys.executable
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
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=pathlib.Path, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.worker:
        print(json.dumps(worker(args.worker, args.corpus, args.budget)))
        return 0
    if args.install:
        install(args.with_shuzi_py)
        return 0

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
    print()
    print("MB/s of UTF-8 input per CPU-second (user+sys of the tool's process) and per")
    print("wall-clock second; the ratio is on CPU time.")
    print()
    print(f"| {'tool':<15} | {'MB/s CPU':>9} | {'MB/s wall':>9} | {'vs shuzi-cli':>12} | {'items':>8} | note |")
    print(f"|{'-' * 17}|{'-' * 10}:|{'-' * 10}:|{'-' * 13}:|{'-' * 9}:|------|")
    for tool, r in results.items():
        if "missing" in r:
            print(f"| {tool:<15} | {'—':>9} | {'—':>9} | {'—':>12} | {'—':>8} | "
                  f"missing: {r['missing'][:70]} |")
            continue
        cpu_rate = rate(r, "cpu")
        ratio = f"{cpu_rate / base_rate:.3g}×" if base_rate else "—"
        print(f"| {tool:<15} | {cpu_rate:>9.3f} | {rate(r, 'seconds'):>9.3f} | {ratio:>12} | "
              f"{r['items']:>8} | {r['note']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
