"""``Entities``: the result of one extraction, a list that remembers its text."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from shuzi._shuzi import Entity

if TYPE_CHECKING:
    import pandas

# One soft background colour per kind, for the notebook view.
_COLOURS = {
    "number": "#e8e8e8",
    "money": "#ffe08a",
    "percent": "#b8e0ff",
    "count": "#c8f0c0",
    "quantity": "#f5c8f0",
    "duration": "#ffd0b0",
    "ordinal": "#d8d0ff",
    "date": "#c0f0e8",
    "period": "#a8e6d8",
}


# ``list.__init__`` itself: ``super().__init__`` cost 160 ns more per call, a
# tenth of ``extract`` on a short paragraph.
_list_init = list.__init__


class Entities(list[Entity]):
    """The entities of one text, in text order: a ``list`` of ``Entity`` that
    keeps the text it came from.

    It compares equal to a plain list of the same entities. In a notebook it
    shows the text with every entity highlighted (``_repr_html_``).

    >>> import shuzi
    >>> found = shuzi.extract("引进项目196家")
    >>> found.text
    '引进项目196家'
    >>> found.to_dicts()[0]["unit"]
    '家'
    """

    __slots__ = ("text",)

    text: str

    def __init__(self, entities: Iterable[Entity] = (), text: str = "") -> None:
        _list_init(self, entities)
        #: The text the entities' offsets point into.
        self.text = text

    def to_dicts(self) -> list[dict[str, Any]]:
        """Every entity as the command-line tool's JSON object (``Entity.to_dict``)."""
        return [e.to_dict() for e in self]

    def to_frame(self) -> pandas.DataFrame:
        """A pandas DataFrame, one row per entity (``shuzi.to_frame``)."""
        from shuzi._frame import to_frame

        return to_frame(self)

    def __repr__(self) -> str:
        return f"Entities({list.__repr__(self)})"

    def _repr_html_(self) -> str:
        """The text with the entities highlighted, every piece HTML-escaped;
        hovering an entity shows its kind and value."""
        text = self.text
        spans_fit = all(text[e.start : e.end] == e.text for e in self)
        if not spans_fit:
            # Entities gathered from elsewhere: list them instead.
            items = "".join(f"<li>{_mark(e)}</li>" for e in self)
            return f'<ul class="shuzi-entities">{items}</ul>'
        out = ['<div class="shuzi-entities" style="white-space: pre-wrap; line-height: 1.9">']
        at = 0
        for e in self:
            out.append(html.escape(text[at : e.start]))
            out.append(_mark(e))
            at = e.end
        out.append(html.escape(text[at:]))
        out.append("</div>")
        return "".join(out)


def _describe(e: Entity) -> str:
    """A short plain-text description of an entity's value, for the tooltip."""
    parts: list[str] = [e.kind]
    if e.kind == "period":
        parts.append(f"{e.from_ or '?'} … {e.to or '?'}")
    elif e.normalized is not None:
        parts.append(e.normalized)
    if e.high is not None:
        parts.append(f"to {e.to_dict().get('high')}")
    if e.unit is not None:
        parts.append(e.unit)
    if e.bound not in (None, "exact"):
        parts.append(f"({e.bound})")
    if e.change is not None:
        parts.append(f"change {e.change.direction}")
    if e.relative_years is not None:
        parts.append(f"relative years {e.relative_years}")
    return " ".join(parts)


def _mark(e: Entity) -> str:
    colour = _COLOURS.get(e.kind, "#e8e8e8")
    return (
        f'<mark class="shuzi-{html.escape(e.kind)}" title="{html.escape(_describe(e))}" '
        f'style="background: {colour}; padding: 0 2px; border-radius: 3px">'
        f"{html.escape(e.text)}"
        f'<sub style="font-size: 0.6em; opacity: 0.7">{html.escape(e.kind)}</sub></mark>'
    )
