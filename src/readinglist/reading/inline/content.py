"""Reading one paragraph's inline content as an entry: its link, title and description.

The content is a tuple of :mod:`~readinglist.reading.structure.events` inline tokens. Bare URLs
(``Name https://…``) are links here: :func:`~readinglist.reading.inline.bare_urls.bare_urls` finds
them in the text, the one rule for every producer of tokens; so are raw HTML links and links
with a space in their URL (:mod:`~readinglist.reading.entries.links`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readinglist.reading.entries.links import (
    DECORATION,
    html_links,
    is_decoration,
    is_icon,
    spaced_links,
)
from readinglist.reading.inline.authors import citation_prefix, is_name, year_prefix
from readinglist.reading.inline.bare_urls import bare_urls
from readinglist.reading.structure.events import InlineToken

_SEPARATOR_AFTER = re.compile(r"^\s*(?:[-–—|]\s+|[:,.;](?:\s+|$))")
_ONLY_PUNCTUATION = re.compile(r"^[\s)\]}.,;:!?'\"]*$")
_PUNCTUATION = frozenset(")]}.,;:!?'\"")  # what _ONLY_PUNCTUATION allows besides spaces
_INVISIBLE = re.compile(r"[\ufffc\u200b\u200c\u200e\u200f\ufeff]")
_BY_AUTHOR = re.compile(r",?\s*\bby\s*$", re.IGNORECASE)
_BREAKS = frozenset({"softbreak", "hardbreak"})
_OPENERS = {"[": "]", "(": ")"}
"""Brackets written around a link after a title (``Title [[pdf](url)]``), and their closers."""
_LABEL_WORDS = re.compile(
    r"\b(?:pdf|full[- ]text|preprint|download|here|html|slides|doi|abstract)\b"
)
_LINK_SEPARATORS = re.compile(r"^[\s•·|,;/()\-–—]*$")
_WRAPPERS = frozenset({"strong", "em", "strike", "/strong", "/em", "/strike"})
_ATTRIBUTE = r"(?:[.#][\w-]+|[\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s}]+))"
_KRAMDOWN_ATTRIBUTES = re.compile(rf"\s*\{{(?::[^}}\n]*|\s*{_ATTRIBUTE}(?:\s+{_ATTRIBUTE})*\s*)\}}")
"""A kramdown or attr-list suffix: ``{: .class}``, ``{:toc}``, ``{target=_blank}``."""
_COUNTER = re.compile(r"\s*\[\d+\s*/\s*\d+\]")
"""A page counter such as ``[0/118]``."""
_GENERIC_LINK_TEXT = frozenset(
    {"pdf", "html", "link", "url", "paper", "video", "slides", "code", "web", "arxiv", "here",
     "source", "article", "blog", "post", "notes", "read", "talk", "website", "download"}
)  # fmt: skip


Found = tuple[str, str | None, str, bool, bool, str | None, int | None]
"""What one paragraph says as an entry: ``(title, url, description, struck, empty, author,
year)``.

