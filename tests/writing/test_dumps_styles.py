"""dumps writes a page in its own style: generated pages of every style, and golden pages."""

from __future__ import annotations

import doctest
import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings

import readinglist
from readinglist import Entry, FrontMatter, Page, PageStyle, Status, dumps, loads
from tests.paths import ROOT
from tests.styled_pages import styled_pages

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def entries(page: Page) -> list[tuple[object, ...]]:
    return [
        (e.title, e.url, e.status, e.description, e.groups, e.checked, e.struck)
        for e in page.entries
    ]


@SETTINGS
@given(styled_pages())
def test_a_page_written_in_a_style_shows_that_style(page: tuple[str, PageStyle]) -> None:
    text, style = page
    assert loads(text).style == style


@SETTINGS
@given(styled_pages())
def test_dumps_keeps_the_style_entries_and_is_a_fixed_point(page: tuple[str, PageStyle]) -> None:
    text, _ = page
    before = readinglist.loads(text)
    written = dumps(before)
    after = readinglist.loads(written)
    assert entries(after) == entries(before)
    assert after.style == before.style
    assert dumps(after) == written


# Golden pages: (page as written, what dumps writes), the expected text written by hand.
GOLDEN = {
    "the seed's status labels holding link paragraphs; a ticked item stays an item": (
        "- TODO\n\n  [A](https://e.org/a) – first\n\n  [B](https://e.org/b)\n\n"
        "- Done:\n  - [x] [C](https://e.org/c)\n",
        "- TODO\n\n  [A](https://e.org/a) - first\n\n  [B](https://e.org/b)\n\n"
        "- Done\n  - [x] [C](https://e.org/c)\n",
    ),
    "status headings at level 3 over topics at 4, star bullets, the page's own labels": (
        "# Reading\n\n### Finished:\n\n#### Kafka\n\n*   [A](https://e.org/a)\n\n### Backlog\n"
        "* [B](https://e.org/b): later\n",
        "# Reading\n\n### Finished\n\n#### Kafka\n\n* [A](https://e.org/a)\n\n### Backlog\n\n"
        "* [B](https://e.org/b) - later\n",
    ),
    "task boxes and strikes without status groups": (
        "- [x] [A](https://e.org/a)\n- [ ] [B](https://e.org/b)\n- ~~[C](https://e.org/c)~~\n",
        "- [x] [A](https://e.org/a)\n- [ ] [B](https://e.org/b)\n- ~~[C](https://e.org/c)~~\n",
    ),
    "numbered lists under bold topic lines": (
        "**Kafka:**\n\n1) [A](https://e.org/a)\n2) [B](https://e.org/b)\n\n**Flink**\n\n"
        "1) [C](https://e.org/c)\n",
        "**Kafka**\n\n1) [A](https://e.org/a)\n2) [B](https://e.org/b)\n\n**Flink**\n\n"
        "1) [C](https://e.org/c)\n",
    ),
    "topic headings holding status labels, plus bullets": (
        "## Kafka\n\n+ Done\n  + [A](https://e.org/a)\n+ WIP\n  + [B](https://e.org/b)\n\n"
        "## Flink\n+ Done\n    + [C](https://e.org/c)\n",
        "## Kafka\n\n+ Done\n  + [A](https://e.org/a)\n+ WIP\n  + [B](https://e.org/b)\n\n"
        "## Flink\n\n+ Done\n  + [C](https://e.org/c)\n",
    ),
    "link paragraphs under a status heading": (
        "## To read\n[A](https://e.org/a)\n\n\n[B](https://e.org/b)\n",
        "## To read\n\n[A](https://e.org/a)\n\n[B](https://e.org/b)\n",
    ),
    "numbered status and topic labels, numbered on": (
        "1. Done\n   1. Kafka\n      1. [A](https://e.org/a)\n      1. [B](https://e.org/b)\n"
        "   1. [C](https://e.org/c)\n",
        "1. Done\n   1. Kafka\n      1. [A](https://e.org/a)\n      2. [B](https://e.org/b)\n"
        "   2. [C](https://e.org/c)\n",
    ),
    "an unticked item stays under Done, where it reads as todo (as on the page)": (
        "## Done\n\n- [x] [A](https://e.org/a)\n- [ ] [B](https://e.org/b)\n",
        "## Done\n\n- [x] [A](https://e.org/a)\n- [ ] [B](https://e.org/b)\n",
    ),
    "a todo entry before the first status heading stays outside status groups": (
        "- [C](https://e.org/c)\n\n## Done\n\n- [A](https://e.org/a)\n",
        "- [C](https://e.org/c)\n\n## Done\n\n- [A](https://e.org/a)\n",
    ),
    "a topic label that is a URL is escaped, or it would be an entry": (
        "- <https://a.org/x>\n  - [B](https://e.org/b)\n",
        "- [https://a.org/x](https://a.org/x)\n- https\\://a.org/x\n  - [B](https://e.org/b)\n",
    ),
}


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_dumps_writes_the_page_in_its_own_style(name: str) -> None:
    text, expected = GOLDEN[name]
    assert dumps(readinglist.loads(text)) == expected


