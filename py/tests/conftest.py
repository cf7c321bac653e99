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

