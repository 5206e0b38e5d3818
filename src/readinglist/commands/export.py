"""``readinglist export``: every entry as JSON, CSV or BibTeX, for other tools."""

from __future__ import annotations

import argparse
import sys

from readinglist.commands._common import add_page_arguments, load_pages
from readinglist.commands.parser import Subcommands

FORMATS = ("json", "csv", "bibtex")


def register(commands: Subcommands) -> None:
    """Add ``export``."""
    parser = commands.add_parser(
        "export",
        help="write every entry as JSON, CSV or BibTeX",
        description=(
            "Write every entry of the pages to standard output (or --output FILE): JSON "
            "(pages with their front matter, counts and entries), CSV (one entry a row) or "
            "BibTeX (@online entries, with author and year where the page gives them, under "
            "keys such as kleppmann2017designing or site-slug-year, ready for "
            "sphinxcontrib-bibtex)."
        ),
    )
    add_page_arguments(parser)
    parser.add_argument(
        "--format", choices=FORMATS, default="json", help="output format (default: json)"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (whole or not at all) instead of standard output",
    )
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Write the export; diagnostics are ``check``'s business, not this command's."""
    from readinglist.writing.output.bibtex import entries_bibtex
    from readinglist.writing.output.export import collection_json, entries_csv

    collection, _settings = load_pages(arguments)
    if arguments.format == "csv":
        text = entries_csv(collection.entries())
    elif arguments.format == "bibtex":
        text = entries_bibtex(collection.entries())
    else:
        text = collection_json(collection) + "\n"
    if arguments.output is None:
        sys.stdout.write(text)
    else:
        from readinglist.writing.files.atomic import write_file

        write_file(arguments.output, text)
    return 0
