"""Collections: pages loaded together, checked across pages, nested as Just the Docs does."""

from __future__ import annotations

from pathlib import Path

import pytest

import readinglist
from readinglist import Code, Collection, Severity
from tests.paths import COLLECTIONS

COLLECTIONS = COLLECTIONS


def _outline(collection: Collection) -> list[str]:
    return [
        "  " * depth + page.title for node in collection.navigation for depth, page in node.walk()
    ]


def _text(title: str, *front_matter: str, body: str) -> str:
    return "\n".join(["---", f"title: {title}", *front_matter, "---", "", body])


def _page(path: str, title: str, *front_matter: str) -> readinglist.Page:
    """A page whose one entry is unique to its path."""
    body = f"- [Entry of {path}](https://example.com/{path})\n"
    return readinglist.loads(_text(title, *front_matter, body=body), path=path)


def test_medium_story_in_two_url_forms_is_a_duplicate_across_pages() -> None:
    collection = readinglist.load_collection([COLLECTIONS / "medium"])
    (duplicate,) = collection.diagnostics
    first = str(COLLECTIONS / "medium" / "engineering.md")
    later = str(COLLECTIONS / "medium" / "pinterest.md")
    assert duplicate.code is Code.DUPLICATE_URL
    assert (duplicate.path, duplicate.line, duplicate.column) == (later, 11, 3)
    assert (duplicate.related_path, duplicate.related_line) == (first, 7)
    assert "@Pinterest_Engineering" in duplicate.message
    assert str(duplicate).endswith(f"(first at {first}:7)")


def test_pages_load_in_sorted_order_skipping_hidden_folders() -> None:
    site = COLLECTIONS / "site"
    collection = readinglist.load_collection(site)
    assert [Path(page.path or "").relative_to(site).as_posix() for page in collection] == [
        "about.md",
        "index.md",
        "reading.md",
        "reading/articles.md",
        "reading/books.md",
        "reading/engineering.md",
        "reading/papers.md",
        "reading/engineering/hidden.md",
        "reading/engineering/pinterest.md",
    ]


def test_a_well_formed_site_has_no_diagnostics_and_its_section_index_no_no_entries() -> None:
    collection = readinglist.load_collection([COLLECTIONS / "site"])
    assert collection.all_diagnostics() == ()
    reading = readinglist.load(COLLECTIONS / "site" / "reading.md")
    assert [d.code for d in reading.diagnostics] == [Code.NO_ENTRIES]


def test_navigation_nests_children_and_grandchildren_in_just_the_docs_order() -> None:
    collection = readinglist.load_collection([COLLECTIONS / "site"])
    assert _outline(collection) == [
        "Home",
        "Reading",
        "  Engineering",
        "    Pinterest",
        "  Articles",
        "  Books",
        "  Papers",
        "About",
    ]


def test_numeric_nav_order_then_string_nav_order_then_title() -> None:
    pages = [
        _page("zebra.md", "Zebra"),
        _page("apple.md", "Apple"),
        _page("ten.md", "Ten", "nav_order: 10"),
        _page("two.md", "Two", "nav_order: 2.5"),
        _page("b.md", "Letter b", 'nav_order: "b"'),
        _page("a.md", "Letter a", 'nav_order: "a"'),
        _page("z.md", "Capital", 'nav_order: "Z"'),
    ]
    collection = readinglist.collect(pages)
    assert _outline(collection) == [
        "Two",
        "Ten",
        "Capital",
        "Letter a",
        "Letter b",
        "Apple",
        "Zebra",
    ]


def test_broken_navigation_is_reported_at_the_front_matter_key() -> None:
    """Section has no entries but Cousin names it as parent: it is a section, not empty."""
    folder = COLLECTIONS / "broken"
    collection = readinglist.load_collection([folder])
    found = [
        (Path(d.path or "").name, d.line, d.level, d.code, d.message)
        for d in collection.all_diagnostics()
    ]
    assert found == [
        (
            "cousin.md",
            4,
            Severity.ERROR,
            Code.GRAND_PARENT_MISMATCH,
            "'grand_parent' is 'Elsewhere' but the parent page 'Section' has 'parent: Archive'",
        ),
        (
            "empty.md",
            1,
            Severity.WARNING,
            Code.NO_ENTRIES,
            "the page has no entries (no links in lists or paragraphs)",
        ),
        (
            "lonely.md",
            3,
            Severity.INFO,
            Code.MISSING_CHILDREN,
            "'has_children' is true but no page has 'parent: Lonely'",
        ),
        (
            "orphan.md",
            4,
            Severity.ERROR,
            Code.UNKNOWN_PARENT,
            "'parent' is 'Archiv' but no page has that title; did you mean 'Archive'?",
        ),
    ]
    assert _outline(collection) == ["Archive", "  Section", "Empty", "Lonely"]


def test_grand_parent_picks_between_parents_with_the_same_title() -> None:
    pages = [
        _page("books.md", "Books", "has_children: true"),
        _page("b.md", "Notes", "parent: Books"),
        _page("papers.md", "Papers", "has_children: true"),
        _page("p.md", "Notes", "parent: Papers", "has_children: true"),
        _page("deep.md", "Deep", "parent: Notes", "grand_parent: Papers"),
    ]
    collection = readinglist.collect(pages)
    assert collection.diagnostics == ()
    assert _outline(collection) == ["Books", "  Notes", "Papers", "  Notes", "    Deep"]


