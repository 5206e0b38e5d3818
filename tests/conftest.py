"""Shared test helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples"


@pytest.fixture
def pinterest() -> Path:
    """The page the project was born from, as copied into the docs."""
    return EXAMPLES / "pinterest.md"
