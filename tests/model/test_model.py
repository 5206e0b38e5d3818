"""The model is typed and immutable; the core never imports Sphinx or docutils."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

import readinglist


def test_pages_and_entries_are_frozen(pinterest: Path) -> None:
    page = readinglist.load(pinterest)
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.title = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.entries[0].status = readinglist.Status.DONE  # type: ignore[misc]
    with pytest.raises(TypeError):
        page.front_matter.extra["new"] = 1  # type: ignore[index]
    assert isinstance(page.entries, tuple)
    assert isinstance(page.diagnostics, tuple)


def test_same_text_loads_to_equal_pages() -> None:
    text = "---\ntitle: T\nextra: [1, 2]\n---\n\n- [A](https://example.com/a)\n"
    assert readinglist.loads(text) == readinglist.loads(text)


def test_counts_every_status() -> None:
    page = readinglist.loads("## Done\n\n- [A](https://example.com/a)\n")
    assert dict(page.counts()) == {"todo": 0, "reading": 0, "done": 1, "skipped": 0}


def test_unknown_front_matter_keys_are_kept_in_order() -> None:
    page = readinglist.loads("---\nzeta: 1\ntitle: T\nalpha: [x]\n---\n- [A](https://e.org/a)\n")
    assert list(page.front_matter.extra) == ["zeta", "alpha"]
    assert list(page.front_matter.raw) == ["zeta", "title", "alpha"]


def test_importing_the_core_imports_neither_sphinx_nor_docutils() -> None:
    code = "import sys, readinglist; readinglist.loads('- [A](https://e.org)');" + (
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'sphinx', 'docutils'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_package_is_typed() -> None:
    assert (Path(readinglist.__file__).parent / "py.typed").is_file()


def test_all_names_exist_once() -> None:
    assert len(set(readinglist.__all__)) == len(readinglist.__all__)
    for name in readinglist.__all__:
        assert hasattr(readinglist, name)
