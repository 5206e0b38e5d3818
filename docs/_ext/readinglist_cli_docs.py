"""Docs-only directives for the CLI reference, generated from the argparse parser itself.

``readinglist-cli`` writes one section per command (description, usage, every argument);
``readinglist-cli-run`` runs a command line through ``readinglist.cli.main`` at build time,
in the docs source folder, and shows what it prints. Neither can drift from the code.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import shlex
import threading
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from readinglist import cli

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>{}|#])")
_WORKING_DIRECTORY = threading.Lock()
logger = logging.getLogger(__name__)


_OPTION = re.compile(r"(?<![\w`])(--?[a-z][a-z-]*)")


def _text(text: str | None) -> str:
    """Plain help text as MyST that shows the same characters; options as code."""
    escaped = _MARKDOWN_SPECIALS.sub(r"\\\1", " ".join((text or "").split()))
    return _OPTION.sub(r"`\1`", escaped)


def _usage(parser: argparse.ArgumentParser) -> str:
    formatter = argparse.HelpFormatter(parser.prog, width=88)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)
    return formatter.format_help().strip()


def _invocation(action: argparse.Action) -> str:
    if not action.option_strings:
        return str(action.metavar or action.dest) + (" ..." if action.nargs == "+" else "")
    names = ", ".join(action.option_strings)
    if action.nargs == 0:
        return names
    if action.metavar is not None:
        return f"{names} {action.metavar}"
    if action.choices is not None:
        return f"{names} {{{','.join(str(choice) for choice in action.choices)}}}"
    return f"{names} {action.dest.upper()}"


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[Any]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError("the parser has no subcommands")


def command_lines(parser: argparse.ArgumentParser) -> list[str]:
    """MyST for every command of ``parser``: a section each."""
    lines: list[str] = []
    subcommands = _subcommands(parser)
    for name, subparser in subcommands.choices.items():
        lines += [
            f"(cli-{name})=",
            f"## `{parser.prog} {name}`",
            "",
            _text(subparser.description),
            "",
            "```text",
            _usage(subparser),
            "```",
            "",
        ]
        for action in subparser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            lines += [f"`{_invocation(action)}`", f": {_text(action.help)}", ""]
        if subparser.epilog:
            lines += [_text(subparser.epilog), ""]
    return lines


class CommandLineReference(SphinxDirective):
    """``readinglist-cli``: the reference of every command, from ``readinglist.cli``."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        parser = cli.build_parser()
        lines = ["```text", _usage(parser), "```", "", _text(parser.epilog), ""]
        lines += command_lines(parser)
        container = nodes.section()
        container.document = self.state.document
        self.state.nested_parse(
            StringList(lines, source="readinglist.cli"), 0, container, match_titles=True
        )
        return list(container.children)


class CommandLineRun(SphinxDirective):
    """``readinglist-cli-run``: run a command line in the docs source folder and show it.

    A command that cannot run (exit 2) is a build warning, so ``-W`` fails on it.
    """

    required_arguments = 1
    final_argument_whitespace = True
    option_spec = {"language": directives.unchanged}  # noqa: RUF012 (docutils API)

    def run(self) -> list[nodes.Node]:
        argv = shlex.split(self.arguments[0])
        folder = Path(self.env.srcdir)
        for argument in argv:
            if (folder / argument).is_file():
                self.env.note_dependency(str(folder / argument))
        output, errors = io.StringIO(), io.StringIO()
        with (
            _WORKING_DIRECTORY,
            contextlib.redirect_stdout(output),
            contextlib.redirect_stderr(errors),
        ):
            previous = Path.cwd()
            os.chdir(folder)
            try:
                code = cli.main(argv)
            finally:
                os.chdir(previous)
        if code == 2:
            logger.warning(
                "readinglist %s: %s",
                self.arguments[0],
                errors.getvalue().strip(),
                location=self.get_location(),
            )
        command = f"$ readinglist {shlex.join(argv)}\n"
        command_after = f"$ echo $?\n{code}\n" if code else ""
        language = self.options.get("language", "console")
        if language == "console":
            text = command + output.getvalue() + command_after
            return [_block(text, "console")]
        return [_block(command, "console"), _block(output.getvalue(), language)]


def _block(text: str, language: str) -> nodes.literal_block:
    block = nodes.literal_block(text, text)
    block["language"] = language
    return block


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the CLI reference directives."""
    app.add_directive("readinglist-cli", CommandLineReference)
    app.add_directive("readinglist-cli-run", CommandLineRun)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
