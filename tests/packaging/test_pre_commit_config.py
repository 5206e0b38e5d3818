"""Contributors' pre-commit hooks (``.pre-commit-config.yaml``) run what ``make test`` runs.

ruff comes from its hook repository; mypy and ``readinglist check docs/examples`` are local
hooks running the tools of the Makefile's ``.venv``, with the command lines of its targets.
Nothing here runs pre-commit itself, which would fetch the ruff hook from the network.
"""

from __future__ import annotations

import re
import shlex
import tomllib
from typing import Any

import pytest
from packaging.requirements import Requirement
from pre_commit.clientlib import load_config

from readinglist.cli import main
from tests.packaging.makefile import recipe
from tests.paths import ROOT

CONFIG = ROOT / ".pre-commit-config.yaml"


def _repositories() -> dict[str, dict[str, Any]]:
    config = load_config(str(CONFIG))  # validates it, as pre-commit does before running
    return {repository["repo"]: repository for repository in config["repos"]}


def _local_hooks() -> dict[str, dict[str, Any]]:
    return {hook["id"]: hook for hook in _repositories()["local"]["hooks"]}


def _made(command: str) -> list[str]:
    """A Makefile command line as the .venv's path spells it."""
    return shlex.split(command.replace("$(BIN)/", ".venv/bin/"))


def test_ruff_lints_and_formats_at_a_version_the_test_extra_allows() -> None:
    ruff = _repositories()["https://github.com/astral-sh/ruff-pre-commit"]
    assert [hook["id"] for hook in ruff["hooks"]] == ["ruff-check", "ruff-format"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (allowed,) = [
        Requirement(line) for line in project["optional-dependencies"]["test"] if "ruff" in line
    ]
    assert allowed.specifier.contains(ruff["rev"].removeprefix("v")), ruff["rev"]


def test_mypy_runs_as_make_types_does() -> None:
    mypy = _local_hooks()["mypy"]
    (command,) = recipe("types")
    assert shlex.split(mypy["entry"]) == _made(command)
    assert mypy["pass_filenames"] is False  # the files are pyproject's, as in make types


def test_the_project_checks_its_own_examples_as_make_demo_does(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    check = _local_hooks()["readinglist-check"]
    (command,) = [line for line in recipe("demo") if "readinglist check" in line]
    assert shlex.split(check["entry"]) == _made(command)
    monkeypatch.chdir(ROOT)
    assert main(shlex.split(check["entry"])[1:]) == 0
    assert capsys.readouterr().out.endswith("0 errors, 1 warning, 1 info in 4 pages\n")


@pytest.mark.parametrize(
    ("path", "runs"),
    [
        ("docs/examples/pinterest.md", True),
        ("docs/examples/books.md", True),
        ("docs/tutorial.md", False),
        ("README.md", False),
    ],
)
def test_the_examples_hook_runs_when_an_example_changes(path: str, runs: bool) -> None:
    check = _local_hooks()["readinglist-check"]
    assert bool(re.search(check["files"], path)) is runs


def test_contributing_names_the_configuration() -> None:
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert "`.pre-commit-config.yaml`" in contributing
    assert "pre-commit install" in contributing
