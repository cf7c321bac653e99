#!/usr/bin/env python3
"""Fill in offsets of a hand-written policy object (`<seed>.policy.json`).

Usage: python3 seeds/expected/annotate_policy.py seeds/expected/<seed>.policy.json [...]

The file is the `shuzi policy` object of SPEC section 2, written by reading the seed.
Like annotate.py this script only LOCATES strings; it never extracts anything:

- every ITEM gets `start`/`end` (code points, end exclusive) and
  `byte_start`/`byte_end` (UTF-8 bytes) of its `text`;
- the items of one list are located in text order, each after the previous item's
  START (spans of one list may nest or overlap: several targets of one 到…年 sentence
  all start at the same 到);
- an item may carry `"_from": "<string>"` to skip ahead: the search then starts at the
  first occurrence of that string after the previous item (the key is removed);
- the `outline` tree is located in document order (pre-order: a heading, then its
  children), each heading after the previous heading;
- nested entities are located inside their parent's span: `targets[].amount` must end
  where the target ends (the span runs to the end of the amount), `effective[].date`
  and `issuer.date` are the first occurrence inside the parent. Their numeric `value`
  and `normalized` are canonicalised exactly as annotate.py does.

Keys are written in the order of seeds/expected/README.md.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import fix_entity, seed_text  # noqa: E402  (only locates, never extracts)

ITEM = ["text", "start", "end", "byte_start", "byte_end"]
FIELDS = {
    "titles": ["name", "doc_type", "trial", "alias"],
    "doc_numbers": ["prefix", "year", "serial"],
    "effective": ["date", "document"],
    "outline": ["level", "marker", "number", "title", "children"],
    "responsible": ["units", "path"],
    "targets": ["deadline", "metric", "amount"],
    "frameworks": ["label", "count", "members", "members_match"],
    "bylines": ["outlet", "reporters", "correspondents", "photographers"],
    "issuer": ["name", "date"],
    "recipients": [],
}
TOP = ["heading", "titles", "doc_numbers", "effective", "outline", "responsible",
       "targets", "frameworks", "bylines", "issuer", "recipients"]


def place(item, text, pos):
    """Locate item["text"] at or after pos; fill the four offsets."""
    t = item["text"]
    skip = item.pop("_from", None)
    if skip is not None:
        j = text.find(skip, pos)
        if j < 0:
            raise SystemExit(f"_from not found after {pos}: {skip!r}")
        pos = j
    i = text.find(t, pos)
    if i < 0:
        raise SystemExit(f"not found after {pos}: {t!r}")
    item["start"], item["end"] = i, i + len(t)
    item["byte_start"] = len(text[:i].encode())
    item["byte_end"] = item["byte_start"] + len(t.encode())
    return i


def nested(entity, parent, text, at_end):
    """Locate an entity inside the parent's span (at its end when at_end)."""
    span = text[parent["start"]:parent["end"]]
    rel = span.rfind(entity["text"]) if at_end else span.find(entity["text"])
    if rel < 0:
        raise SystemExit(f"{entity['text']!r} not inside {parent['text']!r}")
    fix_entity(entity, text, parent["start"] + rel)
    if entity["start"] != parent["start"] + rel:
        raise SystemExit(f"{entity['text']!r} located outside its parent")
    if at_end and entity["end"] != parent["end"]:
        raise SystemExit(f"target {parent['text']!r} does not end with its amount")


def ordered(item, key):
    keys = ITEM + FIELDS[key]
    missing = [k for k in FIELDS[key] if k not in item]
    if missing:
        raise SystemExit(f"{key} item {item.get('text')!r} lacks {missing}")
    extra = [k for k in item if k not in keys]
    if extra:
        raise SystemExit(f"{key} item {item.get('text')!r} has unknown keys {extra}")
    return {k: item[k] for k in keys}


def outline(nodes, text, pos):
    out = []
    for node in nodes:
        pos = place(node, text, pos) + 1
        kids, pos = outline(node.get("children", []), text, pos)
        node["children"] = kids
        out.append(ordered(node, "outline"))
    return out, pos


def main(paths):
    for p in map(Path, paths):
        text = seed_text(p)
        obj = json.loads(p.read_text(encoding="utf-8"))
        if not isinstance(obj, dict) or set(obj) != set(TOP):
            raise SystemExit(f"{p}: expected an object with exactly the keys {TOP}")
        counts = {}
        for key in TOP:
            val = obj[key]
            if key == "heading":
                continue
            if key == "outline":
                obj[key], _ = outline(val, text, 0)
                continue
            if key == "issuer":
                if val is not None:
                    place(val, text, 0)
                    if val["date"] is not None:
                        nested(val["date"], val, text, at_end=False)
                    obj[key] = ordered(val, key)
                continue
            pos, out = 0, []
            for item in val:
                pos = place(item, text, pos) + (0 if key == "targets" else 1)
                if key == "targets":
                    nested(item["amount"], item, text, at_end=True)
                if key == "effective" and item["date"] is not None:
                    nested(item["date"], item, text, at_end=False)
                out.append(ordered(item, key))
            obj[key] = out
            counts[key] = len(out)
        obj = {k: obj[k] for k in TOP}
        p.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{p}: located {counts}")


if __name__ == "__main__":
    main(sys.argv[1:])
