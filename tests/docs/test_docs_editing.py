"""The command-line editing how-to is true: its examples are replayed in order."""

from __future__ import annotations

import io
import re
import shlex
from pathlib import Path

import pytest

from readinglist.cli import main
from tests.paths import ROOT

HOWTO = ROOT / "docs" / "how-to" / "command-line-editing.md"
_STEP = re.compile(r"(?:Given `(?P<given>[\w.-]+)`[^\n]*|`(?P<reads>[\w.-]+)` now reads):\n\n\Z")


def steps() -> list[tuple[str, str, str]]:
    """``(kind, name, body)``: ``given``/``reads`` a page, a ``console`` session, ``python``."""
    text = HOWTO.read_text(encoding="utf-8")
    found: list[tuple[str, str, str]] = []
    for match in re.finditer(r"```(markdown|console|python)\n(.*?)```", text, re.DOTALL):
        kind, body = match.groups()
        if kind in {"console", "python"}:
            found.append((kind, "", body))
            continue
        step = _STEP.search(text[: match.start()])
        assert step is not None, (
            f"a markdown block needs 'Given `NAME`:' or '`NAME` now reads:'\n{body}"
        )
        if step.group("given"):
            found.append(("given", step.group("given"), body))
        else:
            found.append(("reads", step.group("reads"), body))
    return found


def test_the_howto_replays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    found = steps()
    assert [kind for kind, _, _ in found].count("console") >= 5
    for kind, name, body in found:
        if kind == "given":
            (tmp_path / name).write_text(body, encoding="utf-8")
        elif kind == "reads":
            assert (tmp_path / name).read_text(encoding="utf-8") == body
        elif kind == "python":
            namespace: dict[str, object] = {}
            exec(compile(body, str(HOWTO), "exec"), namespace)  # noqa: S102 - our own docs
            assert "[A post](https://example.com/post)" in str(namespace["text"])
        else:
            for command, expected in _sessions(body):
                argv = shlex.split(command)[1:]
                stdin = io.BytesIO()
                if "<" in argv:  # readinglist ... < page.md
                    stdin = io.BytesIO((tmp_path / argv[-1]).read_bytes())
                    argv = argv[: argv.index("<")]
                with pytest.MonkeyPatch.context() as patch:
                    patch.setattr("sys.stdin", io.TextIOWrapper(stdin, encoding="utf-8"))
                    main(argv)
                captured = capsys.readouterr()
                assert captured.out + captured.err == expected, command


def _sessions(body: str) -> list[tuple[str, str]]:
    sessions: list[tuple[str, str]] = []
    for line in body.splitlines(keepends=True):
        if line.startswith("$ "):
            sessions.append((line[2:].strip(), ""))
        else:
            command, output = sessions[-1]
            sessions[-1] = (command, output + line)
    return sessions
