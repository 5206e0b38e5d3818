"""``readinglist add``: a new link in the right group, every other byte kept."""

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
    from readinglist.writing.editing.edit import add_entry

    result, _ = edit_and_report(
        arguments,
        lambda text, vocabulary, max_size: add_entry(
            text,
            arguments.url,
            title=arguments.title,
            status=arguments.status,
            group=arguments.group,
            path=arguments.page,
            vocabulary=vocabulary,
            max_size=max_size,
        ),
    )
    entry = result.entry
    print(terminal_text(f"{arguments.page}:{entry.line}: added {entry.title!r} ({entry.status})"))
    return 0
