"""Collections: many pages at once, with cross-page checks and the Just the Docs navigation.

A Just the Docs site nests pages by title: a page's ``parent`` names another page's
``title`` and ``grand_parent`` names that page's ``parent``. :func:`load_collection` loads
every page, checks those links, finds duplicates across pages and builds the navigation
tree the way Just the Docs does.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from readinglist.diagnostics import Code, Diagnostic
from readinglist.errors import PageNotFoundError
from readinglist.load import DEFAULT_MAX_SIZE, load
from readinglist.model import Entry, Page
from readinglist.rules import duplicate_diagnostics
from readinglist.status import DEFAULT_VOCABULARY, Status, StatusVocabulary

PathArgument = str | os.PathLike[str]


@dataclass(frozen=True, slots=True)
class NavigationNode:
    """One page in the navigation tree, with the pages nested under it."""

    page: Page
    """The page."""
    children: tuple[NavigationNode, ...] = ()
    """Pages whose ``parent`` is this page, in navigation order."""

    def walk(self) -> Iterator[tuple[int, Page]]:
        """The page and every descendant, depth first, each with its depth (0 for the page)."""
        stack: list[tuple[int, NavigationNode]] = [(0, self)]
        while stack:
            depth, node = stack.pop()
            yield depth, node.page
            stack.extend((depth + 1, child) for child in reversed(node.children))


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


def find_pages(paths: PathArgument | Iterable[PathArgument]) -> tuple[Path, ...]:
    """The ``*.md`` files named by ``paths``: files as given, folders searched recursively.

    Each folder is walked in sorted order, skipping hidden folders (``.git``, ``.venv``) and
    never following symbolic links to folders. A file reached twice is listed once.
    Raises :class:`~readinglist.PageNotFoundError` for a path that does not exist.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    found: list[Path] = []
    seen: set[Path] = set()
    for argument in paths:
        path = Path(argument)
        if path.is_dir():
            candidates: Iterable[Path] = _walk(path)
        elif path.exists():
            candidates = [path]
        else:
            raise PageNotFoundError(f"{os.fspath(argument)}: no such file or folder")
        for candidate in candidates:
            resolved = candidate.resolve()
            if resolved not in seen:
                seen.add(resolved)
                found.append(candidate)
    return tuple(found)


def _walk(folder: Path) -> Iterator[Path]:
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if name.endswith(".md") and not name.startswith("."):
                yield Path(root, name)


