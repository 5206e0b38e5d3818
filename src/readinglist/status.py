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
        Status.TODO: ("TODO", "To do", "To read", "Unread", "Backlog", "Queue", "Later", "Next"),
        Status.READING: ("Reading", "In progress", "Currently reading", "WIP", "Started"),
        Status.DONE: ("Done", "Read", "Finished", "Complete", "Completed"),
        Status.SKIPPED: ("Skipped", "Dropped", "Abandoned"),
    }
)


def fold_label(label: str) -> str:
    """Fold a group label for comparison: case, surrounding space and a trailing colon."""
    folded = " ".join(label.split()).casefold()
    return folded[:-1].rstrip() if folded.endswith(":") else folded


def _label_table(labels: Mapping[Status, Iterable[str]]) -> dict[str, Status]:
    table: dict[str, Status] = {}
    for status, names in labels.items():
        for name in names:
            table[fold_label(name)] = status
        table[fold_label(status.value)] = status
    return table


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
        """The status a group label names, or ``None`` when it is a topic."""
        return self.labels.get(fold_label(label))

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
