r"""Text shown to people: a page's characters never drive the terminal or reorder a line.

Escaped wherever a title, URL, message or file name is shown (text, tables, Markdown,
CSV, BibTeX, diffs, errors): the C0 and C1 control characters (ESC starts terminal
commands, BEL rings, CR rewrites a line) other than an output format's own line ends and
tabs; the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
U+2066-U+2069), which reorder what follows them; and lone surrogates, which are how Python
spells the bytes of a file name that is not UTF-8. Tables also escape U+200B (zero-width
space), which would hide a cell's real width. U+200D (zero-width joiner) is kept: emoji
sequences and Indic and Persian text need it.

An escape reads as Python writes the character: ``\x1b``, ``\u202e``; a byte of a file
name that is not UTF-8 reads as that byte, ``\xe9``.
"""

from __future__ import annotations

import re
from functools import cache

_CONTROLS = "\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
"""Every character escaped in every output (before the exceptions of a format)."""
_JSON_ESCAPED = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""What :func:`json.dumps` leaves as it is with ``ensure_ascii=False`` but a terminal obeys."""


def escape_character(character: str) -> str:
    r"""One character as an escape: ``\x1b``, ``\u202e``; a file name's byte as ``\xe9``."""
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape's spelling of the byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    return ascii(character)[1:-1]


@cache
def _pattern(keep: str, extra: str) -> re.Pattern[str]:
    controls = f"[{_CONTROLS}{re.escape(extra)}]"
    return re.compile(f"(?![{re.escape(keep)}]){controls}" if keep else controls)


def escape_controls(text: str, *, keep: str = "", extra: str = "") -> str:
    """``text`` with every control, bidi and surrogate character escaped but those in ``keep``.

    ``extra`` names more characters to escape (the table format's U+200B).
    """
    return _pattern(keep, extra).sub(lambda match: escape_character(match.group()), text)


def terminal_text(text: str) -> str:
    """One line for the terminal: line ends and tabs escaped too."""
    return escape_controls(text)


def table_text(text: str) -> str:
    """A table cell: as :func:`terminal_text`, and U+200B (zero-width space) escaped."""
    return escape_controls(text, extra="\u200b")


def json_text(document: str) -> str:
    r"""A JSON document (from ``json.dumps(..., ensure_ascii=False)``) safe on a terminal.

    JSON escapes the C0 controls itself; the C1 controls, bidi characters and lone
    surrogates are escaped here as JSON escapes them, ``\u202e``, so the document still
    reads back to the same strings.
    """
    return _JSON_ESCAPED.sub(lambda match: f"\\u{ord(match.group()):04x}", document)


def markdown_text(text: str) -> str:
    r"""Markdown inline text (its specials already escaped) that is safe to print.

    Bidi characters become character references (``&#x202e;``), which CommonMark decodes
    back to them. C0 and C1 controls, which CommonMark would decode to U+FFFD, are written
    as a visible escape, ``\\x1b`` in the Markdown, reading back as the text ``\x1b``.
    """
    return _pattern("", "").sub(_markdown_escape, text)


def _markdown_escape(match: re.Match[str]) -> str:
    character = match.group()
    if character in _BIDI:
        return f"&#x{ord(character):x};"
    return "\\" + escape_character(character)


_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def url_text(url: str) -> str:
    """A URL safe to print: controls and bidi characters percent-encoded, as UTF-8 bytes."""
    from urllib.parse import quote  # only the Markdown format needs it

    return _pattern("", "").sub(
        lambda match: quote(match.group(), safe="", errors="backslashreplace"), url
    )
