"""Bare URLs in text: where they start and end, as linkify-it reads them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readinglist.reading.inline.bare_urls import _BARE_URL, _SCHEME, find_bare_urls, scheme_starts


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        ("Name https://example.com/a_b/", ["https://example.com/a_b/"]),
        ("see https://example.com/x.", ["https://example.com/x"]),  # a sentence's full stop
        ("(https://example.com/p(1))", ["https://example.com/p(1)"]),  # balanced only
        ("https://arxiv.org/abs/1:", ["https://arxiv.org/abs/1:"]),  # linkify keeps ':'
        (
            "mailto:someone@example.com and ftp://files.example.org",
            ["mailto:someone@example.com", "ftp://files.example.org"],
        ),
        ("//cdn.example.com/x", ["//cdn.example.com/x"]),  # protocol-relative
        ("ahttps://example.com", []),  # inside a word
        ("https://localhost", ["https://localhost"]),
        ("nothing here: at all", []),
    ],
)
def test_bare_urls_end_where_linkify_ends_them(text: str, urls: list[str]) -> None:
    assert [text[start:end] for start, end in find_bare_urls(text)] == urls


PIECES = st.sampled_from(
    ["http://", "https://", "HTTPS://", "ftp://", "mailto:", "//", "a", "b.", "x.com", "/", "?",
     "=", "&", "(", ")", "[", "]", ".", ",", ":", "-", "_", "@", " ", "é", "!", "'", '"']
)  # fmt: skip


@given(st.lists(PIECES, max_size=24).map("".join))
def test_looking_only_where_a_scheme_starts_finds_what_sliding_the_pattern_finds(
    text: str,
) -> None:
    assert find_bare_urls(text) == [match.span() for match in _BARE_URL.finditer(text)]


@settings(max_examples=2000)
@given(st.text(alphabet="htpsfHTPSFmailoMAILO:/ .x\u212aK", max_size=40) | st.text(max_size=40))
def test_the_scheme_starts_are_where_the_pattern_finds_them(text: str) -> None:
    """``scheme_starts`` finds ``_SCHEME``'s matches with ``str.find``: the same places."""
    assert scheme_starts(text) == [match.start() for match in _SCHEME.finditer(text)]
