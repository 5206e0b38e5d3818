"""The docs' own configuration, loaded as Sphinx loads it, for the addresses it fills in.

The project's public addresses are written once, in pyproject.toml's ``[project.urls]``;
docs/conf.py reads them and fills ``{{ repository }}`` and its kind into each page as it is
read. Tests that read a page's source see it as built through :func:`as_built`.
"""

from __future__ import annotations

import runpy
import tomllib
from functools import cache
from typing import Any

from tests.paths import ROOT


@cache
def docs_configuration() -> dict[str, Any]:
    """The names docs/conf.py defines."""
    return runpy.run_path(str(ROOT / "docs" / "conf.py"))


def project_urls() -> dict[str, str]:
    """``[project.urls]`` of pyproject.toml: label, then address."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    urls: dict[str, str] = project["urls"]
    return urls


def as_built(text: str) -> str:
    """A docs page's text as Sphinx parses it: with the project's addresses filled in."""
    return str(docs_configuration()["fill_in_addresses"](text))
