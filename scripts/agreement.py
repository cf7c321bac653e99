#!/usr/bin/env python3
"""Agreement between two people who coded the policy instruments of the same
clauses (corpus/agreement/): each file is a JSON array of
``{"doc": ..., "clause_id": ..., "categories": ["supply", ...]}``.

Prints, over the clauses both coded:
- per category (supply, environment, demand): observed agreement and Cohen's
  kappa of the yes/no decision "this clause deploys an instrument of this
  category";
- pooled over clause x category decisions: observed agreement and kappa;
- exact agreement: clauses whose category sets are equal;
- F1 of coder B's (clause, category) pairs against coder A's (symmetric).

    python3 scripts/agreement.py corpus/agreement/coder_a.json corpus/agreement/coder_b.json
    python3 scripts/agreement.py corpus/dev corpus/agreement/coder_b.json

A directory in place of a file is read as the first coder's golden files
(``<doc>.policy.json``: the categories of each clause's ``instruments``), for the
clauses the other file codes.

The functions carry doctests: ``python3 -m doctest scripts/agreement.py``.
No third-party package is needed.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence

CATEGORIES = ("supply", "environment", "demand")


def kappa(a: Sequence[bool], b: Sequence[bool]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa of two yes/no codings.

    >>> kappa([True, True, False, False], [True, False, False, False])
    (0.75, 0.5)
    >>> kappa([True, False], [True, False])
    (1.0, 1.0)
    >>> kappa([True, True], [True, True])  # no variation: kappa is 1 by convention
    (1.0, 1.0)
    """
    n = len(a)
    if n == 0 or n != len(b):
        raise ValueError("two codings of the same non-empty list of items are needed")
    observed = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    if expected == 1:
        return observed, 1.0
    return observed, round((observed - expected) / (1 - expected), 6) + 0.0


def load(path: str) -> dict[tuple[str, str], set[str]]:
    """One coder's file as {(doc, clause_id): categories}; bad rows are errors."""
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    if not isinstance(rows, list):
        raise ValueError(f"{path}: expected a JSON array")
    out: dict[tuple[str, str], set[str]] = {}
    for i, row in enumerate(rows):
        try:
            key = (str(row["doc"]), str(row["clause_id"]))
            cats = set(row["categories"])
        except (KeyError, TypeError) as err:
            raise ValueError(f"{path}: row {i} lacks doc, clause_id or categories") from err
        unknown = cats - set(CATEGORIES)
        if unknown:
            raise ValueError(f"{path}: row {i}: unknown categories {sorted(unknown)}")
        if key in out:
            raise ValueError(f"{path}: row {i}: clause {key} coded twice")
        out[key] = cats
    return out


def load_golden(directory: str, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """The categories the golden ``<doc>.policy.json`` files of ``directory``
    give the clauses in ``wanted``; a missing file or clause is an error."""
    out: dict[tuple[str, str], set[str]] = {}
    by_doc: dict[str, dict[str, set[str]]] = {}
    for doc, clause in sorted(wanted):
        if doc not in by_doc:
            path = os.path.join(directory, f"{doc}.policy.json")
            with open(path, encoding="utf-8") as f:
                policy = json.load(f)
            by_doc[doc] = {
                c["id"]: {i["category"] for i in c.get("instruments", [])}
                for c in policy.get("clauses", [])
            }
        if clause not in by_doc[doc]:
            raise ValueError(f"{directory}: {doc} has no clause {clause!r}")
        out[(doc, clause)] = by_doc[doc][clause]
    return out


def agreement(a: dict[tuple[str, str], set[str]], b: dict[tuple[str, str], set[str]]) -> dict[str, object]:
    """The figures over the clauses both coded.

    >>> a = {("d", "1"): {"supply"}, ("d", "2"): {"demand", "supply"}, ("d", "3"): set()}
    >>> b = {("d", "1"): {"supply"}, ("d", "2"): {"supply"}, ("d", "3"): set(), ("d", "4"): {"supply"}}
    >>> r = agreement(a, b)
    >>> (r["clauses"], r["only_a"], r["only_b"], r["exact"], r["pair_f1"])
    (3, 0, 1, 0.666667, 0.8)
    >>> r["per_category"]["demand"]
    (0.666667, 0.0)
    """
    common = sorted(set(a) & set(b))
    if not common:
        raise ValueError("the two codings share no clause")
    per = {}
    for c in CATEGORIES:
        obs, k = kappa([c in a[x] for x in common], [c in b[x] for x in common])
        per[c] = (round(obs, 6), k)
    pooled_a = [c in a[x] for x in common for c in CATEGORIES]
    pooled_b = [c in b[x] for x in common for c in CATEGORIES]
    pooled_obs, pooled_k = kappa(pooled_a, pooled_b)
    pairs_a = {(x, c) for x in common for c in a[x]}
    pairs_b = {(x, c) for x in common for c in b[x]}
    both = len(pairs_a & pairs_b)
    f1 = 2 * both / (len(pairs_a) + len(pairs_b)) if pairs_a or pairs_b else 1.0
    return {
        "clauses": len(common),
        "only_a": len(set(a) - set(b)),
        "only_b": len(set(b) - set(a)),
        "per_category": per,
        "pooled": (round(pooled_obs, 6), pooled_k),
        "exact": round(sum(a[x] == b[x] for x in common) / len(common), 6),
        "pair_f1": round(f1, 6),
    }


def main(argv: Sequence[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: agreement.py CODER_A.json CODER_B.json", file=sys.stderr)
        return 2
    try:
        b = load(argv[1])
        a = load_golden(argv[0], set(b)) if os.path.isdir(argv[0]) else load(argv[0])
        r = agreement(a, b)
    except (OSError, ValueError) as err:
        print(f"agreement: {err}", file=sys.stderr)
        return 1
    print(f"clauses coded by both: {r['clauses']} (only A: {r['only_a']}, only B: {r['only_b']})")
    for c, (obs, k) in r["per_category"].items():  # type: ignore[attr-defined]
        print(f"  {c:<12} agreement {obs:.3f}  kappa {k:.3f}")
    obs, k = r["pooled"]  # type: ignore[misc]
    print(f"  pooled       agreement {obs:.3f}  kappa {k:.3f}  (clause x category decisions)")
    print(f"exact category sets: {r['exact']:.3f}   pair F1 (B against A): {r['pair_f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
