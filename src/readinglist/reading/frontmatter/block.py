"""Front matter: find it, parse it safely (YAML or TOML), type the Just the Docs keys.

Lines stay those of the file: the block is located line by line, its text handed to
python-frontmatter's handlers, and every error mapped back to the file line it points at.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeGuard, cast

from readinglist.diagnostics import Code, Diagnostic
from readinglist.model import FrontMatter, FrontMatterFormat
from readinglist.reading.frontmatter.bounded import (
    DEFAULT_MAX_FRONT_MATTER_SIZE,
    MAX_VALUES,
    FrontMatterLimitError,
    bounded_safe_loader,
    check_front_matter_value,
)
from readinglist.reading.frontmatter.flat_yaml import read_flat_yaml

STRING_KEYS = ("title", "parent", "grand_parent", "permalink", "layout", "description")
BOOL_KEYS = ("has_children", "nav_exclude", "has_toc")
KNOWN_KEYS = frozenset((*STRING_KEYS, *BOOL_KEYS, "nav_order"))

_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


if TYPE_CHECKING:
    import datetime

    from frontmatter.default_handlers import BaseHandler, YAMLHandler


@cache
def _handlers() -> Mapping[FrontMatterFormat, BaseHandler]:
    """python-frontmatter's YAML handler, and a TOML one on :mod:`tomllib`.

    Built on first use: PyYAML and python-frontmatter are slow to import, and
    ``import readinglist`` should not pay for them.
    """
    import tomllib

    from frontmatter.default_handlers import BaseHandler, YAMLHandler

    class TOMLHandler(BaseHandler):
        """Hugo's ``+++`` TOML front matter, read with the standard library's :mod:`tomllib`."""

        FM_BOUNDARY = re.compile(r"^\+{3,}[ \t]*$", re.MULTILINE)

        def load(self, fm: str, **kwargs: object) -> Any:
            """Parse TOML text into a dict."""
            return tomllib.loads(fm)

    return {"yaml": YAMLHandler(), "toml": TOMLHandler()}


_OPENERS: Mapping[str, FrontMatterFormat] = {"---": "yaml", "+++": "toml"}
_CLOSERS: Mapping[FrontMatterFormat, tuple[str, ...]] = {"yaml": ("---", "..."), "toml": ("+++",)}


class FrontMatterBlock(NamedTuple):
    """Where the front matter is and what it says; ``body_line`` is where the body begins."""

    front_matter: FrontMatter
    """The typed front matter (empty when there is none)."""
    body_line: int
    """0-based index of the first body line in the file's lines."""
    diagnostics: tuple[Diagnostic, ...]
    """``front-matter-syntax`` and ``front-matter-type`` problems."""


def _delimiter(line: str) -> str:
    return line.rstrip(" \t\r\n")


def read_front_matter(
    lines: Sequence[str], path: str | None, max_size: int = DEFAULT_MAX_FRONT_MATTER_SIZE
) -> FrontMatterBlock:
    """Locate, parse and type the front matter at the top of ``lines`` (kept line endings).

    Front matter over ``max_size`` bytes of UTF-8 is not parsed (``front-matter-too-large``).
    """
    if not lines:
        return FrontMatterBlock(FrontMatter(), 0, ())
    fmt = _OPENERS.get(_delimiter(lines[0]).lstrip("\ufeff"))
    if fmt is None:
        return FrontMatterBlock(FrontMatter(), 0, ())
    closers = _CLOSERS[fmt]
    end = next((i for i in range(1, len(lines)) if _delimiter(lines[i]) in closers), None)
    if end is None:
        problem = Diagnostic(
            Code.FRONT_MATTER_SYNTAX,
            f"front matter opened with {_delimiter(lines[0])!r} is never closed; "
            f"add a closing {closers[0]!r} line (the page is read as if it had none)",
            path,
            1,
            1,
        )
        return FrontMatterBlock(FrontMatter(), 0, (problem,))
    block = lines[1:end]
    if _utf8_size_over(block, max_size):
        problem = Diagnostic(
            Code.FRONT_MATTER_TOO_LARGE,
            f"the front matter is larger than the {max_size:,} byte limit and is not read; "
            "move the data elsewhere, or raise the limit (max_front_matter_size)",
            path,
            1,
            1,
        )
        empty = FrontMatter(format=fmt, start_line=1, end_line=end + 1)
        return FrontMatterBlock(empty, end + 1, (problem,))
    flat = read_flat_yaml(block) if fmt == "yaml" else None
    if flat is not None and 2 * len(flat) < MAX_VALUES:
        # The common few plain lines, read without PyYAML (same result), one key per line;
        # well within the limits that check_front_matter_value enforces.
        raw, problems = flat, list[Diagnostic]()
        key_lines = {key: number for number, key in enumerate(flat, 2)}
    else:
        raw, problems = _parse(fmt, "".join(block), path)
        key_lines = _key_lines(fmt, block)
    typed, type_problems = _typed(raw, key_lines, path)
    front_matter = FrontMatter(
        **typed,
        extra=MappingProxyType({k: v for k, v in raw.items() if k not in KNOWN_KEYS}),
        raw=MappingProxyType(dict(raw)),
        format=fmt,
        start_line=1,
        end_line=end + 1,
        key_lines=MappingProxyType(key_lines),
    )
    return FrontMatterBlock(front_matter, end + 1, (*problems, *type_problems))


