"""Lists that are not reading lists: navigation, legends and templates.

- **Navigation**: a list whose entries all link to other pages of the same site (relative
  links such as ``../books/`` or ``papers.md``, not documents such as ``paper.pdf``), and a
  paragraph that is such a link (:func:`is_page_link`).
- **A legend** of the task boxes: every item a task item without a link whose text names a
  status (``- [ ] read it later``, ``- [x] read it``), both boxes shown.
- **A template item**: a task item without a link whose text is an instruction
  (``- [ ] Add papers here``), and a plain item that reads as a sentence: :func:`book_of`
  says which plain items are books.

The walker drops such a list's entries when the list ends (:func:`is_navigation`,
:func:`is_legend`) or never makes the item one (:func:`is_template`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readinglist.model import Entry
from readinglist.reading.inline.authors import (
    comma_byline,
    is_sentence,
    split_book,
    split_emphasised,
)
from readinglist.reading.inline.content import Found
from readinglist.status import StatusVocabulary, fold_label

_PAGE_PATH = re.compile(r"[^\s\x00-\x1f\x7f:?#]+(?:[?#][^\s\x00-\x1f\x7f]*)?")
"""A relative link to a page: a path (no scheme, no space or control character)."""
_DOCUMENT = re.compile(r"\.(?:pdf|epub|mobi|djvu|ps|txt|docx?|pptx?|zip|gz)(?:[?#].*)?$", re.I)
_INSTRUCTION = re.compile(
    r"^(?:add|put|insert|write|paste|list|replace|fill in)\b.*\b(?:here|below|above|this)\b",
    re.IGNORECASE,
)
_LEGEND_SIZE = 6


def is_navigation(entries: Sequence[Entry], start: int = 0) -> bool:
    """Whether every entry from ``start`` on links to another page of the site.

    A relative link, not to an anchor, not to a document.
    """
    first = entries[start].url if start < len(entries) else None
    if first is None or first[:4].lower() == "http":
        return False  # most lists, at once
    return all(
        entry.url is not None and entry.key is not None and is_page_link(entry.url)
        for entry in entries[start:]
    )


def is_page_link(url: str) -> bool:
    """A relative link to another page of the site: a path, not an anchor or a document."""
    return (
        url[:1] != "#"
        and not url.startswith("//")
        and _PAGE_PATH.fullmatch(url) is not None
        and not _DOCUMENT.search(url)
    )


def is_legend(entries: Sequence[Entry], start: int, vocabulary: StatusVocabulary) -> bool:
    """Whether the entries from ``start`` on are a legend of the task boxes."""
    if not 2 <= len(entries) - start <= _LEGEND_SIZE:
        return False
    entries = entries[start:]
    if any(entry.url is not None or entry.checked is None for entry in entries):
        return False
    if len({entry.checked for entry in entries}) < 2:
        return False
    return all(_names_a_status(entry, vocabulary) for entry in entries)


def _names_a_status(entry: Entry, vocabulary: StatusVocabulary) -> bool:
    words = fold_label(" ".join((entry.title, entry.author or "", entry.description)))
    text = f" {''.join(c if c.isalnum() else ' ' for c in words)} "
    return any(f" {label} " in text for label in vocabulary.labels if label.isascii())


def is_template(text: str, checked: bool | None) -> bool:
    """Whether a task item's text is an instruction to the page's reader, not a book."""
    return checked is not None and _INSTRUCTION.match(text) is not None


def book_of(
    label: str, emphasis: tuple[str, str, str] | None, checked: bool | None, *, loose: bool
) -> Found | None:
    """The book a plain list item is, or ``None`` when it reads as something else.

    A template item, or a sentence (a note, a tip) that names no author, is no book; nor,
    when ``loose`` (outside every group, or a sentence holding a link), an item that names
    no author.
    """
    if is_template(label, checked):
        return None
    book = split_emphasised(*emphasis) if emphasis else None
    title, author, year, description = book or split_book(label)
    if author is None and (loose or is_sentence(label)):
        return None
    return title, None, description, False, False, author, year


def comma_authors(entries: Sequence[Entry]) -> list[tuple[int, tuple[str, str, int | None, str]]]:
    """The books of a page that writes them ``Title, Author``, with each one's parts.

    The page's own pattern: three or more of its books without an author are so, and at
    least three in four of them. Else none (``Thinking, Fast and Slow`` stays whole). A book
    whose author ``dumps`` could not write back (``Ann A、Bo B``) stays whole too.
    """
    books = [
        (index, entry.title)
        for index, entry in enumerate(entries)
        if entry.url is None and entry.author is None and not entry.description
    ]
    found = [(index, parts) for index, title in books if (parts := comma_byline(title))]
    if len(found) < 3 or 4 * len(found) < 3 * len(books):
        return []
    return [(index, parts) for index, parts in found if _reads_back(*parts)]


def _reads_back(title: str, author: str, year: int | None, remark: str) -> bool:
    """Whether the book written ``Title by Author`` reads as these parts again (``dumps``)."""
    written = f"{title} by {author}" + (f" ({year})" if year is not None else "")
    return split_book(written + (f" - {remark}" if remark else "")) == (
        title,
        author,
        year,
        remark,
    )


def is_anchor(url: str | None) -> bool:
    """A link to an anchor of this page (``#section``): a table of contents, not an entry."""
    return url is not None and url[:1] == "#" and len(url) > 1
