"""The parser fixture format: cases of Markdown input and the expected page, as text.

A fixture file holds cases. Each starts with a line ``=== <behaviour in one sentence>``,
then the page text, then a line ``=== expected``, then one line per entry and per
diagnostic, as :func:`render` writes them::

    entry 3:3 todo "Title" <https://example.com/a> groups=Kafka by="Ann Author" year=2017
        desc="notes" [x] struck   (one line)
    diag 5:3 warning duplicate-url first=:3
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from readinglist import Diagnostic, Entry, Page


@dataclass(frozen=True)
class Case:
    """One fixture case."""

    file: str
    line: int
    name: str
    text: str
    expected: str


def read_cases(path: Path) -> list[Case]:
    """Every case of one fixture file."""
    cases: list[Case] = []
    name: str | None = None
    start = 0
    body: list[str] = []
    expected: list[str] | None = None

    def finish() -> None:
        if name is not None:
            if expected is None:
                raise ValueError(f"{path.name}:{start}: case {name!r} has no '=== expected' line")
            text = "".join(body)
            cases.append(Case(path.name, start, name, text, "".join(expected).strip("\n")))

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(keepends=True), 1):
        if line.rstrip("\n") == "=== expected":
            expected = []
        elif line.startswith("=== "):
            finish()
            name, start, body, expected = line[4:].strip(), number, [], None
        elif expected is not None:
            expected.append(line)
        elif name is not None:
            body.append(line)
    finish()
    return cases


def render_entry(entry: Entry) -> str:
    """One entry as a fixture line."""
    parts = [f"entry {entry.line}:{entry.column} {entry.status} {entry.title!r}"]
    parts.append(f"<{entry.url}>" if entry.url is not None else "<no url>")
    if entry.groups:
        parts.append("groups=" + "/".join(entry.groups))
    if entry.author is not None:
        parts.append(f"by={entry.author!r}")
    if entry.year is not None:
        parts.append(f"year={entry.year}")
    if entry.description:
        parts.append(f"desc={entry.description!r}")
    if entry.checked is not None:
        parts.append("[x]" if entry.checked else "[ ]")
    if entry.struck:
        parts.append("struck")
    return " ".join(parts)


def render_diagnostic(diagnostic: Diagnostic) -> str:
    """One diagnostic as a fixture line: position, severity, code, and the place it names."""
    text = f"diag {diagnostic.line}:{diagnostic.column} {diagnostic.level} {diagnostic.code}"
    if diagnostic.related_line is not None:
        text += f" first={diagnostic.related_path or ''}:{diagnostic.related_line}"
    return text


def render(page: Page) -> str:
    """The page as fixture lines: its title, entries, then diagnostics."""
    lines = [f"title {page.title!r}"]
    lines += [render_entry(entry) for entry in page.entries]
    lines += [render_diagnostic(diagnostic) for diagnostic in page.diagnostics]
    return "\n".join(lines)
