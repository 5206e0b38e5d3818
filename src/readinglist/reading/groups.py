"""The groups around an entry and the status they give it.

The walker keeps a stack of open headings (bold pseudo-headings among them) and a stack of
open list items; :func:`group_context` reads both, :func:`entry_status` resolves an entry's
status from its group, strike and task box.
"""

from __future__ import annotations

from collections.abc import Iterable

from readinglist.diagnostics import Code, Diagnostic
from readinglist.status import Status

BOLD_LEVEL = 7
"""The level of a bold pseudo-heading (``**Kafka:**`` on its own line): below every heading."""

Context = tuple[Status | None, tuple[str, ...], tuple[int, ...]]
"""The innermost status, the topic path and the lines opening the groups, outermost first."""


class Heading:
    """An open heading (levels 1 to 6) or bold pseudo-heading (level 7)."""

    __slots__ = ("label", "level", "line", "status")

    def __init__(self, level: int, label: str, status: Status | None, line: int) -> None:
        self.level = level
        self.label = label
        """The label, trailing colon removed."""
        self.status = status
        """The status the label names; ``None`` for a topic."""
        self.line = line
        """1-based file line."""


class Item:
    """An open list item: pending until its first block says what it is."""

    __slots__ = (
        "checked", "column", "context", "depth", "end_line", "kind", "label", "line", "status",
    )  # fmt: skip

    def __init__(self, line: int, end_line: int, depth: int, checked: bool | None) -> None:
        self.line = line
        """1-based line of its marker."""
        self.end_line = end_line
        """1-based last line, trailing blank lines included."""
        self.depth = depth
        """How many containers (lists, quotes, items) are open inside the body, itself included."""
        self.checked = checked
        """Its task box: ticked, open, or ``None`` without one."""
        self.kind = "pending"
        """``pending``, then ``candidate`` (a plain first paragraph: a label or a book),
        ``label`` (a candidate with blocks nested under it), ``entry`` or ``note``."""
        self.label = ""
        """A candidate's or label's text; an entry's title."""
        self.status: Status | None = None
        """The status a label names."""
        self.column = 0
        """1-based column of its first paragraph's content."""
        self.context: Context | None = None
        """The groups around what nests in it, once known (its kind no longer changes)."""


def group_context(headings: Iterable[Heading], items: Iterable[Item]) -> Context:
    """The innermost status, the topic path and the lines opening the groups, outermost first.

    Headings come first, then list labels and entries with entries nested under them (an
    entry is the topic of its nested entries); status groups set the status, not the path.
    """
    status: Status | None = None
    topics: list[str] = []
    lines: list[int] = []
    for group in headings:
        lines.append(group.line)
        if group.status is None:
            topics.append(group.label)
        else:
            status = group.status
    for item in items:
        if item.kind == "label":
            lines.append(item.line)
            if item.status is None:
                topics.append(item.label)
            else:
                status = item.status
        elif item.kind == "entry":
            lines.append(item.line)
            topics.append(item.label)
    return status, tuple(topics), tuple(lines)


def entry_status(
    group_status: Status | None,
    default: Status,
    struck: bool,
    checked: bool | None,
    path: str | None,
    line: int,
    column: int,
) -> tuple[Status, Diagnostic | None]:
    """An entry's status from its group, strike and task box; a ``status-conflict`` if any.

    Struck is skipped; a ticked box is done; an unticked box keeps the group's status unless
    that is done or skipped, which is a conflict, and the entry is todo.
    """
    if struck:
        return Status.SKIPPED, None
    if checked:
        return Status.DONE, None
    if checked is None:
        return group_status or default, None
    if group_status in _CONFLICTS:
        message = _CONFLICTS[group_status]
        return Status.TODO, Diagnostic(Code.STATUS_CONFLICT, message, path, line, column)
    return group_status or Status.TODO, None


_CONFLICTS = {
    status: f"unchecked task item in a {status.value} group is read as todo; "
    f"tick the box, or move it out of the {status.value} group"
    for status in (Status.DONE, Status.SKIPPED)
}
"""The ``status-conflict`` message per group status."""
