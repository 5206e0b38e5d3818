"""Hostile pages, generated (hypothesis): nothing raises, unsafe links never get through.

The strategies build what an attacker would try: control characters, byte-order marks and
odd line ends, entity-encoded schemes, YAML tags, anchors and aliases, deep brackets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import readinglist
from readinglist import Code
from readinglist.reading.source import split_lines
from readinglist.reading.urls.canonical import is_unsafe

HOSTILE_CHARACTERS = st.characters(
    codec="utf-8",
    categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Lu", "Ll", "Nd", "Po", "Ps", "Pe", "Sm"],
)
SCHEMES = st.sampled_from(["javascript", "data", "vbscript", "file", "https", "http", "mailto"])
UNSAFE = {"javascript", "data", "vbscript", "file"}


@st.composite
def spelled_schemes(draw: st.DrawFn) -> tuple[str, str]:
    """A scheme as an attacker would write it in Markdown, and the scheme it really is."""
    scheme = draw(SCHEMES)
    letters = [draw(st.sampled_from([c.lower(), c.upper()])) for c in scheme]
    encode = draw(st.sampled_from(["", "decimal", "hex"]))
    if encode:
        index = draw(st.integers(0, len(letters) - 1))
        code = ord(letters[index])
        letters[index] = f"&#{code};" if encode == "decimal" else f"&#x{code:X};"
    if draw(st.booleans()):
        index = draw(st.integers(1, len(letters) - 1))
        letters.insert(index, draw(st.sampled_from(["&#x09;", "&Tab;", "&NewLine;", "&#10;"])))
    prefix = draw(st.sampled_from(["", " \t", "&#x01;", "&#x20;", "\u00a0"]))
    colon = draw(st.sampled_from([":", "&colon;", "&#58;", "\\:"]))
    return prefix + "".join(letters) + colon, scheme


@st.composite
def hostile_links(draw: st.DrawFn) -> str:
    written, _ = draw(spelled_schemes())
    rest = draw(st.sampled_from(["alert(1)", "//e.org/a", "text/html;base64,PHM+", "///etc/x"]))
    title = draw(st.text(HOSTILE_CHARACTERS, max_size=8).map(lambda t: t.replace("]", "")))
    form = draw(st.sampled_from(["- [{t}]({u})", "[{t}]({u})", "- [{t}][r]\n\n[r]: {u}"]))
    return form.format(t=title or "x", u=written + rest)


FRONT_MATTER_LINES = st.sampled_from(
    [
        "title: T", "a: &a [x, x]", "b: &b [*a, *a, *a]", "c: [*b, *b, *b, *b]", "d: *d",
        "e: &e [*e]", "t: !!python/object/apply:os.system ['true']", "n: 2001-13-45",
        "m: 0x" + "f" * 400, "f: [[[[[[[[[[[[]]]]]]]]]]]]", "<<: *a", "? [k]", ": v",
        "nav_order: 1e999", "title: !!binary aGk=", "x: { y: *a }",
    ]
)  # fmt: skip
BODY_LINES = st.one_of(
    hostile_links(),
    st.text(HOSTILE_CHARACTERS, max_size=30),
    st.sampled_from(["> " * 30, "- " * 30, "[" * 50, "*" * 50, "\ufeff", "\x00", "    x"]),
)


@st.composite
def hostile_pages(draw: st.DrawFn) -> str:
    lines: list[str] = []
    if draw(st.booleans()):
        lines += ["---", *draw(st.lists(FRONT_MATTER_LINES, max_size=6)), "---"]
    lines += draw(st.lists(BODY_LINES, max_size=12))
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    bom = draw(st.sampled_from(["", "\ufeff"]))
    return bom + ending.join(lines)


def _check_page(page: readinglist.Page, text: str) -> None:
    line_count = max(1, len(split_lines(text.removeprefix("\ufeff"))))
    for diagnostic in page.diagnostics:
        assert 1 <= diagnostic.line <= line_count, diagnostic
    unsafe_lines = {d.line for d in page.diagnostics if d.code is Code.UNSAFE_URL}
    for entry in page.entries:
        if entry.url is not None and is_unsafe(entry.url):
            assert not entry.safe, entry
            assert entry.key is None, entry
            assert unsafe_lines, entry
    repr(page)  # finite: no exploding or self-containing front matter value
    assert page == page


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_pages())
def test_hostile_pages_load_and_unsafe_links_are_never_safe(text: str) -> None:
    _check_page(readinglist.loads(text, path="hostile.md"), text)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(spelled_schemes(), st.sampled_from(["[x]({u})", "[x][r]\n\n[r]: {u}"]))
def test_a_link_is_unsafe_exactly_when_its_scheme_is_however_it_is_written(
    spelled: tuple[str, str], form: str
) -> None:
    written, scheme = spelled
    page = readinglist.loads("# L\n\n- " + form.format(u=written + "//e.org/x") + "\n")
    [entry] = page.entries
    assert entry.safe is (scheme not in UNSAFE), entry.url
    unsafe = [d.line for d in page.diagnostics if d.code is Code.UNSAFE_URL]
    assert unsafe == ([] if entry.safe else [3])


@settings(
    max_examples=200,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.binary(max_size=300))
def test_any_bytes_load_or_raise_an_encoding_error_naming_the_file(
    tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "bytes.md"
    path.write_bytes(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        with pytest.raises(readinglist.PageEncodingError, match=r"bytes\.md: not UTF-8 \(byte 0x"):
            readinglist.load(path)
    else:
        _check_page(readinglist.load(path), text)


def _unsafe(page: readinglist.Page) -> list[str]:
    return sorted(entry.url or "" for entry in page.entries if not entry.safe)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_pages())
def test_writing_a_hostile_page_back_keeps_its_entries_and_never_makes_a_link_safe(
    text: str,
) -> None:
    """fmt keeps every entry and unsafe URL as written; dumps keeps every link unsafe."""
    page = readinglist.loads(text)
    try:
        formatted = readinglist.format_text(text)
    except readinglist.ReadingListError:
        pass  # refused: the page is left as it is
    else:
        again = readinglist.loads(formatted)
        assert len(again.entries) == len(page.entries)
        assert _unsafe(again) == _unsafe(page)
    written = readinglist.loads(readinglist.dumps(page))
    assert len(_unsafe(written)) == len(_unsafe(page))
