"""format_text: a canonical layout that never changes what a page says."""

from __future__ import annotations

from pathlib import Path

import pytest

import readinglist
from readinglist import FormatError, Page, dumps, format_text
from tests.fixture_format import read_cases
from tests.paths import EXAMPLES, FIXTURES, PAGES, ROOT

PAGES = PAGES
FILES = sorted(p for p in [*EXAMPLES.rglob("*.md"), *(ROOT / "tests").rglob("*.md")] if p.is_file())
CASES = [case for path in sorted(FIXTURES.glob("*.txt")) for case in read_cases(path)]
CORPUS = {str(path.relative_to(ROOT)): path.read_bytes().decode("utf-8") for path in FILES} | {
    f"{case.file}:{case.line}": case.text for case in CASES
}


def shape(page: Page) -> list[tuple[object, ...]]:
    return [(e.title, e.url, e.status, e.description, e.groups) for e in page.entries]


def never_closed(text: str) -> bool:
    page = readinglist.loads(text)
    return any("is never closed" in d.message for d in page.diagnostics)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_every_example_and_fixture_page_formats_idempotently_keeping_every_entry(
    name: str,
) -> None:
    text = CORPUS[name]
    if never_closed(text):
        with pytest.raises(FormatError, match="front matter is never closed"):
            format_text(text)
        return
    formatted = format_text(text)
    assert format_text(formatted) == formatted
    page, again = readinglist.loads(text), readinglist.loads(formatted)
    assert shape(again) == shape(page)
    assert again.title == page.title
    assert again.front_matter.raw == page.front_matter.raw


# Pages whose style cannot write them; dumps writes them in the style they show first.
MIXED_STYLES = {
    # Entries under "# Done" and under a topic heading of the same level outside it: written
    # as "# TODO" then "## Topics", so the topics are one level deeper.
    "groups.txt:149",
    # Placeholder links outside every group are books, which dumps writes in a status group.
    "urls.txt:1",
    # Shapes dumps reads but writes in its canonical form: lines joined by hard breaks
    # (list items), status markers (status groups), headings and icon links that are
    # entries (items), a topic one edit from a status label at a status level, lists
    # dropped as navigation or a License section (their groups go), and H1 sections whose
    # first H1 is the title (written at level 2 under it).
    "shapes.txt:14",
    "shapes.txt:66",
    "shapes.txt:130",
    "shapes.txt:192",
    "shapes.txt:336",
    "shapes.txt:397",
    "shapes.txt:411",
    # A table row whose Status column is its only status cell on a page of list items: its
    # status goes in a status group.
    "shapes.txt:507",
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_every_example_and_fixture_page_dumps_and_reads_back(name: str) -> None:
    page = readinglist.loads(CORPUS[name], path="page.md")
    again = readinglist.loads(dumps(page), path="page.md")
    assert shape(again) == shape(page)
    assert [(e.checked, e.struck) for e in again.entries] == [
        (e.checked, e.struck) for e in page.entries
    ]
    assert (again.title, again.front_matter.raw) == (page.title, page.front_matter.raw)
    assert dumps(again) == dumps(page)
    assert (again.style == page.style) is (name not in MIXED_STYLES)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.md")), ids=lambda path: path.name)
def test_every_docs_example_is_written_back_exactly_as_it_is(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert dumps(readinglist.loads(text)) == text


def test_the_seed_page_is_already_canonical() -> None:
    text = (EXAMPLES / "pinterest.md").read_text(encoding="utf-8")
    assert format_text(text) == text


def test_layout_is_made_canonical() -> None:
    messy = (
        "---\ntitle: P\nunknown: [kept, as, is]   \n---\n\n\n# P   \n\n\n\n"
        "* [A](https://e.example/a)\t\n* [X] [B](https://e.example/b)\n\n\n"
        "Prose with a hard  \nbreak and a soft one \nhere.\n\n\n"
    )
    assert format_text(messy) == (
        "---\ntitle: P\nunknown: [kept, as, is]   \n---\n\n# P\n\n"
        "- [A](https://e.example/a)\n- [x] [B](https://e.example/b)\n\n"
        "Prose with a hard  \nbreak and a soft one\nhere.\n"
    )


def test_code_fences_html_blocks_and_comments_are_kept_byte_for_byte() -> None:
    text = (
        "# P\n\n```\ncode   \n\n\n\nend\n```\n\n<!-- a comment  \n\n\nends here -->\n\n"
        "    indented code  \n\n\n    more\n\n<div>\n  <b>html</b>   \n</div>\n"
    )
    assert format_text(text) == text


def test_crlf_pages_stay_crlf_and_gain_a_final_newline() -> None:
    assert format_text("# P\r\n\r\n\r\n- [A](https://e.example/a)") == (
        "# P\r\n\r\n- [A](https://e.example/a)\r\n"
    )


def test_a_bullet_beside_a_list_of_another_bullet_is_kept_so_the_lists_stay_apart() -> None:
    text = "# P\n\n- [A](https://e.example/a)\n* [B](https://e.example/b)\n"
    assert format_text(text) == text


def test_a_list_item_opening_with_blank_lines_keeps_them() -> None:
    text = "# P\n\n-\n\n\n  not in the item\n"
    assert format_text(text) == text


def test_front_matter_that_does_not_parse_is_kept_and_the_body_formatted() -> None:
    text = "---\ntitle: [unclosed\n---\n\n\n- [A](https://e.example/a)   \n"
    assert format_text(text) == "---\ntitle: [unclosed\n---\n\n- [A](https://e.example/a)\n"


def test_front_matter_never_closed_is_refused_with_the_reason() -> None:
    with pytest.raises(FormatError, match=r"page\.md: front matter is never closed \(line 1\)"):
        format_text("---\ntitle: T\n\n\n- [A](https://e.example/a)\n", path="page.md")


def test_an_empty_page_stays_empty() -> None:
    assert format_text("") == ""
    assert format_text("\n\n") == ""
