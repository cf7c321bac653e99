"""Type stubs of the native module ``shuzi._shuzi`` (checked by mypy.stubtest)."""

import datetime
from collections.abc import Iterable, Sequence
from typing import Any, Literal, final

_Kind = Literal[
    "number", "money", "percent", "count", "quantity", "duration", "ordinal", "date", "period"
]
_Bound = Literal["exact", "approx", "more_than", "at_least", "less_than", "at_most", "level"]

__all__ = [
    "__version__",
    "ShuziError",
    "LONG_COLUMNS",
    "FACT_COLUMNS",
    "Entity",
    "Change",
    "Extractor",
    "ArrowBatches",
    "parse_policy",
    "_facts",
    "_facts_many",
]

__version__: str

#: The long table's columns (``extract_arrow``), ``doc`` first, in order.
LONG_COLUMNS: tuple[str, ...]
#: The facts table's columns (``facts_arrow``), ``doc`` first, in order.
FACT_COLUMNS: tuple[str, ...]

class ShuziError(ValueError):
    """A bad option value (an unknown kind, a malformed reference date, …)."""

    #: What went wrong: "unknown_kind", "invalid_date", "invalid_option" or
    #: "invalid_utf8".
    kind: str

@final
class Change:
    """The change a number measures (``同比增长13.1%``)."""

    @property
    def direction(self) -> Literal["up", "down"]: ...
    @property
    def basis(self) -> Literal["yoy", "mom", "ytd_start"] | None: ...
    @property
    def trigger(self) -> str: ...
    def to_dict(self) -> dict[str, str | None]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Entity:
    """One extracted expression: a span of the text with a kind and a value."""

    @property
    def kind(self) -> _Kind: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def byte_start(self) -> int: ...
    @property
    def byte_end(self) -> int: ...
    @property
    def value(self) -> float | None: ...
    @property
    def normalized(self) -> str | None: ...
    @property
    def high(self) -> float | None: ...
    @property
    def bound(self) -> _Bound | None: ...
    @property
    def exact(self) -> bool: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def unit_text(self) -> str | None: ...
    @property
    def currency(self) -> str | None: ...
    @property
    def plus_minus(self) -> bool: ...
    @property
    def noun(self) -> str | None: ...
    @property
    def change(self) -> Change | None: ...
    @property
    def year(self) -> int | None: ...
    @property
    def month(self) -> int | None: ...
    @property
    def day(self) -> int | None: ...
    @property
    def from_(self) -> str | None: ...
    @property
    def to(self) -> str | None: ...
    @property
    def point(self) -> Literal["end"] | None: ...
    @property
    def resolved(self) -> bool: ...
    @property
    def relative_years(self) -> int | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Extractor:
    """The native extractor behind ``shuzi.Extractor``."""

    def __new__(
        cls,
        *,
        kinds: str | Iterable[str] | None = None,
        ref_date: datetime.date | str | None = None,
    ) -> Extractor: ...
    @property
    def kinds(self) -> list[_Kind]: ...
    @property
    def ref_date(self) -> str | None: ...
    def extract(self, text: str) -> list[Entity]: ...
    def extract_many(
        self, texts: Iterable[str], *, threads: int | None = None
    ) -> list[list[Entity]]: ...
    def extract_arrow(
        self, texts: Sequence[object], *, threads: int | None = None
    ) -> tuple[ArrowBatches, list[tuple[int, str]]]: ...
    def facts_arrow(
        self, texts: Sequence[object], *, threads: int | None = None
    ) -> tuple[ArrowBatches, list[tuple[int, str]]]: ...
    def _count_many(self, texts: Iterable[str], *, threads: int | None = None) -> int: ...

@final
class ArrowBatches:
    """Record batches of the long table, exported with ``__arrow_c_stream__``."""

    @property
    def num_rows(self) -> int: ...
    def __arrow_c_schema__(self) -> object: ...
    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object: ...

def parse_policy(
    text: str,
    *,
    ref_date: datetime.date | str | None = None,
    instruments: str | None = None,
) -> dict[str, Any]: ...

_SpanTuple = tuple[str, int, int, int, int, bool | None]
_FactRow = tuple[
    Entity,
    _SpanTuple | None,
    _SpanTuple | None,
    Entity | None,
    Literal["level", "change", "share", "rank"],
    _SpanTuple | None,
    Literal["actual", "target", "forecast"],
]

def _facts(extractor: Extractor, text: str) -> list[_FactRow]: ...
def _facts_many(
    extractor: Extractor, texts: Iterable[str], *, threads: int | None = None
) -> list[list[_FactRow]]: ...