The title may be empty (an ``empty-title``, when ``empty`` says the link had no text); the
URL is as written, ``None`` for a book; the description is the text after the link,
separator stripped; ``struck``: the link (or the whole item) is struck through; the author
and year where the text's shape says them (``2017 - [Title](url)``, a table's columns), else
``None`` (the builder reads a byline in the description).
"""


def plain_text(tokens: Sequence[InlineToken]) -> str:
    """The text a reader sees: markup removed, inline HTML kept as literal text, spaces folded."""
    if len(tokens) == 1 and tokens[0][0] == "text":
        return clean(tokens[0][1])
    return clean("".join([text for kind, text in tokens if kind in _TEXTUAL]))


_TEXTUAL = frozenset({"text", "code", "html", "softbreak", "hardbreak"})
"""Tokens whose text a reader sees (a line break reads as a space once spaces are folded)."""


def clean(text: str) -> str:
    """Fold whitespace; remove attribute lists, page counters and invisible marks.

    Attribute lists: ``{: .class}``, ``{target=_blank}``; page counters: ``[0/118]``.
    """
    if "{" in text:
        text = _KRAMDOWN_ATTRIBUTES.sub("", text)
    if "/" in text and "[" in text:
        text = _COUNTER.sub("", text)
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


def read_entry(tokens: Sequence[InlineToken], *, in_list: bool) -> Found | None:
    """The entry a paragraph's content describes, or ``None`` when it is not one.

    A paragraph is an entry when it starts with a link (after emoji, icon links or
    formatting). A list item, or a paragraph of the form ``Title - [Site](url)``, whose link
    comes after some text is an entry titled by that text, unless the link sits inside a
    sentence (see :func:`_titled_by_text`). A paragraph of icon links only is no entry here
    (the walker titles it by its heading: :func:`icon_url`).
    """
    if 3 <= len(tokens) <= 4 and tokens[0][0] == "link" and tokens[2][0] == "/link":
        # A link, its text, maybe plain text after it (most entries): what the steps below
        # give for it, without them.
        kind, title = tokens[1]
        tail = tokens[3] if len(tokens) == 4 else ("text", "")
        rest = tail[1]
        if (
            kind == "text"
            and tail[0] == "text"
            and ":" not in rest
            and "//" not in rest
            and not (
                title
                and (title[0] == ":" or (title[0] > "\u2000" and not title[0].isalnum()))
                and is_icon(tokens[1:2])
            )
        ):
            title = clean(title)
            description = strip_separator(clean(rest)) if rest else ""
            return title, tokens[0][1], description, False, not title, None, None
    if tokens and tokens[0][0] == "text" and tokens[0][1][:1] == "[":
        tokens = spaced_links(tokens)
    tokens = bare_urls(html_links(tokens))
    links = _links(tokens)
    if not links:
        return None
    # Skip icon links, such as papers-we-love's [:scroll:](local.pdf) before the title.
    chosen = 0
    while chosen < len(links) and _icon_at(tokens, links[chosen]):
        if chosen + 1 < len(links):
            between = tokens[links[chosen][1] + 1 : links[chosen + 1][0]]
            if not is_decoration(between):
                break
        chosen += 1
    if chosen == len(links):
        return None  # only icons: no title here
    start, end = links[chosen]
    before = tokens[:start]
    before_text = plain_text(before) if start and not chosen else ""
    url = tokens[start][1]
    link_text = plain_text(tokens[start + 1 : end])
    after = tokens[end + 1 :]
    struck = _struck(tokens, start, end)
    if not before_text or DECORATION.match(before_text):
        description = strip_separator(plain_text(after)) if after else ""
        return link_text, url, description, struck, not link_text, None, None
    return _titled_by_text(before, before_text, link_text, url, after, struck, in_list=in_list)


def _icon_at(tokens: Sequence[InlineToken], span: tuple[int, int]) -> bool:
    """Whether the link at ``span`` is an icon (a cheap look at its first token first)."""
    kind, text = tokens[span[0] + 1]
    if kind == "text" and text[:1] != ":" and (text[:1] < "\u2000" or text[:1].isalnum()):
        return False  # text that starts with a letter, a digit or ASCII: no icon
    return is_icon(tokens[span[0] + 1 : span[1]])


def icon_url(tokens: Sequence[InlineToken]) -> str | None:
    """The first URL of a paragraph that is only icon links (``[:book:](…) [:cart:](…)``)."""
    links = _links(tokens)
    if not links:
        return None
    position = 0
    for start, end in links:
        if not is_icon(tokens[start + 1 : end]) or not is_decoration(tokens[position:start]):
            return None
        position = end + 1
    if not is_decoration(tokens[position:]):
        return None
    return tokens[links[0][0]][1]


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
    """An entry whose link comes after some text, or ``None`` when the link is in a sentence.

    ``2017 - [Title](url)``: the year; ``Title, by [Author](url)``: a book and its author;
    ``Title - [Site](url)``, ``Label: https://…``, ``**Title**. Authors [[pdf]](url)``, a
    title with its URL on the next line: the title is the text before the link (but a short
    prefix before a link whose text is a title, ``New: [Long Title](url)``, is kept in the
    description). A link after other text (``The [home page](url) lists …``) is no URL.
    """
    after_text = plain_text(after) if after else ""
    if before_text[-1:] in _OPENERS and after_text[:1] == _OPENERS[before_text[-1]]:
        before_text = before_text[:-1].rstrip()  # "Title [[Paper](url)]": brackets around it
        after_text = after_text[1:].lstrip()
    prefixed = _prefixed(before_text, link_text, url, after_text, struck)
    if prefixed is not None:
        return prefixed
    title_end = _title_end(before_text)
    separated = title_end < len(before_text)
    own_line = before[-1][0] in _BREAKS and (not after or after[0][0] in _BREAKS)
    if not in_list and not own_line and (after_text or not separated):
        return None  # a paragraph: "Title - [Site](url)", "Label: https://…", or lines
    leading_strong = _leading_strong(before)
    trailing = _trailing_links(url, after) if in_list and after else None
    if trailing is not None:  # "Authors. Title. Journal. [PDF](…) • [Full text](https://…)"
        if leading_strong:
            remainder = strip_separator(before_text[len(leading_strong) :])
            return leading_strong, trailing, remainder, struck, False, None, None
        title = before_text[:title_end].strip()
        return title, trailing, "", struck, False, None, None
    linked = "" if link_text == url or _is_label(link_text) else link_text
    if not (linked == "" or leading_strong or separated or before[-1][0] in _BREAKS):
        return None  # a link inside a sentence: not the entry's URL
    if leading_strong:
        title = leading_strong
        remainder = before_text[len(leading_strong) :]
    else:
        # "Title - [Site](url)": the title is what precedes the separator.
        title = before_text[:title_end]
        remainder = ""
        prefix_words = len(title.split())
        if linked and prefix_words <= 3 and prefix_words < len(linked.split()):
            title, remainder, linked = linked, title, ""  # "New: [Long Title](url)"
    description = ""
    if remainder or linked or after_text:  # else nothing to describe ("Name https://…")
        pieces = [strip_separator(remainder), linked, strip_separator(after_text)]
        description = strip_separator(" ".join(piece for piece in pieces if piece))
    return title.strip(), url, description, struck, False, None, None


def _title_end(text: str) -> int:
    """Where a separator ending ``text`` starts (the spaces before it too), else its end.

    The separator before a link: ``:``, ``,``, ``;`` or ``|``, or a dash after a space
    (``Title - ``, ``Label:``), with spaces after it. Found from the end with ``str.rstrip``:
    a pattern searched for would slide over the whole text. ``tests/reading/test_inline.py``
    holds it to that pattern.
    """
    body = text.rstrip()
    last = body[-1:]
    if last and last in ":,;|":
        return len(body[:-1].rstrip())
    if last and last in "-–—" and body[-2:-1].isspace():
        return len(body[:-2].rstrip())
    return len(text)


def _prefixed(
    before_text: str, link_text: str, url: str, after_text: str, struck: bool
) -> Found | None:
    """A link whose text is the title after a year, a citation, or a title ``by`` it.

    ``2017 - [Title](url)``, ``Weiner, J. (2013). [Title](url).``, and
    ``Title, by [Author](url)`` (a book and its author, the link the author's).
    """
    year = year_prefix(before_text)
    if year is not None:
        return link_text, url, strip_separator(after_text), struck, not link_text, None, year
    cited = citation_prefix(before_text)
    if cited is not None and not _is_label(link_text):
        description = strip_separator(after_text)
        return link_text, url, description, struck, not link_text, cited[0], cited[1]
    if before_text[-4:].lower().rstrip(" ,")[-2:] != "by":
        return None
    by_author = _BY_AUTHOR.search(before_text)
    if (
        by_author is not None
        and by_author.start()
        and is_name(link_text)
        and strip_separator(after_text) == after_text.strip(" .")
    ):
        title = before_text[: by_author.start()]
        return title, None, strip_separator(after_text), struck, False, link_text, None
    return None


def _is_label(link_text: str) -> bool:
    """Link text that labels the link (``pdf``, ``[html]``, ``Journal full text``), no title."""
    text = link_text.strip("[]").lower()
    return text in _GENERIC_LINK_TEXT or (
        len(text.split()) <= 8 and _LABEL_WORDS.search(text) is not None
    )


def _trailing_links(url: str, after: Sequence[InlineToken]) -> str | None:
    """The best URL of a run of links closing an item (an absolute one first), else ``None``.

    ``None`` unless only links and separators (``•``, ``,``, ``|`` ...) follow the first.
    """
    urls = [url]
    depth = 0
    for kind, text in after:
        if kind == "link":
            depth += 1
            if depth == 1:
                urls.append(text)
        elif kind == "/link":
            depth -= 1
        elif not depth and kind in {"text", "softbreak"} and _LINK_SEPARATORS.match(text):
            continue
        elif not depth and kind not in _WRAPPERS:
            return None
    if len(urls) < 2:
        return None
    return next((found for found in urls if found[:4].lower() == "http"), url)


def _leading_strong(before: Sequence[InlineToken]) -> str:
    """The text of a bold or italic run at the very start (a paper's title), else ``""``."""
    if before and before[0][0] == "text" and before[0][1].strip():
        return ""  # it starts with text (most titles): no run at the start
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
