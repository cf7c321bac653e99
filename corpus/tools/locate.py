#!/usr/bin/env python3
"""Fill in the offsets of hand-written corpus annotations (never runs shuzi).

Usage:
    python3 corpus/tools/locate.py corpus/hand/<id>.policy.json [...]
    python3 corpus/tools/locate.py corpus/dev/<id>.policy.json [...]
    python3 corpus/tools/locate.py corpus/dev/<id>.entities.json [...]
    python3 corpus/tools/locate.py --check corpus/dev/*.json corpus/blind/*.json

A hand-written policy file may live in corpus/hand/ or, for a blind slice, in
corpus/blindN/hand/ (the annotator's source, kept for audit); the located object is then written to dev/ or blind/ beside the document, so
re-running from the hand file is always possible. The annotator writes what the text says; this script only LOCATES strings in the
document (`<id>.txt` beside the JSON) and derives bookkeeping that follows from the
hand-written items. It never extracts anything and never imports or runs shuzi.

Every item with a `text` gets `start`/`end` (code points, end exclusive) and
`byte_start`/`byte_end` (UTF-8 bytes). An item may carry `"_from": "<string>"` to skip
ahead (the search then starts at the first occurrence of that string after the
previous item) or `"_at": <int>` to pin the code point where the search starts; both
keys are removed.

Policy files (`*.policy.json`, SPEC 2 and 2.1):

- the items of each list are located in the order written, each after the previous
  item's start unless `_at`/`_from` says where to look (items of one list may overlap:
  several targets of one 到…年 sentence all start at the same 到), then sorted by
  (start, end); the outline tree is located in pre-order;
- nested entities (`targets[].amount`, `effective[].date`, `effective[].until`,
  `issuer.date`) are located inside their parent's span (an amount at the end of its
  target); numeric `value`/`high` are canonicalised and `normalized` is written;
- `responsible[].path`, when left out, is the markers of the deepest outline heading
  before the bracket; `lead` defaults to [];
- `clauses` are derived from the hand-written outline: one per leaf, in order, `id` the
  markers joined with `/`, `path` the titles from the top, the span from the leaf's
  heading through the text before the next heading (or before `_clauses_end`, a string
  marking where the last clause stops, usually the signature), trailing blanks cut;
  `responsible`/`targets` are the indices of those items inside the span. The
  annotator writes only `{"id": …, "instruments": [{"category", "tool", "cue": {"text"}}]}`
  entries (in any order); each cue is located inside its clause.

Entity files (`*.entities.json`, a JSON array) are located in order like
seeds/expected/annotate.py.

`--check` locates nothing: it verifies that every file is valid JSON with the expected
keys and that every span's `text` equals the document slice at its offsets (code points
and bytes).
"""
import json
import sys
from decimal import Decimal
from pathlib import Path

NUMERIC = {"number", "money", "percent", "count", "quantity", "duration", "ordinal"}
ENTITY_ORDER = ["kind", "text", "start", "end", "byte_start", "byte_end", "value",
                "normalized", "high", "bound", "exact", "unit", "unit_text", "currency",
                "plus_minus", "noun", "change", "year", "month", "day", "from", "to",
                "point", "resolved", "relative_years"]
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


class Fail(Exception):
    """A located string was not found, or a file breaks the format."""


CORPUS = Path(__file__).resolve().parent.parent
# the development set and every blind slice present (blind, blind4, …, blind11, …)
SPLITS = ["dev"] + sorted(d.name for d in CORPUS.iterdir() if d.is_dir() and d.name.startswith("blind"))


def txt_path(json_path: Path) -> Path:
    """The document of a JSON file: beside it, or (for corpus/hand/) in dev/ or blind/."""
    stem = json_path.name.split(".")[0]
    beside = json_path.parent / f"{stem}.txt"
    if beside.exists():
        return beside
    for split in SPLITS:
        cand = CORPUS / split / f"{stem}.txt"
        if cand.exists():
            return cand
    raise Fail(f"no document {stem}.txt beside {json_path} or in dev/ or blind/")


def doc_text(json_path: Path) -> str:
    raw = txt_path(json_path).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8")


def canon(v):
    d = Decimal(str(v))
    if d == d.to_integral_value():
        return str(int(d)), int(d)
    s = format(d.normalize(), "f")
    return s, float(s)


def set_span(item, text, i):
    t = item["text"]
    item["start"], item["end"] = i, i + len(t)
    item["byte_start"] = len(text[:i].encode())
    item["byte_end"] = item["byte_start"] + len(t.encode())


