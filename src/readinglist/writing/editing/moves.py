"""Where an entry goes: the one plan for ``mark``, ``add`` and ``remove``, decided by rules.

The page is read once (:class:`~readinglist.writing.editing.layout.Layout` holds its groups); each
function here decides the edits from that structure alone, in this order:

1. the entry says its new status itself, in place: a strike removed or added, a task box
   ticked or cleared, where its group agrees;
2. it goes into the page's existing group of that status (whatever its label), after the
   last entry of its own topic there, or into its topic created there in the page's style;
3. a new group of that status, written like the page's own status groups, beside them;
4. on a page without status groups: a new heading (or list label) of that status.

A topic heading or list label that a move leaves empty goes with it. The caller reads the
result once, to check that it says what was intended.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from readinglist.model import Entry, Page
from readinglist.status import Status, StatusVocabulary
from readinglist.writing.editing.layout import Layout, Opener, has_box
from readinglist.writing.editing.placements import (
    Block,
    Edit,
    after,
    block_of,
    boxed,
    dedented,
    entry_span,
    label_for,
    label_indent,
    new_group_beside,
    new_heading_group,
    new_label_group,
    placements_after_sibling,
    status_opener,
)
from readinglist.writing.editing.table_rows import Table, cell_edit, status_word
from readinglist.writing.output.escape import escape_text


def fold(text: str) -> str:
    """Text compared without case or spacing (titles, topics)."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True, slots=True)
class Moves:
    """A page's structure, asked where entries go."""

    layout: Layout
    page: Page
    vocabulary: StatusVocabulary

    # Taking an entry out ---------------------------------------------------------------

    def taken(self, entry: Entry, placed: Edit | None = None) -> Edit:
        """The edit that takes ``entry`` out, with the groups it leaves empty.

        A list label with nothing else under it goes; so does a topic heading (or bold line)
        whose section holds nothing else (no entry, prose, comment or image), unless the
        entry is ``placed`` inside it again. One blank line between what stays is kept.
        """
        layout = self.layout
        first, last = entry_span(layout, entry)
        for line in reversed(entry.group_lines):
            opener = layout.openers.get(line)
            if opener is None or (opener.status is not None and opener.kind != "label"):
                break  # a parent entry, or a status heading: it stays
            if opener.status is None and _inside(layout, opener, placed):
                break  # the entry goes back into this topic
            inside = range(opener.line + 1, opener.last_line + 1)
            if any(not first <= n <= last and not layout.is_blank(n) for n in inside):
                break
            first, last = opener.line, opener.last_line
        start = first - 1
        if start > layout.body_start and layout.is_blank(first - 1) and layout.is_blank(last + 1):
            start -= 1
        return start, last, []

    # Where an entry goes ---------------------------------------------------------------

    def siblings(self, groups: tuple[str, ...], target: Status, entry: Entry | None) -> list[Entry]:
        """The last entry (a list of at most one) of ``groups`` that its group gives ``target``.

        Not a table row: a list item or paragraph written after one would read as a broken
        row (it goes after the table, by :meth:`into_group`).
        """
        layout, default = self.layout, self.vocabulary.default
        for other in reversed(self.page.entries):
            if other is entry or other.groups != groups or other.struck:
                continue
            if other.line in layout.row_tables:
                continue
            opener = status_opener(layout, other)
            if (opener.status if opener is not None and opener.status else default) is target:
                return [other]
        return []

    def status_group(
        self, target: Status, around: Opener | None, entry: Entry | None
    ) -> Opener | None:
        """The page's group of ``target`` an entry goes into, or ``None`` when there is none.

        One written like ``around`` (the entry's own status group) when there is one; always
        one inside the groups around the entry (on a page whose topics hold the statuses).
        """
        layout = self.layout
        outer = set(entry.group_lines) if entry is not None else set()
        found = [
            opener
            for opener in layout.openers.values()
            if opener.status is target
            and (layout.enclosing[opener.line] in outer or not layout.enclosing[opener.line])
        ]
        if around is not None:
            alike = [
                o
                for o in found
                if (o.kind, o.level, layout.enclosing[o.line])
                == (around.kind, around.level, layout.enclosing[around.line])
            ]
            found = alike or [o for o in found if o.kind == around.kind]
        return min(found, key=lambda o: o.line) if found else None

    def into_group(
        self, group: Opener, topics: Sequence[Opener | str], block: Block, target: Status
    ) -> Edit | None:
        """The block at the end of ``group``'s own entries, under ``topics`` inside it.

        ``topics`` are the entry's topic groups below its status group (its openers, or
        names for a new entry): those missing in ``group`` are created after its last one,
        written like the first of them (heading one level deeper, bold line or label).
        ``None`` when they cannot be written there.
        """
        layout = self.layout
        current = group
        missing = list(topics)
        while missing:
            name = missing[0] if isinstance(missing[0], str) else missing[0].label
            match = [
                o
                for o in layout.children(current.line)
                if o.status is None and fold(o.label) == fold(name)
            ]
            if not match:
                break
            current = match[0]
            missing.pop(0)
        prefix = dedented(block.old_prefix)
        if current.kind == "label":
            prefix = label_indent(layout, current) + prefix
        prefix = boxed(prefix, target)
        if not missing:
            end = self._own_end(current)
            # Under a list label, as its list is spaced: a blank line after the label or not;
            # right under a heading, as the page's headings are spaced.
            if current.kind == "label":
                blank = layout.is_blank(current.line + 1)
            else:
                blank = end != current.line or layout.gap_after_headings
            return after(layout, end, block.lines(prefix), blank=blank)
        lines: list[str] = []
        level = current.level
        for topic in missing:
            model = topic if isinstance(topic, Opener) else None
            kind = model.kind if model is not None else "heading"
            name = topic if isinstance(topic, str) else topic.label
            if kind == "label" or current.kind == "label":
                return None  # topics as list labels are written by new_label_group
            if kind == "bold":
                lines += [f"**{escape_text(name)}:**" + layout.newline, layout.newline]
                level = 7
            else:
                level = min(level + 1, 6) if level < 7 else level
                if level > 6 or (level <= current.level and current.kind == "heading"):
                    return None
                lines += ["#" * level + " " + escape_text(name) + layout.newline, layout.newline]
        return after(layout, current.last_line, [*lines, *block.lines(prefix)], blank=True)

    def _own_end(self, opener: Opener) -> int:
        """The last non-blank line of ``opener``'s section before its first heading inside."""
        inner = [o.line for o in self.layout.children(opener.line) if o.kind != "label"]
        end = inner[0] - 1 if inner else opener.last_line
        return self.layout.last_non_blank(opener.line, end)

    def inner_topics(self, entry: Entry, around: Opener | None) -> list[Opener] | None:
        """The entry's topic groups below its status group (all of them without one).

        ``None`` when a parent entry is among them (an entry nested under another moves
        under a new label, see :func:`new_label_group`).
        """
        topics: list[Opener] = []
        for line in entry.group_lines:
            opener = self.layout.openers.get(line)
            if opener is None:
                return None
            if around is not None and line <= around.line:
                continue
            if opener.status is None:
                topics.append(opener)
        return topics


