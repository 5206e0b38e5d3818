"""The extension's message catalog: extract the messages, update the translations, compile.

The catalog is ``sphinx_ext/sphinx_readinglist/locale/``: the template
``sphinx_readinglist.pot``, and per language ``<language>/LC_MESSAGES/sphinx_readinglist.po``
(the translations, edited by hand) and ``.mo`` (compiled from it, committed too, so that a
wheel and an editable install have it without a build step)::

    python tools/translations.py extract    # the template, from the _("...") calls
    python tools/translations.py update     # new messages into every .po (to translate)
    python tools/translations.py compile    # every .mo from its .po

``tests/sphinx/test_translations.py`` fails when any of the three is out of date. It uses
Babel, which Sphinx depends on.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "sphinx_ext" / "sphinx_readinglist"
LOCALE = PACKAGE / "locale"
DOMAIN = "sphinx_readinglist"
TEMPLATE = LOCALE / f"{DOMAIN}.pot"
LANGUAGES = ("de", "es", "fr", "ja", "zh_CN")
"""Every language with a translation."""


def po_path(language: str) -> Path:
    """The translations of one language."""
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    """The compiled translations of one language, as Sphinx reads them."""
    return po_path(language).with_suffix(".mo")


def extracted() -> Catalog:
    """Every ``_("...")`` message of the package's modules, with where it is."""
    catalog = Catalog(project="sphinx_readinglist", domain=DOMAIN, fuzzy=False)
    for module in sorted(PACKAGE.glob("*.py")):
        for line, message, comments, context in extract_from_file(
            "python", module, keywords={"_": None}
        ):
            where = (module.relative_to(ROOT).as_posix(), line)
            catalog.add(message, locations=[where], auto_comments=comments, context=context)
    return catalog


def template_text(catalog: Catalog) -> bytes:
    """The ``.pot`` file of a catalog: no dates, no line numbers (it changes with messages)."""
    out = io.BytesIO()
    write_po(out, catalog, omit_header=True, include_lineno=False, width=96)
    return out.getvalue()


def read(path: Path) -> Catalog:
    """A ``.po`` or ``.pot`` file."""
    with path.open("rb") as file:
        return read_po(file)


def compiled(catalog: Catalog) -> bytes:
    """The ``.mo`` file of a ``.po`` catalog."""
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def main(argv: list[str]) -> int:
    """Run one command; returns the exit code."""
    command = argv[0] if argv else ""
    if command == "extract":
        TEMPLATE.write_bytes(template_text(extracted()))
    elif command == "update":
        template = read(TEMPLATE)
        for language in LANGUAGES:
            catalog = read(po_path(language))
            catalog.update(template, no_fuzzy_matching=True)
            out = io.BytesIO()
            write_po(out, catalog, include_lineno=False, width=96, ignore_obsolete=True)
            po_path(language).write_bytes(out.getvalue())
    elif command == "compile":
        for language in LANGUAGES:
            mo_path(language).write_bytes(compiled(read(po_path(language))))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
