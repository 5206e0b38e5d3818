"""Marking an entry that is a table row: its Status cell rewritten, or the row moved.

A table with a Status column says each row's status there: ``mark`` rewrites that cell with
the page's own word for the status (a word other rows of the table use, an emoji where the
column holds emoji, else the usual label). A table without one takes its status from the
group it sits in: the row moves to the end of a table with the same header in the group of
the new status.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from readinglist.model import Entry
from readinglist.reading.entries.tables import Columns
from readinglist.reading.inline.content import plain_text
from readinglist.reading.structure.events import Block, Inline
from readinglist.status import Status, StatusVocabulary

_EMOJI = {Status.TODO: "\u2b1c", Status.READING: "\U0001f4d6", Status.DONE: "\u2705"}
"""The emoji a status column of emoji gets for each status (none says skipped)."""


@dataclass(slots=True)
class Table:
    """One table of the page: its header's line and columns, and its body rows' lines."""

    line: int
    """1-based line of the header row."""
    header: str = ""
    """The header row's cells, as a reader sees them (to find a table of the same kind)."""
    columns: Columns | None = None
    rows: list[int] = field(default_factory=list)
    """1-based lines of its body rows, in order."""
    cells: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    """Each body row's cells: the 1-based column where each starts, and its text."""


def tables_of(blocks: list[Block]) -> list[Table]:
    """The page's tables, from its blocks."""
    tables: list[Table] = []
    row: list[tuple[int, str]] = []
    header: list[tuple[int, Inline]] = []
    row_line = 0
    for kind, line, _, number, inline in blocks:
        if kind == "table":
            tables.append(Table(line))
        elif kind == "row":
            row, header, row_line = [], [], line
        elif kind == "cell" and tables:
            row.append((number, plain_text(inline)))
            header.append((number, inline))
        elif kind == "/row" and tables:
            table = tables[-1]
            if table.columns is None:
                table.columns = Columns(header)
                table.header = "|".join(text.casefold() for _, text in row)
            else:
                table.rows.append(row_line)
                table.cells[row_line] = row
    return tables


def status_word(
    table: Table, row: int, target: Status, vocabulary: StatusVocabulary, label: str
) -> str:
    """The word the Status cell of ``row`` says ``target`` with, as the table's other rows do."""
    column = table.columns.status if table.columns is not None else -1
    words = [
        cells[column][1]
        for line, cells in table.cells.items()
        if line != row and 0 <= column < len(cells)
    ]
    for word in words:
        if word and vocabulary.status_of(word) is target:
            return word
    if words and all(word and not word.isascii() and len(word) <= 2 for word in words if word):
        return _EMOJI.get(target, label)
    return label


def cell_edit(
    lines: list[str], entry: Entry, status_column: int, table: Table, word: str
) -> tuple[int, int, list[str]]:
    """The edit of the row's line with its Status cell saying ``word``, padding kept."""
    start = table.cells[entry.line][status_column][0] - 1
    line = lines[entry.line - 1]
    left = line.rfind("|", 0, start)
    right = line.find("|", start)
    right = len(line.rstrip("\r\n")) if right < 0 else right
    old = line[left + 1 : right]
    new = f" {word} "
    if len(new) < len(old):
        new = new.ljust(len(old))
    return entry.line - 1, entry.line, [line[: left + 1] + new + line[right:]]
