"""``:progress:`` and ``:hide-duplicates:`` take no value: a value warns, the flag is on."""

from __future__ import annotations

from tests.sphinx_projects import MakeProject, warnings_of


def test_a_value_given_to_a_flag_warns_and_the_flag_is_on(make_project: MakeProject) -> None:
    app = make_project("flag-values")
    app.build()
    index = app.srcdir / "index.rst"
    assert warnings_of(app) == [
        f"{index}:4: WARNING: reading-list reading.md: :progress: takes no value (got 'yes'); "
        "it is on [readinglist.option]",
        f"{index}:4: WARNING: reading-list reading.md: :hide-duplicates: takes no value "
        "(got 'please'); it is on [readinglist.option]",
    ]
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert '<p class="reading-list-progress reading-list-progress-50">1 of 2 done, 50%</p>' in html
