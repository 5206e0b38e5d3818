"""A page's source: its bytes read safely, decoded as UTF-8, and split into lines."""

from __future__ import annotations

import os
import re
import stat

from readinglist.errors import PageEncodingError, PageNotFoundError, PageReadError

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
# Where str.splitlines() splits besides LF, CR and CRLF.
_OTHER_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def split_lines(text: str) -> list[str]:
    """Lines as editors and CommonMark count them: ends kept, split at LF, CRLF and CR only.

    (:meth:`str.splitlines` also splits at form feeds and Unicode separators, which would
    shift every line number after them.)
    """
    if not any(c in text for c in _OTHER_BREAKS):
        return text.splitlines(keepends=True)  # the same lines, several times faster
    return _LINE.findall(text)


def read_bytes(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The file's bytes, at most ``limit + 1`` of them (enough to tell it is too large).

    Only regular files are read: a FIFO, a device or a socket would block or never end.
    Raises :class:`~readinglist.ReadingListError` subclasses naming the path.
    """
    descriptor = open_regular(path)
    try:
        return read_descriptor(descriptor, limit, os.fspath(path))
    finally:
        os.close(descriptor)


def open_regular(
    path: str | os.PathLike[str], *, dir_fd: int | None = None, shown: str | None = None
) -> int:
    """A descriptor of the regular file ``path`` (relative to ``dir_fd`` when given), for reading.

    The file is opened without blocking and refused unless it is a regular file: opening a
    FIFO must not wait for a writer, and a device or socket would never end. Errors name
    ``shown`` (the path itself by default).
    """
    name = shown if shown is not None else os.fspath(path)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags, dir_fd=dir_fd)
    except FileNotFoundError:
        raise PageNotFoundError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise PageReadError(f"{name}: is a folder, not a page") from None
    except OSError as error:
        raise PageReadError(f"{name}: cannot read: {error.strerror or error}") from None
    try:
        mode = os.fstat(descriptor).st_mode
    except OSError as error:  # pragma: no cover - fstat of a descriptor just opened
        os.close(descriptor)
        raise PageReadError(f"{name}: cannot read: {error.strerror or error}") from None
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        if stat.S_ISDIR(mode):
            raise PageReadError(f"{name}: is a folder, not a page")
        raise PageReadError(f"{name}: not a regular file (a pipe, device or socket)")
    return descriptor


def read_descriptor(descriptor: int, limit: int | None, name: str) -> bytes:
    """The bytes of an open file, at most ``limit + 1`` of them; errors name ``name``."""
    try:
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            return file.read() if limit is None else file.read(limit + 1)
    except OSError as error:
        raise PageReadError(f"{name}: cannot read: {error.strerror or error}") from None


def decode(data: bytes, path: str | os.PathLike[str]) -> str:
    """``data`` decoded as UTF-8 (a byte-order mark is allowed); the error gives the offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PageEncodingError(
            f"{os.fspath(path)}: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


def read_text(path: str | os.PathLike[str]) -> str:
    """The file's text, decoded as UTF-8 (a byte-order mark is allowed).

    Raises :class:`~readinglist.ReadingListError` subclasses naming the path.
    """
    return decode(read_bytes(path), path)
