"""Time the exploration page in headless Chromium: from the request to an interactive canvas showing
the neighbourhood of one organization with N nodes (default 2,000; target under 2 s).

    python -m bench.page [--nodes 2000] [--runs 3]

The neighbourhood route is served by an in-memory stand-in (tests/web/fake_api.py), so the figure is
the page's own cost (bundle, fetch, layout, first render), not the store's. Needs the built bundle
(`npm ci && npm run build` in api/web) and Chromium at /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from urllib.parse import quote

from api.web import DIST
from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.web.fake_api import HUB, fake_app, hub_graph
from tests.web.live import LiveServer

TARGET_SECONDS = 2.0


def measure(url: str, runs: int, nodes: int) -> list[tuple[float, float]]:
    """(wall seconds from goto to ready, ms the page itself reports since navigation start) per run."""
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1440, "height": 900})
                page = context.new_page()
                started = time.perf_counter()
                page.goto(f"{url}/#x={nodes}~{quote(HUB)}")
                page.wait_for_function("window.__kgReadyAt !== undefined", timeout=60_000)
                wall = time.perf_counter() - started
                shown = page.evaluate("window.__kg.graph.cy.nodes().length")
                if shown != nodes:
                    raise SystemExit(f"expected {nodes} nodes on the canvas, found {shown}")
                # Interactive: a pan is answered within the same measurement window.
                page.mouse.move(700, 450)
                page.mouse.wheel(0, -200)
                reported = float(page.evaluate("window.__kgReadyAt"))
                results.append((wall, reported / 1000))
                context.close()
        finally:
            browser.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if not (DIST / "index.html").exists():
        print("page not built: run `npm ci && npm run build` in api/web", file=sys.stderr)
        return 2
    with LiveServer(fake_app(hub_graph(args.nodes))) as server:
        results = measure(server.url, args.runs, args.nodes)
    wall = statistics.median(r[0] for r in results)
    page_time = statistics.median(r[1] for r in results)
    runs = ", ".join(f"{w:.2f}" for w, _ in results)
    verdict = "OK" if wall < TARGET_SECONDS else "SLOW"
    print(f"page: {args.nodes} nodes, request to interactive canvas: median {wall:.2f} s "
          f"(page-reported {page_time:.2f} s; runs {runs}) target < {TARGET_SECONDS:.0f} s: {verdict}")
    return 0 if wall < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
