"""The line recognizer gives exactly the tokenizer's blocks, or declines the page.

For every page it takes, :func:`readinglist.reading.structure.lines.recognize` must equal
:func:`readinglist.reading.structure.tokens.blocks` block for block: the walker then cannot
tell them apart. It must also take the shapes it is there for (the seed page, the benchmark corpus).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.corpus import corpus
from readinglist.reading.frontmatter.block import read_front_matter
from readinglist.reading.source import split_lines
from readinglist.reading.structure import tokens
from readinglist.reading.structure.events import Block
from readinglist.reading.structure.lines import _OUTSIDE, _has_outside, recognize
from tests.fixture_format import read_cases
from tests.page_strategies import pages, runs
from tests.paths import EXAMPLES, FIXTURES, ROOT
from tests.reading.test_complexity import REGEX_SHAPES, SHAPES
from tests.reading.test_front_matter_limits import BILLION_LAUGHS
from tests.reading.test_properties_hostile import hostile_pages
from tests.reading.test_unsafe_urls import UNSAFE_LINKS

FORMAT_EXAMPLES = re.findall(
    r"```markdown\n(.*?)```", (ROOT / "docs" / "format.md").read_text(encoding="utf-8"), re.DOTALL
)
FIXTURE_PAGES = [case.text for path in sorted(FIXTURES.glob("*.txt")) for case in read_cases(path)]
DOCS_PAGES = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.md"))]


def _both(text: str) -> tuple[list[Block] | None, list[Block]]:
    """The recognizer's blocks (``None``: declined) and the tokenizer's, for a page's body."""
    lines = split_lines(text.removeprefix("\ufeff"))
    start = read_front_matter(lines, None).body_line
    body_lines = lines[start:]
    body = "".join(body_lines)
    tokenized = tokens.tokenizable(body)
    wanted = tokens.blocks(tokenized, split_lines(tokenized), start + 1)
    return recognize(body, body_lines, start + 1), wanted


def _same_or_declined(text: str) -> bool:
    """True when the recognizer declined ``text``; fails when it took it and differs."""
    recognized, wanted = _both(text)
    if recognized is None:
        return True
    assert recognized == wanted
    return False


@pytest.mark.parametrize("text", FIXTURE_PAGES + FORMAT_EXAMPLES + DOCS_PAGES)
def test_every_fixture_and_docs_page_reads_the_same_or_is_declined(text: str) -> None:
    _same_or_declined(text)


def test_the_recognizer_takes_the_seed_page_and_every_corpus_page() -> None:
    assert not _same_or_declined((EXAMPLES / "pinterest.md").read_text(encoding="utf-8"))
    assert [text for text in corpus(120, 40) if _same_or_declined(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "- **bold** title\n",  # emphasis
        "1. [Numbered](https://e.org)\n",  # ordered lists
        "> - [Quoted](https://e.org)\n",  # quotes
        "Paragraph\nover two lines\n",  # continuation lines
        "- [A](https://e.org)\n\tindented by a tab\n",  # tabs
        "- [A](https://e.org &amp; b)\n",  # entities
        "- [Code](https://e.org) `x`\n",  # code
        "Title\n=====\n",  # setext headings
        "- [A](https://e.org)\n---\n",  # thematic breaks
        "[ref]: https://e.org\n\n- [ref]\n",  # reference links
        "- a /_b_/ c\n",  # an underscore that may open emphasis
    ],
)
def test_shapes_outside_the_model_are_declined(text: str) -> None:
    assert _same_or_declined(text)


