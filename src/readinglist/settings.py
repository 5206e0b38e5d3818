"""Settings from ``[tool.readinglist]`` in the nearest ``pyproject.toml``.

The nearest file is found as ruff finds its own: walking up from a starting folder, the
first ``pyproject.toml`` that has a ``[tool.readinglist]`` table wins::

    [tool.readinglist]
    default-status = "todo"          # the status of entries outside every status group
    ignore = ["insecure-url"]        # codes never reported
    max-size = 10_000_000            # bytes; a larger page is one file-too-large error
    max-front-matter-size = 256_000  # bytes; larger front matter is front-matter-too-large

    [tool.readinglist.statuses]      # more group labels per status
    done = ["Gelesen", "Erledigt"]
"""

from __future__ import annotations

import errno
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from readinglist.diagnostics import Code
from readinglist.errors import ReadingListError
from readinglist.reading.frontmatter.bounded import DEFAULT_MAX_FRONT_MATTER_SIZE
from readinglist.reading.loader import DEFAULT_MAX_SIZE
from readinglist.status import DEFAULT_VOCABULARY, Status, StatusVocabulary, parse_status

KEYS = ("default-status", "ignore", "max-front-matter-size", "max-size", "statuses")
"""The keys ``[tool.readinglist]`` accepts; any other is an error."""


class SettingsError(ReadingListError):
    """A settings file or option that cannot be used; the message says where and why."""


def _no_labels() -> Mapping[Status, tuple[str, ...]]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Settings:
    """What ``[tool.readinglist]`` says; the defaults when there is no such table."""

    path: Path | None = None
    """The ``pyproject.toml`` these settings come from, or ``None``."""
    statuses: Mapping[Status, tuple[str, ...]] = field(default_factory=_no_labels)
    """More group labels per status."""
    default_status: Status | None = None
    """The status of entries outside every status group (``todo`` when ``None``)."""
    ignore: frozenset[Code] = frozenset()
    """Diagnostic codes never reported."""
    max_size: int = DEFAULT_MAX_SIZE
    """Largest page read, in bytes; a larger one is a ``file-too-large`` error."""
    max_front_matter_size: int = DEFAULT_MAX_FRONT_MATTER_SIZE
    """Largest front matter parsed, in bytes; larger is a ``front-matter-too-large`` error."""

    def vocabulary(self, default_status: str | None = None) -> StatusVocabulary:
        """The status vocabulary; ``default_status`` (from a flag) wins over the file."""
        default = default_status or (self.default_status and self.default_status.value)
        if not self.statuses and default is None:
            return DEFAULT_VOCABULARY
        try:
            labels = {status.value: names for status, names in self.statuses.items()}
            return DEFAULT_VOCABULARY.extended(labels, default=default)
        except ValueError as error:
            raise SettingsError(str(error)) from None


_CODES = {code.value: code for code in Code}


def parse_codes(text: str | Iterable[object], where: str) -> frozenset[Code]:
    """Codes from ``"duplicate-url,insecure-url"`` or a list; :class:`SettingsError` if bad."""
    names = text.split(",") if isinstance(text, str) else list(text)
    codes: set[Code] = set()
    known = list(_CODES)
    for name in names:
        if not isinstance(name, str):
            raise SettingsError(f"{where}: codes must be strings (got {name!r})")
        slug = name.strip().lower()
        if not slug:
            continue
        if slug not in known:
            from difflib import get_close_matches  # only to suggest a code for a wrong one

            close = get_close_matches(slug, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(known)})"
            raise SettingsError(f"{where}: unknown diagnostic code {name.strip()!r}{hint}")
        codes.add(_CODES[slug])
    return frozenset(codes)


def find_settings(start: str | os.PathLike[str] | None = None) -> Settings:
    """The settings of the nearest ``pyproject.toml`` with ``[tool.readinglist]`` above ``start``.

    ``start`` is a file or folder (the current folder when ``None``).
    """
    here = Path(start if start is not None else ".")
    if not here.is_dir():
        here = here.parent
    absolute = here.absolute()
    for up, folder in enumerate((absolute, *absolute.parents)):
        candidate = _reachable(folder / "pyproject.toml", here.joinpath(*[".."] * up))
        if candidate.is_file():
            table = _tool_table(candidate)
            if table is not None:
                return _settings(candidate, table)
    return Settings()


def _reachable(candidate: Path, relative_folder: Path) -> Path:
    """``candidate``, or the same file relative to the start when its path is too long.

    In a folder deeper than the system's longest path, only relative paths can be opened.
    """
    try:
        candidate.stat()
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            return relative_folder / "pyproject.toml"
    return candidate


def read_settings(path: str | os.PathLike[str]) -> Settings:
    """The settings in ``path`` (a ``pyproject.toml``); the defaults when it has no table."""
    path = Path(path)
    table = _tool_table(path)
    return Settings(path=path) if table is None else _settings(path, table)


def _tool_table(path: Path) -> Mapping[str, object] | None:
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"{path}: no such file") from None
    except OSError as error:
        raise SettingsError(f"{path}: cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise SettingsError(f"{path}: not UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: not valid TOML: {error}") from None
    tool = document.get("tool")
    table = tool.get("readinglist") if isinstance(tool, dict) else None
    if table is None:
        return None
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: [tool.readinglist] must be a table")
    return table


def _settings(path: Path, table: Mapping[str, object]) -> Settings:
    where = f"{path}: [tool.readinglist]"
    for key in table:
        if key not in KEYS:
            from difflib import get_close_matches  # only to suggest a key for a wrong one

            close = get_close_matches(key, KEYS, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f" (expected: {', '.join(KEYS)})"
            raise SettingsError(f"{where} unknown key {key!r}{hint}")
    default = table.get("default-status")
    if default is not None and not isinstance(default, str):
        raise SettingsError(f"{where} 'default-status' must be a string (got {default!r})")
    try:
        default_status = parse_status(default) if default is not None else None
    except ValueError as error:
        raise SettingsError(f"{where} 'default-status': {error}") from None
    ignore = table.get("ignore", [])
    if not isinstance(ignore, list):
        raise SettingsError(f"{where} 'ignore' must be a list of codes (got {ignore!r})")
    max_size = _bytes(table, "max-size", DEFAULT_MAX_SIZE, where)
    max_front_matter_size = _bytes(
        table, "max-front-matter-size", DEFAULT_MAX_FRONT_MATTER_SIZE, where
    )
    return Settings(
        path=path,
        statuses=_statuses(table.get("statuses", {}), where),
        default_status=default_status,
        ignore=parse_codes(ignore, f"{where} 'ignore'"),
        max_size=max_size,
        max_front_matter_size=max_front_matter_size,
    )


def _bytes(table: Mapping[str, object], key: str, default: int, where: str) -> int:
    value = table.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise SettingsError(f"{where} {key!r} must be a number of bytes (got {value!r})")
    return value


def _statuses(value: object, where: str) -> Mapping[Status, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise SettingsError(f"{where} 'statuses' must be a table of status = [labels]")
    statuses: dict[Status, tuple[str, ...]] = {}
    for key, labels in value.items():
        try:
            status = parse_status(key)
        except ValueError as error:
            raise SettingsError(f"{where} 'statuses': {error}") from None
        if isinstance(labels, str):
            labels = [labels]
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            raise SettingsError(
                f"{where} 'statuses.{key}' must be a list of labels (got {labels!r})"
            )
        statuses[status] = tuple(labels)
    return MappingProxyType(statuses)
