"""extract_many: results equal to sequential extraction, in input order, for
any thread count; the GIL is released while Rust works."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator

import pytest
import shuzi

from conftest import read_seed, seed_paths


def documents() -> list[str]:
    """Seeds, their paragraphs, astral-prefixed variants and empty texts."""
    seeds = [read_seed(p) for p in seed_paths()]
    paragraphs = [p for s in seeds for p in s.split("\n") if p.strip()]
    docs = seeds + paragraphs + ["😀" + p for p in paragraphs[::3]] + ["", "无"]
    return docs


@pytest.mark.parametrize("threads", [1, 2, 3, None, 64])
def test_results_equal_sequential_in_input_order(threads: int | None) -> None:
    docs = documents()
    ex = shuzi.Extractor(ref_date="2026-06-02")
    sequential = [ex.extract(d) for d in docs]
    assert sum(len(r) for r in sequential) > 50
    many = ex.extract_many(docs, threads=threads)
    assert len(many) == len(docs)
    for got, want, doc in zip(many, sequential, docs):
        assert got == want
        assert got.text == doc
        assert [e.to_dict() for e in got] == [e.to_dict() for e in want]


def test_accepts_any_iterable_and_empty_input() -> None:
    ex = shuzi.Extractor(kinds=["date"])

    def gen() -> Iterator[str]:
        yield "2024年5月31日"
        yield "无"

    many = ex.extract_many(gen(), threads=2)
    assert [[e.text for e in r] for r in many] == [["2024年5月31日"], []]
    assert [r.text for r in many] == ["2024年5月31日", "无"]
    assert ex.extract_many([]) == []
    assert ex.extract_many(()) == []


def test_gil_is_released_during_a_batch() -> None:
    # With a long switch interval, a thread that holds the GIL is never
    # asked to give it up; the helper thread can only make progress while
    # extract_many has released it.
    docs = documents() * 20
    ex = shuzi.Extractor()
    progress = 0
    stop = threading.Event()
    started = threading.Event()

    def spin() -> None:
        nonlocal progress
        started.set()
        while not stop.is_set():
            progress += 1
            stop.wait(0.0005)  # releases the GIL between steps

    old = sys.getswitchinterval()
    helper = threading.Thread(target=spin)
    sys.setswitchinterval(30.0)
    try:
        helper.start()
        started.wait()
        advanced = False
        for _ in range(50):
            before = progress
            ex.extract_many(docs, threads=2)
            if progress > before:
                advanced = True
                break
        assert advanced, "no other Python thread ran during extract_many"
    finally:
        stop.set()
        sys.setswitchinterval(old)
        helper.join()


def test_batches_from_several_python_threads_agree() -> None:
    docs = documents()
    ex = shuzi.Extractor()
    want = ex.extract_many(docs, threads=1)
    results: list[list[shuzi.Entities]] = [[] for _ in range(3)]

    def work(i: int) -> None:
        results[i] = ex.extract_many(docs, threads=2)

    workers = [threading.Thread(target=work, args=(i,)) for i in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert all(r == want for r in results)


@pytest.mark.parametrize("copies", [1, 2000])
def test_garbage_collector_left_as_found(copies: int) -> None:
    # A large result is built with the collector paused (a small one
    # without); either way it is switched back on, or left off if it was.
    texts = ["营收3亿元，增长12%。"] * copies
    ex = shuzi.Extractor()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            found = ex.extract_many(texts, threads=1)
            assert gc.isenabled() is enabled
            assert [len(r) for r in found] == [2] * copies
            assert found[-1][1].value == 12.0
    finally:
        gc.enable()
