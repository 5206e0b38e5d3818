"""``readinglist check``: every diagnostic of the pages, as text, JSON or GitHub annotations."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from readinglist.commands._common import (
    add_page_arguments,
    load_pages,
    plural,
    settings_for,
    use_colour,
)
from readinglist.commands._stdin import add_stdin_argument, read_stdin, reads_stdin, stdin_name
from readinglist.commands.parser import Subcommands
from readinglist.diagnostics import Code, Diagnostic, Severity
from readinglist.writing.output.terminal import json_text, terminal_text

if TYPE_CHECKING:
    from readinglist.collection import Collection
    from readinglist.settings import Settings

FORMATS = ("text", "json", "github")
JSON_VERSION = 1
"""Bumped whenever the shape of ``--format json`` changes incompatibly."""

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _RESET = "\033[1m", "\033[0m"
_ANNOTATIONS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _codes(text: str) -> frozenset[Code]:
    from readinglist.settings import SettingsError, parse_codes

    try:
        return parse_codes(text, "codes")
    except SettingsError as error:
        raise argparse.ArgumentTypeError(str(error).removeprefix("codes: ")) from None


def register(commands: Subcommands) -> None:
    """Add ``check``."""
    parser = commands.add_parser(
        "check",
        help="report every problem in the pages",
        description=(
            "Report every problem in the pages, one line each (path:line:column: "
            "severity[code] message), then a summary. Duplicates and navigation are checked "
            "across all the pages given. A path or page that cannot be read is named on "
            "stderr, one line each, and the others are still checked."
        ),
        epilog=(
            "Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 usage or I/O "
            "(after checking every page that could be read)."
        ),
    )
    add_page_arguments(parser, stdin=True)
    add_stdin_argument(parser)
    parser.add_argument("--strict", action="store_true", help="warnings fail the check too")
    parser.add_argument(
        "--format", choices=FORMATS, default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--select",
        type=_codes,
        metavar="CODE,...",
        help="report only these codes (even if the settings ignore them)",
    )
    parser.add_argument(
        "--ignore",
        type=_codes,
        metavar="CODE,...",
        help="never report these codes (replaces the settings' ignore list)",
    )
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Print the diagnostics; 1 when they fail the check, 2 when a page could not be read."""
    collection: Collection
    if reads_stdin(arguments):
        settings = settings_for(arguments)
        collection = _stdin_collection(arguments, settings)
    else:
        collection, settings = load_pages(arguments)  # what it cannot read: exit 2 at the end
    selected: frozenset[Code] | None = arguments.select
    ignore: frozenset[Code] = (
        arguments.ignore
        if arguments.ignore is not None
        else settings.ignore - (selected or frozenset())  # a code asked for is shown
    )
    diagnostics = [
        d
        for d in collection.all_diagnostics()
        if d.code not in ignore and (selected is None or d.code in selected)
    ]
    counts = dict.fromkeys(Severity, 0)
    for diagnostic in diagnostics:
        counts[diagnostic.level] += 1
    pages = len(collection)
    if arguments.format == "json":
        document = json.dumps(as_json(diagnostics, counts, pages), indent=2, ensure_ascii=False)
        print(json_text(document))
    elif arguments.format == "github":
        for diagnostic in diagnostics:
            print(github_annotation(diagnostic))
        print(summary(counts, pages))
    else:
        colour = use_colour()
        for diagnostic in diagnostics:
            print(_text(diagnostic, colour))
        print(summary(counts, pages))
    failing = counts[Severity.ERROR] + (counts[Severity.WARNING] if arguments.strict else 0)
    return 1 if failing else 0


def _stdin_collection(arguments: argparse.Namespace, settings: Settings) -> Collection:
    """The page on standard input, alone, named by ``--stdin-filename``."""
    from readinglist.collection import collect
    from readinglist.reading.loader import loads

    page = loads(
        read_stdin(arguments),
        stdin_name(arguments),
        vocabulary=settings.vocabulary(arguments.default_status),
        max_size=settings.max_size,
        max_front_matter_size=settings.max_front_matter_size,
    )
    return collect([page])


def summary(counts: Mapping[Severity, int], pages: int) -> str:
    """``3 errors, 1 warning in 12 pages`` (and ``, 2 info`` when there are any)."""
    parts = [plural(counts[Severity.ERROR], "error"), plural(counts[Severity.WARNING], "warning")]
    if counts[Severity.INFO]:
        parts.append(f"{counts[Severity.INFO]} info")
    return f"{', '.join(parts)} in {plural(pages, 'page')}"


def _text(diagnostic: Diagnostic, colour: bool) -> str:
    line = terminal_text(str(diagnostic))
    if not colour:
        return line
    location, level = diagnostic.location, diagnostic.level
    head = f"{location}: {level}"
    return line.replace(head, f"{_BOLD}{location}{_RESET}: {_COLOURS[level]}{level}{_RESET}", 1)


def as_json(
    diagnostics: Iterable[Diagnostic], counts: Mapping[Severity, int], pages: int
) -> dict[str, object]:
    """The ``--format json`` document (see the CLI reference for its shape)."""
    return {
        "version": JSON_VERSION,
        "pages": pages,
        "counts": {severity.value: counts[severity] for severity in Severity},
        "diagnostics": [
            {
                "path": d.path,
                "line": d.line,
                "column": d.column,
                "severity": d.level.value,
                "code": d.code.value,
                "message": d.message,
                "related": (
                    {"path": d.related_path or d.path, "line": d.related_line}
                    if d.related_line is not None
                    else None
                ),
            }
            for d in diagnostics
        ],
    }


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(diagnostic: Diagnostic) -> str:
    """A GitHub Actions workflow command that annotates the file and line in the pull request."""
    properties = [f"file={_escape_property(diagnostic.path or '<string>')}"]
    properties.append(f"line={diagnostic.line}")
    if diagnostic.column is not None:
        properties.append(f"col={diagnostic.column}")
    properties.append(f"title={_escape_property(f'readinglist {diagnostic.code.value}')}")
    message = diagnostic.message
    if diagnostic.related:
        message = f"{message} ({diagnostic.related})"
    kind = _ANNOTATIONS[diagnostic.level]
    return terminal_text(f"::{kind} {','.join(properties)}::{_escape_data(message)}")
