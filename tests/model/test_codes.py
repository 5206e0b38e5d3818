"""Every diagnostic code is documented with an example that really produces it."""

from __future__ import annotations

import pytest

import readinglist
from readinglist import Code, Severity

PAGE_CODES = [code for code in Code if code.page_level]
EXAMPLE_LIMITS = {Code.FILE_TOO_LARGE: 64, Code.FRONT_MATTER_TOO_LARGE: 16}
"""Codes whose example needs a smaller size limit than the default (its summary says so)."""


@pytest.mark.parametrize("code", PAGE_CODES, ids=[code.value for code in PAGE_CODES])
def test_documented_example_produces_its_code(code: Code) -> None:
    limit = EXAMPLE_LIMITS.get(code)
    page = readinglist.loads(
        code.example,
        path="example.md",
        max_size=limit if code is Code.FILE_TOO_LARGE and limit else readinglist.DEFAULT_MAX_SIZE,
        max_front_matter_size=(
            limit
            if code is Code.FRONT_MATTER_TOO_LARGE and limit
            else readinglist.DEFAULT_MAX_FRONT_MATTER_SIZE
        ),
    )
    found = [d for d in page.diagnostics if d.code is code]
    assert found, f"the example of {code.value} does not produce it: {page.diagnostics}"
    assert all(d.severity is code.severity for d in found)
    assert all(1 <= d.line <= len(code.example.splitlines()) for d in found)


@pytest.mark.parametrize("code", list(Code), ids=[code.value for code in Code])
def test_code_has_a_slug_a_summary_and_an_example(code: Code) -> None:
    assert code.value == code.value.lower()
    assert " " not in code.value
    assert code.summary.strip()
    assert code.example.endswith("\n")
    assert Code.from_slug(code.value) is code
    assert Code.from_slug(code.value.upper()) is code


def test_the_table_of_the_format_reference_has_its_severities() -> None:
    """The severities SPEC §2 fixes for each code."""
    errors = {
        "front-matter-syntax", "front-matter-type", "invalid-url", "unsafe-url",
        "empty-title", "link-in-code-block", "unknown-parent", "grand-parent-mismatch",
        "file-too-large", "front-matter-too-large",
    }  # fmt: skip
    infos = {"tracking-params", "insecure-url", "missing-children", "empty-link"}
    for code in Code:
        expected = (
            Severity.ERROR
            if code.value in errors
            else Severity.INFO
            if code.value in infos
            else Severity.WARNING
        )
        assert code.severity is expected, code.value


def test_diagnostic_string_reads_like_a_compiler() -> None:
    page = readinglist.loads("- [A](https://x.org/a)\n- [B](https://x.org/a)\n", path="p.md")
    duplicate = next(d for d in page.diagnostics if d.code is Code.DUPLICATE_URL)
    assert str(duplicate) == (
        "p.md:2:3: warning[duplicate-url] duplicate URL 'https://x.org/a' (first at line 1)"
    )


def test_diagnostic_naming_another_file_says_which() -> None:
    diagnostic = readinglist.Diagnostic(
        Code.DUPLICATE_URL, "duplicate URL 'u'", "b.md", 4, 3, related_path="a.md", related_line=9
    )
    assert str(diagnostic) == "b.md:4:3: warning[duplicate-url] duplicate URL 'u' (first at a.md:9)"


def test_diagnostic_without_path_or_column() -> None:
    diagnostic = readinglist.Diagnostic(Code.NO_ENTRIES, "no entries", None, 1)
    assert str(diagnostic) == "<string>:1: warning[no-entries] no entries"


def test_unknown_slug_is_a_clear_error() -> None:
    with pytest.raises(
        ValueError, match=r"unknown diagnostic code 'dup' \(known codes: front-matter"
    ):
        Code.from_slug("dup")


def test_severities_rank_the_worst_first() -> None:
    """Errors sort before warnings, warnings before info."""
    assert [Severity.ERROR.rank, Severity.WARNING.rank, Severity.INFO.rank] == [0, 1, 2]
