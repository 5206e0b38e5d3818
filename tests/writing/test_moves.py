"""Where an entry goes on pages of status headings over topic headings, and removing one.

An entry moves into the page's group of its new status, whatever that group's label, into
its own topic there (created when missing); a topic heading a move leaves empty goes; a page
never gets a second group of a status.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import readinglist
from readinglist import EditError, Status, add_entry, mark_entry, remove_entry
from readinglist.reading.loader import read
from readinglist.writing.editing.layout import Layout
from tests.fixture_format import read_cases
from tests.paths import EXAMPLES, FIXTURES, PAGES
from tests.writing.test_edit import changes

STATUSES = (PAGES / "statuses.md").read_text(encoding="utf-8")


def test_an_entry_joins_its_topic_in_the_existing_group_of_its_status() -> None:
    result = mark_entry(STATUSES, "Spanner", "reading")
    assert changes(STATUSES, result.text) == (
        "@@ -7 +6,0 @@\n-- [Spanner](https://db.example/spanner) - global SQL\n"
        "@@ -18,0 +18 @@\n+- [Spanner](https://db.example/spanner) - global SQL\n"
    )
    assert (result.entry.line, result.entry.status, result.entry.groups) == (
        18,
        "reading",
        ("Databases",),
    )


def test_a_missing_topic_is_created_inside_the_existing_group_not_a_second_group() -> None:
    result = mark_entry(STATUSES, "Calvin", "done")
    assert changes(STATUSES, result.text) == (
        "@@ -8 +7,0 @@\n-- [Calvin](https://db.example/calvin)\n"
        "@@ -26,0 +26,4 @@\n+\n+### Databases\n+\n+- [Calvin](https://db.example/calvin)\n"
    )
    assert result.text.count("## Done") == 1


def test_a_topic_heading_left_empty_by_a_move_goes_with_it() -> None:
    result = mark_entry(STATUSES, "Attention is all you need", "done")
    assert "## To read\n\n### Databases" in result.text
    assert result.text.count("### Machine learning") == 1
    again = mark_entry(result.text, "Attention is all you need", "reading")
    assert again.text.count("### Machine learning") == 1  # not left behind under Done
    assert "#### Reading" not in again.text
    assert again.entry.groups == ("Machine learning",)


def test_a_topic_heading_with_prose_under_it_stays() -> None:
    result = remove_entry(STATUSES, "End-to-end arguments")
    assert "### Networking\n\nSome notes about what I read." in result.text
    assert result.entry.title == "End-to-end arguments"


def test_marking_back_restores_the_bytes() -> None:
    for title, away in [("Calvin", "done"), ("Attention is all you need", "reading")]:
        moved = mark_entry(STATUSES, title, away)
        assert mark_entry(moved.text, title, "todo").text == STATUSES


def test_remove_takes_the_entry_and_the_topic_it_empties() -> None:
    result = remove_entry(STATUSES, "https://ml.example/attention")
    assert changes(STATUSES, result.text) == (
        "@@ -9,4 +8,0 @@\n-\n-### Machine learning\n-\n"
        "-- [Attention is all you need](https://ml.example/attention)\n"
    )
    assert len(result.page.entries) == len(readinglist.loads(STATUSES).entries) - 1


def test_remove_refuses_an_entry_whose_nested_entries_would_go_too() -> None:
    text = (PAGES / "nested.md").read_text(encoding="utf-8")
    with pytest.raises(EditError, match=r"cannot remove 'Microservices' \(line 3\)"):
        remove_entry(text, "Microservices")


def test_add_creates_missing_nested_topics() -> None:
    result = add_entry(
        STATUSES, "https://db.example/raft", title="Raft", group="Databases/Consensus"
    )
    assert changes(STATUSES, result.text) == (
        "@@ -8,0 +9,4 @@\n+\n+#### Consensus\n+\n+- [Raft](https://db.example/raft)\n"
    )
    assert result.entry.groups == ("Databases", "Consensus")
    fresh = add_entry("# P\n", "https://a.example/x", title="X", group="Systems/Storage")
    assert fresh.entry.groups == ("Systems", "Storage")


def test_an_unchanged_mark_says_so() -> None:
    result = mark_entry(STATUSES, "Bigtable", "reading")
    assert (result.changed, result.text is STATUSES) == (False, True)


# Any sequence of marks, on every fixture and example page -----------------------------

FIXTURE_PAGES = [case.text for path in sorted(FIXTURES.glob("*.txt")) for case in read_cases(path)]
PAGES_TO_MARK = [
    text
    for text in [
        *FIXTURE_PAGES,
        *(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.md"))),
        *(p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.md"))),
    ]
    if readinglist.loads(text).entries
]


def _status_siblings(text: str) -> Counter[tuple[int, str, int, Status]]:
    """How many status groups each (parent, kind, level, status) has."""
    layout = Layout(read(text), readinglist.DEFAULT_VOCABULARY)
    return Counter(
        (layout.enclosing[o.line], o.kind, o.level, o.status)
        for o in layout.openers.values()
        if o.status is not None
    )


def _status_groups(text: str) -> list[tuple[str, int, Status | None, str]]:
    """The page's status groups, as written: the groups a move back can find again."""
    layout = Layout(read(text), readinglist.DEFAULT_VOCABULARY)
    return sorted(
        (o.kind, o.level, o.status, o.label)
        for o in layout.openers.values()
        if o.status is not None
    )


