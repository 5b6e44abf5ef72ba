"""docker-compose.yml: no Docker engine runs here, so check what can be checked without one."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_neo4j_is_community_5_with_a_cypher_shell_healthcheck_and_a_volume(compose: dict) -> None:
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"].startswith("neo4j:5")
    assert "enterprise" not in neo4j["image"]
    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])
    volume = neo4j["volumes"][0].split(":")[0]
    assert volume in compose["volumes"]


def test_app_runs_on_neo4j_after_it_is_healthy(compose: dict) -> None:
    app = compose["services"]["app"]
    assert app["build"] == "."
    assert app["environment"]["KG_STORE"] == "neo4j"
    assert app["environment"]["NEO4J_URI"].startswith("bolt://neo4j:")
    assert app["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert (ROOT / "Dockerfile").is_file()


def test_dockerfile_copies_every_package_and_the_examples() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    for folder in ("graph", "ingest", "api", "queries", "examples"):
        assert f"COPY {folder} " in dockerfile
        assert (ROOT / folder).is_dir()


@pytest.mark.skipif(shutil.which("docker") is None, reason="docker client not installed")
def test_docker_compose_config_accepts_the_file() -> None:
    probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip("docker compose plugin not installed")
    result = subprocess.run(["docker", "compose", "config", "--quiet"], cwd=ROOT, capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "NEO4J_PASSWORD": "x"})
    assert result.returncode == 0, result.stderr


def test_compose_runs_the_neo4j_line_the_tests_run_on(compose: dict) -> None:
    pom = (ROOT / "tools" / "neo4j-test" / "pom.xml").read_text(encoding="utf-8")
    tested = pom.split("<neo4j.version>")[1].split("</neo4j.version>")[0]  # e.g. 5.26.30
    line = ".".join(tested.split(".")[:2])
    assert compose["services"]["neo4j"]["image"] == f"neo4j:{line}-community"
    assert f"tested on {tested}" in (ROOT / "README.md").read_text(encoding="utf-8")
