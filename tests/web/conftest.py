"""Page tests: headless Chromium against the real app (`create_app`) served by uvicorn on a free
loopback port, over an embedded store loaded through the loader with the invented documents of
tests/fixtures/coi and a staff list (tests/web/roster.py). Skipped with the reason when Chromium,
Playwright or the built bundle (api/web/dist) is missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from api.web import DIST
from tests.web.live import LiveServer

STAFF = 60  # more than one expansion shows (EXPAND_LIMIT in api/web/src/graph.js)

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


@dataclass(frozen=True)
class World:
    url: str
    award_id: str  # the award nomination of 青松肝病防治体系研究
    news_id: str  # the 东湖研究院 news article


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """The real app over its own embedded store (apart from the one other tests clear)."""
    reason = _missing()
    if reason:
        pytest.skip(reason)
    from api.main import create_app
    from graph.settings import Settings
    from graph.stores import stop_embedded
    from graph.stores.falkordb_store import FalkorDBStore
    from tests.queries.graphs import load_world
    from tests.web.roster import load_roster

    data_dir = tmp_path_factory.mktemp("kg-web")
    store = FalkorDBStore.embedded(data_dir)
    try:
        store.clear()
        store.ensure_schema()
        docs = load_world(store)
        load_roster(store, STAFF)
        app = create_app(Settings(), store_factory=lambda _settings: store)
        with LiveServer(app) as server:
            yield World(server.url, docs["award"].source.id, docs["news"].source.id)
    finally:
        store.close()
        stop_embedded(data_dir)


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
def page(browser: object, world: World) -> Iterator[object]:
    """A fresh page (1440×900) whose uncaught script errors fail the test."""
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.base_url = world.url  # type: ignore[attr-defined]
    page.world = world  # type: ignore[attr-defined]
    yield page
    context.close()
    assert not errors, f"script errors on the page: {errors}"


@pytest.fixture(scope="session")
def shots() -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT
