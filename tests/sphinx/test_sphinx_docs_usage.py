"""Every rST/MyST pair of the usage guide builds cleanly and renders the same HTML."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

from sphinx.testing.util import SphinxTestApp

from tests.paths import EXAMPLES, ROOT
from tests.sphinx_projects import warnings_of

USAGE = ROOT / "docs" / "sphinx" / "usage.md"
_RST = re.compile(r"\nreStructuredText:\n\n```rst\n(.*?)```\n", re.DOTALL)
_MYST = re.compile(r"\nMyST Markdown:\n\n````markdown\n(.*?)````\n", re.DOTALL)
RST = _RST.findall(USAGE.read_text(encoding="utf-8"))
MYST = _MYST.findall(USAGE.read_text(encoding="utf-8"))


def _section(html: str) -> str:
    match = re.search(r'<section id="example">(.*)</section>', html, re.DOTALL)
    assert match is not None
    return match.group(1)


def test_the_guide_shows_each_example_in_both_syntaxes() -> None:
    assert len(RST) == len(MYST) >= 4
    assert USAGE.read_text(encoding="utf-8").count("\nreStructuredText:\n") == len(RST)


def test_rst_and_myst_examples_render_the_same(
    tmp_path: Path, make_app: Callable[..., SphinxTestApp]
) -> None:
    srcdir = tmp_path / "usage"
    shutil.copytree(EXAMPLES, srcdir / "examples")
    (srcdir / "sphinx").mkdir()
    (srcdir / "conf.py").write_text(
        'extensions = ["myst_parser", "sphinx_readinglist"]\n'
        'source_suffix = {".rst": "restructuredtext", ".md": "markdown"}\n'
        'exclude_patterns = ["_build", "examples/*.md"]\n',
        encoding="utf-8",
    )
    (srcdir / "index.rst").write_text(
        "Usage\n=====\n\n.. toctree::\n   :glob:\n\n   sphinx/*\n", encoding="utf-8"
    )
    for number, (rst, myst) in enumerate(zip(RST, MYST, strict=True)):
        (srcdir / "sphinx" / f"rst{number}.rst").write_text(
            f"Example\n=======\n\n{rst}", encoding="utf-8"
        )
        (srcdir / "sphinx" / f"myst{number}.md").write_text(
            f"# Example\n\n{myst}", encoding="utf-8"
        )
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert warnings_of(app) == []
    for number in range(len(RST)):
        rst_html = (app.outdir / "sphinx" / f"rst{number}.html").read_text(encoding="utf-8")
        myst_html = (app.outdir / "sphinx" / f"myst{number}.html").read_text(encoding="utf-8")
        assert _section(rst_html) == _section(myst_html)
        assert 'class="reading-list' in _section(rst_html)
