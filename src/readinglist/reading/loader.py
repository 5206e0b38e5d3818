"""Load pages: text in, :class:`~readinglist.Page` out; never raises for bad content.

The reading path, in one place: the text's lines, the front matter, the body's blocks (from
the line recognizer, or the tokenizer for what it declines), the one walker, the entry
builder, and the page rules.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import PurePath
from typing import NamedTuple

from readinglist.diagnostics import Code, Diagnostic
from readinglist.model import FrontMatter, Page
from readinglist.reading.entries.builder import EntryBuilder
from readinglist.reading.entries.walker import Walker
from readinglist.reading.frontmatter.block import read_front_matter
from readinglist.reading.frontmatter.bounded import DEFAULT_MAX_FRONT_MATTER_SIZE
from readinglist.reading.page_rules import (
    duplicate_diagnostics,
    front_matter_reading,
    title_diagnostics,
)
from readinglist.reading.source import decode, read_bytes, split_lines
from readinglist.reading.structure.events import Block
from readinglist.reading.structure.lines import recognize
from readinglist.status import DEFAULT_VOCABULARY, StatusVocabulary

DEFAULT_MAX_SIZE = 10_000_000
"""Largest page read, in bytes of UTF-8 (10 MB); a larger one is a ``file-too-large`` error."""


def load(
    path: str | os.PathLike[str],
    *,
    vocabulary: StatusVocabulary | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    max_front_matter_size: int = DEFAULT_MAX_FRONT_MATTER_SIZE,
) -> Page:
    """Load the page at ``path``.

    ``vocabulary`` gives the status labels (the default: ``readinglist.DEFAULT_VOCABULARY``).
    A file over ``max_size`` bytes is not read past the limit: the page has no entries and
    one ``file-too-large`` error; front matter over ``max_front_matter_size`` bytes is not
    parsed (one ``front-matter-too-large`` error). Returns the :class:`~readinglist.Page`;
    problems in the page are its diagnostics. Raises :class:`~readinglist.ReadingListError`
    subclasses, naming the path, when the file cannot be read or is not UTF-8.
    """
    return read_file(
        path,
        vocabulary=vocabulary,
        max_size=max_size,
        max_front_matter_size=max_front_matter_size,
    ).page


def read_file(
    path: str | os.PathLike[str],
    *,
    vocabulary: StatusVocabulary | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    max_front_matter_size: int = DEFAULT_MAX_FRONT_MATTER_SIZE,
) -> Reading:
    """:func:`load`, keeping the lines and blocks as :func:`read` does (one parse for both)."""
    name = os.fspath(path)
    data = read_bytes(path, max_size)
    if len(data) > max_size:
        return Reading(_too_large(name, max_size), [], 0, [], "")
    return read(
        decode(data, name),
        name,
        vocabulary=vocabulary,
        max_size=max_size,
        max_front_matter_size=max_front_matter_size,
    )


def loads(
    text: str,
    path: str | os.PathLike[str] | None = None,
    *,
    vocabulary: StatusVocabulary | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    max_front_matter_size: int = DEFAULT_MAX_FRONT_MATTER_SIZE,
) -> Page:
    """Parse a page from its text; ``path`` only names it in diagnostics and titles.

    Text over ``max_size`` bytes (as UTF-8) is not parsed: the page has no entries and one
    ``file-too-large`` error. Front matter over ``max_front_matter_size`` bytes is not parsed:
    one ``front-matter-too-large`` error, and the body is read. Returns the
    :class:`~readinglist.Page`; never raises: problems in the text are the page's
    diagnostics.
    """
    return read(
        text,
        path,
        vocabulary=vocabulary,
        max_size=max_size,
        max_front_matter_size=max_front_matter_size,
    ).page


class Reading(NamedTuple):
    """A page as read, with what writing needs of its text: its lines and its blocks."""

    page: Page
    """The page."""
    lines: list[str]
    """The lines of the text (byte-order mark removed), endings kept."""
    body_line: int
    """0-based index in ``lines`` of the body's first line (after the front matter)."""
    blocks: list[Block]
    """The body's blocks, as the walker read them (empty for a page too large to read)."""
    bom: str
    """``"\\ufeff"`` when the text starts with a byte-order mark, else ``""``."""


