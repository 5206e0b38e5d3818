"""The builder makes each entry as ``Entry(...)`` does, through the slots (at half the cost)."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import readinglist
from readinglist.model import Entry
from readinglist.reading.entries.builder import _new_entry
from readinglist.status import Status
from tests.fixture_format import read_cases
from tests.paths import EXAMPLES, FIXTURES

PAGES = [
    *(case.text for path in sorted(FIXTURES.glob("*.txt")) for case in read_cases(path)),
    *(path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.md"))),
]

# One value per field, each unlike every other: a field filled from the wrong argument shows.
DISTINCT: dict[str, Any] = {
    "title": "Title",
    "url": "https://example.org/url",
    "status": Status.READING,
    "line": 3,
    "column": 5,
    "end_line": 7,
    "description": "Description",
    "groups": ("Group",),
    "checked": True,
    "struck": True,
    "group_lines": (2,),
    "author": "Ann Author",
    "year": 2017,
    "key": "example.org/key",
    "site": "example.org",
}

_text = st.text(max_size=8)
_optional_text = st.none() | _text
FIELDS = st.tuples(
    _text,
    _optional_text,
    st.sampled_from(Status),
    st.integers(1, 10**6),
    st.integers(1, 10**4),
    st.integers(1, 10**6),
    _text,
    st.tuples(_text) | st.just(()),
    st.none() | st.booleans(),
    st.booleans(),
    st.tuples(st.integers(1, 99)) | st.just(()),
    _optional_text,
    st.none() | st.integers(1000, 2100),
    _optional_text,
    _optional_text,
)


def test_each_argument_fills_its_own_field() -> None:
    assert list(DISTINCT) == [field.name for field in dataclasses.fields(Entry)]
    made = _new_entry(*DISTINCT.values())
    assert type(made) is Entry
    assert made == Entry(**DISTINCT)
    assert {name: getattr(made, name) for name in DISTINCT} == DISTINCT


@given(FIELDS)
def test_new_entry_equals_entry_for_any_fields(values: tuple[Any, ...]) -> None:
    made, expected = _new_entry(*values), Entry(*values)
    assert made == expected
    assert hash(made) == hash(expected)
    assert repr(made) == repr(expected)
    assert dataclasses.asdict(made) == dataclasses.asdict(expected)


def test_a_loaded_entry_is_a_plain_frozen_entry() -> None:
    entries = [entry for text in PAGES for entry in readinglist.loads(text).entries]
    assert len(entries) > 300
    assert all(type(entry) is Entry for entry in entries)
    entry = next(entry for entry in entries if entry.url is not None and entry.groups)
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.title = "Other"  # type: ignore[misc]
    assert not hasattr(entry, "__dict__")
    assert entry.replace(title="Other").title == "Other"
    assert copy.deepcopy(entry) == entry
    assert pickle.loads(pickle.dumps(entry)) == entry  # noqa: S301 - our own bytes
