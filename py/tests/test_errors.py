"""Wrong types raise TypeError; bad values raise ShuziError (a ValueError)
with `.kind`; messages are lowercase and quote the bad value."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
import shuzi


def test_shuzi_error_is_a_value_error() -> None:
    assert issubclass(shuzi.ShuziError, ValueError)


@pytest.mark.parametrize(
    "options, kind, message",
    [
        ({"kinds": ["money", "coins"]}, "unknown_kind", 'unknown kind "coins"'),
        ({"kinds": "Money"}, "unknown_kind", 'unknown kind "Money"'),
        ({"kinds": "money,percent"}, "unknown_kind", 'unknown kind "money,percent"'),
        ({"ref_date": "2026-02-30"}, "invalid_date",
         'invalid reference date "2026-02-30": day 30 is not in month 2'),
        ({"ref_date": "2026-6-2"}, "invalid_date",
         'invalid reference date "2026-6-2": expected YYYY-MM-DD'),
        ({"ref_date": "2026-13-01"}, "invalid_date",
         'invalid reference date "2026-13-01": month 13 is out of range'),
        ({"ref_date": ""}, "invalid_date", 'invalid reference date "": expected YYYY-MM-DD'),
    ],
)
def test_bad_values_raise_shuzi_error(options: dict[str, Any], kind: str, message: str) -> None:
    for call in (lambda: shuzi.extract("增长13.1%", **options), lambda: shuzi.Extractor(**options)):
        with pytest.raises(shuzi.ShuziError, match=f"^{re.escape(message)}$") as info:
            call()
        assert info.value.kind == kind
        assert str(info.value) == message


@pytest.mark.parametrize(
    "options, message",
    [
        ({"kinds": 5}, "kinds must be an iterable of str, not int"),
        ({"kinds": ["money", 3]}, "kinds must contain only str, not int"),
        ({"kinds": [b"money"]}, "kinds must contain only str, not bytes"),
        ({"ref_date": 20260602}, "ref_date must be a datetime.date or a str (YYYY-MM-DD), not int"),
        ({"ref_date": b"2026-06-02"},
         "ref_date must be a datetime.date or a str (YYYY-MM-DD), not bytes"),
    ],
)
def test_wrong_types_raise_type_error(options: dict[str, Any], message: str) -> None:
    with pytest.raises(TypeError, match=f"^{re.escape(message)}$"):
        shuzi.extract("x", **options)


def test_text_must_be_str() -> None:
    with pytest.raises(TypeError, match=r"^text must be str, not bytes$"):
        shuzi.extract(b"13.1%")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^text must be str, not NoneType$"):
        shuzi.Extractor().extract(None)  # type: ignore[arg-type]


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        shuzi.extract("x", ["money"])  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        shuzi.Extractor(["money"])  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        shuzi.Extractor().extract_many(["x"], 2)  # type: ignore[call-arg]


def test_lone_surrogate_is_invalid_utf8() -> None:
    with pytest.raises(shuzi.ShuziError) as info:
        shuzi.extract("增长\ud80013.1%")
    assert info.value.kind == "invalid_utf8"
    assert str(info.value) == "text is not valid unicode: lone surrogate at index 2"


def test_extract_many_argument_errors() -> None:
    ex = shuzi.Extractor()
    with pytest.raises(TypeError, match=r"^texts\[1\] must be str, not int$"):
        ex.extract_many(["增长13.1%", 7])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"^texts must be an iterable of str, not int$"):
        ex.extract_many(7)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^texts must be an iterable of str, not a single str"):
        ex.extract_many("增长13.1%")
    with pytest.raises(shuzi.ShuziError, match=r"^threads must be at least 1, not 0$") as info:
        ex.extract_many(["x"], threads=0)
    assert info.value.kind == "invalid_option"
    with pytest.raises(TypeError, match=r"^threads must be an int or None, not str$"):
        ex.extract_many(["x"], threads="2")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^threads must be an int or None, not bool$"):
        ex.extract_many(["x"], threads=True)
    with pytest.raises(shuzi.ShuziError) as info:
        ex.extract_many(["ok", "bad\udc80"])
    assert (info.value.kind, str(info.value)) == (
        "invalid_utf8",
        "texts[1] is not valid unicode: lone surrogate at index 3",
    )


def test_good_options_are_accepted_in_every_form() -> None:
    text = "今年7月1日起，营收2.96亿元"
    by_str = shuzi.extract(text, kinds=["date"], ref_date="2026-06-02")
    by_date = shuzi.extract(text, kinds=("date",), ref_date=datetime.date(2026, 6, 2))
    by_datetime = shuzi.extract(text, kinds={"date"}, ref_date=datetime.datetime(2026, 6, 2, 23, 59))
    by_name = shuzi.extract(text, kinds="date", ref_date="2026-06-02")
    assert by_str == by_date == by_datetime == by_name
    assert [(e.kind, e.text, e.normalized, e.resolved) for e in by_str] == [
        ("date", "今年7月1日", "2026-07-01", True)
    ]
    assert shuzi.extract(text, kinds=[]) == []
    assert shuzi.extract(text, kinds=iter(["date"]))[0].text == "今年7月1日"
    ex = shuzi.Extractor(kinds=["period", "money"], ref_date=datetime.date(2026, 6, 2))
    assert ex.kinds == ("money", "period")
    assert ex.ref_date == datetime.date(2026, 6, 2)
    assert repr(ex) == "Extractor(kinds=['money', 'period'], ref_date='2026-06-02')"
    assert repr(shuzi.Extractor()) == "Extractor(kinds=None, ref_date=None)"
    assert shuzi.Extractor().ref_date is None
