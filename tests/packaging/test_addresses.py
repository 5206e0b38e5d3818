"""The project's public addresses are written once, in ``[project.urls]``, and the docs use them.

docs/conf.py reads them from pyproject.toml (for the pages and the theme's "edit this page"
links); the wheel's metadata carries them to the package index (tests/packaging/test_wheel.py).
No other file spells them out, so moving the docs or the repository is a one-line change.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from tests.isolation import source_files
from tests.packaging.addresses import as_built, docs_configuration, project_urls
from tests.paths import ROOT

_PLACEHOLDER = re.compile(r"\{\{ (\w+) \}\}")
_DOCS = [name for name in source_files() if name.startswith("docs/") and name.endswith(".md")]


def test_the_docs_the_repository_and_the_changelog_have_an_address() -> None:
    urls = project_urls()
    assert list(urls) == ["Documentation", "Repository", "Changelog"]
    for url in urls.values():
        assert urlsplit(url).scheme == "https", url
    # The changelog is the docs' changelog page, which shows CHANGELOG.md.
    assert urls["Changelog"] == urls["Documentation"] + "/en/latest/changelog.html"
    assert (ROOT / "docs" / "changelog.md").is_file()


def test_no_other_file_writes_an_address_out() -> None:
    written = {
        urlsplit(url).netloc + urlsplit(url).path.rstrip("/") for url in project_urls().values()
    }
    # The placeholder and the addresses of the project before its rename stay gone too.
    written |= {"example.org/readinglist", "readinglist.readthedocs.io"}
    this_test = Path(__file__).relative_to(ROOT).as_posix()
    offenders = sorted(
        f"{name}: {address}"
        for name in source_files()
        if name not in {"pyproject.toml", this_test}
        for address in written
        if address.lower().encode() in (ROOT / name).read_bytes().lower()
    )
    assert offenders == []


def test_every_placeholder_in_the_docs_names_an_address() -> None:
    keys = {label.lower() for label in project_urls()}
    used = {
        placeholder
        for name in _DOCS
        for placeholder in _PLACEHOLDER.findall((ROOT / name).read_text(encoding="utf-8"))
    }
    assert used
    assert used <= keys


def test_the_pre_commit_guide_gets_the_repository_address() -> None:
    guide = (ROOT / "docs" / "how-to" / "pre-commit.md").read_text(encoding="utf-8")
    built = as_built(guide)
    repository = project_urls()["Repository"]
    assert "{{" not in built
    assert f"  - repo: {repository}\n" in built
    assert f"$ pre-commit try-repo {repository} readinglist-check --all-files" in built


def test_the_theme_links_each_page_to_its_source_in_the_repository() -> None:
    options = docs_configuration()["html_theme_options"]
    assert options["source_repository"] == project_urls()["Repository"] + "/"
    assert options["source_directory"] == "docs/"
    assert (ROOT / options["source_directory"] / "conf.py").is_file()