def test_a_status_the_task_boxes_cannot_say_gets_status_headings() -> None:
    """No box says reading: the page gets status headings; ticked and struck entries keep
    theirs and stay in the group around them."""
    page = readinglist.loads(GOLDEN["task boxes and strikes without status groups"][0])
    a, b, c = page.entries
    page = replace(page, entries=(a, b.replace(status=Status.READING), c))
    assert dumps(page) == (
        "## Reading\n\n- [x] [A](https://e.org/a)\n- [ ] [B](https://e.org/b)\n"
        "- ~~[C](https://e.org/c)~~\n"
    )


def test_topic_headings_that_cannot_be_closed_become_labels() -> None:
    """Only another heading closes ``### Uber``: an entry outside it needs labels."""
    page = readinglist.loads("### Uber\n\n- [A](https://e.org/a)\n- [B](https://e.org/b)\n")
    a, b = page.entries
    page = replace(page, entries=(a, b.replace(groups=())))
    assert dumps(page) == "- Uber\n  - [A](https://e.org/a)\n- [B](https://e.org/b)\n"


def test_a_page_built_in_code_gets_status_and_topic_headings() -> None:
    """The default style; todo entries before the first status group need none."""
    page = Page(
        "P",
        FrontMatter(),
        (
            Entry("A", "https://e.org/a", Status.TODO, 1),
            Entry("B", "https://e.org/b", Status.READING, 2, groups=("Kafka",)),
            Entry("C", "https://e.org/c", Status.DONE, 3),
        ),
        (),
    )
    assert dumps(page) == (
        "- [A](https://e.org/a)\n\n## Reading\n\n### Kafka\n\n- [B](https://e.org/b)\n\n"
        "## Done\n\n- [C](https://e.org/c)\n"
    )


def test_group_headings_are_level_2_or_deeper_without_an_h1() -> None:
    """A first ``# Done`` would be read as the page's H1."""
    page = readinglist.loads("# P\n\n# Done\n\n- [A](https://e.org/a)\n")
    assert page.style.status_level == 1
    assert dumps(page) == "# P\n\n# Done\n\n- [A](https://e.org/a)\n"
    assert dumps(replace(page, heading=None)) == "## Done\n\n- [A](https://e.org/a)\n"


def test_the_api_reference_example_of_dumps_is_true() -> None:
    text = (ROOT / "docs" / "reference" / "api.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"^```pycon\n(.*?)^```", text, flags=re.M | re.S)
    test = doctest.DocTestParser().get_doctest(example, {}, "api.md", "api.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False) == doctest.TestResults(failed=0, attempted=5)


def test_a_url_in_link_text_is_escaped_whole() -> None:
    """Link text is never linkified, so its URL's ``_`` would otherwise be emphasis."""
    page = readinglist.loads("## Done\n\n- https://e.org/_a_\n")
    assert dumps(page) == "## Done\n\n- [https://e.org/\\_a\\_](https://e.org/_a_)\n"
    assert readinglist.loads(dumps(page)).entries[0].title == "https://e.org/_a_"
