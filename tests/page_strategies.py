"""Hypothesis strategies for reading-list pages in every shape of the format, nasty ones too.

Pages are composed of blocks (front matter, headings, label groups with link paragraphs or
nested items, list items of each entry shape, tasks, struck items, books, bare URLs,
prose) joined by blank lines or not, in any bullet style and indentation; ``nasty=True``
also mixes in what real files hold and the fast reader must decline: tabs, trailing
spaces, CRLF and CR, lazy continuation lines, ordered lists, HTML, code, emphasis,
entities, escapes, reference definitions, setext headings and odd spaces.
"""

from __future__ import annotations

from hypothesis import strategies as st

_WORD = st.sampled_from(
    ["Kafka", "at", "Pinterest", "scaling", "the", "API", "Design", "v2", "Part", "1",
     "Data-Intensive", "Apps", "Uber’s", "(2019)", "C#", "it's", "Q&A", "50%", "!", "?",
     "Über", "数据", "+", "=", "#tag", ":star:", "100", "e.g.", "a/b", "👍"]
)  # fmt: skip
_NASTY_WORD = st.sampled_from(
    ["*bold*", "_it_", "`code`", "<b>x</b>", "&amp;", "&copy;", "\\*", "[x]", "~~s~~",
     "https://inline.org/x", "mailto:a@b.c", "a\u00a0b", "x\u200by", "{: .c}", "![i](p.png)",
     "[l](https://l.org)", "http://x.org", "www.x.org", "a//b", "**", "~", "&", ";"]
)  # fmt: skip
_LABELS = st.sampled_from(
    ["TODO", "To read", "Reading", "Done", "done:", "Read", "Skipped", "Backlog", "WIP",
     "Kafka", "Databases", "Machine Learning", "Misc:", "Company: Uber", "2020-04-09"]
)  # fmt: skip
_SEPARATORS = st.sampled_from([" - ", " – ", " — ", ": ", ", ", " | ", " ", "; ", " -", ""])
_HOSTS = st.sampled_from(
    ["example.com", "www.example.com", "medium.com", "pinterest.medium.com", "arxiv.org",
     "www.youtube.com", "youtu.be", "doi.org", "bit.ly", "lnkd.in", "github.com",
     "Example.COM", "eng.uber.com", "localhost", "x.org."]
)  # fmt: skip
_SEGMENTS = st.sampled_from(
    ["", "a", "post-a8bda7515e52", "abs", "1312.5602v1", "pdf", "1312.5602.pdf", "watch",
     "@Pinterest_Engineering", "index.html", "a_b", "x~y", "a%20b", "p(1)", "é", "a..b",
     "dQw4w9WgXcQ", "10.1000/ABC", "en-US", "blog", "-", "_", "a,b", "a:b", "a;b"]
)  # fmt: skip
_QUERIES = st.sampled_from(
    ["", "?v=dQw4w9WgXcQ", "?utm_source=x&utm_medium=y", "?a=1&b=2", "?b=2&a=1", "?source=rss",
     "?sk=abc", "?", "?a", "?a=b=c", "?q=a+b", "?fbclid=1", "?v=dQw4w9WgXcQ&feature=share"]
)  # fmt: skip
_FRAGMENTS = st.sampled_from(["", "", "#page=89", "#:~:text=x", "#.bz825p9fl", "#sec"])


@st.composite
def urls(draw: st.DrawFn, *, nasty: bool = False) -> str:
    """Absolute http(s) URLs of many shapes; with ``nasty``, unsafe and invalid ones too."""
    if nasty and draw(st.integers(0, 9)) == 0:
        return draw(
            st.sampled_from(
                ["javascript:alert(1)", "notes/a.md", "#anchor", "ftp://f.org/x", "//p.org/x",
                 "https://", "HTTPS://Example.com/A", "https://{{ site.url }}/x", "data:x",
                 "https://example.com:8080/a", "https://u@example.com/a", "http://[::1]/a"]
            )
        )  # fmt: skip
    scheme = draw(st.sampled_from(["https", "https", "http"]))
    path = "/".join(draw(st.lists(_SEGMENTS, max_size=4)))
    url = f"{scheme}://{draw(_HOSTS)}" + (f"/{path}" if path or draw(st.booleans()) else "")
    if draw(st.booleans()):
        url += "/"
    return url + draw(_QUERIES) + draw(_FRAGMENTS)


@st.composite
def _text(draw: st.DrawFn, *, nasty: bool, min_words: int = 1) -> str:
    words = draw(st.lists(_WORD, min_size=min_words, max_size=6))
    if nasty and draw(st.integers(0, 5)) == 0:
        words.insert(draw(st.integers(0, len(words))), draw(_NASTY_WORD))
    return " ".join(words)


