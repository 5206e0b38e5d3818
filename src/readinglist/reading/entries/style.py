"""Read a page's :class:`~readinglist.PageStyle` while its body is walked.

The walker feeds one :class:`StyleFinder`: the groups around each entry (the same stacks
:func:`readinglist.reading.entries.groups.group_context` reads), and each entry's own list item. The
finder keeps what the first entry showing a field says (see :class:`PageStyle`) and stops
looking once it knows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from readinglist.model import EntryForm, ListMarker, PageStyle, StatusGroupForm, TopicGroupForm
from readinglist.reading.entries.groups import BOLD_LEVEL, Heading, Item
from readinglist.status import Status

_MARKER = re.compile(r"[ \t>]*(?:([-*+])|\d{1,9}([.)]))")
_STATUS_ORDER = {status: index for index, status in enumerate(Status)}


class StyleFinder:
    """Collects the style of one page, entry by entry, in page order."""

    __slots__ = (
        "_entry_form",
        "_labels",
        "_lines",
        "_marker",
        "_status",
        "_status_column",
        "_topic",
        "_topics_outside",
        "watching_entries",
        "watching_groups",
    )

    def __init__(self, lines: Sequence[str]) -> None:
        self._lines = lines
        self._status: tuple[StatusGroupForm, int] | None = None
        self._topic: tuple[TopicGroupForm, int] | None = None
        self._topics_outside: bool | None = None
        self._labels: dict[Status, str] = {}
        self._entry_form: EntryForm | None = None
        self._status_column = False
        self._marker: ListMarker | None = None
        self.watching_groups = True
        """False once every group field is known: callers may skip :meth:`groups`."""
        self.watching_entries = True
        """False once the entry form and marker are known: callers may skip :meth:`entry`."""

    def groups(self, headings: Iterable[Heading], items: Iterable[Item]) -> None:
        """The groups around the next entry, outermost first, as ``group_context`` reads them."""
        status: tuple[StatusGroupForm, int, Status, str, int] | None = None
        topic: tuple[TopicGroupForm, int, int] | None = None
        position = 0
        for heading in headings:
            form: TopicGroupForm = "heading" if heading.level < BOLD_LEVEL else "bold"
            if heading.status is not None:
                status = (form, heading.level, heading.status, heading.label, position)
            elif topic is None:
                topic = (form, heading.level, position)
            position += 1
        for item in items:
            if item.kind == "label" and item.status is not None:
                status = ("label", 0, item.status, item.label, position)
            elif item.kind in {"label", "entry"}:
                if topic is None:
                    topic = ("label", 0, position)
            else:
                continue
            position += 1
        if status is not None:
            if self._status is None:
                self._status = status[:2]
            self._labels.setdefault(status[2], status[3])
        if topic is not None and self._topic is None:
            self._topic = topic[:2]
        if status is not None and topic is not None and self._topics_outside is None:
            self._topics_outside = topic[2] < status[4]
        self.watching_groups = self._topics_outside is None or len(self._labels) < len(
            _STATUS_ORDER
        )

    def entry(self, item_line: int | None, items: Iterable[Item], row: bool | None = None) -> None:
        """The next entry, by the 1-based line of its own list item (``None`` for a paragraph).

        ``items`` are the list items around it, outermost first; ``row``: a table row (True
        when its table has a Status column).
        """
        if self._entry_form is None:
            if row is not None:
                self._entry_form, self._status_column = "table", row
            else:
                self._entry_form = "paragraph" if item_line is None else "item"
        if self._marker is None:
            line = next((item.line for item in items if item.kind in {"label", "entry"}), None)
            line = line if line is not None else item_line
            if line is not None:
                self._marker = marker_of(self._lines[line - 1] if line <= len(self._lines) else "")
        self.watching_entries = self._marker is None

    def style(self) -> PageStyle:
        """What the entries seen so far show; defaults for the rest."""
        default = PageStyle()
        status_form, status_level = self._status or ("none", default.status_level)
        topic_form, topic_level = self._topic or (default.topic_groups, default.topic_level)
        return PageStyle(
            status_groups=status_form,
            status_level=status_level if status_form == "heading" else default.status_level,
            topic_groups=topic_form,
            topic_level=topic_level if topic_form == "heading" else default.topic_level,
            topics_outside=bool(self._topics_outside),
            entries=self._entry_form or "item",
            status_column=self._status_column,
            marker=self._marker or default.marker,
            status_labels=tuple(sorted(self._labels.items(), key=lambda p: _STATUS_ORDER[p[0]])),
        )


def marker_of(line: str) -> ListMarker:
    """The first list marker on a list item's line: a bullet, or ``1.`` / ``1)``."""
    match = _MARKER.match(line)
    if match is None:
        return "-"
    if match.group(1):
        bullet = match.group(1)
        return "*" if bullet == "*" else "+" if bullet == "+" else "-"
    return "1)" if match.group(2) == ")" else "1."
