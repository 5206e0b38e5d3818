"""The built wheel and sdist hold what users need, and the wheel works installed on its own.

One build (``python -m build``: the sdist, then the wheel built from that sdist) and one fresh
virtual environment serve the whole module. Everything installed runs from a scratch folder
with a clean environment, so nothing can be imported from this checkout.

``make release-check`` runs this module on the files it is about to publish: with
``READINGLIST_DIST`` naming a folder, the sdist and wheel found there are tested instead of a
new build.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import textwrap
import tomllib
import zipfile
from dataclasses import dataclass
from email.parser import HeaderParser
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import readinglist
from readinglist.cli import main
from tests.isolation import clean_environment, source_files
from tests.paths import ROOT
from tests.tutorial import install_requirements, replay

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

    def run(self, *arguments: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        """Run a program of the environment in the scratch folder (or in ``cwd``)."""
        return subprocess.run(
            [str(self.bin / arguments[0]), *arguments[1:]],
            cwd=cwd or self.scratch,
            env=self.environment,
            capture_output=True,
            text=True,
            check=False,
        )


@pytest.fixture(scope="module")
def distributions(tmp_path_factory: pytest.TempPathFactory) -> Distributions:
    """Build the sdist and the wheel (from the sdist) once, or take READINGLIST_DIST's."""
    if prebuilt := os.environ.get("READINGLIST_DIST"):
        out = Path(prebuilt).resolve()
    else:
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
    """Install the wheel with its ``sphinx`` extra (at this run's versions) into a new venv."""
    home = tmp_path_factory.mktemp("venv")
    scratch = tmp_path_factory.mktemp("scratch")
    environment = clean_environment(home)
    subprocess.run([sys.executable, "-m", "venv", str(home / "env")], check=True)
    bin_folder = home / "env" / "bin"
    requirements = [
        f"{distributions.wheel}[sphinx]",
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


def _project() -> dict[str, object]:
    project: dict[str, object] = tomllib.loads(
        (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    )["project"]
    return project


def test_the_files_are_named_after_the_distribution(distributions: Distributions) -> None:
    """``readinglist-md`` 0.1.0 builds ``readinglist_md-0.1.0-py3-none-any.whl`` and its sdist."""
    stem = f"readinglist_md-{readinglist.__version__}"
    assert distributions.wheel.name == f"{stem}-py3-none-any.whl"
    assert distributions.sdist.name == f"{stem}.tar.gz"


def test_the_wheel_declares_the_name_command_version_extras_and_addresses(
    distributions: Distributions,
) -> None:
    with zipfile.ZipFile(distributions.wheel) as wheel:
        info = f"readinglist_md-{readinglist.__version__}.dist-info"
        entry_points = wheel.read(f"{info}/entry_points.txt").decode()
        metadata = HeaderParser().parsestr(wheel.read(f"{info}/METADATA").decode())
    assert "readinglist = readinglist.cli:main" in entry_points
    assert metadata["Name"] == "readinglist-md"
    assert metadata["Version"] == readinglist.__version__
    assert set(metadata.get_all("Provides-Extra") or []) == {"sphinx", "test", "docs"}
    urls = _project()["urls"]
    assert isinstance(urls, dict)
    assert metadata.get_all("Project-URL") == [f"{name}, {url}" for name, url in urls.items()]
    requires = [Requirement(line) for line in metadata.get_all("Requires-Dist") or []]
    # The bare name is an unrelated project: an extra that named it would install that.
    assert "readinglist" not in {canonicalize_name(requirement.name) for requirement in requires}
    for extra in ("sphinx", "test", "docs"):
        wanted = {
            canonicalize_name(requirement.name)
            for requirement in requires
            if requirement.marker and requirement.marker.evaluate({"extra": extra})
        }
        assert {"sphinx", "myst-parser"} <= wanted, extra


def test_the_sdist_holds_sources_tests_docs_and_license(distributions: Distributions) -> None:
    with tarfile.open(distributions.sdist) as sdist:
        prefix = f"readinglist_md-{readinglist.__version__}/"
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


def test_the_installed_command_names_the_distribution_and_its_versions(
    installed: Installed,
) -> None:
    shown = installed.run("readinglist", "--version")
    assert shown.returncode == 0, shown.stderr
    assert re.fullmatch(
        rf"readinglist-md {re.escape(readinglist.__version__)} "
        rf"\(Python \d+\.\d+\.\d+\S*, Sphinx {re.escape(version('sphinx'))}\)\n",
        shown.stdout,
    ), shown.stdout


def test_the_tutorial_installs_this_distribution_with_the_sphinx_extra(
    distributions: Distributions,
) -> None:
    """Its ``pip install`` line names the distribution the wheel holds, not the bare name."""
    with zipfile.ZipFile(distributions.wheel) as wheel:
        info = f"readinglist_md-{readinglist.__version__}.dist-info"
        name = HeaderParser().parsestr(wheel.read(f"{info}/METADATA").decode())["Name"]
    (requirement,) = map(Requirement, install_requirements())
    assert canonicalize_name(requirement.name) == canonicalize_name(name)
    assert requirement.extras == {"sphinx"}


def test_the_tutorial_replays_from_the_installed_wheel(installed: Installed) -> None:
    """Every file, edit and command of docs/tutorial.md, with the environment's programs."""
    folder = installed.scratch / "tutorial"
    folder.mkdir()

    def run(command: list[str]) -> tuple[int, str]:
        assert command[0] in {"readinglist", "sphinx-build"}, command
        done = installed.run(*command, cwd=folder)
        return done.returncode, done.stdout + done.stderr

    ran = replay(folder, run)
    assert [step.command[0] for step in ran] == [
        "readinglist",
        "readinglist",
        "readinglist",
        "sphinx-build",
    ]
    for step in ran:
        assert step.got == step.expected, step.command
    html = (folder / "_build" / "html" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://research.google/pubs/spanner/"' in html
