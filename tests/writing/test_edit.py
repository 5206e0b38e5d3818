"""add and mark change only the lines they must: golden diffs written by hand, and errors."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from pathlib import Path

import pytest

import readinglist
from readinglist import (
    AmbiguousEntryError,
    DuplicateEntryError,
    EditError,
    EntryNotFoundError,
    add_entry,
    mark_entry,
)
from tests.paths import EXAMPLES, PAGES

PAGES = PAGES


def changes(old: str, new: str) -> str:
    """The unified diff without context or file names: exactly the lines that changed."""
    lines = difflib.unified_diff(old.splitlines(True), new.splitlines(True), n=0)
    return "".join(line for line in lines if not line.startswith(("---", "+++")))


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


GOLDEN: list[tuple[str, Path, Callable[[str], str], str]] = [
    (
        "marking the seed's last entry done opens a '- Done' label group in the '- TODO' shape",
        EXAMPLES / "pinterest.md",
        lambda t: mark_entry(t, "Presto at Pinterest", "done").text,
        "@@ -42,0 +43,2 @@\n+- Done\n+\n",
    ),
    (
        "adding to the seed writes an indented paragraph after the last TODO entry",
        EXAMPLES / "pinterest.md",
        lambda t: (
            add_entry(t, "https://medium.com/p/new-post-0123456789ab", title="A new post").text
        ),
        "@@ -43,0 +44,2 @@\n+\n+  [A new post](https://medium.com/p/new-post-0123456789ab)\n",
    ),
    (
        "marking done moves the entry after the last done entry of the same topic",
        PAGES / "headings.md",
        lambda t: mark_entry(t, "Exactly-once semantics", "done").text,
        "@@ -17 +16,0 @@\n"
        "-- [Exactly-once semantics](https://kafka.example/eos): the transactions design\n"
        "@@ -31,0 +31 @@\n"
        "+- [Exactly-once semantics](https://kafka.example/eos): the transactions design\n",
    ),
    (
        "a missing status group goes between the status groups it sorts between, with its topic",
        PAGES / "headings.md",
        lambda t: mark_entry(t, "https://flink.example/checkpoints", "reading").text,
        "@@ -21,2 +20,0 @@\n"
        "-* [Checkpoints in depth](https://flink.example/checkpoints)\n"
        "-\n"
        "@@ -25,0 +24,6 @@\n"
        "+\n+## Reading\n+\n+### Flink\n+\n"
        "+* [Checkpoints in depth](https://flink.example/checkpoints)\n",
    ),
    (
        "adding to a topic goes after its last entry of that status",
        PAGES / "headings.md",
        lambda t: add_entry(t, "https://kafka.example/quotas", title="Quotas", group="kafka").text,
        "@@ -17,0 +18 @@\n+- [Quotas](https://kafka.example/quotas)\n",
    ),
    (
        "a task item is ticked in place, keeping CRLF line endings",
        PAGES / "tasks.md",
        lambda t: mark_entry(t, "Replication", "done").text,
        "@@ -5 +5 @@\n"
        "-- [ ] [Replication](https://kafka.example/replication)\r\n"
        "+- [x] [Replication](https://kafka.example/replication)\r\n",
    ),
    (
        "a struck entry marked todo loses its strike in place",
        PAGES / "tasks.md",
        lambda t: mark_entry(t, "Zookeeper", "todo").text,
        "@@ -7 +7 @@\n"
        "-- [ ] ~~[Zookeeper](https://kafka.example/zookeeper)~~\r\n"
        "+- [ ] [Zookeeper](https://kafka.example/zookeeper)\r\n",
    ),
    (
        "a done entry added to a task list is a ticked task item",
        PAGES / "tasks.md",
        lambda t: (
            add_entry(
                t, "https://kafka.example/isr", title="ISR", status="done", group="Kafka"
            ).text
        ),
        "@@ -7,0 +8 @@\n+- [x] [ISR](https://kafka.example/isr)\r\n",
    ),
    (
        "an ordered list under bold pseudo-headings counts on",
        PAGES / "pseudo.md",
        lambda t: mark_entry(t, "Raft", "done").text,
        "@@ -11 +10,0 @@\n-1. [Raft](https://raft.example/paper) - consensus\n"
        "@@ -16,0 +16 @@\n+2. [Raft](https://raft.example/paper) - consensus\n",
    ),
    (
        "adding to an ordered list numbers the new item",
        PAGES / "pseudo.md",
        lambda t: add_entry(t, "https://spanner.example/paper", title="Spanner").text,
        "@@ -12,0 +13 @@\n+3. [Spanner](https://spanner.example/paper)\n",
    ),
    (
        "a book moves into a new heading group; the missing final newline stays missing",
        PAGES / "books.md",
        lambda t: mark_entry(t, "designing data-intensive applications", "done").text,
        "@@ -5 +4,0 @@\n-- Designing Data-Intensive Applications - Kleppmann\n"
        "@@ -17 +16,5 @@\n"
        "-Some closing prose without a final newline."
        "+Some closing prose without a final newline.\n+\n+## Done\n+\n"
        "+- Designing Data-Intensive Applications - Kleppmann",
    ),
    (
        "a todo entry is added after the last unstruck todo entry",
        PAGES / "books.md",
        lambda t: add_entry(t, "https://books.example/sre", title="SRE", status="todo").text,
        "@@ -10,0 +11 @@\n+- [SRE](https://books.example/sre)\n",
    ),
    (
        "a bare URL with a name moves as written",
        PAGES / "shapes.md",
        lambda t: mark_entry(t, "Bare name", "done").text,
        "@@ -6 +5,0 @@\n-- Bare name https://bare.example/post\n"
        "@@ -9,0 +9,4 @@\n+\n+## Done\n+\n+- Bare name https://bare.example/post\n",
    ),
    (
        "an entry nested under another moves under a new label at its own indentation",
        PAGES / "nested.md",
        lambda t: mark_entry(t, "Containers at Globex", "done").text,
        "@@ -5 +5,2 @@\n"
        "-    * [Containers at Globex](https://globex.example/containers)\n"
        "+    * Done\n"
        "+      * [Containers at Globex](https://globex.example/containers)\n",
    ),
    (
        "an entry with nested entries is a topic: adding to it nests the new entry",
        PAGES / "nested.md",
        lambda t: add_entry(t, "https://x.example/y", title="Y", group="Microservices").text,
        "@@ -5,0 +6 @@\n+    * [Y](https://x.example/y)\n",
    ),
]


@pytest.mark.parametrize(
    ("name", "path", "edit", "expected"), GOLDEN, ids=[case[0] for case in GOLDEN]
)
def test_edit_changes_only_the_lines_it_must(
    name: str, path: Path, edit: Callable[[str], str], expected: str
) -> None:
    text = read(path)
    assert changes(text, edit(text)) == expected, name


def test_marked_entry_reads_back_with_its_new_status_and_nothing_else_changes() -> None:
    text = read(EXAMPLES / "pinterest.md")
    before = readinglist.loads(text)
    after = readinglist.loads(mark_entry(text, "Presto at Pinterest", "done").text)
    assert [(e.title, e.status) for e in after.entries] == [
        (e.title, "done" if e.title == "Presto at Pinterest" else e.status) for e in before.entries
    ]


def test_marking_with_the_current_status_returns_the_text_unchanged() -> None:
    text = read(PAGES / "headings.md")
    assert mark_entry(text, "Log compaction explained", "todo").text is text


def test_a_url_finds_the_entry_by_canonical_key() -> None:
    text = read(EXAMPLES / "pinterest.md")
    author_form = "http://medium.com/@Pinterest_Engineering/presto-at-pinterest-a8bda7515e52"
    assert (
        mark_entry(text, author_form, "done").text
        == mark_entry(text, "Presto at Pinterest", "done").text
    )


def test_an_ambiguous_title_is_an_error_naming_both_lines() -> None:
    text = read(EXAMPLES / "pinterest.md")
    with pytest.raises(AmbiguousEntryError, match=r"matches 2 entries \(lines 13, 31\)"):
        mark_entry(text, "Trusting Metrics at Pinterest", "done", path="pinterest.md")


def test_an_unknown_entry_is_an_error() -> None:
    with pytest.raises(EntryNotFoundError, match="no entry has the URL or title 'Nope'"):
        mark_entry(read(EXAMPLES / "pinterest.md"), "Nope", "done")


def test_an_unknown_status_is_an_error() -> None:
    with pytest.raises(EditError, match="unknown status 'finished'"):
        mark_entry(read(EXAMPLES / "pinterest.md"), "Presto at Pinterest", "finished")


def test_adding_a_url_already_there_is_refused_naming_the_line() -> None:
    text = read(EXAMPLES / "pinterest.md")
    same_story = (
        "https://medium.com/@Pinterest_Engineering/presto-at-pinterest-a8bda7515e52?source=x"
    )
    with pytest.raises(
        DuplicateEntryError, match=r"pinterest\.md: .* already on the page at line 43"
    ):
        add_entry(text, same_story, path="pinterest.md")


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "/relative/page", "example.com/x", "", "https://e.example/a\nb"],
)
def test_adding_a_url_that_is_not_absolute_http_is_refused(url: str) -> None:
    with pytest.raises(EditError, match="not an absolute http"):
        add_entry(read(EXAMPLES / "pinterest.md"), url)


def test_an_entry_whose_children_would_move_with_it_is_refused() -> None:
    text = (PAGES / "nested.md").read_text(encoding="utf-8")
    with pytest.raises(EditError, match="cannot mark 'Microservices' \\(line 3\\) done"):
        mark_entry(text, "Microservices", "done")


def test_an_added_title_with_markup_characters_reads_back_verbatim() -> None:
    text = add_entry("# P\n", "https://e.example/a", title="C++ *and* [brackets] `x`").text
    (entry,) = readinglist.loads(text).entries
    assert entry.title == "C++ *and* [brackets] `x`"


def test_adding_to_an_empty_page_starts_a_list() -> None:
    assert (
        add_entry("# P\n", "https://e.example/a", title="A").text
        == "# P\n\n- [A](https://e.example/a)\n"
    )


def test_a_byte_order_mark_is_kept() -> None:
    text = "\ufeff# P\n\n- [A](https://e.example/a)\n"
    expected = "\ufeff# P\n\n## Done\n\n- [A](https://e.example/a)\n"
    assert mark_entry(text, "A", "done").text == expected


def test_a_status_label_left_empty_by_a_move_goes_with_it() -> None:
    text = "# P\n\n- TODO\n\n  [A](https://e.example/a)\n"
    assert mark_entry(text, "A", "done").text == "# P\n\n- Done\n\n  [A](https://e.example/a)\n"


def test_a_topic_label_keeps_its_only_entry_under_a_new_status_label() -> None:
    text = "- Kafka\n  - [A](https://e.example/a)\n- Flink\n  - [B](https://e.example/b)\n"
    assert mark_entry(text, "A", "done").text == (
        "- Kafka\n  - Done\n    - [A](https://e.example/a)\n- Flink\n  - [B](https://e.example/b)\n"
    )


def test_a_paragraph_in_a_topic_label_moves_under_a_nested_status_label() -> None:
    text = "# P\n\n- Talks\n\n  [A](https://e.example/a)\n\n  [B](https://e.example/b)\n"
    assert mark_entry(text, "A", "reading").text == (
        "# P\n\n- Talks\n\n  [B](https://e.example/b)\n\n  - Reading\n\n    [A](https://e.example/a)\n"
    )


def test_a_task_item_added_as_skipped_loses_its_box() -> None:
    text = "# P\n\n**Kafka:**\n\n- [ ] [A](https://e.example/a)\n"
    assert add_entry(text, "https://e.example/b", title="B", status="skipped").text == (
        text + "\n## Skipped\n\n- [B](https://e.example/b)\n"
    )


def test_a_book_is_struck_when_skipped_and_unstruck_when_marked_again() -> None:
    """A book's strike reads back as a link's does: ``~~Title~~`` is skipped."""
    text = "# P\n\n- Dune - Frank Herbert\n- Emma - Jane Austen\n"
    skipped = mark_entry(text, "Dune", "skipped").text
    assert skipped == "# P\n\n- ~~Dune - Frank Herbert~~\n- Emma - Jane Austen\n"
    dune = readinglist.loads(skipped).entries[0]
    assert (dune.title, dune.author, dune.status, dune.struck) == (
        "Dune",
        "Frank Herbert",
        readinglist.Status.SKIPPED,
        True,
    )
    assert mark_entry(skipped, "Dune", "todo").text == text


def test_a_new_topic_with_markup_characters_reads_back_as_written() -> None:
    new = add_entry("# P\n", "https://e.example/a", title="A", group="C++ *fast*").text
    (entry,) = readinglist.loads(new).entries
    assert entry.groups == ("C++ *fast*",)


@pytest.mark.parametrize(
    "edit",
    [
        lambda text, limit: readinglist.mark_entry(text, "A", "done", max_size=limit).text,
        lambda text, limit: (
            readinglist.add_entry(text, "https://example.com/c", max_size=limit).text
        ),
        lambda text, limit: readinglist.format_text(text, max_size=limit),
    ],
    ids=["mark", "add", "format"],
)
def test_edits_refuse_a_page_over_the_size_limit(
    edit: Callable[[str, int], str], tmp_path: Path
) -> None:
    text = "# Page\n\n- [A](https://example.com/a)\n- [B](https://example.com/b)   \n"
    with pytest.raises(EditError, match=f"larger than the {len(text) - 1} byte limit"):
        edit(text, len(text) - 1)
    assert edit(text, len(text) + 100) != text
