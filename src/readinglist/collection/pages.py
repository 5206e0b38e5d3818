"""Collections: many pages loaded together, with duplicates across pages and navigation checks.

:func:`load_collection` loads every page, checks the Just the Docs links between them (see
:mod:`readinglist.collection.navigation`), finds duplicates across pages and builds the
navigation tree the way Just the Docs does.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass
from types import MappingProxyType

from readinglist.collection.files import PathArgument, find_pages
from readinglist.collection.navigation import (
    NavigationNode,
    missing_children,
    navigation_tree,
    resolve_parents,
)
from readinglist.diagnostics import Code, Diagnostic
from readinglist.errors import ReadingListError
from readinglist.model import Entry, Page, summary
from readinglist.reading.frontmatter.bounded import DEFAULT_MAX_FRONT_MATTER_SIZE
from readinglist.reading.loader import DEFAULT_MAX_SIZE, load
from readinglist.reading.page_rules import duplicate_diagnostics
from readinglist.status import Status, StatusVocabulary


@dataclass(frozen=True, slots=True, repr=False)
class Collection:
    """Pages loaded together: their cross-page diagnostics and their navigation tree.

    Its ``repr`` is one short line: ``<Collection of 3 pages: 40 entries, 2 diagnostics>``
    (every diagnostic, the pages' own included).
    """

    pages: tuple[Page, ...]
    """Every page, in load order (arguments in order, each folder sorted by path).

    A page that other pages name as ``parent`` has no ``no-entries`` diagnostic: it is a
    section index.
    """
    diagnostics: tuple[Diagnostic, ...] = ()
    """Cross-page problems only (duplicates across pages, broken navigation), in page order."""
    navigation: tuple[NavigationNode, ...] = ()
    """Top-level pages in Just the Docs order, each with its children.

    Pages with ``nav_exclude: true``, and pages whose ``parent`` cannot be found, are left
    out, as Just the Docs leaves them out of its navigation.
    """

    def __repr__(self) -> str:
        entries = [entry for page in self.pages for entry in page.entries]
        pages = f"{len(self.pages)} page{'' if len(self.pages) == 1 else 's'}"
        return f"<Collection of {pages}: {summary(entries, self.all_diagnostics())}>"

    def __iter__(self) -> Iterator[Page]:
        return iter(self.pages)

    def __len__(self) -> int:
        return len(self.pages)

    def all_diagnostics(self) -> tuple[Diagnostic, ...]:
        """Every diagnostic, page-level and cross-page: page by page, then by line."""
        order = {page.path: index for index, page in enumerate(self.pages)}
        merged = [d for page in self.pages for d in page.diagnostics]
        merged += self.diagnostics
        merged.sort(
            key=lambda d: (
                order.get(d.path, len(order)),
                d.line,
                d.column or 0,
                d.level.rank,
                d.code.value,
            )
        )
        return tuple(merged)

    def entries(self) -> Iterator[tuple[Page, Entry]]:
        """Every entry with its page, in page order."""
        for page in self.pages:
            for entry in page.entries:
                yield page, entry

    def counts(self) -> Mapping[Status, int]:
        """Entries per status over every page, every status present."""
        totals = dict.fromkeys(Status, 0)
        for page in self.pages:
            for status, count in page.counts().items():
                totals[status] += count
        return MappingProxyType(totals)


def load_collection(
    paths: PathArgument | Iterable[PathArgument],
    *,
    vocabulary: StatusVocabulary | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    max_front_matter_size: int = DEFAULT_MAX_FRONT_MATTER_SIZE,
    on_error: Callable[[ReadingListError], None] | None = None,
) -> Collection:
    """Load every page under ``paths`` (files, or folders searched for ``*.md``) together.

    A page over ``max_size`` bytes is not parsed (one ``file-too-large`` error), nor is
    front matter over ``max_front_matter_size`` bytes (``front-matter-too-large``).

    Returns the :class:`Collection` (see :func:`collect`). Raises
    :class:`~readinglist.ReadingListError` when a path is missing or a page cannot be read
    (a loop of symbolic links, a FIFO, bytes that are not UTF-8); problems in the pages are
    diagnostics. With ``on_error``, a page that cannot be read is passed to it instead and
    the other pages are loaded.
    """
    pages: list[Page] = []
    for path in find_pages(paths):
        try:
            page = load(
                path,
                vocabulary=vocabulary,
                max_size=max_size,
                max_front_matter_size=max_front_matter_size,
            )
        except ReadingListError as error:
            if on_error is None:
                raise
            on_error(error)
        else:
            pages.append(page)
    return collect(pages)


def collect(pages: Iterable[Page]) -> Collection:
    """A :class:`Collection` of pages already loaded, in the order given.

    Pages are told apart by their ``path`` (a cross-page duplicate is one whose first copy
    is in another file), so give each page loaded with :func:`~readinglist.loads` its own.
    A duplicate is reported once, against the first place it appears: an entry whose first
    copy is in an earlier page loses its page's own duplicate diagnostic (which named a
    later copy). Returns the collection; never raises.
    """
    pages = tuple(pages)
    parents, named, problems = resolve_parents(pages)
    sections = named | {parent for parent in parents.values() if parent is not None}
    problems += missing_children(pages, sections)
    duplicates = cross_page_duplicates(pages)
    superseded = {(d.path, d.line, d.column) for d in duplicates}
    pages = tuple(
        _without(page, superseded, no_entries=index in sections) for index, page in enumerate(pages)
    )
    problems += duplicates
    order = {page.path: index for index, page in enumerate(pages)}
    problems.sort(key=lambda d: (order.get(d.path, 0), d.line, d.column or 0, d.code.value))
    return Collection(pages, tuple(problems), navigation_tree(pages, parents))


_DUPLICATE_CODES = frozenset({Code.DUPLICATE_URL, Code.DUPLICATE_TITLE})
Place = tuple[str | None, int, int | None]
"""Where a diagnostic points: path, line, column."""


def cross_page_duplicates(pages: Sequence[Page]) -> list[Diagnostic]:
    """Duplicates whose first copy is in an earlier page, each against that first copy."""
    return [
        diagnostic
        for diagnostic in duplicate_diagnostics(
            [page.path for page in pages for _ in page.entries],
            [entry for page in pages for entry in page.entries],
        )
        if diagnostic.related_path != diagnostic.path
    ]


def _without(page: Page, superseded: Set[Place], *, no_entries: bool) -> Page:
    """The page without what the collection says instead (the page itself when nothing is).

    That is ``no-entries`` on a section index (``no_entries``), and the page's own
    duplicate diagnostic of an entry at a ``superseded`` place, reported against an earlier
    page instead.
    """
    if not (no_entries or superseded):
        return page
    kept = tuple(
        d
        for d in page.diagnostics
        if not (
            (no_entries and d.code is Code.NO_ENTRIES)
            or (d.code in _DUPLICATE_CODES and (d.path, d.line, d.column) in superseded)
        )
    )
    return (
        page if len(kept) == len(page.diagnostics) else dataclasses.replace(page, diagnostics=kept)
    )
