"""Reading one paragraph's inline tokens as an entry: its link, title and description."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # markdown-it is imported when a page is tokenized, not with the package
    from markdown_it.token import Token

_TASK_BOX = re.compile(r"^\[([ xX])\](?:[ \t]+|$)")
_SEPARATOR_AFTER = re.compile(r"^\s*(?:[-–—|]\s+|[:,.;](?:\s+|$))")
_ONLY_PUNCTUATION = re.compile(r"^[\s)\]}.,;:!?'\"]*$")
_PUNCTUATION = frozenset(")]}.,;:!?'\"")  # what _ONLY_PUNCTUATION allows besides spaces
_INVISIBLE = re.compile(r"[\ufffc\u200b\u200c\u200e\u200f\ufeff]")
_SEPARATOR_BEFORE = re.compile(r"\s*(?:\s[-–—]|[:,;|])\s*$")
_DECORATION = re.compile(
    r"^(?:\s|:[a-z0-9_+\-]+:|[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d])*$"
)
_KRAMDOWN_ATTRIBUTES = re.compile(r"\{:[^}\n]*\}")
_GENERIC_LINK_TEXT = frozenset(
    {"pdf", "html", "link", "url", "paper", "video", "slides", "code", "web", "arxiv", "here",
     "source", "article", "blog", "post", "notes", "read", "talk", "website"}
)  # fmt: skip

_WRAPPERS = frozenset({"strong_open", "em_open", "s_open", "strong_close", "em_close", "s_close"})


class InlineEntry(NamedTuple):
    """What one paragraph says as an entry, before statuses and checks are applied."""

    title: str
    """The entry's title (may be empty: an ``empty-title``)."""
    url: str | None
    """The link's destination as written; ``None`` for a book."""
    description: str
    """Text after the link, separator stripped."""
    checked: bool | None
    """Task box state, ``None`` when there is no box."""
    struck: bool
    """The link (or the whole item) is struck through."""
    empty_link_text: bool
    """The link had no text at all."""


def task_box(children: Sequence[Token]) -> tuple[bool | None, int]:
    """The task box at the start (``[ ]``/``[x]``) and its length in characters."""
    if not children or children[0].type != "text":
        return None, 0
    match = _TASK_BOX.match(children[0].content)
    if not match:
        return None, 0
    return match.group(1) != " ", match.end()


def plain_text(tokens: Sequence[Token]) -> str:
    """The text a reader sees: markup removed, inline HTML kept as literal text, spaces folded."""
    parts: list[str] = []
    for token in tokens:
        if token.type in {"text", "code_inline", "html_inline"}:
            parts.append(token.content)
        elif token.type in {"softbreak", "hardbreak"}:
            parts.append(" ")
        elif token.type == "image":
            parts.append(plain_text(token.children or ()))
    return clean(" ".join("".join(parts).split(" ")))


def clean(text: str) -> str:
    """Fold whitespace, remove kramdown attribute lists (``{: .class}``) and invisible marks."""
    return " ".join(_INVISIBLE.sub("", _KRAMDOWN_ATTRIBUTES.sub("", text)).split())


def strip_separator(text: str) -> str:
    """Remove a leading `` - ``, `` – ``, `` — ``, ``:`` or ``,`` from a description.

    A description that is only punctuation (a stray ``)``) is empty.
    """
    separator = _SEPARATOR_AFTER.match(text)
    stripped = (text[separator.end() :] if separator else text).strip()
    if not stripped or (stripped[0] in _PUNCTUATION and _ONLY_PUNCTUATION.match(stripped)):
        return ""
    return stripped


def _links(children: Sequence[Token]) -> list[tuple[int, int]]:
    """(open, close) indexes of every top-level link among the children."""
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(children):
        if children[index].type == "link_open":
            depth, end = 0, index
            for end in range(index, len(children)):
                kind = children[end].type
                depth += kind == "link_open"
                depth -= kind == "link_close"
                if depth == 0:
                    break
            spans.append((index, end))
            index = end
        index += 1
    return spans


def _is_decoration(tokens: Sequence[Token]) -> bool:
    """Only spaces, emoji and ``:shortcodes:`` (and formatting around them)."""
    return all(
        t.type in _WRAPPERS or t.type in {"softbreak"} for t in tokens if t.type != "text"
    ) and all(_DECORATION.match(t.content) for t in tokens if t.type == "text")


