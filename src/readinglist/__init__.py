"""readinglist: Markdown reading lists as typed objects, with located diagnostics.

Load a page with :func:`load` (or :func:`loads` for text), read its :class:`Entry` objects
and :class:`Diagnostic` objects. Loading never raises for bad content; only I/O problems
raise :class:`ReadingListError`. Load many pages at once, with cross-page checks and the
Just the Docs navigation tree, with :func:`load_collection`. Write a page back with
:func:`dumps`; edit a page's text in place with :func:`add_entry`, :func:`mark_entry` and
:func:`format_text`, which change only the lines they must; :func:`edit_page` applies
such an edit to a file, locked against other writers and atomically.

Each name below is imported from its module on first use (PEP 562), so ``import
readinglist`` stays cheap and a program that only loads pages never imports the editing,
writing or collection modules. ``_SOURCES`` is the table of contents: name, then module.
"""

TYPE_CHECKING = False
if TYPE_CHECKING:  # what type checkers and IDEs see: the same names, imported eagerly
    from readinglist.collection import Collection, NavigationNode, collect, load_collection
    from readinglist.diagnostics import Code, Diagnostic, Severity
    from readinglist.errors import (
        AmbiguousEntryError,
        DuplicateEntryError,
        EditError,
        EntryNotFoundError,
        FormatError,
        PageChangedError,
        PageEncodingError,
        PageLockedError,
        PageNotFoundError,
        PageReadError,
        PageWriteError,
        ReadingListError,
    )
    from readinglist.model import Entry, FrontMatter, Page, PageStyle
    from readinglist.reading.frontmatter.bounded import DEFAULT_MAX_FRONT_MATTER_SIZE
    from readinglist.reading.loader import DEFAULT_MAX_SIZE, load, loads
    from readinglist.reading.urls.canonical import canonical_url, site_of
    from readinglist.selection import SORT_ORDERS, SortOrder, select_entries
    from readinglist.status import DEFAULT_VOCABULARY, Status, StatusVocabulary
    from readinglist.writing.editing.edit import (
        EditResult,
        add_entry,
        find_entry,
        mark_entry,
        remove_entry,
    )
    from readinglist.writing.editing.formatter import format_text
    from readinglist.writing.files.atomic import PageEdit, edit_page
    from readinglist.writing.output.dumps import dumps

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_FRONT_MATTER_SIZE",
    "DEFAULT_MAX_SIZE",
    "DEFAULT_VOCABULARY",
    "SORT_ORDERS",
    "AmbiguousEntryError",
    "Code",
    "Collection",
    "Diagnostic",
    "DuplicateEntryError",
    "EditError",
    "EditResult",
    "Entry",
    "EntryNotFoundError",
    "FormatError",
    "FrontMatter",
    "NavigationNode",
    "Page",
    "PageChangedError",
    "PageEdit",
    "PageEncodingError",
    "PageLockedError",
    "PageNotFoundError",
    "PageReadError",
    "PageStyle",
    "PageWriteError",
    "ReadingListError",
    "Severity",
    "SortOrder",
    "Status",
    "StatusVocabulary",
    "__version__",
    "add_entry",
    "canonical_url",
    "collect",
    "dumps",
    "edit_page",
    "find_entry",
    "format_text",
    "load",
    "load_collection",
    "loads",
    "mark_entry",
    "remove_entry",
    "select_entries",
    "site_of",
]

_SOURCES = {
    "Collection": "collection",
    "NavigationNode": "collection",
    "collect": "collection",
    "load_collection": "collection",
    "Code": "diagnostics",
    "Diagnostic": "diagnostics",
    "Severity": "diagnostics",
    "add_entry": "writing.editing.edit",
    "find_entry": "writing.editing.edit",
    "mark_entry": "writing.editing.edit",
    "remove_entry": "writing.editing.edit",
    "EditResult": "writing.editing.edit",
    "AmbiguousEntryError": "errors",
    "DuplicateEntryError": "errors",
    "EditError": "errors",
    "EntryNotFoundError": "errors",
    "FormatError": "errors",
    "PageChangedError": "errors",
    "PageEncodingError": "errors",
    "PageLockedError": "errors",
    "PageNotFoundError": "errors",
    "PageReadError": "errors",
    "PageWriteError": "errors",
    "ReadingListError": "errors",
    "format_text": "writing.editing.formatter",
    "DEFAULT_MAX_SIZE": "reading.loader",
    "DEFAULT_MAX_FRONT_MATTER_SIZE": "reading.frontmatter.bounded",
    "load": "reading.loader",
    "loads": "reading.loader",
    "Entry": "model",
    "FrontMatter": "model",
    "Page": "model",
    "PageStyle": "model",
    "DEFAULT_VOCABULARY": "status",
    "Status": "status",
    "StatusVocabulary": "status",
    "canonical_url": "reading.urls.canonical",
    "site_of": "reading.urls.canonical",
    "SORT_ORDERS": "selection",
    "SortOrder": "selection",
    "select_entries": "selection",
    "dumps": "writing.output.dumps",
    "PageEdit": "writing.files.atomic",
    "edit_page": "writing.files.atomic",
}


def _import_on_first_use(name: str) -> object:
    """Import the module that defines ``name``, once; later lookups find the name bound."""
    source = _SOURCES.get(name)
    if source is None:
        raise AttributeError(f"module 'readinglist' has no attribute {name!r}")
    module = __import__(f"readinglist.{source}", fromlist=[name])
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)


if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name stays an error
    __getattr__ = _import_on_first_use
