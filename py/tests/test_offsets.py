"""start/end are code points: slicing the Python str gives exactly `text`,
astral characters (𠀀 𦡦, emoji) before and inside the text included."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import shuzi

from conftest import read_seed, seed_paths

ASTRAL_TEXTS = [
    "𠀀𦡦😀2024年5月31日",
    "😀前言：𠀀2024年3月，𦡦营收2.96亿元，同比增长13.1%😀",
    "👨‍👩‍👧‍👦引进项目196家，𠀀𠀀1月~10月😀",
    "🇨🇳“十四五”期间🎉，今年7月1日起施行𦡦",
]


@pytest.mark.parametrize("text", ASTRAL_TEXTS)
def test_offsets_slice_the_python_string(text: str) -> None:
    found = shuzi.extract(text)
    assert found, f"no entity in {text!r}"
    for e in found:
        assert text[e.start : e.end] == e.text
        assert text.encode("utf-8")[e.byte_start : e.byte_end].decode("utf-8") == e.text
        assert e.byte_start == len(text[: e.start].encode("utf-8"))
        assert e.byte_end - e.byte_start == len(e.text.encode("utf-8"))


def test_astral_prefix_shifts_code_points_by_one_and_bytes_by_four() -> None:
    plain = shuzi.extract("2024年5月31日")
    shifted = shuzi.extract("𠀀2024年5月31日")
    assert [(e.start, e.end) for e in shifted] == [(e.start + 1, e.end + 1) for e in plain]
    assert [(e.byte_start, e.byte_end) for e in shifted] == [
        (e.byte_start + 4, e.byte_end + 4) for e in plain
    ]
    assert (shifted[0].kind, shifted[0].text, shifted[0].normalized) == (
        "date",
        "2024年5月31日",
        "2024-05-31",
    )


def test_entities_are_sorted_and_disjoint() -> None:
    text = "😀2.1万余台（套）𠀀，同比增长13.1%，2024年5月31日前完成196家"
    found = shuzi.extract(text)
    assert len(found) >= 2
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_seed_offsets_slice_exactly(path: Path) -> None:
    text = read_seed(path)
    found = shuzi.extract(text)
    assert found
    encoded = text.encode("utf-8")
    for e in found:
        assert text[e.start : e.end] == e.text
        assert encoded[e.byte_start : e.byte_end].decode("utf-8") == e.text


def test_empty_and_entity_free_texts() -> None:
    assert shuzi.extract("") == []
    assert shuzi.extract("没有数字的句子😀") == []


def test_random_astral_mixtures_slice_exactly() -> None:
    # Pieces of the seeds with astral characters, emoji sequences and
    # combining marks dropped in at random places (fixed seed: repeatable).
    rng = random.Random(20260602)
    seeds = [read_seed(p) for p in seed_paths()]
    inserts = ["𠀀", "𦡦", "😀", "👨‍👩‍👧", "🇨🇳", "é", "\u0301", "\r\n", "１", "\ufeff"]
    checked = 0
    for _ in range(300):
        seed = rng.choice(seeds)
        at = rng.randrange(len(seed))
        piece = list(seed[at : at + rng.randrange(20, 200)])
        for _ in range(rng.randrange(1, 8)):
            piece.insert(rng.randrange(len(piece) + 1), rng.choice(inserts))
        text = "".join(piece)
        encoded = text.encode("utf-8")
        for e in shuzi.extract(text):
            assert text[e.start : e.end] == e.text
            assert encoded[e.byte_start : e.byte_end].decode("utf-8") == e.text
            checked += 1
    assert checked > 100
