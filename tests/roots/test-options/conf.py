extensions = ["sphinx_readinglist"]
readinglist_statuses = {"done": ["Gelesen"]}
