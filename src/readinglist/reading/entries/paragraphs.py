"""A paragraph's parts beyond its entry: lines joined by hard breaks, emphasis, labels.

- :func:`line_entries`: a paragraph whose lines, joined by hard breaks, each start with a
  link (or, in a group, each name a book and its author) is one entry per line;
- :func:`emphasis_parts`: the emphasis that shows a book's title (``*Dune*, Frank Herbert``);
- :func:`starts_struck`: a plain item whose title is struck through (``~~Dune~~``): given up;
- :func:`heading_label`: a heading's label, its images and HTML left out;
- :func:`status_label`: a paragraph that is only a status label (``Read:``, ``~ Queue``).
"""

from __future__ import annotations

from collections.abc import Sequence

from readinglist.reading.entries.links import DECORATION
from readinglist.reading.inline.authors import split_book
from readinglist.reading.inline.bare_urls import bare_urls
from readinglist.reading.inline.content import Found, bare_label, plain_text, read_entry
from readinglist.reading.structure.events import Inline, InlineToken
from readinglist.status import StatusVocabulary

_LABEL_MARKS = " ~:=*·•>-–—"
"""What surrounds a status label written as a paragraph (``~ Read``, ``Queue:``)."""


def emphasis_parts(tokens: Sequence[InlineToken]) -> tuple[str, str, str] | None:
    """The text before, inside and after the first emphasis (``*Dune*, Frank Herbert``)."""
    for index, (kind, _) in enumerate(tokens):
        if kind in {"em", "strong"}:
            closing = "/" + kind
            for end in range(index + 1, len(tokens)):
                if tokens[end][0] == closing:
                    inner = plain_text(tokens[index + 1 : end])
                    if not inner:
                        return None
                    return plain_text(tokens[:index]), inner, plain_text(tokens[end + 1 :])
            return None
    return None


def starts_struck(tokens: Sequence[InlineToken]) -> bool:
    """Whether the text starts struck through (``~~Dune~~ - Frank Herbert``, ``_~~Dune~~_``).

    A book's title is struck, as a link's is for a link: the book was given up.
    """
    for kind, text in tokens:
        if kind == "strike":
            return True
        if not (kind in {"em", "strong"} or (kind == "text" and not text.strip())):
            return False
    return False


def line_pieces(tokens: Sequence[InlineToken]) -> list[tuple[int, Sequence[InlineToken]]]:
    """The lines of a paragraph joined by hard breaks: each one's line offset and content."""
    pieces: list[tuple[int, Sequence[InlineToken]]] = []
    start = offset = first = 0
    for index, (kind, _) in enumerate(tokens):
        if kind == "hardbreak":
            pieces.append((first, tokens[start:index]))
            start, first = index + 1, offset + 1
        if kind in {"hardbreak", "softbreak"}:
            offset += 1
    last = list(tokens[start:])
    if last and last[-1][0] == "text" and last[-1][1].endswith("\\"):  # a "\" ends the last
        last[-1] = ("text", last[-1][1][:-1])
    pieces.append((first, last))
    return pieces


def line_entries(tokens: Sequence[InlineToken], *, books: bool) -> list[tuple[int, Found]] | None:
    """Each line of a paragraph joined by hard breaks as its own entry, with its line offset.

    When every line starts with a link, or (``books``: the paragraph is in a group) every
    line is a book that names its author; else ``None``: the paragraph is one entry.
    """
    pieces = line_pieces(tokens)
    if len(pieces) < 2:
        return None
    if all(starts_with_link(piece) for _, piece in pieces):
        found = [(offset, read_entry(piece, in_list=True)) for offset, piece in pieces]
        return [(offset, entry) for offset, entry in found if entry is not None]
    if not books or any(bare_label(piece) is None for _, piece in pieces):
        return None
    split = [(offset, split_book(plain_text(piece))) for offset, piece in pieces]
    if any(author is None for _, (_, author, _, _) in split):
        return None
    return [
        (offset, (title, None, description, False, False, author, year))
        for offset, (title, author, year, description) in split
    ]


def starts_with_link(tokens: Sequence[InlineToken]) -> bool:
    """Whether the content starts with a link (after formatting, emoji or spaces)."""
    for kind, text in bare_urls(tokens):
        if kind == "link":
            return True
        if kind == "text" and DECORATION.match(text):
            continue
        if kind not in {"strong", "em", "strike"}:
            return False
    return False


def has_link(inline: Inline) -> bool:
    """Whether the content holds a link (written, bare, or raw HTML)."""
    return any(
        kind == "link" or (kind == "html" and text[:2].lower() == "<a") for kind, text in inline
    )


def _heading_text(inline: Inline) -> Inline:
    """A heading's content without its images and inline HTML (a badge is not a label)."""
    kept: list[tuple[str, str]] = []
    depth = 0
    for kind, text in inline:
        if kind == "image":
            depth += 1
        elif kind == "/image":
            depth -= 1
        elif not depth and kind != "html":
            kept.append((kind, text))
    return tuple(kept)


def heading_label(inline: Inline) -> str:
    """A heading's label: its text without images or HTML, a trailing colon removed."""
    shown = inline if len(inline) == 1 else _heading_text(inline)
    return plain_text(shown).rstrip(":").strip()


def status_label(inline: Inline, vocabulary: StatusVocabulary) -> str | None:
    """A paragraph that is only a status label (``Read:``, ``~ Queue``): its label."""
    if len(inline) != 1 or inline[0][0] != "text" or len(inline[0][1]) > 40:
        return None
    label = inline[0][1].strip(_LABEL_MARKS)
    return label if vocabulary.status_of(label) is not None else None