def _empty_topics(text: str) -> set[str]:
    """Topic headings with nothing (no entry, no text) in their section."""
    layout = Layout(read(text), readinglist.DEFAULT_VOCABULARY)
    return {
        o.label
        for o in layout.openers.values()
        if o.status is None
        and o.kind == "heading"
        and all(layout.is_blank(n) for n in range(o.line + 1, o.last_line + 1))
        and not layout.children(o.line)
    }


def _unique_titles(text: str) -> list[str]:
    titles = [e.title for e in readinglist.loads(text).entries]
    return [t for t in titles if titles.count(t) == 1 and t.strip()]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PAGES_TO_MARK), st.data())
def test_any_sequence_of_marks_keeps_the_groups_tidy_and_marking_back_restores(
    text: str, data: st.DataObject
) -> None:
    titles = _unique_titles(text)
    if not titles:
        return
    title = data.draw(st.sampled_from(titles))
    first = readinglist.loads(text)
    before = next(e for e in first.entries if e.title == title)
    codes = Counter(d.code for d in first.diagnostics)
    current = text
    for status in data.draw(st.lists(st.sampled_from(list(Status)), min_size=1, max_size=3)):
        try:
            current = mark_entry(current, title, status).text
        except EditError:
            return
        page = readinglist.loads(current)
        original, now = _status_siblings(text), _status_siblings(current)
        assert all(count <= max(1, original[key]) for key, count in now.items())
        assert not (_empty_topics(current) - _empty_topics(text))
        assert Counter(d.code for d in page.diagnostics) - codes <= Counter(
            {readinglist.Code.STATUS_CONFLICT: 1}
        )
    # Back to where it was: the same bytes when it went back into a group it came from.
    try:
        back = mark_entry(current, title, before.status).text
    except EditError:
        return
    restored = readinglist.loads(back)
    again = next(e for e in restored.entries if e.title == title)
    assert (again.status, again.groups) == (before.status, before.groups)
    if (
        _status_groups(back) == _status_groups(text)
        and _last_of_its_group(text, first, before)
        and before.checked is None
        and not before.struck
        and not text.splitlines()[before.line - 1].lstrip().startswith("|")  # a table's word
    ):
        assert back == text


