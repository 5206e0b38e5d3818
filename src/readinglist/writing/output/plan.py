"""Where :func:`readinglist.dumps` puts each entry: the groups to open, in the page's style.

:func:`plan` turns a :class:`~readinglist.PageStyle` into a :class:`Plan` that can write
every entry of the page, falling back where the style cannot (each fallback is page-wide,
so that writing the result again gives the same text):

- ``status_groups="none"`` needs every status to be said by the entry itself (a ticked box:
  done, a strike: skipped, else todo) and every book to be in a topic group; otherwise the
  status groups are headings.
- A plain todo entry is written outside status groups where the page has no todo group of
  its own (todo is the default); where that cannot be written (after a status heading,
  which nothing but another heading closes), an unticked one goes in a done or skipped
  group (where it reads as todo, a ``status-conflict``, as the page had it), if the page
  was read with status groups; else todo gets groups like the other statuses.
- A heading (or bold line) can only be closed by another one: when an entry outside every
  topic follows one inside a topic heading, and no status heading around them closes it,
  the topic groups are list labels.
- Two group kinds that cannot nest (a bold status line and bold topics, headings of one
  level) nest as list labels, or one heading level deeper.
- Group headings are at least level 2 when the page has no H1 (a first level-1 heading
  would be read as the page's H1), and at most level 6; topics deeper than that are labels.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from readinglist.model import Entry, ListMarker, PageStyle, TopicGroupForm
from readinglist.status import DEFAULT_LABELS, Status

BOLD_LEVEL = 7
"""The level of a bold line among headings: below every heading, closed by any of them."""
_DEEPEST = 6
_LABEL_RANK = 8
_UNTICKED_TODO = (Status.DONE, Status.SKIPPED)
"""Groups in which an unticked task item is todo (a ``status-conflict``)."""


@dataclass(frozen=True, slots=True)
class Block:
    """A heading (levels 1-6) or bold line (level 7) opening a group."""

    level: int
    text: str


@dataclass(frozen=True, slots=True)
class Target:
    """What to open for one entry: blocks outermost first, then list labels."""

    blocks: tuple[Block, ...]
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    """The style, resolved for these entries."""

    status: str
    """``"heading"``, ``"bold"``, ``"label"`` or ``"none"``."""
    status_level: int
    """Heading level of status headings."""
    topic: TopicGroupForm
    """How topic groups are written (too deep for headings: labels)."""
    topic_level: int
    """Heading level of the outermost topic headings."""
    status_outside: bool
    """Status groups hold the topic groups (else topics hold statuses)."""
    paragraphs: bool
    """Entries with a URL and no task box are written as paragraphs."""
    marker: ListMarker
    """The list marker (numbered lists count from 1)."""
    labels: dict[Status, str]
    """The page's label per status; the others use the vocabulary's first."""
    grouped: frozenset[Status]
    """Statuses whose entries go in a status group of their own (see :func:`plan`)."""
    unticked_stay: bool = False
    """An unticked todo entry goes in a done or skipped group (the one before it, if any),
    where it reads as todo with a ``status-conflict``, as on the page it came from."""
    columns: tuple[str, ...] = ()
    """Entries are written as the rows of tables with these columns (none: not tables)."""

    def targets(self, entries: Sequence[Entry]) -> Iterator[Target]:
        """The groups around each entry, in order.

        An entry of a status in ``grouped`` goes in a group of its status; one whose ticked
        box or strike says its status stays in the status group before it (before the first
        group: in the first group, else the page's first label; outside status groups when
        there is none); a plain todo entry goes outside every status group (todo being the
        default), or in a done group where ``unticked_stay`` says.
        """
        first = next((e.status for e in entries if e.status in self.grouped), None)
        current = first or next(iter(self.labels), None)
        for entry in entries:
            status: Status | None = None
            if entry.status in self.grouped:
                status = entry.status
            elif said_by_entry(entry):
                status = current
            elif self.unticked_stay and entry.checked is False:
                status = current if current in _UNTICKED_TODO else self._unticked_home()
            current = status
            yield self._target(status, entry.groups)

    def _unticked_home(self) -> Status | None:
        """The group an unticked todo entry goes in when ``unticked_stay``: done, skipped."""
        return next((status for status in _UNTICKED_TODO if status in self.grouped), None)

    def _target(self, status: Status | None, topics: tuple[str, ...]) -> Target:
        topic_blocks: list[Block] = []
        if self.topic == "bold":
            topic_blocks = [Block(BOLD_LEVEL, label) for label in topics[:1]]
        elif self.topic == "heading":
            deepest = _DEEPEST
            if self.status == "heading" and not self.status_outside and status:
                deepest = self.status_level - 1
            fit = max(0, deepest - self.topic_level + 1)
            topic_blocks = [
                Block(self.topic_level + depth, label) for depth, label in enumerate(topics[:fit])
            ]
        rest = topics[len(topic_blocks) :]
        if self.status == "none" or status is None:
            return Target(tuple(topic_blocks), rest)
        status_label = self.labels.get(status) or DEFAULT_LABELS[status][0]
        if self.status == "label":
            if self.status_outside:
                return Target(tuple(topic_blocks), (status_label, *rest))
            return Target(tuple(topic_blocks), (*rest, status_label))
        status_block = Block(
            BOLD_LEVEL if self.status == "bold" else self.status_level, status_label
        )
        if self.status_outside:
            return Target((status_block, *topic_blocks), rest)
        return Target((*topic_blocks, status_block), rest)


def said_by_entry(entry: Entry) -> bool:
    """True when the entry's own strike or ticked box gives its status in any group."""
    return (entry.struck and entry.status is Status.SKIPPED) or (
        entry.checked is True and entry.status is Status.DONE and not entry.struck
    )


