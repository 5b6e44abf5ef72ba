"""Page tests: headless Chromium against the real app (`create_app`) served by uvicorn on a free
loopback port, over an embedded store loaded through the loader with the invented documents of
tests/fixtures/coi and two staff lists (tests/web/roster.py). Every page test runs at 1280×720 and at
1920×1080 and writes its screenshots under tests/output/web/ with the viewport in the file name.
Skipped with the reason when Chromium, Playwright or the built bundle (api/web/dist) is missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from api.web import DIST
from ingest.model import PossiblySame
from tests.web.live import LiveServer

STAFF = 60  # more than one expansion shows (EXPAND_LIMIT in api/web/src/graph.js)
RESEARCHERS, PROJECTS = 200, 99  # with their institute, a 300-node view
TOKEN = "page-test-token-0123456789abcdef"
VIEWPORTS = {"1280x720": (1280, 720), "1920x1080": (1920, 1080)}
# The resolver's reason for a same-name pair, as it writes it: the page must show it in Chinese.
WANG_PAIR = PossiblySame("person:王磊@org:东湖研究院", "person:王磊@org:青松大学附属第一医院", 0.3, "same name")

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
    store: object  # the store itself, for a test that loads a document to remove it


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """The real app over its own embedded store (apart from the one other tests clear)."""
    reason = _missing()
    if reason:
        pytest.skip(reason)
    from dataclasses import replace

    from pydantic import SecretStr

    from api.main import create_app
    from graph.stores import stop_embedded
    from graph.stores.falkordb_store import FalkorDBStore
    from ingest.pipeline import load_resolved
    from settings import Settings
    from tests.queries.graphs import load_fixture, resolve_fixture
    from tests.web.roster import load_institute, load_roster

    data_dir = tmp_path_factory.mktemp("kg-web")
    store = FalkorDBStore.embedded(data_dir)
    try:
        store.clear()
        store.ensure_schema()
        award = load_fixture(store, "award_qingsong")
        news = replace(resolve_fixture("news_donghu"), possibly_same=(WANG_PAIR,))
        load_resolved(store, news)
        load_roster(store, STAFF)
        load_institute(store, RESEARCHERS, PROJECTS)
        app = create_app(Settings(api_token=SecretStr(TOKEN)), store_factory=lambda _settings: store)
        with LiveServer(app) as server:
            yield World(server.url, award.source.id, news.source.id, store)
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


@pytest.fixture(params=list(VIEWPORTS))
def page(request: pytest.FixtureRequest, browser: object, world: World) -> Iterator[object]:
    """A fresh page at each viewport whose uncaught script errors fail the test."""
    width, height = VIEWPORTS[request.param]
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)  # type: ignore[attr-defined]
    page = context.new_page()
    page.viewport_name = request.param  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.base_url = world.url  # type: ignore[attr-defined]
    page.world = world  # type: ignore[attr-defined]
    yield page
    context.close()
    assert not errors, f"script errors on the page: {errors}"


class Shots:
    """Screenshots under tests/output/web/, each named with the viewport it was taken at."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __call__(self, page: object, name: str) -> Path:
        path = self.folder / f"{name}_{page.viewport_name}.png"  # type: ignore[attr-defined]
        page.screenshot(path=path)  # type: ignore[attr-defined]
        return path


@pytest.fixture(scope="session")
def shots() -> Shots:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return Shots(OUTPUT)
