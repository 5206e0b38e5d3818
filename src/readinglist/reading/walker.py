"""Walk markdown-it's block tokens into groups and entries, in document order.

The body is tokenized once. Positions from markdown-it are 0-based lines of the body;
:func:`_file_line` turns them into 1-based lines of the file, in one place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # markdown-it is imported when a page is tokenized, not with the package
    from markdown_it.token import Token

from readinglist.diagnostics import Code, Diagnostic
from readinglist.model import PageStyle
from readinglist.reading.groups import entry_status, group_context
from readinglist.reading.inline import (
    InlineEntry,
    bare_label,
    bold_label,
    plain_text,
    read_entry,
    task_box,
)
from readinglist.reading.style import StyleFinder
from readinglist.reading.tokens import tokenize
from readinglist.status import Status, StatusVocabulary

_LIST_MARKER = re.compile(r"^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\](?:[ \t]+|$))?|$)")
_INDENT = re.compile(r"^[ \t>]*")
_FAKE_HEADING = re.compile(r"^#{1,6}[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]")
_ENTRY_IN_CODE = re.compile(
    r"^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:\[[ xX]\]\s+)?(?:~~)?(?:\[[^\]]*\]\([^)\s]*\)|https?://\S)"
)
_PSEUDO_HEADING_LEVEL = 7


@dataclass(frozen=True, slots=True)
class DraftEntry:
    """An entry as found in the body, before URL checks and duplicate detection."""

    found: InlineEntry
    """What the paragraph said."""
    status: Status
    """The resolved status."""
    groups: tuple[str, ...]
    """Topic group path."""
    line: int
    """1-based file line."""
    column: int
    """1-based column of the content."""
    end_line: int
    """1-based last line of the block."""
    group_lines: tuple[int, ...] = ()
    """1-based lines of the headings and labels opening the enclosing groups, outermost first."""


@dataclass(frozen=True, slots=True)
class ParsedBody:
    """Everything the body says."""

    entries: tuple[DraftEntry, ...]
    """Entries in page order."""
    diagnostics: tuple[Diagnostic, ...]
    """Problems found while walking the tokens."""
    heading: str | None
    """The page's H1, if any."""
    heading_line: int | None
    """1-based line of the H1."""
    style: PageStyle
    """How the page writes its groups and entries."""


@dataclass(slots=True)
class _Group:
    level: int
    label: str
    status: Status | None
    line: int = 0


@dataclass(slots=True)
class _Item:
    """A list item being read: pending until its first block says what it is."""

    level: int
    line: int
    end_line: int
    kind: str = "pending"  # pending | candidate | label | entry | note
    label: str = ""
    checked: bool | None = None
    status: Status | None = None


@dataclass(slots=True)
class _Walker:
    lines: Sequence[str]
    offset: int
    vocabulary: StatusVocabulary
    path: str | None
    headings: list[_Group] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)
    entries: list[DraftEntry] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    heading: str | None = None
    heading_line: int | None = None
    seen_heading: bool = False
    style: StyleFinder = field(init=False)

    def __post_init__(self) -> None:
        self.style = StyleFinder(self.lines)

    def _file_line(self, body_line: int) -> int:
        """0-based body line to 1-based file line: the only place positions change base."""
        return self.offset + body_line + 1

    def walk(self, tokens: Sequence[Token]) -> None:
        index = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind == "heading_open":
                self._heading(token, tokens[index + 1])
                index += 2
            elif kind == "list_item_open":
                self._open_item(token)
            elif kind == "list_item_close":
                self._close_item()
            elif kind in {"bullet_list_open", "ordered_list_open", "blockquote_open", "fence"}:
                self._nested_block(token)
            elif kind == "paragraph_open":
                self._paragraph(token, tokens[index + 1])
                index += 2
            elif kind == "code_block":
                self._nested_block(token)
                self._code_block(token)
            index += 1

    # Groups ---------------------------------------------------------------------------

    def _heading(self, token: Token, inline: Token) -> None:
        label = plain_text([t for t in inline.children or () if t.type != "html_inline"])
        label = label.rstrip(":").strip()
        level = int(token.tag[1:])
        line = self._file_line(token.map[0]) if token.map else self.offset + 1
        if self.items:
            return
        if level == 1 and not self.seen_heading and not self.entries and self.heading is None:
            self.heading, self.heading_line = label, line
            self.seen_heading = True
            return
        self.seen_heading = True
        self._push_heading(level, label, line)

    def _push_heading(self, level: int, label: str, line: int) -> None:
        while self.headings and self.headings[-1].level >= level:
            self.headings.pop()
        self.headings.append(_Group(level, label, self.vocabulary.status_of(label), line))

    def _context(self) -> tuple[Status | None, tuple[str, ...], tuple[int, ...]]:
        """The innermost status, topic path and group lines of where the walker is now."""
        return group_context(self.headings, self.items)

    def _in_group(self) -> bool:
        return bool(self.headings) or any(item.kind == "label" for item in self.items)

    # List items -----------------------------------------------------------------------

    def _open_item(self, token: Token) -> None:
        self._nested_block(token)
        start, end = token.map if token.map else (0, 0)
        self.items.append(
            _Item(token.level, self._file_line(start), self._file_line(max(end - 1, start)))
        )

    def _nested_block(self, token: Token) -> None:
        """A block inside a list item after its first paragraph: a pending label opens."""
        if not self.items:
            return
        item = self.items[-1]
        if token.level <= item.level:
            return
        if item.kind == "candidate":
            item.kind = "label"
            item.status = self.vocabulary.status_of(item.label)
            item.label = item.label.rstrip(":").strip()
        elif item.kind == "pending":
            item.kind = "note"

    def _close_item(self) -> None:
        item = self.items.pop()
        if item.kind != "candidate" or not self._in_group():
            return
        if self.vocabulary.status_of(item.label) is not None:
            return  # an empty status group ("- Done" with nothing under it yet), not a book
        if any(parent.kind in {"entry", "note"} for parent in self.items):
            return
        title, _, description = item.label.partition(" - ")
        if not description:
            title, _, description = item.label.partition(" – ")
        if not description:
            title, _, description = item.label.partition(" — ")
        found = InlineEntry(title.strip(), None, description.strip(), item.checked, False, False)
        column = self._column(item.line, in_list=True)
        self._add(found, item.line, column, item.end_line, item_line=item.line)

    # Paragraphs -----------------------------------------------------------------------

    def _paragraph(self, token: Token, inline: Token) -> None:
        children = inline.children or []
        start, end = token.map if token.map else (0, 1)
        line, end_line = self._file_line(start), self._file_line(max(end - 1, start))
        self._fake_headings(inline.content, line)
        item = self.items[-1] if self.items else None
        if item is not None and token.level == item.level + 1 and item.kind == "pending":
            self._first_paragraph(item, children, line)
            return
        if item is not None:
            self._nested_block(token)
            if item.kind != "label":
                return
        elif (label := bold_label(children)) is not None:
            self._push_heading(_PSEUDO_HEADING_LEVEL, label.rstrip(":").strip(), line)
            return
        found = read_entry(children, in_list=False)
        if found is not None and not _is_navigation(found):
            self._add(found, line, self._column(line, in_list=False), end_line)

    def _first_paragraph(self, item: _Item, children: Sequence[Token], line: int) -> None:
        found = read_entry(children, in_list=True)
        if found is not None and not _is_navigation(found):
            item.kind, item.label = "entry", found.title or (found.url or "")
            self._add(found, item.line, self._column(line, in_list=True), item.end_line, item)
            return
        if found is not None:
            item.kind = "note"
            return
        checked, box = task_box(children)
        if box:
            from markdown_it.token import Token

            rest = Token("text", "", 0, content=children[0].content[box:])
            children = [rest, *children[1:]]
        label = bare_label(children)
        if label is None or "{:toc}" in "".join(t.content for t in children):
            item.kind = "note"
            return
        item.kind, item.label, item.checked = "candidate", label, checked

    def _add(
        self,
        found: InlineEntry,
        line: int,
        column: int,
        end_line: int,
        owner: _Item | None = None,
        item_line: int | None = None,
    ) -> None:
        if owner is not None:
            self.items.remove(owner)
        group_status, topics, group_lines = self._context()
        if self.style.watching_groups:
            self.style.groups(self.headings, self.items)
        if owner is not None:
            self.items.append(owner)
            item_line = owner.line
        if self.style.watching_entries:
            self.style.entry(item_line, self.items)
        status, conflict = entry_status(
            group_status,
            self.vocabulary.default,
            found.struck,
            found.checked,
            self.path,
            line,
            column,
        )
        if conflict is not None:
            self.diagnostics.append(conflict)
        self.entries.append(DraftEntry(found, status, topics, line, column, end_line, group_lines))

    def _column(self, line: int, *, in_list: bool) -> int:
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        match = (_LIST_MARKER.match(text) if in_list else None) or _INDENT.match(text)
        return (match.end() if match else 0) + 1

    # Checks that need the raw lines ------------------------------------------------------

    def _fake_headings(self, content: str, line: int) -> None:
        for index, text in enumerate(content.split("\n")):
            if _FAKE_HEADING.match(text):
                marks = len(text) - len(text.lstrip("#"))
                self.diagnostics.append(
                    Diagnostic(
                        Code.NOT_A_HEADING,
                        f"{text[:40]!r} is not a heading: the {'#' * marks} is followed by "
                        f"U+{ord(text[marks]):04X} instead of a space",
                        self.path,
                        line + index,
                        1,
                    )
                )

    def _code_block(self, token: Token) -> None:
        if not token.map:
            return
        first = self._file_line(token.map[0])
        for index, text in enumerate(token.content.split("\n")):
            if _ENTRY_IN_CODE.match(text):
                line = first + index
                source = self.lines[line - 1] if line <= len(self.lines) else text
                self.diagnostics.append(
                    Diagnostic(
                        Code.LINK_IN_CODE_BLOCK,
                        "indented 4 or more spaces, this line is a code block in CommonMark "
                        "and its link is lost; indent it less, or nest it in a list item",
                        self.path,
                        line,
                        len(source) - len(source.lstrip()) + 1,
                    )
                )


def _is_navigation(found: InlineEntry) -> bool:
    """A link to an anchor of this page (``#section``): a table of contents, not an entry."""
    return (
        bool(found.url)
        and found.url is not None
        and found.url.startswith("#")
        and len(found.url) > 1
    )


def parse_body(
    lines: Sequence[str], body_start: int, vocabulary: StatusVocabulary, path: str | None
) -> ParsedBody:
    """Read the body (``lines[body_start:]``) into draft entries, in page order."""
    walker = _Walker(lines, body_start, vocabulary, path)
    walker.walk(tokenize("".join(lines[body_start:])))
    entries = sorted(walker.entries, key=lambda entry: (entry.line, entry.column))
    return ParsedBody(
        tuple(entries),
        tuple(walker.diagnostics),
        walker.heading,
        walker.heading_line,
        walker.style.style(),
    )
