"""The one builder of entries: an entry's fields, its key and site, and its own diagnostics.

The walker decides what is an entry, its status and its groups; :class:`EntryBuilder` makes
the :class:`~readinglist.Entry`, computes its canonical key and site from the URL, and
keeps what its URL and title say is wrong (``invalid-url``, ``unsafe-url``, ``empty-title``
...), located in the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from readinglist.diagnostics import Code, Diagnostic
from readinglist.model import Entry
from readinglist.reading.inline import Found
from readinglist.reading.page_rules import url_diagnostics
from readinglist.reading.url_shortcuts import url_facts, url_problems_of
from readinglist.status import Status

_PAGE_ORDER = attrgetter("line", "column")


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
        title, url, description, struck, empty = found
        if url is None:
            key = site = None
            may_have_problems = False
        else:
            key, site, _, may_have_problems = url_facts(url)
        entry = Entry(
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
            None,
            None,
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
            self._diagnostics.append(
                Diagnostic(
                    Code.EMPTY_TITLE,
                    f"link to {url!r} has no text; write the page's title between the brackets",
                    self.path,
                    line,
                    column,
                )
            )
        return entry

    def finish(self) -> tuple[tuple[Entry, ...], list[Diagnostic]]:
        """The entries in page order, and their diagnostics."""
        entries = self.entries
        if not self._ordered:
            entries.sort(key=_PAGE_ORDER)
            self._flagged.sort(key=_PAGE_ORDER)
        problems = url_diagnostics(self._flagged, self._lines, self.path, url_problems_of)
        return tuple(entries), [*self._diagnostics, *problems]
