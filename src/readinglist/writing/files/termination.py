"""``SIGTERM`` during a write: clean up as for Ctrl-C, then exit as the signal asked.

Python turns Ctrl-C (``SIGINT``) into :class:`KeyboardInterrupt`, so the writer's cleanup
runs; ``SIGTERM`` (``kill``, a service manager, a CI timeout) ends the process at once by
default, leaving the temporary file behind. While a write is under way, ``SIGTERM``
raises :class:`SystemExit` with status 143 (128 + 15) instead, so the same cleanup runs.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


def _exit(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def cleaned_up_on_sigterm() -> Iterator[None]:
    """For the ``with`` block, ``SIGTERM`` raises :class:`SystemExit` (status 143).

    Only where Python may set handlers (the main thread) and only over the default action:
    a handler the program set itself, or an ignored ``SIGTERM``, is left as it is.
    """
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL
    ):
        yield
        return
    signal.signal(signal.SIGTERM, _exit)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
