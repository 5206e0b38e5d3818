"""Authors and years in an entry's text: ``by Ann Author (2017) - notes``, ``Title - Author``.

The rules of the format reference, in one place:

- After a link, a description that is only a name (two to four capitalised words, initials,
  ``et al.``; several names joined by ``/``, ``&``, ``and`` or ``,``), maybe written
  ``by Name``, is the author; a year in parentheses (``(2017)``) or after a comma
  (``Doe et al., 2018``) is the year; what follows a `` - `` is the description
  (:func:`split_byline`).
- A book's text splits into its title and that byline at `` - ``, `` – ``, `` — ``,
  `` -- ``, or at ``by Name`` (:func:`split_book`); an emphasised title says which part is
  the title (``*Dune*, Frank Herbert`` and ``Frank Herbert, *Dune*``).
- ``Title, Author`` (:func:`comma_byline`) splits only where the page writes most of its
  books so (:func:`readinglist.reading.entries.lists.comma_authors`).
- A link's text is always the whole title: nothing here splits it.

The canonical form :func:`readinglist.dumps` writes reads back through these rules:
``[Title](url) by Author (2017) - description`` and, for a book,
``Title by Author (2017) - description``.
"""

from __future__ import annotations

import re

Byline = tuple[str | None, int | None, str]
"""``(author, year, rest)``: what a byline says, and the text left as the description."""

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_TRAILING_YEAR = re.compile(rf"(?:^|[\s,]+)\(?({_YEAR})\)?\.?$")
_YEAR_ENDS = frozenset("0123456789).")
"""What a text that ends with a year ends with."""
_PAREN_YEAR = re.compile(rf"\(({_YEAR})\)")
_REST_SEPARATORS = (" - ", " – ", " — ", " -- ")
_BOOK_SEPARATORS = (" -- ", " - ", " – ", " — ")
_NAME_JOINS = re.compile(r"\s*(?:/|&|,\s*and\s|\band\b|,)\s*")
_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "le", "la", "bin", "ibn"}
)
_ET_AL = re.compile(r"\s*,?\s+et\.?\s+al\.?$")
_NO_BYLINE: Byline = (None, None, "")
_BY = re.compile(r"(?:^|,?\s)by\s+", re.IGNORECASE)
_NAME_END = frozenset(".,;:")


def _name_word(word: str, *, first: bool) -> bool:
    """A word of a person's name: capitalised, an initial (``J.``, ``JRR``), or a particle."""
    if word.isalpha():  # most words: no initial's dot, hyphen or apostrophe
        return word[0].isupper() or (not first and word in _PARTICLES)
    if not word or not word[0].isalpha():
        return False
    if word[0].isupper():
        letters = word.replace(".", "").replace("-", "").replace("'", "").replace("’", "")
        return letters.isalpha()
    return not first and word in _PARTICLES


def is_name(text: str) -> bool:
    """One or more people's names: each two to four name words, or ``Surname et al.``."""
    text = text.strip()
    if not text or len(text) > 120:
        return False
    if "/" in text or "&" in text or "," in text or " and " in text:
        parts = _NAME_JOINS.split(text)
        return all(_one_name(part, single_word=False) for part in parts if part)
    return _one_name(text, single_word=False)


def _one_name(text: str, *, single_word: bool) -> bool:
    words = text.split()
    et_al = _ET_AL.search(text) if "al" in text else None
    if et_al is not None:
        words = text[: et_al.start()].split()
        single_word = True
    if not (1 if single_word else 2) <= len(words) <= 4:
        return False
    return all(_name_word(word, first=index == 0) for index, word in enumerate(words)) and (
        words[-1][0].isupper()
    )


def split_byline(text: str) -> Byline:
    """The author, year and description of the text after a link (see the module docstring).

    ``(None, None, text)`` when it names no author and no year.
    """
    if not text:
        return None, None, text
    first = text[0]
    by = text[:3].lower() == "by "
    if not (first.isupper() or first == "(" or by or first.isdigit()):
        return None, None, text  # a lower-case description (most of them)
    head, rest = text[3:] if by else text, ""
    for separator in _REST_SEPARATORS:
        if separator in head:
            head, _, rest = head.partition(separator)
            break
    head = head.strip()
    year: int | None = None
    match = _TRAILING_YEAR.search(head) if head[-1:] in _YEAR_ENDS else None
    if match is not None:
        year = int(match.group(1))
        head = head[: match.start()].rstrip(" ,")
    if not head:
        return (None, year, rest.strip()) if year is not None else (None, None, text)
    name = head[:-1] if head.endswith(".") and not _ET_AL.search(head) else head
    if is_name(name) or (by and _one_name(name, single_word=True)):
        return name, year, rest.strip()
    return None, None, text


