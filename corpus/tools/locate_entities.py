#!/usr/bin/env python3
"""Turn hand-written annotations into the corpus golden JSON, filling offsets only.

Usage: python3 corpus/tools/locate_entities.py [--table] corpus/ann/<id>.ann [...]
(--table prints every located entity with its values, for the annotator to check;
--check writes nothing and fails when a golden on disk differs from what its .ann gives,
so that a golden corrected by hand is corrected in its .ann too)

An annotator reads `<split>/<id>.txt` against the format reference and writes one line
per entity (and one per fact) in `corpus/ann/<id>.ann`; this script never decides
what is an entity. It locates each written `text` in the document, searching forward
from the end of the previous entity, and writes `<id>.entities.json` and
`<id>.facts.json` next to the text with `start`/`end` (code points, end exclusive),
`byte_start`/`byte_end` (UTF-8), and `normalized` (the canonical decimal string of the
value). The value is the annotator's `v=` when given; otherwise it is read from the
written figure (Arabic digits with 万/亿/千/百 magnitudes) and the annotator checks
the printed table. Likewise a plain written date (`2018年12月29日`, `二〇一九年三月`,
`2025年底`) gets its year/month/day/value/point from its text unless `val=` is given,
and a count without `u=` gets the measure word that follows its figure. A document
with no fact lines gets no facts file. It never imports or runs the extractor.

Line format (fields split like a shell line, so a text with a space is quoted):

  KIND TEXT [key=value ...]          an entity, in text order
  F FIGURE [key=value ...]           a fact whose figure is the next entity with that text
  # comment

Entity keys: v (value), hi (high), b (bound), u (unit), ut (unit_text), cur (currency),
ch (direction,basis,trigger; basis `-` is null), noun, pm (plus_minus: `true`
by default when the text starts with ±, `false` to drop it), exact (`false` for a value
that is not exact, 1/3), at (pin the start offset),
date: val y m d point rel; period: from to rel.
Fact keys: m (metric; `BUILT@WRITTEN` for a constructed metric), s (subject), t (time:
the text of a date/period entity, `TEXT#N` for its N-th
entity counted from 0), w (whole), ms (measure), st (status). A span is
looked up backwards from the figure (a subject from the metric); append `@>` to look
forward instead, or `~N` to take the N-th occurrence (from 0) in the whole text.
"""
import json
import re
import shlex
import sys
from decimal import Decimal
from pathlib import Path

NUMERIC = {"number", "money", "percent", "count", "quantity", "duration", "ordinal"}
ORDER = ["kind", "text", "start", "end", "byte_start", "byte_end", "value", "normalized",
         "high", "bound", "exact", "unit", "unit_text", "currency", "plus_minus", "noun",
         "change", "year", "month", "day", "from", "to", "point", "resolved",
         "relative_years"]
MAG = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
CURRENCY = {"元": "CNY", "美元": "USD", "港元": "HKD", "欧元": "EUR", "日元": "JPY", "英镑": "GBP"}


def canon(v):
    d = Decimal(str(v))
    if d == d.to_integral_value():
        return str(int(d)), int(d)
    s = format(d.normalize(), "f")
    return s, float(s)


def read_value(text):
    """The first Arabic figure of `text` times the magnitude words right after it."""
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*([十百千万亿]*)", text)
    if not m:
        raise ValueError(f"no Arabic figure in {text!r}: give v=")
    d = Decimal(m.group(1).replace(",", ""))
    mags = m.group(2)
    rest = text[m.end():]
    if mags and mags[-1] == "千" and rest[:1] in ("米", "克", "瓦", "伏"):
        mags = mags[:-1]  # 千米 千克 千瓦 千伏安 are units, not a thousand
    for ch in mags:
        d *= MAG[ch]
    return d


def default_bound(text):
    if re.search(r"左右|上下|^约|^大约", text):
        return "approx"
    if re.search(r"以上$|^不少于|^不低于|^至少", text):
        return "at_least"
    if re.search(r"以内$|以下$|^不超过|^最多", text):
        return "at_most"
    if re.search(r"^不到|^不足|^近", text):
        return "less_than"
    if re.search(r"^超过?|^逾|^过|\d[余多]|[万亿千百][余多]", text):
        return "more_than"
    return "exact"


CN = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
      "七": 7, "八": 8, "九": 9, "十": 10}


