"""Spark integration (``pip install pyspark``; tested with PySpark 4.3).

``extract(df, "text")`` adds shuzi's entities to a Spark DataFrame: each
executor runs ``shuzi.extract_arrow`` on the Arrow batches Spark hands it
(``DataFrame.mapInArrow``), so no row goes through Python objects. The
result is the long table: one row per entity, with the input's key columns
first, then the entity's fields (``shuzi.extract_arrow``'s columns without
``doc``). Every executor needs shuzi installed (the README's "Millions of
documents" section shows how to ship it).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, cast

from shuzi._shuzi import Extractor as _NativeExtractor

if TYPE_CHECKING:
    import pyarrow
    from pyspark.sql import DataFrame

__all__ = ["ENTITY_DDL", "extract"]

#: The entity columns in Spark's DDL (after the key columns).
ENTITY_DDL = (
    "kind string, text string, start bigint, `end` bigint, value double, "
    "normalized string, high double, bound string, unit string, currency string, "
    "change_direction string, change_basis string, year int, month int, day int, "
    "`from` string, `to` string"
)


def _batches(
    batches: Iterator[pyarrow.RecordBatch],
    column: str,
    keys: Sequence[str],
    kinds: Sequence[str] | None,
    ref_date: str | None,
    threads: int,
) -> Iterator[pyarrow.RecordBatch]:
    """Runs on the executors: the long table of each batch, keys first."""
    import pyarrow as pa

    from shuzi._arrow import extract_table

    native = _NativeExtractor(kinds=kinds, ref_date=ref_date)
    for batch in batches:
        table = extract_table(native, batch.column(column), threads, stacklevel=2)
        doc = table.column("doc")
        picked = pa.Table.from_batches([batch.select(list(keys))]).take(doc)
        out = pa.Table.from_arrays(
            picked.columns + table.columns[1:],
            names=list(keys) + table.column_names[1:],
        )
        yield from out.to_batches()


def extract(
    df: DataFrame,
    column: str,
    *,
    keys: Iterable[str] | None = None,
    kinds: str | Iterable[str] | None = None,
    ref_date: datetime.date | str | None = None,
    batch_size: int | None = None,
    threads: int = 1,
) -> DataFrame:
    """The long table of ``df[column]`` as a Spark DataFrame: one row per
    entity, the ``keys`` columns (default: every column but ``column``) then
    ``kind``, ``text``, ``start``, ``end``, ``value``, ``normalized``,
    ``high``, ``bound``, ``unit``, ``currency``, ``change_direction``,
    ``change_basis``, ``year``, ``month``, ``day``, ``from``, ``to``.

    ``batch_size`` sets how many rows Spark hands each Python call
    (``spark.sql.execution.arrow.maxRecordsPerBatch`` on the session, so
    it applies to the session's later Arrow jobs too); ``threads`` is the
    threads per task (Spark already runs one task per core). Null texts give
    no rows. Options are checked here, on the driver.
    """
    from pyspark.sql.types import StructType

    native = _NativeExtractor(kinds=kinds, ref_date=ref_date)  # fails early on bad options
    kinds_list = list(native.kinds)
    ref_text = native.ref_date
    if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
        raise ValueError(f"threads must be a positive int, not {threads!r}")
    key_list = [c for c in df.columns if c != column] if keys is None else list(keys)
    if column in key_list:
        raise ValueError(f"the text column {column!r} cannot also be a key")
    if batch_size is not None:
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive int, not {batch_size!r}")
        df.sparkSession.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(batch_size))
    entity = cast(StructType, StructType.fromDDL(ENTITY_DDL))
    clash = [k for k in key_list if k in entity.fieldNames()]
    if clash:
        raise ValueError(f"the key columns {clash} clash with the entity columns; rename them")
    schema = StructType([df.schema[k] for k in key_list] + list(entity.fields))

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        return _batches(batches, column, key_list, kinds_list, ref_text, threads)

    return df.select(*key_list, column).mapInArrow(run, schema)
