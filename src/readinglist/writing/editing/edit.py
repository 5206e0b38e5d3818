"""Add, mark and remove entries: pure functions from a page's text to its new text.

Only the lines of the entry (and of a group it opens or leaves empty) change; every other
byte, line endings and the final newline included, stays as it was. Each function reads the
page once, decides where the entry goes from its structure
(:mod:`readinglist.writing.editing.moves`), and reads the result once more to check it: every other
entry unchanged, the edited one as asked. When the check fails, an
:class:`~readinglist.EditError` says so and nothing changes.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from urllib.parse import urlsplit

from readinglist.diagnostics import Code
from readinglist.errors import (
    AmbiguousEntryError,
    DuplicateEntryError,
    EditError,
    EntryNotFoundError,
)
from readinglist.model import Entry, Page
from readinglist.reading.loader import DEFAULT_MAX_SIZE, Reading, read
from readinglist.reading.urls.canonical import canonical_url
from readinglist.status import DEFAULT_VOCABULARY, Status, StatusVocabulary, parse_status
from readinglist.writing.editing.additions import add_plan
from readinglist.writing.editing.layout import Layout
from readinglist.writing.editing.moves import Moves, fold, mark_plan, remove_plan
from readinglist.writing.editing.placements import Block, Edit
from readinglist.writing.output.escape import markdown_link

__all__ = ["EditResult", "add_entry", "find_entry", "mark_entry", "remove_entry"]

_Shape = tuple[str, str | None, str, tuple[str, ...], str]


@dataclass(frozen=True, slots=True)
class EditResult:
    """What an edit did: the new text, and the entry as the new text reads it."""

    text: str
    """The page's new text (the very text given when nothing had to change)."""
    entry: Entry
    """The entry edited, as the new text reads it (as the old one read it, for a removal)."""
    page: Page
    """The page as the new text reads it."""
    changed: bool = True
    """False when the page already said what was asked (``text`` is then the text given)."""


def _where(path: str | os.PathLike[str] | None) -> str:
    return f"{os.fspath(path)}: " if path is not None else ""


def _loaded(
    text: str, path: str | os.PathLike[str] | None, vocabulary: StatusVocabulary, max_size: int
) -> Reading:
    """The page as read, or an :class:`~readinglist.EditError` when it is too large to read."""
    reading = read(text, path, vocabulary=vocabulary, max_size=max_size)
    for diagnostic in reading.page.diagnostics:
        if diagnostic.code is Code.FILE_TOO_LARGE:
            raise EditError(f"{_where(path)}{diagnostic.message}; the page was left as it is")
    return reading


def find_entry(page: Page, url_or_title: str) -> Entry:
    """The one entry with that URL (same canonical key) or title (case and spacing folded).

    Returns the :class:`~readinglist.Entry`. Raises
    :class:`~readinglist.EntryNotFoundError` when no entry has it, and
    :class:`~readinglist.AmbiguousEntryError` (naming the lines) when several do.
    """
    needle = url_or_title.strip()
    key = canonical_url(needle)
    matches = [e for e in page.entries if e.url is not None and (e.url == needle or e.key == key)]
    if not matches:
        matches = [e for e in page.entries if fold(e.title) == fold(needle)]
    if not matches:
        raise EntryNotFoundError(f"{_where(page.path)}no entry has the URL or title {needle!r}")
    if len(matches) > 1:
        lines = ", ".join(str(e.line) for e in matches)
        raise AmbiguousEntryError(
            f"{_where(page.path)}{needle!r} matches {len(matches)} entries (lines {lines}); "
            "give a URL or title that names only one"
        )
    return matches[0]


_shape: Callable[[Entry], _Shape] = attrgetter(
    "title", "url", "description", "groups", "status._value_"
)
"""What an edit may not change of the other entries (in C: it runs on every entry, twice).

The status as its plain string: a tuple of strings only is one the garbage collector stops
following after its first look, which on a page of 200,000 entries is 15 % of an edit.
"""


def _apply(layout: Layout, edits: Sequence[Edit]) -> str:
    """The page's text with the edits made; the final-newline state is kept."""
    lines = list(layout.lines)
    unterminated = bool(lines) and not lines[-1].endswith(("\n", "\r"))
    if unterminated:
        lines[-1] += layout.newline
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        lines[start:end] = replacement
    text = layout.bom + "".join(lines)
    if unterminated:
        text = text.removesuffix("\r\n") if text.endswith("\r\n") else text.rstrip("\r\n")
    return text


