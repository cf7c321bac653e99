"""The seeds: the binding's to_dict() equals the CLI's JSON on every seed, and
the hand-written golden JSON (seeds/expected) up to the known misses that the
Rust golden tests accept (core/tests/data/known_misses.tsv, keyed by set,
seed, kind, byte span and side), with the same field-by-field comparison."""

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


KNOWN_FILE = ROOT / "core" / "tests" / "data" / "known_misses.tsv"
SIDES = {"missed", "spurious", "wrong", "noun"}

Key = tuple[str, str, int, int, str]


def known_misses(path: Path = KNOWN_FILE) -> dict[str, set[Key]]:
    """The known misses by set (`seeds/numeric`, `seeds/time`, `seeds/time.ref`, …):
    (seed, kind, byte_start, byte_end, side). A malformed row is an error
    naming its line."""
    out: dict[str, set[Key]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 7 or cols[5] not in SIDES or not cols[3].isdigit() or not cols[4].isdigit():
            raise ValueError(f"{path.name}:{n}: malformed row {line!r}")
        out.setdefault(cols[0], set()).add((cols[1], cols[2], int(cols[3]), int(cols[4]), cols[5]))
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


def same_number(a: object, b: object) -> bool:
    """Numbers as the Rust harness compares them: equal within 1e-9 relative."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    return a == b


def field_diffs(want: Obj, got: Obj, missing_is_null: bool) -> list[str]:
    """Differences between two objects of one span, field by field, as the
    Rust harnesses compare them (time.rs: a missing key equals null;
    seeds.rs: it does not)."""
    diffs = []
    for k in sorted(set(want) | set(got)):
        if not missing_is_null and (k in want) != (k in got):
            diffs.append(f"{k}: want {want.get(k, '(missing)')!r}, got {got.get(k, '(missing)')!r}")
            continue
        w, g = want.get(k), got.get(k)
        if isinstance(w, dict) and isinstance(g, dict):
            if field_diffs(w, g, missing_is_null):
                diffs.append(f"{k}: want {w!r}, got {g!r}")
        elif not same_number(w, g):
            diffs.append(f"{k}: want {w!r}, got {g!r}")
    return diffs


def run_id(run: Run) -> str:
    return run[4].name.removesuffix(".json").split("_", 1)[0] + "." + run[4].name.split(".", 1)[1]


def test_golden_files_exist() -> None:
    assert len(golden_runs()) >= 10


@pytest.mark.parametrize("run", golden_runs(), ids=run_id)
def test_seed_matches_golden_up_to_known_misses(run: Run) -> None:
    seed, suite, kinds, ref_date, golden = run
    text = read_seed(seed)
    want: list[Obj] = json.loads(golden.read_text(encoding="utf-8"))
    got = shuzi.extract(text, kinds=kinds, ref_date=ref_date).to_dicts()
    want_by_span = {(w["byte_start"], w["byte_end"]): w for w in want}
    got_by_span = {(g["byte_start"], g["byte_end"]): g for g in got}
    problems: list[tuple[Key, str]] = []
    seed_no = seed.name[:3]

    def key(e: Obj, side: str) -> Key:
        return (seed_no, e["kind"], e["byte_start"], e["byte_end"], side)

    for w in want:
        g = got_by_span.get((w["byte_start"], w["byte_end"]))
        if g is None:
            problems.append((key(w, "missed"), f"{w['text']!r} missed"))
            continue
        w_rest = {k: v for k, v in w.items() if k != "noun"}
        g_rest = {k: v for k, v in g.items() if k != "noun"}
        if diffs := field_diffs(w_rest, g_rest, missing_is_null=suite == "time"):
            problems.append((key(w, "wrong"), f"{w['text']!r}: " + "; ".join(diffs)))
        elif w.get("noun") != g.get("noun"):
            problems.append((key(w, "noun"), f"{w['text']!r} noun: want {w.get('noun')!r}, got {g.get('noun')!r}"))
    for g in got:
        if (g["byte_start"], g["byte_end"]) not in want_by_span:
            problems.append((key(g, "spurious"), f"spurious {g}"))
    known_set = KNOWN.get(f"seeds/{golden.name.split('.', 1)[1].removesuffix('.json')}", set())
    unexplained = [f"{k}: {what}" for k, what in problems if k not in known_set]
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


def test_known_miss_file_parses_and_names_seeds(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("seeds/numeric\t000\tcount\t1\t2\tsideways\twhy\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:1"):
        known_misses(bad)
    seeds = {p.name[:3] for p in seed_paths()}
    for set_name, entries in KNOWN.items():
        if set_name.startswith("seeds/"):
            for seed, *_ in entries:
                assert seed in seeds, (set_name, seed)
