"""The edit lock: one writer at a time per folder, from reading a page to replacing it.

The lock is an advisory ``flock`` on the descriptor of the page's folder, so it needs no
lock file: nothing is left in the folder, and a page name of any length can be locked.
Every ``readinglist`` writer takes it (``fmt``, ``add``, ``mark``, ``export --output`` and
:func:`readinglist.edit_page`); a second writer waits for it, up to a timeout, and then
reads the page as the first one left it. Threads of one process exclude each other too:
each edit opens the folder anew, and ``flock`` locks belong to the open descriptor.

Its limits: it is advisory (an editor that does not take it is caught by the re-read just
before the rename instead), it holds between processes of one machine (a network file
system may not lock folders; then the edit goes on without the lock), and on Windows there
is no ``flock``: only the re-read guards an edit there.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

from readinglist.errors import PageLockedError
from readinglist.writing.files.folder import Folder

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_TIMEOUT = 30.0
"""Seconds a writer waits for another writer of the same folder before giving up."""

_FIRST_WAIT, _LONGEST_WAIT = 0.001, 0.01


@contextlib.contextmanager
def folder_lock(folder: Folder, shown: str, timeout: float | None = None) -> Iterator[None]:
    """Hold the edit lock of ``folder`` for the ``with`` block; ``shown`` names the page.

    Raises :class:`~readinglist.PageLockedError` when another writer holds it for longer
    than ``timeout`` seconds (:data:`LOCK_TIMEOUT` by default).
    """
    if timeout is None:
        timeout = LOCK_TIMEOUT
    if fcntl is None or folder.descriptor is None:  # pragma: no cover - Windows
        yield
        return
    if not _acquire(folder.descriptor, timeout):
        raise PageLockedError(
            f"{shown}: another readinglist command is still editing a page in its folder "
            f"after {timeout:g} s; nothing was written, run the command again"
        )
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(folder.descriptor, fcntl.LOCK_UN)


def _acquire(descriptor: int, timeout: float) -> bool:
    """Take the lock, waiting up to ``timeout``; ``False`` if still held by another then.

    A file system that cannot lock (``flock`` fails for another reason than a holder)
    counts as locked: the re-read before the rename still guards the edit.
    """
    deadline = time.monotonic() + timeout
    wait = _FIRST_WAIT
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(wait, left))
            wait = min(wait * 2, _LONGEST_WAIT)
        except OSError:  # pragma: no cover - e.g. a network file system without locks
            return True
