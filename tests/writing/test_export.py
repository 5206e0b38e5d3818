"""Exports: BibTeX with the keys people write, that LaTeX reads as written; JSON as plain data."""

from __future__ import annotations

import json
import re

import pytest

import readinglist
from readinglist import Entry, Status
from readinglist.writing.output.bibtex import bibtex_key, bibtex_text, bibtex_url, entries_bibtex
from readinglist.writing.output.export import collection_json


def _rows(text: str) -> list[tuple[readinglist.Page, readinglist.Entry]]:
    page = readinglist.loads(text, path="page.md")
    return [(page, entry) for entry in page.entries]


def test_bibtex_text_escapes_every_latex_special() -> None:
    assert bibtex_text("50% of C# & $x_1$ {a} ~b^ \\c") == (
        r"50\% of C\# \& \$x\_1\$ \{a\} \textasciitilde{}b\textasciicircum{} \textbackslash{}c"
    )


def test_bibtex_text_folds_spacing() -> None:
    assert bibtex_text("  two\n lines ") == "two lines"


def test_bibtex_urls_keep_percent_escapes_and_encode_braces_backslashes_spaces() -> None:
    assert bibtex_url("https://x.org/a b/{c}\\d%20é?q=1#f") == (
        "https://x.org/a%20b/%7Bc%7D%5Cd%20%C3%A9?q=1#f"
    )


def test_one_medium_story_in_two_url_forms_is_one_record() -> None:
    rows = _rows(
        "- [Presto](https://medium.com/pinterest-engineering/presto-at-pinterest-a8bda7515e52)\n"
        "- [Presto](https://medium.com/@Pinterest_Engineering/presto-at-pinterest-a8bda7515e52)\n"
    )
    assert entries_bibtex(rows) == (
        "@online{medium-presto,\n"
        "  title = {{Presto}},\n"
        "  url = {https://medium.com/pinterest-engineering/presto-at-pinterest-a8bda7515e52}\n"
        "}\n"
    )


def _entry(title: str, url: str | None = None, **fields: object) -> Entry:
    key, site = (readinglist.canonical_url(url), readinglist.site_of(url)) if url else (None, None)
    return Entry(title, url, Status.TODO, 1, key=key, site=site).replace(**fields)


@pytest.mark.parametrize(
    ("entry", "key"),
    [
        (
            _entry("Designing Data-Intensive Applications", author="Martin Kleppmann", year=2017),
            "kleppmann2017designing",
        ),
        (_entry("The Log", "https://engineering.linkedin.com/log", year=2013), "linkedin-log-2013"),
        (
            _entry("Presto at Pinterest", "https://medium.com/p/a8bda7515e5"),
            "medium-presto-pinterest",
        ),
        (_entry("Café — Straße’s guide", "https://www.bbc.co.uk/x"), "bbc-cafe-strasses-guide"),
        (_entry("A Book", author="Ann Author et al."), "authorbook"),
        (_entry("Paper", author="Jane Doe and John Roe", year=1999), "doe1999paper"),
        (_entry("The", "https://e.org/a"), "e-the"),
        (_entry("分散システム"), "entry"),
        (_entry("分散システム", "https://example.jp/a", year=2020), "example-2020"),
    ],
)
def test_keys_look_like_the_ones_people_write(entry: Entry, key: str) -> None:
    assert bibtex_key(entry) == key


def test_keys_are_unique_and_copies_of_a_reading_are_written_once() -> None:
    rows = _rows(
        "- [Raft](https://raft.github.io/)\n"
        "- [Raft](https://example.com/raft.pdf)\n"
        "- [Raft](https://raft.github.io/#implementations)\n"
        "- [Raft](https://www.github.io/raft)\n"
        "\n## Books\n\n"
        "- Raft\n"
        "- Raft\n"
    )
    text = entries_bibtex(rows)
    keys = re.findall(r"^@\w+\{([^,]+),$", text, flags=re.M)
    # The copy with a fragment and the second book are the same readings: written once.
    assert keys == ["github-raft", "example-raft", "github-raft-2", "raft"]


def test_author_and_year_are_written_where_known_and_empty_urls_never() -> None:
    rows = [
        (readinglist.loads(""), _entry("Designing Data-Intensive Applications",
                                       author="Martin Kleppmann & Ann Other", year=2017)),
        (readinglist.loads(""), _entry("Some Book", "", key="", site=None)),
        (readinglist.loads(""), _entry("Anchor", "#", key="#", site=None)),
        (readinglist.loads(""), _entry("Many", "https://e.org/m", author="A. Author et al.")),
    ]  # fmt: skip
    assert entries_bibtex(rows) == (
        "@misc{kleppmann2017designing,\n"
        "  author = {Martin Kleppmann and Ann Other},\n"
        "  title = {{Designing Data-Intensive Applications}},\n"
        "  year = {2017}\n"
        "}\n\n"
        "@misc{some-book,\n"
        "  title = {{Some Book}}\n"
        "}\n\n"
        "@misc{anchor,\n"
        "  title = {{Anchor}}\n"
        "}\n\n"
        "@online{authormany,\n"
        "  author = {A. Author and others},\n"
        "  title = {{Many}},\n"
        "  url = {https://e.org/m}\n"
        "}\n"
    )
    assert "url = {}" not in entries_bibtex(_rows("## To read\n\n- [Empty]()\n- [Hash](#)\n"))


def test_books_and_unsafe_links_are_misc_entries_without_a_url() -> None:
    rows = _rows("## To read\n\n- A Book - Someone\n- [Bad](javascript:alert(1))\n")
    text = entries_bibtex(rows)
    assert re.findall(r"^@misc\{([^,]+),$", text, flags=re.M) == ["book", "bad"]
    assert "javascript" not in text
    assert "url" not in text


def test_json_export_keeps_front_matter_values_that_json_lacks_as_text() -> None:
    page = readinglist.loads(
        "---\ntitle: Dated\nupdated: 2024-01-02\n---\n\n- [A](https://example.com/a)\n",
        path="dated.md",
    )
    document = json.loads(collection_json(readinglist.collect([page])))
    assert document["version"] == 1
    assert document["pages"][0]["front_matter"] == {"title": "Dated", "updated": "2024-01-02"}
    assert document["counts"]["total"] == 1
