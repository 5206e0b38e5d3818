"""Where a page's groups are: the block structure that edits need, from one tokenization.

Lines are the file's lines with their endings kept. Openers (headings, list labels, bold
pseudo-headings) are keyed by their 1-based file line, which is what
:attr:`readinglist.Entry.group_lines` names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from markdown_it.token import Token

from readinglist.reading.frontmatter import read_front_matter
from readinglist.reading.inline import bare_label, bold_label, plain_text
from readinglist.reading.source import split_lines
from readinglist.reading.tokens import tokenize
from readinglist.status import Status, StatusVocabulary

OpenerKind = Literal["heading", "label", "bold"]
_BOLD_LEVEL = 7
_NUMBER = re.compile(r"(\d{1,9})([.)])")
_BOX = re.compile(r"\[[ xX]\]([ \t]+)$")


@dataclass(frozen=True, slots=True)
class Opener:
    """A heading, list label or bold line that opens a group."""

    line: int
    """1-based file line."""
    kind: OpenerKind
    """How the group is written."""
    level: int
    """Heading level (7 for a bold pseudo-heading, 0 for a list label)."""
    label: str
    """The label as read (trailing colon removed)."""
    status: Status | None
    """The status the label names, or ``None`` for a topic."""
    last_line: int
    """1-based last non-blank line of the group's section (or list item)."""
    parent: int
    """Line of what encloses it: the enclosing heading, or the list holding the label."""


