"""The extension's placeholders: saved in the doctree, replaced before any output is written.

Both are expanded late, when a document is resolved for writing: the summary so that it is
never stale, a list so that the saved doctree (which every read-phase transform walks and
every build unpickles) holds one small node per list instead of eight per entry.
"""

from __future__ import annotations

from docutils import nodes


class reading_list_summary(nodes.General, nodes.Element):
    """Where a ``reading-list-summary`` goes; replaced by a table at ``doctree-resolved``."""


class pending_reading_list(nodes.General, nodes.Element):
    """A ``reading-list``'s entries (``entries``: ShownEntry tuples) and ``style``.

    Replaced by plain docutils nodes (a bullet list or a table) by ``ExpandReadingLists``,
    the first post-transform, so that linkcheck and every writer see real references.
    """
