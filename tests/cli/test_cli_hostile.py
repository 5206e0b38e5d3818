"""The installed ``readinglist`` on hostile input: one stderr line, an exit code, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

EXECUTABLE = Path(sys.executable).with_name("readinglist")
COMMANDS = [["check"], ["show"], ["stats"], ["export", "--format", "json"]]


def _missing(folder: Path) -> Path:
    return folder / "missing.md"


def _no_pages(folder: Path) -> Path:
    (folder / "empty").mkdir()
    (folder / "empty" / "notes.txt").write_text("not a page\n")
    return folder / "empty"


def _binary(folder: Path) -> Path:
    (folder / "binary.md").write_bytes(bytes(range(256)))
    return folder / "binary.md"


def _latin1(folder: Path) -> Path:
    (folder / "latin1.md").write_bytes(b"- [Caf\xe9](https://example.com/cafe)\n")
    return folder / "latin1.md"


def _dangling(folder: Path) -> Path:
    (folder / "dangling.md").symlink_to(folder / "nowhere.md")
    return folder / "dangling.md"


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "fifo.md")
    return folder / "fifo.md"


def _unreadable(folder: Path) -> Path:
    return Path("/proc/self/mem")  # exists, but reading it from the start fails (even as root)


FAILING: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (_missing, "missing.md: no such file or folder"),
    "no-pages": (_no_pages, "no *.md pages found in"),
    "binary": (_binary, "binary.md: not UTF-8 (byte 0x80 at offset 128)"),
    "not-utf8": (_latin1, "latin1.md: not UTF-8 (byte 0xe9 at offset 6)"),
    "dangling-symlink": (_dangling, "dangling.md: no such file or folder"),
    "fifo": (_fifo, "fifo.md: not a regular file (a pipe, device or socket)"),
    "device": (lambda folder: Path(os.devnull), "/dev/null: not a regular file"),
    "unreadable": (_unreadable, "/proc/self/mem: cannot read: "),
}


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXECUTABLE), *arguments],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
        check=False,
        timeout=120,
    )


CASES = [
    *((name, ["check"]) for name in FAILING),
    *((name, command) for name in ("not-utf8", "fifo") for command in COMMANDS[1:]),
]


@pytest.mark.parametrize(
    ("case", "command"), CASES, ids=[f"{name}-{command[0]}" for name, command in CASES]
)
def test_unusable_input_is_one_line_and_exit_2(
    case: str, command: list[str], tmp_path: Path
) -> None:
    """Every command loads pages the same way; each failure is tried on check, two on all."""
    make, message = FAILING[case]
    result = _run(*command, str(make(tmp_path)))
    assert "Traceback" not in result.stderr
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("readinglist: error: ")
    assert message in result.stderr


def _huge(folder: Path) -> Path:
    path = folder / "huge.md"
    with path.open("wb") as file:
        file.write(b"- [A](https://example.com/a)\n")
        file.truncate(12_000_000)  # sparse: over the 10 MB limit without writing it
    return path


def _hostile(folder: Path) -> Path:
    path = folder / "hostile.md"
    path.write_text(
        "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n"
        "a: &a [*a]\n---\n\n# \x1b[31mRed\x1b[0m \u202eevil\n\n"
        "- [x](java&#x09;script:alert(1))\n- [\x00](data:text/html,x)\n" + "> " * 5_000 + "\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
@pytest.mark.parametrize("make", [_huge, _hostile], ids=["huge", "hostile"])
def test_hostile_pages_are_reported_not_crashed_on(
    make: Callable[[Path], Path], command: list[str], tmp_path: Path
) -> None:
    path = make(tmp_path)
    result = _run(*command, str(path))
    assert "Traceback" not in result.stderr
    assert result.stderr == ""
    assert result.returncode == (1 if command == ["check"] else 0)
    assert "pwned" not in result.stdout
    assert "\x1b" not in result.stdout


def test_huge_page_is_one_file_too_large_error(tmp_path: Path) -> None:
    result = _run("check", str(_huge(tmp_path)))
    assert result.stdout.splitlines()[0] == (
        f"{tmp_path}/huge.md:1: error[file-too-large] the page is larger than the 10,000,000 "
        "byte limit and is not read; split it into several pages, or raise the limit (max_size)"
    )


def test_the_size_limit_is_a_setting(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.readinglist]\nmax-size = 64\n")
    page = tmp_path / "page.md"
    page.write_text("# Page\n\n- [A](https://example.com/a)\n- [B](https://example.com/b)\n")
    result = _run("check", str(page))
    assert result.returncode == 1
    assert "error[file-too-large] the page is larger than the 64 byte limit" in result.stdout
    (tmp_path / "pyproject.toml").write_text("[tool.readinglist]\nmax-size = 1_000\n")
    assert _run("check", str(page)).returncode == 0


@pytest.mark.parametrize(
    ("value", "shown"), [("0", "0"), ('"10MB"', "'10MB'"), ("true", "True"), ("-1", "-1")]
)
def test_a_bad_size_limit_is_one_line(tmp_path: Path, value: str, shown: str) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.readinglist]\nmax-size = {value}\n")
    page = tmp_path / "page.md"
    page.write_text("- [A](https://example.com/a)\n")
    result = _run("check", str(page))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"readinglist: error: {tmp_path}/pyproject.toml: [tool.readinglist] 'max-size' must be "
        f"a number of bytes (got {shown})\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ["fmt"],
        ["add", "{page}", "https://example.com/c"],
        ["mark", "{page}", "A", "--status", "done"],
    ],
    ids=["fmt", "add", "mark"],
)
def test_the_edit_commands_keep_the_size_limit_setting(command: list[str], tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    text = "# Page\n\n- [A](https://example.com/a)\n- [B](https://example.com/b)   \n"
    page.write_text(text)
    arguments = [part.format(page=page) for part in command]
    if arguments == ["fmt"]:
        arguments.append(str(page))
    (tmp_path / "pyproject.toml").write_text("[tool.readinglist]\nmax-size = 64\n")
    refused = _run(*arguments)
    assert (refused.returncode, page.read_text()) == (2, text)
    assert "64 byte limit" in refused.stderr
    assert len(refused.stderr.splitlines()) == (2 if command == ["fmt"] else 1)  # + summary
    (tmp_path / "pyproject.toml").write_text("[tool.readinglist]\nmax-size = 1_000\n")
    edited = _run(*arguments)
    assert (edited.returncode, edited.stderr.count("error")) == (0, 0)
    assert page.read_text() != text


@pytest.mark.parametrize(
    "command", [*COMMANDS, ["fmt", "--check"]], ids=[*(c[0] for c in COMMANDS), "fmt"]
)
def test_a_link_loop_in_a_folder_is_one_line_and_the_rest_is_done(
    command: list[str], tmp_path: Path
) -> None:
    """``mkdir d; ln -s self.md d/self.md``: one error line for it, the other page is read."""
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "self.md").symlink_to("self.md")
    (folder / "good.md").write_text("# Good\n\n- [A](https://example.com/good)\n")
    result = _run(*command, str(folder))
    assert "Traceback" not in result.stderr
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"readinglist: error: {folder}/self.md: cannot read: Too many levels of symbolic links\n"
    )
    if command[0] != "fmt":
        assert result.stderr.count("\n") == 1
        assert "in 1 page" in result.stdout or "good" in result.stdout


def test_the_front_matter_size_limit_is_a_setting(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.readinglist]\nmax-front-matter-size = 8\n")
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: Page\n---\n\n- [A](https://example.com/a)\n")
    result = _run("check", str(page))
    assert result.returncode == 1
    assert f"{page}:1:1: error[front-matter-too-large] the front matter is larger than the 8 " in (
        result.stdout
    )
    (tmp_path / "pyproject.toml").write_text("[tool.readinglist]\nmax-front-matter-size = 1_000\n")
    assert _run("check", str(page)).returncode == 0
