"""A reader that detects encodings and refuses bad files by name, with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import ReadError
from ingest.normalize import normalise
from ingest.readers import decode, find_documents, read_file

TEXT = "拟推荐 2031年某省科学技术奖候选项目\n完成人：赵一鸣，某某大学附属医院主任医师。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_chinese_text_is_read_in_any_common_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"doc-{encoding}.txt"
    path.write_bytes(TEXT.encode(encoding))
    raw = read_file(path)
    assert raw.text.lstrip("\ufeff") == TEXT
    assert raw.size == path.stat().st_size


def test_gbk_is_detected_not_assumed() -> None:
    assert decode(TEXT.encode("gbk")).encoding == "gb18030"
    assert decode(TEXT.encode("utf-8")).encoding == "utf-8"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    ],
)
def test_bad_files_are_refused_with_their_name_and_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError, match=rf"bad\.txt: .*{reason}"):
        read_file(path)


def test_missing_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="missing.txt: cannot read"):
        read_file(tmp_path / "missing.txt")


def test_folders_are_walked_in_a_stable_order_every_file_but_hidden_ones(tmp_path: Path) -> None:
    """Files of a type no reader takes are listed too: ingestion names them and says why they were left."""
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ["b/2.txt", "a.txt", "b/1.txt", "notes.md", "dump.sql", ".DS_Store", ".git/HEAD"]:
        (tmp_path / rel).write_text("内容", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in find_documents([tmp_path])]
    assert found == ["a.txt", "b/1.txt", "b/2.txt", "dump.sql", "notes.md"]


def test_normalise_unifies_line_ends_and_invisible_characters() -> None:
    raw = "\ufeff项目名称\u00a0某某研究\r\n完成人\u200b情况  \r\n"
    assert normalise(raw) == "项目名称 某某研究\n完成人情况\n"
    assert normalise(normalise(raw)) == normalise(raw)


def test_normalise_trims_the_last_line_without_a_line_end_too() -> None:
    assert normalise("联系人:林小溪 ") == "联系人:林小溪\n" == normalise(normalise("联系人:林小溪 "))
    assert normalise("正文\n  \n") == "正文\n"


def test_utf8_cut_mid_character_keeps_the_whole_lines_before_the_cut() -> None:
    data = TEXT.encode("utf-8")
    cut = data[: data.index("赵".encode()) + 2]
    assert decode(cut, "cut.txt").text == TEXT[: TEXT.index("\n") + 1]


_COMPONENT = """const Advisers = () => (
    <Layout>
        <p>
        &nbsp;&nbsp;&nbsp;&nbsp;<strong>柯振邦</strong>，北辰医学院附属医院泌尿外科主任医师、教授。擅长肾肿瘤的微创手术。
        </p>
        <p>
        &nbsp;&nbsp;&nbsp;&nbsp;<strong>乔远鸣</strong>，南州大学附属医院泌尿外科副主任医师。北辰省医学会泌尿外科分会委员。
        </p>
    </Layout>
);
"""


def test_a_page_s_markup_in_a_text_file_is_left_out_of_its_text_and_its_people_are_read() -> None:
    """A site's component saved as text: the tags of its running text go, its entities are written out, and the
    profiles read as the page shows them; a data file's values keep theirs."""
    from ingest.extract import extract
    from ingest.readers import read_upload
    from tests.ingest.facts import relations

    source = read_upload(_COMPONENT.encode(), "advisers.txt")
    assert "<strong>" not in source.text and "&nbsp;" not in source.text and "<Layout>" in source.text
    assert {("柯振邦", "北辰医学院附属医院"), ("乔远鸣", "南州大学附属医院")} <= relations(extract(source), "WORKS_AT")
    data = "- title: 柯振邦<br>北辰大学\n- title: 乔远鸣<br>南州大学\n- title: 诸葛岚<br>西岭大学\n"
    assert read_upload(data.encode(), "people.txt").text.count("<br>") == 3
