"""The line recognizer: the blocks of a body in the common shapes, without the tokenizer.

Most reading lists are a few shapes: ATX headings, bullet lists (nested by indentation, with
task boxes), and single-line paragraphs, whose text is plain or starts with one
``[Title](url)`` link (struck through or not). :func:`recognize` reads such a body line by
line and gives exactly the blocks the tokenizer gives
(:func:`readinglist.reading.structure.tokens.blocks`). For anything else (emphasis, code,
HTML, escapes, entities, tabs, ordered lists, quotes, tables, setext headings, reference
links, paragraphs over several lines ...) it declines, and the tokenizer reads the page. It
only recognizes structure: what an entry is, its status and groups are the walker's to
decide, for both alike. ``tests/reading/test_lines_differential.py`` holds the two to equal
blocks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from readinglist.reading.structure.events import (
    ITEM_END,
    LINK_END,
    LIST_END,
    NO_BOX,
    OPEN_BOX,
    TICKED_BOX,
    Block,
    Inline,
)

_OUTSIDE = re.compile(
    r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f\x85\\`<\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f"
    r"\u205f\u3000\ufeff]"
)
"""Anywhere in the body, what the recognizer leaves to the tokenizer: tabs and control
characters, escapes, code, HTML and autolinks, and the spaces that CommonMark or the walker
treat apart."""
_INSIDE_ASCII = bytes(code for code in range(128) if not _OUTSIDE.match(chr(code)))
"""The ASCII characters the recognizer reads, as bytes (see :func:`_has_outside`)."""
_ENTITY = re.compile(r"&#?[A-Za-z0-9]+;")
"""An entity, which the tokenizer reads as the character it names."""
_MARKERS = frozenset("-*+")
_HEADING = re.compile(r"(#{1,6}) +(.*?) *")
_LINK_TEXT = r"(?:(~~)?\[([^\[\]~*]+)\]\(([^\s()<>]+)\)(~~)?)"
"""``[title](url)``, maybe struck through: the text holds no link, emphasis or strike."""
_LINK = re.compile(rf"{_LINK_TEXT}([^\[\]~*]*)")
_ITEM_LINE = re.compile(
    rf"[-*+] (?:\[([ xX])\] +)?(?:{_LINK_TEXT}([^\[\]~*]*)|([^\[\]~* ][^\[\]~*]*))"
)
"""An item's first line: its marker, its task box, then a link line or plain text."""
_BLOCK_IN_ITEM = frozenset("-*+#>")
_RULE = re.compile(r"(?:([-*_]) *)(?:\1 *){2,}")
_RULE_STARTS = frozenset(("", "-", "*", "_", " "))
"""What may follow a marker and a space on a thematic break's line."""
_ORDERED = re.compile(r"\d{1,9}[.)](?: |$)")
_UNDERSCORES = re.compile(r"_+")
_NOT_SIBLING = frozenset({"", " ", "-", "*", "_"})
"""After a marker and a space: what may make the line a thematic break, not an item."""
_CLOSES_STRIKE = frozenset(" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
"""What may follow a closing ``~~`` (nothing, a space or punctuation)."""


class _Declined(Exception):
    """The body holds something the recognizer does not model."""


class _List:
    """An open list: its marker, column, and where its event is."""

    __slots__ = ("indent", "index", "loose", "marker", "prefix")

    def __init__(self, marker: str, indent: int, index: int) -> None:
        self.marker = marker
        self.indent = indent
        """0-based column of its markers."""
        self.prefix = " " * indent + marker + " "
        """What starts the line of each of its items."""
        self.index = index
        """Index of its ``list`` block (its end line and spacing are set when it closes)."""
        self.loose = False


class _Item:
    """An open list item."""

    __slots__ = ("content", "gap", "index")

    def __init__(self, content: int, index: int) -> None:
        self.content = content
        """0-based column where its content starts: deeper lines belong to it."""
        self.index = index
        """Index of its ``item`` block (its end line is set when it closes)."""
        self.gap = False
        """A blank line came after its last block: the next block inside it makes its list
        loose; the next sibling item too."""


def recognize(body: str, lines: Sequence[str], first_line: int) -> list[Block] | None:
    """The blocks of ``body`` (whose ``lines`` start at file line ``first_line``), or ``None``.

    ``None``: the body holds something only the tokenizer reads right.
    """
    if _has_outside(body) or ("&" in body and _ENTITY.search(body)):
        return None
    try:
        return _Recognizer(lines, first_line).read()
    except _Declined:
        return None


def _has_outside(body: str) -> bool:
    """``_OUTSIDE.search(body)``, at a third of its cost.

    The ASCII characters the recognizer reads are deleted from the UTF-8 bytes in one pass
    in C; what is left (characters outside ASCII, whole, and those it leaves) is searched.
    """
    left = body.encode("utf-8", "surrogatepass").translate(None, _INSIDE_ASCII)
    return bool(left) and _OUTSIDE.search(left.decode("utf-8", "surrogatepass")) is not None


class _Recognizer:
    def __init__(self, lines: Sequence[str], first_line: int) -> None:
        self.lines = lines
        self.first_line = first_line
        self.blocks: list[Block] = []
        self.lists: list[_List] = []
        self.items: list[_Item] = []
        self.previous = "blank"
        """What the line before was: ``blank``, ``heading``, ``item`` or ``paragraph``."""

    def read(self) -> list[Block]:
        line = self.first_line
        items, lists, blocks = self.items, self.lists, self.blocks
        for text in self.lines:
            # The body holds no tab, control character or odd space (_OUTSIDE): rstrip()
            # removes the line ending and trailing spaces, as the tokenizer does.
            content = text.rstrip()
            if not content:
                self.previous = "blank"
                if items:
                    items[-1].gap = True
            elif (
                items
                and self.previous == "item"
                and content.startswith(lists[-1].prefix)
                and content[len(lists[-1].prefix) : len(lists[-1].prefix) + 1] not in _NOT_SIBLING
            ):
                # The next item of the innermost list, right after the last (most lines):
                # what _item does for it, without the search for the list it continues.
                self._set_end(items.pop().index, line - 1)
                blocks.append(ITEM_END)
                listed = lists[-1]
                self._open_item(content[listed.indent :], listed.indent, line)
            else:
                self._line(content, line)
            line += 1
        self._close_items(-1, self._last_line())
        return self.blocks

    def _last_line(self) -> int:
        """The last line a block can end on: not a blank last line without a line ending."""
        lines = self.lines
        last = self.first_line + len(lines) - 1
        if lines and not lines[-1].strip() and lines[-1][-1:] not in {"\r", "\n"}:
            last -= 1
        return last

    def _line(self, content: str, line: int) -> None:
        stripped = content.lstrip(" ")
        indent = len(content) - len(stripped)
        first = stripped[0]
        if first in _MARKERS and (stripped[1:2] == " " or len(stripped) == 1):
            if stripped[2:3] in _RULE_STARTS and _RULE.fullmatch(stripped):
                raise _Declined  # a thematic break, or a setext underline
            self._item(stripped, indent, line)
        elif first == "#" and (heading := _HEADING.fullmatch(stripped)) is not None:
            self._heading(heading, indent, line)
        elif first == "#" and stripped.rstrip("#") == "":
            raise _Declined  # an empty heading
        elif first in ">=|" or (first.isdigit() and _ORDERED.match(stripped)):
            raise _Declined  # a quote, a setext underline or table, an ordered list
        elif first in "-*_" and _RULE.fullmatch(stripped):
            raise _Declined  # a thematic break
        else:
            self._paragraph(stripped, indent, line)

    # Containers -----------------------------------------------------------------------

    def _close_items(self, indent: int, end_line: int, marker: str = "") -> bool:
        """Close the items a line at ``indent`` is not inside, and the lists they end.

        With a list ``marker``, the line is a list item: True when it is the next item of
        the innermost list left open (whose item it closed).
        """
        items, lists = self.items, self.lists
        while items and indent < items[-1].content:
            item = items.pop()
            self._set_end(item.index, end_line)
            self.blocks.append(ITEM_END)
            listed = lists[-1]
            if marker and indent == listed.indent and marker == listed.marker:
                if item.gap:
                    listed.loose = True  # items separated by a blank line
                return True
            self._close_list(end_line)
            if item.gap and items:
                items[-1].gap = True  # the blank line ends the item around it too
        return False

    def _close_list(self, end_line: int) -> None:
        listed = self.lists.pop()
        kind, line, _, column, details = self.blocks[listed.index]
        spacing = ("spacing", "loose" if listed.loose else "tight")
        self.blocks[listed.index] = (kind, line, end_line, column, (details[0], spacing))
        self.blocks.append(LIST_END)

    def _set_end(self, index: int, end_line: int) -> None:
        kind, line, _, number, inline = self.blocks[index]
        self.blocks[index] = (kind, line, end_line, number, inline)

    def _enter(self) -> None:
        """A block starts inside the innermost item: after a blank line, its list is loose."""
        if self.items:
            item = self.items[-1]
            if item.gap:
                self.lists[-1].loose = True
                item.gap = False

    # Items ----------------------------------------------------------------------------

    def _item(self, stripped: str, indent: int, line: int) -> None:
        marker = stripped[0]
        if self._close_items(indent, line - 1, marker):
            self._open_item(stripped, indent, line)
            return
        items = self.items
        if indent != (items[-1].content if items else 0):
            raise _Declined  # a list indented unlike its container: the tokenizer knows
        if not items and self.previous == "paragraph":
            raise _Declined  # a list right after a paragraph
        self._enter()
        self.lists.append(_List(marker, indent, len(self.blocks)))
        details = (("marker", marker), ("spacing", "tight"))
        self.blocks.append(("list", line, line, indent + 1, details))
        self._open_item(stripped, indent, line)

    def _open_item(self, stripped: str, indent: int, line: int) -> None:
        """An item's first line: its marker, box and content (a paragraph)."""
        match = _ITEM_LINE.fullmatch(stripped)
        if match is None:
            raise _Declined  # emphasis, a link not at the start, an empty item ...
        box, struck, title, url, closes, after, rest = match.groups()
        if title is None:
            column = indent + match.start(7) + 1
            if rest[0] in _BLOCK_IN_ITEM or rest[0].isdigit():
                raise _Declined  # an item that starts empty, or with a block in its first line
            if "_" in rest:
                _plain(rest)
            inline: Inline = (("text", rest),)
        else:
            column = indent + (match.start(2) if struck else match.start(3) - 1) + 1
            inline = _link_line(struck, title, url, closes, after)
        index = len(self.blocks)
        checked = NO_BOX if box is None else OPEN_BOX if box == " " else TICKED_BOX
        self.blocks.append(("item", line, line, checked, ()))
        self.items.append(_Item(indent + 2, index))
        self.blocks.append(("paragraph", line, line, column, inline))
        self.previous = "item"

    # Leaves ---------------------------------------------------------------------------

    def _heading(self, heading: re.Match[str], indent: int, line: int) -> None:
        label = heading.group(2)
        if indent or not label or label.endswith("#"):
            raise _Declined  # indented, empty, or closed with #s
        self._close_items(-1, line - 1)
        self.blocks.append(("heading", line, line, len(heading.group(1)), _inline(label)))
        self.previous = "heading"

    def _paragraph(self, stripped: str, indent: int, line: int) -> None:
        if self.previous not in {"blank", "heading"}:
            raise _Declined  # a paragraph over several lines, or a lazy continuation
        items = self.items
        if items and indent < items[-1].content:
            self._close_items(indent, line - 1)
        if items:
            item = items[-1]
            if indent >= item.content + 4:
                raise _Declined  # an indented code block
            if item.gap:  # what _enter does, without the call (most paragraphs are in items)
                self.lists[-1].loose = True
                item.gap = False
        elif indent >= 4:
            raise _Declined  # an indented code block
        self.blocks.append(("paragraph", line, line, indent + 1, _inline(stripped)))
        self.previous = "paragraph"


def _inline(text: str) -> Inline:
    """The inline content of one line: plain text, or a link (maybe struck) and the rest."""
    if not ("[" in text or "]" in text or "~" in text or "*" in text):
        if "_" in text:
            _plain(text)
        return (("text", text),)
    if text[0] == "[" and "~" not in text and "*" not in text and text.count("[") == 1:
        # "[title](url) rest", no strike (most link lines): what _LINK matches, found with
        # a few scans in C instead of the pattern. The body holds no "<", tab or odd space
        # (_OUTSIDE), so the URL's characters need only these looks.
        close = text.find("](")
        end = text.find(")", close + 2)
        url = text[close + 2 : end]
        if (
            close > 1
            and end > close + 2
            and text.count("]") == 1
            and not (" " in url or "(" in url or ">" in url)
        ):
            return _link_line(None, text[1:close], url, None, text[end + 1 :])
    link = _LINK.fullmatch(text)
    if link is None:
        raise _Declined  # emphasis, or a link not at the start
    return _link_line(*link.groups())


def _link_line(struck: str | None, title: str, url: str, closes: str | None, rest: str) -> Inline:
    """The tokens of a line that starts with ``[title](url)``, struck through or not."""
    if bool(struck) != bool(closes):
        raise _Declined
    if "_" in title:
        _plain(title)
    if "_" in rest:
        _plain(rest)
    if struck:
        if rest and rest[0] not in _CLOSES_STRIKE:
            raise _Declined  # "~~" followed by a letter does not close a strike
        if rest:
            return (
                ("strike", "~~"),
                ("link", url),
                ("text", title),
                LINK_END,
                ("/strike", "~~"),
                ("text", rest),
            )
        return (("strike", "~~"), ("link", url), ("text", title), LINK_END, ("/strike", "~~"))
    if rest:
        return (("link", url), ("text", title), LINK_END, ("text", rest))
    return (("link", url), ("text", title), LINK_END)


def _plain(text: str) -> None:
    """Decline ``text`` when its ``_`` may make emphasis (``a_b`` inside a word cannot).

    CommonMark: a run of ``_`` opens emphasis when it is left-flanking, and not also
    right-flanking unless a punctuation character comes before it; it closes emphasis when
    it is right-flanking, and not also left-flanking unless punctuation comes after it.
    Without an opener followed by a closer there is no emphasis, and the text is the
    tokenizer's one text token.
    """
    opened = False
    for run in _UNDERSCORES.finditer(text):
        before = text[run.start() - 1] if run.start() else " "
        after = text[run.end()] if run.end() < len(text) else " "
        space_before, space_after = before.isspace(), after.isspace()
        mark_before, mark_after = _punctuation(before), _punctuation(after)
        left = not space_after and (not mark_after or space_before or mark_before)
        right = not space_before and (not mark_before or space_after or mark_after)
        if opened and right and (not left or mark_after):
            raise _Declined
        opened = opened or (left and (not right or mark_before))


def _punctuation(character: str) -> bool:
    """A Unicode punctuation or symbol character (what CommonMark counts as punctuation)."""
    if character.isascii():
        return not character.isalnum() and not character.isspace()
    return unicodedata.category(character)[0] in {"P", "S"}
