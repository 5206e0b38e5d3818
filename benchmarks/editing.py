"""Editing against loading: ``fmt``, ``add`` and ``mark`` on large pages, as a ratio to ``loads``.

Each edit reads its page once and the result once, so it should cost a small multiple of
loading at any size: the target is at most 3x the time and 3x the peak memory of ``loads``
on the same page, for pages of 1,000, 8,000 and 32,000 topic headings and of 200,000
entries.
"""

from __future__ import annotations

import gc
import time
import tracemalloc
from collections.abc import Callable
from functools import partial

import readinglist
from benchmarks.table import Row

_LIMIT = 100_000_000
"""Room for the largest page (the default limit, 10 MB, would refuse it)."""


def headings_page(count: int) -> str:
    """A page of ``count`` topic headings under two status headings, one entry each."""
    half = count // 2
    lines = ["# Big\n", "\n", "## To read\n", "\n"]
    for index in range(count):
        if index == half:
            lines += ["## Done\n", "\n"]
        lines += [f"### Topic {index}\n", "\n", f"- [Post {index}](https://e.example/{index})\n\n"]
    return "".join(lines)


def entries_page(count: int) -> str:
    """A page of ``count`` entries in one list under a status heading."""
    rows = "".join(f"- [Post {index}](https://e.example/{index})\n" for index in range(count))
    return "# Big\n\n## To read\n\n" + rows + "\n## Done\n\n- [Old](https://e.example/old)\n"


def _cost(run: Callable[[], object]) -> tuple[float, int]:
    """CPU seconds (best of 3) and peak traced bytes of a run (the inputs not counted).

    Time and memory are measured in separate runs: tracing allocations slows them.
    """
    times = []
    for _ in range(3):
        gc.collect()
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    gc.collect()
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return min(times), peak


def _edits(text: str, title: str) -> dict[str, Callable[[], object]]:
    return {
        "fmt": lambda: readinglist.format_text(text, max_size=_LIMIT),
        "add": lambda: readinglist.add_entry(
            text, "https://e.example/new", title="New", group="Topic 3", max_size=_LIMIT
        ),
        "mark": lambda: readinglist.mark_entry(text, title, "done", max_size=_LIMIT),
    }


def rows(quick: bool = False) -> list[Row]:
    """One row per page size: the worst edit's time and memory as a ratio to ``loads``."""
    pages = {
        "1,000 headings": (headings_page(1000), "Post 3"),
        "8,000 headings": (headings_page(8000), "Post 3"),
        "32,000 headings": (headings_page(32000), "Post 3"),
        "200,000 entries": (entries_page(200_000), "Post 3"),
    }
    if quick:
        pages = {name: page for name, page in pages.items() if name.startswith("1,000")}
    found: list[Row] = []
    readinglist.format_text(headings_page(10))  # import the modules before measuring
    for name, (text, title) in pages.items():
        load_time, load_memory = _cost(partial(readinglist.loads, text, max_size=_LIMIT))
        worst_time = worst_memory = 0.0
        parts = []
        for edit, run in _edits(text, title).items():
            seconds, peak = _cost(run)
            worst_time = max(worst_time, seconds / load_time)
            worst_memory = max(worst_memory, peak / load_memory)
            parts.append(f"{edit} {seconds / load_time:.1f}x/{peak / load_memory:.1f}x")
        found.append(
            Row(
                f"edits vs `loads`, {name}",
                f"{', '.join(parts)} (time/memory; loads {load_time:.2f} s, "
                f"{load_memory / 1e6:.0f} MB)",
                "at most 3x the time and memory of loads",
                max(worst_time, worst_memory) / 3,
            )
        )
    return found
