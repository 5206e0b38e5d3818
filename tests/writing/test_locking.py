"""Concurrent writers take turns: every reported success is on the page at the end.

The lock is an ``flock`` on the page's folder, held from the read to the rename. These
tests hold it by hand, run real threads and processes against one page, and delay one
process's ``rename(2)`` with strace while a second ``add`` runs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import readinglist
from readinglist.cli import main
from readinglist.writing.files import atomic, lock
from tests.paths import ROOT
from tests.writing.concurrent_edits import url

EXECUTABLE = Path(sys.executable).with_name("readinglist")
PAGE = "# Stress\n\n## To read\n\n- [Seed](https://example.org/seed)\n\n## Done\n\n- [Old](https://example.org/old)\n"


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.md"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _urls(path: Path) -> dict[str, str]:
    return {entry.url or "": entry.status.value for entry in readinglist.load(path).entries}


def test_a_second_writer_waits_for_the_first_and_edits_what_it_wrote(page: Path) -> None:
    """The first writer holds the lock and writes; the second then adds to the new text."""
    results: list[int] = []
    with atomic.locked_page(page) as snapshot:
        second = threading.Thread(
            target=lambda: results.append(main(["add", str(page), "https://example.org/b"]))
        )
        second.start()
        second.join(timeout=0.5)
        assert second.is_alive(), "the second writer did not wait for the lock"
        assert page.read_text(encoding="utf-8") == PAGE
        atomic.write_page(snapshot, snapshot.text.replace("# Stress", "# Stress, edited"))
    second.join(timeout=30)
    assert results == [0]
    text = page.read_text(encoding="utf-8")
    assert text.startswith("# Stress, edited\n")
    assert "https://example.org/b" in text
    assert sorted(p.name for p in page.parent.iterdir()) == ["page.md"]


def test_a_writer_that_waits_past_the_timeout_gives_up_in_one_line(
    page: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(lock, "LOCK_TIMEOUT", 0.2)
    with atomic.locked_page(page):
        started = time.monotonic()
        assert main(["add", str(page), "https://example.org/b"]) == 2
        waited = time.monotonic() - started
    assert 0.2 <= waited < 5
    assert page.read_text(encoding="utf-8") == PAGE
    assert capsys.readouterr().err == (
        f"readinglist: error: {page}: another readinglist command is still editing a page in "
        "its folder after 0.2 s; nothing was written, run the command again\n"
    )


def test_edit_page_from_threads_loses_no_change(page: Path) -> None:
    """The Python API takes the lock too: threads appending lines all land."""

    def append(number: int) -> None:
        def change(text: str) -> str:
            time.sleep(0.001)  # widen the window between read and write
            return text + f"\nline {number}\n"

        readinglist.edit_page(page, change)

    threads = [threading.Thread(target=append, args=(number,)) for number in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    text = page.read_text(encoding="utf-8")
    assert all(f"\nline {number}\n" in text for number in range(40))


def test_a_success_is_on_disk_before_the_command_returns(
    page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new file and then the folder (the rename) are flushed before success is reported."""
    flushed: list[str] = []
    flush = os.fsync

    def record(descriptor: int) -> None:
        flushed.append("folder" if os.path.isdir(f"/proc/self/fd/{descriptor}") else "file")
        flush(descriptor)

    monkeypatch.setattr(os, "fsync", record)
    assert main(["add", str(page), "https://example.org/b"]) == 0
    assert flushed == ["file", "folder"]


def test_a_folder_that_cannot_be_flushed_is_an_error_after_the_rename(
    page: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    flush = os.fsync

    def fail_on_folders(descriptor: int) -> None:
        if os.path.isdir(f"/proc/self/fd/{descriptor}"):
            raise OSError(5, "Input/output error")
        flush(descriptor)

    monkeypatch.setattr(os, "fsync", fail_on_folders)
    assert main(["add", str(page), "https://example.org/b"]) == 2
    assert capsys.readouterr().err == (
        f"readinglist: error: {page}: the new text is in place, but its folder could not be "
        "flushed to disk: Input/output error\n"
    )


PROCESSES, THREADS, OPERATIONS = 4, 4, 25
"""4 processes of 4 threads, 25 operations each: 400 adds and marks on one page."""


def test_four_processes_of_four_threads_lose_no_reported_success(page: Path) -> None:
    """400 operations; every success is on the page at the end, every refusal is one line."""
    started = time.monotonic()
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.writing.concurrent_edits",
                str(page),
                str(page.parent / f"results-{worker}.jsonl"),
                str(worker),
                str(THREADS),
                str(OPERATIONS),
            ],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for worker in range(PROCESSES)
    ]
    for worker in workers:
        _, errors = worker.communicate(timeout=120)
        assert (worker.returncode, errors) == (0, "")
    elapsed = time.monotonic() - started
    results = [
        json.loads(line)
        for worker in range(PROCESSES)
        for line in (page.parent / f"results-{worker}.jsonl").read_text().splitlines()
    ]
    assert len(results) == PROCESSES * THREADS * OPERATIONS
    final = _urls(page)
    successes = [r for r in results if r["code"] == 0]
    refusals = [r for r in results if r["code"] != 0]
    for result in successes:
        assert result["err"] == ""
        expected = "done" if result["command"] == "mark" else None
        assert result["url"] in final, result
        if expected:
            assert final[result["url"]] == expected, result
    for result in refusals:
        assert result["code"] == 2
        assert result["err"].count("\n") == 1
        assert result["err"].startswith(f"readinglist: error: {page}: ")
    marked = {r["url"] for r in successes if r["command"] == "mark"}
    assert {key for key, status in final.items() if status == "done"} == marked | {
        "https://example.org/old"
    }
    assert sorted(p.name for p in page.parent.iterdir() if not p.name.startswith("results-")) == [
        "page.md"
    ]
    print(
        f"\nstress: {len(results)} operations, {len(successes)} successes, "
        f"{len(refusals)} refusals, {elapsed:.1f} s"
    )
    assert url(0, 0, 0) in final


STRACE = shutil.which("strace")


def test_a_rename_delayed_by_strace_does_not_lose_a_second_add(page: Path) -> None:
    """One ``add``'s rename(2) is held 3 s by strace while a second ``add`` runs: both stay.

    Without the lock the second one read the page before the first one's rename, renamed
    its own text first, and was then overwritten: a reported success lost.
    """
    if STRACE is None:
        if os.environ.get("CI"):
            pytest.fail("strace is not installed (.ci/run installs it: apt-get install strace)")
        pytest.skip("needs strace (apt-get install strace)")
    renames = "rename,renameat,renameat2"
    first = subprocess.Popen(
        [
            STRACE, "-f", "-qq", "-o", os.devnull, "-e", f"trace={renames}",
            "-e", f"inject={renames}:delay_enter=3s",
            str(EXECUTABLE), "add", str(page), "https://example.org/first", "--no-config",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not any(p.name.startswith(".readinglist-") for p in page.parent.iterdir()):
        assert first.poll() is None, first.communicate()
        assert time.monotonic() < deadline, "the first add never wrote its temporary file"
        time.sleep(0.01)
    second = subprocess.run(
        [str(EXECUTABLE), "add", str(page), "https://example.org/second", "--no-config"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    first_out, first_err = first.communicate(timeout=120)
    assert (first.returncode, first_err) == (0, "")
    assert (second.returncode, second.stderr) == (0, "")
    assert first_out.endswith("added 'https://example.org/first' (todo)\n")
    assert second.stdout.endswith("added 'https://example.org/second' (todo)\n")
    final = _urls(page)
    assert {"https://example.org/first", "https://example.org/second"} <= final.keys()
