"""The public API reads well in a REPL: short signatures and reprs, docstrings that say enough."""

from __future__ import annotations

import inspect
import pydoc
import re
from collections.abc import Callable

import pytest

import readinglist
from tests.paths import EXAMPLES, ROOT

PUBLIC_FUNCTIONS: list[Callable[..., object]] = [
    value for name in readinglist.__all__ if inspect.isfunction(value := getattr(readinglist, name))
]


def _name(function: Callable[..., object]) -> str:
    return getattr(function, "__name__", repr(function))


def test_every_public_function_is_checked() -> None:
    assert {_name(f) for f in PUBLIC_FUNCTIONS} >= {
        "load", "loads", "load_collection", "collect", "dumps", "add_entry", "mark_entry",
        "find_entry", "format_text", "canonical_url", "site_of",
    }  # fmt: skip


@pytest.mark.parametrize("function", PUBLIC_FUNCTIONS, ids=_name)
def test_help_shows_a_short_signature(function: Callable[..., object]) -> None:
    """No default is spelt out as a whole object (the status vocabulary was, label by label)."""
    signature = str(inspect.signature(function))
    assert len(signature) < 300, signature
    assert "StatusVocabulary(" not in signature
    assert "<" not in signature  # no repr of a default object
    first_line = pydoc.plain(pydoc.render_doc(function)).splitlines()[2]
    assert first_line.startswith(_name(function) + "(")
    assert len(first_line) < 300


@pytest.mark.parametrize("function", PUBLIC_FUNCTIONS, ids=_name)
def test_docstrings_say_what_they_return_and_raise(function: Callable[..., object]) -> None:
    doc = inspect.getdoc(function) or ""
    assert re.search(r"\bReturns\b", doc), f"{_name(function)}: what does it return?"
    assert re.search(r"\b(Raises|[Nn]ever raises)\b", doc), f"{_name(function)}: what raises?"


def test_a_page_repr_is_one_short_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    page = readinglist.load("docs/examples/pinterest.md")
    assert repr(page) == "<Page 'Pinterest' docs/examples/pinterest.md: 17 entries, 1 diagnostic>"
    assert repr(readinglist.loads("- [A](https://example.com/a)\n")) == (
        "<Page 'Untitled': 1 entry, 1 diagnostic>"
    )
    assert repr(readinglist.loads("# Empty\n", path="empty.md")) == (
        "<Page 'Empty' empty.md: 0 entries, 1 diagnostic>"
    )


def test_a_collection_repr_counts_its_pages_entries_and_every_diagnostic() -> None:
    collection = readinglist.load_collection([EXAMPLES])
    pages = len(collection.pages)
    entries = sum(len(page.entries) for page in collection)
    diagnostics = len(collection.all_diagnostics())
    assert repr(collection) == (
        f"<Collection of {pages} pages: {entries} entries, {diagnostics} diagnostics>"
    )
    assert len(repr(collection)) < 80


def test_the_entry_docstring_is_about_the_readers_data() -> None:
    doc = readinglist.Entry.__doc__ or ""
    assert "slot" not in doc.lower()
    for field in ("title", "url", "status", "description", "groups", "line"):
        assert f"``{field}``" in doc
