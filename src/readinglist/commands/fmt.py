"""``readinglist fmt``: a canonical layout for pages, never changing what they say."""

from __future__ import annotations

import argparse
import sys

from readinglist.commands._common import (
    add_page_arguments,
    page_paths,
    plural,
    report_unreadable,
    settings_for,
)
from readinglist.commands._editing import add_force_argument, print_notes
from readinglist.commands._stdin import (
    add_stdin_argument,
    read_stdin,
    reads_stdin,
    stdin_name,
    write_stdout,
)
from readinglist.commands.parser import Subcommands
from readinglist.errors import ReadingListError
from readinglist.writing.output.terminal import escape_controls, terminal_text

DESCRIPTION = (
    "Rewrite pages with a canonical layout. It changes exactly these, and nothing else: "
    "line endings (all become the first line's: LF, CRLF or CR); trailing spaces and tabs "
    "(removed, except the two spaces of a hard line break); blank lines (one where there "
    "were several, none at the start or end of the body, one after the front matter); the "
    "end of the file (one newline); bullets ('*' and '+' become '-', except where another "
    "list touches the list, which would merge them); ticked boxes ('[X]' becomes '[x]'). "
    "The front matter, code blocks, fenced blocks and HTML blocks are kept byte for byte "
    "(line endings aside), and so is every other character. Each result is read back: a page "
    "that would not read the same (its entries, title or front matter) is left untouched and "
    "named on stderr. Formatting twice gives what formatting once gave. With '-' as PATH, "
    "the page is read from standard input and the result written to standard output."
)


def register(commands: Subcommands) -> None:
    """Add ``fmt``."""
    parser = commands.add_parser(
        "fmt",
        help="rewrite pages with a canonical layout, never changing what they say",
        description=DESCRIPTION,
        epilog=(
            "Exit status: 0 success, 1 with --check or --diff when a page would change, 2 when "
            "a path or page could not be read or formatted (the others are still formatted)."
        ),
    )
    add_page_arguments(parser, stdin=True)
    add_stdin_argument(parser)
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 when a page would change"
    )
    parser.add_argument(
        "--diff",
        action="store_true",
        help="print a unified diff; write nothing; exit 1 when a page would change",
    )
    add_force_argument(parser)
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Format each page; 1 when ``--check`` or ``--diff`` finds changes, 2 when a page failed."""
    from readinglist.writing.editing.formatter import format_text
    from readinglist.writing.files.atomic import locked_page, write_page

    if reads_stdin(arguments):
        return _format_stdin(arguments)
    settings = settings_for(arguments)
    vocabulary, max_size = settings.vocabulary(arguments.default_status), settings.max_size
    failures: list[ReadingListError] = []

    def failed(error: ReadingListError) -> None:
        failures.append(error)
        report_unreadable([error])

    dry = arguments.check or arguments.diff
    changed = unchanged = 0
    for path in page_paths(arguments, failed):
        try:
            with locked_page(path, max_size=max_size) as snapshot:
                old = snapshot.text
                new = format_text(old, path=path, vocabulary=vocabulary, max_size=max_size)
                if new != old and not dry:
                    print_notes(write_page(snapshot, new, force=arguments.force))
        except ReadingListError as error:
            failed(error)
            continue
        if new == old:
            unchanged += 1
            continue
        changed += 1
        if arguments.diff:
            _print_diff(str(path), old, new)
        else:
            print(terminal_text(f"{'would reformat' if dry else 'reformatted'} {path}"))
    verb = "would be reformatted" if dry else "reformatted"
    summary = f"{plural(changed, 'page')} {verb}, {unchanged} unchanged"
    print(summary + (f", {len(failures)} failed" if failures else ""), file=sys.stderr)
    if failures:
        return 2
    return 1 if dry and changed else 0


def _format_stdin(arguments: argparse.Namespace) -> int:
    """Format the page on standard input: the result on standard output, as black does.

    With ``--check`` nothing but ``would reformat NAME`` is printed, with ``--diff`` the
    diff; both exit 1 when the page would change. On an error nothing goes to standard
    output: an editor keeps its text.
    """
    from readinglist.writing.editing.formatter import format_text

    settings = settings_for(arguments)
    name = stdin_name(arguments)
    try:
        text = read_stdin(arguments)
        new = format_text(
            text,
            path=name,
            vocabulary=settings.vocabulary(arguments.default_status),
            max_size=settings.max_size,
        )
    except ReadingListError as error:
        report_unreadable([error])
        return 2
    if arguments.diff:
        if new != text:
            _print_diff(name, text, new)
    elif arguments.check:
        if new != text:
            print(terminal_text(f"would reformat {name}"))
    else:
        write_stdout(new)
        return 0
    return 1 if new != text else 0


def _print_diff(name: str, old: str, new: str) -> None:
    """A unified diff of the page, ``a/NAME`` to ``b/NAME``."""
    import difflib

    from readinglist.reading.source import split_lines

    name = terminal_text(name)
    diff = difflib.unified_diff(split_lines(old), split_lines(new), f"a/{name}", f"b/{name}")
    sys.stdout.writelines(_terminated(line) for line in diff)


def _terminated(line: str) -> str:
    """A diff line, controls escaped; a last line without a newline is marked as diff does."""
    body = line.rstrip("\r\n")
    shown = escape_controls(body, keep="\t") + line[len(body) :]
    if shown.endswith(("\n", "\r")):
        return shown
    return shown + "\n\\ No newline at end of file\n"
