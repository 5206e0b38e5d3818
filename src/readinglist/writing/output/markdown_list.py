"""Selected entries as one Markdown reading list (``readinglist show --format markdown``).

A heading per status, nested headings per topic group, an item per entry. Titles keep their
own characters and their emphasis: where the page's blocks are at hand (a
:class:`~readinglist.reading.loader.Reading`), a title is written from the link text as the
page wrote it (``*``, ``**``, ``~~`` and code spans kept, everything else escaped); else
from the plain title. Reading the result back with :func:`readinglist.loads` gives the
same titles, URLs, statuses, groups and descriptions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from readinglist.model import Entry, Page
from readinglist.reading.inline.bare_urls import bare_urls
from readinglist.reading.inline.content import plain_text
from readinglist.reading.loader import Reading, loads
from readinglist.reading.structure.events import Inline, InlineToken
from readinglist.status import DEFAULT_LABELS, Status
from readinglist.writing.output.terminal import escape_controls, markdown_text, url_text

__all__ = ["TitleMarkup", "entries_markdown"]

_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]<>&~|!])")
_ORDERED_MARKER = re.compile(r"\d+(?=[.)])")
_MARKS = frozenset({"strong", "/strong", "em", "/em", "strike", "/strike"})
_BACKTICKS = re.compile(r"`+")


def escape_inline(text: str) -> str:
    """Text that CommonMark reads back as the same plain text inside a line.

    Controls and bidi characters are written so that printing it cannot drive a terminal
    (see :func:`~readinglist.writing.output.terminal.markdown_text`).
    """
    return markdown_text(_INLINE_SPECIALS.sub(r"\\\1", " ".join(text.split())))


def _line_start(text: str) -> str:
    """Escape what would open a block at the start of an item (``1.``, ``#``, ``>`` …)."""
    marker = _ORDERED_MARKER.match(text)
    if marker:
        return f"{text[: marker.end()]}\\{text[marker.end() :]}"
    return f"\\{text}" if text[:1] in ("#", ">", "+", "-", "=") else text


def _destination(url: str) -> str:
    encoded = url_text(url.replace("\\", "%5C").replace("<", "%3C").replace(">", "%3E"))
    if re.search(r"[\s()]", encoded):
        return f"<{encoded}>"
    return encoded


def _code_span(code: str) -> str:
    """A code span holding ``code``: a fence longer than any run of backticks in it."""
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(code)), default=0) + 1)
    padding = " " if code.startswith("`") or code.endswith("`") else ""
    return f"{fence}{padding}{code}{padding}{fence}"


def _written(tokens: Sequence[InlineToken]) -> str:
    """Inline tokens back as Markdown: emphasis and code as written, text escaped."""
    out: list[str] = []
    for kind, value in tokens:
        if kind == "text" or kind == "html":
            out.append(markdown_text(_INLINE_SPECIALS.sub(r"\\\1", value)))
        elif kind in _MARKS:
            out.append(value)
        elif kind == "code":
            out.append(_code_span(value))
        elif kind in ("softbreak", "hardbreak"):
            out.append(" ")
    return " ".join("".join(out).split())


def _spans(tokens: Sequence[InlineToken]) -> Iterable[Sequence[InlineToken]]:
    """The inner tokens of each top-level link, then of a leading bold or italic run."""
    start, depth = 0, 0
    for index, (kind, _) in enumerate(tokens):
        if kind == "link":
            depth += 1
            if depth == 1:
                start = index + 1
        elif kind == "/link":
            depth -= 1
            if depth == 0:
                yield tokens[start:index]
    significant = [t for t in tokens if not (t[0] == "text" and not t[1].strip())]
    if significant and significant[0][0] in ("strong", "em"):
        closing = "/" + significant[0][0]
        for end, token in enumerate(significant):
            if token[0] == closing:
                yield significant[: end + 1]
                break


class TitleMarkup:
    """Titles as the pages wrote them, found in the pages' blocks by line and plain text."""

    def __init__(self, readings: Iterable[Reading]) -> None:
        self._content: dict[tuple[str | None, int], Inline] = {}
        for reading in readings:
            path = reading.page.path
            for kind, line, end_line, _, inline in reading.blocks:
                if kind in ("paragraph", "heading") and inline:
                    for number in range(line, max(line, end_line) + 1):
                        self._content.setdefault((path, number), inline)

    def title(self, page: Page, entry: Entry) -> str:
        """The entry's title as Markdown: as written on the page, else its plain text escaped."""
        content = self._content.get((page.path, entry.line))
        if content:
            for span in _spans(bare_urls(content)):
                if plain_text(span) == entry.title and not any(
                    kind == "code" and escape_controls(code) != code for kind, code in span
                ):  # a control in a code span could only be written raw
                    return _written(span)
        return escape_inline(entry.title)


def _item(page: Page, entry: Entry, titles: TitleMarkup | None) -> str:
    title = titles.title(page, entry) if titles is not None else escape_inline(entry.title)
    text = f"[{title}]({_destination(entry.url)})" if entry.url and entry.is_link else title
    if entry.author:
        text += f" by {escape_inline(entry.author)}"
    if entry.year is not None:
        text += f" ({entry.year})"
    if entry.description:
        text += f" - {escape_inline(entry.description)}"
    return f"- {_line_start(text)}"


def entries_markdown(rows: Sequence[tuple[Page, Entry]], titles: TitleMarkup | None = None) -> str:
    """A reading list of the entries: a heading per status, nested headings per topic group.

    ``titles`` gives each title as its page wrote it (see :class:`TitleMarkup`); without it,
    or where the result would not read back with the same titles, titles are plain text.
    Returns the Markdown text; never raises.
    """
    text = _document(rows, titles)
    if titles is not None:
        wanted = sorted(entry.title for _, entry in rows)
        if sorted(entry.title for entry in loads(text).entries) != wanted:
            return _document(rows, None)
    return text


def _document(rows: Sequence[tuple[Page, Entry]], titles: TitleMarkup | None) -> str:
    lines: list[str] = []
    for status in Status:
        entries = [(page, entry) for page, entry in rows if entry.status is status]
        if not entries:
            continue
        lines += [f"## {DEFAULT_LABELS[status][0]}", ""]
        paths = sorted(dict.fromkeys(entry.groups for _, entry in entries), key=bool)
        for groups in paths:  # ungrouped entries first: a group heading would capture them
            for depth, name in enumerate(groups):
                lines += [f"{'#' * min(3 + depth, 6)} {escape_inline(name)}", ""]
            lines += [
                _item(page, entry, titles) for page, entry in entries if entry.groups == groups
            ]
            lines.append("")
    return "\n".join(lines)
