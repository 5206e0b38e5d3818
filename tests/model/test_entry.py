"""``Entry``: a plain frozen, slotted dataclass, with ``dataclasses`` working on it."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import readinglist
from readinglist import Entry, Status

FIELDS = (
    "title", "url", "status", "line", "column", "end_line", "description", "groups",
    "checked", "struck", "group_lines", "author", "year", "key", "site",
)  # fmt: skip

_text = st.text(max_size=12)
entries = st.builds(
    Entry,
    title=_text,
    url=st.none() | _text,
    status=st.sampled_from(Status),
    line=st.integers(1, 400),
    column=st.integers(1, 300),
    end_line=st.none() | st.integers(1, 900),
    description=_text,
    groups=st.lists(_text, max_size=2).map(tuple),
    checked=st.none() | st.booleans(),
    struck=st.booleans(),
    group_lines=st.lists(st.integers(1, 900), max_size=2).map(tuple),
    author=st.none() | _text,
    year=st.none() | st.integers(1000, 2100),
    key=st.none() | _text,
    site=st.none() | _text,
)


def _fields(entry: Entry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in FIELDS}


def test_the_fields_are_dataclass_fields_in_order() -> None:
    assert tuple(field.name for field in dataclasses.fields(Entry)) == FIELDS
    assert Entry.__match_args__ == FIELDS
    assert "__dict__" not in dir(Entry("T", None, Status.TODO, 1))  # slotted


@given(entries)
def test_asdict_and_the_constructor_round_trip(entry: Entry) -> None:
    as_dict = dataclasses.asdict(entry)
    assert as_dict == _fields(entry)
    again = Entry(**as_dict)
    assert again == entry
    assert hash(again) == hash(entry)


@given(entries, entries)
def test_equal_exactly_when_every_field_is_equal(a: Entry, b: Entry) -> None:
    assert (a == b) == (_fields(a) == _fields(b))


def test_defaults_are_those_of_an_entry_built_by_hand() -> None:
    entry = Entry("T", None, Status.TODO, 2)
    assert _fields(entry) == {
        "title": "T", "url": None, "status": "todo", "line": 2, "column": 1, "end_line": None,
        "description": "", "groups": (), "checked": None, "struck": False, "group_lines": (),
        "author": None, "year": None, "key": None, "site": None,
    }  # fmt: skip


@given(entries)
def test_pickle_and_copies_keep_the_entry(entry: Entry) -> None:
    pickled = pickle.loads(pickle.dumps(entry))  # noqa: S301 (our own bytes)
    for again in (pickled, copy.copy(entry), copy.deepcopy(entry)):
        assert type(again) is Entry
        assert again == entry


def test_replace_changes_only_the_fields_named() -> None:
    entry = Entry("T", "https://e.org", Status.TODO, 2, groups=("K",))
    moved = dataclasses.replace(entry, status=Status.DONE, line=7)
    assert _fields(moved) == _fields(entry) | {"status": "done", "line": 7}
    assert entry.replace(line=7) == dataclasses.replace(entry, line=7)
    assert entry.status == "todo"
    with pytest.raises(TypeError, match="colour"):
        entry.replace(colour="red")


@pytest.mark.parametrize("name", FIELDS)
def test_no_field_can_be_set_or_deleted(name: str) -> None:
    entry = Entry("T", "https://e.org", Status.TODO, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(entry, name, "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(entry, name)
    assert entry.title == "T"


def test_no_other_attribute_can_be_added() -> None:
    entry = Entry("T", "https://e.org", Status.TODO, 2)
    # Slotted: there is no room for it (the frozen check then fails in its own way on
    # Python 3.11, with a TypeError).
    with pytest.raises((dataclasses.FrozenInstanceError, AttributeError, TypeError)):
        entry.other = "x"  # type: ignore[attr-defined]
    assert not hasattr(entry, "other")


def test_loaded_entries_equal_the_ones_built_by_hand_with_their_key_and_site() -> None:
    page = readinglist.loads(
        "## Done\n\n### Kafka\n\n- [x] [A](https://www.e.org/a/) - first\n- [B](https://e.org/b)\n"
    )
    assert page.entries == (
        Entry(
            "A", "https://www.e.org/a/", Status.DONE, 5, 7, 5, "first", ("Kafka",), True,
            group_lines=(1, 3), key="e.org/a", site="e.org",
        ),
        Entry(
            "B", "https://e.org/b", Status.DONE, 6, 3, 6, "", ("Kafka",), group_lines=(1, 3),
            key="e.org/b", site="e.org",
        ),
    )  # fmt: skip


def test_a_url_is_safe_to_render_once_the_loader_gave_it_a_key() -> None:
    page = readinglist.loads("- [Good](https://e.org)\n- [Bad](javascript:alert(1))\n- Book\n")
    good, bad = page.entries
    assert (good.safe, good.is_link) == (True, True)
    assert (bad.key, bad.safe, bad.is_link) == (None, False, False)
    by_hand = Entry("T", "https://e.org", Status.TODO, 1)
    assert (by_hand.safe, by_hand.is_link) == (False, False)  # not checked: never a link
    book = Entry("Book", None, Status.TODO, 1)
    assert (book.safe, book.is_link) == (True, False)
