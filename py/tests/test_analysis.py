"""SPEC 2.1 in Python: the profile, references and clause table of
``parse_policy``, cue tables of one's own, and ``clauses_frame``."""

from __future__ import annotations

from pathlib import Path

import pytest
import shuzi

NOTICE = (
    "滨海市人民政府办公室关于印发《滨海市制造业数字化转型行动方案（2025—2027年）》的通知\n"
    "滨政办发（2025）7号\n"
    "各区县人民政府：\n"
    "　　现将《滨海市制造业数字化转型行动方案（2025—2027年）》印发给你们。"
    "《滨海市工业互联网发展规划》同时废止。\n"
    "一、总体要求\n"
    "（一）发展目标。到2027年，企业数量达到37家。\n"
    "二、保障措施\n"
    "（一）资金保障。设立专项资金，给予贷款贴息。（责任单位：市财政局、市金融局）\n"
)


def test_profile_and_references() -> None:
    p = shuzi.parse_policy(NOTICE)
    assert (p["form"], p["attachment_form"], p["level"]) == ("通知", "行动方案", "municipal")
    refs = [(r["title"], r["doc_number"], r["relation"]) for r in p["references"]]
    assert refs == [
        ("滨海市制造业数字化转型行动方案（2025—2027年）", None, "issues"),
        ("滨海市工业互联网发展规划", None, "replaces"),
    ]
    for r in p["references"]:
        assert NOTICE[r["start"] : r["end"]] == r["text"]


def test_clause_table_spans_and_instruments() -> None:
    text = "😀" + NOTICE
    p = shuzi.parse_policy(text)
    ids = [c["id"] for c in p["clauses"]]
    assert ids == ["一、/（一）", "二、/（一）"]
    goal, money = p["clauses"]
    assert goal["path"] == ["总体要求", "发展目标"]
    assert goal["targets"] == [0] and money["responsible"] == [0]
    assert text[money["start"] : money["end"]] == money["text"]
    got = [(i["category"], i["tool"], i["cue"]["text"]) for i in money["instruments"]]
    assert got == [("supply", "资金投入", "专项资金"), ("environment", "金融支持", "贷款")]
    for i in money["instruments"]:
        assert text[i["cue"]["start"] : i["cue"]["end"]] == i["cue"]["text"]


def test_own_cue_tables(tmp_path: Path) -> None:
    text = "一、措施\n（一）发放数字消费券，推动企业上云。\n"
    by_map = shuzi.parse_policy(text, instruments={"上云": ("supply", "技术支持")})
    assert [i["cue"]["text"] for i in by_map["clauses"][0]["instruments"]] == ["上云"]
    table = tmp_path / "cues.tsv"
    table.write_text("# mine\n数字消费券\tdemand\t消费激励\n", encoding="utf-8")
    for given in (table, str(table)):
        by_path = shuzi.parse_policy(text, instruments=given)
        assert [i["tool"] for i in by_path["clauses"][0]["instruments"]] == ["消费激励"]
    table.write_text("上云\tcloud\t技术支持\n", encoding="utf-8")
    with pytest.raises(shuzi.ShuziError) as info:
        shuzi.parse_policy(text, instruments=table)
    assert info.value.kind == "invalid_option"
    assert str(info.value) == 'instrument table line 1: unknown instrument category "cloud"'
    with pytest.raises(TypeError):
        shuzi.parse_policy(text, instruments={"上云": "supply"})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        shuzi.parse_policy(text, instruments=3)  # type: ignore[arg-type]


def test_clauses_frame() -> None:
    pytest.importorskip("pandas")
    docs = {"notice.txt": shuzi.parse_policy(NOTICE), "empty.txt": shuzi.parse_policy("")}
    df = shuzi.clauses_frame(docs)
    assert list(df.columns) == [
        "doc", "id", "path", "text", "start", "end", "units", "targets",
        "supply", "environment", "demand", "cues",
    ]
    assert len(df) == 2
    row = df.iloc[1]
    assert (row["doc"], row["id"]) == ("notice.txt", "二、/（一）")
    assert row["units"] == ["市财政局", "市金融局"]
    assert row["supply"] == ["资金投入"] and row["environment"] == ["金融支持"]
    assert row["demand"] == []
    assert row["cues"] == ["资金投入=专项资金", "金融支持=贷款"]
    assert df.iloc[0]["targets"] == ["企业数量 37家"]
    by_position = shuzi.clauses_frame([shuzi.parse_policy(NOTICE)])
    assert by_position["doc"].tolist() == [0, 0]
    with pytest.raises(TypeError):
        shuzi.clauses_frame(["一、总则"])  # type: ignore[list-item]
