"""Links CommonMark does not read as links, and links that are not titles.

- A raw HTML link in an item (``Tidy Data <a href="https://…">download</a>``): its
  ``href`` is the link, its tags never show in a title (:func:`html_links`).
- A link whose destination holds a space (``[Spacey](https://example.com/a b)``) is text
  to CommonMark; a reader sees one link with a broken URL (:func:`spaced_links`), which the
  builder reports as ``invalid-url``.
- A link whose text is only an icon (an emoji, a ``:shortcode:`` or an image) is never a
  title (:func:`is_icon`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readinglist.reading.structure.events import LINK_END, InlineToken

_HREF = re.compile(r"""<a\s[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>""", re.I)
_CLOSING_A = re.compile(r"</a\s*>", re.IGNORECASE)
_SPACED = re.compile(r"\[([^\[\]]+)\]\(\s*([a-z][a-z0-9+.-]*:[^()\s]*(?:\s+[^()\s\"']+)+)\s*\)")
DECORATION = re.compile(
    r"^(?:\s|:[a-z0-9_+\-]+:|[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d])*$"
)
"""Text that is only spaces, emoji and ``:shortcodes:`` (decoration, not a title)."""
_WRAPPERS = frozenset({"strong", "em", "strike", "/strong", "/em", "/strike"})


def html_links(tokens: Sequence[InlineToken]) -> Sequence[InlineToken]:
    """``tokens`` with each ``<a href="…">text</a>`` made a link token around its text."""
    for kind, _ in tokens:  # a loop: cheaper than any() here
        if kind == "html":
            break
    else:
        return tokens
    result: list[InlineToken] = []
    open_link = False
    for kind, text in tokens:
        if kind == "html":
            match = _HREF.match(text)
            if match is not None and not open_link:
                url = next(group for group in match.groups() if group is not None)
                result.append(("link", url))
                open_link = True
                continue
            if open_link and _CLOSING_A.match(text):
                result.append(LINK_END)
                open_link = False
                continue
        result.append((kind, text))
    if open_link:
        result.append(LINK_END)
    return result


def spaced_links(tokens: Sequence[InlineToken]) -> Sequence[InlineToken]:
    """``tokens`` with a leading ``[Title](url with spaces)``, left as text, made a link."""
    if not tokens or tokens[0][0] != "text" or tokens[0][1][:1] != "[":
        return tokens
    text = tokens[0][1]
    match = _SPACED.match(text)
    if match is None:
        return tokens
    link: list[InlineToken] = [("link", match.group(2)), ("text", match.group(1)), LINK_END]
    rest = text[match.end() :]
    return [*link, *([("text", rest)] if rest else []), *tokens[1:]]


def is_icon(tokens: Sequence[InlineToken]) -> bool:
    """Whether a link's text is only an icon: emoji, ``:shortcodes:`` or images."""
    depth = 0
    seen = False
    for kind, text in tokens:
        if kind == "image":
            depth += 1
            seen = True
        elif kind == "/image":
            depth -= 1
        elif depth or kind in _WRAPPERS:
            continue
        elif kind != "text" or not DECORATION.match(text):
            return False
        elif text.strip():
            seen = True
    return seen


def is_decoration(tokens: Sequence[InlineToken]) -> bool:
    """Only spaces, emoji and ``:shortcodes:`` (and formatting around them)."""
    return all(
        kind in _WRAPPERS or kind == "softbreak" for kind, _ in tokens if kind != "text"
    ) and all(DECORATION.match(text) for kind, text in tokens if kind == "text")