def mark_plan(moves: Moves, entry: Entry, target: Status) -> list[Edit] | None:
    """The edits that give ``entry`` the status ``target``; ``None`` when none can."""
    layout, vocabulary = moves.layout, moves.vocabulary
    table = layout.row_tables.get(entry.line)
    if table is not None:
        return _row_plan(moves, entry, table, target)
    block = block_of(layout, entry)
    around = status_opener(layout, entry)
    group_status = around.status if around is not None and around.status else vocabulary.default
    in_place = _in_place(layout, entry, block, target, group_status)
    if in_place is not None:
        return [in_place]
    if entry.struck:
        block = block.struck(strike=False)
    if (
        has_box(block.old_prefix)
        and box_says(target, group_status)
        and not moves.siblings(entry.groups, target, entry)
        and moves.status_group(target, around, entry) is None
    ):
        return [_first_line(layout, entry, block, boxed(block.old_prefix, target))]
    if target is Status.SKIPPED and not block.rest and not _has_status_groups(layout):
        struck = block.struck(strike=True)
        return [_first_line(layout, entry, struck, block.old_prefix)]
    placed = _placement(moves, entry, block, around, target)
    if placed is None:
        return None
    return [moves.taken(entry, placed), placed]


def _row_plan(moves: Moves, entry: Entry, table: Table, target: Status) -> list[Edit] | None:
    """A table row says its status in its Status cell, else moves to a table of that status."""
    layout, vocabulary = moves.layout, moves.vocabulary
    label = label_for(target, vocabulary)
    if table.columns is not None and table.columns.status >= 0:
        word = status_word(table, entry.line, target, vocabulary, label)
        return [cell_edit(layout.lines, entry, table.columns.status, table, word)]
    targets = [
        other
        for other in {id(t): t for t in layout.row_tables.values()}.values()
        if other is not table
        and other.header == table.header
        and other.rows
        and layout.status_at(other.line) is target
    ]
    if not targets:
        return None
    last = targets[0].rows[-1]
    row = layout.lines[entry.line - 1]
    if not row.endswith(("\n", "\r")):
        row += layout.newline
    return [(entry.line - 1, entry.line, []), (last, last, [row])]


