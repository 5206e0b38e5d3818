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


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _private_imports(text: str, package: str) -> list[str]:
    """The imports in ``text`` of private names (``_name``, or any name of a ``_module``)
    from outside the package they are private to, for a module of ``package`` (dotted)."""
    found = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.ImportFrom) or not node.module or node.level:
            continue
        source, names = node.module, [alias.name for alias in node.names]
        if not source.startswith(("readinglist", "sphinx_readinglist")):
            continue
        private_module = any(_is_private(part) for part in source.split("."))
        if not private_module and not any(_is_private(name) for name in names):
            continue
        home = source if private_module else source.rpartition(".")[0]
        while any(_is_private(part) for part in home.split(".")):
            home = home.rpartition(".")[0]  # a _module is private to the package holding it
        if package != home and not package.startswith(home + "."):
            found.append(f"from {source} import {', '.join(names)}")
    return found


def test_private_helpers_are_not_imported_across_packages() -> None:
    """A helper another package needs has a public place; ``_name`` stays in its package."""
    found = []
    for root in (ROOT / "src", ROOT / "sphinx_ext"):
        for path in sorted(root.rglob("*.py")):
            package = ".".join(path.relative_to(root).parts[:-1])
            text = path.read_text(encoding="utf-8")
            found += [
                f"{path.relative_to(ROOT)}: {line}" for line in _private_imports(text, package)
            ]
    assert found == []


def test_a_private_import_across_packages_is_found() -> None:
    text = (
        "from readinglist.reading.entries.walker import _ROW\n"
        "from readinglist.commands._common import report\n"
        "from readinglist.writing.editing.layout import Layout\n"
    )
    assert _private_imports(text, "readinglist.writing.editing") == [
        "from readinglist.reading.entries.walker import _ROW",
        "from readinglist.commands._common import report",
    ]
    assert _private_imports(text, "readinglist.commands") == [
        "from readinglist.reading.entries.walker import _ROW"
    ]