def plan(style: PageStyle, entries: Sequence[Entry], *, has_h1: bool) -> Plan:
    """The style resolved for ``entries``, with the fallbacks of the module docstring."""
    lowest = 1 if has_h1 else 2
    style = replace(
        style,
        status_level=min(max(style.status_level, lowest), _DEEPEST),
        topic_level=min(max(style.topic_level, lowest), _DEEPEST),
    )
    columns = _table_columns(style, entries)
    if columns and "Status" in columns:
        style = replace(style, status_groups="none")
    elif style.status_groups == "none" and not all(
        _needs_no_status_group(e, rows=bool(columns)) for e in entries
    ):
        style = replace(style, status_groups="heading")
    # Plain todo entries outside status groups; else unticked ones where the page had them,
    # in a done group (only for a page read with status groups); else in todo groups.
    todo_places = ("outside", "stay", "grouped") if style.status_labels else ("outside", "grouped")
    for topics in (style.topic_groups, "label"):
        for todo in todo_places:  # the last attempt can always be written
            resolved = _nested(replace(style, topic_groups=topics), entries, todo=todo)
            if columns:
                resolved = replace(
                    resolved,
                    columns=columns,
                    grouped=frozenset() if "Status" in columns else resolved.grouped,
                )
            if _closable(resolved.targets(entries)):
                return resolved
    return resolved


def _table_columns(style: PageStyle, entries: Sequence[Entry]) -> tuple[str, ...]:
    """The columns of the page's tables, when its entries are written as table rows.

    Not when an entry has a task box (a row has none), nor where list labels would have to
    hold a table.
    """
    if style.entries != "table" or any(entry.checked is not None for entry in entries):
        return ()
    if "label" in {style.status_groups, style.topic_groups}:
        return ()
    columns = ["Title"]
    if any(entry.author for entry in entries):
        columns.append("Author")
    if any(entry.year is not None for entry in entries):
        columns.append("Year")
    if style.status_column:
        columns.append("Status")
    if any(entry.description for entry in entries):
        columns.append("Description")
    return tuple(columns)


def _needs_no_status_group(entry: Entry, *, rows: bool) -> bool:
    """Whether the entry reads back the same outside status groups.

    A book needs a group, unless it is a table row or names its author.
    """
    return entry.status is _said_status(entry) and (
        rows or entry.url is not None or bool(entry.groups) or entry.author is not None
    )


def _said_status(entry: Entry) -> Status:
    """The status an entry has outside every status group (todo being the default)."""
    return Status.SKIPPED if entry.struck else Status.DONE if entry.checked else Status.TODO


def _rank(form: str, level: int) -> int:
    return level if form == "heading" else BOLD_LEVEL if form == "bold" else _LABEL_RANK


def _nested(style: PageStyle, entries: Sequence[Entry], *, todo: str) -> Plan:
    """Decide which group kind holds the other; kinds that cannot nest are made to."""
    status, topic = style.status_groups, style.topic_groups
    status_level, topic_level = style.status_level, style.topic_level
    status_rank, topic_rank = _rank(status, status_level), _rank(topic, topic_level)
    if status_rank != topic_rank:
        status_outside = status_rank < topic_rank
    elif status == "heading":  # one heading level for both: topics go one level deeper
        status_outside = True
        topic_level = status_level + 1
        if topic_level > _DEEPEST:
            topic = "label"
    else:  # both labels, or both bold (the inner ones become labels)
        status_outside = not style.topics_outside
        if status == "bold":
            if status_outside:
                topic = "label"
            else:
                status = "label"
    # A status gets groups of its own when the page has one for it, or when an entry needs
    # one: its box or strike does not say its status, it is not a plain todo (todo may go
    # outside status groups, unless ``todo`` is "grouped"), or it is a book without topics.
    grouped = {status for status, _ in style.status_labels}
    grouped.update(
        entry.status
        for entry in entries
        if (not said_by_entry(entry) and entry.status is not _said_status(entry))
        or (
            entry.url is None
            and not entry.groups
            and entry.author is None
            and style.entries != "table"
        )
    )
    if todo == "grouped":
        grouped.add(Status.TODO)
    return Plan(
        status=status,
        status_level=status_level,
        topic=topic,
        topic_level=topic_level,
        status_outside=status_outside,
        paragraphs=style.entries == "paragraph",
        marker=style.marker,
        labels=dict(style.status_labels),
        grouped=frozenset(grouped),
        unticked_stay=todo == "stay",
    )


def _closable(targets: Iterator[Target]) -> bool:
    """True when every change of blocks between entries can be written (see ``moves``)."""
    open_blocks: tuple[Block, ...] = ()
    for target in targets:
        if moves(open_blocks, target.blocks) is None:
            return False
        open_blocks = target.blocks
    return True


def moves(open_blocks: tuple[Block, ...], blocks: tuple[Block, ...]) -> tuple[Block, ...] | None:
    """The blocks to write to go from ``open_blocks`` to ``blocks``; ``None`` if impossible.

    A heading closes the open ones of its level and deeper; a bold line closes a bold line.
    """
    shared = 0
    while shared < min(len(open_blocks), len(blocks)) and open_blocks[shared] == blocks[shared]:
        shared += 1
    if shared == len(open_blocks):
        return blocks[shared:]
    if shared < len(blocks) and blocks[shared].level <= open_blocks[shared].level:
        return blocks[shared:]
    if shared:
        return blocks[shared - 1 :]  # write the last shared one again: it closes the rest
    return None
