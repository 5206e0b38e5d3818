"""``readinglist mark``: one entry gets a status and moves into its group."""

from __future__ import annotations

import argparse

from readinglist.commands._common import Subcommands, terminal_text
from readinglist.commands._editing import add_page_argument, add_status_argument, settings_for_page


def register(commands: Subcommands) -> None:
    """Add ``mark``."""
    parser = commands.add_parser(
        "mark",
        help="change an entry's status, moving it into the matching group",
        description=(
            "Give one entry a status: it moves into the group of that status (created beside "
            "the page's own groups when missing), or its task box is ticked or cleared. Every "
            "other byte of the page stays as it was; the write is atomic."
        ),
    )
    add_page_argument(parser)
    parser.add_argument("entry", metavar="URL|TITLE", help="the entry's URL or title")
    add_status_argument(parser, required=True, help="the new status")
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Write the page with the entry's new status (nothing when it already has it)."""
    from readinglist.writing.atomic import read_page, write_page
    from readinglist.writing.edit import mark_entry

    settings = settings_for_page(arguments)
    snapshot = read_page(arguments.page, max_size=settings.max_size)
    result = mark_entry(
        snapshot.text,
        arguments.entry,
        arguments.status,
        path=arguments.page,
        vocabulary=settings.vocabulary(),
        max_size=settings.max_size,
    )
    entry = result.entry
    if not result.changed:
        message = f"{arguments.page}:{entry.line}: {entry.title!r} is already {entry.status}"
        print(terminal_text(message))
        return 0
    write_page(snapshot, result.text)
    print(terminal_text(f"{arguments.page}:{entry.line}: {entry.title!r} is now {entry.status}"))
    return 0
