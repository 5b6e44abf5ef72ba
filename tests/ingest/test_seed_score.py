"""The extraction bar on the four real seed documents, scored by the shared scorer against the gold."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ingest.model import to_kgx
from ingest.pipeline import extract_file
from tests.shared import SHARED, shared

SEEDS, GOLD, SCORER = SHARED / "seeds", SHARED / "gold", SHARED / "tools" / "score.py"

pytestmark = [pytest.mark.seeds, pytest.mark.slow]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    shared("seeds", "gold", "tools/score.py")
    out = tmp_path_factory.mktemp("pred")
    for seed in sorted(SEEDS.glob("*.txt")):
        _, extraction = extract_file(seed)
        (out / f"{seed.stem}.json").write_text(json.dumps(to_kgx(extraction), ensure_ascii=False), "utf-8")
    result = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(out), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_every_seed_has_a_prediction(report: dict) -> None:
    assert report["missing_predictions"] == []


def test_entity_and_relation_f1_meet_the_bar(report: dict) -> None:
    assert report["entities_all"]["f1"] >= 0.97, report["entities"]
    assert report["relations_all"]["f1"] >= 0.93, report["relations"]


@pytest.mark.parametrize("relation", ["WORKS_AT", "MEMBER_OF", "UNIT_OF", "INVENTED"])
def test_key_relations_meet_the_bar(report: dict, relation: str) -> None:
    assert report["relations"][relation]["f1"] >= 0.98, report["relations"][relation]


def test_organization_kinds_meet_the_bar(report: dict) -> None:
    assert report["organization_kind_accuracy"] >= 0.95
