"""Run things away from the source tree: clean environments and committed copies of the tree.

The packaging and pre-commit tests must see readinglist as a user would: installed from a
distribution or cloned from a repository, never imported from this checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.paths import ROOT

# Variables that would let a child process import from this checkout or this virtualenv.
_LEAKY = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUSERBASE", "VIRTUAL_ENV")


def clean_environment(scratch: Path, **extra: str) -> dict[str, str]:
    """Return the current environment without Python paths, with git configured in scratch.

    Git reads no user or system configuration (so no signing, no hooks, no templates of the
    machine), and commits under a fixed test identity.
    """
    environment = {name: value for name, value in os.environ.items() if name not in _LEAKY}
    git_config = scratch / "gitconfig"
    git_config.write_text(
        "[user]\n\tname = readinglist tests\n\temail = tests@readinglist.invalid\n"
        "[init]\n\tdefaultBranch = main\n"
        "[safe]\n\tdirectory = *\n",
        encoding="utf-8",
    )
    environment.update(GIT_CONFIG_GLOBAL=str(git_config), GIT_CONFIG_NOSYSTEM="1")
    environment.update(extra)
    return environment


def source_files() -> list[str]:
    """Return the checkout's files as git sees them: tracked, or new and not ignored."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    return sorted(name for name in listed.split("\0") if name and (ROOT / name).is_file())


def committed_copy(destination: Path, environment: dict[str, str]) -> Path:
    """Copy the working tree, uncommitted changes included, into a new repository; commit it.

    Tools that clone a repository at HEAD (``pre-commit try-repo``) then see exactly the
    files under test, whether or not they are committed in the checkout.
    """
    for name in source_files():
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    for command in (["git", "init", "--quiet"], ["git", "add", "--all"]):
        subprocess.run(command, cwd=destination, env=environment, check=True)
    subprocess.run(
        ["git", "commit", "--quiet", "--no-verify", "-m", "readinglist under test"],
        cwd=destination,
        env=environment,
        check=True,
    )
    return destination
