"""Where a page's groups are: the block structure that edits need, from the page's blocks.

Lines are the file's lines with their endings kept. Openers (headings, list labels, bold
pseudo-headings) are keyed by their 1-based file line, which is what
:attr:`readinglist.Entry.group_lines` names. The blocks are those the loader read (see
:func:`readinglist.reading.loader.read`): nothing is tokenized again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from readinglist.reading.entries.groups import BOLD_LEVEL
from readinglist.reading.inline.content import bare_label, bold_label, plain_text
from readinglist.reading.loader import Reading
from readinglist.reading.structure.events import Block
from readinglist.status import Status, StatusVocabulary
from readinglist.writing.editing.table_rows import Table, tables_of

OpenerKind = Literal["heading", "label", "bold"]
_NUMBER = re.compile(r"(\d{1,9})([.)])")
_BOX = re.compile(r"\[[ xX]\]([ \t]+)$")


@dataclass(frozen=True, slots=True)
class Opener:
    """A heading, list label or bold line that opens a group."""

    line: int
    """1-based file line."""
    kind: OpenerKind
    """How the group is written."""
    level: int
    """Heading level (7 for a bold pseudo-heading, 0 for a list label)."""
    label: str
    """The label as read (trailing colon removed)."""
    status: Status | None
    """The status the label names, or ``None`` for a topic."""
    last_line: int
    """1-based last non-blank line of the group's section (or list item)."""
    parent: int
    """Line of what encloses it: the enclosing heading, or the list holding the label."""


