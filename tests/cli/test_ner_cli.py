"""`kg ner`: the recogniser on its own, with character offsets into the input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # processes, browsers or many documents: `make test-fast` leaves it out

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = [
    "青峰智能装备有限公司总工程师、东湖重点实验室主任贺立群介绍，新设备已投入使用。",
    "住在附近的陈先生说，变化很大。",
    "江北理工大学教授林晓岚团队获得资助。",
]


def kg_ner(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cli", "ner", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_spans_point_into_the_text_and_orgs_carry_a_kind() -> None:
    result = kg_ner(SENTENCES[0], "--json")
    assert result.returncode == 0, result.stderr
    spans = json.loads(result.stdout)["spans"]
    for span in spans:
        assert SENTENCES[0][span["start"]:span["end"]] == span["text"]
    labels = {(s["label"], s["text"]) for s in spans}
    assert ("PERSON", "贺立群") in labels
    assert ("ORG", "青峰智能装备有限公司") in labels
    assert ("POSITION", "总工程师") in labels
    assert all(s.get("kind") for s in spans if s["label"] == "ORG")


def test_jsonl_gives_one_line_per_input_line_in_order(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in SENTENCES) + "\n", "utf-8")
    result = kg_ner("--jsonl", str(source))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(SENTENCES)
    persons = [[s["text"] for s in line["spans"] if s["label"] == "PERSON"] for line in lines]
    assert persons[1] == []  # 陈先生 is a form of address, not a name
    assert persons[2] == ["林晓岚"]
