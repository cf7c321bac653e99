#!/usr/bin/env python3
"""Build `<seed>.facts.json` from the hand-written `facts/<seed>.facts.ann` (SPEC 4).

Usage: python3 seeds/expected/annotate_facts.py [seed ...]     (default: every .ann)
       python3 seeds/expected/annotate_facts.py --check         (check every facts.json)

The annotator reads the seed against SPEC section 4 and writes one line per fact.
This script only LOCATES strings and copies entity objects; it never decides what a
fact is and never imports or runs the extractor.

Line format (fields split like a shell line):

  N key=value ...      a fact whose figure is entity N (0-based) of <seed>.numeric.json
  # comment

Keys (a missing span key means null):
  m=TEXT   metric; looked up backwards: the last occurrence ending at or before the
           figure's start (`TEXT>` looks forward from the figure's end; `TEXT@K`
           takes the occurrence starting at code point K)
  mc=BUILT a constructed metric: `text` is BUILT, offsets are those of m
  s=TEXT   subject; looked up backwards from the metric's start (or the figure's),
           same `>` / `@K` suffixes
  w=TEXT   whole (share), looked up like the metric
  t=TEXT   time: the date/period entity of <seed>.time.json with that text, the last
           one starting before the figure (`TEXT>`: the first one after it,
           `TEXT@K` or `@K`: the one starting at K, for a text with line breaks)
  ms=l|c|s|r  measure level/change/share/rank (default l)
  st=a|t|f    status actual/target/forecast (default a)

Every figure entity except durations, dates, periods and non-rank ordinals must have a
fact; the script fails on a missing or doubled figure unless the ordinal is listed in
a `skip N ...` line (ordinals that are not ranks).
"""
import json
import shlex
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent
FACT_KINDS = {"number", "money", "percent", "count", "quantity", "ordinal"}
MEASURE = {"l": "level", "c": "change", "s": "share", "r": "rank"}
STATUS = {"a": "actual", "t": "target", "f": "forecast"}
TIME_KEYS = ["kind", "text", "start", "end", "byte_start", "byte_end", "value", "year",
             "month", "day", "from", "to", "point", "resolved", "relative_years"]


def seed_text(seed):
    raw = (SEEDS / f"{seed}.txt").read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8")


def span(text, s, e, constructed=None):
    out = {"text": text[s:e], "start": s, "end": e,
           "byte_start": len(text[:s].encode()), "byte_end": len(text[:e].encode())}
    if constructed is not None:
        out["constructed"] = constructed
    return out


def find(text, spec, before, after, what):
    """Locate spec (with > / @K suffixes); return (start, end)."""
    if "@" in spec:
        word, k = spec.rsplit("@", 1)
        k = int(k)
        if text[k:k + len(word)] != word:
            raise ValueError(f"{what} {word!r} is not at {k}")
        return k, k + len(word)
    if spec.endswith(">"):
        word = spec[:-1]
        i = text.find(word, after)
    else:
        word = spec
        i = text.rfind(word, 0, before)
        if i >= 0 and i + len(word) > before:
            i = text.rfind(word, 0, before - len(word) + 1)
    if i < 0:
        raise ValueError(f"{what} {word!r} not found near {before}")
    return i, i + len(word)


