extensions = ["sphinx_readinglist"]
exclude_patterns = ["_build", "reading.md"]
html_static_path = ("_static",)  # a tuple: Sphinx accepts it, so must the extension
html_css_files = ["site.css"]
