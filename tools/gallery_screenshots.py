"""Retake the gallery's screenshots: the docs built under several themes, photographed.

Builds ``docs/`` once per theme in a temporary folder and photographs pages with headless
Chromium (Debian's ``chromium`` and ``chromium-driver``, driven by Selenium from the
``test`` extra), at a fixed viewport, in the theme's dark mode where a shot asks for it::

    python tools/gallery_screenshots.py    # writes docs/_static/screenshots/*.png

Look at every picture before committing it. ``tools/hero_screenshot.py`` takes the front
page's banner.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "_static" / "screenshots"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)
DARK = {
    "furo": "document.body.dataset.theme = 'dark';",
    "pydata_sphinx_theme": "document.documentElement.dataset.theme = 'dark';"
    "document.documentElement.dataset.mode = 'dark';",
}


class Shot(NamedTuple):
    """One screenshot: which page of which theme's build, at what size, in which mode."""

    name: str
    theme: str
    page: str
    width: int
    height: int
    dark: bool = False


SHOTS = (
    Shot("furo-front-page", "furo", "index.html", 1280, 1330),
    Shot("furo-gallery-dark", "furo", "sphinx/gallery.html", 1280, 1450, dark=True),
    Shot("furo-gallery-phone", "furo", "sphinx/gallery.html", 390, 1400),
    Shot("alabaster-gallery", "alabaster", "sphinx/gallery.html", 1280, 1700),
    Shot("rtd-gallery", "sphinx_rtd_theme", "sphinx/gallery.html", 1280, 1500),
    Shot("pydata-gallery-dark", "pydata_sphinx_theme", "sphinx/gallery.html", 1280, 1500, True),
)


def _build(theme: str, out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-D", f"html_theme={theme}",
         str(ROOT / "docs"), str(out)],
        check=True,
    )  # fmt: skip
    return out


def main() -> int:
    """Build, photograph, write the PNG files; returns the exit code."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if chromium is None or driver is None:
        print("install Debian's chromium and chromium-driver first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        sites = {theme: _build(theme, Path(scratch) / theme) for theme in {s.theme for s in SHOTS}}
        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for flag in (*FLAGS, f"--user-data-dir={Path(scratch) / 'profile'}"):
            options.add_argument(flag)
        session = webdriver.Chrome(options=options, service=Service(executable_path=driver))
        try:
            for shot in SHOTS:
                session.execute_cdp_cmd(
                    "Emulation.setDeviceMetricsOverride",
                    {"width": shot.width, "height": shot.height, "deviceScaleFactor": 1,
                     "mobile": shot.width < 600},
                )  # fmt: skip
                session.get((sites[shot.theme] / shot.page).as_uri())
                if shot.dark:
                    session.execute_script(DARK[shot.theme])
                (OUTPUT / f"{shot.name}.png").write_bytes(session.get_screenshot_as_png())
                print(f"wrote docs/_static/screenshots/{shot.name}.png")
        finally:
            session.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
