"""The walker's input: a body's blocks in document order, each with its inline content.

Both the tokenizer (:mod:`readinglist.reading.structure.tokens`) and the line recognizer
(:mod:`readinglist.reading.structure.lines`) produce these, and the one walker
(:mod:`readinglist.reading.entries.walker`) reads them. For a page the line recognizer takes,
the two produce equal lists (``tests/reading/test_lines_differential.py``).

A block is a plain tuple ``(kind, line, end_line, number, inline)``; lines are 1-based file
lines. What ``number`` and ``inline`` hold depends on the kind:

- ``heading``: the level, 1 to 6; its content.
- ``paragraph``: the 1-based column where its content starts; its content.
- ``item``: its task box (``NO_BOX``, ``OPEN_BOX`` or ``TICKED_BOX``); ``()``. Its
  ``end_line`` counts the blank lines after it. ``/item`` closes it.
- ``list``: the 1-based column of its first marker; ``(("marker", marker), ("spacing",
  spacing))``, the first item's marker as written (``-``, ``*``, ``+``, ``1.``, ``3)``) and
  ``tight`` or ``loose``. ``/list`` closes it.
- ``quote``: 0; ``()``. ``/quote`` closes it.
- ``code``: ``INDENTED`` or ``FENCED``; one ``text`` token, the code.
- ``html``: 0; one ``html`` token, the HTML block.
- ``rule``: 0; ``()``.
- ``table``: its number of columns; ``()``. ``/table`` closes it. Inside it, each ``row``
  (``HEAD_ROW`` for the header, ``BODY_ROW`` for the others; ``()``), closed by ``/row``,
  holds one ``cell`` per column: the 1-based column where the cell's content starts; its
  content (empty for an empty cell).
- ``/item``, ``/list``, ``/quote``, ``/table``, ``/row``: 0 for every number; ``()``.

The inline content is a tuple of ``(kind, value)`` tokens; adjacent text is one token, but
for an escaped character or an entity, which start a token of their own (a bare URL never
runs across them):

- ``("text", text)``, ``("code", code)``, ``("html", tag)``, and a line break:
  ``("softbreak", NEWLINE)`` or ``("hardbreak", NEWLINE)``;
- ``("link", url)`` ... ``("/link", "")`` and ``("image", url)`` ... ``("/image", "")`` around
  the link text or the image's description (the URL as written, escapes and entities
  resolved);
- ``("strong", marks)`` ... ``("/strong", marks)``, ``("em", marks)`` ... ``("/em", marks)``
  and ``("strike", marks)`` ... ``("/strike", marks)`` around formatted text, each with its
  marks as written (``**``, ``_``, ``~~``).

Bare URLs are plain text here: finding them is the walker's rule
(:func:`readinglist.reading.inline.bare_urls`), the same for both producers.
"""

from __future__ import annotations

InlineToken = tuple[str, str]
"""One inline token: its kind and its text or URL."""
Inline = tuple[InlineToken, ...]
"""A paragraph's or heading's content."""
Block = tuple[str, int, int, int, Inline]
"""``(kind, line, end_line, number, inline)``: see the table above."""

NO_BOX = -1
"""An item without a task box."""
OPEN_BOX = 0
"""An item with ``[ ]``."""
TICKED_BOX = 1
"""An item with ``[x]`` or ``[X]``."""
INDENTED = 1
"""A code block indented four spaces."""
FENCED = 0
"""A fenced code block."""
HEAD_ROW = 1
"""A table's header row."""
BODY_ROW = 0
"""A table's other rows."""

ITEM_END: Block = ("/item", 0, 0, 0, ())
"""What closes an item (one shared tuple)."""
LIST_END: Block = ("/list", 0, 0, 0, ())
"""What closes a list."""
QUOTE_END: Block = ("/quote", 0, 0, 0, ())
"""What closes a block quote."""
TABLE_END: Block = ("/table", 0, 0, 0, ())
"""What closes a table."""
ROW_END: Block = ("/row", 0, 0, 0, ())
"""What closes a table row."""
SOFTBREAK: InlineToken = ("softbreak", "\n")
"""A line break inside a paragraph."""
HARDBREAK: InlineToken = ("hardbreak", "\n")
"""A line break written with two spaces or a backslash at the end of the line."""
LINK_END: InlineToken = ("/link", "")
"""What closes a link."""
