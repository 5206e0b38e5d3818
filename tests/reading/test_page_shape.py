"""Pages of hostile size and shape load without a traceback: too large, deep, long, odd bytes."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

import readinglist
from readinglist import Code

PAGE = "# List\n\n- [A](https://e.org/a)\n"


def test_text_over_the_limit_is_not_parsed() -> None:
    text = PAGE + "x" * 100
    page = readinglist.loads(text, path="big.md", max_size=len(text) - 1)
    assert [(d.code, d.line, d.column) for d in page.diagnostics] == [
        (Code.FILE_TOO_LARGE, 1, None)
    ]
    assert "larger than the 130 byte limit" in page.diagnostics[0].message
    assert page.entries == ()
    assert page.title == "big"


def test_text_at_the_limit_is_parsed() -> None:
    page = readinglist.loads(PAGE, max_size=len(PAGE))
    assert len(page.entries) == 1
    assert page.diagnostics == ()


def test_the_limit_counts_bytes_of_utf8_not_characters() -> None:
    text = "# é\n\n- [é](https://e.org/é)\n"
    assert len(text.encode()) == len(text) + 3
    assert readinglist.loads(text, max_size=len(text)).diagnostics[0].code is Code.FILE_TOO_LARGE
    assert readinglist.loads(text, max_size=len(text) + 3).entries


def test_file_over_the_default_limit_is_one_error(tmp_path: Path) -> None:
    """A 50 MB file (sparse: no disk used) is refused at the default 10 MB limit."""
    huge = tmp_path / "huge.md"
    with huge.open("wb") as file:
        file.write(PAGE.encode())
        file.truncate(50_000_000)
    page = readinglist.load(huge)
    assert [d.code for d in page.diagnostics] == [Code.FILE_TOO_LARGE]
    assert page.diagnostics[0].path == str(huge)
    assert page.entries == ()
    assert readinglist.DEFAULT_MAX_SIZE == 10_000_000


def test_file_limit_is_a_keyword(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text(PAGE)
    assert readinglist.load(path, max_size=len(PAGE)).entries
    tight = readinglist.load(path, max_size=len(PAGE) - 1)
    assert [d.code for d in tight.diagnostics] == [Code.FILE_TOO_LARGE]


def test_a_fifo_is_refused_instead_of_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    outcome: list[BaseException | readinglist.Page] = []

    def attempt() -> None:
        try:
            outcome.append(readinglist.load(fifo))
        except readinglist.ReadingListError as error:
            outcome.append(error)

    reader = threading.Thread(target=attempt, daemon=True)
    reader.start()
    reader.join(timeout=30)
    if reader.is_alive():  # blocked in open(): let it go before failing
        with fifo.open("w"):
            pass
        reader.join()
        pytest.fail("loading a FIFO waited for a writer")
    [error] = outcome
    assert isinstance(error, readinglist.PageReadError)
    assert str(error) == f"{fifo}: not a regular file (a pipe, device or socket)"


def test_a_device_is_refused() -> None:
    with pytest.raises(readinglist.PageReadError, match="not a regular file"):
        readinglist.load(os.devnull)


def test_a_dangling_symlink_is_not_found(tmp_path: Path) -> None:
    link = tmp_path / "gone.md"
    link.symlink_to(tmp_path / "nowhere.md")
    with pytest.raises(readinglist.PageNotFoundError, match=r"gone\.md: no such file"):
        readinglist.load(link)


def test_non_utf8_error_names_the_path_and_the_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_bytes(PAGE.encode() + b"- [B](https://e.org/b)\xff\n")
    with pytest.raises(
        readinglist.PageEncodingError, match=r"page\.md: not UTF-8 \(byte 0xff at offset 53\)"
    ):
        readinglist.load(path)


@pytest.mark.parametrize(
    "text",
    [
        ">" * 10_000 + " [A](https://e.org/a)\n",
        "- " * 10_000 + "[A](https://e.org/a)\n",
        "".join("  " * depth + "- [A](https://e.org/a)\n" for depth in range(1_000)),
        "".join(">" * depth + " - [A](https://e.org/a)\n" for depth in range(1_000)),
        "[" * 10_000 + "A" + "](https://e.org/a)" * 10_000 + "\n",
        "*" * 10_000 + "[A](https://e.org/a)" + "*" * 10_000 + "\n",
    ],
    ids=["blockquotes", "lists-one-line", "lists-indented", "quoted-lists", "brackets", "stars"],
)
def test_ten_thousand_levels_of_nesting_load(text: str) -> None:
    """markdown-it stops nesting at its limit; the rest is text, never a RecursionError."""
    page = readinglist.loads(text)
    assert all(1 <= d.line <= text.count("\n") for d in page.diagnostics)


def test_a_very_long_line_loads() -> None:
    text = "- [A](https://e.org/a) - " + "word " * 100_000 + "\n"
    [entry] = readinglist.loads(text).entries
    assert len(entry.description) == 5 * 100_000 - 1


def test_nul_bytes_do_not_end_or_hide_the_page() -> None:
    page = readinglist.loads(
        "# L\x00ist\n\n- [A\x00](https://e.org/a)\x00\n- [B](https://e.org/b)\n"
    )
    assert [entry.title for entry in page.entries] == ["A\ufffd", "B"]
    assert page.heading == "L\ufffdist"


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_line_endings_and_a_byte_order_mark_keep_lines(ending: str, tmp_path: Path) -> None:
    lines = ["---", "title: T", "---", "", "- [A](https://e.org/a)", "- [A](https://e.org/a)"]
    path = tmp_path / "page.md"
    path.write_bytes(b"\xef\xbb\xbf" + ending.join(lines).encode() + ending.encode())
    page = readinglist.load(path)
    assert page.title == "T"
    assert [entry.line for entry in page.entries] == [5, 6]
    assert [(d.code, d.line) for d in page.diagnostics] == [(Code.DUPLICATE_URL, 6)]


def test_mixed_line_endings_count_each_end_once() -> None:
    page = readinglist.loads("# L\r\n\r- [A](https://e.org/a)\n\r\n- [A](https://e.org/a)\r")
    assert [entry.line for entry in page.entries] == [3, 5]