@dataclass(slots=True)
class Layout:
    """The lines of a page and the openers of its groups."""

    reading: Reading
    """The page as the loader read it: its lines and blocks."""
    vocabulary: StatusVocabulary
    bom: str = ""
    """``"\\ufeff"`` when the text starts with a byte-order mark (put back on writing)."""
    newline: str = "\n"
    """The line ending of the first line: the page's own."""
    openers: dict[int, Opener] = field(default_factory=dict)
    items: dict[int, int] = field(default_factory=dict)
    """1-based first line of each list item: its last non-blank line."""
    tight: dict[int, bool] = field(default_factory=dict)
    """1-based line of each list item's first paragraph: whether its list is tight."""
    row_tables: dict[int, Table] = field(default_factory=dict)
    """1-based line of each table body row: its table."""
    enclosing: dict[int, int] = field(default_factory=dict)
    """1-based line of each opener: the line of the innermost opener around it (0: none).

    The page's title (its first H1, which is no group) encloses nothing."""

    def __post_init__(self) -> None:
        self.bom = self.reading.bom
        first = self.lines[0] if self.lines else ""
        ending = first[len(first.rstrip("\r\n")) :]
        self.newline = ending or "\n"
        self._read(self.reading.blocks)
        self.openers.pop(self.reading.page.heading_line or 0, None)
        self._nest()
        self.row_tables = {
            line: table for table in tables_of(self.reading.blocks) for line in table.rows
        }

    def _nest(self) -> None:
        """Which opener holds which: sections and labels nest by the lines they span."""
        open_stack: list[Opener] = []
        for line in sorted(self.openers):
            opener = self.openers[line]
            while open_stack and open_stack[-1].last_line < line:
                open_stack.pop()
            self.enclosing[line] = open_stack[-1].line if open_stack else 0
            open_stack.append(opener)

    def children(self, line: int) -> list[Opener]:
        """The openers right inside the one at ``line`` (0: those at the top), in page order."""
        return [self.openers[n] for n in sorted(self.openers) if self.enclosing[n] == line]

    @property
    def lines(self) -> list[str]:
        """The lines (byte-order mark removed), endings kept."""
        return self.reading.lines

    @property
    def blocks(self) -> list[Block]:
        """The body's blocks."""
        return self.reading.blocks

    @property
    def body_start(self) -> int:
        """0-based index of the body's first line."""
        return self.reading.body_line

    @property
    def gap_after_headings(self) -> bool:
        """Whether the page's headings have a blank line after them (most do; the default).

        Headings with nothing under them have no say.
        """
        headings = [
            o.line for o in self.openers.values() if o.kind != "label" and o.last_line > o.line
        ]
        spaced = sum(1 for line in headings if self.is_blank(line + 1))
        return 2 * spaced >= len(headings)

    def status_at(self, line: int) -> Status | None:
        """The status of the innermost status group holding the 1-based ``line``."""
        holding = [
            o
            for o in self.openers.values()
            if o.status is not None and o.line < line <= o.last_line
        ]
        return max(holding, key=lambda o: o.line).status if holding else None

    def is_blank(self, line: int) -> bool:
        """True when the 1-based ``line`` is missing or only whitespace."""
        return not (0 < line <= len(self.lines)) or not self.lines[line - 1].strip(" \t\r\n")

    def last_non_blank(self, first: int, last: int) -> int:
        """The last non-blank line in ``first..last`` (1-based), or ``first``."""
        lines = self.reading.lines  # is_blank's test, without a call per line
        while last > first and (last > len(lines) or not lines[last - 1].strip(" \t\r\n")):
            last -= 1
        return last

    def _read(self, blocks: list[Block]) -> None:
        sections: list[tuple[int, int]] = []  # (level, line) of open headings
        pending: dict[int, tuple[int, int, str, OpenerKind]] = {}
        items: list[int] = []  # lines of open items
        lists: list[tuple[int, bool]] = []  # (line, tight) of open lists
        first_child = False  # the next block is the first inside the innermost item
        for index, (kind, line, end_line, number, inline) in enumerate(blocks):
            if kind == "list":
                lists.append((line, dict(inline).get("spacing") == "tight"))
            elif kind == "/list":
                lists.pop()
            elif kind == "item":
                items.append(line)
                self.items[line] = self.last_non_blank(line, end_line) if end_line > line else line
                first_child = True
                if end_line > line:  # an item of one line has nothing nested: no label
                    self._label(blocks, index, lists[-1][0] if lists else 0)
                continue
            elif kind == "/item":
                items.pop()
            elif kind == "paragraph":
                if items and first_child:
                    self.tight[items[-1]] = bool(lists) and lists[-1][1]
                bold = inline and "strong" in {inline[0][0], inline[-1][0]}
                label = bold_label(inline) if bold and not items else None
                if label is not None:
                    sections = self._close(sections, BOLD_LEVEL, line, pending)
                    pending[line] = (BOLD_LEVEL, _parent(sections), label, "bold")
                    sections.append((BOLD_LEVEL, line))
            elif kind == "heading" and not items:
                sections = self._close(sections, number, line, pending)
                text = plain_text([token for token in inline if token[0] != "html"])
                pending[line] = (number, _parent(sections), text, "heading")
                sections.append((number, line))
            first_child = False
        self._close(sections, 0, len(self.lines) + 1, pending)

    def _close(
        self,
        sections: list[tuple[int, int]],
        level: int,
        line: int,
        pending: dict[int, tuple[int, int, str, OpenerKind]],
    ) -> list[tuple[int, int]]:
        """Close the sections a heading of ``level`` at ``line`` ends; record their openers."""
        while sections and sections[-1][0] >= level:
            _, start = sections.pop()
            opener_level, parent, label, kind = pending.pop(start)
            clean_label = label.rstrip(":").strip()
            self.openers[start] = Opener(
                start,
                kind,
                opener_level,
                clean_label,
                self.vocabulary.status_of(clean_label),
                self.last_non_blank(start, line - 1),
                parent,
            )
        return sections

    def _label(self, blocks: list[Block], index: int, list_line: int) -> None:
        """The item at ``blocks[index]`` as a list label, when it is one."""
        _, start, end_line, _, _ = blocks[index]
        if index + 2 >= len(blocks) or blocks[index + 1][0] != "paragraph":
            return
        if blocks[index + 2][0] == "/item":
            return  # nothing nested under it: an entry or a note, not a group
        label = bare_label(blocks[index + 1][4])
        if label is None:
            return
        last = self.last_non_blank(start, end_line)
        if last == start:
            return  # nothing nested under it: an entry or a note, not a group
        clean_label = label.rstrip(":").strip()
        status = self.vocabulary.status_of(clean_label)
        self.openers[start] = Opener(start, "label", 0, clean_label, status, last, list_line)

    def prefix(self, line: int, column: int) -> str:
        """What comes before an entry's content on its line: indent, marker, task box."""
        return self.lines[line - 1][: column - 1]

    def ending(self, line: int) -> str:
        """The line ending of a 1-based line (the page's usual one when it has none)."""
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        return text[len(text.rstrip("\r\n")) :] or self.newline


def _parent(sections: list[tuple[int, int]]) -> int:
    return sections[-1][1] if sections else 0


def next_prefix(prefix: str) -> str:
    """The prefix of the item after one with ``prefix``: ordered lists count on."""
    match = _NUMBER.search(prefix)
    if not match:
        return prefix
    number = str(int(match.group(1)) + 1)
    return prefix[: match.start()] + number + match.group(2) + prefix[match.end() :]


def with_box(prefix: str, checked: bool | None) -> str:
    """``prefix`` with its task box ticked or cleared (unchanged when it has no box)."""
    match = _BOX.search(prefix)
    if not match or checked is None:
        return prefix
    return prefix[: match.start()] + ("[x]" if checked else "[ ]") + match.group(1)


def without_box(prefix: str) -> str:
    """``prefix`` without a task box."""
    match = _BOX.search(prefix)
    return prefix[: match.start()] if match else prefix


def has_box(prefix: str) -> bool:
    """True when the prefix ends with a task box."""
    return _BOX.search(prefix) is not None
