"""A release is refused unless its tag, ``__version__`` and the changelog's newest release agree.

tools/release_version.py is the first step of ``make release-check TAG=...``, which the release
workflow runs on the pushed tag before anything is built or published.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

import readinglist
from tests.paths import ROOT
from tools.release_version import disagreements

RELEASED = """\
# Changelog

## Unreleased

## [0.2.0] - 2026-12-04

### Added

- Something new.

## [0.1.0] - 2026-06-01

### Added

- Everything.
"""


def test_a_tag_version_and_changelog_that_agree_may_be_released() -> None:
    assert disagreements("v0.2.0", "0.2.0", RELEASED) == []


@pytest.mark.parametrize(
    ("tag", "version", "problem"),
    [
        ("v0.3.0", "0.2.0", "the tag 'v0.3.0' says 0.3.0 but __version__ is 0.2.0"),
        ("0.2.0", "0.2.0", "the tag '0.2.0' is not 'v' and a version such as v0.2.0"),
        ("v0.2", "0.2.0", "the tag 'v0.2' is not 'v' and a version such as v0.2.0"),
    ],
)
def test_a_tag_that_is_not_v_and_the_version_is_refused(
    tag: str, version: str, problem: str
) -> None:
    assert disagreements(tag, version, RELEASED) == [problem]


def test_a_version_the_changelog_does_not_release_first_is_refused() -> None:
    assert disagreements("v0.1.0", "0.1.0", RELEASED) == [
        "the changelog's newest release is 0.2.0 but __version__ is 0.1.0"
    ]


def test_a_changelog_without_a_release_heading_is_refused() -> None:
    unreleased = "# Changelog\n\n## Unreleased\n\n### Added\n\n- Something new.\n"
    assert disagreements("v0.1.0", "0.1.0", unreleased) == [
        "the changelog has no release heading such as '## [0.1.0] - DATE'",
        "the changelog's Unreleased section still has entries: move them under 0.1.0",
    ]


def test_entries_left_under_unreleased_are_refused() -> None:
    forgotten = RELEASED.replace("## Unreleased\n", "## Unreleased\n\n### Fixed\n\n- Late.\n")
    assert disagreements("v0.2.0", "0.2.0", forgotten) == [
        "the changelog's Unreleased section still has entries: move them under 0.2.0"
    ]


def test_this_changelog_becomes_releasable_by_the_documented_step() -> None:
    """CONTRIBUTING.md: a heading for the version goes under the emptied Unreleased heading."""
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    version = readinglist.__version__
    released = changelog.replace(
        "## Unreleased\n", f"## Unreleased\n\n## [{version}] - 2026-12-04\n", 1
    )
    assert disagreements(f"v{version}", version, released) == []


def test_the_script_prints_one_line_per_problem_and_exits_1() -> None:
    refused = subprocess.run(
        [sys.executable, "tools/release_version.py", "v0.0.0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 1
    assert refused.stdout == ""
    lines = refused.stderr.splitlines()
    assert lines[0] == (
        f"release_version: the tag 'v0.0.0' says 0.0.0 but __version__ is {readinglist.__version__}"
    )
    assert all(line.startswith("release_version: ") for line in lines)


def test_the_script_wants_exactly_one_tag() -> None:
    usage = subprocess.run(
        [sys.executable, "tools/release_version.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (usage.returncode, usage.stderr) == (
        2,
        "usage: python tools/release_version.py vX.Y.Z\n",
    )