@dataclass(slots=True)
class Layout:
    """The lines of a page and the openers of its groups."""

    text: str
    vocabulary: StatusVocabulary
    lines: list[str] = field(default_factory=list)
    """The lines (byte-order mark removed), endings kept."""
    bom: str = ""
    """``"\\ufeff"`` when the text starts with a byte-order mark (put back on writing)."""
    newline: str = "\n"
    body_start: int = 0
    openers: dict[int, Opener] = field(default_factory=dict)
    tokens: list[Token] = field(default_factory=list)
    """The body's block tokens (maps are 0-based body lines)."""
    items: dict[int, int] = field(default_factory=dict)
    """1-based first line of each list item: its last non-blank line."""
    tight: dict[int, bool] = field(default_factory=dict)
    """1-based line of each list item's first paragraph: whether its list is tight."""

    def __post_init__(self) -> None:
        self.bom = "\ufeff" if self.text.startswith("\ufeff") else ""
        self.lines = split_lines(self.text.removeprefix("\ufeff"))
        first = self.lines[0] if self.lines else ""
        ending = first[len(first.rstrip("\r\n")) :]
        self.newline = ending or "\n"
        self.body_start = read_front_matter(self.lines, None).body_line
        self.tokens = tokenize("".join(self.lines[self.body_start :]))
        self._read(self.tokens)

    def file_line(self, body_line: int) -> int:
        """0-based body line to 1-based file line."""
        return self.body_start + body_line + 1

    def is_blank(self, line: int) -> bool:
        """True when the 1-based ``line`` is missing or only whitespace."""
        return not (0 < line <= len(self.lines)) or not self.lines[line - 1].strip(" \t\r\n")

    def last_non_blank(self, first: int, last: int) -> int:
        """The last non-blank line in ``first..last`` (1-based), or ``first``."""
        while last > first and self.is_blank(last):
            last -= 1
        return last

    def _read(self, tokens: list[Token]) -> None:
        end_of_body = len(self.lines)
        sections: list[tuple[int, int]] = []  # (level, line) of open headings
        pending: list[tuple[int, int, int, str, OpenerKind]] = []
        items: list[Token] = []
        lists: list[int] = []
        for index, token in enumerate(tokens):
            if token.type in {"bullet_list_open", "ordered_list_open"} and token.map:
                lists.append(self.file_line(token.map[0]))
            elif token.type in {"bullet_list_close", "ordered_list_close"}:
                lists.pop()
            elif token.type == "list_item_open":
                items.append(token)
                if token.map:
                    first = self.file_line(token.map[0])
                    self.items[first] = self.last_non_blank(first, self.file_line(token.map[1] - 1))
                self._label(tokens, index, lists[-1] if lists else 0)
            elif token.type == "list_item_close":
                items.pop()
            elif token.type == "paragraph_open" and token.map:
                if items and token.level == items[-1].level + 1:
                    self.tight[self.file_line(token.map[0])] = token.hidden
                inline = tokens[index + 1]
                label = None if items else bold_label(inline.children or [])
                if token.map and label is not None:
                    line = self.file_line(token.map[0])
                    sections = self._close(sections, _BOLD_LEVEL, line, pending)
                    pending.append((_BOLD_LEVEL, line, _parent(sections), label, "bold"))
                    sections.append((_BOLD_LEVEL, line))
            elif token.type == "heading_open" and not items and token.map:
                level = int(token.tag[1:])
                line = self.file_line(token.map[0])
                sections = self._close(sections, level, line, pending)
                inline = tokens[index + 1]
                children = [t for t in inline.children or [] if t.type != "html_inline"]
                pending.append((level, line, _parent(sections), plain_text(children), "heading"))
                sections.append((level, line))
        self._close(sections, 0, end_of_body + 1, pending)

    def _close(
        self,
        sections: list[tuple[int, int]],
        level: int,
        line: int,
        pending: list[tuple[int, int, int, str, OpenerKind]],
    ) -> list[tuple[int, int]]:
        """Close the sections a heading of ``level`` at ``line`` ends; record their openers."""
        kept = list(sections)
        while kept and kept[-1][0] >= level:
            _, start = kept.pop()
            for pending_level, opener_line, parent, label, kind in pending:
                if opener_line == start:
                    clean_label = label.rstrip(":").strip()
                    self.openers[start] = Opener(
                        start,
                        kind,
                        pending_level,
                        clean_label,
                        self.vocabulary.status_of(clean_label),
                        self.last_non_blank(start, line - 1),
                        parent,
                    )
        return kept

    def _label(self, tokens: list[Token], index: int, list_line: int) -> None:
        item = tokens[index]
        if not item.map or index + 2 >= len(tokens) or tokens[index + 1].type != "paragraph_open":
            return
        label = bare_label(tokens[index + 2].children or [])
        if label is None:
            return
        start = self.file_line(item.map[0])
        last = self.last_non_blank(start, self.file_line(item.map[1] - 1))
        if last == start:
            return  # nothing nested under it: an entry or a note, not a group
        clean_label = label.rstrip(":").strip()
        status = self.vocabulary.status_of(clean_label)
        self.openers[start] = Opener(start, "label", 0, clean_label, status, last, list_line)

    def prefix(self, line: int, column: int) -> str:
        """What comes before an entry's content on its line: indent, marker, task box."""
        return self.lines[line - 1][: column - 1]

    def ending(self, line: int) -> str:
        """The line ending of a 1-based line (the page's usual one when it has none)."""
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        return text[len(text.rstrip("\r\n")) :] or self.newline


def _parent(sections: list[tuple[int, int]]) -> int:
    return sections[-1][1] if sections else 0


def next_prefix(prefix: str) -> str:
    """The prefix of the item after one with ``prefix``: ordered lists count on."""
    match = _NUMBER.search(prefix)
    if not match:
        return prefix
    number = str(int(match.group(1)) + 1)
    return prefix[: match.start()] + number + match.group(2) + prefix[match.end() :]


def with_box(prefix: str, checked: bool | None) -> str:
    """``prefix`` with its task box ticked or cleared (unchanged when it has no box)."""
    match = _BOX.search(prefix)
    if not match or checked is None:
        return prefix
    return prefix[: match.start()] + ("[x]" if checked else "[ ]") + match.group(1)


def without_box(prefix: str) -> str:
    """``prefix`` without a task box."""
    match = _BOX.search(prefix)
    return prefix[: match.start()] if match else prefix


def has_box(prefix: str) -> bool:
    """True when the prefix ends with a task box."""
    return _BOX.search(prefix) is not None
