"""HTML weight: bytes per entry of a page rendering a list, against the same list by hand.

The hand-written baseline is the plainest page with the same content: the same titles,
links and descriptions as an rST bullet list (for the grouped list, under the same group
headings, written as rubrics with their counts). Both projects are built once, with the
same theme (alabaster, Sphinx's default), and the whole ``index.html`` is weighed, so the
stylesheet's ``<link>`` and every byte of markup count.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.sphinx_builds import awesome_entries, build, rst_text
from benchmarks.table import Row

COUNT = 1000
LIMIT = 1.3
STATUSES = (("To read", "To do"), ("Reading", "Reading"), ("Done", "Done"))
"""Group labels in the Markdown page, and the words the extension shows for them."""
TOPICS = ("Kafka", "Postgres", "Distributed systems", "Search")


def _item(title: str, url: str, description: str) -> str:
    rst = f"* `{rst_text(title)} <{url}>`__"
    return rst + (f" — {rst_text(description)}" if description else "") + "\n"


def _write(folder: Path, conf: str, index: str, page: str | None = None) -> Path:
    folder.mkdir()
    (folder / "conf.py").write_text(conf, encoding="utf-8")
    (folder / "index.rst").write_text(f"Benchmark\n=========\n\n{index}", encoding="utf-8")
    if page is not None:
        (folder / "reading.md").write_text(page, encoding="utf-8")
    return folder


def _flat(root: Path) -> tuple[Path, Path]:
    """A page without groups (every entry to do) and the same bullet list by hand."""
    entries = awesome_entries(COUNT)
    page = "---\ntitle: Benchmark\n---\n\n" + "".join(
        f"- [{t}]({u})" + (f" - {d}" if d else "") + "\n" for t, u, d in entries
    )
    directive = _write(
        root / "flat-directive",
        'extensions = ["sphinx_readinglist"]\nexclude_patterns = ["reading.md"]\n',
        ".. reading-list:: reading.md\n",
        page,
    )
    handwritten = _write(
        root / "flat-handwritten", "extensions = []\n", "".join(_item(*e) for e in entries)
    )
    return directive, handwritten


def _grouped(root: Path) -> tuple[Path, Path]:
    """A page in status and topic groups, and the same headings and lists by hand."""
    entries = awesome_entries(COUNT)
    groups: dict[str, dict[str, list[tuple[str, str, str]]]] = {}
    for index, entry in enumerate(entries):
        label, _ = STATUSES[index % len(STATUSES)]
        topic = TOPICS[index * len(TOPICS) // COUNT]
        groups.setdefault(label, {}).setdefault(topic, []).append(entry)
    page = "---\ntitle: Benchmark\n---\n"
    for label, topics in groups.items():
        page += f"\n## {label}\n"
        for topic, items in topics.items():
            page += f"\n### {topic}\n\n" + "".join(
                f"- [{t}]({u})" + (f" - {d}" if d else "") + "\n" for t, u, d in items
            )
    words = dict(STATUSES)
    by_hand = ""
    for topic in TOPICS:
        in_topic = {label: topics[topic] for label, topics in groups.items() if topic in topics}
        by_hand += f".. rubric:: {topic} ({sum(len(i) for i in in_topic.values())})\n\n"
        for label, items in in_topic.items():
            by_hand += f".. rubric:: {words[label]} ({len(items)})\n\n"
            by_hand += "".join(_item(*e) for e in items) + "\n"
    directive = _write(
        root / "grouped-directive",
        'extensions = ["sphinx_readinglist"]\nexclude_patterns = ["reading.md"]\n',
        ".. reading-list:: reading.md\n",
        page,
    )
    handwritten = _write(root / "grouped-handwritten", "extensions = []\n", by_hand)
    return directive, handwritten


def _weight(project: Path) -> int:
    out = project.parent / f"{project.name}-out"
    build(project, out, fresh=True)
    return (out / "html" / "index.html").stat().st_size


def rows() -> list[Row]:
    """The flat list's row (target 1.3x) and the grouped list's, measured apart."""
    measured = []
    with tempfile.TemporaryDirectory(prefix="readinglist-weight-") as folder:
        root = Path(folder)
        for name, (directive, handwritten) in (
            ("a list", _flat(root)),
            ("a list under group headings", _grouped(root)),
        ):
            ours, theirs = _weight(directive), _weight(handwritten)
            measured.append(
                Row(
                    f"Sphinx HTML per entry, {name}, {COUNT:,} entries",
                    f"{ours / COUNT:.0f} B vs {theirs / COUNT:.0f} B hand-written "
                    f"({ours / theirs:.3f}x)",
                    f"at most {LIMIT:.1f}x hand-written rST",
                    ours / theirs / LIMIT,
                )
            )
    return measured
