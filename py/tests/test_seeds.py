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


def _strings(rust: str) -> list[str]:
    return [json.loads(f'"{s}"') for s in _STRING.findall(rust)]


def known_misses() -> dict[str, set[tuple[str, bool | None, str]]]:
    """The known misses of the Rust golden tests, by suite ("time", "numeric"):
    (seed, with reference date — None when the table does not say —, text).

    Two shapes are read: core/tests/time.rs's KNOWN_MISSES tuples
    `("000", false, "text", "reason")` and core/tests/seeds.rs's
    `const NUMERIC_KNOWN: &[KnownMiss] = &[KnownMiss { seed, text, reason }]`
    (the suite is the constant's name without `_KNOWN`)."""
    out: dict[str, set[tuple[str, bool | None, str]]] = {"time": set(), "numeric": set()}
    for path in sorted((ROOT / "core" / "tests").glob("*.rs")):
        for suite, entries in parse_known_misses(path.read_text(encoding="utf-8")).items():
            out.setdefault(suite, set()).update(entries)
    return out


def parse_known_misses(src: str) -> dict[str, set[tuple[str, bool | None, str]]]:
    """The known-miss tables of one Rust test file (see ``known_misses``)."""
    out: dict[str, set[tuple[str, bool | None, str]]] = {}
    # time.rs: (seed, with ref date, text, reason); policy.rs's tuples have no
    # flag and are not entity misses.
    for m in re.finditer(r"const KNOWN_MISSES\s*:[^=]*=\s*&\[(.*?)\];", src, re.S):
        for entry in re.findall(r'\(((?:"(?:[^"\\]|\\.)*"|[^()"])*)\)', m.group(1)):
            strings = _strings(entry)
            flags = re.findall(r"\b(true|false)\b", _STRING.sub("", entry))
            if len(strings) >= 2 and flags:
                out.setdefault("time", set()).add((strings[0], flags[0] == "true", strings[1]))
    for m in re.finditer(r"const (\w+)_KNOWN\s*:\s*&\[KnownMiss\]\s*=\s*&\[(.*?)\];", src, re.S):
        suite = m.group(1).lower()
        for entry in re.findall(r"KnownMiss\s*\{(.*?)\}", m.group(2), re.S):
            fields = dict(
                (k, json.loads(f'"{v}"'))
                for k, v in re.findall(r'(\w+)\s*:\s*"((?:[^"\\]|\\.)*)"', entry)
            )
            out.setdefault(suite, set()).add((fields["seed"], None, fields["text"]))
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
    problems: list[tuple[str, str]] = []
    for w in want:
        g = got_by_span.get((w["byte_start"], w["byte_end"]))
        if g is None:
            problems.append((w["text"], "missed"))
        elif diffs := field_diffs(w, g, missing_is_null=suite == "time"):
            problems.append((w["text"], "; ".join(diffs)))
    for g in got:
        if (g["byte_start"], g["byte_end"]) not in want_by_span:
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


def test_known_miss_parser_reads_both_rust_tables() -> None:
    sample = r'''
const KNOWN_MISSES: &[(&str, bool, &str, &str)] = &[
    ("001", true, "今年", "why (with brackets)"),
    ("002", false, "“十四五”", "a \"quoted\" reason"),
];
const KNOWN_MISSES: &[(&str, &str, &str)] = &[("000", "titles", "a policy field")];
const NUMERIC_KNOWN: &[KnownMiss] = &[
    KnownMiss {
        seed: "000",
        text: "两类",
        reason: "noun: the annotator reads 项目",
    },
];
'''
    assert parse_known_misses(sample) == {
        "time": {("001", True, "今年"), ("002", False, "“十四五”")},
        "numeric": {("000", None, "两类")},
    }
    # Every entry of the real tables names a seed that exists.
    seeds = {p.name[:3] for p in seed_paths()}
    for suite, entries in KNOWN.items():
        for seed, _, text in entries:
            assert seed in seeds, (suite, seed, text)
            assert text
