"""Exceptions: raised only when input cannot be used at all (I/O, encoding)."""

from __future__ import annotations


class ReadingListError(ValueError):
    """Base class of every error this library raises; the message names the path."""


class PageNotFoundError(ReadingListError, FileNotFoundError):
    """A page or folder that does not exist."""


class PageReadError(ReadingListError, OSError):
    """A page that exists but cannot be read (permissions, a folder given as a file)."""


class PageEncodingError(ReadingListError, UnicodeError):
    """A page whose bytes are not UTF-8; the message gives the byte offset."""


class EditError(ReadingListError):
    """An edit (``add``, ``mark``, ``fmt``) that cannot be made safely; nothing is written."""


class EntryNotFoundError(EditError):
    """No entry of the page has that URL or title."""


class AmbiguousEntryError(EditError):
    """More than one entry has that URL or title; the message lists their lines."""


class DuplicateEntryError(EditError):
    """The URL to add is already on the page (same canonical key); names the line."""


class FormatError(EditError):
    """``fmt`` refuses to rewrite a page (it would lose or change text); says why."""


class PageChangedError(EditError):
    """The file changed on disk between reading and writing it; the write is refused."""


class PageLockedError(EditError):
    """Another writer kept the page's folder locked past the timeout; nothing was written."""


class PageWriteError(ReadingListError, OSError):
    """A page that cannot be written (permissions, a full disk); the page is unchanged."""
