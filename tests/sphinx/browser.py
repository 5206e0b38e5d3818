"""Headless Chromium, driven through chromedriver (Debian's ``chromium`` and
``chromium-driver`` packages), for the layout tests.

Without the browser the tests skip, saying how to install it; on CI (the ``CI`` environment
variable set) they fail instead, since ``.ci/run`` installs it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

INSTALL = "apt-get install chromium chromium-driver"
"""How to get the browser on Debian (and Ubuntu: the same names)."""

FLAGS = (
    "--headless",
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",  # the machine's network is closed
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def _programs() -> tuple[str, str] | None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (chromium, driver) if chromium and driver else None


def require_browser() -> tuple[str, str]:
    """The browser's and the driver's paths; skips (fails on CI) when they are missing."""
    programs = _programs()
    if programs is None:
        message = f"headless Chromium and chromedriver are not installed ({INSTALL})"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI must have them")
        pytest.skip(message)
    return programs


@contextmanager
def chromium(profile: Path) -> Iterator[webdriver.Chrome]:
    """A headless Chromium with a fresh profile in ``profile``, closed on leaving."""
    browser, driver = require_browser()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    session = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    try:
        session.set_page_load_timeout(60)
        session.set_script_timeout(30)
        yield session
    finally:
        session.quit()


def set_viewport(session: webdriver.Chrome, width: int, height: int = 900) -> None:
    """The page's layout width in CSS pixels, as a phone (under 600) or a desktop shows it."""
    session.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )
