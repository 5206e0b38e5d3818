"""A line reader for the common page shapes, giving exactly what the markdown-it walk gives.

Most pages are a handful of shapes: ATX headings, ``- TODO`` labels with link paragraphs
under them, ``- [Title](url) - description`` items, task boxes, struck items, books and
bare URLs after a name. :func:`read_body` reads those line by line, about twenty times
faster than tokenizing, and returns ``None`` for a page holding anything it does not fully
model (setext headings, HTML, code, tables, reference definitions, emphasis, entities,
escapes, tabs, lazy continuation lines, ordered lists ...): the caller then reads the whole
page with :func:`readinglist.parse.parse_body`, which stays the reference. The differential
test (``tests/reading/test_fastpath_differential.py``) holds both to identical pages.

The rules mirror ``parse._Walker`` (groups, items, statuses) and ``_inline.read_entry``
(titles, descriptions), restricted to single-line paragraphs made of plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import NamedTuple

from readinglist.diagnostics import Diagnostic
from readinglist.model import Entry, EntryPlace, PageStyle, new_entry
from readinglist.reading.groups import entry_status, group_context
from readinglist.reading.inline import (
    _DECORATION,
    _ONLY_PUNCTUATION,
    _PUNCTUATION,
    _SEPARATOR_BEFORE,
)
from readinglist.reading.page_rules import fold_title
from readinglist.reading.style import StyleFinder
from readinglist.reading.url_shortcuts import (
    SIMPLE_URL_IN_LINK,
    UrlFacts,
    simple_url_facts,
    url_facts,
)
from readinglist.status import Status, StatusVocabulary

# Anywhere in the body, these mean markup this reader does not model (or text that
# markdown-it or ``clean`` would change): the page goes to the markdown-it path.
_NEVER = re.compile(
    r"[\t\x00-\x09\x0b\x0c\x0e-\x1f\x7f\x85\\`<{}\u00a0\u1680\u2000-\u200f\u2028-\u202f"
    r"\u205f\u3000\ufeff\ufffc]"
)
# The printable ones among them; the rest are ASCII control characters (not printable).
_SEPARATOR_ENDS = frozenset("-–—:,;|")
"""The last characters of text that ``_inline._SEPARATOR_BEFORE`` can match."""
_READABLE_ASCII = bytes(
    code for code in (10, 13, *range(32, 127)) if _NEVER.match(chr(code)) is None
)
_HEADING = re.compile(r"(#{1,6}) +(.*)")
_HEADING_START = re.compile(r"#{1,6}(?: |$)")
_MARKER = re.compile(r"( *)([-*+]) (?=[^ ])")
_BOX = re.compile(r"\[([ xX])\] +(?=[^ ])")
_LINK = re.compile(r"\[([^\[\]]+)\]\(([^\x00-\x20()<>\x7f-\xa0]+)\)")
_ENTITY = re.compile(r"&#?[A-Za-z0-9]+;")
# The hot shape, in one match: indent, then a list marker and task box (or neither, for a
# paragraph), then ``[Title](url)`` (maybe struck through) and the rest of the line. Titles
# and the rest holding any of ``[]*_~`` (emphasis, links, images, strikethrough) are left to
# the general path, which refuses them.
# A URL of the simple shape also gives its parts (groups 6 to 9), read once.
_PLAIN = r"[^\[\]*_~]"
"""Any character but ``[]*_~``. (Written as ranges it matches about 1 ns a character faster,
but each pattern holding it then takes 2.5 ms to compile: 10 ms more on every first use.)"""
_LINK_LINE = re.compile(
    rf"( *)(?:[-*+] (\[[ xX]\] +)?)?(~~)?\[({_PLAIN}+)\]"
    rf"\(((?:{SIMPLE_URL_IN_LINK})(?=\))|[^\x00-\x20()<>\x7f-\xa0]+)\)(~~)?({_PLAIN}*)"
)
# The same, for a plain link at a known column: no box, no strike, a simple URL. Groups:
# title, URL, the URL's scheme, host, path and query, and the rest of the line.
_PLAIN_LINK = re.compile(rf"\[({_PLAIN}+)\]\(({SIMPLE_URL_IN_LINK})\)({_PLAIN}*)")
# After a closing "~~": what lets it close (end, space, ASCII punctuation).
_CLOSES_STRIKE = frozenset(" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# Groups: scheme, host, and the rest (path, query, fragment).
# The host is checked apart (``_bare_host``): dot-separated labels of letters, digits and
# inner hyphens, two at least; one flat class is faster for the pattern engine.
_BARE_URL = re.compile(
    r"(https?)://([a-z0-9](?:[a-z0-9.\-]*[a-z0-9])?)"
    r"((?:/(?:[A-Za-z0-9\-./%+=?&_@:,~#]*[A-Za-z0-9/_\-=%&+@~#])?)?)(?= |$)"
)
_LIST_MARKER = re.compile(r"^ *[-*+] +(?:\[[ xX]\] +)?")
# Where a paragraph (or a list item's content) would start another block instead: a
# heading, quote, thematic break, fence or list. ("[" and "~~[" are links, read apart.)
_OTHER_BLOCK = re.compile(
    r"[>~]|#{1,6}(?: |$)|[-*_](?: *[-*_]){2,} *$|[-+*](?: |$)|\d{1,9}[.)](?: |$)"
)


_BLOCK_STARTS = frozenset(">~#-*_+0123456789")
"""The first characters of what ``_OTHER_BLOCK`` matches."""


def _other_block(text: str) -> bool:
    """``text`` (at a block's start) starts a heading, quote, break, fence or list."""
    return _OTHER_BLOCK.match(text) is not None and not text.startswith("~~[")


class _Unsure(Exception):
    """The page has something the fast reader does not model."""


class _Group(NamedTuple):
    """An open heading: its level, label, the status it names and its 1-based line."""

    level: int
    label: str
    status: Status | None
    line: int


_PendingEntry = tuple[
    str, str | None, str, bool | None, bool, Status, tuple[str, ...], int, tuple[int, ...]
]
"""An entry item's title, url, description, checked, struck, status, groups, column and
group lines, waiting for the item's last line."""


class _Item:
    """An open list item (a plain slotted class: it changes as the lines below it are read)."""

    __slots__ = ("checked", "column", "context", "entry", "kind", "label", "line", "status")

    def __init__(
        self,
        column: int,
        line: int,
        kind: str,
        label: str = "",
        checked: bool | None = None,
    ) -> None:
        self.column = column
        """0-based column where the item's content starts (deeper lines belong to it)."""
        self.line = line
        self.kind = kind  # candidate | label | entry | note, as in parse._Item
        self.label = label
        self.checked = checked
        self.status: Status | None = None
        self.entry: _PendingEntry | None = None
        """For an entry item: what to build once the item's last line is known."""
        self.context: tuple[Status | None, tuple[str, ...], tuple[int, ...]] | None = None
        """The context of the blocks inside this item (computed once, see ``_Reader._context``)."""


_Link = tuple[str, str, str, bool | None, bool]
"""An entry's title, URL, description, task box and strike, as one line says them."""
_Found = tuple[_Link | None, str | None, bool | None]
"""What one line's inline content says: an entry, or a label and its task box."""


def _unlinked_text(text: str) -> str:
    """``text`` when it holds nothing linkify or an entity would change, else ``_Unsure``."""
    if (
        "//" in text
        or ("&" in text and _ENTITY.search(text))
        or (":" in text and "mailto:" in text.lower())
    ):
        raise _Unsure
    return text


def _plain(text: str) -> str:
    """``clean(text)`` for text that must be plain, in a page the reader takes.

    Plain: no ``[]*_~`` (emphasis, links, images, strikethrough; five searches for one
    character are faster than a pattern), and nothing linkify or an entity would change. Such
    a page holds no ``{``, invisible mark, tab or Unicode space (``_NEVER``): cleaning only
    folds runs of ``" "``. Written in one function: the hot book and bare-URL lines use it.
    """
    if "[" in text or "]" in text or "*" in text or "_" in text or "~" in text:
        raise _Unsure
    if "//" in text or "&" in text or ":" in text:
        _unlinked_text(text)  # raises unless it is an "&" or ":" that changes nothing
    if "  " in text:
        return " ".join(text.split())
    return text.strip(" ")


def _fold_spaces(text: str) -> str:
    """Runs of ``" "`` folded and the ends stripped; cheap when there is nothing to fold.

    That is what ``clean()`` does to text holding no ``{``, invisible mark, tab or Unicode
    space (``_NEVER``).
    """
    if "  " in text:
        return " ".join(text.split())
    return text.strip(" ")  # no run to fold: at most one space at each end


_DASHES = frozenset("-–—|")
"""What ``_inline._SEPARATOR_AFTER`` takes as a separator when a space follows."""
_STOPS = frozenset(":,.;")
"""What it takes as a separator when a space follows or the text ends there."""


def _description(tail: str) -> str:
    """``strip_separator(_fold_spaces(_unlinked_text(tail)))``: the description after a link."""
    if "//" in tail or "&" in tail or (":" in tail and "mailto:" in tail.lower()):
        _unlinked_text(tail)  # raises unless the "&" starts no entity
    return _strip_separator(" ".join(tail.split()) if "  " in tail else tail.strip(" "))


def _strip_separator(text: str) -> str:
    """``strip_separator(text)`` for folded text (no space at its ends, none doubled).

    Such text holds no other white space (``_NEVER``), so ``_SEPARATOR_AFTER`` can only match
    its first one or two characters and ``strip()`` has nothing left to remove.
    """
    first = text[:1]
    if text[1:2] == " " and (first in _DASHES or first in _STOPS):
        text = text[2:]
    elif len(text) == 1 and first in _STOPS:
        return ""
    if not text or (text[0] in _PUNCTUATION and _ONLY_PUNCTUATION.match(text)):
        return ""
    return text


def _odd_title(title: str) -> str:
    """A link title with spaces to fold or something linkify or an entity may change."""
    title = _fold_spaces(_unlinked_text(title))
    if not title:
        raise _Unsure
    return title


def _link_text(
    title: str, url: str, scheme: str | None, struck: str | None, closes: str | None, tail: str
) -> tuple[str, str]:
    """The title and description of a ``_LINK_LINE`` match, from its groups.

    Refuses (``_Unsure``) what markdown-it would read otherwise: a title or description that
    linkify or an entity would change, a URL that is not http(s) or holds an entity, and
    ``~~`` that does not close a strike.
    """
    if (
        "  " in title or "//" in title or "&" in title or ":" in title
        or title[0] == " " or title[-1] == " "
    ):  # fmt: skip
        title = _odd_title(title)
    # A URL of the simple shape (scheme given) is http(s) and can hold no entity.
    if not scheme and (
        not url.startswith(("https://", "http://")) or ("&" in url and _ENTITY.search(url))
    ):
        raise _Unsure
    if struck:
        if not closes or (tail and tail[0] not in _CLOSES_STRIKE):
            raise _Unsure  # "~~" that cannot close (followed by a letter) stays text
    elif closes:
        raise _Unsure
    return title, _description(tail) if tail else ""


def _url(url: str) -> str:
    if not url.startswith(("http://", "https://")) or ("&" in url and _ENTITY.search(url)):
        raise _Unsure
    return url


def _inline(content: str, *, in_list: bool, checked: bool | None = None) -> _Found:
    """Mirror of ``read_entry`` (then ``bare_label``) for one line of plain content.

    A list item's task box is already read: ``checked`` is its state.
    """
    struck = content.startswith("~~[")
    if struck:
        content = content[2:]
    if content.startswith("["):
        link = _LINK.match(content)
        if link is None:
            raise _Unsure
        title = _plain(link.group(1))
        url = _url(link.group(2))
        tail = content[link.end() :]
        if struck:
            if not tail.startswith("~~") or not (len(tail) == 2 or tail[2] in _CLOSES_STRIKE):
                raise _Unsure  # "~~" that cannot close (followed by a letter) stays text
            tail = tail[2:]
        if not title:
            raise _Unsure
        description = _strip_separator(_plain(tail))
        return (title, url, description, checked, struck), None, None
    if struck:
        raise _Unsure
    if content.startswith(("http://", "https://")):
        return _bare(content, "", checked, in_list=in_list)
    space = content.find(" http")
    if space >= 0 and in_list and content.startswith(("http://", "https://"), space + 1):
        return _bare(content[space + 1 :], content[:space], checked, in_list=in_list)
    label = _plain(content)
    return None, label or None, checked


def _bare(content: str, before: str, checked: bool | None, *, in_list: bool) -> _Found:
    """A bare URL (linkified by markdown-it) at the start of ``content``."""
    return _bare_link(_bare_url(content, 0), content, before, checked, in_list=in_list), None, None


def _bare_url(content: str, start: int) -> re.Match[str]:
    """The bare URL at ``content[start:]``, followed by a space or the end."""
    match = _BARE_URL.match(content, start)
    if match is None:
        raise _Unsure
    host = match.group(2)
    if "." not in host or ".." in host or ".-" in host or "-." in host:
        raise _Unsure  # not labels joined by single dots, or a single label
    return match


def _bare_link(
    match: re.Match[str], content: str, before: str, checked: bool | None, *, in_list: bool
) -> _Link:
    """The entry of a bare URL ``match`` in ``content``, after the text ``before`` it."""
    url = match.group()
    if "&" in url and _ENTITY.search(url):
        raise _Unsure
    after = _plain(content[match.end() :])
    before_text = _plain(before)
    # Decoration starts with a space, a ":shortcode:" or a symbol outside ASCII.
    if not before_text or (
        (before_text[0] == ":" or not before_text[0].isascii()) and _DECORATION.match(before_text)
    ):
        return url, url, _strip_separator(after), checked, False
    if not in_list:
        raise _Unsure
    # The text has no space at its ends (_plain): the separator can only be at its last
    # character, and without one neither sub() nor strip() changes it.
    if before_text[-1] in _SEPARATOR_ENDS:
        title = _SEPARATOR_BEFORE.sub("", before_text).strip()
    else:
        title = before_text
    description = _strip_separator(_strip_separator(after)) if after else ""
    return title, url, description, checked, False


def _bare_facts(match: re.Match[str]) -> UrlFacts:
    """``url_facts`` of a bare URL ``match``, from its parts when it has the simple shape.

    Without ``?``, ``#`` or ``&``, its host and path are what ``_fasturl``'s simple pattern
    finds (the bare pattern's characters are a subset of it there).
    """
    scheme, host, path = match.groups()
    if "?" in path or "#" in path or "&" in path:  # only the path part can hold them
        return url_facts(match.group())
    return simple_url_facts(scheme, host, path, None)


def _book(label: str) -> tuple[str, str]:
    """The title and description of a book's item text (``Title - Author``)."""
    title, _, description = label.partition(" - ")
    if not description:
        title, _, description = label.partition(" – ")
    if not description:
        title, _, description = label.partition(" — ")
    return title.strip(), description.strip()


class _Reader:
    """Mirror of ``parse._Walker`` over lines instead of tokens."""

    def __init__(
        self, lines: Sequence[str], offset: int, vocabulary: StatusVocabulary, path: str | None
    ) -> None:
        self.lines = lines
        self.offset = offset
        self.vocabulary = vocabulary
        self.path = path
        self.headings: list[_Group] = []
        self.items: list[_Item] = []
        self.entries: list[Entry] = []
        self.keys: list[str | None] = []
        self.titles: list[str] = []
        """The title of each entry, for the duplicate check's shortcut (``_may_repeat``)."""
        """The key of each entry (see ``_fasturl.url_facts``)."""
        self.last_line = 0
        self.unordered = False
        """Entries were emitted out of page order (they are sorted at the end)."""
        self.places: dict[EntryPlace, EntryPlace] = {}
        """Each distinct ``EntryPlace`` of the page, once (see ``model.new_entry``)."""
        self.flagged: list[Entry] = []
        """Entries whose URL may have problems (see ``_fasturl.url_facts``)."""
        self.diagnostics: list[Diagnostic] = []
        self.heading: str | None = None
        self.heading_line: int | None = None
        self.seen_heading = False
        self.top_context: tuple[Status | None, tuple[str, ...], tuple[int, ...]] | None = None
        self.style = StyleFinder(lines)
        self.longest_label = max(map(len, vocabulary.labels), default=0) + 2
        """No longer label can name a status: its spaces are folded (_plain), casefolding
        never shortens, and folding drops at most a trailing " :"."""

    def read(self) -> None:
        lines = self.lines
        if lines and not lines[-1].strip() and not lines[-1].endswith(("\n", "\r")):
            # markdown-it leaves a last, unterminated blank line (and the blank lines before
            # it) out of the list item above; this reader would count them in.
            raise _Unsure
        previous_blank = True
        link_line = _LINK_LINE.fullmatch
        index, count = self.offset, len(lines)
        while index < count:
            # The body holds no tab, form feed or Unicode space (_NEVER): rstrip() removes
            # exactly the line ending and trailing spaces.
            content = lines[index].rstrip()
            index += 1
            if not content:
                previous_blank = True
                continue
            line = index
            match = link_line(content)
            if match is not None and self._link_line(match, line, previous_blank):
                index, previous_blank = self._run(index)
                continue
            stripped = content.lstrip(" ")
            indent = len(content) - len(stripped)
            marker = _MARKER.match(content) if stripped[0] in "-*+" else None
            heading = stripped[0] == "#" and _HEADING_START.match(stripped)
            if marker is None and not previous_blank and not heading:
                raise _Unsure  # a continuation line (lazy or not), or a setext underline
            previous_blank = False
            if heading:
                if indent:
                    raise _Unsure
                self._close_items(0, line)
                self._heading(stripped, line)
                continue
            items = self.items
            if items:
                self._close_items(indent, line)
            if indent - (items[-1].column if items else 0) >= 4:
                raise _Unsure  # an indented code block, or a paragraph's continuation
            if marker is not None:
                self._open_item(marker, content, line)
                if not items:  # it ended at once: more such items may follow
                    index, previous_blank = self._run(index)
            else:
                if stripped[0] in _BLOCK_STARTS and _other_block(stripped):
                    raise _Unsure
                self._paragraph(stripped, line, indent)
        self._close_items(-1, len(lines) + 1)

    def _link_line(self, match: re.Match[str], line: int, previous_blank: bool) -> bool:
        """A line that is one ``[Title](url)`` entry, as item or paragraph (the hot path).

        False when the general path must read the line (a list item's box without a
        marker cannot happen; a paragraph continuing the previous line is for it to refuse).
        """
        indent_text, box, struck, title, url, scheme, host, path, query, closes, tail = (
            match.groups()
        )
        indent = len(indent_text)
        start = match.start(3) if struck else match.start(4) - 1
        is_item = start > indent
        if not is_item and not previous_blank:
            return False
        items = self.items
        if items and indent < items[-1].column:
            self._close_items(indent, line)
        if indent - (items[-1].column if items else 0) >= 4:
            raise _Unsure
        title, description = _link_text(title, url, scheme, struck, closes, tail)
        checked = None if box is None else box[1] != " "
        column = start + 1
        if is_item:
            if items and items[-1].kind == "candidate":
                self._nested_block()
            if self.style.watching_entries:
                self.style.entry(line, items)
            if struck or checked is not None:
                status, topics, group_lines = self._resolve(bool(struck), checked, line, column)
            else:  # no box, not struck: the group's status (what _resolve gives, sooner)
                context = self.top_context if not items else None
                group_status, topics, group_lines = context or self._context()
                status = group_status or self.vocabulary.default
            if not indent and (end_line := _margin_end(self.lines, line)):
                # Nothing nests in this item, which ends before the next line at the margin
                # (what _close_items finds when that line comes).
                self._emit(
                    title, url, description, checked, bool(struck), status, topics, line,
                    column, end_line, group_lines,
                    simple_url_facts(scheme, host, path, query) if scheme else None,
                )  # fmt: skip
                return True
            item = _Item(indent + 2, line, "entry", title)
            item.entry = (
                title, url, description, checked, bool(struck), status, topics, column, group_lines
            )  # fmt: skip
            items.append(item)
            return True
        if items:
            if items[-1].kind == "candidate":
                self._nested_block()
            if items[-1].kind != "label":
                return True
        if self.style.watching_entries:
            self.style.entry(None, items)
        if struck:
            status, topics, group_lines = self._resolve(True, None, line, column)
        else:  # a paragraph has no box: the group's status (what _resolve gives, sooner)
            group_status, topics, group_lines = self._context()
            status = group_status or self.vocabulary.default
        self._emit(
            title, url, description, checked, bool(struck), status, topics, line, column, line,
            group_lines, simple_url_facts(scheme, host, path, query) if scheme else None,
        )  # fmt: skip
        return True

    def _run(self, index: int) -> tuple[int, bool]:
        """Read on from ``lines[index]`` while the lines are entries in one context (hot loop).

        Called after a line was read as an entry (or item) that is finished. Two shapes: list
        items at the margin, each ending before the next line at the margin (awesome lists,
        task lists, books and bare URLs after a name), and link paragraphs at a label's
        column, each followed by a blank line (the seed page). What ``_link_line``,
        ``_open_item`` and ``_emit`` would do for each, without deciding again what cannot
        change inside the run: the open items, the groups and their context. A plain link
        (maybe in a task box) with a simple URL takes ``_PLAIN_LINK``; other lines the general
        pattern. Returns the index of the first line not read and whether the line before it
        is blank; the general loop goes on from there.
        """
        items = self.items
        if items and items[-1].kind != "label":
            return index, False
        margin = items[-1].column if items else 0
        # The context, once an entry needs it (asking for it counts its groups in the style).
        context: tuple[Status | None, tuple[str, ...], tuple[int, ...]] | None = None
        lines, style, places = self.lines, self.style, self.places
        count = len(lines)
        link_line = _LINK_LINE.fullmatch
        entries, keys, flagged, titles = self.entries, self.keys, self.flagged, self.titles
        previous_blank = False
        # Plain entries (a simple URL, no strike, maybe a task box): where their link starts
        # on the line, and the place of those with no box ending on their own line, once known.
        plain_link = _PLAIN_LINK.fullmatch
        at = margin if items else 2
        lead = " " * margin
        fast = not style.watching_entries
        place: EntryPlace | None = None
        status = self.vocabulary.default
        while index < count:
            content = lines[index].rstrip()
            if not content:
                previous_blank = True
                index += 1
                continue
            # A plain entry: "- [Title](url) ..." (maybe with a task box) ending before the
            # next line at the margin, or a "[Title](url) ..." paragraph in the label.
            column, checked = -1, None
            if not fast:
                pass
            elif items:
                if previous_blank and content[at : at + 1] == "[" and content[:at] == lead:
                    column = at
            elif content[1:3] == " [" and content[0] in "-*+":
                if content[4:7] == "] [" and content[3] in " xX":
                    column, checked = 6, content[3] != " "
                else:
                    column = 2
            link = None
            if column > 0:
                line = index + 1
                if items:  # the paragraph must end here: a blank line follows
                    end_line = line if line < count and lines[line].isspace() else 0
                elif line < count and lines[line][0] not in " \r\n":
                    end_line = line
                else:
                    end_line = _margin_end(lines, line)
                link = plain_link(content, column) if end_line else None
            if link is not None:
                title, url, scheme, host, path, query, tail = link.groups()
                # _link_text's test of the title, written in place on the hot path.
                odd = "  " in title or "//" in title or "&" in title or ":" in title
                if odd or title[0] == " " or title[-1] == " ":
                    title = _odd_title(title)
                description = _description(tail) if tail else ""
                key, _, _, may_have_problems = simple_url_facts(scheme, host, path, query)
                if place is None:
                    group_status, topics, group_lines = context = context or self._context()
                    status = group_status or status
                    place = (at + 1, 0, topics, None, False, group_lines)
                    place = places.setdefault(place, place)
                own, its_status = place, status
                if checked is not None or end_line != line:
                    own = (column + 1, end_line - line, place[2], checked, False, place[5])
                    own = places.setdefault(own, own)
                    if checked is not None:  # what _resolve does, the context known
                        its_status, conflict = entry_status(
                            group_status,
                            self.vocabulary.default,
                            False,
                            checked,
                            self.path,
                            line,
                            column + 1,
                        )
                        if conflict is not None:
                            self.diagnostics.append(conflict)
            else:
                match = link_line(content) if "](" in content else None
                if match is None:
                    # A plain item at the margin: a book or a bare URL after its title.
                    if items or content[0] not in "-*+" or content[1:2] != " " or content[2] == " ":
                        break
                    index += 1
                    previous_blank = False
                    if not self._plain_item(content, index):
                        return index, previous_blank  # it may hold more: the general path goes on
                    continue
                indent, box, struck, title, url, scheme, host, path, query, closes, tail = (
                    match.groups()
                )
                start = match.start(3) if struck else match.start(4) - 1
                line = index + 1
                if len(indent) != margin:
                    break
                if items:  # a paragraph in the label, ended by a blank line
                    if start != margin or not previous_blank or index + 1 >= count:
                        break
                    if not lines[index + 1].isspace():
                        break  # a paragraph going on (or lazily continued): for the general path
                    end_line = line
                elif not start:
                    break  # a paragraph at the margin: for the general path
                elif line < count and lines[line][0] not in " \r\n":
                    end_line = line  # the next line, at the margin, ends the item
                elif not (end_line := _margin_end(lines, line)):
                    break  # an item that may hold more: for the general path
                title, description = _link_text(title, url, scheme, struck, closes, tail)
                checked = None if box is None else box[1] != " "
                column = start + 1
                if style.watching_entries:
                    style.entry(None if items else line, items)
                group_status, topics, group_lines = context = context or self._context()
                if struck or checked is not None:
                    its_status = self._resolve(bool(struck), checked, line, column)[0]
                else:
                    its_status = group_status or self.vocabulary.default
                key, _, _, may_have_problems = (
                    simple_url_facts(scheme, host, path, query) if scheme else url_facts(url)
                )
                own = (column, end_line - line, topics, checked, bool(struck), group_lines)
                own = places.setdefault(own, own)
            entry = new_entry(title + url, len(title), its_status, line, description, own)
            entries.append(entry)
            keys.append(key)
            titles.append(title)
            if may_have_problems:
                flagged.append(entry)
            previous_blank = False
            index = line
        self.last_line = index
        return index, previous_blank

    def _plain_item(self, content: str, line: int) -> bool:
        """``_open_item`` for ``- text`` at the margin with no item open, sooner for some.

        A book, or a bare URL after its title, ending before the next line at the margin is
        read here; anything else goes to ``_open_item``. False when the item was left open
        (something indented may follow).
        """
        lines = self.lines
        rest = content[2:]
        if line < len(lines) and lines[line][0] not in " \r\n":
            end_line = line
        else:
            end_line = _margin_end(lines, line)
        if not end_line or rest[0] in _BLOCK_STARTS or rest[0] == "[" or rest[:4] == "http":
            marker = _MARKER.match(content)
            if marker is None:  # pragma: no cover (the caller saw "- " then not a space)
                raise _Unsure
            self._open_item(marker, content, line)
            return not self.items
        space = rest.find(" http")
        if space >= 0 and rest.startswith(("http://", "https://"), space + 1):
            found = _bare_url(rest, space + 1)
            link = _bare_link(found, rest, rest[:space], None, in_list=True)
            title, url, description, _, _ = link
            facts: UrlFacts | None = _bare_facts(found)
        else:
            label = _plain(rest)
            if not self.headings:
                return True  # not in a group: not an entry
            if len(label) <= self.longest_label and self.vocabulary.status_of(label) is not None:
                return True
            (title, description), url, facts = _book(label), None, None
        if self.style.watching_entries:
            self.style.entry(line, ())
        status, topics, group_lines = self._context()
        self._emit(
            title, url, description, None, False, status or self.vocabulary.default, topics,
            line, 3, end_line, group_lines, facts,
        )  # fmt: skip
        return True

    # Groups ---------------------------------------------------------------------------

    def _heading(self, content: str, line: int) -> None:
        match = _HEADING.fullmatch(content)
        if match is None or content.endswith("#"):
            raise _Unsure
        label = _plain(match.group(2)).rstrip(":").strip()
        if not label:
            raise _Unsure
        level = len(match.group(1))
        if level == 1 and not self.seen_heading and not self.entries and self.heading is None:
            self.heading, self.heading_line = label, line
            self.seen_heading = True
            return
        self.seen_heading = True
        self.top_context = None
        while self.headings and self.headings[-1].level >= level:
            self.headings.pop()
        self.headings.append(_Group(level, label, self.vocabulary.status_of(label), line))

    def _context(self) -> tuple[Status | None, tuple[str, ...], tuple[int, ...]]:
        """Status, topics and group lines where the reader is; cached on the innermost item.

        Headings close every item, and an item's kind changes only before anything nests
        in it, so the context inside an item never changes while it is open.
        """
        if self.items:
            item = self.items[-1]
            if item.context is None:
                item.context = self._compute_context()
            return item.context
        if self.top_context is None:
            self.top_context = self._compute_context()
        return self.top_context

    def _compute_context(self) -> tuple[Status | None, tuple[str, ...], tuple[int, ...]]:
        if self.style.watching_groups:  # once per context, as the entries' contexts change
            self.style.groups(self.headings, self.items)
        return group_context(self.headings, self.items)

    # List items -----------------------------------------------------------------------

    def _nested_block(self) -> None:
        """A block inside the innermost item after its first paragraph: a label opens."""
        if not self.items:
            return
        item = self.items[-1]
        if item.kind == "candidate":
            item.kind = "label"
            item.status = self.vocabulary.status_of(item.label)
            item.label = item.label.rstrip(":").strip()
            item.context = None

    def _open_item(self, marker: re.Match[str], content: str, line: int) -> None:
        rest = content[marker.end() :]
        if rest[0] in _BLOCK_STARTS and _other_block(rest):
            raise _Unsure
        if self.items:
            self._nested_block()
        checked: bool | None = None
        column = marker.end() + 1  # where the entry starts, after the marker and any box
        if box := _BOX.match(rest):
            checked = box.group(1) != " "
            rest = rest[box.end() :]
            column += box.end()
        link, label, checked = _inline(rest, in_list=True, checked=checked)
        # An item at the margin with nothing indented under it ends before the next line at
        # the margin: what _close_items finds when that line comes.
        end_line = 0 if marker.start(2) else _margin_end(self.lines, line)
        if link is not None:
            title, url, description, checked, struck = link
            if self.style.watching_entries:
                self.style.entry(line, self.items)
            status, topics, group_lines = self._resolve(struck, checked, line, column)
            if end_line:
                self._emit(
                    title, url, description, checked, struck, status, topics, line, column,
                    end_line, group_lines,
                )  # fmt: skip
                return
            item = _Item(marker.end(), line, "entry", title or url)
            item.entry = (
                title, url, description, checked, struck, status, topics, column, group_lines
            )  # fmt: skip
        elif label is None:
            if end_line:
                return
            item = _Item(marker.end(), line, "note")
        else:
            if end_line:
                self._close_candidate(label, checked, line, end_line, column)
                return
            item = _Item(marker.end(), line, "candidate", label, checked)
        self.items.append(item)

    def _close_items(self, indent: int, line: int) -> None:
        """Close every item that a line at ``indent`` (on 1-based ``line``) is not inside."""
        while self.items and indent < self.items[-1].column:
            item = self.items.pop()
            end_line = max(line - 1, item.line)
            if item.entry is not None:
                title, url, description, checked, struck, status, topics, column, lines = item.entry
                self._emit(
                    title, url, description, checked, struck, status, topics, item.line, column,
                    end_line, lines,
                )  # fmt: skip
            elif item.kind == "candidate":
                self._close_candidate(item.label, item.checked, item.line, end_line)

    def _close_candidate(
        self, label: str, checked: bool | None, line: int, end_line: int, column: int = 0
    ) -> None:
        """A plain item that nothing nested in ends: a book, when it is in a group."""
        items = self.items
        if not self.headings and not any(item.kind == "label" for item in items):
            return  # not in a group
        if len(label) <= self.longest_label and self.vocabulary.status_of(label) is not None:
            return
        if items and any(parent.kind in {"entry", "note"} for parent in items):
            return
        title, description = _book(label)
        if self.style.watching_entries:
            self.style.entry(line, self.items)
        column = column or self._column(line)
        status, topics, group_lines = self._resolve(False, checked, line, column)
        self._emit(
            title, None, description, checked, False, status, topics, line, column, end_line,
            group_lines,
        )  # fmt: skip

    # Paragraphs -----------------------------------------------------------------------

    def _paragraph(self, content: str, line: int, indent: int) -> None:
        if self.items:
            self._nested_block()
            if self.items[-1].kind != "label":
                _inline(content, in_list=False)  # still only what this reader models
                return
        link = _inline(content, in_list=False)[0]
        if link is not None:
            title, url, description, checked, struck = link
            if self.style.watching_entries:
                self.style.entry(None, self.items)
            status, topics, group_lines = self._resolve(struck, checked, line, indent + 1)
            self._emit(
                title, url, description, checked, struck, status, topics, line, indent + 1,
                line, group_lines,
            )  # fmt: skip

    # Statuses -------------------------------------------------------------------------

    def _emit(
        self,
        title: str,
        url: str | None,
        description: str,
        checked: bool | None,
        struck: bool,
        status: Status,
        groups: tuple[str, ...],
        line: int,
        column: int,
        end_line: int,
        group_lines: tuple[int, ...],
        facts: UrlFacts | None = None,
    ) -> None:
        """Mirror of ``load._entry``: the finished entry (the reader's URLs are http(s)).

        ``facts`` are the URL's, when already known.
        """
        if url is None:
            key, may_have_problems = None, False
        else:
            key, _, _, may_have_problems = facts or url_facts(url)
        place: EntryPlace = (column, end_line - line, groups, checked, struck, group_lines)
        place = self.places.setdefault(place, place)  # one per group: entries share it
        if url is None:
            entry = new_entry(title, -1, status, line, description, place)
        else:
            entry = new_entry(title + url, len(title), status, line, description, place)
        if line <= self.last_line:
            self.unordered = True  # an item closes after the items inside it
        self.last_line = line
        self.entries.append(entry)
        self.keys.append(key)
        self.titles.append(title)
        if may_have_problems:
            self.flagged.append(entry)

    def _resolve(
        self, struck: bool, checked: bool | None, line: int, column: int
    ) -> tuple[Status, tuple[str, ...], tuple[int, ...]]:
        """Mirror of ``_Walker._add``: the status, topics and group lines of a new entry."""
        group_status, topics, group_lines = self._context()
        if not struck and checked is None:  # what entry_status gives, sooner
            return group_status or self.vocabulary.default, topics, group_lines
        status, conflict = entry_status(
            group_status, self.vocabulary.default, struck, checked, self.path, line, column
        )
        if conflict is not None:
            self.diagnostics.append(conflict)
        return status, topics, group_lines

    def _column(self, line: int) -> int:
        match = _LIST_MARKER.match(self.lines[line - 1])
        return (match.end() if match else 0) + 1


def _margin_end(lines: Sequence[str], line: int) -> int:
    """The 1-based last line of a list item at the margin on ``line``, with nothing nested.

    That is the line before the next one at the margin, past blank lines; 0 when the next
    non-blank line is indented (it may belong to the item) or there is none (the page's
    end decides).
    """
    count = len(lines)
    if line >= count:
        return line  # the item is the page's last line
    end = line
    while lines[end].isspace():
        end += 1
        if end >= count:
            return 0
    return 0 if lines[end][0] == " " else end


def _never_read(body: str) -> bool:
    """True when ``body`` holds a character of ``_NEVER``.

    The printable ASCII characters outside ``_NEVER`` (and line ends) are deleted from the
    UTF-8 bytes first, in one pass: the pattern then searches only what is left, usually
    nothing (deleting ASCII bytes leaves the other characters' bytes whole).
    """
    rest = body.encode("utf-8", "surrogatepass").translate(None, _READABLE_ASCII)
    return bool(rest) and _NEVER.search(rest.decode("utf-8", "surrogatepass")) is not None


def _may_repeat(keys: Sequence[str | None], titles: Sequence[str]) -> bool:
    """Whether two entries share a key or a folded title (what duplicates are made of).

    The reader's titles have their spaces folded and hold no control character or backtick
    (``_NEVER``), so an ASCII title folds to ``lower()`` (see ``rules.fold_title``). Two sets
    built in C replace the duplicate check's walk on the many pages without duplicates.
    """
    keyed = [key for key in keys if key is not None]
    if len(set(keyed)) != len(keyed):
        return True
    folded = {title.lower() if title.isascii() else fold_title(title) for title in titles}
    return len(folded) != len(titles)


def _groups_in_order(places: Iterable[EntryPlace]) -> tuple[tuple[str, ...], ...]:
    """The topic group paths of the page, from the places of its entries.

    A place enters the reader's table with the first entry emitted in it, so when entries
    were emitted in page order, the first place naming a group path is its first entry's.
    """
    return tuple(dict.fromkeys(place[2] for place in places if place[2]))


class FastBody(NamedTuple):
    """What the fast reader found: finished entries, and the body's own diagnostics."""

    entries: tuple[Entry, ...]
    """Entries in page order."""
    keys: tuple[str | None, ...]
    """The canonical key of each entry (``None`` for a book)."""
    flagged: tuple[Entry, ...]
    """The entries whose URL may have problems to report."""
    diagnostics: tuple[Diagnostic, ...]
    """Problems found while reading (``status-conflict``)."""
    heading: str | None
    """The page's H1, if any."""
    heading_line: int | None
    """1-based line of the H1."""
    style: PageStyle
    """How the page writes its groups and entries."""
    repeats: bool
    """False when no two entries share a key or a folded title: no duplicate to look for."""
    groups: tuple[tuple[str, ...], ...] | None
    """Every topic group path that holds an entry, in page order; ``None``: not known."""


_PAGE_ORDER = attrgetter("line", "column")


def read_body(
    lines: Sequence[str],
    body_start: int,
    vocabulary: StatusVocabulary,
    path: str | None,
    body: str | None = None,
) -> FastBody | None:
    """The body as :func:`readinglist.parse.parse_body` and ``load._entry`` read it.

    ``None`` when the body holds anything this reader does not model. ``body`` is the text
    of ``lines[body_start:]`` when the caller has it.
    """
    if _never_read("".join(lines[body_start:]) if body is None else body):
        return None
    reader = _Reader(lines, body_start, vocabulary, path)
    try:
        reader.read()
    except _Unsure:
        return None
    entries, keys = reader.entries, reader.keys
    if reader.unordered:
        order = sorted(range(len(entries)), key=lambda index: _PAGE_ORDER(entries[index]))
        entries, keys = [entries[index] for index in order], [keys[index] for index in order]
        reader.flagged.sort(key=_PAGE_ORDER)
    return FastBody(
        tuple(entries),
        tuple(keys),
        tuple(reader.flagged),
        tuple(reader.diagnostics),
        reader.heading,
        reader.heading_line,
        reader.style.style(),
        _may_repeat(keys, reader.titles),
        None if reader.unordered else _groups_in_order(reader.places),
    )
