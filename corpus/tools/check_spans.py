#!/usr/bin/env python3
"""Check the corpus goldens against their texts (never runs the extractor).

Usage: python3 corpus/tools/check_spans.py [corpus/dev/<id>.entities.json ...]
(no argument: every *.entities.json and *.facts.json under corpus/dev and corpus/blind)

For every entity and every span of a fact (figure, metric, subject, time, whole) the
written `text` must equal the document slice at `start:end` (code points) and at
`byte_start:byte_end` (UTF-8); `normalized` must be the canonical decimal of `value`;
entities must be in text order and must not overlap; each fact's figure and time must
be entities of the same document. A constructed metric is checked by its written part
only (its `text` is the built name). Exit status 1 on any failure, listing them all.
"""
import json
import sys
from decimal import Decimal
from pathlib import Path


def canon(v):
    d = Decimal(str(v))
    return str(int(d)) if d == d.to_integral_value() else format(d.normalize(), "f")


def check_span(text, raw, obj, where, errs, constructed=False):
    s, e = obj["start"], obj["end"]
    bs, be = obj["byte_start"], obj["byte_end"]
    piece = text[s:e]
    if raw[bs:be].decode("utf-8", errors="replace") != piece:
        errs.append(f"{where}: bytes {bs}:{be} do not match code points {s}:{e}")
    if not constructed and piece != obj["text"]:
        errs.append(f"{where}: text {obj['text']!r} but slice {s}:{e} is {piece!r}")


def check_file(path, errs):
    doc = path.name.split(".")[0]
    txt = path.parent / f"{doc}.txt"
    raw = txt.read_bytes()
    text = raw.decode("utf-8")
    data = json.loads(path.read_text(encoding="utf-8"))
    if path.name.endswith(".entities.json"):
        prev_end = 0
        for i, ent in enumerate(data):
            where = f"{path.name}[{i}] {ent['text']!r}"
            check_span(text, raw, ent, where, errs)
            if ent["start"] < prev_end:
                errs.append(f"{where}: overlaps or is out of order")
            prev_end = ent["end"]
            if "value" in ent and ent["kind"] not in ("date",):
                if ent.get("normalized") != canon(ent["value"]):
                    errs.append(f"{where}: normalized {ent.get('normalized')!r} != {ent['value']!r}")
        return len(data)
    ents = json.loads((path.parent / f"{doc}.entities.json").read_text(encoding="utf-8"))
    keyed = {(e["start"], e["end"]): e for e in ents}
    for i, fact in enumerate(data):
        where = f"{path.name}[{i}] {fact['figure']['text']!r}"
        for key in ("figure", "time"):
            if fact[key] is not None:
                check_span(text, raw, fact[key], f"{where}.{key}", errs)
                if keyed.get((fact[key]["start"], fact[key]["end"])) != fact[key]:
                    errs.append(f"{where}.{key}: not an entity of {doc}")
        for key in ("metric", "subject", "whole"):
            if fact[key] is not None:
                check_span(text, raw, fact[key], f"{where}.{key}", errs,
                           constructed=bool(fact[key].get("constructed")))
        if fact["measure"] not in ("level", "change", "share", "rank"):
            errs.append(f"{where}: measure {fact['measure']!r}")
        if fact["status"] not in ("actual", "target", "forecast"):
            errs.append(f"{where}: status {fact['status']!r}")
    return len(data)


def main(args):
    root = Path(__file__).resolve().parent.parent
    # the development set and every blind slice present
    SPLITS = ["dev"] + sorted(d.name for d in root.iterdir() if d.is_dir() and d.name.startswith("blind"))
    paths = [Path(a) for a in args] or sorted(
        p for d in SPLITS for p in (root / d).glob("*.json")
        if p.name.endswith((".entities.json", ".facts.json")))
    errs = []
    for p in paths:
        if not p.name.endswith((".entities.json", ".facts.json")):
            print(f"{p.name}: skipped (policy files are checked by locate.py --check)")
            continue
        n = check_file(p, errs)
        print(f"{p.name}: {n} checked")
    for e in errs:
        print("FAIL", e)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
