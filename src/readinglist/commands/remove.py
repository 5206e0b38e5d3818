"""``readinglist remove``: one entry taken out, every other byte kept."""

from __future__ import annotations

import argparse

from readinglist.commands._common import Subcommands, terminal_text
from readinglist.commands._editing import add_page_argument, settings_for_page


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
    from readinglist.writing.atomic import read_page, write_page
    from readinglist.writing.edit import remove_entry

    settings = settings_for_page(arguments)
    snapshot = read_page(arguments.page, max_size=settings.max_size)
    result = remove_entry(
        snapshot.text,
        arguments.entry,
        path=arguments.page,
        vocabulary=settings.vocabulary(),
        max_size=settings.max_size,
    )
    write_page(snapshot, result.text)
    entry = result.entry
    print(terminal_text(f"{arguments.page}:{entry.line}: removed {entry.title!r}"))
    return 0