def read(
    text: str,
    path: str | os.PathLike[str] | None = None,
    *,
    vocabulary: StatusVocabulary | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    max_front_matter_size: int = DEFAULT_MAX_FRONT_MATTER_SIZE,
) -> Reading:
    """:func:`loads`, keeping the lines and blocks for an editor (one parse for both)."""
    name = os.fspath(path) if path is not None else None
    vocabulary = DEFAULT_VOCABULARY if vocabulary is None else vocabulary
    if _utf8_size_over(text, max_size):
        return Reading(_too_large(name, max_size), [], 0, [], "")
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    text = text.removeprefix("\ufeff")
    lines = split_lines(text)
    front = read_front_matter(lines, name, max_front_matter_size)
    start = front.body_line
    body = text[sum(map(len, lines[:start])) :] if start else text
    blocks = body_blocks(body, lines[start:] if start else lines, start + 1)
    builder = EntryBuilder(lines, name)
    walker = Walker(lines, body, vocabulary, name, builder)
    walker.walk(blocks)
    front_matter = front.front_matter
    if not builder.entries:
        _front_matter_entry(builder, front_matter, vocabulary)
    entries, entry_problems = builder.finish()
    heading, heading_line = walker.heading, walker.heading_line
    fallback = _fallback_title(front_matter, heading, name)
    titles = title_diagnostics(front_matter, heading, heading_line, fallback, name, walker.sections)
    problems = [
        *front.diagnostics,
        *walker.diagnostics,
        *entry_problems,
        *titles,
        *duplicate_diagnostics([name] * len(entries), entries),
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
    problems.sort(key=_diagnostic_order)
    page = Page(
        title=front_matter.title or heading or fallback,
        front_matter=front_matter,
        entries=entries,
        diagnostics=tuple(problems),
        path=name,
        heading=heading,
        heading_line=heading_line,
        groups=tuple(dict.fromkeys(entry.groups for entry in entries if entry.groups)),
        style=walker.style.style(),
    )
    return Reading(page, lines, start, blocks, bom)


def _fallback_title(front_matter: FrontMatter, heading: str | None, name: str | None) -> str:
    """The title a page without one takes: its file name (worked out only for such a page)."""
    if heading or (front_matter.title and front_matter.title.strip()):
        return ""  # the page has a title: none is needed
    return PurePath(name).stem if name else "Untitled"


def _front_matter_entry(
    builder: EntryBuilder, front_matter: FrontMatter, vocabulary: StatusVocabulary
) -> None:
    """A page without entries whose front matter names its one reading: that entry."""
    reading = front_matter_reading(front_matter)
    if reading is not None:
        title, url, line = reading
        found = (title, url, "", False, False, None, None)
        builder.add(found, None, vocabulary.default, (), line, 1, line, ())


def body_blocks(body: str, lines: Sequence[str], first_line: int) -> list[Block]:
    """The blocks of a body whose ``lines`` start at the 1-based file line ``first_line``.

    The line recognizer reads the common shapes; it declines anything else, which the
    tokenizer reads. Both give the same blocks.
    """
    blocks = recognize(body, lines, first_line)
    if blocks is None:
        from readinglist.reading.structure import tokens  # on first use: the recognizer took none

        tokenized = tokens.tokenizable(body)
        if tokenized is not body:  # characters replaced: the lines as the tokenizer sees them
            lines = split_lines(tokenized)
        blocks = tokens.blocks(tokenized, lines, first_line)
    return blocks


def _diagnostic_order(diagnostic: Diagnostic) -> tuple[int, int, int, str]:
    return (
        diagnostic.line,
        diagnostic.column or 0,
        diagnostic.level.rank,
        diagnostic.code.value,
    )


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
