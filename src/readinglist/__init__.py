"""readinglist: Markdown reading lists as typed objects, with located diagnostics.

Load a page with :func:`load` (or :func:`loads` for text), read its :class:`Entry` objects
and :class:`Diagnostic` objects. Loading never raises for bad content; only I/O problems
raise :class:`ReadingListError`. Load many pages at once, with cross-page checks and the
Just the Docs navigation tree, with :func:`load_collection`.
"""

from readinglist.collection import Collection, NavigationNode, collect, load_collection
from readinglist.diagnostics import Code, Diagnostic, Severity
from readinglist.errors import (
    PageEncodingError,
    PageNotFoundError,
    PageReadError,
    ReadingListError,
)
from readinglist.load import load, loads
from readinglist.model import Entry, FrontMatter, Page
from readinglist.status import DEFAULT_VOCABULARY, Status, StatusVocabulary
from readinglist.urls import canonical_url, site_of

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_VOCABULARY",
    "Code",
    "Collection",
    "Diagnostic",
    "Entry",
    "FrontMatter",
    "NavigationNode",
    "Page",
    "PageEncodingError",
    "PageNotFoundError",
    "PageReadError",
    "ReadingListError",
    "Severity",
    "Status",
    "StatusVocabulary",
    "__version__",
    "canonical_url",
    "collect",
    "load",
    "load_collection",
    "loads",
    "site_of",
]
