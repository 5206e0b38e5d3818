"""Bad ``readinglist_*`` values warn once and fall back to their defaults."""

from __future__ import annotations

import re

from tests.sphinx_projects import MakeProject, warnings_of


def test_bad_config_values_warn_and_fall_back(make_project: MakeProject) -> None:
    app = make_project("config")
    app.build()
    assert warnings_of(app) == [
        "WARNING: readinglist_statuses has an unknown status 'someday' (expected one of: "
        "todo, reading, done, skipped); using the default {} [readinglist.config]",
        "WARNING: readinglist_default_style must be one of: list, table (got 'grid'); "
        "using the default 'list' [readinglist.config]",
    ]
    assert app.config.readinglist_statuses == {}
    assert app.config.readinglist_default_style == "list"
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert 'class="reading-list reading-list-list' in html
    # "Gelesen" is a topic again, so the entry keeps the default status.
    assert re.findall(r'<h2 class="rubric">([^<]+)<span', html) == ["Gelesen "]
    assert re.findall(r'<ul class="reading-list-entries reading-list-(\w+)', html) == ["todo"]


def test_good_config_values_are_used(make_project: MakeProject) -> None:
    app = make_project(
        "config",
        confoverrides={
            "readinglist_statuses": {"done": ["Gelesen"]},
            "readinglist_default_style": "table",
        },
    )
    app.build()
    assert warnings_of(app) == []
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert '<div class="reading-list reading-list-table' in html
    assert re.findall(r'<span class="reading-list-(\w+)">', html) == ["done"]


def test_the_size_limit_is_a_config_value(make_project: MakeProject) -> None:
    app = make_project("config", confoverrides={"readinglist_max_size": 50})
    app.build()
    page = app.srcdir / "labels.md"
    assert [w for w in warnings_of(app) if "[readinglist.config]" not in w] == [
        f"{page}:1: WARNING: the page is larger than the 50 byte limit and is not read; split it "
        "into several pages, or raise the limit (max_size) [readinglist.file-too-large]",
    ]
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert 'class="reading-list-entries' not in html
    assert "No entries to show." in html


def test_a_bad_size_limit_warns_and_falls_back(make_project: MakeProject) -> None:
    app = make_project("config", confoverrides={"readinglist_max_size": -5})
    app.build()
    assert (
        "WARNING: readinglist_max_size must be a number of bytes greater than 0, or None "
        "(got -5); using the default None [readinglist.config]"
    ) in warnings_of(app)
    assert app.config.readinglist_max_size is None
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<ul class="reading-list-entries reading-list-(\w+)', html) == ["todo"]
