"""Entries to standard docutils nodes (so every builder can write them).

Titles and descriptions only ever become ``Text`` nodes, which every writer escapes; only
absolute ``http(s)`` URLs of safe entries become ``reference`` nodes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlsplit

from docutils import nodes

from readinglist import Status

if TYPE_CHECKING:
    from readinglist import Entry

STATUS_LABELS = {
    Status.TODO: "to do",
    Status.READING: "reading",
    Status.DONE: "done",
    Status.SKIPPED: "skipped",
}
"""The text of each status badge."""


class ShownEntry(NamedTuple):
    """What the output shows of one entry: small, so that the saved doctree stays small."""

    title: str
    """The title, shown as text."""
    href: str | None
    """The URL when the entry may be a link (safe, absolute ``http(s)``); else ``None``."""
    unsafe: bool
    """The entry has a ``javascript:``-like URL, shown as plain text."""
    status: Status
    """Its status, for the badge and the CSS classes."""
    description: str
    """Text after the link."""
    groups: str
    """Topic groups, joined with `` / ``."""
    site: str
    """The host without ``www.``, or ``""``."""


def linkable(entry: Entry) -> bool:
    """True when the entry may become a link: a safe, absolute ``http(s)`` URL with a host."""
    if not entry.is_link or entry.url is None:
        return False
    parts = urlsplit(entry.url)
    return parts.scheme.lower() in {"http", "https"} and bool(parts.netloc)


def shown(entry: Entry) -> ShownEntry:
    """The part of an entry that the output uses."""
    return ShownEntry(
        title=entry.title,
        href=entry.url if linkable(entry) else None,
        unsafe=entry.url is not None and not entry.safe,
        status=entry.status,
        description=entry.description,
        groups=" / ".join(entry.groups),
        site=entry.site or "",
    )


def badge(status: Status, trailing_space: bool = False) -> nodes.inline:
    """The status as a small label with one CSS class per status.

    In a list the badge carries the space before the title (which HTML drops at the end of
    the inline block), saving a node per entry; text and man output still read "to do Title".
    """
    text = STATUS_LABELS[status] + (" " if trailing_space else "")
    return nodes.inline(
        "", text, classes=["reading-list-badge", f"reading-list-badge-{status.value}"]
    )


def title(entry: ShownEntry) -> nodes.Element:
    """A ``reference`` to the entry's URL, or its title as plain text when it is no link."""
    if entry.href is not None:
        return nodes.reference("", entry.title, refuri=entry.href, classes=["reading-list-link"])
    classes = (
        ["reading-list-title", "reading-list-unsafe"] if entry.unsafe else ["reading-list-title"]
    )
    return nodes.inline("", entry.title, classes=classes)


def details(entry: ShownEntry) -> str:
    """`` — description (site · group / subgroup)``, or ``""`` when there is nothing to add."""
    meta = " · ".join(part for part in (entry.site, entry.groups) if part)
    text = f" — {entry.description}" if entry.description else ""
    return f"{text} ({meta})" if meta else text


def _list_item(entry: ShownEntry) -> nodes.list_item:
    # Eight nodes per entry at most: every transform, pickle and writer walks them all, so
    # each one costs (see the Sphinx figures in docs/performance.md).
    paragraph = nodes.paragraph("", "", badge(entry.status, trailing_space=True), title(entry))
    more = details(entry)
    if more:
        paragraph += nodes.inline("", more, classes=["reading-list-details"])
    return nodes.list_item(
        "", paragraph, classes=["reading-list-entry", f"reading-list-status-{entry.status.value}"]
    )


def bullet_list(entries: Sequence[ShownEntry]) -> nodes.bullet_list:
    """One list item per entry: badge, title (a link), description, site and groups."""
    listing = nodes.bullet_list(classes=["reading-list-entries"])
    listing += [_list_item(entry) for entry in entries]
    return listing


def _cell(*children: nodes.Node) -> nodes.entry:
    cell = nodes.entry()
    if children:
        paragraph = nodes.paragraph()
        paragraph += list(children)
        cell += paragraph
    return cell


def _row(cells: Sequence[nodes.entry], classes: Sequence[str] = ()) -> nodes.row:
    row = nodes.row(classes=list(classes))
    row += list(cells)
    return row


def table(
    header: Sequence[str],
    widths: Sequence[int],
    rows: Sequence[nodes.row],
    classes: Sequence[str],
) -> nodes.table:
    """A table with a header row; the widths are relative column widths."""
    grid = nodes.table(classes=list(classes))
    group = nodes.tgroup(cols=len(header))
    grid += group
    group += [nodes.colspec(colwidth=width) for width in widths]
    head = nodes.thead()
    head += _row([_cell(nodes.Text(name)) for name in header])
    body = nodes.tbody()
    body += list(rows)
    group += [head, body]
    return grid


def entry_table(entries: Sequence[ShownEntry]) -> nodes.table:
    """Title, status, description and topic (when any entry has one), and site."""
    with_description = any(entry.description for entry in entries)
    with_groups = any(entry.groups for entry in entries)
    header = ["Title", "Status"]
    widths = [40, 10]
    if with_description:
        header.append("Description")
        widths.append(30)
    if with_groups:
        header.append("Topic")
        widths.append(12)
    header.append("Site")
    widths.append(16)
    rows = []
    for entry in entries:
        cells = [_cell(title(entry)), _cell(badge(entry.status))]
        if with_description:
            cells.append(_cell(nodes.Text(entry.description)) if entry.description else _cell())
        if with_groups:
            cells.append(_cell(nodes.Text(entry.groups)) if entry.groups else _cell())
        cells.append(_cell(nodes.Text(entry.site)) if entry.site else _cell())
        classes = ["reading-list-entry", f"reading-list-status-{entry.status.value}"]
        rows.append(_row(cells, classes))
    return table(header, widths, rows, ["reading-list-table"])


def reading_list(
    entries: Sequence[ShownEntry], style: str, classes: Sequence[str] = ()
) -> nodes.container:
    """The entries in a container with the ``reading-list`` class, as a list or a table."""
    box = nodes.container(classes=["reading-list", f"reading-list-{style}", *classes])
    box["support_smartquotes"] = False  # titles are shown as written: no curly quotes
    if not entries:
        box += nodes.paragraph("", "No entries to show.", classes=["reading-list-empty"])
    elif style == "table":
        box += entry_table(entries)
    else:
        box += bullet_list(entries)
    return box