def load_collection(
    paths: PathArgument | Iterable[PathArgument],
    *,
    vocabulary: StatusVocabulary = DEFAULT_VOCABULARY,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Collection:
    """Load every page under ``paths`` (files, or folders searched for ``*.md``) together.

    A page over ``max_size`` bytes is not parsed (one ``file-too-large`` error).

    Raises :class:`~readinglist.ReadingListError` only when a path is missing or a page
    cannot be read; problems in the pages are diagnostics.
    """
    pages = find_pages(paths)
    return collect(load(path, vocabulary=vocabulary, max_size=max_size) for path in pages)


def collect(pages: Iterable[Page]) -> Collection:
    """A :class:`Collection` of pages already loaded, in the order given.

    Pages are told apart by their ``path`` (a cross-page duplicate is one whose first copy
    is in another file), so give each page loaded with :func:`~readinglist.loads` its own.
    """
    pages = tuple(pages)
    parents, named, problems = _resolve_parents(pages)
    sections = named | {parent for parent in parents.values() if parent is not None}
    pages = tuple(
        _without_no_entries(page) if index in sections else page for index, page in enumerate(pages)
    )
    problems += _missing_children(pages, sections)
    problems += [
        diagnostic
        for diagnostic in duplicate_diagnostics(
            [page.path for page in pages for _ in page.entries],
            [entry for page in pages for entry in page.entries],
            [entry.key for page in pages for entry in page.entries],
        )
        if diagnostic.related_path != diagnostic.path
    ]
    order = {page.path: index for index, page in enumerate(pages)}
    problems.sort(key=lambda d: (order.get(d.path, 0), d.line, d.column or 0, d.code.value))
    return Collection(pages, tuple(problems), _navigation(pages, parents))


def _key_line(page: Page, key: str) -> int:
    return page.front_matter.key_lines.get(key, page.front_matter.start_line or 1)


def _resolve_parents(
    pages: tuple[Page, ...],
) -> tuple[dict[int, int | None], set[int], list[Diagnostic]]:
    """Each placeable page's parent index (``None`` at the top level), and what went wrong.

    Pages whose parent cannot be found are left out of the mapping. The set holds the
    parents named by pages with a wrong ``grand_parent``: they are still sections.
    """
    by_title: dict[str, list[int]] = {}
    for index, page in enumerate(pages):
        by_title.setdefault(page.title, []).append(index)
    suggest = _TitleSuggestions(tuple(by_title))
    parents: dict[int, int | None] = {}
    named: set[int] = set()
    problems: list[Diagnostic] = []
    for index, page in enumerate(pages):
        front_matter = page.front_matter
        if not front_matter.parent:
            parents[index] = None
            continue
        candidates = [other for other in by_title.get(front_matter.parent, []) if other != index]
        if not candidates:
            problems.append(_unknown_parent(page, suggest))
            continue
        grand_parent = front_matter.grand_parent
        if grand_parent:
            matching = [
                other for other in candidates if pages[other].front_matter.parent == grand_parent
            ]
            if not matching:
                problems.append(_grand_parent_mismatch(page, pages[candidates[0]]))
                named.add(candidates[0])
                continue
            candidates = matching
        parents[index] = candidates[0]
    return parents, named, problems


class _TitleSuggestions:
    """Close titles for a misspelt ``parent``, each name looked up once.

    Fuzzy matching costs a comparison per title, so only the first
    ``_MOST_LOOKUPS`` distinct names get a suggestion: a site whose every page names its
    own missing parent stays linear.
    """

    _MOST_LOOKUPS = 100

    def __init__(self, titles: tuple[str, ...]) -> None:
        self.titles = titles
        self.found: dict[str, list[str]] = {}

    def __call__(self, name: str, own_title: str) -> str | None:
        if name not in self.found:
            if len(self.found) >= self._MOST_LOOKUPS:
                return None
            from difflib import get_close_matches  # only for a page with an unknown parent

            self.found[name] = get_close_matches(name, self.titles, n=2)
        return next((title for title in self.found[name] if title != own_title), None)


def _unknown_parent(page: Page, suggest: _TitleSuggestions) -> Diagnostic:
    parent = page.front_matter.parent or ""
    message = f"'parent' is {parent!r} but no page has that title"
    close = suggest(parent, page.title)
    if close:
        message += f"; did you mean {close!r}?"
    return Diagnostic(Code.UNKNOWN_PARENT, message, page.path, _key_line(page, "parent"), 1)


def _grand_parent_mismatch(page: Page, parent: Page) -> Diagnostic:
    expected = parent.front_matter.parent
    right = (
        f"the parent page {parent.title!r} has 'parent: {expected}'"
        if expected
        else f"the parent page {parent.title!r} has no 'parent' (remove 'grand_parent')"
    )
    return Diagnostic(
        Code.GRAND_PARENT_MISMATCH,
        f"'grand_parent' is {page.front_matter.grand_parent!r} but {right}",
        page.path,
        _key_line(page, "grand_parent"),
        1,
    )


def _missing_children(pages: tuple[Page, ...], sections: set[int]) -> list[Diagnostic]:
    return [
        Diagnostic(
            Code.MISSING_CHILDREN,
            f"'has_children' is true but no page has 'parent: {page.title}'",
            page.path,
            _key_line(page, "has_children"),
            1,
        )
        for index, page in enumerate(pages)
        if page.front_matter.has_children and index not in sections
    ]


def _without_no_entries(page: Page) -> Page:
    kept = tuple(d for d in page.diagnostics if d.code is not Code.NO_ENTRIES)
    return (
        page if len(kept) == len(page.diagnostics) else dataclasses.replace(page, diagnostics=kept)
    )


def _navigation_key(page: Page) -> tuple[int, float, str, str]:
    """Just the Docs order: numeric ``nav_order``, then string ``nav_order``, then title."""
    order = page.front_matter.nav_order
    if isinstance(order, int | float) and not isinstance(order, bool):
        return (0, float(order), page.title, page.path or "")
    if isinstance(order, str):
        return (1, 0.0, order, page.path or "")
    return (2, 0.0, page.title, page.path or "")


def _navigation(
    pages: tuple[Page, ...], parents: Mapping[int, int | None]
) -> tuple[NavigationNode, ...]:
    children: dict[int | None, list[int]] = {}
    for index, parent in parents.items():
        if not pages[index].front_matter.nav_exclude:
            children.setdefault(parent, []).append(index)

    def nodes(parent: int | None) -> tuple[NavigationNode, ...]:
        below = sorted(children.get(parent, []), key=lambda index: _navigation_key(pages[index]))
        return tuple(NavigationNode(pages[index], nodes(index)) for index in below)

    return nodes(None)
