"""Exports: BibTeX that LaTeX and pybtex read as written, CSV and JSON as plain data."""

from __future__ import annotations

import hashlib
import json

import readinglist
from readinglist.writing.export import (
    bibtex_key,
    bibtex_text,
    bibtex_url,
    collection_json,
    entries_bibtex,
)


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


def test_one_medium_story_in_two_url_forms_has_one_key_written_once() -> None:
    rows = _rows(
        "- [Presto](https://medium.com/pinterest-engineering/presto-at-pinterest-a8bda7515e52)\n"
        "- [Presto](https://medium.com/@Pinterest_Engineering/presto-at-pinterest-a8bda7515e52)\n"
    )
    first, second = (bibtex_key(entry) for _, entry in rows)
    digest = hashlib.sha256(b"medium:a8bda7515e52").hexdigest()[:10]
    assert first == second == f"medium-com-{digest}"
    assert entries_bibtex(rows) == (
        f"@online{{medium-com-{digest},\n"
        "  title = {{Presto}},\n"
        "  url = {https://medium.com/pinterest-engineering/presto-at-pinterest-a8bda7515e52}\n"
        "}\n"
    )


def test_books_and_unsafe_links_are_misc_entries_without_a_url() -> None:
    rows = _rows("## To read\n\n- A Book - Someone\n- [Bad](javascript:alert(1))\n")
    text = entries_bibtex(rows)
    assert text.count("@misc{entry-") == 2
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
