"""``sphinx-build -b linkcheck`` checks every entry of a reading list, as any other link.

A small HTTP server on 127.0.0.1 (a free port, in a thread of the test) answers 200 for some
paths, 404 for one and a redirect for another. The reading list and the report are those of
docs/how-to/dead-links.md, with the server's address in place of the made-up site.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.paths import ROOT
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

MAX_REQUESTS = 50
"""The server answers at most this many requests, then closes every connection."""


class _Handler(BaseHTTPRequestHandler):
    requested: list[tuple[str, str]]

    def _answer(self, with_body: bool) -> None:
        self.requested.append((self.command, self.path))
        if len(self.requested) > MAX_REQUESTS:
            self.close_connection = True
            return
        status = ANSWERS.get(self.path, HTTPStatus.NOT_FOUND)
        body = f"<html><body>{status.phrase}</body></html>".encode()
        self.send_response(status)
        if status == HTTPStatus.MOVED_PERMANENTLY:
            self.send_header("Location", "/papers/raft.pdf")
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """The server's base URL and the list of requests it received; stopped after the test."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    requested: list[tuple[str, str]] = []
    handler = type("Handler", (_Handler,), {"requested": requested})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", requested
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


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
