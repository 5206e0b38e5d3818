"""Refuse a release whose tag, ``__version__`` and changelog disagree.

``make release-check TAG=v0.2.0`` runs this first (the release workflow passes the pushed tag)::

    python tools/release_version.py v0.2.0

The tag is ``v`` and the version; ``readinglist.__version__`` is that version; the changelog's
newest release heading names it (``## [0.2.0] - 2026-12-04``, below an ``## Unreleased``
section left empty, since its entries moved under the release). Each disagreement is one
line on stderr, and the exit status 1; when all agree it prints the version and exits 0.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = ROOT / "CHANGELOG.md"
_TAG = re.compile(r"v(\d+\.\d+\.\d+)")
_RELEASE = re.compile(r"## \[(?P<version>[^\]]*)\] - \d{4}-\d{2}-\d{2}")


def disagreements(tag: str, version: str, changelog: str) -> list[str]:
    """What stops ``tag`` from being released, given ``__version__`` and the changelog text."""
    problems = []
    tagged = _TAG.fullmatch(tag)
    if tagged is None:
        problems.append(f"the tag {tag!r} is not 'v' and a version such as v{version}")
    elif tagged.group(1) != version:
        problems.append(f"the tag {tag!r} says {tagged.group(1)} but __version__ is {version}")
    sections = re.split(r"^(?=## )", changelog, flags=re.MULTILINE)[1:]
    releases = [match for section in sections if (match := _RELEASE.match(section))]
    if not releases:
        problems.append(f"the changelog has no release heading such as '## [{version}] - DATE'")
    elif releases[0]["version"] != version:
        newest = releases[0]["version"]
        problems.append(f"the changelog's newest release is {newest} but __version__ is {version}")
    unreleased = [section for section in sections if section.startswith("## Unreleased\n")]
    if unreleased and unreleased[0].removeprefix("## Unreleased\n").strip():
        problems.append(
            f"the changelog's Unreleased section still has entries: move them under {version}"
        )
    return problems


def main(arguments: list[str]) -> int:
    """Check the tag given as the only argument against this checkout."""
    if len(arguments) != 1:
        print("usage: python tools/release_version.py vX.Y.Z", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT / "src"))
    import readinglist

    problems = disagreements(
        arguments[0], readinglist.__version__, CHANGELOG.read_text(encoding="utf-8")
    )
    for problem in problems:
        print(f"release_version: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"release_version: {arguments[0]} is readinglist-md {readinglist.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
