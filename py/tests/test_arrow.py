"""extract_arrow: the long table equals the CLI's JSON on every seed (rows
derived from the JSON keys, conftest.long_row), for any number of threads;
bad rows are reported by index and never stop the others."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
import shuzi

from conftest import LONG_COLUMNS, cli_long_rows, need, read_seed, seed_paths

pa: Any = need("pyarrow")

REF_DATE = "2026-06-02"


def table_rows(table: Any) -> list[tuple[object, ...]]:
    cols = [table.column(c).to_pylist() for c in ("doc", *LONG_COLUMNS)]
    return list(zip(*cols))


def test_schema_names_and_types() -> None:
    t = shuzi.extract_arrow([])
    assert t.num_rows == 0
    assert t.column_names == ["doc", *LONG_COLUMNS]
    assert t.schema.field("doc").type == pa.int64()
    assert t.schema.field("value").type == pa.float64()
    assert t.schema.field("year").type == pa.int32()
    assert t.schema.field("normalized").type == pa.string()
    assert not t.schema.field("text").nullable


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_seeds_equal_the_cli(cli: Path, threads: int) -> None:
    paths = seed_paths()
    texts = [read_seed(p) for p in paths]
    want = [
        (doc, *row)
        for doc, path in enumerate(paths)
        for row in cli_long_rows(cli, path, ref_date=REF_DATE)
    ]
    assert len(want) > 100
    got = table_rows(shuzi.extract_arrow(texts, ref_date=REF_DATE, threads=threads))
    assert got == want


def test_many_copies_keep_doc_order() -> None:
    texts = [read_seed(p) for p in seed_paths()] * 40
    one = shuzi.extract_arrow(texts, threads=1)
    two = shuzi.extract_arrow(texts, threads=2)
    assert one.equals(two)
    per_doc = [len(shuzi.extract(t)) for t in texts]
    docs = one.column("doc").to_pylist()
    assert docs == sorted(docs)
    assert [docs.count(i) for i in range(len(texts))] == per_doc


def test_matches_entity_attributes_of_extract() -> None:
    text = "约10亿至20亿美元，同比下降0.5个百分点，2023年前三季度，5月28日"
    t = shuzi.extract_arrow([text])
    got = table_rows(t)
    want = [
        (
            0,
            e.kind,
            e.text,
            e.start,
            e.end,
            e.value,
            e.normalized,
            e.high,
            e.bound,
            e.unit,
            e.currency,
            None if e.change is None else e.change.direction,
            None if e.change is None else e.change.basis,
            e.year,
            e.month,
            e.day,
            e.from_,
            e.to,
        )
        for e in shuzi.extract(text)
    ]
    assert got == want
    assert [r[1] for r in got] == ["money", "percent", "period", "date"]
    assert got[0][5:9] == (1e9, "1000000000", 2e9, "approx")


def test_kinds_and_extractor_method() -> None:
    texts = ["营收2.96亿元，增长13.1%，196家", "无"]
    t = shuzi.extract_arrow(texts, kinds=["money", "count"])
    assert t.column("text").to_pylist() == ["2.96亿元", "196家"]
    ex = shuzi.Extractor(kinds="percent")
    assert ex.extract_arrow(texts).column("value").to_pylist() == [13.1]
    with pytest.raises(shuzi.ShuziError):
        shuzi.extract_arrow(texts, kinds=["moneys"])


def test_pyarrow_arrays_with_nulls() -> None:
    arr = pa.array(["196家", None, "5家和6家"])
    t = shuzi.extract_arrow(arr)
    assert t.column("doc").to_pylist() == [0, 2, 2]
    chunked = pa.chunked_array([["196家", None], ["5家和6家"]], type=pa.large_string())
    assert shuzi.extract_arrow(chunked).equals(t)


def test_bad_rows_warn_with_their_index_and_keep_the_rest() -> None:
    texts: list[Any] = ["196家", None, 42, "x\ud800y 7家", b"8\xe5\xae\xb6", "5家"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        t = shuzi.extract_arrow(texts, threads=2)
    assert t.column("doc").to_pylist() == [0, 5]
    assert t.column("text").to_pylist() == ["196家", "5家"]
    bad = [w.message for w in caught if isinstance(w.message, shuzi.BadRowWarning)]
    assert [(b.row, b.reason) for b in bad] == [
        (2, "not a str but int"),
        (3, "texts[3] is not valid unicode: lone surrogate at index 1"),
        (4, "not a str but bytes"),
    ]
    assert all(w.filename == __file__ for w in caught)


def test_bad_row_as_error_on_request() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", shuzi.BadRowWarning)
        with pytest.raises(shuzi.BadRowWarning, match="row 1: not a str but int"):
            shuzi.extract_arrow(["5家", 1])


def test_wrong_container_and_threads() -> None:
    with pytest.raises(TypeError):
        shuzi.extract_arrow("196家")
    with pytest.raises(shuzi.ShuziError):
        shuzi.extract_arrow(["196家"], threads=0)


def test_cli_parquet_is_the_same_long_table(cli: Path, tmp_path: Path) -> None:
    import subprocess

    pq: Any = need("pyarrow.parquet")
    paths = seed_paths()
    missing = tmp_path / "missing.txt"
    out = tmp_path / "ents.parquet"
    args = [str(cli), "extract", "--format", "parquet", "-o", str(out), "--ref-date", REF_DATE]
    run = subprocess.run(
        [*args, "--threads", "2", str(paths[0]), str(missing), *map(str, paths[1:])],
        capture_output=True,
        text=True,
    )
    # The missing input is reported (status 1); every other file is written.
    assert run.returncode == 1
    assert "missing.txt" in run.stderr
    got = pq.read_table(out)
    assert got.column_names == ["doc", "file", *LONG_COLUMNS]
    texts = [read_seed(p) for p in paths]
    want = shuzi.extract_arrow(texts, ref_date=REF_DATE, threads=1)
    # doc counts the inputs on the command line, the missing one included.
    docs = [d if d == 0 else d + 1 for d in want.column("doc").to_pylist()]
    assert got.column("doc").to_pylist() == docs
    labels = [str(paths[d]) for d in want.column("doc").to_pylist()]
    assert got.column("file").to_pylist() == labels
    assert got.drop(["doc", "file"]).equals(want.drop(["doc"]))


def test_cli_parquet_usage_errors(cli: Path, tmp_path: Path) -> None:
    import subprocess

    seed = str(seed_paths()[0])
    no_output = subprocess.run(
        [str(cli), "extract", "--format", "parquet", seed], capture_output=True, text=True
    )
    assert no_output.returncode == 2
    assert "needs -o FILE" in no_output.stderr
    wrong_format = subprocess.run(
        [str(cli), "extract", "--format", "jsonl", "-o", str(tmp_path / "x"), seed],
        capture_output=True,
        text=True,
    )
    assert wrong_format.returncode == 2
    assert not (tmp_path / "x").exists()


def test_docstring_examples() -> None:
    import doctest

    import shuzi._arrow

    result = doctest.testmod(shuzi._arrow)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize("threads", [1, 2])
def test_facts_arrow_equals_facts_objects(threads: int) -> None:
    from shuzi._arrow import FACT_COLUMNS
    from shuzi._facts import COLUMNS, _row

    assert FACT_COLUMNS == ("doc", *COLUMNS)
    texts: list[Any] = [read_seed(p) for p in seed_paths()]
    texts.insert(2, None)
    t = shuzi.facts_arrow(texts, ref_date=REF_DATE, threads=threads)
    assert t.column_names == list(FACT_COLUMNS)
    want = [
        {"doc": doc, **_row(f)}
        for doc, text in enumerate(texts)
        if text is not None
        for f in shuzi.facts(text, ref_date=REF_DATE)
    ]
    assert len(want) > 50
    assert t.to_pylist() == want


def test_facts_arrow_bad_rows() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        t = shuzi.Extractor().facts_arrow(["营收3亿元", 7, "增长12%"])
    assert t.column("doc").to_pylist() == [0, 2]
    assert [w.message.row for w in caught if isinstance(w.message, shuzi.BadRowWarning)] == [1]


def test_cli_facts_parquet_is_the_facts_table(cli: Path, tmp_path: Path) -> None:
    import subprocess

    pq: Any = need("pyarrow.parquet")
    paths = seed_paths()
    out = tmp_path / "facts.parquet"
    subprocess.run(
        [str(cli), "facts", "--format", "parquet", "-o", str(out), "--ref-date", REF_DATE]
        + [str(p) for p in paths],
        check=True,
    )
    got = pq.read_table(out)
    want = shuzi.facts_arrow([read_seed(p) for p in paths], ref_date=REF_DATE)
    assert want.num_rows > 50
    assert got.column_names == ["doc", "file", *want.column_names[1:]]
    assert got.column("doc").to_pylist() == want.column("doc").to_pylist()
    assert got.column("file").to_pylist() == [str(paths[d]) for d in want.column("doc").to_pylist()]
    assert got.drop(["doc", "file"]).equals(want.drop(["doc"]))