def read_entry(children: Sequence[Token], *, in_list: bool) -> InlineEntry | None:
    """The entry a paragraph's inline children describe, or ``None`` when it is not one.

    A paragraph is an entry when it starts with a link (after a task box, emoji or
    formatting). A list item, or a paragraph of the form ``Title - [Site](url)``, whose
    link comes after some text is an entry titled by that text.
    """
    tokens = list(children)
    checked, box_length = task_box(tokens) if in_list else (None, 0)
    if box_length:
        rest = tokens[0].content[box_length:]
        from markdown_it.token import Token

        head = Token("text", "", 0, content=rest)
        tokens = [head, *tokens[1:]]
    links = _links(tokens)
    if not links:
        return None
    # Skip decoration links, such as papers-we-love's [:scroll:](local.pdf) before the title.
    chosen = 0
    while chosen + 1 < len(links):
        start, end = links[chosen]
        between = tokens[end + 1 : links[chosen + 1][0]]
        if _DECORATION.match(plain_text(tokens[start + 1 : end]) or " ") and _is_decoration(
            between
        ):
            chosen += 1
        else:
            break
    start, end = links[chosen]
    before = tokens[:start]
    before_text = plain_text(before)
    if chosen:
        before_text = ""
    href = tokens[start].attrs.get("href")
    url = str(href) if href is not None else ""
    link_text = plain_text(tokens[start + 1 : end])
    after = tokens[end + 1 :]
    struck = _struck(tokens, start, end)
    if not before_text or _DECORATION.match(before_text):
        return InlineEntry(
            title=link_text,
            url=url,
            description=strip_separator(plain_text(after)),
            checked=checked,
            struck=struck,
            empty_link_text=not link_text,
        )
    return _titled_by_text(
        before, before_text, link_text, url, after, checked, struck, in_list=in_list
    )


def _titled_by_text(
    before: Sequence[Token],
    before_text: str,
    link_text: str,
    url: str,
    after: Sequence[Token],
    checked: bool | None,
    struck: bool,
    *,
    in_list: bool,
) -> InlineEntry | None:
    """An entry whose title is the text before its link (``Title - [Site](url)``)."""
    after_text = plain_text(after)
    if not in_list and (after_text or not _SEPARATOR_BEFORE.search(before_text)):
        return None
    leading_strong = _leading_strong(before)
    if leading_strong:
        title = leading_strong
        remainder = before_text[len(leading_strong) :]
    else:
        title = before_text
        remainder = ""
        # "Title - [Site](url)": the title is what precedes the separator.
        title = _SEPARATOR_BEFORE.sub("", title)
    linked = (
        ""
        if (link_text == url or link_text.strip("[]").lower() in _GENERIC_LINK_TEXT)
        else link_text
    )
    pieces = [strip_separator(remainder), linked, strip_separator(after_text)]
    description = strip_separator(" ".join(piece for piece in pieces if piece))
    return InlineEntry(
        title=title.strip(),
        url=url,
        description=description,
        checked=checked,
        struck=struck,
        empty_link_text=False,
    )


def _leading_strong(before: Sequence[Token]) -> str:
    """The text of a bold or italic run at the very start (a paper's title), else ``""``."""
    significant = [t for t in before if not (t.type == "text" and not t.content.strip())]
    if not significant or significant[0].type not in {"strong_open", "em_open"}:
        return ""
    closing = significant[0].type.replace("_open", "_close")
    inner: list[Token] = []
    for token in significant[1:]:
        if token.type == closing:
            return plain_text(inner)
        inner.append(token)
    return ""


def _struck(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when the link sits inside ``~~…~~``."""
    depth = 0
    for token in tokens[:start]:
        if token.type == "s_open":
            depth += 1
        elif token.type == "s_close":
            depth -= 1
    return depth > 0 or any(t.type == "s_open" for t in tokens[start + 1 : end])


def bare_label(children: Sequence[Token]) -> str | None:
    """The text of a paragraph that is only a label (no link), e.g. ``TODO``; else ``None``."""
    if any(t.type in {"link_open", "image"} for t in children):
        return None
    text = plain_text(children)
    return text or None


def bold_label(children: Sequence[Token]) -> str | None:
    """The label of a paragraph that is only bold text (``**Kafka:**``), a pseudo-heading."""
    significant = [t for t in children if not (t.type == "text" and not t.content.strip())]
    if len(significant) < 3 or significant[0].type != "strong_open":
        return None
    tail = significant[-1]
    if tail.type == "text" and tail.content.strip() in {":", ""}:
        significant = significant[:-1]
    if significant[-1].type != "strong_close" or any(t.type == "link_open" for t in significant):
        return None
    if any(t.type == "strong_close" for t in significant[1:-1]):
        return None
    return plain_text(significant[1:-1]) or None
