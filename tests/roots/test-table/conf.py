extensions = ["sphinx_readinglist"]
readinglist_default_style = "table"
