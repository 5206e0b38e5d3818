"""A list's entries as bullet lists: flat with a badge per entry, or under group headings.

Each entry is one list item holding one paragraph: the badge (flat lists only), the title
(a ``reference`` for a safe ``http(s)`` URL, else text), and the description as plain text.
The one element that carries a class per entry is the badge; under a status heading the
list itself carries the status. Every node here costs in each transform, pickle and writer
of the build (see docs/performance.md), so an entry has as few as its content needs.

Titles and descriptions only ever become ``Text`` nodes, which every writer escapes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from docutils import nodes

from readinglist import Status
from sphinx_readinglist import words
from sphinx_readinglist.entries import ShownEntry, status_class
from sphinx_readinglist.grouping import Group
from sphinx_readinglist.progress import progress_paragraph, progress_text

MAX_HEADING_LEVEL = 6
"""HTML has six heading levels; deeper groups stay at the sixth."""


class Place(NamedTuple):
    """Where the directive is: every link of the list says so, for ``linkcheck``."""

    source: str | None
    """The document's file."""
    line: int | None
    """The directive's line in it."""


def title(entry: ShownEntry, place: Place) -> nodes.Element:
    """A ``reference`` to the entry's URL, or its title as text when it is no link."""
    if entry.href is not None:
        link = nodes.reference("", entry.title, refuri=entry.href)
        link.source, link.line = place
        return link
    return nodes.inline("", entry.title, classes=["reading-list-unsafe"] if entry.unsafe else [])


def _item(entry: ShownEntry, badge: str | None, topic: bool, place: Place) -> nodes.list_item:
    paragraph = nodes.paragraph()
    if badge is not None:
        # The badge carries the space before the title: one node less per entry, and text
        # and man output still read "To do Title".
        paragraph += nodes.inline("", badge + " ", classes=[status_class(entry.status)])
    paragraph += title(entry, place)
    if entry.duplicate:
        paragraph += nodes.Text(" ")
        paragraph += nodes.inline("", words.duplicate_mark(), classes=["reading-list-duplicate"])
    if entry.description:
        paragraph += nodes.Text(f" — {entry.description}")
    if topic and entry.groups:
        paragraph += nodes.inline(
            "", f" ({' / '.join(entry.groups)})", classes=["reading-list-topic"]
        )
    return nodes.list_item("", paragraph)


def flat_list(
    entries: Iterable[ShownEntry], badges: Mapping[Status, str], place: Place
) -> nodes.bullet_list:
    """One item per entry, each with its status badge and, when it has one, its topic."""
    listing = nodes.bullet_list(classes=["reading-list-entries", "reading-list-flat"])
    listing += [_item(entry, badges[entry.status], True, place) for entry in entries]
    return listing


def heading(text: str, count: int, level: int, classes: Sequence[str] = ()) -> nodes.rubric:
    """A group's heading, ``Kafka (4)``: a rubric, so that it stays out of the contents."""
    rubric = nodes.rubric("", text + " ", classes=list(classes))
    rubric += nodes.inline("", f"({count})", classes=["reading-list-count"])
    rubric["heading-level"] = min(level, MAX_HEADING_LEVEL)
    return rubric


def grouped_list(
    group: Group,
    level: int,
    badges: Mapping[Status, str],
    progress: Mapping[tuple[str, ...], tuple[int, int]] | None,
    place: Place,
    headed: bool = False,
) -> list[nodes.Element]:
    """Headings with their counts, each status's entries under them, then the subgroups.

    ``level`` is the HTML heading level of the outermost headings; ``progress`` maps a topic
    path to its done and total entries, when the directive asks for progress bars. The
    whole list (``headed`` false) has no heading of its own; a subgroup without a name
    holds the entries without a topic.
    """
    shown: list[nodes.Element] = []
    inner = level
    if headed:
        name = group.name if group.name is not None else words.other_topics()
        shown.append(heading(name, group.size, level))
        if progress is not None and group.path in progress:
            done, total = progress[group.path]
            shown.append(progress_paragraph(progress_text(done, total), done, total))
        inner = level + 1
    for status, entries in group.statuses:
        shown.append(heading(badges[status], len(entries), inner, [status_class(status)]))
        listing = nodes.bullet_list(classes=["reading-list-entries", status_class(status)])
        listing += [_item(entry, None, False, place) for entry in entries]
        shown.append(listing)
    for subgroup in group.subgroups:
        shown += grouped_list(subgroup, inner, badges, progress, place, headed=True)
    return shown
