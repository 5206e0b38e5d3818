"""The one walker: a body's blocks, in document order, into groups and entries.

Headings, bold pseudo-headings and list labels open groups; paragraphs and list items that
start with a link (or plain items inside a group: books) are entries. The walker resolves
each entry's status and groups and hands it to the
:class:`~readinglist.reading.builder.EntryBuilder`. Its input is
:mod:`~readinglist.reading.events`, from the tokenizer or the line recognizer alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from readinglist.diagnostics import Code, Diagnostic
from readinglist.reading.builder import EntryBuilder
from readinglist.reading.events import INDENTED, NO_BOX, TICKED_BOX, Block, Inline
from readinglist.reading.groups import (
    BOLD_LEVEL,
    Context,
    Heading,
    Item,
    entry_status,
    group_context,
)
from readinglist.reading.inline import Found, bare_label, bold_label, plain_text, read_entry
from readinglist.reading.style import StyleFinder
from readinglist.status import StatusVocabulary

_FAKE_SPACE = r"[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]"
"""What people type after ``#`` that is not the space a heading needs."""
_FAKE_HEADING = re.compile(rf"[ \t>]*(#{{1,6}})({_FAKE_SPACE})")
_MARKS_THEN_FAKE_SPACE = re.compile(rf"#{_FAKE_SPACE}")
_ENTRY_IN_CODE = re.compile(
    r"^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:\[[ xX]\]\s+)?(?:~~)?(?:\[[^\]]*\]\([^)\s]*\)|https?://\S)"
)
_BOOK_SEPARATORS = (" - ", " – ", " — ")


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
        """The page's H1, when it has one."""
        self.heading_line: int | None = None
        self.seen_heading = False
        self.style = StyleFinder(lines)
        self._top_context: Context | None = None
        """The groups around what is outside every list item, while the headings stay."""
        self._fake_spaces = not body.isascii() and bool(_MARKS_THEN_FAKE_SPACE.search(body))
        """The body may hold a line that looks like a heading and is not (looked for if so)."""

    def walk(self, blocks: Iterable[Block]) -> None:
        """Read the blocks in document order."""
        items = self.items
        for block in blocks:
            kind = block[0]
            if kind == "paragraph":
                if self._fake_spaces:
                    self._fake_headings(block[1], block[2])
                if items and items[-1].kind == "pending" and self.depth == items[-1].depth:
                    self._first_paragraph(items[-1], block[4], block[3])
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
            elif kind == "/list" or kind == "/quote":
                self.depth -= 1
            elif kind == "code":
                self._nested_block()
                if block[3] == INDENTED:
                    self._code_block(block)

    # Groups ---------------------------------------------------------------------------

    def _heading(self, block: Block) -> None:
        _, line, _, level, inline = block
        if self.items:
            return
        label = plain_text([token for token in inline if token[0] != "html"])
        label = label.rstrip(":").strip()
        if level == 1 and not self.seen_heading and not self.builder.entries:
            self.heading, self.heading_line = label, line
            self.seen_heading = True
            return
        self.seen_heading = True
        self._push_heading(level, label, line)

    def _push_heading(self, level: int, label: str, line: int) -> None:
        headings = self.headings
        while headings and headings[-1].level >= level:
            headings.pop()
        headings.append(Heading(level, label, self.vocabulary.status_of(label), line))
        self._top_context = None

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
        if item.kind == "candidate":
            item.kind = "label"
            item.status = self.vocabulary.status_of(item.label)
            item.label = item.label.rstrip(":").strip()
        elif item.kind == "pending":
            item.kind = "note"

    def _close_candidate(self, item: Item) -> None:
        """A plain item that nothing nested in ends: a book, when it is in a group."""
        if not self._in_group():
            return
        if self.vocabulary.status_of(item.label) is not None:
            return  # an empty status group ("- Done" with nothing under it yet), not a book
        if any(parent.kind in {"entry", "note"} for parent in self.items):
            return
        title, description = item.label, ""
        for separator in _BOOK_SEPARATORS:
            if separator in title:
                title, _, description = title.partition(separator)
                break
        found = (title.strip(), None, description.strip(), False, False)
        context = self._context_inside(len(self.items))
        self._add(found, item.checked, context, item.line, item.column, item.end_line, item.line)

    # Paragraphs -----------------------------------------------------------------------

    def _paragraph(self, block: Block) -> None:
        _, line, end_line, column, inline = block
        items = self.items
        if items:
            item = items[-1]
            if item.kind == "pending" and self.depth == item.depth:
                self._first_paragraph(item, inline, column)
                return
            self._nested_block()
            if item.kind != "label":
                return
        elif (label := bold_label(inline)) is not None:
            self._push_heading(BOLD_LEVEL, label.rstrip(":").strip(), line)
            return
        found = read_entry(inline, in_list=False)
        if found is not None and not _is_anchor(found[1]):
            context = self._context_inside(len(items))
            self._add(found, None, context, line, column, end_line, None)

    def _first_paragraph(self, item: Item, inline: Inline, column: int) -> None:
        item.column = column
        found = read_entry(inline, in_list=True)
        if found is not None and not _is_anchor(found[1]):
            # The groups around the item: it is pending, so it adds none itself.
            outer = len(self.items) - 1
            context = (outer == 0 and self._top_context) or self._context_inside(outer)
            self._add(found, item.checked, context, item.line, column, item.end_line, item.line)
            item.kind, item.label = "entry", found[0] or (found[1] or "")
            return
        if found is not None:
            item.kind = "note"
            return
        label = bare_label(inline)
        if label is None or any("{:toc}" in text for _, text in inline):
            item.kind = "note"
            return
        item.kind, item.label = "candidate", label

    def _add(
        self,
        found: Found,
        checked: bool | None,
        context: Context,
        line: int,
        column: int,
        end_line: int,
        item_line: int | None,
    ) -> None:
        """An entry at ``line`` in ``context``; ``item_line``: its own list item's (if any)."""
        group_status, topics, group_lines = context
        if self.style.watching_entries:
            self.style.entry(item_line, self.items)
        struck = found[3]
        if not struck and checked is None:  # what entry_status gives, sooner (most entries)
            status = group_status or self.vocabulary.default
        else:
            status, conflict = entry_status(
                group_status, self.vocabulary.default, struck, checked, self.path, line, column
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
