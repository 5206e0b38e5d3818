"""Helpers for the tests that build the Sphinx projects of ``tests/roots``."""

from __future__ import annotations

from collections.abc import Callable

from sphinx.testing.util import SphinxTestApp
from sphinx.util.console import strip_colors

MakeProject = Callable[..., SphinxTestApp]
"""``make_project(name, buildername="html", **app_kwargs)``: see ``conftest.make_project``."""


def warnings_of(app: SphinxTestApp) -> list[str]:
    """The warning stream, one line per warning, colours stripped."""
    return strip_colors(app.warning.getvalue()).splitlines()
