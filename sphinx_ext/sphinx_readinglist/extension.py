"""``setup()``: register the directives, the domain, the config values and the events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

import readinglist
from sphinx_readinglist import config, words
from sphinx_readinglist.cache import clear_page_cache
from sphinx_readinglist.directives import ReadingListDirective, ReadingListSummaryDirective
from sphinx_readinglist.domain import ReadingListDomain, summaries_to_rewrite
from sphinx_readinglist.reporting import log_page_reports
from sphinx_readinglist.transforms import ExpandReadingLists, remember_builder

STATIC = Path(__file__).parent / "static"
"""The folder of ``readinglist.css``, shipped in the package."""

ENV_VERSION = 7
"""Bumped when what the extension stores in the environment changes shape, or what a
directive renders from the same input changes (7: ``:group:`` folds names as labels)."""


def add_static_path(app: Sphinx, config: Config) -> None:
    """``config-inited``: HTML builders (epub too) copy ``readinglist.css`` to ``_static``.

    Added before the environment is loaded, so that the saved configuration has it too and
    incremental builds do not report a changed ``html_static_path``. The value becomes a new
    list: Sphinx accepts a tuple there too, which has no ``append``.
    """
    paths = list(config.html_static_path)
    if str(STATIC) not in paths:
        config.html_static_path = [*paths, str(STATIC)]


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the extension with Sphinx."""
    config.register(app)
    words.register(app)
    app.add_domain(ReadingListDomain)
    app.add_directive("reading-list", ReadingListDirective)
    app.add_directive("reading-list-summary", ReadingListSummaryDirective)
    app.add_post_transform(ExpandReadingLists)
    app.connect("builder-inited", remember_builder)
    app.connect("config-inited", add_static_path)
    app.add_css_file("readinglist.css")
    app.connect("env-before-read-docs", clear_page_cache)
    app.connect("env-updated", log_page_reports)
    app.connect("env-get-updated", summaries_to_rewrite)
    return {
        "version": readinglist.__version__,
        "env_version": ENV_VERSION,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
