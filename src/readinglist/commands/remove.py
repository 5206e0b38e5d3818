"""``readinglist remove``: one entry taken out, every other byte kept."""

from __future__ import annotations

import argparse

from readinglist.commands._editing import add_page_argument, edit_and_report
from readinglist.commands.parser import Subcommands
from readinglist.writing.output.terminal import terminal_text


def register(commands: Subcommands) -> None:
    """Add ``remove``."""
    parser = commands.add_parser(
        "remove",
        help="remove an entry from a page",
        description=(
            "Remove one entry, found by its URL or title. A topic heading or list label it "
            "leaves empty goes with it (one holding anything else, prose or a comment, "
            "stays). Every other byte of the page stays as it was; the write is atomic."
        ),
    )
    add_page_argument(parser)
    parser.add_argument("entry", metavar="URL|TITLE", help="the entry's URL or title")
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Write the page without the entry and say which one went."""
    from readinglist.writing.editing.edit import remove_entry

    result, _ = edit_and_report(
        arguments,
        lambda text, vocabulary, max_size: remove_entry(
            text, arguments.entry, path=arguments.page, vocabulary=vocabulary, max_size=max_size
        ),
    )
    print(terminal_text(f"{arguments.page}:{result.entry.line}: removed {result.entry.title!r}"))
    return 0
