"""A deterministic corpus of realistic reading-list pages, for the benchmarks.

Pages come in the shapes people write (see the format reference): the seed's ``- TODO``
label with indented link paragraphs, awesome-style ``- [Title](url) - description`` lists
under topic headings, task lists under status headings, struck-through items, books without
URLs, and ``* Name https://url`` bare-URL lists. Titles and URLs are built from word lists
(Medium, arXiv, YouTube, GitHub and company blogs), so that URL canonicalisation, site
extraction and duplicate detection do real work. The same seed always gives the same text.
"""

from __future__ import annotations

import random
from collections.abc import Callable

_TITLE_WORDS = (
    "scaling kafka at pinterest real-time analytics with apache flink building a workflow "
    "platform the architecture of uber's api gateway lessons learned migrating to kubernetes "
    "how we reduced latency by caching consistent hashing in practice designing data "
    "intensive applications observability at scale distributed tracing for microservices "
    "zero downtime deployments efficient resource management batch processing deep learning "
    "for recommendation systems an introduction to raft consensus time series storage engine "
    "rebuilding search infrastructure our journey to python typing graph algorithms "
    "optimize operations service mesh in production a practical guide to feature flags"
)
_WORDS = tuple(_TITLE_WORDS.split())
_CAPITALISED = {"kafka", "pinterest", "apache", "flink", "uber's", "api", "kubernetes", "raft"}
_PUBLICATIONS = (
    "pinterest-engineering", "airbnb-engineering", "netflix-techblog", "@Pinterest_Engineering",
    "paypal-tech", "expedia-group-tech", "walmartglobaltech", "better-programming",
)  # fmt: skip
_BLOGS = (
    "www.uber.com/en-US/blog", "engineering.fb.com", "netflixtechblog.com", "eng.lyft.com",
    "slack.engineering", "dropbox.tech", "blog.cloudflare.com", "martinfowler.com/articles",
    "shopify.engineering", "www.infoq.com/articles", "aws.amazon.com/blogs/database",
)  # fmt: skip
_AUTHORS = (
    "Martin Kleppmann", "Sandi Metz", "Daniel Kahneman", "Kent Beck", "Gene Kim",
    "Nicole Forsgren", "Alex Xu", "Camille Fournier", "Will Larson", "Tanya Reilly",
)  # fmt: skip
_TOPICS = ("Kafka", "Databases", "Machine Learning", "Frontend", "Reliability", "Search")
_STATUSES = ("To read", "Reading", "Done", "Backlog", "Finished")
_DESCRIPTIONS = (
    "how they moved batch jobs to a new scheduler",
    "good overview of the trade-offs",
    "long, but worth it",
    "talk from the 2023 conference",
    "follow-up to the first part",
)


def _title(rng: random.Random) -> str:
    words = rng.sample(_WORDS, rng.randint(4, 9))
    words = [w.capitalize() if w in _CAPITALISED else w for w in words]
    words[0] = words[0].capitalize()
    title = " ".join(words)
    if rng.random() < 0.15:
        title += f", Part {rng.randint(1, 4)}"
    if rng.random() < 0.1:
        title = title.replace("'", "\u2019")
    return title


def _slug(title: str) -> str:
    return "-".join("".join(c for c in w.lower() if c.isalnum()) for w in title.split())


def _url(rng: random.Random, title: str) -> str:
    kind = rng.random()
    slug = _slug(title)
    if kind < 0.35:
        publication = rng.choice(_PUBLICATIONS)
        url = f"https://medium.com/{publication}/{slug}-{rng.getrandbits(48):012x}"
        if rng.random() < 0.1:
            url += "?source=rss----4c5a5f6279b6---4"
        return url
    if kind < 0.5:
        number = f"{rng.randint(15, 24)}{rng.randint(1, 12):02d}.{rng.randint(1, 19999):05d}"
        return f"https://arxiv.org/{rng.choice(('abs', 'pdf'))}/{number}"
    if kind < 0.6:
        video = "".join(rng.choice("abcdefghijkLMNOPQ0123456789_-") for _ in range(11))
        if rng.random() < 0.5:
            return f"https://www.youtube.com/watch?v={video}"
        return f"https://youtu.be/{video}"
    if kind < 0.7:
        return f"https://github.com/{rng.choice(_PUBLICATIONS).strip('@').lower()}/{slug[:30]}"
    scheme = "http" if rng.random() < 0.1 else "https"
    url = f"{scheme}://{rng.choice(_BLOGS)}/{slug}"
    if rng.random() < 0.3:
        url += "/"
    if rng.random() < 0.08:
        url += "?utm_source=newsletter&utm_medium=email"
    return url


