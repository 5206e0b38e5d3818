"""Add an entry, or change one's status: pure functions from a page's text to its new text.

Only the lines of the entry (and of a group created for it) change; every other byte,
line endings and the final newline included, stays as it was. Each edit is checked by
reading the result back: every other entry must be unchanged and the edited one must
have the status asked for, otherwise the next placement is tried, and when none works an
:class:`~readinglist.EditError` says so and nothing changes.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from urllib.parse import urlsplit

from readinglist.diagnostics import Code
from readinglist.errors import (
    AmbiguousEntryError,
    DuplicateEntryError,
    EditError,
    EntryNotFoundError,
)
from readinglist.model import Entry, Page
from readinglist.reading.loader import DEFAULT_MAX_SIZE, Reading, loads, read
from readinglist.reading.urls import canonical_url
from readinglist.status import DEFAULT_VOCABULARY, Status, StatusVocabulary, parse_status
from readinglist.writing.escape import escape_text, markdown_link
from readinglist.writing.layout import Layout, has_box
from readinglist.writing.placements import (
    Block,
    Edit,
    block_of,
    boxed,
    container_status,
    dedented,
    label_for,
    new_group_beside,
    new_heading_group,
    new_label_group,
    placement_into,
    placements_after_sibling,
    removals,
    status_opener,
)

_Shape = tuple[tuple[str, str | None, str, tuple[str, ...]], Status]

__all__ = ["add_entry", "find_entry", "mark_entry"]


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


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

    Returns that entry of ``page``. Raises :class:`~readinglist.EntryNotFoundError` when
    none matches, or :class:`~readinglist.AmbiguousEntryError` (naming the lines) when
    several do.
    """
    needle = url_or_title.strip()
    key = canonical_url(needle)
    matches = [e for e in page.entries if e.url is not None and (e.url == needle or e.key == key)]
    if not matches:
        matches = [e for e in page.entries if _fold(e.title) == _fold(needle)]
    if not matches:
        raise EntryNotFoundError(f"{_where(page.path)}no entry has the URL or title {needle!r}")
    if len(matches) > 1:
        lines = ", ".join(str(e.line) for e in matches)
        raise AmbiguousEntryError(
            f"{_where(page.path)}{needle!r} matches {len(matches)} entries (lines {lines}); "
            "give a URL or title that names only one"
        )
    return matches[0]


def _shape(entry: Entry) -> _Shape:
    return (entry.title, entry.url, entry.description, entry.groups), entry.status


def _apply(layout: Layout, edits: Iterable[Edit]) -> str:
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


def _first_that_reads_back(
    layout: Layout,
    page: Page,
    candidates: Iterator[list[Edit]],
    expected: Counter[_Shape],
    vocabulary: StatusVocabulary,
    max_size: int,
) -> str | None:
    seen: set[str] = set()
    for edits in candidates:
        text = _apply(layout, edits)
        if text in seen:
            continue
        seen.add(text)
        new = loads(text, page.path, vocabulary=vocabulary, max_size=max_size)
        if (
            Counter(_shape(e) for e in new.entries) == expected
            and new.title == page.title
            and new.front_matter.raw == page.front_matter.raw
        ):
            return text
    return None


def _status(status: str | Status) -> Status:
    try:
        return parse_status(str(status))
    except ValueError as error:
        raise EditError(str(error)) from None


# mark -----------------------------------------------------------------------------------


