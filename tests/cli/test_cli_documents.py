"""`kg coi` says when it could not check someone, in its output and its exit status; `kg documents` lists,
reads and removes what was ingested. On the invented example documents, in a temporary data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import EXAMPLES, ROOT, example_docs, kg, stats

pytestmark = pytest.mark.slow  # processes, browsers or many documents: `make test-fast` leaves it out

UNCHECKED_EXIT = 3


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    example_docs()
    data_dir = tmp_path_factory.mktemp("kg-docs") / "kg-data"
    result = kg(data_dir, "ingest", str(EXAMPLES))
    assert result.returncode == 0, result.stderr
    yield data_dir
    kg(data_dir, "store", "stop")


def _people(tmp_path: Path, name: str, *rows: str) -> Path:
    path = tmp_path / name
    path.write_text("姓名,单位\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_coi_exits_3_and_lists_the_unchecked_first_when_someone_is_not_found(loaded: Path, tmp_path: Path) -> None:
    experts = _people(tmp_path, "experts.csv", "宋明哲,东川医科大学附属第一医院", "查无此人,")
    applicants = _people(tmp_path, "applicants.csv", "顾晓琳,")
    result = kg(loaded, "coi", "--experts", str(experts), "--applicants", str(applicants))
    assert result.returncode == UNCHECKED_EXIT, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("审查结论：审查未完成：1 人未能核查") and "未发现利益冲突" not in result.stdout
    assert next(i for i, x in enumerate(lines) if "查无此人" in x) < next(i for i, x in enumerate(lines) if "顾晓琳（" in x)
    assert "审查未完成" in result.stderr and "退出码 3" in result.stderr

    written = tmp_path / "coi.csv"
    result = kg(loaded, "coi", "--experts", str(experts), "--applicants", str(applicants), "--format", "csv",
                "-o", str(written))
    assert result.returncode == UNCHECKED_EXIT
    assert "查无此人" in written.read_text(encoding="utf-8-sig")


def test_coi_exits_0_when_everyone_was_checked(loaded: Path, tmp_path: Path) -> None:
    experts = _people(tmp_path, "experts.csv", "宋明哲,东川医科大学附属第一医院")
    applicants = _people(tmp_path, "applicants.csv", "顾晓琳,")
    result = kg(loaded, "coi", "--experts", str(experts), "--applicants", str(applicants), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["complete"] is True and report["conflicts"]


def test_coi_help_documents_the_exit_status() -> None:
    result = kg(Path("/nonexistent"), "coi", "--help")
    assert result.returncode == 0
    assert "Exit status" in result.stdout and "3 the report is written but" in " ".join(result.stdout.split())


def test_documents_list_show_and_remove(tmp_path: Path) -> None:
    data_dir = tmp_path / "kg-data"
    try:
        assert kg(data_dir, "ingest", str(EXAMPLES)).returncode == 0
        listed = json.loads(kg(data_dir, "documents", "list", "--json").stdout)
        assert {d["name"] for d in listed} == {p.name for p in example_docs()}
        award = next(d for d in listed if d["genre"] == "award_nomination")
        assert award["title"] != award["name"] and award["entities"]["Person"] > 0

        shown = kg(data_dir, "documents", "show", award["id"][:12])
        assert shown.returncode == 0, shown.stderr
        assert f"《{award['title']}》" in shown.stdout.splitlines()[0]
        assert "此文档支持的事实" in shown.stdout and "—完成人/成员→" in shown.stdout
        assert kg(data_dir, "documents", "show", "no-such-document").returncode == 1

        before = stats(data_dir)
        refused = subprocess.run([sys.executable, "-m", "cli", "documents", "remove", award["name"]], cwd=ROOT,
                                 env={**os.environ, "KG_DATA_DIR": str(data_dir)}, input="n\n", capture_output=True,
                                 text=True, timeout=120)
        assert refused.returncode == 1 and "已取消" in refused.stderr and stats(data_dir) == before
        removed = kg(data_dir, "documents", "remove", award["name"], "--yes")
        assert removed.returncode == 0, removed.stderr
        assert removed.stdout.startswith(f"已删除文档《{award['title']}》")
        after = stats(data_dir)
        assert after["documents"] == before["documents"] - 1
        assert after["nodes"]["Person"] < before["nodes"]["Person"]
        assert award["id"] not in {d["id"] for d in json.loads(kg(data_dir, "documents", "list", "--json").stdout)}
    finally:
        kg(data_dir, "store", "stop")
