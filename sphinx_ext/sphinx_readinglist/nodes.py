"""The extension's one custom node: a placeholder, always replaced before writing."""

from __future__ import annotations

from docutils import nodes


class reading_list_summary(nodes.General, nodes.Element):
    """Where a ``reading-list-summary`` goes; replaced by a table at ``doctree-resolved``."""
