"""Docs-only directive: the Sphinx config reference, generated from the extension."""

from __future__ import annotations

from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from sphinx_readinglist.config import CONFIG_VALUES


class SphinxConfigReference(SphinxDirective):
    """``readinglist-sphinx-config``: one section per ``readinglist_*`` value."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        lines: list[str] = []
        for value in CONFIG_VALUES:
            types = " or ".join(f"`{kind.__name__}`" for kind in value.types)
            lines += [
                f"### `{value.name}`",
                "",
                f"**Type:** {types} · **Default:** `{value.default!r}`",
                "",
                value.help,
                "",
            ]
        container = nodes.section()
        container.document = self.state.document
        self.state.nested_parse(
            StringList(lines, source="sphinx_readinglist.config"), 0, container, match_titles=True
        )
        return list(container.children)


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the docs-only directive."""
    app.add_directive("readinglist-sphinx-config", SphinxConfigReference)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
