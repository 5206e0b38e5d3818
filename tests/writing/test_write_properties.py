"""Round trips over generated pages in every shape of the format (hypothesis).

``dumps`` reads back to the same title, front matter and entries (boxes and strikes too) and
is a fixed point, keeping the style it wrote (``tests/test_dumps_styles.py`` checks that a
page in one style keeps its own);
``format_text`` keeps every entry and is idempotent; ``mark_entry`` changes only the
entry's own lines (and the group it opens), or refuses.
"""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import readinglist
from readinglist import EditError, Page, Status, add_entry, dumps, format_text, mark_entry
from readinglist.writing.output.toml_text import toml_document

WORDS = st.sampled_from(
    ["Kafka", "log", "Flink’s", "state", "C++", "a*b", "x_y", "R&D", "é", "1.", "(draft)",
     "50%", "#1", "‘quoted’", "GPU", "B-trees", "naïve", "über", "`code`", "!"]
)  # fmt: skip
PHRASE = st.lists(WORDS, min_size=1, max_size=4).map(" ".join)
BOOK_WORDS = st.sampled_from(["Designing", "Data", "Systems", "Volume", "2"])
BOOK_TITLE = st.lists(BOOK_WORDS, min_size=1, max_size=3).map(" ".join)
SLUG = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)
URL = st.builds(
    "https://{}.example/{}{}".format,
    st.sampled_from(["kafka", "flink", "www.blog", "medium"]),
    SLUG,
    st.sampled_from(["", "/", "?utm_source=x", "#part-2", "?q=(1)"]),
)
SEPARATOR = st.sampled_from([" - ", " – ", " — ", ": ", ", "])
STATUS_LABEL = st.sampled_from(["TODO", "To read", "Reading", "Done", "Read", "Skipped"])
TOPIC = st.sampled_from(["Kafka", "Flink", "Storage", "Papers", "Talks"])


@st.composite
def link_entry(draw: st.DrawFn, refs: list[tuple[str, str]]) -> str:
    """One entry's text after any list marker: every way an entry's link is written."""
    title, url = draw(PHRASE), draw(URL)
    kind = draw(st.sampled_from(["inline", "reference", "autolink", "bare", "struck"]))
    if kind == "reference":
        label = f"r{len(refs)}"
        refs.append((label, url))
        text = f"[{title}][{label}]"
    elif kind == "autolink":
        text = f"<{url}>"
    elif kind == "bare":
        text = f"{title} {url}"
    elif kind == "struck":
        text = f"~~[{title}]({url})~~"
    else:
        text = f"[{title}]({url})"
    if kind != "bare" and draw(st.booleans()):
        text += draw(SEPARATOR) + draw(PHRASE)
    return text


@st.composite
def list_block(draw: st.DrawFn, refs: list[tuple[str, str]], *, books: bool) -> str:
    """A list of entries: bullets or numbers, task boxes, nested lists, books."""
    marker = draw(st.sampled_from(["-", "*", "+", "1."]))
    items: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        box = draw(st.sampled_from(["", "", "[ ] ", "[x] "]))
        if books and draw(st.integers(0, 4)) == 0:
            text = draw(BOOK_TITLE) + (" - " + draw(PHRASE) if draw(st.booleans()) else "")
        else:
            text = draw(link_entry(refs))
        items.append(f"{marker} {box}{text}")
        if draw(st.integers(0, 5)) == 0:
            pad = " " * (len(marker) + 1)
            items.append(f"{pad}- {draw(link_entry(refs))}")
    return "\n".join(items) + "\n"


@st.composite
def label_group(draw: st.DrawFn, refs: list[tuple[str, str]]) -> str:
    """The seed's shape: ``- TODO`` then indented paragraphs, one entry each."""
    label = draw(st.one_of(STATUS_LABEL, TOPIC))
    paragraphs = [f"  {draw(link_entry(refs))}" for _ in range(draw(st.integers(1, 3)))]
    return f"- {label}\n\n" + "\n\n".join(paragraphs) + "\n"


BETWEEN = st.sampled_from(
    [
        "Some prose with [an inline link](https://prose.example/a) in the middle.\n",
        "| Name | Link |\n|------|------|\n| A | [a](https://table.example/a) |\n",
        '<div class="note">\n\n- [Inside HTML](https://html.example/a)\n\n</div>\n',
        "<!-- a comment\n\nspanning blank lines -->\n",
        "```\n- [In a fence](https://fence.example/a)\n```\n",
        "> A quote.\n",
        "![an image](https://img.example/a.png)\n",
    ]
)


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    """YAML or TOML front matter with typed keys and unknown ones, in any order."""
    keys: dict[str, object] = {"title": draw(PHRASE)}
    if draw(st.booleans()):
        keys["nav_order"] = draw(st.integers(0, 20) | st.floats(0, 9, allow_nan=False))
    if draw(st.booleans()):
        keys["has_children"] = draw(st.booleans())
    if draw(st.booleans()):
        keys["tags"] = draw(st.lists(TOPIC, max_size=3))
    if draw(st.booleans()):
        keys["custom_key"] = draw(PHRASE)
    order = draw(st.permutations(list(keys)))
    ordered = {key: keys[key] for key in order}
    if draw(st.booleans()):
        return "---\n" + yaml.safe_dump(ordered, sort_keys=False, allow_unicode=True) + "---\n"
    return "+++\n" + toml_document(ordered) + "+++\n"


