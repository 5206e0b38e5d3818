"""Take the front page's screenshot: docs/examples/backend.md rendered by the extension.

Builds a one-page Sphinx project (furo, the docs' theme, with its navigation hidden) in a
temporary folder and photographs it with headless Chromium (Debian's ``chromium`` package)::

    python tools/hero_screenshot.py            # writes docs/_static/screenshots/hero.png
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "_static" / "screenshots" / "hero.png"
WINDOW = "820,560"

CONF = """\
project = "readinglist"
extensions = ["myst_parser", "sphinx_readinglist"]
exclude_patterns = ["_build", "backend.md"]
html_theme = "furo"
html_static_path = ["static"]
html_css_files = ["hero.css"]
"""
CSS = """\
.sidebar-drawer, .toc-drawer, .mobile-header, .related-pages, .bottom-of-page,
.back-to-top, .theme-toggle-container, .content-icon-container { display: none !important; }
.main { justify-content: center; }
.content { padding-top: 1.5rem; }
"""
PAGE = """\
```{reading-list} backend.md
:progress:
```
"""
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def main() -> int:
    """Build the page and take the screenshot; returns the exit code."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("hero_screenshot: install Debian's chromium package first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "site"
        (source / "static").mkdir(parents=True)
        (source / "conf.py").write_text(CONF, encoding="utf-8")
        (source / "static" / "hero.css").write_text(CSS, encoding="utf-8")
        (source / "index.md").write_text(PAGE, encoding="utf-8")
        shutil.copy(ROOT / "docs" / "examples" / "backend.md", source / "backend.md")
        html = Path(scratch) / "html"
        subprocess.run(
            [sys.executable, "-m", "sphinx", "-q", "-b", "html", str(source), str(html)],
            check=True,
        )
        profile = Path(scratch) / "profile"
        subprocess.run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--screenshot={OUTPUT}",
                f"--window-size={WINDOW}",
                (html / "index.html").as_uri(),
            ],
            check=True,
            capture_output=True,
        )
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
