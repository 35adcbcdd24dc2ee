"""Fixtures for report tests: the made-up demo document, and a headless Chromium.

The demo (``data/demo.*``) is written for these tests: a text with an emoji
before the figures (so code-point columns differ from UTF-16 ones), markup and
a ``<script>`` in the text and in a label, and rules that pass, fail and stay
inconclusive.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck import evaluate, load_claims, load_rules
from factcheck._documents import LoadedClaims
from factcheck.reports import Run

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "tests" / "artifacts"


@contextlib.contextmanager
def _in_repo() -> Iterator[None]:
    """Paths in reports are relative to the working folder: work where a user of the repo would."""
    here = Path.cwd()
    os.chdir(REPO)
    try:
        yield
    finally:
        os.chdir(here)


@pytest.fixture(scope="session")
def demo_run() -> Run:
    """The demo document judged by its rules, with a relative claims path as a user would give."""
    with _in_repo():
        documents = [load_claims(Path("tests/reports/data/demo.claims.yaml"))]
        report = evaluate(documents, load_rules([DATA / "demo.rules.yaml"]))
    return Run(report=report, documents=documents)


@pytest.fixture(scope="session")
def textless_run(demo_run: Run) -> Run:
    """The demo as if its article text were missing: reports fall back to the claims."""
    doc = demo_run.documents[0]
    bare = LoadedClaims(doc.claims_file, doc.path, None, None)
    with _in_repo():
        report = evaluate([bare], load_rules([DATA / "demo.rules.yaml"]))
    return Run(report=report, documents=[bare])


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None
)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A headless Chromium driven by Selenium over Debian's chromedriver (no browser download)."""
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="factcheck-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1280,900",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where browser tests leave screenshots for a person (and CI) to look at; git-ignored."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
