"""Write a page model back as Markdown in the page's own style: :func:`dumps`.

Front matter first (YAML or TOML, as the page had it, keys in their order), then the H1,
then the entries in page order, each in its status and topic groups, written as
:attr:`Page.style <readinglist.Page.style>` says: status groups as headings at the page's
level (``## Done``), list labels with the entries nested under them (``- Done``), bold lines,
or none at all (task boxes and strikes say the status); topic groups as headings, labels or
bold lines; entries as list items with the page's marker, or as paragraphs; each status
group with the page's own label (``TODO``), else the first label of the vocabulary. Task
boxes and strikes are kept. Where the style cannot write a page (a ``reading`` entry on a
page without status groups, say), :mod:`readinglist.writing.plan` falls back, page-wide.

``loads(dumps(page))`` has the same title, front matter and entries (title, URL, status,
description, groups, box and strike) when read with the same vocabulary; its style is the
page's when the style can write the page; and ``dumps`` is a fixed point: writing that
page again gives the same text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from readinglist.model import Entry, FrontMatter, Page
from readinglist.writing.escape import escape_label, escape_line_start, escape_text, markdown_link
from readinglist.writing.plan import BOLD_LEVEL, Block, Plan, moves, plan
from readinglist.writing.toml_text import toml_document

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
    parts = [front_matter_text(page.front_matter)]
    if page.heading is not None:
        parts.append(f"# {escape_text(page.heading)}\n")
    resolved = plan(page.style, page.entries, has_h1=page.heading is not None)
    parts.append(_Body(resolved).write(page.entries))
    return "\n".join(part for part in parts if part)


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
    """An entry after its marker and box: ``~~[Title](url)~~ - description``, or a book."""
    if entry.url is None:
        text = escape_line_start(escape_text(entry.title))
    else:
        text = markdown_link(entry.title, entry.url)
        if entry.struck:
            text = f"~~{text}~~"
    description = f" - {escape_text(entry.description)}" if entry.description else ""
    return text + description
