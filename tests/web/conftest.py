"""Page tests: headless Chromium against the app served by uvicorn on a free loopback port.

The page is served with the in-memory stand-in for the routes (tests/web/fake_api.py), so these
tests check the page alone. Skipped with the reason when Chromium, Playwright or the built
bundle (api/web/dist) is missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.web import DIST
from tests.web.live import LiveServer

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
OUTPUT = Path(__file__).resolve().parents[1] / "output" / "web"


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    if not (DIST / "index.html").exists():
        return "page not built: run `npm ci && npm run build` in api/web"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="session")
def live_url() -> Iterator[str]:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    from tests.web.fake_api import fake_app, sample_graph

    with LiveServer(fake_app(sample_graph())) as server:
        yield server.url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: object, live_url: str) -> Iterator[object]:
    """A fresh page (1440×900) whose uncaught script errors fail the test."""
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.base_url = live_url  # type: ignore[attr-defined]
    yield page
    context.close()
    assert not errors, f"script errors on the page: {errors}"


@pytest.fixture(scope="session")
def shots() -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT
