"""Fuzz the writers with atheris: ``format_text``, ``dumps``, ``mark_entry`` and ``add_entry``.

Run it as ``fuzz/README.md`` says. Each may refuse a page with a
:class:`readinglist.ReadingListError`; any other exception is a crash, and so is a result
that reads back with a different number of entries, or an unsafe link made safe.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import readinglist
    from readinglist.reading import loader  # noqa: F401 - instrumented
    from readinglist.reading.entries import walker  # noqa: F401
    from readinglist.reading.structure import lines, tokens  # noqa: F401
    from readinglist.writing.editing import edit, formatter, moves  # noqa: F401
    from readinglist.writing.output import dumps

_LIMIT = 64 * 1024


def _unsafe_urls(page: readinglist.Page) -> list[str]:
    return sorted(entry.url or "" for entry in page.entries if not entry.safe)


def test_one_input(data: bytes) -> None:
    """One fuzzer input: format it, write its model back, mark, remove or add an entry."""
    provider = atheris.FuzzedDataProvider(data)
    choice = provider.ConsumeIntInRange(0, 4)
    text = provider.ConsumeUnicodeNoSurrogates(len(data))
    page = readinglist.loads(text, max_size=_LIMIT)
    try:
        if choice == 0:
            formatted = formatter.format_text(text)
            again = readinglist.loads(formatted)
            if len(again.entries) != len(page.entries):
                raise AssertionError("format_text changed the number of entries")
            if _unsafe_urls(again) != _unsafe_urls(page):
                raise AssertionError("format_text changed which links are unsafe")
        elif choice == 1:
            written = readinglist.loads(dumps.dumps(page))
            if len(_unsafe_urls(written)) != len(_unsafe_urls(page)):
                raise AssertionError("dumps made an unsafe link safe")
        elif choice == 2 and page.entries:
            edit.mark_entry(text, page.entries[0].title, "done")
        elif choice == 3 and page.entries:
            edit.remove_entry(text, page.entries[-1].title)
        else:
            edit.add_entry(text, "https://example.com/fuzz", title="Fuzz")
    except readinglist.ReadingListError:
        pass


def main() -> None:
    """Hand the target to libFuzzer with the command line's options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
