"""A tuple ``html_static_path`` (Sphinx accepts one) builds, with both stylesheets copied."""

from __future__ import annotations

from tests.sphinx_projects import Activity, MakeProject, warnings_of


def test_a_tuple_html_static_path_builds_and_copies_both_folders(
    make_project: MakeProject,
) -> None:
    app = make_project("static-path-tuple")
    app.build()
    assert warnings_of(app) == []
    assert app.statuscode == 0
    static = app.outdir / "_static"
    assert (static / "readinglist.css").is_file()
    assert (static / "site.css").read_text(encoding="utf-8").startswith("/* the project's own")
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert 'href="_static/readinglist.css' in html
    assert 'href="_static/site.css' in html


def test_a_tuple_html_static_path_is_no_config_change_on_the_next_build(
    make_project: MakeProject,
) -> None:
    make_project("static-path-tuple").build()
    again = make_project("static-path-tuple")
    activity = Activity(again)
    again.build()
    assert activity.read == []
    assert "config changed" not in again.status.getvalue()
