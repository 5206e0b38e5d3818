extensions = ["sphinx_readinglist"]
suppress_warnings = ["readinglist.duplicate-url"]
