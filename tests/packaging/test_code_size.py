"""The package stays readable: small modules, short functions, one path per job."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.paths import ROOT

SOURCES = sorted((ROOT / "src" / "readinglist").rglob("*.py"))
_MOST_LINES = 400
_MOST_FUNCTION_LINES = 60
_REASON = "# Over 60 lines:"


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_module_is_over_400_lines(path: Path) -> None:
    assert path.read_text(encoding="utf-8").count("\n") <= _MOST_LINES


def test_a_function_over_60_lines_says_why_just_above_it() -> None:
    long: list[str] = []
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            size = (node.end_lineno or node.lineno) - node.lineno + 1
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            above = lines[max(first - 4, 0) : first - 1]
            if size > _MOST_FUNCTION_LINES and not any(_REASON in line for line in above):
                long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({size} lines)")
    assert long == []


def test_no_module_restates_another() -> None:
    """A faster route may recognise and decline; it never mirrors another's rules."""
    assert [path for path in SOURCES if "Mirror of" in path.read_text(encoding="utf-8")] == []


def test_the_package_does_not_swap_its_own_class() -> None:
    init = (ROOT / "src" / "readinglist" / "__init__.py").read_text(encoding="utf-8")
    assert "__class__" not in init
