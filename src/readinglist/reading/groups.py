"""The groups around an entry and the status they give it: one rule for both readers.

The markdown-it walk (:mod:`readinglist.reading.walker`) and the line reader
(:mod:`readinglist.reading.lines`) keep their own stacks of open headings and list items; these
functions read either.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from readinglist.diagnostics import Code, Diagnostic, found
from readinglist.status import Status


class GroupOpener(Protocol):
    """A heading or list item that may open a group (both parse paths have their own)."""

    @property
    def label(self) -> str: ...
    @property
    def status(self) -> Status | None: ...
    @property
    def line(self) -> int: ...


class NestedOpener(GroupOpener, Protocol):
    """A list item: ``kind`` says whether it is a label group, an entry, a note..."""

    @property
    def kind(self) -> str: ...


def group_context(
    headings: Iterable[GroupOpener], items: Iterable[NestedOpener]
) -> tuple[Status | None, tuple[str, ...], tuple[int, ...]]:
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
        return Status.TODO, found(Code.STATUS_CONFLICT, message, path, line, column)
    return group_status or Status.TODO, None


_CONFLICTS = {
    status: f"unchecked task item in a {status.value} group is read as todo; "
    f"tick the box, or move it out of the {status.value} group"
    for status in (Status.DONE, Status.SKIPPED)
}
"""The ``status-conflict`` message per group status (one string, shared by every copy)."""
