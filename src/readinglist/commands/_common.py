"""What the commands share: page arguments, settings, loading, safe terminal text."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from readinglist.commands.parser import UsageError
from readinglist.errors import ReadingListError
from readinglist.status import Status
from readinglist.writing.output.terminal import terminal_text

if TYPE_CHECKING:
    from readinglist.collection import Collection
    from readinglist.reading.loader import Reading
    from readinglist.settings import Settings

STATUSES = tuple(status.value for status in Status)


def add_page_arguments(parser: argparse.ArgumentParser, *, stdin: bool = False) -> None:
    """``PATH...`` and the settings options every page-reading command takes.

    With ``stdin``, ``PATH`` may be ``-`` (see :mod:`readinglist.commands._stdin`).
    """
    where = "pages, or folders searched for *.md"
    if stdin:
        where += "; '-' reads one page from standard input"
    parser.add_argument("paths", nargs="+", metavar="PATH", help=where)
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="read [tool.readinglist] from FILE instead of the nearest pyproject.toml",
    )
    parser.add_argument("--no-config", action="store_true", help="ignore every pyproject.toml")
    parser.add_argument(
        "--default-status",
        choices=STATUSES,
        metavar="STATUS",
        help="status of entries outside every status group (default: todo, or the settings')",
    )


def settings_for(arguments: argparse.Namespace) -> Settings:
    """The settings the command runs with: ``--config``, else the nearest, unless disabled.

    The nearest is found from the first path, or from ``--stdin-filename`` for a page
    read from standard input (the current folder without it).
    """
    from readinglist.settings import Settings, find_settings, read_settings

    if arguments.no_config:
        return Settings()
    if arguments.config:
        return read_settings(arguments.config)
    return find_settings(getattr(arguments, "stdin_filename", None) or arguments.paths[0])


ErrorReport = Callable[[ReadingListError], None]
"""What a command does with a path or page it cannot read, before going on with the rest."""


def report_unreadable(errors: Iterable[ReadingListError]) -> None:
    """One error line per page that could not be read; the command goes on with the rest."""
    for error in errors:
        print(terminal_text(f"readinglist: error: {error}"), file=sys.stderr)


def page_paths(arguments: argparse.Namespace, on_error: ErrorReport | None = None) -> list[Path]:
    """The ``*.md`` files named by ``PATH...``, each once.

    Without ``on_error`` a missing path raises; with it, the path is passed to it and
    skipped. Raises :class:`UsageError` when the paths hold no page and none was missing.
    """
    from readinglist.collection import find_pages
    from readinglist.errors import PageNotFoundError

    if on_error is None:
        found = list(find_pages(arguments.paths))
    else:
        found, missing = [], 0
        for argument in arguments.paths:
            try:
                found += find_pages(argument)
            except PageNotFoundError as error:
                on_error(error)
                missing += 1
        found = list(find_pages(found))  # a file named twice (or inside a folder named) once
        if missing:
            return found
    if not found:
        raise UsageError(f"no *.md pages found in {', '.join(arguments.paths)}")
    return found


def load_pages(arguments: argparse.Namespace) -> tuple[Collection, Settings]:
    """The collection named by ``PATH...``, loaded with the settings' status vocabulary.

    A path that does not exist, or a page that cannot be read, is named on stderr and the
    rest is loaded; ``main`` then exits 2 (see :func:`_gone_on_past`).
    """
    from readinglist.collection import load_collection

    settings = settings_for(arguments)
    unreadable: list[ReadingListError] = []
    collection = load_collection(
        page_paths(arguments, unreadable.append),
        vocabulary=settings.vocabulary(arguments.default_status),
        max_size=settings.max_size,
        max_front_matter_size=settings.max_front_matter_size,
        on_error=unreadable.append,
    )
    _gone_on_past(arguments, unreadable, loaded=bool(collection.pages))
    return collection, settings


def read_pages(arguments: argparse.Namespace) -> tuple[list[Reading], Settings]:
    """:func:`load_pages`, each page with its lines and blocks (for writing Markdown)."""
    from readinglist.reading.loader import read_file

    settings = settings_for(arguments)
    vocabulary = settings.vocabulary(arguments.default_status)
    unreadable: list[ReadingListError] = []
    readings = []
    for path in page_paths(arguments, unreadable.append):
        try:
            reading = read_file(
                path,
                vocabulary=vocabulary,
                max_size=settings.max_size,
                max_front_matter_size=settings.max_front_matter_size,
            )
        except ReadingListError as error:
            unreadable.append(error)
        else:
            readings.append(reading)
    _gone_on_past(arguments, unreadable, loaded=bool(readings))
    return readings, settings


def _gone_on_past(
    arguments: argparse.Namespace, unreadable: Sequence[ReadingListError], *, loaded: bool
) -> None:
    """Report what could not be read, and note it for ``main`` (exit 2 at the end).

    When nothing could be read, the last error is raised instead: the one line ``main``
    prints.
    """
    if unreadable and not loaded:
        *others, last = unreadable
        report_unreadable(others)
        raise last
    report_unreadable(unreadable)
    arguments.unreadable_pages = len(unreadable)


def use_colour(stream: TextIO | None = None) -> bool:
    """Colour only on a terminal (standard output by default), never with ``NO_COLOR`` set."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream or sys.stdout, "isatty", None)
    return bool(isatty and isatty())


def plural(count: int, noun: str, plural_noun: str | None = None) -> str:
    """``1 warning``, ``3 warnings``, ``0 errors``."""
    return f"{count} {noun if count == 1 else plural_noun or noun + 's'}"


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide (CJK, emoji) characters two, combining marks none."""
    if text.isascii():
        return len(text)
    import unicodedata

    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in text
    )


def table(
    header: Sequence[str], rows: Sequence[Sequence[str]], numeric: Iterable[int] = ()
) -> list[str]:
    """Rows as aligned columns two spaces apart; ``numeric`` columns right-aligned.

    Widths are terminal columns (:func:`display_width`), so CJK titles line up.
    """
    right = set(numeric)
    widths = [max(display_width(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = []
        for i, cell in enumerate(row):
            padding = " " * (widths[i] - display_width(cell))
            cells.append(padding + cell if i in right else cell + padding)
        lines.append("  ".join(cells).rstrip())
    return lines
