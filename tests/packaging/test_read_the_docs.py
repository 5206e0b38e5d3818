"""Read the Docs builds the docs as ``make docs`` does: same extra, same sphinx-build options.

``.readthedocs.yaml`` spells out its build command, so it can be compared with the Makefile's
``docs`` target option for option; a flag added to one and not the other fails here.
"""

from __future__ import annotations

import re
import shlex
import tomllib
from typing import Any

import yaml
from packaging.specifiers import SpecifierSet

from tests.packaging.makefile import recipe
from tests.paths import ROOT


def _read_the_docs() -> dict[str, Any]:
    config: dict[str, Any] = yaml.safe_load(
        (ROOT / ".readthedocs.yaml").read_text(encoding="utf-8")
    )
    return config


def _make_docs() -> list[str]:
    (command,) = recipe("docs")
    return shlex.split(command)


def test_it_runs_the_makefiles_sphinx_build_options_on_the_same_folder() -> None:
    (command,) = _read_the_docs()["build"]["jobs"]["build"]["html"]
    python, module, sphinx, *options, source, output = shlex.split(command)
    make_program, *make_options, make_source, make_output = _make_docs()
    assert (python, module, sphinx) == ("python", "-m", "sphinx")
    assert make_program == "$(BIN)/sphinx-build"
    assert options == make_options
    assert {"-n", "-W", "--keep-going"} <= set(options)  # nitpicky, and warnings fail
    assert source == make_source == "docs"
    assert output == "$READTHEDOCS_OUTPUT/html"
    assert make_output == "$(DOCS_OUT)"


def test_it_installs_the_project_with_the_docs_extra_as_make_does() -> None:
    (install,) = _read_the_docs()["python"]["install"]
    assert install == {"method": "pip", "path": ".", "extra_requirements": ["docs"]}
    (make_install,) = [line for line in recipe("$(STAMP)") if "--editable" in line]
    (extras,) = re.findall(r"'\.\[([\w,-]+)\]'", make_install)
    assert "docs" in extras.split(",")


def test_the_configuration_is_the_one_the_build_reads() -> None:
    configuration = _read_the_docs()["sphinx"]["configuration"]
    assert configuration == f"{_make_docs()[-2]}/conf.py"
    assert (ROOT / configuration).is_file()


def test_it_pins_python_312_on_a_named_ubuntu_image() -> None:
    build = _read_the_docs()["build"]
    assert re.fullmatch(r"ubuntu-\d\d\.04", build["os"]), build["os"]  # an LTS, never "latest"
    assert build["tools"] == {"python": "3.12"}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert SpecifierSet(project["requires-python"]).contains("3.12")
