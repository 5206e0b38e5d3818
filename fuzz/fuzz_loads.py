"""Fuzz ``readinglist.loads`` (and the byte decoding of ``load``) with atheris.

Run it as ``fuzz/README.md`` says. Every input must load without an exception other than
:class:`readinglist.ReadingListError` for bytes that are not UTF-8, and every position a
page reports must lie inside the page.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import frontmatter  # noqa: F401 - instrumented for coverage
    import yaml  # noqa: F401

    import readinglist
    from readinglist.reading import loader  # noqa: F401 - instrumented: imported on first use
    from readinglist.reading.entries import builder, walker  # noqa: F401
    from readinglist.reading.inline import bare_urls, content  # noqa: F401
    from readinglist.reading.source import split_lines
    from readinglist.reading.structure import lines, tokens  # noqa: F401

_LIMIT = 64 * 1024  # larger inputs are refused as file-too-large, which is tested elsewhere


def _check(text: str) -> None:
    page = readinglist.loads(text, path="fuzz.md", max_size=_LIMIT)
    line_count = max(1, len(split_lines(text.removeprefix("\ufeff"))))
    for diagnostic in page.diagnostics:
        if not 1 <= diagnostic.line <= line_count:
            raise AssertionError(f"{diagnostic} lies outside the {line_count} lines")
        if diagnostic.column is not None and diagnostic.column < 1:
            raise AssertionError(f"{diagnostic} has a column before the line")
    for entry in page.entries:
        if not 1 <= entry.line <= line_count or not entry.title:
            raise AssertionError(f"{entry} lies outside the page or has no title")
        if entry.url is not None and not entry.safe and entry.key is not None:
            raise AssertionError(f"unsafe {entry.url!r} has a key")
    repr(page)  # the whole model can be shown: no recursive or exploding values
    page == page  # noqa: B015 - and compared


def test_one_input(data: bytes) -> None:
    """One fuzzer input: as text, and as the bytes of a file."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        provider = atheris.FuzzedDataProvider(data)
        text = provider.ConsumeUnicodeNoSurrogates(len(data))
    _check(text)


def main() -> None:
    """Hand the target to libFuzzer with the command line's options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
