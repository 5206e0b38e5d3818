"""Core figures: corpus throughput against markdown-it-py, the seed page, retained memory."""

from __future__ import annotations

import gc
import statistics
import time
import timeit
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

from markdown_it import MarkdownIt

import readinglist
from benchmarks.corpus import corpus
from benchmarks.table import Row

ROOT = Path(__file__).resolve().parent.parent
SEED_PAGE = ROOT / "docs" / "examples" / "pinterest.md"


def _median_seconds(run: Callable[[], object], repeats: int) -> float:
    """Median CPU time of ``run()`` in this process: other work on a shared machine (another
    build, a test run) slows the wall clock, not this."""
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return statistics.median(times)


def throughput(texts: Sequence[str], repeats: int = 3) -> Row:
    """Parse and validate every page, against markdown-it-py only tokenizing the same texts."""
    tokenizer = MarkdownIt("commonmark")
    entries = sum(len(readinglist.loads(text).entries) for text in texts)

    def tokenize() -> None:
        for text in texts:
            tokenizer.parse(text)

    def load() -> None:
        for text in texts:
            readinglist.loads(text)

    baseline = _median_seconds(tokenize, repeats)
    measured = _median_seconds(load, repeats)
    ratio = measured / baseline
    return Row(
        f"parse + validate {len(texts):,} pages, {entries:,} entries",
        f"{measured:.3f} s, {entries / measured:,.0f} entries/s "
        f"({ratio:.3f}x markdown-it's {baseline:.2f} s, {entries / baseline:,.0f} entries/s)",
        "at most 0.10x markdown-it-py tokenizing",
        ratio / 0.10,
    )


def seed_page(repeats: int = 9, number: int = 200) -> Row:
    """``loads`` of the 17-entry page the project was born from."""
    text = SEED_PAGE.read_text(encoding="utf-8")
    readinglist.loads(text, path="pinterest.md")
    runs = timeit.repeat(
        lambda: readinglist.loads(text, path="pinterest.md"),
        repeat=repeats,
        number=number,
        timer=time.process_time,
    )
    seconds = statistics.median(runs) / number
    return Row(
        "`loads` of the 17-entry seed page",
        f"{seconds * 1e6:.0f} µs",
        "at most 200 µs",
        seconds / 200e-6,
    )


def memory(texts: Sequence[str]) -> Row:
    """Bytes held by the loaded pages (tracemalloc), per entry; the texts are not counted."""
    readinglist.loads(texts[0])  # build parsers and caches outside the measurement
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    pages = [readinglist.loads(text) for text in texts]
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    entries = sum(len(page.entries) for page in pages)
    per_entry = held / entries
    return Row(
        "retained memory of the loaded pages",
        f"{per_entry:.0f} bytes/entry ({held / 1e6:.1f} MB for {entries:,} entries)",
        "at most 350 bytes/entry",
        per_entry / 350,
    )


def breakdown(texts: Sequence[str], repeats: int = 5) -> str:
    """Where ``loads`` spends its CPU time per entry, and the line reader's floor
    (informational: the stages measured apart, then a loop doing only what every reader of
    these lines must do: the line's match, the URL's key and the ``Entry``)."""
    from readinglist.model import new_entry
    from readinglist.reading.frontmatter import read_front_matter
    from readinglist.reading.lines import _LINK_LINE, read_body
    from readinglist.reading.page_rules import duplicate_diagnostics, url_diagnostics
    from readinglist.reading.source import split_lines
    from readinglist.reading.url_shortcuts import simple_url_facts, url_problems_of
    from readinglist.status import DEFAULT_VOCABULARY, Status

    lines = [split_lines(text) for text in texts]
    starts = [read_front_matter(page, None).body_line for page in lines]
    bodies = [
        read_body(page, start, DEFAULT_VOCABULARY, None)
        for page, start in zip(lines, starts, strict=True)
    ]
    if any(body is None for body in bodies):
        return "breakdown: a corpus page is not read by the line reader"
    read = [body for body in bodies if body is not None]
    count = sum(len(body.entries) for body in read)
    match = _LINK_LINE.fullmatch
    place = (1, 0, (), None, False, ())

    def floor() -> None:
        for page in lines:
            for index, text in enumerate(page):
                found = match(text.rstrip())
                if found is not None:
                    _, _, _, title, url, scheme, host, path, query, _, tail = found.groups()
                    if scheme:
                        simple_url_facts(scheme, host, path, query)
                    new_entry(title + url, len(title), Status.TODO, index, tail, place)

    def loads() -> None:
        for text in texts:
            readinglist.loads(text)  # not kept: as in the throughput row

    def reader() -> None:
        for page, start in zip(lines, starts, strict=True):
            read_body(page, start, DEFAULT_VOCABULARY, None)

    # loads walks the entries for duplicates only on pages where two share a key or title.
    repeating = [body for body in read if body.repeats]
    stages = {
        "loads": loads,
        "line reader": reader,
        f"duplicate walk ({len(repeating)} of {len(read)} pages)": lambda: [
            duplicate_diagnostics([None] * len(body.entries), body.entries, body.keys)
            for body in repeating
        ],
        "URL problems": lambda: [
            url_diagnostics(body.flagged, page, None, url_problems_of)
            for body, page in zip(read, lines, strict=True)
        ],
        "reader floor": floor,
    }
    parts = [
        f"{name} {_median_seconds(run, repeats) / count * 1e6:.2f} µs"
        for name, run in stages.items()
    ]
    return f"CPU per entry (informational, {count:,} entries): " + ", ".join(parts)


def rows(pages: int = 1000, entries: int = 100) -> list[Row]:
    """Every core figure, on one generated corpus."""
    texts = corpus(pages, entries)
    return [throughput(texts), seed_page(), memory(texts)]
