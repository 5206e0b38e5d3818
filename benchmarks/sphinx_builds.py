"""Sphinx figures: a page rendering entries through ``reading-list`` against hand-written rST.

Two projects with the same entries: one includes a generated Markdown page with the
directive (and loads the extension), the other writes the same links as an rST bullet
list (no extension). Each build runs in a fresh interpreter and times Sphinx's own work
(application set-up and build), so interpreter start-up is not counted on either side. The
time is the build process's CPU time, as for the core rows: other work on a shared machine
slows the wall clock, not this (a build without ``-j`` is one process).
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.corpus import SHAPES
from benchmarks.table import Row

_BUILD = """
import sys, time
start = time.process_time()
from sphinx.application import Sphinx
source, out, fresh = sys.argv[1], sys.argv[2], sys.argv[3] == "fresh"
app = Sphinx(source, source, out + "/html", out + "/doctrees", "html",
             status=None, warning=None, freshenv=fresh)
app.build()
print(time.process_time() - start)
"""


def awesome_entries(count: int) -> list[tuple[str, str, str]]:
    """(title, url, description) of ``count`` awesome-style entries, deterministic."""
    rng = random.Random(count)
    lines = SHAPES[1](rng, count)
    found: list[tuple[str, str, str]] = []
    for line in lines:
        if line.startswith("- ["):
            title, _, rest = line[3:].partition("](")
            url, _, tail = rest.partition(")")
            description = tail.strip().split(" ", 1)[1] if tail.strip() else ""
            found.append((title, url, description))
    return found


def _projects(root: Path, count: int) -> tuple[Path, Path, str]:
    """The directive project, the hand-written one, and a URL both must render."""
    entries = awesome_entries(count)
    directive, handwritten = root / "directive", root / "handwritten"
    for folder in (directive, handwritten):
        folder.mkdir()
    (directive / "conf.py").write_text('extensions = ["sphinx_readinglist"]\n', encoding="utf-8")
    (handwritten / "conf.py").write_text("extensions = []\n", encoding="utf-8")
    page = "---\ntitle: Benchmark\n---\n\n" + "".join(
        f"- [{t}]({u})" + (f" - {d}" if d else "") + "\n" for t, u, d in entries
    )
    (directive / "reading.md").write_text(page, encoding="utf-8")
    (directive / "index.rst").write_text(
        "Benchmark\n=========\n\n.. reading-list:: reading.md\n", encoding="utf-8"
    )
    items = "".join(
        f"* `{rst_text(t)} <{u}>`__" + (f" - {rst_text(d)}" if d else "") + "\n"
        for t, u, d in entries
    )
    (handwritten / "index.rst").write_text(f"Benchmark\n=========\n\n{items}", encoding="utf-8")
    return directive, handwritten, entries[-1][1]


def rst_text(text: str) -> str:
    return "".join("\\" + c if c in "`*_|<>\\" else c for c in text)


def build(source: Path, out: Path, *, fresh: bool) -> float:
    """Build ``source`` into ``out`` in a fresh interpreter; its CPU seconds."""
    if fresh:
        shutil.rmtree(out, ignore_errors=True)
    result = subprocess.run(
        [sys.executable, "-c", _BUILD, str(source), str(out), "fresh" if fresh else "again"],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


def _renders(out: Path, url: str) -> bool:
    html = out / "html" / "index.html"
    return html.exists() and url.replace("&", "&amp;") in html.read_text(encoding="utf-8")


def compare(count: int, runs: int) -> tuple[float, float, float, float] | None:
    """Median fresh and no-change build seconds, directive then hand-written.

    The two projects take turns going first, so that a machine getting busier or quieter
    during the run weighs on both alike.

    ``None`` when the directive does not render the entries (the extension lacks it).
    """
    with tempfile.TemporaryDirectory(prefix="readinglist-bench-") as folder:
        root = Path(folder)
        directive, handwritten, url = _projects(root, count)
        outs = {directive: root / "out-directive", handwritten: root / "out-handwritten"}
        try:
            build(directive, outs[directive], fresh=True)
        except subprocess.CalledProcessError:
            return None
        if not _renders(outs[directive], url):
            return None
        fresh: dict[Path, list[float]] = {directive: [], handwritten: []}
        again: dict[Path, list[float]] = {directive: [], handwritten: []}
        for run in range(runs):
            for project in (handwritten, directive)[:: 1 if run % 2 else -1]:
                fresh[project].append(build(project, outs[project], fresh=True))
                again[project].append(build(project, outs[project], fresh=False))
        return (
            statistics.median(fresh[directive]),
            statistics.median(fresh[handwritten]),
            statistics.median(again[directive]),
            statistics.median(again[handwritten]),
        )


def rows() -> list[Row]:
    """The three Sphinx rows (failing, with a note, while the directive is missing)."""
    missing = "the reading-list directive does not render yet"
    # More runs of the small build: it is short, so a busy moment weighs more on it.
    large, small = compare(1000, runs=7), compare(17, runs=11)
    if large is None or small is None:
        return [
            Row("Sphinx fresh build, 1,000 entries", "-", "at most 1.05x hand-written rST",
                None, missing),
            Row("Sphinx fresh build, 17 entries", "-", "at most 1.10x hand-written rST",
                None, missing),
            Row("Sphinx no-change rebuild, 1,000 entries", "-",
                "at most 50 ms slower than hand-written", None, missing),
        ]  # fmt: skip
    rows = []
    for count, limit, (directive, handwritten, _, _) in ((1000, 1.05, large), (17, 1.10, small)):
        rows.append(
            Row(
                f"Sphinx fresh build, {count:,} entries",
                f"{directive:.2f} s vs {handwritten:.2f} s hand-written "
                f"({directive / handwritten:.3f}x)",
                f"at most {limit:.2f}x hand-written rST",
                directive / handwritten / limit,
            )
        )
    again_directive, again_handwritten = large[2], large[3]
    slower = again_directive - again_handwritten
    rows.append(
        Row(
            "Sphinx no-change rebuild, 1,000 entries",
            f"{again_directive * 1e3:.0f} ms vs {again_handwritten * 1e3:.0f} ms hand-written "
            f"({slower * 1e3:+.0f} ms)",
            "at most 50 ms slower than hand-written",
            max(slower, 0.0) / 0.050,
        )
    )
    return rows
