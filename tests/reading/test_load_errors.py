"""Only unusable input raises, always a ReadingListError naming the path."""

from __future__ import annotations

from pathlib import Path

import pytest

import readinglist


def test_missing_file_raises_not_found_with_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    with pytest.raises(readinglist.PageNotFoundError, match=r"nope\.md: no such file"):
        readinglist.load(missing)


def test_folder_raises_read_error(tmp_path: Path) -> None:
    with pytest.raises(readinglist.PageReadError, match="is a folder"):
        readinglist.load(tmp_path)


def test_bytes_that_are_not_utf8_raise_with_the_offset(tmp_path: Path) -> None:
    page = tmp_path / "latin1.md"
    page.write_bytes(b"- [Caf\xe9](https://example.com/cafe)\n")
    with pytest.raises(
        readinglist.PageEncodingError, match=r"latin1.md: not UTF-8 \(byte 0xe9 at offset 6\)"
    ):
        readinglist.load(page)


def test_errors_are_value_errors_for_callers_that_catch_those(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no such file"):
        readinglist.load(tmp_path / "nope.md")


def test_byte_order_mark_is_not_part_of_the_front_matter(tmp_path: Path) -> None:
    page = tmp_path / "bom.md"
    page.write_bytes(b"\xef\xbb\xbf---\ntitle: BOM\n---\n\n- [A](https://example.com/a)\n")
    loaded = readinglist.load(page)
    assert loaded.title == "BOM"
    assert loaded.entries[0].line == 5
    assert loaded.diagnostics == ()


def test_crlf_line_endings_keep_lines(tmp_path: Path) -> None:
    text = "---\r\ntitle: CRLF\r\n---\r\n\r\n- [A](https://example.com/a)\r\n- [A](https://example.com/a)\r\n"
    page = readinglist.loads(text)
    assert page.title == "CRLF"
    assert [entry.line for entry in page.entries] == [5, 6]
    assert [(d.code, d.line) for d in page.diagnostics] == [("duplicate-url", 6)]
