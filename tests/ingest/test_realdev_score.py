"""The extraction bar on realdev (real public documents unlike the seeds), scored by the shared scorer.

Entity F1 >= 0.85 and relation F1 >= 0.75 over the whole set, and Project, LEADS, MEMBER_OF, UNIT_OF
and WORKS_AT each >= 0.70 (issue 15). `kg eval` prints the same figures as score.py on the same files.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.model import to_kgx
from ingest.pipeline import extract_file, list_documents
from tests.shared import SHARED, shared

ROOT = Path(__file__).resolve().parents[2]
DOCS, GOLD, SCORER = SHARED / "realdev" / "docs", SHARED / "realdev" / "gold", SHARED / "tools" / "score.py"

pytestmark = [pytest.mark.seeds, pytest.mark.slow]


@pytest.fixture(scope="module")
def predictions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shared("realdev/docs", "realdev/gold", "tools/score.py")
    out = tmp_path_factory.mktemp("realdev")
    for path in list_documents([DOCS]):
        _, extraction = extract_file(path)
        (out / f"{path.name}.json").write_text(json.dumps(to_kgx(extraction), ensure_ascii=False), "utf-8")
    return out


@pytest.fixture(scope="module")
def report(predictions: Path) -> dict:
    result = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(predictions), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_every_realdev_document_has_a_prediction(report: dict) -> None:
    assert report["missing_predictions"] == []


def test_entity_and_relation_f1_meet_the_bar(report: dict) -> None:
    assert report["entities_all"]["f1"] >= 0.85, report["entities"]
    assert report["relations_all"]["f1"] >= 0.75, report["relations"]


@pytest.mark.parametrize(("table", "label"), [("entities", "Project"), ("relations", "LEADS"),
                                              ("relations", "MEMBER_OF"), ("relations", "UNIT_OF"),
                                              ("relations", "WORKS_AT")])
def test_the_facts_officials_need_meet_the_bar(report: dict, table: str, label: str) -> None:
    assert report[table][label]["f1"] >= 0.70, report[table][label]


def test_kg_eval_prints_the_figures_of_the_scorer(report: dict) -> None:
    result = subprocess.run([sys.executable, "-m", "cli", "eval", str(DOCS), str(GOLD), "--scorer", str(SCORER)],
                            capture_output=True, text=True, cwd=ROOT, check=True)
    summary = re.search(r"SUMMARY entity_f1=([\d.]+) relation_f1=([\d.]+)", result.stdout)
    assert summary is not None, result.stdout[-2000:]
    assert (float(summary.group(1)), float(summary.group(2))) == (
        round(report["entities_all"]["f1"], 3), round(report["relations_all"]["f1"], 3))
    assert "no prediction for" not in result.stdout
