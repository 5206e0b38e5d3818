"""Checks on a block's raw lines: what CommonMark reads otherwise than its author meant.

- A line that looks like a heading but whose ``#`` is followed by a non-breaking (or other
  odd) space is a paragraph: ``not-a-heading`` (:func:`fake_headings`).
- An entry indented four spaces outside a list is an indented code block, its link lost:
  ``link-in-code-block`` (:func:`links_in_code`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readinglist.diagnostics import Code, Diagnostic
from readinglist.reading.structure.events import Block

_FAKE_SPACE = r"[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]"
"""What people type after ``#`` that is not the space a heading needs."""
_FAKE_HEADING = re.compile(rf"[ \t>]*(#{{1,6}})({_FAKE_SPACE})")
MARKS_THEN_FAKE_SPACE = re.compile(rf"#{_FAKE_SPACE}")
"""Where a body may hold a line that looks like a heading and is not."""
_ENTRY_IN_CODE = re.compile(
    r"^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:\[[ xX]\]\s+)?(?:~~)?(?:\[[^\]]*\]\([^)\s]*\)|https?://\S)"
)


def fake_headings(
    lines: Sequence[str], line: int, end_line: int, path: str | None
) -> list[Diagnostic]:
    """``not-a-heading`` for each line of a paragraph that looks like a heading."""
    found: list[Diagnostic] = []
    for number in range(line, end_line + 1):
        source = lines[number - 1]
        match = _FAKE_HEADING.match(source)
        if match is not None:
            text = source[match.start(1) :].rstrip("\r\n")
            marks, space = match.groups()
            found.append(
                Diagnostic(
                    Code.NOT_A_HEADING,
                    f"{text[:40]!r} is not a heading: the {marks} is followed "
                    f"by U+{ord(space):04X} instead of a space",
                    path,
                    number,
                    1,
                )
            )
    return found


def links_in_code(lines: Sequence[str], block: Block, path: str | None) -> list[Diagnostic]:
    """``link-in-code-block`` for each line of an indented code block that is an entry."""
    _, first, _, _, inline = block
    found: list[Diagnostic] = []
    for index, text in enumerate(inline[0][1].split("\n")):
        if _ENTRY_IN_CODE.match(text):
            line = first + index
            source = lines[line - 1] if line <= len(lines) else text
            found.append(
                Diagnostic(
                    Code.LINK_IN_CODE_BLOCK,
                    "indented 4 or more spaces, this line is a code block in CommonMark "
                    "and its link is lost; indent it less, or nest it in a list item",
                    path,
                    line,
                    len(source) - len(source.lstrip()) + 1,
                )
            )
    return found
