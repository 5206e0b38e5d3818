"""Turn each pending list into docutils nodes when its document is resolved for output."""

from __future__ import annotations

from typing import Any

from sphinx.transforms.post_transforms import SphinxPostTransform

from sphinx_readinglist.nodes import pending_reading_list
from sphinx_readinglist.render import reading_list


class ExpandReadingLists(SphinxPostTransform):
    """Replace every ``pending_reading_list`` with its list or table, for every builder."""

    default_priority = 5  # before the reference resolver (10) and linkcheck's collector (800)

    def run(self, **kwargs: Any) -> None:
        """Expand the placeholders; their ids and classes move to the new container."""
        for pending in list(self.document.findall(pending_reading_list)):
            expanded = reading_list(pending["entries"], pending["style"])
            expanded.source, expanded.line = pending.source, pending.line
            pending.replace_self(expanded)
