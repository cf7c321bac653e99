"""shuzi.spark on a real local Spark (local[2], Java from the system): a
Parquet file of the seeds repeated 1,000 times gives exactly the CLI's
entities, row for row on the first copy and in count overall."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shuzi

from conftest import LONG_COLUMNS, cli_long_rows, engines_required, need, read_seed, seed_paths

need("pyspark")
pa: Any = need("pyarrow")
pq: Any = need("pyarrow.parquet")
import shuzi.spark  # noqa: E402

COPIES = 1000
REF_DATE = "2026-06-02"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        if engines_required():
            pytest.fail("no java: install openjdk-17-jre-headless (scripts/test-python.sh does)")
        pytest.skip("no java")
    from pyspark.sql import SparkSession

    # The workers run this interpreter, which has shuzi installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("shuzi-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_seeds_repeated_equal_the_cli(spark: Any, cli: Path, tmp_path: Path) -> None:
    paths = seed_paths()
    texts = [read_seed(p) for p in paths]
    n = len(texts) * COPIES
    path = tmp_path / "seeds.parquet"
    table = pa.table(
        {
            "row": pa.array(range(n), pa.int64()),
            "seed": [paths[i % len(paths)].stem for i in range(n)],
            "body": [texts[i % len(texts)] for i in range(n)],
        }
    )
    pq.write_table(table, path, row_group_size=500)
    want = [cli_long_rows(cli, p, ref_date=REF_DATE) for p in paths]
    per_copy = sum(len(w) for w in want)
    assert per_copy > 100

    df = spark.read.parquet(str(path)).repartition(4)
    out = shuzi.spark.extract(df, "body", keys=["row", "seed"], ref_date=REF_DATE, batch_size=200)
    assert out.columns == ["row", "seed", *LONG_COLUMNS]
    assert out.count() == per_copy * COPIES

    per_row = {r["row"]: r["count"] for r in out.groupBy("row").count().collect()}
    assert per_row == {i: len(want[i % len(want)]) for i in range(n)}

    first = out.where(out.row < len(paths)).orderBy("row", "start").collect()
    got = [[tuple(r[c] for c in LONG_COLUMNS) for r in first if r["row"] == i] for i in range(len(paths))]
    assert got == want
    assert [r["seed"] for r in first] == [paths[r["row"]].stem for r in first]


def test_nulls_options_and_all_keys(spark: Any) -> None:
    df = spark.createDataFrame(
        [(1, "a", "营收2.96亿元，增长13.1%"), (2, "b", None), (3, "c", "196家")],
        "id long, tag string, text string",
    )
    out = shuzi.spark.extract(df, "text", kinds=["money", "count"])
    assert out.columns == ["id", "tag", *LONG_COLUMNS]
    rows = [(r["id"], r["tag"], r["kind"], r["text"], r["value"]) for r in out.orderBy("id").collect()]
    assert rows == [(1, "a", "money", "2.96亿元", 296000000.0), (3, "c", "count", "196家", 196.0)]
    with pytest.raises(shuzi.ShuziError):
        shuzi.spark.extract(df, "text", kinds=["moneys"])
    with pytest.raises(ValueError, match="batch_size"):
        shuzi.spark.extract(df, "text", batch_size=0)
