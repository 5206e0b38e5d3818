"""The extension's placeholders: saved in the doctree, replaced before any output is written.

Both are expanded late, by the first post-transform, when a document is resolved for
writing: the summary so that it is never stale, a list so that the saved doctree (which
every read-phase transform walks and every build unpickles) holds one small node per list
instead of several per entry. Being expanded before the theme's post-transforms, their
tables are wrapped as the theme wraps any other table.
"""

from __future__ import annotations

from docutils import nodes


class reading_list_summary(nodes.General, nodes.Element):
    """Where a ``reading-list-summary`` goes; replaced by its table."""


class pending_reading_list(nodes.General, nodes.Element):
    """A ``reading-list``: ``view`` (a ``ListView``) and ``docname``, the document's name.

    Replaced by plain docutils nodes (a list or a table) so that linkcheck and every writer
    see real references.
    """
