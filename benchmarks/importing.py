"""Import cost of ``readinglist``, in fresh interpreters, against bare Python."""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
_SEED = _ROOT / "docs" / "examples" / "pinterest.md"

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


def write_bytecode() -> None:
    """Compile ``src/`` and ``sphinx_ext/`` to ``__pycache__``, as installing a wheel does.

    An editable install run with ``PYTHONDONTWRITEBYTECODE=1`` (or from a read-only
    checkout) would otherwise compile every module from source in every interpreter, while
    the baselines (Python, Sphinx, markdown-it-py) are installed with their bytecode.
    """
    for folder in ("src", "sphinx_ext"):
        compileall.compile_dir(_ROOT / folder, quiet=1)


FIRST_USE = f"import readinglist; readinglist.loads(open({str(_SEED)!r}).read())"
"""A program's real first use: import the package and load the seed page."""


def import_cost(runs: int = 25) -> tuple[float, float, float]:
    """Median wall times of ``python -c 'import readinglist'``, of :data:`FIRST_USE`,
    and of ``python -c pass``.
    """
    bare: list[float] = []
    loaded: list[float] = []
    used: list[float] = []
    _seconds(FIRST_USE)  # warm the file-system cache
    for _ in range(runs):
        bare.append(_seconds("pass"))
        loaded.append(_seconds("import readinglist"))
        used.append(_seconds(FIRST_USE))
    return statistics.median(loaded), statistics.median(used), statistics.median(bare)
