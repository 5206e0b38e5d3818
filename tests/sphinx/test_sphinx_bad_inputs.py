"""A missing page, an unreadable one and bad option values warn at the directive's line."""

from __future__ import annotations

import re

from sphinx.testing.util import SphinxTestApp

from tests.sphinx_projects import MakeProject, warnings_of


def _build(make_project: MakeProject) -> SphinxTestApp:
    """Build the bad-inputs project, with a Latin-1 page written here (the repo is UTF-8)."""
    app: SphinxTestApp = make_project("bad-inputs")
    (app.srcdir / "latin1.md").write_bytes(
        b"---\ntitle: Latin-1\n---\n\n- [Caf\xe9](https://example.com/cafe)\n"
    )
    app.build()
    return app


def test_each_problem_is_one_warning_at_the_directive_line(make_project: MakeProject) -> None:
    app = _build(make_project)
    index, src = app.srcdir / "index.rst", app.srcdir
    statuses = "todo, reading, done, skipped"
    assert warnings_of(app) == [
        f"{index}:4: WARNING: reading-list missing.md: cannot read the page: "
        f"{src / 'missing.md'}: no such file [readinglist.page]",
        f"{index}:6: WARNING: reading-list latin1.md: cannot read the page: "
        f"{src / 'latin1.md'}: not UTF-8 (byte 0xe9 at offset 30) [readinglist.page]",
        f"{index}:8: WARNING: reading-list folder.md: cannot read the page: "
        f"{src / 'folder.md'}: is a folder, not a page [readinglist.page]",
        f"{index}:10: WARNING: reading-list good.md: :status: names no status: 'someday' "
        f"(expected one of: {statuses}, or a label of readinglist_statuses) "
        "[readinglist.option]",
        f"{index}:10: WARNING: reading-list good.md: :style: must be one of: list, table "
        "(got 'grid'); using 'list' [readinglist.option]",
        f"{index}:10: WARNING: reading-list good.md: :sort: must be one of: page, title, "
        "site, status (got 'date'); using 'page' [readinglist.option]",
        f"{index}:10: WARNING: reading-list good.md: :limit: must be a whole number above 0 "
        "(got 'ten'); showing all [readinglist.option]",
        f"{index}:16: WARNING: reading-list good.md: :group: 'Kafka' is not a group of the "
        "page (its groups: none) [readinglist.option]",
    ]


def test_bad_option_values_fall_back_and_the_build_goes_on(make_project: MakeProject) -> None:
    app = _build(make_project)
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert "After all that, the build goes on." in html
    first, second = re.findall(r'<div class="reading-list [^"]*".*?</div>', html, re.DOTALL)
    assert 'class="reading-list reading-list-list' in first
    assert re.findall(r'href="([^"]+)"', first) == [
        "https://example.com/one",
        "https://example.com/two",
    ]
    assert '<p class="reading-list-empty">No entries to show.</p>' in second


def test_a_missing_page_is_still_a_dependency(make_project: MakeProject) -> None:
    app = _build(make_project)
    dependencies = {str(path) for path in app.env.dependencies["index"]}
    assert str(app.srcdir / "missing.md") in dependencies
