"""Edits on hostile file systems: a FIFO swapped in, owners, hard links, long names, SIGTERM."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

import pytest

from readinglist.cli import main
from readinglist.writing.editing import edit, formatter

PAGE = "# Reading\n\n* [A](https://e.org/a)  \n* [B](https://e.org/b)\n"
EDITS = {
    "fmt": lambda page: ["fmt", str(page)],
    "add": lambda page: ["add", str(page), "https://e.org/c", "--title", "C"],
    "mark": lambda page: ["mark", str(page), "A", "--status", "done"],
}
EDIT_FUNCTIONS = {
    "fmt": (formatter, "format_text"),
    "add": (edit, "add_entry"),
    "mark": (edit, "mark_entry"),
}


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.md"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


class Hung(BaseException):
    """Raised by the watchdog: the command blocked."""


@pytest.fixture
def watchdog() -> Iterator[None]:
    """Fail (rather than hang the suite) when the test blocks for 10 s."""

    def bark(signum: int, frame: FrameType | None) -> None:
        raise Hung("blocked for 10 s")

    previous = signal.signal(signal.SIGALRM, bark)
    signal.setitimer(signal.ITIMER_REAL, 10)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.usefixtures("watchdog")
@pytest.mark.parametrize("name", EDITS.keys())
def test_a_fifo_swapped_in_mid_edit_is_refused_without_blocking(
    name: str, page: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Someone replaces the page with a FIFO while the command edits: it must not wait on it."""
    module, function = EDIT_FUNCTIONS[name]
    original: Callable[..., str] = getattr(module, function)

    def swap_then_edit(*arguments: object, **keywords: object) -> str:
        page.unlink()
        os.mkfifo(page)
        return original(*arguments, **keywords)

    monkeypatch.setattr(module, function, swap_then_edit)
    assert main(EDITS[name](page)) == 2
    assert stat.S_ISFIFO(page.stat().st_mode)
    assert _names(page.parent) == ["page.md"]
    error = capsys.readouterr().err.splitlines()[0]
    assert error == (
        f"readinglist: error: {page}: changed on disk since it was read; nothing was written, "
        "run the command again"
    )


@pytest.mark.parametrize("name", EDITS.keys())
def test_root_keeps_the_owner_and_group_of_another_users_page(name: str, page: Path) -> None:
    os.chown(page, 12345, 23456)
    assert main(EDITS[name](page)) == 0
    status = page.stat()
    assert (status.st_uid, status.st_gid) == (12345, 23456)
    assert page.read_text(encoding="utf-8") != PAGE


def test_an_owner_that_cannot_be_kept_is_said(
    page: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As for a user who is not root: the page is written, and a warning says whose it is now."""
    os.chown(page, 12345, 23456)

    def refuse(*arguments: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "fchown", refuse)
    assert main(EDITS["add"](page)) == 0
    assert "https://e.org/c" in page.read_text(encoding="utf-8")
    me = f"{os.geteuid()}:{os.getegid()}"
    assert capsys.readouterr().err == (
        f"readinglist: warning: {page}: is now owned by {me}, no longer 12345:23456: only root "
        "may give a file to another user or group\n"
    )


@pytest.mark.parametrize("name", EDITS.keys())
def test_a_hard_linked_page_is_refused_and_both_names_keep_their_text(
    name: str, page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = page.with_name("other.md")
    os.link(page, other)
    assert main([*EDITS[name](page), "--force"]) == 2
    assert page.read_text(encoding="utf-8") == other.read_text(encoding="utf-8") == PAGE
    assert os.path.samefile(page, other)
    assert capsys.readouterr().err.splitlines()[0] == (
        f"readinglist: error: {page}: has 2 hard links, and replacing it would split it from "
        "its other names; nothing was written (copy it to a file of its own to edit it)"
    )


@pytest.mark.parametrize("length", [242, 255])
@pytest.mark.parametrize("name", EDITS.keys())
def test_a_page_with_a_name_of_up_to_255_bytes_is_edited(
    name: str, length: int, tmp_path: Path
) -> None:
    """The temporary file has a short name of its own, not the page's name plus a suffix."""
    page = tmp_path / ("p" * (length - 3) + ".md")
    page.write_text(PAGE, encoding="utf-8")
    assert main(EDITS[name](page)) == 0
    assert page.read_text(encoding="utf-8") != PAGE
    assert _names(tmp_path) == [page.name]


def test_a_page_in_a_folder_deeper_than_the_longest_path_is_edited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """25 folders of 200 bytes: the absolute path (over 5,000 bytes) cannot be opened."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.readinglist.statuses]\ndone = ["Gelesen"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    for _ in range(25):
        os.mkdir("d" * 200)
        os.chdir("d" * 200)
    Path("page.md").write_text(PAGE + "\n## Gelesen\n", encoding="utf-8")
    try:
        assert main(["add", "page.md", "https://e.org/c"]) == 0
        assert main(["mark", "page.md", "A", "--status", "done"]) == 0
        assert main(["fmt", "page.md"]) == 0
        assert main(["check", "page.md"]) == 0
        text = Path("page.md").read_text(encoding="utf-8")
        assert text.endswith("## Gelesen\n\n- [A](https://e.org/a)\n")  # the setting was found
        assert "https://e.org/c" in text
        assert os.listdir() == ["page.md"]
    finally:
        monkeypatch.chdir(tmp_path)
        shutil.rmtree("d" * 200)
    assert "error" not in capsys.readouterr().err


SIGTERM_AT_THE_RENAME = """
import os, signal, sys, time
from readinglist.cli import main

rename = os.replace


def terminated_first(*arguments, **keywords):
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(5)  # the signal is handled by now: this sleep is never reached
    rename(*arguments, **keywords)


os.replace = terminated_first
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("name", EDITS.keys())
def test_sigterm_between_the_temporary_file_and_the_rename_cleans_up(name: str, page: Path) -> None:
    """As Ctrl-C does: the page is as it was, no temporary file is left, exit status 143."""
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", SIGTERM_AT_THE_RENAME, *EDITS[name](page)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 128 + signal.SIGTERM
    assert time.monotonic() - started < 5
    assert "Traceback" not in result.stderr
    assert page.read_text(encoding="utf-8") == PAGE
    assert _names(page.parent) == ["page.md"]