def place(item, text, pos, lo=0, hi=None):
    """Locate item["text"] at or after pos (inside [lo, hi) when given)."""
    if "text" not in item or not isinstance(item["text"], str) or not item["text"]:
        raise Fail(f"item without text: {item!r}")
    skip = item.pop("_from", None)
    at = item.pop("_at", None)
    if at is not None:
        pos = at
    if skip is not None:
        j = text.find(skip, pos)
        if j < 0:
            raise Fail(f"_from not found after {pos}: {skip!r}")
        pos = j
    hi = len(text) if hi is None else hi
    i = text.find(item["text"], max(pos, lo), hi)
    if i < 0:
        raise Fail(f"not found in [{max(pos, lo)}, {hi}): {item['text']!r}")
    set_span(item, text, i)
    return i


def fix_entity(ent, text, lo, hi, at_end=False):
    span = text[lo:hi]
    rel = span.rfind(ent["text"]) if at_end else span.find(ent["text"])
    if rel < 0:
        raise Fail(f"entity {ent['text']!r} not inside {span!r}")
    set_span(ent, text, lo + rel)
    if at_end and ent["end"] != hi:
        raise Fail(f"target {span!r} does not end with its amount {ent['text']!r}")
    if ent.get("kind") in NUMERIC and "value" in ent:
        ent["normalized"], ent["value"] = canon(ent["value"])
        if ent.get("high") is not None:
            ent["high"] = canon(ent["high"])[1]
    ordered = {k: ent[k] for k in ENTITY_ORDER if k in ent}
    ordered.update({k: v for k, v in ent.items() if k not in ordered})
    ent.clear()
    ent.update(ordered)


def ordered(item, key):
    keys = ITEM + FIELDS[key]
    missing = [k for k in FIELDS[key] if k not in item]
    if missing:
        raise Fail(f"{key} item {item.get('text')!r} lacks {missing}")
    extra = [k for k in item if k not in keys]
    if extra:
        raise Fail(f"{key} item {item.get('text')!r} has unknown keys {extra}")
    return {k: item[k] for k in keys}


def outline(nodes, text, pos, out_flat, chain):
    out = []
    for node in nodes:
        node.setdefault("children", [])
        pos = place(node, text, pos) + 1
        node_chain = chain + [node]
        out_flat.append(node_chain)
        kids, pos = outline(node["children"], text, pos, out_flat, node_chain)
        node["children"] = kids
        out.append(ordered(node, "outline"))
    return out, pos


def trim_end(text, lo, hi):
    while hi > lo and text[hi - 1] in " \t\n\r\u3000\xa0":
        hi -= 1
    return hi