@dataclass(frozen=True, slots=True)
class _Intent:
    """What the edited text must read as: the entries' shapes, the title, the front matter.

    Kept instead of the page read first, which can go before the read-back.
    """

    expected: Counter[_Shape]
    title: str
    front_matter: Mapping[str, object]
    path: str | None

    @classmethod
    def of(cls, page: Page, expected: Counter[_Shape]) -> _Intent:
        return cls(expected, page.title, page.front_matter.raw, page.path)


def _checked(
    text: str | None, intent: _Intent, vocabulary: StatusVocabulary, max_size: int
) -> tuple[str, Page] | None:
    """The edited text and how it reads, when it reads back as intended (one parse)."""
    if text is None:
        return None
    new = read(text, intent.path, vocabulary=vocabulary, max_size=max_size).page
    if (
        Counter(map(_shape, new.entries)) == intent.expected
        and new.title == intent.title
        and new.front_matter.raw == intent.front_matter
    ):
        return text, new
    return None


def _edited(layout: Layout, edits: Sequence[Edit] | None) -> str | None:
    return None if edits is None else _apply(layout, edits)


def _status(status: str | Status) -> Status:
    try:
        return parse_status(str(status))
    except ValueError as error:
        raise EditError(str(error)) from None


def _now(page: Page, shape: _Shape) -> Entry:
    """The entry of ``page`` with that shape (the one an edit made)."""
    return next(e for e in page.entries if _shape(e) == shape)


# mark -----------------------------------------------------------------------------------


