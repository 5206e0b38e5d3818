"""URL facts for the common URL shape, as :mod:`~readinglist.reading.urls.canonical` has them.

Most links are ``http(s)://host/path`` with at most a plain query. For those,
:func:`url_facts` builds the canonical key and site with string operations instead of
``urlsplit``/``parse_qsl``/``urlencode``; any other URL (one with a fragment, whose rule is
:func:`readinglist.reading.urls.canonical.kept_fragment`, among them) goes to the functions of
:mod:`readinglist.reading.urls.canonical` themselves. ``tests/reading/test_url_shortcuts.py`` holds
the two to identical results.
"""

from __future__ import annotations

import re

from readinglist.diagnostics import Code
from readinglist.reading.urls import canonical as reference
from readinglist.reading.urls.canonical import (
    MEDIUM_TRACKING_PARAMETERS,
    SHORTENERS,
    STABLE_IDS,
    TRACKING_PARAMETERS,
    Query,
    StableIdReader,
    UrlProblem,
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
    """The facts from :mod:`readinglist.reading.urls.canonical`, for every URL."""
    unsafe = is_unsafe(url)
    if unsafe:
        return None, None, False, True
    return canonical_url(url), site_of(url), True, True


def url_problems_of(url: str) -> tuple[UrlProblem, ...]:
    """:func:`readinglist.urls.url_problems`, without parsing a simple URL in general.

    A simple URL with one problem (nearly all: only ``http://``, or only tracking
    parameters) gets its message at once, from the reference's own wording (see
    ``_TRACKING_MESSAGE``); a shortened one, or one with several problems, goes to
    :func:`readinglist.urls.web_url_problems` with its parts.
    """
    match = _SIMPLE.fullmatch(url)
    if match is None:
        return url_problems(url)
    scheme, host, _, query_text = match.groups()
    bare, stable_id, shortens = _HOSTS.get(host) or _host_facts(host)
    tracking = _tracking_names(query_text, stable_id is _medium_id) if query_text else ""
    insecure = scheme == "http"
    if shortens or (tracking and insecure):
        names = (pair.partition("=")[0] for pair in query_text.split("&")) if query_text else ()
        return web_url_problems(url, scheme, bare, names)
    if not (tracking or insecure):
        return ()
    shown = repr(reference._shorten(url))
    if tracking:
        before, between, after = _TRACKING_MESSAGE
        return (UrlProblem(_TRACKING_PARAMS, before + tracking + between + shown + after),)
    before, after = _INSECURE_MESSAGE
    return (UrlProblem(_INSECURE_URL, before + shown + after),)


def _tracking_names(query_text: str, medium: bool) -> str:
    """The tracking parameters of a plain query as the reference lists them (``""`` if none).

    Sorted, each once, joined by ``", "``; a query of one pair is read without a loop, and
    one with a single tracking parameter is not sorted.
    """
    if "&" not in query_text:
        name = query_text.partition("=")[0]
        return name if _is_tracking(name, medium) else ""
    names: list[str] = []
    for pair in query_text.split("&"):
        name = pair.partition("=")[0]
        lowered = name.lower()  # _is_tracking, inline
        if (
            lowered.startswith("utm_")
            or lowered in TRACKING_PARAMETERS
            or (medium and lowered in MEDIUM_TRACKING_PARAMETERS)
        ):
            names.append(name)
    if len(names) < 2:
        return names[0] if names else ""
    return ", ".join(sorted(set(names)))


def _message_pieces(problem: UrlProblem, *values: str) -> tuple[str, ...]:
    """The reference's message for ``problem`` cut around ``values`` (each there once, in order).

    Messages are built from these pieces, so that their wording stays the reference's.
    """
    pieces: list[str] = []
    rest = problem.message
    for value in values:
        before, found, rest = rest.partition(value)
        if not found or value in rest:
            raise ImportError(f"_fasturl cannot cut {problem.message!r} around {value!r}")
        pieces.append(before)
    return (*pieces, rest)


_TRACKING_PARAMS = Code.TRACKING_PARAMS
_INSECURE_URL = Code.INSECURE_URL
_MARK = "\x00"
"""A URL no simple URL is: its ``repr`` shows where a message holds the URL."""
_TRACKING_MESSAGE = _message_pieces(
    web_url_problems(_MARK, "https", "", ["utm_\x01"])[0], "utm_\x01", repr(_MARK)
)
"""The ``tracking-params`` message around the names and the URL shown."""
_INSECURE_MESSAGE = _message_pieces(web_url_problems(_MARK, "http", "", ())[0], repr(_MARK))
"""The ``insecure-url`` message around the URL shown."""


def is_safe(url: str) -> bool:
    """``not is_unsafe(url)``, at once for a URL written with ``http://`` or ``https://``."""
    return url.startswith(("https://", "http://")) or not is_unsafe(url)


def url_facts(url: str) -> UrlFacts:
    """The same facts as :func:`reference_url_facts`, faster for simple URLs."""
    match = _SIMPLE.fullmatch(url)
    if match is None:
        return reference_url_facts(url)
    return simple_url_facts(*match.groups())


# The stable ids of the common shapes, each exactly as its reader in
# readinglist.reading.urls.canonical gives it for the parts of a simple URL (ASCII, no
# newline); anything else goes to that reader.


def _medium_id(path: str, query: Query) -> str | None:
    """``urls._medium_id``: a ``-`` and 10 to 12 hex digits end the path, ``/`` aside.

    Or the path is the short form ``/p/<id>``.

    That ``-`` is then the last one of the last segment, so it is the id the reference
    finds; the usual 12 digits at the very end are read without a match.
    """
    if path[-13:-12] == "-" and not (post := path[-12:]).strip(_HEX_DIGITS):
        return "medium:" + post
    match = _MEDIUM_POST_AT_END.fullmatch(path) or _MEDIUM_SHORT.fullmatch(path)
    return "medium:" + match[1] if match else None


def _arxiv_id(path: str, query: Query) -> str | None:
    """``urls._arxiv_id``, the usual shape first, without the reference's ``IGNORECASE``.

    ``/abs/`` or ``/pdf/`` and a new-style number is all the pattern can match there, and
    the number is lower-case already.
    """
    match = _ARXIV_NUMBER.fullmatch(path)
    if match:
        return "arxiv:" + match[1]
    match = reference._ARXIV_PATH.match(path)
    return "arxiv:" + match[1].lower() if match else None


def _youtube_id(path: str, query: Query) -> str | None:
    """``urls._youtube_id``; ``/watch`` takes the last ``v`` as ``dict(query)`` does."""
    if path != "/watch":
        return reference._youtube_id(path, query)
    video = ""
    for name, value in query:
        if name == "v":
            video = value
    if len(video) >= 6 and not video.strip(_YOUTUBE_ID_CHARACTERS):
        return "youtube:" + video
    return None


_HEX_DIGITS = "0123456789abcdef"
_YOUTUBE_ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
_MEDIUM_POST_AT_END = re.compile(r".*-([0-9a-f]{10,12})/*", re.DOTALL)
_MEDIUM_SHORT = re.compile(r"/p/([0-9a-f]{10,12})/*")
_ARXIV_NUMBER = re.compile(r"/(?:abs|pdf)/([0-9]{4}\.[0-9]{4,5})")
_FAST_STABLE_IDS: dict[StableIdReader, StableIdReader] = {
    reference._medium_id: _medium_id,
    reference._arxiv_id: _arxiv_id,
    reference._youtube_id: _youtube_id,
}
_STABLE_IDS = {host: _FAST_STABLE_IDS.get(reader, reader) for host, reader in STABLE_IDS.items()}
_INDEX_PAGES = ("/index.html", "/index.htm")
_NO_QUERY: Query = ()


HostFacts = tuple[str, StableIdReader | None, bool]
"""A host's facts: the host without ``www.``, its stable id reader, and whether it shortens."""
_HOSTS: dict[str, HostFacts] = {}
"""The facts of hosts seen (as written): a page links to few hosts, many times each."""
_HOSTS_KEPT = 512
"""At most this many hosts are kept (the table is emptied when full) ..."""
_HOST_KEPT_LENGTH = 253
"""... each at most this long (a DNS name's limit): a hostile page pins little memory."""


def _host_facts(host: str) -> HostFacts:
    """The facts of ``host``, kept in ``_HOSTS`` for its next link."""
    bare = host[4:] if host.startswith("www.") else host
    stable_id = _STABLE_IDS.get(bare)
    if stable_id is None and bare.endswith(".medium.com"):
        stable_id = _medium_id
    facts = bare, stable_id, bare in SHORTENERS
    if len(host) <= _HOST_KEPT_LENGTH:
        if len(_HOSTS) >= _HOSTS_KEPT:
            _HOSTS.clear()
        _HOSTS[host] = facts
    return facts


def simple_url_facts(scheme: str, host: str, path: str, query_text: str | None) -> UrlFacts:
    """The facts of a URL of the simple shape, from its four parts.

    The parts are the groups of :func:`simple_url_pattern` (ASCII, no newline, a non-empty
    lower-case host). The steps of ``urls.canonical_url``, ``urls.site_of`` and
    ``urls.url_problems`` for them, with the fewest calls: operators before methods, what
    depends on the host alone kept for the host's next link, one query pair read without a
    loop.
    """
    host, stable_id, problems = _HOSTS.get(host) or _host_facts(host)
    if scheme == "http":
        problems = True
    query = _NO_QUERY
    if query_text is not None:
        medium = stable_id is _medium_id
        if "&" in query_text:
            query, tracked = _query_of(query_text, medium)
            problems = problems or tracked
        else:
            name, _, value = query_text.partition("=")
            if _is_tracking(name, medium):
                problems = True
            else:
                query = ((name, value),)
    if stable_id is not None and (stable := stable_id(path, query)):
        return stable, host, True, problems
    if not path:
        key = host
    elif (end := path[-1]) == "/":
        key = host + path.rstrip("/")
    elif (end == "l" or end == "m") and path.endswith(_INDEX_PAGES):
        key = host + path.rpartition("/")[0].rstrip("/")
    else:
        key = host + path
    if not query:
        return key, host, True, problems
    if len(query) == 1:
        name, value = query[0]
        return key + "?" + name + "=" + value, host, True, problems
    pairs = "&".join([name + "=" + value for name, value in sorted(query)])
    return key + "?" + pairs, host, True, problems


def _is_tracking(name: str, medium: bool) -> bool:
    """``urls._is_tracking``, told whether the host is Medium's."""
    lowered = name.lower()
    return (
        lowered.startswith("utm_")
        or lowered in TRACKING_PARAMETERS
        or (medium and lowered in MEDIUM_TRACKING_PARAMETERS)
    )


def _query_of(query_text: str, medium: bool) -> tuple[Query, bool]:
    """The pairs of a plain query that do not track, and whether any did."""
    kept: list[tuple[str, str]] = []
    tracked = False
    for pair in query_text.split("&"):
        name, _, value = pair.partition("=")
        lowered = name.lower()  # _is_tracking, inline
        if (
            lowered.startswith("utm_")
            or lowered in TRACKING_PARAMETERS
            or (medium and lowered in MEDIUM_TRACKING_PARAMETERS)
        ):
            tracked = True
        else:
            kept.append((name, value))
    return kept, tracked
