extensions = ["myst_parser", "sphinx_readinglist"]
# Set here, not left to the default: MyST adds ".md" to the dict it finds, and the default
# dict is shared by every later test build of the process.
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "reading.md"]
linkcheck_timeout = 10
linkcheck_retries = 1
linkcheck_workers = 2
linkcheck_report_timeouts_as_broken = False  # Sphinx 8's default; Sphinx 7 warns without it
