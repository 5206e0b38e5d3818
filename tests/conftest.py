"""Shared test helpers."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from sphinx.testing.util import SphinxTestApp

from tests.paths import EXAMPLES, ROOTS
from tests.sphinx_projects import MakeProject

pytest_plugins = ["sphinx.testing.fixtures"]

# CI runs the property tests on a fixed sequence of examples, so that a run can be repeated
# exactly; elsewhere every run explores new ones (and keeps failures in .hypothesis/).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture
def pinterest() -> Path:
    """The page the project was born from, as copied into the docs."""
    return EXAMPLES / "pinterest.md"


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where ``sphinx.testing`` finds the ``test-<scenario>`` projects."""
    return ROOTS


@pytest.fixture
def make_project(tmp_path: Path, make_app: Callable[..., SphinxTestApp]) -> MakeProject:
    """A Sphinx app on a private copy of ``tests/roots/test-<name>`` (copied once per test).

    Each test gets its own source and build folders, so no build sees another test's
    environment; calling it twice with the same name builds the same copy again
    (an incremental build). ``srcdir_name`` makes a second, separate copy.
    """
    apps: list[SphinxTestApp] = []

    def make(
        name: str, buildername: str = "html", *, srcdir_name: str | None = None, **kwargs: Any
    ) -> SphinxTestApp:
        srcdir = tmp_path / (srcdir_name or name)
        if not srcdir.exists():
            shutil.copytree(ROOTS / f"test-{name}", srcdir)
        if apps:  # docutils' registries are global: reset them, as between two tests
            apps[-1].cleanup()
        # Warnings end with their [type.subtype] on every Sphinx (the default only from 8.0).
        kwargs["confoverrides"] = {"show_warning_types": True, **kwargs.get("confoverrides", {})}
        apps.append(make_app(buildername, srcdir=srcdir, **kwargs))
        return apps[-1]

    return make
