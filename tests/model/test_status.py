"""The status vocabulary: default labels, extension through the API, canonical keys."""

from __future__ import annotations

import pytest

import readinglist
from readinglist import Status, StatusVocabulary


@pytest.mark.parametrize(
    ("label", "status"),
    [
        ("TODO", Status.TODO),
        ("to read:", Status.TODO),
        ("  Backlog ", Status.TODO),
        ("Currently reading", Status.READING),
        ("WIP", Status.READING),
        ("Completed", Status.DONE),
        ("read", Status.DONE),
        ("Abandoned", Status.SKIPPED),
        ("Kafka", None),
    ],
)
def test_default_labels(label: str, status: Status | None) -> None:
    assert readinglist.DEFAULT_VOCABULARY.status_of(label) is status


def test_status_keys_compare_equal_to_plain_strings() -> None:
    key: str = "done"
    assert key == Status.DONE
    assert {"todo": 1}[Status.TODO] == 1


def test_extended_vocabulary_reads_user_labels_without_changing_the_default() -> None:
    vocabulary = StatusVocabulary().extended({"done": ["Gelesen"], "reading": "Am Lesen"})
    text = "## Gelesen\n\n- [A](https://example.com/a)\n\n## Am Lesen\n\n- [B](https://example.com/b)\n"
    page = readinglist.loads(text, vocabulary=vocabulary)
    assert [entry.status for entry in page.entries] == ["done", "reading"]
    assert [entry.groups for entry in page.entries] == [(), ()]
    assert readinglist.DEFAULT_VOCABULARY.status_of("Gelesen") is None


def test_extended_vocabulary_can_change_the_default_status() -> None:
    vocabulary = StatusVocabulary().extended(default="reading")
    page = readinglist.loads("- [A](https://example.com/a)\n", vocabulary=vocabulary)
    assert page.entries[0].status is Status.READING


def test_unknown_status_key_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"unknown status 'finished' \(expected one of: todo"):
        StatusVocabulary().extended({"finished": ["Fertig"]})
