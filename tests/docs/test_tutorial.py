"""The tutorial (docs/tutorial.md) works as written: its files, edits and commands, in order.

The steps are read by tests/tutorial.py. Here they run against this checkout: ``readinglist``
through ``main`` and ``sphinx-build`` with this interpreter. The install command is the one
step not run here: tests/packaging/test_wheel.py replays the whole tutorial from the built
wheel installed in a fresh environment.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import readinglist
from readinglist.cli import main
from tests.tutorial import replay, saved_files, steps


def test_the_tutorial_has_each_kind_of_step() -> None:
    languages = [step.language for step in steps()]
    assert {"console", "markdown", "diff", "python"} <= set(languages)
    assert saved_files() == 3


def test_the_tutorial_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)

    def run(command: list[str]) -> tuple[int, str]:
        if command[0] == "readinglist":
            code = main(command[1:])
            captured = capsys.readouterr()
            return code, captured.out + captured.err
        assert command[0] == "sphinx-build", f"the tutorial runs an unknown program: {command}"
        built = subprocess.run(
            [sys.executable, "-m", "sphinx", *command[1:]],
            capture_output=True,
            text=True,
            check=False,
        )
        return built.returncode, built.stdout + built.stderr

    ran = replay(tmp_path, run)
    assert [step.command[0] for step in ran] == [
        "readinglist",
        "readinglist",
        "readinglist",
        "sphinx-build",
    ]
    for step in ran:
        assert step.got == step.expected, step.command

    page = readinglist.load(tmp_path / "reading" / "databases.md")
    todo = [entry.url for entry in page.entries if entry.status == "todo"]
    html = (tmp_path / "_build" / "html" / "index.html").read_text(encoding="utf-8")
    lists = re.findall(r'<div class="reading-list .*?</div>', html, re.DOTALL)
    links = [re.findall(r'class="reference external" href="([^"]+)"', div) for div in lists]
    assert links[0] == todo
    assert sorted(links[1]) == sorted(entry.url or "" for entry in page.entries)
