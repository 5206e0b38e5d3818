"""The command line's parser: one-line usage errors, and the type of its subcommands."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, NoReturn, TypeAlias

from readinglist.errors import ReadingListError

__all__ = ["ArgumentParser", "Subcommands", "UsageError"]


class UsageError(ReadingListError):
    """A command line that cannot be run: a bad option value, no pages found."""

    def __init__(self, message: str, *, prog: str = "readinglist") -> None:
        super().__init__(message)
        self.prog = prog
        """The command that failed, to start the error line with."""


class ArgumentParser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line (raised, not printed with the usage)."""

    def error(self, message: str) -> NoReturn:
        """Raise :class:`UsageError`; ``main`` prints it as one line and exits 2."""
        raise UsageError(f"{message} (see '{self.prog} --help')", prog=self.prog)


if TYPE_CHECKING:
    Subcommands: TypeAlias = argparse._SubParsersAction[ArgumentParser]
else:
    Subcommands = argparse._SubParsersAction
