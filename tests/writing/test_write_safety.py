"""fmt, add and mark through the command line: atomic, mode kept, never over another change.

tests/test_cli_edit.py covers the write primitive once (mark, one failure point); here
every editing command is run against every way a write can go wrong.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

import readinglist
from readinglist import FormatError, format_text
from readinglist.cli import main

PAGE = "# Reading\n\n* [A](https://e.org/a)  \n* [B](https://e.org/b)\n"
EDITS = {
    "fmt": lambda page: ["fmt", str(page)],
    "add": lambda page: ["add", str(page), "https://e.org/c", "--title", "C"],
    "mark": lambda page: ["mark", str(page), "A", "--status", "done"],
}
OTHER_EDIT = "\n- [Someone else's](https://e.org/z)\n"


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.md"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_each_edit_changes_the_page(edit: Callable[[Path], list[str]], page: Path) -> None:
    assert main(edit(page)) == 0
    assert page.read_text(encoding="utf-8") != PAGE
    assert _names(page.parent) == ["page.md"]


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o755, 0o4755])
@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_the_file_mode_is_kept(edit: Callable[[Path], list[str]], mode: int, page: Path) -> None:
    page.chmod(mode)
    assert main(edit(page)) == 0
    assert stat.S_IMODE(page.stat().st_mode) == mode
    assert page.read_text(encoding="utf-8") != PAGE


@pytest.mark.parametrize("mode", [0o444, 0o400, 0o555])
@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_a_read_only_page_is_refused_unless_forced(
    edit: Callable[[Path], list[str]], mode: int, page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Judged by the mode bits: the tests run as root, for whom the write would succeed."""
    page.chmod(mode)
    assert main(edit(page)) == 2
    assert page.read_text(encoding="utf-8") == PAGE
    assert _names(page.parent) == ["page.md"]
    error = capsys.readouterr().err.splitlines()[0]
    assert error == (
        f"readinglist: error: {page}: is read-only (mode {mode:04o}); nothing was written "
        "(use --force to edit it anyway)"
    )
    assert main([*edit(page), "--force"]) == 0
    assert page.read_text(encoding="utf-8") != PAGE
    assert stat.S_IMODE(page.stat().st_mode) == mode


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_the_page_is_replaced_in_one_step_with_the_whole_new_text(
    edit: Callable[[Path], list[str]], page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At the rename the page still holds the old text and the new one is complete beside it."""
    seen: list[tuple[str, str, str, bool]] = []
    rename = os.replace

    def read(name: str, folder: int) -> str:
        with open(name, encoding="utf-8", opener=lambda n, f: os.open(n, f, dir_fd=folder)) as f:
            return f.read()

    def spy(source: str, target: str, *, src_dir_fd: int, dst_dir_fd: int) -> None:
        same_folder = os.path.samestat(os.fstat(src_dir_fd), os.fstat(dst_dir_fd))
        seen.append((source, read(target, dst_dir_fd), read(source, src_dir_fd), same_folder))
        rename(source, target, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)

    monkeypatch.setattr(os, "replace", spy)
    assert main(edit(page)) == 0
    [(temporary, old, new, same_folder)] = seen
    assert old == PAGE
    assert new == page.read_text(encoding="utf-8")
    assert same_folder
    assert "/" not in temporary
    assert len(temporary) <= 25  # a short name: it fits beside a page of a 255-byte name


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_a_page_changed_on_disk_during_the_edit_is_left_with_the_other_change(
    edit: Callable[[Path], list[str]],
    page: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An editor that takes no lock saves the page after the command read it: exit 2.

    Their save is simulated when the command flushes its temporary file.
    """
    flush = os.fsync
    saves = [OTHER_EDIT]

    def someone_saves_first(descriptor: int) -> None:
        if saves:
            with page.open("a", encoding="utf-8") as file:
                file.write(saves.pop())
        flush(descriptor)

    monkeypatch.setattr(os, "fsync", someone_saves_first)
    assert main(edit(page)) == 2
    assert page.read_text(encoding="utf-8") == PAGE + OTHER_EDIT
    assert _names(page.parent) == ["page.md"]
    error = capsys.readouterr().err.splitlines()[0]
    assert error == (
        f"readinglist: error: {page}: changed on disk since it was read; nothing was written, "
        "run the command again"
    )


def _raise(error: BaseException) -> Callable[..., None]:
    def fail(*arguments: object, **keywords: object) -> None:
        raise error

    return fail


FAILURES: dict[str, tuple[str, BaseException, int]] = {
    "disk-full-on-sync": ("fsync", OSError(28, "No space left on device"), 2),
    "permission-on-chmod": ("fchmod", PermissionError(1, "Operation not permitted"), 2),
    "rename-across-devices": ("replace", OSError(18, "Invalid cross-device link"), 2),
    "interrupted-on-sync": ("fsync", KeyboardInterrupt(), 130),
}


@pytest.mark.parametrize("failure", FAILURES.values(), ids=FAILURES.keys())
@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_a_failure_mid_write_leaves_the_page_intact_and_no_temporary_file(
    edit: Callable[[Path], list[str]],
    failure: tuple[str, BaseException, int],
    page: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    name, error, code = failure
    monkeypatch.setattr(os, name, _raise(error))
    assert main(edit(page)) == code
    assert page.read_text(encoding="utf-8") == PAGE
    assert _names(page.parent) == ["page.md"]
    errors = capsys.readouterr().err
    assert "Traceback" not in errors
    if code == 2:
        assert errors.splitlines()[0].startswith(f"readinglist: error: {page}: cannot write: ")


def test_a_failure_half_way_through_writing_the_bytes_leaves_the_page_intact(
    page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The temporary file gets part of the text, then the disk is full."""
    opened = os.fdopen

    class HalfWriter:
        def __init__(self, descriptor: int) -> None:
            self.stream = opened(descriptor, "wb")

        def __enter__(self) -> HalfWriter:
            return self

        def __exit__(self, *exception: object) -> None:
            self.stream.close()

        def write(self, data: bytes) -> int:
            self.stream.write(data[: len(data) // 2])
            self.stream.flush()
            raise OSError(28, "No space left on device")

    def fdopen(descriptor: int, mode: str = "r", *arguments: object, **keywords: object) -> object:
        if mode == "wb":
            return HalfWriter(descriptor)
        return opened(descriptor, mode, *arguments, **keywords)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "fdopen", fdopen)
    assert main(EDITS["fmt"](page)) == 2
    assert page.read_text(encoding="utf-8") == PAGE
    assert _names(page.parent) == ["page.md"]


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_a_page_over_the_size_limit_is_not_edited(
    edit: Callable[[Path], list[str]], page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with page.open("ab") as file:
        file.truncate(10_000_001)
    assert main(edit(page)) == 2
    assert page.stat().st_size == 10_000_001
    assert page.read_bytes()[: len(PAGE)] == PAGE.encode()
    assert _names(page.parent) == ["page.md"]
    assert "larger than the 10,000,000 byte limit" in capsys.readouterr().err


def test_format_text_refuses_text_over_the_size_limit() -> None:
    """The API too: text that is never parsed is never rewritten."""
    text = PAGE + " " * (10_000_001 - len(PAGE))
    with pytest.raises(FormatError, match="larger than the 10,000,000 byte limit"):
        format_text(text, path="big.md")


@pytest.mark.parametrize("reference", ["&#10;", "&#13;", "&#9;", "&#x1f;"])
def test_dumps_writes_control_characters_of_a_url_so_they_read_back(reference: str) -> None:
    """Found by hypothesis: a line end in a URL broke the link, and its unsafe-url with it."""
    page = readinglist.loads(f"- [A](FI{reference}LE:///etc/x)\n")
    [entry] = page.entries
    assert not entry.safe
    [again] = readinglist.loads(readinglist.dumps(page)).entries
    assert (again.url, again.safe) == (entry.url, False)
