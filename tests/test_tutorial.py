"""The tutorial (docs/tutorial.md) works as written: its files, edits and commands, in order.

Its code blocks are read by the sentence before each: "save this as `PATH`:" writes the block
to PATH, "in `PATH`:" applies a ``diff`` block to PATH, and a ``console`` block runs each
``$`` command and compares its output. The install command is the one step not run here:
tests/test_packaging.py installs the built wheel into a fresh environment instead.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import readinglist
from readinglist.cli import main
from tests.conftest import ROOT

TUTORIAL = ROOT / "docs" / "tutorial.md"
_BLOCK = re.compile(r"^(`{3,})([\w-]*)\n(.*?)^\1$", re.MULTILINE | re.DOTALL)
_SAVE = re.compile(r"save this as `([^`]+)`:$", re.IGNORECASE)
_EDIT = re.compile(r"in `([^`]+)`:$")


@dataclass(frozen=True, slots=True)
class Step:
    """One code block of the tutorial and the last line of prose before it."""

    language: str
    """The fence's info string: ``markdown``, ``console``, ``diff``..."""
    body: str
    """The block's text."""
    lead: str
    """The last non-empty line before the block."""


def _steps() -> list[Step]:
    text = TUTORIAL.read_text(encoding="utf-8")
    steps, end = [], 0
    for block in _BLOCK.finditer(text):
        prose = [line for line in text[end : block.start()].splitlines() if line.strip()]
        steps.append(Step(block.group(2), block.group(3), prose[-1] if prose else ""))
        end = block.end()
    return steps


def _apply(diff: str, page: Path) -> None:
    lines = diff.splitlines(keepends=True)
    old = "".join(line[1:] for line in lines if line[0] in " -")
    new = "".join(line[1:] for line in lines if line[0] in " +")
    text = page.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"the diff does not apply to {page.name}"
    page.write_text(text.replace(old, new), encoding="utf-8")


def _commands(console: str) -> list[tuple[list[str], str]]:
    """Each ``$`` command of a console block with the output printed under it."""
    commands: list[tuple[list[str], str]] = []
    for line in console.splitlines():
        if line.startswith("$ "):
            commands.append((shlex.split(line[2:]), ""))
        else:
            command, output = commands[-1]
            commands[-1] = (command, output + line + "\n")
    return commands


def _run(command: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    if command[0] == "readinglist":
        code = main(command[1:])
        captured = capsys.readouterr()
        return code, captured.out + captured.err
    assert command[0] == "sphinx-build", f"the tutorial runs an unknown program: {command}"
    built = subprocess.run(
        [sys.executable, "-m", "sphinx", *command[1:]], capture_output=True, text=True, check=False
    )
    return built.returncode, built.stdout + built.stderr


def test_the_tutorial_has_each_kind_of_step() -> None:
    languages = [step.language for step in _steps()]
    assert {"console", "markdown", "diff", "python"} <= set(languages)
    assert sum(bool(_SAVE.search(step.lead)) for step in _steps()) == 3


def test_the_tutorial_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    ran = []
    for step in _steps():
        if saved := _SAVE.search(step.lead):
            target = tmp_path / saved.group(1)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(step.body, encoding="utf-8")
        elif step.language == "diff":
            edited = _EDIT.search(step.lead)
            assert edited is not None, step.lead
            _apply(step.body, tmp_path / edited.group(1))
        elif step.language == "console":
            for command, expected in _commands(step.body):
                if command[:4] == ["python", "-m", "pip", "install"]:
                    continue
                assert _run(command, capsys) == (0, expected), shlex.join(command)
                ran.append(command[0])
    assert ran == ["readinglist", "readinglist", "readinglist", "sphinx-build"]

    page = readinglist.load(tmp_path / "reading" / "databases.md")
    todo = [entry.url for entry in page.entries if entry.status == "todo"]
    html = (tmp_path / "_build" / "html" / "index.html").read_text(encoding="utf-8")
    lists = re.findall(r'<div class="reading-list .*?</div>', html, re.DOTALL)
    links = [re.findall(r'class="reference external" href="([^"]+)"', div) for div in lists]
    assert links[0] == todo
    assert sorted(links[1]) == sorted(entry.url or "" for entry in page.entries)
