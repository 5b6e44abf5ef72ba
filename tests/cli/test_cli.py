"""The `kg` command end to end, on a temporary data folder: the story of a user loading documents."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.shared import shared

pytestmark = pytest.mark.slow  # processes, browsers or many documents: `make test-fast` leaves it out

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def kg(data_dir: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KG_DATA_DIR": str(data_dir), "KG_STORE": "embedded"}
    return subprocess.run([sys.executable, "-m", "cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture
def data_dir(tmp_path: Path):
    path = tmp_path / "kg-data"
    yield path
    kg(path, "store", "stop")


def stats(data_dir: Path) -> dict:
    result = kg(data_dir, "stats", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def example_docs() -> list[Path]:
    docs = sorted(EXAMPLES.glob("*.txt"))
    if not docs:
        pytest.skip("no example documents in examples/")
    return docs


def test_ingest_examples_then_again_changes_nothing(data_dir: Path) -> None:
    example_docs()
    first = kg(data_dir, "ingest", str(EXAMPLES))
    assert first.returncode == 0, first.stderr
    assert "failed" in first.stdout and " 0 failed" in first.stdout
    after_first = stats(data_dir)
    assert after_first["documents"] == len(example_docs())
    assert after_first["nodes"].get("Person", 0) > 0
    second = kg(data_dir, "ingest", str(EXAMPLES))
    assert second.returncode == 0, second.stderr
    assert "unchanged" in second.stdout
    assert stats(data_dir) == after_first


def test_a_bad_file_is_reported_and_skipped_while_the_rest_load(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = example_docs()[0]
    shutil.copy(good, folder / good.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    result = kg(data_dir, "ingest", str(folder))
    assert result.returncode == 1
    assert "empty.txt: empty file" in result.stderr
    assert "image.txt: " in result.stderr and "image" in result.stderr.split("image.txt: ")[1]
    assert stats(data_dir)["documents"] == 1


def test_a_folder_of_web_pages_sheets_and_markdown_loads_and_names_what_it_left(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "news.html").write_text(
        "<html><head><title>t</title></head><body><nav><a href='/'>首页</a><a href='/n'>新闻</a></nav>"
        "<h1>青溪大学林小溪教授获青年科技奖</h1><p>近日，青溪大学化学学院林小溪教授获得第九届青年科技奖，"
        "表彰其在催化化学领域的研究工作。</p></body></html>", encoding="utf-8")
    (folder / "projects.csv").write_text("项目名称,负责人,依托单位\n催化机理研究,林小溪,青溪大学\n", encoding="gb18030")
    (folder / "team.md").write_text("# 团队\n\n| 姓名 | 职称 |\n| --- | --- |\n| 周一 | 教授 |\n", encoding="utf-8")
    (folder / "notes.rtf").write_text("{\\rtf1\\ansi notes}", encoding="utf-8")
    result = kg(data_dir, "ingest", str(folder))
    assert result.returncode == 1
    assert "notes.rtf: unsupported type (.rtf)" in result.stderr
    assert "3 added" in result.stdout and "1 failed" in result.stdout
    assert stats(data_dir)["documents"] == 3


@pytest.mark.parametrize("name", ["notice.pdf", "notice.docx", "projects.xlsx"])
def test_extract_reads_every_type(tmp_path: Path, name: str) -> None:
    from tests.ingest.made_files import docx_with_merged_cells, pdf_with_tables, xlsx_with_two_row_header

    made = {"notice.pdf": pdf_with_tables, "notice.docx": docx_with_merged_cells,
            "projects.xlsx": xlsx_with_two_row_header}
    (tmp_path / name).write_bytes(made[name]())
    result = kg(tmp_path / "never-created", "extract", str(tmp_path / name), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "kgx/1" and data["document"] == name
    if name == "notice.pdf":  # the notice's title, read from the PDF, tells its genre
        assert data["genre"] == "award_nomination"
    if name == "notice.docx":  # its heading names the university
        assert {"type": "Organization", "name": "青溪大学"}.items() <= data["entities"][0].items()


def test_extract_prints_kgx_without_a_database(tmp_path: Path) -> None:
    doc = example_docs()[0]
    result = kg(tmp_path / "never-created", "extract", str(doc), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "kgx/1" and data["document"] == doc.name
    assert data["entities"] and data["relations"]
    assert not (tmp_path / "never-created").exists()


def test_killed_ingest_then_rerun_equals_uninterrupted_run(tmp_path: Path) -> None:
    docs = example_docs()
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(6):  # enough documents that the kill lands part-way
        for doc in docs:
            text = doc.read_text(encoding="utf-8")
            (folder / f"{i}-{doc.name}").write_text(text + f"\n（第{i}份）\n", encoding="utf-8")
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    try:
        assert kg(clean, "ingest", str(folder)).returncode == 0
        env = {**os.environ, "KG_DATA_DIR": str(killed), "KG_STORE": "embedded"}
        proc = subprocess.Popen([sys.executable, "-m", "cli", "ingest", str(folder)], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if stats_documents(killed) >= 2:
                break
            time.sleep(0.2)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert kg(killed, "ingest", str(folder)).returncode == 0
        assert stats(killed) == stats(clean)
    finally:
        kg(clean, "store", "stop")
        kg(killed, "store", "stop")


def stats_documents(data_dir: Path) -> int:
    if not data_dir.exists():
        return 0
    result = kg(data_dir, "stats", "--json", timeout=30)
    return json.loads(result.stdout)["documents"] if result.returncode == 0 else 0


@pytest.mark.seeds
def test_seeds_ingest_twice_gives_identical_stats(data_dir: Path) -> None:
    [seeds] = shared("seeds")
    first = kg(data_dir, "ingest", str(seeds))
    assert first.returncode == 0, first.stderr
    once = stats(data_dir)
    assert once["documents"] == 4
    assert kg(data_dir, "ingest", str(seeds)).returncode == 0
    assert stats(data_dir) == once
