"""Write a page model back as Markdown in the page's own style: :func:`dumps`.

Front matter first (YAML or TOML, as the page had it, keys in their order), then the H1,
then the entries in page order, each in its status and topic groups, written as
:attr:`Page.style <readinglist.Page.style>` says: status groups as headings at the page's
level (``## Done``), list labels with the entries nested under them (``- Done``), bold lines,
or none at all (task boxes and strikes say the status); topic groups as headings, labels or
bold lines; entries as list items with the page's marker, or as paragraphs; each status
group with the page's own label (``TODO``), else the first label of the vocabulary. Task
boxes and strikes are kept. Where the style cannot write a page (a ``reading`` entry on a
page without status groups, say), :mod:`readinglist.writing.output.plan` falls back, page-wide.

``loads(dumps(page))`` has the same title, front matter and entries (title, URL, status,
description, groups, box and strike) when read with the same vocabulary; its style is the
page's when the style can write the page; and ``dumps`` is a fixed point: writing that
page again gives the same text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from readinglist.model import Entry, FrontMatter, Page
from readinglist.reading.inline.authors import split_book, split_byline
from readinglist.reading.inline.content import strip_separator
from readinglist.status import DEFAULT_LABELS
from readinglist.writing.output.escape import (
    escape_label,
    escape_line_start,
    escape_text,
    markdown_link,
)
from readinglist.writing.output.plan import BOLD_LEVEL, Block, Plan, moves, plan
from readinglist.writing.output.toml_text import toml_document

__all__ = ["dumps", "front_matter_text"]


def front_matter_text(front_matter: FrontMatter) -> str:
    """The front matter block, delimiters included; ``""`` when the page has none."""
    if front_matter.format is None:
        return ""
    raw: Mapping[str, object] = dict(front_matter.raw)
    if front_matter.format == "toml":
        return f"+++\n{toml_document(raw)}+++\n"
    if not raw:
        return "---\n---\n"
    import yaml  # on first use: PyYAML is slow to import

    text = yaml.safe_dump(dict(raw), sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{text}---\n"


def dumps(page: Page) -> str:
    """The page as Markdown in its own style (see the module docstring).

    Returns the text of the page; never raises for a page the loader made.
    """
    if 1 not in {page.style.status_level, page.style.topic_level}:
        return _text(page, has_h1=page.heading is not None)
    # Groups written as H1s: two or more H1s are sections (groups, and the first the title
    # only when no entry comes before the second), so the text is read back to be sure.
    text = _text(page, has_h1=True)
    if _reads_back(text, page):
        return text
    return _text(page, has_h1=False)


def _text(page: Page, *, has_h1: bool) -> str:
    parts = [front_matter_text(page.front_matter)]
    if page.heading is not None:
        parts.append(f"# {escape_text(page.heading)}\n")
    parts.append(_body(page, has_h1=has_h1))
    return "\n".join(part for part in parts if part)


def _reads_back(text: str, page: Page) -> bool:
    """Whether ``text`` reads as the same title and entries (groups included) as ``page``."""
    from readinglist.reading.loader import loads  # writing sits on reading

    again = loads(text, page.path)
    return again.title == page.title and [
        (e.title, e.url, e.status, e.description, e.groups) for e in again.entries
    ] == [(e.title, e.url, e.status, e.description, e.groups) for e in page.entries]


def _body(page: Page, *, has_h1: bool) -> str:
    return _Body(plan(page.style, page.entries, has_h1=has_h1)).write(page.entries)


@dataclass(slots=True)
class _Body:
    """Writes entries one by one, opening the groups each needs."""

    plan: Plan
    lines: list[str] = field(default_factory=list)
    loose: bool = False
    """The last line was a heading, bold line or paragraph: a blank line comes next."""
    blocks: tuple[Block, ...] = ()
    labels: list[tuple[str, int]] = field(default_factory=list)
    """The open list labels: text and the column their content starts at."""
    numbers: list[int] = field(default_factory=list)
    """The last number of the open list at each depth (for numbered lists)."""
    table: bool = False
    """A table is open: the next row goes in it."""

    def write(self, entries: Sequence[Entry]) -> str:
        for entry, target in zip(entries, self.plan.targets(entries), strict=True):
            new_blocks = moves(self.blocks, target.blocks)
            if new_blocks is None:  # pragma: no cover - plan() leaves no such move
                raise AssertionError(f"cannot close {self.blocks} for {target.blocks}")
            if new_blocks:  # a heading or bold line closes every list
                for block in new_blocks:
                    self._block(_block_text(block))
                self.blocks = target.blocks
                self.labels, self.numbers = [], []
                self.table = False
            shared = 0
            while (
                shared < min(len(self.labels), len(target.labels))
                and self.labels[shared][0] == target.labels[shared]
            ):
                shared += 1
            for depth in range(shared, len(target.labels)):
                label = target.labels[depth]
                column = self._item(depth, escape_label(label))
                self.labels[depth:] = [(label, column)]
            self._entry(entry, len(target.labels))
        return "\n".join(self.lines) + "\n" if self.lines else ""

    def _block(self, text: str) -> None:
        if self.lines:
            self.lines.append("")
        self.lines.append(text)
        self.loose = True

    def _indent(self, depth: int) -> int:
        return self.labels[depth - 1][1] if depth else 0

    def _item(self, depth: int, text: str) -> int:
        """Write a list item at ``depth``; the column its content starts at."""
        del self.numbers[depth + 1 :]
        if len(self.numbers) <= depth:
            self.numbers.extend([0] * (depth + 1 - len(self.numbers)))
        self.numbers[depth] += 1
        marker: str = self.plan.marker
        if marker in {"1.", "1)"}:
            marker = f"{self.numbers[depth]}{marker[1]}"
        indent = self._indent(depth)
        if self.loose and self.lines:
            self.lines.append("")
        self.lines.append(f"{' ' * indent}{marker} {text}")
        self.loose = False
        del self.labels[depth:]
        return indent + len(marker) + 1

    def _entry(self, entry: Entry, depth: int) -> None:
        columns = self.plan.columns
        if columns:
            if not self.table:
                if self.lines:
                    self.lines.append("")
                self.lines.append("| " + " | ".join(columns) + " |")
                self.lines.append("|" + "---|" * len(columns))
                self.table = True
            self.lines.append("| " + " | ".join(_cells(entry, columns)) + " |")
            self.loose = True
            return
        text = _entry_text(entry)
        if self.plan.paragraphs and entry.url is not None and entry.checked is None:
            if self.lines:
                self.lines.append("")
            self.lines.append(" " * self._indent(depth) + text)
            self.loose = True
            del self.labels[depth:]
            del self.numbers[depth:]
            return
        box = "" if entry.checked is None else ("[x] " if entry.checked else "[ ] ")
        self._item(depth, box + text)


def _block_text(block: Block) -> str:
    if block.level == BOLD_LEVEL:
        return f"**{escape_label(block.text)}**"
    return f"{'#' * block.level} {escape_text(block.text)}"


def _entry_text(entry: Entry) -> str:
    """An entry after its marker and box: ``~~[Title](url)~~ by Author (2017) - description``.

    A book: ``Title by Author (2017) - description``, struck through whole when given up.
    Where that would not read back the same (a title that holds ``by`` and a name, say), the
    byline comes after `` - ``.
    """
    if entry.url is None:
        tail = _plain_tail(entry)
        for byline in _bylines(entry, book=True):
            title = entry.title
            if split_book(title + byline) == (title, entry.author, entry.year, entry.description):
                tail = byline
                break
        book = escape_line_start(escape_text(entry.title)) + escape_text(tail)
        return f"~~{book}~~" if entry.struck else book
    text = markdown_link(entry.title, entry.url)
    if entry.struck:
        text = f"~~{text}~~"
    for byline in _bylines(entry, book=False):
        read = split_byline(strip_separator(byline)) if byline else (None, None, "")
        if read == (entry.author, entry.year, entry.description) or (
            entry.author is None and entry.year is None and read[2] == entry.description
        ):
            return text + escape_text(byline)
    return text + escape_text(_plain_tail(entry))


def _bylines(entry: Entry, *, book: bool) -> list[str]:
    """The ways to write an entry's author, year and description after its title."""
    author, year, description = entry.author, entry.year, entry.description
    if author is None and year is None:
        return [f" - {description}" if description else ""]
    tail = (f" by {author}" if author else "") + (f" ({year})" if year is not None else "")
    rest = f" - {description}" if description else ""
    ways = [tail + rest]
    if book and author:
        ways.append(f" - by {author}" + (f" ({year})" if year is not None else "") + rest)
    return ways


def _plain_tail(entry: Entry) -> str:
    return f" - {entry.description}" if entry.description else ""


def _cells(entry: Entry, columns: tuple[str, ...]) -> list[str]:
    """A table row's cells for ``columns``."""
    cells: list[str] = []
    for column in columns:
        if column == "Title":
            if entry.url is None:
                text = escape_text(entry.title)
            else:
                text = markdown_link(entry.title, entry.url)
                text = f"~~{text}~~" if entry.struck else text
        elif column == "Author":
            text = escape_text(entry.author or "")
        elif column == "Year":
            text = "" if entry.year is None else str(entry.year)
        elif column == "Status":
            text = DEFAULT_LABELS[entry.status][0]
        else:
            text = escape_text(entry.description)
        cells.append(text)
    return cells
