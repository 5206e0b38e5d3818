"""The reading-list directive in reStructuredText: links, badges, paths and warnings."""

from __future__ import annotations

import re

from docutils import nodes

from sphinx_readinglist.nodes import pending_reading_list
from tests.sphinx_projects import Activity, MakeProject, warnings_of


def test_every_entry_renders_with_a_link_under_its_status_heading(
    make_project: MakeProject,
) -> None:
    app = make_project("basic")
    app.build()
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a class="reference external" href="([^"]+)">', html)
    assert links == [
        "https://example.com/scale",
        "https://example.org/kafka",
        "https://raft.example.net/paper",
        "https://engineering.example.com/the-log",
        "https://www.engineering.example.com/the-log/",
    ]
    headings = re.findall(r'<h2 class="reading-list-(\w+) rubric">([^<]+)<span', html)
    assert headings == [("todo", "To do "), ("reading", "Reading "), ("done", "Done ")]
    lists = re.findall(r'<ul class="reading-list-entries reading-list-(\w+)', html)
    assert lists == ["todo", "reading", "done"]
    assert "<li><p><span>Designing Data-Intensive Applications</span> — Kleppmann</p></li>" in html
    assert (
        '<li><p><a class="reference external" href="https://example.com/scale">'
        "Designing for Scale</a> — a talk on sharding</p></li>"
    ) in html
    assert (
        '<a class="reference external" href="https://www.engineering.example.com/the-log/">'
        'The Log, again</a> <span class="reading-list-duplicate">(duplicate)</span></p></li>'
    ) in html


def test_page_diagnostics_are_warnings_at_the_markdown_line(make_project: MakeProject) -> None:
    app = make_project("basic")
    app.build()
    page = app.srcdir / "reading" / "backend.md"
    assert warnings_of(app) == [
        f"{page}:21: WARNING: duplicate URL 'https://www.engineering.example.com/the-log/' "
        "(first at line 20) [readinglist.duplicate-url]"
    ]


def test_paths_resolve_from_the_document_or_the_source_folder(make_project: MakeProject) -> None:
    app = make_project("basic")
    app.build()
    html = (app.outdir / "sub" / "page.html").read_text(encoding="utf-8")
    assert html.count('href="https://raft.example.net/paper"') == 2


def test_the_page_is_a_dependency_of_each_document_that_includes_it(
    make_project: MakeProject,
) -> None:
    app = make_project("basic")
    app.build()
    page = app.srcdir / "reading" / "backend.md"
    for document in ("index", "sub/page"):
        assert str(page) in {str(path) for path in app.env.dependencies[document]}


def test_the_stylesheet_is_shipped_and_linked(make_project: MakeProject) -> None:
    app = make_project("basic")
    app.build()
    assert (app.outdir / "_static" / "readinglist.css").is_file()
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<link rel="stylesheet"[^>]* href="_static/readinglist.css', html)


def test_a_rebuild_without_changes_reads_and_writes_nothing(make_project: MakeProject) -> None:
    make_project("basic").build()
    again = make_project("basic")
    activity = Activity(again)
    again.build()
    assert activity.read == []
    assert activity.written == set()
    assert "html_static_path" not in again.status.getvalue()  # no spurious config change
    assert warnings_of(again) == []  # the page was not read again, so nothing to report


def test_the_saved_doctree_holds_one_small_node_per_list(make_project: MakeProject) -> None:
    """Entries become docutils nodes only when a document is resolved for output."""
    app = make_project("basic")
    app.build()
    saved = app.env.get_doctree("index")
    (pending,) = saved.findall(pending_reading_list)
    assert [entry.title for entry in pending["view"].entries][:2] == [
        "Designing for Scale",
        "Kafka: The Definitive Guide",
    ]
    assert not list(saved.findall(nodes.reference))
    resolved = app.env.get_doctree("index")
    app.env.apply_post_transforms(resolved, "index")
    assert not list(resolved.findall(pending_reading_list))
    links = [node["refuri"] for node in resolved.findall(nodes.reference) if "refuri" in node]
    assert "https://raft.example.net/paper" in links
