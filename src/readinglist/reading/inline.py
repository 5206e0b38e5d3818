"""Reading one paragraph's inline content as an entry: its link, title and description.

The content is a tuple of :mod:`~readinglist.reading.events` inline tokens. Bare URLs
(``Name https://…``) are links here: :func:`bare_urls` finds them in the text, the one rule
for every producer of tokens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readinglist.reading.bare_urls import find_bare_urls
from readinglist.reading.events import LINK_END, InlineToken

_SEPARATOR_AFTER = re.compile(r"^\s*(?:[-–—|]\s+|[:,.;](?:\s+|$))")
_ONLY_PUNCTUATION = re.compile(r"^[\s)\]}.,;:!?'\"]*$")
_PUNCTUATION = frozenset(")]}.,;:!?'\"")  # what _ONLY_PUNCTUATION allows besides spaces
_INVISIBLE = re.compile(r"[\ufffc\u200b\u200c\u200e\u200f\ufeff]")
_SEPARATOR_BEFORE = re.compile(r"\s*(?:\s[-–—]|[:,;|])\s*$")
DECORATION = re.compile(
    r"^(?:\s|:[a-z0-9_+\-]+:|[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d])*$"
)
"""Text that is only spaces, emoji and ``:shortcodes:`` (decoration, not a title)."""
_KRAMDOWN_ATTRIBUTES = re.compile(r"\{:[^}\n]*\}")
_GENERIC_LINK_TEXT = frozenset(
    {"pdf", "html", "link", "url", "paper", "video", "slides", "code", "web", "arxiv", "here",
     "source", "article", "blog", "post", "notes", "read", "talk", "website"}
)  # fmt: skip
_WRAPPERS = frozenset({"strong", "em", "strike", "/strong", "/em", "/strike"})


Found = tuple[str, str | None, str, bool, bool]
"""What one paragraph says as an entry: ``(title, url, description, struck, empty)``.

