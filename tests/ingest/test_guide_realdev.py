"""The short real funding calls of ../shared/realdev, scored by the shared scorer against their gold.

realdev is a development set: this guards what the guide rules already do on it; the same rules are
measured on calls kept apart from us.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ingest.model import to_kgx
from ingest.pipeline import extract_file
from tests.shared import SHARED, shared

REALDEV, SCORER = SHARED / "realdev", SHARED / "tools" / "score.py"
GUIDES = ("g_01", "g_03", "g_05")

pytestmark = [pytest.mark.seeds, pytest.mark.slow]


@pytest.fixture(scope="module")
def summaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    docs = shared(*(f"realdev/docs/{g}.txt" for g in GUIDES), "tools/score.py")[:-1]
    out = tmp_path_factory.mktemp("pred")
    report = {}
    for doc in docs:
        _, extraction = extract_file(doc)
        assert extraction.genre == "funding_guideline", doc.name
        pred = out / f"{doc.stem}.json"
        pred.write_text(json.dumps(to_kgx(extraction), ensure_ascii=False), "utf-8")
        result = subprocess.run([sys.executable, str(SCORER), str(REALDEV / "gold" / f"{doc.stem}.json"), str(pred),
                                 "--json"], capture_output=True, text=True, check=True)
        report[doc.stem] = json.loads(result.stdout)
    return report


@pytest.mark.parametrize("guide", GUIDES)
def test_each_real_call_meets_the_bar(summaries: dict[str, dict], guide: str) -> None:
    report = summaries[guide]
    assert report["entities_all"]["f1"] >= 0.85, report["entities"]
    assert report["relations_all"]["f1"] >= 0.75, report["relations"]
