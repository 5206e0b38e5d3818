"""readinglist: Markdown reading lists as typed objects, with located diagnostics.

Load a page with :func:`load` (or :func:`loads` for text), read its :class:`Entry` objects
and :class:`Diagnostic` objects. Loading never raises for bad content; only I/O problems
raise :class:`ReadingListError`. Load many pages at once, with cross-page checks and the
Just the Docs navigation tree, with :func:`load_collection`. Write a page back with
:func:`dumps`; edit a page's text in place with :func:`add_entry`, :func:`mark_entry` and
:func:`format_text`, which change only the lines they must.
"""

from readinglist.collection import Collection, NavigationNode, collect, load_collection
from readinglist.diagnostics import Code, Diagnostic, Severity
from readinglist.edit import add_entry, find_entry, mark_entry
from readinglist.errors import (
    AmbiguousEntryError,
    DuplicateEntryError,
    EditError,
    EntryNotFoundError,
    FormatError,
    PageChangedError,
    PageEncodingError,
    PageNotFoundError,
    PageReadError,
    PageWriteError,
    ReadingListError,
)
from readinglist.formatter import format_text
from readinglist.load import DEFAULT_MAX_SIZE, load, loads
from readinglist.model import Entry, FrontMatter, Page, PageStyle
from readinglist.status import DEFAULT_VOCABULARY, Status, StatusVocabulary
from readinglist.urls import canonical_url, site_of
from readinglist.writer import dumps

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_SIZE",
    "DEFAULT_VOCABULARY",
    "AmbiguousEntryError",
    "Code",
    "Collection",
    "Diagnostic",
    "DuplicateEntryError",
    "EditError",
    "Entry",
    "EntryNotFoundError",
    "FormatError",
    "FrontMatter",
    "NavigationNode",
    "Page",
    "PageChangedError",
    "PageEncodingError",
    "PageNotFoundError",
    "PageReadError",
    "PageStyle",
    "PageWriteError",
    "ReadingListError",
    "Severity",
    "Status",
    "StatusVocabulary",
    "__version__",
    "add_entry",
    "canonical_url",
    "collect",
    "dumps",
    "find_entry",
    "format_text",
    "load",
    "load_collection",
    "loads",
    "mark_entry",
    "site_of",
]