@st.composite
def _entry_content(draw: st.DrawFn, *, nasty: bool, in_list: bool) -> str:
    """What follows a list marker (or starts a paragraph): one of the entry shapes."""
    shape = draw(st.integers(0, 6 if in_list else 3))
    title = draw(_text(nasty=nasty))
    url = draw(urls(nasty=nasty))
    description = ""
    if draw(st.booleans()):
        description = draw(_SEPARATORS) + draw(_text(nasty=nasty))
    if shape in {0, 4}:  # [Title](url) - description
        content = f"[{title}]({url}){description}"
    elif shape == 1:  # a bare URL, maybe with text after it
        content = url + description
    elif shape == 2:  # struck
        content = f"~~[{title}]({url})~~{description}"
    elif shape == 3:  # prose
        content = title + description
    elif shape == 5:  # a name then a bare URL
        content = f"{title}{draw(st.sampled_from([' ', ' - ', ': ']))}{url}"
    else:  # a book, maybe given up (its title struck through)
        struck = draw(st.integers(0, 3)) == 0
        content = f"{f'~~{title}~~' if struck else title} - {draw(_text(nasty=nasty))}"
    if in_list and draw(st.integers(0, 3)) == 0:
        content = draw(st.sampled_from(["[ ] ", "[x] ", "[X] ", "[ ]  "])) + content
    return content


@st.composite
def _item(draw: st.DrawFn, *, nasty: bool, indent: str, depth: int) -> list[str]:
    marker = draw(st.sampled_from(["-", "*", "+", "1.", "2)"] if nasty else ["-", "*", "+"]))
    lines = [f"{indent}{marker} {draw(_entry_content(nasty=nasty, in_list=True))}"]
    child_indent = indent + " " * (len(marker) + 1)
    if nasty and draw(st.integers(0, 7)) == 0:
        child_indent = indent + draw(st.sampled_from(["\t", " ", "      "]))
    if depth < 2 and draw(st.integers(0, 3)) == 0:
        lines += draw(_item(nasty=nasty, indent=child_indent, depth=depth + 1))
    if draw(st.integers(0, 4)) == 0:
        paragraph = draw(_entry_content(nasty=nasty, in_list=False))
        lines += ["", child_indent + paragraph]
    if nasty and draw(st.integers(0, 7)) == 0:
        lines.append(draw(_text(nasty=nasty)))  # a lazy continuation line
    return lines


@st.composite
def _label_group(draw: st.DrawFn, *, nasty: bool) -> list[str]:
    """``- TODO`` with link paragraphs (the seed) or nested items under it."""
    marker = draw(st.sampled_from(["-", "*", "+"]))
    label = draw(_LABELS)
    if draw(st.booleans()):
        label = draw(st.sampled_from(["[ ] ", "[x] ", ""])) + label
    lines = [f"{marker} {label}"]
    indent = " " * draw(st.sampled_from([2, 2, 3, 4, 5] if nasty else [2, 2, 3, 4]))
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            lines += ["", indent + draw(_entry_content(nasty=nasty, in_list=False))]
        else:
            blank = [""] if draw(st.booleans()) else []
            lines += blank + draw(_item(nasty=nasty, indent=indent, depth=1))
    return lines


@st.composite
def _heading(draw: st.DrawFn, *, nasty: bool) -> list[str]:
    label = draw(st.one_of(_LABELS, _text(nasty=nasty)))
    level = draw(st.integers(1, 6))
    if nasty and draw(st.integers(0, 4)) == 0:
        return draw(
            st.sampled_from(
                [[f"{label}", "====="], [f"{label}", "---"], [f"###\u00a0{label}"],
                 [f"#{label}"], [f"  ## {label}"], [f"## {label} ##"], ["#"], ["***"]]
            )
        )  # fmt: skip
    return ["#" * level + " " + label + draw(st.sampled_from(["", "", ":", "  "]))]


_NASTY_BLOCKS = st.sampled_from(
    [["<div>", "[H](https://h.org)", "</div>"], ["```", "[C](https://c.org)", "```"],
     ["    [Code](https://code.org)"], ["| a | b |", "|---|---|", "| [T](https://t.org) | 1 |"],
     ["[ref]: https://ref.org/x", "- [ref]"], ["> - [Q](https://q.org)"], ["**Kafka:**"],
     ["Title - [Site](https://site.org/a)"], ["<!-- comment -->"], ["---"], ["\\- escaped"],
     ["- "], ["-"], ["1. [O](https://o.org)", "2. [P](https://p.org)"], ["&nbsp;"]]
)  # fmt: skip


