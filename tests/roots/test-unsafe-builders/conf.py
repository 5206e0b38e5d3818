extensions = ["sphinx_readinglist"]
project = "Unsafe builders"
latex_documents = [("index", "unsafe.tex", "Unsafe", "Tests", "manual")]
man_pages = [("index", "unsafe", "Unsafe", ["Tests"], 1)]
suppress_warnings = ["readinglist.unsafe-url", "readinglist.invalid-url"]
copyright = "2026, Tests"
version = release = "1.0"
