"""``clauses_frame``: the clause tables of policy documents as one pandas
DataFrame, and the cue tables ``parse_policy(instruments=...)`` takes."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Union

from shuzi.policy import Policy

if TYPE_CHECKING:
    import pandas

#: The instrument categories, in the order of the coding scheme.
CATEGORIES = ("supply", "environment", "demand")

#: The columns of ``clauses_frame``, in order.
CLAUSE_COLUMNS = (
    "doc",
    "id",
    "path",
    "text",
    "start",
    "end",
    "units",
    "targets",
    "supply",
    "environment",
    "demand",
    "cues",
)

#: A cue table: a path to a TSV file (cue, category, tool per line), or a
#: mapping of cue word to ``(category, tool)``.
Instruments = Union[str, "os.PathLike[str]", Mapping[str, "tuple[str, str]"]]


def instrument_table(instruments: Instruments) -> str:
    """The TSV text of a cue table given as a path or a mapping.

    >>> instrument_table({"数字消费券": ("demand", "消费激励")})
    '数字消费券\\tdemand\\t消费激励\\n'
    """
    if isinstance(instruments, (str, os.PathLike)):
        with open(instruments, encoding="utf-8") as f:
            return f.read()
    if not isinstance(instruments, Mapping):
        raise TypeError(
            "instruments must be a path or a mapping of cue to (category, tool), "
            f"not {type(instruments).__name__}"
        )
    lines = []
    for cue, value in instruments.items():
        if not isinstance(cue, str) or not isinstance(value, (tuple, list)) or len(value) != 2:
            raise TypeError(f"instruments[{cue!r}] must be a (category, tool) tuple of str")
        category, tool = value
        if not isinstance(category, str) or not isinstance(tool, str):
            raise TypeError(f"instruments[{cue!r}] must be a (category, tool) tuple of str")
        for part in (cue, category, tool):
            if "\t" in part or "\n" in part:
                raise ValueError(f"instruments[{cue!r}]: no tabs or line breaks allowed")
        lines.append(f"{cue}\t{category}\t{tool}\n")
    return "".join(lines)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as err:
        raise ImportError(
            'shuzi.clauses_frame needs pandas; install it with: pip install "shuzi[pandas]"'
        ) from err
    return pandas


def _rows(doc: Any, policy: Policy) -> list[dict[str, Any]]:
    rows = []
    responsible = policy["responsible"]
    targets = policy["targets"]
    for c in policy["clauses"]:
        units = [u for i in c["responsible"] for u in responsible[i]["units"]]
        goals = [f'{targets[i]["metric"]} {targets[i]["amount"]["text"]}' for i in c["targets"]]
        row: dict[str, Any] = {
            "doc": doc,
            "id": c["id"],
            "path": list(c["path"]),
            "text": c["text"],
            "start": c["start"],
            "end": c["end"],
            "units": units,
            "targets": goals,
        }
        for category in CATEGORIES:
            row[category] = [i["tool"] for i in c["instruments"] if i["category"] == category]
        row["cues"] = [f'{i["tool"]}={i["cue"]["text"]}' for i in c["instruments"]]
        rows.append(row)
    return rows


def clauses_frame(
    docs: Mapping[Any, Policy] | Iterable[Policy],
) -> pandas.DataFrame:
    """The clause tables of ``docs`` as one DataFrame, one row per clause,
    columns ``CLAUSE_COLUMNS``, for a researcher to confirm or correct.

    ``docs`` is a mapping of document name to ``parse_policy`` result (the
    name goes to ``doc``), or an iterable of results (``doc`` is the
    position). ``units`` are the responsible units of the clause's
    责任单位 brackets, ``targets`` ``"metric amount"`` strings, ``supply``,
    ``environment`` and ``demand`` the candidate tools of that category,
    ``cues`` ``"tool=cue"`` strings: every list column holds Python lists.

    Needs pandas (``pip install "shuzi[pandas]"``).

    >>> from shuzi import parse_policy
    >>> p = parse_policy("一、措施\\n（一）设立专项资金，给予贷款贴息。（责任单位：市财政局）\\n")
    >>> df = clauses_frame({"a.txt": p})
    >>> df[["doc", "id", "units", "supply", "environment"]].values.tolist()
    [['a.txt', '一、/（一）', ['市财政局'], ['资金投入'], ['金融支持']]]
    """
    pd = _pandas()
    if isinstance(docs, Mapping):
        items: Iterable[tuple[Any, Policy]] = docs.items()
    elif isinstance(docs, (str, bytes)):
        raise TypeError("clauses_frame takes parse_policy results, not a text")
    else:
        items = enumerate(docs)
    rows: list[dict[str, Any]] = []
    for doc, policy in items:
        if not isinstance(policy, dict) or "clauses" not in policy:
            raise TypeError(
                f"clauses_frame: document {doc!r} is not a parse_policy result "
                f"(got {type(policy).__name__})"
            )
        rows.extend(_rows(doc, policy))
    return pd.DataFrame.from_records(rows, columns=list(CLAUSE_COLUMNS))
