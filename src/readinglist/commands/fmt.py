"""``readinglist fmt``: a canonical layout for pages, never changing what they say."""

from __future__ import annotations

import argparse
import sys

from readinglist.commands._common import (
    Subcommands,
    UsageError,
    add_page_arguments,
    plural,
    settings_for,
)
from readinglist.commands._editing import add_force_argument, print_notes
from readinglist.errors import ReadingListError
from readinglist.writing.terminal import escape_controls, terminal_text


def register(commands: Subcommands) -> None:
    """Add ``fmt``."""
    parser = commands.add_parser(
        "fmt",
        help="rewrite pages with a canonical layout, never changing what they say",
        description=(
            "Rewrite pages with a canonical layout: one kind of line ending, no trailing "
            "spaces, single blank lines, '-' bullets, '[x]' boxes, one final newline. Prose, "
            "tables, HTML, code and the front matter are kept as they are. A page that cannot "
            "be formatted safely is left untouched and named on stderr. Idempotent."
        ),
    )
    add_page_arguments(parser)
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 when a page would change"
    )
    parser.add_argument("--diff", action="store_true", help="print a unified diff; write nothing")
    add_force_argument(parser)
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Format each page; 1 when ``--check`` finds changes, 2 when a page failed."""
    import difflib

    from readinglist.collection import find_pages
    from readinglist.reading.source import split_lines
    from readinglist.writing.atomic import locked_page, write_page
    from readinglist.writing.formatter import format_text

    settings = settings_for(arguments)
    vocabulary, max_size = settings.vocabulary(arguments.default_status), settings.max_size
    paths = find_pages(arguments.paths)
    if not paths:
        raise UsageError(f"no *.md pages found in {', '.join(arguments.paths)}")
    dry = arguments.check or arguments.diff
    changed = unchanged = failed = 0
    for path in paths:
        try:
            with locked_page(path, max_size=max_size) as snapshot:
                old = snapshot.text
                new = format_text(old, path=path, vocabulary=vocabulary, max_size=max_size)
                if new != old and not dry:
                    print_notes(write_page(snapshot, new, force=arguments.force))
        except ReadingListError as error:
            print(terminal_text(f"readinglist: error: {error}"), file=sys.stderr)
            failed += 1
            continue
        if new == old:
            unchanged += 1
        elif arguments.diff:
            changed += 1
            name = terminal_text(str(path))
            old_lines, new_lines = split_lines(old), split_lines(new)
            diff = difflib.unified_diff(old_lines, new_lines, f"a/{name}", f"b/{name}")
            sys.stdout.writelines(_terminated(line) for line in diff)
        else:
            changed += 1
            print(terminal_text(f"{'would reformat' if dry else 'reformatted'} {path}"))
    verb = "would be reformatted" if dry else "reformatted"
    summary = f"{plural(changed, 'page')} {verb}, {unchanged} unchanged"
    print(summary + (f", {failed} failed" if failed else ""), file=sys.stderr)
    if failed:
        return 2
    return 1 if arguments.check and changed else 0


def _terminated(line: str) -> str:
    """A diff line, controls escaped; a last line without a newline is marked as diff does."""
    body = line.rstrip("\r\n")
    shown = escape_controls(body, keep="\t") + line[len(body) :]
    if shown.endswith(("\n", "\r")):
        return shown
    return shown + "\n\\ No newline at end of file\n"
