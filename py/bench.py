"""Speed of the Python binding next to the Rust CLI, on the same text.

    py/.venv/bin/python py/bench.py [--cli target/release/shuzi] [--rounds 20]

Build first (scripts/test-python.sh builds the release wheel and CLI). Prints:

1. the five seeds: `shuzi.extract` in Python (full objects; with `kinds=[]`,
   which runs the same extraction and builds no objects, so the difference is
   the cost of the Python objects; plus `to_dicts()`), against one CLI process
   extracting the same files (JSON lines to /dev/null, one thread), with the
   CLI's start-up measured on an empty file and subtracted;
2. `Extractor.extract_many` on 1,000 documents (the seeds, cycled) with 1
   and 2 threads.

Best of several rounds; only a measurement, nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import shuzi

ROOT = Path(__file__).resolve().parents[1]


def best(fn: Callable[[], object], rounds: int) -> float:
    """The fastest of `rounds` runs, in seconds."""
    return best_with_cpu(fn, rounds)[0]


def best_with_cpu(fn: Callable[[], object], rounds: int) -> tuple[float, float]:
    """The fastest of `rounds` runs and the process CPU time (all threads) it
    took, in seconds: on a busy machine wall time says little about threads,
    CPU time says how much work there was."""
    runs = []
    for _ in range(rounds):
        c = time.process_time()
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t, time.process_time() - c))
    return min(runs)


def cli_seconds(cli: Path, files: list[Path], rounds: int) -> float:
    def run() -> None:
        subprocess.run(
            [str(cli), "extract", "--threads", "1", "--format", "jsonl", *map(str, files)],
            stdout=subprocess.DEVNULL,
            check=True,
        )

    return best(run, rounds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", type=Path, default=ROOT / "target" / "release" / "shuzi")
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_bytes().decode("utf-8-sig") for p in seeds]
    size = sum(len(t.encode()) for t in texts)
    ex = shuzi.Extractor()
    none = shuzi.Extractor(kinds=[])
    n_entities = sum(len(ex.extract(t)) for t in texts)
    print(f"five seeds: {size / 1e3:.0f} kB, {n_entities} entities; best of {args.rounds}\n")

    py_full = best(lambda: [ex.extract(t) for t in texts], args.rounds)
    py_bare = best(lambda: [none.extract(t) for t in texts], args.rounds)
    py_dicts = best(lambda: [ex.extract(t).to_dicts() for t in texts], args.rounds)
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.txt"
        empty.write_text("")
        startup = cli_seconds(args.cli, [empty], args.rounds)
    cli_total = cli_seconds(args.cli, seeds, args.rounds)
    cli_work = cli_total - startup

    def row(name: str, seconds: float) -> None:
        print(f"  {name:<44} {seconds * 1e3:8.2f} ms  {size / seconds / 1e6:6.1f} MB/s")

    row("Python extract, kinds=[] (extraction only)", py_bare)
    row("Python extract (Entity objects)", py_full)
    row("Python extract + to_dicts()", py_dicts)
    row("CLI, 1 thread, JSON lines (start-up removed)", cli_work)
    print(f"  {'CLI start-up (empty file), not counted':<44} {startup * 1e3:8.2f} ms")
    per_entity = (py_full - py_bare) / n_entities * 1e9
    print(
        f"\n  Entity objects cost {(py_full - py_bare) * 1e3:.2f} ms "
        f"({per_entity:.0f} ns per entity, {100 * (py_full - py_bare) / py_full:.0f}% of extract)\n"
    )

    docs = [texts[i % len(texts)] for i in range(1000)]
    total = sum(len(d.encode()) for d in docs)
    rounds = max(3, args.rounds // 5)
    print(f"extract_many: 1,000 documents, {total / 1e6:.1f} MB; best of {rounds} (cores: {os.cpu_count()})")
    print(f"  (load average {os.getloadavg()[0]:.1f}: wall time is shared with other processes)")
    loop = best_with_cpu(lambda: [ex.extract(d) for d in docs], rounds)
    one = best_with_cpu(lambda: ex.extract_many(docs, threads=1), rounds)
    two = best_with_cpu(lambda: ex.extract_many(docs, threads=2), rounds)
    for name, (wall, cpu) in [("loop of extract()", loop), ("threads=1", one), ("threads=2", two)]:
        print(
            f"  {name:<20} {wall:7.3f} s wall {total / wall / 1e6:6.1f} MB/s"
            f"   {cpu:7.3f} s CPU"
        )
    print(f"  threads=2 vs 1: {one[0] / two[0]:.2f}x wall")


if __name__ == "__main__":
    main()
