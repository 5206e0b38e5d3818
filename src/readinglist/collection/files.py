"""Finding pages: the ``*.md`` files named by paths, folders searched recursively."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from readinglist.errors import PageNotFoundError

PathArgument = str | os.PathLike[str]
"""A file or folder, as a string or path."""


def find_pages(paths: PathArgument | Iterable[PathArgument]) -> tuple[Path, ...]:
    """The ``*.md`` files named by ``paths``: files as given, folders searched recursively.

    Each folder is walked in sorted order, skipping hidden folders (``.git``, ``.venv``) and
    never following symbolic links to folders. A file reached twice is listed once.
    Raises :class:`~readinglist.PageNotFoundError` for a path that does not exist.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    found: list[Path] = []
    seen: set[Path] = set()
    for argument in paths:
        path = Path(argument)
        if path.is_dir():
            candidates: Iterable[Path] = _walk(path)
        elif path.exists():
            candidates = [path]
        else:
            raise PageNotFoundError(f"{os.fspath(argument)}: no such file or folder")
        for candidate in candidates:
            resolved = candidate.resolve()
            if resolved not in seen:
                seen.add(resolved)
                found.append(candidate)
    return tuple(found)


def _walk(folder: Path) -> Iterator[Path]:
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if name.endswith(".md") and not name.startswith("."):
                yield Path(root, name)
