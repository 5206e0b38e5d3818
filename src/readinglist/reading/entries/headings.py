"""Headings beyond groups: H1 sections, and headings that are themselves readings.

- **H1 sections** (:class:`Sections`): on a page with two or more H1s, the H1s are groups;
  the first is the page's title only when no entry comes before the second.
- **Linked headings** (:class:`LinkedHeading`): a heading that is a link
  (``## [PyCoder's Weekly](https://…)``, or a title ``by [Author](…)``) is an entry when
  nothing under it is one; the paragraph under it is its description.
"""

from __future__ import annotations

from readinglist.reading.entries.groups import Context
from readinglist.reading.inline.content import Found, read_entry
from readinglist.reading.structure.events import Inline


class Sections:
    """The H1s of a page that has two or more (they are sections): its title heading."""

    __slots__ = ("_first",)

    def __init__(self) -> None:
        self._first: tuple[str, int, int] | None = None
        """The first H1's label and line, and the entries before the second (-1: not yet)."""

    def h1(self, label: str, line: int, entries: int) -> None:
        """An H1 at ``line``, with ``entries`` entries before it."""
        if self._first is None:
            self._first = (label, line, -1)
        elif self._first[2] < 0:
            self._first = (self._first[0], self._first[1], entries)

    def title(self) -> tuple[str, int] | None:
        """The first H1 when it is the page's title: no entry came before the second H1."""
        if self._first is None or self._first[2] != 0:
            return None
        return self._first[0], self._first[1]


class LinkedHeading:
    """A heading that is a link, until what follows it says whether it is an entry."""

    __slots__ = ("column", "context", "found", "level", "line")

    def __init__(self, found: Found, context: Context, line: int, column: int, level: int):
        self.found = found
        self.context = context
        """The groups around the heading (itself left out)."""
        self.line = line
        self.column = column
        self.level = level

    def describe(self, text: str) -> None:
        """The first paragraph under the heading is its description."""
        if not self.found[2]:
            self.found = (self.found[0], self.found[1], text, *self.found[3:])


def linked_heading(inline: Inline, label: str) -> Found | None:
    """The entry a heading's content is (a link, or a title by a linked author), if any."""
    if not any(kind == "link" for kind, _ in inline) and "//" not in label:
        return None
    found = read_entry(inline, in_list=True)
    if found is None or (found[1] is None and found[5] is None):
        return None
    if found[1] is not None and found[1][:1] == "#" and len(found[1]) > 1:
        return None  # a link to an anchor of the page
    return found
