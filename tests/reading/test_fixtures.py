"""Parser cases from readable fixture files: input Markdown, expected entries and diagnostics."""

from __future__ import annotations

import pytest

import readinglist
from tests.fixture_format import Case, read_cases, render
from tests.paths import FIXTURES

CASES = [case for path in sorted(FIXTURES.glob("*.txt")) for case in read_cases(path)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.file}:{c.line}" for c in CASES])
def test_fixture_case(case: Case) -> None:
    """The page reads as the fixture says (the case's name says what it shows)."""
    page = readinglist.loads(case.text, path="page.md")
    assert render(page) == case.expected, case.name


def test_every_fixture_file_has_cases() -> None:
    assert len(CASES) >= 60
    assert len({case.name for case in CASES}) == len(CASES), "case names must be unique"
