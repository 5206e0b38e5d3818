"""The one builder of entries: an entry's fields, its key and site, and its own diagnostics.

The walker decides what is an entry, its status and its groups; :class:`EntryBuilder` makes
the :class:`~readinglist.Entry`, computes its canonical key and site from the URL, and
keeps what its URL and title say is wrong (``invalid-url``, ``unsafe-url``, ``empty-title``
...), located in the file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from operator import attrgetter

from readinglist.diagnostics import Code, Diagnostic
from readinglist.model import Entry
from readinglist.reading.entries.lists import comma_authors
from readinglist.reading.inline.authors import split_byline
from readinglist.reading.inline.content import Found
from readinglist.reading.page_rules import url_diagnostics
from readinglist.reading.urls.shortcuts import url_facts, url_problems_of
from readinglist.status import Status

_PAGE_ORDER = attrgetter("line", "column")

_ENTRY_FIELDS = (
    "title", "url", "status", "line", "column", "end_line", "description", "groups",
    "checked", "struck", "group_lines", "author", "year", "key", "site",
)  # fmt: skip
""":class:`Entry`'s fields in order, as :func:`_new_entry` fills them."""
if tuple(field.name for field in fields(Entry)) != _ENTRY_FIELDS or hasattr(
    Entry, "__post_init__"
):  # pragma: no cover - a change to Entry that _new_entry must follow
    raise ImportError("readinglist.model.Entry changed: update _ENTRY_FIELDS and _new_entry")
_Setter = Callable[[Entry, object], None]
_SETTERS: list[_Setter] = [vars(Entry)[name].__set__ for name in _ENTRY_FIELDS]
(
    _set_title, _set_url, _set_status, _set_line, _set_column, _set_end_line,
    _set_description, _set_groups, _set_checked, _set_struck, _set_group_lines,
    _set_author, _set_year, _set_key, _set_site,
) = _SETTERS  # fmt: skip
_new = object.__new__


def _new_entry(
    title: str,
    url: str | None,
    status: Status,
    line: int,
    column: int,
    end_line: int,
    description: str,
    groups: tuple[str, ...],
    checked: bool | None,
    struck: bool,
    group_lines: tuple[int, ...],
    author: str | None,
    year: int | None,
    key: str | None,
    site: str | None,
) -> Entry:
    """``Entry(title, url, ...)``, built as its frozen ``__init__`` does, at half the cost.

    The generated ``__init__`` sets each slot with ``object.__setattr__``, looked up per
    field; this sets them through the slots' own descriptors (0.8 µs instead of 1.5 µs,
    the largest single cost of an entry). ``tests/reading/test_builder.py`` holds the two
    equal; the check above fails the import if ``Entry``'s fields change.
    """
    entry: Entry = _new(Entry)
    _set_title(entry, title)
    _set_url(entry, url)
    _set_status(entry, status)
    _set_line(entry, line)
    _set_column(entry, column)
    _set_end_line(entry, end_line)
    _set_description(entry, description)
    _set_groups(entry, groups)
    _set_checked(entry, checked)
    _set_struck(entry, struck)
    _set_group_lines(entry, group_lines)
    _set_author(entry, author)
    _set_year(entry, year)
    _set_key(entry, key)
    _set_site(entry, site)
    return entry


