extensions = ["sphinx_readinglist"]
exclude_patterns = ["_build", "lists"]
