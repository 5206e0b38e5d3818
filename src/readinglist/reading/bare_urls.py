"""Bare URLs in text (``Name https://…``): where they start and end.

The rule is linkify-it's without its fuzzy forms: ``http://``, ``https://``, ``ftp://``,
``mailto:`` and ``//`` links, each after the start of the text, a space or punctuation; a host, an
optional port, and a path that does not take the punctuation ending a sentence (``.``,
``,``, ``?`` ...) or an unbalanced bracket. Its Unicode classes (spaces, controls,
punctuation) are those of the ASCII range and the common punctuation blocks.
"""

from __future__ import annotations

import re

_ZCC = r"\s\x00-\x1f\x7f-\x9f"
"""Spaces and control characters (inside a character class)."""
_PUNCTUATION = (
    r"!\"#%&'()*,\-./:;?@\[\\\]_{}\u00a1\u00a7\u00ab\u00b6\u00b7\u00bb\u00bf"
    r"\u2010-\u2027\u2030-\u205e\u3001-\u3003\u3008-\u3011\uff01-\uff0f"
)
"""Punctuation (inside a character class)."""
_SEPARATORS = r"<>\uff5c"
_LETTER = rf"[^{_SEPARATORS}{_ZCC}{_PUNCTUATION}]"
"""A character that may be part of a host name: not a space, control or punctuation."""
_DOMAIN = rf"(?:xn--[a-z0-9\-]{{1,59}}|{_LETTER}|{_LETTER}(?:-|{_LETTER}){{0,61}}{_LETTER})"
_HOST = rf"(?:(?:{_DOMAIN})\.)*{_DOMAIN}"
_PORT = r"(?::(?:6(?:[0-4]\d{3}|5(?:[0-4]\d{2}|5(?:[0-2]\d|3[0-5])))|[1-5]?\d{1,4}))?"
_HOST_END = (
    rf"(?=$|[{_SEPARATORS}{_ZCC}{_PUNCTUATION}])(?!-|_|:\d|\.-|\.(?!$|[{_ZCC}{_PUNCTUATION}]))"
)
_AUTH = rf"(?:[^{_ZCC}@/\[\]()]{{1,50}}@)?"
_PATH = (
    r"(?:[/?#](?:"
    rf"[^{_ZCC}{_SEPARATORS}()\[\]{{}}.,\"'?!\-;]"
    rf"|\[[^{_ZCC}\]]*\]"
    rf"|\([^{_ZCC})]*\)"
    rf"|\{{[^{_ZCC}}}]*\}}"
    rf'|"[^{_ZCC}"]+"'
    rf"|'[^{_ZCC}']+'"
    rf"|'(?={_LETTER}|-)"
    r"|\.{2,}[a-zA-Z0-9%/&]"
    rf"|\.(?![{_ZCC}.]|$)"
    r"|-+"
    rf"|,(?![{_ZCC}]|$)"
    rf"|;(?![{_ZCC}]|$)"
    rf"|!+(?![{_ZCC}!]|$)"
    rf"|\?(?![{_ZCC}?]|$)"
    r")+|/)?"
)
_EMAIL_NAME = r"[\-;:&=+$,.a-zA-Z0-9_][\-;:&=+$,\".a-zA-Z0-9_]{0,63}"
_BEFORE = rf"(?:^|(?<=[$+<=>^`|\uff5c{_ZCC}{_PUNCTUATION}]))(?<![.:/\-_@])"
_DOTTED_HOST = rf"(?:localhost|(?:{_DOMAIN}\.)+(?:xn--[a-z0-9\-]{{1,59}}|{_LETTER}{{1,63}}))"
_BARE_URL = re.compile(
    rf"{_BEFORE}(?:(?:https?|ftp)://{_AUTH}{_HOST}{_PORT}{_HOST_END}{_PATH}"
    rf"|mailto:{_EMAIL_NAME}@{_HOST}{_HOST_END}"
    rf"|//{_AUTH}{_DOTTED_HOST}{_PORT}{_HOST_END}{_PATH})",
    re.IGNORECASE,
)


def find_bare_urls(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each bare URL in ``text``, in order."""
    if ":" not in text and "//" not in text:
        return []
    return [match.span() for match in _BARE_URL.finditer(text)]
