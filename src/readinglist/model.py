"""The typed, immutable model of a reading-list page."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import FrozenInstanceError, dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from readinglist.diagnostics import Diagnostic, Severity
from readinglist.reading.url_shortcuts import is_safe, url_facts
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
EntryForm = Literal["item", "paragraph"]
"""How entries are written: list items, or paragraphs (the seed page's shape)."""
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


EntryPlace = tuple[int, int | None, tuple[str, ...], bool | None, bool, tuple[int, ...]]
"""Where an entry sits: its column, end line less line (``None`` without an end line),
groups, task box, strike and group lines. Entries of one group share one (see
:func:`new_entry`)."""

_STORAGE = {
    "_text": "The title, then the URL (one string: one object header less per entry).",
    "_cut": "Where the URL starts in ``_text``; -1 for a book (no URL).",
    "status": "``todo``, ``reading``, ``done`` or ``skipped``; compares equal to those strings.",
    "line": "1-based line of the entry in the file.",
    "description": "Text after the link, with a leading separator (dash, colon, comma) stripped.",
    "_place": "The rest, shared between the entries of one group (an ``EntryPlace``).",
}


class Entry:
    """One thing to read: a link (or a book without one) with its status and groups.

    Immutable, compared, hashed, printed and pickled by its eleven fields like a frozen
    dataclass, and stored in six slots: a page holds many entries, and most share their
    column, groups and task-box state (see docs/performance.md). ``Entry(...)`` takes the
    fields by name or in order; :meth:`replace` gives a changed copy.
    """

    __slots__ = _STORAGE
    __match_args__ = (
        "title", "url", "status", "line", "column", "end_line", "description", "groups",
        "checked", "struck", "group_lines",
    )  # fmt: skip

    _text: str
    _cut: int
    _place: EntryPlace

    def __new__(
        cls,
        title: str,
        url: str | None,
        status: Status,
        line: int,
        column: int = 1,
        end_line: int | None = None,
        description: str = "",
        groups: tuple[str, ...] = (),
        checked: bool | None = None,
        struck: bool = False,
        group_lines: tuple[int, ...] = (),
    ) -> Entry:
        """An entry from its eleven fields (the defaults are those of a plain entry)."""
        span = None if end_line is None else end_line - line
        place = (column, span, groups, checked, struck, group_lines)
        text, cut = (title, -1) if url is None else (title + url, len(title))
        if cls is Entry:
            return new_entry(text, cut, status, line, description, place)
        # A subclass may add a __dict__: its slots are set through their descriptors.
        entry = object.__new__(cls)
        storage = (text, cut, status, line, description, place)
        for name, value in zip(_STORAGE, storage, strict=True):
            getattr(Entry, name).__set__(entry, value)
        return entry

    @property
    def title(self) -> str:
        """The link text, or the item's text for a book; never empty (falls back to the URL)."""
        cut = self._cut
        return self._text if cut < 0 else self._text[:cut]

    @property
    def url(self) -> str | None:
        """The URL as written (escapes and entities resolved); ``None`` for a book."""
        cut = self._cut
        return None if cut < 0 else self._text[cut:]

    # status, line and description are slots at run time (documented in _STORAGE), and
    # read-only to type checkers, as the model is frozen.
    if TYPE_CHECKING:

        @property
        def status(self) -> Status: ...
        @property
        def line(self) -> int: ...

    @property
    def column(self) -> int:
        """1-based column where the entry's content (after any list marker and box) starts."""
        return self._place[0]

    @property
    def end_line(self) -> int | None:
        """1-based last line of the entry's block (the list item or paragraph)."""
        span = self._place[1]
        return None if span is None else self.line + span

    if TYPE_CHECKING:

        @property
        def description(self) -> str: ...

    @property
    def groups(self) -> tuple[str, ...]:
        """Topic groups from the outermost in (status groups are not listed)."""
        return self._place[2]

    @property
    def checked(self) -> bool | None:
        """For task items: whether the box is ticked; ``None`` for other entries."""
        return self._place[3]

    @property
    def struck(self) -> bool:
        """Written struck through (``~~…~~``): the entry is skipped."""
        return self._place[4]

    @property
    def group_lines(self) -> tuple[int, ...]:
        """1-based lines of the groups' headings and list labels around the entry.

        Outermost first, status groups included (where an editor finds them).
        """
        return self._place[5]

    # key, site and safe follow from the URL: computed when asked, not stored, which keeps
    # a loaded entry small (see docs/performance.md).

    @property
    def key(self) -> str | None:
        """Canonical key for finding duplicates (see :func:`readinglist.canonical_url`).

        ``None`` for a book (no URL) and for an unsafe URL.
        """
        url = self.url
        return None if url is None else url_facts(url)[0]

    @property
    def site(self) -> str | None:
        """The host, lower-cased, without ``www.``; ``None`` without a URL or host."""
        url = self.url
        return None if url is None else url_facts(url)[1]

    @property
    def safe(self) -> bool:
        """False when the URL is unsafe (``javascript:`` …): never render it as a link."""
        url = self.url
        return url is None or is_safe(url)

    @property
    def is_link(self) -> bool:
        """True when the entry has a URL that may be rendered as a link."""
        return self.url is not None and self.safe

    def replace(self, **changes: Any) -> Entry:
        """A copy with the fields named changed (what ``dataclasses.replace`` did)."""
        unknown = changes.keys() - set(Entry.__match_args__)
        if unknown:
            raise TypeError(f"Entry has no field {sorted(unknown)[0]!r}")
        fields = {name: getattr(self, name) for name in Entry.__match_args__}
        return self.__class__(**(fields | changes))

    __replace__ = replace  # copy.replace (Python 3.13)

    def _storage(self) -> tuple[str, int, Status, int, str, EntryPlace]:
        return self._text, self._cut, self.status, self.line, self.description, self._place

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._storage() == other._storage()

    def __hash__(self) -> int:
        return hash(self._storage())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in Entry.__match_args__)
        return f"{type(self).__qualname__}({shown})"

    def __reduce__(self) -> tuple[object, ...]:
        if self.__class__ is Entry:
            return new_entry, self._storage()  # the shared place stays shared in one pickle
        fields = tuple(getattr(self, name) for name in Entry.__match_args__)
        return self.__class__, fields

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


