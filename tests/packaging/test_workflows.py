"""The GitHub workflows are valid, and every step runs a Makefile target, not a copy of one.

``check-jsonschema`` validates them against the workflow schema it vendors (SchemaStore's),
offline: it runs with the proxies pointed at a closed local port, so any attempt to reach
the network would fail the test. (actionlint is not packaged by Debian, so it is not used.)
"""

from __future__ import annotations

import itertools
import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.packaging.makefile import targets
from tests.paths import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
CHECK_JSONSCHEMA = Path(sys.executable).with_name("check-jsonschema")
# The actions a step may use: checkout, Python and caches, artifacts, and PyPI's publisher.
ACTIONS = {
    "actions/checkout",
    "actions/setup-python",
    "actions/cache",
    "actions/upload-artifact",
    "actions/download-artifact",
    "pypa/gh-action-pypi-publish",
}
# What the Makefile's targets run: a step that runs one of these is a copy of a target.
_TOOLS = re.compile(r"\b(pytest|ruff|mypy|sphinx-build|sphinx|twine|build|pip|venv|tox|nox)\b")


def _offline() -> dict[str, str]:
    closed = "http://127.0.0.1:9"  # the discard port: nothing listens there
    environment = {name: value for name, value in os.environ.items() if "proxy" not in name.lower()}
    return {**environment, "HTTP_PROXY": closed, "HTTPS_PROXY": closed, "ALL_PROXY": closed}


