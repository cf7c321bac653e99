"""Speed of ``shuzi.extract_arrow`` next to the Rust core, in one run.

    py/.venv/bin/python py/bench_arrow.py [--docs 1000] [--rounds 5]

1,000 documents (the seeds, cycled: about 21.6 MB). For 1, 2 and all
cores: the Rust core alone (``_shuzi.Extractor._count_many``: the same extraction on
the same threads, no output built) and ``extract_arrow`` (extraction, the
Arrow columns, the C-stream hand-over and the ``pyarrow.Table``). The ratio
is extract_arrow's throughput over the core's at the same thread count.

Best of several rounds, wall time and process CPU time; on a shared machine
read the CPU column too. Only a measurement, nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path

import shuzi

ROOT = Path(__file__).resolve().parents[1]


def best(fn: Callable[[], object], rounds: int) -> tuple[float, float]:
    """The fastest of ``rounds`` runs: (wall seconds, process CPU seconds)."""
    runs = []
    for _ in range(rounds):
        c = time.process_time()
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t, time.process_time() - c))
    return min(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_bytes().decode("utf-8-sig") for p in seeds]
    docs = [texts[i % len(texts)] for i in range(args.docs)]
    size = sum(len(d.encode()) for d in docs)
    ex = shuzi.Extractor()
    cores = os.cpu_count() or 1
    n = ex._native._count_many(docs, threads=1)
    assert ex.extract_arrow(docs, threads=1).num_rows == n
    print(
        f"{len(docs)} documents, {size / 1e6:.1f} MB, {n} entities; best of {args.rounds};"
        f" load average {os.getloadavg()[0]:.1f}"
    )
    print(f"  {'threads':>7} {'core MB/s':>10} {'arrow MB/s':>11} {'ratio':>6} {'core CPU s':>11} {'arrow CPU s':>12}")
    base = None
    for threads in sorted({1, 2, cores}):
        core = best(lambda: ex._native._count_many(docs, threads=threads), args.rounds)
        arrow = best(lambda: ex.extract_arrow(docs, threads=threads), args.rounds)
        if base is None:
            base = arrow[0]
        print(
            f"  {threads:>7} {size / core[0] / 1e6:>10.1f} {size / arrow[0] / 1e6:>11.1f}"
            f" {core[0] / arrow[0]:>6.2f} {core[1]:>11.2f} {arrow[1]:>12.2f}"
            f"   (arrow x{base / arrow[0]:.2f} vs 1 thread)"
        )


if __name__ == "__main__":
    main()
