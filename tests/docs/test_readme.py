"""The README's Python example runs as written (a doctest from the repository root)."""

from __future__ import annotations

import contextlib
import doctest
import io
import re
import shlex
import shutil
from pathlib import Path

import pytest

from readinglist.cli import main
from tests.paths import ROOT


def test_readme_python_example_is_true(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(>>> .*?)```", readme, flags=re.DOTALL)
    assert blocks, "the README has no doctest example"
    monkeypatch.chdir(ROOT)
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for number, block in enumerate(blocks):
        test = parser.get_doctest(block, {}, f"README.md block {number}", "README.md", 0)
        runner.run(test)
    assert runner.failures == 0
    assert runner.tries >= 4


def test_readme_check_example_prints_what_the_command_prints(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The README's `readinglist check` transcript is the command's real output."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```console\n\$ readinglist check (\S+)\n(.*?)```", readme, re.DOTALL)
    path, expected = block
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["check", path])
    assert code == 0
    assert out.getvalue() == expected


def test_readme_editing_transcript_prints_what_the_commands_print(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The README's mark, add and fmt lines, replayed on a copy of the examples."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```console\n(\$ readinglist mark .*?)```", readme, re.DOTALL)
    shutil.copytree(ROOT / "docs" / "examples", tmp_path / "docs" / "examples")
    monkeypatch.chdir(tmp_path)
    commands = re.findall(r"^\$ readinglist (.*)\n((?:[^$].*\n)*)", block, flags=re.M)
    assert [shlex.split(line)[0] for line, _ in commands] == ["mark", "add", "fmt"]
    for line, expected in commands:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(shlex.split(line))
        assert code == 0, line
        assert out.getvalue() + err.getvalue() == expected, line
