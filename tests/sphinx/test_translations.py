"""Every word the extension shows is translated, from its own message catalog.

The catalog's files are tested here too: the template lists exactly the messages of the
code, every language translates each of them, and each compiled ``.mo`` (committed, so
that wheels and editable installs have it) holds exactly its ``.po``.
"""

from __future__ import annotations

import gettext
import re

import pytest

from readinglist import DEFAULT_VOCABULARY, Status
from sphinx_readinglist.words import LOCALE_DIR
from tests.sphinx_projects import MakeProject, warnings_of
from tools import translations

NBSP = "\u00a0"
BADGE = r'<span class="reading-list-(?:todo|reading|done|skipped)">([^<]+)</span>'


def _messages(language: str) -> dict[str, str]:
    catalog = translations.read(translations.po_path(language))
    return {str(message.id): str(message.string) for message in catalog if message.id}


def test_the_template_lists_exactly_the_messages_of_the_code() -> None:
    code = {message.id for message in translations.extracted() if message.id}
    template = {message.id for message in translations.read(translations.TEMPLATE) if message.id}
    assert template == code
    assert translations.TEMPLATE.read_bytes() == translations.template_text(
        translations.extracted()
    ), "run: python tools/translations.py extract"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_each_language_translates_every_message(language: str) -> None:
    template = {message.id for message in translations.read(translations.TEMPLATE) if message.id}
    catalog = translations.read(translations.po_path(language))
    assert {message.id for message in catalog if message.id} == template, "run: update"
    for message in catalog:
        if not message.id:
            continue
        assert message.string, f"{language}: {message.id!r} is not translated"
        assert not message.fuzzy, f"{language}: {message.id!r} is fuzzy"
        fields = sorted(re.findall(r"\{\w+\}", str(message.id)))
        assert sorted(re.findall(r"\{\w+\}", str(message.string))) == fields


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_each_compiled_catalog_holds_exactly_its_source(language: str) -> None:
    mo = translations.mo_path(language)
    assert mo.is_relative_to(LOCALE_DIR)
    with mo.open("rb") as file:
        compiled = gettext.GNUTranslations(file)
    shown = {msgid: compiled.gettext(msgid) for msgid in _messages(language)}
    assert shown == _messages(language), "run: python tools/translations.py compile"


def test_at_least_five_languages_are_shipped() -> None:
    assert {"de", "fr", "es", "ja", "zh_CN"} <= set(translations.LANGUAGES)
    shipped = {path.parent.parent.name for path in LOCALE_DIR.glob("*/LC_MESSAGES/*.mo")}
    assert shipped == set(translations.LANGUAGES)


@pytest.mark.parametrize(
    ("status", "word"),
    [(Status.TODO, "To do"), (Status.READING, "Reading"), (Status.DONE, "Done"),
     (Status.SKIPPED, "Skipped")],
)  # fmt: skip
def test_the_status_words_are_labels_of_the_vocabulary(status: Status, word: str) -> None:
    assert DEFAULT_VOCABULARY.status_of(word) is status
    assert word in _messages("de")


def test_a_german_build_shows_every_word_in_german(make_project: MakeProject) -> None:
    app = make_project("translations")
    app.build()
    assert warnings_of(app) == []
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert '<p class="admonition-title">Zu tun</p>' in html  # sphinx.ext.todo, the same build
    grouped, flat, table, empty, summary = re.split(r'<section id="', html)[2:]
    assert f'reading-list-progress-25">1 von 4 gelesen, 25{NBSP}%</p>' in grouped
    assert re.findall(r'<h[34] class="[^"]*rubric">([^<]+)<span[^>]*>([^<]+)<', grouped) == [
        ("Storage ", "(3)"),
        ("Zu lesen ", "(2)"),
        ("Gelesen ", "(1)"),
        ("Sonstiges ", "(1)"),
        ("Am Lesen ", "(1)"),
    ]
    assert f">1 von 3 gelesen, 33{NBSP}%</p>" in grouped
    assert '<span class="reading-list-duplicate">(Duplikat)</span>' in grouped
    assert re.findall(BADGE, flat) == [
        "Zu lesen ",
        "Zu lesen ",
        "Gelesen ",
        "Am Lesen ",
    ]
    assert re.findall(r'<th class="head"><p>([^<]+)</p></th>', table) == [
        "Titel",
        "Status",
        "Beschreibung",
        "Thema",
        "Website",
    ]
    assert '<p class="reading-list-empty">Keine Einträge vorhanden.</p>' in empty
    assert re.findall(r'<th class="head"><p>([^<]+)</p></th>', summary) == [
        "Leseliste",
        "Fortschritt",
        "Zu lesen",
        "Am Lesen",
        "Gelesen",
        "Übersprungen",
        "Gesamt",
    ]
    assert f'<td><p class="reading-list-progress reading-list-progress-25">25{NBSP}%</p></td>' in (
        summary
    )
    assert "<td><p>Gesamt</p></td>" in summary


def test_non_html_builders_show_the_translated_progress(make_project: MakeProject) -> None:
    app = make_project("translations", "text")
    app.build()
    text = (app.outdir / "index.txt").read_text(encoding="utf-8")
    assert f"1 von 4 gelesen, 25{NBSP}%" in text
    assert "* Zu lesen Bigtable — Chang et al. (Storage)" in text
    assert "-[ Sonstiges (1) ]-" in text


@pytest.mark.parametrize(
    ("language", "words", "progress"),
    [
        ("en", ["To do", "To do", "Done", "Reading"], "1 of 4 done, 25%"),
        ("fr", ["À lire", "À lire", "Lu", "En cours"], "1 sur 4 lus, 25\u202f%"),
        ("es", ["Por leer", "Por leer", "Leído", "Leyendo"], f"1 de 4 leídos, 25{NBSP}%"),
        ("ja", ["未読", "未読", "読了", "読書中"], "4 件中 1 件読了、25%"),
        ("zh_CN", ["待读", "待读", "已读", "在读"], "已读 1/4，25%"),
    ],
)
def test_each_shipped_language_is_used(
    make_project: MakeProject, language: str, words: list[str], progress: str
) -> None:
    app = make_project("translations", confoverrides={"language": language})
    app.build()
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    flat = re.split(r'<section id="', html)[3]
    assert [word.strip() for word in re.findall(BADGE, flat)] == words
    assert f">{progress}</p>" in html
