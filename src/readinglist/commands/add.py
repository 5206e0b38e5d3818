"""``readinglist add``: a new link in the right group, every other byte kept."""

from __future__ import annotations

import argparse

from readinglist.commands._common import Subcommands, terminal_text
from readinglist.commands._editing import add_page_argument, add_status_argument, settings_for_page


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
    from readinglist.writing.atomic import read_page, write_page
    from readinglist.writing.edit import add_entry

    settings = settings_for_page(arguments)
    snapshot = read_page(arguments.page, max_size=settings.max_size)
    result = add_entry(
        snapshot.text,
        arguments.url,
        title=arguments.title,
        status=arguments.status,
        group=arguments.group,
        path=arguments.page,
        vocabulary=settings.vocabulary(),
        max_size=settings.max_size,
    )
    write_page(snapshot, result.text)
    entry = result.entry
    print(terminal_text(f"{arguments.page}:{entry.line}: added {entry.title!r} ({entry.status})"))
    return 0
