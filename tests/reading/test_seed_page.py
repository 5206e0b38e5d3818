"""The original Just the Docs page loads as the format reference promises."""

from __future__ import annotations

from pathlib import Path

import readinglist
from readinglist import Code, Severity, Status


def test_seed_page_has_seventeen_todo_entries_on_odd_lines(pinterest: Path) -> None:
    page = readinglist.load(pinterest)
    assert page.title == "Pinterest"
    assert [entry.line for entry in page.entries] == list(range(11, 44, 2))
    assert {entry.status for entry in page.entries} == {Status.TODO}
    assert all(entry.status == "todo" for entry in page.entries)
    assert all(entry.groups == () for entry in page.entries)


def test_seed_page_has_exactly_one_duplicate_warning(pinterest: Path) -> None:
    page = readinglist.load(pinterest)
    (diagnostic,) = page.diagnostics
    assert diagnostic.code is Code.DUPLICATE_URL
    assert diagnostic.severity is Severity.WARNING
    assert (diagnostic.line, diagnostic.column, diagnostic.related_line) == (31, 3, 13)
    assert str(diagnostic).startswith(f"{pinterest}:31:3: warning[duplicate-url] ")
    assert str(diagnostic).endswith("(first at line 13)")


def test_seed_page_front_matter_is_typed(pinterest: Path) -> None:
    front_matter = readinglist.load(pinterest).front_matter
    assert front_matter.nav_order == 6
    assert front_matter.has_children is True
    assert dict(front_matter.extra) == {}
    assert front_matter.key_lines["nav_order"] == 4


def test_medium_author_and_publication_forms_share_one_key(pinterest: Path) -> None:
    page = readinglist.load(pinterest)
    by_title = {entry.title: entry for entry in page.entries}
    part_2 = by_title["Using graph algorithms to optimize Kafka operations, Part 2"]
    assert part_2.url is not None
    assert "@Pinterest_Engineering" in part_2.url
    assert part_2.key == "medium:c970d9c08c7d"
    assert part_2.site == "medium.com"
