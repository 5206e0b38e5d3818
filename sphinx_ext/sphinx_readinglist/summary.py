"""The summary table, filled in late so that it is never stale.

The directive leaves a placeholder; the first post-transform replaces it when the document
is written, from the domain's lists at that moment (before the theme's post-transforms, so
that the theme wraps it like any table). ``summaries_to_rewrite`` (in ``domain``) has every
document with a summary written again whenever the lists changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes
from sphinx.builders import Builder
from sphinx.environment import BuildEnvironment
from sphinx.util.nodes import make_refnode

from readinglist import Status
from sphinx_readinglist import words
from sphinx_readinglist.anchors import MERGING_BUILDERS, output_anchor
from sphinx_readinglist.domain import ListUse, readinglist_domain
from sphinx_readinglist.progress import bar_length, share_text
from sphinx_readinglist.tables import cell, row, table

WIDTHS = (34, 24, *([8] * len(Status)), 10)
"""Relative column widths: title, progress, one per status, total."""


def first_uses(uses: list[ListUse]) -> list[ListUse]:
    """One use per page (the first by document name and line), sorted by title."""
    first: dict[str, ListUse] = {}
    for use in sorted(uses, key=lambda use: (use.docname, use.line)):
        first.setdefault(use.path, use)
    return sorted(first.values(), key=lambda use: (use.title.casefold(), use.path))


def _link(builder: Builder, fromdocname: str, use: ListUse) -> nodes.reference:
    """A link to where the list is rendered."""
    text = nodes.Text(use.title)
    if builder.name in MERGING_BUILDERS:  # every list is in this one file
        anchor = output_anchor(builder.name, use.docname, use.anchor)
        return nodes.reference("", "", text, internal=True, refuri=f"#{anchor}")
    return make_refnode(builder, fromdocname, use.docname, use.anchor, text)


def _numbers(counts: Sequence[int]) -> list[nodes.entry]:
    """The progress cell (bar and share done), a cell per status, and the total."""
    done, total = counts[list(Status).index(Status.DONE)], sum(counts)
    bar = ["reading-list-progress", f"reading-list-progress-{bar_length(done, total)}"]
    progress = cell(nodes.Text(share_text(done, total)), classes=bar)
    numbers = [cell(nodes.Text(str(count))) for count in (*counts, total)]
    return [progress, *numbers]


def summary_table(
    builder: Builder, fromdocname: str, uses: list[ListUse], classes: list[str]
) -> nodes.Element:
    """One row per page with a link to where it is rendered, then a total row."""
    lists = first_uses(uses)
    if not lists:
        return nodes.paragraph("", words.no_lists(), classes=["reading-list-empty", *classes])
    badges = words.status_words()
    first, progress, last = words.summary_header()
    body = [
        row([cell(_link(builder, fromdocname, use)), *_numbers([use.count_of(s) for s in Status])])
        for use in lists
    ]
    totals = [sum(use.count_of(status) for use in lists) for status in Status]
    body.append(row([cell(nodes.Text(last)), *_numbers(totals)], ["reading-list-total"]))
    header = [first, progress, *(badges[status] for status in Status), last]
    box = nodes.container(classes=["reading-list-summary", *classes])
    box += table(header, WIDTHS, body, [])
    return box


def expand_summary(
    placeholder: nodes.Element, builder: Builder, env: BuildEnvironment, docname: str
) -> None:
    """Replace one placeholder with the summary of the moment."""
    classes: list[str] = list(placeholder.get("classes", []))
    uses = readinglist_domain(env).all_lists()
    replacement = summary_table(builder, docname, uses, classes)
    replacement.source, replacement.line = placeholder.source, placeholder.line
    placeholder.replace_self(replacement)
