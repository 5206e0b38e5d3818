"""Sphinx configuration of the readinglist documentation."""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

from sphinx.application import Sphinx

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

import readinglist

# The project's public addresses are written once, in pyproject.toml's [project.urls]. A page
# names one as {{ documentation }}, {{ repository }} or {{ changelog }} (the keys, lower-cased),
# code blocks included: fill_in_addresses replaces them before the page is parsed.
_PYPROJECT = Path(__file__).parent.parent / "pyproject.toml"
_URLS = tomllib.loads(_PYPROJECT.read_text(encoding="utf-8"))["project"]["urls"]
ADDRESSES = {name.lower(): url for name, url in _URLS.items()}

project = "readinglist"
author = "The readinglist developers"
copyright = "2026, The readinglist developers"
version = release = readinglist.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx_readinglist",
    "readinglist_docs",
    "readinglist_cli_docs",
    "readinglist_sphinx_docs",
]
myst_enable_extensions = ["colon_fence", "deflist"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "examples/*.md"]
root_doc = "index"

# The front page renders the original Pinterest page, which has one duplicate link
# (pinterest.md:31, first at line 13). `make test` builds these docs with -W, so that one
# known warning is suppressed here; `make demo` sets READINGLIST_DEMO=1 to show it.
suppress_warnings = [] if os.environ.get("READINGLIST_DEMO") else ["readinglist.duplicate-url"]

html_theme = "furo"
html_title = "readinglist"
html_theme_options = {  # "view and edit this page" links to the page in the repository
    "source_repository": ADDRESSES["repository"] + "/",
    "source_branch": "main",
    "source_directory": "docs/",
}

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_class_signature = "separated"
autodoc_preserve_defaults = True
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(collections\.abc\.|typing\.|types\.).*"),
    (
        r"py:class",
        r"(Mapping|Sequence|Iterable|Literal|FrontMatterFormat|StatusGroupForm|TopicGroupForm|"
        r"EntryForm|ListMarker|os\.PathLike|PathLike).*",
    ),
    (r"py:class", r"(readinglist\.selection\.)?_T"),  # a type variable: nothing to link to
]


def fill_in_addresses(text: str) -> str:
    """``text`` with each ``{{ name }}`` of :data:`ADDRESSES` replaced by its address."""
    for name, url in ADDRESSES.items():
        text = text.replace(f"{{{{ {name} }}}}", url)
    return text


def _fill_in_page(app: Sphinx, docname: str, source: list[str]) -> None:
    source[0] = fill_in_addresses(source[0])


def setup(app: Sphinx) -> None:
    """Fill the project's addresses into every page as it is read."""
    app.connect("source-read", _fill_in_page)
