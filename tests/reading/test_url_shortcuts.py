"""The shortcuts of ``_fasturl`` for Medium, arXiv, YouTube and plain URLs are the reference.

``test_fastpath_differential`` draws URLs of every shape; here the drawn URLs stay in the
shapes the shortcuts special-case, near their edges (ids one digit short or long, upper
case, trailing slashes, several ``v`` parameters, tracking names in any case), so that a
wrong branch shows. Each URL is checked to take the shortcut at all.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readinglist.diagnostics import Code
from readinglist.reading.urls.canonical import UrlProblem, canonical_url, url_problems
from readinglist.reading.urls.shortcuts import (
    _HOSTS,
    _HOSTS_KEPT,
    _SIMPLE,
    _message_pieces,
    reference_url_facts,
    url_facts,
    url_problems_of,
)

_HEX = "0123456789abcdef"
_MEDIUM_HOSTS = st.sampled_from(
    ["medium.com", "www.medium.com", "pinterest.medium.com", "medium.com.example.org",
     "notmedium.com", "link.medium.com"]
)  # fmt: skip
_ARXIV_HOSTS = st.sampled_from(["arxiv.org", "www.arxiv.org", "export.arxiv.org"])
_YOUTUBE_HOSTS = st.sampled_from(
    ["youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com", "youtu.be"]
)
_PLAIN_HOSTS = st.sampled_from(
    [
        "example.com",
        "www.example.com",
        "www.w.org",
        "w.org",
        "bit.ly",
        "www.bit.ly",
        "doi.org",
        "wiki.org",
    ]
)
_NAMES = st.sampled_from(
    ["a", "a.b", "b", "v", "V", "utm_source", "UTM_Medium", "utm_", "utm", "fbclid",
     "Gclid", "source", "SK", "sk", "p", "feature", "mc_cid", "igshid"]
)  # fmt: skip
_VALUES = st.text(alphabet="aZ09._-", max_size=13)


@st.composite
def _queries(draw: st.DrawFn) -> str:
    pairs = draw(st.lists(st.tuples(_NAMES, _VALUES), max_size=4))
    return "?" + "&".join(f"{name}={value}" for name, value in pairs) if pairs else ""


@st.composite
def _medium_urls(draw: st.DrawFn) -> str:
    digits = draw(st.text(alphabet=_HEX, min_size=9, max_size=13))
    if draw(st.booleans()):  # one character that is no lower-case hex digit
        at = draw(st.integers(0, len(digits)))
        digits = digits[:at] + draw(st.sampled_from("AFg-/")) + digits[at:]
    slug = draw(st.sampled_from(["", "post", "a-b", "-", "post-"]))
    last = draw(st.sampled_from([f"{slug}-{digits}", f"{slug}{digits}", digits]))
    path = draw(st.sampled_from(["", "/@team", "/pub", "/pub/x-1234567890ab"])) + "/" + last
    path += draw(st.sampled_from(["", "/", "//", "/more", "/more-123"]))
    return f"https://{draw(_MEDIUM_HOSTS)}{path}{draw(_queries())}"


@st.composite
def _arxiv_urls(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["abs", "pdf", "html", "format", "ABS", "Pdf", "list"]))
    digits = st.text(alphabet="0123456789", min_size=3, max_size=6)
    number = draw(
        st.builds("{}.{}".format, digits, digits)
        | st.sampled_from(["cs/0112017", "math.GT/0309136", "cs/011201", "CS/0112017"])
        | st.text(alphabet="0123456789.", max_size=11)
    )
    ending = draw(st.sampled_from(["", "v2", "v12", ".pdf", "v3.pdf", "/", "v", "x"]))
    return f"https://{draw(_ARXIV_HOSTS)}/{kind}/{number}{ending}{draw(_queries())}"


@st.composite
def _youtube_urls(draw: st.DrawFn) -> str:
    video = draw(st.text(alphabet="aZ09_-", min_size=4, max_size=12))
    if draw(st.booleans()):  # one character no video id holds
        at = draw(st.integers(0, len(video)))
        video = video[:at] + "." + video[at:]
    path = draw(
        st.sampled_from(["/watch", "/watch/", "/Watch", "/embed/", "/shorts/", "/v/", "/", ""])
    )
    path = path + video if path.endswith("/") else path
    query = draw(_queries())
    if draw(st.booleans()):
        query += ("&" if query else "?") + f"v={video}"
    return f"https://{draw(_YOUTUBE_HOSTS)}{path}{query}"


@st.composite
def _plain_urls(draw: st.DrawFn) -> str:
    segment = st.sampled_from(["a", "b-c", "index.html", "index.htm", "", "it's", "x" * 60])
    segments = draw(st.lists(segment))
    path = "".join("/" + segment for segment in segments)
    if draw(st.booleans()):
        path += draw(st.sampled_from(["/", "//", "/index.html", "/index.htm", "/index.HTML"]))
    scheme = draw(st.sampled_from(["https", "http"]))
    return f"{scheme}://{draw(_PLAIN_HOSTS)}{path}{draw(_queries())}"


_EVERY_SHAPE = pytest.mark.parametrize(
    "shape",
    [_medium_urls(), _arxiv_urls(), _youtube_urls(), _plain_urls()],
    ids=["medium", "arxiv", "youtube", "plain"],
)
"""Each shape a shortcut reads (the reference checks below run on all of them)."""


@_EVERY_SHAPE
@settings(max_examples=500)
@given(data=st.data())
def test_shortcut_facts_are_the_reference_facts(
    shape: st.SearchStrategy[str], data: st.DataObject
) -> None:
    """Key, site and safety match the canonical module; "may have problems" is exactly right."""
    url = data.draw(shape)
    assert _SIMPLE.fullmatch(url), url  # the shortcut is really taken
    key, site, safe, may_have_problems = url_facts(url)
    assert (key, site, safe) == reference_url_facts(url)[:3]
    assert may_have_problems == bool(url_problems(url))


@_EVERY_SHAPE
@settings(max_examples=500)
@given(data=st.data())
def test_shortcut_problems_are_the_reference_problems(
    shape: st.SearchStrategy[str], data: st.DataObject
) -> None:
    """Codes and messages match the canonical module, in its order, for simple URLs."""
    url = data.draw(shape)
    assert _SIMPLE.fullmatch(url), url  # the shortcut is really taken
    assert url_problems_of(url) == url_problems(url)


@pytest.mark.parametrize(
    ("url", "codes", "said"),
    [
        ("http://e.org/a", ["insecure-url"], "URL 'http://e.org/a';"),
        ("https://e.org/a?UTM_b=1&a=2&utm_a=3&UTM_b=4", ["tracking-params"], "s UTM_b, utm_a in"),
        ("https://x.medium.com/p?source=rss", ["tracking-params"], "parameters source in"),
        ("https://e.org/p?source=rss&sk=1", [], None),
        (
            "http://bit.ly/x?fbclid=1",
            ["shortened-url", "tracking-params", "insecure-url"],
            "fbclid",
        ),
        ("http://e.org/it's", ["insecure-url"], 'URL "http://e.org/it\'s";'),
        ("http://e.org/" + "a" * 120, ["insecure-url"], f"/{'a' * 106}\u2026';"),
    ],
)
def test_problem_messages(url: str, codes: list[str], said: str | None) -> None:
    """Both paths say this: names sorted and once each, long URLs cut, quotes kept."""
    problems = url_problems_of(url)
    assert problems == url_problems(url)
    assert [problem.code for problem in problems] == codes
    assert said is None or any(said in problem.message for problem in problems)


def test_a_message_that_cannot_be_cut_stops_the_import() -> None:
    """The shortcut's message pieces come from the reference's wording, or not at all."""
    with pytest.raises(ImportError, match="cannot cut"):
        _message_pieces(UrlProblem(Code.INSECURE_URL, "insecure URL"), "'x'")
    with pytest.raises(ImportError, match="cannot cut"):
        _message_pieces(UrlProblem(Code.INSECURE_URL, "'x' twice 'x'"), "'x'")


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://medium.com/p/post-a8bda7515e52", "medium:a8bda7515e52"),
        ("https://team.medium.com/post-a8bda7515e5//?source=rss&a=1", "medium:a8bda7515e5"),
        ("https://medium.com/p/post-a8bda7515e52/more", "medium.com/p/post-a8bda7515e52/more"),
        ("https://medium.com/p/post-A8bda7515e52", "medium.com/p/post-A8bda7515e52"),
        ("https://www.arxiv.org/pdf/2101.00123v2.pdf", "arxiv:2101.00123"),
        ("https://arxiv.org/ABS/CS/0112017/", "arxiv:cs/0112017"),
        ("https://www.youtube.com/watch?v=abcdef&v=dQw4w9WgXcQ&t=1", "youtube:dQw4w9WgXcQ"),
        ("https://youtube.com/watch?v=a.bcdefg", "youtube.com/watch?v=a.bcdefg"),
        ("https://youtube.com/shorts/dQw4w9WgXcQ/", "youtube:dQw4w9WgXcQ"),
        ("https://www.w.org/a//index.html?utm_source=x&b=2&a.b=1&a=1", "w.org/a?a=1&a.b=1&b=2"),
        ("https://doi.org/10.1000/ABC", "doi:10.1000/abc"),
    ],
)
def test_stable_and_plain_keys(url: str, key: str) -> None:
    """Both paths give the documented keys for the special-cased shapes."""
    assert canonical_url(url) == key
    assert url_facts(url)[0] == key


@pytest.mark.parametrize(
    ("url", "key", "site"),
    [
        ("https://research.google/pubs/spanner/#abstract", "research.google/pubs/spanner", None),
        ("https://example.com/a?b=2&a=1#top", "example.com/a?a=1&b=2", None),
        ("https://example.com/book.pdf#page=89&zoom=200", "example.com/book.pdf#page=89", None),
        ("https://example.com/book.pdf#page=89x", "example.com/book.pdf", None),
        ("https://app.example.com/#/guide", "app.example.com#/guide", None),
        ("https://app.example.com/#!/posts/42", "app.example.com#!/posts/42", None),
        ("https://app.example.com/#/guide:~:text=install", "app.example.com#/guide", None),
        ("https://medium.com/p/post-a8bda7515e52#comments", "medium:a8bda7515e52", "medium.com"),
    ],
)
def test_fragments_are_dropped_but_hash_routes_and_pdf_pages(
    url: str, key: str, site: str | None
) -> None:
    """Both paths give one key for a URL and a place in it (``#abstract``)."""
    assert canonical_url(url) == key
    expected = (key, site or key.partition("/")[0].partition("#")[0], True)
    assert url_facts(url)[:3] == reference_url_facts(url)[:3] == expected


def test_the_table_of_hosts_stays_small_and_gives_the_reference_facts() -> None:
    """Past the table's size, and for a host too long to keep, the facts are still right."""
    long_host = "a" * 300 + ".medium.com"
    hosts = [f"www.h{number}.medium.com" for number in range(_HOSTS_KEPT + 9)] + [long_host]
    for host in hosts * 2:
        url = f"http://{host}/p/post-a8bda7515e52x?sk=1"
        facts = url_facts(url)
        assert (
            facts[:3]
            == reference_url_facts(url)[:3]
            == (
                f"{host.removeprefix('www.')}/p/post-a8bda7515e52x",
                host.removeprefix("www."),
                True,
            )
        )
        assert facts[3]
        assert len(_HOSTS) <= _HOSTS_KEPT
    assert long_host not in _HOSTS
