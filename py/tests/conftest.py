"""Shared paths and fixtures of the shuzi pytest suite."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
EXPECTED = SEEDS / "expected"

NUMERIC_KINDS = ("number", "money", "percent", "count", "quantity", "duration", "ordinal")
TIME_KINDS = ("date", "period")


def seed_paths() -> list[Path]:
    """The sample documents, in name order."""
    return sorted(SEEDS.glob("*.txt"))


def read_seed(path: Path) -> str:
    """A seed as the CLI reads it: UTF-8, a byte-order mark skipped, line ends kept."""
    return path.read_bytes().decode("utf-8-sig")


@pytest.fixture(scope="session")
def cli() -> Path:
    """The `shuzi` binary (SHUZI_CLI, else target/release or target/debug)."""
    candidates = [os.environ.get("SHUZI_CLI", "")]
    candidates += [str(ROOT / "target" / p / "shuzi") for p in ("release", "debug")]
    candidates.append(shutil.which("shuzi") or "")
    for c in candidates:
        if c and Path(c).is_file():
            return Path(c)
    pytest.skip("the shuzi CLI is not built (scripts/test-python.sh builds it)")



# --- the long table (extract_arrow, Polars, Spark) --------------------------

#: The long table's entity columns (after ``doc``), in order.
LONG_COLUMNS = (
    "kind",
    "text",
    "start",
    "end",
    "value",
    "normalized",
    "high",
    "bound",
    "unit",
    "currency",
    "change_direction",
    "change_basis",
    "year",
    "month",
    "day",
    "from",
    "to",
)


def long_row(record: dict[str, object]) -> tuple[object, ...]:
    """One record of the CLI's JSON as a row of the long table, derived from
    the JSON keys alone (not from the binding): numeric kinds carry value,
    normalized, high, bound, unit, currency and change; a date's ISO value is
    its ``normalized`` and ``year``/``month``/``day``; a period has from/to."""
    r = record
    kind = r["kind"]
    numeric = kind in NUMERIC_KINDS
    change = r.get("change") if numeric else None
    assert change is None or isinstance(change, dict)

    def num(key: str) -> float | None:
        v = r.get(key)
        return None if v is None else float(v)  # type: ignore[arg-type]

    return (
        kind,
        r["text"],
        r["start"],
        r["end"],
        num("value") if numeric else None,
        r.get("normalized") if numeric else (r.get("value") if kind == "date" else None),
        num("high") if numeric else None,
        r.get("bound") if numeric else None,
        r.get("unit"),
        r.get("currency"),
        None if change is None else change["direction"],
        None if change is None else change.get("basis"),
        r.get("year") if kind == "date" else None,
        r.get("month") if kind == "date" else None,
        r.get("day") if kind == "date" else None,
        r.get("from"),
        r.get("to"),
    )


def cli_long_rows(cli: Path, path: Path, ref_date: str | None = None) -> list[tuple[object, ...]]:
    """`shuzi extract --format jsonl` of one file, as long-table rows."""
    import json
    import subprocess

    args = [str(cli), "extract", "--format", "jsonl", str(path)]
    if ref_date:
        args += ["--ref-date", ref_date]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return [long_row(json.loads(line)) for line in out.splitlines() if line.strip()]


def engines_required() -> bool:
    """scripts/test-python.sh installs pyarrow, Polars and PySpark and sets
    SHUZI_ENGINES=required: then a missing engine fails instead of skipping."""
    return os.environ.get("SHUZI_ENGINES") == "required"


def need(module: str) -> object:
    """`module` imported; skipped when it is not installed, unless the test
    script said the engines are required (then the import error stands)."""
    import importlib

    if engines_required():
        return importlib.import_module(module)
    return pytest.importorskip(module)
