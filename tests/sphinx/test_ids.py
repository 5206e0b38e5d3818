"""List ids are unique in each output file and stable: singlehtml has no duplicate ids.

The project has two pages titled "Books" in two documents, a Japanese title (no ASCII
letters) in both, and one page shown twice in one document.
"""

from __future__ import annotations

import re
from collections import Counter

from tests.sphinx_projects import MakeProject, warnings_of

SINGLE_IDS = [
    "shelf--reading-list-books",
    "shelf--reading-list-lists-japanese",
    "shelf--reading-list-books-2",
    "other--reading-list-books",
    "other--reading-list-lists-japanese",
]


def _list_ids(html: str) -> list[str]:
    return re.findall(r'<div class="reading-list [^"]*" id="([^"]+)"', html)


def test_singlehtml_gives_every_list_an_id_of_its_own(make_project: MakeProject) -> None:
    app = make_project("singlehtml-ids", "singlehtml")
    app.build()
    assert warnings_of(app) == []
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert _list_ids(html) == SINGLE_IDS
    every_id = Counter(re.findall(r'\sid="([^"]+)"', html))
    assert [name for name, count in every_id.items() if count > 1] == []


def test_singlehtml_summary_rows_link_to_their_own_lists(make_project: MakeProject) -> None:
    app = make_project("singlehtml-ids", "singlehtml")
    app.build()
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    start = html.index('<div class="reading-list-summary')
    summary = html[start : html.index("</table>", start)]
    links = re.findall(r'<a class="reference internal" href="#([^"]+)">([^<]+)</a>', summary)
    assert links == [
        ("shelf--reading-list-books", "Books"),
        ("other--reading-list-books", "Books"),
        ("other--reading-list-lists-japanese", "読書リスト"),
    ]
    assert {target for target, _ in links} <= set(_list_ids(html))


def test_html_ids_are_unique_per_document_and_readable(make_project: MakeProject) -> None:
    app = make_project("singlehtml-ids")
    app.build()
    shelf = (app.outdir / "shelf.html").read_text(encoding="utf-8")
    other = (app.outdir / "other.html").read_text(encoding="utf-8")
    assert _list_ids(shelf) == [
        "reading-list-books",
        "reading-list-lists-japanese",
        "reading-list-books-2",
    ]
    assert _list_ids(other) == ["reading-list-books", "reading-list-lists-japanese"]
    index = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'href="([^"]+#reading-list[^"]*)"', index) == [
        "shelf.html#reading-list-books",
        "other.html#reading-list-books",
        "other.html#reading-list-lists-japanese",
    ]


def test_ids_stay_when_another_document_adds_the_same_lists(make_project: MakeProject) -> None:
    first = make_project("singlehtml-ids", "singlehtml")
    first.build()
    (first.srcdir / "aaa.rst").write_text(
        "First\n=====\n\n.. reading-list:: lists/books.md\n\n.. reading-list:: lists/japanese.md\n",
        encoding="utf-8",
    )
    index = first.srcdir / "index.rst"
    index.write_text(index.read_text().replace("   shelf\n", "   aaa\n   shelf\n"))
    again = make_project("singlehtml-ids", "singlehtml", freshenv=True)
    again.build()
    html = (again.outdir / "index.html").read_text(encoding="utf-8")
    assert _list_ids(html) == [
        "aaa--reading-list-books",
        "aaa--reading-list-lists-japanese",
        *SINGLE_IDS,
    ]
