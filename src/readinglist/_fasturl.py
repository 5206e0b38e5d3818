"""URL facts for the common URL shape, exactly as :mod:`readinglist.urls` computes them.

Most links are ``http(s)://host/path`` with at most a plain query. For those,
:func:`url_facts` builds the canonical key and site with string operations instead of
``urlsplit``/``parse_qsl``/``urlencode``; any other URL goes to the functions of
:mod:`readinglist.urls` themselves. ``tests/test_fastpath_differential.py`` holds the two
to identical results.
"""

from __future__ import annotations

import re
import sys

from readinglist.urls import (
    SHORTENERS,
    _is_tracking,
    _stable_id,
    canonical_url,
    is_unsafe,
    site_of,
)

UrlFacts = tuple[str | None, str | None, bool, bool]
"""``(key, site, safe, may_have_problems)``: the entry's key and site, whether it is safe,
and whether :func:`readinglist.urls.url_problems` may find anything (``False`` only when it
certainly finds nothing)."""

_SIMPLE = re.compile(
    r"(https?)://([a-z0-9](?:[a-z0-9.\-]*[a-z0-9])?)((?:/[A-Za-z0-9\-._~!$'()*+,;=:@%/]*)?)"
    r"(?:\?((?:[A-Za-z0-9._\-]+=[A-Za-z0-9._\-]*)(?:&[A-Za-z0-9._\-]+=[A-Za-z0-9._\-]*)*))?"
)


def reference_url_facts(url: str) -> UrlFacts:
    """The facts from :mod:`readinglist.urls`, for every URL."""
    unsafe = is_unsafe(url)
    if unsafe:
        return None, None, False, True
    return canonical_url(url), site_of(url), True, True


def is_safe(url: str) -> bool:
    """``not is_unsafe(url)``, at once for a URL written with ``http://`` or ``https://``."""
    return url.startswith(("https://", "http://")) or not is_unsafe(url)


def url_facts(url: str) -> UrlFacts:
    """The same facts as :func:`reference_url_facts`, faster for simple URLs."""
    match = _SIMPLE.fullmatch(url)
    if match is None:
        return reference_url_facts(url)
    scheme, host, path, query_text = match.groups()
    if host.startswith("www."):
        host = host[4:]
    if not host:
        return reference_url_facts(url)
    host = sys.intern(host)  # one string per site, shared by its entries
    problems = scheme == "http" or host in SHORTENERS
    query: list[tuple[str, str]] = []
    if query_text:
        for pair in query_text.split("&"):
            name, _, value = pair.partition("=")
            if _is_tracking(name, host):
                problems = True
            else:
                query.append((name, value))
    stable = _stable_id(host, path, query)
    if stable:
        return stable, host, True, problems
    if path.endswith(("/index.html", "/index.htm")):
        path = path.rpartition("/")[0]
    key = host + path.rstrip("/")
    if query:
        key += "?" + "&".join(f"{name}={value}" for name, value in sorted(query))
    return key, host, True, problems
