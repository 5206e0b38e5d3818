"""The JSON Schema of ``readinglist schema`` accepts only front matter that loads cleanly.

Editors validate pages with it as you type (docs/how-to/editors.md), so a value the schema
accepts must load without a ``front-matter-type`` error, and one that gets that error must be
rejected. The schema is stricter in one documented way: a number given for a text key
(``title: 2024``) loads as text, but the schema asks for a string. Every front matter shown in
the docs and every example page is checked against it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

import readinglist
from readinglist.cli import main
from tests.paths import EXAMPLES, ROOT

TYPE_ERRORS = {"front-matter-type", "front-matter-syntax"}
_FRONT_MATTER = re.compile(r"\A---\n(.*?\n)---\n", re.DOTALL)
_BLOCK = re.compile(r"^(`{3,})(markdown|yaml)\n(.*?)^\1$", re.MULTILINE | re.DOTALL)


@pytest.fixture
def schema(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """The schema exactly as ``readinglist schema`` prints it."""
    assert main(["schema"]) == 0
    printed: dict[str, Any] = json.loads(capsys.readouterr().out)
    return printed


def _type_errors(front_matter: str) -> set[str]:
    """The front-matter diagnostics of a page with this front matter, as ``key: code``."""
    page = readinglist.loads(f"---\n{front_matter}---\n\n- [A](https://example.org/a)\n")
    return {d.code.value for d in page.diagnostics if d.code.value in TYPE_ERRORS}


def _is_valid(schema: dict[str, Any], front_matter: str) -> bool:
    return Draft202012Validator(schema).is_valid(yaml.safe_load(front_matter) or {})


def test_the_schema_is_a_valid_draft_2020_12_schema(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


SAMPLES = {
    "a word": "six",
    "a quoted number": '"6"',
    "an integer": "6",
    "a float": "2.5",
    "a boolean": "true",
    "a list": "[1, 2]",
    "a mapping": "{a: 1}",
}
TEXT_KEYS = ("title", "parent", "grand_parent", "permalink", "layout", "description")
KNOWN_KEYS = (
    *TEXT_KEYS,
    "nav_order",
    "has_children",
    "nav_exclude",
    "has_toc",
)


@pytest.mark.parametrize("key", KNOWN_KEYS)
@pytest.mark.parametrize("sample", SAMPLES, ids=list(SAMPLES))
def test_the_schema_accepts_a_value_exactly_when_it_loads_cleanly(
    schema: dict[str, Any], key: str, sample: str
) -> None:
    front_matter = f"title: Page\n{key}: {SAMPLES[sample]}\n"
    loads_cleanly = not _type_errors(front_matter)
    if key in TEXT_KEYS and sample in {"an integer", "a float"}:
        assert loads_cleanly
        assert not _is_valid(schema, front_matter), "the schema asks for quotes"
    else:
        assert _is_valid(schema, front_matter) == loads_cleanly


@pytest.mark.parametrize(
    "front_matter",
    [
        'nav_order: "six"\n',
        "nav_order: six\n",
        "nav_order: true\n",
        'has_children: "yes"\n',
        "nav_exclude: 1\n",
        "title: [Databases]\n",
        "parent: {name: Reading}\n",
    ],
)
def test_wrong_types_are_rejected_by_the_schema_and_by_the_loader(
    schema: dict[str, Any], front_matter: str
) -> None:
    assert not _is_valid(schema, front_matter)
    assert _type_errors(front_matter) == {"front-matter-type"}


def test_other_keys_are_allowed_whatever_their_value(schema: dict[str, Any]) -> None:
    front_matter = "title: Page\ntags: [kafka, 3]\nlast_review: 2024-05-01\nsearch_exclude: no\n"
    assert _is_valid(schema, front_matter)
    assert not _type_errors(front_matter)


def _docs_front_matters() -> list[tuple[str, str]]:
    """Every front matter of a Markdown or YAML block in docs/, with where it is."""
    found = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        if "_build" in page.parts or page.parent == EXAMPLES:
            continue
        for block in _BLOCK.finditer(page.read_text(encoding="utf-8")):
            if match := _FRONT_MATTER.match(block.group(3)):
                found.append((f"{page.relative_to(ROOT)}:{block.start()}", match.group(1)))
    return found


DOCS_FRONT_MATTERS = _docs_front_matters()


def test_the_docs_show_front_matter_examples() -> None:
    places = {where.split(":")[0] for where, _ in DOCS_FRONT_MATTERS}
    assert {"docs/tutorial.md", "docs/how-to/editors.md", "docs/format.md"} <= places


@pytest.mark.parametrize(
    "front_matter", [fm for _, fm in DOCS_FRONT_MATTERS], ids=[w for w, _ in DOCS_FRONT_MATTERS]
)
def test_each_docs_example_is_valid_exactly_when_it_loads_cleanly(
    schema: dict[str, Any], front_matter: str
) -> None:
    try:
        yaml.safe_load(front_matter)
    except yaml.YAMLError:
        assert _type_errors(front_matter) == {"front-matter-syntax"}
        return
    if _is_valid(schema, front_matter):
        assert not _type_errors(front_matter)
    else:
        assert _type_errors(front_matter) or _numbers_for_text(front_matter)


def _numbers_for_text(front_matter: str) -> bool:
    values = yaml.safe_load(front_matter)
    return any(isinstance(values.get(key), int | float) for key in TEXT_KEYS)


@pytest.mark.parametrize("page", sorted(EXAMPLES.glob("*.md")), ids=lambda path: path.name)
def test_each_example_page_has_valid_front_matter(schema: dict[str, Any], page: Path) -> None:
    match = _FRONT_MATTER.match(page.read_text(encoding="utf-8"))
    assert match is not None, f"{page.name} has no front matter"
    assert _is_valid(schema, match.group(1))
    assert not _type_errors(match.group(1))


EDITORS = ROOT / "docs" / "how-to" / "editors.md"


def _editors_block(language: str) -> str:
    (block,) = re.findall(rf"```{language}\n(.*?)```", EDITORS.read_text(encoding="utf-8"), re.S)
    return str(block)


def test_the_vscode_setting_maps_the_saved_schema_to_the_pages() -> None:
    saved = re.search(r"\$ readinglist schema > (\S+)", _editors_block("console"))
    assert saved is not None
    setting = json.loads(_editors_block("json"))["yaml.schemas"]
    assert setting == {f"./{saved.group(1)}": ["reading/*.md"]}
    assert Path(saved.group(1)).parent == Path("reading")


def test_the_python_example_validates_and_prints_the_rejection(
    capsys: pytest.CaptureFixture[str],
) -> None:
    exec(compile(_editors_block("python"), str(EDITORS), "exec"), {})  # noqa: S102
    assert capsys.readouterr().out == "'six' is not of type 'number'\n"
