"""No doc tells users to install the bare name ``readinglist``: that is an unrelated project.

Ours is ``readinglist-md``; the import names (``readinglist``, ``sphinx_readinglist``) and the
command (``readinglist``) are unchanged. Every install command in the docs, the README, the
guides, the changelog and the CI files is read, and the name of each requirement it installs
is checked.
"""

from __future__ import annotations

import re
import shlex
import tomllib

import pytest
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from tests.isolation import source_files
from tests.paths import ROOT

BARE = "readinglist"
# An install command, up to the end of its line or of its inline code span.
_INSTALL = re.compile(
    r"\b(?:pip3?|pipx|uv pip|uv tool|uv|poetry|pipenv)\s+(?:install|add)\b([^`\n]*)"
)
_DOCUMENTS = (".md", ".yml", ".yaml", ".toml", ".txt", ".cfg", ".rst")
# Options whose next argument is a file or URL, not a requirement.
_TAKES_VALUE = {
    "-r",
    "--requirement",
    "-c",
    "--constraint",
    "-e",
    "--editable",
    "-i",
    "--index-url",
    "--extra-index-url",
    "-f",
    "--find-links",
    "--python",
}


def installed_names(text: str) -> list[str]:
    """The requirement names installed by the install commands in ``text``, in order."""
    names: list[str] = []
    for command in _INSTALL.finditer(text):
        arguments = command.group(1).split("#")[0]
        try:
            words = shlex.split(arguments)
        except ValueError:  # a quote left open by the prose around the command
            words = arguments.replace('"', " ").replace("'", " ").split()
        skip = False
        for word in words:
            if skip or word.startswith("-"):
                skip = word in _TAKES_VALUE
                continue
            if word.startswith((".", "/", "~")) or "://" in word or word.endswith((".whl", ".gz")):
                continue
            try:
                names.append(canonicalize_name(Requirement(word).name))
            except InvalidRequirement:
                continue
    return names


def _documents() -> list[str]:
    return [
        name
        for name in source_files()
        if not name.startswith("tests/")
        and (name.endswith(_DOCUMENTS) or name in {"Makefile", "README", ".ci/run"})
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ('$ python -m pip install "readinglist[sphinx]"', ["readinglist"]),
        ("      - run: python -m pip install readinglist", ["readinglist"]),
        ("Run `pip install readinglist==0.1.0` first.", ["readinglist"]),
        ("$ pipx install readinglist", ["readinglist"]),
        ("$ uv add 'readinglist[sphinx]>=0.1'", ["readinglist"]),
        ('$ python -m pip install "readinglist-md[sphinx]"', ["readinglist-md"]),
        ("      - run: python -m pip install readinglist_md furo", ["readinglist-md", "furo"]),
        ("pip install --quiet --editable '.[test,docs]'", []),
        ("pip install -r docs/requirements.txt -c tests/compat/oldest.txt sphinx", ["sphinx"]),
        (
            'install with `pip install "readinglist-md[sphinx]"`; not "readinglist"',
            ["readinglist-md"],
        ),
    ],
)
def test_install_commands_are_read_with_the_names_they_install(line: str, names: list[str]) -> None:
    assert installed_names(line) == names


def test_the_docs_have_install_commands_to_check() -> None:
    found = {
        name: installed_names((ROOT / name).read_text(encoding="utf-8")) for name in _documents()
    }
    assert "readinglist-md" in found["docs/tutorial.md"]
    assert "readinglist-md" in found["docs/how-to/check-in-ci.md"]
    assert "readinglist-md" in found["docs/sphinx/usage.md"]


def test_no_doc_installs_the_bare_name() -> None:
    offenders = [
        name
        for name in _documents()
        if BARE in installed_names((ROOT / name).read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_no_dependency_or_extra_names_the_bare_name() -> None:
    """An extra such as ``readinglist[sphinx]`` would pull the unrelated project in."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [*project["dependencies"]]
    for extra in project["optional-dependencies"].values():
        requirements += extra
    names = {canonicalize_name(Requirement(line).name) for line in requirements}
    assert BARE not in names
    assert "readinglist-md" in names  # the extras that need Sphinx take it from this project
