"""Settings from ``[tool.readinglist]`` in the nearest pyproject.toml; flags override them."""

from __future__ import annotations

from pathlib import Path

import pytest

from readinglist import Code, Status
from readinglist.cli import main
from readinglist.settings import SettingsError, find_settings

PAGE = """\
---
title: German
---

# German

## Gelesen

- [Der Prozess](http://example.com/prozess)

- [Das Schloss](https://example.com/schloss)
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project whose pyproject.toml sets labels, a default status and an ignored code."""
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "notes"\n\n'
        "[tool.readinglist]\n"
        'default-status = "reading"\n'
        'ignore = ["insecure-url"]\n\n'
        "[tool.readinglist.statuses]\n"
        'done = ["Gelesen"]\n',
        encoding="utf-8",
    )
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "german.md").write_text(PAGE, encoding="utf-8")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_nearest_pyproject_above_the_first_path_is_read(project: Path) -> None:
    settings = find_settings(project / "lists" / "german.md")
    assert settings.path == project / "pyproject.toml"
    assert settings.default_status is Status.READING
    assert settings.ignore == frozenset({Code.INSECURE_URL})
    assert dict(settings.statuses) == {Status.DONE: ("Gelesen",)}


def test_a_pyproject_without_the_table_is_passed_over(project: Path) -> None:
    inner = project / "lists"
    (inner / "pyproject.toml").write_text('[project]\nname = "inner"\n', encoding="utf-8")
    assert find_settings(inner).path == project / "pyproject.toml"


def test_settings_change_statuses_and_ignored_codes(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "show", "--format", "csv", str(project / "lists"))
    assert code == 0
    assert [row.split(",")[2] for row in out.splitlines()[1:]] == ["done", "done"]
    code, out, _ = run(capsys, "check", str(project / "lists"))
    assert (code, out) == (0, "0 errors, 0 warnings in 1 page\n")


def test_flags_override_settings(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lists = str(project / "lists")
    _, out, _ = run(capsys, "check", "--ignore", "no-entries", lists)
    assert "info[insecure-url]" in out
    _, out, _ = run(capsys, "check", "--no-config", lists)
    assert "info[insecure-url]" in out
    _, out, _ = run(capsys, "check", "--select", "insecure-url", lists)
    assert out.splitlines()[-1] == "0 errors, 0 warnings, 1 info in 1 page"
    outside = project / "outside.md"
    outside.write_text("- [A](https://example.com/a)\n", encoding="utf-8")
    _, out, _ = run(capsys, "show", "--format", "csv", "--default-status", "done", str(outside))
    assert out.splitlines()[1].split(",")[2] == "done"
    _, out, _ = run(capsys, "show", "--format", "csv", str(outside))
    assert out.splitlines()[1].split(",")[2] == "reading"


def test_config_names_the_file_to_read(
    project: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path_factory.mktemp("other") / "pyproject.toml"
    other.write_text('[tool.readinglist]\nignore = ["no-entries"]\n', encoding="utf-8")
    _, out, _ = run(capsys, "check", "--config", str(other), str(project / "lists"))
    assert "info[insecure-url]" in out


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            'colour = "always"',
            "unknown key 'colour' (expected: default-status, ignore, max-front-matter-size, "
            "max-size, statuses)",
        ),
        ('ignor = ["x"]', "unknown key 'ignor'; did you mean 'ignore'?"),
        ('default-status = "later"', "'default-status': unknown status 'later'"),
        ('ignore = "insecure-url"', "'ignore' must be a list of codes (got 'insecure-url')"),
        ('ignore = ["insecure-urls"]', "did you mean 'insecure-url'?"),
        ('statuses = { finished = ["Fertig"] }', "'statuses': unknown status 'finished'"),
        ("statuses = { done = [1] }", "'statuses.done' must be a list of labels (got [1])"),
    ],
)
def test_bad_settings_are_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str, message: str
) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.readinglist]\n{table}\n", encoding="utf-8")
    (tmp_path / "page.md").write_text("- [A](https://example.com/a)\n", encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path / "page.md"))
    assert (code, out) == (2, "")
    assert err.startswith(f"readinglist: error: {tmp_path / 'pyproject.toml'}: [tool.readinglist]")
    assert message in err
    assert err.count("\n") == 1


def test_invalid_toml_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.readinglist\n", encoding="utf-8")
    (tmp_path / "page.md").write_text("- [A](https://example.com/a)\n", encoding="utf-8")
    code, _, err = run(capsys, "check", str(tmp_path / "page.md"))
    assert code == 2
    assert err.startswith(f"readinglist: error: {tmp_path / 'pyproject.toml'}: not valid TOML: ")
    assert err.count("\n") == 1


def test_a_missing_config_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.toml"
    code, _, err = run(capsys, "check", "--config", str(missing), str(tmp_path))
    assert code == 2
    assert err == f"readinglist: error: {missing}: no such file\n"


def test_find_settings_raises_for_a_broken_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.readinglist]\nignore = 1\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="'ignore' must be a list of codes"):
        find_settings(tmp_path)