def test_a_parent_without_a_parent_of_its_own_says_to_remove_grand_parent() -> None:
    pages = [
        _page("top.md", "Top", "has_children: true"),
        _page("c.md", "Child", "parent: Top", "grand_parent: Root"),
    ]
    (mismatch,) = readinglist.collect(pages).diagnostics
    assert mismatch.code is Code.GRAND_PARENT_MISMATCH
    assert mismatch.message.endswith("has no 'parent' (remove 'grand_parent')")


def test_a_page_is_not_its_own_parent() -> None:
    page = _page("loop.md", "Loop", "parent: Loop")
    (problem,) = readinglist.collect([page]).diagnostics
    assert problem.code is Code.UNKNOWN_PARENT
    assert problem.line == 3


def test_a_file_named_twice_is_loaded_once() -> None:
    folder = COLLECTIONS / "medium"
    collection = readinglist.load_collection([folder / "pinterest.md", folder])
    assert [Path(page.path or "").name for page in collection] == [
        "pinterest.md",
        "engineering.md",
    ]
    assert [d.path for d in collection.diagnostics] == [str(folder / "engineering.md")]


def test_duplicates_inside_one_page_are_not_reported_twice(tmp_path: Path) -> None:
    (tmp_path / "one.md").write_text(
        _text("One", body="- [A](https://example.com/a)\n- [B](https://example.com/a)\n"),
        encoding="utf-8",
    )
    collection = readinglist.load_collection([tmp_path])
    assert collection.diagnostics == ()
    assert [d.code for d in collection.all_diagnostics()] == [Code.DUPLICATE_URL]


def test_a_duplicate_across_pages_is_reported_once_against_its_first_place() -> None:
    """Copies in a later page each name the first page's copy, never also their own page's."""
    first = readinglist.loads(
        _text("First", body="- [X](https://example.com/x)\n- [Y](https://example.com/y)\n"),
        path="first.md",
    )
    later = readinglist.loads(
        _text(
            "Later",
            body="- [X](https://example.com/x)\n- [X again](https://example.com/x/#intro)\n"
            "- [Y](https://example.com/other)\n- [Y](https://example.com/else)\n",
        ),
        path="later.md",
    )
    assert [(d.line, d.code) for d in later.diagnostics] == [
        (6, Code.DUPLICATE_URL),  # alone, the page names its own line 5
        (8, Code.DUPLICATE_TITLE),  # and its own line 7
    ]
    collection = readinglist.collect([first, later])
    reported = [
        (d.path, d.line, d.code.value, d.related_path, d.related_line)
        for d in collection.all_diagnostics()
    ]
    assert reported == [
        ("later.md", 5, "duplicate-url", "first.md", 5),
        ("later.md", 6, "duplicate-url", "first.md", 5),
        ("later.md", 7, "duplicate-title", "first.md", 6),
        ("later.md", 8, "duplicate-title", "first.md", 6),
    ]
    assert collection.pages[1].diagnostics == ()
    assert collection.pages[0] is first


def test_counts_add_up_over_pages() -> None:
    collection = readinglist.load_collection([COLLECTIONS / "medium"])
    assert dict(collection.counts()) == {"todo": 4, "reading": 0, "done": 0, "skipped": 0}
    assert len(list(collection.entries())) == 4


def test_a_missing_path_raises_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(readinglist.PageNotFoundError, match="nowhere: no such file or folder"):
        readinglist.load_collection([missing])


def _folder_with_a_link_loop(folder: Path) -> Path:
    (folder / "d").mkdir()
    (folder / "d" / "self.md").symlink_to("self.md")
    body = "- [A](https://example.com/a)\n"
    (folder / "d" / "good.md").write_text(_text("Good", body=body), encoding="utf-8")
    return folder / "d"


def test_a_link_loop_in_a_folder_raises_a_reading_list_error_naming_it(tmp_path: Path) -> None:
    """Not the RuntimeError of Path.resolve()."""
    folder = _folder_with_a_link_loop(tmp_path)
    with pytest.raises(readinglist.PageReadError, match=r"self\.md: cannot read: Too many levels"):
        readinglist.load_collection([folder])


def test_on_error_reports_a_link_loop_and_loads_the_rest(tmp_path: Path) -> None:
    folder = _folder_with_a_link_loop(tmp_path)
    errors: list[readinglist.ReadingListError] = []
    collection = readinglist.load_collection([folder], on_error=errors.append)
    assert [page.title for page in collection] == ["Good"]
    assert [str(error) for error in errors] == [
        f"{folder}/self.md: cannot read: Too many levels of symbolic links"
    ]


def test_collections_are_immutable() -> None:
    collection = readinglist.load_collection([COLLECTIONS / "medium"])
    with pytest.raises(AttributeError):
        collection.pages = ()  # type: ignore[misc]


def test_suggestions_for_unknown_parents_stop_after_a_hundred_names() -> None:
    """Fuzzy matching is quadratic: a site of pages naming missing parents stays fast."""
    pages = [_page("home.md", "Home")]
    pages += [_page(f"p{n}.md", f"Page {n}", f"parent: Hom{n}") for n in range(101)]
    messages = [d.message for d in readinglist.collect(pages).diagnostics]
    assert messages[0] == "'parent' is 'Hom0' but no page has that title; did you mean 'Home'?"
    assert sum("did you mean" in message for message in messages) == 100
    assert messages[-1] == "'parent' is 'Hom100' but no page has that title"