def split_book(text: str) -> tuple[str, str | None, int | None, str]:
    """A book's ``(title, author, year, description)`` from its plain text."""
    found = _by_author(text) if "by " in text or "By " in text else None  # one pass each
    if found is not None:
        return found
    for separator in _BOOK_SEPARATORS:
        if separator in text:
            title, _, rest = text.partition(separator)
            rest = rest.strip()
            author, year, description = split_byline(rest)
            if author is None and year is None:
                description = rest
            return title.strip(), author, year, description
    title, year = text, None
    match = _PAREN_YEAR.search(text)
    if match is not None and match.end() == len(text.rstrip()) and match.start():
        title, year = text[: match.start()].strip(), int(match.group(1))
    return title, None, year, ""


_CJK_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·•・]{1,11}")
"""A name in Chinese or Japanese characters (``吴军``, ``凯文·凯利``)."""
_REMARK = re.compile(r"\s*(\([^()]*\))\s*$")
"""A remark in parentheses ending a text (``(June 2022)``, ``(out in 2031?)``)."""
_YEAR_AT_END = re.compile(rf"\(?({_YEAR})\)?(?:-\d\d)?")
"""A year, maybe in parentheses or with its month (``2018-08``)."""


def comma_byline(text: str) -> tuple[str, str, int | None, str] | None:
    """``Title, Author`` (``, 2018``, `` (June 2022)``): title, author, year and remark.

    Else ``None``. Full-width commas count, and several authors may be joined by ``、``; a
    remark in parentheses at the end is the description, unless it is only the year.
    Alone, the shape cannot tell ``Thinking, Fast and Slow`` from a title and its author:
    books are read so only where a page writes most of them so
    (:func:`readinglist.reading.entries.lists.comma_authors`).
    """
    remark = ""
    if text.endswith(")") and (found := _REMARK.search(text)) is not None and found.start():
        text, remark = text[: found.start()], found.group(1)
    head, comma, tail = text.replace("，", ", ").rpartition(", ")
    tail, year = tail.strip(), None
    if (dated := _YEAR_AT_END.fullmatch(remark)) is not None:
        year, remark = int(dated.group(1)), ""
    elif comma and (dated := _YEAR_AT_END.fullmatch(tail)) is not None:
        year = int(dated.group(1))
        head, comma, tail = head.rpartition(", ")
        tail = tail.strip()
    head = head.strip()
    if not comma or not head or not tail:
        return None
    if not all(is_name(name) or _CJK_NAME.fullmatch(name.strip()) for name in tail.split("、")):
        return None
    return head, tail, year, remark


def _by_author(text: str) -> tuple[str, str | None, int | None, str] | None:
    """``Title, by Author. notes`` / ``Title by Author (2017) - notes``: ``None`` if not."""
    for match in _BY.finditer(text):
        title = text[: match.start()].strip().rstrip(",").strip()
        if not title:
            continue
        found = leading_name(text[match.end() :]) or _leading_cjk_name(text[match.end() :])
        if found is not None:
            author, rest = found
            if not is_name(author) and rest.strip()[:1] not in {"", "("}:
                continue  # one word and more text: "Stand by Me - Stephen King"
            year = None
            year_match = re.match(rf"\s*\(({_YEAR})\)", rest)
            if year_match is not None:
                year, rest = int(year_match.group(1)), rest[year_match.end() :]
            rest = rest.strip()
            for separator in ("-", "–", "—", "--", ".", ";", ",", ":"):
                if rest.startswith(separator):
                    rest = rest[len(separator) :].strip()
                    break
            return title, author, year, rest
    return None


