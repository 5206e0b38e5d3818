"""The one walker: a body's blocks, in document order, into groups and entries.

Headings, bold pseudo-headings and list labels open groups (on a page with two or more
H1s, the H1s too); paragraphs and list items that start with a link (or plain items inside
a group: books), each line of a paragraph of link lines joined by hard breaks, table rows,
headings that are links, and icon links under a heading are entries. Lists that navigate
the site, legends and the lists of sections such as "License" are not. The walker resolves
each entry's status and groups and hands it to the
:class:`~readinglist.reading.builder.EntryBuilder`. Its input is
:mod:`~readinglist.reading.events`, from the tokenizer or the line recognizer alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readinglist.diagnostics import Code, Diagnostic
from readinglist.reading.authors import split_book, split_emphasised
from readinglist.reading.builder import EntryBuilder
from readinglist.reading.events import (
    HARDBREAK,
    HEAD_ROW,
    INDENTED,
    NO_BOX,
    TICKED_BOX,
    Block,
    Inline,
)
from readinglist.reading.groups import (
    BOLD_LEVEL,
    Context,
    GroupRecord,
    Heading,
    Item,
    entry_status,
    group_context,
    marker_status,
    misspelt_labels,
)
from readinglist.reading.inline import (
    Found,
    bare_label,
    bold_label,
    emphasis_parts,
    icon_url,
    line_pieces,
    plain_text,
    read_entry,
    starts_with_link,
)
from readinglist.reading.lists import is_legend, is_navigation, is_template
from readinglist.reading.style import StyleFinder
from readinglist.reading.tables import Cell, Columns, row_entry
from readinglist.status import Status, StatusVocabulary

_FAKE_SPACE = r"[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]"
"""What people type after ``#`` that is not the space a heading needs."""
_FAKE_HEADING = re.compile(rf"[ \t>]*(#{{1,6}})({_FAKE_SPACE})")
_MARKS_THEN_FAKE_SPACE = re.compile(rf"#{_FAKE_SPACE}")
_ENTRY_IN_CODE = re.compile(
    r"^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:\[[ xX]\]\s+)?(?:~~)?(?:\[[^\]]*\]\([^)\s]*\)|https?://\S)"
)
_ROW = -1
"""The ``item_line`` of a table row's entry (it has no list item)."""
_MARKER_ENDS = frozenset(")*\u2705\u2714\u2611\ufe0f")


