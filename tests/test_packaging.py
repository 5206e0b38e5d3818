"""The built wheel and sdist hold what users need, and the wheel works installed on its own.

One build (``python -m build``: the sdist, then the wheel built from that sdist) and one fresh
virtual environment serve the whole module. Everything installed runs from a scratch folder
with a clean environment, so nothing can be imported from this checkout.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pytest

import readinglist
from readinglist.cli import main
from tests.conftest import ROOT
from tests.isolation import clean_environment, source_files

PACKAGES = {"readinglist": "src/readinglist", "sphinx_readinglist": "sphinx_ext/sphinx_readinglist"}

pytestmark = pytest.mark.installs

PAGE = textwrap.dedent(
    """\
    ---
    title: Databases
    ---
    # Databases

    - TODO
      - [Spanner](https://research.google/pubs/spanner/) - globally distributed
      - [Raft](https://raft.github.io/raft.pdf)
      - [Raft, again](https://raft.github.io/raft.pdf)
    """
)
BROKEN_PAGE = PAGE.replace("https://raft.github.io/raft.pdf)\n", "javascript:alert(1))\n", 1)


@dataclass(frozen=True, slots=True)
class Distributions:
    """The files ``python -m build`` made."""

    wheel: Path
    """The ``.whl`` file."""
    sdist: Path
    """The ``.tar.gz`` file."""


@dataclass(frozen=True, slots=True)
class Installed:
    """A fresh virtual environment with the wheel installed, and where to run it."""

    bin: Path
    """The environment's scripts folder."""
    scratch: Path
    """An empty working folder outside the checkout."""
    environment: dict[str, str]
    """The process environment: no PYTHONPATH, no VIRTUAL_ENV of the test run."""

    def run(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        """Run a program of the environment in the scratch folder."""
        return subprocess.run(
            [str(self.bin / arguments[0]), *arguments[1:]],
            cwd=self.scratch,
            env=self.environment,
            capture_output=True,
            text=True,
            check=False,
        )


@pytest.fixture(scope="module")
def distributions(tmp_path_factory: pytest.TempPathFactory) -> Distributions:
    """Build the sdist and the wheel (from the sdist) once."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return Distributions(wheel=wheel, sdist=sdist)


@pytest.fixture(scope="module")
def installed(distributions: Distributions, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """Install the wheel, Sphinx and MyST-Parser (this run's versions) into a new venv."""
    home = tmp_path_factory.mktemp("venv")
    scratch = tmp_path_factory.mktemp("scratch")
    environment = clean_environment(home)
    subprocess.run([sys.executable, "-m", "venv", str(home / "env")], check=True)
    bin_folder = home / "env" / "bin"
    requirements = [
        str(distributions.wheel),
        *(f"{name}=={version(name)}" for name in ("sphinx", "docutils", "myst-parser")),
    ]
    subprocess.run(
        [str(bin_folder / "python"), "-m", "pip", "install", "--quiet", *requirements],
        cwd=scratch,
        env=environment,
        check=True,
        capture_output=True,
    )
    return Installed(bin=bin_folder, scratch=scratch, environment=environment)


def _package_files() -> set[str]:
    """Return every file of both packages as the wheel names it (no bytecode)."""
    names = set()
    for package, folder in PACKAGES.items():
        for name in source_files():
            if name.startswith(folder + "/") and "__pycache__" not in name:
                names.add(package + name.removeprefix(folder))
    return names


def test_the_wheel_holds_both_packages_with_their_typing_markers_and_data(
    distributions: Distributions,
) -> None:
    with zipfile.ZipFile(distributions.wheel) as wheel:
        names = {name for name in wheel.namelist() if ".dist-info/" not in name}
    assert {
        "readinglist/py.typed",
        "sphinx_readinglist/py.typed",
        "sphinx_readinglist/static/readinglist.css",
        "sphinx_readinglist/locale/de/LC_MESSAGES/sphinx_readinglist.mo",
    } <= names
    assert names == _package_files()


def test_the_wheel_declares_the_command_and_the_version(distributions: Distributions) -> None:
    with zipfile.ZipFile(distributions.wheel) as wheel:
        info = f"readinglist-{readinglist.__version__}.dist-info"
        entry_points = wheel.read(f"{info}/entry_points.txt").decode()
        metadata = wheel.read(f"{info}/METADATA").decode()
    assert "readinglist = readinglist.cli:main" in entry_points
    assert f"\nVersion: {readinglist.__version__}\n" in metadata
    assert "Provides-Extra: sphinx" in metadata


def test_the_sdist_holds_sources_tests_docs_and_license(distributions: Distributions) -> None:
    with tarfile.open(distributions.sdist) as sdist:
        prefix = f"readinglist-{readinglist.__version__}/"
        names = {member.name.removeprefix(prefix) for member in sdist.getmembers()}
    expected = {
        name
        for name in source_files()
        if name.startswith(("src/", "sphinx_ext/", "tests/", "tools/", "docs/"))
    }
    expected |= {"LICENSE", "README.md", "CHANGELOG.md", "CONTRIBUTING.md", "pyproject.toml"}
    assert expected <= names


def test_the_installed_package_is_imported_from_the_new_environment(installed: Installed) -> None:
    shown = installed.run(
        "python",
        "-c",
        "import readinglist, sphinx_readinglist; "
        "print(readinglist.__file__); print(sphinx_readinglist.__file__)",
    )
    assert shown.returncode == 0, shown.stderr
    environment_root = installed.bin.parent.resolve()
    for imported in shown.stdout.splitlines():
        assert Path(imported).resolve().is_relative_to(environment_root), imported
        assert not Path(imported).resolve().is_relative_to(ROOT)


def test_the_installed_command_checks_a_page_as_the_source_tree_does(
    installed: Installed, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (installed.scratch / "databases.md").write_text(PAGE, encoding="utf-8")
    (installed.scratch / "broken.md").write_text(BROKEN_PAGE, encoding="utf-8")
    monkeypatch.chdir(installed.scratch)
    for page, exit_code in (("databases.md", 0), ("broken.md", 1)):
        checked = installed.run("readinglist", "check", page)
        assert main(["check", page]) == exit_code
        assert (checked.returncode, checked.stdout) == (exit_code, capsys.readouterr().out)
    clean = installed.run("readinglist", "check", "databases.md").stdout.splitlines()
    assert clean[0].startswith("databases.md:9:")
    assert "warning[duplicate-url]" in clean[0]
    broken = installed.run("readinglist", "check", "broken.md").stdout.splitlines()
    assert broken[0].startswith("broken.md:8:")
    assert "error[unsafe-url]" in broken[0]


def test_the_installed_extension_renders_a_list_with_its_stylesheet(installed: Installed) -> None:
    source = installed.scratch / "site"
    source.mkdir()
    (source / "conf.py").write_text(
        'extensions = ["myst_parser", "sphinx_readinglist"]\nexclude_patterns = ["databases.md"]\n',
        encoding="utf-8",
    )
    (source / "databases.md").write_text(PAGE.replace("again", "once more"), encoding="utf-8")
    (source / "index.md").write_text(
        "# Reading\n\n```{reading-list} databases.md\n:sort: title\n```\n", encoding="utf-8"
    )
    built = installed.run("sphinx-build", "-q", "-b", "html", "site", "out")
    assert built.returncode == 0, built.stderr
    assert "databases.md:9: WARNING:" in built.stderr
    assert "[readinglist.duplicate-url]" in built.stderr
    html = (installed.scratch / "out" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<a class="reference external" href="([^"]+)"', html) == [
        "https://raft.github.io/raft.pdf",
        "https://raft.github.io/raft.pdf",
        "https://research.google/pubs/spanner/",
    ]
    assert "_static/readinglist.css" in html
    assert (installed.scratch / "out" / "_static" / "readinglist.css").is_file()