def _leading_cjk_name(text: str) -> tuple[str, str] | None:
    """A name in Chinese or Japanese characters that starts ``text``, and the text after it.

    Only before the end, a year in parentheses or a separator (``by 吴军 (2008) - notes``).
    """
    match = _CJK_NAME.match(text)
    if match is None:
        return None
    rest = text[match.end() :]
    return (match.group(), rest) if rest.strip()[:1] in {"", "(", "-", "–", "—"} else None


def leading_name(text: str) -> tuple[str, str] | None:
    """The name that starts ``text`` (one to four name words) and the text after it."""
    words = text.split(" ")
    taken: list[str] = []
    for word in words:
        if not _name_word(word.rstrip(",;:"), first=not taken) or len(taken) == 4:
            break
        end = word[-1:] in _NAME_END and not _is_initial(word)
        taken.append(word.rstrip(".,;:") if end else word)
        if end:
            break
    if not taken or not taken[-1][:1].isupper():
        return None
    rest = " ".join(words[len(taken) :])
    if rest and not (rest[:1] in "(-–—" or words[len(taken) - 1][-1:] in _NAME_END):
        return None  # the name runs on into a sentence ("Stand by Me and you")
    return " ".join(taken), rest


def _is_initial(word: str) -> bool:
    """``J.``, ``R.R.``, ``St.``: an initial or a short form, whose dot does not end the name."""
    return word.endswith(".") and (
        word == "St." or (all(len(part) <= 1 for part in word.split(".")) and len(word) > 1)
    )


def year_prefix(text: str) -> int | None:
    """The year of a prefix such as ``2017 -`` or ``(2017)`` before a link, else ``None``."""
    if not text or not (text[0].isdigit() or text[0] in " ("):
        return None
    match = re.fullmatch(rf"\s*\(?({_YEAR})\)?\s*[-–—:,.|]?\s*", text)
    return int(match.group(1)) if match else None


_CITATION = re.compile(rf"(?P<authors>[^()]{{2,200}}?)[\s,]*\((?P<year>{_YEAR})[a-z]?\)\.?\s*")


def citation_prefix(text: str) -> tuple[str, int] | None:
    """The authors and year of a citation before its linked title, else ``None``.

    ``Weiner, J. (2013). [The Importance of Scheduling Nothing](…). LinkedIn.``
    """
    if not text.rstrip().endswith((").", ")")):
        return None
    match = _CITATION.fullmatch(text)
    if match is None:
        return None
    return match.group("authors").strip().rstrip(","), int(match.group("year"))


_ABBREVIATIONS = frozenset({"al", "ed", "eds", "pp", "vol", "vols", "vs", "cf", "etc", "ch"})
"""Lower-case words whose full stop ends an abbreviation (``et al.``, ``2nd ed.``), not a
sentence."""


def is_sentence(text: str) -> bool:
    """Whether a plain item reads as a sentence, not a title (a note, a quote, a tip).

    A remark in parentheses at the end (``Title, Author (out in 2031?)``) is left out: its
    ``?`` or ``!`` does not make the item a sentence.
    """
    remark = _REMARK.search(text) if text.endswith(")") else None
    if remark is not None and remark.start() and ("?" in remark[1] or "!" in remark[1]):
        text = text[: remark.start()]
    words = text.rstrip("\"'”’)] ").split()
    if len(text) > 160:
        return True
    if len(words) < 6 or words[-1][-1:] not in {".", "?", "!"}:
        return False
    last = words[-1].strip("\"'“”‘’(.?!")
    return words[-1][-1] != "." or (last.islower() and last not in _ABBREVIATIONS)


def split_emphasised(
    before: str, emphasised: str, after: str
) -> tuple[str, str | None, int | None, str] | None:
    """A book whose emphasis shows its title, or ``None``.

    ``*Dune*, Frank Herbert (1965)`` and ``Frank Herbert, *Dune*``.
    """
    before = before.strip()
    rest = after.strip().lstrip(",;:-–—").strip()
    if not before and not rest:
        return None  # the whole text is emphasised: it says nothing of the title
    if not before:
        author, year, description = split_byline(rest)
        if author is None and year is None:
            description = rest
        return emphasised, author, year, description
    name = before.rstrip(",;:-–— ").strip()
    if name != before and is_name(name):
        author, year, description = None, None, rest
        match = _TRAILING_YEAR.search(rest)
        if match is not None and not match.start():
            year, description = int(match.group(1)), ""
        return emphasised, name or author, year, description
    return None
