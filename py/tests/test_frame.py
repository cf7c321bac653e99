"""shuzi.to_frame: texts, entities, or extract_many results as a DataFrame."""

from __future__ import annotations

import sys

import pandas as pd
import pytest
import shuzi
from shuzi._frame import COLUMNS

TEXTS = ["2024年5月31日，引进项目", "无", "😀“十四五”期间，去年12月"]


def test_frame_from_texts_has_doc_column_and_rows_in_order() -> None:
    df = shuzi.to_frame(TEXTS, kinds=["date", "period"])
    assert list(df.columns) == ["doc", *COLUMNS]
    assert df[["doc", "kind", "text", "start", "end"]].values.tolist() == [
        [0, "date", "2024年5月31日", 0, 10],
        [2, "period", "“十四五”", 1, 6],
        [2, "date", "去年12月", 9, 14],
    ]
    assert str(df["year"].dtype) == "Int64"
    assert df["year"].tolist()[0] == 2024 and df["year"].isna().tolist() == [False, True, True]
    assert df["from"].tolist()[1] == "2021"
    assert df["relative_years"].tolist()[2] == -1
    assert df["value"].dtype == "float64" and df["value"].isna().all()


def test_frame_from_entities_and_from_batches() -> None:
    found = shuzi.extract(TEXTS[0], kinds=["date"])
    df = shuzi.to_frame(found)
    assert list(df.columns) == list(COLUMNS)
    assert df["normalized"].tolist() == ["2024-05-31"]
    assert found.to_frame().equals(df)
    batches = shuzi.Extractor(kinds=["date", "period"]).extract_many(TEXTS)
    assert shuzi.to_frame(batches).equals(shuzi.to_frame(TEXTS, kinds=["date", "period"]))
    one_text = shuzi.to_frame(TEXTS[0], kinds=["date"])
    assert one_text["doc"].tolist() == [0]


def test_numeric_columns() -> None:
    df = shuzi.to_frame(["营收2.96亿元，同比增长13.1%"])
    money = df[df["kind"] == "money"].iloc[0]
    assert (money["value"], money["normalized"], money["currency"]) == (296000000.0, "296000000", "CNY")
    pct = df[df["kind"] == "percent"].iloc[0]
    assert (pct["change_direction"], pct["change_basis"], pct["change_trigger"]) == ("up", "yoy", "同比增长")


def test_empty_input_gives_empty_frame() -> None:
    df = shuzi.to_frame([])
    assert len(df) == 0 and list(df.columns) == list(COLUMNS)


def test_bad_input() -> None:
    with pytest.raises(TypeError, match="not a mixture"):
        shuzi.to_frame(["2024年", *shuzi.extract("2024年5月31日")])
    with pytest.raises(TypeError, match="kinds and ref_date apply only"):
        shuzi.to_frame(shuzi.extract("2024年5月31日"), kinds=["date"])


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r'pip install "shuzi\[pandas\]"'):
        shuzi.to_frame(["2024年"])


def test_pandas_is_the_real_one() -> None:
    assert isinstance(shuzi.to_frame([]), pd.DataFrame)