def small_int(s):
    """An Arabic or a simple Chinese integer below 100 (年月日 parts): 12, 十二, 二〇一八."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return int("".join(str(CN[c]) for c in s))


def auto_date(t):
    """Year, month, day written in `t` (only the plain YYYY年M月D日 shapes); None if other."""
    d = "[0-9〇零一二两三四五六七八九十]"
    m = re.fullmatch(rf"(?:({d}{{4}})年)?(?:({d}{{1,3}})月(?:份)?)?(?:({d}{{1,3}})[日号])?(底|末)?(度|初)?", t)
    if not m or not any(m.group(i) for i in (1, 2, 3)):
        return None
    y, mo, dd = (small_int(g) if g else None for g in m.groups()[:3])
    # ISO 8601 of what is known (SPEC 1.4): 2024-05-31, --05-28 (no year), --10, ---19 (a day alone)
    if y:
        val = f"{y:04d}" + (f"-{mo:02d}" if mo else "") + (f"-{dd:02d}" if dd else "")
    elif mo:
        val = f"--{mo:02d}" + (f"-{dd:02d}" if dd else "")
    else:
        val = f"---{dd:02d}"
    return val, y, mo, dd, ("end" if m.group(4) else None)


def span(text, start, t):
    return {"text": t, "start": start, "end": start + len(t),
            "byte_start": len(text[:start].encode()),
            "byte_end": len(text[:start].encode()) + len(t.encode())}


def build_entity(kind, t, kv, text, pos):
    start = int(kv.pop("at")) if "at" in kv else text.find(t, pos)
    if start < 0 or text[start:start + len(t)] != t:
        raise SystemExit(f"not found after {pos}: {t!r}")
    e = {"kind": kind, **span(text, start, t)}
    if kind in NUMERIC:
        v = Decimal(kv["v"]) if "v" in kv else read_value(t)
        e["normalized"], e["value"] = canon(v)
        if "hi" in kv:
            e["high"] = canon(Decimal(kv["hi"]))[1]
        e["bound"] = kv.get("b", default_bound(t))
        if "exact" in kv:  # exact=false: a value that is not exact (1/3 → 0.333…)
            e["exact"] = {"true": True, "false": False}[kv["exact"]]
        if kind == "percent":
            e["unit"] = kv.get("u", "pp" if "百分点" in t else "‰" if "‰" in t or "千分点" in t else "%")
        elif kind == "money":
            u = kv.get("u") or next(c for c in ("美元", "港元", "欧元", "日元", "英镑", "元") if c in t)
            e["unit"], e["currency"] = u, kv["cur"] if "cur" in kv else CURRENCY[u]
        elif "u" in kv:
            e["unit"] = kv["u"]
        elif kind == "count":  # the measure word right after the figure and its magnitudes
            m = re.search(r"[0-9０-９.,一二两三四五六七八九十百千万亿余多]+([^0-9０-９.,一二两三四五六七八九十百千万亿余多])", t)
            e["unit"] = m.group(1)
        if "ut" in kv:
            e["unit_text"] = kv["ut"]
        if kv.get("pm", "true" if t.startswith("±") else "false") == "true":
            e["plus_minus"] = True  # pm=true: a tolerance (the default after a leading ±)
        if "noun" in kv:
            e["noun"] = kv["noun"]
        if "ch" in kv:
            d, b, tr = kv["ch"].split(",")
            e["change"] = {"direction": d, "basis": None if b == "-" else b, "trigger": tr}
    elif kind == "date":
        auto = None if "val" in kv or "rel" in kv else auto_date(t)
        if auto:  # plain written date: fields read from the text, checked in the table
            val, y, mo, dd, point = auto
            kv.setdefault("val", val)
            for k, f in (("y", y), ("m", mo), ("d", dd)):
                if f is not None:
                    kv.setdefault(k, str(f))
            if point:
                kv.setdefault("point", point)
        e["value"] = kv.get("val")
        for k, f in (("y", "year"), ("m", "month"), ("d", "day")):
            e[f] = int(kv[k]) if k in kv else None
        if "point" in kv:
            e["point"] = kv["point"]
        if "rel" in kv:
            e["relative_years"] = int(kv["rel"])
    elif kind == "period":
        e["from"] = None if kv.get("from", "-") == "-" else kv["from"]
        e["to"] = None if kv.get("to", "-") == "-" else kv["to"]
        if "rel" in kv:
            e["relative_years"] = int(kv["rel"])
    else:
        raise SystemExit(f"unknown kind {kind!r}")
    return {k: e[k] for k in ORDER if k in e}


def find_back(text, t, before):
    if "~" in t:  # pinned: the N-th occurrence (from 0) in the whole text
        t, nth = t.split("~")
        i = -1
        for _ in range(int(nth) + 1):
            i = text.find(t, i + 1)
        if i < 0:
            raise SystemExit(f"span {t!r} has no occurrence {nth}")
        return span(text, i, t)
    forward = t.endswith("@>")
    t = t[:-2] if forward else t
    i = text.find(t, before) if forward else text.rfind(t, 0, before)
    if i < 0:
        raise SystemExit(f"span {t!r} not found {'after' if forward else 'before'} {before}")
    return span(text, i, t)


def build_fact(fig_text, kv, text, entities, cursor):
    idx = next((i for i in range(cursor, len(entities)) if entities[i]["text"] == fig_text), None)
    if idx is None:
        raise SystemExit(f"fact figure {fig_text!r} is no entity after index {cursor}")
    fig = entities[idx]
    at = fig["start"]
    metric = None
    if kv.get("m", "-") != "-":
        m = kv["m"]
        if "@" in m and not m.endswith("@>"):
            built, written = m.split("@", 1)
            metric = {**find_back(text, written, at), "constructed": True}
            metric["text"] = built
        else:
            metric = {**find_back(text, m, at), "constructed": False}
    # the subject is the nearest before the metric (SPEC 4), so never inside it
    before = metric["start"] if metric and metric["start"] < at else at
    subject = find_back(text, kv["s"], before) if kv.get("s", "-") != "-" else None
    whole = find_back(text, kv["w"], at) if kv.get("w", "-") != "-" else None
    time = None
    if kv.get("t", "-") != "-":
        t = kv["t"]
        nth = None
        if "#" in t:
            t, nth = t.split("#")
        forward = t.endswith("@>")
        t = t[:-2] if forward else t
        cands = [e for e in entities if e["kind"] in ("date", "period") and e["text"] == t
                 and (nth is not None or (e["start"] > at if forward else e["start"] < at))]
        if not cands:
            raise SystemExit(f"time {t!r} is no date/period entity before {fig_text!r}")
        time = cands[int(nth)] if nth is not None else cands[0] if forward else cands[-1]
    measure = kv.get("ms", "change" if "change" in fig else "level")
    fact = {"figure": fig, "metric": metric, "subject": subject, "time": time,
            "measure": measure, "whole": whole, "status": kv.get("st", "actual")}
    return fact, idx + 1


def main(args):
    flags = [a for a in args if a.startswith("--")]
    paths = [a for a in args if not a.startswith("--")]
    root = Path(__file__).resolve().parent.parent
    stale = []
    for p in map(Path, paths):
        doc = p.stem
        txt = next(root.glob(f"*/{doc}.txt"))
        text = txt.read_text(encoding="utf-8")
        entities, facts, pos, cursor = [], [], 0, 0
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                parts = shlex.split(line)
            except ValueError as err:
                raise SystemExit(f"{p}:{n}: {err}")
            kind, t, rest = parts[0], parts[1], parts[2:]
            kv = dict(x.split("=", 1) for x in rest)
            if kind == "F":
                f, cursor = build_fact(t, kv, text, entities, cursor)
                facts.append(f)
            else:
                e = build_entity(kind, t, kv, text, pos)
                entities.append(e)
                pos = e["end"]
        facts.sort(key=lambda f: f["figure"]["start"])
        out = txt.with_suffix("")
        if "--check" in flags:  # compare with the goldens on disk, write nothing
            for name, got in (("entities", entities), ("facts", facts)):
                path = Path(f"{out}.{name}.json")
                have = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
                if have != got:
                    diffs = [g for g in got if g not in have] + [h for h in have if h not in got]
                    first = diffs[0].get("text", diffs[0].get("figure", {}).get("text")) if diffs else "order"
                    print(f"{p}: {path.name} differs from its .ann ({len(diffs)} records, first {first!r})")
                    stale.append(doc)
            continue
        Path(f"{out}.entities.json").write_text(
            json.dumps(entities, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if facts:  # documents without annotated facts get no facts file
            Path(f"{out}.facts.json").write_text(
                json.dumps(facts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{doc}: {len(entities)} entities, {len(facts)} facts")
        if "--table" in flags:  # the annotator checks every value read by the script
            for e in entities:
                extra = {k: e[k] for k in ("value", "high", "bound", "unit", "noun", "change",
                                           "from", "to", "point", "relative_years") if k in e}
                print(f"  {e['start']:5} {e['kind']:8} {e['text']:<16} {extra}")
    if stale:
        raise SystemExit(f"{len(stale)} golden file(s) no longer follow their .ann: fix the .ann")


if __name__ == "__main__":
    main(sys.argv[1:])
