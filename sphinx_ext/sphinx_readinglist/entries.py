"""What the output shows of each entry: a small record, kept in the saved doctree."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlsplit

from readinglist import Status

if TYPE_CHECKING:
    from readinglist import Entry


class ShownEntry(NamedTuple):
    """One entry as the output shows it: small, so that the saved doctree stays small."""

    title: str
    """The title, shown as text."""
    href: str | None
    """The URL when the entry may be a link (safe, absolute ``http(s)``); else ``None``."""
    unsafe: bool
    """The entry has a ``javascript:``-like URL, shown as plain text."""
    status: Status
    """Its status, for the badge or the group heading, and the CSS class."""
    description: str
    """Text after the link."""
    groups: tuple[str, ...]
    """Topic groups, outermost first."""
    site: str
    """The host without ``www.``, or ``""``."""
    duplicate: bool
    """The page has the same URL earlier (a ``duplicate-url`` diagnostic)."""


def linkable(entry: Entry) -> bool:
    """True when the entry may become a link: a safe, absolute ``http(s)`` URL with a host."""
    if not entry.is_link or entry.url is None:
        return False
    parts = urlsplit(entry.url)
    return parts.scheme.lower() in {"http", "https"} and bool(parts.netloc)


def shown(entry: Entry, duplicate: bool = False) -> ShownEntry:
    """The part of an entry that the output uses."""
    return ShownEntry(
        title=entry.title,
        href=entry.url if linkable(entry) else None,
        unsafe=entry.url is not None and not entry.safe,
        status=entry.status,
        description=entry.description,
        groups=entry.groups,
        site=entry.site or "",
        duplicate=duplicate,
    )


def status_class(status: Status) -> str:
    """``reading-list-todo``: the class of the one element that carries an entry's status.

    That is the badge of a flat list, the row of a table, and the list under a status
    heading of a grouped list.
    """
    return f"reading-list-{status.value}"
