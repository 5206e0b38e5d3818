"""One ``reading-list`` directive's output: a container with its list or table.

Only standard docutils nodes (containers, rubrics, bullet lists, tables, references,
inlines), so that every builder writes them.
"""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes

from sphinx_readinglist import words
from sphinx_readinglist.entries import ShownEntry
from sphinx_readinglist.grouping import outline
from sphinx_readinglist.listing import Place, flat_list, grouped_list
from sphinx_readinglist.progress import progress_paragraph, progress_text
from sphinx_readinglist.tables import entry_table
from sphinx_readinglist.view import ListView


def reading_list(
    view: ListView, heading_level: int, place: Place, classes: Sequence[str] = ()
) -> nodes.container:
    """The entries in a container with the ``reading-list`` class, as a list or a table.

    ``heading_level`` is the HTML level of the grouped view's outermost headings.
    """
    box = nodes.container(classes=["reading-list", f"reading-list-{view.style}", *classes])
    box["support_smartquotes"] = False  # titles are shown as written: no curly quotes
    if view.progress is not None:
        done, total = view.progress
        box += progress_paragraph(progress_text(done, total), done, total)
    badges = words.status_words()
    entries: Sequence[ShownEntry] = view.entries
    if not entries:
        box += nodes.paragraph("", words.no_entries(), classes=["reading-list-empty"])
    elif view.style == "table":
        box += entry_table(entries, badges, place)
    elif view.grouped:
        progress = view.group_progress if view.progress is not None else None
        box += grouped_list(outline(entries), heading_level, badges, progress, place)
    else:
        box += flat_list(entries, badges, place)
    return box
