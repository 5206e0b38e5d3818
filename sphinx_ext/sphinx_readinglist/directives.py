"""The ``reading-list`` and ``reading-list-summary`` directives (rST and MyST alike)."""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.typing import OptionSpec

from readinglist import ReadingListError, select_entries
from sphinx_readinglist.anchors import list_anchor
from sphinx_readinglist.cache import page_cache
from sphinx_readinglist.config import vocabulary, vocabulary_key
from sphinx_readinglist.domain import PageReport, list_use, readinglist_domain
from sphinx_readinglist.nodes import pending_reading_list, reading_list_summary
from sphinx_readinglist.options import OPTION_NAMES, read_options
from sphinx_readinglist.reporting import WARNING_TYPE

logger = logging.getLogger(__name__)


class ReadingListDirective(SphinxDirective):
    """``.. reading-list:: PATH``: the entries of a Markdown page, as a list or a table.

    Never fails the build: a bad option, a missing or unreadable page is a warning at the
    directive's line.
    """

    required_arguments = 1
    final_argument_whitespace = True
    has_content = False
    option_spec: ClassVar[OptionSpec] = dict.fromkeys(OPTION_NAMES, directives.unchanged)

    def _warn(self, message: str, subtype: str) -> None:
        logger.warning(message, location=self.get_location(), type=WARNING_TYPE, subtype=subtype)

    def run(self) -> list[nodes.Node]:
        """Load the page (once per build), record it, and render the chosen entries."""
        argument = self.arguments[0]
        relative, absolute = self.env.relfn2path(argument, self.env.docname)
        self.env.note_dependency(absolute)
        key = vocabulary_key(self.config)
        labels = vocabulary(key)
        options = read_options(self.options, self.config.readinglist_default_style, labels)
        for problem in options.problems:
            self._warn(f"reading-list {argument}: {problem}", "option")
        try:
            page = page_cache(self.env).load(
                absolute, labels, key, self.config.readinglist_max_size
            )
        except ReadingListError as error:
            self._warn(f"reading-list {argument}: cannot read the page: {error}", "page")
            return []

        group = options.selection.group
        if group is not None and not select_entries(page.entries, group=group, limit=1):
            known = ", ".join(repr(" / ".join(path)) for path in page.groups) or "none"
            self._warn(
                f"reading-list {argument}: :group: {group!r} is not a group of the page "
                f"(its groups: {known})",
                "option",
            )

        anchor = list_anchor(self.state.document, page.title, relative)
        target = nodes.target("", "", ids=[anchor])
        self.state.document.note_explicit_target(target)
        use = list_use(self.env.docname, anchor, self.lineno, relative, page)
        readinglist_domain(self.env).note_list(use, PageReport(absolute, page.diagnostics))

        # Imported here: a build that reads no document (a no-change rebuild) never needs it.
        from sphinx_readinglist.view import list_view

        pending = pending_reading_list(
            view=list_view(page, options),
            docname=self.env.docname,
            classes=list(options.classes),
        )
        self.set_source_info(pending)
        return [target, pending]


class ReadingListSummaryDirective(SphinxDirective):
    """``.. reading-list-summary::``: every list of the project with its counts.

    It leaves a placeholder that is filled when the document is written, from the lists
    recorded by then, so it is right after incremental builds too.
    """

    has_content = False
    option_spec: ClassVar[OptionSpec] = {"class": directives.class_option}

    def run(self) -> list[nodes.Node]:
        """Record the summary and return its placeholder."""
        readinglist_domain(self.env).note_summary(self.env.docname)
        placeholder = reading_list_summary(classes=self.options.get("class", []))
        self.set_source_info(placeholder)
        return [placeholder]
