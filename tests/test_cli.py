"""The command line through ``main(argv)``: outputs compared with hand-written golden files."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from readinglist import cli

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"

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
