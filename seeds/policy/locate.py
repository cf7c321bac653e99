#!/usr/bin/env python3
"""Fill in the offsets of the hand-written `*.expected.json` beside this file.

The expected objects are written by hand from the documents (SPEC 2 and
seeds/expected/README.md); this only locates each item's `text`, with
seeds/expected/annotate_policy.py (it never runs the extractor). The text of
`X.expected.json` is `X.txt` in this directory.

Usage: python3 seeds/policy/locate.py seeds/policy/*.expected.json
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "expected"))
import annotate_policy  # noqa: E402


def policy_text(json_path: Path) -> str:
    stem = json_path.name.split(".")[0]
    raw = (json_path.parent / f"{stem}.txt").read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8")


annotate_policy.seed_text = policy_text
annotate_policy.main(sys.argv[1:])
