extensions = ["myst_parser", "sphinx_readinglist"]
exclude_patterns = ["_build", "reading.md"]
linkcheck_timeout = 10
linkcheck_retries = 1
linkcheck_workers = 2
linkcheck_report_timeouts_as_broken = False  # Sphinx 8's default; Sphinx 7 warns without it
