"""Where an entry can go: candidate line edits, most in the page's own style first.

An edit is ``(start, end, lines)``: replace the 0-based, half-open range of the page's
lines by ``lines`` (which carry their endings). Candidates are only proposals;
:mod:`readinglist.writing.editing.edit` keeps the first whose result reads back as intended.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from readinglist.model import Entry
from readinglist.status import DEFAULT_LABELS, Status, StatusVocabulary
from readinglist.writing.editing.layout import (
    Layout,
    Opener,
    has_box,
    next_prefix,
    with_box,
    without_box,
)

Edit = tuple[int, int, list[str]]
_NUMBER = re.compile(r"^\d{1,9}(?=[.)])")
_LIST_PREFIX = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")


@dataclass(frozen=True, slots=True)
class Block:
    """The lines of an entry to place: its content without prefix, then continuation lines."""

    first: str
    """The first line's content (after indent, marker and task box), with its ending."""
    rest: tuple[str, ...]
    """Continuation lines, as written."""
    old_prefix: str
    """What preceded the content on the first line."""

    def lines(self, prefix: str) -> list[str]:
        """The block written after ``prefix``, continuation lines re-indented to match."""
        width, old_width = len(prefix), len(self.old_prefix)
        moved = [prefix + self.first]
        for line in self.rest:
            if not line.strip():
                moved.append(line)
                continue
            body = line[min(old_width, len(line) - len(line.lstrip(" "))) :]
            moved.append(" " * width + body)
        return moved

    def struck(self, *, strike: bool) -> Block:
        """The block with its ``~~`` removed, or (one line only) struck through whole."""
        if not strike:
            return Block(
                self.first.replace("~~", ""),
                tuple(r.replace("~~", "") for r in self.rest),
                self.old_prefix,
            )
        body = self.first.rstrip("\r\n")
        return Block(f"~~{body}~~{self.first[len(body) :]}", self.rest, self.old_prefix)


def entry_span(layout: Layout, entry: Entry) -> tuple[int, int]:
    """1-based first and last non-blank line of an entry's block."""
    return entry.line, layout.last_non_blank(entry.line, entry.end_line or entry.line)


def block_of(layout: Layout, entry: Entry) -> Block:
    """The entry's lines, split into prefix, content and continuation."""
    first, last = entry_span(layout, entry)
    line = layout.lines[first - 1]
    prefix = layout.prefix(first, entry.column)
    return Block(line[len(prefix) :], tuple(layout.lines[first:last]), prefix)


def removals(layout: Layout, entry: Entry) -> list[Edit]:
    """Ways to take the entry out, each with one blank separator.

    First with the list labels it leaves empty (a label with nothing under it reads as an
    entry, or lingers), then just its own lines.
    """
    first, last = entry_span(layout, entry)
    spans = [(first, last)]
    for line in reversed(entry.group_lines):
        opener = layout.openers.get(line)
        if opener is None or opener.kind != "label":
            break
        inside = range(opener.line + 1, opener.last_line + 1)
        if any(not first <= n <= last and not layout.is_blank(n) for n in inside):
            break
        first, last = opener.line, opener.last_line
    if (first, last) != spans[0]:
        spans.insert(0, (first, last))
    edits: list[Edit] = []
    for first, last in spans:
        start = first - 1
        if start > layout.body_start and layout.is_blank(first - 1) and layout.is_blank(last + 1):
            start -= 1
        edits.append((start, last, []))
    return edits


def status_opener(layout: Layout, entry: Entry) -> Opener | None:
    """The innermost group around the entry whose label names a status."""
    for line in reversed(entry.group_lines):
        opener = layout.openers.get(line)
        if opener is not None and opener.status is not None:
            return opener
    return None


def container_status(layout: Layout, entry: Entry, vocabulary: StatusVocabulary) -> Status:
    """The status an entry's groups give it (before any task box or strike)."""
    opener = status_opener(layout, entry)
    return opener.status if opener is not None and opener.status else vocabulary.default


def label_for(status: Status, vocabulary: StatusVocabulary) -> str:
    """The label a new group of ``status`` gets: the first usual name the vocabulary knows."""
    for label in DEFAULT_LABELS[status]:
        if vocabulary.status_of(label) is status:
            return label
    for label, known in vocabulary.labels.items():
        if known is status:
            return label
    return status.value


def relabel(line: str, old: str, new: str, opener: Opener) -> str:
    """An opener's line with its label replaced; rebuilt plainly when the label is marked up."""
    found = re.search(re.escape(old), line, re.IGNORECASE)
    if found:
        return line[: found.start()] + new + line[found.end() :]
    ending = line[len(line.rstrip("\r\n")) :]
    if opener.kind == "heading":
        return "#" * opener.level + " " + new + ending
    if opener.kind == "bold":
        return f"**{new}:**" + ending
    match = _LIST_PREFIX.match(line)
    return (match.group(0) if match else "- ") + new + ending


def dedented(prefix: str) -> str:
    """A prefix without its indentation: a list marker (and box) stays, a paragraph has none.

    A number restarts at 1: the prefix opens a new list.
    """
    if not _LIST_PREFIX.match(prefix):
        return ""
    return _NUMBER.sub("1", prefix.lstrip(" \t"), count=1)


