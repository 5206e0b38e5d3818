"""The tokenizer: a body's CommonMark structure as the walker's blocks.

pulldown-cmark (through pyromark) reads the body once: CommonMark, with GitHub's task list
items and strikethrough. Its events carry UTF-8 byte ranges; :func:`blocks` turns them into
the :mod:`~readinglist.reading.structure.events` the walker reads, with 1-based file lines and
columns. Links are not validated or normalised: every destination reaches the walker as
written (entities and escapes resolved), so that ``javascript:`` links are found and
reported instead of silently becoming text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Any, cast

import pyromark

from readinglist.reading.structure.events import (
    BODY_ROW,
    FENCED,
    HARDBREAK,
    HEAD_ROW,
    INDENTED,
    ITEM_END,
    LINK_END,
    LIST_END,
    NO_BOX,
    OPEN_BOX,
    QUOTE_END,
    ROW_END,
    SOFTBREAK,
    TABLE_END,
    TICKED_BOX,
    Block,
    InlineToken,
)

_OPTION = pyromark.Options
OPTIONS = _OPTION.ENABLE_STRIKETHROUGH | _OPTION.ENABLE_TASKLISTS | _OPTION.ENABLE_TABLES
"""CommonMark plus GitHub's task list items, strikethrough and tables."""

_MARKS = {
    "Emphasis": ("em", "/em"),
    "Strong": ("strong", "/strong"),
    "Strikethrough": ("strike", "/strike"),
}
_ROWS = {"TableHead": HEAD_ROW, "TableRow": BODY_ROW}
_LONE_CR = re.compile(r"\r(?!\n)")
_WHITE = frozenset({" ", "\t", "\r", "\n", b" ", b"\t", b"\r", b"\n"})


def tokenizable(body: str) -> str:
    """``body`` as the tokenizer reads it, with characters and lines where they were.

    What UTF-8 or CommonMark refuse is replaced by U+FFFD, one for one (a NUL, and a lone
    surrogate from text built in code), and a line ending written as a lone CR is written
    as LF (the tokenizer does not end every kind of block there).
    """
    if "\x00" in body:
        body = body.replace("\x00", "\ufffd")
    if "\r" in body:
        body = _LONE_CR.sub("\n", body)
    try:
        body.encode("utf-8")
    except UnicodeEncodeError:
        body = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in body)
    return body


class _Positions:
    """1-based file lines and columns of the body's byte offsets."""

    __slots__ = ("_first", "_last", "_starts", "data")

    def __init__(self, body: str, lines: Sequence[str], first_line: int) -> None:
        ascii_only = body.isascii()
        self.data: str | bytes = body if ascii_only else body.encode("utf-8")
        """The body, as the offsets count it (bytes of UTF-8, or the text when it is ASCII)."""
        sizes = map(len, lines) if ascii_only else (len(line.encode("utf-8")) for line in lines)
        self._starts = [0, *accumulate(sizes)]
        self._first = first_line
        last = lines[-1] if lines else ""
        unterminated_blank = bool(last) and not last.strip() and last[-1] not in "\r\n"
        self._last = first_line + len(lines) - (2 if unterminated_blank else 1)
        """The last line a block can end on: not a blank last line without a line ending."""

    def line(self, offset: int) -> int:
        """The 1-based file line holding the byte at ``offset``."""
        return bisect_right(self._starts, offset) - 1 + self._first

    def first_visible(self, offset: int) -> int:
        """The first offset at or after ``offset`` that is not white space.

        (A list item indented by a tab starts, for the tokenizer, at the line end before it.)
        """
        data = self.data
        size = len(data)
        while offset < size and data[offset : offset + 1] in _WHITE:
            offset += 1
        return offset

    def marker_line(self, offset: int) -> int:
        """The line of :meth:`first_visible` from ``offset``: where a list or item starts."""
        return self.line(self.first_visible(offset))

    def marker(self, offset: int) -> str:
        """The list marker written at ``offset``: a bullet, or a number and ``.`` or ``)``."""
        data = self.data
        end = offset
        while end < len(data) and data[end : end + 1].isdigit():
            end += 1
        written = data[offset : end + 1]
        return written if isinstance(written, str) else written.decode("utf-8")

    def last_line(self, end: int) -> int:
        """The 1-based file line holding the last byte before ``end``."""
        return min(bisect_right(self._starts, max(end - 1, 0)) - 1 + self._first, self._last)

    def column(self, offset: int, line: int) -> int:
        """The 1-based column, in characters, of the byte at ``offset`` on ``line``."""
        start = self._starts[line - self._first]
        data = self.data
        if isinstance(data, str):
            return offset - start + 1
        return len(data[start:offset].decode("utf-8")) + 1


def blocks(body: str, lines: Sequence[str], first_line: int) -> list[Block]:
    """The blocks of ``body``, whose ``lines`` start at the 1-based file line ``first_line``.

    ``body`` is what :func:`tokenizable` gives: ``"".join(lines)``, maybe with characters
    replaced one for one.
    """
    return _Reader(body, lines, first_line).read()


