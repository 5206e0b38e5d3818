"""Pages are untrusted: unsafe URLs never become links, and text is always escaped."""

from __future__ import annotations

import re

from tests.sphinx_projects import MakeProject, warnings_of


def test_unsafe_and_invalid_urls_never_become_links(make_project: MakeProject) -> None:
    app = make_project("unsafe")
    app.build()
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert "javascript:" not in html
    assert "data:text/html" not in html
    assert 'href="notes/a.md"' not in html
    links = re.findall(r'class="reference external" href="([^"]+)"', html)
    assert (
        links
        == [
            "https://example.com/a",
            "https://example.com/raw",
            "https://example.com/q?a=1&amp;b=&quot;2&quot;",
        ]
        * 2
    )
    assert html.count('<span class="reading-list-unsafe">Click me</span>') == 2
    assert "<span>A local note</span>" in html


def test_titles_and_descriptions_are_escaped_text(make_project: MakeProject) -> None:
    app = make_project("unsafe")
    app.build()
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert ">&lt;script&gt;alert(1)&lt;/script&gt;</a>" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    # Raw HTML in the Markdown is kept as literal text too.
    assert ">&lt;script&gt;alert(&quot;raw&quot;)&lt;/script&gt;</a>" in html
    assert "&lt;img src=x onerror=alert(4)&gt;" in html
    # Shown as written: no smart quotes in titles.
    assert ">Fine &amp; &quot;quoted&quot;</a>" in html
    assert ">Hostile &lt;b&gt;page&lt;/b&gt;</a>" in html  # the summary's link text
    assert warnings_of(app) == []  # unsafe-url and invalid-url are suppressed in conf.py
