"""``linkcheck`` sees each entry's link at the line of the directive that renders it.

Sphinx's linkcheck builder locates a link by document and line, so the Markdown page's own
line cannot be reported; every entry's ``reference`` node carries the directive's line
(never 0 or none), in reStructuredText and in MyST alike. A server on 127.0.0.1, started
by the test, answers the links.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path

import pytest
from docutils import nodes

from tests.sphinx.local_server import MAX_REQUESTS, local_server, without_proxies
from tests.sphinx_projects import MakeProject

ANSWERS = {"/raft": HTTPStatus.OK, "/spanner": HTTPStatus.OK, "/gone": HTTPStatus.NOT_FOUND}


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """The server's base URL and its requests, with no proxy in the way."""
    without_proxies(monkeypatch)
    with local_server(ANSWERS) as running:
        yield running


def _page(base: str) -> str:
    return (
        "---\ntitle: Papers\n---\n\n## To read\n\n"
        f"- [Raft]({base}/raft)\n- [Spanner]({base}/spanner) - the paper\n\n"
        f"## Done\n\n- [x] [Gone]({base}/gone)\n"
    )


def test_linkcheck_reports_each_entry_at_its_directive_line(
    make_project: MakeProject, server: tuple[str, list[tuple[str, str]]]
) -> None:
    base, requested = server
    app = make_project("linkcheck-lines", "linkcheck")
    Path(app.srcdir, "reading.md").write_text(_page(base), encoding="utf-8")
    app.build()
    results = [
        json.loads(line)
        for line in Path(app.outdir, "output.json").read_text(encoding="utf-8").splitlines()
    ]
    seen = sorted((r["filename"], r["lineno"], r["uri"], r["status"]) for r in results)
    # Each URL is checked once; linkcheck reports its first place, the rST directive.
    assert seen == [
        ("index.rst", 6, f"{base}/gone", "broken"),
        ("index.rst", 6, f"{base}/raft", "working"),
        ("index.rst", 6, f"{base}/spanner", "working"),
    ]
    assert {path for _, path in requested} == set(ANSWERS)
    assert len(requested) <= MAX_REQUESTS


@pytest.mark.parametrize(("docname", "line"), [("index", 6), ("notes", 5)])
def test_every_entry_reference_carries_the_directive_line(
    make_project: MakeProject, docname: str, line: int
) -> None:
    app = make_project("linkcheck-lines")
    Path(app.srcdir, "reading.md").write_text(_page("https://example.org"), encoding="utf-8")
    app.build()
    doctree = app.env.get_doctree(docname)
    app.env.apply_post_transforms(doctree, docname)
    references = [node for node in doctree.findall(nodes.reference) if "refuri" in node]
    assert [node["refuri"] for node in references] == [
        "https://example.org/raft",
        "https://example.org/spanner",
        "https://example.org/gone",
    ]
    assert {(node.line, Path(str(node.source)).name) for node in references} == {
        (line, f"{docname}.{'rst' if docname == 'index' else 'md'}")
    }
