"""A small HTTP server on 127.0.0.1 for linkcheck tests: a thread, a free port, bounded.

It answers each path of ``answers`` with that status (any other path: 404), a redirect
with the ``Location`` that ``redirects`` gives its path, at most ``MAX_REQUESTS`` times,
then closes every connection. :func:`without_proxies` keeps proxies out of the way.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

MAX_REQUESTS = 50
"""The server answers at most this many requests."""


class _Handler(BaseHTTPRequestHandler):
    answers: Mapping[str, HTTPStatus]
    redirects: Mapping[str, str]
    requested: list[tuple[str, str]]

    def _answer(self, with_body: bool) -> None:
        self.requested.append((self.command, self.path))
        if len(self.requested) > MAX_REQUESTS:
            self.close_connection = True
            return
        status = self.answers.get(self.path, HTTPStatus.NOT_FOUND)
        body = f"<html><body>{status.phrase}</body></html>".encode()
        self.send_response(status)
        if self.path in self.redirects:
            self.send_header("Location", self.redirects[self.path])
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


@contextmanager
def local_server(
    answers: Mapping[str, HTTPStatus], redirects: Mapping[str, str] | None = None
) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """The server's base URL and the requests it received; stopped on leaving."""
    requested: list[tuple[str, str]] = []
    handler = type(
        "Handler",
        (_Handler,),
        {"answers": answers, "redirects": redirects or {}, "requested": requested},
    )
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", requested
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


def without_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy between a test and its server on 127.0.0.1."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
