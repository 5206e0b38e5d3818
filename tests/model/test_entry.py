"""``Entry``: eleven fields in six slots, behaving as the frozen dataclass it replaced."""

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
    "checked", "struck", "group_lines",
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
)


def _fields(entry: Entry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in FIELDS}


@given(entries)
def test_every_field_reads_back_as_given(entry: Entry) -> None:
    again = Entry(**_fields(entry))
    assert _fields(again) == _fields(entry)
    assert again == entry
    assert hash(again) == hash(entry)


@given(entries, entries)
def test_equal_exactly_when_every_field_is_equal(a: Entry, b: Entry) -> None:
    assert (a == b) == (_fields(a) == _fields(b))


def test_title_and_url_do_not_run_into_each_other() -> None:
    # Stored in one string: where one ends must still tell them apart.
    ab = Entry("ab", "c", Status.TODO, 1)
    a = Entry("a", "bc", Status.TODO, 1)
    book = Entry("abc", None, Status.TODO, 1)
    assert (ab.title, ab.url, a.title, a.url) == ("ab", "c", "a", "bc")
    assert len({ab, a, book}) == 3
    assert Entry("", "", Status.TODO, 1).url == ""


def test_positional_arguments_follow_the_field_order() -> None:
    entry = Entry("T", "https://e.org", Status.DONE, 3, 5, 4, "d", ("K",), True, False, (1, 2))
    assert entry == Entry(
        title="T", url="https://e.org", status=Status.DONE, line=3, column=5, end_line=4,
        description="d", groups=("K",), checked=True, struck=False, group_lines=(1, 2),
    )  # fmt: skip
    assert Entry.__match_args__ == FIELDS
    match entry:
        case Entry(title, url, status):
            assert (title, url, status) == ("T", "https://e.org", "done")


def test_defaults_are_those_of_a_plain_entry() -> None:
    entry = Entry("T", None, Status.TODO, 2)
    assert _fields(entry) == {
        "title": "T", "url": None, "status": "todo", "line": 2, "column": 1, "end_line": None,
        "description": "", "groups": (), "checked": None, "struck": False, "group_lines": (),
    }  # fmt: skip


def test_repr_names_every_field_in_order() -> None:
    entry = Entry("T", "https://e.org", Status.TODO, 2, end_line=3)
    assert repr(entry) == (
        "Entry(title='T', url='https://e.org', status=<Status.TODO: 'todo'>, line=2, "
        "column=1, end_line=3, description='', groups=(), checked=None, struck=False, "
        "group_lines=())"
    )


@given(entries)
def test_pickle_and_copies_keep_the_entry(entry: Entry) -> None:
    pickled = pickle.loads(pickle.dumps(entry))  # noqa: S301 (our own bytes)
    for again in (pickled, copy.copy(entry), copy.deepcopy(entry)):
        assert type(again) is Entry
        assert again == entry
        assert _fields(again) == _fields(entry)


def test_replace_changes_only_the_fields_named() -> None:
    entry = Entry("T", "https://e.org", Status.TODO, 2, groups=("K",))
    moved = entry.replace(status=Status.DONE, line=7)
    assert _fields(moved) == _fields(entry) | {"status": "done", "line": 7}
    assert entry.status == "todo"
    assert entry.__replace__(url=None).url is None  # copy.replace, on Python 3.13
    with pytest.raises(TypeError, match="'colour'"):
        entry.replace(colour="red")


@pytest.mark.parametrize("name", [*FIELDS, "_text", "_place", "other"])
def test_no_field_can_be_set_or_deleted(name: str) -> None:
    entry = Entry("T", "https://e.org", Status.TODO, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(entry, name, "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(entry, name)
    assert entry.title == "T"


def test_an_entry_is_never_equal_to_something_else() -> None:
    entry = Entry("T", "https://e.org", Status.TODO, 2)
    assert entry != ("T", "https://e.org")
    assert entry != _fields(entry)


def test_loaded_entries_equal_the_ones_built_by_hand() -> None:
    page = readinglist.loads(
        "## Done\n\n### Kafka\n\n- [x] [A](https://e.org/a) - first\n- [B](https://e.org/b)\n"
    )
    assert page.entries == (
        Entry(
            "A", "https://e.org/a", Status.DONE, 5, 7, 5, "first", ("Kafka",), True,
            group_lines=(1, 3),
        ),
        Entry("B", "https://e.org/b", Status.DONE, 6, 3, 6, "", ("Kafka",), group_lines=(1, 3)),
    )  # fmt: skip


class Annotated(Entry):
    """A subclass with a method and, having no ``__slots__``, a ``__dict__``."""

    def label(self) -> str:
        return f"{self.title} ({self.status})"


class Slotted(Entry):
    __slots__ = ()


@pytest.mark.parametrize("kind", [Annotated, Slotted])
def test_a_subclass_keeps_its_type_through_copies_and_replace(kind: type[Entry]) -> None:
    entry = kind("T", "https://e.org", Status.TODO, 2, groups=("K",))
    assert type(entry) is kind
    assert (entry.title, entry.url, entry.groups) == ("T", "https://e.org", ("K",))
    assert repr(entry).startswith(f"{kind.__qualname__}(title='T'")
    pickled = pickle.loads(pickle.dumps(entry))  # noqa: S301 (our own bytes)
    for again in (pickled, copy.copy(entry), copy.deepcopy(entry), entry.replace()):
        assert type(again) is kind
        assert again == entry
    assert type(entry.replace(status=Status.DONE)) is kind
    # As dataclasses compare: only instances of the same class are equal.
    assert entry != Entry("T", "https://e.org", Status.TODO, 2, groups=("K",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.line = 3  # type: ignore[misc]


def test_a_subclass_method_sees_the_fields() -> None:
    assert Annotated("T", None, Status.DONE, 1).label() == "T (done)"
