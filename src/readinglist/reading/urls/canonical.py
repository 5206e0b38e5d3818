"""URLs: the canonical key that finds duplicates, the site, and what is wrong with a URL."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple
from urllib.parse import parse_qsl, urlencode, urlsplit

from readinglist.diagnostics import Code

TRACKING_PARAMETERS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "igshid"})
"""Query parameters that only track the click (besides every ``utm_*``)."""
MEDIUM_TRACKING_PARAMETERS = frozenset({"source", "sk"})
"""Medium adds these to shared links; they are tracking on Medium hosts only."""
SHORTENERS = frozenset(
    {
        "bit.ly", "t.co", "lnkd.in", "link.medium.com", "goo.gl", "tinyurl.com", "ow.ly",
        "buff.ly", "is.gd", "rb.gy", "t.ly", "cutt.ly", "shorturl.at", "tiny.cc", "dlvr.it",
        "ift.tt", "trib.al", "amzn.to", "fb.me", "wp.me", "redd.it",
    }
)  # fmt: skip
"""Hosts that hide the real target of a link."""
UNSAFE_SCHEMES = frozenset({"javascript", "data", "vbscript", "file"})
"""Schemes that run code or read local files when followed."""

_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f-\x9f\s\u00ad\u200b-\u200f\u2060\ufeff]+")
_MEDIUM_POST_ID = re.compile(r"[0-9a-f]{10,12}")
_MEDIUM_SHORT = re.compile(r"/p/([0-9a-f]{10,12})/*")
_ARXIV_PATH = re.compile(
    r"^/(?:abs|pdf|html|format)/((?:\d{4}\.\d{4,5})|(?:[a-z][a-z.\-]*/\d{7}))(?:v\d+)?(?:\.pdf)?/?$",
    re.IGNORECASE,
)
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,}$")
_KEPT_FRAGMENT = re.compile(r"[/!].*|page=[0-9]+(?=&|$)", re.DOTALL)
_DEFAULT_PORTS = frozenset({80, 443})


def scheme_of(url: str) -> str:
    r"""The scheme as a browser could read it, lower-cased; ``""`` when there is none.

    HTML character references are decoded first (an output that forgot to escape ``&``
    would let the browser decode ``&#106;avascript:``), then every control character,
    space, and invisible or Unicode space character is removed, wherever it is:
    ``" Java\tScript:alert(1)"`` gives ``"javascript"``. Removing more than a browser
    does can only make more URLs unsafe, never fewer.
    """
    compact = _CONTROL_OR_SPACE.sub("", html.unescape(url))
    head, colon, _ = compact.partition(":")
    if not colon or not head or not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.\-]*", head):
        return ""
    return head.lower()


def is_unsafe(url: str) -> bool:
    """True for ``javascript:``, ``data:``, ``vbscript:`` and ``file:`` URLs, however written."""
    return scheme_of(url) in UNSAFE_SCHEMES


def _host_of(netloc: str) -> tuple[str, int | None]:
    hostport = netloc.rpartition("@")[2]
    host, _, port = hostport.partition(":") if not hostport.startswith("[") else (hostport, "", "")
    try:
        number = int(port) if port else None
    except ValueError:
        number = None
    return host.lower().rstrip("."), number


def site_of(url: str | None) -> str | None:
    """The site of a URL: its host, lower-cased, without ``www.``.

    Returns ``None`` when the URL is ``None``, empty, or has no host; never raises.
    """
    if not url:
        return None
    try:
        netloc = urlsplit(url.strip()).netloc
    except ValueError:
        return None
    host = _host_of(netloc)[0]
    if host.startswith("www."):
        host = host[4:]
    return host or None


def _is_medium(host: str) -> bool:
    return host == "medium.com" or host.endswith(".medium.com")


def _is_tracking(name: str, host: str) -> bool:
    lowered = name.lower()
    if lowered.startswith("utm_") or lowered in TRACKING_PARAMETERS:
        return True
    return _is_medium(host) and lowered in MEDIUM_TRACKING_PARAMETERS


Query = Sequence[tuple[str, str]]
"""A query as ``(name, value)`` pairs, in order."""
StableIdReader = Callable[[str, Query], str | None]
"""A site's stable id of a link, from its path and query (``None`` when there is none)."""


def _medium_id(path: str, query: Query) -> str | None:
    short = _MEDIUM_SHORT.fullmatch(path)
    if short is not None:  # the short form, medium.com/p/<id>
        return f"medium:{short.group(1)}"
    last = path.rstrip("/").rpartition("/")[2]
    # The id follows the last "-" (the pattern's hex digits hold no "-").
    post = last[last.rfind("-") + 1 :] if "-" in last else ""
    return f"medium:{post}" if _MEDIUM_POST_ID.fullmatch(post) else None


def _arxiv_id(path: str, query: Query) -> str | None:
    match = _ARXIV_PATH.match(path)
    return f"arxiv:{match.group(1).lower()}" if match else None


def _youtu_be_id(path: str, query: Query) -> str | None:
    video = path.strip("/").partition("/")[0]
    return f"youtube:{video}" if _YOUTUBE_ID.match(video) else None


def _youtube_id(path: str, query: Query) -> str | None:
    if path.rstrip("/") == "/watch":
        video = dict(query).get("v", "")
    else:
        parts = path.strip("/").split("/")
        video = parts[1] if len(parts) >= 2 and parts[0] in {"embed", "shorts", "live", "v"} else ""
    return f"youtube:{video}" if _YOUTUBE_ID.match(video) else None


def _doi_id(path: str, query: Query) -> str | None:
    return f"doi:{path[1:].lower()}" if path.startswith("/10.") else None


STABLE_IDS: dict[str, StableIdReader] = {
    "medium.com": _medium_id,
    "arxiv.org": _arxiv_id,
    "export.arxiv.org": _arxiv_id,
    "youtu.be": _youtu_be_id,
    "youtube.com": _youtube_id,
    "m.youtube.com": _youtube_id,
    "music.youtube.com": _youtube_id,
    "doi.org": _doi_id,
    "dx.doi.org": _doi_id,
}
"""The stable id reader of each host whose links have one (and every ``*.medium.com``)."""


def _stable_id(host: str, path: str, query: Query) -> str | None:
    """The site's own id for the thing linked, where the site has a stable one."""
    reader = STABLE_IDS.get(host) or (_medium_id if host.endswith(".medium.com") else None)
    return reader(path, query) if reader else None


def canonical_url(url: str) -> str:
    """The key under which two URLs are the same thing to read.

    Scheme ignored, host lower-cased without ``www.`` and default ports, trailing slash and
    ``index.html`` dropped, tracking parameters dropped and the others sorted, fragments
    dropped (``#abstract`` is a place in the same reading) except what picks another thing
    to read: a hash route (``#/docs``, ``#!/post``) and a PDF page (``#page=89``); a text
    fragment (``#:~:text=``) after a kept one is dropped. Medium stories, arXiv papers,
    YouTube videos and DOIs are keyed by their id (``medium:a8bda7515e52``). A URL that is
    not ``http(s)`` is its own key, stripped of surrounding space.

    Returns the key; never raises (a URL that does not parse is its own key).
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return text
    host, port = _host_of(parts.netloc)
    if host.startswith("www."):
        host = host[4:]
    query = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(name, host)
    ]
    stable = _stable_id(host, parts.path, query)
    if stable:
        return stable
    if port is not None and port not in _DEFAULT_PORTS:
        host = f"{host}:{port}"
    path = parts.path
    if path.endswith(("/index.html", "/index.htm")):
        path = path.rpartition("/")[0]
    path = path.rstrip("/")
    key = host + path
    if query:
        key += "?" + urlencode(sorted(query))
    return key + kept_fragment(parts.fragment)


def kept_fragment(fragment: str) -> str:
    """The part of a fragment (without its ``#``) that the key keeps: ``"#page=89"``, or ``""``.

    Only a hash route (``/…``, ``!…``) or a PDF page locator (``page=N``, other PDF
    parameters after it dropped) names another thing to read.
    """
    fragment = fragment.partition(":~:")[0]
    match = _KEPT_FRAGMENT.match(fragment)
    return "#" + match.group() if match else ""


class UrlProblem(NamedTuple):
    """One thing wrong with a URL: the code and the message for it."""

    code: Code
    """The diagnostic code."""
    message: str
    """What is wrong and what would be right."""


def url_problems(url: str) -> tuple[UrlProblem, ...]:
    """Everything wrong with one URL, worst first (an unsafe URL reports nothing else)."""
    text = url.strip()
    scheme = scheme_of(text)
    if scheme in UNSAFE_SCHEMES:
        return (
            UrlProblem(
                Code.UNSAFE_URL,
                f"unsafe {scheme}: link {_shorten(text)!r} is never rendered as a link; "
                "link to an http(s) page instead",
            ),
        )
    invalid = _invalid_reason(text, scheme)
    if invalid:
        return (
            UrlProblem(
                Code.INVALID_URL,
                f"{invalid} ({_shorten(text)!r}); expected an absolute http(s) URL",
            ),
        )
    parts = urlsplit(text)
    host = _host_of(parts.netloc)[0]
    names = (name for name, _ in parse_qsl(parts.query, keep_blank_values=True))
    return web_url_problems(text, scheme, host[4:] if host.startswith("www.") else host, names)


def web_url_problems(
    text: str, scheme: str, bare_host: str, query_names: Iterable[str]
) -> tuple[UrlProblem, ...]:
    """The problems of a valid http(s) URL, from its parts (``bare_host`` without ``www.``)."""
    problems: list[UrlProblem] = []
    if bare_host in SHORTENERS:
        problems.append(
            UrlProblem(
                Code.SHORTENED_URL,
                f"shortened URL {_shorten(text)!r} hides its target; link to the page itself",
            )
        )
    tracking = sorted({name for name in query_names if _is_tracking(name, bare_host)})
    if tracking:
        problems.append(
            UrlProblem(
                Code.TRACKING_PARAMS,
                f"tracking parameters {', '.join(tracking)} in {_shorten(text)!r} can be removed",
            )
        )
    if scheme == "http":
        problems.append(
            UrlProblem(
                Code.INSECURE_URL,
                f"insecure http:// URL {_shorten(text)!r}; use https:// if the site has it",
            )
        )
    return tuple(problems)


def _invalid_reason(text: str, scheme: str) -> str | None:
    if not text:
        return "empty URL"
    if "{{" in text or "{%" in text:
        return "Liquid template in URL only Jekyll can expand"
    if text.startswith("#"):
        return "link to an anchor of this page"
    if not scheme:
        return "relative URL"
    if scheme not in {"http", "https"}:
        return f"{scheme}: URL is not a web page"
    try:
        parts = urlsplit(text)
    except ValueError as error:
        return f"malformed URL: {error}"
    if not _host_of(parts.netloc)[0]:
        return "URL has no host"
    return None


def _shorten(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
