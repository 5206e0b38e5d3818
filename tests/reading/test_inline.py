"""Reading a paragraph's inline content: the fast paths hold to the patterns they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from readinglist.reading.inline.content import _title_end

SEPARATOR_BEFORE = re.compile(r"\s*(?:\s[-–—]|[:,;|])\s*$")
"""The separator before a link as a pattern: what ``_title_end`` finds from the end."""

SEPARATED = st.lists(
    st.sampled_from(["Title", "a", " ", "  ", "\t", "\n", "\xa0", "\u2003", "-", "–", "—", ":",
                     ",", ";", "|", ".", "x-", "by"]),
    max_size=10,
).map("".join)  # fmt: skip


@settings(max_examples=2000)
@given(SEPARATED | st.text(max_size=20))
def test_the_title_ends_where_the_separator_pattern_starts(text: str) -> None:
    match = SEPARATOR_BEFORE.search(text)
    assert _title_end(text) == (match.start() if match else len(text))
    assert text[: _title_end(text)] == SEPARATOR_BEFORE.sub("", text)