def _check(schema: str, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", schema, *map(str, files)],
        env=_offline(),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _workflow(name: str) -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return loaded


def _jobs() -> list[Any]:
    """Each job of each workflow, as a test parameter named ``workflow:job``."""
    return [
        pytest.param(job, id=f"{path.name}:{name}")
        for path in sorted(WORKFLOWS.glob("*.yml"))
        for name, job in _workflow(path.name)["jobs"].items()
    ]


def _matrix_values(job: dict[str, Any]) -> list[dict[str, str]]:
    """Every combination of the job's matrix, as the ``matrix.NAME`` values of one run."""
    matrix = job.get("strategy", {}).get("matrix", {})
    if "include" in matrix:
        return [{key: str(value) for key, value in row.items()} for row in matrix["include"]]
    names = list(matrix)
    return [
        dict(zip(names, map(str, values), strict=True))
        for values in itertools.product(*(matrix[name] for name in names))
    ] or [{}]


def _commands(job: dict[str, Any]) -> list[list[str]]:
    """Every command line the job's ``run`` steps execute, for every row of its matrix."""
    lines = []
    for values in _matrix_values(job):
        for step in job.get("steps", []):
            script = step.get("run", "")
            for name, value in values.items():
                script = script.replace(f"${{{{ matrix.{name} }}}}", value)
            lines += [shlex.split(line) for line in script.splitlines() if line.strip()]
    return lines


def test_the_workflow_folder_holds_the_ci_and_the_release() -> None:
    assert sorted(path.name for path in WORKFLOWS.iterdir()) == ["ci.yml", "release.yml"]


@pytest.mark.parametrize(
    "schema", ["vendor.github-workflows", "custom.github-workflows-require-timeout"]
)
def test_the_workflows_are_valid_offline(schema: str) -> None:
    checked = _check(schema, *sorted(WORKFLOWS.glob("*.yml")))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "ok -- validation done" in checked.stdout


def test_the_schema_check_rejects_a_misspelt_workflow(tmp_path: Path) -> None:
    """The validation has teeth: ``run-on`` for ``runs-on`` is caught, still offline."""
    broken = tmp_path / "ci.yml"
    broken.write_text(
        (WORKFLOWS / "ci.yml").read_text(encoding="utf-8").replace("runs-on:", "run-on:", 1),
        encoding="utf-8",
    )
    checked = _check("vendor.github-workflows", broken)
    assert checked.returncode == 1
    assert "Schema validation errors were encountered" in checked.stdout


def test_read_the_docs_configuration_is_valid_offline() -> None:
    checked = _check("vendor.readthedocs", ROOT / ".readthedocs.yaml")
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize("definition", _jobs())
def test_each_step_runs_a_makefile_target_or_a_ci_script(definition: dict[str, Any]) -> None:
    if "uses" in definition:  # a call of another workflow of this folder
        assert (WORKFLOWS / Path(definition["uses"]).name).is_file()
        assert definition["uses"].startswith("./.github/workflows/")
        return
    for step in definition["steps"]:
        assert ("uses" in step) != ("run" in step), step
        if "uses" in step:
            assert step["uses"].split("@")[0] in ACTIONS, step["uses"]
    for command in _commands(definition):
        if command[0] == "make":
            (target,) = [word for word in command[1:] if "=" not in word]
            assert target in targets(), command
        else:
            (script,) = command
            assert script.startswith(".ci/"), command
            assert os.access(ROOT / script, os.X_OK), script
        assert not _TOOLS.search(" ".join(command)), command


def test_the_ci_scripts_install_packages_and_run_make_only() -> None:
    for script in sorted((ROOT / ".ci").iterdir()):
        for line in script.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                assert line.startswith(("set ", "cd ", "export ", "apt-get ", ".ci/", "make ")), (
                    f"{script.name}: {line}"
                )
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert run[-1] == "make test"  # CI runs the whole README test command, nothing weaker
    assert ".ci/install-debian-packages" in run


def test_ci_runs_make_test_on_every_supported_python_in_debian() -> None:
    job = _workflow("ci.yml")["jobs"]["test"]
    assert job["strategy"]["matrix"]["python"] == ["3.11", "3.12", "3.13"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["requires-python"] == ">=3.11"
    assert job["container"]["image"] == "python:${{ matrix.python }}-bookworm"
    assert _commands(job)[:2] == [[".ci/install-debian-packages"], ["make", "test"]]


def test_the_debian_packages_are_the_browser_and_strace_ones() -> None:
    script = (ROOT / ".ci" / "install-debian-packages").read_text(encoding="utf-8")
    (install,) = [line for line in script.splitlines() if line.startswith("apt-get install")]
    packages = [word for word in install.split()[2:] if not word.startswith("-")]
    assert packages == ["chromium", "chromium-driver", "strace"]


def test_ci_runs_the_compatibility_rows_and_the_wheel() -> None:
    jobs = _workflow("ci.yml")["jobs"]
    assert _commands(jobs["test-compat"]) == [
        [".ci/install-debian-packages"],
        ["make", "test-compat-oldest"],
        [".ci/install-debian-packages"],
        ["make", "test-compat-newest"],
    ]
    rows = jobs["test-compat"]["strategy"]["matrix"]["include"]
    assert rows == [{"pins": "oldest", "python": "3.11"}, {"pins": "newest", "python": "3.13"}]
    page = (ROOT / "docs" / "compatibility.md").read_text(encoding="utf-8")
    for row in rows:  # the Python column of the supported-versions table
        assert f"| {row['pins']} | {row['python']} |" in page
    assert _commands(jobs["wheel"]) == [["make", "release-check"]]


def test_ci_caches_pip_and_cancels_a_superseded_run() -> None:
    ci = _workflow("ci.yml")
    assert ci["concurrency"] == {
        "group": "${{ github.workflow }}-${{ github.ref }}",
        "cancel-in-progress": True,
    }
    for name, job in ci["jobs"].items():
        caches = [
            step
            for step in job["steps"]
            if step.get("uses", "").startswith("actions/cache@")
            or step.get("with", {}).get("cache") == "pip"
        ]
        assert len(caches) == 1, name
        assert "pyproject.toml" in str(caches[0]["with"]), name  # a new dependency, a new cache


def test_the_release_runs_the_ci_then_release_check_on_the_tag() -> None:
    release = _workflow("release.yml")
    assert release[True] == {"push": {"tags": ["v*"]}}  # YAML reads the key "on" as True
    jobs = release["jobs"]
    assert jobs["ci"] == {"uses": "./.github/workflows/ci.yml"}
    assert jobs["build"]["needs"] == "ci"
    (check,) = [step for step in jobs["build"]["steps"] if "run" in step]
    assert check == {"run": "make release-check", "env": {"TAG": "${{ github.ref_name }}"}}


def test_the_release_publishes_the_checked_files_with_trusted_publishing() -> None:
    text = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
    assert "secrets." not in text  # no token: PyPI trusts the workflow's OpenID Connect token
    release = yaml.safe_load(text)
    assert release["permissions"] == {"contents": "read"}
    jobs = release["jobs"]
    publish = jobs["publish"]
    assert publish["needs"] == "build"
    assert publish["permissions"] == {"id-token": "write"}
    assert [name for name, job in jobs.items() if "id-token" in job.get("permissions", {})] == [
        "publish"
    ]
    uploaded = next(s for s in jobs["build"]["steps"] if "upload-artifact" in s.get("uses", ""))
    downloaded, published = publish["steps"]
    assert "download-artifact" in downloaded["uses"]
    assert downloaded["with"] == {"name": uploaded["with"]["name"], "path": "dist/"}
    assert uploaded["with"]["path"] == "dist/"
    assert published == {"uses": "pypa/gh-action-pypi-publish@release/v1"}
