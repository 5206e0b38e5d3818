"""``fmt``: rewrite a page's layout canonically without changing what it says.

What changes: one kind of line ending (the first line's); no trailing spaces (a hard
line break, two spaces before a continued line, is kept); one blank line where there were
several, none at the start or end of the body, one after the front matter; one final
newline; ``*`` and ``+`` bullets become ``-``; ticked boxes are written ``[x]``.
What never changes: the front matter block (even one that does not parse), code blocks,
fenced blocks and HTML blocks (byte for byte but the line ending), and every other
character.

Each result is read back: when its entries, title or front matter differ from the page's,
or any character other than layout changed, :class:`~readinglist.FormatError` is raised
and the caller keeps the page as it was.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter

from readinglist.diagnostics import Code
from readinglist.errors import FormatError
from readinglist.model import Entry, Page
from readinglist.reading.loader import DEFAULT_MAX_SIZE, loads, read
from readinglist.reading.structure.events import Block
from readinglist.status import DEFAULT_VOCABULARY, StatusVocabulary
from readinglist.writing.editing.layout import Layout

__all__ = ["format_text"]

_BLANK = " \t"
_VERBATIM = frozenset({"code", "html"})
_MARKER_ONLY = re.compile(r"^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]*$")
_BULLET = re.compile(r"^([ \t>]*)[*+](?=[ \t]|$)")
_BLOCK_START = re.compile(r"^[ \t>]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#|[-*+]$|\d{1,9}[.)]$)")
_TICKED = re.compile(r"\[X\](?=[ \t]|$)")


def format_text(
    text: str,
    *,
    path: str | os.PathLike[str] | None = None,
    vocabulary: StatusVocabulary | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> str:
    """The page's text with a canonical layout; idempotent (formatting twice = once).

    Returns the formatted text (equal to ``text`` when it is formatted already). Raises
    :class:`~readinglist.FormatError`, saying why, when the page cannot be formatted
    without changing what it says (front matter that is never closed, or a result that
    would not read back the same) or is over ``max_size`` bytes.
    """
    vocabulary = DEFAULT_VOCABULARY if vocabulary is None else vocabulary
    where = f"{os.fspath(path)}: " if path is not None else ""
    reading = read(text, path, vocabulary=vocabulary, max_size=max_size)
    page = reading.page
    for diagnostic in page.diagnostics:
        if diagnostic.code is Code.FILE_TOO_LARGE:
            raise FormatError(f"{where}{diagnostic.message}; the page was left as it is")
    layout = Layout(reading, vocabulary)
    for diagnostic in page.diagnostics:
        if diagnostic.code is Code.FRONT_MATTER_SYNTAX and not layout.body_start:
            raise FormatError(
                f"{where}front matter is never closed (line {diagnostic.line}), so where the "
                "body starts is unknown; close it first, the page was left as it is"
            )
    new = _formatted(layout, page)
    if new == text:  # a page formatted already is the page just read: nothing to check
        return new
    read_first = _Reading.of(page)
    del reading, layout, page  # the first reading goes before the read-back: less to collect
    _check(read_first, text, new, where, vocabulary, max_size)
    return new


def _formatted(layout: Layout, page: Page) -> str:
    lines = [line.rstrip("\r\n") for line in layout.lines]
    verbatim = _verbatim_lines(layout)
    bullets, boxes = _marker_lines(layout, page)
    for index in bullets:
        lines[index] = _BULLET.sub(r"\1-", lines[index], count=1)
    for index, column in boxes:
        head = lines[index][:column]
        lines[index] = _TICKED.sub("[x]", head) + lines[index][column:]
    out: list[str] = list(lines[: layout.body_start])
    after_marker = False
    for index in range(layout.body_start, len(lines)):
        line = lines[index]
        if index in verbatim:
            out.append(line)
            after_marker = False
        elif line.strip(_BLANK):
            out.append(_trimmed(line, lines[index + 1] if index + 1 < len(lines) else ""))
            after_marker = bool(_MARKER_ONLY.match(line))
        elif after_marker:
            out.append("")  # a list item opening with blank lines: their number matters
        elif len(out) > layout.body_start and out[-1].strip(_BLANK):
            out.append("")  # one blank line where there were several, none at the start
    while len(out) > layout.body_start and not out[-1].strip(_BLANK):
        out.pop()
    if layout.body_start and len(out) > layout.body_start:
        out.insert(layout.body_start, "")
    if not out:
        return layout.bom
    return layout.bom + layout.newline.join(out) + layout.newline


def _trimmed(line: str, following: str) -> str:
    """The line without trailing whitespace, unless that whitespace is a hard line break."""
    stripped = line.rstrip(" \t")
    tail = line[len(stripped) :]
    continued = following.strip(_BLANK) and not _BLOCK_START.match(following)
    if len(tail) >= 2 and tail.endswith("  ") and continued:
        return stripped + "  "
    return stripped


def _verbatim_lines(layout: Layout) -> set[int]:
    """0-based indexes of lines in code, fenced and HTML blocks."""
    found: set[int] = set()
    for kind, line, end_line, _, _ in layout.blocks:
        if kind in _VERBATIM:
            found.update(range(line - 1, end_line))
    return found


def _marker_lines(layout: Layout, page: Page) -> tuple[set[int], list[tuple[int, int]]]:
    """Lines whose ``*``/``+`` bullet becomes ``-``, and ticked boxes to write ``[x]``."""
    blocks = layout.blocks
    bullets: set[int] = set()
    for index, (kind, _, _, _, details) in enumerate(blocks):
        if kind != "list" or dict(details).get("marker") not in {"*", "+"}:
            continue
        if _beside_a_list(blocks, index):
            continue
        depth = 0
        for item_kind, line, _, _, _ in blocks[index + 1 :]:
            if item_kind == "list":
                depth += 1
            elif item_kind == "/list":
                if not depth:
                    break
                depth -= 1
            elif item_kind == "item" and not depth:
                bullets.add(line - 1)
    boxes = [(entry.line - 1, entry.column - 1) for entry in page.entries if entry.checked]
    return bullets, boxes


def _beside_a_list(blocks: Sequence[Block], index: int) -> bool:
    """True when a bullet list touches this one: changing its bullet would merge them."""
    before = blocks[index - 1] if index else None
    depth, close = 0, len(blocks) - 1
    for close in range(index, len(blocks)):
        kind = blocks[close][0]
        depth += kind in _OPENING
        depth -= kind in _CLOSING
        if depth == 0:
            break
    after = blocks[close + 1] if close + 1 < len(blocks) else None
    return (before is not None and before[0] == "/list") or (
        after is not None and after[0] == "list" and not _ordered(after)
    )


def _ordered(block: Block) -> bool:
    return dict(block[4]).get("marker", "-")[:1].isdigit()


_OPENING = frozenset({"list", "item", "quote"})
_CLOSING = frozenset({"/list", "/item", "/quote"})


_Shape = tuple[str, str | None, str, str, tuple[str, ...]]
_shape: Callable[[Entry], _Shape] = attrgetter(
    "title", "url", "status._value_", "description", "groups"
)
"""What formatting may not change of an entry (the status as its string: see edit._shape)."""


@dataclass(frozen=True, slots=True)
class _Reading:
    """What formatting may not change of the page: its entries in order, title, front matter."""

    entries: list[_Shape]
    title: str
    front_matter: Mapping[str, object]
    path: str | None

    @classmethod
    def of(cls, page: Page) -> _Reading:
        return cls(list(map(_shape, page.entries)), page.title, page.front_matter.raw, page.path)


def _check(
    first: _Reading, old: str, new: str, where: str, vocabulary: StatusVocabulary, max_size: int
) -> None:
    """Refuse a result that reads back differently or changed more than layout."""
    again = loads(new, first.path, vocabulary=vocabulary, max_size=max_size)
    if list(map(_shape, again.entries)) != first.entries:
        raise FormatError(f"{where}formatting would change the entries; the page was left as it is")
    if again.title != first.title or again.front_matter.raw != first.front_matter:
        raise FormatError(f"{where}formatting would change the title or front matter; left as is")
    if _characters(old) != _characters(new):
        raise FormatError(f"{where}formatting would change text; the page was left as it is")


def _characters(text: str) -> str:
    """The text without whitespace, bullets and box case: what formatting may not change."""
    # str.replace per character: several times faster than a pattern over the whole page
    for space in " \t\r\n":
        text = text.replace(space, "")
    return text.replace("[X]", "[x]").replace("*", "-").replace("+", "-")