def _placement(
    moves: Moves, entry: Entry, block: Block, around: Opener | None, target: Status
) -> Edit | None:
    """Where ``entry`` (as ``block``) goes to read as ``target``, by the rules above."""
    layout = moves.layout
    sibling = moves.siblings(entry.groups, target, entry)
    if sibling:
        return placements_after_sibling(layout, sibling[0], block, target)
    topics = moves.inner_topics(entry, around)
    group = moves.status_group(target, around, entry)
    if group is not None and topics is not None:
        return moves.into_group(group, topics, block, target)
    label = label_for(target, moves.vocabulary)
    prefix = boxed(block.old_prefix, target)
    if around is not None and topics is not None:
        inner = [
            line
            for topic in topics
            if topic.kind != "label"
            for line in (layout.lines[topic.line - 1], layout.newline)
        ]
        return new_group_beside(layout, around, target, label, block, prefix, inner)
    innermost = layout.openers.get(entry.group_lines[-1]) if entry.group_lines else None
    if topics is None or (innermost is not None and innermost.kind == "label"):
        # Nested under another entry or a list label: a status label at its indentation.
        return next(iter(new_label_group(layout, entry.group_lines, label, block, prefix)))
    written = dedented(prefix)
    return next(iter(new_heading_group(layout, entry.group_lines, label, block, written)))


def _inside(layout: Layout, opener: Opener, placed: Edit | None) -> bool:
    """Whether the lines ``placed`` inserts land inside ``opener``'s group."""
    if placed is None or not placed[2]:
        return False
    start = placed[0]
    if not opener.line <= start <= opener.last_line:
        return False
    first = next((line for line in placed[2] if line.strip()), "")
    if opener.kind != "label":
        # A heading of its level or above, or a bold line after a bold line, ends it.
        marks = len(first) - len(first.lstrip("#"))
        ends = (0 < marks <= min(opener.level, 6) and first[marks : marks + 1] in {" ", "\t"}) or (
            opener.kind == "bold" and first.startswith("**")
        )
        return not ends
    if start < opener.last_line:
        return True
    # Right after a list label's last line: inside when indented deeper than its marker.
    label = layout.lines[opener.line - 1]
    return len(first) - len(first.lstrip(" ")) > len(label) - len(label.lstrip(" "))


def _has_status_groups(layout: Layout) -> bool:
    return any(opener.status is not None for opener in layout.openers.values())


def _in_place(
    layout: Layout, entry: Entry, block: Block, target: Status, group_status: Status
) -> Edit | None:
    """The edit of the entry's first line alone that says ``target``, if one does."""
    if entry.struck and target is not Status.SKIPPED:
        unstruck = block.struck(strike=False)
        box = entry.checked
        status = Status.DONE if box else group_status
        if box is False and group_status in {Status.DONE, Status.SKIPPED}:
            status = Status.TODO
        if status is target:
            return _first_line(layout, entry, unstruck, block.old_prefix)
    return None


def box_says(target: Status, group_status: Status) -> bool:
    """Whether ticking or clearing a task box makes the entry ``target`` in its group."""
    if target is Status.DONE:
        return True
    if target is Status.TODO:
        return group_status in {Status.TODO, Status.DONE, Status.SKIPPED}
    return target is Status.READING and group_status is Status.READING


def _first_line(layout: Layout, entry: Entry, block: Block, prefix: str) -> Edit:
    """The entry's first line rewritten with ``prefix`` and ``block``'s first content."""
    return entry.line - 1, entry.line, block.lines(prefix)[:1]


def remove_plan(moves: Moves, entry: Entry) -> list[Edit]:
    """The edit that takes ``entry`` out (with the groups it leaves empty)."""
    return [moves.taken(entry)]
