"""``readinglist --version`` names the distribution and the versions a bug report needs."""

from __future__ import annotations

import importlib.metadata
import platform
import subprocess
import sys
import tomllib

import pytest

import readinglist
from readinglist.cli import DISTRIBUTION, main
from tests.paths import ROOT


def test_the_distribution_name_is_the_one_pyproject_builds() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert DISTRIBUTION == project["name"] == "readinglist-md"


def test_version_prints_the_distribution_python_and_sphinx(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--version"]) == 0
    sphinx = importlib.metadata.version("sphinx")
    python = platform.python_version()
    expected = f"readinglist-md {readinglist.__version__} (Python {python}, Sphinx {sphinx})\n"
    assert capsys.readouterr() == (expected, "")


def test_version_leaves_sphinx_out_where_it_is_not_installed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = importlib.metadata.version

    def version(name: str) -> str:
        if name == "sphinx":
            raise importlib.metadata.PackageNotFoundError(name)
        return installed(name)

    monkeypatch.setattr(importlib.metadata, "version", version)
    assert main(["--version"]) == 0
    python = platform.python_version()
    assert (
        capsys.readouterr().out == f"readinglist-md {readinglist.__version__} (Python {python})\n"
    )


@pytest.mark.parametrize("arguments", [["--version"], ["check", "docs/examples/pinterest.md"]])
def test_neither_version_nor_a_command_imports_sphinx(arguments: list[str]) -> None:
    """The Sphinx version is read from its installed metadata, not by importing Sphinx."""
    code = (
        "import sys\nfrom readinglist.cli import main\n"
        f"main({arguments!r})\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sphinx', 'docutils')))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert shown.stdout.splitlines()[-1] == "[]"
    assert shown.stdout.startswith("readinglist-md " if arguments == ["--version"] else "docs/")
