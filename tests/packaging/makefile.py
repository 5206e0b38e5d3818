"""The Makefile's targets and recipes, read the way the CI and Read the Docs tests need them."""

from __future__ import annotations

import re
from functools import cache

from tests.paths import ROOT

_RULE = re.compile(r"^([^\s:#=][^:=]*?):(?!=)", re.MULTILINE)


@cache
def _text() -> str:
    return (ROOT / "Makefile").read_text(encoding="utf-8")


def targets() -> set[str]:
    """Every target a rule names, pattern rules (``test-compat-%``) included."""
    found: set[str] = set()
    for rule in _RULE.finditer(_text()):
        found.update(rule.group(1).split())
    return found - {".PHONY"}


def recipe(target: str) -> list[str]:
    """The command lines of the rule whose targets include ``target``, without the tab."""
    lines = _text().splitlines()
    for number, line in enumerate(lines):
        rule = _RULE.match(line)
        if rule and target in rule.group(1).split():
            commands = []
            for command in lines[number + 1 :]:
                if not command.startswith("\t"):
                    break
                commands.append(command[1:])
            return commands
    raise LookupError(f"the Makefile has no rule for {target!r}")
