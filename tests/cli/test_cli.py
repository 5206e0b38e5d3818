"""The command line through ``main(argv)``: outputs compared with hand-written golden files."""

from __future__ import annotations

import argparse
import io
import json
import os
import stat
from pathlib import Path

import pytest

import readinglist
from readinglist import cli
from readinglist.commands._common import display_width
from readinglist.commands.check import github_annotation, summary
from readinglist.reading.frontmatter.schema import front_matter_schema
from tests.paths import EXAMPLES, GOLDEN, ROOT

GOLDEN = GOLDEN

PINTEREST_DUPLICATE = (
    "docs/examples/pinterest.md:31:3: warning[duplicate-url] duplicate URL "
    "'https://medium.com/pinterest-engineering/trusting-metrics-at-pinterest-ed76307e10a0' "
    "(first at line 13)"
)


@pytest.fixture(autouse=True)
def _in_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the repository root (paths in outputs are relative) without colour."""
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NO_COLOR", raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def golden(name: str) -> str:
    return (GOLDEN / name).read_text(encoding="utf-8")


def test_check_reports_the_seed_duplicate_at_line_31_and_passes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "check", "docs/examples/pinterest.md")
    assert code == 0
    assert err == ""
    assert out.splitlines() == [
        "docs/examples/pinterest.md:3:1: info[missing-children] 'has_children' is true but "
        "no page has 'parent: Pinterest'",
        PINTEREST_DUPLICATE,
        "0 errors, 1 warning, 1 info in 1 page",
    ]


def test_strict_makes_warnings_fail(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--strict", "docs/examples/pinterest.md")
    assert code == 1
    assert PINTEREST_DUPLICATE in out.splitlines()


def test_infos_never_fail_even_when_strict(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "check", "--strict", "--select", "missing-children", "docs/examples/pinterest.md"
    )
    assert code == 0
    assert out.splitlines()[-1] == "0 errors, 0 warnings, 1 info in 1 page"


def test_a_missing_path_is_one_line_on_stderr_and_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "check", "docs/examples/nope.md")
    assert (code, out) == (2, "")
    assert err == "readinglist: error: docs/examples/nope.md: no such file or folder\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["check"],
            "readinglist check: error: the following arguments are required: PATH "
            "(see 'readinglist check --help')",
        ),
        (
            ["check", "--ignore", "duplicate-urls", "docs/examples"],
            "readinglist check: error: argument --ignore: unknown diagnostic code "
            "'duplicate-urls'; did you mean 'duplicate-url'? (see 'readinglist check --help')",
        ),
        (
            ["show", "--status", "later", "docs/examples"],
            "readinglist show: error: argument --status: unknown status 'later' "
            "(expected one of: todo, reading, done, skipped) (see 'readinglist show --help')",
        ),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err == message + "\n"


@pytest.mark.parametrize(
    ("argv", "start", "end"),
    [
        (
            ["check", "--format", "xml", "docs/examples"],
            "readinglist check: error: argument --format: invalid choice: 'xml' (choose from ",
            "github') (see 'readinglist check --help')\n",
        ),
        (
            ["frobnicate"],
            "readinglist: error: argument COMMAND: invalid choice: 'frobnicate' (choose from ",
            "remove') (see 'readinglist --help')\n",
        ),
    ],
)
def test_bad_choices_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], start: str, end: str
) -> None:
    """argparse quotes the choices on some Python versions: only the ends are compared."""
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.startswith(start)
    assert err.replace("'", "").endswith(end.replace("'", ""))
    assert err.count("\n") == 1


def test_a_folder_without_pages_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "check", "--no-config", str(tmp_path))
    assert code == 2
    assert err == f"readinglist: error: no *.md pages found in {tmp_path}\n"


def test_an_unreadable_page_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "latin1.md"
    page.write_bytes(b"- [Caf\xe9](https://example.com/cafe)\n")
    code, _, err = run(capsys, "check", "--no-config", str(page))
    assert code == 2
    assert err == f"readinglist: error: {page}: not UTF-8 (byte 0xe9 at offset 6)\n"


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.startswith(f"readinglist-md {readinglist.__version__} (Python ")
    code, out, _ = run(capsys, "check", "--help")
    assert code == 0
    assert out.startswith("usage: readinglist check [-h]")


def test_check_text_golden_with_errors_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "tests/cli/pages")
    assert code == 1
    assert out == golden("check-cli.txt")


def test_check_github_annotations_golden(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--format", "github", "tests/cli/pages")
    assert code == 1
    assert out == golden("check-cli-github.txt")


def test_check_json_golden_with_ignored_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "check",
        "--format",
        "json",
        "--ignore",
        "insecure-url, tracking-params,shortened-url",
        "tests/cli/pages",
    )
    assert code == 1
    assert json.loads(out) == json.loads(golden("check-cli.json"))
    assert out == golden("check-cli.json")


def test_select_keeps_only_the_named_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--select", "shortened-url", "tests/cli/pages")
    assert code == 0
    assert out.splitlines() == [
        "tests/cli/pages/second.md:8:19: warning[shortened-url] shortened URL "
        "'https://bit.ly/3abcdef' hides its target; link to the page itself",
        "0 errors, 1 warning in 2 pages",
    ]


@pytest.mark.parametrize(
    ("errors", "warnings", "infos", "pages", "expected"),
    [
        (3, 1, 0, 12, "3 errors, 1 warning in 12 pages"),
        (1, 0, 0, 1, "1 error, 0 warnings in 1 page"),
        (0, 2, 5, 2, "0 errors, 2 warnings, 5 info in 2 pages"),
    ],
)
def test_summary_counts_in_singular_and_plural(
    errors: int, warnings: int, infos: int, pages: int, expected: str
) -> None:
    counts = {
        readinglist.Severity.ERROR: errors,
        readinglist.Severity.WARNING: warnings,
        readinglist.Severity.INFO: infos,
    }
    assert summary(counts, pages) == expected


def test_github_annotations_escape_newlines_percent_and_property_separators() -> None:
    diagnostic = readinglist.Diagnostic(
        readinglist.Code.INVALID_URL, "100% bad\nreally", "a,b:c.md", 4, 2
    )
    assert github_annotation(diagnostic) == (
        "::error file=a%2Cb%3Ac.md,line=4,col=2,title=readinglist invalid-url::100%25 bad%0Areally"
    )


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_and_never_with_no_color(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert cli.main(["check", "docs/examples/pinterest.md"]) == 0
    assert "\033[1mdocs/examples/pinterest.md:31:3\033[0m: \033[33mwarning\033[0m" in (
        terminal.getvalue()
    )
    monkeypatch.setenv("NO_COLOR", "1")
    plain = _Terminal()
    monkeypatch.setattr("sys.stdout", plain)
    assert cli.main(["check", "docs/examples/pinterest.md"]) == 0
    assert "\033" not in plain.getvalue()
    assert PINTEREST_DUPLICATE in plain.getvalue().splitlines()


def test_check_output_without_a_terminal_has_no_escapes(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", "tests/cli/pages")
    assert "\033" not in out


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["show", "tests/cli/pages"], "show-cli.txt"),
        (["show", "--format", "markdown", "tests/cli/pages"], "show-cli.md"),
        (["show", "--format", "csv", "tests/cli/pages"], "show-cli.csv"),
        (["show", "--format", "json", "tests/cli/pages/second.md"], "show-second.json"),
        (["stats", "tests/cli/pages"], "stats-cli.txt"),
        (["stats", "--format", "json", "tests/cli/pages"], "stats-cli.json"),
        (["export", "tests/cli/pages/second.md"], "export-second.json"),
        (["export", "--format", "bibtex", "tests/cli/pages"], "export-cli.bib"),
    ],
)
def test_outputs_match_their_golden_files(
    capsys: pytest.CaptureFixture[str], argv: list[str], name: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    assert out == golden(name)


def test_export_csv_is_the_show_csv_of_every_entry(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "export", "--format", "csv", "tests/cli/pages")
    assert out == golden("show-cli.csv")


def test_csv_cells_that_spreadsheets_would_run_are_quoted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "show", "--format", "csv", "tests/cli/pages/mixed.md")
    assert '"\'=HYPERLINK(""x"")"' in out


def test_show_filters_by_status_and_group(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "show", "--status", "done,todo", "--group", "KAFKA", "tests/cli/pages")
    assert out.splitlines() == ["LOCATION  STATUS  GROUP  TITLE  URL"]
    _, out, _ = run(capsys, "show", "--status", "reading", "--group", "kafka", "tests/cli/pages")
    assert [line.split()[0] for line in out.splitlines()] == [
        "LOCATION",
        "tests/cli/pages/mixed.md:17",
        "tests/cli/pages/mixed.md:18",
    ]
    _, out, _ = run(capsys, "show", "--status", "done", "--format", "json", "tests/cli/pages")
    assert [entry["line"] for entry in json.loads(out)["entries"]] == [10, 11, 7]


def test_show_markdown_reads_back_as_the_same_entries(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "show", "--format", "markdown", "tests/cli/pages")
    again = readinglist.loads(out)
    original = readinglist.load_collection(["tests/cli/pages"])

    def described(entries: list[readinglist.Entry]) -> list[tuple[object, ...]]:
        return sorted(
            (e.title, e.url if e.safe else None, e.status.value, e.groups, e.description)
            for e in entries
        )

    assert described(list(again.entries)) == described([e for _, e in original.entries()])


def test_show_table_escapes_terminal_control_characters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "evil.md"
    page.write_text("- [Red \x1b7alert\u202e](https://example.com/a)\n", encoding="utf-8")
    _, out, _ = run(capsys, "show", "--no-config", str(page))
    assert "\x1b" not in out
    assert "\u202e" not in out
    assert "Red \\x1b7alert\\u202e" in out


def test_schema_prints_the_front_matter_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0
    assert schema == front_matter_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is True
    properties = schema["properties"]
    assert set(properties) == {
        "title",
        "parent",
        "grand_parent",
        "permalink",
        "layout",
        "description",
        "nav_order",
        "has_children",
        "nav_exclude",
        "has_toc",
    }
    assert properties["has_children"]["type"] == "boolean"
    assert properties["parent"]["type"] == "string"
    assert "number" in properties["nav_order"]["type"]
    assert properties["parent"]["description"].startswith("The `title` of the page")


def test_another_module_can_register_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    """The hook other commands (fmt, add, mark) use: a module with ``register``."""

    class Hello:
        @staticmethod
        def register(commands: cli.Subcommands) -> None:
            parser = commands.add_parser("hello", help="say hello")
            parser.add_argument("name")
            parser.set_defaults(run=lambda arguments: print(f"hello {arguments.name}") or 0)

    parser = cli.build_parser([*cli.COMMANDS, Hello()])
    arguments = parser.parse_args(["hello", "world"])
    assert isinstance(arguments, argparse.Namespace)
    assert arguments.run(arguments) == 0
    assert capsys.readouterr().out == "hello world\n"


def test_show_table_lines_up_wide_characters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "wide.md"
    page.write_text(
        "## 読書\n\n- [分散システム](https://example.com/a)\n- [Raft](https://example.com/b)\n"
        "\n## Café\n\n- [Cafe\u0301](https://example.com/c)\n",
        encoding="utf-8",
    )
    _, out, _ = run(capsys, "show", "--no-config", str(page))
    header, *rows = out.splitlines()
    # The URL column starts at the same terminal column on every line: CJK characters take
    # two columns, a combining accent none.
    url_column = display_width(header[: header.index("URL")])
    assert [display_width(row[: row.index("https://")]) for row in rows] == [url_column] * 3
    title_column = display_width(header[: header.index("TITLE")])
    titles = ["分散システム", "Raft", "Cafe\u0301"]
    assert [
        display_width(row[: row.index(title)]) for row, title in zip(rows, titles, strict=True)
    ] == [title_column] * 3


@pytest.mark.parametrize("export_format", ["json", "csv", "bibtex"])
def test_export_output_writes_what_standard_output_shows(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, export_format: str
) -> None:
    seed = str(EXAMPLES / "pinterest.md")
    _, shown, _ = run(capsys, "export", "--no-config", "--format", export_format, seed)
    target = tmp_path / f"entries.{export_format}"
    code, out, err = run(
        capsys, "export", "--no-config", "--format", export_format, "-o", str(target), seed
    )
    assert (code, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == shown
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~_umask()
    assert [path.name for path in tmp_path.iterdir()] == [target.name]  # no temporary left


def test_export_output_keeps_the_file_mode_and_fails_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    seed = str(EXAMPLES / "pinterest.md")
    target = tmp_path / "entries.json"
    target.write_text("old\n")
    target.chmod(0o600)
    assert run(capsys, "export", "--no-config", "-o", str(target), seed)[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8").startswith('{\n  "version": 1')
    missing = tmp_path / "no-such-folder" / "entries.json"
    code, out, err = run(capsys, "export", "--no-config", "-o", str(missing), seed)
    assert (code, out) == (2, "")
    assert err == f"readinglist: error: {missing}: cannot write: No such file or directory\n"


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
