"""Export entries as BibTeX: ``@online`` records with the keys people write, for LaTeX and Sphinx.

A key reads like the ones people type: ``kleppmann2017designing`` (the first author's
surname, the year, the title's first word) where the page names the author, else
``site-slug-year`` (``medium-presto-pinterest-2019``: the site's name, the title's first
words, the year), each part left out where it is unknown. Keys are unique in one export:
a second reading with the same key gets ``-2``, a third ``-3``, in page order. Copies of
one reading (the same canonical URL) are one record, written at the first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import quote

from readinglist.model import Entry, Page
from readinglist.reading.page_rules import fold_title
from readinglist.writing.output.terminal import escape_controls

__all__ = ["bibtex_key", "bibtex_text", "bibtex_url", "entries_bibtex"]

_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_LATEX = re.compile("|".join(re.escape(char) for char in _LATEX_SPECIALS))
_URL_SAFE = "".join(chr(code) for code in range(33, 127) if chr(code) not in "{}\\")
_WORD = re.compile(r"[a-z0-9]+")
_APOSTROPHES = re.compile(r"['\u2019]")
_AUTHOR_SEPARATORS = re.compile(r"\s+(?:and|&)\s+|\s*[;,]\s*|\s+et\s+al\b\.?", re.IGNORECASE)
_ET_AL = re.compile(r",?\s+et\s+al\b\.?", re.IGNORECASE)
_AMPERSAND = re.compile(r"\s*(?:&|;)\s*")
_STOP_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or",
     "the", "to", "vs", "with"}
)  # fmt: skip
_TITLE_WORDS = 3
"""How many of the title's words a ``site-slug-year`` key takes."""
_SECOND_LEVEL = frozenset({"ac", "co", "com", "edu", "gov", "net", "org"})
"""Labels under a country's domain that are not the site's name (``bbc.co.uk``)."""


def bibtex_text(text: str) -> str:
    """A BibTeX field value: LaTeX specials escaped, spacing folded to single spaces."""
    text = escape_controls(" ".join(text.split()))  # shown as \\x1b: never a raw ESC
    return _LATEX.sub(lambda match: _LATEX_SPECIALS[match.group()], text)


def bibtex_url(url: str) -> str:
    """A URL safe in a BibTeX ``url`` field: braces, backslashes, spaces, non-ASCII encoded."""
    return quote(url, safe=_URL_SAFE)


def _ascii_words(text: str) -> list[str]:
    """The words of ``text`` in lower-case ASCII: accents dropped, apostrophes joined."""
    decomposed = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", text).casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _WORD.findall(plain)


def _title_words(title: str) -> list[str]:
    """The title's words without the small ones (``the``, ``at``), when it has others."""
    words = _ascii_words(title)
    return [word for word in words if word not in _STOP_WORDS] or words


def _surname(author: str) -> str:
    """The first author's surname: the last word of the first name in the list."""
    first = _AUTHOR_SEPARATORS.split(author.strip(), maxsplit=1)[0]
    words = _ascii_words(first)
    return words[-1] if words else ""


def _site_name(site: str | None) -> str:
    """The site's own name (``linkedin`` for ``engineering.linkedin.com``); ``""`` without one.

    A country's second level is not a name: ``bbc.co.uk`` gives ``bbc``.
    """
    labels = [label for label in (site or "").split(".") if label]
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]
    name = labels[-2] if len(labels) >= 2 else "".join(labels)
    return "-".join(_ascii_words(name))


def bibtex_key(entry: Entry) -> str:
    """The key people would write for the entry, before it is made unique.

    ``kleppmann2017designing`` where the page names the author, else ``site-slug-year``;
    each part that is unknown is left out, and ``entry`` is the key of an entry with no
    part at all (a title without a Latin letter or digit, no site, no year).
    """
    words = _title_words(entry.title)
    year = str(entry.year) if entry.year is not None else ""
    surname = _surname(entry.author) if entry.author else ""
    if surname:
        return surname + year + (words[0] if words else "")
    parts = [_site_name(entry.site if entry.is_link else None), *words[:_TITLE_WORDS], year]
    return "-".join(part for part in parts if part) or "entry"


def _identity(entry: Entry) -> str:
    """What makes two entries one reading: the canonical URL, else the title and author."""
    if entry.is_link and entry.key:
        return entry.key
    return f"title:{fold_title(entry.title)}|{fold_title(entry.author or '')}"


def _authors(author: str) -> str:
    """The author as BibTeX lists names: ``A and B``; *et al.* becomes ``and others``."""
    names = _AMPERSAND.sub(" and ", _ET_AL.sub(" and others", author.strip()))
    return bibtex_text(names)


def _record(entry: Entry, key: str) -> str:
    """One ``@online`` record (``@misc`` for a book or a link that is not a web page)."""
    fields: list[tuple[str, str]] = []
    if entry.author:
        fields.append(("author", _authors(entry.author)))
    fields.append(("title", "{" + bibtex_text(entry.title) + "}"))  # {{…}}: keep its case
    if entry.year is not None:
        fields.append(("year", str(entry.year)))
    web = entry.url is not None and entry.is_link and entry.site is not None
    if web and entry.url is not None:
        fields.append(("url", bibtex_url(entry.url)))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{'online' if web else 'misc'}{{{key},\n{body}\n}}\n"


def entries_bibtex(rows: Iterable[tuple[Page, Entry]]) -> str:
    """BibTeX for the entries: one record per reading, each under a unique key.

    ``@online`` records (``@misc`` for books and for links that are not web pages, which
    have no ``url``), with ``author`` and ``year`` where the page gives them. Copies of a
    reading are written once, at the first. Returns the text (``""`` without entries); it
    loads in sphinxcontrib-bibtex and biber as is. Never raises.
    """
    blocks: list[str] = []
    written: set[str] = set()
    taken: set[str] = set()
    for _page, entry in rows:
        identity = _identity(entry)
        if identity in written:
            continue
        written.add(identity)
        key = base = bibtex_key(entry)
        number = 1
        while key in taken:
            number += 1
            key = f"{base}-{number}"
        taken.add(key)
        blocks.append(_record(entry, key))
    return "\n".join(blocks)