def mark_entry(
    text: str,
    url_or_title: str,
    status: str | Status,
    *,
    path: str | os.PathLike[str] | None = None,
    vocabulary: StatusVocabulary | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> EditResult:
    """The page's text with one entry given ``status``, moved into the matching group.

    The entry is found by URL (canonical key) or title. It says the status itself where it
    can (a strike removed, a task box ticked or cleared), else it moves into the page's
    group of that status (whatever its label), after the last entry of its own topic there
    (the topic created there when missing), else into a new group written like the page's
    own (``- Done`` beside ``- TODO``, ``## Done`` beside ``## To read``). A topic heading
    or label the move leaves empty goes with it.

    Returns an :class:`~readinglist.EditResult` (its ``text`` is the text given when the
    entry already has the status). Raises :class:`~readinglist.EntryNotFoundError`,
    :class:`~readinglist.AmbiguousEntryError`, and :class:`~readinglist.EditError` for an
    unknown status, a page over ``max_size`` bytes, or an entry no place in the page's groups
    can hold as asked.
    """
    vocabulary = DEFAULT_VOCABULARY if vocabulary is None else vocabulary
    target = _status(status)
    reading = _loaded(text, path, vocabulary, max_size)
    page = reading.page
    entry = find_entry(page, url_or_title)
    if entry.status is target:
        return EditResult(text, entry, page, changed=False)
    layout = Layout(reading, vocabulary)
    expected = Counter(map(_shape, page.entries))
    expected[_shape(entry)] -= 1
    shape: _Shape = (entry.title, entry.url, entry.description, entry.groups, target.value)
    expected[shape] += 1
    edited = _edited(layout, mark_plan(Moves(layout, page, vocabulary), entry, target))
    intent = _Intent.of(page, expected)
    del reading, layout, page  # the first reading goes before the read-back: less to collect
    result = _checked(edited, intent, vocabulary, max_size)
    if result is None:
        raise EditError(
            f"{_where(path)}cannot mark {entry.title!r} (line {entry.line}) {target.value}: "
            "no place in the page's groups keeps every other entry as it is; "
            "move it by hand"
        )
    new_text, new_page = result
    return EditResult(new_text, _now(new_page, shape), new_page)


# add ------------------------------------------------------------------------------------


def add_entry(
    text: str,
    url: str,
    *,
    title: str | None = None,
    status: str | Status | None = None,
    group: str | None = None,
    path: str | os.PathLike[str] | None = None,
    vocabulary: StatusVocabulary | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> EditResult:
    """The page's text with a new entry ``[title](url)`` in the right group.

    ``status`` defaults to the vocabulary's default (``todo``); ``group`` names a topic
    (``Kafka``, or a path ``Streaming/Kafka``). The entry goes after the last entry of that
    group and status, written like it; missing groups (nested topics too) are created in the
    page's style.

    Returns an :class:`~readinglist.EditResult` whose ``entry`` is the new entry. Raises
    :class:`~readinglist.DuplicateEntryError` when the URL is already there, and
    :class:`~readinglist.EditError` for a URL that is not absolute http(s), a page over
    ``max_size`` bytes, or a page whose groups cannot hold the entry as asked.
    """
    vocabulary = DEFAULT_VOCABULARY if vocabulary is None else vocabulary
    url = url.strip()
    parts = urlsplit(url)
    if (
        parts.scheme.lower() not in {"http", "https"}
        or not parts.netloc
        or any(char.isspace() or not char.isprintable() for char in url)
    ):
        raise EditError(f"{url!r} is not an absolute http(s) URL (without spaces)")
    reading = _loaded(text, path, vocabulary, max_size)
    page = reading.page
    key = canonical_url(url)
    for entry in page.entries:
        if entry.key == key:
            raise DuplicateEntryError(
                f"{_where(path)}{url} is already on the page at line {entry.line} ({entry.title!r})"
            )
    target = vocabulary.default if status is None else _status(status)
    groups = _group_path(page, group)
    name = " ".join((title or url).split())
    layout = Layout(reading, vocabulary)
    block = Block(markdown_link(name, url) + layout.newline, (), "- ")
    expected = Counter(map(_shape, page.entries))
    shape: _Shape = (name, url, "", groups, target.value)
    expected[shape] += 1
    edited = _edited(layout, add_plan(Moves(layout, page, vocabulary), block, groups, target))
    intent = _Intent.of(page, expected)
    del reading, layout, page  # the first reading goes before the read-back: less to collect
    result = _checked(edited, intent, vocabulary, max_size)
    if result is None:
        raise EditError(
            f"{_where(path)}cannot add {url}: no place in the page's groups gives it "
            f"status {target.value}{' in ' + '/'.join(groups) if groups else ''}; add it by hand"
        )
    new_text, new_page = result
    return EditResult(new_text, _now(new_page, shape), new_page)


def _group_path(page: Page, group: str | None) -> tuple[str, ...]:
    """The topic path named by ``group``: an existing one it ends, else its own parts."""
    if group is None:
        return ()
    wanted = tuple(fold(part) for part in group.split("/") if part.strip())
    for path in page.groups:
        if tuple(fold(p) for p in path[-len(wanted) :]) == wanted:
            return path
    return tuple(" ".join(part.split()) for part in group.split("/") if part.strip())


# remove ---------------------------------------------------------------------------------


def remove_entry(
    text: str,
    url_or_title: str,
    *,
    path: str | os.PathLike[str] | None = None,
    vocabulary: StatusVocabulary | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> EditResult:
    """The page's text without one entry (found by URL or title, as :func:`find_entry` does).

    A topic heading or label it leaves empty goes with it; every other line stays. Returns
    an :class:`~readinglist.EditResult` whose ``entry`` is the removed entry as it read. Raises
    :class:`~readinglist.EntryNotFoundError`, :class:`~readinglist.AmbiguousEntryError`,
    and :class:`~readinglist.EditError` for a page over ``max_size`` bytes or an entry whose
    nested entries would go with it.
    """
    vocabulary = DEFAULT_VOCABULARY if vocabulary is None else vocabulary
    reading = _loaded(text, path, vocabulary, max_size)
    page = reading.page
    entry = find_entry(page, url_or_title)
    layout = Layout(reading, vocabulary)
    expected = Counter(map(_shape, page.entries))
    expected[_shape(entry)] -= 1
    edited = _edited(layout, remove_plan(Moves(layout, page, vocabulary), entry))
    intent = _Intent.of(page, expected)
    del reading, layout, page  # the first reading goes before the read-back: less to collect
    result = _checked(edited, intent, vocabulary, max_size)
    if result is None:
        raise EditError(
            f"{_where(path)}cannot remove {entry.title!r} (line {entry.line}): other entries "
            "would change with it; remove it by hand"
        )
    new_text, new_page = result
    return EditResult(new_text, entry, new_page)
