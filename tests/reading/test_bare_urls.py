"""Bare URLs in text: where they start and end, as linkify-it reads them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readinglist.reading.inline.bare_urls import (
    _BARE_URL,
    _SCHEME,
    _linkified,
    bare_urls,
    find_bare_urls,
    scheme_starts,
)


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


SCHEME_PIECES = ["https:", "HTTP:", "ftp:", "mailto:", "MailTo:", "//", "/", ":", "s", "x", " "]


@settings(max_examples=2000)
@given(
    st.text(alphabet="htpsfHTPSFmailoMAILO:/ .x\u212aK", max_size=40)
    | st.lists(st.sampled_from(SCHEME_PIECES), max_size=12).map("".join)
    | st.text(max_size=40)
)
def test_the_scheme_starts_are_where_the_pattern_finds_them(text: str) -> None:
    """``scheme_starts`` finds ``_SCHEME``'s matches with ``str.find``: the same places."""
    assert scheme_starts(text) == [match.start() for match in _SCHEME.finditer(text)]


def _one_character_at_a_time() -> re.Pattern[str]:
    """``_BARE_URL`` as linkify-it writes its path: one character per step, ``-+`` its own."""
    run, dot = "'?!;]++", r"|\.(?![\s"
    pattern = _BARE_URL.pattern
    assert pattern.count(run) == pattern.count(dot) == 2  # the path of "http://" and "//"
    pattern = pattern.replace(run, "'?!\\-;]").replace(dot, "|-+" + dot)
    return re.compile(pattern, re.IGNORECASE)


LINKIFY_PATH = _one_character_at_a_time()


@settings(max_examples=1000)
@given(
    st.lists(PIECES | st.sampled_from(["-", "--", "a-b", "/x-", "é-"]), max_size=24).map("".join)
)
def test_a_path_read_a_run_at_a_time_ends_where_one_character_at_a_time_ends(text: str) -> None:
    """The path's run of plain characters (``-`` among them) is read at once: the same URLs."""
    assert [m.span() for m in _BARE_URL.finditer(text)] == [
        m.span() for m in LINKIFY_PATH.finditer(text)
    ]


URL_PIECES = st.sampled_from(
    ["Name", " ", ", ", "https://a.example/x", "HTTP://X.COM/y_z", "mailto:a@b.example",
     "//cdn.example/p", "(", ")", ".", "-", "é"]
)  # fmt: skip


@given(st.lists(PIECES, max_size=24).map("".join) | st.lists(URL_PIECES, max_size=12).map("".join))
def test_one_text_token_is_read_as_the_loop_over_runs_reads_it(text: str) -> None:
    """``Name https://…``, the common paragraph, skips the loop: the same tokens."""
    tokens = (("text", text),)
    if ":" in text or "//" in text:
        expected: list[tuple[str, str]] = []
        _linkified([tokens[0]], expected)
        assert bare_urls(tokens) == expected
    else:
        assert bare_urls(tokens) is tokens
