"""``sphinx-build -b linkcheck`` checks every entry of a reading list, as any other link.

A small HTTP server on 127.0.0.1 (a free port, in a thread of the test) answers 200 for some
paths, 404 for one and a redirect for another. The reading list and the report are those of
docs/how-to/dead-links.md, with the server's address in place of the made-up site.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path

import pytest

from tests.paths import ROOT
from tests.sphinx.local_server import MAX_REQUESTS, local_server, without_proxies
from tests.sphinx_projects import MakeProject

GUIDE = (ROOT / "docs" / "how-to" / "dead-links.md").read_text(encoding="utf-8")
SITE = "https://example.org"
"""The made-up site of the guide's examples."""

ANSWERS = {
    "/papers/raft.pdf": HTTPStatus.OK,
    "/talks/spanner": HTTPStatus.OK,
    "/gone": HTTPStatus.NOT_FOUND,
    "/moved": HTTPStatus.MOVED_PERMANENTLY,
}
"""What the server answers for each path; any other path is a 404 too."""


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """The server's base URL and the list of requests it received; stopped after the test."""
    without_proxies(monkeypatch)
    with local_server(ANSWERS, {"/moved": "/papers/raft.pdf"}) as running:
        yield running


def test_linkcheck_reports_each_entry_as_working_broken_or_redirected(
    make_project: MakeProject, server: tuple[str, list[tuple[str, str]]]
) -> None:
    base, requested = server
    app = make_project("linkcheck", "linkcheck")
    page = re.findall(r"```markdown\n(.*?)```", GUIDE, re.DOTALL)[0]
    Path(app.srcdir, "reading.md").write_text(page.replace(SITE, base), encoding="utf-8")
    app.build()
    results = [
        json.loads(line)
        for line in Path(app.outdir, "output.json").read_text(encoding="utf-8").splitlines()
    ]
    assert sorted((r["filename"], r["uri"], r["status"]) for r in results) == [
        ("index.rst", f"{base}/gone", "broken"),
        ("index.rst", f"{base}/moved", "redirected"),
        ("index.rst", f"{base}/papers/raft.pdf", "working"),
        ("index.rst", f"{base}/talks/spanner", "working"),
    ]
    report = Path(app.outdir, "output.txt").read_text(encoding="utf-8")
    shown = re.findall(r"```text\n(.*?)```", GUIDE, re.DOTALL)[0]
    assert sorted(report.splitlines()) == sorted(shown.replace(SITE, base).splitlines())
    assert {path for _, path in requested} == set(ANSWERS)
    assert len(requested) <= MAX_REQUESTS
