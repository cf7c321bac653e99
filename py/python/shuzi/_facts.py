"""Indicator facts (SPEC 4): each figure with its metric, subject, time,
measure and status, as an economist enters it in a table.

>>> import shuzi
>>> f = shuzi.facts("1月~10月，全市规模以上工业增加值同比增长13.1%。")[0]
>>> (f.subject.text, f.metric.text, f.time.text, f.figure.text, f.measure, f.status)
('全市', '规模以上工业增加值', '1月~10月', '13.1%', 'change', 'actual')
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from shuzi._shuzi import FACT_COLUMNS as _FACT_COLUMNS
from shuzi._shuzi import Entity
from shuzi._shuzi import _facts as _native_facts
from shuzi._shuzi import _facts_many as _native_facts_many

if TYPE_CHECKING:
    import pandas

    from shuzi import Extractor

__all__ = ["Fact", "Measure", "Span", "Status", "facts", "facts_frame", "facts_many"]

#: What kind of figure a fact is (``Fact.measure``).
Measure: TypeAlias = Literal["level", "change", "share", "rank"]

#: Whether a figure is reported, aimed at or foreseen (``Fact.status``).
Status: TypeAlias = Literal["actual", "target", "forecast"]


@dataclass(frozen=True, slots=True)
class Span:
    """A span of the text: ``text[span.start:span.end] == span.text`` (code
    points), except for a metric built with a copied head (``constructed``),
    whose ``text`` is the built text and whose offsets are the part written
    for its figure.

    >>> s = Span("全市", 0, 2, 0, 6)
    >>> s.to_dict()
    {'text': '全市', 'start': 0, 'end': 2, 'byte_start': 0, 'byte_end': 6}
    """

    text: str
    start: int
    end: int
    byte_start: int
    byte_end: int
    #: For a metric: True when built with a copied head; None for other spans.
    constructed: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        """The span as the command-line tool's JSON object."""
        d: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "byte_start": self.byte_start,
            "byte_end": self.byte_end,
        }
        if self.constructed is not None:
            d["constructed"] = self.constructed
        return d


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure about an indicator (SPEC 4).

    >>> f = facts("到2025年，全省高新技术产业增加值占规模以上工业增加值比重达到50%。")[0]
    >>> (f.metric.text, f.whole.text, f.measure, f.status, f.time.text)
    ('高新技术产业增加值', '规模以上工业增加值', 'share', 'target', '2025年')
    """

    #: The figure: the entity as ``extract`` finds it.
    figure: Entity
    #: What the figure measures, when the text names it.
    metric: Span | None
    #: The region, body or company the figure belongs to.
    subject: Span | None
    #: The date or period entity the figure refers to.
    time: Entity | None
    measure: Measure
    #: The whole of a share (``全省`` in ``占全省比重``).
    whole: Span | None
    status: Status

    def to_dict(self) -> dict[str, Any]:
        """The fact as the command-line tool's JSON object (without ``"file"``)."""
        return {
            "figure": self.figure.to_dict(),
            "metric": None if self.metric is None else self.metric.to_dict(),
            "subject": None if self.subject is None else self.subject.to_dict(),
            "time": None if self.time is None else self.time.to_dict(),
            "measure": self.measure,
            "whole": None if self.whole is None else self.whole.to_dict(),
            "status": self.status,
        }


def _span(t: Any) -> Span | None:
    return None if t is None else Span(*t)


def _fact(row: Any) -> Fact:
    figure, metric, subject, time, measure, whole, status = row
    return Fact(figure, _span(metric), _span(subject), time, measure, _span(whole), status)


def _extractor(ref_date: datetime.date | str | None) -> Extractor:
    from shuzi import Extractor

    return Extractor(ref_date=ref_date)


def facts_of(extractor: Extractor, text: str) -> list[Fact]:
    """The facts of ``text`` with ``extractor``'s reference date."""
    return [_fact(r) for r in _native_facts(extractor._native, text)]


