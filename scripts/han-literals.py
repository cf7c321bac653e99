#!/usr/bin/env python3
"""Counts the lines of Rust library code that hold a Chinese string or char
literal, per file (core/, cli/, py/, wasm/ sources; tests, doc comments and
comments left out), so word lists can be moved to core/src/data/ and kept
there.

    python3 scripts/han-literals.py            # the table, most first
    python3 scripts/han-literals.py --check    # fail if a file has more than
                                               # scripts/han-literals.baseline says
    python3 scripts/han-literals.py --write    # rewrite the baseline from the tree

The baseline is a ratchet: a file may go down (then lower its row), never up.
A literal that is not a word list (a one-character delimiter the grammar is
built on, a message) still counts: the count is what is left to look at.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "scripts" / "han-literals.baseline"
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’…—]")
# A string literal (raw or not) or a char literal.
LITERAL = re.compile(r'r#*"(?:[^"\\]|\\.)*"#*|"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)\'')


def library_lines(path: Path):
    """The lines of `path` outside `#[cfg(test)]` modules and comments."""
    depth_of_test = None
    depth = 0
    pending_test = False
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if depth_of_test is None and stripped.startswith("#[cfg(test)]"):
            pending_test = True
            continue
        # Braces are counted outside literals (a JSON string holds some).
        code = LITERAL.sub('""', stripped)
        code = code.split("//")[0] if not stripped.startswith("//") else ""
        opens, closes = code.count("{"), code.count("}")
        if pending_test and depth_of_test is None and opens:
            depth_of_test = depth
        pending_test = pending_test and not opens and not code.endswith(";")
        depth += opens - closes
        if depth_of_test is not None:
            if depth <= depth_of_test:
                depth_of_test = None
            continue
        if stripped.startswith("//"):
            continue
        yield n, line


def count(path: Path) -> int:
    total = 0
    for _, line in library_lines(path):
        if any(HAN.search(m.group(0)) for m in LITERAL.finditer(line)):
            total += 1
    return total


def files():
    for crate in ("core/src", "cli/src", "py/src", "wasm/src"):
        for p in sorted((ROOT / crate).rglob("*.rs")):
            if p.name == "tests.rs" or "tests" in p.relative_to(ROOT).parts[2:-1]:
                continue
            yield p


def main() -> int:
    counts = {str(p.relative_to(ROOT)): count(p) for p in files()}
    counts = {k: v for k, v in counts.items() if v}
    if "--write" in sys.argv:
        rows = "".join(f"{k}\t{v}\n" for k, v in sorted(counts.items()))
        BASELINE.write_text(
            "# file<TAB>lines with a Chinese literal (scripts/han-literals.py); may only go down\n"
            + rows,
            encoding="utf-8",
        )
        return 0
    if "--check" not in sys.argv:
        for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
            print(f"{v:5}  {k}")
        print(f"{sum(counts.values()):5}  total")
        return 0
    base = {}
    for n, row in enumerate(BASELINE.read_text(encoding="utf-8").splitlines(), 1):
        if not row.strip() or row.startswith("#"):
            continue
        cells = row.split("\t")
        if len(cells) != 2 or not cells[1].isdigit():
            print(f"{BASELINE.name}:{n}: want `file<TAB>count`, got {row!r}")
            return 1
        base[cells[0]] = int(cells[1])
    bad = [
        f"{k}: {v} lines with Chinese literals, baseline {base.get(k, 0)}"
        for k, v in counts.items()
        if v > base.get(k, 0)
    ]
    for b in bad:
        print(b)
    if bad:
        print("move the words to core/src/data/ (or, if a literal must stay, raise the row and say why in the commit)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
