"""URL facts for the common URL shape, exactly as :mod:`readinglist.urls` computes them.

Most links are ``http(s)://host/path`` with at most a plain query. For those,
:func:`url_facts` builds the canonical key and site with string operations instead of
``urlsplit``/``parse_qsl``/``urlencode``; any other URL goes to the functions of
:mod:`readinglist.urls` themselves. ``tests/test_fastpath_differential.py`` holds the two
to identical results.
"""

from __future__ import annotations

import re

from readinglist.urls import (
    SHORTENERS,
    STABLE_ID_HOSTS,
    UrlProblem,
    _is_tracking,
    _stable_id,
    canonical_url,
    is_unsafe,
    site_of,
    url_problems,
    web_url_problems,
)

UrlFacts = tuple[str | None, str | None, bool, bool]
"""``(key, site, safe, may_have_problems)``: the entry's key and site, whether it is safe,
and whether :func:`readinglist.urls.url_problems` may find anything (``False`` only when it
certainly finds nothing)."""


def simple_url_pattern(path_characters: str) -> str:
    """The common URL shape, as four groups: scheme, host, path and a plain query."""
    pair = r"[A-Za-z0-9._\-]+=[A-Za-z0-9._\-]*"
    return (
        rf"(https?)://([a-z0-9](?:[a-z0-9.\-]*[a-z0-9])?)((?:/[{path_characters}]*)?)"
        rf"(?:\?((?:{pair})(?:&{pair})*))?"
    )


_SIMPLE = re.compile(simple_url_pattern(r"A-Za-z0-9\-._~!$'()*+,;=:@%/"))
SIMPLE_URL_IN_LINK = simple_url_pattern(r"A-Za-z0-9\-._~!$'*+,;=:@%/")
"""The simple shape inside a Markdown link's ``(...)``, which holds no parenthesis."""


def reference_url_facts(url: str) -> UrlFacts:
    """The facts from :mod:`readinglist.urls`, for every URL."""
    unsafe = is_unsafe(url)
    if unsafe:
        return None, None, False, True
    return canonical_url(url), site_of(url), True, True


def url_problems_of(url: str) -> tuple[UrlProblem, ...]:
    """:func:`readinglist.urls.url_problems`, without parsing a simple URL in general."""
    match = _SIMPLE.fullmatch(url)
    if match is None:
        return url_problems(url)
    scheme, host, _, query_text = match.groups()
    names = (pair.partition("=")[0] for pair in query_text.split("&")) if query_text else ()
    return web_url_problems(url, scheme, host[4:] if host.startswith("www.") else host, names)


def is_safe(url: str) -> bool:
    """``not is_unsafe(url)``, at once for a URL written with ``http://`` or ``https://``."""
    return url.startswith(("https://", "http://")) or not is_unsafe(url)


def url_facts(url: str) -> UrlFacts:
    """The same facts as :func:`reference_url_facts`, faster for simple URLs."""
    match = _SIMPLE.fullmatch(url)
    if match is None:
        return reference_url_facts(url)
    return simple_url_facts(*match.groups())


def simple_url_facts(scheme: str, host: str, path: str, query_text: str | None) -> UrlFacts:
    """The facts of a URL of the simple shape, from its four parts."""
    if host.startswith("www."):
        host = host[4:]
    problems = scheme == "http" or host in SHORTENERS
    query: list[tuple[str, str]] = []
    if query_text:
        for pair in query_text.split("&"):
            name, _, value = pair.partition("=")
            if _is_tracking(name, host):
                problems = True
            else:
                query.append((name, value))
    if (host in STABLE_ID_HOSTS or host.endswith(".medium.com")) and (
        stable := _stable_id(host, path, query)
    ):
        return stable, host, True, problems
    if path.endswith(("/index.html", "/index.htm")):
        path = path.rpartition("/")[0]
    key = host + path.rstrip("/")
    if query:
        key += "?" + "&".join(f"{name}={value}" for name, value in sorted(query))
    return key, host, True, problems
