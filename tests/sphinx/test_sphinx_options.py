"""``:status:``, ``:group:``, ``:sort:``, ``:limit:`` and ``:class:`` choose what is shown."""

from __future__ import annotations

import re

import pytest
from sphinx.testing.util import SphinxTestApp

from tests.sphinx_projects import MakeProject, warnings_of


@pytest.fixture
def sections(make_project: MakeProject) -> dict[str, list[str]]:
    """Titles shown under each section of the options project, in order."""
    app: SphinxTestApp = make_project("options")
    app.build()
    assert warnings_of(app) == []
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    shown = {}
    for part in html.split('<section id="')[2:]:  # the h2 sections, after the h1 one
        section_id, body = part.split('"', 1)
        shown[section_id] = re.findall(r'class="reference external"[^>]*>([^<]+)</a>', body)
    return shown


def test_status_filter_accepts_configured_labels(sections: dict[str, list[str]]) -> None:
    assert sections["only-done-by-a-configured-label"] == ["Log compaction"]


def test_status_filter_takes_several_statuses(sections: dict[str, list[str]]) -> None:
    assert sections["todo-and-reading"] == [
        "Kafka internals",
        "Exactly once",
        "MVCC",
        "Zebra systems",
        "Apache Arrow",
    ]


def test_group_filter_is_case_insensitive_across_statuses(sections: dict[str, list[str]]) -> None:
    assert sections["one-group"] == ["Kafka internals", "Exactly once", "Log compaction"]


def test_group_filter_folds_a_group_as_labels_are_folded(sections: dict[str, list[str]]) -> None:
    """``:group: KAFKA:`` is ``## Kafka``, as ``readinglist show --group`` reads it."""
    assert sections["one-group-written-as-a-label"] == sections["one-group"]


def test_sort_by_title_then_limit(sections: dict[str, list[str]]) -> None:
    assert sections["sorted-by-title-three"] == ["Apache Arrow", "Exactly once", "Kafka internals"]


def test_sort_by_site_is_stable(sections: dict[str, list[str]]) -> None:
    assert sections["sorted-by-site"] == [
        "Apache Arrow",
        "Exactly once",
        "Kafka internals",
        "Log compaction",
        "MVCC",
        "Zebra systems",
    ]


def test_sort_by_status_orders_todo_reading_done(sections: dict[str, list[str]]) -> None:
    assert sections["sorted-by-status"] == [
        "Kafka internals",
        "Exactly once",
        "MVCC",
        "Zebra systems",
        "Apache Arrow",
        "Log compaction",
    ]


def test_class_option_adds_classes_to_the_container(make_project: MakeProject) -> None:
    app = make_project("options")
    app.build()
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert '<div class="reading-list reading-list-list mine other docutils container"' in html
