"""readinglist: Markdown reading lists as typed objects, with located diagnostics.

Load a page with :func:`load` (or :func:`loads` for text), read its :class:`Entry` objects
and :class:`Diagnostic` objects. Loading never raises for bad content; only I/O problems
raise :class:`ReadingListError`.
"""

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
    "Diagnostic",
    "Entry",
    "FrontMatter",
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
    "load",
    "loads",
    "site_of",
]
