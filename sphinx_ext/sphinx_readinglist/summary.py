"""The summary table, filled in late so that it is never stale.

The directive leaves a placeholder; ``doctree-resolved`` replaces it when the document is
written, from the domain's lists at that moment. ``env-get-updated`` has every document
with a summary written again whenever the lists changed, even when that document was not
read again (sphinx.ext.todo's ``todolist`` goes stale there).
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.builders import Builder
from sphinx.environment import BuildEnvironment
from sphinx.util.nodes import make_refnode

from readinglist import Status
from sphinx_readinglist.domain import ListUse, readinglist_domain
from sphinx_readinglist.nodes import reading_list_summary
from sphinx_readinglist.render import STATUS_LABELS, table

HEADER = ["Reading list", *(STATUS_LABELS[status].capitalize() for status in Status)]
HEADER += ["Total", "Share done"]


def first_uses(uses: list[ListUse]) -> list[ListUse]:
    """One use per page (the first by document name and line), sorted by title."""
    first: dict[str, ListUse] = {}
    for use in sorted(uses, key=lambda use: (use.docname, use.line)):
        first.setdefault(use.path, use)
    return sorted(first.values(), key=lambda use: (use.title.casefold(), use.path))


def share_done(done: int, total: int) -> str:
    """``"25%"``; a dash for an empty list."""
    return f"{done / total:.0%}" if total else "–"


def _cell(*children: nodes.Node) -> nodes.entry:
    paragraph = nodes.paragraph()
    paragraph += list(children)
    cell = nodes.entry()
    cell += paragraph
    return cell


def _numbers(counts: list[int], total: int) -> list[nodes.entry]:
    done = counts[list(Status).index(Status.DONE)]
    cells = [_cell(nodes.Text(str(count))) for count in counts]
    return [*cells, _cell(nodes.Text(str(total))), _cell(nodes.Text(share_done(done, total)))]


def _single_anchor(link: nodes.reference) -> None:
    """``#document-lists#reading-list-x`` (singlehtml) to ``#reading-list-x``.

    Sphinx 9's singlehtml builder joins its document anchor and the target's into a URI no
    browser can follow; every document is on the one page, so the target's id is enough.
    """
    uri = link.get("refuri", "")
    if uri.startswith("#") and uri.count("#") > 1:
        link["refuri"] = uri[uri.rindex("#") :]


def summary_table(
    builder: Builder, fromdocname: str, uses: list[ListUse], classes: list[str]
) -> nodes.Element:
    """One row per page with a link to where it is rendered, then a total row."""
    rows = first_uses(uses)
    if not rows:
        return nodes.paragraph(
            "", "No reading lists in this project.", classes=["reading-list-empty", *classes]
        )
    body: list[nodes.row] = []
    for use in rows:
        link = make_refnode(builder, fromdocname, use.docname, use.anchor, nodes.Text(use.title))
        _single_anchor(link)
        row = nodes.row()
        row += [_cell(link), *_numbers([use.count_of(status) for status in Status], use.total)]
        body.append(row)
    totals = [sum(use.count_of(status) for use in rows) for status in Status]
    total_row = nodes.row(classes=["reading-list-total"])
    total_row += [_cell(nodes.Text("Total")), *_numbers(totals, sum(totals))]
    body.append(total_row)
    widths = [40, *([10] * len(Status)), 10, 10]
    return table(HEADER, widths, body, ["reading-list-summary", *classes])


def resolve_summaries(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: replace each placeholder with the summary of the moment."""
    domain = readinglist_domain(app.env)
    if not domain.summaries:
        return  # no document has one: spare walking every node (8,000 for 1,000 entries)
    placeholders = list(doctree.findall(reading_list_summary))
    if not placeholders:
        return
    uses = domain.all_lists()
    for placeholder in placeholders:
        classes: list[str] = list(placeholder.get("classes", []))
        replacement = summary_table(app.builder, docname, uses, classes)
        replacement.source, replacement.line = placeholder.source, placeholder.line
        placeholder.replace_self(replacement)


def summaries_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-get-updated``: the documents with a summary, when any list changed."""
    domain = readinglist_domain(env)
    uses = domain.all_lists()
    if uses == domain.data["fingerprint"]:
        return []
    domain.data["fingerprint"] = uses
    return sorted(domain.summaries)
