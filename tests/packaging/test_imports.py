"""What each use imports: the package loads its modules when a name is first used.

Each check runs in a fresh interpreter, since this test session has imported everything.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import readinglist
from tests.paths import EXAMPLES, ROOTS

_SEED = str(EXAMPLES / "pinterest.md")
# Modules a program that only loads pages should never pay for.
_NOT_FOR_LOADING = (
    "readinglist.collection",
    "readinglist.writing.editing.edit",
    "readinglist.writing.output.export",
    "readinglist.writing.editing.formatter",
    "readinglist.writing.output.dumps",
    "readinglist.cli",
    "readinglist.reading.structure.tokens",  # the tokenizer: for a page the recognizer declines
    "pyromark",
    "markdown_it",
    "yaml",
    "frontmatter",
    "sphinx",
    "docutils",
    "difflib",
    "json",
    "tomllib",
    "datetime",
)


def _imported(code: str, *modules: str) -> list[str]:
    """Those of ``modules`` that ``code`` leaves imported, in a new interpreter."""
    report = f"import sys; print(sorted(m for m in {modules!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", f"{code}\n{report}"], capture_output=True, text=True, check=True
    )
    found: list[str] = eval(result.stdout.splitlines()[-1])  # noqa: S307 (our own list)
    return found


def test_import_readinglist_imports_none_of_its_modules() -> None:
    assert _imported("import readinglist", "readinglist.", "sphinx", "docutils") == []


def test_loading_a_page_imports_only_what_loading_needs() -> None:
    code = f"import readinglist\npage = readinglist.load({_SEED!r})\nassert page.entries"
    assert _imported(code, *_NOT_FOR_LOADING) == []


@pytest.mark.parametrize("name", readinglist.__all__)
def test_every_public_name_imports_from_a_fresh_interpreter(name: str) -> None:
    code = f"from readinglist import {name} as value\nprint(type(value).__name__)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() != "module"


def test_dir_lists_every_public_name() -> None:
    assert set(readinglist.__all__) <= set(dir(readinglist))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'lod'"):
        readinglist.lod  # type: ignore[attr-defined]  # noqa: B018


@pytest.mark.parametrize(
    "first",
    [
        "import readinglist.reading.loader",
        "import readinglist.collection",
        "import readinglist.cli",
    ],
)
def test_load_stays_the_function_when_its_module_is_imported_first(first: str) -> None:
    code = f"{first}\nimport readinglist\nprint(readinglist.load({_SEED!r}).title)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "Pinterest"


_PAGE_COMMAND = ("readinglist.collection", "readinglist.reading.loader", "readinglist.settings")


@pytest.mark.parametrize(
    ("arguments", "needed"),
    [
        (["--version"], ()),
        (["--help"], ()),
        (["check", _SEED], _PAGE_COMMAND),
        (["show", _SEED], (*_PAGE_COMMAND, "readinglist.writing.output.export")),
    ],
)
def test_the_command_line_imports_only_what_its_command_uses(
    arguments: list[str], needed: tuple[str, ...]
) -> None:
    code = f"from readinglist.cli import main\nmain({arguments!r})"
    heavy = (
        *_PAGE_COMMAND,
        "readinglist.writing.output.export",
        "readinglist.writing.editing.edit",
        "readinglist.writing.editing.formatter",
        "readinglist.reading.frontmatter.schema",
        "readinglist.writing.files.atomic",
        "difflib",
    )
    assert _imported(code, *heavy) == sorted(needed)


def test_a_no_change_sphinx_rebuild_does_not_import_the_parser(tmp_path: Path) -> None:
    """Only a build that reads a document loads pages; the others skip the parser's import."""
    source = tmp_path / "source"
    shutil.copytree(ROOTS / "test-basic", source)
    build = (
        "import sys\nfrom sphinx.application import Sphinx\n"
        f"Sphinx({str(source)!r}, {str(source)!r}, {str(tmp_path / 'html')!r}, "
        f"{str(tmp_path / 'doctrees')!r}, 'html', status=None, warning=None).build()"
    )
    parser = (
        "readinglist.reading.loader",
        "readinglist.reading.entries.walker",
        "readinglist.reading.structure.lines",
        "pyromark",
    )
    assert _imported(build, *parser)  # the first build reads the page
    assert _imported(build, *parser) == []  # the second has nothing to read


def test_the_table_of_contents_names_every_public_name_once() -> None:
    assert sorted(readinglist._SOURCES) == sorted(set(readinglist.__all__) - {"__version__"})
