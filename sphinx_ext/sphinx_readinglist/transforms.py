"""Turn the placeholders into docutils nodes when their document is resolved for output."""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.builders import Builder
from sphinx.environment import BuildEnvironment
from sphinx.transforms.post_transforms import SphinxPostTransform

from sphinx_readinglist.anchors import output_anchor
from sphinx_readinglist.nodes import pending_reading_list, reading_list_summary

_BUILDERS: WeakKeyDictionary[BuildEnvironment, Builder] = WeakKeyDictionary()


def remember_builder(app: Sphinx) -> None:
    """``builder-inited``: note the builder, which the summary's links need.

    (A transform's ``app`` is deprecated from Sphinx 9 on, with no public replacement.)
    """
    _BUILDERS[app.env] = app.builder


def _placeholder(node: nodes.Node) -> bool:
    return isinstance(node, pending_reading_list | reading_list_summary)


def placeholders(document: nodes.document) -> list[nodes.Element]:
    """The list and summary placeholders of a document, in document order."""
    return [node for node in document.findall(_placeholder) if isinstance(node, nodes.Element)]


def heading_level(node: nodes.Node) -> int:
    """The HTML level of a heading placed at ``node``: one below its section's title.

    (``listing.heading`` keeps it at six at most.)
    """
    depth, parent = 0, node.parent
    while parent is not None:
        depth += isinstance(parent, nodes.section)
        parent = parent.parent
    return depth + 1


class ExpandReadingLists(SphinxPostTransform):
    """Replace every list and summary placeholder with its nodes, for every builder."""

    # Before the reference resolver (10), the themes' table wrappers (furo: 500) and
    # linkcheck's collector (800).
    default_priority = 5

    def run(self, **kwargs: Any) -> None:
        """Expand the placeholders; a list's ids and classes move to its container."""
        found = placeholders(self.document)
        if not found:
            return
        # Imported here: a build that writes no list (a no-change rebuild) never needs them.
        from sphinx_readinglist.listing import Place
        from sphinx_readinglist.render import reading_list
        from sphinx_readinglist.summary import expand_summary

        builder = _BUILDERS[self.env]
        for placeholder in found:
            if isinstance(placeholder, reading_list_summary):
                expand_summary(placeholder, builder, self.env, self.env.docname)
                continue
            self._rename_ids(placeholder, builder.name)
            place = Place(placeholder.source, placeholder.line)
            expanded = reading_list(placeholder["view"], heading_level(placeholder), place)
            expanded.source, expanded.line = place
            placeholder.replace_self(expanded)  # its ids and classes go to the container

    @staticmethod
    def _rename_ids(placeholder: nodes.Element, builder_name: str) -> None:
        """Where documents share a file, give the list (and its target) the output's ids."""
        docname = placeholder["docname"]
        renamed = {old: output_anchor(builder_name, docname, old) for old in placeholder["ids"]}
        if all(old == new for old, new in renamed.items()):
            return
        placeholder["ids"] = list(renamed.values())
        target = placeholder.previous_sibling()
        if isinstance(target, nodes.target) and target.get("refid") in renamed:
            target["refid"] = renamed[target["refid"]]
