"""Bad input: every bad file gets a clear message, is skipped or loaded as far as it is sound, and
nothing already in the graph is lost. Documents are generated (bench.synth): invented names only."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from bench.synth import Corpus, SynthDocument
from graph.stores.base import Store
from ingest.errors import IngestError, ReadError
from ingest.model import document_id
from ingest.normalize import normalise
from ingest.pipeline import IngestReport, ingest_paths, ingest_text
from ingest.readers import MAX_BYTES, decode, read_file

PEOPLE_OF = "MATCH (:Document {name: $name})-[:MENTIONS]->(p:Person) RETURN p.name AS name"
ALL_KEYS = "MATCH (n) RETURN coalesce(n.key, n.id) AS key"


@cache
def _documents() -> tuple[SynthDocument, ...]:
    return tuple(Corpus(12, seed=11).documents())


def _first(genre: str) -> SynthDocument:
    return next(d for d in _documents() if d.genre == genre)


def _truth_names(doc: SynthDocument) -> set[str]:
    return {m["name"] for m in doc.mentions}


def _people(store: Store, name: str) -> set[str]:
    return {str(row["name"]) for row in store.read(PEOPLE_OF, {"name": name})}


def _keys(store: Store) -> set[str]:
    return {str(row["key"]) for row in store.read(ALL_KEYS)}


@pytest.fixture
def loaded(embedded_store: Store, tmp_path: Path) -> set[str]:
    """A graph holding one good award nomination; returns every node key it has."""
    good = _first("award_nomination")
    path = tmp_path / "good.txt"
    path.write_text(good.text, encoding="utf-8")
    report = ingest_paths(embedded_store, [path])
    assert [r.status for r in report.loaded] == ["added"]
    return _keys(embedded_store)


def _ingest(store: Store, tmp_path: Path, name: str, data: bytes) -> IngestReport:
    path = tmp_path / name
    path.write_bytes(data)
    return ingest_paths(store, [path])


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\r\n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "image"),  # known by its content
        (bytes(range(256)) * 64, "binary"),
    ],
    ids=["empty", "blank", "png", "random-bytes"],
)
def test_empty_and_binary_files_are_skipped_with_their_name_and_reason(
    embedded_store: Store, loaded: set[str], tmp_path: Path, data: bytes, reason: str
) -> None:
    report = _ingest(embedded_store, tmp_path, "bad.txt", data)
    assert report.loaded == []
    assert len(report.rejected) == 1
    assert re.search(rf"bad\.txt: .*{reason}", report.rejected[0].reason)
    assert _keys(embedded_store) == loaded


@pytest.mark.parametrize("data", [b"", bytes(range(256)) * 64], ids=["empty", "binary"])
def test_an_upload_of_a_bad_file_raises_a_read_error_and_changes_nothing(
    embedded_store: Store, loaded: set[str], data: bytes
) -> None:
    with pytest.raises(ReadError, match="upload.txt"):
        ingest_text(embedded_store, "upload.txt", data)
    assert _keys(embedded_store) == loaded


def test_a_file_cut_mid_character_and_mid_table_is_refused_clearly_or_loaded_as_far_as_it_goes(
    embedded_store: Store, loaded: set[str], tmp_path: Path
) -> None:
    doc = _documents()[1]
    data = doc.text.encode("utf-8")
    cut = data.index("完成人情况表".encode()) + 200
    while data[cut] & 0xC0 != 0x80:  # inside a multibyte character
        cut += 1
    report = _ingest(embedded_store, tmp_path, "cut.txt", data[:cut])
    if report.rejected:
        assert report.rejected[0].reason.startswith("cut.txt: ")
    else:
        found, truth = _people(embedded_store, "cut.txt"), _truth_names(doc)
        # the PDF layout breaks names over lines, so the cut may leave the start of a true name; never mojibake
        assert found and all(any(t.startswith(n) for t in truth) for n in found), found - truth
    assert loaded <= _keys(embedded_store)


def test_a_file_cut_mid_table_loads_the_rows_before_the_cut(embedded_store: Store, tmp_path: Path) -> None:
    doc = _documents()[1]
    head = doc.text[: doc.text.index("完成人情况表") + 120]
    report = _ingest(embedded_store, tmp_path, "cut.txt", head.encode("utf-8"))
    assert [r.status for r in report.loaded] == ["added"]
    first_completer = re.search(r"姓名 排名 完成单位 工作单位 职称 行政职务\n\n(\S+) 1", head)
    assert first_completer is not None
    assert first_completer.group(1) in _people(embedded_store, "cut.txt")


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-16-le", "utf-8-sig"])
def test_other_encodings_load_the_very_same_document(embedded_store: Store, tmp_path: Path, encoding: str) -> None:
    doc = _first("award_nomination")
    report = _ingest(embedded_store, tmp_path, f"{encoding}.txt", doc.text.encode(encoding))
    assert [r.status for r in report.loaded] == ["added"]
    path = str((tmp_path / f"{encoding}.txt").resolve())
    assert report.loaded[0].document_id == document_id(normalise(doc.text), path)
    assert _people(embedded_store, f"{encoding}.txt") & _truth_names(doc)
    again = _ingest(embedded_store, tmp_path, f"{encoding}.txt", doc.text.encode("utf-8"))  # the same file in UTF-8
    assert [r.status for r in again.loaded] == ["unchanged"]


def test_a_table_with_missing_columns_loads_what_it_has(embedded_store: Store, tmp_path: Path) -> None:
    text = (
        "拟推荐 2031年某省科学技术奖候选项目/候选人\n\n公示内容\n\n推荐奖种 科学技术进步奖\n\n"
        "项目名称 青岚江流域慢性肾病数字疗法关键技术\n\n推荐单位\n\n/科学家\n青岚医科大学\n\n"
        "完成人情况表\n\n姓名 排名 完成单位 工作单位\n\n郑若溪 1 青岚医科大学附属第一医院\n\n"
        "姓名 排名 完成单位 工作单位 职称 行政职务\n\n邵明轩 2\n\n对本项目的\n\n贡献\n\n参与了数据采集。\n\n"
        "完成单位情况表\n\n单位名称 排名 1\n\n"
    )
    report = _ingest(embedded_store, tmp_path, "columns.txt", text.encode("utf-8"))
    assert [r.status for r in report.loaded] == ["added"]
    assert "郑若溪" in _people(embedded_store, "columns.txt")


def test_two_documents_pasted_together_load_as_one_without_losing_either_part(
    embedded_store: Store, loaded: set[str], tmp_path: Path
) -> None:
    award, news = _first("award_nomination"), _first("news")
    report = _ingest(embedded_store, tmp_path, "pasted.txt", (award.text + "\n" + news.text).encode("utf-8"))
    assert [r.status for r in report.loaded] == ["added"]
    found = _people(embedded_store, "pasted.txt")
    completers = set(re.findall(r"姓名 排名 完成单位 工作单位 职称 行政职务\n\n(\S+) \d", award.text))
    assert completers and completers <= found
    assert loaded <= _keys(embedded_store)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no disk used
    with pytest.raises(ReadError, match=r"huge\.txt: too large"):
        read_file(path)


def test_a_50_mb_file_is_refused_clearly_and_the_graph_keeps_what_it_had(
    embedded_store: Store, loaded: set[str], tmp_path: Path
) -> None:
    blob = "".join(d.text for d in _documents()).encode("utf-8")
    path = tmp_path / "big.txt"
    path.write_bytes(blob * (50_000_000 // len(blob) + 1))
    report = ingest_paths(embedded_store, [path])
    assert [r.reason.split(" (")[0] for r in report.rejected] == ["big.txt: too large"]
    assert loaded <= _keys(embedded_store)


def test_an_upload_over_the_limit_is_refused_by_the_decoder() -> None:
    with pytest.raises(ReadError, match=r"upload\.txt: too large"):
        decode(b"x" * (MAX_BYTES + 1), "upload.txt")


def test_bad_files_in_a_batch_do_not_stop_the_good_ones(embedded_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_good.txt").write_text(_first("news").text, encoding="utf-8")
    (folder / "c_binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "d_good.txt").write_text(_first("funding_guideline").text, encoding="utf-8")
    report = ingest_paths(embedded_store, [folder])
    assert sorted(r.name for r in report.rejected) == ["a_empty.txt", "c_binary.txt"]
    assert report.count("added") == 2


def test_ingest_errors_share_one_root() -> None:
    assert issubclass(ReadError, IngestError)
