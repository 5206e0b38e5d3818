"""Writing text and links as Markdown that reads back to exactly the same text."""

from __future__ import annotations

import re

_MARKUP = re.compile(r"([\\`*_\[\]<>!~|#&])")
_BARE_URL = re.compile(r"((?<![\w])https?://[^\s<>]+)", re.IGNORECASE)
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_START = re.compile(r"^(\d*)([-+=.)])")
_NEEDS_POINTY = re.compile(r"[\s<>]|^$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Where linkify would start a link: "scheme://", "mailto:" and "//"; one escape stops it.
_LINK_START = re.compile(r"(?i)(?<=mailto):|:(?=//)|(?<![\\:/])/(?=/)")


def escape_text(text: str) -> str:
    """``text`` with the characters Markdown could read as markup backslash-escaped.

    Bare URLs stay as they are: they become links, whose text is the URL as written.
    """
    pieces = _BARE_URL.split(text)
    return "".join(
        piece if index % 2 else _MARKUP.sub(r"\\\1", piece) for index, piece in enumerate(pieces)
    )


def escape_label(text: str) -> str:
    """``text`` as a list label or bold line that reads back as exactly ``text``.

    Unlike :func:`escape_text`, bare URLs are escaped too: a link would make the label an
    entry instead of a group.
    """
    escaped = _LINK_START.sub(r"\\\g<0>", _MARKUP.sub(r"\\\1", text))
    return escape_line_start(escaped)


def escape_line_start(text: str) -> str:
    """``text`` made safe at the start of a line: no list marker, rule or heading underline."""
    match = _LINE_START.match(text)
    return f"{match.group(1)}\\{match.group(2)}{text[match.end() :]}" if match else text


def link_destination(url: str) -> str:
    """``url`` as a link destination that CommonMark reads back unchanged."""
    url = url.replace("\\", "\\\\")
    url = _ENTITY.sub(r"\\&", url)
    # A line end cannot be written in a destination, even between <>; a reference can.
    url = _CONTROL.sub(lambda match: f"&#{ord(match.group())};", url)
    if _NEEDS_POINTY.search(url):
        return "<" + url.replace("<", "\\<").replace(">", "\\>") + ">"
    if url.count("(") != url.count(")"):
        url = url.replace("(", "\\(").replace(")", "\\)")
    return url


def markdown_link(title: str, url: str) -> str:
    """``[title](url)``, both escaped (a URL in link text is not a link: all of it is)."""
    text = _MARKUP.sub(r"\\\1", title)
    return f"[{text}]({link_destination(url)})"
