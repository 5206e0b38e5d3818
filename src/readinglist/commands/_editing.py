"""What the editing commands share: the page argument, settings, ``--force``, notes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from readinglist.commands._common import STATUSES
from readinglist.writing.output.terminal import terminal_text

if TYPE_CHECKING:
    from readinglist.settings import Settings
    from readinglist.status import StatusVocabulary
    from readinglist.writing.editing.edit import EditResult

Edit = Callable[[str, "StatusVocabulary", int], "EditResult"]
"""An edit of a page's text: given the text, the vocabulary and the size limit."""


def add_page_argument(parser: argparse.ArgumentParser) -> None:
    """``PAGE`` and the settings options (``--config``, ``--no-config``)."""
    parser.add_argument("page", metavar="PAGE", help="the Markdown page to edit")
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="read [tool.readinglist] from FILE instead of the nearest pyproject.toml",
    )
    parser.add_argument("--no-config", action="store_true", help="ignore every pyproject.toml")
    add_force_argument(parser)


def add_force_argument(parser: argparse.ArgumentParser) -> None:
    """``--force``: edit a read-only page too."""
    parser.add_argument(
        "--force",
        action="store_true",
        help="edit a page even if it is read-only (by its mode bits); nothing else is forced",
    )


def print_notes(notes: Iterable[str]) -> None:
    """What an edit could not keep (an owner), one warning line each on stderr."""
    for note in notes:
        print(terminal_text(f"readinglist: warning: {note}"), file=sys.stderr)


def add_status_argument(parser: argparse.ArgumentParser, *, required: bool, help: str) -> None:
    """``--status STATUS``."""
    parser.add_argument(
        "--status", required=required, choices=STATUSES, metavar="STATUS", help=help
    )


def settings_for_page(arguments: argparse.Namespace) -> Settings:
    """The settings for ``PAGE``: ``--config``, else the nearest, unless disabled."""
    from readinglist.settings import Settings, find_settings, read_settings

    if arguments.no_config:
        return Settings()
    if arguments.config:
        return read_settings(arguments.config)
    return find_settings(arguments.page)


def edit_and_report(arguments: argparse.Namespace, edit: Edit) -> tuple[EditResult, bool]:
    """Make ``edit`` on ``PAGE`` with its settings, locked and atomic (``edit_page``).

    Returns the edit's result and whether the page was written; prints what could not be
    kept (an owner) on stderr.
    """
    from readinglist.writing.files.atomic import edit_page

    settings = settings_for_page(arguments)
    vocabulary, max_size = settings.vocabulary(), settings.max_size
    results: list[EditResult] = []

    def change(text: str) -> str:
        results.append(edit(text, vocabulary, max_size))
        return results[-1].text

    written = edit_page(arguments.page, change, max_size=max_size, force=arguments.force)
    print_notes(written.notes)
    return results[-1], written.written
