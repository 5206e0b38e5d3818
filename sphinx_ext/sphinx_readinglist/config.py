"""The ``readinglist_*`` configuration values: declared once, checked, with a fallback."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import NamedTuple

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging

from readinglist import DEFAULT_VOCABULARY, Status, StatusVocabulary

logger = logging.getLogger(__name__)

STYLES = ("list", "table")
"""The values of ``:style:`` and ``readinglist_default_style``."""

VocabularyKey = tuple[tuple[str, tuple[str, ...]], ...]
"""A hashable fingerprint of ``readinglist_statuses``, for caches."""


# A NamedTuple rather than a frozen dataclass: every Sphinx run that loads the extension
# creates this class, and a NamedTuple is several times cheaper to create (0.1 ms, not 0.7).
class ConfigValue(NamedTuple):
    """One ``conf.py`` setting of the extension."""

    name: str
    """The name users write in ``conf.py``."""
    default: object
    """The value used when it is unset or wrong."""
    types: tuple[type, ...]
    """The Python types Sphinx accepts for it."""
    help: str
    """One sentence for the config reference."""
    problem: Callable[[object], str | None]
    """What is wrong with a value, or ``None`` when it is right."""


def _statuses_problem(value: object) -> str | None:
    if not isinstance(value, Mapping):
        return f"must be a dict of status to labels (got {type(value).__name__})"
    keys = ", ".join(status.value for status in Status)
    for key, labels in value.items():
        if not isinstance(key, str) or key.strip().lower() not in set(Status):
            return f"has an unknown status {key!r} (expected one of: {keys})"
        if isinstance(labels, str):
            continue
        if not isinstance(labels, list | tuple) or not all(isinstance(x, str) for x in labels):
            return f"must map {key!r} to a list of strings (got {labels!r})"
    return None


def _style_problem(value: object) -> str | None:
    if value in STYLES:
        return None
    return f"must be one of: {', '.join(STYLES)} (got {value!r})"


def _size_problem(value: object) -> str | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value > 0):
        return None
    return f"must be a number of bytes greater than 0, or None (got {value!r})"


CONFIG_VALUES = (
    ConfigValue(
        "readinglist_statuses",
        {},
        (dict,),
        "Extra group labels per status, added to the built-in ones: "
        '``{"done": ["Gelesen"], "todo": ["Someday"]}``.',
        _statuses_problem,
    ),
    ConfigValue(
        "readinglist_default_style",
        "list",
        (str,),
        "How ``reading-list`` renders when it has no ``:style:`` option: ``list`` or ``table``.",
        _style_problem,
    ),
    ConfigValue(
        "readinglist_max_size",
        None,
        (int, type(None)),
        "The largest page read, in bytes of UTF-8; a larger page is one ``file-too-large`` "
        "error and no entries. ``None``: the library's 10 MB (``readinglist.DEFAULT_MAX_SIZE``).",
        _size_problem,
    ),
)
"""Every configuration value of the extension; the config reference lists these."""


def register(app: Sphinx) -> None:
    """Declare the values and check them once ``conf.py`` is read."""
    for value in CONFIG_VALUES:
        app.add_config_value(
            value.name, value.default, "env", types=value.types, description=value.help
        )
    # Before Sphinx's own type check (priority 800), so that it sees the fallback.
    app.connect("config-inited", check_config, priority=400)


def check_config(app: Sphinx, config: Config) -> None:
    """Warn about each wrong value and put its default in its place."""
    for value in CONFIG_VALUES:
        problem = value.problem(getattr(config, value.name))
        if problem is None:
            continue
        logger.warning(
            "%s %s; using the default %r",
            value.name,
            problem,
            value.default,
            type="readinglist",
            subtype="config",
        )
        setattr(config, value.name, copy.deepcopy(value.default))


def _labels(labels: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return (labels,) if isinstance(labels, str) else tuple(labels)


def vocabulary_key(config: Config) -> VocabularyKey:
    """``readinglist_statuses`` as sorted tuples: equal settings give equal keys."""
    statuses: Mapping[str, str | list[str]] = config.readinglist_statuses
    return tuple(sorted((key.strip().lower(), _labels(labels)) for key, labels in statuses.items()))


def vocabulary(key: VocabularyKey) -> StatusVocabulary:
    """The built-in labels extended with the configured ones."""
    return DEFAULT_VOCABULARY.extended(dict(key)) if key else DEFAULT_VOCABULARY
