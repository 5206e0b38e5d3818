"""``:style: table`` (and ``readinglist_default_style``) renders a table of entries."""

from __future__ import annotations

import re

from tests.sphinx_projects import MakeProject, warnings_of


def test_default_style_from_config_is_a_table_with_optional_columns(
    make_project: MakeProject,
) -> None:
    app = make_project("table")
    app.build()
    assert warnings_of(app) == []
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    tables = re.findall(r'<div class="reading-list reading-list-table.*?</table>', html, re.DOTALL)
    assert len(tables) == 1
    (grid,) = tables
    assert re.findall(r'<th class="head"><p>([^<]+)</p></th>', grid) == [
        "Title",
        "Status",
        "Description",
        "Topic",
        "Site",
    ]
    rows = re.findall(r"<tr class=\"reading-list-(\w+)", grid)
    assert rows == ["todo", "todo", "todo", "done", "reading", "reading"]
    assert "<td><p>how snapshots work</p></td>" in grid
    assert '<a class="reference external" href="https://pg.example.org/mvcc">MVCC</a>' in grid
    assert re.findall(r'<td><p><span class="reading-list-(\w+)">', grid) == rows


def test_style_option_overrides_the_default(make_project: MakeProject) -> None:
    app = make_project("table")
    app.build()
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    listing = html.split("<p>As a list:</p>", 1)[1]
    assert listing.lstrip().startswith('<div class="reading-list reading-list-list')
    assert re.findall(r'class="reference external"[^>]*>([^<]+)</a>', listing) == [
        "Zebra systems",
        "Apache Arrow",
    ]
