"""No output lets a page drive the terminal, and file names that are not UTF-8 never crash.

The installed ``readinglist`` is run on a page whose titles, groups and file name hold
ESC, BEL, a C1 CSI, the bidi override U+202E and isolate U+2066, a zero-width space (in a
URL: titles drop it) and a zero-width joiner; every format and message is searched for
the raw characters.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import readinglist

EXECUTABLE = Path(sys.executable).with_name("readinglist")
HOSTILE_TITLE = "Red\x1b(0 bell\x07 csi\x9b2J \u202eevil\u202c \u2066iso\u2069"
JOINED = "\U0001f469\u200d\U0001f4bb"  # woman technologist: kept whole
PAGE = (
    f"# Hostile\n\n## To read\n\n### Group\x1b[0m\n\n"
    f"- [{HOSTILE_TITLE}](https://e.org/a\u200bzw) - about\x1b]0;title\x07 {JOINED} \n"
    "- [B](https://e.org/b)\n"
)
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""What no output may hold raw: controls other than tab and line feed, bidi controls."""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "hostile\x1b[2J.md"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _run(*arguments: str | bytes, encoding: str = "utf-8") -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(EXECUTABLE), *arguments],
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONIOENCODING": encoding},
        check=False,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", "surrogateescape"),
        result.stderr.decode("utf-8", "surrogateescape"),
    )


OUTPUTS = {
    "check": ["check"],
    "check-json": ["check", "--format", "json"],
    "check-github": ["check", "--format", "github"],
    "show": ["show"],
    "show-json": ["show", "--format", "json"],
    "show-csv": ["show", "--format", "csv"],
    "show-markdown": ["show", "--format", "markdown"],
    "stats": ["stats"],
    "stats-json": ["stats", "--format", "json"],
    "export-json": ["export", "--format", "json"],
    "export-csv": ["export", "--format", "csv"],
    "export-bibtex": ["export", "--format", "bibtex"],
    "fmt-check": ["fmt", "--check"],
    "fmt-diff": ["fmt", "--diff"],
}


@pytest.mark.parametrize("command", OUTPUTS.values(), ids=OUTPUTS.keys())
def test_no_output_holds_a_raw_control_or_bidi_character(command: list[str], page: Path) -> None:
    result = _run(*command, str(page))
    assert "Traceback" not in result.stderr
    assert result.stdout
    assert not RAW.search(result.stdout), RAW.findall(result.stdout)
    assert not RAW.search(result.stderr), RAW.findall(result.stderr)


def test_the_table_escapes_the_zero_width_space_and_keeps_the_joiner(page: Path) -> None:
    result = _run("show", str(page))
    assert "\u200b" not in result.stdout
    assert "https://e.org/a\\u200bzw" in result.stdout
    assert JOINED not in result.stdout  # the description is not a column; the title is
    assert "hostile\\x1b[2J.md" in result.stdout
    titled = page.with_name("joined.md")
    titled.write_text(f"- [{JOINED} coding](https://e.org/j)\n", encoding="utf-8")
    assert f"{JOINED} coding" in _run("show", str(titled)).stdout


def test_json_escapes_as_json_does_and_reads_back_the_same_strings(page: Path) -> None:
    result = _run("show", "--format", "json", str(page))
    assert "\\u202e" in result.stdout
    assert "\\u001b" in result.stdout
    [first, _] = json.loads(result.stdout)["entries"]
    assert first["title"] == HOSTILE_TITLE
    assert first["page"] == str(page)


def test_markdown_escapes_controls_visibly_and_bidi_as_references(page: Path) -> None:
    """Bidi characters read back as themselves; controls as their visible escapes."""
    result = _run("show", "--format", "markdown", str(page))
    assert "Red\\\\x1b(0" in result.stdout
    assert "&#x202e;" in result.stdout
    [first, _] = readinglist.loads(result.stdout).entries
    assert first.title == ("Red\\x1b(0 bell\\x07 csi\\x9b2J \u202eevil\u202c \u2066iso\u2069")
    assert first.url == "https://e.org/a\u200bzw"  # only tables escape U+200B
    assert first.groups == ("Group\\x1b[0m",)


