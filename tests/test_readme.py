"""The README's Python example runs as written (a doctest from the repository root)."""

from __future__ import annotations

import doctest
import re

import pytest

from tests.conftest import ROOT


def test_readme_python_example_is_true(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(>>> .*?)```", readme, flags=re.DOTALL)
    assert blocks, "the README has no doctest example"
    monkeypatch.chdir(ROOT)
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for number, block in enumerate(blocks):
        test = parser.get_doctest(block, {}, f"README.md block {number}", "README.md", 0)
        runner.run(test)
    assert runner.failures == 0
    assert runner.tries >= 4
