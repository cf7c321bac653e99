#!/usr/bin/env python3
"""Repository hygiene, run first by scripts/test.sh (needs Python 3.11+ and git).

1. The repository stands alone: no tracked file refers to a folder beside it
   (the parent's shared/ folder) or to the old specification file, whose
   content now lives in docs/; every tracked symlink points inside the
   repository.
2. One version everywhere: the workspace version in Cargo.toml is the version
   of every crate (Cargo.lock), of the workspace dependency on `shuzi`, of the
   newest CHANGELOG entry; the Python package takes it from Cargo
   (`dynamic = ["version"]`) and the npm package template has none of its own
   (scripts/test-wasm.sh writes it).
3. The README's Rust and Python examples are the package READMEs' (one copy
   of each is run by the tests).
4. Every corpus golden of entities and facts is what its hand-written .ann gives.
5. The format reference names every bound word: each word of
   core/src/data/bound_words.tsv appears in the bound table of
   docs/entities.md (users read the table, the extractor reads the file).

Prints every problem found and exits 1 if there is any.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10 and older
    sys.exit("check-repo: needs Python 3.11 or newer (tomllib)")

ROOT = Path(__file__).resolve().parent.parent

# Written so that this file does not match itself.
FORBIDDEN = [
    (re.compile(r"\.\./shared\b"), "a path to the shared/ folder beside the repository"),
    (re.compile(r"/work/" + "shared"), "an absolute path to the shared/ folder"),
    (re.compile(r"\bSPEC" + r"\.md\b"), "the old specification file (its content is docs/)"),
]


def tracked_files() -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    return [p for p in out.decode().split("\0") if p]


def check_outside_references(problems: list[str]) -> None:
    for rel in tracked_files():
        path = ROOT / rel
        if path.is_symlink():
            target = (path.parent / path.readlink()).resolve()
            if ROOT not in target.parents and target != ROOT:
                problems.append(f"{rel}: symlink points outside the repository ({target})")
            continue
        if not path.is_file():
            continue  # deleted in the work tree but still tracked
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # binary
        for lineno, line in enumerate(text.splitlines(), 1):
            for pattern, what in FORBIDDEN:
                if pattern.search(line):
                    problems.append(f"{rel}:{lineno}: refers to {what}: {line.strip()[:120]}")


def version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def check_versions(problems: list[str]) -> str:
    cargo = tomllib.loads((ROOT / "Cargo.toml").read_text(encoding="utf-8"))
    version = cargo["workspace"]["package"]["version"]
    msrv = cargo["workspace"]["package"]["rust-version"]
    dep = cargo["workspace"]["dependencies"]["shuzi"].get("version")
    if dep != version:
        problems.append(
            f"Cargo.toml: workspace dependency shuzi has version {dep!r}, the workspace {version!r}"
        )

    members = cargo["workspace"]["members"]
    names = []
    for member in members:
        manifest = tomllib.loads((ROOT / member / "Cargo.toml").read_text(encoding="utf-8"))
        package = manifest["package"]
        names.append(package["name"])
        if package.get("version") != {"workspace": True}:
            problems.append(f"{member}/Cargo.toml: version is not `version.workspace = true`")
        # A crate may need a newer Rust than the workspace (the Python binding:
        # arrow-array); scripts/test-rust.sh checks each with its own toolchain.
        own = package.get("rust-version")
        if own != {"workspace": True} and not (
            isinstance(own, str) and version_tuple(own) >= version_tuple(msrv)
        ):
            problems.append(
                f"{member}/Cargo.toml: rust-version {own!r} is neither the workspace's nor newer"
            )

    lock = tomllib.loads((ROOT / "Cargo.lock").read_text(encoding="utf-8"))
    locked = {p["name"]: p["version"] for p in lock["package"] if "source" not in p}
    for name in names:
        if locked.get(name) != version:
            problems.append(f"Cargo.lock: {name} is {locked.get(name)!r}, the workspace {version!r}")

    pyproject = tomllib.loads((ROOT / "py/pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject["project"]
    if "version" in project or "version" not in project.get("dynamic", []):
        problems.append('py/pyproject.toml: the version must be dynamic = ["version"] (from Cargo)')

    npm = json.loads((ROOT / "wasm/npm/package.json").read_text(encoding="utf-8"))
    if "version" in npm:
        problems.append(
            "wasm/npm/package.json: has a version of its own; scripts/test-wasm.sh writes Cargo's"
        )

    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    match = re.search(r"^## (\d+\.\d+\.\d+\S*)", changelog, re.MULTILINE)
    if not match or match.group(1) != version:
        found = match.group(1) if match else None
        problems.append(f"CHANGELOG.md: newest entry is {found!r}, the workspace {version!r}")
    return version


def code_blocks(language: str, markdown: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", markdown, re.MULTILINE | re.DOTALL)


def check_readme_examples(problems: list[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # (language, package README, which of them the tests run)
    for language, other, tested in [
        ("rust", "core/README.md", "core/README.md's, as doctests"),
        ("python", "py/README.md", "README.md's, by scripts/test-python.sh"),
    ]:
        theirs = code_blocks(language, (ROOT / other).read_text(encoding="utf-8"))
        if code_blocks(language, readme) != theirs:
            problems.append(
                f"README.md and {other}: their {language} examples differ (the tested ones are {tested})"
            )


def check_corpus_sources(problems: list[str]) -> None:
    """Every corpus golden of entities and facts is what its hand-written .ann gives."""
    anns = sorted(str(p) for pat in ("corpus/ann/*.ann", "corpus/blind*/ann/*.ann") for p in ROOT.glob(pat))
    if not anns:
        return
    out = subprocess.run(
        [sys.executable, str(ROOT / "corpus/tools/locate_entities.py"), "--check", *anns],
        capture_output=True, text=True, cwd=ROOT,
    )
    if out.returncode != 0:
        for line in (out.stdout + out.stderr).splitlines():
            problems.append(f"corpus: {line}")


def check_bound_words_documented(problems: list[str]) -> None:
    words = []
    for line in (ROOT / "core/src/data/bound_words.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.append(line.split("\t")[0])
    doc = (ROOT / "docs/entities.md").read_text(encoding="utf-8")
    start = doc.find("| `bound` | meaning | words |")
    end = doc.find("\n\n", start)
    if start < 0 or end < 0:
        problems.append("docs/entities.md has no bound table (| `bound` | meaning | words |)")
        return
    table = doc[start:end] + doc[end : doc.find("\n## ", end)]
    for word in words:
        if word not in table:
            problems.append(f"bound word {word} of core/src/data/bound_words.tsv is not in docs/entities.md's bound section")


def main() -> int:
    problems: list[str] = []
    check_outside_references(problems)
    version = check_versions(problems)
    check_readme_examples(problems)
    check_corpus_sources(problems)
    check_bound_words_documented(problems)
    for p in problems:
        print(f"check-repo: {p}", file=sys.stderr)
    if problems:
        print(f"check-repo: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"check-repo: the repository stands alone; every package is version {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
