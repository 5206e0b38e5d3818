"""Every example of the page-format reference reads exactly as the page says it does."""

from __future__ import annotations

import re

import pytest

import readinglist
from tests.fixture_format import render
from tests.paths import ROOT

FORMAT = ROOT / "docs" / "format.md"
_PAIR = re.compile(r"```markdown\n(.*?)```\n\nReads as:\n\n```text\n(.*?)```", re.DOTALL)
EXAMPLES = _PAIR.findall(FORMAT.read_text(encoding="utf-8"))


def test_the_format_reference_has_examples() -> None:
    assert len(EXAMPLES) >= 10
    shown = FORMAT.read_text(encoding="utf-8").count("```markdown\n")
    assert shown == len(EXAMPLES), "every Markdown example must be followed by 'Reads as:'"


@pytest.mark.parametrize(
    ("markdown", "expected"), EXAMPLES, ids=[f"example-{i}" for i in range(len(EXAMPLES))]
)
def test_format_example(markdown: str, expected: str) -> None:
    assert render(readinglist.loads(markdown, path="page.md")) == expected.strip("\n")


def test_the_status_table_lists_the_default_labels() -> None:
    """The format reference's table of status labels is the default vocabulary, in order."""
    from readinglist.status import DEFAULT_LABELS

    text = FORMAT.read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(todo|reading|done|skipped)` \| (.*) \|$", text, re.M))
    assert rows == {status.value: ", ".join(labels) for status, labels in DEFAULT_LABELS.items()}
