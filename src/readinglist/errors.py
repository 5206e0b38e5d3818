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
