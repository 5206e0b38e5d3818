"""Hypothesis strategy: pages written by hand in one consistent style, with that style.

Each page is drawn as a :class:`~readinglist.PageStyle` (every status group form, topic
group form, nesting order, heading levels, entry form and list marker of the format) plus
sections of entries, and written here line by line, independently of ``readinglist.dumps``.
The style returned is what the page shows, worked out from what was drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

from readinglist import PageStyle, Status

_STATUS_LABELS = {
    Status.TODO: ["TODO", "To read", "Backlog", "Later"],
    Status.READING: ["Reading", "In progress", "WIP"],
    Status.DONE: ["Done", "Read", "Finished"],
    Status.SKIPPED: ["Skipped", "Dropped"],
}
_TOPICS = st.sampled_from(["Kafka", "Flink", "Storage engines", "Papers", "C++ talks", "R&D"])
_WORDS = st.sampled_from(
    ["Kafka", "log", "state", "at", "Pinterest", "B-trees", "über", "1.", "(draft)", "a*b"]
)
_TITLE = st.lists(_WORDS, min_size=1, max_size=4).map(" ".join)
_BOOK = st.lists(
    st.sampled_from(["Designing", "Data", "Systems", "Volume"]), min_size=1, max_size=3
)


@dataclass(frozen=True)
class _Entry:
    text: str
    """After the list marker (or the paragraph's indent)."""
    item_only: bool
    """A task item or a book: a list item even on a page of paragraphs."""


@dataclass(frozen=True)
class _Section:
    status: Status | None
    topic: str | None
    entries: tuple[_Entry, ...]


@st.composite
def _entry(draw: st.DrawFn, status: Status | None, *, grouped: bool, first: bool) -> _Entry:
    """An entry that agrees with its section's ``status`` (``None``: it says its own)."""
    number = draw(st.integers(0, 10**6))
    url = f"https://{draw(st.sampled_from(['kafka', 'www.blog', 'medium']))}.example/{number}"
    link = f"[{draw(_TITLE)}]({url})"
    description = " - " + draw(_TITLE) if draw(st.booleans()) else ""
    if first:
        return _Entry(link + description, item_only=False)
    kind = draw(st.sampled_from(["plain", "plain", "box", "struck", "book"]))
    if status is Status.SKIPPED or (status is None and kind == "struck"):
        return _Entry(f"~~{link}~~{description}", item_only=False)
    if kind == "box":
        ticked = status is Status.DONE or (status is None and draw(st.booleans()))
        return _Entry(f"{'[x]' if ticked else '[ ]'} {link}{description}", item_only=True)
    if kind == "book" and grouped:
        return _Entry(" ".join(draw(_BOOK)) + " - Kleppmann", item_only=True)
    return _Entry(link + description, item_only=False)


@st.composite
def styled_pages(draw: st.DrawFn) -> tuple[str, PageStyle]:
    """A page in one style, and that style."""
    status_form = draw(st.sampled_from(["heading", "label", "bold", "none"]))
    topic_forms = ["heading", "label"] + ([] if status_form == "bold" else ["bold"])
    topic_form = draw(st.sampled_from(topic_forms))
    status_level = draw(st.integers(2, 4)) if status_form == "heading" else 2
    # Which holds which: headings hold bold lines hold labels; two of a kind either way.
    if status_form == "none":
        topics_outside = True
    elif status_form == topic_form == "label":
        topics_outside = draw(st.booleans())
    elif status_form == topic_form == "heading":
        topics_outside = status_level > 2 and draw(st.booleans())
    else:
        rank = {"heading": 0, "bold": 1, "label": 2}
        topics_outside = rank[topic_form] < rank[status_form]
    if topic_form == "heading" and status_form == "heading":
        topic_level = (
            draw(st.integers(2, status_level - 1))
            if topics_outside
            else draw(st.integers(status_level + 1, 6))
        )
    else:
        topic_level = draw(st.integers(2, 5)) if topic_form == "heading" else 3
    paragraphs = draw(st.booleans())
    marker = draw(st.sampled_from(["-", "*", "+", "1.", "1)"]))
    labels = {status: draw(st.sampled_from(names)) for status, names in _STATUS_LABELS.items()}
    # A heading or bold topic that holds the status groups cannot be closed: every section
    # then has a topic (as it must when there are no status groups and topics are blocks).
    every_section_topic = topic_form != "label" and (topics_outside or status_form == "none")
    sections: list[_Section] = []
    for index in range(draw(st.integers(1, 4))):
        status = None if status_form == "none" else draw(st.sampled_from(list(Status)))
        has_topic = every_section_topic or draw(st.booleans())
        topic = draw(_TOPICS) if has_topic else None
        count = draw(st.integers(1, 3))
        entries = tuple(
            draw(_entry(status, grouped=status is not None or topic is not None,
                        first=index == 0 and position == 0))
            for position in range(count)
        )  # fmt: skip
        sections.append(_Section(status, topic, entries))
    title = draw(st.sampled_from(["", "# Reading list\n\n"]))
    writer = _Writer(
        status_form, status_level, topic_form, topic_level, topics_outside, paragraphs, marker
    )
    text = title + "".join(writer.section(section, labels) for section in sections)
    used = {section.status for section in sections if section.status is not None}
    has_topics = any(section.topic for section in sections)
    has_both = any(section.topic and section.status for section in sections)
    has_list = status_form == "label" or (topic_form == "label" and has_topics) or not paragraphs
    has_list = has_list or any(e.item_only for section in sections for e in section.entries)
    style = PageStyle(
        status_groups=status_form,  # type: ignore[arg-type]
        status_level=status_level,
        topic_groups=topic_form if has_topics else "heading",  # type: ignore[arg-type]
        topic_level=topic_level if has_topics and topic_form == "heading" else 3,
        topics_outside=topics_outside and has_both,
        entries="paragraph" if paragraphs else "item",
        marker=marker if has_list else "-",  # type: ignore[arg-type]
        status_labels=tuple((status, labels[status]) for status in Status if status in used),
    )
    return text, style


@dataclass(frozen=True)
class _Writer:
    status_form: str
    status_level: int
    topic_form: str
    topic_level: int
    topics_outside: bool
    paragraphs: bool
    marker: str

    def _marker(self, number: int) -> str:
        return f"{number}{self.marker[1]}" if self.marker[0] == "1" else self.marker

    def section(self, section: _Section, labels: dict[Status, str]) -> str:
        """One section: its groups' openers, outermost first, then its entries."""
        openers: list[tuple[str, str, int]] = []  # (form, text, heading level)
        if section.status is not None:
            openers.append((self.status_form, labels[section.status], self.status_level))
        if section.topic is not None:
            topic = (self.topic_form, section.topic, self.topic_level)
            openers.insert(0 if self.topics_outside else len(openers), topic)
        blocks = [opener for opener in openers if opener[0] != "label"]
        nested = [opener[1] for opener in openers if opener[0] == "label"]
        text = ""
        for form, label, level in blocks:
            text += f"{'#' * level} {label}\n\n" if form == "heading" else f"**{label}**\n\n"
        indent = ""
        for label in nested:
            text += f"{indent}{self._marker(1)} {label}\n"
            indent += " " * (len(self._marker(1)) + 1)
        number = 0
        for entry in section.entries:
            if self.paragraphs and not entry.item_only:
                text += f"\n{indent}{entry.text}\n\n"
                number = 0
            else:
                number += 1
                text += f"{indent}{self._marker(number)} {entry.text}\n"
        return text + "\n"
