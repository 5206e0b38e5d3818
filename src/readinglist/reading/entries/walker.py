"""The one walker: a body's blocks, in document order, into groups and entries.

Headings (H1s too, on a page with two or more), bold lines, status label paragraphs and list
labels open groups; paragraphs, list items, table rows and linked headings are entries, as
the format reference says. The walker resolves each entry's status and groups and hands it
to the :class:`~readinglist.reading.entries.builder.EntryBuilder`. Its input is
:mod:`~readinglist.reading.structure.events`, from the tokenizer or the line recognizer alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from readinglist.diagnostics import Diagnostic
from readinglist.reading.entries.builder import EntryBuilder
from readinglist.reading.entries.groups import (
    BOLD_LEVEL,
    Context,
    GroupRecord,
    Heading,
    Item,
    group_context,
    misspelt_labels,
    resolve_status,
)
from readinglist.reading.entries.headings import LinkedHeading, Sections, linked_heading
from readinglist.reading.entries.line_checks import (
    MARKS_THEN_FAKE_SPACE,
    fake_headings,
    links_in_code,
)
from readinglist.reading.entries.lists import (
    book_of,
    is_anchor,
    is_legend,
    is_navigation,
    is_page_link,
)
from readinglist.reading.entries.paragraphs import (
    emphasis_parts,
    has_link,
    heading_label,
    line_entries,
    starts_struck,
    status_label,
)
from readinglist.reading.entries.style import StyleFinder
from readinglist.reading.entries.tables import TableRows
from readinglist.reading.inline.content import (
    Found,
    bare_label,
    bold_label,
    icon_url,
    plain_text,
    read_entry,
)
from readinglist.reading.structure.events import (
    HARDBREAK,
    INDENTED,
    NO_BOX,
    TICKED_BOX,
    Block,
    Inline,
)
from readinglist.status import Status, StatusVocabulary

_ROW = -1
"""The ``item_line`` of a table row's entry (it has no list item)."""


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
        """The page has two or more H1s: they are groups (see :class:`Sections`)."""
        self.seen_heading = False
        self.style = StyleFinder(lines)
        self._top_context: Context | None = None
        """The groups around what is outside every list item, while the headings stay."""
        self._fake_spaces = not body.isascii() and bool(MARKS_THEN_FAKE_SPACE.search(body))
        """The body may hold a line that looks like a heading and is not (looked for if so)."""
        self._skipping = False
        """Inside a section whose lists are not readings (``## License``)."""
        self._groups: list[GroupRecord] = []
        self._lists: list[int] = []
        """How many entries there were when each open list started."""
        self._table: TableRows | None = None  # the table being read, from the first one
        self._heading_entry: LinkedHeading | None = None
        self._sections: Sections | None = None

    def walk(self, blocks: Sequence[Block]) -> None:
        """Read the blocks in document order."""
        if [block[3] for block in blocks if block[0] == "heading"].count(1) >= 2:
            self._sections = Sections()
            self.sections = True
        items = self.items
        for block in blocks:
            kind = block[0]
            if kind == "paragraph":
                if self._fake_spaces:
                    self.diagnostics += fake_headings(self.lines, block[1], block[2], self.path)
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
                    start, entries = self._lists.pop(), self.builder.entries
                    if len(entries) > start and (
                        is_navigation(entries, start) or is_legend(entries, start, self.vocabulary)
                    ):
                        self.builder.retract(start)  # navigation or a legend: no readings
            elif kind == "code":
                self._nested_block()
                if block[3] == INDENTED:
                    self.diagnostics += links_in_code(self.lines, block, self.path)
            else:
                self._table_block(block)
        self._flush_heading_entry(0)
        self._finish()

    def _finish(self) -> None:
        """The title in sections, and the labels that look like misspelt statuses."""
        if self._sections is not None and (title := self._sections.title()) is not None:
            self.heading, self.heading_line = title
        groups = self._groups
        if len(groups) > 1:
            statuses = [record for record in groups if record[4] is not None]
            if statuses and len(statuses) < len(groups):
                self.diagnostics += misspelt_labels(groups, self.vocabulary, self.path)

    # Groups ---------------------------------------------------------------------------

    def _heading(self, block: Block) -> None:
        _, line, _, level, inline = block
        if self.items:
            return
        self._flush_heading_entry(level)
        label = heading_label(inline)
        if level == 1 and self._sections is not None:
            self._sections.h1(label, line, len(self.builder.entries))
        elif level == 1 and not self.seen_heading and not self.builder.entries:
            self.heading, self.heading_line = label, line
            self.seen_heading = True
            return
        self.seen_heading = True
        found = linked_heading(inline, label)
        self._push_heading(level, label, line, 1)
        if found is not None:
            context = group_context(self.headings[:-1], ())
            column = len(self.lines[line - 1]) - len(self.lines[line - 1].lstrip("# ")) + 1
            self._heading_entry = LinkedHeading(found, context, line, column, level)

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
        if pending is None or (level and level > pending.level):
            return
        self._heading_entry = None
        line = pending.line
        self._add(pending.found, None, pending.context, line, pending.column, line, None)

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
        """A plain item that nothing nested in ends: a book, in a group or naming its author."""
        if self.vocabulary.status_of(item.label) is not None:
            return  # an empty status group ("- Done" with nothing under it yet), not a book
        if any(parent.kind in {"entry", "note"} for parent in self.items):
            return
        found = book_of(
            item.label, item.emphasis, item.checked, loose=item.sentence or not self._in_group()
        )
        if found is None:
            return
        if item.struck:
            found = (*found[:3], True, *found[4:])
        context = self._context_inside(len(self.items))
        self._add(found, item.checked, context, item.line, item.column, item.end_line, item.line)

    # Paragraphs -----------------------------------------------------------------------

    def _paragraph(self, block: Block) -> None:
        _, line, end_line, column, inline = block
        items = self.items
        if items:
            item = items[-1]
            if item.kind == "pending" and self.depth == item.depth:
                self._first_paragraph(item, inline, column, line)
                return
            if item.kind != "label":  # a label stays one: nothing for _nested_block to do
                self._nested_block()
                if item.kind != "label":
                    return
        elif (label := bold_label(inline) or status_label(inline, self.vocabulary)) is not None:
            self._flush_heading_entry(BOLD_LEVEL)
            self._push_heading(BOLD_LEVEL, label.rstrip(":").strip(), line, column)
            return
        if HARDBREAK in inline and self._lines_of(inline, line, column, None):
            return
        found = read_entry(inline, in_list=False)
        if found is not None and not is_anchor(found[1]):
            if not items and found[1] is not None and is_page_link(found[1]):
                return  # "[All shared data](../sharing.md)": the site's navigation
            context = self._context_inside(len(items))
            self._add(found, None, context, line, column, end_line, None)
        elif found is None and not items:
            self._prose(inline, line, column, end_line)

    def _prose(self, inline: Inline, line: int, column: int, end_line: int) -> None:
        """A paragraph that is no entry: icon links under a heading, or a heading's notes."""
        if self._heading_entry is not None:
            self._heading_entry.describe(plain_text(inline))
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
        if found is not None and not is_anchor(found[1]):
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
            label = plain_text(inline) if has_link(inline) else None
            item.sentence = True
        if label is None:
            item.kind = "note"
            return
        item.kind, item.label = "candidate", label
        if not item.sentence and any(kind in {"em", "strong"} for kind, _ in inline):
            item.emphasis = emphasis_parts(inline)
        if not item.sentence and any(kind == "strike" for kind, _ in inline):
            item.struck = starts_struck(inline)

    def _lines_of(self, inline: Inline, line: int, column: int, item: Item | None) -> bool:
        """One entry per line of a paragraph of lines joined by hard breaks, if it is one."""
        found = line_entries(inline, books=self._in_group())
        if found is None:
            return False
        if item is not None:
            item.kind = "note"
        context = self._context_inside(len(self.items) - (item is not None))
        checked = item.checked if item is not None else None
        own_line = item.line if item is not None else None
        for offset, entry in found:
            number = line + offset
            source = self.lines[number - 1] if number <= len(self.lines) else ""
            at = column if not offset else len(source) - len(source.lstrip()) + 1
            self._add(entry, checked, context, number, at, number, own_line)
        return True

    def _table_block(self, block: Block) -> None:
        if block[0] == "table":
            self._nested_block()
        self._table = self._table or TableRows()
        row = self._table.read(block, self.vocabulary)
        items = self.items
        if row is None or (items and items[-1].kind != "label"):
            return
        found, cell_status, line, column = row
        context = self._context_inside(len(items))
        self._add(found, None, context, line, column, line, _ROW, cell_status)

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
            row = None if item_line != _ROW or self._table is None else self._table.has_status
            self.style.entry(None if row is not None else item_line, self.items, row)
        found, status, conflict = resolve_status(
            found, checked, (group_status, cell_status), self.vocabulary, (self.path, line, column)
        )
        if conflict is not None:
            self.diagnostics.append(conflict)
        self.builder.add(found, checked, status, topics, line, column, end_line, group_lines)
