"""The Just the Docs navigation: parents by title, the checks on them, and the page tree.

A Just the Docs site nests pages by title: a page's ``parent`` names another page's
``title`` and ``grand_parent`` names that page's ``parent``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from readinglist.diagnostics import Code, Diagnostic
from readinglist.model import Page


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


def _key_line(page: Page, key: str) -> int:
    return page.front_matter.key_lines.get(key, page.front_matter.start_line or 1)


def resolve_parents(
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


def missing_children(pages: tuple[Page, ...], sections: set[int]) -> list[Diagnostic]:
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


def _navigation_key(page: Page) -> tuple[int, float, str, str]:
    """Just the Docs order: numeric ``nav_order``, then string ``nav_order``, then title."""
    order = page.front_matter.nav_order
    if isinstance(order, int | float) and not isinstance(order, bool):
        return (0, float(order), page.title, page.path or "")
    if isinstance(order, str):
        return (1, 0.0, order, page.path or "")
    return (2, 0.0, page.title, page.path or "")


def navigation_tree(
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
