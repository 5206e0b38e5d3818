"""The tutorial (docs/tutorial.md) as steps to replay: files to save, edits, commands to run.

Its code blocks are read by the sentence before each: "save this as `PATH`:" writes the block
to PATH, "in `PATH`:" applies a ``diff`` block to PATH, and a ``console`` block holds ``$``
commands, each followed by what it prints. :func:`replay` plays them in a folder with a
given way of running a command, so the same tutorial is replayed against this checkout
(tests/docs/test_tutorial.py) and against the built wheel installed in a fresh virtual
environment (tests/packaging/test_wheel.py, also run by ``make release-check``).
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.paths import ROOT

TUTORIAL = ROOT / "docs" / "tutorial.md"
_BLOCK = re.compile(r"^(`{3,})([\w-]*)\n(.*?)^\1$", re.MULTILINE | re.DOTALL)
_SAVE = re.compile(r"save this as `([^`]+)`:$", re.IGNORECASE)
_EDIT = re.compile(r"in `([^`]+)`:$")
_INSTALL = ["python", "-m", "pip", "install"]

Runner = Callable[[list[str]], tuple[int, str]]
"""Run a command line in the replay's folder; its exit code and everything it printed."""


@dataclass(frozen=True, slots=True)
class Step:
    """One code block of the tutorial and the last line of prose before it."""

    language: str
    """The fence's info string: ``markdown``, ``console``, ``diff``..."""
    body: str
    """The block's text."""
    lead: str
    """The last non-empty line before the block."""


@dataclass(frozen=True, slots=True)
class Ran:
    """One command of the tutorial, what the tutorial says it prints, and what it printed."""

    command: list[str]
    """The command line, split as a shell would."""
    expected: tuple[int, str]
    """Exit code 0 and the output shown under the command."""
    got: tuple[int, str]
    """The exit code and output of the replay."""


def steps() -> list[Step]:
    """Every code block of the tutorial, in order."""
    text = TUTORIAL.read_text(encoding="utf-8")
    found, end = [], 0
    for block in _BLOCK.finditer(text):
        prose = [line for line in text[end : block.start()].splitlines() if line.strip()]
        found.append(Step(block.group(2), block.group(3), prose[-1] if prose else ""))
        end = block.end()
    return found


def commands(console: str) -> list[tuple[list[str], str]]:
    """Each ``$`` command of a console block with the output printed under it."""
    found: list[tuple[list[str], str]] = []
    for line in console.splitlines():
        if line.startswith("$ "):
            found.append((shlex.split(line[2:]), ""))
        else:
            command, output = found[-1]
            found[-1] = (command, output + line + "\n")
    return found


def install_requirements() -> list[str]:
    """What the tutorial's ``python -m pip install`` lines install."""
    return [
        argument
        for step in steps()
        if step.language == "console"
        for command, _ in commands(step.body)
        if command[:4] == _INSTALL
        for argument in command[4:]
    ]


def replay(folder: Path, run: Runner) -> list[Ran]:
    """Save, edit and run every step in ``folder``; the install step is left to the caller."""
    ran = []
    for step in steps():
        if saved := _SAVE.search(step.lead):
            target = folder / saved.group(1)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(step.body, encoding="utf-8")
        elif step.language == "diff":
            edited = _EDIT.search(step.lead)
            if edited is None:
                raise ValueError(f"a diff without 'in `PATH`:' before it: {step.lead!r}")
            _apply(step.body, folder / edited.group(1))
        elif step.language == "console":
            for command, expected in commands(step.body):
                if command[:4] != _INSTALL:
                    ran.append(Ran(command, (0, expected), run(command)))
    return ran


def saved_files() -> int:
    """How many blocks the tutorial asks to save as a file."""
    return sum(bool(_SAVE.search(step.lead)) for step in steps())


def _apply(diff: str, page: Path) -> None:
    lines = diff.splitlines(keepends=True)
    old = "".join(line[1:] for line in lines if line[0] in " -")
    new = "".join(line[1:] for line in lines if line[0] in " +")
    text = page.read_text(encoding="utf-8")
    if text.count(old) != 1:
        raise ValueError(f"the tutorial's diff does not apply to {page.name}")
    page.write_text(text.replace(old, new), encoding="utf-8")
