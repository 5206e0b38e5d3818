"""The JSON Schema of a page's front matter, generated from :class:`~readinglist.FrontMatter`.

Property names and types come from the dataclass's fields and annotations, and each
description from the docstring under the field, so the schema cannot drift from the model.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import itertools
import types
import typing
from functools import cache

from readinglist.model import FrontMatter
from readinglist.reading.frontmatter.block import KNOWN_KEYS

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_JSON_TYPES: dict[object, str] = {bool: "boolean", int: "integer", float: "number", str: "string"}

_KEPT_BUT_REPORTED: dict[str, str] = {"nav_order": "string"}
"""JSON types a field keeps although loading reports them as ``front-matter-type``.

A string ``nav_order`` is kept so that the navigation can still sort it, but it is an error;
the schema says what loads cleanly, so it leaves these types out.
"""


def _field_docstrings(cls: type) -> dict[str, str]:
    """The docstring under each field of a class (backquotes as Markdown), by field name.

    Empty when the source is not installed (a bytecode-only build).
    """
    try:
        tree = ast.parse(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    body = tree.body[0].body if isinstance(tree.body[0], ast.ClassDef) else []
    found: dict[str, str] = {}
    for statement, following in itertools.pairwise(body):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            text = " ".join(following.value.value.split())
            found[statement.target.id] = text.replace("``", "`")
    return found


def _json_types(annotation: object) -> list[str]:
    """JSON Schema type names of a ``X | Y | None`` annotation (``None`` left out)."""
    members = (
        typing.get_args(annotation)
        if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union
        else (annotation,)
    )
    names = [_JSON_TYPES[member] for member in members if member is not type(None)]
    if "number" in names and "integer" in names:
        names.remove("integer")
    return names


@cache
def front_matter_schema() -> dict[str, object]:
    """The JSON Schema (draft 2020-12) that a page's front matter satisfies.

    Other keys are allowed: front matter keeps every key verbatim.
    """
    hints = typing.get_type_hints(FrontMatter)
    descriptions = _field_docstrings(FrontMatter)
    properties: dict[str, object] = {}
    for field in dataclasses.fields(FrontMatter):
        if field.name not in KNOWN_KEYS:
            continue
        kept_but_reported = _KEPT_BUT_REPORTED.get(field.name)
        names = [name for name in _json_types(hints[field.name]) if name != kept_but_reported]
        schema: dict[str, object] = {"type": names[0] if len(names) == 1 else names}
        if field.name in descriptions:
            schema["description"] = descriptions[field.name]
        properties[field.name] = schema
    return {
        "$schema": SCHEMA_DIALECT,
        "title": "readinglist page front matter",
        "description": (
            "YAML (between --- lines) or TOML (between +++ lines) front matter of a reading-list "
            "page: Just the Docs navigation keys, typed; any other key is kept verbatim."
        ),
        "type": "object",
        "properties": properties,
        "additionalProperties": True,
    }
