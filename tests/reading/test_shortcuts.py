"""Each shortcut of the reading path gives exactly what the general step it skips gives.

Splitting lines, reading flat front matter without PyYAML, folding titles: each has a fast
case for the common input and a general one, held equal here.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import readinglist
from readinglist.reading.frontmatter.block import _handlers, _key_lines
from readinglist.reading.frontmatter.flat_yaml import read_flat_yaml
from readinglist.reading.page_rules import _QUOTES, fold_title
from readinglist.reading.source import _LINE, split_lines


@given(st.text(alphabet="ab \n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029é", max_size=30))
def test_split_lines_shortcut_gives_the_pattern_lines(text: str) -> None:
    """str.splitlines is used only where it splits exactly as the line pattern does."""
    assert split_lines(text) == _LINE.findall(text)


_YAML_KEYS = st.from_regex(r"[a-z_][a-z0-9_]{0,6}", fullmatch=True) | st.sampled_from(
    ["title", "nav_order", "has_children", "_x", "yes", "on", "null", "Title", "a-b", "title "]
)
_YAML_VALUES = (
    st.from_regex(r"[A-Za-z][A-Za-z0-9 ]{0,8}", fullmatch=True)
    | st.from_regex(r"[0-9]{1,10}", fullmatch=True)
    | st.sampled_from(
        ["Pinterest", "Reading list 0", "true", "false", "True", "yes", "No", "off", "null",
         "NULL", "~", "6", "0", "012", "1_000", "1e3", "1.5", ".inf", "12:30", "2024-02-11",
         "x: y", "a #b", "a  b", "'q'", '"q"', "[a]", "Über", "a ", "", "-1", "+1", "0x1F",
         "y", "n", "Null"]
    )
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(_YAML_KEYS, _YAML_VALUES), max_size=6),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_flat_front_matter_reads_as_pyyaml_reads_it(
    pairs: list[tuple[str, str]], ending: str
) -> None:
    """The flat front matter reader gives PyYAML's mapping, types included, or declines;
    its keys are one per line, where the key-line finder finds them."""
    text = "".join(f"{key}: {value}{ending}" for key, value in pairs)
    lines = split_lines(text)
    flat = read_flat_yaml(lines)
    if flat is not None:
        expected = _handlers()["yaml"].load(text)  # what the reference reads it with
        assert [(k, type(v), v) for k, v in flat.items()] == [
            (str(k), type(v), v) for k, v in expected.items()
        ]
        assert _key_lines("yaml", lines) == {key: number for number, key in enumerate(flat, 2)}


def test_the_seed_front_matter_is_read_without_pyyaml() -> None:
    lines = ["title: Pinterest\n", "has_children: true\r\n", "nav_order: 6\n"]
    assert read_flat_yaml(lines) == {"title": "Pinterest", "has_children": True, "nav_order": 6}


@given(st.text(alphabet="aB ‘’“”`\u00a0ßÉx\t", max_size=20))
def test_fold_title_shortcuts_fold_as_translate_does(title: str) -> None:
    """fold_title's ASCII and replace shortcuts give what the translate table gives."""
    assert fold_title(title) == " ".join(title.translate(_QUOTES).casefold().split())


def test_a_struck_entry_leaves_the_next_entries_their_group_status() -> None:
    page = readinglist.loads(
        "## Reading\n\n- [A](https://e.org/a)\n- ~~[B](https://e.org/b)~~\n"
        "- [C](https://e.org/c)\n- [x] [D](https://e.org/d)\n- [E](https://e.org/e)\n"
    )
    assert [(e.title, e.status, e.column) for e in page.entries] == [
        ("A", "reading", 3), ("B", "skipped", 3), ("C", "reading", 3), ("D", "done", 7),
        ("E", "reading", 3),
    ]  # fmt: skip
