"""Front matter of plain ``key: value`` lines, read as PyYAML's safe loader reads it.

Most pages' front matter is a few lines such as ``title: Pinterest``, ``nav_order: 6`` and
``has_children: true``. :func:`read_flat_yaml` reads exactly that narrow shape (lower-case
keys; values that are ``true``/``false``, a decimal integer, or words of letters and digits
that YAML does not resolve to anything else) without importing PyYAML, and returns ``None``
for anything else, which PyYAML then reads. ``tests/reading/test_shortcuts.py`` holds it to PyYAML's
result, types included.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_LINE = re.compile(
    r"([a-z_][a-z0-9_]*): "
    r"(?:(true|false)|(0|[1-9][0-9]{0,8})|([A-Za-z](?:[A-Za-z0-9 ]*[A-Za-z0-9])?))\r?"
)
# Words YAML 1.1 resolves to booleans or null (as keys or values), in every spelling it knows.
_RESOLVED = frozenset(
    word
    for base in ("yes", "no", "on", "off", "true", "false", "null", "y", "n")
    for word in (base, base.capitalize(), base.upper())
)


def read_flat_yaml(lines: Sequence[str]) -> dict[str, object] | None:
    """The mapping, or ``None`` when ``lines`` (line ends kept) are not flat plain lines.

    Each line holds one key, in order: the key of the ``n``-th line is the ``n``-th key.
    """
    data: dict[str, object] = {}
    fullmatch = _LINE.fullmatch
    for line in lines:
        if not line.endswith("\n"):
            return None  # a lone CR ends it: PyYAML and the key-line finder read those
        match = fullmatch(line, 0, len(line) - 1)
        if match is None:
            return None
        key, boolean, number, words = match.groups()
        if key in _RESOLVED or key in data or words in _RESOLVED:
            return None
        if boolean is not None:
            data[key] = boolean == "true"
        elif number is not None:
            data[key] = int(number)
        else:
            data[key] = words
    return data or None
