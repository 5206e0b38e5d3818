"""``make bench``: measure every performance figure and print the table.

Exits 1 when a figure misses its target. Run from the repository root:
``python benchmarks/run.py`` (``--quick`` for a smaller corpus and no Sphinx builds).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Measure, print the table and the machine; 0 when every row is within its target."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks import editing, importing, page_weight, parsing, sphinx_builds
    from benchmarks.corpus import corpus
    from benchmarks.table import Row, render

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="100 pages, no Sphinx builds")
    options = parser.parse_args(argv)
    importing.write_bytecode()
    rows: list[Row] = parsing.rows(pages=100 if options.quick else 1000)
    loaded, used, bare = importing.import_cost()
    heavy = importing.heavy_modules()
    rows.append(
        Row(
            "`import readinglist` over bare Python",
            f"{(loaded - bare) * 1e3:.1f} ms ({loaded * 1e3:.1f} ms vs {bare * 1e3:.1f} ms)",
            "at most 30 ms, neither Sphinx nor docutils",
            None if heavy else (loaded - bare) / 0.030,
            f"imports {', '.join(heavy)}" if heavy else "",
        )
    )
    rows += editing.rows(quick=options.quick)
    if not options.quick:
        rows += sphinx_builds.rows()
        rows += page_weight.rows()
    print(render(rows))
    print()
    print(
        f"first use (informational, no target): `import readinglist` then `loads` of the seed "
        f"page, {(used - bare) * 1e3:.1f} ms over bare Python ({used * 1e3:.1f} ms)"
    )
    print(parsing.breakdown(corpus(200, 100)))
    print(parsing.by_shape(corpus(200, 100)))
    print("bytecode of src/ and sphinx_ext/ is written first (compileall), as a wheel has it")
    print(f"machine: {_machine()}")
    return 0 if all(row.passed for row in rows) else 1


def _machine() -> str:
    cores = len(os.sched_getaffinity(0))
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cores} cores, {model}, Python {platform.python_version()}"


if __name__ == "__main__":
    sys.exit(main())