@st.composite
def pages(draw: st.DrawFn) -> str:
    """A whole page: front matter, H1, groups of every kind, things between, references."""
    refs: list[tuple[str, str]] = []
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(draw(front_matter()))
    if draw(st.booleans()):
        parts.append(f"# {draw(PHRASE)}\n")
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["heading", "subheading", "label", "bold", "list", "other"]))
        if kind == "heading":
            parts.append(f"## {draw(st.one_of(STATUS_LABEL, TOPIC))}\n")
            parts.append(draw(list_block(refs, books=True)))
        elif kind == "subheading":
            parts.append(f"### {draw(TOPIC)}\n")
            parts.append(draw(list_block(refs, books=True)))
        elif kind == "label":
            parts.append(draw(label_group(refs)))
        elif kind == "bold":
            parts.append(f"**{draw(TOPIC)}:**\n")
            parts.append(draw(list_block(refs, books=False)))
        elif kind == "list":
            parts.append(draw(list_block(refs, books=False)))
        else:
            parts.append(draw(BETWEEN))
    if refs:
        parts.append("".join(f"[{label}]: {url}\n" for label, url in refs))
    text = "\n".join(parts)
    return text.replace("\n", draw(st.sampled_from(["\n", "\n", "\r\n"])))


def shape(page: Page) -> list[tuple[object, ...]]:
    return [(e.title, e.url, e.status, e.description, e.groups) for e in page.entries]


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def marks(page: Page) -> list[tuple[bool | None, bool]]:
    return [(e.checked, e.struck) for e in page.entries]


@SETTINGS
@given(pages())
def test_dumps_reads_back_the_same_page_and_is_a_fixed_point(text: str) -> None:
    page = readinglist.loads(text, path="page.md")
    written = dumps(page)
    again = readinglist.loads(written, path="page.md")
    assert shape(again) == shape(page)
    assert marks(again) == marks(page)
    assert again.title == page.title
    assert dict(again.front_matter.raw) == dict(page.front_matter.raw)
    assert again.front_matter.format == page.front_matter.format
    assert dumps(again) == written
    assert readinglist.loads(dumps(again)).style == again.style


@SETTINGS
@given(pages())
def test_format_keeps_every_entry_and_is_idempotent(text: str) -> None:
    page = readinglist.loads(text)
    formatted = format_text(text)
    assert shape(readinglist.loads(formatted)) == shape(page)
    assert readinglist.loads(formatted).front_matter.raw == page.front_matter.raw
    assert format_text(formatted) == formatted


@SETTINGS
@given(pages(), st.data())
def test_mark_changes_only_the_entry_and_its_new_group(text: str, data: st.DataObject) -> None:
    page = readinglist.loads(text)
    unique = [e for e in page.entries if [x.title for x in page.entries].count(e.title) == 1]
    if not unique:
        return
    entry = data.draw(st.sampled_from(unique))
    status = data.draw(st.sampled_from(list(Status)))
    try:
        new = mark_entry(text, entry.title, status).text
    except EditError:
        return
    moved = readinglist.loads(new)
    expected = sorted(
        (str(x[0]), str(x[1]), str(status if x[0] == entry.title else x[2]), x[3], x[4])
        for x in shape(page)
    )
    assert sorted(tuple(map(str, x[:3])) + x[3:] for x in shape(moved)) == expected
    own = set(range(entry.line, (entry.end_line or entry.line) + 1)) | set(entry.group_lines)
    kept = [line for n, line in enumerate(text.splitlines(), 1) if n not in own and line.strip()]
    remaining = iter(new.splitlines())
    assert all(line in remaining for line in kept), "a line outside the entry changed"


@SETTINGS
@given(pages(), st.sampled_from([None, *Status]), st.sampled_from([None, "Kafka", "New topic"]))
def test_add_only_inserts_lines_and_the_entry_reads_back(
    text: str, status: Status | None, group: str | None
) -> None:
    url = "https://added.example/post"
    try:
        new = add_entry(text, url, title="Added post", status=status, group=group).text
    except EditError:
        return
    before, after = readinglist.loads(text), readinglist.loads(new)
    assert len(after.entries) == len(before.entries) + 1
    (added,) = [e for e in after.entries if e.url == url]
    assert (added.title, added.status) == ("Added post", status or Status.TODO)
    if group is not None:
        assert added.groups[-1:] == (group,)
    remaining = iter(new.splitlines())
    assert all(line in remaining for line in text.splitlines() if line.strip())
