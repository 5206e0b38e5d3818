"""Links that would run code or read local files are ``unsafe-url``, however they are spelled."""

from __future__ import annotations

import pytest

import readinglist
from readinglist import Code
from readinglist.reading.urls.canonical import is_unsafe, url_problems

UNSAFE_LINKS = {
    "plain": "[x](javascript:alert(1))",
    "mixed-case": "[x](JaVaScRiPt:alert(1))",
    "leading-spaces": "[x](   javascript:alert(1))",
    "leading-tab": "[x](\tjavascript:alert(1))",
    "decimal-entity": "[x](&#106;avascript:alert(1))",
    "hex-entity": "[x](&#x6A;avascript:alert(1))",
    "hex-entity-upper-x": "[x](&#X6a;avascript:alert(1))",
    "zero-padded-entity": "[x](&#0000106;avascript:alert(1))",
    "entity-in-the-middle": "[x](javas&#99;ript:alert(1))",
    "tab-entity": "[x](java&#x09;script:alert(1))",
    "named-tab-entity": "[x](jav&Tab;ascript:alert(1))",
    "newline-entity": "[x](jav&NewLine;ascript:alert(1))",
    "leading-newline-entity": "[x](&#x0A;javascript:alert(1))",
    "leading-space-entity": "[x](&#x20;javascript:alert(1))",
    "colon-entity": "[x](javascript&colon;alert(1))",
    "escaped-colon": "[x](javascript\\:alert(1))",
    "control-entity": "[x](&#x01;javascript:alert(1))",
    "no-break-space": "[x](\u00a0javascript:alert(1))",
    "soft-hyphen": "[x](java\u00adscript:alert(1))",
    "angle-brackets": "[x](<java\tscript:alert(1)>)",
    "autolink": "<javascript:alert(1)>",
    "reference": "[x][r]\n\n[r]: javascript:alert(1)",
    "data": "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "vbscript": "[x](VBScript:msgbox(1))",
    "file": "[x](file:///etc/passwd)",
    "file-upper": "[x](FILE:///etc/passwd)",
}


@pytest.mark.parametrize("link", UNSAFE_LINKS.values(), ids=UNSAFE_LINKS.keys())
def test_unsafe_link_is_reported_and_marked_unsafe(link: str) -> None:
    """The entry exists, is not safe, has no key or site, and the error points at it."""
    page = readinglist.loads(f"# List\n\n- {link}\n")
    [entry] = page.entries
    assert entry.url is not None
    assert not entry.safe
    assert is_unsafe(entry.url)
    assert entry.key is None
    assert entry.site is None
    unsafe = [d for d in page.diagnostics if d.code is Code.UNSAFE_URL]
    assert [d.line for d in unsafe] == [3]
    assert [d.code for d in page.diagnostics] == [Code.UNSAFE_URL]


@pytest.mark.parametrize(
    "url",
    ["java\x00script:x", "\x01\x02javascript:x", "javascript\x7f:x", "java\u200bscript:x",
     "\ufeffjavascript:x", "java\u2028script:x", "\x85javascript:x", " \n javascript:x"],
)  # fmt: skip
def test_control_and_invisible_characters_do_not_hide_the_scheme(url: str) -> None:
    """Characters a Markdown link cannot hold still count when the URL comes another way."""
    assert is_unsafe(url)
    assert [problem.code for problem in url_problems(url)] == [Code.UNSAFE_URL]


@pytest.mark.parametrize(
    "url",
    ["https://example.com/javascript:x", "https://example.com/?next=javascript:x",
     "https://example.com/#data:x", "http://example.com/file:x"],
)  # fmt: skip
def test_unsafe_words_later_in_a_web_url_are_fine(url: str) -> None:
    assert not is_unsafe(url)


def test_two_unsafe_links_are_never_duplicates_of_each_other() -> None:
    """Unsafe entries have no key, so no duplicate-url diagnostic treats them as one link."""
    page = readinglist.loads("# L\n\n- [a](javascript:a)\n- [b](javascript:a)\n")
    assert [d.code for d in page.diagnostics] == [Code.UNSAFE_URL, Code.UNSAFE_URL]


def test_html_in_titles_and_descriptions_is_text() -> None:
    """Raw HTML in a title is kept as literal text, entities become the characters they name."""
    page = readinglist.loads(
        "- [<img src=x onerror=alert(1)>&lt;b&gt;Bold&lt;/b&gt;](https://e.org/a) - "
        "&lt;script&gt;alert(1)&lt;/script&gt;\n"
    )
    [entry] = page.entries
    assert entry.title == "<img src=x onerror=alert(1)><b>Bold</b>"
    assert entry.description == "<script>alert(1)</script>"
