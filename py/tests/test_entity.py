"""Entity and Change: typed fields, frozen, equality, hash, repr, to_dict()."""

from __future__ import annotations

import pytest
import shuzi


def one(text: str, **options: object) -> shuzi.Entity:
    found = shuzi.extract(text, **options)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def test_percent_with_change() -> None:
    e = one("全市固定资产投资同比增长13.1%")
    assert (e.kind, e.text, e.start, e.end) == ("percent", "13.1%", 12, 17)
    assert (e.byte_start, e.byte_end) == (36, 41)
    assert (e.value, e.normalized, e.bound, e.unit) == (13.1, "13.1", "exact", "%")
    assert e.change is not None
    assert (e.change.direction, e.change.basis, e.change.trigger) == ("up", "yoy", "同比增长")
    assert e.change.to_dict() == {"direction": "up", "basis": "yoy", "trigger": "同比增长"}
    assert e.to_dict() == {
        "kind": "percent",
        "text": "13.1%",
        "start": 12,
        "end": 17,
        "byte_start": 36,
        "byte_end": 41,
        "value": 13.1,
        "normalized": "13.1",
        "bound": "exact",
        "unit": "%",
        "change": {"direction": "up", "basis": "yoy", "trigger": "同比增长"},
    }
    assert (e.year, e.month, e.day, e.from_, e.to) == (None, None, None, None, None)


def test_money_value_is_exact_in_normalized_and_int_in_to_dict() -> None:
    e = one("营收2.96亿元")
    assert (e.kind, e.unit, e.currency) == ("money", "元", "CNY")
    assert e.value == 296000000.0 and isinstance(e.value, float)
    assert e.normalized == "296000000"
    d = e.to_dict()
    assert d["value"] == 296000000 and type(d["value"]) is int
    big = one("1.40万亿元")
    assert big.normalized == "1400000000000"
    assert big.to_dict()["value"] == 1400000000000


def test_count_with_noun_and_bound() -> None:
    e = one("2.1万余台（套）")
    assert (e.kind, e.value, e.bound, e.unit, e.normalized) == ("count", 21000.0, "more_than", "台", "21000")
    e = one("引进196家知名企业落户")
    assert (e.text, e.noun) == ("196家", "知名企业")


def test_range_has_high() -> None:
    e = one("10亿至20亿元")
    assert (e.value, e.high, e.unit) == (1e9, 2e9, "元")
    assert e.to_dict()["high"] == 2000000000


def test_quantity_unit_text() -> None:
    e = one("节约4万多吨标准煤")
    assert (e.kind, e.value, e.unit, e.unit_text, e.bound) == ("quantity", 40000.0, "tce", "吨标准煤", "more_than")


def test_date_fields() -> None:
    e = one("2024年5月31日")
    assert (e.kind, e.year, e.month, e.day, e.normalized) == ("date", 2024, 5, 31, "2024-05-31")
    assert (e.value, e.bound, e.unit, e.change) == (None, None, None, None)
    assert e.to_dict() == {
        "kind": "date",
        "text": "2024年5月31日",
        "start": 0,
        "end": 10,
        "byte_start": 0,
        "byte_end": 16,
        "year": 2024,
        "month": 5,
        "day": 31,
        "value": "2024-05-31",
    }
    end = one("2025年末", kinds=["date"])
    assert (end.normalized, end.point) == ("2025", "end")


def test_period_from_and_to() -> None:
    e = one("“十四五”期间", kinds=["period"])
    assert (e.kind, e.text, e.from_, e.to) == ("period", "“十四五”", "2021", "2025")
    d = e.to_dict()
    assert (d["from"], d["to"]) == ("2021", "2025")
    assert "from_" not in d


def test_relative_and_resolved() -> None:
    e = one("去年12月", kinds=["date"])
    assert (e.normalized, e.relative_years, e.resolved) == ("--12", -1, False)
    r = one("去年12月", kinds=["date"], ref_date="2026-06-02")
    assert (r.normalized, r.relative_years, r.resolved) == ("2025-12", None, True)
    assert r.to_dict()["resolved"] is True


def test_frozen() -> None:
    e = one("2024年5月31日")
    with pytest.raises(AttributeError):
        e.kind = "money"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        e.foo = 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        shuzi.Entity()


def test_equality_and_hash() -> None:
    a = one("2024年5月31日")
    b = one("2024年5月31日")
    c = one("2024年5月30日")
    shifted = one("😀2024年5月31日")
    assert a == b and hash(a) == hash(b)
    assert a != c and a != shifted
    assert a != "2024年5月31日"
    assert len({a, b, c}) == 2
    pa = one("同比增长13.1%").change
    pb = one("同比增长13.1%").change
    assert pa == pb and hash(pa) == hash(pb)


def test_repr_is_readable() -> None:
    e = one("2024年5月31日")
    assert repr(e) == (
        "Entity(kind='date', text='2024年5月31日', start=0, end=10, normalized='2024-05-31')"
    )
    p = one("“十四五”期间", kinds=["period"])
    assert repr(p) == "Entity(kind='period', text='“十四五”', start=0, end=5, from_='2021', to='2025')"
    pct = one("同比增长13.1%")
    assert repr(pct) == (
        "Entity(kind='percent', text='13.1%', start=4, end=9, value=13.1, bound='exact', unit='%', "
        "change=Change(direction='up', basis='yoy', trigger='同比增长'))"
    )


def test_to_dict_is_a_fresh_dict() -> None:
    e = one("2024年5月31日")
    d = e.to_dict()
    d["kind"] = "changed"
    assert e.to_dict()["kind"] == "date"


def test_version() -> None:
    assert isinstance(shuzi.__version__, str)
    assert shuzi.__version__.count(".") == 2
