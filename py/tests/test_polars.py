"""shuzi.polars: the expression and extract_frame give exactly the CLI's
entities on the seeds (rows derived from the CLI's JSON), in eager, lazy and
scan_parquet queries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shuzi

from conftest import LONG_COLUMNS, cli_long_rows, need, read_seed, seed_paths

pl: Any = need("polars")
need("pyarrow")
import shuzi.polars  # noqa: E402  (registers the namespace)

REF_DATE = "2026-06-02"


@pytest.fixture(scope="module")
def want(cli: Path) -> list[list[tuple[object, ...]]]:
    return [cli_long_rows(cli, p, ref_date=REF_DATE) for p in seed_paths()]


def seeds_frame() -> Any:
    texts = [read_seed(p) for p in seed_paths()]
    return pl.DataFrame({"id": [p.stem for p in seed_paths()], "body": texts})


def struct_rows(lists: list[list[dict[str, object]] | None]) -> list[list[tuple[object, ...]]]:
    return [[tuple(e[c] for c in LONG_COLUMNS) for e in row or []] for row in lists]


def test_polars_version_is_the_tested_one() -> None:
    # The extra pins this major version; the README says which was tested.
    assert pl.__version__.split(".")[0] == "2"


def test_expression_equals_the_cli(want: list[list[tuple[object, ...]]]) -> None:
    df = seeds_frame()
    out = df.with_columns(ents=pl.col("body").shuzi.extract(ref_date=REF_DATE))
    assert out.schema["ents"] == pl.List(shuzi.polars.ENTITY)
    assert struct_rows(out["ents"].to_list()) == want
    assert sum(len(w) for w in want) > 100


def test_lazy_scan_parquet_pipeline(tmp_path: Path, want: list[list[tuple[object, ...]]]) -> None:
    path = tmp_path / "docs.parquet"
    seeds_frame().write_parquet(path)
    q = (
        pl.scan_parquet(path)
        .with_columns(ents=pl.col("body").shuzi.extract(ref_date=REF_DATE))
        .select("id", "ents")
        .explode("ents")
        .unnest("ents")
        .filter(pl.col("kind").is_not_null())
    )
    got = q.collect()
    flat = [row for rows in want for row in rows]
    assert [tuple(r[c] for c in LONG_COLUMNS) for r in got.iter_rows(named=True)] == flat
    ids = [p.stem for p, rows in zip(seed_paths(), want) for _ in rows]
    assert got["id"].to_list() == ids


def test_nulls_and_empty_texts() -> None:
    df = pl.DataFrame({"t": ["196家", None, "无", "5家和6家"]})
    out = df.select(n=pl.col("t").shuzi.extract(kinds="count").list.len())
    assert out["n"].to_list() == [1, None, 0, 2]


def test_bad_options_fail_when_the_expression_is_built() -> None:
    with pytest.raises(shuzi.ShuziError):
        pl.col("t").shuzi.extract(kinds=["moneys"])
    with pytest.raises(shuzi.ShuziError):
        pl.col("t").shuzi.extract(ref_date="2026-13-01")


def test_extract_frame_joins_the_other_columns(want: list[list[tuple[object, ...]]]) -> None:
    df = seeds_frame().with_columns(n=pl.int_range(pl.len()))
    long = shuzi.polars.extract_frame(df, "body", ref_date=REF_DATE)
    assert long.columns == ["doc", "id", "n", *LONG_COLUMNS]
    flat = [row for rows in want for row in rows]
    assert [tuple(r[c] for c in LONG_COLUMNS) for r in long.iter_rows(named=True)] == flat
    docs = [i for i, rows in enumerate(want) for _ in rows]
    assert long["doc"].to_list() == docs
    assert long["n"].to_list() == docs
    assert long["id"].to_list() == [seed_paths()[i].stem for i in docs]


def test_extract_frame_refuses_clashing_columns() -> None:
    df = pl.DataFrame({"kind": ["a"], "t": ["196家"]})
    with pytest.raises(ValueError, match="clash"):
        shuzi.polars.extract_frame(df, "t")


def test_docstring_examples() -> None:
    import doctest

    result = doctest.testmod(shuzi.polars)
    assert result.attempted > 0
    assert result.failed == 0
