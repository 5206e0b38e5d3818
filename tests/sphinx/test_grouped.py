"""The grouped view, ``:progress:``, and duplicate entries marked or hidden.

A list in page order, of a page with groups, shows each topic group under a heading with
its count, and inside it each status under a heading with its count; ``:progress:`` adds
done out of total for the page and each topic group, as text that every builder writes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.sphinx_projects import MakeProject, warnings_of

HEADING = (
    r'<h(\d) class="(?:reading-list-(\w+) )?rubric">([^<]+) '
    r'<span class="reading-list-count">\((\d+)\)</span></h\d>'
)


def _sections(make_project: MakeProject) -> dict[str, str]:
    app = make_project("grouped")
    app.build()
    assert warnings_of(app) == []
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    parts = html.split('<section id="')[2:]
    return {part.split('"', 1)[0]: part for part in parts}


def test_groups_are_headings_with_counts_topic_then_status(make_project: MakeProject) -> None:
    grouped = _sections(make_project)["grouped-with-progress"]
    assert re.findall(HEADING, grouped) == [
        ("3", "", "Other", "1"),
        ("4", "todo", "To do", "1"),
        ("3", "", "Databases", "5"),
        ("4", "reading", "Reading", "1"),
        ("4", "todo", "To do", "2"),
        ("4", "done", "Done", "1"),
        ("4", "", "Storage engines", "1"),
        ("5", "reading", "Reading", "1"),
    ]
    lists = re.findall(r'<ul class="reading-list-entries reading-list-(\w+) simple">', grouped)
    assert lists == ["todo", "reading", "todo", "done", "reading"]


def test_progress_for_the_page_and_each_topic_group(make_project: MakeProject) -> None:
    grouped = _sections(make_project)["grouped-with-progress"]
    bars = r'<p class="reading-list-progress reading-list-progress-(\d+)">([^<]+)<'
    assert re.findall(bars, grouped) == [
        ("15", "1 of 6 done, 17%"),
        ("20", "1 of 5 done, 20%"),
        ("0", "0 of 1 done, 0%"),
    ]


def test_duplicates_are_marked_or_hidden(make_project: MakeProject) -> None:
    sections = _sections(make_project)
    assert (
        '<li><p><a class="reference external" href="https://spanner.example.com/">Spanner, again'
        '</a> <span class="reading-list-duplicate">(duplicate)</span></p></li>'
    ) in sections["grouped-with-progress"]
    hidden = sections["without-duplicates"]
    assert "Spanner, again" not in hidden
    assert re.findall(HEADING, hidden)[2:5] == [
        ("3", "", "Databases", "4"),
        ("4", "reading", "Reading", "1"),
        ("4", "todo", "To do", "1"),
    ]
    # The hidden duplicate is not counted, for the page nor for its group.
    assert re.findall(r'<p class="reading-list-progress[^"]*">([^<]+)<', hidden) == [
        "1 of 5 done, 20%",
        "1 of 4 done, 25%",
        "0 of 1 done, 0%",
    ]


def test_a_sorted_list_is_flat_with_one_class_per_entry(make_project: MakeProject) -> None:
    flat = _sections(make_project)["flat"]
    items = re.findall(r"<li><p>.*?</li>", flat)
    assert items[0] == (
        '<li><p><span class="reading-list-reading">Reading </span><a class="reference external"'
        ' href="https://lsm.example.org/">LSM trees</a> — O\'Neil et al.'
        '<span class="reading-list-topic"> (Databases / Storage engines)</span></p></li>'
    )
    assert items[1] == (
        '<li><p><span class="reading-list-todo">To do </span><a class="reference external"'
        ' href="https://overview.example.com/">Overview</a></p></li>'
    )
    assert len(items) == 6
    assert '<ul class="reading-list-entries reading-list-flat simple">' in flat


@pytest.mark.parametrize(
    ("builder", "pattern"),
    [("text", "*.txt"), ("latex", "*.tex"), ("man", "*.1"), ("epub", "*.xhtml")],
)
def test_other_builders_write_the_progress_as_text(
    make_project: MakeProject, builder: str, pattern: str
) -> None:
    app = make_project("grouped", builder)
    app.build()
    assert warnings_of(app) == []
    text = "".join(path.read_text(encoding="utf-8") for path in Path(app.outdir).glob(pattern))
    progress = r"1 of 6 done, 17\%" if builder == "latex" else "1 of 6 done, 17%"
    assert text.count(progress) == 1
    assert "Storage engines" in text
    assert "(duplicate)" in text


def test_the_text_output_reads_as_the_page(make_project: MakeProject) -> None:
    app = make_project("grouped", "text")
    app.build()
    text = (app.outdir / "index.txt").read_text(encoding="utf-8")
    grouped = text.split("Without duplicates")[0].split("======================\n\n", 1)[1]
    assert grouped.split("\n\n") == [
        "1 of 6 done, 17%",
        "-[ Other (1) ]-",
        "-[ To do (1) ]-",
        "* Overview",
        "-[ Databases (5) ]-",
        "1 of 5 done, 20%",
        "-[ Reading (1) ]-",
        "* Postgres internals",
        "-[ To do (2) ]-",
        "* Spanner",
        "* Spanner, again (duplicate)",
        "-[ Done (1) ]-",
        "* Raft",
        "-[ Storage engines (1) ]-",
        "0 of 1 done, 0%",
        "-[ Reading (1) ]-",
        "* LSM trees — O'Neil et al.",
        "\n",
    ]
