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

SPEC 2.1 keys (`form`, `attachment_form`, `level` are plain values, written by hand):

- `references` are located like the other lists, in text order;
- `effective[].until`, when not null, is located inside its parent like `date`;
- `responsible[].lead` is written by hand (the units marked 牵头, or the first unit
  where the document says 列第一位者为牵头单位, else []);
- `clauses` are DERIVED from the outline: one per leaf, in order; `id` the markers
  joined with `/`, `path` the titles from the top, the span from the leaf's heading
  through the text before the next heading (the last one stops at the issuer's
  signature when there is one after it, else at the end of the text), trailing blanks
  and line breaks cut; `responsible`/`targets` the indices of those items that lie
  inside the span. Only each clause's `instruments` are hand-written (kept from the
  file by clause `id`): `{"category", "tool", "cue": {"text"}}`, the cue located as its
  first occurrence inside the clause (`"_from"` in the cue skips ahead within it).

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
    "effective": ["date", "document", "until"],
    "outline": ["level", "marker", "number", "title", "children"],
    "responsible": ["units", "lead", "path"],
    "targets": ["deadline", "metric", "amount"],
    "frameworks": ["label", "count", "members", "members_match"],
    "bylines": ["outlet", "reporters", "correspondents", "photographers"],
    "issuer": ["name", "date"],
    "recipients": [],
    "references": ["title", "doc_number", "relation"],
}
TOP = ["heading", "titles", "doc_numbers", "effective", "outline", "responsible",
       "targets", "frameworks", "bylines", "issuer", "recipients", "form",
       "attachment_form", "level", "references", "clauses"]
CATEGORIES = {
    "supply": {"人才培养", "资金投入", "技术支持", "公共服务", "基础设施"},
    "environment": {"目标规划", "金融支持", "税收优惠", "法规管制", "策略性措施"},
    "demand": {"政府采购", "示范推广", "贸易管制", "服务外包", "消费激励"},
}
LEVELS = {"central", "provincial", "municipal", "county", None}
RELATIONS = {"basis", "issues", "replaces", "cites"}


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


def outline(nodes, text, pos, flat=None, chain=()):
    """Locate the tree in pre-order; append each heading's chain of nodes to flat."""
    out = []
    for node in nodes:
        pos = place(node, text, pos) + 1
        here = list(chain) + [node]
        if flat is not None:
            flat.append(here)
        kids, pos = outline(node.get("children", []), text, pos, flat, here)
        node["children"] = kids
        out.append(ordered(node, "outline"))
    return out, pos


def span_of(item, text, i):
    """Fill the four offsets of item (whose text starts at code point i)."""
    item["start"], item["end"] = i, i + len(item["text"])
    item["byte_start"] = len(text[:i].encode())
    item["byte_end"] = item["byte_start"] + len(item["text"].encode())


def clauses(obj, flat, text):
    """One clause per outline leaf (SPEC 2.1); instruments kept from the file by id."""
    hand = {c["id"]: c.get("instruments", []) for c in obj["clauses"]}
    if len(hand) != len(obj["clauses"]):
        raise SystemExit("two clauses share an id")
    starts = sorted(c[-1]["start"] for c in flat)
    stop = len(text)
    issuer = obj["issuer"]
    if issuer is not None and starts and issuer["start"] > starts[-1]:
        stop = issuer["start"]
    out = []
    for chain in flat:
        leaf = chain[-1]
        if leaf["children"]:
            continue
        cid = "/".join(n["marker"] for n in chain)
        lo = leaf["start"]
        later = [x for x in starts if x > lo]
        hi = later[0] if later and later[0] < stop else stop
        while hi > lo and text[hi - 1] in " \t\n\r\u3000\xa0":
            hi -= 1
        c = {"id": cid, "path": [n["title"] for n in chain], "text": text[lo:hi]}
        span_of(c, text, lo)
        c["responsible"] = [i for i, r in enumerate(obj["responsible"])
                            if lo <= r["start"] and r["end"] <= hi]
        c["targets"] = [i for i, t in enumerate(obj["targets"])
                        if lo <= t["start"] and t["end"] <= hi]
        ins = []
        for inst in hand.pop(cid, []):
            cat, tool = inst["category"], inst["tool"]
            if tool not in CATEGORIES.get(cat, ()):
                raise SystemExit(f"clause {cid}: {cat}/{tool} is not a category/tool pair")
            cue = inst["cue"]
            pos = lo
            skip = cue.pop("_from", None)
            if skip is not None:
                pos = text.find(skip, lo, hi)
                if pos < 0:
                    raise SystemExit(f"clause {cid}: _from {skip!r} not inside it")
            j = text.find(cue["text"], pos, hi)
            if j < 0:
                raise SystemExit(f"clause {cid}: cue {cue['text']!r} not inside it")
            cue = {"text": cue["text"]}
            span_of(cue, text, j)
            ins.append({"category": cat, "tool": tool, "cue": cue})
        c["instruments"] = ins
        out.append(c)
    if hand:
        raise SystemExit(f"instruments for clauses that are no outline leaf: {sorted(hand)}")
    return out


def main(paths):
    for p in map(Path, paths):
        text = seed_text(p)
        obj = json.loads(p.read_text(encoding="utf-8"))
        if not isinstance(obj, dict) or set(obj) != set(TOP):
            raise SystemExit(f"{p}: expected an object with exactly the keys {TOP}")
        counts = {}
        flat = []
        for key in TOP:
            val = obj[key]
            if key in ("heading", "form", "attachment_form", "level", "clauses"):
                continue
            if key == "outline":
                obj[key], _ = outline(val, text, 0, flat)
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
                if key == "effective":
                    for k in ("date", "until"):
                        if item[k] is not None:
                            nested(item[k], item, text, at_end=False)
                out.append(ordered(item, key))
            obj[key] = out
            counts[key] = len(out)
        obj["clauses"] = clauses(obj, flat, text)
        counts["clauses"] = len(obj["clauses"])
        counts["instruments"] = sum(len(c["instruments"]) for c in obj["clauses"])
        if obj["level"] not in LEVELS:
            raise SystemExit(f"{p}: unknown level {obj['level']!r}")
        for r in obj["references"]:
            if r["relation"] not in RELATIONS:
                raise SystemExit(f"{p}: unknown relation {r['relation']!r}")
        obj = {k: obj[k] for k in TOP}
        p.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{p}: located {counts}")


if __name__ == "__main__":
    main(sys.argv[1:])