def facts_many(
    extractor: Extractor, texts: Iterable[str], *, threads: int | None = None
) -> list[list[Fact]]:
    """The facts of every text, one list per text in input order, on
    ``threads`` threads with the GIL released."""
    keep = isinstance(texts, (str, list, tuple)) or not isinstance(texts, Iterable)
    seq = texts if keep else list(texts)
    found = _native_facts_many(extractor._native, seq, threads=threads)
    return [[_fact(r) for r in doc] for doc in found]


def facts(text: str, *, ref_date: datetime.date | str | None = None) -> list[Fact]:
    """Every indicator fact of ``text``, in text order. ``ref_date`` resolves
    今年, 去年 and dates without a year, as in ``extract``.

    >>> [(f.metric.text, f.figure.text, f.measure) for f in facts("社会消费品零售总额42691亿元，同比增长1.0%。")]
    [('社会消费品零售总额', '42691亿元', 'level'), ('社会消费品零售总额', '1.0%', 'change')]
    """
    return facts_of(_extractor(ref_date), text)


#: The columns of ``facts_frame``, in order after ``doc`` (the core's list).
COLUMNS: tuple[str, ...] = _FACT_COLUMNS[1:]


def _row(f: Fact) -> dict[str, Any]:
    fig, time, c = f.figure, f.time, f.figure.change
    return {
        "subject": None if f.subject is None else f.subject.text,
        "metric": None if f.metric is None else f.metric.text,
        "time": None if time is None else time.text,
        "figure": fig.text,
        "value": fig.value,
        "unit": fig.unit,
        "bound": fig.bound,
        "change_direction": None if c is None else c.direction,
        "change_basis": None if c is None else c.basis,
        "measure": f.measure,
        "status": f.status,
        "whole": None if f.whole is None else f.whole.text,
        "metric_constructed": None if f.metric is None else f.metric.constructed,
        "time_from": None if time is None else time.from_,
        "time_to": None if time is None else time.to,
        "time_value": None if time is None or time.kind != "date" else time.normalized,
        "figure_kind": fig.kind,
        "figure_start": fig.start,
        "figure_end": fig.end,
        "metric_start": None if f.metric is None else f.metric.start,
        "metric_end": None if f.metric is None else f.metric.end,
        "subject_start": None if f.subject is None else f.subject.start,
        "subject_end": None if f.subject is None else f.subject.end,
    }


def facts_frame(
    texts: str | Iterable[str],
    *,
    ref_date: datetime.date | str | None = None,
    threads: int | None = None,
) -> pandas.DataFrame:
    """A pandas DataFrame with one row per fact: a first column ``doc`` (the
    index of the text it came from), then ``COLUMNS``. ``value`` is a float
    (NaN when absent), offsets nullable integers.

    Needs pandas (``pip install "shuzi[pandas]"``).

    >>> df = facts_frame(["全市营业收入3.2亿元，同比增长12%。", "引进项目196个。"])
    >>> df[["doc", "metric", "figure", "measure"]].values.tolist()
    [[0, '营业收入', '3.2亿元', 'level'], [0, '营业收入', '12%', 'change'], [1, '引进项目', '196个', 'level']]
    """
    try:
        import pandas as pd
    except ImportError as err:
        raise ImportError(
            'shuzi.facts_frame needs pandas; install it with: pip install "shuzi[pandas]"'
        ) from err
    items = [texts] if isinstance(texts, str) else list(texts)
    for i, t in enumerate(items):
        if not isinstance(t, str):
            raise TypeError(f"facts_frame takes texts; texts[{i}] is {type(t).__name__}")
    docs = facts_many(_extractor(ref_date), items, threads=threads)
    rows = [{"doc": i, **_row(f)} for i, doc in enumerate(docs) for f in doc]
    frame = pd.DataFrame.from_records(rows, columns=["doc", *COLUMNS])
    frame["value"] = frame["value"].astype("float64")
    for name in COLUMNS:
        if name.endswith(("_start", "_end")):
            frame[name] = frame[name].astype("Int64")
    return frame
