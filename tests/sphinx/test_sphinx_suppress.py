"""``suppress_warnings`` silences one kind; info diagnostics show only with ``-v``; -W fails."""

from __future__ import annotations

import re

import pytest
import sphinx
from sphinx.errors import SphinxWarning
from sphinx.util.console import strip_colors

from tests.sphinx_projects import MakeProject, warnings_of


def test_suppress_warnings_silences_exactly_one_code(make_project: MakeProject) -> None:
    app = make_project("suppress")
    app.build()
    page = app.srcdir / "mixed.md"
    assert warnings_of(app) == [
        f"{page}:7: WARNING: shortened URL 'https://bit.ly/3abcdef' hides its target; "
        "link to the page itself [readinglist.shortened-url]"
    ]


def test_info_diagnostics_are_logged_only_when_verbose(make_project: MakeProject) -> None:
    info = "mixed.md:8: tracking parameters utm_source in 'https://example.com/t?utm_source=feed'"
    quiet = make_project("suppress")
    quiet.build()
    assert info not in strip_colors(quiet.status.getvalue())
    verbose = make_project("suppress", verbosity=1, freshenv=True)
    verbose.build()
    assert info in strip_colors(verbose.status.getvalue())
    assert not any("tracking" in line for line in warnings_of(verbose))


def test_warnings_fail_a_build_with_warnings_as_errors(make_project: MakeProject) -> None:
    app = make_project("suppress", warningiserror=True)
    if sphinx.version_info < (8,):  # Sphinx 7 stops at the first warning
        with pytest.raises(SphinxWarning, match=re.escape(f"{app.srcdir / 'mixed.md'}:7:")):
            app.build()
    else:  # Sphinx 8 and newer finish the build and fail it
        app.build()
        assert app.statuscode == 1


def test_a_build_with_only_suppressed_warnings_passes_with_warnings_as_errors(
    make_project: MakeProject,
) -> None:
    app = make_project(
        "suppress",
        warningiserror=True,
        confoverrides={
            "suppress_warnings": ["readinglist.duplicate-url", "readinglist.shortened-url"]
        },
    )
    app.build()
    assert warnings_of(app) == []
    assert app.statuscode == 0