def _last_of_its_group(text: str, page: readinglist.Page, entry: readinglist.Entry) -> bool:
    """Nothing after it in its groups, no entry and no text: where a move back puts it."""
    if any(
        other.line > entry.line
        and (set(other.group_lines) & set(entry.group_lines) or not entry.group_lines)
        for other in page.entries
    ):
        return False
    layout = Layout(read(text), readinglist.DEFAULT_VOCABULARY)
    openers = [layout.openers[n] for n in entry.group_lines if n in layout.openers]
    end = openers[-1].last_line if openers else len(layout.lines)
    return all(layout.is_blank(n) for n in range((entry.end_line or entry.line) + 1, end + 1))


# Tables ----------------------------------------------------------------------------------

STATUS_TABLE = (
    "# Books\n\n| Title | Author | Status |\n|---|---|---|\n"
    "| Dune | Herbert | ✅ |\n| Emma | Austen | 📖 |\n| Ulysses | Joyce | ⬜ |\n"
)


def test_a_table_row_says_its_new_status_in_its_status_cell_in_the_tables_own_words() -> None:
    result = mark_entry(STATUS_TABLE, "Ulysses", "done")
    assert changes(STATUS_TABLE, result.text) == (
        "@@ -7 +7 @@\n-| Ulysses | Joyce | ⬜ |\n+| Ulysses | Joyce | ✅ |\n"
    )
    assert result.entry.status == "done"
    skipped = mark_entry(STATUS_TABLE, "Dune", "skipped")
    assert "| Dune | Herbert | Skipped |" in skipped.text  # no emoji says skipped
    again = mark_entry(skipped.text, "Dune", "done")  # the other rows say it with emoji
    assert "| Dune | Herbert | ✅       |" in again.text  # the cell keeps its width


MIXED = (
    "# Books\n\n## Reading\n\n| Title | Author |\n|---|---|\n| Emma | Austen |\n\n"
    "## Done\n\n- [Dune](https://example.org/dune)\n"
)


def test_an_item_moved_into_a_group_that_holds_a_table_goes_after_it_as_an_item() -> None:
    """Never after a row as if it were one (``| [Dune](…)`` read as a broken row)."""
    result = mark_entry(MIXED, "Dune", "reading")
    assert changes(MIXED, result.text) == (
        "@@ -8,0 +9,2 @@\n+- [Dune](https://example.org/dune)\n+\n"
        "@@ -10,2 +11,0 @@\n-\n-- [Dune](https://example.org/dune)\n"
    )
    assert (result.entry.status, result.entry.line) == ("reading", 9)
    assert mark_entry(result.text, "Dune", "done").text == MIXED


def test_an_entry_added_to_a_group_that_holds_a_table_goes_after_it_as_an_item() -> None:
    result = add_entry(MIXED, "https://example.org/new", title="New", status="reading")
    assert changes(MIXED, result.text) == "@@ -8,0 +9,2 @@\n+- [New](https://example.org/new)\n+\n"
    assert "| Emma | Austen |" in result.text


def test_a_row_of_a_table_without_status_column_moves_to_the_table_of_its_new_status() -> None:
    text = (
        "# Books\n\n## To read\n\n| Title | Author |\n|---|---|\n| Dune | Herbert |\n"
        "| Emma | Austen |\n\n## Done\n\n| Title | Author |\n|---|---|\n| Ulysses | Joyce |\n"
    )
    result = mark_entry(text, "Emma", "done")
    assert changes(text, result.text) == (
        "@@ -8 +7,0 @@\n-| Emma | Austen |\n@@ -14,0 +14 @@\n+| Emma | Austen |\n"
    )
    assert mark_entry(result.text, "Emma", "todo").text == text.replace(
        "| Dune | Herbert |\n| Emma | Austen |\n", "| Dune | Herbert |\n| Emma | Austen |\n"
    )
    with pytest.raises(EditError, match="cannot mark 'Dune'"):
        mark_entry(text, "Dune", "reading")  # no table of that status to move it to
