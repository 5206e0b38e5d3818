"""``readinglist add``: a new link in the right group, every other byte kept."""

from __future__ import annotations

import argparse

from readinglist.commands._common import Subcommands
from readinglist.commands._editing import (
    add_page_argument,
    add_status_argument,
    print_notes,
    settings_for_page,
)
from readinglist.writing.terminal import terminal_text


def register(commands: Subcommands) -> None:
    """Add ``add``."""
    parser = commands.add_parser(
        "add",
        help="add a link to a page, in the right group",
        description=(
            "Add a link to a page. It goes after the last entry of its group and status, "
            "written like it; a missing group is created in the page's own style. Every "
            "other byte of the page stays as it was; the write is atomic."
        ),
    )
    add_page_argument(parser)
    parser.add_argument("url", metavar="URL", help="an absolute http(s) URL")
    parser.add_argument("--title", help="the link text (default: the URL)")
    add_status_argument(parser, required=False, help="the entry's status (default: todo)")
    parser.add_argument("--group", help="a topic group: Kafka, or a path such as Streaming/Kafka")
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Write the page with the new entry and say where it went."""
    from readinglist.writing.atomic import edit_page
    from readinglist.writing.edit import EditResult, add_entry

    settings = settings_for_page(arguments)
    vocabulary, max_size = settings.vocabulary(), settings.max_size
    results: list[EditResult] = []

    def change(text: str) -> str:
        results.append(
            add_entry(
                text,
                arguments.url,
                title=arguments.title,
                status=arguments.status,
                group=arguments.group,
                path=arguments.page,
                vocabulary=vocabulary,
                max_size=max_size,
            )
        )
        return results[-1].text

    edit = edit_page(arguments.page, change, max_size=max_size, force=arguments.force)
    print_notes(edit.notes)
    entry = results[-1].entry
    print(terminal_text(f"{arguments.page}:{entry.line}: added {entry.title!r} ({entry.status})"))
    return 0
