"""The MyST ``{reading-list}`` fence renders exactly what the rST directive renders."""

from __future__ import annotations

import re

from tests.sphinx_projects import MakeProject, warnings_of


def _reading_list(html: str) -> str:
    match = re.search(r'<div class="reading-list .*?</div>', html, re.DOTALL)
    assert match is not None
    return match.group(0)


def test_myst_fence_and_rst_directive_give_the_same_html(make_project: MakeProject) -> None:
    app = make_project("myst")
    app.build()
    myst = _reading_list((app.outdir / "index.html").read_text(encoding="utf-8"))
    rst = _reading_list((app.outdir / "rst.html").read_text(encoding="utf-8"))
    assert myst == rst
    assert re.findall(r'href="([^"]+)"', myst) == [
        "https://cs.example.edu/calvin.pdf",
        "https://research.example.com/spanner",
    ]
    assert warnings_of(app) == []
