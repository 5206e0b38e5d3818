"""The versions ``make test-compat`` tests are exactly the versions pyproject.toml claims.

``tests/compat/oldest.txt`` pins every runtime dependency (and the ``sphinx`` extra) at its
lower bound, so a raised or lowered bound without a matching test run fails here.
"""

from __future__ import annotations

import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.paths import ROOT

COMPAT = ROOT / "tests" / "compat"


def _claimed() -> dict[str, Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [*project["dependencies"], *project["optional-dependencies"]["sphinx"]]
    return {canonicalize_name(r.name): r for r in map(Requirement, requirements)}


def _pins(name: str) -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in (COMPAT / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            requirement = Requirement(line)
            (specifier,) = requirement.specifier
            assert specifier.operator == "==", line
            pins[canonicalize_name(requirement.name)] = Version(specifier.version)
    return pins


def test_every_claimed_dependency_has_a_lower_bound() -> None:
    for name, requirement in _claimed().items():
        assert [s.operator for s in requirement.specifier] == [">="], (name, requirement)


def test_the_oldest_pins_are_exactly_the_lower_bounds() -> None:
    lower_bounds = {
        name: Version(next(iter(requirement.specifier)).version)
        for name, requirement in _claimed().items()
    }
    assert _pins("oldest.txt") == lower_bounds


def test_the_newest_pins_are_allowed_and_newer_than_the_oldest() -> None:
    claimed, oldest = _claimed(), _pins("oldest.txt")
    newest = _pins("newest.txt")
    assert {"sphinx", "docutils", "myst-parser"} <= newest.keys()
    for name, version in newest.items():
        assert claimed[name].specifier.contains(version), (name, version)
        assert version > oldest[name]


def test_the_supported_versions_page_shows_the_pins() -> None:
    page = (ROOT / "docs" / "compatibility.md").read_text(encoding="utf-8")
    rows = {
        cells[0]: cells[1:]
        for line in page.splitlines()
        if line.startswith("| oldest") or line.startswith("| newest")
        for cells in [[cell.strip() for cell in line.strip("|").split("|")]]
    }
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["requires-python"] == f">={rows['oldest'][0]}"
    for row, pins in (("oldest", _pins("oldest.txt")), ("newest", _pins("newest.txt"))):
        shown = [Version(cell) for cell in rows[row][1:]]
        assert shown == [pins["sphinx"], pins["docutils"], pins["myst-parser"]]
