"""``url_diagnostics`` gives what the plain algorithm gives, diagnostic for diagnostic.

The plain algorithm, written out below, looks for the URL on every line of the entry's
block and builds each diagnostic with the ``Diagnostic`` constructor. ``rules`` reads a
one-line entry's line at once and builds diagnostics with ``diagnostics.found``; the
entries drawn here span one line or several, start past the text's end, and have URLs
written on their first line, a later one, twice, or not at all, so each branch is taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st

from readinglist import Code, Diagnostic, Entry, Status
from readinglist.reading.page_rules import url_diagnostics
from readinglist.reading.urls.canonical import url_problems
from readinglist.reading.urls.shortcuts import url_problems_of


def _plain_url_diagnostics(
    entries: Sequence[Entry], lines: Sequence[str], path: str | None
) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for entry in entries:
        url = entry.url
        if url is None or not url_problems(url):
            continue
        line, column = entry.line, entry.column
        last = min(entry.end_line or entry.line, len(lines))
        for number in range(entry.line, last + 1):
            if url and url in lines[number - 1]:
                line, column = number, lines[number - 1].index(url) + 1
                break
        for problem in url_problems(url):
            found.append(Diagnostic(problem.code, problem.message, path, line, column))
    return _insecure_once_per_host(found, [e.url for e in entries if e.url is not None])


def _insecure_once_per_host(found: list[Diagnostic], urls: list[str]) -> list[Diagnostic]:
    """Keep each host's first insecure-url, counting its links in the message."""
    hosts = [urlsplit(url).netloc.lower() for url in urls if url.lower().startswith("http://")]
    kept: list[Diagnostic] = []
    seen: set[str] = set()
    insecure = iter(hosts)
    for diagnostic in found:
        if diagnostic.code is not Code.INSECURE_URL:
            kept.append(diagnostic)
            continue
        host = next(insecure)
        if host in seen:
            continue
        seen.add(host)
        count = hosts.count(host)
        if count > 1:
            message = (
                f"insecure http:// URLs to {host!r} ({count} links, the first here); "
                "use https:// if the site has it"
            )
            diagnostic = Diagnostic(
                diagnostic.code, message, diagnostic.path, diagnostic.line, diagnostic.column
            )
        kept.append(diagnostic)
    return kept


_URLS = st.sampled_from(
    ["http://e.org/a", "https://bit.ly/x", "https://e.org/a?utm_source=x", "https://e.org/a",
     "http://bit.ly/b?fbclid=1", "", "javascript:alert(1)", "/relative", "e.org/a"]
)  # fmt: skip


@st.composite
def _entries(draw: st.DrawFn, line_count: int) -> Entry:
    url = draw(st.none() | _URLS)
    line = draw(st.integers(1, line_count + 2))
    end_line = draw(st.none() | st.integers(line - 1, line + 3))
    column = draw(st.integers(1, 5))
    return Entry("A", url, Status.TODO, line, column, end_line)


@st.composite
def _pages(draw: st.DrawFn) -> tuple[list[str], list[Entry]]:
    pieces = st.sampled_from(["- [A](", ")", " ", "  [B](", "text"]) | _URLS
    lines = draw(st.lists(st.lists(pieces, max_size=4).map("".join), min_size=1, max_size=6))
    entries = draw(st.lists(_entries(len(lines)), max_size=6))
    return [line + "\n" for line in lines], entries


@settings(max_examples=500)
@given(_pages(), st.none() | st.just("page.md"))
def test_url_diagnostics_are_the_plain_ones(
    page: tuple[list[str], list[Entry]], path: str | None
) -> None:
    """Same codes, messages, lines and columns, in the same order, for both URL checkers."""
    lines, entries = page
    expected = _plain_url_diagnostics(entries, lines, path)
    assert url_diagnostics(entries, lines, path) == expected
    assert url_diagnostics(entries, lines, path, url_problems_of) == expected


def test_a_url_on_a_later_line_of_its_entry_is_reported_there() -> None:
    """A link paragraph's URL on its second line is located on that line, not the first."""
    lines = ["  [A long title\n", "  over two lines](http://e.org/a)\n"]
    entry = Entry("A long title over two lines", "http://e.org/a", Status.TODO, 1, 3, 2)
    (diagnostic,) = url_diagnostics([entry], lines, None)
    assert (diagnostic.line, diagnostic.column) == (2, 19)
