"""The grouped view's outline: topic groups, each with its entries by status.

A list shown in page order groups its entries by their topic groups (nested as on the
page) and, inside each, by status, both in the order the page first shows them. Entries
without a topic, on a page where others have one, form one more group in its place.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from readinglist import Status
from sphinx_readinglist.entries import ShownEntry


class Group(NamedTuple):
    """A topic group (or the whole list) with its entries, by status, and its subgroups."""

    name: str | None
    """The topic's name; ``None`` for the whole list and for the entries without a topic."""
    path: tuple[str, ...]
    """The topic path from the outermost group; ``()`` for the entries without a topic."""
    statuses: tuple[tuple[Status, tuple[ShownEntry, ...]], ...]
    """The entries directly in this group, by status."""
    subgroups: tuple[Group, ...]
    """Nested topic groups."""

    @property
    def size(self) -> int:
        """Entries in this group and its subgroups."""
        own = sum(len(entries) for _, entries in self.statuses)
        return own + sum(group.size for group in self.subgroups)


class _Draft:
    """A group being filled, in page order."""

    __slots__ = ("statuses", "subgroups")

    def __init__(self) -> None:
        self.statuses: dict[Status, list[ShownEntry]] = {}
        self.subgroups: dict[str | None, _Draft] = {}

    def freeze(self, name: str | None, path: tuple[str, ...]) -> Group:
        statuses = tuple((status, tuple(items)) for status, items in self.statuses.items())
        subgroups = tuple(
            draft.freeze(key, (*path, key) if key is not None else ())
            for key, draft in self.subgroups.items()
        )
        return Group(name, path, statuses, subgroups)


def outline(entries: Iterable[ShownEntry]) -> Group:
    """The whole list as a group: its entries without a topic, then one subgroup per topic.

    When some entries have a topic, those without one become a subgroup named ``None``,
    placed where the first of them is.
    """
    root = _Draft()
    loose = _Draft()
    for entry in entries:
        if not entry.groups:
            root.subgroups.setdefault(None, loose)
            draft = loose
        else:
            draft = root
            for name in entry.groups:
                draft = draft.subgroups.setdefault(name, _Draft())
        draft.statuses.setdefault(entry.status, []).append(entry)
    if list(root.subgroups) == [None]:  # no entry has a topic: no topic headings
        return loose.freeze(None, ())
    return root.freeze(None, ())
