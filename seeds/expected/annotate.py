#!/usr/bin/env python3
"""Fill in offsets (and the canonical `normalized` string) of hand-written annotations.

Usage: python3 seeds/expected/annotate.py seeds/expected/<seed>.<part>.json [...]

The file is a JSON array of entity objects written by reading the seed text, in text
order. For each object this script finds its `text` in the seed after the end of the
previous object and writes `start`/`end` (code points, end exclusive) and
`byte_start`/`byte_end` (UTF-8 bytes). If the object already has a `start`, it searches
from there (use that to skip an earlier occurrence). For numeric kinds it rewrites
`value` as an int when integral and sets `normalized` to the canonical decimal text of
`value`. It never runs the extractor: everything else is as the annotator wrote it.
Nested entities (policy `amount`/`date`) are located inside their parent's span.
"""
import json
import sys
from decimal import Decimal
from pathlib import Path

NUMERIC = {"number", "money", "percent", "count", "quantity", "duration", "ordinal"}
ORDER = ["kind", "text", "start", "end", "byte_start", "byte_end", "value", "normalized",
         "high", "bound", "exact", "unit", "unit_text", "currency", "plus_minus", "noun",
         "change", "year", "month", "day", "from", "to", "point", "resolved",
         "relative_years"]


def canon(v):
    d = Decimal(str(v))
    if d == d.to_integral_value():
        return str(int(d)), int(d)
    s = format(d.normalize(), "f")
    return s, float(s)


def seed_text(json_path: Path) -> str:
    stem = json_path.name.split(".")[0]
    raw = (json_path.parent.parent / f"{stem}.txt").read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8")


def locate(obj, text, pos):
    t = obj["text"]
    if isinstance(obj.get("start"), int):
        # Already located (a re-run, or the annotator pinned it): search from there,
        # so re-running the script never moves an entity to an earlier occurrence.
        pos = obj["start"]
    i = text.find(t, pos)
    if i < 0:
        raise SystemExit(f"not found after {pos}: {t!r}")
    obj.pop("_keep_start", None)
    obj["start"], obj["end"] = i, i + len(t)
    obj["byte_start"] = len(text[:i].encode())
    obj["byte_end"] = obj["byte_start"] + len(t.encode())
    return i + len(t)


def fix_entity(obj, text, pos):
    end = locate(obj, text, pos)
    if obj.get("kind") in NUMERIC and "value" in obj:
        obj["normalized"], obj["value"] = canon(obj["value"])
        if "high" in obj and obj["high"] is not None:
            obj["high"] = canon(obj["high"])[1]
    ordered = {k: obj[k] for k in ORDER if k in obj}
    ordered.update({k: v for k, v in obj.items() if k not in ordered})
    obj.clear()
    obj.update(ordered)
    return end


def main(paths):
    for p in map(Path, paths):
        text = seed_text(p)
        data = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(data, list):
            pos = 0
            for obj in data:
                pos = fix_entity(obj, text, pos)
        else:
            raise SystemExit(f"{p}: policy objects are located with annotate_policy.py")
        p.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{p}: {len(data)} entities located")


if __name__ == "__main__":
    main(sys.argv[1:])
