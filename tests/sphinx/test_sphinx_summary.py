"""``reading-list-summary`` lists every page of the project and stays true incrementally."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

import readinglist
from tests.sphinx_projects import Activity, MakeProject, warnings_of


def summary_rows(app: SphinxTestApp) -> list[list[str]]:
    """The summary table of summary.html, one list of cell texts per row (link as href|text).

    The progress cell is ``bar-length|text``.
    """
    html = (app.outdir / "summary.html").read_text(encoding="utf-8")
    match = re.search(r'<div class="reading-list-summary.*?<tbody>(.*?)</tbody>', html, re.S)
    assert match is not None
    rows = []
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", match.group(1), re.S):
        cells = re.findall(r"<td><p[^>]*>(.*?)</p></td>", row, re.S)
        bars = re.findall(r'<p class="reading-list-progress reading-list-progress-(\d+)">', row)
        cells[1] = f"{bars[0]}|{cells[1]}"
        rows.append(
            [re.sub(r'<a class="reference internal" href="([^"]+)">', r"\1|", c) for c in cells]
        )
    return [[re.sub(r"</a>", "", cell) for cell in row] for row in rows]


def touch_later(path: Path, text: str) -> None:
    """Rewrite a file with a modification time clearly after the last build's reads."""
    path.write_text(text, encoding="utf-8")
    later = time.time_ns() + 10_000_000_000
    os.utime(path, ns=(later, later))


def test_summary_has_one_row_per_page_linking_to_its_first_use(make_project: MakeProject) -> None:
    app = make_project("summary")
    app.build()
    assert warnings_of(app) == []
    assert summary_rows(app) == [
        ["b.html#reading-list-compilers|Compilers", "0|0%", "0", "1", "0", "1", "2"],
        [
            "a.html#reading-list-distributed-systems|Distributed systems",
            "35|33%",
            "2",
            "0",
            "1",
            "0",
            "3",
        ],
        ["Total", "20|20%", "2", "1", "1", "1", "5"],
    ]
    assert 'id="reading-list-distributed-systems"' in (app.outdir / "a.html").read_text()


def test_editing_a_page_rebuilds_its_documents_and_the_summary(make_project: MakeProject) -> None:
    first = make_project("summary")
    first.build()
    two = first.srcdir / "lists" / "two.md"
    touch_later(two, two.read_text() + "\n## Done\n\n- [SICP](https://sicp.example.edu/)\n")

    second = make_project("summary")
    activity = Activity(second)
    second.build()
    assert activity.read == ["b"]
    assert activity.written == {"b", "index", "summary"}  # index: its toctree has b
    assert summary_rows(second)[0] == [
        "b.html#reading-list-compilers|Compilers",
        "35|33%",
        "0",
        "1",
        "1",
        "1",
        "3",
    ]
    assert 'href="https://sicp.example.edu/"' in (second.outdir / "b.html").read_text()


def test_a_document_dropping_its_list_updates_the_summary(make_project: MakeProject) -> None:
    first = make_project("summary")
    first.build()
    touch_later(first.srcdir / "a.rst", "A\n=\n\nNo list any more.\n")

    second = make_project("summary")
    activity = Activity(second)
    second.build()
    assert activity.read == ["a"]
    assert activity.written == {"a", "index", "summary"}
    assert (
        summary_rows(second)[1][0] == "b.html#reading-list-distributed-systems|Distributed systems"
    )


def test_an_unrelated_edit_leaves_the_summary_document_alone(make_project: MakeProject) -> None:
    first = make_project("summary")
    first.build()
    touch_later(first.srcdir / "c.rst", "C\n=\n\nStill no reading list here.\n")

    second = make_project("summary")
    activity = Activity(second)
    second.build()
    assert activity.read == ["c"]
    assert activity.written == {"c", "index"}  # not "summary"


def test_a_page_included_by_many_documents_is_parsed_once_per_build(
    make_project: MakeProject, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded: list[str] = []
    load = readinglist.load

    def counting_load(path: str, **kwargs: object) -> readinglist.Page:
        loaded.append(Path(path).name)
        return load(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(readinglist, "load", counting_load)
    app = make_project("summary")
    app.build()
    assert sorted(loaded) == ["one.md", "two.md"]  # one.md is used three times, in two docs

    loaded.clear()
    again = make_project("summary", freshenv=True)
    again.build()
    assert sorted(loaded) == ["one.md", "two.md"]  # a new build parses again
