"""Parse each page once per build, however many documents include it."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

import readinglist
from sphinx_readinglist.config import VocabularyKey

if TYPE_CHECKING:
    from readinglist import Page, StatusVocabulary

_Key = tuple[str, int, int, VocabularyKey, int]


class PageCache:
    """Loaded pages keyed by path, modification time, size and status vocabulary.

    A changed file has a new key, so an entry is never stale; the cache is also emptied
    when a build starts reading, so it holds one build's pages at most.
    """

    def __init__(self) -> None:
        self._pages: dict[_Key, Page] = {}

    def load(
        self,
        path: str,
        vocabulary: StatusVocabulary,
        key: VocabularyKey,
        max_size: int | None = None,
    ) -> Page:
        """The page at ``path``; raises :class:`readinglist.ReadingListError` like ``load``.

        ``max_size`` is ``readinglist_max_size``: ``None`` for the library's default.
        """
        limit = readinglist.DEFAULT_MAX_SIZE if max_size is None else max_size
        try:
            stat = os.stat(path)
        except OSError:
            # raises the located error
            return readinglist.load(path, vocabulary=vocabulary, max_size=limit)
        cache_key = (path, stat.st_mtime_ns, stat.st_size, key, limit)
        page = self._pages.get(cache_key)
        if page is None:
            page = self._pages[cache_key] = readinglist.load(
                path, vocabulary=vocabulary, max_size=limit
            )
        return page

    def clear(self) -> None:
        """Forget every page."""
        self._pages.clear()


_CACHES: WeakKeyDictionary[BuildEnvironment, PageCache] = WeakKeyDictionary()


def page_cache(env: BuildEnvironment) -> PageCache:
    """The cache of this build environment (one per Sphinx application)."""
    cache = _CACHES.get(env)
    if cache is None:
        cache = _CACHES[env] = PageCache()
    return cache


def clear_page_cache(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Empty the cache when a build starts reading (``env-before-read-docs``)."""
    page_cache(env).clear()
