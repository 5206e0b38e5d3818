extensions = ["sphinx_readinglist"]
suppress_warnings = ["readinglist.unsafe-url", "readinglist.invalid-url"]
