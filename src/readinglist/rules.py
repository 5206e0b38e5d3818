"""Page-level checks over the finished entries: URLs, duplicates, titles, emptiness."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from readinglist.diagnostics import Code, Diagnostic
from readinglist.model import Entry, FrontMatter
from readinglist.urls import url_problems

_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "`": "'", "\u00a0": " "}
)
_QUOTE_PAIRS = tuple((chr(code), str(plain)) for code, plain in _QUOTES.items())


def fold_title(title: str) -> str:
    """A title folded for comparison: case, curly quotes and spacing."""
    if title.isascii() and "`" not in title:
        return " ".join(title.lower().split())  # the same, without a per-character translate
    for quote, plain in _QUOTE_PAIRS:  # str.replace per quote: faster than translate
        if quote in title:
            title = title.replace(quote, plain)
    return " ".join(title.casefold().split())


def _url_position(lines: Sequence[str], entry: Entry) -> tuple[int, int]:
    """Where the entry's URL is written (line, column), else the entry's own position."""
    if entry.url:
        last = min(entry.end_line or entry.line, len(lines))
        for line in range(entry.line, last + 1):
            found = lines[line - 1].find(entry.url)
            if found >= 0:
                return line, found + 1
    return entry.line, entry.column


def url_diagnostics(
    entries: Iterable[Entry], lines: Sequence[str], path: str | None
) -> list[Diagnostic]:
    """The URL diagnostics of each entry (invalid, unsafe, shortened, tracking, insecure)."""
    found: list[Diagnostic] = []
    for entry in entries:
        if entry.url is None:
            continue
        line, column = _url_position(lines, entry)
        for problem in url_problems(entry.url):
            found.append(Diagnostic(problem.code, problem.message, path, line, column))
    return found


def duplicate_diagnostics(
    entries: Iterable[tuple[str | None, Entry, str | None]],
) -> list[Diagnostic]:
    """``duplicate-url`` and ``duplicate-title`` over ``(path, entry, key)`` in page order.

    ``key`` is the entry's :attr:`~readinglist.Entry.key` (the loader passes the one it has
    just computed). Each duplicate is reported at the later entry and names the first one.
    """
    found: list[Diagnostic] = []
    first_by_key: dict[str, tuple[str | None, Entry]] = {}
    first_by_title: dict[str, tuple[str | None, Entry, str | None]] = {}
    for path, entry, key in entries:
        if key is not None:
            earlier = first_by_key.get(key)
            if earlier is not None:
                message = f"duplicate URL {entry.url!r}"
                found.append(_duplicate(Code.DUPLICATE_URL, entry, path, earlier, message))
                continue
            first_by_key[key] = (path, entry)
        title = fold_title(entry.title)
        if not title or title == fold_title(entry.url or ""):
            continue
        earlier_title = first_by_title.get(title)
        if earlier_title is not None:
            first_path, other, other_key = earlier_title
            if other_key != key or key is None:
                message = f"duplicate title {entry.title!r} with a different URL"
                if entry.url is None and other.url is None:
                    message = f"duplicate entry {entry.title!r}"
                found.append(
                    _duplicate(Code.DUPLICATE_TITLE, entry, path, (first_path, other), message)
                )
            continue
        first_by_title[title] = (path, entry, key)
    return found


def _duplicate(
    code: Code, entry: Entry, path: str | None, earlier: tuple[str | None, Entry], message: str
) -> Diagnostic:
    first_path, first = earlier
    return Diagnostic(
        code,
        message,
        path,
        entry.line,
        entry.column,
        related_path=first_path,
        related_line=first.line,
    )


_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def _heading_text(text: str) -> str:
    """Text as a heading shows it: HTML tags left out (headings drop them), spaces folded."""
    return " ".join(_HTML_TAG.sub("", text).split())


def title_diagnostics(
    front_matter: FrontMatter,
    heading: str | None,
    heading_line: int | None,
    fallback: str,
    path: str | None,
) -> list[Diagnostic]:
    """``missing-title`` and ``title-mismatch``."""
    title = front_matter.title
    if title is None or not title.strip():
        if front_matter.present or heading is None:
            used = f"the H1 {heading!r}" if heading else f"the file name {fallback!r}"
            line = front_matter.start_line or heading_line or 1
            where = (
                "the front matter has no 'title'"
                if front_matter.present
                else "the page has no title"
            )
            return [
                Diagnostic(Code.MISSING_TITLE, f"{where}; {used} is used instead", path, line, 1)
            ]
        return []
    if (
        heading is not None
        and heading_line is not None
        and _heading_text(heading) != _heading_text(title)
    ):
        return [
            Diagnostic(
                Code.TITLE_MISMATCH,
                f"H1 {heading!r} differs from the front matter title {title!r}",
                path,
                heading_line,
                1,
            )
        ]
    return []
