"""The tokenizer candidates side by side, on the benchmark corpus (``make bench-tokenizers``).

Each row is CPU time per entry and its ratio to markdown-it-py tokenizing the same texts,
measured in this run. A tokenizer's own time is the floor of any reading path built on it:
the walker, the entry builder and the page rules come on top (the last rows show them).
markdown-it-pyrs is measured when it is installed (``pip install markdown-it-pyrs``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path


def rows(texts: Sequence[str]) -> list[tuple[str, float]]:
    """(candidate, CPU seconds) for each way of reading the corpus; the first is the baseline."""
    import pyromark
    from markdown_it import MarkdownIt

    import readinglist
    from benchmarks.parsing import _median_seconds
    from readinglist.reading.frontmatter.block import read_front_matter
    from readinglist.reading.source import split_lines
    from readinglist.reading.structure import tokens
    from readinglist.reading.structure.lines import recognize

    bodies = []
    for text in texts:
        lines = split_lines(text)
        start = read_front_matter(lines, None).body_line
        bodies.append((lines[start:], "".join(lines[start:]), start + 1))

    def events() -> None:
        for _, body, _ in bodies:
            for _ in pyromark.events_with_range(body, options=tokens.OPTIONS):
                pass

    markdown_it = MarkdownIt("commonmark")
    candidates: dict[str, Callable[[], object]] = {
        "markdown-it-py, tokens only (the baseline)": lambda: [
            markdown_it.parse(body) for _, body, _ in bodies
        ],
        "pyromark (pulldown-cmark), events only": events,
        "pyromark, as the walker's blocks": lambda: [
            tokens.blocks(body, lines, first) for lines, body, first in bodies
        ],
        "line recognizer, as the walker's blocks": lambda: [
            recognize(body, lines, first) for lines, body, first in bodies
        ],
        "loads: recognizer, walker, builder, rules": lambda: [
            readinglist.loads(text) for text in texts
        ],
    }
    try:
        import markdown_it_pyrs
    except ImportError:
        pass
    else:
        parser = markdown_it_pyrs.MarkdownIt("commonmark").enable("strikethrough")
        candidates["markdown-it-pyrs, syntax tree only"] = lambda: [
            parser.tree(body) for _, body, _ in bodies
        ]
    return [(name, _median_seconds(run, 3)) for name, run in candidates.items()]


def main() -> int:
    """Print the table."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import readinglist
    from benchmarks.corpus import corpus

    texts = corpus(300, 100)
    entries = sum(len(readinglist.loads(text).entries) for text in texts)
    measured = rows(texts)
    baseline = measured[0][1]
    print(f"| candidate | µs per entry ({entries:,} entries) | x markdown-it-py |")
    print("|---|---|---|")
    for name, seconds in measured:
        print(f"| {name} | {seconds / entries * 1e6:.2f} | {seconds / baseline:.3f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
