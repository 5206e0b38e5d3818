"""Reading a paragraph's inline content: the fast paths hold to the patterns they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readinglist.reading.inline.content import _SEPARATOR_BEFORE, _title_end

SEPARATED = st.lists(
    st.sampled_from(["Title", "a", " ", "  ", "\t", "\n", "\xa0", "\u2003", "-", "–", "—", ":",
                     ",", ";", "|", ".", "x-", "by"]),
    max_size=10,
).map("".join)  # fmt: skip


@settings(max_examples=2000)
@given(SEPARATED | st.text(max_size=20))
def test_the_title_ends_where_the_separator_pattern_starts(text: str) -> None:
    match = _SEPARATOR_BEFORE.search(text)
    assert _title_end(text) == (match.start() if match else len(text))
    assert text[: _title_end(text)] == _SEPARATOR_BEFORE.sub("", text)
