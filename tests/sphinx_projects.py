"""Helpers for the tests that build the Sphinx projects of ``tests/roots``."""

from __future__ import annotations

from collections.abc import Callable

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.testing.util import SphinxTestApp
from sphinx.util.console import strip_colors

MakeProject = Callable[..., SphinxTestApp]
"""``make_project(name, buildername="html", **app_kwargs)``: see ``conftest.make_project``."""


def warnings_of(app: SphinxTestApp) -> list[str]:
    """The warning stream, one line per warning, colours stripped."""
    return strip_colors(app.warning.getvalue()).splitlines()


class Activity:
    """Which documents a build reads and which it writes."""

    def __init__(self, app: Sphinx) -> None:
        self.read: list[str] = []
        self.written: set[str] = set()
        app.connect("env-before-read-docs", self._before_read)
        app.connect("doctree-resolved", self._resolved)

    def _before_read(self, app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
        self.read = sorted(docnames)

    def _resolved(self, app: Sphinx, doctree: nodes.document, docname: str) -> None:
        self.written.add(docname)
