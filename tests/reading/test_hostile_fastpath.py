"""Every hostile page of the hardening tests reads the same on the fast path as on markdown-it.

The protections live in code both readers share (front matter, size limit, URL checks)
or in the reference reader; the fast reader must either give the very same page or
decline. Same comparison as ``tests/test_fastpath_differential.py``, on hostile input.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from readinglist.reading.loader import _loads
from tests.reading.test_complexity import REGEX_SHAPES, SHAPES
from tests.reading.test_front_matter_limits import BILLION_LAUGHS
from tests.reading.test_properties_hostile import hostile_pages
from tests.reading.test_unsafe_urls import UNSAFE_LINKS


def _same(text: str) -> None:
    assert _loads(text, fast=True) == _loads(text, fast=False)


PAGES = {
    **{f"link-{name}": f"# L\n\n- {link}\n" for name, link in UNSAFE_LINKS.items()},
    **{f"shape-{name}": shape(50) for name, shape in {**SHAPES, **REGEX_SHAPES}.items()},
    "billion-laughs": BILLION_LAUGHS,
    "python-tag": "---\ntitle: !!python/object/apply:os.system ['true']\n---\n\n- [A](https://e.org/a)\n",
    "nested-quotes": ">" * 10_000 + " [A](https://e.org/a)\n",
    "nested-lists": "- " * 10_000 + "[A](https://e.org/a)\n",
    "nul": "# L\x00ist\n\n- [A\x00](https://e.org/a)\x00\n- [B](https://e.org/b)\n",
    "bom-cr": "\ufeff# L\r\r- [A](https://e.org/a)\r- [A](https://e.org/a)\r",
    "html-title": "- [<img src=x onerror=alert(1)>&lt;b&gt;](https://e.org/a) - <script>\n",
}


@pytest.mark.parametrize("text", PAGES.values(), ids=PAGES.keys())
def test_hostile_page_reads_the_same_on_both_paths(text: str) -> None:
    _same(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_pages())
def test_generated_hostile_pages_read_the_same_on_both_paths(text: str) -> None:
    _same(text)


@pytest.mark.parametrize(
    "text",
    [
        "- javascript:alert(1)\n- [Kafka](https://example.com)\n  ",
        "- [K](https://e.org/k)\n  \n  ",
        "- [K](https://e.org/k)\n\n- [L](https://e.org/l)\n\n  ",
    ],
)
def test_a_last_unterminated_blank_line_reads_the_same(text: str) -> None:
    """Found by the differential property on main: the fast reader put it in the item."""
    _same(text)