The title may be empty (an ``empty-title``, when ``empty`` says the link had no text); the
URL is as written, ``None`` for a book; the description is the text after the link,
separator stripped; ``struck``: the link (or the whole item) is struck through.
"""


def bare_urls(tokens: Sequence[InlineToken]) -> Sequence[InlineToken]:
    """``tokens`` with each bare URL in their text made a link (outside links and code).

    A URL wins over emphasis, as linkify's does: where the tokenizer read ``_`` or ``*``
    inside a URL as emphasis, the text and markers around it are read as written.
    """
    if not _may_hold_urls(tokens):
        return tokens  # no scheme anywhere: nothing to find (most paragraphs)
    result: list[InlineToken] = []
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


def plain_text(tokens: Sequence[InlineToken]) -> str:
    """The text a reader sees: markup removed, inline HTML kept as literal text, spaces folded."""
    if len(tokens) == 1 and tokens[0][0] == "text":
        return clean(tokens[0][1])
    return clean("".join([text for kind, text in tokens if kind in _TEXTUAL]))


_TEXTUAL = frozenset({"text", "code", "html", "softbreak", "hardbreak"})
"""Tokens whose text a reader sees (a line break reads as a space once spaces are folded)."""


def clean(text: str) -> str:
    """Fold whitespace, remove kramdown attribute lists (``{: .class}``) and invisible marks."""
    if "{:" in text:
        text = _KRAMDOWN_ATTRIBUTES.sub("", text)
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    if text.isprintable() and "  " not in text and text[:1] != " " != text[-1:]:
        return text  # its only white space is single spaces inside: nothing to fold
    return " ".join(text.split())


def strip_separator(text: str) -> str:
    """Remove a leading `` - ``, `` – ``, `` — ``, ``:`` or ``,`` from a description.

    A description that is only punctuation (a stray ``)``) is empty.
    """
    if text[:1].isalnum() and not text[-1:].isspace():
        return text  # no separator, nothing to strip, not punctuation (most descriptions)
    separator = _SEPARATOR_AFTER.match(text)
    stripped = (text[separator.end() :] if separator else text).strip()
    if not stripped or (stripped[0] in _PUNCTUATION and _ONLY_PUNCTUATION.match(stripped)):
        return ""
    return stripped


def _links(tokens: Sequence[InlineToken]) -> list[tuple[int, int]]:
    """(open, close) indexes of every top-level link among the tokens."""
    spans: list[tuple[int, int]] = []
    index = 0
    count = len(tokens)
    while index < count:
        if tokens[index][0] == "link":
            depth, end = 0, index
            for end in range(index, count):
                kind = tokens[end][0]
                depth += kind == "link"
                depth -= kind == "/link"
                if depth == 0:
                    break
            spans.append((index, end))
            index = end
        index += 1
    return spans


def _is_decoration(tokens: Sequence[InlineToken]) -> bool:
    """Only spaces, emoji and ``:shortcodes:`` (and formatting around them)."""
    return all(
        kind in _WRAPPERS or kind == "softbreak" for kind, _ in tokens if kind != "text"
    ) and all(DECORATION.match(text) for kind, text in tokens if kind == "text")


def read_entry(tokens: Sequence[InlineToken], *, in_list: bool) -> Found | None:
    """The entry a paragraph's content describes, or ``None`` when it is not one.

    A paragraph is an entry when it starts with a link (after emoji or formatting). A list
    item, or a paragraph of the form ``Title - [Site](url)``, whose link comes after some
    text is an entry titled by that text.
    """
    if 3 <= len(tokens) <= 4 and tokens[0][0] == "link" and tokens[2][0] == "/link":
        # A link, its text, maybe plain text after it (most entries): what the steps below
        # give for it, without them.
        kind, title = tokens[1]
        tail = tokens[3] if len(tokens) == 4 else ("text", "")
        rest = tail[1]
        if kind == "text" and tail[0] == "text" and ":" not in rest and "//" not in rest:
            title = clean(title)
            description = strip_separator(clean(rest)) if rest else ""
            return title, tokens[0][1], description, False, not title
    tokens = bare_urls(tokens)
    links = _links(tokens)
    if not links:
        return None
    # Skip decoration links, such as papers-we-love's [:scroll:](local.pdf) before the title.
    chosen = 0
    while chosen + 1 < len(links):
        start, end = links[chosen]
        between = tokens[end + 1 : links[chosen + 1][0]]
        if DECORATION.match(plain_text(tokens[start + 1 : end]) or " ") and _is_decoration(between):
            chosen += 1
        else:
            break
    start, end = links[chosen]
    before = tokens[:start]
    before_text = plain_text(before) if start and not chosen else ""
    url = tokens[start][1]
    link_text = plain_text(tokens[start + 1 : end])
    after = tokens[end + 1 :]
    struck = _struck(tokens, start, end)
    if not before_text or DECORATION.match(before_text):
        description = strip_separator(plain_text(after)) if after else ""
        return link_text, url, description, struck, not link_text
    return _titled_by_text(before, before_text, link_text, url, after, struck, in_list=in_list)


def _titled_by_text(
    before: Sequence[InlineToken],
    before_text: str,
    link_text: str,
    url: str,
    after: Sequence[InlineToken],
    struck: bool,
    *,
    in_list: bool,
) -> Found | None:
    """An entry whose title is the text before its link (``Title - [Site](url)``)."""
    after_text = plain_text(after)
    if not in_list and (after_text or not _SEPARATOR_BEFORE.search(before_text)):
        return None
    leading_strong = _leading_strong(before)
    if leading_strong:
        title = leading_strong
        remainder = before_text[len(leading_strong) :]
    else:
        # "Title - [Site](url)": the title is what precedes the separator.
        title = _SEPARATOR_BEFORE.sub("", before_text)
        remainder = ""
    linked = (
        ""
        if (link_text == url or link_text.strip("[]").lower() in _GENERIC_LINK_TEXT)
        else link_text
    )
    pieces = [strip_separator(remainder), linked, strip_separator(after_text)]
    description = strip_separator(" ".join(piece for piece in pieces if piece))
    return title.strip(), url, description, struck, False


def _leading_strong(before: Sequence[InlineToken]) -> str:
    """The text of a bold or italic run at the very start (a paper's title), else ``""``."""
    significant = [t for t in before if not (t[0] == "text" and not t[1].strip())]
    if not significant or significant[0][0] not in {"strong", "em"}:
        return ""
    closing = "/" + significant[0][0]
    inner: list[InlineToken] = []
    for token in significant[1:]:
        if token[0] == closing:
            return plain_text(inner)
        inner.append(token)
    return ""


def _struck(tokens: Sequence[InlineToken], start: int, end: int) -> bool:
    """True when the link sits inside ``~~…~~``."""
    depth = 0
    for kind, _ in tokens[:start]:
        if kind == "strike":
            depth += 1
        elif kind == "/strike":
            depth -= 1
    return depth > 0 or any(kind == "strike" for kind, _ in tokens[start + 1 : end])


def bare_label(tokens: Sequence[InlineToken]) -> str | None:
    """The text of a paragraph that is only a label (no link), e.g. ``TODO``; else ``None``."""
    if any(kind in {"link", "image"} for kind, _ in bare_urls(tokens)):
        return None
    text = plain_text(tokens)
    return text or None


def bold_label(tokens: Sequence[InlineToken]) -> str | None:
    """The label of a paragraph that is only bold text (``**Kafka:**``), a pseudo-heading."""
    significant = [t for t in tokens if not (t[0] == "text" and not t[1].strip())]
    if len(significant) < 3 or significant[0][0] != "strong":
        return None
    tail = significant[-1]
    if tail[0] == "text" and tail[1].strip() in {":", ""}:
        significant = significant[:-1]
    if significant[-1][0] != "/strong" or any(t[0] == "link" for t in bare_urls(significant)):
        return None
    if any(t[0] == "/strong" for t in significant[1:-1]):
        return None
    return plain_text(significant[1:-1]) or None
