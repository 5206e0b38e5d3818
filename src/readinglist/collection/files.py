"""Finding pages: the ``*.md`` files named by paths, folders searched recursively."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from readinglist.errors import PageNotFoundError

PathArgument = str | os.PathLike[str]
"""A file or folder, as a string or path."""


def find_pages(paths: PathArgument | Iterable[PathArgument]) -> tuple[Path, ...]:
    """The ``*.md`` files named by ``paths``: files as given, folders searched recursively.

    Each folder is walked in sorted order, skipping hidden folders (``.git``, ``.venv``) and
    never following symbolic links to folders. A file reached twice (by a link, or named
    twice) is listed once. A symbolic link that loops is listed: reading it fails with a
    one-line :class:`~readinglist.PageReadError`. Raises
    :class:`~readinglist.PageNotFoundError` for a path that does not exist.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    found: list[Path] = []
    seen: set[object] = set()
    for argument in paths:
        path = Path(argument)
        if path.is_dir():
            candidates: Iterable[Path] = _walk(path)
        elif path.exists() or _loops(path):
            candidates = [path]
        else:
            raise PageNotFoundError(f"{os.fspath(argument)}: no such file or folder")
        for candidate in candidates:
            identity = _identity(candidate)
            if identity not in seen:
                seen.add(identity)
                found.append(candidate)
    return tuple(found)


def _identity(path: Path) -> object:
    """What tells files apart: device and inode, or the path where it cannot be read."""
    try:
        status = path.stat()
    except OSError:  # a loop of links: listed under its own name, its reading will fail
        return os.fspath(path)
    return status.st_dev, status.st_ino


def _loops(path: Path) -> bool:
    """Whether ``path`` is a symbolic link that leads back to itself."""
    try:
        path.stat()
    except OSError as error:
        return error.errno == errno.ELOOP
    return False


def _walk(folder: Path) -> Iterator[Path]:
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if name.endswith(".md") and not name.startswith("."):
                yield Path(root, name)
