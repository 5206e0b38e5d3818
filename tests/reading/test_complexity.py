"""The cost of loading a page grows linearly with its size, whatever its shape.

Each shape is loaded at two sizes, ten times apart. The cost is counted, not timed: every
Python and C function call made while loading (``sys.setprofile``), which is deterministic.
A quadratic step multiplies it by about 100 instead of 10. Work inside one C call (a regular
expression that backtracks) is invisible to that count, so the shapes aimed at regular
expressions compare the best of several run times instead, as a ratio with a wide margin.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import FrameType

import pytest

import readinglist

Shape = Callable[[int], str]

SHAPES: dict[str, Shape] = {
    "entries": lambda n: "".join(f"- [T{i}](https://e.org/{i}) - about {i}\n" for i in range(n)),
    "headings": lambda n: "".join(f"## H{i}\n\n- [T{i}](https://e.org/{i})\n" for i in range(n)),
    "labels": lambda n: "".join(f"- L{i}\n  - [T{i}](https://e.org/{i})\n" for i in range(n)),
    "bold-labels": lambda n: (
        "".join(f"**L{i}:**\n\n[T{i}](https://e.org/{i})\n\n" for i in range(n)) + ""
    ),
    "references": lambda n: (
        "".join(f"- [r{i}]\n" for i in range(n))
        + "".join(f"\n[r{i}]: https://e.org/{i}" for i in range(n))
    ),
    "duplicates": lambda n: "- [Same](https://e.org/a)\n" * n,
    "links-in-one-paragraph": lambda n: "".join(f"[L{i}](https://e.org/{i}) " for i in range(n)),
    "decoration-links": lambda n: "[:x:](a.pdf) " * n + "[T](https://e.org)\n",
    "code-block": lambda n: "text\n\n" + "    [A](https://e.org/a)\n" * n,
    "emphasis": lambda n: "*a **a _a __a " * n + "\n",
    "open-brackets": lambda n: "[a](" * n + "\n",
    "lone-carriage-returns": lambda n: "- [A](https://e.org/x)\r" * n,
    "front-matter-keys": lambda n: "---\n" + "".join(f"k{i}: v{i}\n" for i in range(n)) + "---\n",
    "front-matter-aliases": lambda n: (
        "---\na: &a [x]\n" + "".join(f"b{i}: *a\n" for i in range(n)) + "---\n"
    ),
    "separators": lambda n: "- " + "a - " * n + "[x](https://e.org)\n",
    "spaces-before-a-link": lambda n: " " * n + "[A](https://e.org/a)\n",
    "unsafe-links": lambda n: "".join(f"- [J{i}](java&#x09;script:{i})\n" for i in range(n)),
}

REGEX_SHAPES: dict[str, Shape] = {
    "front-matter-key-then-spaces": lambda n: "---\na" + " " * n + "b: c\n---\n",
    "front-matter-key-without-colon": lambda n: "---\na" + " a" * (n // 4) + "\n---\n",
    "list-marker-spaces": lambda n: "- " + " " * n + "x\n",
    "title-spaces": lambda n: "- [" + "a " * n + "](https://e.org/a)" + " -" * n + "\n",
}


def _calls(text: str) -> int:
    count = 0

    def counter(frame: FrameType, event: str, argument: object) -> None:
        nonlocal count
        if event in {"call", "c_call"}:
            count += 1

    sys.setprofile(counter)
    try:
        readinglist.loads(text)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("shape", SHAPES.values(), ids=SHAPES.keys())
def test_function_calls_grow_linearly(shape: Shape) -> None:
    readinglist.loads(shape(3))  # build the shared parser first
    small, large = _calls(shape(100)), _calls(shape(1_000))
    assert large <= 13 * small, f"10x the page made {large / small:.1f}x the calls"


def _best_time(text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        readinglist.loads(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("shape", REGEX_SHAPES.values(), ids=REGEX_SHAPES.keys())
def test_run_time_of_regular_expressions_grows_linearly(shape: Shape) -> None:
    """Best of several, small and large interleaved; linear is 10x, quadratic 100x, bound 40x.

    Half a megabyte at most: smaller pages run from the processor's cache and make a
    linear reader look superlinear.
    """
    small_text, large_text = shape(50_000), shape(500_000)
    small, large = float("inf"), float("inf")
    for _ in range(3):
        small = min(small, _best_time(small_text, 3))
        large = min(large, _best_time(large_text, 1))
    assert large <= 40 * small, f"10x the page took {large / small:.1f}x the time"
