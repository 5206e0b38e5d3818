"""The fmt, add and mark commands: exact edits on disk, atomic writes, one-line errors."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from readinglist import PageChangedError
from readinglist.cli import main
from readinglist.writing.files import atomic as _atomic
from tests.paths import EXAMPLES
from tests.writing.test_edit import changes


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    """A temporary copy of the seed page."""
    copy = tmp_path / "pinterest.md"
    shutil.copyfile(EXAMPLES / "pinterest.md", copy)
    return copy


def test_mark_presto_done_moves_that_one_entry_into_a_new_done_group(
    seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = seed.read_text(encoding="utf-8")
    assert main(["mark", str(seed), "Presto at Pinterest", "--status", "done"]) == 0
    after = seed.read_text(encoding="utf-8")
    assert changes(before, after) == "@@ -42,0 +43,2 @@\n+- Done\n+\n"
    assert after.splitlines()[-3:] == [
        "- Done",
        "",
        "  [Presto at Pinterest](https://medium.com/pinterest-engineering/presto-at-pinterest-a8bda7515e52)",
    ]
    assert capsys.readouterr().out == f"{seed}:45: 'Presto at Pinterest' is now done\n"


def test_add_writes_the_entry_and_says_where(
    seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "https://medium.com/pinterest-engineering/new-0123456789ab"
    assert main(["add", str(seed), url, "--title", "New", "--status", "done"]) == 0
    assert seed.read_text(encoding="utf-8").endswith(f"\n- Done\n\n  [New]({url})\n")
    assert capsys.readouterr().out == f"{seed}:47: added 'New' (done)\n"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["mark", "{page}", "Nope", "--status", "done"], "no entry has the URL or title 'Nope'"),
        (
            ["mark", "{page}", "Trusting Metrics at Pinterest", "--status", "done"],
            "matches 2 entries (lines 13, 31)",
        ),
        (
            ["add", "{page}", "https://medium.com/p/x-a8bda7515e52"],
            "is already on the page at line 43 ('Presto at Pinterest')",
        ),
        (["add", "{page}", "ftp://example.com/x"], "'ftp://example.com/x' is not an absolute"),
        (["mark", "{folder}/missing.md", "x", "--status", "done"], "missing.md: no such file"),
    ],
)
def test_errors_are_one_line_on_stderr_exit_2_and_nothing_is_written(
    seed: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    before = seed.read_bytes()
    filled = [a.format(page=seed, folder=seed.parent) for a in arguments]
    assert main(filled) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("readinglist: error: ")
    assert message in captured.err
    assert seed.read_bytes() == before


def test_mark_keeps_the_file_mode(seed: Path) -> None:
    seed.chmod(0o640)
    assert main(["mark", str(seed), "Presto at Pinterest", "--status", "done"]) == 0
    assert stat.S_IMODE(seed.stat().st_mode) == 0o640


def test_no_temporary_file_is_left_behind(seed: Path) -> None:
    assert main(["mark", str(seed), "Presto at Pinterest", "--status", "done"]) == 0
    assert sorted(p.name for p in seed.parent.iterdir()) == ["pinterest.md"]


def test_a_page_changed_on_disk_after_reading_is_not_overwritten(seed: Path) -> None:
    with _atomic.locked_page(seed) as snapshot:
        seed.write_text(snapshot.text + "\nedited by someone else\n", encoding="utf-8")
        with pytest.raises(PageChangedError, match="changed on disk since it was read"):
            _atomic.write_page(snapshot, "new text\n")
    assert seed.read_text(encoding="utf-8").endswith("edited by someone else\n")
    assert sorted(p.name for p in seed.parent.iterdir()) == ["pinterest.md"]


def test_a_failure_mid_write_leaves_the_page_intact_and_no_temporary_file(
    seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = seed.read_bytes()

    def fail(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    with _atomic.locked_page(seed) as snapshot:
        monkeypatch.setattr(os, "fsync", fail)
        with pytest.raises(OSError, match="No space left on device"):
            _atomic.write_page(snapshot, "half of a page")
    assert seed.read_bytes() == before
    assert sorted(p.name for p in seed.parent.iterdir()) == ["pinterest.md"]


def test_a_byte_order_mark_and_symlink_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "real.md"
    target.write_bytes(b"\xef\xbb\xbf# P\n\n- [A](https://e.example/a)\n")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert main(["mark", str(link), "A", "--status", "done"]) == 0
    assert link.is_symlink()
    assert target.read_bytes() == b"\xef\xbb\xbf# P\n\n## Done\n\n- [A](https://e.example/a)\n"


def test_fmt_check_exits_1_when_a_page_would_change_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "messy.md"
    page.write_text("# P   \n\n\n\n* [A](https://e.example/a)\n\n\n", encoding="utf-8")
    before = page.read_bytes()
    assert main(["fmt", "--check", str(tmp_path)]) == 1
    assert page.read_bytes() == before
    captured = capsys.readouterr()
    assert captured.out == f"would reformat {page}\n"
    assert captured.err == "1 page would be reformatted, 0 unchanged\n"


def test_fmt_diff_prints_a_unified_diff_writes_nothing_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "messy.md"
    page.write_text("# P   \n\n\n* [A](https://e.example/a)\n", encoding="utf-8")
    before = page.read_bytes()
    assert main(["fmt", "--diff", str(page)]) == 1
    assert page.read_bytes() == before
    assert capsys.readouterr().out == (
        f"--- a/{page}\n+++ b/{page}\n@@ -1,4 +1,3 @@\n-# P   \n+# P\n \n-\n"
        "-* [A](https://e.example/a)\n+- [A](https://e.example/a)\n"
    )


def test_fmt_rewrites_then_is_idempotent(tmp_path: Path) -> None:
    page = tmp_path / "messy.md"
    page.write_text("# P   \n\n\n* [A](https://e.example/a)", encoding="utf-8")
    assert main(["fmt", str(page)]) == 0
    assert page.read_text(encoding="utf-8") == "# P\n\n- [A](https://e.example/a)\n"
    assert main(["fmt", "--check", str(page)]) == 0


def test_fmt_refuses_a_page_it_cannot_format_and_formats_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "a.md"
    broken.write_text(
        "---\ntitle: never closed\n\n\n- [A](https://e.example/a)\n", encoding="utf-8"
    )
    fine = tmp_path / "b.md"
    fine.write_text("# B  \n", encoding="utf-8")
    before = broken.read_bytes()
    assert main(["fmt", str(tmp_path)]) == 2
    assert broken.read_bytes() == before
    assert fine.read_text(encoding="utf-8") == "# B\n"
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"readinglist: error: {broken}: front matter is never closed")
    assert err[1] == "1 page reformatted, 0 unchanged, 1 failed"


def test_mark_with_the_status_the_entry_has_writes_nothing(
    seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = seed.stat().st_mtime_ns, seed.read_bytes()
    assert main(["mark", str(seed), "Presto at Pinterest", "--status", "todo"]) == 0
    assert (seed.stat().st_mtime_ns, seed.read_bytes()) == before
    assert capsys.readouterr().out == f"{seed}:43: 'Presto at Pinterest' is already todo\n"


def test_add_and_mark_read_extra_status_labels_from_the_settings(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.readinglist.statuses]\ndone = ["Gelesen"]\ntodo = ["Offen"]\n', encoding="utf-8"
    )
    page = tmp_path / "liste.md"
    page.write_text(
        "# Liste\n\n## Gelesen\n\n- [A](https://e.example/a)\n\n## Offen\n\n"
        "- [B](https://e.example/b)\n",
        encoding="utf-8",
    )
    assert main(["mark", str(page), "B", "--status", "done"]) == 0
    assert page.read_text(encoding="utf-8") == (
        "# Liste\n\n## Gelesen\n\n- [A](https://e.example/a)\n- [B](https://e.example/b)\n\n"
        "## Offen\n"
    )


def test_remove_takes_the_entry_out_and_says_which(
    seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = seed.read_text(encoding="utf-8")
    assert main(["remove", str(seed), "Presto at Pinterest"]) == 0
    after = seed.read_text(encoding="utf-8")
    assert changes(before, after) == (
        "@@ -42,2 +41,0 @@\n-\n"
        "-  [Presto at Pinterest]"
        "(https://medium.com/pinterest-engineering/presto-at-pinterest-a8bda7515e52)\n"
    )
    assert capsys.readouterr().out == f"{seed}:43: removed 'Presto at Pinterest'\n"


def test_remove_refuses_an_unknown_entry_in_one_line(
    seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = seed.read_text(encoding="utf-8")
    assert main(["remove", str(seed), "Nope"]) == 2
    assert seed.read_text(encoding="utf-8") == before
    assert capsys.readouterr().err == (
        f"readinglist: error: {seed}: no entry has the URL or title 'Nope'\n"
    )


@pytest.mark.parametrize(
    "arguments",
    [
        ["mark", "{page}", "Presto at Pinterest", "--status", "done"],
        ["add", "{page}", "https://example.com/new", "--title", "New"],
        ["remove", "{page}", "Presto at Pinterest"],
        ["fmt", "{page}"],
    ],
    ids=["mark", "add", "remove", "fmt"],
)
def test_an_edit_command_reads_its_page_once_and_the_result_once(
    seed: Path, monkeypatch: pytest.MonkeyPatch, arguments: list[str]
) -> None:
    """One parse of the page, one to check the result: never one per candidate or message."""
    from readinglist.reading import loader

    calls: list[str] = []
    original = loader.read

    def counted(text: str, *args: object, **kwargs: object) -> loader.Reading:
        calls.append(text)
        return original(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "read", counted)
    for module in ("readinglist.writing.editing.edit", "readinglist.writing.editing.formatter"):
        monkeypatch.setattr(f"{module}.read", counted)
    assert main([part.format(page=seed) for part in arguments]) == 0
    assert len(calls) <= 2
    assert calls[0] == (EXAMPLES / "pinterest.md").read_text(encoding="utf-8")
