"""Never-crash guarantees over arbitrary and page-shaped text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import readinglist
from readinglist.reading.source import split_lines

LINES = st.sampled_from(
    [
        "---", "+++", "title: T", "nav_order: x", "title = 'T'", "# Heading", "## Done",
        "### Kafka",
        "- TODO", "  [A](https://example.com/a)", "- [A](https://example.com/a) - d",
        "- [ ] [B](http://b.org/)", "- [x] Book - Author", "- ~~[C](https://c.org)~~",
        "    [Code](https://c.org)", "###\u00a0Fake", "**Bold:**", "* Name https://n.org",
        "[ref]: https://r.org", "- [ref]", "> - [Q](https://q.org)", "| a | b |", "|---|---|",
        "<div>", "```", "", "  ", "\t- [T](javascript:x)", "1. https://o.org/1", "- [](https://e.org)",
        "\r", "- [A](https://medium.com/@a/b-a8bda7515e52)", "title: [", "nav_order: 1.5",
    ]
)  # fmt: skip
PAGE_SHAPED = st.lists(LINES, max_size=40).map("\n".join)
ENDINGS = st.sampled_from(["\n", "\r\n", "\r"])


def _check(text: str) -> None:
    page = readinglist.loads(text, path="fuzz.md")
    line_count = max(1, len(split_lines(text)))
    for diagnostic in page.diagnostics:
        assert 1 <= diagnostic.line <= line_count, (diagnostic, line_count)
        assert diagnostic.column is None or diagnostic.column >= 1
    for entry in page.entries:
        assert 1 <= entry.line <= line_count
        assert entry.title
        assert entry.end_line is None or entry.line <= entry.end_line <= line_count


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_loads_never_raises_on_arbitrary_text(text: str) -> None:
    """Any text loads, and every diagnostic's line lies inside the file."""
    _check(text)


def test_split_lines_counts_only_line_feeds_and_carriage_returns() -> None:
    assert split_lines("a\x0cb\u2028c\r\nd\re\nf") == ["a\x0cb\u2028c\r\n", "d\r", "e\n", "f"]
    assert split_lines("") == []
    assert split_lines("\n\n") == ["\n", "\n"]


def test_form_feed_and_line_separator_do_not_shift_lines() -> None:
    page = readinglist.loads(
        "intro\x0c more\u2028 text\n\n- [A](https://e.org/a)\n- [A](https://e.org/a)\n"
    )
    assert [entry.line for entry in page.entries] == [3, 4]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(PAGE_SHAPED, ENDINGS)
def test_loads_never_raises_on_page_shaped_text(text: str, ending: str) -> None:
    """Page-shaped text with any line ending loads with every position inside the file."""
    _check(text.replace("\n", ending))
