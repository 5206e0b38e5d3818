"""In every builder's output, no unsafe URL is a link and page text is escaped text.

The root's page spells ``javascript:`` every way the parser knows (case, spaces, decimal,
hex and named references, a tab, a no-break space, a reference definition) plus ``data:``,
``vbscript:`` and ``file:``, and puts HTML, LaTeX and roff markup in titles and
descriptions. The checks read the written files independently of the parser's own rules.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.sphinx_projects import MakeProject, warnings_of

BUILDERS = ["html", "singlehtml", "epub", "latex", "text", "man"]
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00a0\u200b-\u200f\ufeff]")


def _output(outdir: Path, builder: str) -> str:
    pattern = {"epub": "*.xhtml", "latex": "*.tex", "text": "*.txt", "man": "*.1"}
    files = sorted(outdir.glob(pattern.get(builder, "**/*.html")))
    assert files, f"{builder} wrote nothing"
    return "".join(path.read_text(encoding="utf-8") for path in files)


def _targets(text: str, builder: str) -> list[str]:
    """Every link target written: HTML attributes, LaTeX \\href and \\url."""
    if builder == "latex":
        return re.findall(r"\\(?:href|url)\{([^}]*)\}", text)
    values = re.findall(r"""(?:href|src|action|formaction)\s*=\s*["']([^"']*)["']""", text)
    return [html.unescape(value) for value in values]


def _is_unsafe(target: str) -> bool:
    return _INVISIBLE.sub("", target).lower().startswith(UNSAFE_SCHEMES)


@pytest.mark.parametrize("builder", BUILDERS)
def test_no_unsafe_url_is_written_anywhere(make_project: MakeProject, builder: str) -> None:
    app = make_project("unsafe-builders", builder)
    app.build()
    assert warnings_of(app) == []
    text = _output(Path(app.outdir), builder)
    assert "Plain" in text
    assert "Local file" in text
    assert [t for t in _targets(text, builder) if _is_unsafe(t)] == []
    decoded = _INVISIBLE.sub("", html.unescape(text)).lower()
    for word in ("javascript:", "vbscript:", "data:text", "file:///", "msgbox"):
        assert word not in decoded, f"{word!r} is in the {builder} output"
    # alert(0), (14) and (15) are title and description text; every other one is in a URL.
    assert set(re.findall(r"alert\((\d+)\)", decoded)) <= {"0", "14", "15"}


@pytest.mark.parametrize("builder", ["html", "singlehtml", "epub"])
def test_html_in_titles_and_descriptions_is_escaped(
    make_project: MakeProject, builder: str
) -> None:
    app = make_project("unsafe-builders", builder)
    app.build()
    text = _output(Path(app.outdir), builder)
    for raw in ("<script>alert", "<img src=x", "<b>bold", "<i>"):
        assert raw not in text
    assert "&lt;img src=x onerror=alert(14)&gt;&lt;b&gt;bold&lt;/b&gt;" in text
    assert "&lt;script&gt;alert(15)&lt;/script&gt;" in text


def test_latex_markup_in_titles_is_escaped(make_project: MakeProject) -> None:
    app = make_project("unsafe-builders", "latex")
    app.build()
    text = _output(Path(app.outdir), "latex")
    assert "\\input{" not in text
    assert "\\def\\x" not in text
    assert r"\textbackslash{}input\{/etc/passwd\}" in text


def test_roff_requests_in_titles_are_not_run(make_project: MakeProject) -> None:
    app = make_project("unsafe-builders", "man")
    app.build()
    text = _output(Path(app.outdir), "man")
    lines = text.splitlines()
    assert not [line for line in lines if line.startswith((".so", ".sh"))]
    assert "\\fBbold" not in text
