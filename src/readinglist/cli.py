"""The ``readinglist`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from readinglist import __version__
from readinglist.diagnostics import Severity
from readinglist.errors import ReadingListError
from readinglist.load import load


def _pages(paths: Sequence[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(path.rglob("*.md"))
        else:
            yield path


def _check(arguments: argparse.Namespace) -> int:
    counts = dict.fromkeys(Severity, 0)
    pages = 0
    for path in _pages(arguments.paths):
        page = load(path)
        pages += 1
        for diagnostic in page.diagnostics:
            counts[diagnostic.level] += 1
            print(diagnostic)
    failing = counts[Severity.ERROR] + (counts[Severity.WARNING] if arguments.strict else 0)
    print(
        f"{counts[Severity.ERROR]} errors, {counts[Severity.WARNING]} warnings, "
        f"{counts[Severity.INFO]} info in {pages} pages"
    )
    return 1 if failing else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="readinglist", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="print every diagnostic of the pages")
    check.add_argument("paths", nargs="+", metavar="PATH", help="pages or folders (recursive *.md)")
    check.add_argument("--strict", action="store_true", help="warnings fail too")
    check.set_defaults(run=_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    arguments = _parser().parse_args(argv)
    try:
        code: int = arguments.run(arguments)
    except ReadingListError as error:
        print(f"readinglist: error: {error}", file=sys.stderr)
        return 2
    return code
