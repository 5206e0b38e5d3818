"""The ``readinglist`` command line: a parser built from the command modules, and ``main``.

Each command lives in its own module under :mod:`readinglist.commands` with a
``register(commands)`` function that adds its subparser and sets ``run`` (a function of the
parsed arguments returning the exit code). To add a command, write such a module and list
it in :data:`COMMANDS`. Every command module is imported to build the parser, so each one
imports the modules only its ``run`` needs (loading, exporting, editing) inside ``run``:
``--help``, ``--version`` and every command start without importing the others' modules.

Exit codes: 0 success, 1 the pages have problems (``check``) or differ (``--check``
modes), 2 usage or I/O problems, reported as one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Iterable, Sequence
from typing import Protocol

from readinglist import __version__
from readinglist.commands import add, check, export, fmt, mark, remove, schema, show, stats
from readinglist.commands.parser import ArgumentParser, Subcommands, UsageError
from readinglist.errors import ReadingListError
from readinglist.writing.output.terminal import terminal_text

__all__ = [
    "COMMANDS",
    "DISTRIBUTION",
    "Command",
    "Subcommands",
    "build_parser",
    "main",
    "unrecognized",
]

PROG = "readinglist"
DISTRIBUTION = "readinglist-md"
"""The name ``pip install`` knows the project by (the bare name is an unrelated project)."""


class Command(Protocol):
    """A command module: ``register`` adds its subparser to the command line."""

    def register(self, commands: Subcommands, /) -> None:
        """Add the command's subparser and set its ``run`` default."""


COMMANDS: tuple[Command, ...] = (check, show, stats, export, schema, fmt, add, mark, remove)
"""The command modules, in the order ``--help`` lists them."""


def build_parser(commands: Iterable[Command] = COMMANDS) -> argparse.ArgumentParser:
    """The whole command line; the docs' CLI reference is generated from it."""
    parser = ArgumentParser(
        prog=PROG,
        description="Check, show, count, export, format and edit Markdown reading lists.",
        epilog="Exit status: 0 success, 1 problems found, 2 usage or I/O error.",
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help="print the version of readinglist-md, Python and Sphinx (when installed), and exit",
    )
    subcommands: Subcommands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True
    )
    for command in commands:
        command.register(subcommands)
    for subparser in subcommands.choices.values():
        subparser.set_defaults(command_parser=subparser)  # whose errors name the command
    return parser


def unrecognized(parser: argparse.ArgumentParser, extras: Sequence[str]) -> UsageError:
    """The error for arguments the command does not take, with the options they resemble.

    ``readinglist check: error: unrecognized argument --frmat (did you mean --format?)``
    """
    import difflib

    options = [name for action in parser._actions for name in action.option_strings]
    close = [
        match
        for extra in extras
        if extra.startswith("-")
        for match in difflib.get_close_matches(extra.partition("=")[0], options, n=1)
    ]
    noun = "argument" if len(extras) == 1 else "arguments"
    message = f"unrecognized {noun} {' '.join(extras)}"
    if close:
        return UsageError(f"{message} (did you mean {', '.join(close)}?)", prog=parser.prog)
    return UsageError(f"{message} (see '{parser.prog} --help')", prog=parser.prog)


class _VersionAction(argparse.Action):
    """``--version``: what a bug report needs, looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(_version_line())
        parser.exit()


def _version_line() -> str:
    """``readinglist-md 0.1.0 (Python 3.12.4, Sphinx 8.1.3)``; Sphinx only where installed.

    Sphinx's version comes from its installed metadata, so Sphinx itself is never imported.
    """
    import platform
    from importlib.metadata import PackageNotFoundError, version

    try:
        sphinx = f", Sphinx {version('sphinx')}"
    except PackageNotFoundError:
        sphinx = ""
    return f"{DISTRIBUTION} {__version__} (Python {platform.python_version()}{sphinx})"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (``sys.argv[1:]`` when ``None``); the exit code."""
    _never_fail_to_encode()
    try:
        parser = build_parser()
        arguments, extras = parser.parse_known_args(argv)
        if extras:
            raise unrecognized(getattr(arguments, "command_parser", parser), extras)
        code: int = arguments.run(arguments)
        if getattr(arguments, "unreadable_pages", 0):  # reported, and the rest was done
            code = max(code, 2)
        sys.stdout.flush()
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else 0
    except UsageError as error:
        return _fail(error.prog, str(error))
    except ReadingListError as error:
        return _fail(PROG, str(error))
    except BrokenPipeError:  # readinglist show ... | head
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        return _fail(PROG, f"{where}{error.strerror or error}")
    except KeyboardInterrupt:
        return 130
    return code


def _never_fail_to_encode() -> None:
    """Print what the stream cannot encode as escapes, never crash (above all after a write).

    On an ASCII or Latin-1 terminal that is most of a page; on a strict UTF-8 one
    (``PYTHONIOENCODING=utf-8``) only a file name that is not UTF-8, which the commands
    escape themselves anyway.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


def _fail(prog: str, message: str) -> int:
    print(terminal_text(f"{prog}: error: {message}"), file=sys.stderr)
    return 2
