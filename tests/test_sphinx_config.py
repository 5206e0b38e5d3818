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
    assert re.findall(r"reading-list-badge-(\w+)", html) == ["todo"]


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
    assert '<table class="reading-list-table' in html
    assert re.findall(r"reading-list-badge-(\w+)", html) == ["done"]
