extensions = ["sphinx_readinglist"]
exclude_patterns = ["_build", "reading.md"]
suppress_warnings = ["readinglist.duplicate-url"]  # the page has one on purpose
latex_documents = [("index", "grouped.tex", "Grouped", "Tests", "howto")]
man_pages = [("index", "grouped", "Grouped", ["Tests"], 1)]
copyright = "2026, Tests"  # epub wants both
version = "1"
