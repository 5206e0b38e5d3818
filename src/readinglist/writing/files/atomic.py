"""Read a page for editing and write it back atomically, never over someone else's change.

An edit holds the lock of the page's folder (:mod:`readinglist.writing.files.lock`) from the
read to the rename, so two ``readinglist`` writers take turns and the second one edits
what the first one wrote. The new text goes to a temporary file of a short name in the
page's folder, gets the page's owner, group and permission bits, is flushed to disk, and
replaces the page in one rename; then the folder is flushed too, so a reported success is
on disk. Until the rename the page is untouched; on any failure, Ctrl-C or ``SIGTERM``
the temporary file is removed. Just before the rename the page is read again: when its
bytes are not those that were read (an editor that does not lock saved it), the write is
refused with :class:`~readinglist.PageChangedError`.

Refused before anything is written: a page with other hard links (the rename would split
it from its other names) and, unless forced, a read-only page (judged by its mode bits).
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from readinglist.errors import EditError, PageChangedError, PageWriteError, ReadingListError
from readinglist.reading.loader import DEFAULT_MAX_SIZE
from readinglist.reading.source import decode, read_descriptor
from readinglist.writing.files.folder import Folder, find_page, open_folder
from readinglist.writing.files.lock import folder_lock
from readinglist.writing.files.termination import cleaned_up_on_sigterm


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A page as read under the lock: its text, and the bytes it must still have when written."""

    path: str
    """The page as given (messages name it)."""
    folder: Folder
    """The folder holding the page (a symbolic link's target's), open and locked."""
    name: str
    """The page's file name in :attr:`folder`."""
    text: str
    """The decoded text, without a byte-order mark."""
    data: bytes
    """The bytes read."""
    status: os.stat_result
    """The page's ``stat`` when read: its mode, owner and links are kept or checked."""


@contextlib.contextmanager
def locked_page(
    path: str | os.PathLike[str],
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    timeout: float | None = None,
) -> Iterator[Snapshot]:
    """Hold the page's edit lock and read it, for the ``with`` block.

    A page over ``max_size`` bytes is refused without reading the rest of it: it is never
    parsed, so it cannot be edited safely. Raises :class:`~readinglist.ReadingListError`
    subclasses naming the path (:class:`~readinglist.PageLockedError` after ``timeout``
    seconds of waiting for another writer; 30 by default).
    """
    shown = os.fspath(path)
    folder, name = find_page(shown)
    try:
        with folder_lock(folder, shown, timeout):
            yield _read(folder, name, shown, max_size)
    finally:
        folder.close()


@dataclass(frozen=True, slots=True)
class PageEdit:
    """What :func:`readinglist.edit_page` did to a page."""

    text: str
    """The page's text now: the new text, or the text read when nothing changed."""
    written: bool
    """Whether the page was written (``False`` when the change left the text as it was)."""
    notes: tuple[str, ...] = ()
    """What the user should be told: an owner or group the page could not keep."""


def edit_page(
    path: str | os.PathLike[str],
    change: Callable[[str], str],
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    force: bool = False,
    timeout: float | None = None,
) -> PageEdit:
    """Apply ``change`` (text to text) to the page at ``path`` and write the result safely.

    The page's folder is locked from the read to the write, so concurrent edits by
    ``readinglist`` commands and other calls of this function take turns and none is
    lost; the write is atomic, keeps the page's mode, owner, group and byte-order mark,
    and is on disk when this returns. It is refused, and nothing written, when someone
    else changed the page in the meantime, when the page has other hard links, and when
    it is read-only (unless ``force``). ``change`` is typically one of
    :func:`add_entry`, :func:`mark_entry` or :func:`format_text` with its arguments;
    its exceptions propagate, and the page is then left as it was.

    Returns a :class:`PageEdit`: the page's text now, whether it was written, and notes
    for the user. Raises :class:`~readinglist.ReadingListError` subclasses naming the path
    (:class:`~readinglist.PageLockedError` after ``timeout`` seconds of waiting for
    another writer; 30 by default).
    """
    with locked_page(path, max_size=max_size, timeout=timeout) as snapshot:
        new = change(snapshot.text)
        if new == snapshot.text:
            return PageEdit(new, written=False)
        return PageEdit(new, written=True, notes=write_page(snapshot, new, force=force))


def _read(folder: Folder, name: str, shown: str, max_size: int) -> Snapshot:
    descriptor = folder.open_regular(name, shown)
    try:
        status = os.fstat(descriptor)
        data = read_descriptor(descriptor, max_size, shown)
    finally:
        os.close(descriptor)
    if len(data) > max_size:
        raise EditError(
            f"{shown}: larger than the {max_size:,} byte limit, so it is not read "
            "and cannot be edited; nothing was written"
        )
    return Snapshot(shown, folder, name, decode(data, shown), data, status)


def write_page(snapshot: Snapshot, text: str, *, force: bool = False) -> tuple[str, ...]:
    """Replace the page's text atomically (a byte-order mark it had is kept).

    Returns notes for the user: an owner or group that could not be kept. ``force``
    writes a read-only page.
    """
    _refuse_to_replace(snapshot, force=force)
    data = text.encode("utf-8")
    if snapshot.data.startswith(codecs.BOM_UTF8):
        data = codecs.BOM_UTF8 + data
    status = snapshot.status
    return _replace(
        snapshot.folder,
        snapshot.name,
        snapshot.path,
        data,
        Ownership(stat.S_IMODE(status.st_mode), status.st_uid, status.st_gid),
        lambda: _refuse_if_changed(snapshot),
    )