class _Reader:
    """One pass over the tokenizer's events, keeping the open inline run and containers."""

    def __init__(self, body: str, lines: Sequence[str], first_line: int) -> None:
        self.body = body
        self.at = _Positions(body, lines, first_line)
        self.blocks: list[Block] = []
        self.inline: list[InlineToken] | None = None
        """The content being read (a paragraph, heading or the text of a tight item)."""
        self.inline_start = 0
        self.inline_end = 0
        self.text_end = -1
        """Where the last text as written ends (-1: escaped, or an entity)."""
        self.implicit = False
        """The content is a tight item's, with no paragraph event around it."""
        self.containers: list[str] = []
        """The open containers and leaves, innermost last."""
        self.items: list[int] = []
        """Index in ``blocks`` of each open item's event (a task box is set on it later)."""
        self.last_item = 0
        """Index in ``blocks`` of the item that closed last."""
        self.lists: list[int] = []
        """Index in ``blocks`` of each open list's event (set loose at its end)."""
        self.loose: list[bool] = []
        """Whether each open list has an item holding a paragraph event."""
        self.leaf_start = 0
        self.code: list[str] = []
        self.heading_level = 0

    def read(self) -> list[Block]:
        events = pyromark.events_with_range(self.body, options=OPTIONS)
        for event, span in events:
            start, end = span["start"], span["end"]
            if isinstance(event, str):
                self._break(event, start, end)
                continue
            ((name, value),) = cast("dict[str, Any]", event).items()
            if name == "Text":
                self._text(value, start, end)
            elif name == "Start":
                self._start(value, start, end)
            elif name == "End":
                self._end(value, start, end)
            elif name == "Code":
                self._inline(("code", value), start, end)
            elif name == "InlineHtml":
                self._inline(("html", value), start, end)
            elif name == "Html":
                self.code.append(value)
            elif name == "TaskListMarker":
                self._task_box(bool(value))
        return self.blocks

    # Inline content -------------------------------------------------------------------

    def _text(self, text: str, start: int, end: int) -> None:
        if self.containers and self.containers[-1] in {"code", "html"}:
            self.code.append(text)
            return
        data = self.at.data
        written = data[start:end]
        as_written = written == text if isinstance(written, str) else written == text.encode()
        inline = self.inline
        if inline and inline[-1][0] == "text" and as_written and self.text_end == start:
            inline[-1] = ("text", inline[-1][1] + text)
        else:  # an escape or an entity stands alone: a bare URL never runs across it
            self._inline(("text", text), start, end)
        self.inline_end = end
        self.text_end = end if as_written else -1

    def _inline(self, token: InlineToken, start: int, end: int) -> None:
        if self.inline is None:  # a tight item's content: no paragraph event around it
            self.inline, self.inline_start, self.implicit = [], start, True
        self.inline.append(token)
        self.inline_end = end

    def _break(self, event: str, start: int, end: int) -> None:
        if event == "SoftBreak":
            self._inline(SOFTBREAK, start, end)
        elif event == "HardBreak":
            self._inline(HARDBREAK, start, end)
        elif event == "Rule":
            self._flush()
            line = self.at.line(start)
            self.blocks.append(("rule", line, line, 0, ()))

    def _flush(self) -> None:
        """End a tight item's content: a block starts or the item ends."""
        if self.implicit and self.inline is not None:
            self._paragraph(self.inline_start, self.inline_end)

    def _paragraph(self, start: int, end: int) -> None:
        at = self.at
        line = at.line(start)
        content = tuple(self.inline or ())
        self.blocks.append(("paragraph", line, at.last_line(end), at.column(start, line), content))
        self.inline, self.implicit = None, False

    def _task_box(self, ticked: bool) -> None:
        if self.items:
            index = self.items[-1]
            kind, line, end_line, _, inline = self.blocks[index]
            self.blocks[index] = (kind, line, end_line, TICKED_BOX if ticked else OPEN_BOX, inline)

    def _delimiter(self, tag: str, offset: int, *, closing: bool = False) -> str:
        """The ``*``, ``__`` or ``~~`` that opens (or, before ``offset``, closes) a span."""
        size = 2 if tag == "Strong" else 1
        data = self.at.data
        if tag == "Strikethrough":
            pair = data[offset - 2 : offset] if closing else data[offset : offset + 2]
            size = 2 if len(pair) == 2 and pair[:1] == pair[1:] else 1
        written = data[offset - size : offset] if closing else data[offset : offset + size]
        return written if isinstance(written, str) else written.decode("utf-8")

    # Blocks ---------------------------------------------------------------------------

    def _start(self, tag: Any, start: int, end: int) -> None:
        if tag.__class__ is str:
            if tag in _MARKS:
                self._inline((_MARKS[tag][0], self._delimiter(tag, start)), start, end)
            elif tag == "Paragraph":
                if self.containers and self.containers[-1] == "item" and self.lists:
                    self.loose[-1] = True  # an item holds a paragraph event: a loose list
                self.inline, self.inline_start, self.implicit = [], start, False
                self.containers.append("paragraph")
            elif tag == "Item":
                self._flush()
                at = self.at
                line = at.marker_line(start)
                self.items.append(len(self.blocks))
                self.blocks.append(("item", line, at.last_line(end), NO_BOX, ()))
                self.containers.append("item")
            elif tag == "HtmlBlock":
                self._flush()
                self.code, self.leaf_start = [], start
                self.containers.append("html")
            elif tag in _ROWS:
                line = self.at.line(start)
                self.blocks.append(("row", line, line, _ROWS[tag], ()))
                self.containers.append("row")
            elif tag == "TableCell":
                self.inline, self.inline_start, self.implicit = [], start, False
                self.containers.append("cell")
            else:
                self.containers.append(tag)
            return
        ((name, value),) = tag.items()
        if name == "Link":
            url = value["dest_url"]
            if value["link_type"] == "Email":
                url = "mailto:" + url
            self._inline(("link", url), start, end)
        elif name == "Image":
            self._inline(("image", value["dest_url"]), start, end)
        elif name == "Heading":
            self._flush()
            self.inline, self.inline_start, self.implicit = [], start, False
            self.heading_level = int(value["level"][1:])
            self.containers.append("heading")
        elif name == "List":
            self._flush()
            self._list(start, end)
        elif name == "BlockQuote":
            self._flush()
            self._container("quote", start, end)
        elif name == "Table":
            self._table(len(value), start, end)
        elif name == "CodeBlock":
            self._flush()
            self.code, self.leaf_start = [], start
            self.containers.append("code")
            self.heading_level = FENCED if isinstance(value, dict) else INDENTED
        else:
            self.containers.append(name)

    def _list(self, start: int, end: int) -> None:
        at = self.at
        start = at.first_visible(start)
        line = at.line(start)
        marker = at.marker(start)
        self.lists.append(len(self.blocks))
        self.loose.append(False)
        details = (("marker", marker), ("spacing", "tight"))
        self.blocks.append(("list", line, at.last_line(end), at.column(start, line), details))
        self.containers.append("list")

    def _table(self, columns: int, start: int, end: int) -> None:
        self._flush()
        at = self.at
        line = at.marker_line(start)
        self.blocks.append(("table", line, at.last_line(end), columns, ()))
        self.containers.append("table")

    def _container(self, kind: str, start: int, end: int) -> None:
        at = self.at
        self.blocks.append((kind, at.marker_line(start), at.last_line(end), 0, ()))
        self.containers.append(kind)

    def _end(self, tag: Any, start: int, end: int) -> None:
        if tag.__class__ is str:
            if tag in _MARKS:
                closing = self._delimiter(tag, end, closing=True)
                self._inline((_MARKS[tag][1], closing), start, end)
                return
            if tag == "Link":
                self._inline(LINK_END, start, end)
                return
            if tag == "Image":
                self._inline(("/image", ""), start, end)
                return
        kind = self.containers.pop()
        if kind == "paragraph":
            self._paragraph(start, end)
        elif kind == "item":
            self._flush()
            self.last_item = self.items.pop()
            self.blocks.append(ITEM_END)
        elif kind == "heading":
            at = self.at
            line = at.line(start)
            content = tuple(self.inline or ())
            self.blocks.append(("heading", line, line, self.heading_level, content))
            self.inline = None
        elif kind == "list":
            self._flush()
            # The list ends with its last item (the tokenizer's own range can run on into
            # the next line's indentation).
            index = self.lists.pop()
            kind, line, _, column, (marker, spacing) = self.blocks[index]
            if self.loose.pop():
                spacing = ("spacing", "loose")
            end_line = self.blocks[self.last_item][2]
            self.blocks[index] = (kind, line, end_line, column, (marker, spacing))
            self.blocks.append(LIST_END)
        elif kind == "quote":
            self._flush()
            self.blocks.append(QUOTE_END)
        elif kind == "cell":
            at = self.at
            line = at.line(start)
            column = at.column(at.first_visible(start), line)
            self.blocks.append(("cell", line, line, column, tuple(self.inline or ())))
            self.inline = None
        elif kind == "row":
            self.blocks.append(ROW_END)
        elif kind == "table":
            self.blocks.append(TABLE_END)
        elif kind in {"code", "html"}:
            self._leaf(kind, start, end)

    def _leaf(self, kind: str, start: int, end: int) -> None:
        at = self.at
        start = self.leaf_start
        text = "".join(self.code)
        number = self.heading_level if kind == "code" else 0
        token = ("text", text) if kind == "code" else ("html", text)
        line = at.line(start)
        self.blocks.append((kind, line, at.last_line(end), number, (token,)))
        self.code = []
