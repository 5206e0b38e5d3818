"""The typed, immutable model of a reading-list page."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sized
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

from readinglist.diagnostics import Diagnostic, Severity
from readinglist.status import Status


def _empty() -> Mapping[str, object]:
    return MappingProxyType({})


def _no_lines() -> Mapping[str, int]:
    return MappingProxyType({})


FrontMatterFormat = Literal["yaml", "toml"]
StatusGroupForm = Literal["heading", "label", "bold", "none"]
"""How status groups are written; ``"none"``: there are none (boxes and strikes say it)."""
TopicGroupForm = Literal["heading", "label", "bold"]
"""How topic groups are written."""
EntryForm = Literal["item", "paragraph", "table"]
"""How entries are written: list items, paragraphs (the seed page's shape), or table rows."""
ListMarker = Literal["-", "*", "+", "1.", "1)"]
"""A bullet, or the delimiter of an ordered list (numbered from 1)."""


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The page's front matter: typed Just the Docs keys plus every other key, verbatim."""

    title: str | None = None
    """The page's name; Just the Docs shows it in the navigation."""
    parent: str | None = None
    """The ``title`` of the page this one is nested under."""
    grand_parent: str | None = None
    """The ``parent`` of the parent page, for three-level navigation."""
    permalink: str | None = None
    """The page's URL path on the site."""
    layout: str | None = None
    """The Jekyll layout."""
    description: str | None = None
    """A one-line summary of the page."""
    nav_order: int | float | str | None = None
    """Position among siblings: numbers sort before strings (Just the Docs rule)."""
    has_children: bool | None = None
    """The page is a section that other pages name as ``parent``."""
    nav_exclude: bool | None = None
    """Leave the page out of the navigation."""
    has_toc: bool | None = None
    """Show a table of contents of the children."""
    extra: Mapping[str, object] = field(default_factory=_empty)
    """Every key that is not one of the above, verbatim and in file order."""
    raw: Mapping[str, object] = field(default_factory=_empty)
    """Every key as parsed, in file order, wrong-typed values included."""
    format: FrontMatterFormat | None = None
    """``"yaml"`` (``---``), ``"toml"`` (``+++``), or ``None`` when there is none."""
    start_line: int | None = None
    """1-based line of the opening delimiter."""
    end_line: int | None = None
    """1-based line of the closing delimiter."""
    key_lines: Mapping[str, int] = field(default_factory=_no_lines)
    """1-based line of each top-level key."""

    @property
    def present(self) -> bool:
        """True when the page has a front matter block (even an empty one)."""
        return self.format is not None


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading on your page: an article, paper or talk with its link, or a book without one.

    From the item ``- [x] [Raft](https://raft.github.io/) - the paper``, written under
    ``## Distributed systems``, the entry's ``title`` is ``"Raft"``, its ``url`` the link as
    you wrote it, its ``status`` ``done`` (the ticked box), its ``description``
    ``"the paper"``, its ``groups`` ``("Distributed systems",)`` and its ``line`` the line
    the item is on, for messages and editors. Nothing of what you wrote is changed: the
    ``key`` that finds the same reading written another way (see
    :func:`readinglist.canonical_url`) and the ``site`` are worked out beside it.

    The loader fills every field from the page. An entry you build yourself has ``key`` and
    ``site`` ``None`` unless you give them, and is then not :attr:`safe` to render as a link.
    """

    title: str
    """The link text, or the item's text for a book; never empty (falls back to the URL)."""
    url: str | None
    """The URL as written (escapes and entities resolved); ``None`` for a book."""
    status: Status
    """``todo``, ``reading``, ``done`` or ``skipped``; compares equal to those strings."""
    line: int
    """1-based line of the entry in the file."""
    column: int = 1
    """1-based column where the entry's content (after any list marker and box) starts."""
    end_line: int | None = None
    """1-based last line of the entry's block (the list item or paragraph)."""
    description: str = ""
    """Text after the link, with a leading separator (dash, colon, comma) stripped."""
    groups: tuple[str, ...] = ()
    """Topic groups from the outermost in (status groups are not listed)."""
    checked: bool | None = None
    """For task items: whether the box is ticked; ``None`` for other entries."""
    struck: bool = False
    """Written struck through (``~~…~~``): the entry is skipped."""
    group_lines: tuple[int, ...] = ()
    """1-based lines of the groups' headings and list labels around the entry.

    Outermost first, status groups included (where an editor finds them).
    """
    author: str | None = None
    """The author, where the page names one (``[Title](url) by Ann Author``)."""
    year: int | None = None
    """The year, where the page gives one (``(2017)``, ``2017 -``)."""
    key: str | None = None
    """Canonical key for finding duplicates (see :func:`readinglist.canonical_url`).

    ``None`` for a book (no URL), for an unsafe URL, and on an entry built by hand.
    """
    site: str | None = None
    """The host, lower-cased, without ``www.``; ``None`` without a URL or host."""

    @property
    def safe(self) -> bool:
        """False when the URL must never be rendered as a link (``javascript:`` …).

        A URL is safe once the loader gave it a :attr:`key`; a book has nothing to render.
        """
        return self.url is None or self.key is not None

    @property
    def is_link(self) -> bool:
        """True when the entry has a URL that may be rendered as a link."""
        return self.url is not None and self.key is not None

    def replace(self, **changes: Any) -> Entry:
        """A copy with the fields named changed (``dataclasses.replace``)."""
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class PageStyle:
    """How a page writes its groups and entries, for :func:`readinglist.dumps` to keep.

    Each field is read from the first entry, in page order, that shows it: the first entry
    inside a status group gives ``status_groups``, ``status_level``; the first entry inside a
    topic group gives ``topic_groups`` and ``topic_level`` (from its outermost topic group);
    the first entry inside both gives ``topics_outside``; the first entry gives ``entries``
    (and ``status_column``); the first entry in a list gives ``marker`` (from the outermost
    list item around it). Groups that hold no entry do not count. A page that mixes styles
    is written in the style it shows first. The defaults are the layout of a page built in
    code.
    """

    status_groups: StatusGroupForm = "heading"
    """``"heading"`` (``## Done``), ``"label"`` (a ``- Done`` list item with the entries nested
    under it), ``"bold"`` (a ``**Done**`` line), or ``"none"``: no entry is in a status group."""
    status_level: int = 2
    """Heading level of the status groups (2 unless they are headings)."""
    topic_groups: TopicGroupForm = "heading"
    """``"heading"`` (``### Kafka``), ``"label"`` (``- Kafka`` with entries nested under it;
    also an entry with entries nested under it) or ``"bold"`` (``**Kafka:**``)."""
    topic_level: int = 3
    """Heading level of the outermost topic groups (3 unless they are headings)."""
    topics_outside: bool = False
    """True when topic groups hold the status groups (``## Kafka`` then ``### Done``)."""
    entries: EntryForm = "item"
    """``"item"`` (``- [Title](url)``), ``"paragraph"`` (``[Title](url)`` on its own) or
    ``"table"`` (a row of a table)."""
    status_column: bool = False
    """The first entry is a table row with a Status column: its status is written there, not
    in status groups."""
    marker: ListMarker = "-"
    """The list marker: ``-``, ``*``, ``+``, or ``1.`` / ``1)`` for numbered lists."""
    status_labels: tuple[tuple[Status, str], ...] = ()
    """The label the page gives each status group (``(Status.TODO, "TODO")``), in status
    order, one per status that holds an entry; the first label seen wins."""


@dataclass(frozen=True, slots=True, repr=False)
class Page:
    """A parsed reading-list page: its front matter, entries and diagnostics.

    Its ``repr`` is one short line, ``<Page 'Pinterest' docs/examples/pinterest.md: 17
    entries, 1 diagnostic>``; the fields hold the rest.
    """

    title: str
    """The front matter ``title``, else the H1, else the file name."""
    front_matter: FrontMatter
    """Typed front matter (empty when there is none)."""
    entries: tuple[Entry, ...]
    """Entries in page order."""
    diagnostics: tuple[Diagnostic, ...]
    """Problems found, sorted by line."""
    path: str | None = None
    """The file, as given to the loader."""
    heading: str | None = None
    """The page's H1 text, when it has one."""
    heading_line: int | None = None
    """1-based line of the H1."""
    groups: tuple[tuple[str, ...], ...] = field(default=())
    """Every topic group path that holds at least one entry, in page order."""
    style: PageStyle = field(default_factory=PageStyle)
    """How the page writes its groups and entries (see :class:`PageStyle`)."""

    def __repr__(self) -> str:
        where = f" {self.path}" if self.path is not None else ""
        return f"<Page {self.title!r}{where}: {summary(self.entries, self.diagnostics)}>"

    def counts(self) -> Mapping[Status, int]:
        """Entries per status, every status present (zero when empty)."""
        totals = dict.fromkeys(Status, 0)
        for entry in self.entries:
            totals[entry.status] += 1
        return MappingProxyType(totals)

    def by_status(self, status: str) -> tuple[Entry, ...]:
        """The entries with that status key."""
        return tuple(entry for entry in self.entries if entry.status == status)

    def has_errors(self) -> bool:
        """True when any diagnostic is an error."""
        return any(d.level is Severity.ERROR for d in self.diagnostics)


def summary(entries: Sized, diagnostics: Sized) -> str:
    """``17 entries, 1 diagnostic``: what a short ``repr`` says of a page or collection."""
    entry_word = "entry" if len(entries) == 1 else "entries"
    diagnostic_word = "diagnostic" if len(diagnostics) == 1 else "diagnostics"
    return f"{len(entries)} {entry_word}, {len(diagnostics)} {diagnostic_word}"
