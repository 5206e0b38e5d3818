"""What one ``reading-list`` directive shows of its page, decided when the document is read."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

from readinglist import Status
from sphinx_readinglist.entries import ShownEntry, shown
from sphinx_readinglist.options import ListOptions
from sphinx_readinglist.selection import select

if TYPE_CHECKING:
    from readinglist import Entry, Page

Counts = tuple[int, int]
"""Done and total entries."""


class ListView(NamedTuple):
    """What a directive asked to show, as kept in the saved doctree until it is written."""

    entries: tuple[ShownEntry, ...]
    """The entries to show, in order."""
    style: str
    """``list`` or ``table``."""
    grouped: bool
    """A list under group headings (page order, on a page with groups) or a flat one."""
    progress: Counts | None
    """The page's done and total entries, when ``:progress:`` asks for bars; else ``None``."""
    group_progress: Mapping[tuple[str, ...], Counts]
    """Done and total entries per topic path (empty without ``:progress:``)."""


def duplicate_lines(page: Page) -> frozenset[int]:
    """The lines of the entries the page has a ``duplicate-url`` diagnostic for."""
    # By the code's value: importing the diagnostics module only for its enum would cost
    # every build that reads nothing (a no-change rebuild) its import.
    return frozenset(d.line for d in page.diagnostics if d.code.value == "duplicate-url")


def counts(entries: tuple[Entry, ...]) -> Counts:
    """Done and total."""
    return sum(entry.status is Status.DONE for entry in entries), len(entries)


def topic_progress(entries: tuple[Entry, ...]) -> dict[tuple[str, ...], Counts]:
    """Done and total entries of every topic group, nested groups included."""
    done: dict[tuple[str, ...], int] = {}
    total: dict[tuple[str, ...], int] = {}
    for entry in entries:
        for depth in range(1, len(entry.groups) + 1):
            path = entry.groups[:depth]
            total[path] = total.get(path, 0) + 1
            done[path] = done.get(path, 0) + (entry.status is Status.DONE)
    return {path: (done[path], total[path]) for path in total}


def has_groups(page: Page) -> bool:
    """True when the page writes status or topic groups."""
    return bool(page.groups) or page.style.status_groups != "none"


def list_view(page: Page, options: ListOptions) -> ListView:
    """The entries to show, how, and the progress figures when asked for.

    Progress counts every entry of the page (or of the topic group), whatever the
    directive's filters, except the duplicates ``:hide-duplicates:`` leaves out.
    """
    duplicates = duplicate_lines(page)
    entries = page.entries
    if options.hide_duplicates and duplicates:
        entries = tuple(entry for entry in entries if entry.line not in duplicates)
    chosen = select(entries, options.selection)
    return ListView(
        entries=tuple(shown(entry, entry.line in duplicates) for entry in chosen),
        style=options.style,
        grouped=options.selection.sort == "page" and has_groups(page),
        progress=counts(entries) if options.progress else None,
        group_progress=topic_progress(entries) if options.progress else {},
    )
