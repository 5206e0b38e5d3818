"""The pre-commit hooks of ``.pre-commit-hooks.yaml`` work as a user's project would run them.

``pre-commit try-repo`` clones the hook repository at HEAD and installs it into a fresh
environment (from PyPI, like any user's), so the hook repository is a committed copy of this
working tree: the test sees uncommitted changes too.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from pre_commit.clientlib import load_config

from readinglist import format_text
from readinglist.cli import main
from tests.isolation import clean_environment, committed_copy
from tests.packaging.addresses import as_built, project_urls
from tests.paths import ROOT

pytestmark = pytest.mark.installs

GOOD_PAGE = textwrap.dedent(
    """\
    ---
    title: Streams
    ---

    # Streams

    - [Kafka: a distributed messaging system](https://notes.stanford.edu/kafka.pdf)
    """
)
UNTIDY_PAGE = textwrap.dedent(
    """\
    ---
    title: Untidy
    ---
    # Untidy

    * [Raft](https://raft.github.io/raft.pdf)
    * [ ] [Paxos made simple](https://lamport.azurewebsites.net/pubs/paxos-simple.pdf)



    * [X] [Chubby](https://research.google/pubs/chubby/)
    """
)
BAD_PAGE = textwrap.dedent(
    """\
    ---
    title: Tricks
    ---

    # Tricks

    - [Click me](javascript:alert(1))
    """
)


@pytest.fixture(scope="module")
def hook_repository(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A committed copy of the working tree, and the environment to run pre-commit in."""
    scratch = tmp_path_factory.mktemp("pre-commit")
    environment = clean_environment(
        scratch, PRE_COMMIT_HOME=str(scratch / "home"), TMPDIR=str(scratch)
    )
    (scratch / "hooks").mkdir()
    return committed_copy(scratch / "hooks", environment), environment


def _sample_repository(folder: Path, pages: dict[str, str], environment: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    subprocess.run(["git", "init", "--quiet"], cwd=folder, env=environment, check=True)
    subprocess.run(["git", "add", "--all"], cwd=folder, env=environment, check=True)
    return folder


def _try_repo(hooks: tuple[Path, dict[str, str]], sample: Path) -> subprocess.CompletedProcess[str]:
    """Run every hook of the manifest on every file of the sample repository."""
    repository, environment = hooks
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(repository), "--all-files"],
        cwd=sample,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def _hook_lines(output: str) -> dict[str, str]:
    """The result pre-commit prints for each hook (``Passed``, ``Failed``...), by hook name."""
    return dict(re.findall(r"^(readinglist \w+)\.+(\w+)$", output, re.MULTILINE))


def test_the_manifest_declares_a_check_and_a_fmt_hook_on_markdown_files() -> None:
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for hook in manifest}
    assert hooks["readinglist-check"]["entry"] == "readinglist check"
    assert hooks["readinglist-fmt"]["entry"] == "readinglist fmt"
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["files"] == r"\.md$"


def test_the_hooks_fail_on_an_unsafe_link_and_reformat_a_page(
    hook_repository: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    pages = {
        "streams.md": GOOD_PAGE,
        "tricks.md": BAD_PAGE,
        "untidy.md": UNTIDY_PAGE,
        "notes.txt": BAD_PAGE + UNTIDY_PAGE,
    }
    sample = _sample_repository(tmp_path / "sample", pages, hook_repository[1])
    result = _try_repo(hook_repository, sample)
    assert result.returncode == 1, result.stdout + result.stderr
    assert _hook_lines(result.stdout) == {
        "readinglist check": "Failed",
        "readinglist fmt": "Failed",
    }
    assert "tricks.md:7:" in result.stdout
    assert "error[unsafe-url]" in result.stdout
    assert "- files were modified by this hook" in result.stdout
    assert "streams.md" not in result.stdout
    assert "notes.txt" not in result.stdout
    assert (sample / "untidy.md").read_text(encoding="utf-8") == format_text(UNTIDY_PAGE)
    assert format_text(UNTIDY_PAGE) != UNTIDY_PAGE
    assert (sample / "streams.md").read_text(encoding="utf-8") == GOOD_PAGE
    assert (sample / "notes.txt").read_text(encoding="utf-8") == BAD_PAGE + UNTIDY_PAGE


def test_the_hooks_pass_on_clean_tidy_pages(
    hook_repository: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    assert format_text(GOOD_PAGE) == GOOD_PAGE
    sample = _sample_repository(tmp_path / "sample", {"streams.md": GOOD_PAGE}, hook_repository[1])
    result = _try_repo(hook_repository, sample)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _hook_lines(result.stdout) == {
        "readinglist check": "Passed",
        "readinglist fmt": "Passed",
    }


def test_the_documented_configuration_is_valid_and_names_real_hooks(tmp_path: Path) -> None:
    guide = as_built((ROOT / "docs" / "how-to" / "pre-commit.md").read_text(encoding="utf-8"))
    (snippet,) = re.findall(r"```yaml\n(.*?)```", guide, flags=re.DOTALL)
    (tmp_path / ".pre-commit-config.yaml").write_text(snippet, encoding="utf-8")
    config = load_config(str(tmp_path / ".pre-commit-config.yaml"))
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    entries = {hook["id"]: hook["entry"] for hook in manifest}
    (tmp_path / "streams.md").write_text(GOOD_PAGE, encoding="utf-8")
    (repository,) = config["repos"]
    assert repository["repo"] == project_urls()["Repository"]
    assert repository["hooks"]
    for hook in repository["hooks"]:
        command = entries[hook["id"]].split()
        assert command[0] == "readinglist"
        assert main([*command[1:], *hook.get("args", []), str(tmp_path / "streams.md")]) == 0


CHILD_PAGE = textwrap.dedent(
    """\
    ---
    title: Kafka
    parent: Streaming
    ---

    - [Log compaction](https://example.com/compaction)
    """
)


def test_the_check_hook_does_not_report_a_parent_that_is_not_among_the_changed_pages(
    hook_repository: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    """pre-commit passes only changed pages, so the navigation codes are off in the hook."""
    assert format_text(CHILD_PAGE) == CHILD_PAGE
    sample = _sample_repository(tmp_path / "sample", {"kafka.md": CHILD_PAGE}, hook_repository[1])
    result = _try_repo(hook_repository, sample)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "unknown-parent" not in result.stdout
    assert _hook_lines(result.stdout)["readinglist check"] == "Passed"
