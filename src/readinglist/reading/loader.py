"""Load pages: text in, :class:`~readinglist.Page` out; never raises for bad content."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import PurePath
from typing import TYPE_CHECKING

from readinglist.diagnostics import Code, Diagnostic
from readinglist.model import Entry, FrontMatter, Page
from readinglist.reading.bounded import DEFAULT_MAX_FRONT_MATTER_SIZE
from readinglist.reading.frontmatter import read_front_matter
from readinglist.reading.lines import read_body
from readinglist.reading.page_rules import duplicate_diagnostics, title_diagnostics, url_diagnostics
from readinglist.reading.source import decode, read_bytes, split_lines
from readinglist.reading.url_shortcuts import (
    UrlFacts,
    reference_url_facts,
    url_facts,
    url_problems_of,
)
from readinglist.reading.urls import url_problems
from readinglist.status import DEFAULT_VOCABULARY, StatusVocabulary

if TYPE_CHECKING:
    from readinglist.reading.walker import DraftEntry

DEFAULT_MAX_SIZE = 10_000_000
"""Largest page read, in bytes of UTF-8 (10 MB); a larger one is a ``file-too-large`` error."""


def load(
    path: str | os.PathLike[str],
    *,
    vocabulary: StatusVocabulary = DEFAULT_VOCABULARY,
    max_size: int = DEFAULT_MAX_SIZE,
    max_front_matter_size: int = DEFAULT_MAX_FRONT_MATTER_SIZE,
) -> Page:
    """Load the page at ``path``; a file over ``max_size`` bytes is not read past the limit.

    Front matter over ``max_front_matter_size`` bytes is not parsed (``front-matter-too-large``).
    """
    name = os.fspath(path)
    data = read_bytes(path, max_size)
    if len(data) > max_size:
        return _too_large(name, max_size)
    return loads(
        decode(data, name),
        path=name,
        vocabulary=vocabulary,
        max_size=max_size,
        max_front_matter_size=max_front_matter_size,
    )


def loads(
    text: str,
    path: str | os.PathLike[str] | None = None,
    *,
    vocabulary: StatusVocabulary = DEFAULT_VOCABULARY,
    max_size: int = DEFAULT_MAX_SIZE,
    max_front_matter_size: int = DEFAULT_MAX_FRONT_MATTER_SIZE,
) -> Page:
    """Parse a page from its text; ``path`` only names it in diagnostics and titles.

    Text over ``max_size`` bytes (as UTF-8) is not parsed: the page has no entries and one
    ``file-too-large`` error. Front matter over ``max_front_matter_size`` bytes is not
    parsed: one ``front-matter-too-large`` error, and the body is read.
    """
    return _loads(
        text,
        path,
        vocabulary=vocabulary,
        fast=True,
        max_size=max_size,
        max_front_matter_size=max_front_matter_size,
    )


def _loads(
    text: str,
    path: str | os.PathLike[str] | None = None,
    *,
    vocabulary: StatusVocabulary = DEFAULT_VOCABULARY,
    fast: bool,
    max_size: int = DEFAULT_MAX_SIZE,
    max_front_matter_size: int = DEFAULT_MAX_FRONT_MATTER_SIZE,
) -> Page:
    """:func:`loads`, choosing the reader.

    ``fast=False`` always tokenizes with markdown-it and checks URLs with
    :mod:`readinglist.reading.urls`: the reference. ``fast=True`` first tries the line reader of
    :mod:`readinglist.reading.lines`, which declines pages it does not fully model, and the
    URL shortcuts of :mod:`readinglist.reading.url_shortcuts`; the results are the same.
    """
    name = os.fspath(path) if path is not None else None
    if _utf8_size_over(text, max_size):
        return _too_large(name, max_size)
    text = text.removeprefix("\ufeff")
    lines = split_lines(text)
    block = read_front_matter(lines, name, max_front_matter_size)
    fast_body = None
    if fast:
        start = block.body_line
        body_text = text[sum(map(len, lines[:start])) :] if start else text
        fast_body = read_body(lines, start, vocabulary, name, body_text)
    repeats, groups = True, None
    if fast_body is not None:
        entries, keys, checked = fast_body.entries, fast_body.keys, fast_body.flagged
        repeats, groups = fast_body.repeats, fast_body.groups
        body_diagnostics, empty_titles = fast_body.diagnostics, []
        heading, heading_line = fast_body.heading, fast_body.heading_line
        style = fast_body.style
    else:
        from readinglist.reading.walker import parse_body  # on first use: the fast reader took none

        body = parse_body(lines, block.body_line, vocabulary, name)
        facts = url_facts if fast else reference_url_facts
        built = [_entry(draft, facts) for draft in body.entries]
        entries = tuple(entry for entry, _, _ in built)
        keys = tuple(key for _, key, _ in built)
        checked = tuple(entry for entry, _, may_have_problems in built if may_have_problems)
        body_diagnostics, empty_titles = body.diagnostics, _empty_titles(body.entries, name)
        heading, heading_line = body.heading, body.heading_line
        style = body.style
    fallback = PurePath(name).stem if name else "Untitled"
    front_matter = block.front_matter
    title = front_matter.title or heading or fallback
    problems = [
        *block.diagnostics,
        *body_diagnostics,
        *title_diagnostics(front_matter, heading, heading_line, fallback, name),
        *url_diagnostics(checked, lines, name, url_problems_of if fast else url_problems),
        *empty_titles,
        *(duplicate_diagnostics([name] * len(entries), entries, keys) if repeats else ()),
    ]
    if not entries:
        problems.append(
            Diagnostic(
                Code.NO_ENTRIES,
                "the page has no entries (no links in lists or paragraphs)",
                name,
                1,
                1,
            )
        )
    problems.sort(key=lambda d: (d.line, d.column or 0, d.level.rank, d.code.value))
    if groups is None:
        groups = tuple(dict.fromkeys(entry.groups for entry in entries if entry.groups))
    return Page(
        title=title,
        front_matter=front_matter,
        entries=entries,
        diagnostics=tuple(problems),
        path=name,
        heading=heading,
        heading_line=heading_line,
        groups=groups,
        style=style,
    )


def _entry(draft: DraftEntry, facts: Callable[[str], UrlFacts]) -> tuple[Entry, str | None, bool]:
    """The entry, its key, and whether its URL may have problems to report."""
    found = draft.found
    url = found.url
    key, _, _, may_have_problems = facts(url) if url is not None else (None, None, True, False)
    entry = Entry(
        title=found.title or (url or ""),
        url=url,
        status=draft.status,
        line=draft.line,
        column=draft.column,
        end_line=draft.end_line,
        description=found.description,
        groups=draft.groups,
        checked=found.checked,
        struck=found.struck,
        group_lines=draft.group_lines,
    )
    return entry, key, may_have_problems


def _empty_titles(drafts: tuple[DraftEntry, ...], path: str | None) -> list[Diagnostic]:
    return [
        Diagnostic(
            Code.EMPTY_TITLE,
            f"link to {draft.found.url!r} has no text; write the page's title between the brackets",
            path,
            draft.line,
            draft.column,
        )
        for draft in drafts
        if draft.found.empty_link_text
    ]


def _utf8_size_over(text: str, limit: int) -> bool:
    """True when ``text`` takes more than ``limit`` bytes as UTF-8 (encoding only if unsure)."""
    if len(text) > limit:
        return True  # every character takes at least one byte
    if 4 * len(text) <= limit:
        return False  # and at most four
    return len(text.encode("utf-8", "surrogatepass")) > limit


def _too_large(name: str | None, limit: int) -> Page:
    """The page of a file too large to parse: no entries, one ``file-too-large`` error."""
    problem = Diagnostic(
        Code.FILE_TOO_LARGE,
        f"the page is larger than the {limit:,} byte limit and is not read; split it into "
        "several pages, or raise the limit (max_size)",
        name,
        1,
    )
    return Page(
        title=PurePath(name).stem if name else "Untitled",
        front_matter=FrontMatter(),
        entries=(),
        diagnostics=(problem,),
        path=name,
    )