@st.composite
def _block(draw: st.DrawFn, *, nasty: bool) -> list[str]:
    kind = draw(st.integers(0, 5 if nasty else 4))
    if kind == 0:
        return draw(_heading(nasty=nasty))
    if kind == 1:
        return draw(_label_group(nasty=nasty))
    if kind == 2:
        return [draw(_entry_content(nasty=nasty, in_list=False))]
    if kind in {3, 4}:
        items: list[str] = []
        for _ in range(draw(st.integers(1, 4))):
            items += draw(_item(nasty=nasty, indent="", depth=0))
            if draw(st.booleans()):
                items.append("")
        return items
    return draw(_NASTY_BLOCKS)


@st.composite
def _front_matter(draw: st.DrawFn, *, nasty: bool) -> str:
    choice = draw(st.integers(0, 4 if nasty else 2))
    if choice == 0:
        return ""
    if choice == 1:
        return "---\ntitle: Reading list\nnav_order: 2\n---\n"
    if choice == 2:
        return "---\ntitle: Pinterest\nparent: Reading\nhas_children: true\n---\n\n"
    if choice == 3:
        return "+++\ntitle = 'Corporate Tech Blog Articles'\n+++\n"
    return "---\ntitle: [unclosed\n---\n"


@st.composite
def pages(draw: st.DrawFn, *, nasty: bool = True) -> str:
    """A whole page: optional front matter, then blocks separated by blank lines or not."""
    lines: list[str] = []
    for block in draw(st.lists(_block(nasty=nasty), max_size=8)):
        lines += block
        if draw(st.integers(0, 4)):
            lines.append("")
    if nasty and draw(st.integers(0, 4)) == 0:
        index = draw(st.integers(0, max(0, len(lines) - 1)))
        if lines:
            lines[index] += draw(st.sampled_from(["  ", " ", "\t", "   "]))
    text = draw(_front_matter(nasty=nasty)) + "\n".join(lines)
    if draw(st.booleans()):
        text += "\n"
    if nasty and draw(st.integers(0, 5)) == 0:  # blank last lines, terminated or not
        text += draw(st.sampled_from(["  ", "\n  ", "\n\n ", " \n", "\n\n"]))
    if nasty and draw(st.integers(0, 5)) == 0:
        text = text.replace("\n", draw(st.sampled_from(["\r\n", "\r"])))
    return text


_RUN_HOSTS = st.sampled_from(
    ["example.com", "www.example.com", "medium.com", "arxiv.org", "youtu.be"]
)
_RUN_WORDS = st.sampled_from(["Kafka", "at", "scale", "Part", "2", "Uber’s", "API", "v2", "it's"])


@st.composite
def _run_line(draw: st.DrawFn, *, paragraph: bool) -> str:
    """One line of a run: a plain, boxed or struck link, a book or a name and a bare URL."""
    title = " ".join(draw(st.lists(_RUN_WORDS, min_size=1, max_size=4)))
    slug = draw(st.sampled_from(["a", "post-a8bda7515e52", "abs/1312.5602v1", "b/", "x_y"]))
    url = f"{draw(st.sampled_from(['https', 'http']))}://{draw(_RUN_HOSTS)}/{slug}"
    url += draw(st.sampled_from(["", "", "?utm_source=x", "?v=dQw4w9WgXcQ"]))
    tail = draw(st.sampled_from(["", "", " - notes", ": notes", " – a  b", ", 2019", " -"]))
    kinds = ["link", "link", "struck"] if paragraph else ["link", "box", "struck", "book", "bare"]
    kind = draw(st.sampled_from(kinds))
    if kind == "link":
        return f"[{title}]({url}){tail}"
    if kind == "box":
        return f"{draw(st.sampled_from(['[ ] ', '[x] ', '[X] ', '[ ]  ']))}[{title}]({url}){tail}"
    if kind == "struck":
        return f"~~[{title}]({url})~~{tail}"
    if kind == "book":
        book = f"{title} - {draw(st.sampled_from(['Kleppmann', 'Beck']))}"
        return f"~~{book}~~" if draw(st.integers(0, 3)) == 0 else book  # maybe given up
    return f"{title} {url}"


@st.composite
def runs(draw: st.DrawFn) -> str:
    """Pages of long runs of entries in one group: what the line reader reads in one loop.

    Items at the margin of every kind mixed (blank lines between some), and link
    paragraphs under a ``- TODO`` label, the seed's shape, under status or topic headings.
    """
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        parts.append(f"## {draw(st.sampled_from(['Done', 'Reading', 'Kafka', 'Skipped']))}\n\n")
        if draw(st.booleans()):
            parts.append("- TODO\n\n")
            for _ in range(draw(st.integers(1, 8))):
                parts.append(f"  {draw(_run_line(paragraph=True))}\n\n")
            continue
        bullet = draw(st.sampled_from(["-", "*", "+"]))
        for _ in range(draw(st.integers(1, 10))):
            parts.append(f"{bullet} {draw(_run_line(paragraph=False))}\n")
            if draw(st.integers(0, 4)) == 0:
                parts.append("\n")
        parts.append("\n")
    return "".join(parts)
