"""Page-level checks over the finished entries: URLs, duplicates, titles, emptiness."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from readinglist.diagnostics import Code, Diagnostic, Severity
from readinglist.model import Entry, FrontMatter
from readinglist.reading.urls.canonical import UrlProblem, url_problems

_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "`": "'", "\u00a0": " "}
)
_QUOTE_PAIRS = tuple((chr(code), str(plain)) for code, plain in _QUOTES.items())


def fold_title(title: str) -> str:
    """A title folded for comparison: case, curly quotes and spacing."""
    if title.isascii() and "`" not in title:
        lowered = title.lower()
        if lowered.isprintable() and "  " not in lowered and lowered[:1] != " " != lowered[-1:]:
            return lowered  # a printable ASCII space is the only space: already folded
        return " ".join(lowered.split())  # the same, without a per-character translate
    for quote, plain in _QUOTE_PAIRS:  # str.replace per quote: faster than translate
        if quote in title:
            title = title.replace(quote, plain)
    return " ".join(title.casefold().split())


def _url_position(lines: Sequence[str], entry: Entry, url: str) -> tuple[int, int]:
    """Where the entry's URL is written (line, column), else the entry's own position."""
    line = entry.line
    if url:
        end = entry.end_line
        if (not end or end == line) and 0 < line <= len(lines):  # one line: most entries
            return line, lines[line - 1].find(url) + 1 or entry.column
        last = min(end or line, len(lines))
        for number in range(line, last + 1):
            column = lines[number - 1].find(url)
            if column >= 0:
                return number, column + 1
    return line, entry.column


def url_diagnostics(
    entries: Iterable[Entry],
    lines: Sequence[str],
    path: str | None,
    problems_of: Callable[[str], tuple[UrlProblem, ...]] = url_problems,
) -> list[Diagnostic]:
    """The URL diagnostics of each entry (invalid, unsafe, shortened, tracking, insecure).

    ``insecure-url`` is told once per host, at its first link, with the number of links.
    """
    diagnostics: list[Diagnostic] = []
    insecure: dict[str, list[int]] = {}
    """Per host: the index of its insecure-url in ``diagnostics``, and its number of links."""
    for entry in entries:
        url = entry.url
        if url is None:
            continue
        problems = problems_of(url)
        if not problems:
            continue  # most URLs: their position is not looked for
        line, column = _url_position(lines, entry, url)
        for code, message in problems:
            if code is Code.INSECURE_URL:
                host = url[7:].partition("/")[0].partition("?")[0].partition("#")[0].lower()
                if host in insecure:
                    insecure[host][1] += 1
                    continue
                insecure[host] = [len(diagnostics), 1]
            diagnostics.append(Diagnostic(code, message, path, line, column))
    for host, (index, count) in insecure.items():
        if count > 1:
            first = diagnostics[index]
            message = (
                f"insecure http:// URLs to {host!r} ({count} links, the first here); "
                "use https:// if the site has it"
            )
            diagnostics[index] = Diagnostic(first.code, message, path, first.line, first.column)
    return diagnostics


def duplicate_diagnostics(
    paths: Sequence[str | None], entries: Sequence[Entry]
) -> list[Diagnostic]:
    """``duplicate-url`` and ``duplicate-title`` over entries in page order.

    ``paths`` and ``entries`` run in step: each entry's page. Each duplicate is reported at
    the later entry and names the first one. An entry whose title is its URL (a bare link)
    has no title to repeat.
    """
    if not _may_repeat(entries):
        return []
    found: list[Diagnostic] = []
    first_by_key: dict[str, int] = {}
    first_by_title: dict[str, int] = {}
    # Whether an entry's title is its URL is asked only once another entry has its title:
    # first_by_title holds the first entry with each title, and ``titled`` the ones known to
    # have a title of their own (most titles are never seen twice).
    titled: set[int] = set()
    for index, entry in enumerate(entries):
        key = entry.key
        if key is not None:
            earlier = first_by_key.setdefault(key, index)
            if earlier != index:
                message = f"duplicate URL {entry.url!r}"
                found.append(
                    _duplicate(Code.DUPLICATE_URL, paths, entries, index, earlier, message)
                )
                continue
        text = entry.title
        if not text:
            continue
        if text.isascii():  # fold_title's first case, without the call
            title = text.lower()
            if not (
                title.isprintable()
                and "  " not in title
                and "`" not in title
                and title[0] != " " != title[-1]
            ):
                title = fold_title(text)
        else:
            title = fold_title(text)
        if not title:
            continue
        earlier = first_by_title.setdefault(title, index)
        if earlier == index or _is_its_url(title, entry.url):
            continue
        if earlier not in titled:
            if _is_its_url(title, entries[earlier].url):
                first_by_title[title] = index  # so this is the first with a title
                titled.add(index)
                continue
            titled.add(earlier)
        if entries[earlier].key != key or key is None:
            message = f"duplicate title {text!r} with a different URL"
            if entry.url is None and entries[earlier].url is None:
                message = f"duplicate entry {text!r}"
            found.append(_duplicate(Code.DUPLICATE_TITLE, paths, entries, index, earlier, message))
    return found


def _may_repeat(entries: Sequence[Entry]) -> bool:
    """Whether two entries share a key, or an ASCII title folded as :func:`fold_title` does.

    Two sets built in C: most pages have no duplicate, and are done with at once. A title
    outside ASCII may fold further (curly quotes, ``casefold``): then the walk decides.
    """
    keys = [entry.key for entry in entries if entry.key is not None]
    if len(set(keys)) != len(keys):
        return True
    titles = [" ".join(entry.title.lower().replace("`", "'").split()) for entry in entries]
    return len(set(titles)) != len(titles) or not all(map(str.isascii, titles))


def _is_its_url(title: str, url: str | None) -> bool:
    """Whether ``title`` (folded) is the URL, folded: the title of a bare link."""
    # A folded URL keeps its ":" (so the URL is folded only when they can be equal).
    return url is not None and (":" in title or ":" not in url) and title == fold_title(url)


def _duplicate(
    code: Code,
    paths: Sequence[str | None],
    entries: Sequence[Entry],
    index: int,
    earlier: int,
    message: str,
) -> Diagnostic:
    entry = entries[index]
    return Diagnostic(
        code, message, paths[index], entry.line, entry.column, paths[earlier], entries[earlier].line
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
    sections: bool = False,
) -> list[Diagnostic]:
    """``missing-title`` and ``title-mismatch``.

    ``sections``: the page has two or more H1s, which are groups: no ``title-mismatch``.
    A page without front matter whose title is its file name (a README, maybe with H1
    sections) is only told, as an info.
    """
    title = front_matter.title
    if title is None or not title.strip():
        if title is not None and front_matter.present:
            line = front_matter.key_lines.get("title", front_matter.start_line or 1)
            message = "the front matter 'title' is empty; write the page's name there"
            return [Diagnostic(Code.EMPTY_TITLE, message, path, line, 1)]
        if front_matter.present or heading is None:
            used = f"the H1 {heading!r}" if heading else f"the file name {fallback!r}"
            line = front_matter.start_line or heading_line or 1
            where = (
                "the front matter has no 'title'"
                if front_matter.present
                else "the page has no title"
            )
            readme = not front_matter.present  # a README: no title, and none is needed
            return [
                Diagnostic(
                    Code.MISSING_TITLE,
                    f"{where}; {used} is used instead",
                    path,
                    line,
                    1,
                    severity=Severity.INFO if readme else None,
                )
            ]
        return []
    if (
        not sections
        and heading is not None
        and heading_line is not None
        and heading != title
        and _folded_heading(heading) != _folded_heading(title)
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


def _folded_heading(text: str) -> str:
    """A title as compared with the H1: case, spacing and surrounding punctuation folded."""
    return _heading_text(text).casefold().strip(_SURROUNDING)


_SURROUNDING = " \t.,;:!?'\"`*_()[]{}<>-–—«»“”‘’"
"""Punctuation around a title that does not make it another title (``Papers:``)."""


_READING_KEYS = ("link", "url", "external_url")
"""Front matter keys that name the page's one reading (a page per book or paper)."""


def front_matter_reading(front_matter: FrontMatter) -> tuple[str, str, int] | None:
    """The one reading a page's front matter names: its title, URL and line; else ``None``.

    For a page whose body has no entries: an absolute ``link``, ``url`` or ``external_url``.
    """
    for key in _READING_KEYS:
        value = front_matter.extra.get(key)
        if isinstance(value, str) and value.lower().startswith(("https://", "http://")):
            line = front_matter.key_lines.get(key, front_matter.start_line or 1)
            return front_matter.title or "", value, line
    return None
