"""Done out of total, as text (every builder) and as a bar (HTML, drawn by the stylesheet).

The paragraph's text is the whole message, ``12 of 40 done, 30%``; its class
``reading-list-progress-N`` (``N`` in steps of 5) tells ``readinglist.css`` how long a bar
to draw before the text. No element is added for the bar, and nothing is lost where there
is no stylesheet.
"""

from __future__ import annotations

from docutils import nodes

from sphinx_readinglist import words

BAR_STEP = 5
"""The bar's length goes in steps of this many percent (one CSS rule each)."""


def share(done: int, total: int) -> int:
    """The whole percent done, rounded; never 0 once one is done, nor 100 before all are."""
    if total <= 0 or done <= 0:
        return 0
    if done >= total:
        return 100
    return min(99, max(1, (200 * done + total) // (2 * total)))


def bar_length(done: int, total: int) -> int:
    """The share rounded to a step of the bar, with the same two promises as ``share``."""
    percent = share(done, total)
    step = (percent + BAR_STEP // 2) // BAR_STEP * BAR_STEP
    if percent > 0 and step == 0:
        return BAR_STEP
    if percent < 100 and step == 100:
        return 100 - BAR_STEP
    return step


def share_text(done: int, total: int) -> str:
    """``30%`` in the build's language; a dash for an empty list."""
    return words.percent(share(done, total)) if total else "–"


def progress_text(done: int, total: int) -> str:
    """``12 of 40 done, 30%`` in the build's language."""
    return words.progress(done, total, share_text(done, total))


def progress_paragraph(text: str, done: int, total: int) -> nodes.paragraph:
    """A paragraph showing ``text`` after a bar ``done / total`` long (in HTML)."""
    classes = ["reading-list-progress", f"reading-list-progress-{bar_length(done, total)}"]
    return nodes.paragraph("", text, classes=classes)
