"""The installed ``readinglist`` executable and ``python -m readinglist`` behave as ``main``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import GOLDEN, ROOT

EXECUTABLE = Path(sys.executable).with_name("readinglist")


def run(*command: str, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **environment}
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, env=env, check=False, timeout=60
    )


def test_the_entry_point_is_installed_next_to_the_interpreter() -> None:
    assert EXECUTABLE.is_file()


@pytest.mark.parametrize(
    "prefix", [[str(EXECUTABLE)], [sys.executable, "-m", "readinglist"]], ids=["script", "module"]
)
def test_check_the_seed_page_exits_0_and_strict_exits_1(prefix: list[str]) -> None:
    result = run(*prefix, "check", "docs/examples/pinterest.md")
    assert result.returncode == 0
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[1].startswith("docs/examples/pinterest.md:31:3: warning[duplicate-url] ")
    assert lines[-1] == "0 errors, 1 warning, 1 info in 1 page"
    assert run(*prefix, "check", "--strict", "docs/examples/pinterest.md").returncode == 1


@pytest.mark.parametrize(
    "prefix", [[str(EXECUTABLE)], [sys.executable, "-m", "readinglist"]], ids=["script", "module"]
)
def test_a_missing_path_exits_2_with_one_line_and_no_traceback(prefix: list[str]) -> None:
    result = run(*prefix, "check", "no/such/page.md")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "readinglist: error: no/such/page.md: no such file or folder\n"


def test_errors_exit_1_and_github_annotations_go_to_stdout() -> None:
    result = run(str(EXECUTABLE), "check", "--format", "github", "tests/cli/pages")
    assert result.returncode == 1
    assert result.stdout == (GOLDEN / "check-cli-github.txt").read_text(encoding="utf-8")


def test_bad_usage_exits_2_with_one_line() -> None:
    result = run(str(EXECUTABLE), "show", "--format", "yaml", "tests/cli/pages")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("readinglist show: error: argument --format: invalid choice")


def test_a_closed_pipe_is_not_a_traceback() -> None:
    reader = subprocess.Popen(
        [str(EXECUTABLE), "export", "--format", "csv", "tests/collection/sites", "tests/cli/pages"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None
    reader.stdout.close()
    _, err = reader.communicate(timeout=60)
    assert err == b""


def test_an_ascii_terminal_gets_escapes_instead_of_a_crash() -> None:
    result = run(str(EXECUTABLE), "show", "docs/examples/pinterest.md", PYTHONIOENCODING="ascii")
    assert (result.returncode, result.stderr) == (0, "")
    assert "Spinner: Pinterest\\u2019s Workflow Platform" in result.stdout
