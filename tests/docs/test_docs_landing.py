"""The docs' front page opens with a picture of a rendered list; the changelog keeps its form.

The picture is made by tools/hero_screenshot.py; the changelog follows Keep a Changelog
(https://keepachangelog.com/en/1.1.0/) and is what the docs' changelog page shows.
"""

from __future__ import annotations

import re
import struct

from tests.paths import ROOT
from tools.hero_screenshot import OUTPUT, WINDOW

INDEX = ROOT / "docs" / "index.md"
CHANGELOG = ROOT / "CHANGELOG.md"
KINDS = ("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security")
_RELEASE = re.compile(r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$")


def test_the_front_page_shows_the_screenshot_before_any_text() -> None:
    first_block = INDEX.read_text(encoding="utf-8").split("\n\n", 1)[0]
    image = re.fullmatch(r"```\{image\} (\S+)\n:alt: .+\n```", first_block, re.DOTALL)
    assert image is not None, "docs/index.md must open with the screenshot"
    assert (INDEX.parent / image.group(1)).resolve() == OUTPUT


def test_the_screenshot_is_a_png_of_the_window_the_tool_takes() -> None:
    data = OUTPUT.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert f"{width},{height}" == WINDOW


def test_the_changelog_follows_keep_a_changelog() -> None:
    lines = CHANGELOG.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# Changelog"
    releases = [line for line in lines if line.startswith("## ")]
    assert releases[0] == "## Unreleased"
    for release in releases[1:]:
        assert _RELEASE.match(release), release
    kinds_by_release: dict[str, list[str]] = {}
    current = ""
    for line in lines:
        if line.startswith("## "):
            current = line
            kinds_by_release[current] = []
        elif line.startswith("### "):
            assert current, "a ### section outside every release"
            kinds_by_release[current].append(line.removeprefix("### "))
    for release, kinds in kinds_by_release.items():
        assert set(kinds) <= set(KINDS), release
        assert len(kinds) == len(set(kinds)), f"{release} repeats a section"
        assert kinds == sorted(kinds, key=KINDS.index), f"{release} sections out of order"


def test_the_docs_changelog_page_is_the_changelog() -> None:
    page = (ROOT / "docs" / "changelog.md").read_text(encoding="utf-8")
    assert page == "```{include} ../CHANGELOG.md\n```\n"
