extensions = ["sphinx_readinglist"]
project = "Builders"
latex_documents = [("index", "builders.tex", "Builders", "Tests", "manual")]
man_pages = [("index", "builders", "Builders", ["Tests"], 1)]
linkcheck_ignore = [r"https://.*"]  # never leave the machine; ignored links are still listed
linkcheck_report_timeouts_as_broken = False  # Sphinx 8's default; Sphinx 7 warns without it
copyright = "2026, Tests"
version = release = "1.0"