def _utf8_size_over(lines: Sequence[str], limit: int) -> bool:
    """True when ``lines`` take more than ``limit`` bytes as UTF-8 (encoded only if unsure)."""
    length = sum(map(len, lines))
    if length > limit or 4 * length <= limit:
        return length > limit  # every character takes one to four bytes
    return sum(len(line.encode("utf-8", "surrogatepass")) for line in lines) > limit


def _parse(
    fmt: FrontMatterFormat, text: str, path: str | None
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """Parse the block's text; errors become diagnostics at the file line they point at."""
    import tomllib  # both imported on first use, with the handlers

    import yaml

    first_line = 2  # the block's text starts on the line after the opening delimiter
    try:
        handler = _handlers()[fmt]
        if fmt == "yaml":
            data = cast("YAMLHandler", handler).load(text, Loader=bounded_safe_loader())
        else:
            data = handler.load(text)
        check_front_matter_value(data)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = first_line + (mark.line if mark else 0)
        column = mark.column + 1 if mark else 1
        reason = " ".join(str(error.problem or error.context or "invalid YAML").split())
        return {}, [_syntax(f"front matter is not valid YAML: {reason}", path, line, column)]
    except yaml.YAMLError as error:
        return {}, [_syntax(f"front matter is not valid YAML: {error}", path, first_line, 1)]
    except tomllib.TOMLDecodeError as error:
        match = _TOML_POSITION.search(str(error))
        line = first_line + int(match.group(1)) - 1 if match else first_line
        column = int(match.group(2)) if match else 1
        reason = _TOML_POSITION.sub("", str(error)).strip()
        return {}, [_syntax(f"front matter is not valid TOML: {reason}", path, line, column)]
    except FrontMatterLimitError as error:
        return {}, [_syntax(f"front matter is too large to read: it {error}", path, first_line, 1)]
    except (ValueError, OverflowError) as error:  # a value Python cannot build
        message = f"front matter is not valid {fmt.upper()}: {error}"
        return {}, [_syntax(message, path, first_line, 1)]
    except RecursionError:
        return {}, [_syntax("front matter is nested too deeply to read", path, first_line, 1)]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        kind = type(data).__name__
        message = f"front matter must be a mapping of keys to values (got a {kind})"
        return {}, [_syntax(message, path, first_line, 1)]
    return {str(key): value for key, value in data.items()}, []


def _syntax(message: str, path: str | None, line: int, column: int) -> Diagnostic:
    return Diagnostic(Code.FRONT_MATTER_SYNTAX, message, path, line, column)


def _key_lines(fmt: FrontMatterFormat, lines: Sequence[str]) -> dict[str, int]:
    """1-based file line of each top-level key (the block's text starts at file line 2)."""
    pattern = (
        r"""^(?:"([^"]+)"|'([^']+)'|([^\s:#'"](?:[^:#]*[^\s:#])?))\s*:(?:\s|$)"""
        if fmt == "yaml"
        else r"""^(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_\-]+))\s*="""
    )
    regex = re.compile(pattern)
    found: dict[str, int] = {}
    for index, line in enumerate(lines):
        match = regex.match(line)
        if match:
            key = next(group for group in match.groups() if group is not None)
            found.setdefault(key.strip(), index + 2)
    return found


def _is_date(value: object) -> TypeGuard[datetime.date]:
    """True for a date or datetime (imported here: only PyYAML and tomllib build dates)."""
    import datetime

    return isinstance(value, datetime.date)


def _describe(value: object) -> str:
    return repr(value) if isinstance(value, str) else f"{value!r} ({type(value).__name__})"


def _typed(
    raw: Mapping[str, Any], key_lines: Mapping[str, int], path: str | None
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The typed Just the Docs fields, and a ``front-matter-type`` error per wrong value."""
    typed: dict[str, Any] = {}
    problems: list[Diagnostic] = []

    def wrong(key: str, expected: str) -> None:
        message = f"{key!r} must be {expected} (got {_describe(raw[key])})"
        problems.append(Diagnostic(Code.FRONT_MATTER_TYPE, message, path, key_lines.get(key, 2), 1))

    for key in STRING_KEYS:
        if key not in raw or raw[key] is None:
            continue
        value = raw[key]
        if isinstance(value, str):
            typed[key] = value
        elif isinstance(value, int | float) and not isinstance(value, bool):
            typed[key] = str(value)
        elif _is_date(value):
            typed[key] = value.isoformat()
        else:
            wrong(key, "a string")
    for key in BOOL_KEYS:
        if key not in raw or raw[key] is None:
            continue
        if isinstance(raw[key], bool):
            typed[key] = raw[key]
        else:
            wrong(key, "true or false")
    order = raw.get("nav_order")
    if isinstance(order, int | float) and not isinstance(order, bool):
        typed["nav_order"] = order
    elif order is not None:
        wrong("nav_order", "a number")
        if isinstance(order, str):
            typed["nav_order"] = order
    return typed, problems