def test_csv_escapes_controls_in_cells(page: Path) -> None:
    result = _run("show", "--format", "csv", str(page))
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["title"] == (
        "Red\\x1b(0 bell\\x07 csi\\x9b2J \\u202eevil\\u202c \\u2066iso\\u2069"
    )


def test_fmt_names_the_file_escaped(page: Path) -> None:
    result = _run("fmt", str(page))
    assert result.returncode == 0
    assert result.stdout == f"reformatted {page.parent}/hostile\\x1b[2J.md\n"


def test_error_messages_are_escaped(page: Path) -> None:
    result = _run("mark", str(page), "no such\x1b[5m title", "--status", "done")
    assert result.returncode == 2
    assert "no such\\x1b[5m title" in result.stderr
    assert "hostile\\x1b[2J.md" in result.stderr


NOT_UTF8 = os.fsdecode(b"caf\xe9.md")
EDITS = {
    "add": ["add", "{page}", "https://e.org/c"],
    "mark": ["mark", "{page}", "A", "--status", "done"],
    "fmt": ["fmt", "{page}"],
}


@pytest.mark.parametrize("command", EDITS.values(), ids=EDITS.keys())
def test_a_file_name_that_is_not_utf8_is_printed_escaped_after_the_write(
    command: list[str], tmp_path: Path
) -> None:
    """On a strict UTF-8 stdout the write used to succeed, then the message crashed (exit 1)."""
    page = tmp_path / NOT_UTF8
    page.write_text("# P\n\n* [A](https://e.org/a)\n", encoding="utf-8")
    arguments = [os.fsencode(page) if part == "{page}" else part for part in command]
    result = _run(*arguments)
    summary = "1 page reformatted, 0 unchanged\n" if command[0] == "fmt" else ""
    assert (result.returncode, result.stderr) == (0, summary)
    assert f"{tmp_path}/caf\\xe9.md" in result.stdout
    assert page.read_text(encoding="utf-8") != "# P\n\n* [A](https://e.org/a)\n"


@pytest.mark.parametrize("format_", ["text", "json", "github"])
def test_check_prints_a_file_name_that_is_not_utf8(format_: str, tmp_path: Path) -> None:
    page = tmp_path / NOT_UTF8
    page.write_text("- [A](https://e.org/a)\n", encoding="utf-8")
    result = _run("check", "--format", format_, os.fsencode(page))
    assert (result.returncode, result.stderr) == (0, "")
    assert "caf\\xe9.md" in result.stdout or "caf\\udce9.md" in result.stdout
    if format_ == "json":
        [diagnostic] = json.loads(result.stdout)["diagnostics"]
        assert diagnostic["path"] == str(page)


@pytest.mark.parametrize("format_", ["text", "github", "json"])
def test_check_escapes_the_names_of_pages_in_a_folder(format_: str, tmp_path: Path) -> None:
    """Cross-page diagnostics name both pages, as the folder holds them: raw until printed."""
    first, second = tmp_path / "a\x1b[2J.md", tmp_path / "b\u202e\x07.md"
    first.write_text("# P\n\n- [A](https://e.org/a)\n", encoding="utf-8")
    second.write_text("# Q\n\n- [A](https://e.org/a)\n", encoding="utf-8")
    result = _run("check", "--format", format_, str(tmp_path))
    assert (result.returncode, result.stderr) == (0, "")
    assert not RAW.search(result.stdout), RAW.findall(result.stdout)
    if format_ == "json":
        [diagnostic] = json.loads(result.stdout)["diagnostics"]
        assert (diagnostic["path"], diagnostic["related"]["path"]) == (str(second), str(first))
    else:
        assert f"{tmp_path}/b\\u202e\\x07.md" in result.stdout
        assert f"(first at {tmp_path}/a\\x1b[2J.md:3)" in result.stdout
