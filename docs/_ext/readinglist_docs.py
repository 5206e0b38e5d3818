"""Docs-only directives: reference tables generated from the code (one source of truth)."""

from __future__ import annotations

from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from readinglist import Code


class DiagnosticsReference(SphinxDirective):
    """``.. readinglist-diagnostics::``: one section per :class:`readinglist.Code`."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        lines: list[str] = []
        for code in Code:
            scope = "" if code.page_level else " (collections only)"
            lines += [
                f"({code.value})=",
                f"## `{code.value}`",
                "",
                f"**Severity:** {code.severity.value}{scope}",
                "",
                code.summary,
                "",
                "Example:",
                "",
                "````markdown",
                *code.example.splitlines(),
                "````",
                "",
            ]
        container = nodes.section()
        container.document = self.state.document
        self.state.nested_parse(
            StringList(lines, source="readinglist.Code"), 0, container, match_titles=True
        )
        return list(container.children)


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the docs-only directives."""
    app.add_directive("readinglist-diagnostics", DiagnosticsReference)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
