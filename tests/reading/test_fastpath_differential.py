"""The fast line reader gives exactly the page the markdown-it reference gives, or declines.

Every page here is loaded twice, with ``fast=True`` (the line reader of ``_fastpath`` and
the URL shortcuts of ``_fasturl``, falling back where unsure) and ``fast=False`` (always
markdown-it and ``readinglist.reading.urls``). The two ``Page`` objects must be equal: entries,
diagnostics, title, groups, everything. Any difference is a bug in the fast path.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.corpus import SHAPES, corpus
from readinglist import DEFAULT_VOCABULARY, Code, Page, StatusVocabulary
from readinglist.reading.flat_yaml import read_flat_yaml
from readinglist.reading.frontmatter import _handlers, _key_lines, read_front_matter
from readinglist.reading.lines import _NEVER, _never_read, read_body
from readinglist.reading.loader import _loads
from readinglist.reading.page_rules import _QUOTES, fold_title
from readinglist.reading.source import _LINE, split_lines
from readinglist.reading.url_shortcuts import reference_url_facts, url_facts, url_problems_of
from readinglist.reading.urls import url_problems
from tests.fixture_format import read_cases
from tests.page_strategies import pages, runs, urls
from tests.paths import EXAMPLES, FIXTURES, ROOT

CASES = [case for path in sorted(FIXTURES.glob("*.txt")) for case in read_cases(path)]
FORMAT_EXAMPLES = re.findall(
    r"```markdown\n(.*?)```", (ROOT / "docs" / "format.md").read_text(encoding="utf-8"), re.DOTALL
)
DOCS_PAGES = sorted(EXAMPLES.glob("*.md"))
CUSTOM = DEFAULT_VOCABULARY.extended({"done": ["Gelesen"], "todo": ["Ideas"]}, default="reading")

# Pages in the shapes of public reading lists (our own text).
IN_THE_WILD = {
    "bare URLs under company headings": (
        "# Engineering Blogs\n\n### [Companies](#companies)\n\n#### A companies\n"
        "* Airbnb https://medium.com/airbnb-engineering\n* Asana https://blog.asana.com/category/eng\n"
        "* Atlassian http://developer.atlassian.com/blog/\n\n#### B companies\n"
        "* BBC https://medium.com/bbc-design-engineering/\n* Bitly http://word.bitly.com/\n"
    ),
    "bold pseudo-headings and shortened links": (
        "## Latest\n- [ ] [Inside a team’s culture](https://newsletter.example.com/p/culture)\n\n"
        "**Tech Stack Upgrades:**\n* [Airbnb: React Native](https://lnkd.in/dgdbxSw2)\n"
        "* [Stripe: TypeScript](https://lnkd.in/dgdbxSw2)\n"
    ),
    "bookmark export with inline metadata": (
        "## Saved\n\n- [Masks of the Dance | Museum](https://masks.example.org/?p=10968) "
        "timestamp: 1747795809 #article #saved\n\n"
        "- [Masks of the Dance | Museum](https://masks.example.org/?p=10968) date: 2025-10-31\n"
        "  \n- [https://t.co/abc](https://t.co/abc)\n"
    ),
    "roadmap with boxes, bold titles and stars": (
        "# Roadmap\n\n## 1 Basics\n\n- [ ] **Deep learning**. Bengio. [[pdf]](http://x.org/a.pdf)"
        " :star::star::star:\n  - a note under the item\n- [x] **Reducing dimensionality**. "
        "[[pdf]](https://arxiv.org/pdf/1312.5602.pdf)) :star:\n"
    ),
    "date groups with task boxes and next-line URLs": (
        "# TL;DR\n\n- [ ] I'll read it later\n- [x] Actually read it\n\n### 2020-04-09\n\n"
        "- [ ] Moving to another captcha  \n  https://blog.example.com/captcha/\n\n"
        "###\u00a02020-04-08\n\n- [x] Element focus vs descendant  \n  https://z.example.com/f\n"
    ),
    "Hugo TOML with company headings and struck items": (
        "+++\ntitle = 'Corporate Blogs'\ndate = 2024-02-11\n\n+++\n\n### Uber\n\n"
        "- [The API gateway](https://www.uber.com/en-IN/blog/architecture-api-gateway/)\n"
        "- ~~[Postgres to MySQL](https://www.uber.com/en-IN/blog/postgres-to-mysql/)~~\n"
        "- [Disaster recovery](https://www.uber.com/en-IN/blog/kafka/?a)\n\n### Single Entries\n\n"
        "- [ALL CAPS TITLE](https://example.com/a%EF%BF%BCb)\n"
    ),
    "emoji links to local PDFs before external titles": (
        "# Distributed Systems\n\n* General Papers\n* Topics\n  * [Datastores](#datastores)\n\n"
        "## External Papers\n\n* [:scroll:](a-note.pdf) [A Note on Computing](https://r.example.org/"
        "p.pdf#page=89)\n\n* :scroll: [Hosted only](hosted.pdf)\n"
    ),
    "Just the Docs front matter and kramdown attributes": (
        "---\nlayout: page\ntitle: Papers\nnav_order: 4\nhas_children: false\n"
        "has_toc: true\n---\n\n"
        "# Papers\n{:.no_toc}\n\n## Core List\n\n1. [PointNet](https://arxiv.org/abs/1612.00593)"
        '{: target="_blank"}, Qi et al., 2017\n\n## Extended List\n\n'
        "- [Mask R-CNN](https://arxiv.org/abs/1703.06870), He et al., 2017\n"
    ),
    "dash descriptions under topic headings": (
        '---\ntitle: "Reading Update"\ndate: "2022-02-27"\n---\n\n![Photo](./p.jpeg)\n\n'
        "This week I read more.\n\n## Data Engineering\n\n- [Spinner: the migration](https://medium"
        ".com/pinterest-engineering/spinner-the-mass-migration-997d9243f56a) - batch on airflow\n"
        "- [JSON in SQLite](https://tirkarthi.example.io/2022/02/26/sqlite.html) - improving\n"
    ),
    "linked means done, reference definitions without a space": (
        "Inspired by [Adrian][1] and [Denny][2].\n\n# Reinforcement Learning\n\n## 2019\n\n"
        "- [Playing Atari](https://n.example.com/atari.md), NIPS 2013 (5)\n"
        "- Plain title, ICML (2)\n\n"
        "[1]:https://adrian.example.com\n[2]:https://denny.example.com\n"
    ),
    "tab-indented nesting with group labels that are links": (
        "## Scalability\n* [Microservices](https://martinfowler.com/microservices/)\n"
        "\t* [Domain-Oriented Architecture](https://eng.uber.com/microservice-architecture/)\t\n"
        "\t* [Containers at a company](https://medium.com/@Pinterest_Engineering/c-92295347f2f3)\n"
    ),
    "numbered bare URLs under headings with colons": (
        "### Real world designs\n\n#### Stackoverflow:\n  1. https://nick.example.com/2016/arch/\n\n"
        "#### Netflix:\n  1. https://medium.com/netflix-techblog/hadoop-c23f35f965e7\n"
        "  2. [System Architectures](https://medium.com/netflix-techblog/sys-c23f35f965e7)\n"
    ),
    "status headings holding books without links": (
        "## Reading List\n\n### Suggested Reading\n\n* Refactoring to patterns - Joshua K\n"
        "* Freakonomics - Steven L / Stephen D\n* Code - Charles P\n\n### Finished\n\n"
        "* Thinking Fast and Slow - Daniel K\n* The Giver - Lois L\n"
    ),
    "a table per status": (
        "# Done\n| id | title | author |\n| --- | --- | --- |\n| 1 | A book | Someone |\n\n"
        "# Reading\n| title | author |\n| --- | --- |\n| Another | Person |\n"
    ),
    "titles before their source link, empty TODO group": (
        "# Design Uber\n\n## Use Case\n\n- Uber\n- Lyft\n\n## Reference\n\n### Uber\n\n"
        "System Design - [Algorithms](https://www.enjoy.example.com/blog/design-uber)\n\n"
        "Observability at Scale - [UberBlog](https://www.uber.com/en-CA/blog/observability)\n\n"
        "### Lyft\n\nTODO\n"
    ),
    "the seed's shape with descriptions and a nested topic": (
        "---\ntitle: Kafka\n---\n\n# Kafka\n\n- TODO\n\n  [Kafka at a company](https://medium.com/p/"
        "kafka-a8bda7515e52) - part 1\n\n  [Kafka again](http://www.medium.com/p/kafka-a8bda7515e52)"
        "\n\n- Done\n  - [Read one](https://example.com/read/) – notes\n  - Streams\n"
        "    - [Nested](https://example.com/nested?utm_source=x)\n\n- Reading:\n\n"
        "  https://youtu.be/dQw4w9WgXcQ\n"
    ),
}


def _assert_same(text: str, vocabulary: StatusVocabulary = DEFAULT_VOCABULARY) -> Page:
    fast = _loads(text, "page.md", vocabulary=vocabulary, fast=True)
    reference = _loads(text, "page.md", vocabulary=vocabulary, fast=False)
    assert fast.entries == reference.entries
    assert fast.diagnostics == reference.diagnostics
    assert fast == reference
    return fast


def _fast_reader_takes(text: str) -> bool:
    lines = split_lines(text.removeprefix("\ufeff"))
    block = read_front_matter(lines, None)
    return read_body(lines, block.body_line, DEFAULT_VOCABULARY, None) is not None


@pytest.mark.parametrize("case", CASES, ids=[f"{c.file}:{c.line}" for c in CASES])
def test_fixture_cases_read_the_same(case: object) -> None:
    """Every parser fixture case gives the same page on both paths."""
    _assert_same(case.text)  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", DOCS_PAGES, ids=[p.name for p in DOCS_PAGES])
def test_docs_example_pages_read_the_same(path: object) -> None:
    """The docs' example pages give the same page on both paths."""
    _assert_same(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", FORMAT_EXAMPLES, ids=range(len(FORMAT_EXAMPLES)))
def test_format_reference_examples_read_the_same(text: str) -> None:
    """Every Markdown example of the format reference gives the same page on both paths."""
    _assert_same(text)


@pytest.mark.parametrize("code", list(Code), ids=[code.value for code in Code])
def test_diagnostic_examples_read_the_same(code: Code) -> None:
    """Every diagnostic code's own example gives the same page on both paths."""
    _assert_same(code.example)


@pytest.mark.parametrize("name", sorted(IN_THE_WILD))
def test_pages_in_real_world_shapes_read_the_same(name: str) -> None:
    """Pages shaped like public reading lists give the same page on both paths."""
    _assert_same(IN_THE_WILD[name])
    _assert_same(IN_THE_WILD[name].replace("\n", "\r\n"))
    _assert_same(IN_THE_WILD[name], CUSTOM)


def test_benchmark_corpus_reads_the_same() -> None:
    """The generated benchmark pages (every shape) give the same page on both paths."""
    for text in corpus(pages=24, entries=30, seed=7):
        _assert_same(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages(nasty=True))
def test_generated_pages_read_the_same(text: str) -> None:
    """Generated pages of every shape, nasty lines included, read the same on both paths."""
    _assert_same(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages(nasty=False))
def test_generated_plain_pages_read_the_same(text: str) -> None:
    """Plain generated pages read the same on both paths, with a custom vocabulary too."""
    _assert_same(text)
    _assert_same(text, CUSTOM)


@settings(max_examples=500, deadline=None)
@given(runs())
def test_generated_runs_read_the_same(text: str) -> None:
    """Long runs of mixed entries in one group: the reader's run loop must not carry one
    entry's status, box or place over to the next."""
    assert _fast_reader_takes(text)
    _assert_same(text)


def test_a_struck_entry_in_a_run_leaves_the_next_entries_their_group_status() -> None:
    page = _assert_same(
        "## Reading\n\n- [A](https://e.org/a)\n- ~~[B](https://e.org/b)~~\n"
        "- [C](https://e.org/c)\n- [x] [D](https://e.org/d)\n- [E](https://e.org/e)\n"
    )
    assert [(e.title, e.status, e.column) for e in page.entries] == [
        ("A", "reading", 3), ("B", "skipped", 3), ("C", "reading", 3), ("D", "done", 7),
        ("E", "reading", 3),
    ]  # fmt: skip


@given(urls(nasty=True))
def test_url_shortcuts_give_the_reference_facts(url: str) -> None:
    """Key, site and safety match readinglist.reading.urls; "no problems" is only said when true."""
    key, site, safe, may_have_problems = url_facts(url)
    assert (key, site, safe) == reference_url_facts(url)[:3]
    assert url_problems_of(url) == url_problems(url)
    if not may_have_problems:
        assert url_problems(url) == ()


# The fast reader must really take the common shapes, or it would silently fall back forever.


def test_the_seed_page_takes_the_fast_reader() -> None:
    assert _fast_reader_takes((EXAMPLES / "pinterest.md").read_text(encoding="utf-8"))


@pytest.mark.parametrize("shape", range(len(SHAPES)))
def test_every_benchmark_shape_takes_the_fast_reader(shape: int) -> None:
    texts = corpus(pages=len(SHAPES) * 3, entries=40, seed=11)
    assert all(_fast_reader_takes(text) for text in texts[shape :: len(SHAPES)])


@pytest.mark.parametrize(
    "text",
    [
        "- [A](https://e.org/a) - d\n- [ ] [B](https://e.org/b)\n- ~~[C](https://e.org/c)~~\n",
        "## Done\n\n* Book - Author\n* Name https://e.org/n\n+ [x] https://e.org/x\n",
        "- Kafka\n  - [A](https://e.org/a): notes\n\n  [B](http://e.org/b), 2019\n",
    ],
)
def test_common_shapes_take_the_fast_reader(text: str) -> None:
    assert _fast_reader_takes(text)
    assert _fast_reader_takes(text.replace("\n", "\r\n"))


@pytest.mark.parametrize(
    "text",
    [
        "- [A](https://e.org/a)\nlazy continuation\n",
        "Setext\n===\n",
        "<b>html</b>\n",
        "- [*A*](https://e.org/a)\n",
        "- [A](https://e.org/a)\n\n[ref]: https://e.org/r\n",
        "- [A\\]](https://e.org/a)\n",
        "\t- [A](https://e.org/a)\n",
        "1. [A](https://e.org/a)\n",
        "- [A](https://e.org/a) &amp; more\n",
        "    [Code](https://e.org/c)\n",
    ],
)
def test_unmodelled_markup_goes_to_markdown_it(text: str) -> None:
    assert not _fast_reader_takes(text)
    _assert_same(text)


def test_the_character_check_refuses_what_the_pattern_refuses() -> None:
    """The quick character check declines exactly what _NEVER matches, for every character
    of the Basic Multilingual Plane (surrogates included) and a sample of the others."""
    for code in (*range(0x10000), *range(0x10000, 0x110000, 251)):
        body = f"- [A](https://e.org/a) x{chr(code)}y\n"
        assert _never_read(body) == (_NEVER.search(body) is not None), hex(code)


@given(st.text())
def test_the_character_check_refuses_what_the_pattern_refuses_in_any_text(text: str) -> None:
    assert _never_read(text) == (_NEVER.search(text) is not None)


def test_importing_readinglist_leaves_markdown_it_and_yaml_for_later() -> None:
    """`import readinglist` is light: markdown-it and PyYAML load when a page needs them."""
    code = (
        "import sys, readinglist; heavy = ('markdown_it', 'yaml', 'frontmatter'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@given(st.text(alphabet="ab \n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029é", max_size=30))
def test_split_lines_shortcut_gives_the_pattern_lines(text: str) -> None:
    """str.splitlines is used only where it splits exactly as the line pattern does."""
    assert split_lines(text) == _LINE.findall(text)


_YAML_KEYS = st.from_regex(r"[a-z_][a-z0-9_]{0,6}", fullmatch=True) | st.sampled_from(
    ["title", "nav_order", "has_children", "_x", "yes", "on", "null", "Title", "a-b", "title "]
)
_YAML_VALUES = (
    st.from_regex(r"[A-Za-z][A-Za-z0-9 ]{0,8}", fullmatch=True)
    | st.from_regex(r"[0-9]{1,10}", fullmatch=True)
    | st.sampled_from(
        ["Pinterest", "Reading list 0", "true", "false", "True", "yes", "No", "off", "null",
         "NULL", "~", "6", "0", "012", "1_000", "1e3", "1.5", ".inf", "12:30", "2024-02-11",
         "x: y", "a #b", "a  b", "'q'", '"q"', "[a]", "Über", "a ", "", "-1", "+1", "0x1F",
         "y", "n", "Null"]
    )
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(_YAML_KEYS, _YAML_VALUES), max_size=6),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_flat_front_matter_reads_as_pyyaml_reads_it(
    pairs: list[tuple[str, str]], ending: str
) -> None:
    """The flat front matter reader gives PyYAML's mapping, types included, or declines;
    its keys are one per line, where the key-line finder finds them."""
    text = "".join(f"{key}: {value}{ending}" for key, value in pairs)
    lines = split_lines(text)
    flat = read_flat_yaml(lines)
    if flat is not None:
        expected = _handlers()["yaml"].load(text)  # what the reference reads it with
        assert [(k, type(v), v) for k, v in flat.items()] == [
            (str(k), type(v), v) for k, v in expected.items()
        ]
        assert _key_lines("yaml", lines) == {key: number for number, key in enumerate(flat, 2)}


def test_the_seed_front_matter_is_read_without_pyyaml() -> None:
    lines = ["title: Pinterest\n", "has_children: true\r\n", "nav_order: 6\n"]
    assert read_flat_yaml(lines) == {"title": "Pinterest", "has_children": True, "nav_order": 6}


@given(st.text(alphabet="aB ‘’“”`\u00a0ßÉx\t", max_size=20))
def test_fold_title_shortcuts_fold_as_translate_does(title: str) -> None:
    """fold_title's ASCII and replace shortcuts give what the translate table gives."""
    assert fold_title(title) == " ".join(title.translate(_QUOTES).casefold().split())