class EntryBuilder:
    """Builds a page's entries in the order the walker finds them."""

    __slots__ = ("_diagnostics", "_flagged", "_last_line", "_lines", "_ordered", "entries", "path")

    def __init__(self, lines: Sequence[str], path: str | None) -> None:
        self._lines = lines
        self.path = path
        self.entries: list[Entry] = []
        self._flagged: list[Entry] = []
        """Entries whose URL may have problems to report."""
        self._diagnostics: list[Diagnostic] = []
        self._last_line = 0
        self._ordered = True

    def add(
        self,
        found: Found,
        checked: bool | None,
        status: Status,
        groups: tuple[str, ...],
        line: int,
        column: int,
        end_line: int,
        group_lines: tuple[int, ...],
    ) -> Entry:
        """The entry that ``found`` and the walker's context describe, with its key and site.

        ``checked`` is its task box; ``end_line`` the last line of its block.
        """
        title, url, description, struck, empty, author, year = found
        if description and author is None:
            author, year, description = _byline(description, year)
        if url is not None and (not url or url == "#"):
            self._diagnostics.append(_empty_link(url, title, self.path, line, column))
            url = None
        if url is None:
            key = site = None
            may_have_problems = False
        else:
            key, site, _, may_have_problems = url_facts(url)
            if " " in url and key is not None and " " in url.strip():  # "[A](https://a b)"
                self._diagnostics.append(_spaced_url(url, self.path, line, column))
        entry = _new_entry(
            title or (url or ""),
            url,
            status,
            line,
            column,
            line if end_line == line else end_line,
            description,
            groups,
            checked,
            struck,
            group_lines,
            author,
            year,
            key,
            site,
        )
        if line < self._last_line:
            self._ordered = False  # an item closes after the items nested in it
        self._last_line = line
        self.entries.append(entry)
        if may_have_problems:
            self._flagged.append(entry)
        if empty:
            self._diagnostics.append(_empty_title(url, self.path, line, column))
        return entry

    def retract(self, count: int) -> None:
        """Forget the entries from the ``count``-th on, with their URL problems.

        For a list that turned out not to hold readings: they are the last ones added.
        """
        dropped = self.entries[count:]
        if not dropped:
            return
        del self.entries[count:]
        gone = {id(entry) for entry in dropped}
        self._flagged = [entry for entry in self._flagged if id(entry) not in gone]
        lines = {(entry.line, entry.column) for entry in dropped}
        self._diagnostics = [d for d in self._diagnostics if (d.line, d.column) not in lines]
        self._last_line = self.entries[-1].line if self.entries else 0

    def finish(self) -> tuple[tuple[Entry, ...], list[Diagnostic]]:
        """The entries in page order, and their diagnostics.

        Where the page writes its books ``Title, Author``, they are split so.
        """
        entries = self.entries
        for index, (title, author, year, remark) in comma_authors(entries):
            book = entries[index]
            year = book.year or year
            entries[index] = replace(
                book, title=title, author=author, year=year, description=remark
            )
        if not self._ordered:
            entries.sort(key=_PAGE_ORDER)
            self._flagged.sort(key=_PAGE_ORDER)
        problems = url_diagnostics(self._flagged, self._lines, self.path, url_problems_of)
        return tuple(entries), [*self._diagnostics, *problems]


def _empty_link(url: str, title: str, path: str | None, line: int, column: int) -> Diagnostic:
    """The ``empty-link`` of a placeholder link (``[Some Book]()``, ``[Some Book](#)``)."""
    return Diagnostic(
        Code.EMPTY_LINK,
        f"placeholder link {url or '()'!r} on {title!r}: read as a book without a URL; "
        "write the URL between the parentheses once there is one",
        path,
        line,
        column,
    )


def _spaced_url(url: str, path: str | None, line: int, column: int) -> Diagnostic:
    """The ``invalid-url`` of a link whose URL holds a space (text to CommonMark)."""
    return Diagnostic(
        Code.INVALID_URL,
        f"the URL {url!r} holds a space, so Markdown does not read it as a link; "
        "write the space as %20",
        path,
        line,
        column,
    )


def _byline(description: str, year: int | None) -> tuple[str | None, int | None, str]:
    """The author and year a description names, and the description left (most: none)."""
    if description[0].islower() and description[:3] != "by ":
        return None, year, description  # a lower-case description names no author
    named, dated, rest = split_byline(description)
    if named is None and dated is None:
        return None, year, description
    return named, year or dated, rest


def _empty_title(url: str | None, path: str | None, line: int, column: int) -> Diagnostic:
    return Diagnostic(
        Code.EMPTY_TITLE,
        f"link to {url!r} has no text; write the page's title between the brackets",
        path,
        line,
        column,
    )
