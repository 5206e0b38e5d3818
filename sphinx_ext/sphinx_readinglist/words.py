"""Every word the output shows, translated through the extension's own message catalog.

The catalog, ``sphinx_readinglist``, lives in ``locale/<language>/LC_MESSAGES/`` inside the
package (``.po`` sources and the compiled ``.mo`` files, both committed, so a wheel and an
editable install have them); ``tools/translations.py`` extracts, updates and compiles it.
Sphinx picks the language from ``language`` in ``conf.py``.

The status words are labels of the status vocabulary (``To do`` is a ``todo`` label), so a
reader who copies a badge into a page as a group heading gets that status back.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.locale import get_translation

from readinglist import Status

CATALOG = "sphinx_readinglist"
"""The name of the ``.pot``, ``.po`` and ``.mo`` files."""

LOCALE_DIR = Path(__file__).parent / "locale"
"""Where the catalogs are, one folder per language."""

_ = get_translation(CATALOG)


def register(app: Sphinx) -> None:
    """Load the catalog of the project's ``language`` (English text when there is none)."""
    app.add_message_catalog(CATALOG, LOCALE_DIR)


def status_words() -> dict[Status, str]:
    """The badge and heading text of each status, in the build's language."""
    return {
        Status.TODO: _("To do"),
        Status.READING: _("Reading"),
        Status.DONE: _("Done"),
        Status.SKIPPED: _("Skipped"),
    }


def entry_table_header() -> dict[str, str]:
    """The column headers of ``:style: table``, by column."""
    return {
        "title": _("Title"),
        "status": _("Status"),
        "description": _("Description"),
        "topic": _("Topic"),
        "site": _("Site"),
    }


def summary_header() -> tuple[str, str, str]:
    """The summary's first, second and last column headers (the others are statuses)."""
    return _("Reading list"), _("Progress"), _("Total")


def no_entries() -> str:
    """What a list with nothing to show says."""
    return _("No entries to show.")


def no_lists() -> str:
    """What a summary of a project without lists says."""
    return _("No reading lists in this project.")


def other_topics() -> str:
    """The heading of the entries without a topic, in a list whose other entries have one."""
    return _("Other")


def duplicate_mark() -> str:
    """The mark after an entry whose URL the page already has."""
    return _("(duplicate)")


def percent(number: int) -> str:
    """``30%``, as the language writes it (``30 %`` in German)."""
    return _("{percent}%").format(percent=number)


def progress(done: int, total: int, share: str) -> str:
    """``12 of 40 done, 30%``, with ``share`` written by :func:`percent`."""
    return _("{done} of {total} done, {percent}").format(done=done, total=total, percent=share)
