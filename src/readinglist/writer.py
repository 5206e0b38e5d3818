"""Write a page model back as canonical Markdown: :func:`dumps`.

The layout is fixed: front matter (YAML or TOML, as the page had, keys in their order),
the H1, then the entries in page order under headings: a status heading (``## Done``)
whenever the status changes, topic headings (``### Kafka``) below it, list items for the
entries. Task boxes and strikes are kept. ``loads(dumps(page))`` has the same title, front
matter and entries (title, URL, status, description, groups).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from readinglist._escape import escape_line_start, escape_text, markdown_link
from readinglist._toml import toml_document
from readinglist.model import Entry, FrontMatter, Page
from readinglist.status import DEFAULT_LABELS, Status

_STATUS_LEVEL = 2
_DEEPEST_HEADING = 6

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
    """The page as canonical Markdown."""
    parts = [front_matter_text(page.front_matter)]
    if page.heading is not None:
        parts.append(f"# {escape_text(page.heading)}\n")
    parts.extend(_body(page.entries))
    return "\n".join(part for part in parts if part)


def _needs_status_headings(entries: Sequence[Entry]) -> bool:
    """Status headings are left out only when every entry is a todo link outside groups."""
    previous: tuple[str, ...] = ()
    for entry in entries:
        if entry.status is not Status.TODO or entry.url is None:
            return True
        if previous and not entry.groups:
            return True
        previous = entry.groups
    return False


def _body(entries: Sequence[Entry]) -> Iterator[str]:
    """Headings and lists, one list per run of entries sharing status and groups."""
    with_status = _needs_status_headings(entries)
    topic_level = _STATUS_LEVEL + 1 if with_status else _STATUS_LEVEL
    deepest = _DEEPEST_HEADING - topic_level + 1  # topics written as headings
    status: Status | None = None
    path: tuple[str, ...] = ()
    run: list[str] = []
    for entry in entries:
        back_to_top = bool(path) and not entry.groups
        status_changed = with_status and (entry.status is not status or back_to_top)
        if status_changed or entry.groups != path or not run:
            if run:
                yield "".join(run)
                run = []
            reset = status_changed or status is None
            headings = _headings(path, entry.groups, reset, topic_level, deepest)
            if status_changed:
                yield f"{'#' * _STATUS_LEVEL} {DEFAULT_LABELS[entry.status][0]}\n"
            yield from headings
            status, path = entry.status, entry.groups
            run.extend(_labels(entry.groups[deepest:]))
        run.append(_item(entry, indent=2 * len(entry.groups[deepest:])))
    if run:
        yield "".join(run)


def _headings(
    old: tuple[str, ...], new: tuple[str, ...], reset: bool, level: int, deepest: int
) -> list[str]:
    """Topic headings taking the reader from ``old`` to ``new`` (all of ``new`` on reset)."""
    shared = 0
    if not reset:
        while shared < min(len(old), len(new), deepest) and old[shared] == new[shared]:
            shared += 1
        if shared == len(new[:deepest]) and len(old[:deepest]) > shared and shared:
            shared -= 1  # going back up: repeat the parent heading to close the deeper ones
    return [
        f"{'#' * (level + depth)} {escape_text(label)}\n"
        for depth, label in enumerate(new[:deepest])
        if depth >= shared
    ]


def _labels(topics: Sequence[str]) -> list[str]:
    """Topics too deep for headings, as nested list labels."""
    return [f"{'  ' * depth}- {escape_text(label)}\n" for depth, label in enumerate(topics)]


def _item(entry: Entry, *, indent: int) -> str:
    """One entry as a list item: ``- [ ] ~~[Title](url)~~ - description``."""
    box = "" if entry.checked is None else ("[x] " if entry.checked else "[ ] ")
    if entry.url is None:
        text = escape_line_start(escape_text(entry.title))
    else:
        text = markdown_link(entry.title, entry.url)
        if entry.struck:
            text = f"~~{text}~~"
    description = f" - {escape_text(entry.description)}" if entry.description else ""
    return f"{' ' * indent}- {box}{text}{description}\n"
