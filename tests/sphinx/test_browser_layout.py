"""The rendered lists fit every theme's content column, on a phone and on a desktop.

Headless Chromium (Debian's ``chromium`` and ``chromium-driver``) measures the page; no
screenshot is compared. For each theme, in light mode and in its own dark mode where it has
one, at 390 and 1280 CSS pixels wide, ``layout_probe.js`` checks that:

- none of our elements (lists, items, headings, tables and their cells, the summary,
  badges, progress bars) is wider than the theme's content column or sticks out of it;
- no list marker shows;
- every wrapped line of an entry starts where its title starts;
- badge words fit their badges and read on their background (contrast 4.5 or more).

Each theme's site is built once (in parallel, two at a time) and reused by every check.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from selenium import webdriver

from tests.paths import ROOTS
from tests.sphinx.browser import chromium, require_browser, set_viewport

PROBE = (Path(__file__).parent / "layout_probe.js").read_text(encoding="utf-8")
WIDTHS = (390, 1280)


class Theme(NamedTuple):
    """A theme under test: how to find its content column and switch it to dark."""

    name: str
    """``html_theme``."""
    column: str
    """A CSS selector of the element holding the document's body."""
    dark: str | None
    """JavaScript that turns the theme's own dark mode on; ``None`` when it has none."""


THEMES = (
    Theme("furo", "article[role=main]", "document.body.dataset.theme = 'dark';"),
    Theme(
        "pydata_sphinx_theme",
        "article.bd-article",
        "document.documentElement.dataset.theme = 'dark';"
        "document.documentElement.dataset.mode = 'dark';",
    ),
    Theme(
        "sphinx_book_theme",
        "article.bd-article",
        "document.documentElement.dataset.theme = 'dark';"
        "document.documentElement.dataset.mode = 'dark';",
    ),
    Theme("sphinx_rtd_theme", "div[itemprop=articleBody]", None),
    Theme("alabaster", "div.body", None),
)

CASES = [
    pytest.param(theme, mode, width, id=f"{theme.name}-{mode}-{width}")
    for theme in THEMES
    for mode in ("light", "dark")
    if mode == "light" or theme.dark is not None
    for width in WIDTHS
]


def _build(theme: Theme, out: Path) -> Path:
    result = subprocess.run(
        [
            sys.executable, "-m", "sphinx", "-q", "-b", "html", "-D", f"html_theme={theme.name}",
            "-d", str(out / "doctrees"), str(ROOTS / "test-browser"), str(out / "html"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "readinglist" not in result.stderr, result.stderr
    return out / "html" / "index.html"


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each theme's built index page, built once for the module."""
    require_browser()
    root = tmp_path_factory.mktemp("themes")
    with ThreadPoolExecutor(max_workers=2) as pool:
        pages = pool.map(lambda theme: _build(theme, root / theme.name), THEMES)
        return {theme.name: page for theme, page in zip(THEMES, pages, strict=True)}


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    """One headless Chromium for the module."""
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as session:
        yield session


def _measure(
    browser: webdriver.Chrome, page: Path, theme: Theme, mode: str, width: int
) -> dict[str, Any]:
    set_viewport(browser, width)
    browser.get(page.as_uri())
    if mode == "dark" and theme.dark is not None:
        browser.execute_script(theme.dark)
    result: dict[str, Any] = browser.execute_script(PROBE, theme.column)
    assert "error" not in result, result
    return result


@pytest.mark.parametrize(("theme", "mode", "width"), CASES)
def test_lists_fit_the_column_without_markers_and_with_aligned_lines(
    browser: webdriver.Chrome, sites: dict[str, Path], theme: Theme, mode: str, width: int
) -> None:
    result = _measure(browser, sites[theme.name], theme, mode, width)
    assert result["problems"] == []
    # The checks saw what they are about: every item, wrapped entries, badges.
    assert result["items"] == 13
    assert result["badges"] == 5
    assert result["wrapped"] >= 2
    assert result["measured"] > 60
    assert result["columnWidth"] <= width
    if mode == "dark":
        assert result["pageLuminance"] < 0.1, "the theme's dark mode is not on"
    else:
        assert result["pageLuminance"] > 0.5
