# The browser test builds this project once per theme (``-D html_theme=...``).
project = "Reading lists"
extensions = ["sphinx_readinglist"]
exclude_patterns = ["_build", "lists"]
suppress_warnings = ["readinglist.duplicate-url"]  # the backend page has one on purpose
html_theme = "alabaster"
