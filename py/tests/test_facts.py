"""Indicator facts from Python: typed frozen ``Fact`` objects, the same JSON
as the command-line tool, threads, the DataFrame."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess

import pytest

import shuzi
from shuzi._facts import Fact, Span

TEXT = "1月~10月，全市规模以上工业增加值同比增长13.1%，引进项目196个。\n第一、二、三产业增加值分别增长3.1%、7.5%和5.3%。"


def test_fields_are_typed_and_frozen() -> None:
    f = shuzi.facts(TEXT)[0]
    assert isinstance(f, Fact)
    assert isinstance(f.figure, shuzi.Entity)
    assert f.figure.text == "13.1%"
    assert f.figure.change is not None and f.figure.change.basis == "yoy"
    assert isinstance(f.metric, Span)
    assert (f.metric.text, f.metric.start, f.metric.end) == ("规模以上工业增加值", 9, 18)
    assert TEXT[f.metric.start : f.metric.end] == f.metric.text
    assert f.subject is not None and TEXT[f.subject.start : f.subject.end] == "全市"
    assert f.time is not None and (f.time.kind, f.time.from_, f.time.to) == ("period", "--01", "--10")
    assert (f.measure, f.status, f.whole) == ("change", "actual", None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.measure = "level"  # type: ignore[misc]


def test_constructed_metrics_after_fenbie() -> None:
    fs = shuzi.facts(TEXT)[2:]
    assert [f.metric.text for f in fs if f.metric] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
    second = fs[1].metric
    assert second is not None and second.constructed
    assert TEXT[second.start : second.end] == "二"


def test_ref_date_resolves_times() -> None:
    f = shuzi.facts("今年前三季度，全市营业收入3亿元。", ref_date="2026-06-02")[0]
    assert f.time is not None and (f.time.from_, f.time.resolved) == ("2026-01", True)
    with pytest.raises(shuzi.ShuziError):
        shuzi.facts("营收3亿元", ref_date="2026-13-40")


def test_many_keeps_order_for_any_thread_count() -> None:
    texts = [TEXT, "", "营收3亿元", TEXT * 3]
    ex = shuzi.Extractor()
    one = ex.facts_many(texts, threads=1)
    four = ex.facts_many(texts, threads=4)
    assert [[f.to_dict() for f in d] for d in one] == [[f.to_dict() for f in d] for d in four]
    assert [len(d) for d in one] == [len(ex.facts(t)) for t in texts]


@pytest.mark.skipif(not os.environ.get("SHUZI_CLI"), reason="needs the CLI (SHUZI_CLI)")
def test_to_dict_is_the_cli_json() -> None:
    out = subprocess.run(
        [os.environ["SHUZI_CLI"], "facts", "--format", "jsonl"],
        input=TEXT.encode(),
        capture_output=True,
        check=True,
    ).stdout.decode()
    cli = [json.loads(line) for line in out.splitlines()]
    for c in cli:
        del c["file"]
    assert [f.to_dict() for f in shuzi.facts(TEXT)] == cli


def test_frame_has_one_row_per_fact_and_a_doc_column() -> None:
    pytest.importorskip("pandas")
    df = shuzi.facts_frame([TEXT, "营收3亿元"])
    assert list(df.columns[:5]) == ["doc", "subject", "metric", "time", "figure"]
    assert len(df) == len(shuzi.facts(TEXT)) + 1
    assert df["doc"].tolist()[-1] == 1
    assert df.loc[0, "value"] == 13.1
    assert df.loc[0, "change_basis"] == "yoy"
    with pytest.raises(TypeError):
        shuzi.facts_frame([TEXT, 3])  # type: ignore[list-item]


def test_docstring_examples() -> None:
    import doctest

    import shuzi._facts

    result = doctest.testmod(shuzi._facts, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
