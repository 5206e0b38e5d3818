"""Every builder writes the entries: the output is plain docutils nodes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.sphinx_projects import MakeProject, warnings_of

TITLES = ("The Google File System", "MapReduce", "Bigtable")
URLS = (
    "https://gfs.example.com/paper.pdf",
    "https://mapreduce.example.com/paper.pdf",
    "https://bigtable.example.com/paper.pdf",
)


def output_text(outdir: Path, builder: str) -> str:
    """The text of the files that builder writes for the project."""
    if builder == "epub":
        return "".join(p.read_text(encoding="utf-8") for p in outdir.glob("*.xhtml"))
    pattern = {"latex": "*.tex", "text": "*.txt", "man": "*.1"}.get(builder, "**/*.html")
    return "".join(p.read_text(encoding="utf-8") for p in outdir.glob(pattern))


@pytest.mark.parametrize(
    "builder", ["html", "dirhtml", "singlehtml", "epub", "latex", "text", "man"]
)
def test_each_builder_writes_every_entry(make_project: MakeProject, builder: str) -> None:
    app = make_project("builders", builder)
    app.build()
    assert warnings_of(app) == []
    text = output_text(Path(app.outdir), builder)
    for title in TITLES:
        assert title in text
    if builder not in {"text", "man"}:  # those show link text, not targets
        for url in URLS:
            assert url in text
    assert "Papers" in text  # the summary's link to the list


@pytest.mark.parametrize(
    ("builder", "link"),
    [
        ("html", 'href="lists.html#reading-list-papers"'),
        ("dirhtml", 'href="lists/#reading-list-papers"'),
        ("singlehtml", 'href="#lists--reading-list-papers"'),
        ("latex", r"\hyperref[\detokenize{lists:reading-list-papers}]"),
    ],
)
def test_summary_links_to_the_list_in_each_builder(
    make_project: MakeProject, builder: str, link: str
) -> None:
    app = make_project("builders", builder)
    app.build()
    assert link in output_text(Path(app.outdir), builder)


def test_epub_ships_the_stylesheet(make_project: MakeProject) -> None:
    app = make_project("builders", "epub")
    app.build()
    assert (Path(app.outdir) / "_static" / "readinglist.css").is_file()
    assert "_static/readinglist.css" in (Path(app.outdir) / "content.opf").read_text()


def test_linkcheck_sees_every_entry(make_project: MakeProject) -> None:
    app = make_project("builders", "linkcheck")
    app.build()
    results = [
        json.loads(line)
        for line in (Path(app.outdir) / "output.json").read_text(encoding="utf-8").splitlines()
    ]
    seen = {(result["filename"], result["uri"], result["status"]) for result in results}
    # The summary's link to the list is internal: linkcheck leaves it, as any :ref: link.
    internal = ("index.rst", "#reading-list-papers", "unchecked")
    assert seen == {("lists.rst", url, "ignored") for url in URLS} | {internal}
