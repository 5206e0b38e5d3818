"""Page.style records how a page writes its groups and entries, the same on both parse paths."""

from __future__ import annotations

import pytest

from readinglist import PageStyle, Status, loads

TODO, READING, DONE, SKIPPED = Status.TODO, Status.READING, Status.DONE, Status.SKIPPED

# (page, the style it shows): each page written by hand in one shape of the format.
STYLES = {
    "the seed: a status label holding link paragraphs": (
        "# P\n\n- TODO\n\n  [A](https://e.org/a)\n\n  [B](https://e.org/b)\n",
        PageStyle(status_groups="label", entries="paragraph", status_labels=((TODO, "TODO"),)),
    ),
    "status headings over topic headings": (
        "## Reading\n\n### Kafka\n\n- [A](https://e.org/a)\n\n## Done:\n\n- [B](https://e.org/b)\n",
        PageStyle(status_labels=((READING, "Reading"), (DONE, "Done"))),
    ),
    "deeper headings, star bullets": (
        "# P\n\n### Finished\n\n#### Kafka\n\n* [A](https://e.org/a)\n",
        PageStyle(status_level=3, topic_level=4, marker="*", status_labels=((DONE, "Finished"),)),
    ),
    "task boxes and strikes, no groups": (
        "- [x] [A](https://e.org/a)\n- [ ] [B](https://e.org/b)\n+ ~~[C](https://e.org/c)~~\n",
        PageStyle(status_groups="none"),
    ),
    "topic headings over status labels, plus bullets": (
        "## Kafka\n\n+ Done\n  + [A](https://e.org/a)\n+ WIP\n  + [B](https://e.org/b)\n",
        PageStyle(
            status_groups="label",
            topic_level=2,
            topics_outside=True,
            marker="+",
            status_labels=((READING, "WIP"), (DONE, "Done")),
        ),
    ),
    "topic labels inside status labels": (
        "- Skipped\n  - Kafka\n    - [A](https://e.org/a)\n",
        PageStyle(
            status_groups="label", topic_groups="label", status_labels=((SKIPPED, "Skipped"),)
        ),
    ),
    "status labels inside topic labels": (
        "- Kafka\n  - Done\n    - [A](https://e.org/a)\n",
        PageStyle(
            status_groups="label",
            topic_groups="label",
            topics_outside=True,
            status_labels=((DONE, "Done"),),
        ),
    ),
    "entries nested under an entry: a topic written as a list item": (
        "- [A](https://e.org/a)\n  - [B](https://e.org/b)\n",
        PageStyle(status_groups="none", topic_groups="label"),
    ),
    "a numbered list under bold topic lines": (
        "**Kafka:**\n\n1) [A](https://e.org/a)\n2) [B](https://e.org/b)\n",
        PageStyle(status_groups="none", topic_groups="bold", marker="1)"),
    ),
    "bold status lines": (
        "**Done**\n\n1. [A](https://e.org/a)\n",
        PageStyle(status_groups="bold", marker="1.", status_labels=((DONE, "Done"),)),
    ),
    "books under a status heading": (
        "## To read\n\n- Designing Data-Intensive Applications - Kleppmann\n",
        PageStyle(status_labels=((TODO, "To read"),)),
    ),
}

# Pages that mix styles: the first entry showing a field decides it.
FIRST_SEEN = {
    "groups that hold no entry do not count": (
        "## Done\n\n## Kafka\n\n- [A](https://e.org/a)\n",
        PageStyle(status_groups="none", topic_level=2),
    ),
    "the first bullet in a list wins": (
        "[A](https://e.org/a)\n\n* [B](https://e.org/b)\n\n- [C](https://e.org/c)\n",
        PageStyle(status_groups="none", entries="paragraph", marker="*"),
    ),
    "the outermost list item gives the marker": (
        "- Kafka\n  * [A](https://e.org/a)\n",
        PageStyle(status_groups="none", topic_groups="label"),
    ),
    "the first label per status wins, the first status group its form": (
        "- Done\n  - [A](https://e.org/a)\n\n## Read\n\n- [B](https://e.org/b)\n\n## Backlog\n\n"
        "- [C](https://e.org/c)\n",
        PageStyle(status_groups="label", status_labels=((TODO, "Backlog"), (DONE, "Done"))),
    ),
    "the innermost status group is the entry's": (
        "## Done\n\n- Reading\n  - [A](https://e.org/a)\n",
        PageStyle(status_groups="label", status_labels=((READING, "Reading"),)),
    ),
}


@pytest.mark.parametrize("name", sorted(STYLES))
def test_a_page_in_one_style_shows_that_style(name: str) -> None:
    text, style = STYLES[name]
    assert loads(text).style == style


@pytest.mark.parametrize("name", sorted(FIRST_SEEN))
def test_a_page_mixing_styles_shows_the_first_seen(name: str) -> None:
    text, style = FIRST_SEEN[name]
    assert loads(text).style == style


def test_a_page_without_entries_has_no_status_groups() -> None:
    assert loads("# Empty\n\nJust prose.\n").style == PageStyle(status_groups="none")
