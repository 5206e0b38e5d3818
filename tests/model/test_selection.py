"""``select_entries``: the one rule ``show`` and the directive choose entries by."""

from __future__ import annotations

import doctest
from operator import itemgetter

import pytest

import readinglist
from readinglist import SORT_ORDERS, Status, select_entries
from readinglist import selection as selection_module

PAGE = readinglist.loads(
    "## To read\n\n"
    "### Data engineering:\n\n"
    "- [beta](https://b.example/1)\n"
    "- [Alpha](https://a.example/1)\n\n"
    "### Kafka\n\n"
    "#### Streams\n\n"
    "- [Gamma](https://www.c.example/1)\n"
    "- Delta\n\n"
    "## Done\n\n"
    "### Kafka\n\n"
    "- [alpha](https://c.example/2)\n",
    path="page.md",
)


def titles(entries: list[readinglist.Entry]) -> list[str]:
    return [entry.title for entry in entries]


def test_the_docstring_example_runs() -> None:
    failed, tried = doctest.testmod(selection_module, extraglobs={"readinglist": readinglist})
    assert (failed, tried) == (0, 2)


def test_page_order_keeps_every_entry() -> None:
    assert select_entries(PAGE.entries) == list(PAGE.entries)
    assert SORT_ORDERS[0] == "page"


def test_statuses_filter() -> None:
    assert titles(select_entries(PAGE.entries, statuses={Status.DONE})) == ["alpha"]
    assert select_entries(PAGE.entries, statuses=frozenset()) == []


@pytest.mark.parametrize(
    "group", ["data-engineering", "DATA ENGINEERING", "data  engineering:", "Data_Engineering"]
)
def test_a_group_is_compared_as_labels_are(group: str) -> None:
    assert titles(select_entries(PAGE.entries, group=group)) == ["beta", "Alpha"]


def test_a_group_matches_at_any_depth_and_across_statuses() -> None:
    assert titles(select_entries(PAGE.entries, group="kafka")) == ["Gamma", "Delta", "alpha"]
    assert titles(select_entries(PAGE.entries, group="streams")) == ["Gamma", "Delta"]
    assert select_entries(PAGE.entries, group="Kafak") == []


def test_title_order_folds_case_and_is_stable() -> None:
    assert titles(select_entries(PAGE.entries, sort="title")) == [
        "Alpha",
        "alpha",
        "beta",
        "Delta",
        "Gamma",
    ]


def test_site_order_puts_books_last() -> None:
    assert titles(select_entries(PAGE.entries, sort="site")) == [
        "Alpha",
        "beta",
        "Gamma",
        "alpha",
        "Delta",
    ]


def test_status_order_is_todo_reading_done_skipped() -> None:
    assert titles(select_entries(PAGE.entries, sort="status"))[-1] == "alpha"


def test_the_limit_cuts_after_filtering_and_sorting() -> None:
    chosen = select_entries(PAGE.entries, statuses={Status.TODO}, sort="title", limit=2)
    assert titles(chosen) == ["Alpha", "beta"]


def test_items_that_hold_entries_are_chosen_by_their_entries() -> None:
    rows = [(PAGE, entry) for entry in PAGE.entries]
    chosen = select_entries(rows, group="kafka", sort="title", limit=2, entry=itemgetter(1))
    assert chosen == [rows[4], rows[3]]


def test_an_unknown_order_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="sort must be one of page, title, site, status"):
        select_entries(PAGE.entries, sort="date")  # type: ignore[call-overload]
