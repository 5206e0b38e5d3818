"""A page read from standard input: ``-`` as the path, ``--stdin-filename`` to name it.

As ruff and black do for editors: ``readinglist check - --stdin-filename reading/kafka.md``
reads the page from standard input, and names it ``reading/kafka.md`` in every message and
when it looks for the settings (the nearest ``pyproject.toml`` above that path, which need
not exist). Without ``--stdin-filename`` the page is ``-`` and the settings are the current
folder's.
"""

from __future__ import annotations

import argparse
import codecs
import sys

from readinglist.commands.parser import UsageError

STDIN = "-"
"""The path that names standard input."""


def add_stdin_argument(parser: argparse.ArgumentParser) -> None:
    """``--stdin-filename NAME``."""
    parser.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="with '-' as the only PATH: the page's name in messages, and where the settings "
        "are looked for (default: '-', the current folder)",
    )


def reads_stdin(arguments: argparse.Namespace) -> bool:
    """True when the page comes from standard input (``-`` is the only ``PATH``).

    Raises :class:`UsageError` for ``-`` among other paths, or ``--stdin-filename``
    without ``-``.
    """
    prog = f"readinglist {arguments.command}"
    paths: list[str] = arguments.paths
    if STDIN in paths and len(paths) > 1:
        raise UsageError("'-' (standard input) must be the only PATH", prog=prog)
    if arguments.stdin_filename is not None and paths != [STDIN]:
        raise UsageError(
            "--stdin-filename names the page read from '-': give '-' as PATH", prog=prog
        )
    return paths == [STDIN]


def stdin_name(arguments: argparse.Namespace) -> str:
    """The page's name in messages: ``--stdin-filename``, else ``-``."""
    return str(arguments.stdin_filename or STDIN)


def read_stdin(arguments: argparse.Namespace) -> str:
    """The page's text from standard input, as UTF-8 (a byte-order mark kept).

    Raises :class:`~readinglist.PageEncodingError`, with the page's name, when it is not
    UTF-8.
    """
    from readinglist.reading.source import decode

    data = sys.stdin.buffer.read()
    bom = "\ufeff" if data.startswith(codecs.BOM_UTF8) else ""
    return bom + decode(data, stdin_name(arguments))


def write_stdout(text: str) -> None:
    """``text`` on standard output as UTF-8, its line endings as they are (no translation)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text stream without bytes under it (a test's StringIO)
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()
