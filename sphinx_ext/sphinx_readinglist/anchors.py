"""The ids of the lists, which the summary links to: unique in each output file, and stable.

A list's id is ``reading-list-`` and its page's title as an id (``reading-list-books``);
for a title with no ASCII letters or digits (``読書``), the page's path instead
(``reading-list-reading-books`` for ``reading/books.md``). When the document already has
that id (a second list of the same page, or of another page with the same title), ``-2``,
``-3`` … is added, in document order. So an id depends only on its own document.

singlehtml puts every document in one file, where two documents could each have a
``reading-list-books``: there each id starts with its document's name and two hyphens
(``lists--reading-list-books`` for ``lists.rst``). Two hyphens never occur inside an id
made from text, so no two documents can meet.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePosixPath

from docutils import nodes

PREFIX = "reading-list-"
"""The start of every list's id."""

MERGING_BUILDERS = frozenset({"singlehtml"})
"""Builders that write every document into one HTML file."""


def _slug(text: str) -> str:
    """``text`` as an id: ASCII lower-case letters and digits, single hyphens between."""
    return nodes.make_id(text)


def _digest(text: str) -> str:
    """Eight hex digits standing for ``text``, when it gives no slug."""
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]


def list_anchor(document: nodes.document, title: str, path: str) -> str:
    """The id of a list of the page ``path`` (relative to the source folder) titled ``title``.

    Unique among the ids the document has so far.
    """
    base = _slug(title) or _slug(PurePosixPath(path).with_suffix("").as_posix())
    if not base:
        base = _digest(path)
    anchor, number = PREFIX + base, 2
    while anchor in document.ids:
        anchor, number = f"{PREFIX}{base}-{number}", number + 1
    return anchor


def output_anchor(builder_name: str, docname: str, anchor: str) -> str:
    """The id as written by this builder: prefixed with the document where files merge."""
    if builder_name not in MERGING_BUILDERS:
        return anchor
    document = _slug(docname) or _digest(docname)
    return f"{document}--{anchor}"
