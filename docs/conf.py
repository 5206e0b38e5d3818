"""Sphinx configuration of the readinglist documentation."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

import readinglist

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
]
