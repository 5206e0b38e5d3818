"""Bare URLs in text (``Name https://…``): where they start and end.

The rule is linkify-it's without its fuzzy forms: ``http://``, ``https://``, ``ftp://``,
``mailto:`` and ``//`` links, each after the start of the text, a space or punctuation; a host, an
optional port, and a path that does not take the punctuation ending a sentence (``.``,
``,``, ``?`` ...) or an unbalanced bracket. Its Unicode classes (spaces, controls,
punctuation) are those of the ASCII range and the common punctuation blocks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readinglist.reading.structure.events import LINK_END, InlineToken

_ZCC = r"\s\x00-\x1f\x7f-\x9f"
"""Spaces and control characters (inside a character class)."""
_PUNCTUATION = (
    r"!\"#%&'()*,\-./:;?@\[\\\]_{}\u00a1\u00a7\u00ab\u00b6\u00b7\u00bb\u00bf"
    r"\u2010-\u2027\u2030-\u205e\u3001-\u3003\u3008-\u3011\uff01-\uff0f"
)
"""Punctuation (inside a character class)."""
_WRAPPERS = frozenset({"strong", "em", "strike", "/strong", "/em", "/strike"})
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
    rf"[^{_ZCC}{_SEPARATORS}()\[\]{{}}.,\"'?!;]++"  # a run at once, with linkify's "-+"
    rf"|\[[^{_ZCC}\]]*\]"
    rf"|\([^{_ZCC})]*\)"
    rf"|\{{[^{_ZCC}}}]*\}}"
    rf'|"[^{_ZCC}"]+"'
    rf"|'[^{_ZCC}']+'"
    rf"|'(?={_LETTER}|-)"
    r"|\.{2,}[a-zA-Z0-9%/&]"
    rf"|\.(?![{_ZCC}.]|$)"
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


_SCHEME = re.compile(r"(?:https?|ftp)://|mailto:|//", re.IGNORECASE)
"""Where a bare URL can start: the full pattern is tried there only (it is slow to slide)."""


_PREFIXES = ("https:", "http:", "ftp:")
"""What may come right before a ``//`` as its scheme, in ``_SCHEME``'s order of preference."""


def scheme_starts(text: str) -> list[int]:
    """Where ``_SCHEME.finditer(text)`` finds its matches, found with ``str.find``.

    Sliding the case-insensitive pattern over a line costs more than matching a URL. Every
    match but ``mailto:`` holds a ``//``: an ASCII text, lower-cased, is searched for ``//`` and
    ``mailto:`` in C, and a scheme right before a ``//`` moves its start back. (Outside
    ASCII, case folds further, ``K`` for ``k``: the pattern then.)
    ``tests/reading/test_bare_urls.py`` holds the two equal.
    """
    if not text.isascii():
        return [scheme.start() for scheme in _SCHEME.finditer(text)]
    lower = text.lower()
    starts: list[int] = []
    end = 0  # where the last match ended: the next starts there or after
    mail, slash = lower.find("mailto:"), lower.find("//")
    while mail >= 0 or slash >= 0:
        if slash < 0 or 0 <= mail < slash:
            start, after = mail, mail + 7
        else:
            start, after = slash, slash + 2
            for prefix in _PREFIXES:
                at = slash - len(prefix)
                if at >= end and lower.startswith(prefix, at):
                    start = at
                    break
        starts.append(start)
        end = after
        if 0 <= mail < end:
            mail = lower.find("mailto:", end)
        if 0 <= slash < end:
            slash = lower.find("//", end)
    return starts


def find_bare_urls(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each bare URL in ``text``, in order."""
    if ":" not in text and "//" not in text:
        return []
    spans: list[tuple[int, int]] = []
    for start in scheme_starts(text):
        if spans and start < spans[-1][1]:
            continue
        match = _BARE_URL.match(text, start)
        if match is not None:
            spans.append(match.span())
    return spans


def bare_urls(tokens: Sequence[InlineToken]) -> Sequence[InlineToken]:
    """``tokens`` with each bare URL in their text made a link (outside links and code).

    A URL wins over emphasis, as linkify's does: where the tokenizer read ``_`` or ``*``
    inside a URL as emphasis, the text and markers around it are read as written.
    """
    if not _may_hold_urls(tokens):
        return tokens  # no scheme anywhere: nothing to find (most paragraphs)
    result: list[InlineToken] = []
    if len(tokens) == 1:  # one text token (``Name https://…``): what the loop below does
        text = tokens[0][1]
        _split_text(text, find_bare_urls(text), result)
        return result
    run: list[InlineToken] = []
    depth = 0
    for token in tokens:
        kind = token[0]
        if not depth and (kind == "text" or kind in _WRAPPERS):
            run.append(token)
            continue
        _linkified(run, result)
        run = []
        result.append(token)
        depth += (kind == "link") - (kind == "/link")
    _linkified(run, result)
    return result


def _may_hold_urls(tokens: Sequence[InlineToken]) -> bool:
    """Whether any text token holds a ``:`` or ``//``: what every bare URL has."""
    for kind, text in tokens:  # noqa: SIM110 (a loop: a third of the cost of any() here)
        if kind == "text" and (":" in text or "//" in text):
            return True
    return False


def _linkified(run: list[InlineToken], result: list[InlineToken]) -> None:
    """Add the text and markers of ``run`` to ``result``, bare URLs made links.

    Two text tokens in a row meet at an escape or an entity, which no bare URL runs across:
    the run is read in parts there.
    """
    start = 0
    for index in range(1, len(run)):
        if run[index][0] == "text" and run[index - 1][0] == "text":
            _linkified_part(run[start:index], result)
            start = index
    _linkified_part(run[start:], result)


def _linkified_part(run: list[InlineToken], result: list[InlineToken]) -> None:
    """:func:`_linkified` for text tokens that only markers separate."""
    if not any(kind in _WRAPPERS for kind, _ in run):
        for _, text in run:  # at most one text token
            _split_text(text, find_bare_urls(text), result)
        return
    written = "".join(text for _, text in run)
    spans = find_bare_urls(written)
    if not spans:
        result += run
        return
    starts: list[int] = []
    position = 0
    for _, text in run:
        starts.append(position)
        position += len(text)
    inside = all(
        any(
            kind == "text" and begin <= start and end <= begin + len(text)
            for (kind, text), begin in zip(run, starts, strict=True)
        )
        for start, end in spans
    )
    if not inside:  # a URL runs through markers: the run is read as the text it is
        _split_text(written, spans, result)
        return
    for (kind, text), begin in zip(run, starts, strict=True):
        if kind == "text":
            own = [
                (start - begin, end - begin)
                for start, end in spans
                if begin <= start < begin + len(text)
            ]
            _split_text(text, own, result)
        else:
            result.append((kind, text))


def _split_text(text: str, spans: Sequence[tuple[int, int]], result: list[InlineToken]) -> None:
    """``text`` as text tokens and a link for each ``(start, end)`` span in it."""
    position = 0
    for start, end in spans:
        if start > position:
            result.append(("text", text[position:start]))
        url = text[start:end]
        result += [("link", url), ("text", url), LINK_END]
        position = end
    if position < len(text):
        result.append(("text", text[position:]))