def write_file(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically: whole or not at all.

    An existing file keeps its permission bits, owner and group; a new one gets the bits
    the user's umask allows, as ``open`` would give it.
    """
    shown = os.fspath(path)
    folder_path, name = os.path.split(shown)
    try:
        folder = open_folder(folder_path or os.curdir)
    except OSError as error:
        raise PageWriteError(f"{shown}: cannot write: {error.strerror or error}") from None
    try:
        with folder_lock(folder, shown):
            try:
                status = folder.stat(name)
                kept = Ownership(stat.S_IMODE(status.st_mode), status.st_uid, status.st_gid)
            except FileNotFoundError:
                kept = Ownership(0o666 & ~_umask(), None, None)
            except OSError as error:
                raise PageWriteError(f"{shown}: cannot write: {error.strerror}") from None
            _replace(folder, name, shown, text.encode("utf-8"), kept, lambda: None)
    finally:
        folder.close()


@dataclass(frozen=True, slots=True)
class Ownership:
    """What the new file must keep of the old one."""

    mode: int
    """Permission bits."""
    uid: int | None
    """Owner, or ``None`` for a new file."""
    gid: int | None
    """Group, or ``None`` for a new file."""


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _refuse_to_replace(snapshot: Snapshot, *, force: bool) -> None:
    status, path = snapshot.status, snapshot.path
    if status.st_nlink > 1:
        raise EditError(
            f"{path}: has {status.st_nlink} hard links, and replacing it would split it from "
            "its other names; nothing was written (copy it to a file of its own to edit it)"
        )
    if not force and not status.st_mode & 0o222:
        raise EditError(
            f"{path}: is read-only (mode {stat.S_IMODE(status.st_mode):04o}); nothing was "
            "written (use --force to edit it anyway)"
        )


def _replace(
    folder: Folder,
    name: str,
    shown: str,
    data: bytes,
    kept: Ownership,
    before_replace: Callable[[], None],
) -> tuple[str, ...]:
    """Write ``data`` to a temporary file in ``folder``, then rename it over ``name``."""
    try:
        with cleaned_up_on_sigterm():
            temporary, descriptor = _create_temporary(folder)
            try:
                with os.fdopen(descriptor, "wb") as stream:
                    stream.write(data)
                    stream.flush()
                    notes = _keep(stream.fileno(), kept, shown)
                    os.fsync(stream.fileno())
                before_replace()
                folder.replace(temporary, name)
            except BaseException:
                with contextlib.suppress(OSError):
                    folder.unlink(temporary)
                raise
    except OSError as error:
        if isinstance(error, ReadingListError):
            raise
        raise PageWriteError(f"{shown}: cannot write: {error.strerror or error}") from None
    _sync(folder, shown)
    return notes


def _create_temporary(folder: Folder) -> tuple[str, int]:
    """A new file of a short name (``.readinglist-1a2b3c4d.tmp``): any page name fits beside it."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    while True:
        name = f".readinglist-{secrets.token_hex(4)}.tmp"
        try:
            return name, folder.open(name, flags, 0o600)
        except FileExistsError:  # pragma: no cover - one chance in four billion
            continue


def _keep(descriptor: int, kept: Ownership, shown: str) -> tuple[str, ...]:
    """Give the new file the old one's owner, group and mode; say what could not be kept."""
    notes: tuple[str, ...] = ()
    if kept.uid is not None and kept.gid is not None and hasattr(os, "fchown"):
        notes = _keep_owner(descriptor, kept.uid, kept.gid, shown)
    if hasattr(os, "fchmod"):
        os.fchmod(descriptor, kept.mode)  # after fchown, which may clear set-id bits
    return notes


def _keep_owner(descriptor: int, uid: int, gid: int, shown: str) -> tuple[str, ...]:
    new = os.fstat(descriptor)
    if (new.st_uid, new.st_gid) == (uid, gid):
        return ()
    with contextlib.suppress(PermissionError):
        os.fchown(descriptor, uid, gid)  # root may; so may the owner, for one of its groups
        return ()
    with contextlib.suppress(PermissionError):
        os.fchown(descriptor, -1, gid)  # a member of the group may keep the group
    now = os.fstat(descriptor)
    return (
        f"{shown}: is now owned by {now.st_uid}:{now.st_gid}, no longer {uid}:{gid}: only "
        "root may give a file to another user or group",
    )


def _refuse_if_changed(snapshot: Snapshot) -> None:
    try:
        descriptor = snapshot.folder.open_regular(snapshot.name, snapshot.path)
        try:
            current: bytes | None = read_descriptor(descriptor, len(snapshot.data), snapshot.path)
        finally:
            os.close(descriptor)
    except ReadingListError:  # gone, or no longer a regular file
        current = None
    if current != snapshot.data:
        raise PageChangedError(
            f"{snapshot.path}: changed on disk since it was read; nothing was written, "
            "run the command again"
        )


_CANNOT_SYNC_FOLDERS = {errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EACCES}


def _sync(folder: Folder, shown: str) -> None:
    """Flush the rename to disk, where the file system can flush a folder."""
    try:
        folder.sync()
    except OSError as error:
        if error.errno in _CANNOT_SYNC_FOLDERS:
            return
        raise PageWriteError(
            f"{shown}: the new text is in place, but its folder could not be flushed to disk: "
            f"{error.strerror or error}"
        ) from None
