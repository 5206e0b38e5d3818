"""sphinx_readinglist: render reading lists in Sphinx with the ``reading-list`` directive."""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

import readinglist

__version__ = readinglist.__version__

__all__ = ["__version__", "setup"]


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the extension with Sphinx."""
    return {
        "version": __version__,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
