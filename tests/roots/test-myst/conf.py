extensions = ["myst_parser", "sphinx_readinglist"]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "reading.md"]
