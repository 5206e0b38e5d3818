"""A worker process of the concurrency stress test: threads running ``add`` and ``mark``.

Run as ``python -m tests.writing.concurrent_edits PAGE RESULTS WORKER THREADS OPERATIONS``.
Each thread calls :func:`readinglist.cli.main` in this process, alternating ``add`` of a
new URL and ``mark`` of the URL it added before, and records every call's exit status and
its own standard output and error (the streams are per thread) as one JSON line.
"""

from __future__ import annotations

import io
import json
import sys
import threading
from pathlib import Path

from readinglist.cli import main


class ThreadStreams(io.TextIOBase):
    """A text stream that keeps what each thread writes apart."""

    def __init__(self) -> None:
        self._local = threading.local()

    def buffer(self) -> io.StringIO:
        """This thread's buffer."""
        if not hasattr(self._local, "buffer"):
            self._local.buffer = io.StringIO()
        return self._local.buffer  # type: ignore[no-any-return]

    def write(self, text: str) -> int:
        return self.buffer().write(text)

    def take(self) -> str:
        """What this thread wrote since the last call."""
        text = self.buffer().getvalue()
        self._local.buffer = io.StringIO()
        return text


def url(worker: int, thread: int, number: int) -> str:
    """The URL the thread adds as its ``number``-th."""
    return f"https://example.org/w{worker}-t{thread}-{number}"


def operations(worker: int, thread: int, count: int) -> list[list[str]]:
    """``add`` of URL 0, ``mark`` of URL 0, ``add`` of URL 1, ... (``count`` of them)."""
    calls = []
    for index in range(count):
        number = index // 2
        if index % 2 == 0:
            calls.append(
                ["add", url(worker, thread, number), "--title", f"W{worker}T{thread}#{number}"]
            )
        else:
            calls.append(["mark", url(worker, thread, number), "--status", "done"])
    return calls


def run_thread(
    page: str,
    worker: int,
    thread: int,
    count: int,
    out: ThreadStreams,
    err: ThreadStreams,
    results: list[dict[str, object]],
) -> None:
    for command, target, *options in operations(worker, thread, count):
        code = main([command, page, target, *options, "--no-config"])
        results.append(
            {"command": command, "url": target, "code": code, "out": out.take(), "err": err.take()}
        )


def run(page: str, results_path: str, worker: int, threads: int, count: int) -> None:
    out, err = ThreadStreams(), ThreadStreams()
    sys.stdout, sys.stderr = out, err
    results: list[dict[str, object]] = []
    workers = [
        threading.Thread(target=run_thread, args=(page, worker, thread, count, out, err, results))
        for thread in range(threads)
    ]
    for each in workers:
        each.start()
    for each in workers:
        each.join()
    lines = "".join(json.dumps(result) + "\n" for result in results)
    Path(results_path).write_text(lines, encoding="utf-8")


if __name__ == "__main__":
    page, results_path, worker, threads, count = sys.argv[1:]
    run(page, results_path, int(worker), int(threads), int(count))
