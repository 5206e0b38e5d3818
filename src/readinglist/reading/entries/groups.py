"""The groups around an entry and the status they give it.

The walker keeps a stack of open headings (bold pseudo-headings among them) and a stack of
open list items; :func:`group_context` reads both, :func:`entry_status` resolves an entry's
status from its strike, task box, status marker (:func:`marker_status`), table status cell
and group. :func:`misspelt_labels` finds group labels one edit from a status label, and
:data:`NOT_READINGS` names the sections whose lists are not readings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from readinglist.diagnostics import Code, Diagnostic
from readinglist.reading.inline.content import Found
from readinglist.status import Status, StatusVocabulary, fold_label

BOLD_LEVEL = 7
"""The level of a bold pseudo-heading (``**Kafka:**`` on its own line): below every heading."""

Context = tuple[Status | None, tuple[str, ...], tuple[int, ...]]
"""The innermost status, the topic path and the lines opening the groups, outermost first."""


NOT_READINGS = frozenset(
    {"how to use", "how to use this list", "usage", "legend", "key", "notes",
     "contributing", "contribute", "how to contribute", "contributors", "license", "licence",
     "table of contents", "contents", "toc", "code of conduct", "credits", "acknowledgements",
     "acknowledgments", "changelog", "glossary", "acronyms", "abbreviations", "terminology",
     "faq", "closing note", "closing notes"}
)  # fmt: skip
"""Folded labels of sections whose lists are not readings (a legend, the license ...)."""

_MARKER = re.compile(
    r"(?:^|\s)(?:\(([^()]{1,40})\)|\*\*([^*]{1,30})\*\*|([A-Z][A-Z ]{1,28}[A-Z])|"
    r"(\u2705|\u2714\ufe0f?|\u2611\ufe0f?))\s*$"
)
MARKER_ENDS = frozenset(")*\u2705\u2714\u2611\ufe0f")
"""The last characters of a description that may end with a status marker (or a capital)."""


class Heading:
    """An open heading (levels 1 to 6) or bold pseudo-heading (level 7)."""

    __slots__ = ("label", "level", "line", "skip", "status")

    def __init__(self, level: int, label: str, status: Status | None, line: int) -> None:
        self.level = level
        self.label = label
        """The label, trailing colon removed."""
        self.status = status
        """The status the label names; ``None`` for a topic."""
        self.line = line
        """1-based file line."""
        self.skip = status is None and fold_label(label) in NOT_READINGS
        """A section whose lists are not readings (``## License``)."""


class Item:
    """An open list item: pending until its first block says what it is."""

    __slots__ = (
        "checked", "column", "context", "depth", "emphasis", "end_line", "kind", "label", "line",
        "sentence", "status", "struck",
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
        self.emphasis: tuple[str, str, str] | None = None
        """A candidate's text before, inside and after its first emphasis (a book's title)."""
        self.sentence = False
        """A candidate whose link sits inside a sentence: a book only when it names an author."""
        self.struck = False
        """A candidate whose title is struck through (``~~Dune~~``): a book given up."""


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


def resolve_status(
    found: Found,
    checked: bool | None,
    statuses: tuple[Status | None, Status | None],
    vocabulary: StatusVocabulary,
    where: tuple[str | None, int, int],
) -> tuple[Found, Status, Diagnostic | None]:
    """An entry's status, the entry without its marker, and a conflict if any.

    From its strike, box, marker, status cell and group (see :func:`entry_status`);
    ``statuses``: the group's and the table status cell's.
    """
    group_status, cell_status = statuses
    description = found[2]
    if (
        not found[3]
        and checked is None
        and cell_status is None
        and not (description and (description[-1] in MARKER_ENDS or description[-1].isupper()))
    ):
        return found, group_status or vocabulary.default, None  # most entries, at once
    marker = None
    if may_mark(found[2]):
        marker, description = marker_status(found[2], vocabulary)
    if marker is not None:
        found = (found[0], found[1], description, *found[3:])
    status, conflict = entry_status(
        group_status, vocabulary.default, found[3], checked, (marker, cell_status), where
    )
    return found, status, conflict


def entry_status(
    group_status: Status | None,
    default: Status,
    struck: bool,
    checked: bool | None,
    said: tuple[Status | None, Status | None],
    where: tuple[str | None, int, int],
) -> tuple[Status, Diagnostic | None]:
    """An entry's status, and a ``status-conflict`` if any.

    The first of these wins: its strike (skipped), its task box (a ticked box is done; an
    unticked box keeps the group's status unless that is done or skipped, which is a
    conflict, and the entry is todo), its own marker, its table row's status cell, its group,
    the default. ``said`` holds the marker's and the status cell's statuses; ``where`` the
    path, line and column. A marker that contradicts its group is a conflict too.
    """
    path, line, column = where
    if struck:
        return Status.SKIPPED, None
    if checked:
        return Status.DONE, None
    if checked is None:
        marker, cell = said
        if marker is not None and group_status is not None and marker is not group_status:
            message = (
                f"the entry's marker says {marker.value} but its group says "
                f"{group_status.value}; the marker wins"
            )
            return marker, Diagnostic(Code.STATUS_CONFLICT, message, path, line, column)
        return marker or cell or group_status or default, None
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


def may_mark(description: str) -> bool:
    """Whether a description may end with a status marker (``(read)``, ``DONE``, ``✅``)."""
    return bool(description) and (description[-1] in MARKER_ENDS or description[-1].isupper())


def marker_status(description: str, vocabulary: StatusVocabulary) -> tuple[Status | None, str]:
    """A status marker that ends a description (``**READ**``, ``(read)``, ``✅``, ``✔``).

    The marker's status and the description without it; ``(None, description)`` when it
    ends in none (or in a word that names no status).
    """
    if not description or (description[-1] not in MARKER_ENDS and not description[-1].isupper()):
        return None, description
    match = _MARKER.search(description)
    if match is None:
        return None, description
    label = next(group for group in match.groups() if group is not None)
    status = vocabulary.status_of(label)
    if status is None:
        return None, description
    rest = description[: match.start()].rstrip(" -–—:,;|")
    return status, rest


GroupRecord = tuple[tuple[str, int], str, int, int, Status | None]
"""A group as the walker met it: its kind and level, label, line, column and status."""


def misspelt_labels(
    groups: Sequence[GroupRecord], vocabulary: StatusVocabulary, path: str | None
) -> list[Diagnostic]:
    """``unknown-status-label`` for topic labels one edit from a status label.

    Only on a page with status groups, and only for labels at the level of one of them.
    """
    levels = {kind for kind, _, _, _, status in groups if status is not None}
    found: list[Diagnostic] = []
    for kind, label, line, column, status in groups:
        if status is not None or kind not in levels:
            continue
        meant = vocabulary.near_label(label)
        if meant is not None:
            message = (
                f"{label!r} is read as a topic, not a status; did you mean {meant!r}? "
                "(add the label to the statuses if it is one)"
            )
            found.append(Diagnostic(Code.UNKNOWN_STATUS_LABEL, message, path, line, column))
    return found