def locate_policy(p: Path):
    text = doc_text(p)
    obj = json.loads(p.read_text(encoding="utf-8"))
    clauses_end = obj.pop("_clauses_end", None)
    obj.setdefault("attachment_form", None)
    obj.setdefault("frameworks", [])
    obj.setdefault("bylines", [])
    obj.setdefault("clauses", [])
    if set(obj) != set(TOP):
        raise Fail(f"expected exactly the keys {TOP}, got {sorted(obj)}")
    counts = {}
    flat = []
    obj["outline"], _ = outline(obj["outline"], text, 0, flat, [])
    for key in TOP:
        val = obj[key]
        if key in ("heading", "form", "attachment_form", "level", "outline", "clauses"):
            continue
        if key == "issuer":
            if val is not None:
                place(val, text, 0)
                if val["date"] is not None:
                    fix_entity(val["date"], text, val["start"], val["end"])
                obj[key] = ordered(val, key)
            continue
        pos, out = 0, []
        for item in val:
            pos = place(item, text, pos) + (0 if key == "targets" else 1)
            if key == "targets":
                fix_entity(item["amount"], text, item["start"], item["end"], at_end=True)
            if key == "effective":
                item.setdefault("until", None)
                for k in ("date", "until"):
                    if item[k] is not None:
                        # The end of validity follows the start date (the 3年
                        # of `自2023年1月1日起试行3年` is not the one in 2023年).
                        lo = item["start"]
                        if k == "until" and item["date"] is not None:
                            lo = item["date"]["end"]
                        fix_entity(item[k], text, lo, item["end"])
            if key == "responsible":
                item.setdefault("lead", [])
                if "path" not in item:
                    heads = [c for c in flat if c[-1]["start"] < item["start"]]
                    item["path"] = [n["marker"] for n in heads[-1]] if heads else []
            out.append(ordered(item, key))
        out.sort(key=lambda it: (it["start"], it["end"]))
        obj[key] = out
        counts[key] = len(out)
    # clauses: one per outline leaf
    leaves = [c for c in flat if not c[-1]["children"]]
    hand = {c["id"]: c for c in obj["clauses"]}
    if len(hand) != len(obj["clauses"]):
        raise Fail("two hand-written clauses share an id")
    stop = len(text)
    if clauses_end is not None:
        j = text.find(clauses_end, flat[-1][-1]["start"] if flat else 0)
        if j < 0:
            raise Fail(f"_clauses_end not found after the last heading: {clauses_end!r}")
        stop = j
    starts = sorted(c[-1]["start"] for c in flat)
    clauses = []
    for chain in leaves:
        leaf = chain[-1]
        cid = "/".join(n["marker"] for n in chain)
        lo = leaf["start"]
        later = [s for s in starts if s > lo]
        hi = min(later[0], stop) if later and later[0] < stop else stop
        hi = trim_end(text, lo, hi)
        c = {"id": cid, "path": [n["title"] for n in chain], "text": text[lo:hi]}
        set_span(c, text, lo)
        c["responsible"] = [i for i, r in enumerate(obj["responsible"])
                            if lo <= r["start"] and r["end"] <= hi]
        c["targets"] = [i for i, t in enumerate(obj["targets"])
                        if lo <= t["start"] and t["end"] <= hi]
        ins = []
        pos = lo
        for inst in hand.pop(cid, {}).get("instruments", []):
            cat, tool = inst.get("category"), inst.get("tool")
            if tool not in CATEGORIES.get(cat, ()):
                raise Fail(f"clause {cid}: {cat}/{tool} is not a category/tool pair")
            cue = inst["cue"]
            place(cue, text, pos, lo, hi)
            cue = {k: cue[k] for k in ITEM}
            ins.append({"category": cat, "tool": tool, "cue": cue})
        c["instruments"] = ins
        clauses.append(c)
    if hand:
        raise Fail(f"hand-written clauses with no outline leaf: {sorted(hand)}")
    obj["clauses"] = clauses
    counts["clauses"] = len(clauses)
    if obj["level"] not in LEVELS:
        raise Fail(f"unknown level {obj['level']!r}")
    for r in obj["references"]:
        if r["relation"] not in RELATIONS:
            raise Fail(f"unknown relation {r['relation']!r}")
    obj = {k: obj[k] for k in TOP}
    out = txt_path(p).with_name(p.name) if p.parent.name == "hand" else p
    out.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return counts


def locate_entities(p: Path):
    text = doc_text(p)
    data = json.loads(p.read_text(encoding="utf-8"))
    pos = 0
    for ent in data:
        at = ent.pop("_at", None)
        if at is not None:
            pos = at
        elif isinstance(ent.get("start"), int):
            pos = ent["start"]
        i = text.find(ent["text"], pos)
        if i < 0:
            raise Fail(f"not found after {pos}: {ent['text']!r}")
        fix_entity(ent, text, i, i + len(ent["text"]))
        pos = ent["end"]
    p.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {"entities": len(data)}


def walk_spans(node, found):
    if isinstance(node, dict):
        if "text" in node and "start" in node:
            found.append(node)
        for v in node.values():
            walk_spans(v, found)
    elif isinstance(node, list):
        for v in node:
            walk_spans(v, found)


def check(p: Path):
    text = doc_text(p)
    data = json.loads(p.read_text(encoding="utf-8"))
    if p.name.endswith(".policy.json") and list(data) != TOP:
        raise Fail(f"keys are {list(data)}, expected {TOP}")
    spans = []
    walk_spans(data, spans)
    b = text.encode()
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"]:
            raise Fail(f"code point slice {s['start']}:{s['end']} != {s['text']!r}")
        if b[s["byte_start"]:s["byte_end"]].decode() != s["text"]:
            raise Fail(f"byte slice {s['byte_start']}:{s['byte_end']} != {s['text']!r}")
    return {"spans": len(spans)}


def main(args):
    mode_check = "--check" in args
    paths = [Path(a) for a in args if a != "--check"]
    bad = 0
    for p in paths:
        try:
            if mode_check:
                res = check(p)
            elif p.name.endswith(".policy.json"):
                res = locate_policy(p)
            else:
                res = locate_entities(p)
            print(f"{p}: ok {res}")
        except (Fail, json.JSONDecodeError, KeyError, TypeError) as e:
            bad += 1
            print(f"{p}: ERROR {type(e).__name__}: {e}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
