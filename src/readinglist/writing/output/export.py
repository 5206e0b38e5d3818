"""Export entries as JSON or CSV: plain data for other tools (BibTeX: :mod:`.bibtex`).

The JSON documents carry ``"version": 1``; their shape only changes compatibly (new keys)
until the version is bumped. The CLI reference documents each shape.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping

from readinglist.collection import Collection
from readinglist.model import Entry, Page
from readinglist.status import Status
from readinglist.writing.output.terminal import escape_controls, json_text

JSON_VERSION = 1
"""The version of the JSON shapes; bumped only for an incompatible change."""

CSV_COLUMNS = (
    "page",
    "line",
    "status",
    "groups",
    "title",
    "url",
    "description",
    "author",
    "year",
    "site",
    "key",
)
"""The CSV header, in order."""

GROUP_SEPARATOR = " / "
"""How a nested group path is joined into one CSV or table cell (``Kafka / Streams``)."""


def entry_record(page: Page, entry: Entry) -> dict[str, object]:
    """One entry as a JSON object: where it is, what it is, how it is kept."""
    return {
        "page": page.path,
        "page_title": page.title,
        "line": entry.line,
        "title": entry.title,
        "url": entry.url,
        "status": entry.status.value,
        "description": entry.description,
        "author": entry.author,
        "year": entry.year,
        "groups": list(entry.groups),
        "site": entry.site,
        "key": entry.key,
        "checked": entry.checked,
        "struck": entry.struck,
        "safe": entry.safe,
    }


def counts_record(counts: Mapping[Status, int]) -> dict[str, object]:
    """Entries per status, the total and the share done (``None`` when there are none)."""
    total = sum(counts.values())
    record: dict[str, object] = {status.value: counts[status] for status in Status}
    record["total"] = total
    record["done_share"] = round(counts[Status.DONE] / total, 4) if total else None
    return record


def entries_json(rows: Iterable[tuple[Page, Entry]]) -> str:
    """``{"version": 1, "entries": [...]}``: a flat list of entries."""
    document = {
        "version": JSON_VERSION,
        "entries": [entry_record(page, entry) for page, entry in rows],
    }
    return json_text(json.dumps(document, indent=2, ensure_ascii=False))


def collection_json(collection: Collection) -> str:
    """``{"version": 1, "pages": [...]}``: every page with its front matter and entries."""
    document = {
        "version": JSON_VERSION,
        "pages": [
            {
                "path": page.path,
                "title": page.title,
                "front_matter": dict(page.front_matter.raw),
                "counts": counts_record(page.counts()),
                "entries": [entry_record(page, entry) for entry in page.entries],
            }
            for page in collection.pages
        ],
        "counts": counts_record(collection.counts()),
    }
    return json_text(json.dumps(document, indent=2, ensure_ascii=False, default=str))


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    r"""A CSV cell that a spreadsheet will not run as a formula (OWASP CSV injection).

    Control and bidi characters other than tabs and line ends are escaped (``\x1b``): the
    table is shown on terminals and opened in spreadsheets.
    """
    text = "" if value is None else escape_controls(str(value), keep="\t\n\r")
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def entries_csv(rows: Iterable[tuple[Page, Entry]]) -> str:
    """A CSV table, one entry a row, under the :data:`CSV_COLUMNS` header."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for page, entry in rows:
        record = entry_record(page, entry)
        record["groups"] = GROUP_SEPARATOR.join(entry.groups)
        writer.writerow(_cell(record[column]) for column in CSV_COLUMNS)
    return out.getvalue()
