extensions = ["sphinx.ext.todo", "sphinx_readinglist"]
language = "de"
todo_include_todos = True
exclude_patterns = ["_build", "reading.md"]
suppress_warnings = ["readinglist.duplicate-url"]  # the page has one on purpose
