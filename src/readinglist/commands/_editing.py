"""What ``add`` and ``mark`` share: the page argument, settings, and the write."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from readinglist.commands._common import STATUSES

if TYPE_CHECKING:
    from readinglist.status import StatusVocabulary


def add_page_argument(parser: argparse.ArgumentParser) -> None:
    """``PAGE`` and the settings options (``--config``, ``--no-config``)."""
    parser.add_argument("page", metavar="PAGE", help="the Markdown page to edit")
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="read [tool.readinglist] from FILE instead of the nearest pyproject.toml",
    )
    parser.add_argument("--no-config", action="store_true", help="ignore every pyproject.toml")


def add_status_argument(parser: argparse.ArgumentParser, *, required: bool, help: str) -> None:
    """``--status STATUS``."""
    parser.add_argument(
        "--status", required=required, choices=STATUSES, metavar="STATUS", help=help
    )


def vocabulary_for(arguments: argparse.Namespace) -> StatusVocabulary:
    """The page's status vocabulary: extra labels from the settings, as ``check`` reads it."""
    from readinglist.settings import Settings, find_settings, read_settings

    settings = (
        Settings()
        if arguments.no_config
        else read_settings(arguments.config)
        if arguments.config
        else find_settings(arguments.page)
    )
    return settings.vocabulary()
