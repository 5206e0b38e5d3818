"""The CLI docs' examples are inputs: the CI workflow runs, the settings example loads."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml

from readinglist import Code, Status
from readinglist.cli import build_parser, main
from readinglist.settings import read_settings
from tests.paths import ROOT

DOCS = ROOT / "docs"


def _blocks(page: str, language: str) -> list[str]:
    text = (DOCS / page).read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```", text, flags=re.M | re.S)


def test_the_github_workflow_runs_readinglist_with_valid_options(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (workflow,) = _blocks("how-to/check-in-ci.md", "yaml")
    steps = yaml.safe_load(workflow)["jobs"]["check"]["steps"]
    (command,) = [s["run"] for s in steps if s.get("run", "").startswith("readinglist ")]
    argv = shlex.split(command)[1:]
    assert argv[-1] == "reading/"
    build_parser().parse_args(argv)
    monkeypatch.chdir(DOCS)
    code = main([*argv[:-1], "examples"])
    out = capsys.readouterr().out
    assert code == 1  # --strict: the seed page's duplicate fails the job
    assert "::warning file=examples/pinterest.md,line=31,col=3," in out


@pytest.mark.parametrize("page", ["how-to/check-in-ci.md", "reference/cli.md"])
def test_settings_examples_are_valid_settings(page: str, tmp_path: Path) -> None:
    for number, block in enumerate(_blocks(page, "toml")):
        path = tmp_path / f"{number}.toml"
        path.write_text(block, encoding="utf-8")
        settings = read_settings(path)
        assert settings.path == path
        assert Code.INSECURE_URL in settings.ignore
        assert "Gelesen" in settings.statuses[Status.DONE]


def test_the_api_collection_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (example,) = _blocks("reference/api.md", "python")
    monkeypatch.chdir(DOCS.parent)
    exec(compile(example, "api.md", "exec"), {})  # noqa: S102 (our own docs example)
    assert "Pinterest 0" in capsys.readouterr().out.splitlines()
