"""The public API's static types, checked by mypy (scripts/test-python.sh runs
mypy --strict over this suite); at run time assert_type only returns its
argument, and the values are checked too."""

from __future__ import annotations

import datetime
import sys
from typing import Any, Literal

import pandas
import shuzi
import shuzi.policy

if sys.version_info >= (3, 11):
    from typing import assert_type
else:
    from typing_extensions import assert_type


def test_public_types() -> None:
    found = shuzi.extract("同比增长13.1%，2024年5月31日")
    assert_type(found, shuzi.Entities)
    e = found[0]
    assert_type(e, shuzi.Entity)
    assert_type(e.kind, Literal["number", "money", "percent", "count", "quantity", "duration", "ordinal", "date", "period"])
    assert_type(e.value, float | None)
    assert_type(e.normalized, str | None)
    assert_type(e.bound, Literal["exact", "approx", "more_than", "at_least", "less_than", "at_most", "level"] | None)
    assert_type(e.change, shuzi.Change | None)
    assert_type(e.to_dict(), dict[str, Any])
    assert e.change is not None
    assert_type(e.change.direction, Literal["up", "down"])
    assert_type(found.text, str)
    ex = shuzi.Extractor(kinds=["date"], ref_date=datetime.date(2026, 6, 2))
    assert_type(ex.kinds, tuple[shuzi.Kind, ...])
    assert_type(ex.ref_date, datetime.date | None)
    assert_type(ex.extract_many(["2024年"]), list[shuzi.Entities])
    policy = shuzi.parse_policy("《某某办法》")
    assert_type(policy, shuzi.policy.Policy)
    assert_type(policy["titles"][0]["doc_type"], str | None)
    assert_type(policy["heading"], str | None)
    assert_type(shuzi.to_frame(found), pandas.DataFrame)
    assert_type(shuzi.__version__, str)
    assert (e.kind, e.value, ex.kinds, policy["titles"][0]["doc_type"]) == ("percent", 13.1, ("date",), "办法")
