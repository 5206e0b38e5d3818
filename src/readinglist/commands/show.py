"""``readinglist show``: the entries, filtered and sorted, as a table, JSON, CSV or Markdown."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING

from readinglist.commands._common import (
    STATUSES,
    add_page_arguments,
    load_pages,
    read_pages,
    table,
)
from readinglist.commands.parser import Subcommands
from readinglist.selection import SORT_ORDERS, SortOrder, select_entries
from readinglist.status import Status, fold_label, parse_status
from readinglist.writing.output.terminal import table_text, terminal_text

if TYPE_CHECKING:
    from readinglist.model import Entry, Page

FORMATS = ("table", "json", "csv", "markdown")

Row = tuple["Page", "Entry"]


def _statuses(text: str) -> frozenset[Status]:
    try:
        return frozenset(parse_status(name) for name in text.split(",") if name.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _limit(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number above 0 (got {text!r})")
    return number


def register(commands: Subcommands) -> None:
    """Add ``show``."""
    parser = commands.add_parser(
        "show",
        help="list the entries, filtered by status or group",
        description=(
            "List the entries of the pages: filtered by status and group, then sorted, then "
            "cut to --limit, as the reading-list directive's :status:, :group:, :sort: and "
            ":limit: do. A --group that no entry is in is said on stderr."
        ),
    )
    add_page_arguments(parser)
    parser.add_argument(
        "--status",
        type=_statuses,
        metavar="STATUS,...",
        help=f"only entries with these statuses ({', '.join(STATUSES)})",
    )
    parser.add_argument(
        "--group",
        metavar="GROUP",
        help="only entries under this topic group, at any depth (case, spacing, hyphens and a "
        "trailing colon aside)",
    )
    parser.add_argument(
        "--sort",
        choices=SORT_ORDERS,
        default="page",
        help="order: page keeps the pages' order; title, site and status sort by that "
        "(stable, titles case-insensitive, entries without a site last; default: page)",
    )
    parser.add_argument(
        "--limit", type=_limit, metavar="N", help="at most N entries, after sorting"
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )
    parser.set_defaults(run=run)


def select(
    rows: Iterable[Row],
    statuses: frozenset[Status] | None = None,
    group: str | None = None,
    sort: SortOrder = "page",
    limit: int | None = None,
) -> list[Row]:
    """The rows to show, chosen by their entries as the ``reading-list`` directive chooses."""
    return select_entries(
        rows, statuses=statuses, group=group, sort=sort, limit=limit, entry=itemgetter(1)
    )


def run(arguments: argparse.Namespace) -> int:
    """Print the selected entries."""
    from readinglist.writing.output.export import entries_csv, entries_json

    titles = None
    if arguments.format == "markdown":
        from readinglist.writing.output.markdown_list import TitleMarkup

        readings, _settings = read_pages(arguments)
        rows: list[Row] = [(r.page, entry) for r in readings for entry in r.page.entries]
        titles = TitleMarkup(readings)
    else:
        collection, _settings = load_pages(arguments)
        rows = list(collection.entries())
    chosen = select(rows, arguments.status, arguments.group, arguments.sort, arguments.limit)
    if arguments.group is not None and not chosen:
        print(terminal_text(no_match(rows, arguments.group)), file=sys.stderr)
    if arguments.format == "json":
        print(entries_json(chosen))
    elif arguments.format == "csv":
        sys.stdout.write(entries_csv(chosen))
    elif arguments.format == "markdown":
        from readinglist.writing.output.markdown_list import entries_markdown

        sys.stdout.write(entries_markdown(chosen, titles))
    else:
        for line in _table(chosen):
            print(line)
    return 0


def no_match(rows: Sequence[Row], group: str) -> str:
    """What ``show`` says when ``--group`` selects nothing: no such group, or none left."""
    wanted = fold_label(group)
    names = dict.fromkeys(name for _, entry in rows for name in entry.groups)
    if any(fold_label(name) == wanted for name in names):
        return f"readinglist show: no entry in group {group!r} matches --status"
    message = f"readinglist show: no entry is in a group named {group!r}"
    if not names:
        return message + "; the pages have no topic groups"
    import difflib

    folded = {fold_label(name): name for name in names}
    close = difflib.get_close_matches(wanted, list(folded), n=1)
    if close:
        return message + f"; did you mean {folded[close[0]]!r}?"
    shown = ", ".join(repr(name) for name in list(names)[:8])
    more = ", ..." if len(names) > 8 else ""
    return message + f" (the groups are {shown}{more})"


def _table(rows: Sequence[Row]) -> list[str]:
    from readinglist.writing.output.export import GROUP_SEPARATOR

    header = ["LOCATION", "STATUS", "GROUP", "TITLE", "URL"]
    cells = [
        [
            table_text(f"{page.path or page.title}:{entry.line}"),
            entry.status.value,
            table_text(GROUP_SEPARATOR.join(entry.groups)),
            table_text(entry.title),
            table_text(entry.url or ""),
        ]
        for page, entry in rows
    ]
    return table(header, cells)
