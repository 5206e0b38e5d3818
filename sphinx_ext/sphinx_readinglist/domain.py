"""Cross-document data: which lists each document renders, and what they hold.

It lives in a Domain so that Sphinx purges it per document (``clear_doc``) and merges it
back from parallel readers (``merge_domaindata``): nothing is kept in global state.
"""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, cast

from sphinx.application import Sphinx
from sphinx.domains import Domain
from sphinx.environment import BuildEnvironment

if TYPE_CHECKING:
    from readinglist import Diagnostic, Page, Status


# A NamedTuple rather than a frozen dataclass: every Sphinx run that loads the extension
# creates this class, and a NamedTuple is several times cheaper to create (0.1 ms, not 0.7).
class ListUse(NamedTuple):
    """One ``reading-list`` directive: where it is and what its page holds."""

    docname: str
    """The document that renders the list."""
    anchor: str
    """The id of the target just before the list, to link to it."""
    line: int
    """The directive's line in the document."""
    path: str
    """The page, relative to the source folder (``/``-separated): the list's identity."""
    title: str
    """The page's title."""
    counts: tuple[tuple[Status, int], ...]
    """Entries per status of the whole page (not only those the directive shows)."""

    @property
    def total(self) -> int:
        """Number of entries of the page."""
        return sum(count for _, count in self.counts)

    def count_of(self, status: Status) -> int:
        """Number of entries with that status."""
        return dict(self.counts).get(status, 0)


# A NamedTuple rather than a frozen dataclass: every Sphinx run that loads the extension
# creates this class, and a NamedTuple is several times cheaper to create (0.1 ms, not 0.7).
class PageReport(NamedTuple):
    """The diagnostics of a page read for a document, waiting to be logged."""

    path: str
    """The page's absolute path, as the diagnostics locate it."""
    diagnostics: tuple[Diagnostic, ...]
    """What the core found."""


def list_use(docname: str, anchor: str, line: int, path: str, page: Page) -> ListUse:
    """The record of a directive that renders ``page``."""
    counts = page.counts()
    return ListUse(docname, anchor, line, path, page.title, tuple(counts.items()))


class ReadingListDomain(Domain):
    """Holds, per document, its lists, its summaries and its unlogged page diagnostics."""

    name = "readinglist"
    label = "Reading lists"
    data_version = 1
    initial_data: ClassVar[dict[str, Any]] = {
        "lists": {},  # docname -> list[ListUse]
        "summaries": {},  # docname -> number of reading-list-summary directives
        "reports": {},  # docname -> list[PageReport], emptied once logged
        "fingerprint": None,  # the lists the summaries were last written from
    }

    @property
    def lists(self) -> dict[str, list[ListUse]]:
        """Each document's lists, in document order."""
        return cast("dict[str, list[ListUse]]", self.data["lists"])

    @property
    def summaries(self) -> dict[str, int]:
        """Documents that hold a summary."""
        return cast("dict[str, int]", self.data["summaries"])

    @property
    def reports(self) -> dict[str, list[PageReport]]:
        """Page diagnostics of documents read in this build, not logged yet."""
        return cast("dict[str, list[PageReport]]", self.data["reports"])

    def note_list(self, use: ListUse, report: PageReport) -> None:
        """Record a directive of the document being read."""
        self.lists.setdefault(use.docname, []).append(use)
        self.reports.setdefault(use.docname, []).append(report)

    def note_summary(self, docname: str) -> None:
        """Record a ``reading-list-summary`` of the document being read."""
        self.summaries[docname] = self.summaries.get(docname, 0) + 1

    def all_lists(self) -> list[ListUse]:
        """Every list of the project, by document name then line."""
        return [use for docname in sorted(self.lists) for use in self.lists[docname]]

    def clear_doc(self, docname: str) -> None:
        """Forget a document that is removed or about to be read again."""
        for key in ("lists", "summaries", "reports"):
            self.data[key].pop(docname, None)

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        """Take the documents a parallel reader has read."""
        for docname in docnames:
            for key in ("lists", "summaries", "reports"):
                if docname in otherdata[key]:
                    self.data[key][docname] = otherdata[key][docname]

    def resolve_any_xref(self, *args: Any, **kwargs: Any) -> list[tuple[str, Any]]:
        """The domain has no roles: nothing to resolve."""
        return []


def readinglist_domain(env: BuildEnvironment) -> ReadingListDomain:
    """The domain of this environment."""
    return cast(ReadingListDomain, env.get_domain(ReadingListDomain.name))


def summaries_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-get-updated``: the documents with a summary, when any list changed.

    They are written again even when they were not read again (sphinx.ext.todo's
    ``todolist`` goes stale there).
    """
    domain = readinglist_domain(env)
    uses = domain.all_lists()
    if uses == domain.data["fingerprint"]:
        return []
    domain.data["fingerprint"] = uses
    return sorted(domain.summaries)
