"""Editing a page costs a small multiple of loading it, at any size.

The cost is counted, not timed: the lines of ``readinglist`` executed (``sys.settrace``),
which is deterministic and, unlike a count of calls, sees a loop that calls nothing (an
editor that scans every heading for each heading). Each page is edited at two sizes, ten
times apart: a quadratic step multiplies the count by about 100 instead of 10. The time
and memory targets themselves are measured by ``make bench`` (``benchmarks/editing.py``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import readinglist

_PACKAGE = str(Path(readinglist.__file__).parent)

Page = Callable[[int], str]


def _headings(count: int) -> str:
    """Status headings over ``count`` topic headings, one entry each."""
    parts = ["# Big\n\n## To read\n\n"]
    for index in range(count):
        if index == count // 2:
            parts.append("## Done\n\n")
        parts.append(f"### Topic {index}\n\n- [Post {index}](https://e.example/{index})\n\n")
    return "".join(parts)


def _entries(count: int) -> str:
    """One list of ``count`` entries under a status heading."""
    rows = "".join(f"- [Post {index}](https://e.example/{index})\n" for index in range(count))
    return "# Big\n\n## To read\n\n" + rows + "\n## Done\n\n- [Old](https://e.example/old)\n"


def _labels(count: int) -> str:
    """List labels, each over one nested entry."""
    return "".join(
        f"- Label {index}\n  - [Post {index}](https://e.example/{index})\n"
        for index in range(count)
    )


PAGES: dict[str, Page] = {"headings": _headings, "entries": _entries, "labels": _labels}

EDITS: dict[str, Callable[[str], object]] = {
    "fmt": readinglist.format_text,
    "add": lambda text: readinglist.add_entry(text, "https://e.example/new", title="New"),
    "mark": lambda text: readinglist.mark_entry(text, "Post 3", "done"),
    "remove": lambda text: readinglist.remove_entry(text, "Post 3"),
}


def _lines(run: Callable[[], object]) -> int:
    """Lines of the ``readinglist`` package executed by ``run()``."""
    count = 0

    def local(frame: FrameType, event: str, argument: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def enter(frame: FrameType, event: str, argument: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(_PACKAGE) else None

    sys.settrace(enter)
    try:
        run()
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
@pytest.mark.parametrize("page", PAGES.values(), ids=PAGES.keys())
def test_edits_grow_linearly_with_the_page(page: Page, edit: Callable[[str], object]) -> None:
    edit(page(10))  # import what the edit imports first
    small, large = page(100), page(1_000)
    grew = _lines(lambda: edit(large)) / _lines(lambda: edit(small))
    assert grew <= 13, f"10x the page made {grew:.1f}x the work"


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
@pytest.mark.parametrize("page", PAGES.values(), ids=PAGES.keys())
def test_an_edit_is_a_small_multiple_of_loading(page: Page, edit: Callable[[str], object]) -> None:
    """One read, the change, one read-back: about two loads and the change itself."""
    text = page(1_000)
    edit(text)
    ratio = _lines(lambda: edit(text)) / _lines(lambda: readinglist.loads(text))
    assert ratio <= 3, f"the edit ran {ratio:.1f}x the lines of loads"
