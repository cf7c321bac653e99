"""Polars integration (``pip install "shuzi[polars]"``; tested with Polars 2.1).

Importing this module registers the ``shuzi`` expression namespace::

    >>> import polars as pl
    >>> import shuzi.polars
    >>> df = pl.DataFrame({"id": [1, 2], "text": ["营收2.96亿元，增长13.1%", "无"]})
    >>> out = df.with_columns(ents=pl.col("text").shuzi.extract(kinds=["money", "percent"]))
    >>> [[e["text"] for e in row] for row in out["ents"].to_list()]
    [['2.96亿元', '13.1%'], []]

``pl.col(...).shuzi.extract()`` gives one ``List[Struct]`` per row (one
struct per entity, the fields of ``shuzi.extract_arrow`` without ``doc``);
it is elementwise, so it runs in lazy and streaming queries such as
``pl.scan_parquet(...).with_columns(...)``. ``extract_frame`` gives the long
table, one row per entity, beside the row's other columns.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import polars as pl

from shuzi._arrow import _pyarrow, extract_table
from shuzi._shuzi import Extractor as _NativeExtractor

__all__ = ["ENTITY", "ShuziNamespace", "extract_frame"]

#: The struct of one entity (``List(ENTITY)`` is the expression's dtype).
ENTITY = pl.Struct(
    [
        pl.Field("kind", pl.String),
        pl.Field("text", pl.String),
        pl.Field("start", pl.Int64),
        pl.Field("end", pl.Int64),
        pl.Field("value", pl.Float64),
        pl.Field("normalized", pl.String),
        pl.Field("high", pl.Float64),
        pl.Field("bound", pl.String),
        pl.Field("unit", pl.String),
        pl.Field("currency", pl.String),
        pl.Field("change_direction", pl.String),
        pl.Field("change_basis", pl.String),
        pl.Field("year", pl.Int32),
        pl.Field("month", pl.Int32),
        pl.Field("day", pl.Int32),
        pl.Field("from", pl.String),
        pl.Field("to", pl.String),
    ]
)


def _entity_lists(texts: pl.Series, native: _NativeExtractor, threads: int | None) -> pl.Series:
    """One list of entity structs per text; a null text gives a null list."""
    pa = _pyarrow()
    n = len(texts)
    table = extract_table(native, texts, threads, stacklevel=4).combine_chunks()
    doc = pl.Series(table.column("doc").combine_chunks())
    # The table is sorted by doc: row i's entities start where doc >= i.
    offsets = doc.search_sorted(pl.arange(0, n + 1, eager=True).cast(pl.Int64), side="left")
    fields = [table.column(f.name).combine_chunks() for f in ENTITY.fields]
    structs = pa.StructArray.from_arrays(fields, names=[f.name for f in ENTITY.fields])
    mask = texts.is_null().to_arrow()
    lists = pa.ListArray.from_arrays(
        pa.array(offsets.to_list(), pa.int32()), structs, mask=mask
    )
    return pl.Series(texts.name, lists, dtype=pl.List(ENTITY))


@pl.api.register_expr_namespace("shuzi")
class ShuziNamespace:
    """``pl.col("text").shuzi``: shuzi's extraction as Polars expressions."""

    def __init__(self, expr: pl.Expr) -> None:
        self._expr = expr

    def extract(
        self,
        *,
        kinds: str | Iterable[str] | None = None,
        ref_date: datetime.date | str | None = None,
        threads: int | None = None,
    ) -> pl.Expr:
        """The entities of each text as a ``List[Struct]`` (fields: ``ENTITY``),
        in text order; a null text gives null. Options as in
        ``shuzi.extract_arrow``; they are checked here, before the query runs.
        """
        native = _NativeExtractor(kinds=kinds, ref_date=ref_date)
        return self._expr.map_batches(
            lambda s: _entity_lists(s, native, threads),
            return_dtype=pl.List(ENTITY),
            is_elementwise=True,
        )


def extract_frame(
    df: pl.DataFrame,
    column: str,
    *,
    kinds: str | Iterable[str] | None = None,
    ref_date: datetime.date | str | None = None,
    threads: int | None = None,
) -> pl.DataFrame:
    """The long table of ``df[column]``: one row per entity, with ``doc``
    (the row's index in ``df``), the row's other columns, then the entity's
    fields (``shuzi.extract_arrow``'s columns), in row and text order. Rows
    without entities (and null texts) do not appear.

    >>> df = pl.DataFrame({"id": ["a", "b"], "text": ["196家", "5家和6家"]})
    >>> extract_frame(df, "text").select("doc", "id", "text", "value").rows()
    [(0, 'a', '196家', 196.0), (1, 'b', '5家', 5.0), (1, 'b', '6家', 6.0)]
    """
    native = _NativeExtractor(kinds=kinds, ref_date=ref_date)
    table = extract_table(native, df.get_column(column), threads, stacklevel=2)
    found = pl.DataFrame(table)
    others = df.drop(column).with_row_index("doc").with_columns(pl.col("doc").cast(pl.Int64))
    clash = [c for c in others.columns if c != "doc" and c in found.columns]
    if clash:
        raise ValueError(
            f"extract_frame: the columns {clash} would clash with the entity columns; rename them"
        )
    joined = found.join(others, on="doc", how="left", maintain_order="left")
    return joined.select("doc", *[c for c in others.columns if c != "doc"], *found.columns[1:])
