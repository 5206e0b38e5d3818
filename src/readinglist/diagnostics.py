"""Diagnostics: what is wrong with a page, where, and how bad it is."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How bad a diagnostic is; compares equal to its plain-string name."""

    ERROR = "error"
    """Something is broken: a link that cannot work, front matter that does not parse."""
    WARNING = "warning"
    """Probably a mistake: a duplicate, a title that disagrees with the heading."""
    INFO = "info"
    """Worth knowing, harmless: tracking parameters, plain ``http://``."""

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for info: sorts the worst first."""
        return _RANKS[self]


_RANKS = {severity: number for number, severity in enumerate(Severity)}
"""Each severity's rank: the order the members are declared in (the loader sorts by it)."""


class Code(StrEnum):
    """Every diagnostic code, with its severity, its meaning and an example that triggers it.

    The diagnostics reference in the docs is generated from this enum, and the test suite
    checks that every example produces its code.
    """

    severity: Severity
    summary: str
    example: str

    def __new__(cls, slug: str, severity: Severity, summary: str, example: str) -> Code:
        member = str.__new__(cls, slug)
        member._value_ = slug
        member.severity = severity
        member.summary = summary
        member.example = example
        return member

    FRONT_MATTER_SYNTAX = (
        "front-matter-syntax",
        Severity.ERROR,
        "The front matter is not valid YAML (or TOML between ``+++`` lines), is not a mapping, "
        "or uses a YAML tag that would construct an object. Reported at the file line of the "
        "fault; the body is still read.",
        "---\ntitle: [unclosed\n---\n\n- [A](https://example.com/a)\n",
    )
    FRONT_MATTER_TYPE = (
        "front-matter-type",
        Severity.ERROR,
        "A Just the Docs key has a value of the wrong type. The value is kept in "
        "``front_matter.raw`` but the typed field is ``None``.",
        "---\ntitle: Example\nnav_order: six\n---\n\n- [A](https://example.com/a)\n",
    )
    FRONT_MATTER_TOO_LARGE = (
        "front-matter-too-large",
        Severity.ERROR,
        "The front matter is larger than the front matter size limit (256,000 bytes of UTF-8 "
        "by default; ``max_front_matter_size`` of :func:`readinglist.load`, the "
        "``max-front-matter-size`` setting) and is not parsed: the page has no front matter, "
        "and its body is read. The example produces it under a limit of 16 bytes.",
        "---\ntitle: Example\nnav_order: 1\n---\n\n- [A](https://example.com/a)\n",
    )
    MISSING_TITLE = (
        "missing-title",
        Severity.WARNING,
        "The front matter has no ``title`` (Just the Docs leaves such a page out of its "
        "navigation), or the page has neither front matter title nor H1. The H1, else the file "
        "name, is used as the page's title.",
        "---\nnav_order: 1\n---\n\n# Example\n\n- [A](https://example.com/a)\n",
    )
    TITLE_MISMATCH = (
        "title-mismatch",
        Severity.WARNING,
        "The H1 heading differs from the front matter ``title``.",
        "---\ntitle: Example\n---\n\n# Another name\n\n- [A](https://example.com/a)\n",
    )
    DUPLICATE_URL = (
        "duplicate-url",
        Severity.WARNING,
        "Two entries share a canonical URL key (scheme, ``www.``, tracking parameters, "
        "fragments such as ``#abstract``, Medium's author and publication forms and the like "
        "folded). Reported once, at the later entry, naming the first place the URL appears "
        "(across pages, in the first page that has it).",
        "- [A](https://example.com/a)\n- [A again](http://www.example.com/a/?utm_source=x)\n",
    )
    DUPLICATE_TITLE = (
        "duplicate-title",
        Severity.WARNING,
        "Two entries have the same title (case, quotes and spacing folded) but different URLs: "
        "a repost, or a link pasted under the wrong title?",
        "- [Same Title](https://example.com/a)\n- [same  title](https://example.org/b)\n",
    )
    INVALID_URL = (
        "invalid-url",
        Severity.ERROR,
        "A link that is not an absolute ``http(s)`` URL: relative, no host, a space in it, or "
        "a Liquid ``{{ }}`` template that only Jekyll can expand. (A list whose links are all "
        "relative links to pages is the site's navigation, not entries; a placeholder ``()`` "
        "or ``(#)`` is an ``empty-link``.)",
        "- [A](https://example.com/a)\n- [A local note](notes/a.md)\n",
    )
    UNSAFE_URL = (
        "unsafe-url",
        Severity.ERROR,
        "A ``javascript:``, ``data:``, ``vbscript:`` or ``file:`` link, in any case and "
        "however it is escaped. Such an entry never becomes a link when rendered.",
        "- [Click me](javascript:alert(1))\n",
    )
    EMPTY_TITLE = (
        "empty-title",
        Severity.ERROR,
        "A link with no text: readers see nothing to click. The URL is used as the title.",
        "- [](https://example.com/a)\n",
    )
    EMPTY_LINK = (
        "empty-link",
        Severity.INFO,
        "A placeholder link, ``[Some Book]()`` or ``[Some Book](#)``: the entry is read as a "
        "book without a URL until the URL is written in.",
        "## To read\n\n- [Some Book]()\n",
    )
    UNKNOWN_STATUS_LABEL = (
        "unknown-status-label",
        Severity.WARNING,
        "A group label one edit (a swap of two letters counts as one) from a status label, "
        "such as ``## Finsihed``, on a page whose other groups at that level are status "
        "groups: it is read as a topic, so its entries keep the status around it. The "
        "message says which label was probably meant. Labels under four letters are never "
        "reported.",
        "## To read\n\n- [A](https://example.com/a)\n\n## Finsihed\n\n"
        "- [B](https://example.com/b)\n",
    )
    LINK_IN_CODE_BLOCK = (
        "link-in-code-block",
        Severity.ERROR,
        "A line indented four or more spaces outside a list is an indented code block in "
        "CommonMark: the link on it is shown as code and is not an entry.",
        "Some text.\n\n    [Lost](https://example.com/a)\n",
    )
    NOT_A_HEADING = (
        "not-a-heading",
        Severity.WARNING,
        "A line that looks like a heading but is not one, because the ``#`` marks are followed "
        "by a non-breaking or other unusual space instead of a plain space.",
        "##\u00a0Done\n\n- [A](https://example.com/a)\n",
    )
    SHORTENED_URL = (
        "shortened-url",
        Severity.WARNING,
        "A link through a URL shortener (``bit.ly``, ``t.co``, ``lnkd.in``, ``link.medium.com``"
        " …): the real target is hidden and duplicates cannot be found.",
        "- [A](https://bit.ly/3abcdef)\n",
    )
    TRACKING_PARAMS = (
        "tracking-params",
        Severity.INFO,
        "The URL carries tracking parameters (``utm_*``, ``fbclid``, ``gclid`` …) that can be "
        "removed.",
        "- [A](https://example.com/a?utm_source=newsletter)\n",
    )
    INSECURE_URL = (
        "insecure-url",
        Severity.INFO,
        "The URL uses plain ``http://``.",
        "- [A](http://example.com/a)\n",
    )
    STATUS_CONFLICT = (
        "status-conflict",
        Severity.WARNING,
        "An unchecked task item (``- [ ]``) sits in a group whose status is done or skipped. "
        "The box wins: the entry is ``todo``.",
        "## Done\n\n- [ ] [A](https://example.com/a)\n",
    )
    NO_ENTRIES = (
        "no-entries",
        Severity.WARNING,
        "The page has no entries at all.",
        "---\ntitle: Empty\n---\n\nNothing to read yet.\n",
    )
    FILE_TOO_LARGE = (
        "file-too-large",
        Severity.ERROR,
        "The page is larger than the size limit (10 MB by default; ``max_size`` of "
        ":func:`readinglist.load`) and is not parsed at all: it has no entries and this is "
        "its only diagnostic. The example produces it under a limit of 64 bytes.",
        "---\ntitle: Example\n---\n\n- [A](https://example.com/a)\n- [B](https://example.com/b)\n",
    )
    UNKNOWN_PARENT = (
        "unknown-parent",
        Severity.ERROR,
        "Collections only: ``parent`` names no page's title.",
        "---\ntitle: Child\nparent: No such page\n---\n\n- [A](https://example.com/a)\n",
    )
    GRAND_PARENT_MISMATCH = (
        "grand-parent-mismatch",
        Severity.ERROR,
        "Collections only: ``grand_parent`` is not the parent page's ``parent``.",
        "---\ntitle: Child\nparent: Section\ngrand_parent: Wrong\n---\n\n"
        "- [A](https://example.com/a)\n",
    )
    MISSING_CHILDREN = (
        "missing-children",
        Severity.INFO,
        "Collections only: ``has_children: true`` but no page names this one as its parent.",
        "---\ntitle: Section\nhas_children: true\n---\n\n- [A](https://example.com/a)\n",
    )

    @classmethod
    def from_slug(cls, slug: str) -> Code:
        """The code for a slug such as ``"duplicate-url"``; :class:`ValueError` otherwise."""
        for code in cls:
            if code.value == slug.strip().lower():
                return code
        known = ", ".join(code.value for code in cls)
        raise ValueError(f"unknown diagnostic code {slug!r} (known codes: {known})")

    @property
    def page_level(self) -> bool:
        """True for codes a single page can produce; false for collection codes."""
        return self not in _COLLECTION_CODES


