"""``extract_arrow``: the entities of many texts as one long ``pyarrow.Table``.

The Rust core builds Arrow record batches on worker threads (GIL released)
and hands them over through the Arrow C stream interface: no Python object
per entity, no JSON. Polars (``shuzi.polars``) and Spark (``shuzi.spark``)
are built on this function.
"""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

from shuzi._shuzi import FACT_COLUMNS as _FACT_COLUMNS
from shuzi._shuzi import LONG_COLUMNS as _LONG_COLUMNS
from shuzi._shuzi import Extractor as _NativeExtractor

if TYPE_CHECKING:
    import pyarrow

#: The long table's columns, in order (the core's list).
COLUMNS: tuple[str, ...] = _LONG_COLUMNS


class BadRowWarning(UserWarning):
    """A row of ``extract_arrow``'s input that could not be read (not a str,
    or a str with a lone surrogate). ``row`` is its index; the row has no
    entities in the table and every other row is kept.
    """

    def __init__(self, row: int, reason: str) -> None:
        super().__init__(f"row {row}: {reason}")
        self.row = row
        self.reason = reason


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as err:
        raise ImportError(
            'shuzi.extract_arrow needs pyarrow; install it with: pip install "shuzi[arrow]"'
        ) from err
    return pyarrow


def _rows(texts: Any) -> Sequence[Any]:
    """The texts as a Python sequence: a pyarrow (chunked) array, a Polars
    or pandas Series become a list (nulls stay None); a list or tuple is used
    as it is."""
    if isinstance(texts, (list, tuple)):
        return texts
    to_pylist = getattr(texts, "to_pylist", None)
    if callable(to_pylist):  # pyarrow Array / ChunkedArray
        return list(to_pylist())
    to_list = getattr(texts, "to_list", None)
    if callable(to_list):  # polars / pandas Series
        return list(to_list())
    if isinstance(texts, Iterable) and not isinstance(texts, (str, bytes)):
        return list(texts)
    return cast(Sequence[Any], texts)  # the native side words the TypeError


def extract_table(
    native: _NativeExtractor,
    texts: Any,
    threads: int | None,
    stacklevel: int,
    facts: bool = False,
) -> pyarrow.Table:
    """The long table (entities, or facts when ``facts``) of ``texts`` with
    ``native``; one ``BadRowWarning`` per bad row."""
    pa = _pyarrow()
    build = native.facts_arrow if facts else native.extract_arrow
    stream, bad = build(_rows(texts), threads=threads)
    for row, reason in bad:
        warnings.warn(BadRowWarning(row, reason), stacklevel=stacklevel + 1)
    return pa.table(stream)


def extract_arrow(
    texts: Iterable[str | None] | pyarrow.Array | pyarrow.ChunkedArray,
    *,
    kinds: str | Iterable[str] | None = None,
    ref_date: datetime.date | str | None = None,
    threads: int | None = None,
) -> pyarrow.Table:
    """The entities of every text as one long ``pyarrow.Table``, one row per
    entity, in input and text order.

    ``texts``: a sequence of str (or a pyarrow string array, chunked array,
    Polars or pandas Series); None/null rows are skipped. ``doc`` is the row
    index of the text an entity came from; the other columns are ``kind``,
    ``text``, ``start``/``end`` (code points), ``value`` (float64),
    ``normalized`` (exact decimal text, or a date's ISO text), ``high``,
    ``bound``, ``unit``, ``currency``, ``change_direction``, ``change_basis``,
    ``year``/``month``/``day`` (dates), ``from``/``to`` (periods): the same
    facts as ``shuzi.extract``'s ``Entity`` attributes.

    The texts are shared among ``threads`` threads (default: all cores) with
    the GIL released. A row that is not a str, or holds a lone surrogate,
    does not stop the batch: it gets no entities and a ``BadRowWarning``
    naming its index (turn it into an error with ``warnings.simplefilter(
    "error", shuzi.BadRowWarning)``).

    >>> t = extract_arrow(["营收2.96亿元", None, "增长13.1%"], threads=2)
    >>> t.select(["doc", "kind", "text", "value"]).to_pylist()[1]
    {'doc': 2, 'kind': 'percent', 'text': '13.1%', 'value': 13.1}
    """
    native = _NativeExtractor(kinds=kinds, ref_date=ref_date)
    return extract_table(native, texts, threads, stacklevel=2)


#: The facts table's columns, in order (``facts_frame``'s, as Arrow; the core's list).
FACT_COLUMNS: tuple[str, ...] = _FACT_COLUMNS


def facts_arrow(
    texts: Iterable[str | None] | pyarrow.Array | pyarrow.ChunkedArray,
    *,
    ref_date: datetime.date | str | None = None,
    threads: int | None = None,
) -> pyarrow.Table:
    """The indicator facts (SPEC 4) of every text as one ``pyarrow.Table``,
    one row per fact: ``doc`` (the text's row index) then the columns of
    ``shuzi.facts_frame`` (``FACT_COLUMNS``), offsets in code points. Built
    like ``extract_arrow`` (threads, GIL released, nulls skipped, bad rows
    reported with ``BadRowWarning``).

    >>> t = facts_arrow(["全市营业收入3.2亿元，同比增长12%。", None, "引进项目196个。"])
    >>> t.select(["doc", "metric", "figure", "measure"]).to_pylist()[2]
    {'doc': 2, 'metric': '引进项目', 'figure': '196个', 'measure': 'level'}
    """
    native = _NativeExtractor(ref_date=ref_date)
    return extract_table(native, texts, threads, stacklevel=2, facts=True)
