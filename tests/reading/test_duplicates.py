"""``duplicate_diagnostics`` gives what the plain algorithm gives, diagnostic for diagnostic.

The plain algorithm, written out below, folds every title with the translate table and asks
of every entry whether its title is its URL. ``rules.duplicate_diagnostics`` folds ASCII
titles inline and asks about the URL only when a title comes back; the entries drawn here
share titles, URLs and keys often, so that each of its branches is taken.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from readinglist import Code, Diagnostic, Entry, Status
from readinglist.reading.page_rules import _QUOTES, duplicate_diagnostics


def _fold(text: str) -> str:
    return " ".join(text.translate(_QUOTES).casefold().split())


def _plain_duplicate_diagnostics(
    paths: Sequence[str | None], entries: Sequence[Entry], keys: Sequence[str | None]
) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    first_by_key: dict[str, int] = {}
    first_by_title: dict[str, int] = {}

    def report(code: Code, index: int, earlier: int, message: str) -> None:
        entry, first = entries[index], entries[earlier]
        found.append(
            Diagnostic(
                code,
                message,
                paths[index],
                entry.line,
                entry.column,
                related_path=paths[earlier],
                related_line=first.line,
            )
        )

    for index, entry in enumerate(entries):
        key = keys[index]
        if key is not None and key in first_by_key:
            report(Code.DUPLICATE_URL, index, first_by_key[key], f"duplicate URL {entry.url!r}")
            continue
        if key is not None:
            first_by_key[key] = index
        title = _fold(entry.title)
        if not title or (entry.url is not None and title == _fold(entry.url)):
            continue
        if title not in first_by_title:
            first_by_title[title] = index
            continue
        earlier = first_by_title[title]
        if keys[earlier] == key and key is not None:
            continue
        if entry.url is None and entries[earlier].url is None:
            message = f"duplicate entry {entry.title!r}"
        else:
            message = f"duplicate title {entry.title!r} with a different URL"
        report(Code.DUPLICATE_TITLE, index, earlier, message)
    return found


_TITLES = st.sampled_from(
    ["Kafka", "kafka", " KAFKA ", " Kafka", "Kafka ", "Kafka  at scale", "Kafka at\tscale",
     "kafka at scale", "It’s", "it's", "It`s", "Straße", "STRASSE", "https://e.org/a",
     "HTTPS://E.org/A", "e.org/a", "E.ORG/A", "x:y", "X:Y", "", "  ", "a\u00a0b", "a b",
     "\x00a", "Ab\x0b", "ab", "é", "É"]
)  # fmt: skip
_URLS = st.sampled_from(
    [None, None, "https://e.org/a", "https://e.org/b", "e.org/a", "x:y", "x:Y", "Kafka",
     "kafka at scale", " kafka ", "ab", "STRASSE"]
)  # fmt: skip
_KEYS = st.sampled_from([None, "k1", "k2", "k3"])


@st.composite
def _pages(draw: st.DrawFn) -> tuple[list[str | None], list[Entry], list[str | None]]:
    rows = draw(st.lists(st.tuples(_TITLES, _URLS, _KEYS, st.sampled_from(["a.md", None]))))
    # A key belongs to a URL: a book (no URL) has none.
    entries = [
        Entry(title, url, Status.TODO, line, column=line % 3 + 1, key=None if url is None else key)
        for line, (title, url, key, _) in enumerate(rows, 1)
    ]
    return [path for *_, path in rows], entries, [entry.key for entry in entries]


@settings(max_examples=1500)
@given(_pages())
def test_duplicates_are_the_plain_algorithms(
    page: tuple[list[str | None], list[Entry], list[str | None]],
) -> None:
    """Same diagnostics, in the same order, with the same codes, messages and places."""
    paths, entries, keys = page
    assert duplicate_diagnostics(paths, entries) == _plain_duplicate_diagnostics(
        paths, entries, keys
    )


def test_a_bare_link_first_leaves_the_title_to_the_next_entry() -> None:
    """The first entry whose title is its URL does not count; the second titled one is first."""
    entries = [
        Entry("https://e.org/a", "https://e.org/a", Status.TODO, 1, key="e.org/a"),
        Entry("HTTPS://E.ORG/A", "https://e.org/b", Status.TODO, 2, key="e.org/b"),
        Entry("https://E.org/A", None, Status.TODO, 3),
    ]
    (duplicate,) = duplicate_diagnostics([None] * 3, entries)
    assert (duplicate.code, duplicate.line, duplicate.related_line) == (
        Code.DUPLICATE_TITLE,
        3,
        2,
    )
    assert duplicate.message == "duplicate title 'https://E.org/A' with a different URL"
