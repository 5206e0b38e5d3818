"""Page diagnostics as Sphinx warnings, located at the Markdown file and line.

Each page's diagnostics are logged once per build, after reading, whether one document or
many include it and whether the build reads in parallel or not: the directive only
records them (in the domain), and ``env-updated`` logs them in path order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from sphinx_readinglist.domain import readinglist_domain

if TYPE_CHECKING:
    from readinglist import Diagnostic

logger = logging.getLogger(__name__)

WARNING_TYPE = "readinglist"
"""The ``type`` of every warning; the subtype is a diagnostic code, ``option``, ``page`` or
``config``, so ``suppress_warnings = ["readinglist.duplicate-url"]`` silences one kind."""


def log_diagnostic(path: str, diagnostic: Diagnostic) -> None:
    """Errors and warnings as Sphinx warnings; info only with ``-v``."""
    # Imported here: a build with nothing to read (a no-change rebuild) never needs it.
    from readinglist import Severity

    related = diagnostic.related
    message = f"{diagnostic.message} ({related})" if related else diagnostic.message
    location = f"{path}:{diagnostic.line}"
    subtype = diagnostic.code.value
    if diagnostic.level is Severity.INFO:
        logger.verbose(message, location=location, type=WARNING_TYPE, subtype=subtype)
    else:
        logger.warning(message, location=location, type=WARNING_TYPE, subtype=subtype)


def log_page_reports(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: log the diagnostics of every page read in this build, once each."""
    domain = readinglist_domain(env)
    pages: dict[str, tuple[Diagnostic, ...]] = {}
    for docname in sorted(domain.reports):
        for report in domain.reports[docname]:
            pages.setdefault(report.path, report.diagnostics)
    domain.reports.clear()
    for path in sorted(pages):
        for diagnostic in pages[path]:
            log_diagnostic(path, diagnostic)
    return []
