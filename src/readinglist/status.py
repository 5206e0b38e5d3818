"""Reading statuses and the vocabulary of labels that name them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class Status(StrEnum):
    """The canonical status of an entry; compares equal to its plain-string key."""

    TODO = "todo"
    """Not read yet (the default for entries outside every status group)."""
    READING = "reading"
    """Being read now."""
    DONE = "done"
    """Read."""
    SKIPPED = "skipped"
    """Dropped on purpose; struck-through entries are skipped."""


DEFAULT_LABELS: Mapping[Status, tuple[str, ...]] = MappingProxyType(
    {
        Status.TODO: (
            "TODO", "To do", "To read", "Unread", "Backlog", "Queue", "Later", "Next",
            "Want to read", "To be read", "TBR", "Wishlist", "Bought and ready to read",
            "Up next", "想读", "想讀", "待读", "待讀", "未读", "未讀", "積読", "読みたい",
            "\U0001f534", "\u2b1c",
        ),
        Status.READING: (
            "Reading", "In progress", "Currently reading", "WIP", "Started", "Now reading",
            "Reading now", "Listening", "On the go", "在读", "在讀", "正在读", "正在讀",
            "阅读中", "閱讀中", "読書中", "\U0001f4d6",
        ),
        Status.DONE: (
            "Done", "Read", "Finished", "Complete", "Completed", "Have read", "Already read",
            "Finished reading", "已读", "已讀", "读完", "讀完", "读过", "讀過", "已完成", "読了",
            "\u2705", "\u2714", "\u2714\ufe0f", "\u2611\ufe0f",
        ),
        Status.SKIPPED: (
            "Skipped", "Dropped", "Abandoned", "DNF", "Did not finish", "Gave up", "Put down",
            "Read some of and then put down", "弃读", "棄讀", "放弃", "放棄",
        ),
    }
)  # fmt: skip
"""The default labels of each status, as the format reference lists them (emoji last).

English, then Chinese (simplified and traditional) and Japanese: 想读 "want to read",
在读 "reading", 已读 "read", 弃读 "dropped"; 積読 a pile of books not yet read, 読了 read.
"""


def fold_label(label: str) -> str:
    """Fold a group label for comparison: case, spacing, hyphens and a trailing colon.

    ``In-Progress:`` and ``in progress`` are one label.
    """
    if "-" in label or "_" in label:
        label = label.replace("-", " ").replace("_", " ")
    folded = " ".join(label.split()).casefold()
    return folded[:-1].rstrip() if folded.endswith(":") else folded


def _one_edit(first: str, second: str) -> bool:
    """Whether two different strings are one insertion, deletion, change or swap apart."""
    if len(first) > len(second):
        first, second = second, first
    start = 0
    while start < len(first) and first[start] == second[start]:
        start += 1
    if len(first) < len(second):
        return first[start:] == second[start + 1 :]
    if first[start + 1 :] == second[start + 1 :]:
        return True
    return (
        start + 1 < len(first)
        and first[start] == second[start + 1]
        and first[start + 1] == second[start]
        and first[start + 2 :] == second[start + 2 :]
    )


def _label_table(labels: Mapping[Status, Iterable[str]]) -> dict[str, Status]:
    table: dict[str, Status] = {}
    for status, names in labels.items():
        for name in names:
            table[fold_label(name)] = status
        table[fold_label(status.value)] = status
    return table


_WRITTEN = {fold_label(name): name for names in DEFAULT_LABELS.values() for name in names}
"""Each default label as the format reference writes it, by its folded form."""


@dataclass(frozen=True, slots=True)
class StatusVocabulary:
    """Which group labels name which status; extend it with :meth:`extended`."""

    labels: Mapping[str, Status] = field(
        default_factory=lambda: MappingProxyType(_label_table(DEFAULT_LABELS))
    )
    """Folded label (see ``fold_label``) to status."""
    default: Status = Status.TODO
    """The status of entries outside every status group."""

    def status_of(self, label: str) -> Status | None:
        """The status a group label names, or ``None`` when it is a topic.

        A leading "The" or "My" is left out (``The Backlog``, ``My TBR``).
        """
        folded = fold_label(label)
        status = self.labels.get(folded)
        if status is None and folded.startswith(("the ", "my ")):
            status = self.labels.get(folded.partition(" ")[2])
        return status

    def near_label(self, label: str) -> str | None:
        """The status label one edit from ``label`` (a likely typo), or ``None``.

        One edit: a letter added, removed or changed, or two neighbours swapped
        (``Finsihed``). Labels of fewer than four letters, and labels that name a status,
        have none.
        """
        folded = fold_label(label)
        if sum(character.isalpha() for character in folded) < 4 or folded in self.labels:
            return None
        for known in self.labels:
            if abs(len(known) - len(folded)) <= 1 and _one_edit(folded, known):
                return _WRITTEN.get(known, known)
        return None

    def extended(
        self,
        extra: Mapping[str, Iterable[str]] | None = None,
        *,
        default: str | None = None,
    ) -> StatusVocabulary:
        """A new vocabulary with more labels per status and, optionally, another default.

        ``extra`` maps a status key (``"done"``) to more labels (``["Gelesen"]``).
        Raises :class:`ValueError` naming the key when it is not a status.
        """
        table = dict(self.labels)
        for key, names in (extra or {}).items():
            status = parse_status(key)
            if isinstance(names, str):
                names = [names]
            for name in names:
                table[fold_label(name)] = status
        new_default = self.default if default is None else parse_status(default)
        return StatusVocabulary(MappingProxyType(table), new_default)


def parse_status(key: str) -> Status:
    """The :class:`Status` for a key such as ``"done"``; :class:`ValueError` otherwise."""
    try:
        return Status(key.strip().lower())
    except ValueError:
        choices = ", ".join(status.value for status in Status)
        raise ValueError(f"unknown status {key!r} (expected one of: {choices})") from None


DEFAULT_VOCABULARY = StatusVocabulary()
"""The labels listed in the format reference, with ``todo`` as the default."""
