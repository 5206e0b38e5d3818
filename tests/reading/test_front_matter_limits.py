"""Front matter from untrusted pages: no object is built, nothing explodes, nothing hangs."""

from __future__ import annotations

import json
import os

import pytest

import readinglist
from readinglist import Code


def _syntax_errors(page: readinglist.Page) -> list[readinglist.Diagnostic]:
    return [d for d in page.diagnostics if d.code is Code.FRONT_MATTER_SYNTAX]


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system ['touch /tmp/pwned']",
        "!!python/object/new:os.system ['touch /tmp/pwned']",
        "!!python/name:os.system",
        "!!python/object:builtins.object {}",
    ],
)
def test_python_tags_are_a_syntax_error_and_run_nothing(
    tag: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An object-constructing tag is front-matter-syntax and the callable is never reached."""
    calls: list[object] = []

    def system(*arguments: object) -> int:
        calls.append(arguments)
        return 0

    monkeypatch.setattr(os, "system", system)
    page = readinglist.loads(f"---\ntitle: {tag}\n---\n\n- [A](https://e.org/a)\n")
    assert calls == []
    errors = _syntax_errors(page)
    assert [(d.line, d.column) for d in errors] == [(2, 8)]
    assert "could not determine a constructor" in errors[0].message
    assert page.front_matter.raw == {}
    assert len(page.entries) == 1


BILLION_LAUGHS = (
    "---\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
    "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n"
    "title: Laughs\n"
    "---\n\n- [A](https://e.org/a)\n"
)


def test_alias_bomb_is_refused_before_anything_walks_it() -> None:
    """Nine levels of nine aliases (387 million strings) is an error; the page stays usable."""
    page = readinglist.loads(BILLION_LAUGHS)
    errors = _syntax_errors(page)
    assert [d.line for d in errors] == [2]
    assert "expands to more than 100000 values" in errors[0].message
    assert page.front_matter.raw == {}
    # Everything that walks the page stays cheap: repr, equality, JSON.
    assert "lol" not in repr(page)
    assert page == readinglist.loads(BILLION_LAUGHS)
    assert json.dumps(dict(page.front_matter.raw)) == "{}"


def test_aliases_within_the_limits_still_work() -> None:
    page = readinglist.loads(
        "---\ntitle: &t Same\ndescription: *t\ntags: &l [a, b]\nmore: *l\n---\n"
    )
    assert _syntax_errors(page) == []
    assert page.front_matter.description == "Same"
    assert page.front_matter.raw["more"] == ["a", "b"]


@pytest.mark.parametrize(
    "block",
    ["a: &a [*a]", "a: &a {b: *a}", "a: &a\n  - x\n  - *a"],
    ids=["list", "mapping", "block"],
)
def test_alias_that_contains_itself_is_refused(block: str) -> None:
    """A recursive value would make repr, equality and every export loop or recurse forever."""
    page = readinglist.loads(f"---\n{block}\n---\n")
    assert [d.line for d in _syntax_errors(page)] == [2]
    assert page.front_matter.raw == {}


@pytest.mark.parametrize(
    "block",
    [
        "a: " + "[" * 10_000 + "]" * 10_000,
        "a: " + "{b: " * 10_000 + "c" + "}" * 10_000,
        "".join(" " * depth + "- x:\n" for depth in range(0, 2_000, 2)),
    ],
    ids=["flow-lists", "flow-mappings", "block-lists"],
)
def test_deeply_nested_yaml_is_an_error_at_its_depth_limit(block: str) -> None:
    """Even where the size limit is raised far enough to let the block be read."""
    page = readinglist.loads(f"---\n{block}\n---\n", max_front_matter_size=10_000_000)
    errors = _syntax_errors(page)
    assert len(errors) == 1
    assert "nested more than 64 levels deep" in errors[0].message


def test_yaml_nested_at_the_limit_is_read() -> None:
    page = readinglist.loads("---\na: " + "[" * 63 + "]" * 63 + "\n---\n")
    assert _syntax_errors(page) == []


@pytest.mark.parametrize("depth", [100, 10_000])
def test_deeply_nested_toml_is_an_error(depth: int) -> None:
    page = readinglist.loads(f"+++\na = {'[' * depth}{']' * depth}\n+++\n")
    errors = _syntax_errors(page)
    assert len(errors) == 1
    assert "nested" in errors[0].message


@pytest.mark.parametrize(
    ("block", "position", "reason"),
    [
        ("---\ntitle: 2001-13-45\n---\n", (2, 8), "month must be in 1..12"),
        ("---\nnav_order: " + "9" * 5_000 + "\n---\n", (2, 12), "Exceeds the limit"),
        ("---\ntitle: 0x" + "f" * 5_000 + "\n---\n", (2, 8), "integer wider than 1024 bits"),
        ("+++\nnav_order = " + "9" * 5_000 + "\n+++\n", (2, 1), "Exceeds the limit"),
        ("+++\nnav_order = 0x" + "f" * 5_000 + "\n+++\n", (2, 1), "wider than 1024 bits"),
    ],
    ids=["impossible-date", "huge-decimal", "huge-hex", "toml-huge-decimal", "toml-huge-hex"],
)
def test_values_python_cannot_build_or_print_are_syntax_errors(
    block: str, position: tuple[int, int], reason: str
) -> None:
    """A ValueError from a YAML or TOML constructor is a diagnostic, never an exception."""
    page = readinglist.loads(block)
    errors = _syntax_errors(page)
    assert [(d.line, d.column) for d in errors] == [position]
    assert reason in errors[0].message
    repr(page)


@pytest.mark.parametrize("value", ["v", "[v]"], ids=["plain-lines", "yaml-lists"])
def test_a_huge_block_of_keys_is_refused_however_it_is_read(value: str) -> None:
    """Plain lines take a reader without PyYAML; the limit on values holds on both.

    (The size limit is raised here: by default this block is too large to be read at all.)
    """
    block = "".join(f"k{index}: {value}\n" for index in range(60_000))
    text = f"---\n{block}---\n\n- [A](https://e.org/a)\n"
    page = readinglist.loads(text, max_front_matter_size=10_000_000)
    errors = _syntax_errors(page)
    assert [(d.line, d.column) for d in errors] == [(2, 1)]
    assert "expands to more than 100000 values" in errors[0].message
    assert len(page.entries) == 1


MERGE_BOMB = (
    "---\n"
    + "".join(
        f"l{level}: &l{level} {{<<: [{', '.join([f'*l{level - 1}'] * 9)}], k{level}: v}}\n"
        if level
        else "l0: &l0 {k0: v}\n"
        for level in range(9)
    )
    + "title: Merges\n---\n\n- [A](https://e.org/a)\n"
)


def test_a_merge_key_bomb_is_refused_before_anything_is_constructed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nine levels of nine merges (``<<``): PyYAML 6.0.1-6.0.3 copy 9**8 pairs constructing it.

    The composed node graph is walked first, counting merges as expanded; the constructor
    is never reached.
    """
    import yaml.constructor

    def constructed(*arguments: object) -> None:
        raise AssertionError("the merge bomb reached the constructor")

    monkeypatch.setattr(yaml.constructor.SafeConstructor, "flatten_mapping", constructed)
    assert len(MERGE_BOMB) < 700
    page = readinglist.loads(MERGE_BOMB)
    errors = _syntax_errors(page)
    assert [d.line for d in errors] == [2]
    assert "expands to more than 100000 values" in errors[0].message
    assert page.front_matter.raw == {}
    assert len(page.entries) == 1


def test_merge_keys_within_the_limits_still_work() -> None:
    page = readinglist.loads("---\nbase: &b {layout: post}\nthis: {<<: *b, title: T}\n---\n")
    assert _syntax_errors(page) == []
    assert page.front_matter.raw["this"] == {"layout": "post", "title": "T"}


@pytest.mark.parametrize(
    "block",
    [
        "".join(f"k{index}: v\n" for index in range(30_000)),
        "a: [" + "x, " * 90_000 + "x]\n",
        "+++\n",
    ],
    ids=["many-keys", "flow-list", "toml"],
)
def test_front_matter_over_the_size_limit_is_not_parsed(block: str) -> None:
    """The limit (256,000 bytes) is checked before any parser sees the block."""
    if block == "+++\n":
        text = "+++\n" + "".join(f"k{index} = 1\n" for index in range(30_000)) + "+++\n"
    else:
        text = f"---\n{block}---\n"
    page = readinglist.loads(text + "\n# Title\n\n- [A](https://e.org/a)\n", path="big.md")
    problems = [(d.code, d.line, d.message) for d in page.diagnostics if d.level == "error"]
    assert problems == [
        (
            Code.FRONT_MATTER_TOO_LARGE,
            1,
            "the front matter is larger than the 256,000 byte limit and is not read; move the "
            "data elsewhere, or raise the limit (max_front_matter_size)",
        )
    ]
    assert page.front_matter.raw == {}
    assert page.title == "Title"
    assert len(page.entries) == 1


def test_the_front_matter_size_limit_is_an_argument_and_counts_utf8_bytes() -> None:
    text = "---\ntitle: " + "\u00e9" * 60 + "\n---\n"  # a block of 128 bytes, 68 characters
    assert readinglist.loads(text, max_front_matter_size=128).front_matter.title
    page = readinglist.loads(text, max_front_matter_size=127)
    assert Code.FRONT_MATTER_TOO_LARGE in [d.code for d in page.diagnostics]
