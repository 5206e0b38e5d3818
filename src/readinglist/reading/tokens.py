"""The one configured markdown-it parser: CommonMark, strikethrough, bare-URL linkify.

Links are not validated or normalised by markdown-it: every destination reaches the
parser as written (entities and escapes resolved), so that ``javascript:`` links are
found and reported instead of silently becoming text.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


def _accept_every_link(url: str) -> bool:
    return True


def _as_written(url: str) -> str:
    return url


@cache
def markdown_parser() -> MarkdownIt:
    """The shared parser (built once; markdown-it parsers are safe to reuse).

    markdown-it is imported here, on first use: ``import readinglist`` stays light.
    """
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"linkify": True}).enable(["strikethrough", "linkify"])
    if parser.linkify is None:  # pragma: no cover - linkify-it-py is a dependency
        raise RuntimeError("readinglist needs linkify-it-py for bare URLs")
    parser.linkify.set({"fuzzy_email": False, "fuzzy_link": False, "fuzzy_ip": False})
    parser.validateLink = _accept_every_link  # type: ignore[method-assign]
    parser.normalizeLink = _as_written  # type: ignore[method-assign]
    parser.normalizeLinkText = _as_written  # type: ignore[method-assign, assignment]
    return parser


def tokenize(text: str) -> list[Token]:
    """Block tokens of ``text``, inline children filled in; maps are 0-based line ranges."""
    return markdown_parser().parse(text)
