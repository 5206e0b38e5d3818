"""``readinglist remove``: one entry taken out, every other byte kept."""

from __future__ import annotations

import argparse

from readinglist.commands._common import Subcommands
from readinglist.commands._editing import add_page_argument, print_notes, settings_for_page
from readinglist.writing.terminal import terminal_text


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
    from readinglist.writing.atomic import edit_page
    from readinglist.writing.edit import EditResult, remove_entry

    settings = settings_for_page(arguments)
    vocabulary, max_size = settings.vocabulary(), settings.max_size
    results: list[EditResult] = []

    def change(text: str) -> str:
        results.append(
            remove_entry(
                text, arguments.entry, path=arguments.page, vocabulary=vocabulary, max_size=max_size
            )
        )
        return results[-1].text

    edit = edit_page(arguments.page, change, max_size=max_size, force=arguments.force)
    print_notes(edit.notes)
    entry = results[-1].entry
    print(terminal_text(f"{arguments.page}:{entry.line}: removed {entry.title!r}"))
    return 0
