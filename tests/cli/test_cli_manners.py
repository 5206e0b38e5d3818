"""What a new user meets: pages on standard input, exit codes, one-line errors, show's options."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

import readinglist
from readinglist import cli
from readinglist.commands.fmt import DESCRIPTION
from readinglist.commands.show import select
from readinglist.reading.loader import read
from readinglist.selection import SORT_ORDERS, SortOrder
from readinglist.writing.editing.formatter import format_text
from readinglist.writing.output.markdown_list import TitleMarkup, entries_markdown
from sphinx_readinglist.selection import Selection
from sphinx_readinglist.selection import select as directive_select
from tests.paths import CLI_PAGES, GOLDEN, ROOT, TESTS

INPUTS = TESTS / "cli" / "inputs"
"""Pages given on standard input, or shown as Markdown (kept out of ``tests/cli/pages``)."""


@pytest.fixture(autouse=True)
def _in_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the repository root (paths in outputs are relative) without colour."""
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NO_COLOR", raising=False)


def run(
    capsys: pytest.CaptureFixture[str], *argv: str, stdin: bytes | None = None
) -> tuple[int, str, str]:
    if stdin is not None:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
            code = cli.main(list(argv))
    else:
        code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def golden(name: str) -> str:
    return (GOLDEN / name).read_text(encoding="utf-8")


# check - and fmt -


def test_check_reads_a_page_from_stdin_named_by_stdin_filename(
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = (CLI_PAGES / "mixed.md").read_bytes()
    code, out, err = run(
        capsys, "check", "-", "--stdin-filename", "tests/cli/pages/mixed.md", stdin=page
    )
    assert (code, err) == (1, "")
    assert out == golden("check-stdin.txt")


def test_check_stdin_without_a_name_is_dash_and_uses_the_current_folders_settings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.readinglist]\nignore = ["missing-title"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    page = b"- [A](https://example.com/a)\n- [A](https://example.com/a#intro)\n"
    code, out, _ = run(capsys, "check", "-", stdin=page)
    assert code == 0
    assert out.splitlines() == [
        "-:2:3: warning[duplicate-url] duplicate URL 'https://example.com/a#intro' "
        "(first at line 1)",
        "0 errors, 1 warning in 1 page",
    ]


def test_stdin_filename_finds_the_settings_above_that_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.readinglist]\nignore = ["missing-title"]\n', encoding="utf-8"
    )
    page = b"---\nnav_order: 1\n---\n\n- [A](https://example.com/a)\n"  # no title: a warning
    name = str(tmp_path / "reading" / "liste.md")  # need not exist
    code, out, _ = run(capsys, "check", "--strict", "-", "--stdin-filename", name, stdin=page)
    assert (code, out) == (0, "0 errors, 0 warnings in 1 page\n")
    code, out, _ = run(capsys, "check", "--strict", "-", stdin=page)  # the repository's
    assert code == 1
    assert out.startswith("-:1:1: warning[missing-title]")


def test_fmt_stdin_writes_the_formatted_page_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "fmt", "-", stdin=(INPUTS / "messy.md").read_bytes())
    assert (code, err) == (0, "")
    assert out == golden("fmt-stdin.md")
    code, again, _ = run(capsys, "fmt", "-", stdin=out.encode("utf-8"))
    assert (code, again) == (0, out)


def test_fmt_stdin_keeps_line_endings_and_a_byte_order_mark(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(
        capsys, "fmt", "-", stdin=b"\xef\xbb\xbf# P  \r\n\r\n\r\n* [A](https://e.org/a)"
    )
    assert code == 0
    assert out == "\ufeff# P\r\n\r\n- [A](https://e.org/a)\r\n"


def test_fmt_stdin_check_and_diff_write_no_page_and_exit_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    messy = (INPUTS / "messy.md").read_bytes()
    name = "tests/cli/inputs/messy.md"
    code, out, err = run(capsys, "fmt", "--diff", "-", "--stdin-filename", name, stdin=messy)
    assert (code, out, err) == (1, golden("fmt-stdin.diff"), "")
    code, out, err = run(capsys, "fmt", "--check", "-", "--stdin-filename", name, stdin=messy)
    assert (code, out, err) == (1, f"would reformat {name}\n", "")
    formatted = golden("fmt-stdin.md").encode("utf-8")
    assert run(capsys, "fmt", "--check", "-", stdin=formatted) == (0, "", "")
    assert run(capsys, "fmt", "--diff", "-", stdin=formatted) == (0, "", "")


@pytest.mark.parametrize(
    ("page", "message"),
    [
        (b"\xe9t\xe9\n", "readinglist: error: notes.md: not UTF-8 (byte 0xe9 at offset 0)\n"),
        (b"---\ntitle: open\n\n- [A](https://e.org/a)\n", "readinglist: error: notes.md: front"),
    ],
    ids=["not-utf8", "unclosed-front-matter"],
)
def test_fmt_stdin_that_cannot_be_formatted_prints_nothing_on_stdout(
    capsys: pytest.CaptureFixture[str], page: bytes, message: str
) -> None:
    """An editor that replaces its text with standard output gets nothing to replace it with."""
    code, out, err = run(capsys, "fmt", "-", "--stdin-filename", "notes.md", stdin=page)
    assert (code, out) == (2, "")
    assert err.startswith(message)
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "-", "docs/examples"], "'-' (standard input) must be the only PATH"),
        (["fmt", "--stdin-filename", "a.md", "docs/examples"], "give '-' as PATH"),
    ],
)
def test_stdin_misuse_is_a_one_line_usage_error(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv, stdin=b"")
    assert (code, out) == (2, "")
    assert err.startswith(f"readinglist {argv[0]}: error: ")
    assert message in err
    assert err.count("\n") == 1