def mark_entry(
    text: str,
    url_or_title: str,
    status: str | Status,
    *,
    path: str | os.PathLike[str] | None = None,
    vocabulary: StatusVocabulary | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> str:
    """The page's text with one entry given ``status``, moved into the matching group.

    The entry is found by URL (canonical key) or title. It moves after the last entry of
    its topic that already has the status, else its task box is ticked or cleared, else it
    goes into an existing group of that status, else into a new group written like the
    page's own (``- Done`` beside ``- TODO``, ``## Done`` beside ``## To read``).
    Returns the new text; the text unchanged when the entry already has the status.
    Raises :class:`~readinglist.EntryNotFoundError` or
    :class:`~readinglist.AmbiguousEntryError` as :func:`find_entry` does, and
    :class:`~readinglist.EditError` for an unknown status, a page over ``max_size`` bytes
    (refused, as loading refuses it) or an entry no group can take without changing another.
    """
    vocabulary = DEFAULT_VOCABULARY if vocabulary is None else vocabulary
    target = _status(status)
    reading = _loaded(text, path, vocabulary, max_size)
    page = reading.page
    entry = find_entry(page, url_or_title)
    if entry.status is target:
        return text
    layout = Layout(reading, vocabulary)
    expected = Counter(_shape(e) for e in page.entries if e is not entry)
    expected[((entry.title, entry.url, entry.description, entry.groups), target)] += 1
    candidates = _mark_candidates(layout, page, entry, target, vocabulary)
    result = _first_that_reads_back(layout, page, candidates, expected, vocabulary, max_size)
    if result is None:
        raise EditError(
            f"{_where(path)}cannot mark {entry.title!r} (line {entry.line}) {target.value}: "
            "no place in the page's groups keeps every other entry as it is; "
            "move it by hand"
        )
    return result


def _mark_candidates(
    layout: Layout, page: Page, entry: Entry, target: Status, vocabulary: StatusVocabulary
) -> Iterator[list[Edit]]:
    opener = status_opener(layout, entry)
    block = block_of(layout, entry)
    if entry.struck and target is not Status.SKIPPED:
        block = block.struck(strike=False)
    first_line = (entry.line - 1, entry.line, block.lines(boxed(block.old_prefix, target))[:1])
    if block.first != layout.lines[entry.line - 1][len(block.old_prefix) :]:
        yield [first_line]  # struck through: unstrike in place
    takes = removals(layout, entry)
    for sibling in _siblings(layout, page, entry, entry.groups, target, vocabulary):
        yield from _moved(takes, [placements_after_sibling(layout, sibling, block, target)])
    if has_box(block.old_prefix):
        yield [first_line]
    yield from _moved(takes, _into_groups(layout, block, target))
    label = label_for(target, vocabulary)
    prefix = boxed(block.old_prefix, target)
    if opener is not None:
        inner = _inner_headings(layout, entry, opener.line)
        beside = new_group_beside(layout, opener, target, label, block, prefix, inner)
        yield from _moved(takes, [beside])
    headings = new_heading_group(layout, entry.group_lines, label, block, dedented(prefix))
    yield from _moved(takes, headings)
    yield from _moved(takes, new_label_group(layout, entry.group_lines, label, block, prefix))
    if target is Status.SKIPPED and not block.rest:
        struck = block.struck(strike=True)
        yield [(entry.line - 1, entry.line, struck.lines(block.old_prefix)[:1])]


def _moved(takes: Sequence[Edit], placements: Iterable[Edit]) -> Iterator[list[Edit]]:
    """Each placement with each way of taking the entry out."""
    for placement in placements:
        for take in takes:
            yield [take, placement]


def _inner_headings(layout: Layout, entry: Entry, after_line: int) -> list[str]:
    """Topic headings between a status heading and the entry, copied for a new group."""
    lines: list[str] = []
    for line in entry.group_lines:
        opener = layout.openers.get(line)
        if line > after_line and opener is not None and opener.kind != "label":
            lines += [layout.lines[line - 1], layout.newline]
    return lines


def _siblings(
    layout: Layout,
    page: Page,
    entry: Entry | None,
    groups: tuple[str, ...],
    target: Status,
    vocabulary: StatusVocabulary,
) -> list[Entry]:
    """The last entry of the topic whose group gives it ``target`` (a list of at most one)."""
    found = [
        e
        for e in page.entries
        if e is not entry
        and e.groups == groups
        and not e.struck
        and container_status(layout, e, vocabulary) is target
    ]
    return found[::-1][:1]


def _into_groups(layout: Layout, block: Block, target: Status) -> Iterator[Edit]:
    for opener in layout.openers.values():
        if opener.status is target:
            yield placement_into(layout, opener, block, target)


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
) -> str:
    """The page's text with a new entry ``[title](url)`` in the right group.

    ``status`` defaults to the vocabulary's default (``todo``); ``group`` names a topic
    (``Kafka``, or a path ``Streaming/Kafka``). The entry goes after the last entry of that
    group and status, written like it; a missing group is created in the page's style.
    Returns the new text. Raises :class:`~readinglist.DuplicateEntryError` when the URL is
    already there, and :class:`~readinglist.EditError` for a URL that is not absolute
    http(s), an unknown status, a page over ``max_size`` bytes, or a place that no group
    of the page can give.
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
    expected = Counter(_shape(e) for e in page.entries)
    expected[((name, url, "", groups), target)] += 1
    candidates = _add_candidates(layout, page, block, groups, target, vocabulary)
    result = _first_that_reads_back(layout, page, candidates, expected, vocabulary, max_size)
    if result is None:
        raise EditError(
            f"{_where(path)}cannot add {url}: no place in the page's groups gives it "
            f"status {target.value}{' in ' + '/'.join(groups) if groups else ''}; add it by hand"
        )
    return result


def _group_path(page: Page, group: str | None) -> tuple[str, ...]:
    if group is None:
        return ()
    wanted = tuple(_fold(part) for part in group.split("/") if part.strip())
    for path in page.groups:
        if tuple(_fold(p) for p in path[-len(wanted) :]) == wanted:
            return path
    return tuple(" ".join(part.split()) for part in group.split("/") if part.strip())


def _add_candidates(
    layout: Layout,
    page: Page,
    block: Block,
    groups: tuple[str, ...],
    target: Status,
    vocabulary: StatusVocabulary,
) -> Iterator[list[Edit]]:
    for sibling in _siblings(layout, page, None, groups, target, vocabulary):
        yield [placements_after_sibling(layout, sibling, block, target)]
    with_boxes = [e for e in page.entries if e.groups == groups and e.checked is not None]
    if with_boxes:
        yield [placements_after_sibling(layout, with_boxes[-1], block, target)]
    same_topic = [e for e in page.entries if e.groups == groups]
    style = same_topic[-1] if same_topic else (page.entries[-1] if page.entries else None)
    prefix = "- "
    if style is not None:
        prefix = boxed(layout.prefix(style.line, style.column), target)
    styled = Block(block.first, (), prefix)
    yield from ([edit] for edit in _into_groups(layout, styled, target))
    label = label_for(target, vocabulary)
    models = [status_opener(layout, e) for e in (*same_topic, *page.entries)]
    model = next((m for m in models if m is not None), None)
    if model is not None:
        yield [new_group_beside(layout, model, target, label, styled, prefix)]
    group_lines = style.group_lines if style is not None and style.groups == groups else ()
    if not groups and target is vocabulary.default:
        end = layout.last_non_blank(layout.body_start + 1, len(layout.lines))
        yield [(end, end, [layout.newline, *styled.lines(dedented(prefix) or "- ")])]
    for edit in new_heading_group(layout, group_lines, label, styled, dedented(prefix) or "- "):
        yield [edit]
    for edit in new_label_group(layout, group_lines, label, styled, prefix):
        yield [edit]
    if groups:
        yield from _new_topic(layout, groups[-1], label, styled, target, vocabulary)


def _new_topic(
    layout: Layout,
    topic: str,
    label: str,
    block: Block,
    target: Status,
    vocabulary: StatusVocabulary,
) -> Iterator[list[Edit]]:
    """A new topic heading at the end of the page, with a status heading when needed."""
    end = layout.last_non_blank(layout.body_start + 1, len(layout.lines))
    prefix = dedented(block.old_prefix) or "- "
    for level in (2, 3, 4, 5):
        lines = ["#" * level + " " + escape_text(topic) + layout.newline, layout.newline]
        if target is not vocabulary.default:
            lines += ["#" * (level + 1) + " " + label + layout.newline, layout.newline]
        yield [(end, end, [layout.newline, *lines, *block.lines(prefix)])]
