"""Load pages: text in, :class:`~readinglist.Page` out; never raises for bad content."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import PurePath
from typing import TYPE_CHECKING

from readinglist._fastpath import read_body
from readinglist._fasturl import UrlFacts, reference_url_facts, url_facts, url_problems_of
from readinglist.diagnostics import Code, Diagnostic
from readinglist.errors import PageEncodingError, PageNotFoundError, PageReadError
from readinglist.frontmatter import read_front_matter
from readinglist.model import Entry, FrontMatter, Page
from readinglist.rules import duplicate_diagnostics, title_diagnostics, url_diagnostics
from readinglist.status import DEFAULT_VOCABULARY, StatusVocabulary
from readinglist.urls import url_problems

if TYPE_CHECKING:
    from readinglist.parse import DraftEntry

DEFAULT_MAX_SIZE = 10_000_000
"""Largest page read, in bytes of UTF-8 (10 MB); a larger one is a ``file-too-large`` error."""

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
# Where str.splitlines() splits besides LF, CR and CRLF.
_OTHER_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def split_lines(text: str) -> list[str]:
    """Lines as editors and CommonMark count them: ends kept, split at LF, CRLF and CR only.

    (:meth:`str.splitlines` also splits at form feeds and Unicode separators, which would
    shift every line number after them.)
    """
    if not any(c in text for c in _OTHER_BREAKS):
        return text.splitlines(keepends=True)  # the same lines, several times faster
    return _LINE.findall(text)


def read_bytes(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The file's bytes, at most ``limit + 1`` of them (enough to tell it is too large).

    Only regular files are read: a FIFO, a device or a socket would block or never end.
    Raises :class:`~readinglist.ReadingListError` subclasses naming the path.
    """
    name = os.fspath(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; no effect on regular files.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise PageNotFoundError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise PageReadError(f"{name}: is a folder, not a page") from None
    except OSError as error:
        raise PageReadError(f"{name}: cannot read: {error.strerror or error}") from None
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise PageReadError(f"{name}: is a folder, not a page")
        if not stat.S_ISREG(mode):
            raise PageReadError(f"{name}: not a regular file (a pipe, device or socket)")
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            return file.read() if limit is None else file.read(limit + 1)
    except OSError as error:
        if isinstance(error, PageReadError):
            raise
        raise PageReadError(f"{name}: cannot read: {error.strerror or error}") from None
    finally:
        os.close(descriptor)


def decode(data: bytes, path: str | os.PathLike[str]) -> str:
    """``data`` decoded as UTF-8 (a byte-order mark is allowed); the error gives the offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PageEncodingError(
            f"{os.fspath(path)}: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


def read_text(path: str | os.PathLike[str]) -> str:
    """The file's text, decoded as UTF-8 (a byte-order mark is allowed).

    Raises :class:`~readinglist.ReadingListError` subclasses naming the path.
    """
    return decode(read_bytes(path), path)


def load(
    path: str | os.PathLike[str],
    *,
    vocabulary: StatusVocabulary = DEFAULT_VOCABULARY,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Page:
    """Load the page at ``path``; a file over ``max_size`` bytes is not read past the limit."""
    name = os.fspath(path)
    data = read_bytes(path, max_size)
    if len(data) > max_size:
        return _too_large(name, max_size)
    return loads(decode(data, name), path=name, vocabulary=vocabulary, max_size=max_size)


def loads(
    text: str,
    path: str | os.PathLike[str] | None = None,
    *,
    vocabulary: StatusVocabulary = DEFAULT_VOCABULARY,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Page:
    """Parse a page from its text; ``path`` only names it in diagnostics and titles.

    Text over ``max_size`` bytes (as UTF-8) is not parsed: the page has no entries and one
    ``file-too-large`` error.
    """
    return _loads(text, path, vocabulary=vocabulary, fast=True, max_size=max_size)


def _loads(
    text: str,
    path: str | os.PathLike[str] | None = None,
    *,
    vocabulary: StatusVocabulary = DEFAULT_VOCABULARY,
    fast: bool,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Page:
    """:func:`loads`, choosing the reader.

    ``fast=False`` always tokenizes with markdown-it and checks URLs with
    :mod:`readinglist.urls`: the reference. ``fast=True`` first tries the line reader of
    :mod:`readinglist._fastpath`, which declines pages it does not fully model, and the
    URL shortcuts of :mod:`readinglist._fasturl`; the results are the same.
    """
    name = os.fspath(path) if path is not None else None
    if _utf8_size_over(text, max_size):
        return _too_large(name, max_size)
    text = text.removeprefix("\ufeff")
    lines = split_lines(text)
    block = read_front_matter(lines, name)
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
        from readinglist.parse import parse_body  # on first use: the fast reader took none

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
