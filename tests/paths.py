"""Where the tests' inputs live: the repository, the docs examples and the test data folders."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
"""The ``tests/`` folder."""
ROOT = TESTS.parent
"""The repository."""
EXAMPLES = ROOT / "docs" / "examples"
"""The example pages of the docs (the seed page among them)."""
FIXTURES = TESTS / "fixtures"
"""Parser cases: input, then expected entries and diagnostics."""
PAGES = TESTS / "pages"
"""Pages for the writing tests."""
GOLDEN = TESTS / "golden"
"""Expected command-line outputs, written by hand."""
ROOTS = TESTS / "roots"
"""The ``test-<scenario>`` Sphinx projects."""
COLLECTIONS = TESTS / "collection" / "sites"
"""Small sites for cross-page checks and navigation."""
CLI_PAGES = TESTS / "cli" / "pages"
"""The pages the command-line tests check, show and export."""
