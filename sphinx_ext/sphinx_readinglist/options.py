"""The options of ``reading-list``: read leniently, each bad value reported and defaulted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NamedTuple, cast

from docutils.parsers.rst import directives

from readinglist import Status, StatusVocabulary
from sphinx_readinglist.config import STYLES
from sphinx_readinglist.selection import SORT_ORDERS, Selection, SortOrder

Style = Literal["list", "table"]

OPTION_NAMES = (
    "status", "group", "style", "sort", "limit", "class", "progress", "hide-duplicates",
)  # fmt: skip
"""Every option of ``reading-list``; all are read as text and checked here."""

FLAGS = ("progress", "hide-duplicates")
"""The options that take no value."""


# A NamedTuple rather than a frozen dataclass: every Sphinx run that loads the extension
# creates this class, and a NamedTuple is several times cheaper to create (0.1 ms, not 0.7).
class ListOptions(NamedTuple):
    """What one ``reading-list`` directive asked for."""

    selection: Selection
    """Filters, order and limit."""
    style: Style
    """``list`` (a bullet list) or ``table``."""
    classes: tuple[str, ...] = ()
    """Extra CSS classes on the list's container."""
    progress: bool = False
    """Show done out of total for the page and each topic group (``:progress:``)."""
    hide_duplicates: bool = False
    """Leave out the entries whose URL the page already has (``:hide-duplicates:``)."""
    problems: tuple[str, ...] = ()
    """One message per bad value; each value fell back to its default."""


def _statuses(text: str, vocabulary: StatusVocabulary) -> tuple[frozenset[Status], list[str]]:
    found: set[Status] = set()
    unknown: list[str] = []
    for name in (part.strip() for part in text.split(",")):
        if not name:
            continue
        status = vocabulary.status_of(name)
        if status is None:
            unknown.append(name)
        else:
            found.add(status)
    return frozenset(found), unknown


def read_options(
    raw: Mapping[str, str | None], default_style: str, vocabulary: StatusVocabulary
) -> ListOptions:
    """Check every option; a bad value is reported and replaced by its default."""
    problems: list[str] = []
    statuses: frozenset[Status] | None = None
    if raw.get("status") is not None:
        found, unknown = _statuses(raw["status"] or "", vocabulary)
        keys = ", ".join(status.value for status in Status)
        if unknown:
            names = ", ".join(repr(name) for name in unknown)
            problems.append(
                f":status: names no status: {names} (expected one of: {keys}, "
                "or a label of readinglist_statuses)"
            )
        if found:
            statuses = found
        elif not unknown:
            problems.append(f":status: is empty (expected one of: {keys})")

    group = (raw.get("group") or "").strip() or None
    if raw.get("group") is not None and group is None:
        problems.append(":group: is empty (expected a topic group of the page, e.g. Kafka)")

    style = default_style
    if raw.get("style") is not None:
        wanted = (raw["style"] or "").strip().lower()
        if wanted in STYLES:
            style = wanted
        else:
            problems.append(
                f":style: must be one of: {', '.join(STYLES)} (got {raw['style']!r}); "
                f"using {default_style!r}"
            )

    sort: SortOrder = "page"
    if raw.get("sort") is not None:
        wanted = (raw["sort"] or "").strip().lower()
        if wanted in SORT_ORDERS:
            sort = wanted
        else:
            problems.append(
                f":sort: must be one of: {', '.join(SORT_ORDERS)} (got {raw['sort']!r}); "
                "using 'page'"
            )

    limit: int | None = None
    if raw.get("limit") is not None:
        text = (raw["limit"] or "").strip()
        if text.isdigit() and int(text) > 0:
            limit = int(text)
        else:
            problems.append(
                f":limit: must be a whole number above 0 (got {raw['limit']!r}); showing all"
            )

    classes: tuple[str, ...] = ()
    if raw.get("class") is not None:
        try:
            classes = tuple(directives.class_option(raw["class"] or ""))
        except ValueError:
            problems.append(f":class: must be CSS class names (got {raw['class']!r})")

    for flag in FLAGS:
        if (raw.get(flag) or "").strip():
            problems.append(f":{flag}: takes no value (got {raw[flag]!r}); it is on")

    return ListOptions(
        selection=Selection(statuses=statuses, group=group, sort=sort, limit=limit),
        style=cast(Style, style),
        classes=classes,
        progress="progress" in raw,
        hide_duplicates="hide-duplicates" in raw,
        problems=tuple(problems),
    )
