"""Which entries to show, and in which order.

The one rule for ``readinglist show`` and for the Sphinx directive's ``:status:``,
``:group:``, ``:sort:`` and ``:limit:``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from readinglist.status import Status, fold_label

if TYPE_CHECKING:
    from readinglist.model import Entry

SortOrder = Literal["page", "title", "site", "status"]
"""``page`` keeps the pages' order; the others sort by that field (stable)."""
SORT_ORDERS: tuple[SortOrder, ...] = ("page", "title", "site", "status")
"""The orders :func:`select_entries` knows, the first the default."""

_T = TypeVar("_T")
_STATUS_RANK = {status: rank for rank, status in enumerate(Status)}
_SORT_KEYS: dict[SortOrder, Callable[[Entry], tuple[int | str | bool, ...]]] = {
    "title": lambda entry: (entry.title.casefold(),),
    "site": lambda entry: (entry.site is None, entry.site or ""),
    "status": lambda entry: (_STATUS_RANK[entry.status],),
}


@overload
def select_entries(
    items: Iterable[Entry],
    *,
    statuses: Collection[Status] | None = None,
    group: str | None = None,
    sort: SortOrder = "page",
    limit: int | None = None,
) -> list[Entry]: ...


@overload
def select_entries(
    items: Iterable[_T],
    *,
    statuses: Collection[Status] | None = None,
    group: str | None = None,
    sort: SortOrder = "page",
    limit: int | None = None,
    entry: Callable[[_T], Entry],
) -> list[_T]: ...


def select_entries(
    items: Iterable[Any],
    *,
    statuses: Collection[Status] | None = None,
    group: str | None = None,
    sort: SortOrder = "page",
    limit: int | None = None,
    entry: Callable[[Any], Entry] | None = None,
) -> list[Any]:
    r"""The entries to show: filtered by status and topic group, then sorted, then cut.

    ``statuses``: only entries with one of these (``None``: all). ``group``: only entries
    under that topic group, at any depth, compared as group labels are (case, spacing,
    hyphens and a trailing colon aside: ``in-progress`` finds ``## In progress:``).
    ``sort``: one of :data:`SORT_ORDERS`, a stable sort. ``limit``: at most this many, after
    sorting. ``items`` may be anything that holds an entry, such as ``(page, entry)``
    pairs, with ``entry`` to get it.

    Returns a new list of the chosen items. Raises :class:`ValueError` for a ``sort`` that
    is not one of :data:`SORT_ORDERS`.

    >>> page = readinglist.loads("## Kafka\n- [B](https://b.example)\n- [A](https://a.example)\n")
    >>> [e.title for e in select_entries(page.entries, group="kafka", sort="title", limit=1)]
    ['A']
    """
    if sort not in SORT_ORDERS:
        raise ValueError(f"sort must be one of {', '.join(SORT_ORDERS)} (got {sort!r})")
    entry_of: Callable[[Any], Entry] = entry or _itself
    wanted = None if group is None else fold_label(group)
    chosen = [
        item
        for item in items
        if (statuses is None or entry_of(item).status in statuses)
        and (wanted is None or any(fold_label(name) == wanted for name in entry_of(item).groups))
    ]
    if sort != "page":
        key = _SORT_KEYS[sort]
        chosen.sort(key=lambda item: key(entry_of(item)))
    return chosen if limit is None else chosen[:limit]


def _itself(item: Entry) -> Entry:
    return item
