"""sphinx_readinglist: render Markdown reading lists in Sphinx.

Add ``"sphinx_readinglist"`` to ``extensions`` for the ``reading-list`` and
``reading-list-summary`` directives and the ``readinglist_*`` configuration values.
"""

from readinglist import __version__
from sphinx_readinglist.extension import setup

__all__ = ["__version__", "setup"]
