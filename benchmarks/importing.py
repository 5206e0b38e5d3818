"""Import cost of ``readinglist``, in fresh interpreters, against bare Python."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

_HEAVY = ("sphinx", "docutils")


def _seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def heavy_modules() -> list[str]:
    """Which of Sphinx and docutils ``import readinglist`` imports (it should be none)."""
    code = f"import sys, readinglist; print(' '.join(m for m in {_HEAVY!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )
    return result.stdout.split()


def import_cost(runs: int = 25) -> tuple[float, float]:
    """Median wall time of ``python -c 'import readinglist'`` and of ``python -c pass``."""
    bare: list[float] = []
    loaded: list[float] = []
    _seconds("import readinglist")  # warm the file-system cache and bytecode
    for _ in range(runs):
        bare.append(_seconds("pass"))
        loaded.append(_seconds("import readinglist"))
    return statistics.median(loaded), statistics.median(bare)
