"""``-j 2`` builds give the same pages and the same warnings as a serial build."""

from __future__ import annotations

from pathlib import Path

from sphinx.testing.util import SphinxTestApp

from tests.sphinx_projects import MakeProject, warnings_of


def pages(app: SphinxTestApp) -> dict[str, str]:
    """Every HTML page of the build, by path relative to the output folder."""
    return {
        path.relative_to(app.outdir).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(Path(app.outdir).rglob("*.html"))
    }


def test_parallel_build_equals_serial_build(make_project: MakeProject, tmp_path: Path) -> None:
    serial = make_project("parallel")
    serial.build()
    parallel = make_project("parallel", srcdir_name="parallel-j2", parallel=2)
    merged: list[str] = []
    parallel.connect("env-merge-info", lambda app, env, docnames, other: merged.extend(docnames))
    parallel.build()

    # It really read in worker processes (merged back) and wrote in parallel.
    assert sorted(merged) == [
        "doc1",
        "doc2",
        "doc3",
        "doc4",
        "doc5",
        "doc6",
        "doc7",
        "doc8",
        "index",
    ]
    assert parallel.builder.parallel_ok
    assert pages(parallel) == pages(serial)
    assert len(pages(serial)) == 11  # index, doc1..8, genindex, search
    serial_warnings = [w.replace(str(serial.srcdir), "SRC") for w in warnings_of(serial)]
    parallel_warnings = [w.replace(str(parallel.srcdir), "SRC") for w in warnings_of(parallel)]
    assert (
        parallel_warnings
        == serial_warnings
        == [
            "SRC/lists/three.md:7: WARNING: duplicate URL 'https://www.btree.example.org' "
            "(first at line 5) [readinglist.duplicate-url]"
        ]
    )
