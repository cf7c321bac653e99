"""Types of ``shuzi.parse_policy``'s result: the policy structure of a document
(SPEC 2) and its profile, references and clause table (SPEC 2.1) as plain dicts, exactly the command-line tool's JSON (``shuzi policy``,
without ``"file"``). These ``TypedDict`` classes only describe the keys.

Every item has ``text``, ``start``/``end`` (code points) and
``byte_start``/``byte_end``, like an entity. Dates and amounts inside
(``Effective.date``, ``Issuer.date``, ``Target.amount``) are entity dicts, as
``Entity.to_dict()`` gives them.
"""

from __future__ import annotations

from typing import Any, Literal, TypeAlias, TypedDict

#: An entity as ``Entity.to_dict()`` gives it (its keys depend on its kind).
EntityDict = dict[str, Any]


class Item(TypedDict):
    """A span of the document."""

    text: str
    start: int
    end: int
    byte_start: int
    byte_end: int


class Title(Item):
    """A document cited in 《》, at its first mention."""

    name: str
    doc_type: str | None
    trial: bool
    alias: str | None


class DocNumber(Item):
    """A 发文字号: ``滨政办字〔2024〕18号`` → 滨政办字, 2024, 18."""

    prefix: str
    year: int
    serial: int


class Effective(Item):
    """An 起施行 phrase; ``document`` is the cited title it belongs to, if any."""

    date: EntityDict | None
    document: str | None
    until: EntityDict | None


class OutlineItem(Item):
    """A heading of the outline (一、 = 1, （一） = 2, 1. = 3, （1） = 4)."""

    level: int
    marker: str
    number: int | None
    title: str
    children: list[OutlineItem]


class Responsible(Item):
    """A responsibility bracket, its units, the units that lead (牵头), and the
    outline markers of the item it closes."""

    units: list[str]
    lead: list[str]
    path: list[str]


class Target(Item):
    """A goal with a deadline year and a figure."""

    deadline: int
    metric: str
    amount: EntityDict


class Framework(Item):
    """A quoted scheme label with a numeral (“六个一”)."""

    label: str
    count: int | None
    members: list[str] | None
    members_match: bool | None


class Byline(Item):
    """A news byline."""

    outlet: str | None
    reporters: list[str]
    correspondents: list[str]
    photographers: list[str]


class Issuer(Item):
    """The signing body or bodies and the date at the end of a document."""

    name: list[str]
    date: EntityDict | None


#: The issuer's administrative level (``Policy.level``).
Level: TypeAlias = Literal["central", "provincial", "municipal", "county"]

#: How a document relates to one it cites (``Reference.relation``).
Relation: TypeAlias = Literal["basis", "issues", "replaces", "cites"]

#: The category of a policy instrument (``Instrument.category``).
Category: TypeAlias = Literal["supply", "environment", "demand"]


class Reference(Item):
    """A document cited by 《》 title, 发文字号, or both."""

    title: str | None
    doc_number: str | None
    relation: Relation


class Instrument(TypedDict):
    """A candidate policy instrument of a clause, with the cue that triggered it."""

    category: Category
    tool: str
    cue: Item


class Clause(Item):
    """One clause: an outline leaf (or a law's 条) with its text.

    ``responsible`` and ``targets`` are indices into the policy's lists of
    the same names.
    """

    id: str
    path: list[str]
    responsible: list[int]
    targets: list[int]
    instruments: list[Instrument]


class Policy(TypedDict):
    """The policy structure of one document."""

    heading: str | None
    titles: list[Title]
    doc_numbers: list[DocNumber]
    effective: list[Effective]
    outline: list[OutlineItem]
    responsible: list[Responsible]
    targets: list[Target]
    frameworks: list[Framework]
    bylines: list[Byline]
    issuer: Issuer | None
    recipients: list[Item]
    form: str | None
    attachment_form: str | None
    level: Level | None
    references: list[Reference]
    clauses: list[Clause]


__all__ = [
    "Byline",
    "Category",
    "Clause",
    "DocNumber",
    "Effective",
    "EntityDict",
    "Framework",
    "Instrument",
    "Issuer",
    "Item",
    "Level",
    "OutlineItem",
    "Policy",
    "Reference",
    "Relation",
    "Responsible",
    "Target",
    "Title",
]