def _front_matter(rng: random.Random, index: int) -> str:
    return (
        f"---\ntitle: Reading list {index}\nparent: Reading\n"
        f"nav_order: {index + 1}\nhas_children: false\n---\n\n"
    )


def _seed_shape(rng: random.Random, count: int) -> list[str]:
    """The seed page: one ``- TODO`` label, links as indented paragraphs."""
    lines = ["- TODO\n", "\n"]
    for _ in range(count):
        title = _title(rng)
        lines += [f"  [{title}]({_url(rng, title)})\n", "\n"]
    return lines


def _awesome_shape(rng: random.Random, count: int) -> list[str]:
    """Topic headings, ``- [Title](url) - description`` items."""
    lines: list[str] = []
    per_group = max(1, count // 4)
    for index in range(count):
        if index % per_group == 0:
            lines += [f"## {rng.choice(_TOPICS)} {index // per_group + 1}\n", "\n"]
        title = _title(rng)
        item = f"- [{title}]({_url(rng, title)})"
        if rng.random() < 0.5:
            separator = rng.choice((" - ", " – ", ": ", " — "))
            item += separator + rng.choice(_DESCRIPTIONS)
        lines.append(item + "\n")
        if (index + 1) % per_group == 0:
            lines.append("\n")
    return lines


def _task_shape(rng: random.Random, count: int) -> list[str]:
    """Status headings holding task items, some struck through."""
    lines: list[str] = []
    per_group = max(1, count // 3)
    for index in range(count):
        if index % per_group == 0:
            lines += ["\n", f"## {rng.choice(_STATUSES)}\n", "\n"]
        title = _title(rng)
        link = f"[{title}]({_url(rng, title)})"
        roll = rng.random()
        if roll < 0.1:
            lines.append(f"- ~~{link}~~\n")
        else:
            box = "x" if roll < 0.5 else " "
            lines.append(f"- [{box}] {link}\n")
    return lines


def _book_shape(rng: random.Random, count: int) -> list[str]:
    """Books without URLs under status headings, mixed with bare-URL items."""
    lines: list[str] = []
    per_group = max(1, count // 2)
    for index in range(count):
        if index % per_group == 0:
            lines += ["\n", f"### {rng.choice(_STATUSES)}\n", "\n"]
        title = _title(rng)
        if rng.random() < 0.5:
            lines.append(f"* {title} - {rng.choice(_AUTHORS)}\n")
        else:
            lines.append(f"* {title} {_url(rng, title)}\n")
    return lines


SHAPES: tuple[Callable[[random.Random, int], list[str]], ...] = (
    _seed_shape,
    _awesome_shape,
    _task_shape,
    _book_shape,
)
"""Every page shape, in the order pages cycle through them."""


def page(rng: random.Random, index: int, entries: int) -> str:
    """One page of ``entries`` entries in the shape ``index`` selects."""
    shape = SHAPES[index % len(SHAPES)]
    body = shape(rng, entries)
    return _front_matter(rng, index) + f"# Reading list {index}\n\n" + "".join(body)


def corpus(pages: int = 1000, entries: int = 100, seed: int = 20240611) -> list[str]:
    """``pages`` page texts of ``entries`` entries each; the same seed gives the same texts."""
    rng = random.Random(seed)
    return [page(rng, index, entries) for index in range(pages)]
