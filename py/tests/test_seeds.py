"""The seeds: the binding's to_dict() equals the CLI's JSON on every seed, and
the hand-written golden JSON (seeds/expected) up to the known misses that the
Rust golden tests (core/tests/*.rs, KNOWN_MISSES) accept, with the same
field-by-field comparison."""

from __future__ import annotations

import datetime
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import shuzi

from conftest import (
    EXPECTED,
    NUMERIC_KINDS,
    ROOT,
    TIME_KINDS,
    numeric_landed,
    read_seed,
    seed_paths,
)

Obj = dict[str, Any]


def ref_dates() -> dict[str, str]:
    """The reference dates of the table in seeds/expected/README.md (`| 000 | 2026-06-02 | … |`)."""
    out = {}
    for line in (EXPECTED / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) >= 4 and re.fullmatch(r"\d{3}", cells[1]):
            try:
                datetime.date.fromisoformat(cells[2])
            except ValueError:
                continue
            out[cells[1]] = cells[2]
    return out


_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def known_misses() -> dict[str, set[tuple[str, bool | None, str]]]:
    """KNOWN_MISSES of every Rust golden test, by suite ("time", "numeric"):
    (seed, with reference date or None when the suite does not say, text)."""
    out: dict[str, set[tuple[str, bool | None, str]]] = {"time": set(), "numeric": set()}
    for path in sorted((ROOT / "core" / "tests").glob("*.rs")):
        src = path.read_text(encoding="utf-8")
        m = re.search(r"KNOWN_MISSES\s*:[^=]*=\s*&\[(.*?)\n\];", src, re.S)
        if m is None:
            m = re.search(r"KNOWN_MISSES\s*:[^=]*=\s*&\[(.*?)\];", src, re.S)
        if m is None:
            continue
        suite = "time" if ".time" in src and ".numeric.json" not in src else "numeric"
        for entry in re.findall(r"\(([^()]*?)\)\s*,?", m.group(1), re.S):
            strings = [json.loads(f'"{s}"') for s in _STRING.findall(entry)]
            without_strings = _STRING.sub("", entry)
            bools = re.findall(r"\b(true|false)\b", without_strings)
            if len(strings) < 2:
                continue
            with_ref = None if not bools else bools[0] == "true"
            out[suite].add((strings[0], with_ref, strings[1]))
    return out


KNOWN = known_misses()
REF_DATES = ref_dates()


Run = tuple[Path, str, tuple[str, ...], str | None, Path]


def golden_runs() -> list[Run]:
    """(seed, suite, kinds, ref date, golden file) for every golden file."""
    runs: list[Run] = []
    for seed in seed_paths():
        stem = seed.name.removesuffix(".txt")
        numeric = EXPECTED / f"{stem}.numeric.json"
        if numeric.exists():
            runs.append((seed, "numeric", NUMERIC_KINDS, None, numeric))
        time = EXPECTED / f"{stem}.time.json"
        if time.exists():
            runs.append((seed, "time", TIME_KINDS, None, time))
        time_ref = EXPECTED / f"{stem}.time.ref.json"
        if time_ref.exists():
            runs.append((seed, "time", TIME_KINDS, REF_DATES[stem[:3]], time_ref))
    return runs


def field_diffs(want: Obj, got: Obj) -> list[str]:
    """Differences between two objects of one span; a missing key equals null."""
    keys = sorted(set(want) | set(got))
    return [
        f"{k}: want {want.get(k)!r}, got {got.get(k)!r}"
        for k in keys
        if want.get(k) != got.get(k)
    ]


def run_id(run: Run) -> str:
    return run[4].name.removesuffix(".json").split("_", 1)[0] + "." + run[4].name.split(".", 1)[1]


def test_golden_files_exist() -> None:
    assert len(golden_runs()) >= 10


@pytest.mark.parametrize("run", golden_runs(), ids=run_id)
def test_seed_matches_golden_up_to_known_misses(run: Run) -> None:
    seed, suite, kinds, ref_date, golden = run
    if suite == "numeric" and not numeric_landed():
        pytest.skip("numeric extraction has not landed in the core yet")
    text = read_seed(seed)
    want: list[Obj] = json.loads(golden.read_text(encoding="utf-8"))
    got = shuzi.extract(text, kinds=kinds, ref_date=ref_date).to_dicts()
    want_by_span = {(w["start"], w["end"]): w for w in want}
    got_by_span = {(g["start"], g["end"]): g for g in got}
    problems: list[tuple[str, str]] = []
    for w in want:
        g = got_by_span.get((w["start"], w["end"]))
        if g is None:
            problems.append((w["text"], "missed"))
        elif diffs := field_diffs(w, g):
            problems.append((w["text"], "; ".join(diffs)))
    for g in got:
        if (g["start"], g["end"]) not in want_by_span:
            problems.append((g["text"], f"spurious {g}"))
    seed_no = seed.name[:3]
    with_ref = ref_date is not None
    unexplained = [
        f"{t!r}: {what}"
        for t, what in problems
        if (seed_no, with_ref, t) not in KNOWN[suite] and (seed_no, None, t) not in KNOWN[suite]
    ]
    assert not unexplained, "\n".join(unexplained)


def cli_json(cli: Path, seed: Path, ref_date: str | None) -> list[Obj]:
    args = [str(cli), "extract", "--format", "jsonl"]
    if ref_date is not None:
        args += ["--ref-date", ref_date]
    out = subprocess.run(args + [str(seed)], capture_output=True, check=True).stdout
    records = [json.loads(line) for line in out.decode("utf-8").splitlines() if line]
    for r in records:
        assert r.pop("file") == str(seed)
    return records


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
@pytest.mark.parametrize("with_ref", [False, True], ids=["no-ref", "ref"])
def test_to_dict_equals_cli_json(cli: Path, path: Path, with_ref: bool) -> None:
    ref_date = REF_DATES.get(path.name[:3]) if with_ref else None
    if with_ref and ref_date is None:
        pytest.skip("no reference date for this seed")
    want = cli_json(cli, path, ref_date)
    got = shuzi.extract(read_seed(path), ref_date=ref_date).to_dicts()
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g == w
        # The same keys in the same order, and the same JSON types
        # (ints stay ints).
        assert list(g) == list(w)
        assert json.dumps(g, ensure_ascii=False) == json.dumps(w, ensure_ascii=False)


def test_known_miss_parser_reads_rust_tuples() -> None:
    # Both suites are read; every entry names a seed that exists.
    seeds = {p.name[:3] for p in seed_paths()}
    for suite, entries in KNOWN.items():
        for seed, _, text in entries:
            assert seed in seeds, (suite, seed, text)
            assert text
