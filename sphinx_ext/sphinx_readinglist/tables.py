"""Tables as docutils nodes: a helper for any table, and the table of ``:style: table``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from docutils import nodes

from readinglist import Status
from sphinx_readinglist import words
from sphinx_readinglist.entries import ShownEntry, status_class
from sphinx_readinglist.listing import Place, title


def cell(*children: nodes.Node, classes: Sequence[str] = ()) -> nodes.entry:
    """A table cell holding one paragraph of ``children``; an empty cell without any."""
    entry = nodes.entry()
    if children:
        entry += nodes.paragraph("", "", *children, classes=list(classes))
    return entry


def row(cells: Sequence[nodes.entry], classes: Sequence[str] = ()) -> nodes.row:
    """A table row."""
    line = nodes.row(classes=list(classes))
    line += list(cells)
    return line


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
    head += row([cell(nodes.Text(name)) for name in header])
    body = nodes.tbody()
    body += list(rows)
    group += [head, body]
    return grid


def entry_table(
    entries: Sequence[ShownEntry], badges: Mapping[Status, str], place: Place
) -> nodes.table:
    """Title, status, description and topic (when any entry has one), and site."""
    names = words.entry_table_header()
    with_description = any(entry.description for entry in entries)
    with_groups = any(entry.groups for entry in entries)
    header, widths = [names["title"], names["status"]], [40, 10]
    if with_description:
        header.append(names["description"])
        widths.append(30)
    if with_groups:
        header.append(names["topic"])
        widths.append(12)
    header.append(names["site"])
    widths.append(16)
    rows = []
    for entry in entries:
        shown_title: list[nodes.Node] = [title(entry, place)]
        if entry.duplicate:
            mark = nodes.inline("", words.duplicate_mark(), classes=["reading-list-duplicate"])
            shown_title += [nodes.Text(" "), mark]
        badge = nodes.inline("", badges[entry.status], classes=[status_class(entry.status)])
        cells = [cell(*shown_title), cell(badge)]
        if with_description:
            cells.append(cell(nodes.Text(entry.description)) if entry.description else cell())
        if with_groups:
            topic = " / ".join(entry.groups)
            cells.append(cell(nodes.Text(topic)) if topic else cell())
        cells.append(cell(nodes.Text(entry.site)) if entry.site else cell())
        rows.append(row(cells, [status_class(entry.status)]))
    return table(header, widths, rows, [])
