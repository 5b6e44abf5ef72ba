"""Load benchmark: the HTTP API under concurrent requests, over a store of generated documents.

    python -m bench.load_api [--docs 1000] [--requests 10000] [--concurrency 8] [--seed 1]

Ingests the documents into a fresh store, starts `kg serve` on a free loopback port and sends the requests
from --concurrency clients, each on its own keep-alive connection, in turn over four routes: search, path,
neighbourhood and the conflict check (5 experts x 20 applicants). Inputs are drawn from the graph. Prints,
per route, the requests, errors (anything but 2xx, or no answer), p50, p95 and max latency. Figures only.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from bench.ingest import corpus, fresh_store

ROUTES = ("search", "path", "neighbourhood", "coi")
Request = Callable[[httpx.Client, random.Random], httpx.Response]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _inputs(store: Any, rng: random.Random) -> dict[str, list[str]]:
    people = store.read("MATCH (p:Person) RETURN p.key AS key, p.name AS name")
    units = store.read("MATCH (o:Organization) RETURN o.key AS key, o.name AS name")
    rng.shuffle(people)
    return {"people": [p["key"] for p in people[:400]], "names": [p["name"] for p in people[:400]],
            "units": [o["key"] for o in units], "words": [p["name"][:2] for p in people[:200]] + [
                o["name"][:3] for o in units[:100]]}


def requests_for(inputs: dict[str, list[str]]) -> dict[str, Request]:
    def search(client: httpx.Client, rng: random.Random) -> httpx.Response:
        return client.get("/search", params={"q": rng.choice(inputs["words"])})

    def path(client: httpx.Client, rng: random.Random) -> httpx.Response:
        a, b = rng.sample(inputs["people"], 2)
        return client.get("/path", params={"from": a, "to": b, "max_hops": 4})

    def neighbourhood(client: httpx.Client, rng: random.Random) -> httpx.Response:
        key = rng.choice(inputs["people"] + inputs["units"][:50])
        return client.get("/graph/neighborhood", params={"key": key, "depth": rng.choice((1, 2))})

    def coi(client: httpx.Client, rng: random.Random) -> httpx.Response:
        body = {"experts": [{"name": n} for n in rng.sample(inputs["names"], 5)],
                "applicants": [{"key": k} for k in rng.sample(inputs["people"], 20)]}
        return client.post("/coi/check", json=body)

    return {"search": search, "path": path, "neighbourhood": neighbourhood, "coi": coi}


def _serve(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    kg = Path(sys.executable).with_name("kg")
    server = subprocess.Popen([str(kg), "serve", "--port", str(port)], env={**os.environ, "KG_DATA_DIR": str(data_dir)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("kg serve did not answer /health within 120 s")


def drive(base: str, calls: dict[str, Request], total: int, concurrency: int, seed: int
          ) -> tuple[dict[str, list[float]], dict[str, list[str]], float]:
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, list[str]] = defaultdict(list)
    lock = threading.Lock()
    counter = iter(range(total))

    def client_loop(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        with httpx.Client(base_url=base, timeout=120) as client:
            while True:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                route = ROUTES[i % len(ROUTES)]
                started = time.perf_counter()
                try:
                    response = calls[route](client, rng)
                    problem = None if response.is_success else f"{response.status_code} {response.text[:120]}"
                except httpx.HTTPError as e:
                    problem = f"{type(e).__name__}: {e}"
                with lock:
                    latencies[route].append(time.perf_counter() - started)
                    if problem:
                        errors[route].append(problem)

    started = time.perf_counter()
    threads = [threading.Thread(target=client_loop, args=(n,)) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors, time.perf_counter() - started


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.load_api", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    from ingest.pipeline import ingest_paths

    with tempfile.TemporaryDirectory(prefix="kg-bench-load-") as tmp:
        files = sorted(corpus(Path(tmp), args.docs, args.seed, None).glob("*.txt"))
        with fresh_store(Path(tmp)) as (store, data_dir):
            started = time.perf_counter()
            report = ingest_paths(store, files)
            print(f"store          {len(report.loaded)} documents loaded in {time.perf_counter() - started:.0f} s")
            inputs = _inputs(store, random.Random(args.seed))
            port = _free_port()
            server = _serve(data_dir, port)
            try:
                latencies, errors, seconds = drive(f"http://127.0.0.1:{port}", requests_for(inputs), args.requests,
                                                   args.concurrency, args.seed)
            finally:
                server.terminate()
                server.wait(30)
        done = sum(len(v) for v in latencies.values())
        failed = sum(len(v) for v in errors.values())
        print(f"requests       {done} in {seconds:.0f} s at {args.concurrency} concurrent "
              f"({done / seconds:.0f}/s): {failed} errors")
        for route in ROUTES:
            values = latencies[route]
            print(f"  {route:<14}{len(values):>6} requests  {len(errors[route]):>4} errors  "
                  f"p50 {_ms(values, 0.5):7.1f} ms  p95 {_ms(values, 0.95):7.1f} ms  max {1000 * max(values):7.1f} ms")
            for problem in errors[route][:3]:
                print(f"    e.g. {problem}")


if __name__ == "__main__":
    main()
