"""``readinglist schema``: print the JSON Schema of a page's front matter."""

from __future__ import annotations

import argparse
import json

from readinglist.commands.parser import Subcommands


def register(commands: Subcommands) -> None:
    """Add ``schema``."""
    parser = commands.add_parser(
        "schema",
        help="print the JSON Schema of the front matter",
        description=(
            "Print the JSON Schema (draft 2020-12) of a page's front matter, for editors and "
            "validators: the typed Just the Docs keys; other keys are allowed."
        ),
    )
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Print the schema."""
    from readinglist.reading.frontmatter.schema import front_matter_schema

    print(json.dumps(front_matter_schema(), indent=2, ensure_ascii=False))
    return 0