_COLLECTION_CODES = frozenset(
    {Code.UNKNOWN_PARENT, Code.GRAND_PARENT_MISMATCH, Code.MISSING_CHILDREN}
)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in a page, located at a 1-based line (and column) of its file."""

    code: Code
    """What kind of problem; its slug is the value (``"duplicate-url"``)."""
    message: str
    """What is wrong, the value, and what would be right."""
    path: str | None
    """The file, as given to the loader; ``None`` for text loaded without a path."""
    line: int
    """1-based line in the file as written (front matter included)."""
    column: int | None = None
    """1-based column, where it makes sense."""
    related_path: str | None = None
    """The other place a diagnostic points at (the first copy of a duplicate): its file."""
    related_line: int | None = None
    """The other place's 1-based line."""
    severity: Severity | None = None
    """Set from ``code`` when not given; a settings file may lower or raise it."""

    def __post_init__(self) -> None:
        if self.severity is None:
            object.__setattr__(self, "severity", self.code.severity)

    @property
    def level(self) -> Severity:
        """The severity, never ``None``."""
        return self.severity or self.code.severity

    @property
    def location(self) -> str:
        """``path:line:column`` (``<string>`` when there is no path)."""
        where = f"{self.path or '<string>'}:{self.line}"
        return f"{where}:{self.column}" if self.column is not None else where

    @property
    def related(self) -> str | None:
        """``(first at line 13)``, or with the other file's name when it differs."""
        if self.related_line is None:
            return None
        if self.related_path is None or self.related_path == self.path:
            return f"first at line {self.related_line}"
        return f"first at {self.related_path}:{self.related_line}"

    def __str__(self) -> str:
        text = f"{self.location}: {self.level}[{self.code.value}] {self.message}"
        related = self.related
        return f"{text} ({related})" if related else text