class Walker:
    """Walks one body; :meth:`walk` feeds it the blocks, the attributes hold what it found."""

    def __init__(
        self,
        lines: Sequence[str],
        body: str,
        vocabulary: StatusVocabulary,
        path: str | None,
        builder: EntryBuilder,
    ) -> None:
        self.lines = lines
        self.vocabulary = vocabulary
        self.path = path
        self.builder = builder
        self.headings: list[Heading] = []
        self.items: list[Item] = []
        self.depth = 0
        """Open containers (lists, quotes, items)."""
        self.diagnostics: list[Diagnostic] = []
        self.heading: str | None = None
        """The page's H1, when it has one (its title)."""
        self.heading_line: int | None = None
        self.sections = False
        """The page has two or more H1s: they are groups, and none is checked against the
        front matter title."""
        self.seen_heading = False
        self.style = StyleFinder(lines)
        self._top_context: Context | None = None
        """The groups around what is outside every list item, while the headings stay."""
        self._fake_spaces = not body.isascii() and bool(_MARKS_THEN_FAKE_SPACE.search(body))
        """The body may hold a line that looks like a heading and is not (looked for if so)."""
        self._skipping = False
        """Inside a section whose lists are not readings (``## License``)."""
        self._groups: list[GroupRecord] = []
        self._lists: list[int] = []
        """How many entries there were when each open list started."""
        self._columns: Columns | None = None
        self._row: list[Cell] = []
        self._row_line = 0
        self._heading_entry: tuple[Found, Context, int, int, int] | None = None
        """A heading that is a link, until what follows it says whether it is an entry (its
        found, groups, line, column and level)."""
        self._first_h1: tuple[str, int, int] | None = None
        """In sections: the first H1's label and line, and the entries before the second."""

    def walk(self, blocks: Sequence[Block]) -> None:
        """Read the blocks in document order."""
        self.sections = [b[3] for b in blocks if b[0] == "heading"].count(1) >= 2
        items = self.items
        for block in blocks:
            kind = block[0]
            if kind == "paragraph":
                if self._fake_spaces:
                    self._fake_headings(block[1], block[2])
                if items and items[-1].kind == "pending" and self.depth == items[-1].depth:
                    self._first_paragraph(items[-1], block[4], block[3], block[1])
                else:
                    self._paragraph(block)
            elif kind == "item":
                if items:
                    self._nested_block()
                self.depth += 1
                _, line, end_line, box, _ = block
                checked = None if box == NO_BOX else box == TICKED_BOX
                items.append(Item(line, end_line, self.depth, checked))
            elif kind == "/item":
                self.depth -= 1
                item = items.pop()
                if item.kind == "candidate":
                    self._close_candidate(item)
            elif kind == "heading":
                self._heading(block)
            elif kind == "list" or kind == "quote":
                self._nested_block()
                self.depth += 1
                if kind == "list":
                    self._lists.append(len(self.builder.entries))
            elif kind == "/list" or kind == "/quote":
                self.depth -= 1
                if kind == "/list":
                    self._list_end(self._lists.pop())
            elif kind == "code":
                self._nested_block()
                if block[3] == INDENTED:
                    self._code_block(block)
            else:
                self._table_block(block)
        self._flush_heading_entry(0)
        self._finish()

    def _finish(self) -> None:
        """The title in sections, and the labels that look like misspelt statuses."""
        if self.sections and self._first_h1 is not None:
            label, line, before_second = self._first_h1
            if not before_second:
                self.heading, self.heading_line = label, line
        statuses = [record for record in self._groups if record[4] is not None]
        if statuses and len(statuses) < len(self._groups):
            self.diagnostics += misspelt_labels(self._groups, self.vocabulary, self.path)

    # Groups ---------------------------------------------------------------------------

    def _heading(self, block: Block) -> None:
        _, line, _, level, inline = block
        if self.items:
            return
        self._flush_heading_entry(level)
        shown = inline if len(inline) == 1 else _heading_text(inline)
        label = plain_text(shown).rstrip(":").strip()
        if level == 1 and self.sections:
            if self._first_h1 is None:
                self._first_h1 = (label, line, -1)
            elif self._first_h1[2] < 0:
                self._first_h1 = (*self._first_h1[:2], len(self.builder.entries))
        elif level == 1 and not self.seen_heading and not self.builder.entries:
            self.heading, self.heading_line = label, line
            self.seen_heading = True
            return
        self.seen_heading = True
        found = None
        if any(kind == "link" for kind, _ in inline) or "//" in label:
            found = read_entry(inline, in_list=True)
        self._push_heading(level, label, line, 1)
        if found is not None and (found[1] is not None or found[5] is not None):
            if _is_anchor(found[1]):
                return
            outer = self.headings[:-1]
            context = group_context(outer, ())
            column = len(self.lines[line - 1]) - len(self.lines[line - 1].lstrip("# ")) + 1
            self._heading_entry = (found, context, line, column, level)

    def _push_heading(self, level: int, label: str, line: int, column: int) -> None:
        headings = self.headings
        while headings and headings[-1].level >= level:
            headings.pop()
        status = self.vocabulary.status_of(label)
        headings.append(Heading(level, label, status, line))
        self._skipping = any(heading.skip for heading in headings)
        self._groups.append((("heading", level), label, line, column, status))
        self._top_context = None

    def _flush_heading_entry(self, level: int) -> None:
        """A heading that is a link, with nothing under it: an entry.

        At the next heading of its level or higher (``level``; 0 at the end).
        """
        pending = self._heading_entry
        if pending is None or (level and level > pending[4]):
            return
        self._heading_entry = None
        found, context, line, column, _ = pending
        self._add(found, None, context, line, column, line, None)

    def _context_inside(self, count: int) -> Context:
        """The status, topics and group lines inside the ``count`` outermost open items.

        Kept on the innermost of them (and for the headings alone on the walker): it holds
        while they are open, as headings never come inside an item and an item's kind is
        settled before anything nests in it.
        """
        if count:
            item = self.items[count - 1]
            context = item.context
            if context is None:
                context = item.context = self._groups_around(self.items[:count])
            return context
        context = self._top_context
        if context is None:
            context = self._top_context = self._groups_around(())
        return context

    def _groups_around(self, items: Sequence[Item]) -> Context:
        if self.style.watching_groups:
            self.style.groups(self.headings, items)
        return group_context(self.headings, items)

    def _in_group(self) -> bool:
        return bool(self.headings) or any(item.kind == "label" for item in self.items)

    # List items -----------------------------------------------------------------------

    def _nested_block(self) -> None:
        """A block inside a list item after its first paragraph: a pending label opens."""
        if not self.items:
            return
        item = self.items[-1]
        if item.kind == "candidate" and not item.sentence:
            item.kind = "label"
            item.status = self.vocabulary.status_of(item.label)
            item.label = item.label.rstrip(":").strip()
            self._groups.append((("label", item.depth), item.label, item.line, 1, item.status))
        elif item.kind in {"pending", "candidate"}:
            item.kind = "note"

    def _close_candidate(self, item: Item) -> None:
        """A plain item that nothing nested in ends: a book, when it is in a group."""
        if not self._in_group():
            return
        if self.vocabulary.status_of(item.label) is not None:
            return  # an empty status group ("- Done" with nothing under it yet), not a book
        if any(parent.kind in {"entry", "note"} for parent in self.items):
            return
        if is_template(item.label, item.checked):
            return
        book = split_emphasised(*item.emphasis) if item.emphasis else None
        title, author, year, description = book or split_book(item.label)
        if item.sentence and author is None:
            return  # a sentence with a link in it, not a book
        found = (title, None, description, False, False, author, year)
        context = self._context_inside(len(self.items))
        self._add(found, item.checked, context, item.line, item.column, item.end_line, item.line)

    def _list_end(self, start: int) -> None:
        """A list ends: drop its entries if they were navigation or a legend."""
        entries = self.builder.entries
        if len(entries) > start and (
            is_navigation(entries, start) or is_legend(entries, start, self.vocabulary)
        ):
            self.builder.retract(start)

    # Paragraphs -----------------------------------------------------------------------

    def _paragraph(self, block: Block) -> None:
        _, line, end_line, column, inline = block
        items = self.items
        if items:
            item = items[-1]
            if item.kind == "pending" and self.depth == item.depth:
                self._first_paragraph(item, inline, column, line)
                return
            self._nested_block()
            if item.kind != "label":
                return
        elif (label := bold_label(inline)) is not None:
            self._flush_heading_entry(BOLD_LEVEL)
            self._push_heading(BOLD_LEVEL, label.rstrip(":").strip(), line, column)
            return
        if HARDBREAK in inline and self._lines_of(inline, line, column, None):
            return
        found = read_entry(inline, in_list=False)
        if found is not None and not _is_anchor(found[1]):
            context = self._context_inside(len(items))
            self._add(found, None, context, line, column, end_line, None)
        elif found is None and not items:
            self._prose(inline, line, column, end_line)

    def _prose(self, inline: Inline, line: int, column: int, end_line: int) -> None:
        """A paragraph that is no entry: icon links under a heading, or a heading's notes."""
        pending = self._heading_entry
        if pending is not None:
            heading, context, at_line, at_column, level = pending
            if not heading[2]:
                described = (heading[0], heading[1], plain_text(inline), *heading[3:])
                self._heading_entry = (described, context, at_line, at_column, level)
            return
        url = icon_url(inline) if self.headings else None
        if url is not None:
            status, topics, lines = self._context_inside(0)
            title = self.headings[-1].label
            if topics and topics[-1] == title:
                topics, lines = topics[:-1], lines[:-1]
            icon: Found = (title, url, "", False, False, None, None)
            self._add(icon, None, (status, topics, lines), line, column, end_line, None)

    def _first_paragraph(self, item: Item, inline: Inline, column: int, line: int) -> None:
        item.column = column
        if HARDBREAK in inline and self._lines_of(inline, line, column, item):
            return
        found = read_entry(inline, in_list=True)
        if found is not None and not _is_anchor(found[1]):
            # The groups around the item: it is pending, so it adds none itself.
            outer = len(self.items) - 1
            context = (outer == 0 and self._top_context) or self._context_inside(outer)
            self._add(found, item.checked, context, item.line, column, item.end_line, item.line)
            item.kind, item.label = "entry", found[0] or (found[1] or "")
            return
        if found is not None or any("{:toc}" in text for _, text in inline):
            item.kind = "note"
            return
        label = bare_label(inline)
        if label is None:
            label = plain_text(inline) if _has_link(inline) else None
            item.sentence = True
        if label is None:
            item.kind = "note"
            return
        item.kind, item.label = "candidate", label
        if not item.sentence and any(kind in {"em", "strong"} for kind, _ in inline):
            item.emphasis = emphasis_parts(inline)

    def _lines_of(self, inline: Inline, line: int, column: int, item: Item | None) -> bool:
        """One entry per line of a paragraph of lines joined by hard breaks.

        When each line starts with a link (or, in a group, each is a book); else False.
        """
        pieces = line_pieces(inline)
        if len(pieces) < 2:
            return False
        links = all(starts_with_link(piece) for _, piece in pieces)
        books = (
            not links
            and self._in_group()
            and all(
                bare_label(piece) is not None and split_book(plain_text(piece))[1] is not None
                for _, piece in pieces
            )
        )
        if not (links or books):
            return False
        if item is not None:
            item.kind = "note"
        outer = len(self.items) - (item is not None)
        context = self._context_inside(outer)
        checked = item.checked if item is not None else None
        for offset, piece in pieces:
            number = line + offset
            source = self.lines[number - 1] if number <= len(self.lines) else ""
            at = column if not offset else len(source) - len(source.lstrip()) + 1
            if links:
                found = read_entry(piece, in_list=True)
            else:
                title, author, year, description = split_book(plain_text(piece))
                found = (title, None, description, False, False, author, year)
            if found is not None:
                own_line = item.line if item is not None else None
                self._add(found, checked, context, number, at, number, own_line)
        return True

    # Tables ---------------------------------------------------------------------------

    def _table_block(self, block: Block) -> None:
        kind = block[0]
        if kind == "cell":
            self._row.append((block[3], block[4]))
        elif kind == "row":
            self._row, self._row_line = [], block[1]
            if block[3] == HEAD_ROW:
                self._columns = None
        elif kind == "/row":
            if self._columns is None:
                self._columns = Columns(self._row)
            else:
                self._table_row()
        elif kind == "table":
            self._nested_block()
            self._columns = None

    def _table_row(self) -> None:
        items = self.items
        if (items and items[-1].kind != "label") or self._columns is None:
            return
        read = row_entry(self._columns, self._row, self.vocabulary)
        if read is None:
            return
        found, cell_status, column = read
        context = self._context_inside(len(items))
        line = self._row_line
        self._add(found, None, context, line, column, line, _ROW, cell_status)

    # Entries --------------------------------------------------------------------------

    def _add(
        self,
        found: Found,
        checked: bool | None,
        context: Context,
        line: int,
        column: int,
        end_line: int,
        item_line: int | None,
        cell_status: Status | None = None,
    ) -> None:
        """An entry at ``line`` in ``context``; ``item_line``: its own list item's (if any)."""
        if self._skipping:
            return
        self._heading_entry = None  # an entry under a linked heading: the heading is a group
        group_status, topics, group_lines = context
        if self.style.watching_entries:
            row = (
                None
                if item_line != _ROW
                else self._columns is not None and self._columns.status >= 0
            )
            self.style.entry(None if row is not None else item_line, self.items, row)
        description = found[2]
        marker = None
        if description and (description[-1] in _MARKER_ENDS or description[-1].isupper()):
            marker, description = marker_status(description, self.vocabulary)
            if marker is not None:
                found = (found[0], found[1], description, *found[3:])
        struck = found[3]
        if not struck and checked is None and marker is None and cell_status is None:
            status = group_status or self.vocabulary.default  # what entry_status gives, sooner
        else:
            status, conflict = entry_status(
                group_status,
                self.vocabulary.default,
                struck,
                checked,
                (marker, cell_status),
                (self.path, line, column),
            )
            if conflict is not None:
                self.diagnostics.append(conflict)
        self.builder.add(found, checked, status, topics, line, column, end_line, group_lines)

    # Checks on the raw lines ----------------------------------------------------------

    def _fake_headings(self, line: int, end_line: int) -> None:
        for number in range(line, end_line + 1):
            source = self.lines[number - 1]
            match = _FAKE_HEADING.match(source)
            if match is not None:
                text = source[match.start(1) :].rstrip("\r\n")
                marks, space = match.groups()
                self.diagnostics.append(
                    Diagnostic(
                        Code.NOT_A_HEADING,
                        f"{text[:40]!r} is not a heading: the {marks} is followed "
                        f"by U+{ord(space):04X} instead of a space",
                        self.path,
                        number,
                        1,
                    )
                )

    def _code_block(self, block: Block) -> None:
        _, first, _, _, inline = block
        for index, text in enumerate(inline[0][1].split("\n")):
            if _ENTRY_IN_CODE.match(text):
                line = first + index
                source = self.lines[line - 1] if line <= len(self.lines) else text
                self.diagnostics.append(
                    Diagnostic(
                        Code.LINK_IN_CODE_BLOCK,
                        "indented 4 or more spaces, this line is a code block in CommonMark "
                        "and its link is lost; indent it less, or nest it in a list item",
                        self.path,
                        line,
                        len(source) - len(source.lstrip()) + 1,
                    )
                )


def _is_anchor(url: str | None) -> bool:
    """A link to an anchor of this page (``#section``): a table of contents, not an entry."""
    return url is not None and url[:1] == "#" and len(url) > 1


def _has_link(inline: Inline) -> bool:
    """Whether the content holds a link (written, bare, or raw HTML)."""
    return any(
        kind == "link" or (kind == "html" and text[:2].lower() == "<a") for kind, text in inline
    )


def _heading_text(inline: Inline) -> Inline:
    """A heading's content without its images and inline HTML (a badge is not a label)."""
    kept: list[tuple[str, str]] = []
    depth = 0
    for kind, text in inline:
        if kind == "image":
            depth += 1
        elif kind == "/image":
            depth -= 1
        elif not depth and kind != "html":
            kept.append((kind, text))
    return tuple(kept)
