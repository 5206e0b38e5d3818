"""Collections: many pages loaded together, with duplicates across pages and navigation checks.

:func:`load_collection` loads every page, checks the Just the Docs links between them (see
:mod:`readinglist.collection.navigation`), finds duplicates across pages and builds the
navigation tree the way Just the Docs does.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping
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
from readinglist.model import Entry, Page
from readinglist.reading.bounded import DEFAULT_MAX_FRONT_MATTER_SIZE
from readinglist.reading.loader import DEFAULT_MAX_SIZE, load
from readinglist.reading.page_rules import duplicate_diagnostics
from readinglist.status import Status, StatusVocabulary


@dataclass(frozen=True, slots=True)
class Collection:
    """Pages loaded together: their cross-page diagnostics and their navigation tree."""

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

    Raises :class:`~readinglist.ReadingListError` when a path is missing or a page cannot
    be read (a loop of symbolic links, a FIFO, bytes that are not UTF-8); problems in the
    pages are diagnostics. With ``on_error``, a page that cannot be read is passed to it
    instead and the other pages are loaded.
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
    """
    pages = tuple(pages)
    parents, named, problems = resolve_parents(pages)
    sections = named | {parent for parent in parents.values() if parent is not None}
    pages = tuple(
        _without_no_entries(page) if index in sections else page for index, page in enumerate(pages)
    )
    problems += missing_children(pages, sections)
    problems += [
        diagnostic
        for diagnostic in duplicate_diagnostics(
            [page.path for page in pages for _ in page.entries],
            [entry for page in pages for entry in page.entries],
        )
        if diagnostic.related_path != diagnostic.path
    ]
    order = {page.path: index for index, page in enumerate(pages)}
    problems.sort(key=lambda d: (order.get(d.path, 0), d.line, d.column or 0, d.code.value))
    return Collection(pages, tuple(problems), navigation_tree(pages, parents))


def _without_no_entries(page: Page) -> Page:
    kept = tuple(d for d in page.diagnostics if d.code is not Code.NO_ENTRIES)
    return (
        page if len(kept) == len(page.diagnostics) else dataclasses.replace(page, diagnostics=kept)
    )