def label_indent(layout: Layout, opener: Opener) -> str:
    """The indentation of content nested under a list label."""
    match = _LIST_PREFIX.match(layout.lines[opener.line - 1])
    return " " * len(match.group(0).rstrip("\r\n")) if match else "  "


def after(layout: Layout, line: int, lines: Sequence[str], *, blank: bool) -> Edit:
    """Insert ``lines`` after the 1-based ``line``, after a blank line when ``blank``."""
    separator = [layout.newline] if blank else []
    return line, line, [*separator, *lines]


def placements_after_sibling(layout: Layout, sibling: Entry, block: Block, target: Status) -> Edit:
    """Put the block right after ``sibling``, written with the sibling's prefix."""
    first, last = entry_span(layout, sibling)
    prefix = next_prefix(layout.prefix(first, sibling.column))
    prefix = boxed(prefix, target)
    tight = layout.tight.get(first, False)
    return after(layout, last, block.lines(prefix), blank=not tight)


def placement_into(layout: Layout, opener: Opener, block: Block, target: Status) -> Edit:
    """Put the block at the end of an existing group's section."""
    prefix = dedented(block.old_prefix)
    if opener.kind == "label":
        prefix = label_indent(layout, opener) + prefix
    prefix = boxed(prefix, target)
    return after(layout, opener.last_line, block.lines(prefix), blank=True)


def new_group_beside(
    layout: Layout,
    model: Opener,
    target: Status,
    label: str,
    block: Block,
    prefix: str,
    inner: Sequence[str] = (),
) -> Edit:
    """A new group written like ``model`` (same kind and level) among its status siblings.

    It goes after the last sibling whose status comes before its own (todo, reading, done,
    skipped), else before the first sibling.
    """
    order = list(Status)
    siblings = sorted(
        (
            o
            for o in layout.openers.values()
            if o.kind == model.kind
            and o.level == model.level
            and o.parent == model.parent
            and o.status is not None
        ),
        key=lambda o: o.line,
    )
    earlier = [o for o in siblings if o.status and order.index(o.status) <= order.index(target)]
    opener_line = relabel(layout.lines[model.line - 1], model.label, label, model)
    if not opener_line.endswith(("\n", "\r")):
        opener_line += layout.newline
    if model.kind == "label":
        gap = [layout.newline] if layout.is_blank(model.line + 1) else []
        loose = not layout.tight.get(model.line, True) or bool(gap)
    else:
        gap = [layout.newline] if layout.gap_after_headings else []
        loose = True
    body = [opener_line, *gap, *inner, *block.lines(prefix)]
    if earlier or not siblings:
        last = earlier[-1].last_line if earlier else model.last_line
        return after(layout, last, body, blank=loose)
    first = siblings[0].line
    before = [] if layout.is_blank(first - 1) or not loose else [layout.newline]
    return first - 1, first - 1, [*before, *body, *([layout.newline] if loose else [])]


def new_heading_group(
    layout: Layout, entry_lines: Sequence[int], label: str, block: Block, prefix: str
) -> Iterator[Edit]:
    """New ``## Label`` headings: inside the innermost heading section, else at the end."""
    headings = [
        layout.openers[n]
        for n in entry_lines
        if n in layout.openers and layout.openers[n].kind == "heading"
    ]
    end = layout.last_non_blank(layout.body_start + 1, len(layout.lines))
    if headings and headings[-1].level < 6:
        section = headings[-1]
        heading = "#" * (section.level + 1) + " " + label + layout.newline
        lines = [heading, layout.newline, *block.lines(prefix)]
        yield after(layout, section.last_line, lines, blank=True)
    for level in (2, 3, 4, 5, 6):
        heading = "#" * level + " " + label + layout.newline
        yield after(layout, end, [heading, layout.newline, *block.lines(prefix)], blank=end > 0)


def boxed(prefix: str, target: Status) -> str:
    """The prefix with its task box saying ``target``; unchanged when it has none.

    Ticked for done, cleared for todo and reading, removed for skipped (a box of either
    kind would not read as skipped).
    """
    if not has_box(prefix):
        return prefix
    if target is Status.SKIPPED:
        return without_box(prefix)
    return with_box(prefix, target is Status.DONE)


def new_label_group(
    layout: Layout, entry_lines: Sequence[int], label: str, block: Block, prefix: str
) -> Iterator[Edit]:
    """A new list label (``- Done``) with the entry nested under it, where its group ends.

    Tried at the entry's own indentation at the end of its innermost group (a list item
    holding it included), then unindented at the end of the page.
    """
    item = dedented(prefix)
    indent = prefix[: len(prefix) - len(prefix.lstrip(" \t"))]
    marker = without_box(item) or "- "
    gap = [] if item else [layout.newline]
    nested = indent + " " * len(marker)
    lines = [indent + marker + label + layout.newline, *gap, *block.lines(nested + item)]
    innermost = entry_lines[-1] if entry_lines else None
    if innermost in layout.openers:
        opener = layout.openers[innermost]
        yield after(layout, opener.last_line, lines, blank=opener.kind != "label" or not item)
    elif innermost in layout.items:
        yield after(layout, layout.items[innermost], lines, blank=False)
    end = layout.last_non_blank(layout.body_start + 1, len(layout.lines))
    flat = [marker + label + layout.newline, *gap, *block.lines(" " * len(marker) + item)]
    yield after(layout, end, flat, blank=True)