# fmt --check, --diff and --help


def test_fmt_diff_and_check_exit_1_only_when_a_page_would_change(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shutil.copyfile(INPUTS / "messy.md", tmp_path / "messy.md")
    (tmp_path / "tidy.md").write_text(golden("fmt-stdin.md"), encoding="utf-8")
    for option in ("--check", "--diff"):
        assert run(capsys, "fmt", option, str(tmp_path))[0] == 1
        assert run(capsys, "fmt", option, str(tmp_path / "tidy.md"))[0] == 0
    assert run(capsys, "fmt", str(tmp_path))[0] == 0  # writing is success
    assert run(capsys, "fmt", "--diff", str(tmp_path)) == (
        0,
        "",
        "0 pages would be reformatted, 2 unchanged\n",
    )


NORMALISATIONS = [
    ("line endings (all become the first line's", "# P\r\n\n- [A](https://e.org/a)\n"),
    ("trailing spaces and tabs", "# P \t\n\n- [A](https://e.org/a)\n"),
    ("one where there were several", "# P\n\n\n\n- [A](https://e.org/a)\n"),
    ("none at the start", "\n\n# P\n\n- [A](https://e.org/a)\n"),
    ("one after the front matter", "---\ntitle: P\n---\n- [A](https://e.org/a)\n"),
    ("the end of the file (one newline)", "# P\n\n- [A](https://e.org/a)"),
    ("'*' and '+' become '-'", "# P\n\n* [A](https://e.org/a)\n"),
    ("'[X]' becomes '[x]'", "# P\n\n- [X] [A](https://e.org/a)\n"),
]


@pytest.mark.parametrize(("said", "page"), NORMALISATIONS, ids=[s for s, _ in NORMALISATIONS])
def test_fmt_help_names_each_change_fmt_makes(said: str, page: str) -> None:
    """Each change the help names is one fmt makes (on a page that needs only that one)."""
    assert said in " ".join(DESCRIPTION.split())
    assert format_text(page) != page


def test_fmt_help_says_what_it_keeps_and_fmt_keeps_it(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "fmt", "--help")
    assert code == 0
    help_text = " ".join(out.split())
    assert "It changes exactly these, and nothing else" in help_text
    assert "code blocks, fenced blocks and HTML blocks are kept byte for byte" in help_text
    kept = "# P\n\n```\n*  trailing  \n\n\n```\n\n<div>\n+ x  \n</div>\n\n- [A](https://e.org/a)\n"
    assert format_text(kept) == kept


# check keeps going past a missing path


def test_check_still_checks_the_pages_it_can_read_and_exits_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(
        capsys,
        "check",
        "tests/cli/pages/second.md",
        "tests/cli/pages/missing.md",
        "tests/cli/pages/mixed.md",
    )
    assert code == 2
    assert out == golden("check-missing.txt")
    assert err == "readinglist: error: tests/cli/pages/missing.md: no such file or folder\n"


@pytest.mark.parametrize(
    "command", [["show"], ["show", "--format", "markdown"], ["stats"], ["export"]]
)
def test_every_command_goes_on_past_a_missing_path_and_exits_2(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    code, out, err = run(capsys, *command, "tests/cli/pages/second.md", "nowhere.md")
    assert code == 2
    assert "tests/cli/pages/second.md" in out or "Shortened" in out
    assert err == "readinglist: error: nowhere.md: no such file or folder\n"


def test_check_reports_an_unreadable_page_and_checks_the_rest(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a.md").write_bytes(b"- [Caf\xe9](https://example.com/cafe)\n")
    (tmp_path / "b.md").write_text("# B\n\n- [B](https://example.com/b)\n", encoding="utf-8")
    code, out, err = run(capsys, "check", "--no-config", "--format", "json", str(tmp_path))
    assert code == 2
    assert '"pages": 1' in out
    assert err == f"readinglist: error: {tmp_path / 'a.md'}: not UTF-8 (byte 0xe9 at offset 6)\n"


# usage errors name the command


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["check", "--frmat", "json", "docs/examples"],
            "readinglist check: error: unrecognized argument --frmat (did you mean --format?)",
        ),
        (
            ["show", "docs/examples", "--sotr=title", "--limt", "3"],
            "readinglist show: error: unrecognized arguments --sotr=title --limt 3 "
            "(did you mean --sort, --limit?)",
        ),
        (
            ["schema", "extra"],
            "readinglist schema: error: unrecognized argument extra "
            "(see 'readinglist schema --help')",
        ),
        (
            ["show", "--limit", "0", "docs/examples"],
            "readinglist show: error: argument --limit: must be a whole number above 0 "
            "(got '0') (see 'readinglist show --help')",
        ),
    ],
)
def test_a_usage_error_names_the_command_and_what_was_meant(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert run(capsys, *argv) == (2, "", message + "\n")


# show --group, --sort and --limit, and Markdown titles


def test_show_says_on_stderr_when_no_entry_is_in_the_group(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "show", "--group", "Kafak", "tests/cli/pages")
    assert (code, out) == (0, "LOCATION  STATUS  GROUP  TITLE  URL\n")
    assert err == "readinglist show: no entry is in a group named 'Kafak'; did you mean 'Kafka'?\n"
    _, _, err = run(capsys, "show", "--group", "kafka", "--status", "done", "tests/cli/pages")
    assert err == "readinglist show: no entry in group 'kafka' matches --status\n"
    _, _, err = run(capsys, "show", "--group", "Kafka", "docs/examples/pinterest.md")
    assert err == (
        "readinglist show: no entry is in a group named 'Kafka'; the pages have no topic groups\n"
    )
    assert run(capsys, "show", "--group", "KAFKA", "tests/cli/pages")[2] == ""


def test_show_sorts_then_limits(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "--sort", "title", "--limit", "4", "tests/cli/pages")
    assert (code, out, err) == (0, golden("show-sorted.txt"), "")


@pytest.mark.parametrize("order", SORT_ORDERS)
def test_show_sorts_and_limits_as_the_directive_does(order: SortOrder) -> None:
    """The same entries in the same order as ``:sort:`` and ``:limit:`` give, page by page."""
    for page in readinglist.load_collection([CLI_PAGES, INPUTS]):
        shown = select([(page, entry) for entry in page.entries], sort=order, limit=3)
        expected = directive_select(page.entries, Selection(sort=order, limit=3))
        assert [entry for _, entry in shown] == list(expected)


def test_show_markdown_keeps_the_titles_characters_and_emphasis(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "show", "--format", "markdown", "tests/cli/inputs/titles.md")
    assert (code, err) == (0, "")
    assert out == golden("show-titles.md")
    assert "[Raft — *In Search of* an Understandable" in out
    assert "- _The Pragmatic Programmer_ - a book" in out
    original = readinglist.load(INPUTS / "titles.md")
    again = readinglist.loads(out)
    assert sorted(e.title for e in again.entries) == sorted(e.title for e in original.entries)
    assert sorted(e.url or "" for e in again.entries) == sorted(
        e.url or "" for e in original.entries
    )


def test_show_markdown_of_a_title_it_cannot_find_is_plain_text_that_reads_back() -> None:
    reading = read("- [A *b*](https://e.org/a)\n", "p.md")
    page, entry = reading.page, reading.page.entries[0]
    titles = TitleMarkup([reading])
    assert entries_markdown([(page, entry)], titles) == "## TODO\n\n- [A *b*](https://e.org/a)\n"
    assert entries_markdown([(page, entry)]) == "## TODO\n\n- [A b](https://e.org/a)\n"
    other = entry.replace(title="A b & <c>")  # not the page's title: written as plain text
    assert entries_markdown([(page, other)], titles) == (
        "## TODO\n\n- [A b \\& \\<c\\>](https://e.org/a)\n"
    )
