"""The README's Python section runs (with its asserts), and so do the
examples in the package's docstrings."""

from __future__ import annotations

import doctest
import re

import pytest
import shuzi
import shuzi._frame
import shuzi._result

from conftest import ROOT


def readme_python_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```", readme, re.S | re.M)


def test_readme_has_python_examples_with_asserts() -> None:
    blocks = readme_python_blocks()
    assert blocks
    assert any("assert" in b for b in blocks)


@pytest.mark.parametrize("index", range(len(readme_python_blocks())))
def test_readme_python_block_runs(index: int) -> None:
    code = readme_python_blocks()[index]
    exec(compile(code, f"README.md python block {index}", "exec"), {"__name__": "readme"})


@pytest.mark.parametrize("module", [shuzi, shuzi._result, shuzi._frame], ids=lambda m: m.__name__)
def test_docstring_examples(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.attempted > 0
    assert result.failed == 0