class _EntryDraft:
    """Entry's storage without its ``__setattr__``: filled, then made an :class:`Entry`."""

    __slots__ = tuple(_STORAGE)

    _text: str
    _cut: int
    status: Status
    line: int
    description: str
    _place: EntryPlace


def new_entry(
    text: str,
    cut: int,
    status: Status,
    line: int,
    description: str,
    place: EntryPlace,
    _draft: type[_EntryDraft] = _EntryDraft,
    _entry: type[Entry] = Entry,
) -> Entry:
    """The entry with that storage, as the loader builds it.

    ``text`` is the title then the URL, which starts at ``cut`` (-1: no URL); the loader
    passes one ``place`` tuple per group, shared by its entries.

    The slots are filled on a draft of the same layout, whose class is then set to
    :class:`Entry` (about three times faster than setting each slot through its descriptor,
    and what makes a page of entries cheap to load).
    """
    draft = _draft()
    draft._text = text
    draft._cut = cut
    draft.status = status
    draft.line = line
    draft.description = description
    draft._place = place
    draft.__class__ = _entry  # type: ignore[assignment]
    return draft  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class PageStyle:
    """How a page writes its groups and entries, for :func:`readinglist.dumps` to keep.

    Each field is read from the first entry, in page order, that shows it: the first entry
    inside a status group gives ``status_groups``, ``status_level``; the first entry inside a
    topic group gives ``topic_groups`` and ``topic_level`` (from its outermost topic group);
    the first entry inside both gives ``topics_outside``; the first entry gives ``entries``;
    the first entry in a list gives ``marker`` (from the outermost list item around it).
    Groups that hold no entry do not count. A page that mixes styles is written in the
    style it shows first. The defaults are the layout of a page built in code.
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
    """``"item"`` (``- [Title](url)``) or ``"paragraph"`` (``[Title](url)`` on its own)."""
    marker: ListMarker = "-"
    """The list marker: ``-``, ``*``, ``+``, or ``1.`` / ``1)`` for numbered lists."""
    status_labels: tuple[tuple[Status, str], ...] = ()
    """The label the page gives each status group (``(Status.TODO, "TODO")``), in status
    order, one per status that holds an entry; the first label seen wins."""


@dataclass(frozen=True, slots=True)
class Page:
    """A parsed reading-list page: its front matter, entries and diagnostics."""

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
