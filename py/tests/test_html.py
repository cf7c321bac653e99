"""Entities._repr_html_: the text with entities highlighted, HTML escaped."""

from __future__ import annotations

import html
import re

import shuzi


def visible_text(markup: str) -> str:
    """The text a browser shows, without the kind labels."""
    markup = re.sub(r"<sub[^>]*>.*?</sub>", "", markup)
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_highlights_every_entity_and_keeps_the_text() -> None:
    text = "😀<b>2024年5月31日</b> & “十四五”期间\n去年12月"
    found = shuzi.extract(text)
    markup = found._repr_html_()
    assert visible_text(markup) == text
    assert markup.count("<mark") == len(found) == 3
    assert "<b>" not in markup and "&lt;b&gt;" in markup and "&amp;" in markup
    assert 'class="shuzi-period"' in markup and 'title="period 2021 … 2025"' in markup


def test_escapes_quotes_inside_attributes_and_marks() -> None:
    text = '"><script>alert(1)</script> 2024年5月31日 <img src=x onerror="y">'
    markup = shuzi.extract(text)._repr_html_()
    assert "<script>" not in markup and "<img" not in markup
    assert "&lt;script&gt;" in markup
    assert visible_text(markup) == text


def test_entities_without_their_text_are_listed() -> None:
    found = shuzi.extract("2024年5月31日")
    detached = shuzi.Entities(found)
    markup = detached._repr_html_()
    assert markup.startswith("<ul") and markup.count("<li>") == 1
    assert "2024年5月31日" in markup


def test_entities_is_a_list() -> None:
    found = shuzi.extract("2024年5月31日，2025年")
    assert isinstance(found, list)
    assert found == list(found)
    assert repr(found).startswith("Entities([Entity(kind='date'")
    assert found.to_dicts() == [e.to_dict() for e in found]