@pytest.mark.parametrize(
    "text",
    [
        "- a_b https://e.org/x_y_z\n",  # underscores inside words and URLs
        "- [x] [Done](https://e.org)\n  - [ ] [Open](https://e.org/2)\n",  # nested boxes
        "- TODO\n\n  [A](https://e.org)\n\n  [B](https://e.org/b) - notes\n",  # the seed's shape
        "* one\n+ two\n- three\n",  # three lists, one per bullet
        "- ~~[Gone](https://e.org)~~, dropped\n",  # struck through
        "## Done\n- [A](https://e.org)\n\n\n",  # blank lines at the end
    ],
)
def test_the_common_shapes_are_taken(text: str) -> None:
    assert not _same_or_declined(text)


LINK_LINES = [
    "[](https://e.org)",  # no title
    "[A]()",  # no URL
    "[A](https://e.org/a b)",  # a space in the URL
    "[A](https://e.org/<a>)",
    "[A](https://e.org/(a))",
    "[A](https://e.org/~a*b)",
    "[A]](https://e.org)",
    "[A](https://e.org)]",
    "[A](https://e.org) [B](https://e.org/b)",
    "[A](https://e.org)~~",
    "[A](https://e.org) *note*",
    "[A (2nd ed.)](https://e.org) - notes (short)",
    "[A](https://e.org)) tail",
    "[A](https://e.org",
    "[A]https://e.org)",
    "[A_b](https://e.org/_a_) - _c_",
]


@pytest.mark.parametrize("line", LINK_LINES)
@pytest.mark.parametrize("page", ["{}\n", "- TODO\n\n  {}\n", "## Done\n\n{}\n", "- {}\n"])
def test_link_lines_read_the_same_or_are_declined(page: str, line: str) -> None:
    _same_or_declined(page.format(line))


_LINK_PART = st.text(alphabet="ab _-:/.[]()<>~*", max_size=6)


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(_LINK_PART, _LINK_PART, _LINK_PART, _LINK_PART)
def test_generated_link_lines_read_the_same_or_are_declined(
    before: str, title: str, url: str, rest: str
) -> None:
    """Lines near ``[title](url) rest``: the recognizer's quick look at link lines holds."""
    line = f"{before}[{title}](https://e.org/{url}){rest}".strip() or "x"
    for page in ("{}\n", "- TODO\n\n  {}\n", "- {}\n"):
        _same_or_declined(page.format(line))


SETTINGS = settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.one_of(pages(), pages(nasty=False), runs()))
def test_generated_pages_read_the_same_or_are_declined(text: str) -> None:
    _same_or_declined(text)


HOSTILE = {
    **{f"link-{name}": f"# L\n\n- {link}\n" for name, link in UNSAFE_LINKS.items()},
    **{f"shape-{name}": shape(50) for name, shape in {**SHAPES, **REGEX_SHAPES}.items()},
    "billion-laughs": BILLION_LAUGHS,
    "nested-quotes": ">" * 10_000 + " [A](https://e.org/a)\n",
    "nested-lists": "- " * 10_000 + "[A](https://e.org/a)\n",
    "nul": "# L\x00ist\n\n- [A\x00](https://e.org/a)\x00\n- [B](https://e.org/b)\n",
    "bom-cr": "\ufeff# L\r\r- [A](https://e.org/a)\r- [A](https://e.org/a)\r",
    "html-title": "- [<img src=x onerror=alert(1)>&lt;b&gt;](https://e.org/a) - <script>\n",
    "last-unterminated-blank": "- [K](https://e.org/k)\n\n- [L](https://e.org/l)\n\n  ",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_pages_read_the_same_or_are_declined(text: str) -> None:
    _same_or_declined(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_pages())
def test_generated_hostile_pages_read_the_same_or_are_declined(text: str) -> None:
    _same_or_declined(text)


@settings(max_examples=1000)
@given(
    st.text()
    | st.text(alphabet="ab\\\\`<\t\r\n\x00\x7f\x85\xa0\u2000\u200b\u2028\u3000\ufeff\ud800’")
)
def test_the_quick_look_for_what_the_recognizer_leaves_is_the_pattern(text: str) -> None:
    assert _has_outside(text) == (_OUTSIDE.search(text) is not None)