def build(seed):
    text = seed_text(seed)
    ents = json.loads((HERE / f"{seed}.numeric.json").read_text(encoding="utf-8"))
    times = json.loads((HERE / f"{seed}.time.json").read_text(encoding="utf-8"))
    lines = (HERE / "facts" / f"{seed}.facts.ann").read_text(encoding="utf-8").splitlines()
    facts, seen, skip = [], set(), set()
    for ln, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = shlex.split(line)
        try:
            if parts[0] == "skip":
                skip.update(int(x) for x in parts[1:])
                continue
            n = int(parts[0])
            kv = dict(p.split("=", 1) for p in parts[1:])
            unknown = set(kv) - {"m", "mc", "s", "w", "t", "ms", "st"}
            if unknown:
                raise ValueError(f"unknown keys {sorted(unknown)}")
            fig = ents[n]
            if fig["kind"] not in FACT_KINDS:
                raise ValueError(f"entity {n} is a {fig['kind']}, not a figure")
            if n in seen:
                raise ValueError(f"entity {n} has two facts")
            seen.add(n)
            fs, fe = fig["start"], fig["end"]
            metric = None
            if "m" in kv:
                ms_, me_ = find(text, kv["m"], fs, fe, "metric")
                metric = span(text, ms_, me_, "mc" in kv)
                if "mc" in kv:
                    metric["text"] = kv["mc"]
            subject = None
            if "s" in kv:
                anchor = metric["start"] if metric else fs
                ss, se = find(text, kv["s"], anchor, fe, "subject")
                subject = span(text, ss, se)
            whole = None
            if "w" in kv:
                ws, we = find(text, kv["w"], fs, fe, "whole")
                whole = span(text, ws, we)
            time = None
            if "t" in kv:
                spec = kv["t"]
                if "@" in spec:
                    word, k = spec.rsplit("@", 1)
                    cands = [e for e in times if e["start"] == int(k)
                             and (not word or e["text"] == word)]
                elif spec.endswith(">"):
                    word = spec[:-1]
                    cands = [e for e in times if e["text"] == word and e["start"] >= fe][:1]
                else:
                    word = spec
                    cands = [e for e in times if e["text"] == word and e["start"] < fs][-1:]
                if not cands:
                    raise ValueError(f"time {spec!r} not found")
                time = {k: cands[0][k] for k in TIME_KEYS if k in cands[0]}
            facts.append({
                "figure": fig, "metric": metric, "subject": subject, "time": time,
                "measure": MEASURE[kv.get("ms", "l")], "whole": whole,
                "status": STATUS[kv.get("st", "a")],
            })
        except (ValueError, KeyError, IndexError) as err:
            raise SystemExit(f"{seed}.facts.ann:{ln}: {err}")
    for i, e in enumerate(ents):
        if e["kind"] in FACT_KINDS and i not in seen and i not in skip:
            raise SystemExit(f"{seed}: entity {i} {e['text']!r} has no fact and no skip")
        if i in skip and e["kind"] != "ordinal":
            raise SystemExit(f"{seed}: only ordinals may be skipped, not {i} {e['text']!r}")
    facts.sort(key=lambda f: f["figure"]["start"])
    out = HERE / f"{seed}.facts.json"
    out.write_text(json.dumps(facts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out.name}: {len(facts)} facts")


def check(path):
    """Every span of a facts file equals the text slice (code points and bytes)."""
    seed = path.name.split(".")[0]
    text = seed_text(seed)
    raw = text.encode()
    bad = 0
    facts = json.loads(path.read_text(encoding="utf-8"))
    for f in facts:
        for key in ("figure", "metric", "subject", "time", "whole"):
            sp = f[key]
            if sp is None:
                continue
            piece = text[sp["start"]:sp["end"]]
            bpiece = raw[sp["byte_start"]:sp["byte_end"]].decode()
            want = piece
            if key == "metric" and sp.get("constructed"):
                want = sp["text"] if sp["text"] == piece else piece
            if piece != bpiece or (not (key == "metric" and sp.get("constructed"))
                                   and piece != sp["text"]):
                print(f"{path.name}: {key} {sp['text']!r} != slice {piece!r}/{bpiece!r}")
                bad += 1
    print(f"{path.name}: {len(facts)} facts, {bad} bad spans")
    return bad


if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["--check"]:
        sys.exit(1 if sum(check(p) for p in sorted(HERE.glob("*.facts.json"))) else 0)
    seeds = args or sorted(p.name.split(".")[0] for p in (HERE / "facts").glob("*.facts.ann"))
    for s in seeds:
        build(s)
