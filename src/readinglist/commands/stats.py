"""``readinglist stats``: entries per status per page, the share done, and totals."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping

from readinglist.commands._common import (
    add_page_arguments,
    load_pages,
    table,
)
from readinglist.commands.parser import Subcommands
from readinglist.status import Status
from readinglist.writing.output.terminal import json_text, table_text

FORMATS = ("table", "json")


def register(commands: Subcommands) -> None:
    """Add ``stats``."""
    parser = commands.add_parser(
        "stats",
        help="count entries per status per page",
        description=(
            "Count the entries of each page per status, with the share done, then the totals."
        ),
    )
    add_page_arguments(parser)
    parser.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )
    parser.set_defaults(run=run)


def _share(counts: Mapping[Status, int]) -> str:
    total = sum(counts.values())
    return f"{counts[Status.DONE] / total:.0%}" if total else "-"


def run(arguments: argparse.Namespace) -> int:
    """Print the counts."""
    from readinglist.writing.output.export import JSON_VERSION, counts_record

    collection, _settings = load_pages(arguments)
    if arguments.format == "json":
        document = {
            "version": JSON_VERSION,
            "pages": [
                {"path": page.path, "title": page.title, **counts_record(page.counts())}
                for page in collection
            ],
            "totals": counts_record(collection.counts()),
        }
        print(json_text(json.dumps(document, indent=2, ensure_ascii=False)))
        return 0
    statuses = list(Status)
    header = ["PAGE", *(status.value.upper() for status in statuses), "TOTAL", "% DONE"]
    rows = [
        [
            table_text(page.path or page.title),
            *(str(page.counts()[status]) for status in statuses),
            str(len(page.entries)),
            _share(page.counts()),
        ]
        for page in collection
    ]
    totals = collection.counts()
    rows.append(
        [
            "total",
            *(str(totals[status]) for status in statuses),
            str(sum(totals.values())),
            _share(totals),
        ]
    )
    for line in table(header, rows, numeric=range(1, len(header))):
        print(line)
    return 0
