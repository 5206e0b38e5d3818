"""Read a page for editing and write it back atomically, never over someone else's change.

The new text goes to a temporary file in the page's folder, is flushed to disk, gets the
page's permission bits and replaces the page in one :func:`os.replace`. Until then the
page is untouched; on any failure the temporary file is removed. Just before replacing,
the page is read again: when its bytes are not those that were read, the write is
refused with :class:`~readinglist.PageChangedError`.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from readinglist.errors import EditError, PageChangedError, PageWriteError
from readinglist.reading.loader import DEFAULT_MAX_SIZE
from readinglist.reading.source import decode, read_bytes


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A page as read: its text, and the bytes it must still have when written."""

    path: Path
    """The page (symbolic links resolved: the link stays, its target is written)."""
    text: str
    """The decoded text, without a byte-order mark."""
    data: bytes
    """The bytes read."""


def read_page(path: str | os.PathLike[str], *, max_size: int = DEFAULT_MAX_SIZE) -> Snapshot:
    """Read a page to edit; raises :class:`~readinglist.ReadingListError` subclasses.

    A page over ``max_size`` bytes is refused without reading the rest of it: it is never
    parsed, so it cannot be edited safely.
    """
    head = read_bytes(path, max_size)
    if len(head) > max_size:
        raise EditError(
            f"{os.fspath(path)}: larger than the {max_size:,} byte limit, so it is not read "
            "and cannot be edited; nothing was written"
        )
    text = decode(head, path)
    target = Path(os.path.realpath(path))
    try:
        data = target.read_bytes()
    except OSError as error:  # pragma: no cover - read_bytes just read it
        raise PageWriteError(f"{os.fspath(path)}: cannot read: {error.strerror}") from None
    if data != head:
        raise PageChangedError(f"{os.fspath(path)}: changed while being read; try again")
    return Snapshot(target, text, data)


def write_page(snapshot: Snapshot, text: str) -> None:
    """Replace the page's text atomically (a byte-order mark it had is kept)."""
    path = snapshot.path
    data = text.encode("utf-8")
    if snapshot.data.startswith(codecs.BOM_UTF8):
        data = codecs.BOM_UTF8 + data
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError as error:
        raise PageWriteError(f"{path}: cannot write: {error.strerror or error}") from None
    _replace(path, data, mode, lambda: _refuse_if_changed(snapshot))


def write_file(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically: whole or not at all.

    An existing file keeps its permission bits; a new one gets those the user's umask
    allows, as ``open`` would give it.
    """
    target = Path(path)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    except OSError as error:
        raise PageWriteError(f"{target}: cannot write: {error.strerror or error}") from None
    _replace(target, text.encode("utf-8"), mode, lambda: None)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _replace(path: Path, data: bytes, mode: int, before_replace: Callable[[], None]) -> None:
    """Write ``data`` to a temporary file beside ``path``, then move it over ``path``."""
    try:
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise PageWriteError(f"{path}: cannot write: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        before_replace()
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError) and not isinstance(error, PageChangedError):
            raise PageWriteError(f"{path}: cannot write: {error.strerror or error}") from None
        raise
    _sync_folder(path.parent)


def _refuse_if_changed(snapshot: Snapshot) -> None:
    try:
        current = snapshot.path.read_bytes()
    except OSError:
        current = None
    if current != snapshot.data:
        raise PageChangedError(
            f"{snapshot.path}: changed on disk since it was read; nothing was written, "
            "run the command again"
        )


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it (best effort)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
