"""shuzi (数字): the figures in Chinese economic news and government documents.

Every amount of money, percentage and change, count with its measure word,
physical quantity, duration, rank, date and period, each with its exact span
and a normalised value::

    >>> import shuzi
    >>> text = "全市固定资产投资同比增长13.1%，引进项目196家。"
    >>> [(e.kind, e.text, e.value) for e in shuzi.extract(text)]
    [('percent', '13.1%', 13.1), ('count', '196家', 196.0)]

``start``/``end`` are code-point offsets, so ``text[e.start:e.end] == e.text``
for every entity, astral characters (𠀀, emoji) included. ``to_dict()`` gives
the command-line tool's JSON object. The rules (what is an entity, how it is
normalised) are the project's format reference (docs/ in the repository); this
package holds no rules of its own: the Rust core does all the work, with the
GIL released.

``parse_policy`` reads the structure of a policy document (titles in 《》,
发文字号, the 一、/（一）/1. outline, 责任单位, targets, frameworks, bylines, the
issuer), its profile (form, level), the documents it cites and its clause
table with candidate policy instruments into plain dicts typed by
``shuzi.policy``; ``clauses_frame`` puts clause tables in a DataFrame.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, cast

from shuzi._arrow import BadRowWarning, extract_arrow, extract_table, facts_arrow
from shuzi._clauses import Instruments, clauses_frame, instrument_table
from shuzi._frame import to_frame
from shuzi._result import Entities
from shuzi._shuzi import Change, Entity, ShuziError, __version__
from shuzi._shuzi import Extractor as _NativeExtractor
from shuzi._shuzi import parse_policy as _parse_policy
from shuzi._facts import Fact, Span, facts, facts_frame
from shuzi.policy import Policy

if TYPE_CHECKING:
    import pyarrow

__all__ = [
    "BadRowWarning",
    "Bound",
    "Change",
    "Entities",
    "Entity",
    "Extractor",
    "Fact",
    "Kind",
    "Instruments",
    "Policy",
    "ShuziError",
    "Span",
    "__version__",
    "clauses_frame",
    "extract",
    "extract_arrow",
    "facts",
    "facts_arrow",
    "facts_frame",
    "parse_policy",
    "to_frame",
]

#: The kinds of entity (``Entity.kind``).
Kind: TypeAlias = Literal[
    "number", "money", "percent", "count", "quantity", "duration", "ordinal", "date", "period"
]

#: How a written value bounds the true one (``Entity.bound``).
Bound: TypeAlias = Literal["exact", "approx", "more_than", "at_least", "less_than", "at_most", "level"]


class Extractor:
    """A reusable extractor: options are checked once, then ``extract`` and
    ``extract_many`` may be called any number of times, from any thread.

    ``kinds``: the kinds to keep (an iterable of kind names, or one name);
    None keeps every kind. ``ref_date``: a ``datetime.date`` or ``"YYYY-MM-DD"``
    that resolves 今年, 去年 and dates without a year; None leaves them
    relative (``relative_years``).

    Raises ``TypeError`` for arguments of the wrong type and ``ShuziError``
    (``.kind`` ``"unknown_kind"`` or ``"invalid_date"``) for bad values.

    >>> ex = Extractor(kinds=["money"])
    >>> ex.kinds
    ('money',)
    >>> [e.text for e in ex.extract("营收2.96亿元，增长13.1%")]
    ['2.96亿元']
    """

    __slots__ = ("_native",)

    def __init__(
        self,
        *,
        kinds: str | Iterable[str] | None = None,
        ref_date: datetime.date | str | None = None,
    ) -> None:
        self._native = _NativeExtractor(kinds=kinds, ref_date=ref_date)

    @property
    def kinds(self) -> tuple[Kind, ...]:
        """The kinds kept, in the order of the kinds table."""
        return tuple(self._native.kinds)

    @property
    def ref_date(self) -> datetime.date | None:
        """The reference date, or None."""
        text = self._native.ref_date
        return None if text is None else datetime.date.fromisoformat(text)

    def extract(self, text: str) -> Entities:
        """Every entity in ``text``, in text order, never overlapping.

        >>> Extractor().extract("超亿元")[0].value
        100000000.0
        """
        return Entities(self._native.extract(text), text)

    def extract_many(self, texts: Iterable[str], *, threads: int | None = None) -> list[Entities]:
        """The entities of every text, one ``Entities`` per text, in input order.

        The texts are shared among ``threads`` threads (default: the available
        cores), all with the GIL released, so other Python threads keep
        running meanwhile. The result is the same for any number of threads.

        >>> [len(r) for r in Extractor(kinds=["count"]).extract_many(["196家", "无", "5家和6家"], threads=2)]
        [1, 0, 2]
        """
        # A list keeps each text beside its result; the native side checks
        # the types (a bare str or a non-iterable is refused there).
        keep = isinstance(texts, (str, list, tuple)) or not isinstance(texts, Iterable)
        seq = texts if keep else list(texts)
        # The native side builds each ``Entities`` with its text.
        return self._native.extract_many(seq, threads=threads, wrap=Entities)  # type: ignore[return-value]

    def extract_arrow(self, texts: Any, *, threads: int | None = None) -> pyarrow.Table:
        """The long table of ``texts`` (see ``shuzi.extract_arrow``).

        >>> Extractor(kinds=["count"]).extract_arrow(["196家", "无"]).num_rows
        1
        """
        return extract_table(self._native, texts, threads, stacklevel=2)

    def facts_arrow(self, texts: Any, *, threads: int | None = None) -> pyarrow.Table:
        """The facts table of ``texts`` (see ``shuzi.facts_arrow``); the kinds
        option does not apply.

        >>> Extractor().facts_arrow(["营收3亿元，增长12%", "无"]).num_rows
        2
        """
        return extract_table(self._native, texts, threads, stacklevel=2, facts=True)

    def facts(self, text: str) -> list[Fact]:
        """The indicator facts of ``text`` (SPEC 4), in text order; the
        kinds option does not apply (every figure and time is read).

        >>> [f.measure for f in Extractor().facts("营收3亿元，增长12%")]
        ['level', 'change']
        """
        from shuzi._facts import facts_of

        return facts_of(self, text)

    def facts_many(self, texts: Iterable[str], *, threads: int | None = None) -> list[list[Fact]]:
        """The facts of every text, one list per text in input order, on
        ``threads`` threads (default: the available cores) with the GIL released.

        >>> [len(fs) for fs in Extractor().facts_many(["营收3亿元", "无", "5家和6家"], threads=2)]
        [1, 0, 2]
        """
        from shuzi._facts import facts_many

        return facts_many(self, texts, threads=threads)

    def __repr__(self) -> str:
        return repr(self._native)


def extract(
    text: str,
    *,
    kinds: str | Iterable[str] | None = None,
    ref_date: datetime.date | str | None = None,
) -> Entities:
    """Every entity in ``text``, in text order (see ``Extractor`` for the options).

    >>> e = extract("今年7月1日起施行", ref_date="2026-06-02")[0]
    >>> (e.kind, e.text, e.normalized, e.resolved)
    ('date', '今年7月1日', '2026-07-01', True)
    """
    if kinds is None and ref_date is None:
        # The default options are checked once: making an Extractor per call
        # cost about a microsecond, a fifth of extracting a paragraph.
        global _default  # noqa: PLW0603
        ex = _default
        if ex is None:
            ex = _default = Extractor()
        return ex.extract(text)
    return Extractor(kinds=kinds, ref_date=ref_date).extract(text)


#: The Extractor of ``extract`` with the default options, made on first use.
_default: Extractor | None = None


def parse_policy(
    text: str,
    *,
    ref_date: datetime.date | str | None = None,
    instruments: Instruments | None = None,
) -> Policy:
    """The policy structure of ``text`` (SPEC 2 and 2.1) as plain dicts and
    lists, exactly the command-line tool's JSON (``shuzi policy``, without
    ``"file"``); ``shuzi.policy`` types its keys. ``ref_date`` resolves
    relative dates (今年7月1日) as in ``extract``. ``instruments`` replaces
    the built-in instrument cue table: a path to a TSV file (cue, category,
    tool per line) or a mapping of cue to ``(category, tool)``.

    >>> p = parse_policy("某市人民政府关于加快发展的实施意见\\n某政发〔2024〕18号\\n一、总体要求\\n")
    >>> p["heading"]
    '某市人民政府关于加快发展的实施意见'
    >>> [(d["prefix"], d["year"], d["serial"]) for d in p["doc_numbers"]]
    [('某政发', 2024, 18)]
    >>> [(o["marker"], o["title"]) for o in p["outline"]]
    [('一、', '总体要求')]
    >>> (p["form"], p["clauses"][0]["id"])
    ('实施意见', '一、')
    >>> own = parse_policy("一、措施\\n（一）推动企业上云。\\n", instruments={"上云": ("supply", "技术支持")})
    >>> [(i["tool"], i["cue"]["text"]) for i in own["clauses"][0]["instruments"]]
    [('技术支持', '上云')]
    """
    table = None if instruments is None else instrument_table(instruments)
    return cast(Policy, _parse_policy(text, ref_date=ref_date, instruments=table))
