"""Reading: from a page's bytes to a checked :class:`~readinglist.Page`.

The loader splits the text into lines, reads the front matter, tokenizes the body once, walks
the tokens into groups and entries, builds each entry with its key, site and diagnostics, and
runs the page-level checks.
"""
