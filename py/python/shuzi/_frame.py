"""``to_frame``: entities (or texts to extract from) as a pandas DataFrame."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Union

from shuzi._shuzi import Entity

if TYPE_CHECKING:
    import pandas

#: The columns, in order; ``doc`` comes first when there are several texts.
COLUMNS = (
    "kind",
    "text",
    "start",
    "end",
    "byte_start",
    "byte_end",
    "value",
    "normalized",
    "high",
    "bound",
    "exact",
    "unit",
    "unit_text",
    "currency",
    "plus_minus",
    "noun",
    "change_direction",
    "change_basis",
    "change_trigger",
    "year",
    "month",
    "day",
    "from",
    "to",
    "point",
    "resolved",
    "relative_years",
)

_FLOAT = ("value", "high")
_INT = ("year", "month", "day", "relative_years")

_Data = Union[str, Iterable[Entity], Iterable[str], Iterable[Iterable[Entity]]]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as err:
        raise ImportError(
            'shuzi.to_frame needs pandas; install it with: pip install "shuzi[pandas]"'
        ) from err
    return pandas


def _row(e: Entity) -> dict[str, Any]:
    c = e.change
    return {
        "kind": e.kind,
        "text": e.text,
        "start": e.start,
        "end": e.end,
        "byte_start": e.byte_start,
        "byte_end": e.byte_end,
        "value": e.value,
        "normalized": e.normalized,
        "high": e.high,
        "bound": e.bound,
        "exact": e.exact,
        "unit": e.unit,
        "unit_text": e.unit_text,
        "currency": e.currency,
        "plus_minus": e.plus_minus,
        "noun": e.noun,
        "change_direction": None if c is None else c.direction,
        "change_basis": None if c is None else c.basis,
        "change_trigger": None if c is None else c.trigger,
        "year": e.year,
        "month": e.month,
        "day": e.day,
        "from": e.from_,
        "to": e.to,
        "point": e.point,
        "resolved": e.resolved,
        "relative_years": e.relative_years,
    }


def to_frame(
    data: _Data,
    *,
    kinds: str | Iterable[str] | None = None,
    ref_date: datetime.date | str | None = None,
) -> pandas.DataFrame:
    """A pandas DataFrame with one row per entity and the columns ``COLUMNS``.

    ``data`` is one of:

    - the entities of one text (``shuzi.extract(...)``, any iterable of
      ``Entity``): one row per entity;
    - a text or an iterable of texts: they are extracted (with ``kinds`` and
      ``ref_date``, several threads) and a first column ``doc`` gives the
      index of the text each entity came from;
    - the result of ``Extractor.extract_many`` (an iterable of lists of
      entities): also with a ``doc`` column.

    ``change`` is spread over ``change_direction``, ``change_basis`` and
    ``change_trigger``; ``from_`` is the column ``from``. ``value`` and
    ``high`` are floats (NaN when absent), ``year``, ``month``, ``day`` and
    ``relative_years`` nullable integers.

    Needs pandas (``pip install "shuzi[pandas]"``).

    >>> df = to_frame(["营收2.96亿元", "引进项目196家"], kinds=["money", "count"])
    >>> df[["doc", "kind", "text", "value"]].values.tolist()
    [[0, 'money', '2.96亿元', 296000000.0], [1, 'count', '196家', 196.0]]
    """
    pd = _pandas()
    from shuzi import Extractor

    items: list[Any] = [data] if isinstance(data, str) else list(data)
    texts = all(isinstance(x, str) for x in items)
    if (kinds is not None or ref_date is not None) and not (texts and items):
        raise TypeError("kinds and ref_date apply only when to_frame is given texts")
    rows: list[dict[str, Any]] = []
    with_doc = False
    if items and texts:
        with_doc = True
        docs = Extractor(kinds=kinds, ref_date=ref_date).extract_many(items)
        for i, doc in enumerate(docs):
            rows.extend({"doc": i, **_row(e)} for e in doc)
    elif all(isinstance(x, Entity) for x in items):
        rows = [_row(e) for e in items]
    elif all(not isinstance(x, (str, Entity)) for x in items):
        with_doc = True
        for i, doc in enumerate(items):
            for e in doc:
                if not isinstance(e, Entity):
                    raise TypeError(
                        f"to_frame got a list holding {type(e).__name__}; expected shuzi.Entity"
                    )
                rows.append({"doc": i, **_row(e)})
    else:
        raise TypeError(
            "to_frame takes texts, entities, or lists of entities, not a mixture"
        )
    columns = (["doc"] if with_doc else []) + list(COLUMNS)
    frame = pd.DataFrame.from_records(rows, columns=columns)
    for name in _FLOAT:
        frame[name] = frame[name].astype("float64")
    for name in _INT:
        frame[name] = frame[name].astype("Int64")
    return frame
