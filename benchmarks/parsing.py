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
from benchmarks.corpus import SHAPES, corpus
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
        "at most 600 bytes/entry",
        per_entry / 600,
    )


def breakdown(texts: Sequence[str], repeats: int = 5) -> str:
    """Where ``loads`` spends its CPU time per entry (informational): the stages of the
    reading path measured apart, the tokenizer on the same bodies for comparison, and the
    floor every reading shares: each entry's ``Entry`` (as the builder makes it) and its URL's
    key."""
    from readinglist.reading.entries.builder import EntryBuilder, _new_entry
    from readinglist.reading.entries.walker import Walker
    from readinglist.reading.frontmatter.block import read_front_matter
    from readinglist.reading.source import split_lines
    from readinglist.reading.structure import tokens
    from readinglist.reading.structure.lines import recognize
    from readinglist.reading.urls.shortcuts import url_facts
    from readinglist.status import DEFAULT_VOCABULARY, Status

    pages = []
    for text in texts:
        lines = split_lines(text)
        start = read_front_matter(lines, None).body_line
        pages.append((lines, lines[start:], "".join(lines[start:]), start + 1))
    recognized = [recognize(body, body_lines, first) for _, body_lines, body, first in pages]
    if any(blocks is None for blocks in recognized):
        return "breakdown: a corpus page is declined by the line recognizer"
    blocks = [found for found in recognized if found is not None]
    entries = [entry for text in texts for entry in readinglist.loads(text).entries]
    count = len(entries)

    def walk() -> None:
        for (lines, _, body, _), page_blocks in zip(pages, blocks, strict=True):
            builder = EntryBuilder(lines, None)
            Walker(lines, body, DEFAULT_VOCABULARY, None, builder).walk(page_blocks)
            builder.finish()

    def floor() -> None:
        for entry in entries:
            if entry.url is not None:
                url_facts(entry.url)
            _new_entry(
                entry.title,
                entry.url,
                Status.TODO,
                1,
                1,
                1,
                entry.description,
                (),
                None,
                False,
                (),
                None,
                None,
                None,
                None,
            )

    stages = {
        "loads": lambda: [readinglist.loads(text) for text in texts],
        "line recognizer": lambda: [recognize(b, lines, f) for _, lines, b, f in pages],
        "walker and builder": walk,
        "tokenizer instead (for comparison)": lambda: [
            tokens.blocks(b, lines, f) for _, lines, b, f in pages
        ],
        "floor: Entry and URL key": floor,
    }
    parts = [
        f"{name} {_median_seconds(run, repeats) / count * 1e6:.2f} µs"
        for name, run in stages.items()
    ]
    return f"CPU per entry (informational, {count:,} entries): " + ", ".join(parts)


def by_shape(texts: Sequence[str], repeats: int = 3) -> str:
    """CPU per entry of ``loads`` for each page shape of the corpus (informational), and its
    ratio to markdown-it-py tokenizing the same pages: where the throughput goes."""
    tokenizer = MarkdownIt("commonmark")
    parts = []
    for index, shape in enumerate(SHAPES):
        pages = texts[index :: len(SHAPES)]
        count = sum(len(readinglist.loads(text).entries) for text in pages)

        def load(pages: Sequence[str] = pages) -> None:
            for text in pages:
                readinglist.loads(text)

        def tokenize(pages: Sequence[str] = pages) -> None:
            for text in pages:
                tokenizer.parse(text)

        measured = _median_seconds(load, repeats)
        ratio = measured / _median_seconds(tokenize, repeats)
        name = shape.__name__.strip("_").removesuffix("_shape")
        parts.append(f"{name} {measured / count * 1e6:.1f} µs ({ratio:.3f}x)")
    return "CPU per entry by page shape (informational, vs markdown-it-py): " + ", ".join(parts)


def rows(pages: int = 1000, entries: int = 100) -> list[Row]:
    """Every core figure, on one generated corpus."""
    texts = corpus(pages, entries)
    return [throughput(texts), seed_page(), memory(texts)]
