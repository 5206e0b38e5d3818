"""``readinglist mark``: one entry gets a status and moves into its group."""

from __future__ import annotations

import argparse

from readinglist.commands._editing import (
    add_page_argument,
    add_status_argument,
    edit_and_report,
)
from readinglist.commands.parser import Subcommands
from readinglist.writing.output.terminal import terminal_text


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
    from readinglist.writing.editing.edit import mark_entry

    result, written = edit_and_report(
        arguments,
        lambda text, vocabulary, max_size: mark_entry(
            text,
            arguments.entry,
            arguments.status,
            path=arguments.page,
            vocabulary=vocabulary,
            max_size=max_size,
        ),
    )
    entry = result.entry
    state = "is now" if written else "is already"
    print(terminal_text(f"{arguments.page}:{entry.line}: {entry.title!r} {state} {entry.status}"))
    return 0
