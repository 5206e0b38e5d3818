extensions = ["sphinx_readinglist"]
readinglist_statuses = {"someday": ["Maybe"], "done": ["Gelesen"]}
readinglist_default_style = "grid"
