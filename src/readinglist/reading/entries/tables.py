"""Tables as lists of entries: each row is one, read by the names of its columns.

A table is a list of entries when its rows hold a link or it has a title column. The title
comes from a column named like Title, Name, Paper or Book (else the first cell with text in
it), the URL from the first link of the row (or a Link / URL column), the status from a
Status column (a status label or an emoji such as ✅), the author from an Author column,
the year from a Year column; the other cells, joined, are the description.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readinglist.reading.inline.content import Found, plain_text, read_entry
from readinglist.reading.structure.events import HEAD_ROW, Block, Inline
from readinglist.status import Status, StatusVocabulary

Cell = tuple[int, Inline]
"""A cell: the 1-based column where its content starts, and its content."""

_ROLES = {
    "title": ("title", "name", "paper", "book", "article", "reading", "titel", "書名", "书名",
              "標題", "标题", "papers", "books", "articles"),
    "link": ("link", "links", "url", "urls", "href", "pdf", "website", "web"),
    "status": ("status", "state", "read?", "done?", "progress", "状态", "狀態"),
    "author": ("author", "authors", "by", "writer", "writers", "作者"),
    "year": ("year", "published", "pub year", "年份"),
}  # fmt: skip
_ROLE_OF = {name: role for role, names in _ROLES.items() for name in names}
_EMPTY_CELLS = frozenset({"", "-", "–", "—", "n/a", "N/A", "?"})
"""Cells that say nothing (a placeholder dash): not part of the description."""
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


class Columns:
    """What each column of a table holds, from its header row."""

    __slots__ = ("author", "link", "status", "title", "year")

    def __init__(self, header: Sequence[Cell]) -> None:
        self.title = self.link = self.status = self.author = self.year = -1
        for index, (_, inline) in enumerate(header):
            name = plain_text(inline).strip(" :?*").casefold()
            role = _ROLE_OF.get(name) or _ROLE_OF.get(name + "?")
            if role is not None and getattr(self, role) < 0:
                setattr(self, role, index)

    def _named(self) -> set[int]:
        return {self.title, self.link, self.status, self.author, self.year}


class TableRows:
    """The table being read: its columns once its header row ends, then each row's entry."""

    __slots__ = ("_columns", "_line", "_row")

    def __init__(self) -> None:
        self._columns: Columns | None = None
        self._row: list[Cell] = []
        self._line = 0

    @property
    def has_status(self) -> bool:
        """The table has a Status column."""
        return self._columns is not None and self._columns.status >= 0

    def read(
        self, block: Block, vocabulary: StatusVocabulary
    ) -> tuple[Found, Status | None, int, int] | None:
        """Feed a ``table``, ``row``, ``cell`` or ``/row`` block; a row's entry when it ends.

        The entry, its status cell's status, its line and column.
        """
        kind = block[0]
        if kind == "cell":
            self._row.append((block[3], block[4]))
        elif kind == "row":
            self._row, self._line = [], block[1]
            if block[3] == HEAD_ROW:
                self._columns = None
        elif kind == "/row":
            if self._columns is None:
                self._columns = Columns(self._row)
                return None
            read = row_entry(self._columns, self._row, vocabulary)
            if read is not None:
                found, status, column = read
                return found, status, self._line, column
        elif kind == "table":
            self._columns = None
        return None


def row_entry(
    columns: Columns, cells: Sequence[Cell], vocabulary: StatusVocabulary
) -> tuple[Found, Status | None, int] | None:
    """The entry one body row describes, the status of its Status cell, and its column.

    ``None`` for a row with no link and no title column, or with nothing in its title.
    """
    url, struck, link_cell = _first_link(columns, cells)
    if url is None and columns.title < 0:
        return None
    title_cell = columns.title if 0 <= columns.title < len(cells) else _first_text(cells)
    if title_cell < 0:
        return None
    title = plain_text(cells[title_cell][1])
    if not title:
        return None
    if title_cell == link_cell:
        link_text = read_entry(cells[title_cell][1], in_list=True)
        if link_text is not None and link_text[0]:
            title = link_text[0]
    named = columns._named()
    skipped = named | {title_cell}
    if link_cell >= 0 and link_cell != title_cell and _only_a_link(cells[link_cell][1]):
        skipped.add(link_cell)
    description = ", ".join(
        text
        for index, (_, inline) in enumerate(cells)
        if index not in skipped and (text := plain_text(inline)) not in _EMPTY_CELLS
    )
    status = (
        vocabulary.status_of(_cell_text(cells, columns.status)) if columns.status >= 0 else None
    )
    author = _cell_text(cells, columns.author) or None
    year_match = _YEAR.search(_cell_text(cells, columns.year)) if columns.year >= 0 else None
    year = int(year_match.group(1)) if year_match else None
    found: Found = (title, url, description, struck, False, author, year)
    return found, status, cells[title_cell][0]


def _cell_text(cells: Sequence[Cell], index: int) -> str:
    return plain_text(cells[index][1]) if 0 <= index < len(cells) else ""


def _first_link(columns: Columns, cells: Sequence[Cell]) -> tuple[str | None, bool, int]:
    """The row's URL (the Link column's, else the first link), whether it is struck, its cell."""
    order = list(range(len(cells)))
    if 0 <= columns.link < len(cells):
        order.remove(columns.link)
        order.insert(0, columns.link)
    for index in order:
        inline = cells[index][1]
        if not any(kind == "link" for kind, _ in inline) and "//" not in plain_text(inline):
            continue
        found = read_entry(inline, in_list=True)
        if found is not None and found[1] is not None and found[1][:1] != "#":
            return found[1], found[3], index
    return None, False, -1


def _first_text(cells: Sequence[Cell]) -> int:
    """The first cell whose text has a letter in it (an id such as ``2022_1`` has none)."""
    for index, (_, inline) in enumerate(cells):
        if any(character.isalpha() for character in plain_text(inline)):
            return index
    return -1


def _only_a_link(inline: Inline) -> bool:
    """A cell that holds one link and nothing else (its text is the link's, not a note)."""
    kinds = [kind for kind, text in inline if kind != "text" or text.strip()]
    return bool(kinds) and kinds[0] == "link" and kinds[-1] == "/link" and kinds.count("link") == 1
