"""A page's folder held open: every step of an edit is relative to it, never a long path.

Working relative to a descriptor of the folder (``dir_fd``) keeps each name short, so a
page of a 255-byte name, or in a folder deeper than the system's longest path, can be
edited; and the folder read from is the folder written to. A symbolic link to the page is
followed one link at a time (the link stays; its target is edited). The descriptor is also
what :mod:`readinglist.writing.files.lock` locks. Where the platform has no ``dir_fd`` (Windows),
the folder's path is used instead, and it is neither locked nor flushed.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass

from readinglist.errors import PageNotFoundError, PageReadError
from readinglist.reading.source import open_regular

MAX_LINKS = 40
"""Most symbolic links followed to reach a page, as the kernel allows (``ELOOP``)."""

_AT = {os.open, os.rename, os.unlink, os.readlink, os.stat} <= os.supports_dir_fd
# (os.replace takes dir_fd where os.rename does, though only rename is listed)
_DIRECTORY = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)


@dataclass(frozen=True, slots=True)
class Folder:
    """A folder open for the operations of one edit; close it with :meth:`close`."""

    path: str
    """The folder as reached from the current folder (for messages and the fallback)."""
    descriptor: int | None
    """Its open descriptor, or ``None`` where the platform has no ``dir_fd``."""

    def _at(self, name: str) -> str:
        return name if self.descriptor is not None else os.path.join(self.path, name)

    def open(self, name: str, flags: int, mode: int = 0o777) -> int:
        """``os.open`` of ``name`` in this folder."""
        return os.open(self._at(name), flags, mode, dir_fd=self.descriptor)

    def open_regular(self, name: str, shown: str) -> int:
        """A descriptor of the regular file ``name`` for reading, never blocking (see source)."""
        return open_regular(self._at(name), dir_fd=self.descriptor, shown=shown)

    def stat(self, name: str) -> os.stat_result:
        """``os.stat`` of ``name`` in this folder (links followed)."""
        return os.stat(self._at(name), dir_fd=self.descriptor)

    def replace(self, source: str, target: str) -> None:
        """Rename ``source`` over ``target``, both in this folder, in one step."""
        fd = self.descriptor
        os.replace(self._at(source), self._at(target), src_dir_fd=fd, dst_dir_fd=fd)

    def unlink(self, name: str) -> None:
        """Remove ``name`` from this folder."""
        os.unlink(self._at(name), dir_fd=self.descriptor)

    def sync(self) -> None:
        """Flush the folder's entries (a rename) to disk."""
        if self.descriptor is not None:
            os.fsync(self.descriptor)

    def close(self) -> None:
        """Close the descriptor (and so release a lock on it)."""
        if self.descriptor is not None:
            os.close(self.descriptor)


def open_folder(path: str, *, relative_to: Folder | None = None) -> Folder:
    """The folder ``path`` (relative to ``relative_to`` when given) held open."""
    if not _AT:  # pragma: no cover - Windows
        base = relative_to.path if relative_to is not None else ""
        return Folder(os.path.join(base, path), None)
    base_fd = relative_to.descriptor if relative_to is not None else None
    shown = path if relative_to is None else os.path.join(relative_to.path, path)
    return Folder(shown, os.open(path, _DIRECTORY, dir_fd=base_fd))


def find_page(path: str) -> tuple[Folder, str]:
    """The open folder that holds the file ``path`` names, and the file's name in it.

    Symbolic links are followed one at a time, relative to the folder of each link, so no
    path ever grows longer than one link's target. Raises
    :class:`~readinglist.ReadingListError` subclasses naming ``path``.
    """
    folder_path, name = os.path.split(path)
    if not name:
        raise PageReadError(f"{path}: is a folder, not a page")
    try:
        folder = open_folder(folder_path or os.curdir)
    except (FileNotFoundError, NotADirectoryError):
        raise PageNotFoundError(f"{path}: no such file") from None
    except OSError as error:
        raise PageReadError(f"{path}: cannot read: {error.strerror or error}") from None
    for _ in range(MAX_LINKS):
        try:
            target = os.readlink(folder._at(name), dir_fd=folder.descriptor)
        except OSError:  # not a link (or missing: opening it says so)
            return folder, name
        link_folder, name = os.path.split(target)
        if link_folder:
            try:
                folder, previous = open_folder(link_folder, relative_to=folder), folder
            except OSError:
                folder.close()
                raise PageNotFoundError(f"{path}: no such file (a dangling link)") from None
            previous.close()
    folder.close()
    raise PageReadError(f"{path}: cannot read: {os.strerror(errno.ELOOP)}")
