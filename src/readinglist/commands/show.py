"""``readinglist show``: the entries, filtered, as a table, JSON, CSV or Markdown."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from readinglist.commands._common import (
    STATUSES,
    Subcommands,
    add_page_arguments,
    load_pages,
    table,
)
from readinglist.status import DEFAULT_LABELS, Status, fold_label, parse_status
from readinglist.writing.terminal import markdown_text, table_text, url_text

if TYPE_CHECKING:
    from readinglist.model import Entry, Page

FORMATS = ("table", "json", "csv", "markdown")


def _statuses(text: str) -> frozenset[Status]:
    try:
        return frozenset(parse_status(name) for name in text.split(",") if name.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def register(commands: Subcommands) -> None:
    """Add ``show``."""
    parser = commands.add_parser(
        "show",
        help="list the entries, filtered by status or group",
        description="List the entries of the pages in page order, optionally filtered.",
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
        help="only entries under this topic group, at any depth (case-insensitive)",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )
    parser.set_defaults(run=run)


def _selected(
    rows: Iterable[tuple[Page, Entry]], statuses: frozenset[Status] | None, group: str | None
) -> list[tuple[Page, Entry]]:
    wanted = fold_label(group) if group is not None else None
    return [
        (page, entry)
        for page, entry in rows
        if (statuses is None or entry.status in statuses)
        and (wanted is None or any(fold_label(name) == wanted for name in entry.groups))
    ]


def run(arguments: argparse.Namespace) -> int:
    """Print the selected entries."""
    from readinglist.writing.export import entries_csv, entries_json

    collection, _settings = load_pages(arguments)
    rows = _selected(collection.entries(), arguments.status, arguments.group)
    if arguments.format == "json":
        print(entries_json(rows))
    elif arguments.format == "csv":
        sys.stdout.write(entries_csv(rows))
    elif arguments.format == "markdown":
        sys.stdout.write(markdown(rows))
    else:
        for line in _table(rows):
            print(line)
    return 0


def _table(rows: Sequence[tuple[Page, Entry]]) -> list[str]:
    from readinglist.writing.export import GROUP_SEPARATOR

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


_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]<>&~|!])")
_ORDERED_MARKER = re.compile(r"\d+(?=[.)])")


def _inline(text: str) -> str:
    """Text that CommonMark reads back as the same plain text inside a line.

    Controls are character references, so that printing it cannot drive a terminal.
    """
    return markdown_text(_INLINE_SPECIALS.sub(r"\\\1", " ".join(text.split())))


def _line_start(text: str) -> str:
    """Escape what would open a block at the start of an item (``1.``, ``#``, ``>`` …)."""
    marker = _ORDERED_MARKER.match(text)
    if marker:
        return f"{text[: marker.end()]}\\{text[marker.end() :]}"
    return f"\\{text}" if text[:1] in ("#", ">", "+", "-", "=") else text


def _destination(url: str) -> str:
    encoded = url_text(url.replace("\\", "%5C").replace("<", "%3C").replace(">", "%3E"))
    if re.search(r"[\s()]", encoded):
        return f"<{encoded}>"
    return encoded


def _item(entry: Entry) -> str:
    title = _inline(entry.title)
    text = f"[{title}]({_destination(entry.url)})" if entry.url and entry.is_link else title
    if entry.description:
        text += f" - {_inline(entry.description)}"
    return f"- {_line_start(text)}"


def markdown(rows: Sequence[tuple[Page, Entry]]) -> str:
    """A reading list of the entries: a heading per status, nested headings per topic group.

    Reading it back with :func:`readinglist.loads` gives the same titles, URLs, statuses
    and groups.
    """
    lines: list[str] = []
    for status in Status:
        entries = [entry for _page, entry in rows if entry.status is status]
        if not entries:
            continue
        lines += [f"## {DEFAULT_LABELS[status][0]}", ""]
        paths = sorted(dict.fromkeys(entry.groups for entry in entries), key=bool)
        for groups in paths:  # ungrouped entries first: a group heading would capture them
            for depth, name in enumerate(groups):
                lines += [f"{'#' * min(3 + depth, 6)} {_inline(name)}", ""]
            lines += [_item(entry) for entry in entries if entry.groups == groups]
            lines.append("")
    return "\n".join(lines)
